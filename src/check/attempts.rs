//! "Or attempted to confer": when the other side will not engage, a record of
//! documented, repeated attempts by more than one means over several days,
//! with the other side's silence or refusal recorded, is what courts accept in
//! place of a conference. This module decides whether the log shows that.

use jiff::civil::Date;

use super::facts::{EventFacts, Facts, ItemFacts};
use crate::court::AttemptsRule;
use crate::matter::{Method, Outcome, Reply};

/// The business days the other side must have had to answer a request for overdue
/// responses before a second request counts as repeating it, in a court
/// whose pack sets no minimum time to answer (`rushed_attempt`'s
/// `min_response_days`): the Federal Rules baseline's own minimum.
pub const FAIR_DAYS: u32 = 3;

/// Whether the record excuses the absence of a conference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Excuse {
    /// No excuse: the other side engaged, or the attempts fall short.
    None,
    /// The attempts meet the court's measure, but the log does not record
    /// that the other side failed to answer (no `reply`, no missed promise).
    Unconfirmed,
    /// The other side expressly refused to confer.
    Refused,
    /// Repeated attempts went unanswered, and the log records it.
    Unanswered,
    /// No `reply` recorded on any attempt, and the attempts made since the
    /// other side last engaged meet the measure on their own: the log itself
    /// shows the silence (it is meant to hold every contact), so the attempts
    /// stand; the checker says what it read so the user can correct it.
    Unlogged,
    /// The other side served nothing at all, and the movant's attempts to
    /// obtain the overdue responses went unanswered.
    Default,
    /// As `Default`, but with a single unanswered attempt: courts divide.
    DefaultOnce,
    /// As `Default`, asked for more than once but fewer times than the
    /// court's own orders ask (`AttemptsRule::default_asks`).
    DefaultFew,
    /// As `Default`, but the requests came too close together for the other
    /// side to answer the first before the next (an email setting a call for
    /// the next day, then the call): in effect a single attempt (the court
    /// packs cite the cases).
    DefaultHurried,
    /// A complete default in a court that asks for more than letters, with
    /// no call among the requests: judged as no attempt at all (as `None`),
    /// and the finding says why the default did not excuse the letters.
    DefaultNoCall,
    /// The attempts meet the court's count, but none was a call where the
    /// court's rule asks for more than letters (`call`): judged as no
    /// attempt at all (as `None`), and the finding says why the unanswered
    /// letters were not enough.
    NoCall,
    /// As `NoCall`, but in a court without such a rule, in a dispute over
    /// served responses (`call_in_dispute`): courts have faulted movants who
    /// never picked up the phone, none read accepts letters alone: at risk.
    DisputeNoCall,
    /// Every attempt the movant made gave the other side fewer than the
    /// court's days to answer: a string of ultimatums, however long the
    /// movant then waited. Courts fault perfunctory demands and "an exchange
    /// of ultimatums" (Energy Lighting, M.D. Fla. 2005; Saliga, D. Conn.
    /// 2015): at risk, never an attempt that holds.
    Ultimatums,
}

impl Excuse {
    /// There was nothing to compare views on: the other side never engaged
    /// (the record is judged as attempts, not as an exchange).
    pub fn no_exchange(self) -> bool {
        self.holds()
            || matches!(
                self,
                Excuse::DefaultOnce
                    | Excuse::DefaultFew
                    | Excuse::DefaultHurried
                    | Excuse::DisputeNoCall
                    | Excuse::Ultimatums
            )
    }

    /// The record stands as "attempted to confer".
    pub fn holds(self) -> bool {
        matches!(
            self,
            Excuse::Refused | Excuse::Unanswered | Excuse::Unlogged | Excuse::Default
        )
    }
}

/// The movant's attempts that count toward "attempted to confer": counted
/// contacts by the movant's side reaching the other side, not made while
/// every addressee on the other side was known to be away.
pub fn tries<'a, 'm>(f: &'a Facts<'m>) -> impl Iterator<Item = &'a EventFacts<'m>> {
    f.contacts().filter(move |e| counts_as_try(f, e))
}

/// Whether a contact (`Facts::contacts`) is one of `tries`: asked of one
/// contact, where finding it among `tries` would read the log again.
pub fn counts_as_try(f: &Facts, e: &EventFacts) -> bool {
    // The first attempt about the motion's requests: a message left, or a
    // call nobody picked up, that lists no request counts only from then on.
    let first = || {
        *f.first_try.get_or_init(|| {
            f.contacts()
                .filter(|e| e.about_motion && is_try(f, e))
                .map(|e| e.ev.date)
                .min()
        })
    };
    is_try(f, e)
        && (e.about_motion || (bare_reach(e) && first().is_some_and(|day| e.ev.date >= day)))
}

