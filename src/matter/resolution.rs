//! Whether the sides settled a request. One rule for the checker, the
//! certificate and the letter, so that what the motion is still about never
//! differs between the verdict, the certificate and the letter.

use jiff::civil::Date;

use super::{ConferralEvent, DisputedItem, ItemDiscussion, Matter, Outcome};

/// The discussion ended with the request resolved, and the resolution did
/// not rest on a promise the other side has since broken: a promise made at
/// that contact by someone not on the movant's side, recorded `kept: false`,
/// reopens it, unless the contact ties the promise to other requests (those
/// it records with the outcome `follow_up`). The movant's own broken promise
/// does not reopen what the other side agreed to (FOLLOW-UP-NOT-CHASED
/// reports that promise).
pub fn settles(m: &Matter, ev: &ConferralEvent, d: &ItemDiscussion) -> bool {
    let broken_by_them = ev.follow_up.as_ref().is_some_and(|fu| {
        fu.kept == Some(false) && m.side_of(&fu.promised_by) != Some(m.motion.movant)
    });
    let promise_is_elsewhere = ev.items.iter().any(|x| x.outcome == Outcome::FollowUp);
    d.outcome == Outcome::Resolved && (!broken_by_them || promise_is_elsewhere)
}

/// The day `item` was settled, when its latest discussion among `events`
/// settled it. A discussion dated before the request's response came is
/// not about that response and is passed over; among discussions at the
/// same date and time, the later in `events` is the latest.
pub fn settled_among<'a>(
    m: &Matter,
    item: &DisputedItem,
    events: impl IntoIterator<Item = &'a ConferralEvent>,
) -> Option<Date> {
    let mut last: Option<(Date, Option<jiff::civil::Time>, bool)> = None;
    for ev in events {
        if item.response.is_some_and(|r| ev.date < r) {
            continue;
        }
        for d in ev.items.iter().filter(|d| d.item == item.id) {
            if last.is_none_or(|(day, time, _)| (ev.date, ev.time) >= (day, time)) {
                last = Some((ev.date, ev.time, settles(m, ev, d)));
            }
        }
    }
    last.and_then(|(day, _, settled)| settled.then_some(day))
}
