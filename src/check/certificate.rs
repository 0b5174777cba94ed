//! Check kinds about the certification document itself.

use super::Emit;
use super::facts::Facts;
use super::finding::{Step, Target};
use crate::court::{CiteRule, Severity};
use crate::matter::{CertificateForm, EndorsementStatus, Method};

fn cert(field: &'static str) -> Target {
    Target {
        step: Step::Certificate,
        id: None,
        field: Some(field),
        item: None,
    }
}

pub(super) fn present(f: &Facts, out: &mut Emit) {
    let c = &f.matter.certificate;
    // A custom certification with no words in it is no certification, nor
    // is one whose words say there is none ("None. The motion contains no
    // certification").
    let missing = c.form == CertificateForm::None
        || (c.form == CertificateForm::Custom
            && (c.statement.trim().is_empty() || super::statement::says_none(&c.statement)));
    if !missing {
        return;
    }
    out.push(
        cert("form"),
        format!(
            "No certification of the conferral accompanies the motion. {} one with every discovery motion of this kind.",
            out.rule_requires()
        ),
        "Have goodfaith compose the certificate from the conferral log and file it with the motion.".into(),
    );
}

/// A statement whose dates are none of the log's contacts: the date it
/// gives is the motion's ("Prior to filing this motion on March 20, 2026"),
/// a span's ("Since February 20, 2026"), or a day the log does not hold, so
/// it dates no step (a certificate review, 143, of Gill-Mulson v. Eagle
/// River Fire, D. Colo. 2012, and LaFleur v. Knight, M.D. La. 2016, with a
/// day added). A day without a year matches any year.
fn undated_steps(f: &Facts, statement: &str) -> Option<String> {
    let days = super::statement::days_in(statement);
    let steps: Vec<jiff::civil::Date> = f
        .events
        .iter()
        .filter(|e| e.counted && e.ev.method != Method::Court)
        .map(|e| e.ev.date)
        .collect();
    if steps.is_empty() {
        return None;
    }
    let dates_a_step = days.iter().any(|&(year, month, day)| {
        steps
            .iter()
            .any(|d| d.month() == month && d.day() == day && year.is_none_or(|y| y == d.year()))
    });
    (!dates_a_step).then(|| {
        "gives no date on which the log records a contact between the sides (a date of the motion, or of a span, dates no step)".to_string()
    })
}

