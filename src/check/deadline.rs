//! Motion-filing deadlines that run from the response (or default) date.

use jiff::civil::Date;

use super::Emit;
use super::facts::Facts;
use super::finding::{Step, Target};
use crate::calendar::period_end;
use crate::court::{LateMotion, Severity};
use crate::matter::DisputedItem;
use crate::text::long_date;

const COUNTING: &str = "counted under Fed. R. Civ. P. 6(a) with federal holidays; a state holiday or a day the court was closed could extend it";

pub(super) fn motion_deadline(
    f: &Facts,
    days: u32,
    warn_days: u32,
    late: LateMotion,
    from_default: bool,
    out: &mut Emit,
) {
    // Items served together share a deadline: one finding per deadline, not
    // forty identical ones.
    let mut groups: Vec<(Date, Date, Vec<&DisputedItem>)> = Vec::new();
    // Requests are mostly served and answered together: the period is
    // counted once per response date, not once per request.
    let mut counted: Option<(Date, Date)> = None;
    // Only what the motion raises: neither dropped nor settled.
    for (item, _) in f.kept_items() {
        if let Some(set) = item.motion_deadline {
            // The court set the deadline itself: count nothing.
            let response = item.response.unwrap_or(set);
            match groups.iter_mut().find(|g| g.0 == response && g.1 == set) {
                Some(g) => g.2.push(item),
                None => groups.push((response, set, vec![item])),
            }
            continue;
        }
        // A rule that counts from a response received does not run for a
        // request nothing was served on (see `CheckKind::MotionDeadline`).
        if !from_default && item.defaulted_in(f.matter.motion.kind, f.owing()) {
            continue;
        }
        let Some(response) = item.response else {
            out.push_at(
                Severity::Note,
                Target::element(Step::Items, &item.id, Some("response")),
                format!("{} has no response or default date, so its {days}-day motion deadline cannot be counted.", item.label),
                format!("Enter the date the response to {} was served (or was due, if none came).", item.label),
            );
            continue;
        };
        let deadline = match counted {
            Some((from, to)) if from == response => to,
            _ => {
                let to = period_end(response, days);
                counted = Some((response, to));
                to
            }
        };
        match groups
            .iter_mut()
            .find(|g| g.0 == response && g.1 == deadline)
        {
            Some(g) => g.2.push(item),
            None => groups.push((response, deadline, vec![item])),
        }
    }
    // Where the motion is served before it is filed (D. Md. L.R. 104.8, the
    // clerk's page: the movant "must serve a motion to compel within thirty
    // days"), the period runs to the day of service when it is recorded.
    let (made, filed) = match f.matter.motion.served {
        Some(served) => (served, "Serving"),
        None => (f.filing, "Filing"),
    };
    for (response, deadline, items) in groups {
        let target = Target::element(Step::Items, &items[0].id, Some("response"));
        let labels = label_list(&items);
        if made > deadline {
            let (consequence, fix) = match late {
                LateMotion::Waived => (
                    "and the objection may be waived unless the court extends the time for good cause",
                    "Move promptly for an extension of time for good cause, or drop these items from the motion.",
                ),
                LateMotion::Diligence => (
                    "and the court may deny the motion as untimely unless the movant shows diligence in attempting to resolve this specific dispute",
                    "Show in the motion, with dates, the diligence of your efforts to resolve this dispute (the conferral log is that record), or drop these items.",
                ),
            };
            out.push(
                target,
                format!(
                    "{labels}: the response or default date is {}, so the {days}-day period to file the motion ended {} ({COUNTING}). {filed} on {} is late, {consequence}.",
                    long_date(response),
                    long_date(deadline),
                    long_date(made)
                ),
                fix.into(),
            );
            out.also(&items[1..]);
        } else if (deadline - f.today).get_days() <= warn_days as i32 && made >= f.today {
            // Only while the motion is still to be filed; a filing date
            // already inside the deadline needs no warning.
            let conferred = f.kept_items().all(|(_, i)| i.accepted);
            let fix = if conferred {
                "File by the deadline; if more time is needed, move for an extension before it runs."
            } else {
                "Confer now, leaving time to follow up before the deadline; if more time is needed, move for an extension before it runs."
            };
            out.push_at(
                Severity::Warning,
                target,
                format!("{labels}: the motion must be filed by {} ({COUNTING}). Conferring does not stop the clock.", long_date(deadline)),
                fix.into(),
            );
            out.also(&items[1..]);
        }
    }
}

/// "Interrogatory No. 4", "Interrogatory No. 4 and RFP No. 2", or for many
/// items "Interrogatory No. 1 and 39 other items".
fn label_list(items: &[&DisputedItem]) -> String {
    match items {
        [first, _, _, _, _, ..] => format!("{} and {} other items", first.label, items.len() - 1),
        _ => crate::text::join_and(&items.iter().map(|i| i.label.as_str()).collect::<Vec<_>>()),
    }
}
