//! A conference told only as a demand and a refusal: the movant "asked
//! Plaintiff to vacate the deposition", the other side "refused to vacate
//! the deposition", and nothing else, no reason, no explanation, no
//! proposal.
//!
//! Courts hold that asking and being refused is not conferring: the sides
//! "do not satisfy the conference requirements simply by requesting or
//! demanding compliance", they "need to address and discuss the propriety
//! of asserted objections" (Cotracom v. Seaboard, D. Kan. 1999). In Moffett
//! v. Keolis Transit America (D. Nev. 2020) a single call in which the
//! movant asked the other side to vacate a deposition and it refused left
//! the court unable to tell whether the movant explained its request or
//! tried any compromise: the movant must do "more than offer a single
//! sentence" that the other side would not accede to its request. Other
//! courts accept a conference that ended in a plain refusal, so the
//! checker holds such a record at risk, never Ready, and reads only the
//! positions' own words (`check::conferral::positions_exchanged`).

use super::phrase::{initials, is_one_of, words};

/// The movant asking, demanding or requesting, as the first word (after a
/// subject, if any).
const ASKED: &[&str] = &[
    "asked",
    "requested",
    "demanded",
    "sought",
    "insisted",
    "asking",
    "requesting",
    "demanding",
    "told",
];

/// The other side refusing, as the first word (after a subject, if any):
/// "refused", "declined", "rejected", "would not", "will not", "won't",
/// "did not agree".
/// ("Said no.", "No.", "Insisted on going forward with the deposition": an
/// adversarial review, 95, of Moffett.)
const REFUSED: &[&str] = &[
    "refused", "declined", "rejected", "refuses", "declines", "rejects", "insisted", "insists",
];

/// Who may open the position: "Defendant asked …", "Counsel refused …".
const SUBJECT: &[&str] = &[
    "plaintiff",
    "plaintiffs",
    "defendant",
    "defendants",
    "counsel",
    "we",
    "i",
    "he",
    "she",
    "they",
    "it",
    "the",
    "defense",
    "s",
    // "Said no."
    "said",
    "says",
];

/// The first letters of `SUBJECT`.
const SUBJECTS: u32 = initials(SUBJECT);

/// Words that say more than a demand or a refusal: a reason, an
/// explanation, the law, a proposal, a compromise, a condition, or what
/// the objection is about.
const MORE: &[&str] = &[
    "because",
    "since",
    "as",
    "so",
    "why",
    "explained",
    "explaining",
    "explain",
    "basis",
    "reason",
    "reasons",
    "law",
    "authority",
    "authorities",
    "case",
    "cases",
    "rule",
    "cited",
    "citing",
    "offered",
    "offering",
    "proposed",
    "proposing",
    "proposal",
    "suggested",
    "compromise",
    "narrow",
    "narrowed",
    "narrowing",
    "limit",
    "limited",
    "alternative",
    "instead",
    "if",
    "unless",
    "until",
    "relevance",
    "relevant",
    "irrelevant",
    "burden",
    "burdensome",
    "privilege",
    "privileged",
    "proportional",
    "overbroad",
    "objection",
    "objections",
    "discussed",
    "discussion",
    "argued",
    "position",
    "but",
    "and",
    "or",
    "after",
    "other",
];

/// At most this many words: a longer position says more than a demand.
const SHORT: usize = 12;

/// Whether `text` is a single short sentence that opens (after a subject)
/// with a word `lead` takes (given the word after it) and holds no word of
/// `MORE`. Asked of positions on every keystroke: no allocation, and most
/// positions fail at their first word.
fn plain(text: &str, leads: u32, lead: impl Fn(&[u8], Option<&[u8]>) -> bool) -> bool {
    if !may_open(text, leads) {
        return false;
    }
    let mut ws = words(text).peekable();
    let mut n = 0;
    while n < 3 && ws.peek().is_some_and(|w| is_one_of(w, SUBJECT)) {
        ws.next();
        n += 1;
    }
    let Some(first) = ws.next() else {
        return false;
    };
    if !lead(first, ws.peek().copied()) {
        return false;
    }
    for w in ws {
        n += 1;
        if n >= SHORT || is_one_of(w, MORE) {
            return false;
        }
    }
    // One sentence: a full stop only at the end or before a number
    // ("Interrogatory No. 4", "Jan. 26" are still one sentence).
    let text = text.trim().trim_end_matches('.');
    !text.contains([';', ':', '?', '!', '('])
        && text.match_indices('.').all(|(at, _)| {
            text[at + 1..]
                .trim_start()
                .as_bytes()
                .first()
                .is_some_and(u8::is_ascii_digit)
        })
}

