//! Whether a conference's own words say the issues were not discussed in
//! detail, or only briefly.
//!
//! Some courts ask for more than a conference: D. Conn. L. Civ. R. 37(a)
//! bars a discovery motion unless counsel "discussed the discovery issues
//! between them in detail". In *Lagnese v. Town of Waterbury* (D. Conn.
//! 2015) one brief call, shortly before the motion, was "no meaningful
//! effort to meet and confer". A record whose words say the requests were
//! "not discussed in detail" does not show what that rule asks for; one
//! whose words say the call was brief, cursory or only in general terms is
//! at risk of the same holding. Where a court's pack asks for detail
//! (`positions_exchanged`, `in_detail`), the checker reads these words of a
//! conference's summary and the movant's own position; elsewhere they are
//! not read (a brief discussion has been accepted: *Cascade Yarns*, W.D.
//! Wash. 2012). The other side's position is not read: "counsel would not
//! go into detail about why" tells of the other side's answer, not of a
//! conference the movant cut short (an over-strictness review, 91).

use super::phrase::{clauses, is_one_of, words};

/// Verbs of discussing that a negation may govern: "not discussed in
/// detail", "did not go into detail", "never addressed them in any detail".
/// Not "get" ("could not get agreement after discussing them in detail")
/// nor "review" (of documents: "had not reviewed her files in detail").
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
    "talk",
    "talked",
    "talking",
    "cover",
    "covered",
    "explore",
    "explored",
    "confer",
    "conferred",
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

/// The words that may stand between the verb and "detail", or follow
/// "detail on": the requests and their parts, pronouns for them, and the
/// small words of the phrase ("not discussed the requests for production
/// in any detail", "did not go into detail on the objections to RFP 5").
/// Anything else is another subject ("did not discuss settlement in any
/// detail", "did not go into detail on the deposition schedule").
const ABOUT_REQUESTS: &[&str] = &[
    "the",
    "these",
    "those",
    "them",
    "it",
    "each",
    "any",
    "all",
    "of",
    "for",
    "to",
    "and",
    "or",
    "at",
    "on",
    "about",
    "regarding",
    "in",
    "into",
    "much",
    "great",
    "real",
    "some",
    "specific",
    "request",
    "requests",
    "issue",
    "issues",
    "objection",
    "objections",
    "response",
    "responses",
    "answer",
    "answers",
    "discovery",
    "interrogatory",
    "interrogatories",
    "rog",
    "rogs",
    "rfp",
    "rfps",
    "rfa",
    "rfas",
    "production",
    "admission",
    "admissions",
    "document",
    "documents",
    "req",
    "reqs",
    "item",
    "items",
    "dispute",
    "disputes",
    "deficiency",
    "deficiencies",
    "specifics",
    "particulars",
    "no",
    "nos",
    "number",
    "numbers",
    "her",
    "his",
    "their",
    "our",
    "plaintiff",
    "plaintiffs",
    "defendant",
    "defendants",
    "s",
];

/// A clause that tells of the recorder's own papers, not of the
/// conference: "My notes of the call don't go into detail".
const PAPERS: &[&str] = &["notes", "note", "memo", "log"];

/// A clause that tells of another time: "had not talked about the requests
/// in detail before this call" (not read for detail; "a brief call shortly
/// before filing" is still brief).
const ANOTHER_TIME: &[&str] = &["before", "prior", "earlier", "previously"];

/// Whether `text` says, in a clause of its own, that the issues were not
/// discussed in detail ("the requests were not discussed in detail",
/// "discussed, but not in detail", "did not go into detail", "without
/// discussing them in any detail", "no detailed discussion", "without
/// detailed discussion of the requests", "no in-depth discussion"), and of
/// which requests: the numbers the clauses that say so name ("RFP 5 was not
/// discussed in detail" is of 5 alone), empty where a clause names none
/// ("the requests", "them": every request). `None` where no clause says
/// so.
pub fn not_in_detail_of(text: &str) -> Option<Vec<u32>> {
    // Asked of a few conferences in the courts that ask for detail: most
    // words never mention detail.
    if !words(text).any(|w| is_one_of(w, &["detail", "details", "detailed", "depth", "length"])) {
        return None;
    }
    of_requests(text, |ws| {
        !ws.iter().any(|w| is_one_of(w, ANOTHER_TIME)) && clause_denies_detail(ws)
    })
}

