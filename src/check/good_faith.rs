//! Check kinds about the movant's own good faith in the attempts it made:
//! attempts squeezed into the last days, offers to confer left unanswered,
//! and pressing or filing while the other side was known to be away.

use super::Emit;
use super::attempts::{away, rushed_demand};
use super::conferral::name_of;
use super::facts::Facts;
use super::finding::{Step, Target, plural};
use crate::text::long_date;

/// With no accepted conference, the record rests on written attempts; those
/// made in the last days before filing, or giving a day or two to answer,
/// are not a good-faith attempt.
pub(super) fn rushed(f: &Facts, first_contact_days: u32, min_response_days: u32, out: &mut Emit) {
    // A deadline before the request was sent is a slip in the log; it is not
    // weighed as a demand, and the user is asked to correct it.
    for e in f.contacts().filter(|e| e.by_movant) {
        let Some(by) = e.ev.respond_by.filter(|by| *by < e.ev.date) else {
            continue;
        };
        out.push_at(
            crate::court::Severity::Warning,
            Target::element(Step::Conferrals, &e.ev.id, Some("respond_by")),
            format!(
                "The {} of {} asks for an answer by {}, before the day it was sent, so that deadline is not weighed.",
                e.ev.method.phrase(),
                long_date(e.ev.date),
                long_date(by)
            ),
            "Correct the \"Answer asked for by\" date, or clear it.".into(),
        );
    }
    // A conference held, or an express refusal, makes the timing of the
    // written attempts moot.
    // A live discussion of the motion's requests (even one the court may not
    // count, such as a talk at a deposition) is timed by LAST-MINUTE and
    // weighed by WRITTEN-ONLY, not judged as written attempts; so is a
    // discussion before the judge.
    if f.has_accepted()
        || f.excuse == super::attempts::Excuse::Refused
        || f.live_on_motion().next().is_some()
        || f.before_judge_on_motion()
    {
        return;
    }
    // Attempts about the motion's requests: an earlier email about other
    // discovery does not make the first real attempt any less rushed.
    let mine: Vec<_> = f
        .contacts()
        .filter(|e| e.by_movant && e.about_motion && !e.before_judge)
        .collect();
    let Some(first) = mine.first() else {
        return; // NO-CONFERRAL
    };
    let lead = (f.filing - first.ev.date).get_days();
    if lead < first_contact_days as i32 {
        let when = match lead {
            0 => "on the day the motion is to be filed".to_string(),
            n => super::finding::before_filing(n),
        };
        out.push(
            Target::element(Step::Conferrals, &first.ev.id, Some("date")),
            format!(
                "The movant's first attempt to confer, the {} of {}, came {when}, and no conference followed. Courts hold that attempts squeezed into the last days before a motion are not a good-faith effort to confer.",
                first.ev.method.phrase(),
                long_date(first.ev.date)
            ),
            format!(
                "Reach out at least {first_contact_days} days before filing, give the other side a fair time to answer, and follow an unanswered letter or email with a call."
            ),
        );
    }
    for e in mine
        .iter()
        .filter(|e| rushed_demand(e, min_response_days, f.filing))
    {
        let Some(by) = e.ev.respond_by else { continue };
        let gap = crate::calendar::court_days_between(e.ev.date, by);
        let filed = match (f.filing - e.ev.date).get_days().max(0) {
            0 => "the same day".to_string(),
            n => format!("{n} day{} later", plural(n as usize)),
        };
        out.push(
            Target::element(Step::Conferrals, &e.ev.id, Some("respond_by")),
            format!(
                "The {} of {} asked for an answer by {}, {gap} business day{} later, and the motion is to be filed {filed}. A demand that leaves a day or two to answer, followed by the motion, is not a good-faith attempt to confer.",
                e.ev.method.phrase(),
                long_date(e.ev.date),
                long_date(by),
                plural(gap as usize)
            ),
            format!(
                "Give the other side at least {min_response_days} business days to answer (weekends and federal holidays do not count), then follow up before filing."
            ),
        );
    }
}

