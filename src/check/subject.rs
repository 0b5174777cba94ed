//! A conversation whose record contradicts what it is recorded as taking up.
//!
//! `subject` says a call took up only scheduling, or another matter; the
//! checker then counts it as no conference on the requests it lists. If the
//! same entry also records one of those requests resolved, narrowed or at
//! impasse, the record says two things, and the certificate would print both:
//! a call "about scheduling only" followed by "Request No. 3 remains at
//! impasse". A certificate is a representation to the court, so this is not
//! law but a fact about the record the user must settle, like a character
//! the font cannot draw. (A promise or a position may sit with scheduling: a
//! call that gave more time records who promised what by when.)

use super::{Finding, Step, Target};
use crate::court::Severity;
use crate::matter::{Matter, Outcome, Subject};

pub(crate) const CODE: &str = "SUBJECT-CONTRADICTED";

/// One finding per conversation recorded as not about the requests that
/// records a kept request's dispute settled or joined.
pub(crate) fn contradicted(matter: &Matter) -> Vec<Finding<'static>> {
    let mut out = Vec::new();
    for ev in &matter.conferrals {
        // Read only of conversations: on a message the field is ignored.
        if !(ev.method.is_live() && Subject::not_the_requests(ev.subject)) {
            continue;
        }
        let mut said: Vec<String> = Vec::new();
        for d in &ev.items {
            if !matches!(
                d.outcome,
                Outcome::Resolved | Outcome::Narrowed | Outcome::Impasse
            ) {
                continue;
            }
            let Some(item) = matter.item_by_id(&d.item).filter(|i| !i.dropped) else {
                continue;
            };
            said.push(format!("{} {}", item.label.trim(), d.outcome.label()));
        }
        if said.is_empty() {
            continue;
        }
        let what = match ev.subject {
            Some(Subject::Scheduling) => {
                "as taking up only scheduling (setting or moving the conference, or more time)"
            }
            _ => "as about another case or other discovery",
        };
        out.push(Finding {
            code: CODE,
            severity: Severity::Blocker,
            message: format!(
                "{} is recorded {what}, yet it records {}: the certificate would say both.",
                crate::text::capitalize(&ev.describe()),
                crate::text::join_and(&said),
            ),
            rule: None,
            authorities: std::sync::Arc::new([]),
            target: Target::element(Step::Conferrals, &ev.id, Some("subject")),
            also: Vec::new(),
            fix: "If the conversation discussed those requests, set \u{201c}What the conversation \
                  took up\u{201d} to \u{201c}The disputed requests\u{201d}; if it did not, set \
                  their outcome to \u{201c}Raised\u{201d}."
                .to_string(),
        });
    }
    out
}
