//! Whether the other side's "position" recorded on a contact says that it
//! refused to confer.
//!
//! Courts accept an express refusal to confer in place of a conference
//! (Jenkins v. Miller, D. Vt. 2024; White v. Relay Resources, W.D. Wash.
//! 2020), and a file records one with `reply: "refused"`. A file written
//! before `reply` existed could say so only in words, as the other side's
//! position ("Refused to meet and confer", "Defense counsel declined to
//! discuss the requests"). Such words are read, but only when the whole text
//! is one plain refusal to confer: who refused (optional), a refusal
//! ("refused to", "declined to", "would not", "will not", "was unwilling
//! to"), and conferring as its object ("meet and confer", "confer", "meet",
//! "discuss the requests", "talk", "participate in a conference"), with an
//! optional means or time ("by telephone", "in person", "further", "before
//! the motion"). A refusal of something else ("refused to produce the
//! documents"), a second clause ("would confer only by email"), or a
//! condition ("until the stay is lifted") is not read: the stricter reading.

use super::ItemDiscussion;

impl ItemDiscussion {
    /// The other side's recorded position is a plain refusal to confer.
    pub fn records_a_refusal(&self) -> bool {
        says_refused_to_confer(&self.opponent_position)
    }
}

/// Who refused, dropped from the front.
const WHO: &[&str] = &[
    "counsel",
    "opposing",
    "defense",
    "defence",
    "defendant",
    "defendants",
    "plaintiff",
    "plaintiffs",
    "s",
    "the",
    "other",
    "side",
    "he",
    "she",
    "they",
    "it",
    "pro",
    "se",
    "party",
];

/// Words allowed before the refusal.
const ADVERB: &[&str] = &["expressly", "flatly", "simply", "again", "also", "outright"];

/// The refusal: the words that must follow who refused.
const REFUSAL: &[&[&str]] = &[
    &["refused", "to"],
    &["refuses", "to"],
    &["declined", "to"],
    &["declines", "to"],
    &["would", "not"],
    &["will", "not"],
    &["did", "not", "agree", "to"],
    &["does", "not", "agree", "to"],
    &["was", "unwilling", "to"],
    &["is", "unwilling", "to"],
    &["were", "unwilling", "to"],
    &["are", "unwilling", "to"],
];

/// Conferring: the refusal's object.
const CONFER: &[&[&str]] = &[
    &["meet", "and", "confer"],
    &["confer"],
    &["meet"],
    &["talk"],
    &["speak"],
    &["discuss"],
    &["participate", "in"],
    &["schedule"],
];

/// Words that may follow the object: what was not to be discussed, the
/// meeting refused, its means, its time.
const TAIL: &[&str] = &[
    "the",
    "a",
    "any",
    "these",
    "this",
    "those",
    "them",
    "it",
    "its",
    "their",
    "our",
    "with",
    "us",
    "movant",
    "counsel",
    "plaintiff",
    "plaintiffs",
    "defendant",
    "defendants",
    "s",
    "requests",
    "request",
    "discovery",
    "dispute",
    "disputes",
    "issues",
    "issue",
    "deficiencies",
    "matter",
    "motion",
    "responses",
    "objections",
    "meet",
    "and",
    "confer",
    "conference",
    "conferences",
    "call",
    "meeting",
    "further",
    "at",
    "all",
    "by",
    "telephone",
    "phone",
    "in",
    "person",
    "or",
    "video",
    "before",
    "filing",
    "about",
    "on",
    "regarding",
    "concerning",
    "either",
    "any",
    "time",
];

/// Whether `text` is one plain refusal to confer.
pub(crate) fn says_refused_to_confer(text: &str) -> bool {
    // Most positions say nothing of the kind: stop before allocating unless
    // a word that could carry a refusal is present.
    const CARRIERS: &[&str] = &[
        "refused",
        "refuses",
        "declined",
        "declines",
        "not",
        "unwilling",
    ];
    if !text
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| CARRIERS.iter().any(|c| w.eq_ignore_ascii_case(c)))
    {
        return false;
    }
    // One statement: a second clause or sentence may limit it.
    let body = text.trim().trim_end_matches(['.', '!']);
    if body.contains([';', '.', ':', '?', '(']) || body.contains(" but ") {
        return false;
    }
    let lower = body.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut rest = &words[..];
    while let Some((first, after)) = rest.split_first() {
        if WHO.contains(first) || ADVERB.contains(first) {
            rest = after;
        } else {
            break;
        }
    }
    let Some(after_refusal) = REFUSAL.iter().find_map(|r| rest.strip_prefix(*r)) else {
        return false;
    };
    let Some(tail) = CONFER.iter().find_map(|c| after_refusal.strip_prefix(*c)) else {
        return false;
    };
    tail.iter().all(|w| TAIL.contains(w))
}

#[cfg(test)]
mod tests {
    use super::says_refused_to_confer;

    #[test]
    fn plain_refusals_to_confer_are_read() {
        for t in [
            "Refused to meet and confer.",
            "Refused to confer",
            "Defense counsel declined to meet and confer.",
            "Opposing counsel refused to discuss the requests.",
            "Would not confer by telephone or in person.",
            "Plaintiff expressly refused to participate in a meet and confer conference.",
            "Will not meet and confer before the motion.",
            "Was unwilling to discuss the discovery at all.",
            "Declined to schedule a call.",
            "Refused to talk with us about the deficiencies.",
        ] {
            assert!(says_refused_to_confer(t), "{t:?} should read as a refusal");
        }
    }

    #[test]
    fn anything_else_is_not_a_refusal() {
        for t in [
            "Refused to produce the documents.",
            "Refused to vacate the deposition.",
            "Would not meet in person or by teleconference; would confer only by email.",
            "Refused to confer until the stay is lifted.",
            "Declined to discuss Interrogatory 4, which it says is settled.",
            "Would not produce the expert's files in Excel format.",
            "Will not supplement.",
            "Refused to meet and confer, but offered a written response.",
            "Objections maintained.",
            "Agreed to confer next week.",
            "Not refused to confer.",
            "",
        ] {
            assert!(
                !says_refused_to_confer(t),
                "{t:?} should not read as a refusal"
            );
        }
    }
}