/// The other side offered to talk; a movant that filed instead did not
/// confer in good faith.
pub(super) fn offers_answered(f: &Facts, out: &mut Emit) {
    // The other side's contacts no later contact of the movant's answered
    // (a conference, or a contact of the movant's reaching the other side;
    // going to the judge instead is not taking up the offer): the log is
    // sorted by date and time, so they are those after the last answer.
    // Only these are read for an offer: reading the words of every message
    // on every keystroke would cost more than the rest of the check.
    let after = f
        .events
        .iter()
        .rposition(|e| {
            e.counted && !e.before_judge && (e.two_way || (e.by_movant && e.opponent_in))
        })
        .map_or(0, |i| i + 1);
    for e in f.events[after..]
        .iter()
        .filter(|e| e.counted && f.by_other_side(e))
    {
        // A file written before `offer_to_confer` existed can say so only
        // in the words of the other side's position on its own message, or
        // of its summary (a conversation is conferring already): "Defense
        // counsel emailed back offering to talk on Tuesday" (an
        // eighty-ninth review).
        let in_words = !e.ev.offer_to_confer
            && !e.two_way
            && (e.ev.items.iter().any(|d| d.records_an_offer()) || e.ev.summary_offers_to_confer());
        if !(e.ev.offer_to_confer || in_words) {
            continue;
        }
        let read = if in_words {
            " (Read from the words recorded on that contact, its position or summary, as the file does not record an offer to confer: if it made one, tick \"They offered to confer\" on the contact; if not, reword them.)"
        } else {
            ""
        };
        out.push(
            Target::element(Step::Conferrals, &e.ev.id, Some("offer_to_confer")),
            format!(
                "On {} {} offered to confer, and the log shows no answer from the movant's side before filing. Filing instead of taking up an offer to talk is not good-faith conferral.{read}",
                long_date(e.ev.date),
                name_of(f, &e.ev.initiated_by)
            ),
            "Take up the offer: arrange the call or meeting, hold it, and log it before filing.".into(),
        );
    }
}

/// One conference for many disputed requests. Where a court has held that
/// a single call over many issues is no good-faith consultation (Fleury v.
/// Union Pacific, N.D. Ill. 2022: one call over nine disputed issues after
/// months of dispute), a record whose only accepted conference took up
/// `min_items` or more of the motion's requests is reported. Letters and
/// emails around that call do not change it: Fleury's call followed a
/// deficiency letter and a written answer.
pub(super) fn one_conference(f: &Facts, min_items: u32, min_days: u32, out: &mut Emit) {
    // One call logged as two entries, the same day, the same way, at the
    // same time, is one conference (a thirty-eighth review of Fleury split
    // the one call in two: "Same 3:15p call, then RFP 6 ...").
    let mut accepted = f.events.iter().filter(|e| e.accepted);
    let Some(only) = accepted.next() else {
        return;
    };
    let same_call = |e: &&super::facts::EventFacts| {
        e.ev.date == only.ev.date
            && e.ev.method == only.ev.method
            && e.ev.time.is_some()
            && e.ev.time == only.ev.time
    };
    let mut rest = accepted.peekable();
    let mut parts = vec![only];
    while let Some(e) = rest.next_if(same_call) {
        parts.push(e);
    }
    if rest.next().is_some() {
        return;
    }
    // A recorder may also group the requests under one item with a plain
    // label and list them only in what was said on it ("Set out the issues
    // with Request Nos. 4, 5, 6, 8, 9, 11, 12, 14 and 18"; "def. ltr - 9
    // issues": a sixty-third review of Fleury did both): the most any
    // counted contact about the motion says of the item is how many it is.
    let named_on = |id: &str| {
        f.contacts()
            .filter(|e| e.about_motion)
            .flat_map(|e| e.ev.items.iter().filter(move |d| d.item == id))
            .flat_map(|d| [d.movant_position.as_str(), d.opponent_position.as_str()])
            .map(requests_named)
            .max()
            .unwrap_or(1)
    };
    let taken_up: usize = f
        .kept_items()
        .filter(|(item, _)| {
            parts
                .iter()
                .any(|e| e.ev.items.iter().any(|d| d.item == item.id))
        })
        .map(|(item, _)| requests_in_label(&item.label).max(named_on(&item.id)))
        .sum();
    if taken_up < min_items as usize {
        return;
    }
    // How long the dispute had run: from the first response among the kept
    // requests, or the first contact about them if earlier (Fleury: "for at
    // least five months"). One call soon after the responses is not that.
    let responses = f.kept_items().filter_map(|(item, _)| item.response);
    let contacts = f.contacts().filter(|e| e.about_motion).map(|e| e.ev.date);
    let Some(began) = responses.chain(contacts).min() else {
        return;
    };
    if (f.filing - began).get_days() < min_days as i32 {
        return;
    }
    out.push(
        Target::element(Step::Conferrals, &only.ev.id, None),
        format!(
            "{} is the only conference logged, and it took up {taken_up} of the motion's requests at once. This court has held that a single call over that many disputed issues is not a good-faith consultation.",
            crate::text::capitalize(&only.ev.describe())
        ),
        "Confer again before filing, going through the requests one by one (more than one call if need be), and log each conference with what was said on each request.".into(),
    );
}