/// The movant's position is only a demand: "Asked Plaintiff to vacate the
/// deposition", "Requested complete answers to the interrogatories".
pub fn bare_demand(text: &str) -> bool {
    plain(text, initials(ASKED), |w, _| is_one_of(w, ASKED))
}

/// The first letters a refusal may open with ("refused", "would not"…).
const REFUSAL_LEADS: u32 =
    initials(REFUSED) | initials(&["would", "will", "did", "could", "won", "no"]);

/// Whether `text` opens with a letter a subject or one of `leads` (first
/// letters, `phrase::initials`) starts with: most positions do not.
#[inline(always)]
fn may_open(text: &str, leads: u32) -> bool {
    text.trim_start()
        .as_bytes()
        .first()
        .is_some_and(|&b| (SUBJECTS | leads) & (1u32 << (b.to_ascii_lowercase() & 31)) != 0)
}

/// Whether `text` could be a bare refusal at all, by its first letter: the
/// test a whole log's positions are put to before any is read (inlined
/// there, where the call to `bare_refusal` would cost more than the test).
#[inline(always)]
pub fn may_be_bare_refusal(text: &str) -> bool {
    may_open(text, REFUSAL_LEADS)
}

/// The other side's position is only a refusal: "Refused to vacate the
/// deposition", "Would not produce the file", "Declined".
pub fn bare_refusal(text: &str) -> bool {
    plain(text, REFUSAL_LEADS, |w, next| {
        is_one_of(w, REFUSED)
            // "No." alone; not "No responsive documents exist", an answer.
            || (is_one_of(w, &["no"]) && next.is_none())
            || (is_one_of(w, &["would", "will", "did", "could"])
                && next.is_some_and(|n| is_one_of(n, &["not"])))
            || (is_one_of(w, &["won", "wouldn", "didn"])
                && next.is_some_and(|t| is_one_of(t, &["t"])))
    })
}

/// Whether the refusal only restates what was asked: each word of it that
/// carries meaning (four letters or more, after its opening word) is one
/// the demand used too, compared by its first five letters ("Declined to
/// withdraw the subpoena" after "Asked that the subpoena be withdrawn").
/// "Will not identify employees below the director level" after "Asked for
/// the approving engineers' names" says where the line is drawn: a
/// position, not a bare refusal.
pub fn restates(refusal: &str, demand: &str) -> bool {
    const SMALL: &[&str] = &[
        "that",
        "this",
        "with",
        "from",
        "them",
        "they",
        "their",
        "these",
        "those",
        "such",
        "what",
        "would",
        "will",
        "could",
        "plaintiff",
        "plaintiffs",
        "defendant",
        "defendants",
        "counsel",
        "said",
        "says",
        // Refusing to call something off is insisting it go on ("Insisted
        // on going forward with the deposition": an adversarial review,
        // 95, of Moffett).
        "going",
        "forward",
        "ahead",
        "proceed",
        "proceeding",
        "noticed",
        "scheduled",
        "planned",
    ];
    let stem = |w: &[u8]| w[..w.len().min(5)].to_ascii_lowercase();
    let asked: Vec<Vec<u8>> = words(demand).map(stem).collect();
    words(refusal)
        .filter(|w| w.len() >= 4 && !is_one_of(w, SMALL) && !is_one_of(w, REFUSED))
        .all(|w| asked.contains(&stem(w)))
}

