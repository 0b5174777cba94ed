//! Check kinds about the conferral itself: whether it happened, how, when,
//! with whom, and about what.

use super::Emit;
use super::attempts::Excuse;
use super::facts::{EventFacts, Facts};
use super::finding::{Step, Target, plural};
use crate::court::{Severity, Topic};
use crate::matter::{Method, Side};
use crate::text::{join_and, long_date};

/// Where a call is wanted, the way out for a party that cannot take one
/// (Gardner, D. Kan. 2006).
const NO_TELEPHONE_HINT: &str = " If the other side is a pro se party with no telephone, tick \"Has no telephone\" on the party.";

/// Why asks before the other side's last engagement do not count as
/// unanswered, when there were any: the user sees two asks in the log and
/// is told of one.
fn engaged_note(f: &Facts) -> String {
    let Some(last) = super::attempts::last_engagement(f) else {
        return String::new();
    };
    let at = (last.ev.date, last.ev.time);
    let earlier = super::attempts::tries(f).any(|e| (e.ev.date, e.ev.time) < at);
    if !earlier {
        return String::new();
    }
    format!(
        " Only the requests made since the other side last engaged ({}) count: it answered or wrote back then, so the requests before it were not ignored.",
        last.ev.describe()
    )
}

/// Where the complete default was read from the user's words, says so and
/// how to record it (empty otherwise).
fn words_note(f: &Facts) -> String {
    f.default_from_words()
        .map(|label| {
            let which = if label.trim().is_empty() {
                "a request".to_string()
            } else {
                format!("\"{}\"", label.trim())
            };
            format!(
                " (That nothing was served is read from the words of the objection on {which}, as the file does not record it: record on the request whether any response was served (\"No response was served at all\").)"
            )
        })
        .unwrap_or_default()
}

/// Where the other side's broken promise (`broken`: the contact holding it)
/// is read from the log rather than recorded as not kept, says so and how to
/// record it (empty otherwise).
fn promise_note(broken: Option<&EventFacts>) -> String {
    broken
        .and_then(|e| e.ev.follow_up.as_ref().map(|fu| (e, fu)))
        .filter(|(_, fu)| fu.kept.is_none())
        .map(|(e, fu)| {
            format!(
                " (The promise recorded on {} is read as broken: it fell due on {}, nothing had been served by the filing day, and the other side is not logged as writing, calling or answering since. Record it as not kept to confirm.)",
                long_date(e.ev.date),
                long_date(fu.due)
            )
        })
        .unwrap_or_default()
}

/// In a complete default, a message of the other side's that brings only a
/// promise to serve the overdue responses, which nothing served by filing
/// shows was not kept: a recorded promise read as broken
/// (`Facts::broken_by_other_side`), or, with none recorded, a promise in the
/// words or outcome of every request it lists (read as broken as
/// `unrecorded_promise` reads it). It brought nothing new to confer on and
/// is no thread to chase (split.md: a broken promise to serve overdue
/// responses in a complete default is not reported).
fn only_a_lapsed_promise(f: &Facts, ev: &crate::matter::ConferralEvent) -> bool {
    use crate::matter::Outcome;
    f.all_defaulted()
        && f.side_of(&ev.initiated_by).is_some_and(|s| s != f.movant)
        && match &ev.follow_up {
            Some(_) => f.broken_by_other_side(ev),
            None => {
                !ev.items.is_empty()
                    && ev
                        .items
                        .iter()
                        .all(|d| d.outcome == Outcome::FollowUp || d.records_a_promise())
            }
        }
}

/// A later contact with the court (a conference before the judge) that the
/// other side attended, where the request ended at an impasse or settled,
/// with the other side's position on it recorded or not: its last word on
/// the request is known, so a promise made before it is no longer awaited
/// (Escalera v. Bard Medical, W.D. Ky. 2017: a promise to supplement on a
/// call, amended responses, then conferences with the magistrate judge at
/// which the dispute stood, leave to file, and fees awarded). Whether such a
/// conference counts as conferring is weighed elsewhere (`before_judge`, at
/// risk); this only closes the promise. One left open there ("follow-up
/// promised", "raised") closes nothing.
fn answered_before_judge(f: &Facts, l: &EventFacts, item: &str) -> bool {
    use crate::matter::Outcome;
    (l.before_judge || l.ev.method == Method::Court)
        && l.ev
            .participants
            .iter()
            .any(|p| f.side_of(p).is_some_and(|s| s != f.movant))
        && l.ev.items.iter().any(|x| {
            x.item == item
                && (x.opponent_position.trim().is_empty() || x.records_an_answer())
                && matches!(x.outcome, Outcome::Impasse | Outcome::Resolved)
        })
}

/// The counted contacts after `e` that `about` picks and that the thread
/// readers did not take as following it up, each with why: a conference
/// before the judge is not counsel following up; a message of the movant's
/// sent too close to the motion (or before the promised day) left the
/// other side no fair time to answer. "" when there are none.
fn not_following_up(f: &Facts, e: &EventFacts, about: impl Fn(&EventFacts) -> bool) -> String {
    let told: Vec<String> = f
        .events
        .iter()
        .filter_map(|l| {
            let courts = l.before_judge || l.ev.method == Method::Court;
            // The cheap tests first: this runs for each unchased promise of
            // a long log, and `came_after` may look events up in the log.
            let why = if courts {
                "the court's, not counsel following it up"
            } else if l.by_movant && !l.two_way {
                "the other side had no fair time to answer it before the motion, or it came before the promised day"
            } else {
                return None;
            };
            (l.counted && l.ev.date >= e.ev.date && about(l) && came_after(f, l, e)).then(|| {
                format!(
                    "the {} of {} ({why})",
                    l.ev.method.phrase(),
                    long_date(l.ev.date)
                )
            })
        })
        .collect();
    if told.is_empty() {
        String::new()
    } else {
        format!(
            " Logged after it, but not following it up: {}.",
            join_and(&told)
        )
    }
}

fn log() -> Target {
    Target::step(Step::Conferrals)
}

pub(super) fn required(f: &Facts, out: &mut Emit) {
    // A log holding only the other side's own messages (its subpoena, its
    // responses, its letter marked "impasse") records no conferral of the
    // movant's: the movant never wrote, called or met it (a sixty-sixth
    // review logged Gonzalez-Rodriguez v. Gracia, E.D.N.C. 2023, where no
    // contact at all preceded the motion, as the other side's subpoena
    // alone, and it was read as a written exchange).
    if f.contacts()
        .any(|e| e.by_movant || e.two_way || e.before_judge)
    {
        return;
    }
    let only_theirs = f.contacts().next().is_some();
    let late = f.events.iter().filter(|e| !e.counted).count();
    let mut message = format!(
        "No conferral with the other side is logged before the filing date ({}).",
        long_date(f.filing)
    );
    if only_theirs {
        message.push_str(
            " The log holds only the other side's own messages: no contact of the movant's side, and no conversation.",
        );
    }
    if late > 0 {
        message.push_str(&format!(
            " {late} logged contact{} {} dated after the filing date or after today, and cannot be certified.",
            plural(late),
            if late == 1 { "is" } else { "are" }
        ));
    }
    out.push(
        log(),
        message,
        "Before filing, confer with opposing counsel (or the pro se party) about each disputed item, \
         by telephone, video or in person, and log each contact."
            .into(),
    );
}