/// Counts spelled out, from two (a word's index plus two is its count):
/// "nine document requests", "nine issues".
const SPELLED: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// How many requests a note says were at issue, at most: a numbered list
/// right after a word for requests ("Request Nos. 4, 5, 6 and 8", "Req.
/// 4-6, 8", "RFP 11, 14"), or a count of issues or requests ("9 issues",
/// "nine disputed requests"); otherwise one. Only a list that opens at the
/// request word counts, so a date later in the note ("requests discussed
/// on 10/13, 14") is not read as requests.
fn requests_named(text: &str) -> usize {
    use crate::matter::{REQUEST_WORDS, is_one_of, words};
    const COUNTED: &[&str] = &["issues", "requests", "disputes", "deficiencies", "topics"];
    let bytes = text.as_bytes();
    let mut most = 1;
    let mut before: Option<&[u8]> = None;
    for w in words(text) {
        // Where the word starts in the text (`words` yields subslices).
        let at = w.as_ptr() as usize - bytes.as_ptr() as usize;
        if is_one_of(w, REQUEST_WORDS) || is_one_of(w, &["req", "reqs"]) {
            // The list must open at once: only spaces, marks and "No."/"Nos."
            // between the word and its first number.
            let rest = &text[at + w.len()..];
            let opens = rest
                .trim_start_matches([' ', '.', '#', ':'])
                .trim_start_matches(|c: char| c.is_ascii_alphabetic())
                .trim_start_matches([' ', '.', '#', ':']);
            let word_between = &rest[..rest.len() - opens.len()];
            let plain_gap = word_between
                .split(|c: char| !c.is_ascii_alphabetic())
                .all(|x| {
                    x.is_empty() || x.eq_ignore_ascii_case("no") || x.eq_ignore_ascii_case("nos")
                });
            if plain_gap && opens.starts_with(|c: char| c.is_ascii_digit()) {
                most = most.max(requests_in_label(opens));
            }
        }
        // "9 issues", "nine disputed requests".
        if is_one_of(w, COUNTED)
            && let Some(n) = before
        {
            let count = std::str::from_utf8(n)
                .ok()
                .and_then(|n| n.parse::<usize>().ok())
                .filter(|&n| (2..100).contains(&n))
                .or_else(|| {
                    SPELLED
                        .iter()
                        .position(|s| s.as_bytes().eq_ignore_ascii_case(n))
                        .map(|k| k + 2)
                });
            if let Some(count) = count {
                most = most.max(count);
            }
        }
        // "nine disputed requests": one word may stand between.
        before = match before {
            Some(n)
                if is_one_of(
                    w,
                    &[
                        "disputed",
                        "discovery",
                        "document",
                        "separate",
                        "outstanding",
                    ],
                ) =>
            {
                Some(n)
            }
            _ => Some(w),
        };
    }
    most
}

/// How many requests one listed item names: "Requests for Production Nos.
/// 4, 5, 8, 11, 14 and 18" is six, "Interrogatories Nos. 1-4" four, any
/// other label one. A recorder may group the requests a call took up under
/// one item (a twenty-third review of Fleury did); they are still that many
/// issues.
fn requests_in_label(label: &str) -> usize {
    let lower = label.to_lowercase();
    // "Nine document requests": a count spelled out at the head.
    if let Some(k) = lower
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .and_then(|w| SPELLED.iter().position(|s| *s == w))
    {
        return k + 2;
    }
    // The numbered list, from its first number: "Nos. 4, 5, 8, 11, 14 and
    // 18", "RFP 4-5, 8, 11", "Nos. 1 through 10". Any other word or mark
    // ends it ("Nos. 78 and 79 (served 5/1/2017)"); a number of four digits
    // is a year, not a request ("Tax returns 2019-2021" is one).
    let Some(at) = lower.find(|c: char| c.is_ascii_digit()) else {
        return 1;
    };
    let (mut count, mut last, mut range) = (0usize, None::<u32>, false);
    let mut rest = &lower[at..];
    while let Some(c) = rest.chars().next() {
        let len = if c.is_ascii_digit() {
            let end = rest
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len());
            let n: u32 = rest[..end].parse().unwrap_or(u32::MAX);
            if n >= 1000 {
                return 1;
            }
            count += match last {
                Some(from) if range && n > from => (n - from) as usize,
                _ => 1,
            };
            (last, range) = (Some(n), false);
            end
        } else if c.is_alphabetic() {
            let end = rest
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(rest.len());
            match &rest[..end] {
                "through" | "to" | "thru" => range = last.is_some(),
                "and" | "or" | "nos" | "no" => range = false,
                _ => break,
            }
            end
        } else if matches!(c, '-' | '\u{2013}') {
            range = last.is_some();
            c.len_utf8()
        } else if matches!(c, ',' | '.' | '&' | ' ' | ';') {
            c.len_utf8()
        } else {
            break; // "(served …)", "/"
        };
        rest = &rest[len..];
    }
    count.clamp(1, 100)
}