/// A statement that names neither who took part nor what was discussed:
/// "On March 3, 2026, counsel for the parties conferred by telephone in a
/// good faith effort to resolve the issues raised in this motion but were
/// unable to do so" gives when and how, but courts ask who, where, how and
/// when (Shuffle Master v. Progressive Games, D. Nev. 1996) and what each
/// step took up (D. Kan. Rule 37.2: "the steps taken by all attorneys"),
/// and deny motions on the date and means alone (a certificate review,
/// 143). Either the name of a counsel in the record (or of a party acting
/// for itself), or a request (its kind, "Interrogatory No. 4", "the
/// requests for production", or its number, "Nos. 4 and 5"), answers it.
///
/// With `names` (the rule the check cites asks for the names of those who
/// conferred: "the identities of the attorneys conferring", N.D. Tex. L.
/// Civ. R. 7.1(b); "the names of all participants", N.D. Ill. LR 37.2) and a
/// conference in the log, a request named does not stand in for a name:
/// the statement must name someone from the other side who could have
/// taken part. Without a conference, the rules ask for the efforts made
/// instead, and who-or-what is asked as elsewhere.
fn nobody_and_nothing(f: &Facts, statement: &str, names: bool) -> Option<String> {
    // A kind of request, named as one: "the discovery requests at issue",
    // "document production" name none (a certificate review, 144).
    const KINDS: &[&str] = &[
        "interrogatory",
        "interrogatories",
        "rog",
        "rogs",
        "rfp",
        "rfps",
        "rfa",
        "rfas",
        "deposition",
        "depositions",
        "subpoena",
        "subpoenas",
        "disclosures",
    ];
    // Words any request's text may hold that name nothing in particular.
    const GENERIC: &[&str] = &[
        "responses",
        "response",
        "respond",
        "discovery",
        "documents",
        "document",
        "production",
        "produce",
        "requests",
        "request",
        "objection",
        "objections",
        "objected",
        "information",
        "relevant",
        "irrelevant",
        "burdensome",
        "overbroad",
        "privilege",
        "privileged",
        "defendant",
        "defendants",
        "plaintiff",
        "plaintiffs",
        "counsel",
        "answer",
        "answers",
        "answered",
        "interrogatory",
        "interrogatories",
        "served",
        "complete",
        "incomplete",
        "deficient",
        "insufficient",
        "other",
        "there",
        "their",
        "which",
        "about",
        "these",
        "those",
        "where",
        "would",
        "could",
        "should",
        "since",
        "after",
        "before",
        "under",
        "first",
        "second",
        "third",
        "parties",
        "party",
        "matter",
        "issues",
        "issue",
        "dispute",
        "disputes",
        "motion",
        "deadline",
        "overdue",
        "outstanding",
        "general",
        "specific",
        "deficiency",
        "deficiencies",
        "timely",
        "supplement",
        "supplemental",
        "court",
        "extended",
        "without",
        "never",
    ];
    const KIND_PHRASES: &[&[&str]] = &[
        &["request", "for", "production"],
        &["requests", "for", "production"],
        &["request", "for", "admission"],
        &["requests", "for", "admission"],
        &["privilege", "log"],
    ];
    // A signature ("/s/ Jane Roe", "Respectfully submitted, Jane Roe")
    // names who signs, not who took part.
    let body = statement
        .to_lowercase()
        .find("respectfully submitted")
        .map_or(statement, |at| &statement[..at]);
    let unsigned: String = body
        .split("/s/")
        .enumerate()
        .map(|(k, part)| {
            if k == 0 {
                part
            } else {
                part.split_once(['\n', ',', ';'])
                    .map_or("", |(_, rest)| rest)
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    let words: Vec<&str> = unsigned
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    // Who took part: a word of a counsel's name, or of a party's who
    // stands for itself (no counsel acts for it), as written (a capital,
    // so "Li" counts and "on" does not).
    let (people, people_ids): (Vec<&str>, Vec<&str>) = f
        .matter
        .counsel
        .iter()
        .map(|c| (c.name.as_str(), c.id.as_str()))
        .chain(
            f.matter
                .parties
                .iter()
                .filter(|p| {
                    !f.matter
                        .counsel
                        .iter()
                        .any(|c| c.represents.contains(&p.id))
                })
                .map(|p| (p.name.as_str(), p.id.as_str())),
        )
        .unzip();
    const ROLES: &[&str] = &[
        "plaintiff",
        "plaintiffs",
        "defendant",
        "defendants",
        "counsel",
        "party",
        "parties",
        "movant",
        "respondent",
        "attorney",
        "attorneys",
        "esq",
        "defense",
        "opposing",
        "undersigned",
        "movant's",
    ];
    let named = |name: &str| {
        words.iter().zip(&lower).any(|(w, l)| {
            w.len() >= 2
                && w.starts_with(|c: char| c.is_uppercase())
                && !ROLES.contains(&l.as_str())
                && name
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|part| part.eq_ignore_ascii_case(w))
        })
    };
    if names && f.events.iter().any(|e| e.counted && e.two_way) {
        let theirs = people
            .iter()
            .zip(people_ids.iter())
            .filter(|(_, id)| f.side_of(id).is_some_and(|s| s != f.movant))
            .any(|(name, _)| named(name));
        return (!theirs).then(|| UNNAMED.to_string());
    }
    let names_someone = people.iter().any(|name| named(name));
    let names_something = lower.iter().any(|w| KINDS.contains(&w.as_str()))
        || KIND_PHRASES
            .iter()
            .any(|p| lower.windows(p.len()).any(|w| w.iter().zip(p.iter()).all(|(a, b)| a == b)))
        // "Nos. 4, 5 and 12", "No. 7", "Requests 78 and 79".
        || lower.windows(2).any(|w| {
            matches!(
                w[0].as_str(),
                "no" | "nos" | "number" | "numbers" | "request" | "requests"
            ) && w[1].bytes().all(|b| b.is_ascii_digit())
        })
        // A word of a disputed request's own text: "the lanes and
        // privilege questions", "its search of only three custodians"
        // (a certificate review, 144).
        || f.matter.items.iter().filter(|i| !i.dropped).any(|i| {
            [
                i.label.as_str(),
                i.request_text.as_str(),
                i.response_text.as_str(),
                i.objection.as_str(),
            ]
                .iter()
                .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()))
                .map(str::to_lowercase)
                .any(|w| {
                    w.len() >= 5
                        && w.bytes().all(|b| b.is_ascii_alphabetic())
                        && !GENERIC.contains(&w.as_str())
                        && !super::statement::MONTHS.contains(&w.as_str())
                        && lower.contains(&w)
                })
        })
        || f.matter.items.iter().any(|i| {
            !i.dropped && !i.label.trim().is_empty() && statement.contains(i.label.trim())
        });
    (!names_someone && !names_something)
        .then(|| "does not say who took part or what was discussed".to_string())
}