/// Words of a contact's summary that tell of more than a demand refused:
/// "explained", "discussed", "proposed", "compromise" and the like (not
/// that a call or meeting took place), unless
/// the clause they stand in denies or doubts them ("it is unclear whether
/// Defendant explained the basis for its request", "no compromise was
/// offered").
pub fn summary_tells_more(summary: &str) -> bool {
    // Words that a call happened ("conference", "met", "talked", "M&C
    // call") are not among them: they tell that the sides spoke, not that
    // anything was explained or proposed, which is what Moffett found
    // missing (an adversarial review, 95, and an over-strictness review,
    // 96, each found such words on both sides of the line).
    const TOLD: &[&str] = &[
        "explained",
        "explaining",
        "discussed",
        "discussing",
        "discussion",
        "proposed",
        "proposal",
        "offered",
        "compromise",
        "basis",
        "reasons",
        "argued",
        "narrow",
        "narrowed",
        "narrowing",
        "walked",
        "went",
        "addressed",
    ];
    super::phrase::clauses(summary).any(|clause| {
        let ws: Vec<&[u8]> = words(clause).collect();
        ws.iter().enumerate().any(|(k, w)| {
            is_one_of(w, TOLD)
                && !ws[..k].iter().any(|x| {
                    is_one_of(x, super::phrase::NEGATION)
                        || is_one_of(x, &["whether", "unclear", "without"])
                })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::{bare_demand, bare_refusal, summary_tells_more};

    #[test]
    fn a_demand_and_a_refusal_alone_are_read() {
        for text in [
            "Asked Plaintiff to vacate the deposition.",
            "Defendant asked Plaintiff to vacate the deposition",
            "Requested complete answers to the interrogatories.",
            "Demanded production of the claims file.",
            "Asked defense counsel to answer Interrogatory No. 4.",
        ] {
            assert!(bare_demand(text), "{text}");
        }
        for text in [
            "Refused to vacate the deposition.",
            "Plaintiff refused.",
            "Would not vacate the deposition.",
            "Won't produce the file.",
            "Declined.",
            "Said no.",
            "Insisted on going forward with the deposition.",
        ] {
            assert!(bare_refusal(text), "{text}");
        }
    }

    #[test]
    fn a_reason_a_proposal_or_more_is_not() {
        for text in [
            "Asked Plaintiff to vacate the deposition because the CEO has no knowledge of the accident.",
            "Asked Plaintiff to vacate the deposition and offered a 30(b)(6) witness instead.",
            "Explained the apex doctrine and asked Plaintiff to vacate.",
            "Asked Plaintiff to vacate the deposition; cited the apex cases.",
            "Asked Plaintiff to vacate the deposition. Cited the apex cases.",
            "",
            "Discussed each interrogatory.",
            "Asked whether the deposition could be moved to a later date after the other witnesses had been deposed.",
        ] {
            assert!(!bare_demand(text), "{text}");
        }
        for text in [
            "Refused to vacate the deposition because the CEO approved the policy.",
            "Refused; the CEO has knowledge of the policy.",
            "Would not vacate unless the company produced a 30(b)(6) witness.",
            "Stood on the objections.",
            "Agreed to vacate the deposition.",
            "Would produce the file by Friday.",
            "No responsive documents exist.",
        ] {
            assert!(!bare_refusal(text), "{text}");
        }
    }

    #[test]
    fn a_refusal_that_only_restates_the_demand_is_bare() {
        use super::restates;
        assert!(restates(
            "Refused to vacate the deposition.",
            "Asked Plaintiff to vacate the deposition."
        ));
        assert!(restates(
            "Declined to withdraw the subpoena.",
            "Asked that the subpoena be withdrawn."
        ));
        assert!(restates("Said no.", "Asked for the file."));
        assert!(restates(
            "Insisted on going forward with the deposition.",
            "Asked Plaintiff to vacate the deposition."
        ));
        assert!(!restates(
            "Will not identify employees below the director level.",
            "Asked for the approving engineers' names."
        ));
    }

    #[test]
    fn a_summary_that_tells_a_discussion_is_read_unless_it_doubts_it() {
        assert!(summary_tells_more(
            "Counsel discussed the apex doctrine for twenty minutes."
        ));
        assert!(summary_tells_more(
            "Defendant explained the basis for its request."
        ));
        for text in [
            "Single call in which Defendant asked Plaintiff to vacate the CEO deposition and Plaintiff refused.",
            "The order says it is unclear whether Defendant explained the basis for its request or the law, or attempted any compromise.",
            "No compromise was offered.",
            "Live meet-and-confer conversation about the two subpoenas (ECF No. 157 at 2).",
            "Telephone conference with opposing counsel.",
        ] {
            assert!(!summary_tells_more(text), "{text}");
        }
    }
}
