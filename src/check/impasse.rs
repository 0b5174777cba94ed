//! Why agreement could not be reached.
//!
//! N.D. Tex. L. Civ. R. 7.1(b)(2): "If a motion is opposed, the certificate
//! must state that a conference was held, indicate the date of conference
//! and the identities of the attorneys conferring, and explain why agreement
//! could not be reached." A certificate that gives the date and the names
//! and then says only that the motion is opposed, or that the sides reached
//! an impasse, does not do the last. The composed certificate explains it
//! with the other side's last stated position on each request still in
//! dispute; a statement the user wrote must explain it in its own words.
//!
//! A court whose rule says this lists it in the `particularity` check's
//! `reasons_under`; the test is of the words, not of the law, so it is kept
//! apart from the other particulars.

use super::facts::Facts;

/// Words that give a reason or a side's ground: a position held ("maintains
/// its objections", "contends"), a ground ("because", "overbroad",
/// "privileged", "not relevant"), or what the other side would not do
/// ("refused to search more than three custodians", "declined"). Matched as
/// the start of a word, so "objection" and "objected" both count.
const REASON: &[&str] = &[
    "because",
    "ground",
    "basis",
    "maintain",
    "object",
    "contend",
    "position",
    "believe",
    "assert",
    "argu",
    "insist",
    "relevan",
    "irrelevan",
    "overbroad",
    "overly",
    "burden",
    "privilege",
    "proportional",
    "disproportional",
    "confidential",
    "proprietary",
    "disagree",
    "refus",
    "declin",
    "reject",
    "scope",
    "undue",
    "premature",
    "duplicative",
    "cumulative",
    "vague",
    "ambiguous",
    "harass",
    "protected",
    "possession",
    "custod",
    "entitled",
    "discoverable",
];

/// Phrases that say why where no single word does: "would not produce",
/// "will not answer", "does not have".
const REASON_PHRASES: &[&str] = &[
    "will not",
    "would not",
    "won't",
    "wouldn't",
    "does not have",
    "do not have",
    "did not have",
    "cannot produce",
    "could not produce",
    "already produced",
    "work product",
    "trade secret",
    "in light of",
    "given that",
];

/// The motion is opposed, as the composed certificate decides it: a request
/// the motion keeps is still in dispute, or the record lists none.
pub(super) fn opposed(f: &Facts) -> bool {
    f.matter.items.is_empty() || f.kept_items().next().is_some()
}

/// A statement (the user's own certification, or their rewrite of the
/// opposed-or-unopposed paragraph) that gives no reason the sides could not
/// agree. A statement that calls the motion unopposed is not asked for one.
pub(super) fn unexplained(statement: &str) -> Option<String> {
    let lower = statement.to_lowercase();
    if lower.contains("unopposed") {
        return None;
    }
    let gives_reason = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .any(|w| REASON.iter().any(|r| w.starts_with(r)))
        || REASON_PHRASES.iter().any(|p| lower.contains(p));
    (!gives_reason).then(|| UNEXPLAINED.to_string())
}

/// What `unexplained` says of a statement that gives no reason.
pub(super) const UNEXPLAINED: &str = "does not explain why agreement could not be reached, which the rule asks of a certificate for an opposed motion";

/// The requests the motion keeps on which no contact the certificate
/// describes records the other side's position: the composed certificate
/// explains why agreement could not be reached with those positions, so
/// when there is none at all it cannot explain it. `None` when at least one
/// position is recorded (the certificate then gives a reason).
pub(super) fn no_position_recorded<'m>(f: &Facts<'m>) -> Option<Vec<&'m str>> {
    let labels: Vec<&'m str> = f
        .kept_items()
        .map(|(item, _)| item.label.as_str())
        .collect();
    let positioned = f.kept_items().any(|(item, _)| {
        f.matter
            .conferrals
            .iter()
            .filter(|e| f.matter.certifiable(e, f.today))
            .flat_map(|e| e.items.iter())
            .any(|d| d.item == item.id && !d.opponent_position.trim().is_empty())
    });
    (!labels.is_empty() && !positioned).then_some(labels)
}

#[cfg(test)]
mod tests {
    use super::unexplained;

    #[test]
    fn a_reason_in_any_common_form_is_read() {
        for s in [
            "Defendant maintains its objections to Interrogatory No. 4.",
            "Mr. Doe said the request is overbroad.",
            "Counsel refused to search more than three custodians.",
            "Defendant will not produce the 2022 records because they are not relevant.",
            "Defendant contends the documents are privileged.",
            "The parties disagree about the scope of Request No. 12.",
            "The motion is unopposed.",
        ] {
            assert_eq!(unexplained(s), None, "{s}");
        }
    }

    #[test]
    fn an_impasse_or_a_bare_opposed_is_no_reason() {
        for s in [
            "On March 10, 2026, Jane Roe conferred by telephone with John Doe about Interrogatory No. 4 and reached an impasse.",
            "Jane Roe and John Doe conferred on March 10, 2026. Agreement could not be reached.",
            "Counsel conferred on March 10, 2026, and the parties could not agree.",
        ] {
            assert!(unexplained(s).is_some(), "{s}");
        }
    }
}