/// What `nobody_and_nothing` says when the rule asks for names and the
/// statement gives none of the other side's.
const UNNAMED: &str = "does not name who took part for the other side, and the rule asks for the names of those who conferred";

/// The fix for a statement: name the other side's counsel the record holds
/// when that is what is missing, else the particulars in general.
fn statement_fix(f: &Facts, problem: &str) -> String {
    if problem == super::impasse::NO_CONFERENCE {
        return "Say why no conference could be held (the other side did not answer your letters or calls, refused to confer, or was away), as the log records it, or let goodfaith compose the certificate from the log.".into();
    }
    if problem == super::impasse::UNEXPLAINED {
        return "Say why the sides could not agree: the other side's stated position on each request still in dispute (for example, that it maintains its objection that the request is overbroad), or let goodfaith compose the certificate from the log.".into();
    }
    if problem == UNNAMED {
        let theirs: Vec<&str> = f
            .matter
            .counsel
            .iter()
            .filter(|c| f.side_of(&c.id).is_some_and(|s| s != f.movant))
            .map(|c| c.name.trim())
            .filter(|n| !n.is_empty())
            .collect();
        if theirs.is_empty() {
            return "Add the other side's counsel to the record and name who conferred for each side, or let goodfaith compose the certificate from the log.".into();
        }
        return format!(
            "Name who conferred for each side (the record lists {} for the other side), or let goodfaith compose the certificate from the log.",
            crate::text::join_and(&theirs)
        );
    }
    "Let goodfaith compose the certificate from the log, or rewrite the statement to give the date, method, participants and outcome of each step.".into()
}

