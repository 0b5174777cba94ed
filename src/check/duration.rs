//! A conversation recorded as lasting longer than a working day.
//!
//! The certificate states each call's length ("for 6 hours and 40
//! minutes"), and a lawyer signs it. A length over twelve hours is almost
//! surely a typing slip (400 for 40, or a number pasted into the wrong box:
//! review 349 found 100,000,000 minutes printed as sworn). A warning, not a
//! blocker: a long deposition is real, and the length changes no verdict.

use super::{Finding, Step, Target};
use crate::court::Severity;
use crate::matter::Matter;

pub(crate) const CODE: &str = "DURATION-IMPLAUSIBLE";

/// Longer than any day's conference or deposition: twelve hours.
const MAX_MINUTES: u32 = 12 * 60;

/// One warning per conversation recorded as lasting more than `MAX_MINUTES`.
pub(crate) fn implausible(matter: &Matter) -> Vec<Finding<'static>> {
    matter
        .conferrals
        .iter()
        .filter(|ev| ev.duration_minutes.is_some_and(|m| m > MAX_MINUTES))
        .map(|ev| {
            let minutes = ev.duration_minutes.unwrap_or_default();
            Finding {
                code: CODE,
                severity: Severity::Warning,
                message: format!(
                    "{} is recorded as lasting {minutes} minutes (over {} hours): the certificate \
                     would state that length.",
                    crate::text::capitalize(&ev.describe()),
                    minutes / 60
                ),
                rule: None,
                authorities: std::sync::Arc::new([]),
                target: Target::element(Step::Conferrals, &ev.id, Some("duration_minutes")),
                also: Vec::new(),
                fix: "Check the length in minutes (40, not 400).".to_string(),
            }
        })
        .collect()
}
