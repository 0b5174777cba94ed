//! Whether a conference's own words say the issues were not discussed in
//! detail.
//!
//! Some courts ask for more than a conference: D. Conn. L. Civ. R. 37(a)
//! bars a discovery motion unless counsel "discussed the discovery issues
//! between them in detail". In *Lagnese v. Town of Waterbury* (D. Conn.
//! 2015) one brief call, shortly before the motion, was "no meaningful
//! effort to meet and confer". A record whose words say the requests were
//! "not discussed in detail" does not show what that rule asks for. Where a
//! court's pack asks for detail (`positions_exchanged`, `in_detail`), the
//! checker reads these words; elsewhere they are not read (a brief
//! discussion has been accepted: *Cascade Yarns*, W.D. Wash. 2012).

use super::phrase::{clauses, is_one_of, words};

/// Verbs of discussing that a negation may govern: "not discussed in
/// detail", "did not go into detail", "never addressed them in any detail".
const DISCUSS: &[&str] = &[
    "discuss",
    "discussed",
    "discussing",
    "address",
    "addressed",
    "addressing",
    "go",
    "going",
    "went",
    "gone",
    "get",
    "got",
    "talk",
    "talked",
    "talking",
    "review",
    "reviewed",
    "cover",
    "covered",
    "explore",
    "explored",
    "examine",
    "examined",
    "confer",
    "conferred",
    "debate",
    "debated",
    "walk",
    "walked",
];

/// Words that negate the discussion: "not", "never", "without discussing",
/// "didn't" (read as "didn" "t"), "no detailed discussion".
const NEGATION: &[&str] = &["not", "never", "without", "t", "nor"];

/// Words that may stand between a negation and the verb: "not actually
/// discussed", "were never really gone into".
const ADVERBS: &[&str] = &[
    "really",
    "actually",
    "fully",
    "specifically",
    "meaningfully",
    "substantively",
    "individually",
    "be",
    "been",
    "being",
];

/// What may come just before "detail": "in detail", "into detail", "in any
/// detail", "in much detail", "into the details".
const BEFORE_DETAIL: &[&str] = &[
    "in", "into", "any", "much", "great", "real", "some", "the", "specific",
];

/// How many words may stand between the verb and "detail": "not discussed
/// the requests for production in detail".
const REACH: usize = 6;

/// Whether `text` says, in a clause of its own, that the issues were not
/// discussed in detail: "the requests were not discussed in detail",
/// "discussed, but not in detail", "did not go into detail", "without
/// discussing them in any detail", "no detailed discussion". "We did not
/// agree after discussing each request in detail" does not negate the
/// discussion, and is not read.
pub fn says_not_in_detail(text: &str) -> bool {
    not_in_detail_of(text).is_some()
}

/// As `says_not_in_detail`, and of which requests: the numbers the clauses
/// that say so name ("RFP 5 was not discussed in detail" is of 5 alone),
/// empty where a clause names none ("the requests", "them": every request).
/// `None` where no clause says so.
pub fn not_in_detail_of(text: &str) -> Option<Vec<u32>> {
    // Asked of a few conferences in the courts that ask for detail: most
    // words never mention detail.
    if !words(text).any(|w| is_one_of(w, &["detail", "details", "detailed"])) {
        return None;
    }
    let mut named: Option<Vec<u32>> = None;
    for clause in clauses(text) {
        if !clause_denies_detail(clause) {
            continue;
        }
        let numbers = super::elsewhere::label_numbers(clause);
        if numbers.is_empty() {
            return Some(Vec::new());
        }
        named.get_or_insert_with(Vec::new).extend(numbers);
    }
    named
}

/// One clause says the issues were not discussed in detail.
fn clause_denies_detail(clause: &str) -> bool {
    let ws: Vec<&[u8]> = words(clause).collect();
    let at = |k: usize, set: &[&str]| ws.get(k).is_some_and(|w| is_one_of(w, set));
    let detail_within = |from: usize| {
        (from..(from + REACH + 1).min(ws.len()))
            .any(|m| at(m, &["detail", "details"]) && m > 0 && at(m - 1, BEFORE_DETAIL))
    };
    (0..ws.len()).any(|k| {
        // "no detailed discussion", "no discussion in detail".
        if at(k, &["no"]) {
            return at(k + 1, &["detailed"])
                || (at(k + 1, &["discussion", "conversation"]) && detail_within(k + 2));
        }
        if !at(k, NEGATION) {
            return false;
        }
        // "but not in detail": the negation governs the words that follow.
        if at(k + 1, &["in", "into"]) && at(k + 2, &["detail", "details", "any", "much"]) {
            return at(k + 2, &["detail", "details"]) || at(k + 3, &["detail", "details"]);
        }
        let mut j = k + 1;
        while at(j, ADVERBS) {
            j += 1;
        }
        at(j, DISCUSS) && detail_within(j + 1)
    })
}

#[cfg(test)]
mod tests {
    use super::{not_in_detail_of, says_not_in_detail};

    #[test]
    fn words_that_deny_a_detailed_discussion_are_read() {
        for t in [
            "Brief telephone call shortly before the motion; the requests were not discussed in detail and the dispute was not narrowed.",
            "We spoke for five minutes. Counsel discussed the requests, but not in detail.",
            "Did not go into detail on any of the interrogatories.",
            "Counsel didn't discuss the objections in any detail.",
            "Call ended without discussing the requests in detail.",
            "There was no detailed discussion of the requests.",
            "The requests were never really gone into in detail.",
        ] {
            assert!(says_not_in_detail(t), "{t:?}");
        }
    }

    #[test]
    fn the_requests_a_clause_names_are_the_ones_it_is_of() {
        assert_eq!(
            not_in_detail_of("RFP 5 was not discussed in detail; RFP 4 was narrowed."),
            Some(vec![5])
        );
        assert_eq!(
            not_in_detail_of("Brief call. We did not go into detail on any of them."),
            Some(vec![])
        );
        assert_eq!(not_in_detail_of("Discussed RFP 5 in detail."), None);
    }

    #[test]
    fn words_that_do_not_deny_it_are_not_read() {
        for t in [
            "Discussed each request in detail; no agreement.",
            "We did not agree, after discussing each request in detail.",
            "Counsel walked through RFP 4 in detail. No movement.",
            "Not resolved. The detailed deficiency letter is attached.",
            "Plaintiff would not produce; the details are in the letter.",
            "A two-hour call on every request.",
            "",
        ] {
            assert!(!says_not_in_detail(t), "{t:?}");
        }
    }
}