pub(super) fn particularity(
    f: &Facts,
    conclusory: &[String],
    names_under: &[String],
    reasons_under: &[String],
    out: &mut Emit,
) {
    let c = &f.matter.certificate;
    let names = !names_under.is_empty()
        && c.form != CertificateForm::None
        && out
            .rule_id()
            .is_some_and(|id| names_under.iter().any(|n| n == id));
    // The rule asks an opposed motion's certificate to explain why agreement
    // could not be reached, and a conference was held (without one, the
    // rule asks instead why conferring was not possible).
    let reasons_rule = !reasons_under.is_empty()
        && c.form != CertificateForm::None
        && out
            .rule_id()
            .is_some_and(|id| reasons_under.iter().any(|n| n == id));
    // (Read only where the rule asks: the log is long on a keystroke.)
    let conference = reasons_rule && f.events.iter().any(|e| e.counted && e.two_way);
    let reasons = conference && super::impasse::opposed(f);
    // Without a conference, but with attempts, the same rule asks why one
    // was not possible (N.D. Tex. L. Civ. R. 7.1(b)(3)).
    let why_none = reasons_rule && !conference && f.events.iter().any(|e| e.counted && e.by_movant);
    match c.form {
        CertificateForm::None => {}
        // A statement that there is none is reported missing (`present`).
        CertificateForm::Custom if super::statement::says_none(&c.statement) => {}
        CertificateForm::Custom => {
            let problem = super::statement::lint(&c.statement, conclusory)
                .or_else(|| undated_steps(f, &c.statement))
                .or_else(|| nobody_and_nothing(f, &c.statement, names))
                .or_else(|| {
                    reasons
                        .then(|| super::impasse::unexplained(&c.statement))
                        .flatten()
                })
                .or_else(|| {
                    why_none
                        .then(|| super::impasse::not_possible_unexplained(&c.statement))
                        .flatten()
                });
            if let Some(problem) = problem {
                // The reason is what is missing, not the steps.
                let message = if problem == super::impasse::UNEXPLAINED
                    || problem == super::impasse::NO_CONFERENCE
                {
                    format!("The certification {problem}.")
                } else {
                    format!(
                        "The certification {problem}. It must describe with particularity the steps each attorney took: when, how, who, and about what."
                    )
                };
                out.push(cert("statement"), message, statement_fix(f, &problem));
            }
        }
        CertificateForm::Generated => {
            let is_step = |key: &str| f.events.iter().any(|e| e.counted && e.ev.id == key);
            for (key, text) in &c.edits {
                let target = Target {
                    step: Step::Certificate,
                    id: Some(key.as_str().into()),
                    field: Some("edits"),
                    item: None,
                };
                // A rewritten step must still give the particulars; any other
                // rewritten paragraph must not be emptied or turned into a conclusion.
                let problem = if is_step(key) {
                    super::statement::lint(text, conclusory)
                        .or_else(|| undated_steps(f, text))
                        .or_else(|| nobody_and_nothing(f, text, names))
                } else if text.trim().is_empty() {
                    Some("is empty".to_string())
                } else {
                    let lower = text.to_lowercase();
                    conclusory
                        .iter()
                        .find(|p| lower.contains(p.as_str()))
                        .map(|p| format!("states a conclusion (\"{p}\")"))
                        .or_else(|| {
                            (reasons && key == "opposition")
                                .then(|| super::impasse::unexplained(text))
                                .flatten()
                        })
                };
                if let Some(problem) = problem {
                    let fix = if problem == super::impasse::UNEXPLAINED {
                        "Restore the generated paragraph, or say in your wording why the sides could not agree (the other side's stated position on each request still in dispute)."
                    } else {
                        "Restore the generated paragraph, or keep the date, method, participants and outcome in your wording."
                    };
                    out.push(
                        target.clone(),
                        format!("Your rewrite of paragraph \"{key}\" {problem}."),
                        fix.into(),
                    );
                }
                // The log changed after the rewrite: the rewrite may state facts it no longer supports.
                if let (Some(basis), Some(ev)) = (
                    c.edit_basis.get(key),
                    f.events.iter().find(|e| e.counted && e.ev.id == *key),
                ) && crate::certificate::step_paragraph(f.matter, ev.ev) != *basis
                {
                    out.push(
                        target,
                        // The log entry, or goodfaith's own wording of it
                        // (a newer build), changed: either way the rewrite
                        // was made against a different paragraph.
                        format!("You rewrote the paragraph for the {} of {}, and the paragraph goodfaith writes for it has changed since (the log entry, or goodfaith's wording of it, changed); your wording may no longer match the record.", ev.ev.method.phrase(), crate::text::long_date(ev.ev.date)),
                        "Compare your paragraph with the generated one and the log entry; then choose \"Keep my wording\" under it, or restore the generated text.".into(),
                    );
                }
            }
            // The composed paragraph explains the impasse with the other
            // side's stated positions; with none recorded it can only say
            // the motion is opposed.
            if reasons
                && !c.edits.contains_key("opposition")
                && let Some(labels) = super::impasse::no_position_recorded(f)
                // A call on which the other side refused to confer is no
                // conference: the certificate tells it as a refusal, which
                // says why agreement was not reached.
                && let Some(last) = f.events.iter().rev().find(|e| {
                    e.counted
                        && e.two_way
                        && !e.refusal_words
                        && e.ev.reply != Some(crate::matter::Reply::Refused)
                })
            {
                out.push(
                    Target::element(Step::Conferrals, &last.ev.id, Some("items")),
                    format!(
                        "The certificate must explain why agreement could not be reached, and no contact it describes records the other side's position on {}: it could say only that the motion is opposed.",
                        crate::text::join_and(&labels)
                    ),
                    "Record the other side's stated position on each request still in dispute in the conferral log (what they said, and why), so the certificate can explain why agreement could not be reached.".into(),
                );
            }
        }
    }
    // The composed narrative must be able to say who initiated each step and
    // with whom it was held.
    // Contact with the court is not a step between the sides: nobody from the
    // other side need be named in it.
    let between_sides = |e: &&super::facts::EventFacts| e.ev.method != Method::Court;
    for e in f
        .events
        .iter()
        .filter(between_sides)
        .filter(|e| e.counted && !e.ev.participants.is_empty())
    {
        let attempt = e.ev.method.is_attempt();
        if !e.opponent_in && !attempt {
            out.push(
                Target::element(Step::Conferrals, &e.ev.id, Some("participants")),
                format!("The {} of {} names no one from the other side, so it is not a contact with them and the certificate cannot say with whom it was held.", e.ev.method.phrase(), crate::text::long_date(e.ev.date)),
                "Tick who took part on the other side (their counsel, or the pro se party).".into(),
            );
        }
        if e.ev.initiated_by.is_empty() {
            out.push(
                Target::element(Step::Conferrals, &e.ev.id, Some("initiated_by")),
                format!(
                    "The {} of {} does not say who initiated it.",
                    e.ev.method.phrase(),
                    crate::text::long_date(e.ev.date)
                ),
                "Choose who initiated the contact.".into(),
            );
        }
    }
    // The composed narrative needs someone to name for every step it describes.
    for e in f
        .events
        .iter()
        .filter(between_sides)
        .filter(|e| e.counted && e.ev.participants.is_empty())
    {
        out.push(
            Target::element(Step::Conferrals, &e.ev.id, Some("participants")),
            format!(
                "The {} of {} names no participants, so the certificate cannot say who took part.",
                e.ev.method.phrase(),
                crate::text::long_date(e.ev.date)
            ),
            "Select who took part from the counsel list.".into(),
        );
    }
}