/// Whether a contact (`Facts::contacts`) is one of the movant's, made while
/// the other side could be reached. A conference before the judge is court
/// action, not an attempt; nor is an entry logged as `other` that does not
/// say how it was made (`EventFacts::means_told`): the attempts that stand
/// for a conference must be documented, each by its means; nor one that went
/// only to a party its counsel represents (`EventFacts::party_only`), or
/// only to a non-party (`EventFacts::to_nonparty_only`), nor a conversation
/// held so (`without_counsel`, `nonparty_only`): a promise a represented
/// party made on the telephone is no evidence that its counsel ignored the
/// movant; nor a message its summary says never got through
/// (`EventFacts::undelivered`).
fn is_try(f: &Facts, e: &EventFacts) -> bool {
    e.by_movant
        && !e.before_judge
        && e.means_told
        && !e.party_only
        && !e.to_nonparty_only
        && !e.without_counsel
        && !e.nonparty_only
        && !e.undelivered
        && !all_away(f, e, e.ev.date)
        && !staff_to_staff(f, e)
}

/// A contact made through staff on both sides (the movant's secretary
/// calling the other side's): no attorney asked anything of an attorney,
/// so it is no attempt to confer, however often it is repeated (Crown Cork
/// & Seal v. Chemed, E.D. Pa. 1984: a letter, then daily calls between the
/// attorneys' secretaries, with no direct communication between counsel,
/// was not a reasonable effort). A call of counsel's that reached only the
/// other side's secretary is still an attempt.
fn staff_to_staff(f: &Facts, e: &EventFacts) -> bool {
    // Asked of every contact on every check: the cheap tests first (most
    // contacts name no staff).
    if e.ev.staff.is_empty() || e.two_way {
        return false;
    }
    let staff_of = |mine: bool| {
        e.ev.staff.iter().any(|s| {
            f.side_of(&s.works_for)
                .is_some_and(|side| (side == f.movant) == mine)
        })
    };
    // Counsel of the other side among the participants (a letter addressed
    // to counsel, copied to staff) is counsel reached.
    let other_counsel =
        e.ev.participants
            .iter()
            .any(|p| f.side_of(p).is_some_and(|side| side != f.movant));
    !other_counsel && staff_of(true) && staff_of(false)
}

/// A message left, or a call nobody answered, that lists no request: it
/// discussed nothing, so it could list none, and once the movant has raised
/// the motion's requests such a call is how it chases them ("asking for a
/// call about the letter"). Any other contact that lists none of the
/// motion's requests (an email about other discovery, a call about another
/// case) is no attempt to confer on this motion: it neither adds to the
/// count nor starts the clock.
fn bare_reach(e: &EventFacts) -> bool {
    e.ev.items.is_empty() && matches!(e.ev.method, Method::Voicemail | Method::UnansweredCall)
}

/// Every participant on the other side was known to be away on `day`.
pub fn all_away(f: &Facts, e: &EventFacts, day: Date) -> bool {
    if f.absences().is_empty() {
        return false; // asked of every attempt on every keystroke
    }
    let mut others =
        e.ev.participants
            .iter()
            .filter(|p| f.side_of(p).is_some_and(|s| s != f.movant))
            .peekable();
    others.peek().is_some() && others.all(|p| away(f, p, day))
}

/// The person was known to be away on `day`.
pub fn away(f: &Facts, person: &str, day: Date) -> bool {
    f.absences()
        .iter()
        .any(|u| u.person == person && u.from <= day && day <= u.to)
}

/// A demand that left the other side fewer than `min_days` business days to
/// answer, and was followed by the motion before that many had passed. What courts
/// fault is going to court before the other side had a fair time to answer
/// (Gill-Mulson, D. Colo. 2012: wait at least three business days; Saliga,
/// D. Conn. 2015: an answer demanded by noon the next day, the motion two
/// days later); a short deadline the movant then did not hold the other side
/// to, waiting weeks before filing, took nothing from it.
pub fn rushed_demand(e: &EventFacts, min_days: u32, filing: Date) -> bool {
    short_demand(e, min_days) && !gave_fair_time(e.ev.date, min_days, filing)
}

/// The other side answered this attempt: its `reply` says so or, where no
/// `reply` is recorded (a file written before the field existed), the entry
/// itself holds an answer: the other side's stated position on a request
/// (not a mere "No response", which is how such a file records silence), or
/// its promise. An attempt the other side answered is not one it ignored:
/// Shoppell (N.D. Ind. 2009) denied a motion in a complete default where the
/// last attempt, a call, drew word that answers were hoped for shortly.
fn answered(f: &Facts, e: &EventFacts) -> bool {
    match e.ev.reply {
        Some(reply) => reply == Reply::Answered,
        None => {
            e.ev.items.iter().any(|d| e.answer_on(d))
                || e.ev
                    .follow_up
                    .as_ref()
                    .is_some_and(|fu| f.side_of(&fu.promised_by) != Some(f.movant))
        }
    }
}