/// Whether `text` says, in a clause of its own, that the conference was
/// brief or shallow: "a brief telephone call", "spoke only briefly", "a
/// cursory call", "discussed only in general terms", "the discussion was
/// superficial", "a call of a few minutes" (not "not a brief call", nor a
/// brief as a paper, "the joint letter brief"). Of which requests, as
/// `not_in_detail_of`.
pub fn only_briefly_of(text: &str) -> Option<Vec<u32>> {
    if !words(text).any(|w| {
        is_one_of(
            w,
            &[
                "brief",
                "briefly",
                "short",
                "quick",
                "cursory",
                "cursorily",
                "superficial",
                "superficially",
                "general",
                "generally",
                "generalities",
                "few",
            ],
        )
    }) {
        return None;
    }
    of_requests(text, clause_is_brief)
}

/// The requests the clauses `says` picks name (empty: every request), or
/// `None` where it picks none.
fn of_requests(text: &str, says: fn(&[&[u8]]) -> bool) -> Option<Vec<u32>> {
    let mut named: Option<Vec<u32>> = None;
    for clause in clauses(text) {
        let ws: Vec<&[u8]> = words(clause).collect();
        if ws.iter().any(|w| is_one_of(w, PAPERS)) || !says(&ws) {
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

/// Whether `w` is a word about the requests (`ABOUT_REQUESTS`) or a number.
fn about_requests(w: &[u8]) -> bool {
    is_one_of(w, ABOUT_REQUESTS) || w.iter().all(u8::is_ascii_digit)
}

/// One clause says the issues were not discussed in detail.
fn clause_denies_detail(ws: &[&[u8]]) -> bool {
    let at = |k: usize, set: &[&str]| ws.get(k).is_some_and(|w| is_one_of(w, set));
    // "in detail", "in any detail", "into the details", "in depth", "at
    // length" ending at `m`, and nothing after it but more about the
    // requests ("on RFP 5"): where the phrase ends, or `None`.
    let detail_at = |m: usize| {
        let ends = (at(m, &["detail", "details"])
            && m > 0
            && at(
                m - 1,
                &["in", "into", "any", "much", "great", "real", "the"],
            ))
            || (at(m, &["depth"]) && m > 0 && at(m - 1, &["in", "any", "much"]))
            || (at(m, &["length"]) && m > 0 && at(m - 1, &["at", "any"]));
        // "in detail on the deposition schedule" names another subject;
        // "in detail, and the dispute was not narrowed" goes on to another
        // statement.
        let then_about = || {
            !at(
                m + 1,
                &["on", "about", "regarding", "concerning", "of", "as", "for"],
            ) || ws[m + 2..]
                .iter()
                .take_while(|w| !is_one_of(w, &["and", "but", "so", "which", "because"]))
                .all(|w| about_requests(w))
        };
        ends && then_about()
    };
    // The verb at `j`, then only words about the requests, then the phrase.
    let verb_then_detail = |j: usize| {
        at(j, DISCUSS)
            && (j + 1..ws.len())
                .take_while(|&m| m == j + 1 || about_requests(ws[m - 1]))
                .any(&detail_at)
    };
    (0..ws.len()).any(|k| {
        // "no detailed discussion", "without detailed discussion of the
        // requests", "no in-depth discussion", "no discussion in detail".
        if at(k, &["no", "without"]) {
            let talk = |m: usize| at(m, &["discussion", "discussions", "conversation"]);
            let of_them = |m: usize| ws[m..].iter().all(|w| about_requests(w));
            if at(k + 1, &["detailed"]) && talk(k + 2) {
                return of_them(k + 3);
            }
            if at(k + 1, &["in"]) && at(k + 2, &["depth"]) && talk(k + 3) {
                return of_them(k + 4);
            }
            if talk(k + 1) && (k + 2..ws.len()).any(&detail_at) {
                return true;
            }
        }
        if !at(k, NEGATION) {
            return false;
        }
        // "but not in detail": the negation governs the words that follow.
        if (k + 1..(k + 4).min(ws.len())).any(&detail_at) && at(k + 1, &["in", "into", "at"]) {
            return true;
        }
        let mut j = k + 1;
        while at(j, ADVERBS) {
            j += 1;
        }
        verb_then_detail(j)
    })
}

/// One clause says the conference was brief or shallow.
fn clause_is_brief(ws: &[&[u8]]) -> bool {
    let at = |k: usize, set: &[&str]| ws.get(k).is_some_and(|w| is_one_of(w, set));
    const TALK: &[&str] = &[
        "call",
        "calls",
        "conversation",
        "discussion",
        "exchange",
        "conference",
        "meeting",
        "talk",
        "chat",
        "conferral",
    ];
    (0..ws.len()).any(|k| {
        // "not a brief call", "not in general terms but in detail".
        let denied = ws[k.saturating_sub(3)..k]
            .iter()
            .any(|w| is_one_of(w, &["not", "never", "no"]));
        if denied {
            return false;
        }
        // "a brief (telephone) call", "a short conversation", "a cursory
        // meet and confer".
        (at(k, &["brief", "short", "quick", "cursory", "superficial"])
            && (at(k + 1, TALK)
                || at(k + 1, &["tel"])
                || (at(
                    k + 1,
                    &["telephone", "telephonic", "tel", "phone", "zoom", "video", "in"],
                ) && at(k + 2, TALK))
                || (at(k + 1, &["meet"]) && at(k + 2, &["and"]) && at(k + 3, &["confer"]))))
            // "spoke only briefly", "discussed them briefly", "cursorily".
            || at(k, &["briefly", "cursorily", "superficially"])
            // "the discussion was superficial", "was cursory".
            || (at(k, &["superficial", "cursory"])
                && k > 0
                && at(k - 1, &["was", "were", "remained"]))
            // "only in general terms", "discussed only generally", "in
            // generalities".
            || (at(k, &["general"]) && at(k + 1, &["terms"]) && k > 0 && at(k - 1, &["in"]))
            || (at(k, &["generally"]) && k > 0 && at(k - 1, &["only"]))
            || (at(k, &["generalities"]) && k > 0 && at(k - 1, &["in"]))
            // "a call of a few minutes", "lasted a few minutes".
            || (at(k, &["few"])
                && at(k + 1, &["minutes"])
                && k > 0
                && at(k - 1, &["a", "only", "just"]))
    })
}

#[cfg(test)]
mod tests {
    use super::{not_in_detail_of, only_briefly_of};

    fn says_not_in_detail(text: &str) -> bool {
        not_in_detail_of(text).is_some()
    }

    #[test]
    fn words_that_deny_a_detailed_discussion_are_read() {
        for t in [
            "Brief telephone call shortly before the motion; the requests were not discussed in detail and the dispute was not narrowed.",
            "We spoke for five minutes. Counsel discussed the requests, but not in detail.",
            "Did not go into detail on any of the interrogatories.",
            "Counsel didn't discuss the objections in any detail.",
            "Call ended without discussing the requests in detail.",
            "There was no detailed discussion of the requests.",
            "Call with OC, without detailed discussion of the requests.",
            "Call w/ OC -- no detailed discussion of reqs; not narrowed.",
            "There was no in-depth discussion of the requests.",
            "The requests were never really gone into in detail.",
            "The objections were not discussed at length.",
            "The requests were not discussed in depth.",
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
            // An over-strictness review, 91.
            "We could not get agreement after discussing the objections in detail.",
            "She had not reviewed her client's files in detail.",
            "Walked through every request; we did not discuss settlement in any detail.",
            "My notes of the call don't go into detail, but we discussed each request.",
            "Did not go into detail on the deposition schedule, which is not part of this motion.",
            "Went through every objection in detail. Defendant served no detailed privilege log.",
            "We did not get far, despite discussing each request in detail.",
            "Counsel had not talked about the requests in detail before this call, which went through each one.",
            "",
        ] {
            assert!(!says_not_in_detail(t), "{t:?}");
        }
    }

    #[test]
    fn words_that_tell_a_brief_or_shallow_conference_are_read() {
        for t in [
            "Brief telephone call shortly before filing; Manchester maintained its objections.",
            "Brief tel. call w/ OC shortly before filing.",
            "Spoke only briefly; the specifics of the requests were not addressed.",
            "Cursory telephone call shortly before the motion was filed.",
            "The requests were discussed only in general terms.",
            "The discussion of the requests was superficial.",
            "The requests were discussed only generally.",
            "A call of a few minutes; no agreement.",
        ] {
            assert_eq!(only_briefly_of(t), Some(vec![]), "{t:?}");
        }
        for t in [
            "It was not a brief call: we spent an hour on every request.",
            "We discussed each objection, not in general terms but in detail.",
            "Filed the joint letter brief after the call.",
            "Discussed each request in detail for two hours.",
            "In general, the parties agreed on custodians.",
            "",
        ] {
            assert_eq!(only_briefly_of(t), None, "{t:?}");
        }
    }
}