pub(super) fn rule_cited(f: &Facts, rule: &CiteRule, out: &mut Emit) {
    for (i, cite) in f.matter.certificate.cites.iter().enumerate() {
        let n = normalize_cite(cite);
        if let Some(w) = rule
            .wrong
            .iter()
            .find(|w| cite_matches(&n, &normalize_cite(&w.cite)))
        {
            out.push(
                Target { step: Step::Certificate, id: Some(compact_str::format_compact!("{i}")), field: Some("cites"), item: None },
                format!("The certificate cites {} for the duty to confer: {} The duty to confer is in {}.", cite.trim(), w.why, rule.expected),
                format!("Cite {}.", rule.expected),
            );
        }
    }
}

/// "D. Kan. Rule 37.1(b)" -> "dkan37.1(b)": case, spaces, the word "rule" and
/// the abbreviation dots fall away; the rule number's dots stay.
fn normalize_cite(s: &str) -> String {
    let lower = s
        .to_lowercase()
        .replace("local", "")
        .replace("rule", "")
        .replace("r.", "");
    let mut out = String::with_capacity(lower.len());
    let chars: Vec<char> = lower.chars().filter(|c| !c.is_whitespace()).collect();
    for (i, &c) in chars.iter().enumerate() {
        let between_digits = c == '.'
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        if c != '.' || between_digits {
            out.push(c);
        }
    }
    out
}

/// `cite` names the rule `wrong` names (a subdivision of it counts; 37.10 does not).
fn cite_matches(cite: &str, wrong: &str) -> bool {
    cite.match_indices(wrong)
        .any(|(i, _)| !cite[i + wrong.len()..].starts_with(|c: char| c.is_ascii_digit()))
}