/// Where the file records no `reply` at all (written before the field
/// existed), the contact whose entry records the other side's plain refusal
/// to confer (`EventFacts::refusal_words`), when it stands: the last such
/// contact, one of the movant's attempts or the other side's answer made on
/// or after the movant's first attempt (a refusal answers a request to
/// confer), and not withdrawn. It is withdrawn on the terms a recorded
/// refusal is (`recorded_refusal`): a later conversation between the sides
/// about the motion's requests, a later offer of the other side's to talk,
/// a later attempt of the movant's that the other side answered (its
/// position or promise recorded there, as an old file records an answer),
/// or a later message of the other side's that gives ground (`concedes`).
/// The other side's bare later messages do not withdraw it: in White (W.D.
/// Wash. 2020) they were the refusal ("would confer only by email", then
/// "OK. File Motion to Compel."), and the words of a file written before
/// `reply` existed deserve the same reading as the field.
pub fn refusal_in_words<'a, 'm>(f: &'a Facts<'m>) -> Option<&'a EventFacts<'m>> {
    // Nearly every log has none: one scan, before the attempts are read.
    if !f.events.iter().any(|e| e.refusal_words) {
        return None;
    }
    let first = tries(f).map(|e| (e.ev.date, e.ev.time)).min()?;
    let at = f
        .events
        .iter()
        .rposition(|e| e.refusal_words && (e.by_movant || (e.ev.date, e.ev.time) >= first))?;
    // A quarrel over where to meet, told anywhere in the log, is what the
    // words refused: no refusal to confer (Williams v. City of Rochester,
    // W.D.N.Y. 2018: "unable to agree upon a location").
    if place_quarrel_told(f) {
        return None;
    }
    // The other side's later offer to talk takes it back wherever it is
    // told, even on a contact that lists no request: a refusal in words is
    // read strictly, and so is what undoes it.
    let withdrawn = f.events[at + 1..].iter().any(|e| {
        (!e.refusal_words && takes_back(f, e, || answered(f, e)))
            || (e.from_other_side && e.ev.summary_offers_to_confer())
    });
    // A refusal of every live means that offers to confer in writing
    // ("would confer only by email") leaves the written exchange open: it
    // stands once the movant took that up (White: the movant then emailed
    // its examples of the deficiencies), not when the movant filed instead.
    let writing_left_open = || {
        let refusal = &f.events[at];
        let offers_writing = refusal.ev.items.iter().any(|d| {
            f.item(&d.item).is_some_and(ItemFacts::kept)
                && d.records_a_refusal_offering_writing(f.movant)
        });
        offers_writing
            && !f.events[at + 1..].iter().any(|e| {
                e.counted && e.about_motion && e.by_movant && e.opponent_in && !e.before_judge
            })
    };
    (!withdrawn && !writing_left_open()).then(|| &f.events[at])
}

/// One of the movant's attempts records the other side's refusal to confer
/// (`reply: refused`), and the other side did not take it back: no later
/// conversation between the sides, no later offer of the other side's to
/// talk, and no later attempt of the movant's that the other side answered.
/// A refusal the other side then went back on is not the record courts
/// excuse (Jenkins, D. Vt. 2024; White, W.D. Wash. 2020, the refusal stood
/// to the end); once the other side engaged, the record is judged as the
/// exchange it became. The other side's own later messages do not withdraw
/// it: they are often the refusal itself ("would confer only by email",
/// then "OK. File Motion to Compel.", White); one that gives ground on a
/// request (`concedes`) does.
fn refusal_recorded(f: &Facts) -> bool {
    matches!(recorded_refusal(f), Some((_, None)))
}

/// An attempt recorded as refused (`reply: refused`) on which the other
/// side's recorded position is on the requests themselves ("Refused to
/// supplement", "Will not produce anything further; objections stand"), not
/// a refusal to confer or to discuss them: an answer on the merits, which
/// leaves the sides at an impasse in writing, not a refusal that excuses
/// the conference (`reply` means a refusal to confer; the words say what
/// was refused).
pub fn refusal_on_the_merits(f: &Facts, e: &EventFacts) -> bool {
    e.ev.reply == Some(Reply::Refused)
        && e.ev
            .items
            .iter()
            .any(|d| !d.opponent_position.trim().is_empty())
        && !e.ev.items.iter().any(|d| {
            d.records_a_refusal_against(f.movant) || d.records_a_refusal_offering_writing(f.movant)
        })
}

