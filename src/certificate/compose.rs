//! Builds the certificate document from the record: caption, title, the
//! template's framing text, one paragraph per step, the status of each item,
//! and the signature blocks. The user's rewritten paragraphs replace the
//! generated ones by key; the rest are regenerated from the log every time.

use jiff::civil::Date;

use super::names::{items_phrase, parties_phrase, represented};
use super::narrative::step_paragraph;
use super::template::{Section, Signers, Template};
use crate::court::CourtPack;
use crate::layout::{Align, Block, CaptionBlock, Para, SignatureBlock, Style};
use crate::matter::{CertificateForm, CounselRole, EndorsementStatus, Matter, Method, Party, Side};
use crate::text::{join_and, long_date};

/// A paragraph the user may rewrite.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    /// Stable key: the conferral event id, or a section name ("intro-0", "status").
    pub key: String,
    /// What the paragraph is, for the editor ("Step 2: March 3, 2026, telephone").
    pub label: String,
    pub generated: String,
    /// The user's text if they rewrote it, else the generated text.
    pub text: String,
}

impl Paragraph {
    pub fn edited(&self) -> bool {
        self.text != self.generated
    }
}

/// The composed certificate, ready for layout.
#[derive(Debug, Clone, PartialEq)]
pub struct Certificate {
    pub title: String,
    pub template_id: String,
    pub template_source: String,
    pub official_form: bool,
    pub paragraphs: Vec<Paragraph>,
    pub blocks: Vec<Block>,
}

/// Composes the certificate for `matter` under `pack` with `template`.
pub fn compose(m: &Matter, pack: &CourtPack, template: &Template, today: Date) -> Certificate {
    let filing = m.filing_date(today);
    let spacing = template.body_spacing;
    let mut blocks = vec![Block::Caption(caption(m, pack))];
    blocks.push(Block::Para(Para {
        text: template.title.clone(),
        style: Style::Bold,
        align: Align::Center,
        first_indent: 0.0,
        left_indent: 0.0,
        spacing: 1.0,
        space_after: 12.0,
        space_before: 0.0,
        keep_with_next: true,
        keep_with_prev: false,
    }));
    let mut paragraphs = Vec::new();
    let mut push_para = |key: String,
                         label: String,
                         generated: String,
                         blocks: &mut Vec<Block>,
                         keep_with_next: bool| {
        // Notes typed over several lines, or holding a tab, are told as
        // running text: a line break mid-paragraph is not the record's.
        let generated = one_full_stop(&crate::text::one_line(&generated));
        let text = m
            .certificate
            .edits
            .get(&key)
            .cloned()
            .unwrap_or_else(|| generated.clone());
        let mut p = Para::body(text.clone(), spacing);
        p.keep_with_next = keep_with_next;
        blocks.push(Block::Para(p));
        paragraphs.push(Paragraph {
            key,
            label,
            generated,
            text,
        });
    };

    let mut events: Vec<_> = m
        .conferrals
        .iter()
        .filter(|e| m.certifiable(e, today))
        .collect();
    events.sort_by_key(|e| (e.date, e.time));

    // The conferences the certificate may call one, found once for the
    // placeholders and the opposition paragraph.
    let held = Conferences::of(m, &events);
    let mut text_n = 0;
    let mut custom_shown = false;
    for section in &template.sections {
        // A certification the user wrote replaces everything goodfaith would
        // compose; the caption, title and signatures stay.
        if m.certificate.form == CertificateForm::Custom && section != &Section::Signatures {
            if !custom_shown {
                let mut p = Para::body(m.certificate.statement.trim().to_string(), spacing);
                p.keep_with_next = false;
                blocks.push(Block::Para(p));
                custom_shown = true;
            }
            continue;
        }
        match section {
            Section::Text(t) => {
                let filled = fill(t, m, pack, &events, &held);
                let next_is_steps = true;
                push_para(
                    format!("intro-{text_n}"),
                    "Opening statement".into(),
                    filled,
                    &mut blocks,
                    next_is_steps,
                );
                text_n += 1;
            }
            Section::Steps => {
                for (key, label, text) in steps(m, events.iter().copied().enumerate()) {
                    push_para(key, label, text, &mut blocks, false);
                }
            }
            Section::Status => {
                if let Some(status) = status_text(m, &events) {
                    push_para(
                        "status".into(),
                        "Items resolved and still in dispute".into(),
                        status,
                        &mut blocks,
                        false,
                    );
                }
            }
            Section::Opposition => {
                let recite = held.is_empty()
                    && !events.is_empty()
                    && !template.sections.contains(&Section::Steps);
                push_para(
                    "opposition".into(),
                    "Opposed or unopposed".into(),
                    opposition_text(m, &events, &held, recite),
                    &mut blocks,
                    // Its lead-in ("… were these:") stays with the first
                    // attempt.
                    recite,
                );
                // With no conference held, the certificate must say why
                // conferring was not possible (N.D. Tex. L. Civ. R.
                // 7.1(b)(3)): the attempts and what came of them, as
                // recorded, one paragraph each, unless the template
                // recites every step anyway.
                if recite {
                    for (key, label, text) in steps(m, events.iter().copied().enumerate()) {
                        push_para(key, label, text, &mut blocks, false);
                    }
                } else if !held.is_empty() && !template.sections.contains(&Section::Steps) {
                    // A party on the other side that only attempts reached
                    // (a co-defendant's counsel who never answered): the
                    // certificate says no conference was held with it, and
                    // what was tried.
                    let missed = only_attempted(m, &events, &held);
                    if !missed.is_empty() {
                        let tried = steps(
                            m,
                            events.iter().copied().enumerate().filter(|(_, e)| {
                                !held.holds(e) && missed.iter().any(|p| takes_part(m, e, p))
                            }),
                        );
                        let whom = opponents_phrase_of(&missed);
                        // "… Apex Freight, Inc." ends its own sentence.
                        let stop = if whom.ends_with('.') { "" } else { "." };
                        push_para(
                            "not-reached".into(),
                            "Parties not conferred with".into(),
                            format!(
                                "No conference was held with {whom}{stop} The attempts to confer with {}, and what came of them, were these:",
                                if missed.len() == 1 { "it" } else { "them" }
                            ),
                            &mut blocks,
                            true,
                        );
                        for (key, label, text) in tried {
                            push_para(key, label, text, &mut blocks, false);
                        }
                    }
                }
            }
            Section::Signatures => {
                // The date line stays with the last lines of the text above it
                // and with the first signature row: no signature alone on a page.
                let mut date_line = Para::body(format!("Dated: {}", long_date(filing)), 1.0);
                date_line.first_indent = 0.0;
                date_line.keep_with_next = true;
                date_line.keep_with_prev = true;
                date_line.space_before = 12.0;
                blocks.push(Block::Para(date_line));
                blocks.push(Block::Signatures(signature_blocks(m, template.signers)));
            }
        }
    }
    Certificate {
        title: template.title.clone(),
        template_id: template.id.clone(),
        template_source: template.source.clone(),
        official_form: template.official_form,
        paragraphs,
        blocks,
    }
}