pub(super) fn live(f: &Facts, counts: &[Method], min_minutes: u32, out: &mut Emit) {
    if f.contacts().next().is_none() {
        return; // `required` already says there is nothing
    }
    if f.has_accepted() {
        return;
    }
    let fix = "Call, video-conference or meet opposing counsel (or the pro se party), discuss each disputed \
               item and each objection, and log who took part, when, for how long and what each side said."
        .to_string();
    match f.excuse {
        Excuse::Refused | Excuse::Unanswered | Excuse::Unlogged | Excuse::Default => {
            const UNANSWERED: &str = "the other side did not answer repeated attempts by more than one means on several days";
            // In a complete default, the contact holding the other side's
            // broken promise, when the record stands on one.
            let broken = (f.excuse == Excuse::Default)
                .then(|| {
                    f.events
                        .iter()
                        .find(|e| e.counted && f.broken_by_other_side(e.ev))
                })
                .flatten();
            let why = match f.excuse {
                Excuse::Refused => match super::attempts::refusal_in_words(f) {
                    Some(e) => format!(
                        "the other side refused to confer (read from the words of its position recorded on the contact of {}, as the file records no reply: if it refused to confer at all, choose \"They refused to confer\" as the reply on your attempt so the certificate says so)",
                        long_date(e.ev.date)
                    ),
                    _ => "the other side refused to confer".to_string(),
                },
                Excuse::Default if broken.is_some() => {
                    "the other side served no response at all and did not keep its promise to serve the overdue responses".to_string()
                }
                Excuse::Default if let Some(e) = super::attempts::broken_words_promise(f) => {
                    format!(
                        "the other side served no response at all: asked for the overdue responses, it promised them (its answer recorded on the contact of {}), did not keep that promise, and did not answer the movant's later request",
                        long_date(e.ev.date)
                    )
                }
                Excuse::Default => {
                    "the other side served no response at all and did not answer the requests for the overdue responses".to_string()
                }
                Excuse::Unlogged => format!(
                    "{UNANSWERED} (read from the log: nothing from the other side is logged after them; if an answer came, log it; if none did, choose \"No answer came\" on the attempts so the certificate says so)"
                ),
                _ => UNANSWERED.to_string(),
            };
            // Courts take a refusal, or documented attempts, in place of a
            // conference; where a court asks for a conversation (`attempted`,
            // `refused`) the record is at risk, naming the cases on it.
            let severity = if f.excuse == Excuse::Refused {
                f.refused
            } else {
                f.attempted
            };
            let topic = if severity != Severity::Note && f.excuse == Excuse::Default {
                Topic::Default
            } else {
                Topic::General
            };
            let words = if f.excuse == Excuse::Default {
                words_note(f) + &promise_note(broken) + &unlisted_note(f)
            } else {
                unlisted_note(f)
            };
            let (message, fix) = if severity == Severity::Note {
                (
                    format!(
                        "No conference was held: the log shows that {why}. The rule accepts a good-faith attempt to confer; the certificate states the attempts and the other side's response as recorded, never as a conference.{words}"
                    ),
                    "Make sure every attempt (date, time, method, who) and every unanswered or refused request is logged.",
                )
            } else {
                (
                    format!(
                        "No conference was held: the log shows that {why}. Many courts accept that as a good-faith attempt to confer, but this court asks for a conversation, and attempts alone may not satisfy it.{words}"
                    ),
                    "Talk with the other side before filing, in a way this court counts as conferring, and log the conversation; log every unanswered attempt as well.",
                )
            };
            out.push_on(&[topic], severity, log(), message, fix.into());
            return;
        }
        Excuse::DefaultHurried => {
            out.push_on(
                &[Topic::Default],
                Severity::AtRisk,
                log(),
                "No conference was held: the other side served no response at all, and the movant asked for the overdue responses more than once, but the last request came, or the motion was filed, before the other side had a fair time to answer the first (the court's minimum time to answer, counted in business days, or the day the movant gave): in effect it was asked once. Courts divide on whether that is a good-faith attempt to confer.".to_string() + &words_note(f) + &unlisted_note(f),
                "Give the other side a fair time to answer (the court's minimum, and at least a few days), follow up on another day by another means, and log each attempt and that no answer came.".into(),
            );
            return;
        }
        Excuse::DefaultOnce | Excuse::DefaultFew => {
            let (asked, fix) = if f.excuse == Excuse::DefaultOnce {
                (
                    "once, without an answer. Courts divide on whether one unanswered letter or email is a good-faith attempt to confer.",
                    "Follow the unanswered request with a call (or a second letter or email on another day), give a fair time to answer, and log each attempt and that no answer came.",
                )
            } else {
                (
                    "more than once without an answer, but fewer times than this court's own orders have found enough; many courts accept two unanswered requests, this court has not.",
                    "Make one more attempt by another means on another day (a call that reaches opposing counsel, not only the office), give a fair time to answer, and log each attempt and that no answer came.",
                )
            };
            out.push_on(
                &[Topic::Default],
                Severity::AtRisk,
                log(),
                [
                    "No conference was held: the other side served no response at all, and the movant asked for the overdue responses ",
                    asked,
                    &engaged_note(f),
                    &words_note(f),
                    &unlisted_note(f),
                ]
                .concat(),
                fix.into(),
            );
            return;
        }
        Excuse::DisputeNoCall => {
            // Every kept request marked unanswered, yet not judged a complete
            // default: a request was not asked for after it fell due.
            let why = if f.all_defaulted() {
                "The requests are read as never answered, but the attempts do not ask for each of them after it fell due; so the dispute is read as one over served responses, and there courts have faulted movants who filed without picking up the phone; no order we have read accepts letters and emails alone."
            } else {
                "Unless the other side served nothing at all (tick \"No response was served at all\" on such requests), the dispute is over responses it served, and there courts have faulted movants who filed without picking up the phone; no order we have read accepts letters and emails alone."
            };
            out.push_on(
                &[Topic::NoCall],
                Severity::AtRisk,
                log(),
                format!(
                    "No conference was held. The log records the other side's silence after the movant's repeated attempts, but none of the movant's attempts was a call. {why}{}",
                    words_note(f)
                ),
                ["Call opposing counsel (or the pro se party) about the disputed items before filing (a voicemail or an unanswered call counts), and log it.", NO_TELEPHONE_HINT].concat(),
            );
            return;
        }
        Excuse::Unconfirmed => {
            out.push_at(
                Severity::AtRisk,
                log(),
                format!(
                    "No conference was held; the log shows repeated attempts ({}), but not that the other side failed to answer them. Without that, a court reads the record as one-sided demands.{}",
                    f.describe_contacts(),
                    unlisted_note(f)
                ),
                "For each attempt, record what came back (no answer, or a refusal), and any promised answer that never came.".into(),
            );
            return;
        }
        Excuse::Ultimatums => {
            out.push_on(
                &[Topic::Ultimatums],
                Severity::AtRisk,
                log(),
                format!(
                    "No conference was held, and every attempt ({}) demanded an answer within fewer business days than the court's measure. However long the movant then waited, a string of ultimatums is not an invitation to confer; courts have faulted such demands as perfunctory.",
                    f.describe_contacts()
                ),
                "Ask the other side to talk (by telephone, video or in person) and give it a fair time to answer, then log the attempt and what came back.".into(),
            );
            return;
        }
        Excuse::None | Excuse::DefaultNoCall | Excuse::NoCall => {}
    }
    let accepted: Vec<String> = counts.iter().map(|m| m.manner().to_string()).collect();
    let accepted = crate::text::join_or(&accepted);
    // A two-way written exchange is what courts split on; one-way writing is not conferring.
    let exchanged =
        f.kept_items().any(|(_, i)| i.exchanged) || f.events.iter().any(|e| e.from_other_side);
    // A discussion of the motion's requests at a deposition or hearing is
    // the other thing courts split on; a conference before the judge that
    // ended with leave to file is one such discussion.
    let before_judge = f.before_judge_on_motion();
    let deposed = f.live_on_motion().any(|e| e.method() == Method::Deposition);
    let at_deposition = before_judge || deposed;
    let mut severity = out.severity();
    if exchanged {
        severity = severity.max(f.written_exchange);
    }
    if at_deposition {
        severity = severity.max(f.deposition);
    }
    // The cases the finding names (see `Topic`): those on a discussion at a
    // deposition where that is what courts divide on here, else the general
    // ones, with those on whatever else the message speaks of. A fixed
    // buffer: this runs on every keystroke.
    let deposition_divided =
        at_deposition && severity != Severity::Blocker && severity == f.deposition;
    // The other side answered in writing and courts divide on it here: the
    // cases on that record, not the general ones on letters nobody answered
    // (a pack without a `written-exchange` group names its general cases).
    let written_divided = exchanged && severity != Severity::Blocker && !deposition_divided;
    let mut topics = [if written_divided {
        Topic::Written
    } else {
        Topic::General
    }; 6];
    let mut n = 1;
    let mut about = |t: Topic| {
        topics[n] = t;
        n += 1;
    };
    if deposed {
        about(Topic::Deposition);
    }
    if before_judge {
        about(Topic::CourtConference);
    }
    let demand = if severity == Severity::Blocker {
        // Where the court asks for a conversation, attempts do not stand in
        // for one here: do not offer them.
        let or_attempt = if f.attempted == Severity::Note {
            ", or a documented good-faith attempt at one"
        } else {
            ""
        };
        format!("{} such a conference{or_attempt}.", out.rule_requires())
    } else if deposition_divided && before_judge {
        String::from(
            "The sides discussed the requests before the judge, who then gave leave to file. But the certification the rules ask for speaks of an effort to resolve the dispute without court action, and courts that hold such conferences expect counsel to have conferred between themselves first; courts divide on a record that shows only the conference with the court (the cases below include orders on both sides).",
        )
    } else if deposition_divided {
        format!(
            "Federal courts are divided on whether a discussion at a deposition or hearing satisfies {}; the cases below include orders on both sides.",
            out.rule_of()
        )
    } else {
        format!(
            "Federal courts are divided on whether letters and emails alone satisfy {}; the cases below denied motions on such records.",
            out.rule_of()
        )
    };
    let mut message = format!(
        "The log shows no conference with the other side {accepted} about the motion's requests: only {}. {demand}",
        f.describe_contacts()
    );
    if f.excuse == Excuse::None
        && let Some(call) = super::attempts::telephone_tag(f)
    {
        message.push_str(&format!(
            " The other side itself called on {} and no call connected: it was trying to talk, so the attempts since are telephone tag, not its silence. Reach its counsel and hold the conference.",
            crate::text::long_date(call.ev.date)
        ));
    }
    if f.excuse == Excuse::NoCall {
        about(Topic::NoCall);
        message.push_str(" None of the movant's attempts was a call, and this court asks for more than letters: one of them must be a call (a voicemail or an unanswered call counts).");
        message.push_str(NO_TELEPHONE_HINT);
    }
    if f.excuse == Excuse::DefaultNoCall {
        about(Topic::NoCall);
        about(Topic::Default);
        message.push_str(" The other side served nothing at all, but this court asks for more than letters even then: one of the requests for the overdue responses must be a call (a voicemail or an unanswered call counts).");
        message.push_str(&words_note(f));
        message.push_str(NO_TELEPHONE_HINT);
    }
    // A refusal the user recorded that the other side then took back: say
    // why it does not excuse the conference, or the user is left wondering.
    if let Some((refusal, Some(back))) = super::attempts::recorded_refusal(f) {
        let how = if back.two_way {
            "the sides talked"
        } else if back.ev.offer_to_confer {
            "the other side offered to talk"
        } else if super::attempts::concedes(f, back) {
            "the other side gave ground on a request (narrowed or settled it, or promised an answer)"
        } else {
            "the other side answered the movant's attempt"
        };
        message.push_str(&format!(
            " The refusal recorded on the attempt of {} no longer stands: on {} {how}, so the record is judged as the exchange it became.",
            long_date(refusal.ev.date),
            long_date(back.ev.date)
        ));
    }
    // A complete default in which the other side answered a request for the
    // overdue responses and still served nothing: usually an assurance that
    // never came true. Recorded as a promise not kept, it is the broken
    // promise courts accept as an attempt to confer (May, N.D. Fla. 2008;
    // Stringfellow, W.D. La. 2017); as a bare answer the log cannot say so.
    if f.excuse == Excuse::None
        && f.all_defaulted()
        && f.contacts()
            .any(|e| e.by_movant && e.ev.reply == Some(crate::matter::Reply::Answered))
        && !f
            .events
            .iter()
            .any(|e| e.ev.follow_up.as_ref().is_some_and(|fu| fu.kept.is_some()))
    {
        message.push_str(" The other side served nothing at all, yet the log records that it answered a request for the overdue responses. If it promised them by a day before the motion and they never came, record that promise as not kept: a broken promise in a complete default stands as an attempt to confer.");
        message.push_str(&words_note(f));
    }
    let short: Vec<String> = f
        .events
        .iter()
        .filter(|e| e.counted && e.two_way && counts.contains(&e.method()))
        .filter_map(|e| {
            e.ev.duration_minutes
                .filter(|d| *d < min_minutes)
                .map(|d| format!("{} ({d} min.)", long_date(e.ev.date)))
        })
        .collect();
    if !short.is_empty() {
        message = format!(
            "The only live contacts lasted under {min_minutes} minutes ({}), too short to compare views on the disputed items. {demand}",
            join_and(&short)
        );
    }
    let elsewhere: Vec<String> = f
        .events
        .iter()
        .filter(|e| e.counted && e.two_way && !e.about_motion)
        .map(|e| e.ev.describe())
        .collect();
    message.push_str(&unlisted_note(f));
    message.push_str(&uncounted_attempts_note(f));
    message.push_str(&without_counsel_note(f));
    message.push_str(&nonparty_only_note(f));
    if !elsewhere.is_empty() {
        about(Topic::OtherMatter);
        // Whose own words say so: another case, or no request taken up
        // (read again only here, where a finding is written).
        let said = || {
            f.events
                .iter()
                .filter(|e| e.counted && e.two_way && e.another_case)
        };
        // As the user recorded it (`subject`), before any words.
        let recorded = |subject| said().any(|e| e.ev.subject == Some(subject));
        let another_case = said().any(|e| {
            e.ev.says_about_another_case(|_, text| {
                crate::matter::names_another_case(text, &f.matter.parties)
            })
        });
        let in_doubt = said().any(|e| {
            crate::matter::summary_says_contact_disputed(&e.ev.summary)
                || f.tells_their_claim(&e.ev.summary)
                || crate::matter::summary_says_conferral_inadequate(&e.ev.summary)
                || e.ev.says_about_another_case(|_, text| {
                    crate::matter::says_no_real_conference(text)
                        || crate::matter::says_only_some_conferred(text)
                })
        });
        message.push_str(&format!(
            " {} {}, so {} not count as a conference on them.",
            crate::text::capitalize(&join_and(&elsewhere)),
            if recorded(crate::matter::Subject::Scheduling) {
                "discussed none of the motion's requests (recorded as only scheduling: setting or moving the conference, or more time)"
            } else if recorded(crate::matter::Subject::OtherMatter) {
                "discussed none of the motion's requests (recorded as about another case or other discovery)"
            } else if another_case {
                "discussed none of the motion's requests (by the log's own words, another case)"
            } else if in_doubt {
                "discussed none of the motion's requests (by the log's own words, no meaningful discussion or adequate conference took place, only some of the disputes were conferred on without saying which, the other side disputes that it took place as told, or it is told only as the other side's claim)"
            } else if said().next().is_some() {
                "discussed none of the motion's requests (by the log's own words)"
            } else {
                "discussed none of the motion's requests"
            },
            if elsewhere.len() == 1 {
                "it does"
            } else {
                "they do"
            }
        ));
    }
    // Where courts divide on the deposition, only its cases: drop `General`.
    let first = usize::from(deposition_divided);
    out.push_on(&topics[first..n], severity, log(), message, fix);
}

