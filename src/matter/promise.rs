//! Whether the other side's "position" recorded on a contact says that it
//! promised to get back on a request.
//!
//! A movant who files once a promised answer is due, without one more
//! contact, has not made a reasonable effort to confer (Kosjer v.
//! Coffeyville Resources, D. Kan. 2018: defense counsel said at an
//! in-person discussion that he would answer in writing by a date; the
//! movant waited three days past it and filed). A file records such a
//! promise with `follow_up`, or at least with the outcome `follow_up`. A
//! recorder who left the outcome at "raised" or "impasse" could say so only
//! in words, as the other side's position ("Would respond in writing by
//! December 1"). Reading a promise can only hold a record back, never let
//! one through, so the reading is broad, as the offer's is (`offer.rs`): a
//! word that commits ("will", "would", "agreed", "promised", "going"…)
//! followed, through at most a few small words ("to", "get", "back",
//! "in writing"…), by a word of answering ("respond", "supplement",
//! "produce", "review", "consider"…). A text that negates anything ("not",
//! "never", "refused", "declined") is not read: "would not supplement" is
//! a position, not a promise. Where the promise counts is the checker's
//! (`check::conferral::unrecorded_promise`).

use super::ItemDiscussion;
use super::default::has_any_word;

impl ItemDiscussion {
    /// The other side's recorded position says it promised to get back.
    pub fn records_a_promise(&self) -> bool {
        says_promised(&self.opponent_position, true)
    }

    /// The movant's own recorded position says it promised something back
    /// ("Agreed during the conference to revise his interrogatories",
    /// Becker v. Wells Fargo, E.D. Cal. 2013: motions filed "in the middle
    /// of the meet and confer process"). An offer is not read here: the
    /// movant's compromise offered and refused at the same conference
    /// ("Offered to narrow the period") is how an impasse is reached.
    pub fn records_own_promise(&self) -> bool {
        says_promised(&self.movant_position, false)
    }
}

/// Words that commit (the last two offer; see `OFFERS`).
const COMMIT: &[&str] = &[
    "will",
    "would",
    "agreed",
    "agrees",
    "promised",
    "promises",
    "committed",
    "commits",
    "undertook",
    "undertakes",
    "going",
    "intends",
    "intended",
    "planned",
    "plans",
    "expects",
    "expected",
    "offered",
    "offers",
];

/// The offering words at the end of `COMMIT`, read only for the other side.
const OFFERS: usize = 2;

/// Small words allowed between the commitment and the answering.
const BETWEEN: &[&str] = &[
    "to",
    "be",
    "get",
    "back",
    "in",
    "writing",
    "a",
    "an",
    "the",
    "its",
    "his",
    "her",
    "their",
    "further",
    "fully",
    "formally",
    "promptly",
    "shortly",
    "soon",
    "then",
    "also",
    "and",
    "try",
    "attempt",
    "written",
    "supplemental",
    "amended",
    "let",
    "us",
    "you",
    "me",
    "him",
    "them",
    "during",
    "at",
    "on",
    "conference",
    "call",
    "meeting",
];

/// Answering.
const ANSWER: &[&str] = &[
    "respond",
    "reply",
    "answer",
    "supplement",
    "produce",
    "provide",
    "serve",
    "send",
    "review",
    "reconsider",
    "consider",
    "look",
    "check",
    "confirm",
    "investigate",
    "search",
    "amend",
    "update",
    "revisit",
    "follow",
    "back",
    "revise",
    "know",
    "response",
    "responses",
    "answers",
    "production",
];

/// A limit: "will produce the 2025 records only" is a position, not a
/// promise (negations, `phrase::NEGATION`, are not read either).
const LIMIT: &[&str] = &["only"];

/// How many small words may come between the commitment and the answering.
const REACH: usize = 4;

/// Whether `text` says its author promised to answer, supplement or get back
/// (`offers`: an offer to do so counts too).
pub(crate) fn says_promised(text: &str, offers: bool) -> bool {
    let commit = if offers {
        COMMIT
    } else {
        &COMMIT[..COMMIT.len() - OFFERS]
    };
    super::phrase::leads_to(text, commit, BETWEEN, ANSWER, REACH)
        && !has_any_word(text, super::phrase::NEGATION)
        && !has_any_word(text, LIMIT)
}

#[cfg(test)]
mod tests {
    use super::says_promised;

    fn says_promised_an_answer(t: &str) -> bool {
        says_promised(t, true)
    }

    #[test]
    fn promises_to_get_back_are_read() {
        for t in [
            "Would respond in writing by December 1, 2017.",
            "Defense counsel agreed to supplement by March 20.",
            "Will produce the documents next week.",
            "Promised to get back to us on Interrogatory 4.",
            "Said he would review the requests with his client and respond.",
            "Agreed to consider narrowing the search terms.",
            "Will let us know by Friday.",
            "Going to serve amended answers.",
            "Offered to supplement its responses.",
        ] {
            assert!(says_promised_an_answer(t), "{t:?} should read as a promise");
        }
    }

    #[test]
    fn the_movants_own_offers_are_not_its_promises() {
        assert!(says_promised(
            "Agreed during the conference to revise his interrogatories.",
            false
        ));
        assert!(!says_promised("Offered to supplement the requests.", false));
        assert!(!says_promised(
            "Would move to compel absent a response.",
            false
        ));
    }

    #[test]
    fn positions_and_refusals_are_not_promises() {
        for t in [
            "Would not supplement; the request is overbroad.",
            "Refused to produce anything further.",
            "The request is overbroad and unduly burdensome.",
            "Stood on its objections.",
            "Will stand on the objections.",
            "No further documents will be produced.",
            "Produced the documents on March 3.",
            "Declined to respond further.",
            "We will let Judge Lloyd have it from here.",
            "Will produce records for the returned units only.",
            "",
        ] {
            assert!(
                !says_promised_an_answer(t),
                "{t:?} should not read as a promise"
            );
        }
    }
}
