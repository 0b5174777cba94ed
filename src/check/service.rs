//! A motion served before it is filed: where the court has a motion to
//! compel served on the other side, the opposition and reply served, and
//! only then the conference held and the papers filed (D. Md. L.R. 104.8,
//! as G. W. Aru v. W. R. Grace, D. Md. 2023, describes it: "Only after this
//! exchange may the requesting party file the papers with the Court"), a
//! conference before the motion was served is not the one the rule asks
//! for. Induction Therapies v. Ingenes (D. Md. 2023) denied a motion whose
//! only conference was a call on the day the motion was served.

use super::Emit;
use super::facts::Facts;
use super::finding::{Step, Target};
use crate::court::Severity;
use crate::matter::MotionKind;
use crate::text::long_date;

/// Reads the recorded day of service (`motion.served`) against the log:
/// a blocker when no conference on the requests came after it, or after
/// the opposition or the reply, where their days are recorded (the
/// conference comes once all the papers are served). Unrecorded,
/// it is at risk, not a warning: the check cannot see the order of events,
/// and a record that leaves it out reads the same as Induction Therapies'
/// (a conference on or before the day of service), which was denied; Ready
/// is a promise the check could not keep.
pub(super) fn confer_after_service(f: &Facts, out: &mut Emit) {
    if f.matter.motion.kind != MotionKind::Compel {
        return;
    }
    let Some(served) = f.matter.motion.served else {
        out.push_at(
            Severity::AtRisk,
            Target::element(Step::Court, "motion", Some("served")),
            "This court has a motion to compel served on the other side first; the opposition and reply are served, and only then do counsel hold the conference and file the papers. The day the motion was served is not recorded, so the check cannot see that the conference came after it; this court has denied a motion whose only conference came on the day of service.".into(),
            "Enter the day you served (or will serve) the motion as \"Motion served on\", and the day you will file the papers, after the conference, as the planned filing date.".into(),
        );
        return;
    };
    // The last of the papers recorded: the conference follows it.
    let motion = &f.matter.motion;
    let (paper, day, field) = [
        (
            "the opposition",
            motion.opposition_served,
            "opposition_served",
        ),
        ("the reply", motion.reply_served, "reply_served"),
    ]
    .into_iter()
    .filter_map(|(paper, day, field)| Some((paper, day?, field)))
    .filter(|(_, day, _)| *day > served)
    .max_by_key(|(_, day, _)| *day)
    .unwrap_or(("the motion", served, "served"));
    if !f.events.iter().any(|e| e.accepted && e.ev.date > day) {
        let target = Target::element(Step::Court, "motion", Some(field));
        let told = if paper == "the motion" {
            format!("The motion was served on {}", long_date(day))
        } else {
            format!(
                "The motion was served on {}, and {paper} on {}",
                long_date(served),
                long_date(day)
            )
        };
        out.push(
            target,
            format!(
                "{told}, and no conference on the requests is logged after that day. This court has counsel confer after the motion, the opposition and the reply are served, and only then file the papers; a conference before or on the day {paper} was served is not that conference."
            ),
            "Once the opposition and reply have been served, confer with opposing counsel in person, by video or by telephone on each request still in dispute, log it, and file only if the dispute remains.".into(),
        );
    }
}