pub(super) fn single_letter(f: &Facts, out: &mut Emit) {
    // Any conversation, even one that lists none of the motion's requests
    // (WRITTEN-ONLY says what it lacks), is more than a single letter.
    if f.events.iter().any(|e| e.counted && e.two_way) || f.excuse.no_exchange() {
        return;
    }
    // The movant's attempts on the motion's requests: a conference before
    // the judge is not a second attempt between counsel, nor is an email
    // about other discovery.
    // The same day's letters, emails and faxes are one request (the same
    // letter sent by mail and by email, or one email to each of the other
    // side's lawyers), as the attempts are counted (a sixty-first review of
    // PNC Bank v. Vander Molen logged one letter both ways).
    let mine: Vec<_> = super::attempts::tries(f).collect();
    if let Some(only) = mine.first()
        && mine
            .iter()
            .all(|t| t.ev.method.is_written() && t.ev.date == only.ev.date)
    {
        // Answered in writing, it is an exchange courts divide on (where the
        // court's rule does not demand more).
        let answered = f.events.iter().any(|e| e.from_other_side);
        let severity = if answered {
            f.written_exchange
        } else {
            out.severity()
        };
        out.push_at(
            severity,
            Target::element(Step::Conferrals, &only.ev.id, Some("method")),
            format!(
                "The movant's whole effort to confer is a single {} ({}{}). Courts hold that one letter is not a reasonable effort to confer.",
                only.ev.method.phrase(),
                long_date(only.ev.date),
                if mine.len() > 1 {
                    format!(
                        "; the {} written messages sent that day count as one request",
                        mine.len()
                    )
                } else {
                    String::new()
                }
            ),
            "Follow the letter with a telephone call or meeting at which the sides discuss each disputed item, and log it.".into(),
        );
    }
}

pub(super) fn before_filing(f: &Facts, out: &mut Emit) {
    for e in f.events.iter().filter(|e| !e.counted) {
        let (why, fix) = if e.ev.date > f.filing {
            (
                format!("after the filing date ({})", long_date(f.filing)),
                "A certificate can only describe conferral before the motion; move the filing date or remove this entry.",
            )
        } else {
            (
                "after today".to_string(),
                "A certificate can only describe contacts that have happened; log this one once it takes place.",
            )
        };
        out.push(
            Target::element(Step::Conferrals, &e.ev.id, Some("date")),
            format!(
                "The {} of {} is dated {why}; it is not counted.",
                e.ev.method.phrase(),
                long_date(e.ev.date)
            ),
            fix.into(),
        );
    }
}

pub(super) fn last_minute(f: &Facts, days: u32, earlier_contact_ok: bool, out: &mut Emit) {
    // Contacts about the motion's requests only: a call about another case
    // weeks before does not make the first call on this dispute timely.
    let Some(first) = f.contacts().find(|e| e.about_motion) else {
        return;
    };
    // The judge heard both sides and then let the motion be filed: its
    // timing was the court's to judge, and nobody was surprised by it.
    if f.before_judge_on_motion() {
        return;
    }
    let Some(first_live) = f.live_on_motion().next() else {
        return;
    };
    let gap = (f.filing - first_live.ev.date).get_days().max(0) as u32;
    // A last call after weeks of letters is how conferral often ends; what
    // courts reject is a first approach on the eve of filing. The earlier
    // approach must have left the other side the court's fair time to
    // answer (`Facts::fair_days` court days) before the motion: a first
    // notice the day before, then a call on the filing day, is the eve of
    // filing still (a sixty-third review of Paws Up Ranch v. Green, D. Nev.
    // 2014: notice January 16, a Friday-afternoon motion January 17).
    let lead = (f.filing - first.ev.date).get_days().max(0) as u32;
    let earlier_ok = earlier_contact_ok
        && lead >= days
        && super::attempts::gave_fair_time(first.ev.date, f.fair_days, f.filing);
    if gap >= days || earlier_ok {
        return;
    }
    let when = super::finding::before_filing(gap as i32);
    let mut message = format!(
        "The first conference with the other side was on {} ({when}).",
        long_date(first_live.ev.date)
    );
    // Flagged although the other side was approached earlier: say why that
    // approach did not count.
    if earlier_contact_ok && lead >= days {
        message.push_str(&format!(
            " The first contact about the motion's requests, {}, came {}, too late for the other side to answer it before the motion.",
            first.ev.describe(),
            super::finding::before_filing(lead as i32)
        ));
    }
    if first.ev.date == f.filing {
        message.push_str(" The first contact about the motion's requests was that same day.");
        // An earlier contact of the movant's listing none of them was not
        // counted: say so, in case it arranged this conference.
        if let Some(earlier) = f.contacts().find(|e| {
            e.by_movant && !e.about_motion && !e.before_judge && e.ev.date < first.ev.date
        }) {
            message.push_str(&format!(
                " ({} lists none of the motion's requests and is not counted; if it was about them, list the requests it raised.)",
                crate::text::capitalize(&earlier.ev.describe())
            ));
        }
    }
    message.push_str(
        " A last-minute call before filing does not give the other side a real chance to respond.",
    );
    out.push(
        Target::element(Step::Conferrals, &first_live.ev.id, Some("date")),
        message,
        format!(
            "Confer at least {days} day{} before filing, give the other side time to answer, and follow up before you file.",
            plural(days as usize)
        ),
    );
}

/// Per request: the motion may raise a request now only if it was conferred
/// on (an accepted conference, or documented attempts the other side
/// ignored); otherwise the request must be conferred on first, or dropped.
/// Why a request discussed only before its response is not conferred on
/// (a static, so the finding can tell by identity which reason it chose).
static BEFORE_RESPONSE: &str = "was discussed only before its response (or default date) came, so nothing logged discusses the response itself.";

/// A request discussed only in a contact that would not satisfy the court's
/// live-conferral test (a two-minute call, a deposition) has not been
/// conferred on; `Facts` computes that in its one pass.
pub(super) fn items_conferred(f: &Facts, out: &mut Emit) {
    // The log's last word on these is that the sides resolved them: the
    // certificate reports that, and there is nothing left to move on. Not a
    // fault in the conferral, so a note naming no cases; their state says
    // the motion should not raise them.
    for (item, on) in f.settled_items() {
        out.note_aside(
            Target::element(Step::Conferrals, &item.id, None),
            format!(
                "{} is recorded as resolved on {}, and no later contact reopens it: the certificate reports the resolution, and the motion should not ask the court to decide it.",
                item.label,
                long_date(on)
            ),
            format!(
                "If the dispute reopened (for example, the promised answer never came), log that contact or mark the promise not kept; otherwise leave {} out of the motion's requests.",
                item.label
            ),
        );
    }
    if f.kept_items().next().is_none() {
        let message = if f.matter.items.is_empty() {
            "No disputed items are listed, so the record cannot show that each was conferred on."
        } else if f.settled_items().next().is_some() {
            "Every listed request is resolved in conferral or dropped from the motion: there is nothing left to move on."
        } else {
            "Every listed request is dropped from the motion: there is nothing left to move on."
        };
        let fix = if f.matter.items.is_empty() {
            "List each request (e.g. \"Interrogatory No. 4\") or protective-order term the motion concerns."
        } else {
            "If a dispute remains, log the contact that reopened it (or mark a broken promise not kept) or restore a dropped request; otherwise there is no motion to file."
        };
        out.push(Target::step(Step::Items), message.into(), fix.into());
        return;
    }
    if f.contacts().next().is_none() {
        return; // NO-CONFERRAL says it once, not once per request
    }
    // The day each contact's summary says the other side's supplemental
    // responses came, read once per check and only when a request asks.
    let summary_days = std::cell::OnceCell::new();
    for (item, facts) in f.kept_items() {
        // In a complete default the request itself went unanswered: the
        // attempts to obtain it are the conferral. (`Excuse::Default` is
        // only given when every kept request is unanswered, so the words of
        // each objection need not be read again here.)
        let defaulted = f.excuse == Excuse::Default;
        if let Some((target, message, fix)) = reopened(f, item, facts, &summary_days) {
            out.push_on(&[Topic::Reopened], Severity::AtRisk, target, message, fix);
            continue;
        }
        if facts.accepted || defaulted || (f.excuse.no_exchange() && facts.attempted) {
            continue;
        }
        let mut topics: &[Topic] = &[Topic::General];
        let (what, severity) = if facts.before_judge {
            topics = &[Topic::CourtConference];
            (
                "was discussed only at the conference before the judge that ended with leave to file, never in a conference between counsel by a method this court's rule names; courts divide on whether that is conferring.",
                f.deposition,
            )
        } else if facts.at_deposition && f.deposition != out.severity() {
            topics = &[Topic::Deposition];
            (
                "was discussed only at a deposition or hearing, never in a conference by a method this court's rule names; courts are divided on whether that is conferring.",
                f.deposition,
            )
        } else if facts.two_way {
            (
                "was discussed only in a contact that does not count as a conference here (too short, or a method this court does not accept, such as a deposition).",
                out.severity(),
            )
        } else if facts.exchanged {
            // "Divided" only where the pack holds it so: where this court's
            // own rule asks for a conference (D. Kan. 37.2), it is a blocker
            // and there is no division to report.
            (
                if f.written_exchange == Severity::Blocker {
                    "was discussed only in letters or emails, never in a conference with the other side, which this court requires."
                } else {
                    topics = &[Topic::Written];
                    "was discussed only in letters or emails, never in a conference with the other side; courts are divided on whether that is conferring."
                },
                f.written_exchange,
            )
        } else if facts.raised && facts.replied {
            (
                "was raised without a conference: the other side answered, but nothing it said about this request is recorded.",
                out.severity(),
            )
        } else if facts.raised {
            (
                "was raised only in one-way contact (the other side never answered about it, and no conference covered it).",
                out.severity(),
            )
        } else if facts.before_response {
            (BEFORE_RESPONSE, out.severity())
        } else {
            ("was never discussed with the other side.", out.severity())
        };
        out.push_on(
            topics,
            severity,
            Target::element(Step::Conferrals, &item.id, None),
            // Joined, not formatted: one finding per request on every keystroke.
            out.message(&[
                item.label.as_str(),
                " ",
                what,
                // A conference on it before its response came is logged, but
                // could not discuss the response: say so, or "never in a
                // conference" reads as if it were not logged (an
                // over-strictness review, 151, of Raine v. Brandsafeway).
                if facts.before_response && !std::ptr::eq(what, BEFORE_RESPONSE) {
                    " (Contacts on it before its response came are logged, but could not discuss the response.)"
                } else {
                    ""
                },
                " The motion may not raise it until it is conferred on.",
            ]),
            [
                "Discuss ",
                item.label.as_str(),
                " with opposing counsel by telephone, video or in person and log the outcome, or drop it from the motion.",
            ]
            .concat(),
        );
    }
}

/// The finding for a request conferred on whose dispute then moved on with
/// no conference about the new state of it (at risk, topic "reopened": the
/// motion would come in the middle of the meet-and-confer process): the
/// other side's message brought something new (a supplement, an offer, a
/// promise); the movant's own message narrowed it, unanswered; or the
/// record's words say supplemental responses came after the last contact
/// that could answer them. `None` when none of these holds.
fn reopened(
    f: &Facts,
    item: &crate::matter::DisputedItem,
    facts: &super::facts::ItemFacts,
    summary_days: &std::cell::OnceCell<Vec<Option<jiff::civil::Date>>>,
) -> Option<(Target, String, String)> {
    if !facts.accepted {
        return None;
    }
    if let Some(e) = facts
        .reopened
        .and_then(|k| f.matter.conferrals.get(k))
        .filter(|e| !only_a_lapsed_promise(f, e))
    {
        return Some((
            Target::element(Step::Conferrals, &item.id, None),
            format!(
                "{} was conferred on, but the other side's {} of {} then brought something new on it (a supplemental response, an offer, a promise), and no contact of the movant's about it follows before filing. Courts have denied motions filed in the middle of the meet-and-confer process, on responses never discussed.",
                item.label,
                e.method.phrase(),
                long_date(e.date)
            ),
            [
                "Answer the other side about ",
                item.label.as_str(),
                " (what came, or its offer), confer on what is still disputed, and log it before filing.",
            ]
            .concat(),
        ));
    }
    if let Some(e) = facts.revised.and_then(|k| f.matter.conferrals.get(k)) {
        return Some((
            Target::element(Step::Conferrals, &e.id, None),
            format!(
                "{} was conferred on, but the movant's own {} of {} then narrowed it, and nothing from the other side about the narrowed request follows before filing. Courts have denied motions on revised requests the other side never had the chance to take up, filed in the middle of the meet-and-confer process.",
                item.label,
                e.method.phrase(),
                long_date(e.date)
            ),
            [
                "Give the other side time to answer the narrowed ",
                item.label.as_str(),
                ", confer on what is still disputed, and log it before filing.",
            ]
            .concat(),
        ));
    }
    // The same, told only in words: the other side's supplemental
    // responses came after the last contact listing the request, as its
    // objection says (Buntain: "the supplemental answers, received October
    // 13, 2023, still lack the requested detail", the motion on October 26)
    // or a contact's summary does (Neely v. Boeing, W.D. Wash. 2018: "On
    // November 9, 2017, Boeing supplemented its responses", after the last
    // call). Only on the other side's responses: on a motion to compel or
    // for Rule 37(d) sanctions.
    if !matches!(
        f.matter.motion.kind,
        crate::matter::MotionKind::Compel | crate::matter::MotionKind::Sanctions37d
    ) {
        return None;
    }
    let (came, told_by) = supplement_told(f, item, summary_days)?;
    let last = last_answer(f, item)?;
    if came <= last {
        return None;
    }
    let (target, where_) = match told_by {
        None => (
            Target::element(Step::Items, &item.id, Some("objection")),
            "its objection says".to_string(),
        ),
        Some(e) => (
            Target::element(Step::Conferrals, &e.ev.id, None),
            format!(
                "the summary of the {} of {} says",
                e.ev.method.phrase(),
                long_date(e.ev.date)
            ),
        ),
    };
    Some((
        target,
        format!(
            "{} was conferred on, but {where_} supplemental responses came on {}, after the last {} about it ({}), and none about them is logged before filing. Courts have denied motions on supplemental responses never discussed.",
            item.label,
            long_date(came),
            if f.written_exchange == Severity::Blocker {
                "conference this court accepts"
            } else {
                "contact of the movant's"
            },
            long_date(last)
        ),
        [
            "Confer with the other side on what is still missing from the supplemental responses to ",
            item.label.as_str(),
            ", and log that contact before filing.",
        ]
        .concat(),
    ))
}