/// A sentence that ends with a name ending in a period ("Acme Widgets,
/// Inc.", "Marcus Müller, Jr.") ends there: the sentence's own full stop
/// is not printed after it ("Inc.." on the filed certificate, review 347).
/// Text quoted from the record (between curly quotation marks) is left as
/// recorded, and an ellipsis is never touched.
fn one_full_stop(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut quoted = 0usize;
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '\u{201c}' => quoted += 1,
            '\u{201d}' => quoted = quoted.saturating_sub(1),
            '.' if quoted == 0
                && i >= 2
                && chars[i - 1] == '.'
                && chars[i - 2] != '.'
                && chars.get(i + 1).is_none_or(|n| *n != '.') =>
            {
                continue;
            }
            _ => {}
        }
        out.push(c);
    }
    out
}

/// Fills a template's placeholders from the record.
fn fill(
    t: &str,
    m: &Matter,
    pack: &CourtPack,
    events: &[&crate::matter::ConferralEvent],
    held: &Conferences,
) -> String {
    let movant: Vec<&Party> = m
        .parties
        .iter()
        .filter(|p| p.side == m.motion.movant)
        .collect();
    // Several rules can share a citation ("CV-7(h)"); cite each once.
    let mut rules: Vec<String> = Vec::new();
    for r in pack.certify_rules(m.motion.kind) {
        if !rules.contains(&r.citation) {
            rules.push(r.citation.clone());
        }
    }
    let motion = if m.motion.title.trim().is_empty() {
        format!("the {}", m.motion.kind.label())
    } else {
        m.motion.title.trim().to_string()
    };
    // A movant with no counsel of its own certifies for itself: a
    // certificate never calls a pro se party "counsel".
    let counselled = m.movant_counsel().next().is_some();
    super::template::fill_placeholders(t, |name| match name {
        "movant" => parties_phrase(&movant),
        "certifier" if counselled => {
            format!("the undersigned counsel for {}", parties_phrase(&movant))
        }
        "conferrer" if counselled => format!("counsel for {}", parties_phrase(&movant)),
        "certifier" | "conferrer" => format!("{}, appearing pro se,", parties_phrase(&movant)),
        // D. Kan. Rule 37.2's "steps taken by all attorneys", where a party
        // appears pro se.
        "all_counsel" => {
            let pro_se = m
                .parties
                .iter()
                .any(|p| p.pro_se && p.side != Side::Nonparty);
            match (pro_se, m.counsel.is_empty()) {
                (false, _) => "all attorneys".into(),
                (true, false) => "all attorneys and pro se parties".into(),
                (true, true) => "the parties".into(),
            }
        }
        "opponents" => opponents_phrase(m, events),
        "motion" => motion.clone(),
        "rules" => join_and(&rules),
        "court" => pack.short_name.clone(),
        "conferred" => {
            if held.is_empty() {
                "attempted to confer".into()
            } else if only_attempted(m, events, held).is_empty() {
                "conferred".into()
            } else {
                "conferred or attempted to confer".into()
            }
        }
        other => format!("{{{other}}}"), // not a placeholder: the parser rejects it
    })
}