/// The last of the movant's attempts that records a refusal (`reply:
/// refused`), with the later contact that took it back, if one did (see
/// `refusal_recorded`).
pub fn recorded_refusal<'a, 'm>(
    f: &'a Facts<'m>,
) -> Option<(&'a EventFacts<'m>, Option<&'a EventFacts<'m>>)> {
    // Nearly every log has none: one cheap scan before the attempts are read.
    if !f.events.iter().any(|e| e.ev.reply == Some(Reply::Refused)) {
        return None;
    }
    let at = f.events.iter().rposition(|e| {
        e.ev.reply == Some(Reply::Refused)
            && f.is_contact(e)
            && counts_as_try(f, e)
            && !refusal_on_the_merits(f, e)
    })?;
    // A quarrel over where to meet, told anywhere in the log, is what was
    // refused, as for a refusal in words (Williams v. City of Rochester,
    // W.D.N.Y. 2018; an adversarial review, 138, recorded it as the field).
    if place_quarrel_told(f) {
        return None;
    }
    // Taken back only by engaging on the motion's requests: a later call
    // about deposition scheduling is no withdrawal. Nor is a refusal that
    // the other side's next message answers on the requests themselves
    // ("Stood on its responses"): as on the attempt's own entry
    // (`refusal_on_the_merits`), that is an impasse in writing, not a
    // refusal to confer (an adversarial review, 137, of Mastro's v.
    // Dominick Group, D. Ariz. 2012, logged the answer as its own entry).
    // An offer of the other side's to talk takes it back wherever it is
    // told, even on a message that lists no request, as for a refusal in
    // words (an adversarial review, 141, of Roberts v. Lessard, M.D. La.
    // 2017: the other side's later offers of dates for the conference).
    let back = f.events[at + 1..].iter().find(|e| {
        takes_back(f, e, || e.ev.reply == Some(Reply::Answered))
            || answers_on_the_merits(f, e)
            || (e.counted && offers_to_talk(e))
    });
    Some((&f.events[at], back))
}

/// A message of the other side's that answers a kept request on its merits:
/// a position that speaks of the responses, objections or production
/// (`speaks_to_the_merits`), and is not itself a refusal to confer, an
/// offer to confer only in writing, or a dare to file ("OK. File Motion to
/// Compel.", White v. Relay Resources, W.D. Wash. 2020, where the refusal
/// stood). "Would not respond", "Seeks to confer only by email" answer
/// nothing on the requests (White; Alford v. Flener, W.D. Ky. 2023).
fn answers_on_the_merits(f: &Facts, e: &EventFacts) -> bool {
    e.from_other_side
        && e.counted
        && e.about_motion
        && e.ev.items.iter().any(|d| {
            // The word test first: it rules out nearly every position
            // before the refusal readings are asked.
            d.speaks_to_the_merits()
                && f.item(&d.item).is_some_and(ItemFacts::kept)
                && !d.records_a_refusal_against(f.movant)
                && !d.records_a_refusal_offering_writing(f.movant)
                && !d.dares_the_motion()
        })
}

/// Whether the log tells of a quarrel over where to meet, in a counted
/// entry's summary or a position on it.
fn place_quarrel_told(f: &Facts) -> bool {
    f.events.iter().any(|e| {
        e.counted
            && (e.ev.summary_tells_a_place_quarrel()
                || e.ev.items.iter().any(|d| d.tells_a_place_quarrel()))
    })
}

/// A later contact about the motion's requests that takes a refusal back:
/// a conversation, an offer of the other side's to talk, an attempt of the
/// movant's it answered (`answered`, as the record says it: the field, or
/// for a refusal in words the words too), or a message that gives ground.
fn takes_back(f: &Facts, e: &EventFacts, answered: impl FnOnce() -> bool) -> bool {
    e.counted
        && e.about_motion
        && (e.two_way || offers_to_talk(e) || (e.by_movant && answered()) || concedes(f, e))
}

/// A message of the other side's offering or asking to talk: marked
/// `offer_to_confer`, or saying so in its position (`records_an_offer`) or
/// its summary (`summary_offers_to_confer`), the only places a file written
/// before the field had for it.
fn offers_to_talk(e: &EventFacts) -> bool {
    e.from_other_side
        && (e.ev.offer_to_confer
            || e.ev.items.iter().any(|d| d.records_an_offer())
            || e.ev.summary_offers_to_confer())
}

/// A message of the other side's that gives ground on a request it lists
/// (the caller asks it only of contacts about the motion): it narrows or
/// settles one, or promises an answer. A party that
/// offers to answer for part of the period has not refused to discuss the
/// request, whatever it said before; its bare restatement of the refusal
/// ("OK. File Motion to Compel.", recorded as an impasse, White, W.D. Wash.
/// 2020) gives none.
pub fn concedes(f: &Facts, e: &EventFacts) -> bool {
    e.from_other_side
        && (e.ev.items.iter().any(|d| {
            matches!(
                d.outcome,
                Outcome::Narrowed | Outcome::Resolved | Outcome::FollowUp
            )
        }) || e
            .ev
            .follow_up
            .as_ref()
            .is_some_and(|fu| f.side_of(&fu.promised_by) != Some(f.movant)))
}

/// A demand that gave the other side fewer than `min_days` business days to
/// answer. A deadline dated before the request itself is a slip in the log,
/// not a demand (`RUSHED-ATTEMPT` asks the user to check it).
fn short_demand(e: &EventFacts, min_days: u32) -> bool {
    e.ev.respond_by
        .is_some_and(|by| by >= e.ev.date && !gave_fair_time(e.ev.date, min_days, by))
}

/// Whether `min_days` business days had run between a request sent on
/// `sent` and `day`. The days are court days, not calendar days: the measure
/// comes from Gill-Mulson (D. Colo. 2012), which asks the movant to wait "at
/// least three business days", and a demand made on a Friday for Monday, or
/// on the eve of a holiday, leaves a day, not three.
pub fn gave_fair_time(sent: Date, min_days: u32, day: Date) -> bool {
    crate::calendar::court_days_after(sent, min_days).is_some_and(|fair| day >= fair)
}