/// The last day the movant took up `item` with the other side in a way that
/// answers supplemental responses: a conference this court accepts, or,
/// where the court takes a written exchange as conferring at all, the
/// movant's own letter or email reaching the other side. New responses are
/// conferred on as the first ones were: W.D. Wash. denied a motion on
/// supplemental responses discussed only in writing (Neely v. Boeing,
/// 2018). (An offer or a promise answered in writing is another matter: N.D.
/// Cal. accepted a conferral whose last word was the movant's email
/// answering the other side's offer to reconsider, Werdebaugh v. Blue
/// Diamond, 2014.)
fn last_answer(f: &Facts, item: &crate::matter::DisputedItem) -> Option<jiff::civil::Date> {
    let written = f.written_exchange != Severity::Blocker;
    f.events
        .iter()
        .filter(|e| {
            e.counted
                && e.ev.items.iter().any(|d| {
                    d.item == item.id && (e.accepted || (written && e.by_movant && e.opponent_in))
                })
        })
        .map(|e| e.ev.date)
        .max()
}

/// The latest day the record's words say the other side's supplemental
/// responses to `item` came: its objection (`None` as the teller), or the
/// summary of a counted contact listing it (that contact). `days` holds each
/// event's summary reading, filled on first use.
fn supplement_told<'f, 'm>(
    f: &'f Facts<'m>,
    item: &crate::matter::DisputedItem,
    days: &std::cell::OnceCell<Vec<Option<jiff::civil::Date>>>,
) -> Option<(jiff::civil::Date, Option<&'f super::facts::EventFacts<'m>>)> {
    let objection = crate::matter::supplement_came(&item.objection, f.filing).map(|d| (d, None));
    let days = days.get_or_init(|| {
        f.events
            .iter()
            .map(|e| {
                use crate::matter::Supplement;
                match e
                    .counted
                    .then(|| crate::matter::summary_supplement(&e.ev.summary, f.filing, f.movant))
                    .flatten()?
                {
                    Supplement::On(day) => Some(day),
                    // "Boeing served its supplemental responses." on the other
                    // side's own message: its day.
                    Supplement::WithIt => {
                        (!e.by_movant && e.ev.date <= f.filing).then_some(e.ev.date)
                    }
                }
            })
            .collect()
    });
    // The other side's own message may say it in its position on the
    // request instead ("Served Boeing's supplemental responses.": a
    // forty-first review of Neely v. Boeing).
    let position = |e: &super::facts::EventFacts<'m>| {
        use crate::matter::Supplement;
        if e.by_movant || !e.counted || e.ev.date > f.filing {
            return None;
        }
        let d = e.ev.items.iter().find(|d| d.item == item.id)?;
        // (The other side's own words: "to Plaintiff's first set" names the
        // requests, not the movant's supplementing.)
        let speaker = crate::matter::Side::Nonparty;
        match crate::matter::summary_supplement(&d.opponent_position, f.filing, speaker)? {
            Supplement::On(day) => Some(day),
            Supplement::WithIt => Some(e.ev.date),
        }
    };
    let summary = f
        .events
        .iter()
        .zip(days)
        .filter(|(e, _)| e.ev.items.iter().any(|d| d.item == item.id))
        .filter_map(|(e, d)| d.or_else(|| position(e)).map(|d| (d, Some(e))))
        .max_by_key(|(d, _)| *d);
    match (objection, summary) {
        (Some(o), Some(s)) => Some(if s.0 > o.0 { s } else { o }),
        (o, s) => o.or(s),
    }
}

pub(super) fn positions_exchanged(
    f: &Facts,
    their_position: bool,
    in_detail: bool,
    bare: Option<Severity>,
    out: &mut Emit,
) {
    if f.excuse.no_exchange() {
        return; // the other side never answered: there were no views to compare
    }
    // The requests told only as a demand and a refusal, found in one pass
    // over the log, and only when a conference it accepts records a bare
    // refusal at all (most logs have none).
    let bare_items = bare.and_then(|_| only_demand_and_refusal(f));
    let kept = f.matter.items.iter().zip(&f.items).enumerate();
    for (k, (item, facts)) in kept.filter(|(_, (_, facts))| facts.kept()) {
        if in_detail && not_in_detail(f, item, out) {
            continue;
        }
        if let Some(severity) = bare
            && (facts.heard_out || facts.engaged)
            && bare_items.as_ref().is_some_and(|b| b[k] == Some(true))
        {
            out.push_on(
                &[Topic::BareRefusal],
                severity,
                Target::element(Step::Conferrals, &item.id, None),
                format!(
                    "On {} the record tells only a demand and a refusal: the movant asked, the other side said no, and nothing records a reason, an explanation of the request or the objection, or any proposal. Courts have held that asking and being refused is not conferring.",
                    item.label
                ),
                format!(
                    "If more was said, record it: why you asked, what the other side gave as its reason, and any compromise offered. If not, discuss the objection to {} with the other side before filing.",
                    item.label
                ),
            );
            continue;
        }
        if !facts.raised || facts.heard_out || (facts.engaged && !their_position) {
            continue;
        }
        // Where the other side wrote back ("Acknowledged receipt"), saying
        // that nothing it said is recorded would be false: what is missing
        // is where the request stood after the exchange.
        let what = if facts.engaged {
            // Only where the court asks for the issues to be discussed in
            // detail: an outcome is recorded, but not what the other side said.
            "a conference on it reached an outcome, but nothing the other side said about it is recorded, and this court requires the issues to be discussed in detail"
        } else if facts.exchanged {
            "the other side's reply is recorded, but no entry records an outcome of comparing views on it (narrowed, resolved, impasse or a promise)"
        } else {
            "no entry records what the other side said and an outcome"
        };
        out.push(
            Target::element(Step::Conferrals, &item.id, None),
            format!(
                "On {} the record shows only the movant's position or demand: {what}. Merely repeating a position and demanding compliance is not conferring.",
                item.label
            ),
            format!(
                "Discuss the objection to {} with the other side, then record its position, what you proposed, and the outcome (resolved, narrowed or impasse).",
                item.label
            ),
        );
    }
}

/// For each request of the matter (by index), whether every conference on
/// it the court accepts tells only the movant's demand and the other side's
/// refusal (`matter::bare`: "Asked Plaintiff to vacate the deposition" /
/// "Refused to vacate the deposition"), its summary telling nothing more,
/// and no other contact on it says more either (a deficiency letter that
/// explains the request, a reply that gives a reason): Moffett v. Keolis
/// Transit America, D. Nev. 2020. `Some(true)`: so told; `Some(false)`:
/// something more is recorded; `None`: no conference. `None` overall when no
/// accepted conference records a bare refusal.
fn only_demand_and_refusal<'m>(f: &Facts<'m>) -> Option<Vec<Option<bool>>> {
    use crate::matter::{
        ItemDiscussion, OTHER_WORDS, Outcome, Told, is_named, may_tell_a_refusal, name_words,
        named_enough, only_asked_and_refused, says_no_more, summary_gives_a_ground,
        summary_tells_more, to_be_named,
    };
    // The names a position may use for the sides, read once and only when
    // a conference ended in an impasse.
    let names = std::cell::OnceCell::new();
    let names = || {
        names
            .get_or_init(|| {
                name_words(
                    f.matter
                        .parties
                        .iter()
                        .map(|p| p.name.as_str())
                        .chain(f.matter.counsel.iter().map(|c| c.name.as_str())),
                )
            })
            .as_slice()
    };
    // A refusal in any words (`tells_only_a_refusal`): the part that does
    // not depend on the request is read once for a conference's texts
    // repeated entry after entry.
    type Unnamed<'m> = Option<(Told, Vec<(&'m [u8], bool)>)>;
    let last: std::cell::RefCell<Option<(&str, &str, &str, Unnamed<'m>)>> = Default::default();
    let told_in_words = |e: &EventFacts<'m>, d: &'m ItemDiscussion| {
        if d.outcome != Outcome::Impasse {
            return Told::More;
        }
        let (mine, theirs, summary): (&'m str, &'m str, &'m str) = (
            d.movant_position.as_str(),
            d.opponent_position.as_str(),
            e.ev.summary.as_str(),
        );
        let mut last = last.borrow_mut();
        let unnamed = match &*last {
            Some((m, t, s, read)) if (*m, *t, *s) == (mine, theirs, summary) => read,
            _ => {
                let read =
                    to_be_named(mine, theirs, summary).map(|(told, ws)| (told, ws.collect()));
                &last.insert((mine, theirs, summary, read)).3
            }
        };
        let Some((told, unnamed)) = unnamed else {
            return Told::More;
        };
        if unnamed.len() <= OTHER_WORDS && unnamed.iter().all(|(_, must)| !must) {
            return *told;
        }
        let Some(k) = f.item_index(&d.item) else {
            return Told::More;
        };
        let (label, names) = (f.matter.items[k].label.as_str(), names());
        named_enough(*told, unnamed.iter().copied(), |w| {
            is_named(w, label, names)
        })
    };
    if !f.events.iter().any(|e| {
        e.accepted
            && e.ev.items.iter().any(|d| {
                may_tell_a_refusal(&d.movant_position, &d.opponent_position)
                    || told_in_words(e, d) == Told::Refused
            })
    }) {
        return None;
    }
    let mut state: Vec<Option<bool>> = vec![None; f.matter.items.len()];
    for e in f.events.iter().filter(|e| e.counted) {
        let more = std::cell::OnceCell::new();
        for d in &e.ev.items {
            let Some(k) = f.item_index(&d.item) else {
                continue;
            };
            if state[k] == Some(false) {
                continue;
            }
            let (mine, theirs) = (d.movant_position.trim(), d.opponent_position.trim());
            let plain = if e.accepted {
                if only_asked_and_refused(mine, theirs) {
                    true
                } else {
                    match told_in_words(e, d) {
                        Told::Refused => true,
                        // The demand alone, its refusal in another entry:
                        // it says no more, and tells nothing either way.
                        Told::AskedOnly => continue,
                        Told::More => false,
                    }
                }
            } else {
                says_no_more(mine, theirs)
            };
            // The summary tells more: a discussion, a reason, or a side's own
            // ground ("Plaintiff seeks the deposition to support her
            // retaliation claims"), read with the request's names.
            let reason_told =
                || summary_gives_a_ground(&e.ev.summary, &f.matter.items[k].label, names());
            if !plain || *more.get_or_init(|| summary_tells_more(&e.ev.summary)) || reason_told() {
                state[k] = Some(false);
            } else if e.accepted {
                state[k] = Some(true);
            }
        }
    }
    Some(state)
}