pub(super) fn all_counsel_endorse(f: &Facts, out: &mut Emit) {
    if f.matter.certificate.form == CertificateForm::None {
        return; // `present` reports the missing certificate
    }
    for c in &f.matter.counsel {
        let status = f.matter.certificate.endorsement_of(&c.id);
        let (message, fix, severity) = match status {
            EndorsementStatus::Signed => continue,
            EndorsementStatus::NotYetObtained => (
                format!("{} has not yet signed or endorsed the certificate; it must bear the signature or endorsement of all counsel.", c.name),
                format!("Send the certificate to {} for signature or endorsement and mark it signed when it comes back.", c.name),
                Severity::Blocker,
            ),
            // At risk, not a blocker: the rule asks for every counsel's
            // signature, and no order read says what a movant does when
            // opposing counsel will not give it (the Wilson text stops at
            // "lack of cooperation or respo…"); an unsettled point is at
            // risk, never Ready (an accepted-record review, 60, of
            // Employers Mutual v. West, N.D. Miss. 2017).
            EndorsementStatus::Refused => (
                format!("{} refused to sign or endorse the certificate; the rule requires the signature or endorsement of all counsel, and the orders read do not say what a movant does when counsel will not sign.", c.name),
                "goodfaith does not know the court's procedure when counsel will not sign: consult the current local rule and the judge's case management order before filing, and describe the refusal in the motion.".into(),
                Severity::AtRisk,
            ),
        };
        out.push_at(
            severity,
            Target::element(Step::Parties, &c.id, Some("endorsement")),
            message,
            fix,
        );
    }
}

/// The certificate must state particulars of each conference (and, with
/// `attempts`, of each unanswered attempt): the record has to hold them.
pub(super) fn certificate_fields(
    f: &Facts,
    fields: &[String],
    attempts: bool,
    attempt_times: bool,
    out: &mut Emit,
) {
    let want = |name: &str| fields.iter().any(|x| x == name);
    // The conferences held; or, when none was, each attempt (the rule then
    // asks the certificate to recite the efforts made).
    let held = f.events.iter().any(|e| e.counted && e.two_way);
    let relevant = |e: &&super::facts::EventFacts| {
        e.counted
            && if held {
                e.two_way
            } else {
                // Letters and emails carry a date, not a clock time.
                attempts && e.by_movant && e.opponent_in && !e.ev.method.is_written()
            }
    };
    if want("time") && held {
        written_without_time(f, out);
    }
    for e in f.events.iter().filter(relevant) {
        let mut missing: Vec<(&'static str, &'static str)> = Vec::new();
        if want("time") && e.ev.time.is_none() {
            missing.push(("time", "the time"));
        }
        if want("duration") && e.two_way && e.ev.duration_minutes.is_none() {
            missing.push(("duration_minutes", "how long it lasted"));
        }
        if want("place")
            && matches!(
                e.ev.method,
                Method::InPerson | Method::Deposition | Method::Other
            )
            && e.ev.place.trim().is_empty()
        {
            missing.push(("place", "where it took place"));
        }
        let Some((field, _)) = missing.first().copied() else {
            continue;
        };
        let what: Vec<String> = missing.iter().map(|(_, w)| w.to_string()).collect();
        // Where consultation failed, N.D. Ill. L.R. 37.2 asks the statement
        // to "recite the efforts made by counsel", not their clock times, and
        // no order read faults an untimed voicemail or unanswered call: ask
        // for the time, as a call without it is hard to prove, but do not
        // call it the rule's requirement. A contact by other means with the
        // other side taking part may be the conference the certificate
        // claims (Rustom, N.D. Ill. 2018, faulted one claimed without its
        // time and place): the rule's particulars stay required of it.
        let (severity, why) = if !held && e.ev.method.is_attempt() && !attempt_times {
            (
                crate::court::Severity::Warning,
                "No conference was held, so the certificate must recite the efforts made to engage in one; a call without its time is harder to prove.".to_string(),
            )
        } else if !held && e.ev.method.is_attempt() {
            // The rule names "any conference or attempted conference".
            (
                out.severity(),
                format!(
                    "{} the certificate to state {} for each conference or attempted conference.",
                    out.rule_requires(),
                    if what.len() == 1 { "it" } else { "them" },
                ),
            )
        } else if out.severity() == crate::court::Severity::Blocker {
            // A blocker: the court's rule asks the certificate for it.
            (
                out.severity(),
                format!(
                    "{} the certificate to state {} for each conference{}.",
                    out.rule_requires(),
                    if what.len() == 1 { "it" } else { "them" },
                    if held {
                        ""
                    } else {
                        " (this contact, by other means with the other side taking part, may be the conference the certificate claims)"
                    }
                ),
            )
        } else {
            // Milder: the court's orders weighed it, though its rule does not ask.
            (
                out.severity(),
                "The court has weighed it in ruling on conferral, though its rule does not ask the certificate for it.".to_string(),
            )
        };
        out.push_at(
            severity,
            Target::element(Step::Conferrals, &e.ev.id, Some(field)),
            format!(
                "The {} of {} does not record {}. {why}",
                e.ev.method.phrase(),
                crate::text::long_date(e.ev.date),
                crate::text::join_and(&what),
            ),
            format!("Record {} for this contact.", crate::text::join_and(&what)),
        );
    }
}