/// Attempts made, answers demanded, or the motion filed while the other
/// side's counsel was known to be away do not show good faith.
///
/// After a conference, what is faulted is narrower: a message of the
/// movant's sent during the absence, then the motion before the other side
/// had the court's fair time to answer it once back (Coleman v.
/// California, E.D. Cal. 2019: a revised joint statement with altered
/// interrogatories emailed during opposing counsel's noticed vacation, the
/// motion the next day, was not "a full meet and confer effort"; an
/// adversarial review, 124, found that a first conference logged as a call
/// hid it). At risk: the conference that came before still counts.
pub(super) fn unavailability(f: &Facts, out: &mut Emit) {
    let conferred = f.has_accepted();
    for u in f.absences() {
        if f.side_of(&u.person) == Some(f.movant) {
            continue;
        }
        let who = name_of(f, &u.person);
        let period = format!("{} to {}", long_date(u.from), long_date(u.to));
        // The movant's contacts with them that fell in the absence: after a
        // conference only those on the motion's requests; before one, also
        // those demanding an answer during it.
        let during = |after_conference: bool| -> Vec<String> {
            f.contacts()
                .filter(|e| e.by_movant && e.ev.participants.contains(&u.person))
                .filter(|e| {
                    if after_conference {
                        e.about_motion && away(f, &u.person, e.ev.date)
                    } else {
                        away(f, &u.person, e.ev.date)
                            || e.ev.respond_by.is_some_and(|by| away(f, &u.person, by))
                    }
                })
                .map(|e| e.ev.describe())
                .collect()
        };
        if conferred {
            // Back the day after the absence ends: too late for the fair
            // time before filing?
            let rushed =
                u.to.tomorrow()
                    .ok()
                    .zip(f.fair_until)
                    .is_none_or(|(back, last)| back > last);
            if !rushed || u.from > f.filing {
                continue;
            }
            let during = during(true);
            if !during.is_empty() {
                out.push_at(
                    crate::court::Severity::AtRisk,
                    Target::step(Step::Conferrals),
                    format!(
                        "{} fell in {who}'s known absence ({period}), and the motion comes fewer than {} business days after {who} was back: the other side had no fair time to answer it before filing, and a motion filed so is not a full meet-and-confer effort.",
                        crate::text::capitalize(&crate::text::join_and(&during)),
                        f.fair_days
                    ),
                    format!(
                        "Give {who} the court's fair time to answer once back (at least {} business days), or confer again on what was sent, and log it.",
                        f.fair_days
                    ),
                );
            }
            continue;
        }
        if away(f, &u.person, f.filing) {
            out.push(
                Target::step(Step::Conferrals),
                format!("The motion is to be filed while {who} is known to be away ({period}), with no conference held."),
                format!("Wait until {who} is back and confer then, or ask for a time to talk that suits both sides."),
            );
            continue;
        }
        let during = during(false);
        if !during.is_empty() {
            out.push(
                Target::step(Step::Conferrals),
                format!(
                    "{} fell in (or demanded an answer during) {who}'s known absence ({period}); attempts the other side could not answer do not show good faith.",
                    crate::text::capitalize(&crate::text::join_and(&during))
                ),
                format!("Try again once {who} is back, and log it."),
            );
        }
    }
}

/// Words of a court's ruling, in an entry logged as contact with the court.
const RULING: &[&str] = &[
    "order",
    "ordered",
    "denied",
    "denying",
    "granted",
    "granting",
    "ruling",
    "ruled",
    "overruled",
    "struck",
    "dismissed",
];