/// Where the court asks that the issues be discussed in detail (D. Conn. L.
/// Civ. R. 37(a)): whether every conference on `item` says in its own words
/// (its summary, or the movant's own position on the item) that it was not
/// discussed in detail, a blocker, or that it was brief or shallow, at risk
/// (Lagnese v. Town of Waterbury, D. Conn. 2015: one brief call shortly
/// before the motion was no meaningful effort to meet and confer); and if
/// so the finding. Read only in such courts, and only of the conferences
/// that would otherwise count for the item.
fn not_in_detail(f: &Facts, item: &crate::matter::DisputedItem, out: &mut Emit) -> bool {
    let talks = || {
        f.events
            .iter()
            .filter(|e| e.accepted && e.ev.items.iter().any(|d| d.item == item.id))
    };
    // A summary's clause that names requests by number is of those alone
    // ("RFP 5 was not discussed in detail; RFP 4 was narrowed").
    let numbers = crate::matter::label_numbers(&item.label);
    let of_item = |said: Option<Vec<u32>>| {
        said.is_some_and(|named| named.is_empty() || named.iter().any(|n| numbers.contains(n)))
    };
    let says = |e: &EventFacts, read: fn(&str) -> Option<Vec<u32>>| {
        of_item(read(&e.ev.summary))
            || e.ev
                .items
                .iter()
                .filter(|d| d.item == item.id)
                .any(|d| read(&d.movant_position).is_some())
    };
    // Every conference says it was not discussed in detail (`denied`), or
    // each says that or that it was brief (`brief`); each read once.
    let (mut any, mut denied, mut brief) = (false, true, true);
    for e in talks() {
        any = true;
        let not_in_detail = says(e, crate::matter::not_in_detail_of);
        denied &= not_in_detail;
        brief &= not_in_detail || says(e, crate::matter::only_briefly_of);
        if !brief {
            return false;
        }
    }
    if !any {
        return false;
    }
    let named: Vec<String> = talks().map(|e| e.ev.describe()).collect();
    let fix = format!(
        "Confer again and go through {} in detail: the objection, what would resolve it, and each side's position; then record what was said and the outcome.",
        item.label
    );
    if denied {
        out.push(
            Target::element(Step::Conferrals, &item.id, None),
            format!(
                "By the log's own words, {} did not discuss {} in detail, and this court requires counsel to have discussed the discovery issues between them in detail before a motion. A brief exchange shortly before filing has been held no meaningful effort to meet and confer.",
                join_and(&named),
                item.label
            ),
            fix,
        );
    } else {
        out.push_at(
            Severity::AtRisk,
            Target::element(Step::Conferrals, &item.id, None),
            format!(
                "By the log's own words, {} on {} {} brief or general, and this court requires counsel to have discussed the discovery issues between them in detail before a motion. A brief call shortly before filing has been held no meaningful effort to meet and confer.",
                join_and(&named),
                item.label,
                if named.len() == 1 { "was" } else { "were" }
            ),
            fix,
        );
    }
    true
}

pub(super) fn follow_up_chased(f: &Facts, unchased: Option<Severity>, out: &mut Emit) {
    // The last day each request was followed up with the other side: a
    // conversation, a message of the other side's, or one of the movant's
    // it answered or had a fair time to (`Facts::follows_up`). A promise in words
    // before that day was followed up, and need not be read (the words
    // would cost more than the rest of the check on a long log). Built in
    // one pass; a chase sent the day of the motion follows up nothing
    // (Kosjer, D. Kan. 2018, as a rejected-record review recorded it).
    // (`ItemFacts::last_with_them`, found in the one pass over the log.)
    let cutoff = f.items.iter().map(|it| it.last_with_them).min().flatten();
    // Each side's last position read for a promise (see `facts::Memo`).
    let memo = PromiseMemo {
        theirs: super::facts::Memo::theirs(crate::matter::ItemDiscussion::records_a_promise),
        unfinished: super::facts::Memo::theirs(
            crate::matter::ItemDiscussion::records_unfinished_theirs,
        ),
        unfinished_own: super::facts::Memo::own(
            crate::matter::ItemDiscussion::records_unfinished_own,
        ),
        own: super::facts::Memo::own(match f.movant {
            Side::Plaintiff => |d| d.records_own_promise_as(Side::Plaintiff),
            Side::Defendant => |d| d.records_own_promise_as(Side::Defendant),
            _ => crate::matter::ItemDiscussion::records_own_promise,
        }),
        awaits: super::facts::Memo::own(|d| crate::matter::phrase_has_await(&d.movant_position)),
        writes: super::facts::Memo::theirs(|d| {
            crate::matter::speaks_of_writing(&d.opponent_position)
        }),
        summary_promise: std::cell::Cell::new(None),
        summary_unfinished: std::cell::Cell::new(None),
        told: super::facts::Memo::own(|d| crate::matter::told_to_expect(&d.movant_position)),
        summary_told: std::cell::Cell::new(None),
    };
    for (i, e) in f.events.iter().enumerate() {
        // A letter of the other side's that crossed the motion in the mail
        // holds no promise the movant could have waited for (Aerwey).
        if e.ev.method == Method::Letter
            && f.by_other_side(e)
            && super::attempts::crossed_the_motion(f, e)
        {
            continue;
        }
        if e.counted && e.ev.follow_up.is_none() {
            unrecorded_promise(f, i, unchased, cutoff, &memo, out);
        }
        // A promise made on a contact about other discovery (deposition
        // dates) is not one the motion must wait for.
        let Some(fu) =
            e.ev.follow_up
                .as_ref()
                .filter(|_| e.counted && e.about_motion)
        else {
            continue;
        };
        if f.side_of(&fu.promised_by) == Some(f.movant) {
            own_promise(f, i, fu, out);
            continue;
        }
        // In a complete default, a broken promise to serve the overdue
        // responses is the other side's last word, not a thread to chase,
        // whether or not the sides had talked before it (Wright v. Capital
        // Area Transit, M.D. La. 2021: a conference, then a promise of
        // responses by November 15; the motion of November 16 drew fees).
        // (Where the court's own cases make an unchased promise a blocker,
        // D. Kan.'s Kosjer, only where no conference came before it.)
        if f.all_defaulted()
            && (f.excuse == Excuse::Default
                || unchased.unwrap_or(out.severity()) != Severity::Blocker)
            && f.broken_by_other_side(e.ev)
        {
            continue;
        }
        // A promise on a contact whose every request the sides settled
        // concerns nothing the motion raises (a broken one would have
        // reopened them). A kept promise is still a thread: what came must be
        // conferred on before a motion about it (Buntain, C.D. Ill. 2023,
        // denied a motion on supplemental responses never discussed).
        let settled = |item: &str| {
            f.matter
                .items
                .iter()
                .position(|it| it.id == item)
                .is_some_and(|k| f.items[k].settled().is_some())
        };
        if !e.ev.items.is_empty() && e.ev.items.iter().all(|d| settled(&d.item)) {
            continue;
        }
        let who = name_of(f, &fu.promised_by);
        let what = if fu.what.trim().is_empty() {
            "a response".to_string()
        } else {
            fu.what.trim().to_string()
        };
        // Filed before the promised day (or on it, unless the promise is
        // recorded as broken by then, or a request's objection says nothing
        // came by that day): the movant did not wait.
        if fu.due > f.filing
            || (fu.due == f.filing
                && fu.kept != Some(false)
                && !(fu.kept.is_none() && nothing_came_by(f, e.ev, fu.due)))
        {
            out.push(
                Target::element(Step::Conferrals, &e.ev.id, Some("follow_up")),
                format!(
                    "On {} {who} promised {what} by {}, but the motion is to be filed on {}, {}.",
                    long_date(e.ev.date),
                    long_date(fu.due),
                    long_date(f.filing),
                    if fu.due == f.filing {
                        "the day it fell due, before the promise could be seen to be kept or broken (record it as not kept if nothing came by then)"
                    } else {
                        "before that date"
                    }
                ),
                "Wait for the promised response, or contact the other side once more and log it before filing.".into(),
            );
            continue;
        }
        // The promiser's own first later contact on the promise's requests:
        // the promised answer delivered (or word about it).
        let delivered = (i + 1..f.events.len()).find(|&k| {
            let d = &f.events[k];
            d.counted
                && !d.before_judge
                && d.ev.initiated_by == fu.promised_by
                && d.ev.date > e.ev.date
                && on_its_requests(e, d)
        });
        // A delivery that is the other side's last word (it stands at
        // impasse, or settles the request) leaves nothing new to confer on:
        // a decision promised, then "declined to respond" (Rech, W.D.N.Y.
        // 2019, accepted).
        let final_word = |d: &EventFacts| {
            let mut on = d
                .ev
                .items
                .iter()
                .filter(|x| e.ev.items.is_empty() || e.ev.items.iter().any(|p| p.item == x.item))
                .peekable();
            on.peek().is_some()
                && on.all(|x| {
                    matches!(
                        x.outcome,
                        crate::matter::Outcome::Impasse | crate::matter::Outcome::Resolved
                    )
                })
        };
        // Otherwise the thread is closed by a later conversation, or by the
        // movant writing again, about what was promised (an email about
        // other discovery chases nothing), once the promised day has come or
        // what was promised came. The other side's delivery alone closes
        // nothing: what came must itself be conferred on before a motion
        // about it (Buntain, C.D. Ill. 2023, denied a motion on supplemental
        // responses never discussed).
        let chased = (i + 1..f.events.len()).any(|j| {
            let later = &f.events[j];
            if later.counted
                && later.ev.date > e.ev.date
                && if e.ev.items.is_empty() {
                    later
                        .ev
                        .items
                        .iter()
                        .any(|x| answered_before_judge(f, later, &x.item))
                } else {
                    e.ev.items
                        .iter()
                        .all(|p| answered_before_judge(f, later, &p.item))
                }
            {
                return true;
            }
            later.counted
                && !later.before_judge
                && on_its_requests(e, later)
                && later.ev.date > e.ev.date
                && ((later.ev.initiated_by == fu.promised_by && final_word(later))
                    || ((later.two_way
                        || (later.by_movant && later.opponent_in && f.follows_up(later)))
                        && (later.ev.date >= fu.due || delivered.is_some_and(|k| k < j))))
                // The other side's own contact that records nothing on the
                // requests it lists chases nothing (`records_nothing`).
                && !(later.from_other_side
                    && !later.ev.items.is_empty()
                    && later.ev.items.iter().all(|d| d.records_nothing()))
        });
        // What came was only another promise to serve the overdue
        // responses, itself not kept: nothing came to confer on.
        if !chased && !delivered.is_some_and(|k| only_a_lapsed_promise(f, f.events[k].ev)) {
            let message = match delivered.map(|k| &f.events[k]) {
                Some(d) => format!(
                    "On {} {who} promised {what} by {}, and the other side's {} of {} followed; no contact of the movant's since is logged, so what came was not conferred on before filing.",
                    long_date(e.ev.date),
                    long_date(fu.due),
                    d.ev.method.phrase(),
                    long_date(d.ev.date)
                ),
                None => format!(
                    "On {} {who} promised {what} by {}. No later contact follows it up: the record does not show the promise was chased before filing.{}",
                    long_date(e.ev.date),
                    long_date(fu.due),
                    not_following_up(f, e, |l| on_its_requests(e, l))
                ),
            };
            out.push_at(
                unchased.unwrap_or(out.severity()),
                Target::element(Step::Conferrals, &e.ev.id, Some("follow_up")),
                message,
                "Contact the other side once more about the promised response (or about what came) before filing, and log it.".into(),
            );
        }
    }
}