/// "counsel for Defendant Acme Corp. and pro se Plaintiff Willie Brown": the
/// other parties actually conferred with (through counsel or themselves), so
/// the certificate never claims conferral with a party the log never reached.
fn opponents_phrase(m: &Matter, events: &[&crate::matter::ConferralEvent]) -> String {
    opponents_phrase_of(&reached_opponents(m, events))
}

/// "counsel for Defendant Acme Corp. and pro se Plaintiff Willie Brown" for
/// `others`.
fn opponents_phrase_of(others: &[&Party]) -> String {
    let represented: Vec<&Party> = others.iter().copied().filter(|p| !p.pro_se).collect();
    let mut parts = Vec::new();
    if !represented.is_empty() {
        parts.push(format!("counsel for {}", parties_phrase(&represented)));
    }
    // No appositive commas here: a placeholder cannot know what follows it.
    parts.extend(
        others
            .iter()
            .filter(|p| p.pro_se)
            .map(|p| format!("pro se {} {}", p.side.label(), p.name)),
    );
    if parts.is_empty() {
        "the other parties".into()
    } else {
        join_and(&parts)
    }
}

/// `p` took part in `e`, itself or through its counsel.
fn takes_part(m: &Matter, e: &crate::matter::ConferralEvent, p: &Party) -> bool {
    e.participants.iter().any(|x| m.acts_for(x, &p.id))
}

/// The parties on the other sides (not non-parties) that any of `events`
/// reached.
fn reached_opponents<'m>(
    m: &'m Matter,
    events: &[&crate::matter::ConferralEvent],
) -> Vec<&'m Party> {
    m.parties
        .iter()
        .filter(|p| p.side != m.motion.movant && p.side != Side::Nonparty)
        .filter(|p| events.iter().any(|e| takes_part(m, e, p)))
        .collect()
}

/// The parties `{opponents}` names that took part in none of the
/// conferences held: attempts reached them, nothing more.
fn only_attempted<'m>(
    m: &'m Matter,
    events: &[&crate::matter::ConferralEvent],
    held: &Conferences,
) -> Vec<&'m Party> {
    reached_opponents(m, events)
        .into_iter()
        .filter(|p| {
            !held
                .live
                .iter()
                .chain(&held.written)
                .any(|e| takes_part(m, e, p))
        })
        .collect()
}

/// Whether each kept item was settled by the last step that discussed it,
/// in the matter's order: (id, label, resolved). Matched by id, never by
/// label; settled by the rule the checker and the letter use
/// (`matter::settled_among`: a broken promise reopens it).
fn final_outcomes<'m>(
    m: &'m Matter,
    events: &[&'m crate::matter::ConferralEvent],
) -> Vec<(&'m str, &'m str, bool)> {
    m.items
        .iter()
        .filter(|item| !item.dropped)
        .map(|item| {
            let resolved = crate::matter::settled_among(m, item, events.iter().copied()).is_some();
            (item.id.as_str(), item.label.as_str(), resolved)
        })
        .collect()
}