/// Words of a hearing or conference with the court: an entry that has one
/// is that conference, whatever else it says ("Hrg. Ct: OK to file MTC.").
const HEARING: &[&str] = &[
    "hearing",
    "hrg",
    "conference",
    "conf",
    "conferred",
    "telephone",
    "call",
    "leave",
];

/// Words saying the court answered a request for a conference: it denied
/// it, held the conference, or let the motion go ahead.
const ANSWERED: &[&str] = &[
    "denied",
    "declined",
    "held",
    "leave",
    "permitted",
    "allowed",
    "granted",
    "directed",
    "ordered",
    "instructed",
    "authorized",
    "approved",
    "ok",
    "okay",
    "hrg",
    "hearing",
];

/// Further words of a conference or a request for one, which keep an entry
/// that also tells of a ruling from being read as the ruling alone ("Order
/// setting a video conference", "Emailed chambers to request one").
const REQUESTED: &[&str] = &[
    "teleconference",
    "tel",
    "phone",
    "phoned",
    "called",
    "zoom",
    "video",
    "met",
    "meeting",
    "chambers",
    "request",
    "requested",
    "requesting",
    "asked",
    "email",
    "emailed",
    "letter",
];

/// What an entry with the court says: its summary and the movant's
/// positions on it.
fn told_to_court<'a>(e: &'a super::facts::EventFacts) -> impl Iterator<Item = &'a str> + Clone {
    std::iter::once(e.ev.summary.as_str())
        .chain(e.ev.items.iter().map(|d| d.movant_position.as_str()))
}

/// The court's pre-motion step (a request to chambers for an informal
/// conference) must be in the log before the motion, after the sides
/// conferred: the court will not hear the motion otherwise.
pub(super) fn court_conference(f: &Facts, what: &str, held: bool, out: &mut Emit) {
    // A contact with the court on the filing day that says it is the
    // filing ("Doc. 27 (this motion) filed", "Letter application to the
    // Magistrate Judge (the motion itself)", as a rejected-record review
    // logged Geitgey v. Centene, N.D. Ohio 2022, whose movant "never
    // elevated this issue to the Court") is the motion, not the court's
    // conference before it. A hearing that day is still one.
    let the_motion_itself = |e: &&super::facts::EventFacts| {
        if e.ev.date != f.filing || e.before_judge {
            return false;
        }
        let texts: Vec<String> = told_to_court(e).map(str::to_lowercase).collect();
        texts.iter().any(|t| {
                crate::matter::has_any_word(t, &["filed", "mtc", "doc", "ecf", "dkt", "submitted"])
                    || t.contains("this motion")
                    || t.contains("motion itself")
                    || t.contains("by motion")
            })
            // A hearing or conference that day is still one, whichever of
            // the entry's texts says so ("Hrg. Ct: OK to file MTC." with
            // "asked leave to file MTC": an over-strictness review, 51, of
            // J.B. v. Avilla, W.D. Mo. 2012).
            && !texts.iter().any(|t| crate::matter::has_any_word(t, HEARING))
    };
    // An order of the court logged as contact with it ("Order ECF No. 71:
    // Court denied Pltf's earlier discovery motions", as a sixty-sixth
    // review logged Cross v. City of Chillicothe, W.D. Mo. 2022, where no
    // telephone conference was ever held) is the court's ruling, not the
    // conference, or the request for one, that the rule asks for. An entry
    // that also tells of a hearing, a call, a request or leave is still one.
    let a_ruling_only = |e: &&super::facts::EventFacts| {
        let said = |words: &[&str]| told_to_court(e).any(|t| crate::matter::has_any_word(t, words));
        !e.before_judge && said(RULING) && !said(HEARING) && !said(REQUESTED)
    };
    // The entries are read lazily, and only as far as the answer needs: the
    // readings above ask up to three word lists of every text of an entry,
    // and a long record has dozens of entries with the court. (Reading them
    // all was a tenth of the S.D.N.Y. check of the 200-entry benchmark
    // record: 821k instructions a check, 738k read lazily.)
    let with_court = || {
        f.events
            .iter()
            .filter(|e| e.counted && e.ev.method == crate::matter::Method::Court)
    };
    // Where the rule bars the motion until the conference was held or the
    // request denied (`held`), a request only the movant's side made, with
    // no word that the court answered it, was still pending when the motion
    // was filed ("Letter to chambers requesting an informal conference",
    // "clerk said the judge would set one": review 350).
    let pending = |e: &&super::facts::EventFacts| {
        held && !e.before_judge
            && !e
                .ev
                .participants
                .iter()
                .any(|p| f.matter.side_of(p).is_some_and(|s| s != f.movant))
            && !told_to_court(e).any(|t| crate::matter::has_any_word(t, ANSWERED))
    };
    let the_step =
        |e: &&super::facts::EventFacts| !the_motion_itself(e) && !a_ruling_only(e) && !pending(e);
    let court = || with_court().filter(the_step);
    let first_conference = f.events.iter().find(|e| e.accepted).map(|e| e.ev.date);
    // These courts hear a dispute only once counsel have conferred between
    // themselves: a conference before the judge that ended with leave to
    // file does not stand in for that conference, however it ended.
    // (Where the record stands as an attempt to confer, the court step is
    // judged as for any other record of attempts.)
    if first_conference.is_none() && !f.excuse.holds() && court().any(|e| e.before_judge) {
        out.push(
            Target::step(Step::Conferrals),
            format!(
                "This court requires the sides to confer between themselves before {what}; the log shows the conference before the judge, but no conference between counsel before it."
            ),
            "Log the conference between counsel that came before the one with the court (by telephone, video or in person), with who took part, when and what each side said.".into(),
        );
        return;
    }
    let after = with_court()
        .filter(|e| first_conference.is_none_or(|d| e.ev.date >= d))
        .any(|e| the_step(&e));
    if after {
        return;
    }
    let message = if court().next().is_none() && with_court().any(|e| pending(&e)) {
        format!(
            "This court requires {what} before a discovery motion, and the motion may not be filed until the conference was held or the request denied; the log shows the request, but not that the court held the conference or denied it before filing."
        )
    } else if court().next().is_none() {
        format!(
            "This court requires {what} before a discovery motion; the log shows no contact with the court."
        )
    } else {
        format!(
            "This court requires {what} after the sides confer; the logged contact with the court came before any conference."
        )
    };
    out.push(
        Target::step(Step::Conferrals),
        message,
        format!("Make the request ({what}), log it as \"Contact with the court\", and file only if the court denies it or the conference does not resolve the dispute."),
    );
}

