//! Motion-filing deadlines that run from the response (or default) date.

use super::Emit;
use super::facts::Facts;
use super::finding::{Step, Target};
use crate::calendar::period_end;
use crate::court::Severity;
use crate::text::long_date;

pub(super) fn motion_deadline(f: &Facts, days: u32, warn_days: u32, out: &mut Emit) {
    let counting = "counted under Fed. R. Civ. P. 6(a) with federal holidays; a state holiday or a day the court was closed could extend it";
    for item in &f.matter.items {
        let Some(response) = item.response else {
            out.push_at(
                Severity::Note,
                Target::element(Step::Items, &item.id, Some("response")),
                format!("{} has no response or default date, so its {days}-day motion deadline cannot be counted.", item.label),
                format!("Enter the date the response to {} was served (or was due, if none came).", item.label),
            );
            continue;
        };
        let deadline = period_end(response, days);
        if f.filing > deadline {
            out.push(
                Target::element(Step::Items, &item.id, Some("response")),
                format!(
                    "{}: the response or default date is {}, so the {days}-day period to file the motion ended {} ({counting}). Filing on {} is late, and the objection may be waived unless the court extends the time for good cause.",
                    item.label,
                    long_date(response),
                    long_date(deadline),
                    long_date(f.filing)
                ),
                "Move promptly for an extension of time for good cause, or drop this item from the motion.".into(),
            );
        } else if (deadline - f.today).get_days() <= warn_days as i32 {
            out.push_at(
                Severity::Warning,
                Target::element(Step::Items, &item.id, Some("response")),
                format!(
                    "{}: the motion must be filed by {} ({counting}). Conferring does not stop the clock.",
                    item.label,
                    long_date(deadline)
                ),
                "Confer now, leaving time to follow up before the deadline; if more time is needed, move for an extension before it runs.".into(),
            );
        }
    }
}