/// The last day a message could be sent and still leave the other side
/// `min_days` court days to answer by `day`: `gave_fair_time(sent, min_days,
/// day)` holds exactly for the days on or before it (court days only grow
/// with the day sent), so one day found once per check answers for every
/// message.
pub fn last_fair_day(min_days: u32, day: Date) -> Option<Date> {
    // The message must leave `min_days` court days after it, up to `day`:
    // the last such day is the one before the `min_days`th court day
    // counted back from `day` (found directly, rather than by asking
    // `gave_fair_time` of each earlier day, which cost a check 26k
    // instructions).
    match min_days {
        0 => Some(day),
        n => crate::calendar::court_days_back(day)
            .nth(n as usize - 1)?
            .yesterday()
            .ok(),
    }
}

/// Reads the log against the court's measure of attempts. `min_response_days`:
/// a demand leaving less time to answer is not a good-faith attempt.
pub fn excuse(f: &Facts, rule: Option<&AttemptsRule>, min_response_days: u32) -> Excuse {
    // An express refusal ends the matter, however quickly it came.
    if refusal_recorded(f) || refusal_in_words(f).is_some() {
        return Excuse::Refused;
    }
    let tries: Vec<&EventFacts> = tries(f)
        .filter(|e| !rushed_demand(e, min_response_days, f.filing))
        .collect();
    let Some(last_try) = tries.last() else {
        return Excuse::None;
    };
    // Once the other side writes or calls back after the last attempt, it
    // engaged: the record is judged as an exchange, not as silence.
    // (Not a message that crossed the motion: `crossed_the_motion`.)
    let answered_later = f.events.iter().any(|e| {
        e.from_other_side
            && (e.ev.date, e.ev.time) > (last_try.ev.date, last_try.ev.time)
            && !crossed_the_motion(f, e)
    });
    // A complete default: every request the motion keeps went unanswered.
    let kept: Vec<_> = f.kept_items().collect();
    let all_defaulted = f.all_defaulted();
    // The other side promised the overdue responses by a day on or before
    // filing, and the promise was not kept: it engaged only to default again.
    let broken_promise = f
        .events
        .iter()
        .any(|e| e.counted && f.broken_by_other_side(e.ev));
    // Where the court's rule asks for more than letters ("more than mailing
    // or faxing a letter", D. Kan. Rule 37.2; "more than sending an email or
    // letter", D. Md. Local Rule 104.7), a default does not make letters
    // enough: Parker (D. Md. 2016) denied a motion on an email and a letter
    // about responses never served.
    let call_wanted = rule.is_some_and(|r| r.call);
    if all_defaulted && broken_promise {
        return if !call_wanted || called(f, &tries) {
            Excuse::Default
        } else {
            Excuse::DefaultNoCall
        };
    }
    if answered_later {
        return Excuse::None;
    }
    // The same broken promise told in words: the other side answered an
    // ask for the overdue responses by promising them ("Assured that
    // responses were forthcoming"), served nothing, and the movant asked
    // again and was ignored (Larson v. Western Showcase, D.S.D. 2017: three
    // inquiries, "despite assurances to the contrary", granted).
    if all_defaulted && words_promise_chased(f, &tries, last_try).is_some() {
        return if !call_wanted || called(f, &tries) {
            Excuse::Default
        } else {
            Excuse::DefaultNoCall
        };
    }
    let last_engaged = last_engagement(f);
    if last_engaged.is_some_and(|e| played_tag(f, e)) {
        return Excuse::None;
    }
    let last_engaged = last_engaged.map(|e| (e.ev.date, e.ev.time));
    // A short deadline the movant waited past is no fault on its own (see
    // `rushed_demand`), but a record made only of such demands never gave
    // the other side an invitation to talk.
    if tries.iter().all(|e| short_demand(e, min_response_days)) {
        return Excuse::Ultimatums;
    }
    // ... and the movant asked for each overdue response after it was due
    // (`answers_due`): an entry before then is the request itself, or a
    // reminder before anything was overdue, not an ask for an overdue
    // answer (Packard v. Temenos, S.D. Ga. 2016: "other than arguably in
    // their original request", one letter; a review logged the request's
    // service as the first ask).
    let asked_after_due = |e: &EventFacts, item: &crate::matter::DisputedItem| {
        answers_due(item).is_none_or(|due| e.ev.date >= due)
            && e.ev.items.iter().any(|d| d.item == item.id)
    };
    // Only asks made since the other side last engaged went unanswered: one
    // it answered, or one followed by its own message (an offer to talk, a
    // reply on the objections), was not ignored. Orr (N.D. Ala. 2014)
    // faulted a movant who, after the other side wrote back willing to
    // talk, sent one more email and filed two months later.
    // (Read only in a complete default, the one place it is asked.)
    let asked: Vec<&EventFacts> = if all_defaulted {
        tries
            .iter()
            .copied()
            .filter(|e| last_engaged.is_none_or(|at| (e.ev.date, e.ev.time) > at))
            .filter(|e| kept.iter().any(|(item, _)| asked_after_due(e, item)))
            .filter(|e| !crate::matter::summary_is_the_request(&e.ev.summary))
            .collect()
    } else {
        Vec::new()
    };
    let default = all_defaulted
        && kept
            .iter()
            .all(|(item, _)| asked.iter().any(|e| asked_after_due(e, item)));
    if default && !answered(f, last_try) {
        if call_wanted && !called(f, &asked) {
            return Excuse::DefaultNoCall;
        }
        // Each request must have been asked for at least twice, the last
        // asking after the other side had a fair time to answer the first
        // (the court's minimum time to answer a demand, or the day the
        // movant itself gave), and the motion filed no earlier than any day
        // the movant gave.
        let times = |item: &crate::matter::DisputedItem| {
            asked.iter().filter(|e| asked_after_due(e, item)).count()
        };
        let twice = kept.iter().all(|(item, _)| times(item) >= 2);
        // A court whose own orders asked for more than two.
        let need = rule.and_then(|r| r.default_asks).unwrap_or(2).max(2) as usize;
        let enough = kept.iter().all(|(item, _)| times(item) >= need);
        let spread = match (asked.first(), asked.last()) {
            (Some(first), Some(last)) => {
                gave_fair_time(first.ev.date, f.fair_days, last.ev.date)
                    && first.ev.respond_by.is_none_or(|by| last.ev.date >= by)
            }
            _ => false,
        };
        let waited = asked
            .iter()
            .all(|e| e.ev.respond_by.is_none_or(|by| f.filing >= by));
        return if !twice {
            Excuse::DefaultOnce
        } else if !spread || !waited {
            Excuse::DefaultHurried
        } else if !enough {
            Excuse::DefaultFew
        } else {
            Excuse::Default
        };
    }
    let Some(rule) = rule else {
        return Excuse::None;
    };
    // Only attempts the other side had a fair time to answer before the
    // motion can show that it ignored them.
    let answerable: Vec<&EventFacts> = tries
        .iter()
        .copied()
        .filter(|e| answerable_before_filing(f, e))
        .collect();
    if !meets(rule, &answerable) {
        return Excuse::None;
    }
    // A court whose rule asks for more than letters wants a call among the
    // attempts, however the other side answered them.
    let any_call = called(f, &answerable);
    if rule.call && !any_call {
        return Excuse::NoCall;
    }
    // Elsewhere, where the dispute is over served responses, unanswered
    // letters alone are at risk (`call_in_dispute`): asked of every attempt
    // made, so that a call the other side answered still counts as the
    // movant having picked up the phone.
    let unanswered = if rule.call_in_dispute && !any_call {
        Excuse::DisputeNoCall
    } else {
        Excuse::Unanswered
    };
    // The last attempt drew an answer: whatever earlier attempts went
    // unanswered, the other side engaged, and the silence is not shown.
    let last_answered = answered(f, last_try);
    let silence = !last_answered
        && (tries.iter().any(|e| e.ev.reply == Some(Reply::None))
            || f.events.iter().any(|e| {
                e.counted
                    && e.ev.follow_up.as_ref().is_some_and(|fu| {
                        fu.kept == Some(false) && f.side_of(&fu.promised_by) != Some(f.movant)
                    })
            }));
    if silence {
        return unanswered;
    }
    // No reply recorded on any attempt (files written before `reply`
    // existed): the log itself is the record. The attempts made since the
    // other side last engaged, if they meet the measure on their own, went
    // unanswered.
    if tries.iter().all(|e| e.ev.reply.is_none()) {
        let last_engaged = f
            .events
            .iter()
            .rev()
            .find(|e| engaged(f, e))
            .map(|e| (e.ev.date, e.ev.time));
        let quiet: Vec<&EventFacts> = answerable
            .iter()
            .copied()
            .filter(|t| last_engaged.is_none_or(|at| (t.ev.date, t.ev.time) > at))
            .collect();
        if meets(rule, &quiet) && (!rule.call || called(f, &quiet)) {
            return if unanswered == Excuse::Unanswered {
                Excuse::Unlogged
            } else {
                unanswered
            };
        }
    }
    // The silence is not shown: the record is read as one-sided demands.
    Excuse::Unconfirmed
}

