//! A request recorded as never answered that quotes an answer.
//!
//! `no_response: true` says nothing at all was served on the request, and
//! the checks read the record as a complete default: a documented,
//! unanswered attempt may then stand as the attempt to confer. A
//! `response_text` quotes the response as served. Both cannot be true, and
//! each paper would tell a different one: the letter and the motion's
//! quotation follow the recorded `no_response`, while a court reading the
//! quoted response would see a default that was not one (review 349). As
//! with `subject`, this is not law but a fact about the record the user must
//! settle.

use super::{Finding, Step, Target};
use crate::court::Severity;
use crate::matter::Matter;

pub(crate) const CODE: &str = "RESPONSE-CONTRADICTED";

/// One finding per request the motion raises that is recorded both as never
/// answered and with the words of its response.
pub(crate) fn contradicted(matter: &Matter) -> Vec<Finding<'static>> {
    matter
        .items
        .iter()
        .filter(|i| !i.dropped && i.no_response == Some(true) && !i.response_text.trim().is_empty())
        .map(|i| Finding {
            code: CODE,
            severity: Severity::Blocker,
            message: format!(
                "{} is recorded as never answered (\u{201c}No response was served at all\u{201d}), \
                 yet its response as served is quoted: the papers cannot tell both, and a \
                 complete default changes what the checks accept as an attempt to confer.",
                crate::text::capitalize(i.label.trim()),
            ),
            rule: None,
            authorities: std::sync::Arc::new([]),
            target: Target::element(Step::Items, &i.id, Some("no_response")),
            also: Vec::new(),
            fix: "If a response was served, untick \u{201c}No response was served at all\u{201d} \
                  and enter the day it was served; if none was, clear the quoted response."
                .to_string(),
        })
        .collect()
}