/// Where the court's rule asks the certificate for the time of each
/// conference, a statement the user wrote (a custom one, or a rewritten
/// paragraph for a conference) must give it too: the log holding the time
/// does not put it in the words filed (Rustom, N.D. Ill. 2018, faulted a
/// claimed conference whose time and place were not set forth).
/// Asked by `certificate_fields` only where the court wants the time and a
/// conference was held.
fn written_without_time(f: &Facts, out: &mut Emit) {
    let c = &f.matter.certificate;
    let mut push = |target: Target, whose: &str| {
        out.push(
            target,
            format!(
                "{whose} gives no time for the conference. {} the certificate to state the time of each conference.",
                out.rule_requires()
            ),
            "Give the time each conference began (\"at 2:00 p.m.\"), or let goodfaith compose the certificate from the log.".into(),
        );
    };
    match c.form {
        CertificateForm::Custom => {
            if !c.statement.trim().is_empty() && !super::statement::has_clock_time(&c.statement) {
                push(cert("statement"), "Your certification");
            }
        }
        CertificateForm::Generated => {
            for (key, text) in &c.edits {
                let conference = f
                    .events
                    .iter()
                    .any(|e| e.counted && e.two_way && e.ev.id == *key);
                if conference && !super::statement::has_clock_time(text) {
                    push(
                        Target {
                            step: Step::Certificate,
                            id: Some(key.as_str().into()),
                            field: Some("edits"),
                            item: None,
                        },
                        &format!("Your rewrite of paragraph \"{key}\""),
                    );
                }
            }
        }
        CertificateForm::None => {}
    }
}

/// A conference the certificate will claim, without its time and length,
/// reads to courts as unsupported: ask for what makes it provable.
pub(super) fn call_particulars(f: &Facts, out: &mut Emit) {
    for e in f.events.iter().filter(|e| e.accepted) {
        let mut missing = Vec::new();
        if e.ev.time.is_none() {
            missing.push("the time it began");
        }
        if e.ev.duration_minutes.is_none() {
            missing.push("how long it lasted");
        }
        if missing.len() < 2 {
            continue;
        }
        out.push(
            Target::element(Step::Conferrals, &e.ev.id, Some("time")),
            format!(
                "The {} of {} records neither the time it began nor how long it lasted. Courts give little weight to a conference certified without particulars.",
                e.ev.method.phrase(),
                crate::text::long_date(e.ev.date)
            ),
            "Record the time and length of the conference (from your calendar or phone log).".into(),
        );
    }
}

/// The court wants a different document than a certificate; say so plainly.
pub(super) fn document_form(form: &str, note: &str, out: &mut Emit) {
    let mut message =
        format!("This court expects {form}; goodfaith's certificate is not that document.");
    if !note.trim().is_empty() {
        message.push(' ');
        message.push_str(note.trim());
    }
    out.push(Target { step: Step::Certificate, id: None, field: Some("form"), item: None }, message, format!("Prepare {form} as the court's rule requires; use goodfaith's record of the conferral for its contents."));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cites_are_compared_loosely_but_not_wrongly() {
        let wrong = normalize_cite("D. Kan. Rule 37.1");
        assert!(cite_matches(&normalize_cite("D. Kan. Rule 37.1"), &wrong));
        assert!(cite_matches(&normalize_cite("D.Kan. R. 37.1(b)"), &wrong));
        assert!(!cite_matches(&normalize_cite("D. Kan. Rule 37.2"), &wrong));
        assert!(!cite_matches(&normalize_cite("D. Kan. Rule 37.10"), &wrong));
    }
}