fn status_text(m: &Matter, events: &[&crate::matter::ConferralEvent]) -> Option<String> {
    // The certificate follows the requests the motion keeps.
    if m.items.iter().all(|i| i.dropped) {
        return None;
    }
    let outcomes = final_outcomes(m, events);
    let resolved: Vec<&str> = outcomes
        .iter()
        .filter(|(_, _, resolved)| *resolved)
        .map(|(_, l, _)| *l)
        .collect();
    let open: Vec<&str> = outcomes
        .iter()
        .filter(|(_, _, resolved)| !*resolved)
        .map(|(_, l, _)| *l)
        .collect();
    let mut s = String::new();
    if !resolved.is_empty() {
        s.push_str(&format!(
            "Resolved before filing: {}.",
            items_phrase(&resolved)
        ));
    }
    if !open.is_empty() {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(&format!("Still in dispute: {}.", items_phrase(&open)));
    }
    Some(s)
}

/// Each entry's paragraph with its key (the entry's id) and what it is, for
/// the editor ("Step 2: March 3, 2026, telephone"), numbered by its place
/// in the log.
fn steps<'e>(
    m: &Matter,
    entries: impl Iterator<Item = (usize, &'e crate::matter::ConferralEvent)>,
) -> Vec<(String, String, String)> {
    entries
        .map(|(i, ev)| {
            (
                ev.id.clone(),
                format!(
                    "Step {}: {}, {}",
                    i + 1,
                    long_date(ev.date),
                    ev.method.phrase()
                ),
                step_paragraph(m, ev),
            )
        })
        .collect()
}

/// The contacts the certificate may call a conference: calls, video
/// conferences and meetings in which both sides took part (not one recorded
/// as only scheduling or about another matter, nor a deposition), and,
/// where there is none, letters, emails and faxes between the sides that
/// the other side answered or wrote itself (N.D. Tex. accepts a written
/// conference: Dondi, as read in Valderas). Unanswered letters, voicemails
/// and calls nobody took are attempts, never a conference.
struct Conferences<'m> {
    live: Vec<&'m crate::matter::ConferralEvent>,
    written: Vec<&'m crate::matter::ConferralEvent>,
    /// Both, by address, for `holds` (asked per request and entry).
    members: std::collections::HashSet<*const crate::matter::ConferralEvent>,
}

