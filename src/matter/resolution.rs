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
///
/// With more than one party on the other sides, each party's latest
/// discussion counts: a request a pro se co-defendant settled while the
/// other defendant's counsel stood at an impasse on it is not settled
/// (certificate review 162). A discussion that reaches none of them by name
/// (no participant on the other sides) counts for each.
pub fn settled_among<'a>(
    m: &Matter,
    item: &DisputedItem,
    events: impl IntoIterator<Item = &'a ConferralEvent>,
) -> Option<Date> {
    last_state(m, item, events).and_then(|(day, _, settled)| settled.then_some(day))
}

/// The latest discussion of `item` among `events` (its day, time, and
/// whether it settled the request), as `settled_among` reads it: with
/// several parties on the other sides, not settled unless each party's
/// latest discussion settled it, and then the latest of those.
pub fn last_state<'a>(
    m: &Matter,
    item: &DisputedItem,
    events: impl IntoIterator<Item = &'a ConferralEvent>,
) -> Option<(Date, Option<jiff::civil::Time>, bool)> {
    type Last = Option<(Date, Option<jiff::civil::Time>, bool)>;
    let later = |last: &Last, ev: &ConferralEvent| {
        last.is_none_or(|(day, time, _)| (ev.date, ev.time) >= (day, time))
    };
    let movant = m.motion.movant;
    let others: Vec<&str> = m
        .parties
        .iter()
        .filter(|p| p.side != movant)
        .map(|p| p.id.as_str())
        .collect();
    let mut overall: Last = None;
    let mut each: Vec<Last> = vec![None; others.len()];
    for ev in events {
        if item.response.is_some_and(|r| ev.date < r) {
            continue;
        }
        for d in ev.items.iter().filter(|d| d.item == item.id) {
            let state = Some((ev.date, ev.time, settles(m, ev, d)));
            if later(&overall, ev) {
                overall = state;
            }
            if others.len() > 1 {
                // The party itself, or its counsel, made or took part in it.
                let reached: Vec<bool> = others
                    .iter()
                    .map(|p| {
                        ev.participants
                            .iter()
                            .chain(std::iter::once(&ev.initiated_by))
                            .any(|id| m.acts_for(id, p))
                    })
                    .collect();
                let none = !reached.contains(&true);
                for (last, &hit) in each.iter_mut().zip(&reached) {
                    if (none || hit) && later(last, ev) {
                        *last = state;
                    }
                }
            }
        }
    }
    if others.len() <= 1 || !overall.is_some_and(|(_, _, settled)| settled) {
        return overall;
    }
    // Settled only if every party that discussed it settled it.
    if each.iter().flatten().all(|(_, _, settled)| *settled) {
        overall
    } else {
        overall.map(|(day, time, _)| (day, time, false))
    }
}
