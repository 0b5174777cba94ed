//! A person or request the certificate names, with no name in the record.
//!
//! The certificate names every counsel who took part in a step, signs or
//! endorses it, and the caption names every party. A blank name prints as a
//! gap ("sent a letter to , counsel for Defendant"; "A conference was held
//! … between Jane Roe and ."), and in a court whose rule asks for the names
//! of those who conferred (N.D. Tex. L. Civ. R. 7.1(b)) the certificate
//! then fails the rule's own words. Like a character the font cannot draw,
//! this is a fact about the record the user must settle, not law.

use super::{Finding, Step, Target};
use crate::court::Severity;
use crate::matter::Matter;

pub(crate) const CODE: &str = "NAME-MISSING";

/// One finding per counsel or party whose name is blank.
pub(crate) fn unnamed(matter: &Matter) -> Vec<Finding<'static>> {
    let mut out = Vec::new();
    let party_name = |id: &str| {
        matter
            .party_by_id(id)
            .map(|p| p.name.trim())
            .filter(|n| !n.is_empty())
    };
    for c in matter.counsel.iter().filter(|c| c.name.trim().is_empty()) {
        let of: Vec<&str> = c
            .represents
            .iter()
            .filter_map(|id| party_name(id))
            .collect();
        let who = if of.is_empty() {
            "A counsel in the record".to_string()
        } else {
            format!("The counsel for {}", crate::text::join_and(&of))
        };
        out.push(blank(
            format!(
                "{who} has no name: the certificate would print a blank wherever it names them."
            ),
            Target::element(Step::Parties, &c.id, Some("name")),
            "Type the attorney's name as it should appear on the certificate.",
        ));
    }
    for (n, p) in matter.parties.iter().enumerate() {
        if p.name.trim().is_empty() {
            out.push(blank(
                format!(
                    "Party {} ({}) has no name: the caption and the certificate would print a blank.",
                    n + 1,
                    p.side.label()
                ),
                Target::element(Step::Parties, &p.id, Some("name")),
                "Type the party's name as it appears in the caption.",
            ));
        }
    }
    // A request the motion keeps, with no name: every message, the
    // certificate and the motion's list would name it as a blank ("Confer
    // on these first: .", newcomer review 345). One dropped is not printed.
    for (n, it) in matter.items.iter().enumerate() {
        if !it.dropped && it.label.trim().is_empty() {
            out.push(blank(
                format!(
                    "Request {} has no name: the certificate and every message about it would print a blank.",
                    n + 1
                ),
                // The request as a whole: the app's box for its name is
                // the one that answers for the request (and Go to focuses it).
                Target::element(Step::Items, &it.id, None),
                "Type the request as the motion names it, e.g. \u{201c}Interrogatory No. 4\u{201d}, or remove it.",
            ));
        }
    }
    out
}

/// The caption with no case number: the certificate prints a blank line
/// where the court's clerk and the judge look first (review 347: such a
/// record read "Ready to file" without a word). A warning, not a blocker:
/// the verdict is about the conferral, and a record kept before the case
/// was numbered is still checked.
pub(crate) fn case_number_missing(matter: &Matter) -> Option<Finding<'static>> {
    matter
        .caption
        .case_number
        .trim()
        .is_empty()
        .then(|| Finding {
            code: "CASE-NUMBER-MISSING",
            severity: Severity::Warning,
            message:
                "The caption has no case number: the certificate would print a blank line for it."
                    .into(),
            rule: None,
            authorities: std::sync::Arc::new([]),
            target: Target::step(Step::Case),
            also: Vec::new(),
            fix: "Type the case number as the docket shows it, e.g. \u{201c}2:26-cv-01234\u{201d}."
                .into(),
        })
}

fn blank(message: String, target: Target, fix: &str) -> Finding<'static> {
    Finding {
        code: CODE,
        severity: Severity::Blocker,
        message,
        rule: None,
        authorities: std::sync::Arc::new([]),
        target,
        also: Vec::new(),
        fix: fix.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caption_with_no_case_number_is_a_warning() {
        let mut m = crate::app::document::empty_matter();
        m.caption.case_number = " ".into();
        let f = case_number_missing(&m).expect("a warning");
        assert_eq!(f.severity, Severity::Warning);
        assert_eq!(f.target.step, Step::Case);
        m.caption.case_number = "2:26-cv-01234".into();
        assert!(case_number_missing(&m).is_none());
    }

    #[test]
    fn a_kept_request_with_no_name_is_a_blocker_and_a_dropped_one_is_not() {
        let mut m = crate::app::document::empty_matter();
        m.items.push(crate::matter::DisputedItem::new(
            "rog-1".into(),
            "Interrogatory No. 1".into(),
        ));
        m.items.push(crate::matter::DisputedItem::new(
            "rog-2".into(),
            "  ".into(),
        ));
        let f = unnamed(&m);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(
            f[0].message.starts_with("Request 2 has no name"),
            "{}",
            f[0].message
        );
        assert_eq!(f[0].target.id.as_deref(), Some("rog-2"));
        assert_eq!(f[0].target.field, None);
        assert_eq!(f[0].severity, Severity::Blocker);
        m.items[1].dropped = true;
        assert!(unnamed(&m).is_empty());
    }

    #[test]
    fn a_blank_counsel_or_party_name_is_a_blocker_naming_the_field() {
        let mut m = crate::app::document::empty_matter();
        m.parties.push(crate::matter::Party {
            id: "p1".into(),
            name: "Acme Corp.".into(),
            side: crate::matter::Side::Defendant,
            pro_se: false,
            contact: Default::default(),
        });
        m.parties.push(crate::matter::Party {
            id: "p2".into(),
            name: "  ".into(),
            side: crate::matter::Side::Plaintiff,
            pro_se: true,
            contact: Default::default(),
        });
        m.counsel.push(crate::matter::Counsel::new(
            "c1",
            " ",
            vec!["p1".into()],
            crate::matter::CounselRole::Lead,
        ));
        let f = unnamed(&m);
        assert_eq!(f.len(), 2, "{f:?}");
        assert!(
            f[0].message
                .starts_with("The counsel for Acme Corp. has no name"),
            "{}",
            f[0].message
        );
        assert_eq!(f[0].target.field, Some("name"));
        assert!(
            f[1].message.starts_with("Party 2 (Plaintiff) has no name"),
            "{}",
            f[1].message
        );
        assert!(f.iter().all(|f| f.severity == Severity::Blocker));
        m.counsel[0].name = "Jane Roe".into();
        m.parties[1].name = "Willie Brown".into();
        assert!(unnamed(&m).is_empty());
    }
}