impl<'m> Conferences<'m> {
    fn of(m: &Matter, events: &[&'m crate::matter::ConferralEvent]) -> Self {
        // Someone who confers for a party the motion opposes: its counsel,
        // or the party itself when pro se; not a party its counsel
        // represents, nor a non-party's counsel.
        let confers_for_them = |p: &String| {
            m.side_of(p)
                .is_some_and(|s| s != m.motion.movant && s != Side::Nonparty)
                && (m.counsel_by_id(p).is_some() || m.party_by_id(p).is_some_and(|x| x.pro_se))
        };
        let both_sides = |e: &crate::matter::ConferralEvent| {
            e.participants
                .iter()
                .any(|p| m.side_of(p) == Some(m.motion.movant))
                && e.participants.iter().any(confers_for_them)
        };
        // Not a call recorded, or told in its summary, as taking up
        // something else ("Scheduling call only.").
        let about_the_requests = |e: &crate::matter::ConferralEvent| !e.told_as_elsewhere();
        // A refusal to confer, recorded as the reply or as every position the
        // other side took, is an attempt met with a refusal, never a
        // conference: the attempts paragraphs say so.
        let refused = |e: &crate::matter::ConferralEvent| e.refused_by_other_side(m.motion.movant);
        let live: Vec<_> = events
            .iter()
            .copied()
            .filter(|e| e.method.is_live() && e.method != Method::Deposition)
            // A call whose summary says it reached no one ("went to
            // voicemail") was an attempt, as the checker reads it.
            .filter(|e| !e.call_not_reached())
            .filter(|e| about_the_requests(e) && both_sides(e) && !refused(e))
            .collect();
        // What the other side said on a request, beyond acknowledging the
        // message ("Ack'd receipt." is no exchange of views).
        let said = |d: &crate::matter::ItemDiscussion| {
            !d.opponent_position.trim().is_empty() && !d.records_no_substance()
        };
        let theirs = |e: &crate::matter::ConferralEvent| {
            m.side_of(&e.initiated_by)
                .is_some_and(|s| s != m.motion.movant)
        };
        let written_between = |e: &crate::matter::ConferralEvent| {
            e.method.is_written() && about_the_requests(e) && both_sides(e) && !refused(e)
        };
        // The other side's own letter or email that says something on the
        // requests (not one that only offers to talk), and the movant's that
        // records the other side's answer on it.
        let answers = |e: &crate::matter::ConferralEvent| {
            written_between(e)
                && e.items.iter().any(said)
                && (theirs(e) || e.reply != Some(crate::matter::Reply::None))
        };
        // The movant's message recorded as answered opened the exchange when
        // such an answer follows it; with nothing of the answer recorded, the
        // certificate cannot describe a conference.
        let last_answer = events
            .iter()
            .filter(|a| theirs(a) && answers(a))
            .map(|a| (a.date, a.time))
            .max();
        let written: Vec<_> = events
            .iter()
            .copied()
            .filter(|e| {
                answers(e)
                    || (written_between(e)
                        && !theirs(e)
                        && e.reply == Some(crate::matter::Reply::Answered)
                        && last_answer.is_some_and(|l| l >= (e.date, e.time)))
            })
            .collect();
        let members = live
            .iter()
            .chain(&written)
            .map(|e| std::ptr::from_ref::<crate::matter::ConferralEvent>(*e))
            .collect();
        Conferences {
            live,
            written,
            members,
        }
    }

    fn is_empty(&self) -> bool {
        self.live.is_empty() && self.written.is_empty()
    }

    /// `e` is one of them.
    fn holds(&self, e: &crate::matter::ConferralEvent) -> bool {
        self.members.contains(&std::ptr::from_ref(e))
    }
}

/// N.D. Tex. style: opposed or not; when, and between whom, the conference
/// was held (in writing, when only a written exchange was); why agreement
/// could not be reached: the other side's last stated position on each item
/// still in dispute, in the user's words. With no conference held, that none
/// was and that the motion is presumed opposed, and, where the attempts
/// follow (`recite`), a lead-in to them. Before December 2026 this said
/// only "No conference by telephone, video or in person is recorded", after
/// an opening that said counsel "conferred": a certificate that misstated
/// attempts as a conference and did not say why none was possible.
fn opposition_text(
    m: &Matter,
    events: &[&crate::matter::ConferralEvent],
    held: &Conferences,
    recite: bool,
) -> String {
    let outcomes = final_outcomes(m, events);
    let opposed = outcomes.iter().any(|(_, _, resolved)| !*resolved) || m.items.is_empty();
    if held.is_empty() {
        // N.D. Tex. L. Civ. R. 7.1(b)(3): with no conference, the motion is
        // presumed opposed, and the certificate says why conferring was not
        // possible: the attempts follow (`recite`), one paragraph each.
        let mut s = if opposed {
            "No conference was held, and the motion is presumed to be opposed.".to_string()
        } else {
            "The motion is unopposed. No conference was held.".to_string()
        };
        if recite {
            s.push_str(" The attempts to confer, and what came of them, were these:");
        }
        return s;
    }
    let mut s = if opposed {
        "The motion is opposed.".to_string()
    } else {
        "The motion is unopposed.".to_string()
    };
    // Who took part in `list`, as far as the record names them.
    let names_in = |list: &[&crate::matter::ConferralEvent]| {
        let mut people: Vec<String> = Vec::new();
        for e in list {
            let names = e
                .participants
                .iter()
                .filter_map(|id| m.name_of(id))
                .map(str::to_string);
            // A blank name (reported as NAME-MISSING) prints as nothing, not a gap.
            for p in names.filter(|n| !n.trim().is_empty()) {
                if !people.contains(&p) {
                    people.push(p);
                }
            }
        }
        people
    };
    // "on March 3, 2026 between Jane Roe and Marcus Müller": one name alone
    // (the other blank, reported as NAME-MISSING) is not "among" anyone.
    let when_and_who = |list: &[&crate::matter::ConferralEvent]| {
        // Two contacts on one day are one date ("on March 3, 2026").
        let mut dates: Vec<String> = Vec::new();
        for d in list.iter().map(|e| long_date(e.date)) {
            if !dates.contains(&d) {
                dates.push(d);
            }
        }
        let people = names_in(list);
        let who = match people.len() {
            0 => String::new(),
            1 => format!(", with {} taking part", people[0]),
            2 => format!(" between {}", join_and(&people)),
            _ => format!(" among {}", join_and(&people)),
        };
        format!("on {}{who}", join_and(&dates))
    };
    // "in writing, by letter and email,": the means, in the log's order.
    let in_writing = || {
        let mut means: Vec<&str> = Vec::new();
        for e in &held.written {
            let word = match e.method {
                Method::Letter => "letter",
                Method::Fax => "fax",
                _ => "email",
            };
            if !means.contains(&word) {
                means.push(word);
            }
        }
        format!("in writing, by {},", join_and(&means))
    };
    if held.live.is_empty() {
        s.push_str(&format!(
            " A conference was held {} {}.",
            in_writing(),
            when_and_who(&held.written)
        ));
    } else {
        // A written exchange with someone no call or meeting included (a
        // co-defendant's counsel who answered by email) is a conference
        // too, and its attorneys must be named.
        let live_people = names_in(&held.live);
        let others_in_writing = names_in(&held.written)
            .iter()
            .any(|p| !live_people.contains(p));
        // Calls or meetings on more than one day are conferences, not one
        // (review 349: "A conference was held on March 3, 2026 and March
        // 11, 2026").
        let mut days: Vec<_> = held.live.iter().map(|e| e.date).collect();
        days.sort_unstable();
        days.dedup();
        let held_were = if days.len() > 1 {
            "Conferences were held"
        } else {
            "A conference was held"
        };
        if others_in_writing {
            s.push_str(&format!(
                " {held_were} {}, and {} {}.",
                when_and_who(&held.live),
                in_writing(),
                when_and_who(&held.written)
            ));
        } else {
            s.push_str(&format!(" {held_were} {}.", when_and_who(&held.live)));
        }
    }
    let live = &held.live;
    let resolved: Vec<&str> = outcomes
        .iter()
        .filter(|(_, _, resolved)| *resolved)
        .map(|(_, l, _)| *l)
        .collect();
    if !resolved.is_empty() {
        // A pro se party on either side resolves its own disputes.
        let who = if live.iter().any(|e| {
            e.participants
                .iter()
                .any(|p| m.party_by_id(p).is_some_and(|x| x.pro_se))
        }) {
            "The parties"
        } else {
            "Counsel"
        };
        s.push_str(&format!(" {who} resolved {}.", items_phrase(&resolved)));
    }
    if opposed {
        let reasons: Vec<String> = m
            .items
            .iter()
            .filter(|item| !item.dropped)
            .filter(|item| {
                outcomes
                    .iter()
                    .any(|(id, _, resolved)| *id == item.id && !*resolved)
            })
            .filter_map(|item| {
                // Said in a conference the paragraph certifies (a
                // position stated at a deposition, or on a call about
                // another matter, is not why this conference failed).
                // The last position of each speaker on the other side (a
                // co-defendant's counsel's as well), newest first found.
                let mut found: Vec<(
                    Vec<String>,
                    &crate::matter::ConferralEvent,
                    &crate::matter::ItemDiscussion,
                )> = Vec::new();
                for e in events.iter().rev().filter(|e| held.holds(e)) {
                    for d in &e.items {
                        if d.item != item.id || d.opponent_position.trim().is_empty() {
                            continue;
                        }
                        let who = their_names(m, e);
                        if !found.iter().any(|(w, _, _)| *w == who) {
                            found.push((who, e, d));
                        }
                    }
                }
                found.reverse();
                let attribute = found.len() > 1;
                let said: Vec<String> = found
                    .iter()
                    .map(|(who, at, last)| {
                        // A promise made there and recorded as broken is
                        // said to be broken: listed bare, "Will supplement
                        // by March 6" reads as the other side's offer.
                        let broken = at
                            .follow_up
                            .as_ref()
                            .filter(|f| f.kept == Some(false))
                            .filter(|_| {
                                last.outcome == crate::matter::Outcome::FollowUp
                                    || last.records_a_promise()
                            })
                            .map(|f| format!(" (a promise due {} and not kept)", long_date(f.due)))
                            .unwrap_or_default();
                        // A position that settled the request, which a later
                        // entry raised again, is no reason agreement failed
                        // unless said to be an agreement since reopened.
                        let reopened = if crate::matter::settles(m, at, last) {
                            events
                                .iter()
                                .filter(|e| (e.date, e.time) > (at.date, at.time))
                                .filter(|e| e.items.iter().any(|d| d.item == item.id))
                                .map(|e| e.date)
                                .max()
                                .map(|again| {
                                    format!(
                                        " (agreed on {}; the request was raised again on {})",
                                        long_date(at.date),
                                        long_date(again)
                                    )
                                })
                                .unwrap_or_default()
                        } else {
                            String::new()
                        };
                        // With two speakers, whose each position was.
                        let by = if attribute && !who.is_empty() {
                            format!(" ({})", join_and(who))
                        } else {
                            String::new()
                        };
                        // The user's summary of what was said, not a
                        // quotation: no quotation marks.
                        format!(
                            "{}{broken}{reopened}{by}",
                            super::narrative::after_colon(&super::narrative::curly_quotes(
                                last.opponent_position.trim()
                            ))
                            .trim_end_matches('.')
                        )
                    })
                    .collect();
                (!said.is_empty()).then(|| format!("on {}: {}", item.label, join_and(&said)))
            })
            .collect();
        if !reasons.is_empty() {
            let said = reasons.join("; ");
            // A position that ends in a quotation ("Said: \"no log.\"") has
            // its full stop already.
            let stop = if said.ends_with(".\"") || said.ends_with(".\u{201d}") {
                ""
            } else {
                "."
            };
            s.push_str(&format!(" Agreement could not be reached. The other side's last stated positions were these: {said}{stop}"));
        }
        // A refusal to go on conferring after the last conference is the
        // other side's last word, and part of why agreement failed.
        let last_held = events
            .iter()
            .filter(|e| held.holds(e))
            .map(|e| (e.date, e.time))
            .max();
        // Only those who took part in a conference refuse to confer
        // "further" (review 162: Apex's counsel, who refused by letter and
        // never conferred, has the not-reached paragraph instead).
        let conferred: Vec<String> = events
            .iter()
            .filter(|e| held.holds(e))
            .flat_map(|e| their_names(m, e))
            .collect();
        for e in events.iter().filter(|e| {
            !held.holds(e)
                && e.reply == Some(crate::matter::Reply::Refused)
                && last_held.is_some_and(|l| (e.date, e.time) > l)
                && their_names(m, e).iter().any(|n| conferred.contains(n))
        }) {
            let whom: Vec<String> = their_names(m, e)
                .into_iter()
                .filter(|n| conferred.contains(n))
                .collect();
            let who = if whom.is_empty() {
                "the other side".to_string()
            } else {
                join_and(&whom)
            };
            s.push_str(&format!(
                " On {}, {who} refused to confer further.",
                long_date(e.date)
            ));
        }
    }
    s
}

/// The names of those on the other sides who took part in `e` (blank
/// names, reported as NAME-MISSING, left out).
fn their_names(m: &Matter, e: &crate::matter::ConferralEvent) -> Vec<String> {
    e.participants
        .iter()
        .filter(|p| m.side_of(p).is_some_and(|s| s != m.motion.movant))
        .filter_map(|id| m.name_of(id))
        .filter(|n| !n.trim().is_empty())
        .map(str::to_string)
        .collect()
}

/// The case caption as the certificate prints it; the exhibit and the
/// letter's quoted requests use the same one.
pub fn caption(m: &Matter, pack: &CourtPack) -> CaptionBlock {
    let name = pack.caption_name.to_uppercase();
    let mut court_lines = match name.find(" FOR ") {
        Some(i) => vec![format!("IN THE {}", &name[..i]), name[i + 1..].to_string()],
        None => vec![format!("IN THE {name}")],
    };
    if !m.caption.division.trim().is_empty() {
        court_lines.push(m.caption.division.trim().to_uppercase());
    }
    let side = |s: Side| -> Vec<&Party> { m.parties.iter().filter(|p| p.side == s).collect() };
    // A name typed with "et al." stands for several parties: the caption
    // prints it the conventional way ("ACME CORP., et al.,") under the plural.
    let upper = |p: &Party| p.name_et_al().0.to_uppercase();
    let names = |ps: &[&Party]| -> String {
        match ps {
            [] => String::new(),
            [a] if a.name_et_al().1 => format!("{}, et al.,", upper(a)),
            [a] => format!("{},", upper(a)),
            [a, b] if !a.name_et_al().1 && !b.name_et_al().1 => {
                format!("{} and {},", upper(a), upper(b))
            }
            [a, ..] => format!("{}, et al.,", upper(a)),
        }
    };
    let (pl, df) = (side(Side::Plaintiff), side(Side::Defendant));
    let several = |ps: &[&Party]| ps.len() > 1 || ps.iter().any(|p| p.name_et_al().1);
    let label = |s: Side, many: bool, end: &str| {
        format!("    {}{}{end}", s.label(), if many { "s" } else { "" })
    };
    let left = vec![
        names(&pl),
        String::new(),
        label(Side::Plaintiff, several(&pl), ","),
        String::new(),
        "v.".into(),
        String::new(),
        names(&df),
        String::new(),
        label(Side::Defendant, several(&df), "."),
    ];
    let case = if m.caption.case_number.trim().is_empty() {
        "Case No. ____________".to_string()
    } else {
        format!("Case No. {}", m.caption.case_number.trim())
    };
    CaptionBlock {
        court_lines,
        left,
        right: vec![case],
    }
}

fn signature_blocks(m: &Matter, signers: Signers) -> Vec<SignatureBlock> {
    let mut counsel: Vec<_> = m
        .counsel
        .iter()
        .filter(|c| signers == Signers::AllCounsel || m.side_of(&c.id) == Some(m.motion.movant))
        .collect();
    // Movant's counsel first, lead before local before others.
    counsel.sort_by_key(|c| {
        let theirs = m.side_of(&c.id) != Some(m.motion.movant);
        let role = match c.role {
            CounselRole::Lead => 0,
            CounselRole::Local => 1,
            CounselRole::Other => 2,
        };
        (theirs, role)
    });
    let mut blocks: Vec<SignatureBlock> = counsel
        .into_iter()
        .map(|c| {
            let status = m.certificate.endorsement_of(&c.id);
            let mut lines = vec![c.name.clone()];
            let bar = c.bar_number.trim();
            if !bar.is_empty() {
                // "KS Bar No. 12345" as the user wrote it, or "Bar No. 12345".
                let lower = bar.to_lowercase();
                // "KS Bar No. 12345" or "MSB No. 10452" as written; a bare number gets "Bar No.".
                lines.push(
                    if lower.contains("bar") || lower.contains("no.") || lower.contains("reg") {
                        bar.to_string()
                    } else {
                        format!("Bar No. {bar}")
                    },
                );
            }
            for l in [&c.firm].into_iter().chain(std::iter::once(&c.address)) {
                lines.extend(
                    l.lines()
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(str::to_string),
                );
            }
            if !c.phone.trim().is_empty() {
                lines.push(format!("Tel. {}", c.phone.trim()));
            }
            if !c.email.trim().is_empty() {
                lines.push(c.email.trim().to_string());
            }
            lines.push(format!(
                "Attorney for {}",
                parties_phrase(&represented(m, c))
            ));
            let status_line = match (signers, status) {
                (_, EndorsementStatus::Signed) => None,
                (Signers::AllCounsel, EndorsementStatus::Refused) => {
                    Some("Refused to sign or endorse".to_string())
                }
                (Signers::AllCounsel, EndorsementStatus::NotYetObtained) => {
                    Some("Signature not yet obtained".to_string())
                }
                (Signers::Movant, _) => None,
            };
            SignatureBlock {
                signature: if status == EndorsementStatus::Signed {
                    format!("/s/ {}", c.name)
                } else {
                    String::new()
                },
                lines,
                status: status_line,
                column: u8::from(m.side_of(&c.id) != Some(m.motion.movant)),
            }
        })
        .collect();
    // A pro se movant signs for itself, first, whoever else signs (a
    // Mississippi certificate signed by all counsel still needs the
    // movant's own signature).
    if m.movant_counsel().next().is_none() {
        let own: Vec<SignatureBlock> = m
            .parties
            .iter()
            .filter(|p| p.side == m.motion.movant && p.pro_se)
            .map(|p| {
                // Fed. R. Civ. P. 11(a): an unrepresented party's signature
                // states its address, email and telephone, as recorded.
                let mut lines = vec![p.name.clone(), format!("{} pro se", p.side.label())];
                lines.extend(
                    p.contact
                        .mail
                        .lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .map(str::to_string),
                );
                if !p.contact.phone.trim().is_empty() && !p.contact.no_telephone {
                    lines.push(format!("Tel. {}", p.contact.phone.trim()));
                }
                if !p.contact.email.trim().is_empty() {
                    lines.push(p.contact.email.trim().to_string());
                }
                SignatureBlock {
                    signature: String::new(),
                    lines,
                    status: None,
                    column: 0,
                }
            })
            .collect();
        blocks.splice(0..0, own);
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::one_full_stop;

    #[test]
    fn a_sentence_ending_in_an_abbreviation_ends_once_and_quotes_stay_as_recorded() {
        assert_eq!(
            one_full_stop("sent a letter to counsel for Acme Widgets, Inc.. Counsel met."),
            "sent a letter to counsel for Acme Widgets, Inc. Counsel met."
        );
        assert_eq!(
            one_full_stop("held by Marcus Müller, Jr.."),
            "held by Marcus Müller, Jr."
        );
        assert_eq!(one_full_stop("and so on..."), "and so on...");
        assert_eq!(
            one_full_stop("stated: \u{201c}We will look into it..\u{201d}"),
            "stated: \u{201c}We will look into it..\u{201d}"
        );
    }
}
