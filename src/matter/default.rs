//! Whether the other side served nothing at all on a request (a complete
//! default). One rule for the checker and the letter.
//!
//! A file written before `no_response` existed could say so only in words,
//! in the request's `objection` ("No responses served", "Plaintiffs have not
//! responded to the requests"). Such files must still be read for what they
//! say, so when `no_response` was never recorded the words are read, and
//! only words that say plainly that nothing came: any sign that something
//! was served (an objection, a partial, late or deficient answer, a dispute
//! over whether it came) leaves the request read as answered, which is the
//! stricter reading. A recorded `no_response`, true or false, always wins;
//! the checker says when it relied on the words, so the user can confirm.

use super::DisputedItem;

/// How the record says whether anything was served on a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DefaultReading {
    /// `no_response` is recorded: true (nothing served) or false.
    Recorded(bool),
    /// Not recorded; the request's `objection` says nothing was served.
    Words,
    /// Not recorded, and the words do not say plainly that nothing came.
    NotSaid,
}

impl DefaultReading {
    /// Nothing at all was served on the request.
    pub fn defaulted(self) -> bool {
        matches!(self, DefaultReading::Recorded(true) | DefaultReading::Words)
    }
}

impl DisputedItem {
    /// Whether nothing was served on this request, and how the record says so.
    pub fn default_reading(&self) -> DefaultReading {
        match self.no_response {
            Some(recorded) => DefaultReading::Recorded(recorded),
            None if words_say_nothing_served(&self.objection) => DefaultReading::Words,
            None => DefaultReading::NotSaid,
        }
    }

    /// Nothing at all was served on this request (recorded, or said in words).
    pub fn defaulted(&self) -> bool {
        self.default_reading().defaulted()
    }
}

/// Phrases that say nothing was served. Matched in lower case at a word
/// start; "response" must not run on into "responsive" (see `ends_word`).
const NOTHING_SERVED: &[&str] = &[
    "no response",
    "no written response",
    "no answer",
    "not served",
    "none served",
    "nothing served",
    "never served",
    "not responded",
    "never responded",
    "not answered",
    "never answered",
    "failed to respond",
    "failed to answer",
    "failed to serve",
    "did not respond",
    "did not answer",
    "did not serve",
    "has not served",
    "have not served",
    "had not served",
    "yet to serve",
    "yet to respond",
];

/// Words that show something was served, or that whether it was is in
/// dispute: with any of them the request is read as answered.
const SOMETHING_SERVED: &[&str] = &[
    "objection",
    "objected",
    "partial",
    "incomplete",
    "insufficient",
    "deficien",
    "evasive",
    "inadequate",
    "untimely",
    "late",
    "supplement",
    "amended",
    "contend",
    "dispute",
    "claim",
    "privilege",
    "withheld",
    "redact",
    "produced some",
    "responded on",
    "answered on",
];

/// Whether `text` says, in plain words, that nothing was served.
pub(crate) fn words_say_nothing_served(text: &str) -> bool {
    if text.trim().is_empty() {
        return false;
    }
    let lower = text.to_lowercase();
    // "no answers or objections" says nothing came, objections included.
    let guarded = lower.replace("no answers or objections", "no answers");
    let at_word = |w: &str| {
        guarded
            .match_indices(w)
            .any(|(at, _)| starts_word(&guarded, at))
    };
    if SOMETHING_SERVED.iter().any(|w| at_word(w)) {
        return false;
    }
    NOTHING_SERVED.iter().any(|phrase| {
        guarded
            .match_indices(phrase)
            .any(|(at, _)| starts_word(&guarded, at) && ends_word(&guarded[at + phrase.len()..]))
    })
}

fn starts_word(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// The phrase ends a word, or runs on only into a plural or past ending
/// ("responses", "answered"), never into "responsive" or "answerable".
fn ends_word(rest: &str) -> bool {
    let tail: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    matches!(tail.as_str(), "" | "s" | "es" | "ed")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_words_of_a_complete_default_are_read() {
        for text in [
            "No responses served",
            "No responses served by the November 2, 2016 deadline",
            "No response",
            "No answers or objections",
            "No written response served and no documents produced; no extension sought.",
            "Plaintiffs have not responded to the requests.",
            "The defendant failed to respond to this discovery.",
            "Not served",
            "The plaintiff had yet to serve the disclosures by September 19, 2007.",
            "No responses received as of the filing of the motion (due September 7, 2024).",
        ] {
            assert!(words_say_nothing_served(text), "{text}");
        }
    }

    #[test]
    fn words_that_show_something_came_are_not() {
        for text in [
            "",
            "Responses Defendants seek to compel",
            "Plaintiff mailed objections on June 6, 2012, when responses were due; no responses received as of July 27, 2012.",
            "Defendant contends plaintiff completely failed to respond; plaintiff contends he made a timely reply",
            "No responsive documents produced",
            "No documents were produced.",
            "No disclosure of the settlement terms",
            "Incomplete answers; no answer to subpart (b)",
            "Withheld as privileged",
            "Answers Defendants consider insufficient",
            "Late responses that did not answer the question",
            "Responses served late; no answer to Interrogatory No. 3",
        ] {
            assert!(!words_say_nothing_served(text), "{text}");
        }
    }

    #[test]
    fn a_recorded_answer_wins_over_the_words() {
        let mut item = DisputedItem::new("r".into(), "RFP 1".into());
        item.objection = "No responses served".into();
        assert_eq!(item.default_reading(), DefaultReading::Words);
        item.no_response = Some(false);
        assert!(!item.defaulted());
        item.no_response = Some(true);
        item.objection.clear();
        assert_eq!(item.default_reading(), DefaultReading::Recorded(true));
    }
}