/// Whether the other side had the court's minimum time to answer an attempt
/// (`fair_days` business days, or the day the movant gave, if later) before
/// the motion. An unanswered message left the morning of filing shows no
/// silence: Gill-Mulson (D. Colo. 2012) asks the movant to wait at least
/// three business days, and Alexander (D.D.C. 1999) rejected a message
/// followed by the motion two hours later.
pub fn answerable_before_filing(f: &Facts, e: &EventFacts) -> bool {
    gave_fair_time(e.ev.date, f.fair_days, f.filing)
        && e.ev.respond_by.is_none_or(|by| f.filing >= by)
}

/// The attempts meet the court's count: how many, on how many days, by how
/// many methods (whether one had to be a call is asked apart, so the
/// finding can say so). The same day's letters, emails and faxes count as
/// one attempt, and so do its calls: a letter sent by mail and by email, or
/// one email logged once for each of the other side's lawyers, is one
/// request, not two (Osborne, D. Mont. 2015, held one demand letter and one
/// follow-up short of a dialogue).
fn meets(rule: &AttemptsRule, tries: &[&EventFacts]) -> bool {
    // Counted without hashing (this runs on every keystroke): the attempts
    // as (day, kind) sorted (they come in the log's order, so the sort is
    // nearly a scan) and deduplicated, the methods as bits.
    let kind = |m: Method| {
        if m.is_written() {
            0u8
        } else if m.is_call() {
            1
        } else {
            2
        }
    };
    let mut attempts: Vec<_> = tries
        .iter()
        .map(|e| (e.ev.date, kind(e.ev.method)))
        .collect();
    attempts.sort_unstable();
    attempts.dedup();
    let mut days: Vec<_> = attempts.iter().map(|(day, _)| *day).collect();
    days.dedup();
    let methods = tries
        .iter()
        .fold(0u32, |bits, e| bits | 1 << (e.ev.method as u32));
    attempts.len() as u32 >= rule.min_attempts
        && days.len() as u32 >= rule.min_days
        && methods.count_ones() >= rule.min_methods
}