/// Whether the objection recorded on one of the promise's requests says, in
/// a clause of its own, that nothing came by the day it fell due ("SDC has
/// not produced the documents; nothing received by close of business on
/// January 30, 2009, the agreed production date": a third-hand recording of
/// Rutherford Controls v. Alarm Controls, E.D. Va. 2009, where the motion
/// was filed that day and granted). That is the promise recorded as not
/// kept, in an old file's words; a clause that looks ahead ("will not
/// produce by January 30") says nothing of what came.
fn nothing_came_by(
    f: &Facts,
    holder: &crate::matter::ConferralEvent,
    due: jiff::civil::Date,
) -> bool {
    // The month's full name: the first twelve of the dates' month words.
    let Some(month) = usize::try_from(due.month() - 1)
        .ok()
        .filter(|&k| k < 12)
        .and_then(|k| crate::matter::MONTH.get(k))
    else {
        return false;
    };
    let (m, d) = (due.month(), due.day());
    let forms = [
        format!("{month} {d}"),
        format!("{}. {d}", &month[..3]),
        format!("{} {d}", &month[..3]),
        format!("{}. {d}", &month[..4]),
        format!("{d} {month}"),
        format!("{m}/{d}"),
        format!("{m:02}/{d:02}"),
        format!("{}-{m:02}-{d:02}", due.year()),
    ];
    // A negation that governs an arrival: "nothing received", "none came",
    // "has not produced", "no documents were produced", within three words
    // (an adversarial review, 158, found "agreed to respond no later than
    // February 12" and "served no privilege log" read as nothing coming).
    const NOTHING: &[&str] = &[
        "nothing", "none", "never", "not", "no", "failed", "hasn't", "haven't", "hadn't", "didn't",
        "wasn't", "weren't",
    ];
    const ARRIVED: &[&str] = &[
        "received",
        "receive",
        "came",
        "come",
        "arrived",
        "arrive",
        "produced",
        "produce",
        "served",
        "serve",
        "answered",
        "answer",
        "responded",
        "respond",
        "provided",
        "provide",
        "delivered",
        "deliver",
        "sent",
        "send",
    ];
    const AHEAD: &[&str] = &[
        "will", "would", "shall", "going", "if", "unless", "until", "later", "true",
    ];
    // The day as a whole date ("January 3" is not in "January 30"), in
    // the year it fell due when a year is written after it.
    let names_the_day = |clause: &str| {
        forms.iter().any(|form| {
            clause.match_indices(form.as_str()).any(|(at, _)| {
                let after = &clause[at + form.len()..];
                if clause[..at].ends_with(|c: char| c.is_alphanumeric())
                    || after.starts_with(|c: char| c.is_ascii_digit())
                {
                    return false;
                }
                // "March 20th, 2025": the year after the ordinal's letters.
                let after = ["st", "nd", "rd", "th"]
                    .iter()
                    .find_map(|o| after.strip_prefix(o))
                    .unwrap_or(after);
                let year: String = after
                    .trim_start_matches([',', '/', ' '])
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                match year.len() {
                    4 => year == due.year().to_string(),
                    2 => year == format!("{:02}", due.year() % 100),
                    _ => true,
                }
            })
        })
    };
    // The day must follow the negation, within a dozen words of it: in
    // "produced the documents on March 20 and has not served a privilege
    // log" what came on the day is not what is said missing.
    // Each clause read alone (`matter::clauses`: "Mar. 20" is one), in
    // lower case with a typed apostrophe ("hasn’t").
    let says = |text: &str| {
        let text = crate::text::folded(text);
        crate::matter::clauses(&text).any(|clause| {
            // Each word with the byte where it starts in the clause (a
            // piece of `split` lies inside the clause, so the distance
            // between their starts is its offset, whatever the width of the
            // characters between words: "—", "é").
            let base = clause.as_ptr() as usize;
            let words: Vec<(usize, &str)> = clause
                .split(|c: char| !(c.is_alphanumeric() || c == '\''))
                .filter(|w| !w.is_empty())
                .map(|w| (w.as_ptr() as usize - base, w))
                .collect();
            !words.iter().any(|(_, w)| AHEAD.contains(w))
                && words.iter().enumerate().any(|(k, (start, w))| {
                    let end = words.get(k + 12).map_or(clause.len(), |(e, _)| *e);
                    NOTHING.contains(w)
                        && words
                            .iter()
                            .skip(k + 1)
                            .take(3)
                            .any(|(_, a)| ARRIVED.contains(a))
                        && names_the_day(&clause[*start..end])
                })
        })
    };
    f.matter
        .items
        .iter()
        .filter(|it| holder.items.is_empty() || holder.items.iter().any(|d| d.item == it.id))
        .any(|it| says(&it.objection))
}

/// A contact whose outcome on a request the motion keeps is a promise to
/// get back (`follow_up`), with no promise recorded (who, what, by when) and
/// no later contact on that request: the record cannot show the promise was
/// waited for or chased, and courts deny motions filed before a promised
/// answer came. Old files, and quick entries, record such a promise only in
/// the outcome.
/// The promise readings of both sides' positions, remembered across the log.
struct PromiseMemo<'m> {
    theirs: super::facts::Memo<'m>,
    own: super::facts::Memo<'m>,
    /// The other side's position says conferring is not finished.
    unfinished: super::facts::Memo<'m>,
    /// The movant's own position says so.
    unfinished_own: super::facts::Memo<'m>,
    /// The movant's position says it is awaiting something.
    awaits: super::facts::Memo<'m>,
    /// The other side's position speaks of something written (the only
    /// positions `notes_written_answer_due` reads further).
    writes: super::facts::Memo<'m>,
    /// The last summary read for a promise (with whether it was read
    /// without its note days) and what it said: a long log repeats the
    /// same summary entry after entry.
    summary_promise: SummaryMemo<'m, Option<crate::matter::Promiser>>,
    /// The last summary read for conferring not finished.
    summary_unfinished: SummaryMemo<'m, bool>,
    /// The movant's position says it was told to expect the other side's
    /// answer (`matter::told_to_expect`).
    told: super::facts::Memo<'m>,
    /// The last summary read for the same.
    summary_told: SummaryMemo<'m, bool>,
}

/// The last text read and what it said, kept across the contacts of the
/// log (`facts::Memo` does the same for positions).
type SummaryMemo<'m, T> = std::cell::Cell<Option<(&'m str, bool, T)>>;

/// `read(text)`, or what it said of the same text (and `how`) last time.
fn last_summary_reading<'m, T: Copy>(
    memo: &SummaryMemo<'m, T>,
    text: &'m str,
    how: bool,
    read: impl FnOnce() -> T,
) -> T {
    match memo.get() {
        Some((last, last_how, said)) if last_how == how && super::facts::same_text(last, text) => {
            said
        }
        _ => {
            let said = read();
            memo.set(Some((text, how, said)));
            said
        }
    }
}