#[cfg(test)]
mod tests {
    use super::{requests_in_label, requests_named};

    #[test]
    fn a_note_listing_the_requests_counts_each() {
        for (note, n) in [
            (
                "Set out the issues with Union Pacific's responses to Request Nos. 4, 5, 6, 8, 9, 11, 12, 14 and 18.",
                9,
            ),
            (
                "def. ltr - 9 issues (Req. 4, 5, 6, 8, 9, 11, 12, 14, 18)",
                9,
            ),
            (
                "Disputed Plaintiff's reading of Request Nos. 4, 5, 8, 11, 14 and 18",
                6,
            ),
            ("Went through nine disputed requests.", 9),
            ("RFP 11, 14", 2),
            // A date after the request word is no list.
            ("Requests discussed on 10/13, 14 and 15", 1),
            ("Asked about the requests on October 13, 14 and 15", 1),
            ("Maintained its objections.", 1),
            ("Request No. 4", 1),
            ("M&C 10/13; 2 calls", 1),
        ] {
            assert_eq!(requests_named(note), n, "{note:?}");
        }
    }

    #[test]
    fn a_grouped_label_counts_each_request() {
        for (label, n) in [
            ("Requests for Production Nos. 4, 5, 8, 11, 14 and 18", 6),
            ("Interrogatories Nos. 1-4", 4),
            ("RFP Nos. 1 through 10 and 12", 11),
            ("Request for Production No. 19", 1),
            ("Interrogatory No. 4", 1),
            ("The deposition notice", 1),
            ("RFP Nos. 6, 9 and 12", 3),
            ("Diagnosis records 2019-2021", 1),
            ("RFP Nos. 78 and 79 (served 5/1/2017)", 2),
            ("RFP Nos. 78 and 79 served 5/1/2017", 2),
            ("Interrogatories Nos. 11, 12, 14 and 16-19", 7),
            // Review 25: shorthand.
            ("RFP 4, 5, 8, 11, 14, 18", 6),
            ("Requests 4-5, 8, 11, 14, 18", 6),
            ("Nine document requests (see 9/14/22 letter)", 9),
            ("Responses served 5/1/2017", 1),
            ("Rule 30(b)(6) deposition", 1),
        ] {
            assert_eq!(requests_in_label(label), n, "{label:?}");
        }
    }
}