/// One of the attempts was a call (a conversation, a voicemail, an
/// unanswered call), or none could be: every attempt went to a pro se party
/// recorded as having no telephone (Gardner, D. Kan. 2006).
fn called(f: &Facts, tries: &[&EventFacts]) -> bool {
    tries.iter().any(|e| e.ev.method.is_call())
        || (!tries.is_empty() && tries.iter().all(|e| no_telephone(f, e)))
}

/// Everyone on the other side the contact went to is a pro se party with no
/// telephone (marked so, and no number on file: a number wins).
fn no_telephone(f: &Facts, e: &EventFacts) -> bool {
    let mut others =
        e.ev.participants
            .iter()
            .filter(|p| f.side_of(p).is_some_and(|s| s != f.movant))
            .peekable();
    others.peek().is_some() && others.all(|p| f.cannot_be_called(p))
}

/// The last contact at which the other side engaged: its own message, a
/// conversation, a promise of its, or an answer recorded on one of the
/// movant's attempts. Asks made before it were not ignored.
pub fn last_engagement<'a, 'm>(f: &'a Facts<'m>) -> Option<&'a EventFacts<'m>> {
    f.events
        .iter()
        .rev()
        .find(|e| engaged(f, e) || (e.by_movant && answered(f, e)))
}

/// The day a request's answer was due: its recorded response (or default)
/// date, else 30 days after it was served (Fed. R. Civ. P. 33(b)(2),
/// 34(b)(2)(A), 36(a)(3)); `None` when neither is recorded.
fn answers_due(item: &crate::matter::DisputedItem) -> Option<Date> {
    item.response.or_else(|| {
        item.served
            .and_then(|s| s.checked_add(jiff::Span::new().days(30)).ok())
    })
}

/// The contact holding the promise `words_promise_chased` reads, for the
/// finding to name; asked of a record already judged a complete default.
pub fn broken_words_promise<'a, 'm>(f: &'a Facts<'m>) -> Option<&'a EventFacts<'m>> {
    let tries: Vec<&EventFacts> = tries(f).collect();
    let last = tries.last()?;
    words_promise_chased(f, &tries, last)
}

/// In a complete default, the other side's answer to an ask for the overdue
/// responses promised them in words (its position on a request reads as a
/// promise: a recorded `follow_up` is `Facts::broken_by_other_side`'s), and
/// the movant's last ask, unanswered (`last_try`, with nothing from the
/// other side since: the caller has asked), came after it on the same
/// request and left a fair time before the motion. The promise was broken
/// and chased (Kosjer, D. Kan. 2018, asks for that one more contact): the
/// other side engaged only to default again. The promise must answer an
/// ask made after the responses were due: one made before then (an
/// extension agreed on, asked for on the day they were due or earlier) set
/// when they were owed, and its breach is the default itself (Teton Homes,
/// N.D. Ind. 2010, denied a motion on one email after the extended day; an
/// adversarial review, 148, logged the extension as an assurance on the
/// movant's own contact). When the response date is not recorded, see
/// `answers_due`. Returns the contact holding the latest such promise.
fn words_promise_chased<'a, 'm>(
    f: &'a Facts<'m>,
    tries: &[&EventFacts],
    last_try: &EventFacts,
) -> Option<&'a EventFacts<'m>> {
    if answered(f, last_try) || !answerable_before_filing(f, last_try) {
        return None;
    }
    let at = |e: &EventFacts| (e.ev.date, e.ev.time);
    // The latest such promise: the one the movant's last ask chased.
    f.events.iter().rev().find(|e| {
        e.counted
            && at(e) < at(last_try)
            && (e.from_other_side || (e.by_movant && e.opponent_in))
            && e.ev.items.iter().any(|d| {
                let due = || f.matter.item_by_id(&d.item).and_then(answers_due);
                !d.opponent_position.trim().is_empty()
                    && last_try.ev.items.iter().any(|x| x.item == d.item)
                    && tries.iter().any(|t| {
                        at(t) <= at(e)
                            && t.ev.items.iter().any(|x| x.item == d.item)
                            && due().is_none_or(|due| t.ev.date > due)
                    })
                    && d.records_a_promise()
            })
    })
}

