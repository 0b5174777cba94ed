//! A call that reached no one, recorded as if the other side took part.
//!
//! A voicemail the movant left, or a call of its nobody answered, is told in
//! the certificate as just that ("the call was not answered"). If the same
//! entry records a request resolved or narrowed, or a promise of the other
//! side's, the certificate would go on to tell an agreement or a promise
//! made on a call that reached nobody (review 349: an entry whose method was
//! changed to `unanswered_call` kept its outcomes, and read Ready). As with
//! `subject`, this is not law but a fact about the record the user must
//! settle. (The other side's position may sit on such an entry: "No call
//! back." is how a file records silence. A voicemail the other side left
//! may record anything it said.)

use super::{Finding, Step, Target};
use crate::court::Severity;
use crate::matter::{Matter, Method, Outcome};

pub(crate) const CODE: &str = "UNREACHED-CONTRADICTED";

/// One finding per voicemail or unanswered call of the movant's side that
/// records an agreement on a kept request, or the other side's promise.
pub(crate) fn contradicted(matter: &Matter) -> Vec<Finding<'static>> {
    let mut out = Vec::new();
    let movant = matter.motion.movant;
    for ev in &matter.conferrals {
        if !matches!(ev.method, Method::Voicemail | Method::UnansweredCall)
            || matter.side_of(&ev.initiated_by) != Some(movant)
        {
            continue;
        }
        let mut said: Vec<String> = ev
            .items
            .iter()
            .filter(|d| matches!(d.outcome, Outcome::Resolved | Outcome::Narrowed))
            .filter_map(|d| {
                let item = matter.item_by_id(&d.item).filter(|i| !i.dropped)?;
                Some(format!("{} {}", item.label.trim(), d.outcome.label()))
            })
            .collect();
        if let Some(fu) = &ev.follow_up
            && matter.side_of(&fu.promised_by).is_some_and(|s| s != movant)
        {
            said.push("a promise of the other side's".into());
        }
        if said.is_empty() {
            continue;
        }
        let what = if ev.method == Method::Voicemail {
            "a voicemail left for the other side"
        } else {
            "a call nobody answered"
        };
        out.push(Finding {
            code: CODE,
            severity: Severity::Blocker,
            message: format!(
                "{} is recorded as {what}, yet it records {}: the certificate would tell an \
                 agreement or promise made on a call that reached no one.",
                crate::text::capitalize(&ev.describe()),
                crate::text::join_and(&said),
            ),
            rule: None,
            authorities: std::sync::Arc::new([]),
            target: Target::element(Step::Conferrals, &ev.id, Some("method")),
            also: Vec::new(),
            fix: "If the other side was reached, record the call as a telephone call; if it \
                  was not, set those requests' outcome to \u{201c}Raised\u{201d} and record \
                  any promise on the contact where it was made."
                .to_string(),
        });
    }
    out
}
