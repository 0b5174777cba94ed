//! Check kinds about the order and timing of conferral steps.

use super::Emit;
use super::facts::Facts;
use super::finding::{Step, Target};
use crate::court::Severity;
use crate::text::long_date;

/// A letter from the movant naming every disputed request (with its
/// position) came first, and the conference followed within `days` days.
pub(super) fn letter_then_conference(f: &Facts, days: u32, out: &mut Emit) {
    let all_items: Vec<&str> = f.matter.items.iter().map(|i| i.id.as_str()).collect();
    let is_letter = |e: &&super::facts::EventFacts| {
        e.counted
            && e.by_movant
            && e.ev.method.is_written()
            && all_items.iter().all(|id| {
                e.ev.items
                    .iter()
                    .any(|d| d.item == *id && !d.movant_position.trim().is_empty())
            })
    };
    // The conference being certified is the last one; the letter must come
    // before it (an earlier informal call does not matter).
    // The last conference on the motion's requests: a recent call about
    // other discovery does not freshen a year-old conference on these.
    let Some(last) = f.live_on_motion().last() else {
        return; // no conference: the live-conferral check says so
    };
    let Some(letter) = f
        .events
        .iter()
        .rev()
        .filter(is_letter)
        .find(|l| l.ev.date <= last.ev.date)
    else {
        out.push(
            Target::step(Step::Conferrals),
            "No letter from the movant identifying each disputed request, with the movant's position on it, is logged before the conference. The meet-and-confer letter comes first.".into(),
            "Log the meet-and-confer letter: check every disputed request in it and record your position on each.".into(),
        );
        return;
    };
    // The conference that answered the letter: the first one on or after it.
    let conf = f
        .events
        .iter()
        .find(|e| e.counted && e.two_way && e.ev.date >= letter.ev.date)
        .unwrap_or(last);
    let gap = (conf.ev.date - letter.ev.date).get_days();
    if gap > days as i32 {
        out.push_at(
            Severity::Warning,
            Target::element(Step::Conferrals, &conf.ev.id, Some("date")),
            format!(
                "The conference ({}) came {gap} days after the letter of {}; the other side must confer within {days} days of the letter. If it did not, record that in the log.",
                long_date(conf.ev.date),
                long_date(letter.ev.date)
            ),
            format!("Note in the log whether the other side failed to confer within {days} days of your letter."),
        );
    }
}

/// The last live conference should not be months before the motion.
pub(super) fn stale(f: &Facts, days: u32, out: &mut Emit) {
    // The last word on the motion's requests: the movant's last attempt
    // after the last conference on them (it was still trying to confer),
    // else that conference. Unanswered attempts that old are no fresher
    // than a conference would be, and a recent call about other discovery
    // freshens nothing. Both lists are in log order.
    let conference = f.live_on_motion().last();
    // After a conference, later attempts keep the record fresh only when
    // they stand by themselves as an attempt to confer (the court's measure
    // of attempts, unanswered, or a refusal): one letter after a meeting a
    // year old is no fresh conferral (American Motorists, N.D. Ind. 2005,
    // held a meeting over a year old did not comply; one letter alone is no
    // reasonable effort either).
    let refreshes = conference.is_none() || f.excuse.holds();
    let attempt = super::attempts::tries(f)
        .filter(|a| refreshes && conference.is_none_or(|c| a.ev.date > c.ev.date))
        .last();
    let (last, what, that_old, fix) = match (attempt, conference) {
        (Some(e), _) => (e, "attempt to confer", "An attempt", "Try again to confer"),
        (None, Some(e)) => (e, "conference", "A conference", "Confer again"),
        (None, None) => return,
    };
    let gap = (f.filing - last.ev.date).get_days();
    if gap > days as i32 {
        out.push(
            Target::element(Step::Conferrals, &last.ev.id, Some("date")),
            format!("The last {what} was on {}, {gap} days before filing. {that_old} that old may not reflect the dispute the motion presents.", long_date(last.ev.date)),
            format!("{fix} about the current responses before filing."),
        );
    }
}