fn unrecorded_promise<'m>(
    f: &Facts<'m>,
    i: usize,
    unchased: Option<Severity>,
    cutoff: Option<jiff::civil::Date>,
    memo: &PromiseMemo<'m>,
    out: &mut Emit,
) {
    let e = &f.events[i];
    // A promise the outcome records, or one a side's position says in words
    // on a request left "raised", called an impasse or narrowed ("Would
    // respond in writing by December 1", Kosjer, D. Kan. 2018: the promise,
    // not the label, is what the movant had to wait for; "Intends to
    // produce the documents the following week", then a motion the next
    // business day, United Park City Mines, D. Utah 2019; the movant's own
    // "Agreed to revise his interrogatories", Becker, E.D. Cal. 2013).
    // "Agreed to supplement by August 28" on a resolved request is the
    // settlement, and a limit ("will produce the 2025 records only") or a
    // negation is never read as a promise.
    // A promise the contact's summary tells of, naming who made it (an old
    // file may keep it only there): read only when a request on it is still
    // unchased, and once for a summary repeated contact after contact.
    // On the other side's own written message, a note's day names the
    // message itself ("Written response from OC (1/11/08): would not
    // supplement"): the promise must stand without it.
    let own_message = e.from_other_side && !e.ev.method.is_live();
    let summary_promise = || {
        last_summary_reading(&memo.summary_promise, &e.ev.summary, own_message, || {
            let read = |summary: &str| {
                crate::matter::summary_promise(summary, f.movant, f.their_names(), f.movant_names())
            };
            let promise = read(&e.ev.summary);
            if promise == Some(crate::matter::Promiser::Theirs) && own_message {
                let plain = crate::matter::without_note_days(&e.ev.summary);
                if plain.as_ref() != e.ev.summary.as_str() {
                    return read(&plain);
                }
            }
            promise
        })
    };
    // Its summary says conferring was not finished.
    let summary_unfinished = || {
        last_summary_reading(&memo.summary_unfinished, &e.ev.summary, false, || {
            crate::matter::summary_says_unfinished(&e.ev.summary)
        })
    };
    // The movant's own note that it awaits the other side's dated answer
    // ("Discussed the claims file; awaiting defense counsel's written
    // response, due January 26, 2018"): the other side's promise, as the
    // summary would tell it.
    let awaited = |d: &'m crate::matter::ItemDiscussion| {
        memo.awaits.get(d)
            && crate::matter::summary_promise(
                &d.movant_position,
                f.movant,
                f.their_names(),
                f.movant_names(),
            ) == Some(crate::matter::Promiser::Theirs)
    };
    // The request's own objection says conferring was not finished ("Still
    // negotiating scope -- not at an impasse per Dana": a thirty-eighth
    // review of Topia put the order's words there; read once per thread).
    let objection_unfinished = |d: &crate::matter::ItemDiscussion| {
        f.item_index(&d.item)
            .is_some_and(|k| crate::matter::objection_says_unfinished(&f.matter.items[k].objection))
    };
    // The other side's note at a conference of a written answer and the
    // day it is to come ("written resp. 1/26" at a meeting of January 18:
    // an eightieth review of Kosjer).
    let noted_due = |d: &'m crate::matter::ItemDiscussion| {
        e.ev.method.is_live()
            && memo.writes.get(d)
            && crate::matter::notes_written_answer_due(&d.opponent_position, e.ev.date)
    };
    let promised = |d: &'m crate::matter::ItemDiscussion| {
        use crate::matter::{Outcome, Promiser};
        // A contact with the other side on a later day followed it up
        // (`came_after` below): the words need not be read, which on a long
        // log would cost more than the rest of the check.
        let later = || {
            cutoff.is_some_and(|day| day > e.ev.date)
                || f.item(&d.item)
                    .and_then(|it| it.last_with_them)
                    .is_some_and(|last| last > e.ev.date)
        };
        match d.outcome {
            Outcome::FollowUp => true,
            // In a complete default nothing had come by filing, so the other
            // side's promise to serve was broken, its last word, as a
            // recorded broken promise is (May, N.D. Fla. 2008; Stringfellow,
            // W.D. La. 2017, granted a motion filed eight days after "Agreed
            // to provide the responses by November 22").
            Outcome::Raised | Outcome::Impasse | Outcome::Narrowed => {
                !later()
                    && ((!f.all_defaulted() && memo.theirs.get(d))
                        || memo.own.get(d)
                        || memo.unfinished.get(d)
                        || memo.unfinished_own.get(d)
                        || (!f.all_defaulted() && awaited(d))
                        || match summary_promise() {
                            // Not on a message of the movant's that the
                            // other side refused: the refusal is its last
                            // word on it ("Mihet's response (4/15) never
                            // came", told on the chase he refused: an
                            // over-strictness review, 128, of Jenkins v.
                            // Miller, D. Vt. 2024).
                            Some(Promiser::Theirs) => {
                                !f.all_defaulted()
                                    && e.ev.reply != Some(crate::matter::Reply::Refused)
                            }
                            Some(Promiser::Own) => true,
                            None => false,
                        }
                        || summary_unfinished()
                        || objection_unfinished(d)
                        || (!f.all_defaulted() && noted_due(d))
                        // The movant's own note, or the summary, that it
                        // was told to expect the other side's answer ("was
                        // told to expect defense counsel's written response
                        // by 1/26", "We were told a written response would
                        // come by 1/26": an adversarial review, 95, of
                        // Kosjer).
                        || (!f.all_defaulted()
                            && (memo.told.get(d)
                                || last_summary_reading(
                                    &memo.summary_told,
                                    &e.ev.summary,
                                    false,
                                    || crate::matter::told_to_expect(&e.ev.summary),
                                ))))
            }
            _ => false,
        }
    };
    let Some(item) =
        e.ev.items
            .iter()
            .filter(|d| promised(d) && f.keeps(&d.item))
            .find(|d| {
                !f.events.iter().any(|l| {
                    came_after(f, l, e)
                        && l.counted
                        && if l.before_judge || l.ev.method == Method::Court {
                            answered_before_judge(f, l, &d.item)
                        } else {
                            f.followed_up_by(l)
                                && l.ev.items.iter().any(|x| {
                                    x.item == d.item && !(l.from_other_side && x.records_nothing())
                                })
                        }
                })
            })
    else {
        summary_promise_on_no_request(f, i, unchased, summary_promise, out);
        return;
    };
    let disputed = f.matter.items.iter().find(|it| it.id == item.item);
    let label = disputed.map_or(item.item.as_str(), |it| it.label.as_str());
    // The other side's own later contacts that list the request but record
    // nothing on it: "no later contact" must not read as if they were not
    // logged.
    let silent: Vec<String> = f
        .events
        .iter()
        .filter(|l| {
            l.counted
                && l.from_other_side
                && l.ev
                    .items
                    .iter()
                    .any(|x| x.item == item.item && x.records_nothing())
                && came_after(f, l, e)
        })
        .map(|l| {
            format!(
                "the other side's {} of {}",
                l.ev.method.phrase(),
                long_date(l.ev.date)
            )
        })
        .collect();
    let mut message = if item.outcome == crate::matter::Outcome::FollowUp {
        format!(
            "The contact of {} records a promise to get back on {label} (outcome \"follow-up promised\"), but not who promised what by when, and no later contact on it follows it up: the record does not show the promise was waited for or chased before filing.",
            long_date(e.ev.date)
        )
    } else if item.records_a_promise() || noted_due(item) {
        format!(
            "On the contact of {} the other side's position on {label} reads as a promise to get back (\"{}\"), and no later contact on it follows it up: the record does not show the promise was waited for or chased before filing. A movant who files once a promised answer is due, without one more contact, has not made a reasonable effort to confer.",
            long_date(e.ev.date),
            item.opponent_position.trim()
        )
    } else if let Some((words, theirs)) = item.unfinished_in() {
        format!(
            "On the contact of {} the {} position on {label} says conferring was not finished (\"{words}\"), and no later contact on it follows it up: the motion would be filed in the middle of conferring, which courts do not accept as a full effort to confer.",
            long_date(e.ev.date),
            if theirs {
                "other side's"
            } else {
                "movant's own"
            },
        )
    } else if memo.told.get(item) {
        format!(
            "On the contact of {} the movant's own position on {label} says it was told to expect the other side's answer (\"{}\"), and no later contact on it follows it up: the record does not show the answer was waited for or chased before filing.",
            long_date(e.ev.date),
            item.movant_position.trim()
        )
    } else if memo.own.get(item) {
        format!(
            "On the contact of {} the movant's own position on {label} reads as a promise (\"{}\"), and no later contact on it follows it up: the motion would be filed without doing what the movant's side said it would, in the middle of conferring.",
            long_date(e.ev.date),
            item.movant_position.trim()
        )
    } else if summary_promise().is_none() && !summary_unfinished() && objection_unfinished(item) {
        format!(
            "The objection recorded on {label} says conferring was not finished (\"{}\"), and no contact on it after the one of {} is logged: the motion would be filed in the middle of conferring, which courts do not accept as a full effort to confer.",
            disputed.map_or("", |it| it.objection.trim()),
            long_date(e.ev.date)
        )
    } else if summary_promise().is_none() && summary_unfinished() {
        format!(
            "The summary of the contact of {} says conferring was not finished (\"{}\"), and no later contact on {label} follows it up: the motion would be filed in the middle of conferring, which courts do not accept as a full effort to confer.",
            long_date(e.ev.date),
            e.ev.summary.trim()
        )
    } else {
        let (whose, so) = match summary_promise() {
            Some(crate::matter::Promiser::Own) => (
                "the movant's own side",
                "the motion would be filed without doing what the movant's side said it would, in the middle of conferring",
            ),
            _ => (
                "the other side",
                "the record does not show the promise was kept, waited for or chased before filing",
            ),
        };
        format!(
            "The summary of the contact of {} reads as a promise by {whose} (\"{}\"), and no later contact on {label} follows it up: {so}.",
            long_date(e.ev.date),
            e.ev.summary.trim()
        )
    };
    // Later contacts on it that do not follow it up: say why, or "no later
    // contact follows it up" reads as if they were not logged.
    let unheeded = not_following_up(f, e, |l| {
        l.ev.items.iter().any(|x| x.item == item.item)
            && !(l.from_other_side
                && l.ev
                    .items
                    .iter()
                    .any(|x| x.item == item.item && x.records_nothing()))
            && (l.before_judge || !f.followed_up_by(l))
    });
    message.push_str(&unheeded);
    if !silent.is_empty() {
        message.push_str(&format!(
            " {} {} it but {} nothing said on it (neither side's position nor an outcome), so {} not show the promise was followed up.",
            crate::text::capitalize(&join_and(&silent)),
            if silent.len() == 1 { "lists" } else { "list" },
            if silent.len() == 1 { "records" } else { "record" },
            if silent.len() == 1 { "it does" } else { "they do" },
        ));
    }
    out.push_at(
        unchased.unwrap_or(out.severity()),
        Target::element(Step::Conferrals, &e.ev.id, Some("follow_up")),
        message,
        "Record the promise (who, what, by when) and whether it was kept, or log the contact that followed it. If the words were not a promise, reword the position.".into(),
    );
}

/// A contact with the other side that lists no request, whose summary
/// tells of a promise ("Pltf cnsl agreed to supplement. Supp. responses
/// rec'd 10/13."; a rejected-record review of Buntain v. Hansbro, C.D. Ill.
/// 2023, where a motion on supplemental responses no one had discussed was
/// denied), with no later exchange on any request the motion keeps: the
/// thread is the motion's, whatever the entry lists. (A contact that lists
/// requests is read request by request above.)
fn summary_promise_on_no_request(
    f: &Facts,
    i: usize,
    unchased: Option<Severity>,
    summary_promise: impl Fn() -> Option<crate::matter::Promiser>,
    out: &mut Emit,
) {
    use crate::matter::Promiser;
    let e = &f.events[i];
    if !e.ev.items.is_empty() || !e.opponent_in || e.before_judge {
        return;
    }
    let whose = match summary_promise() {
        Some(Promiser::Own) => "the movant's own side",
        Some(Promiser::Theirs) if !f.all_defaulted() => "the other side",
        _ => return,
    };
    let followed = f.events.iter().any(|l| {
        came_after(f, l, e)
            && l.counted
            && !l.before_judge
            && f.followed_up_by(l)
            && l.ev.items.iter().any(|x| f.keeps(&x.item))
    });
    if followed || f.kept_items().next().is_none() {
        return;
    }
    out.push_at(
        unchased.unwrap_or(out.severity()),
        Target::element(Step::Conferrals, &e.ev.id, Some("follow_up")),
        format!(
            "The summary of the contact of {} reads as a promise by {whose} (\"{}\"), and no later exchange on the motion's requests is logged: the record does not show the promise, or what came of it, was conferred on before filing.",
            long_date(e.ev.date),
            e.ev.summary.trim()
        ),
        "List the requests the contact concerned, record the promise (who, what, by when) and whether it was kept, and confer on what came before filing.".into(),
    );
}

pub(super) fn pro_se_included(f: &Facts, written_ok: bool, out: &mut Emit) {
    // A pro se co-party none of the motion's requests is disputed with (every
    // kept request records `disputed_with`, and none names it) is not "the
    // person or party failing to make disclosure or discovery".
    let not_concerned = |id: &str| {
        let mut kept = f.kept_items().peekable();
        kept.peek().is_some()
            && kept.all(|(i, _)| {
                !i.disputed_with.is_empty() && !i.disputed_with.iter().any(|p| p == id)
            })
    };
    for p in f
        .matter
        .parties
        .iter()
        .filter(|p| p.pro_se && p.side != f.movant && p.side != Side::Nonparty)
        .filter(|p| !not_concerned(&p.id))
    {
        // "No telephone" with a number on file: the number wins (the party can
        // be called), and the user is told rather than left to wonder.
        if p.contact.no_telephone && !p.contact.cannot_be_called() {
            out.push_at(
                Severity::Warning,
                Target::element(Step::Parties, &p.id, Some("no_telephone")),
                format!(
                    "{} is marked as having no telephone, but a number is on file ({}); goodfaith treats {} as reachable by telephone.",
                    p.name,
                    p.contact.phone.trim(),
                    p.name
                ),
                "Remove the number if it is not theirs, or untick \"Has no telephone\".".into(),
            );
        }
        let contacts: Vec<_> = f
            .events
            .iter()
            .filter(|e| e.counted && e.ev.participants.contains(&p.id))
            .collect();
        if contacts.iter().any(|e| e.two_way) {
            continue;
        }
        // Written attempts the pro se party refused or ignored stand as an
        // attempt to confer (the live-conferral check says so once).
        if !contacts.is_empty() && f.excuse.holds() {
            continue;
        }
        let reach = if p.contact.has_number() {
            format!(
                "{} has a telephone number on file ({}); call and discuss the disputed items.",
                p.name,
                p.contact.phone.trim()
            )
        } else {
            format!(
                "{} has no telephone on file; document repeated attempts by every means available (mail, email, in person) and invite a call or meeting.{}",
                p.name,
                if contacts.is_empty() || p.contact.says_no_telephone() {
                    String::new()
                } else {
                    format!(
                        " If {} has no telephone at all, tick \"Has no telephone\": letters are then the only way to reach them.",
                        p.name
                    )
                }
            )
        };
        let message = if contacts.is_empty() {
            format!(
                "{} is not represented, but no contact with {} is logged. The duty to confer applies to pro se parties too.",
                p.name, p.name
            )
        } else {
            let mut manners: Vec<String> = contacts
                .iter()
                .map(|e| e.ev.method.manner().to_string())
                .collect();
            manners.dedup();
            format!(
                "{} is not represented, and the only contact with {} was {}. The duty to confer applies to pro se parties too; a letter to them is no more enough than a letter to counsel.",
                p.name,
                p.name,
                join_and(&manners)
            )
        };
        // No contact at all is the pack's severity; so is written-only contact,
        // unless the court accepts written conferral (`written_ok`).
        let severity = if contacts.is_empty() || !written_ok {
            Severity::Blocker
        } else {
            Severity::Warning
        };
        out.push_at(
            severity,
            Target::element(Step::Parties, &p.id, None),
            message,
            reach,
        );
    }
}