/// The other side's last act was a call of its own that reached no one (a
/// message left, a call unanswered): the sides were playing telephone tag.
/// It was trying to talk, so the movant's attempts since, however many, are
/// not its silence (Perez v. G & P Auto Wash, E.D.N.Y. 2011: "letter
/// campaigns and telephone tag" do not satisfy the duty to confer; an
/// adversarial review, 107, had the other side call first, and the letters
/// and the returned call after it read as attempts it ignored).
pub fn telephone_tag<'a, 'm>(f: &'a Facts<'m>) -> Option<&'a EventFacts<'m>> {
    last_engagement(f).filter(|e| played_tag(f, e))
}

/// `e`, the other side's last engagement, is a call of its own that reached
/// no one (see `telephone_tag`).
fn played_tag(f: &Facts, e: &EventFacts) -> bool {
    f.by_other_side(e) && e.ev.method.is_call() && !e.two_way
}

/// The other side's own written message on the filing day that offers
/// nothing and promises nothing: it crossed the motion (Aerwey Labs. v.
/// Arco Polymers, N.D. Ill. 1981, accepted four unanswered letters and two
/// calls though the other side's letter "crossed" the motion in the mail;
/// a review of reasonable recordings found it). It came too late to answer
/// the asks before it. An offer to talk on that day is still weighed
/// (`IGNORED-OFFER`), and so is a promise.
pub fn crossed_the_motion(f: &Facts, e: &EventFacts) -> bool {
    // Words of a response or objection served with it: the other side
    // answered, whatever the day (a fifty-seventh review: objections
    // emailed the day of the motion, "overbroad and unduly burdensome").
    const ANSWERED: &[&str] = &[
        "objection",
        "objections",
        "objected",
        "objects",
        "object",
        "overbroad",
        "burdensome",
        "burden",
        "privilege",
        "privileged",
        "irrelevant",
        "relevance",
        "exceed",
        "exceeds",
        "responses",
        "response",
        "answers",
        "answered",
        "produced",
        "refused",
        "declined",
        "disputes",
        "disputed",
    ];
    // A letter sent that day cannot have reached the movant before the
    // motion, whatever it promised: Arco's, "preparing the materials
    // necessary to comply", crossed Aerwey's motion in the mail, and the
    // court awarded the expenses of the motion (an over-strictness review,
    // 152, of a third recorder's file). An email or fax that day may have
    // been read first, so its promise is still weighed.
    let mailed = e.ev.method == Method::Letter;
    e.ev.date >= f.filing
        && !e.two_way
        && !e.ev.method.is_live()
        && !e.ev.offer_to_confer
        && (mailed || e.ev.follow_up.is_none())
        && e.ev.items.iter().all(|d| {
            (d.outcome == Outcome::Raised || (mailed && d.outcome == Outcome::FollowUp))
                && !d.records_an_offer()
                && (mailed || !d.records_a_promise())
                && !crate::matter::has_any_word(&d.opponent_position, ANSWERED)
        })
        && !crate::matter::has_any_word(&e.ev.summary, ANSWERED)
        && !e.ev.summary_offers_to_confer()
}

/// The entry shows the other side engaging: a conversation it took part in,
/// a contact it made, a position or a promise of its own.
fn engaged(f: &Facts, e: &EventFacts) -> bool {
    // The other side's message that crossed the motion engaged too late,
    // whatever it says (its words are an answer, a promise).
    let theirs = f.by_other_side(e);
    e.counted
        && (e.two_way
            || theirs
            || e.ev
                .follow_up
                .as_ref()
                .is_some_and(|fu| f.side_of(&fu.promised_by) != Some(f.movant))
            || e.ev.items.iter().any(|d| e.answer_on(d)))
        && !(theirs && crossed_the_motion(f, e))
}

#[cfg(test)]
mod tests {
    use super::{gave_fair_time, last_fair_day};
    use jiff::civil::date;

    /// The day found directly is the one a day-by-day search finds: the
    /// latest day that still gives the fair time, over holidays, weekends
    /// and year ends.
    #[test]
    fn the_last_fair_day_is_the_latest_that_gives_fair_time() {
        let mut day = date(2019, 12, 1);
        while day < date(2027, 2, 1) {
            for n in 0..8 {
                let mut d = day;
                let searched = loop {
                    if gave_fair_time(d, n, day) {
                        break d;
                    }
                    d = d.yesterday().expect("a day");
                };
                assert_eq!(last_fair_day(n, day), Some(searched), "{day} {n}");
            }
            day = day.tomorrow().expect("a day");
        }
    }
}