/// A promise the movant's own side made during the conferral (to revise its
/// requests, to send a proposal): a motion filed before the other side could
/// answer what was promised comes "in the middle of the meet and confer
/// process" (Becker, E.D. Cal. 2013, denying motions filed after one
/// teleconference at which the movant agreed to revise his interrogatories;
/// he drafted the revision and moved without conferring further). One
/// court's words, so at risk, naming it. The thread is closed by a later
/// conference (whoever called it), by the other side writing or calling, or
/// by the movant's side delivering it in writing and then leaving the other
/// side the court's fair time to answer before filing.
fn own_promise(f: &Facts, i: usize, fu: &crate::matter::FollowUp, out: &mut Emit) {
    let e = &f.events[i];
    let after = |l: &EventFacts| came_after(f, l, e);
    let later = || {
        f.events
            .iter()
            .filter(|l| l.counted && after(l) && on_its_requests(e, l))
    };
    let broken = fu.kept == Some(false);
    if !broken && later().any(|l| l.two_way || l.from_other_side) {
        return;
    }
    let written = |l: &&EventFacts| l.by_movant && l.opponent_in && l.ev.method.is_written();
    let fair = |l: &&EventFacts| super::attempts::gave_fair_time(l.ev.date, f.fair_days, f.filing);
    if !broken && later().filter(written).any(|l| fair(&l)) {
        return;
    }
    // Recorded as kept, with no delivery logged: it came by the day
    // promised at the latest, and the other side's fair time runs from that
    // day (review 349: a promise recorded as kept was still told as
    // outstanding).
    let kept = fu.kept == Some(true);
    if kept && super::attempts::gave_fair_time(fu.due, f.fair_days, f.filing) {
        return;
    }
    let delivered = later()
        .filter(written)
        .max_by_key(|l| (l.ev.date, l.ev.time));
    let who = name_of(f, &fu.promised_by);
    let what = if fu.what.trim().is_empty() {
        "something".to_string()
    } else {
        fu.what.trim().to_string()
    };
    let promised = format!(
        "On {} {who}, on the movant's side, promised {what} by {}.",
        long_date(e.ev.date),
        long_date(fu.due)
    );
    let (message, fix) = match delivered {
        _ if broken => (
            format!(
                "{promised} The log records that the promise was not kept: a motion filed while your own side's promise is unmet comes in the middle of the meet-and-confer process, and courts have denied motions filed that way."
            ),
            "Deliver what your side promised, give the other side a fair time to answer it, and log both before filing.".to_string(),
        ),
        Some(d) => (
            format!(
                "{promised} It was sent on {}, and the motion is to be filed on {}, before the other side had {} business days to answer it, with no conference or answer since: the motion would come in the middle of the meet-and-confer process, and courts have denied motions filed that way.",
                long_date(d.ev.date),
                long_date(f.filing),
                f.fair_days
            ),
            format!(
                "Give the other side at least {} business days to answer what your side sent, or confer on it, and log that before filing.",
                f.fair_days
            ),
        ),
        None if kept => (
            format!(
                "{promised} It is recorded as kept, so it came by {} at the latest, and the motion is to be filed on {}, before the other side had {} business days to answer it, with no conference or answer since: the motion would come in the middle of the meet-and-confer process, and courts have denied motions filed that way.",
                long_date(fu.due),
                long_date(f.filing),
                f.fair_days
            ),
            format!(
                "Give the other side at least {} business days to answer what your side sent, or confer on it, and log that before filing (or log the letter or email that delivered it, if it came earlier).",
                f.fair_days
            ),
        ),
        None => (
            format!(
                "{promised} No later letter or email from the movant's side delivering it, and no conference since, is logged: a motion filed while your own promise is outstanding comes in the middle of the meet-and-confer process, and courts have denied motions filed that way."
            ),
            "Deliver what your side promised (a letter or email with it, logged), and give the other side a fair time to answer before filing.".to_string(),
        ),
    };
    out.push_on(
        &[Topic::OwnPromise],
        Severity::AtRisk,
        Target::element(Step::Conferrals, &e.ev.id, Some("follow_up")),
        message,
        fix,
    );
}

/// A person's name for prose.
pub(super) fn name_of(f: &Facts, id: &str) -> String {
    f.matter
        .counsel_by_id(id)
        .map(|c| c.name.clone())
        .or_else(|| f.matter.party_by_id(id).map(|p| p.name.clone()))
        .unwrap_or_else(|| id.to_string())
}

/// The later contact `l` is about what was promised on contact `e`: it
/// lists a request `e` listed (any contact, when `e` listed none: then the
/// matter keeps no request, as a promise is read only on a contact about
/// the motion's).
fn on_its_requests(e: &EventFacts, l: &EventFacts) -> bool {
    e.ev.items.is_empty()
        || l.ev
            .items
            .iter()
            .any(|d| e.ev.items.iter().any(|p| p.item == d.item))
}

/// Contact `l` came after contact `e`: later in time; on the same day with
/// a time missing, later in the log (the sorted log puts an untimed entry
/// first among its day's).
fn came_after(f: &Facts, l: &EventFacts, e: &EventFacts) -> bool {
    let log_index = |x: &EventFacts| {
        f.matter
            .conferrals
            .iter()
            .position(|c| std::ptr::eq(c, x.ev))
    };
    l.ev.date > e.ev.date
        || (l.ev.date == e.ev.date
            && match (l.ev.time, e.ev.time) {
                (Some(a), Some(b)) => a > b,
                _ => log_index(l) > log_index(e),
            })
}

/// Why some of the movant's attempts did not count toward the court's
/// measure of unanswered attempts (see `attempts::meets` and
/// `attempts::answerable_before_filing`): those made too close to the
/// motion for an answer, and the same day's written requests, which are one
/// attempt. Empty when there are none, or when the record stands as an
/// attempt to confer anyway.
fn uncounted_attempts_note(f: &Facts) -> String {
    // Where the other side answered, the record is an exchange, not
    // silence, and the measure of unanswered attempts is beside the point.
    if f.excuse.holds() || f.events.iter().any(|e| e.counted && e.from_other_side) {
        return String::new();
    }
    let tries: Vec<_> = super::attempts::tries(f).collect();
    let late: Vec<String> = tries
        .iter()
        .filter(|e| !super::attempts::answerable_before_filing(f, e))
        .map(|e| e.ev.describe())
        .collect();
    let mut out = String::new();
    if !late.is_empty() {
        let one = late.len() == 1;
        out.push_str(&format!(
            " {} came fewer than {} business days before the motion (or before the day asked for an answer), so the other side had no fair time to answer {}; {} not show that it ignored the movant's attempts.",
            crate::text::capitalize(&join_and(&late)),
            f.fair_days,
            if one { "it" } else { "them" },
            if one { "it does" } else { "they do" },
        ));
    }
    // The same day's letters, emails and faxes: one request, however sent.
    let mut days: Vec<_> = tries
        .iter()
        .filter(|e| e.ev.method.is_written() && super::attempts::answerable_before_filing(f, e))
        .map(|e| e.ev.date)
        .collect();
    let all = days.len();
    days.dedup();
    if days.len() < all {
        out.push_str(" Letters, emails and faxes sent the same day count as one attempt.");
    }
    out
}

/// One sentence naming `contacts` ("The email of March 2, 2026 and …"),
/// then what `rest` says of them, told whether there is one: " {contacts}
/// {rest}". Empty when there are none.
fn name_contacts<'a, 'm: 'a>(
    contacts: impl Iterator<Item = &'a EventFacts<'m>>,
    rest: impl FnOnce(bool) -> String,
) -> String {
    let named: Vec<String> = contacts.map(|e| e.ev.describe()).collect();
    if named.is_empty() {
        return String::new();
    }
    format!(
        " {} {}",
        crate::text::capitalize(&join_and(&named)),
        rest(named.len() == 1)
    )
}

/// The live contacts on the motion's requests that `held` picks, held with
/// the wrong person, named in one sentence: "{contacts} {what}, so it is
/// {why}". Empty when there are none.
fn wrong_person_note(
    f: &Facts,
    held: impl Fn(&EventFacts) -> bool,
    what: &str,
    why: &str,
) -> String {
    name_contacts(
        f.events
            .iter()
            .filter(|e| e.counted && e.about_motion && held(e)),
        |one| {
            format!(
                "{what}, so {} {why}",
                if one { "it is" } else { "they are" }
            )
        },
    )
}

/// The live contacts at which a side took part only through a party its
/// counsel represents (`EventFacts::without_counsel`): why they are no
/// conference.
fn without_counsel_note(f: &Facts) -> String {
    wrong_person_note(
        f,
        |e| e.without_counsel,
        "took place without counsel for a party that has counsel",
        "not a conference: a represented party confers through its lawyer (local rules speak of conferring with opposing counsel, and a lawyer may not discuss the matter with a represented party without its counsel's consent). Confer with that party's counsel.",
    )
}

/// The live contacts whose only other side was a non-party
/// (`EventFacts::nonparty_only`): why they are no conference with the party
/// the motion opposes.
fn nonparty_only_note(f: &Facts) -> String {
    wrong_person_note(
        f,
        |e| e.nonparty_only,
        "took place with a non-party only",
        "no conference with the party on the other side, whose counsel must be conferred with too (Rochlin, S.D. Ind. 2006, denied a motion to quash a party's subpoena for want of direct communication between opposing counsel).",
    )
}

/// The movant's own contacts that were not counted as attempts for what the
/// log leaves out, named, with the fix; empty when there are none: letters,
/// emails and calls that list none of the motion's requests, and entries
/// logged as another means that do not say how they were made
/// (`EventFacts::means_told`). Said wherever attempts are judged, or a user
/// who logged "following up on my letter" without ticking the requests is
/// left wondering where the attempt went.
fn unlisted_note(f: &Facts) -> String {
    // Each sentence names the movant's contacts `pick` chooses, then says
    // what is wrong with them, in the singular or the plural.
    let named = |pick: &dyn Fn(&EventFacts) -> bool, rest: &dyn Fn(bool) -> String| {
        name_contacts(f.contacts().filter(|e| pick(e)), rest)
    };
    let pl = |one: bool, a: &'static str, b: &'static str| if one { a } else { b };
    let mut out = named(
        &|e| {
            e.by_movant
                && !e.two_way
                && !e.before_judge
                && !e.about_motion
                && !super::attempts::counts_as_try(f, e)
        },
        &|one| {
            format!(
                "{} none of the motion's requests, so {} not count as an attempt to confer on them; if {} about them, list the requests {} raised.",
                pl(one, "lists", "list"),
                pl(one, "it does", "they do"),
                pl(one, "it was", "they were"),
                pl(one, "it", "they"),
            )
        },
    );
    // The movant's entries that reached no one who confers for the party
    // the motion opposes (`EventFacts::party_only`, `to_nonparty_only`), or
    // never got through (`undelivered`).
    let not_counted = |after: &'static str| {
        move |one: bool| {
            format!(
                "so {} not counted as {}{after}",
                pl(one, "it is", "they are"),
                pl(one, "an attempt to confer", "attempts to confer"),
            )
        }
    };
    let went_past = |pick: fn(&EventFacts) -> bool, went: &str, after: &'static str| {
        let rest = not_counted(after);
        named(&|e| pick(e) && e.about_motion && e.means_told, &|one| {
            format!("{went}, {}", rest(one))
        })
    };
    out.push_str(&went_past(
        |e| e.party_only,
        "went only to a party that has counsel",
        ": a represented party confers through its lawyer. Write to or call that party's counsel.",
    ));
    out.push_str(&went_past(
        |e| e.undelivered,
        "never got through, as its summary says",
        ": the movant knew it had not reached the other side. Try another way, and log it.",
    ));
    out.push_str(&went_past(
        |e| e.to_nonparty_only,
        "went only to a non-party",
        " with the party the motion is against. Write to or call that party's counsel.",
    ));
    out.push_str(&named(
        &|e| super::attempts::refusal_on_the_merits(f, e),
        &|one| {
            format!(
                "{} recorded as refused, but the other side's position there is on the requests themselves, not a refusal to confer or to discuss them: {} read as an answer. If the other side refused to confer, say so in its position.",
                pl(one, "is", "are"),
                pl(one, "it is", "they are"),
            )
        },
    ));
    // The movant's entries logged as another means that do not say how they
    // were made: not counted at all (`attempts::is_try`).
    out.push_str(&named(
        &|e| e.by_movant && e.about_motion && !e.means_told,
        &|one| {
            format!(
                "{} not say how the other side was reached, so {} not counted as {}: say in its summary or place how {} made (a text message, a courier, a visit to counsel's office), or log {} by {} method.",
                pl(one, "does", "do"),
                pl(one, "it is", "they are"),
                pl(one, "an attempt to confer", "attempts to confer"),
                pl(one, "it was", "each was"),
                pl(one, "it", "them"),
                pl(one, "its", "their"),
            )
        },
    ));
    out
}
