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

/// Phrases that say nothing was served, word by word (ASCII case ignored).
/// The last word may run on into a plural or past ending ("responses",
/// "answered"), never into another word ("responsive").
const NOTHING_SERVED: &[&[&str]] = &[
    &["no", "response"],
    &["no", "written", "response"],
    &["no", "answer"],
    &["not", "served"],
    &["none", "served"],
    &["nothing", "served"],
    &["never", "served"],
    &["not", "responded"],
    &["never", "responded"],
    &["not", "answered"],
    &["never", "answered"],
    &["failed", "to", "respond"],
    &["failed", "to", "answer"],
    &["failed", "to", "serve"],
    &["did", "not", "respond"],
    &["did", "not", "answer"],
    &["did", "not", "serve"],
    &["yet", "to", "serve"],
    &["yet", "to", "respond"],
];

/// Word beginnings that show something was served, or that whether it was
/// is in dispute: with any of them the request is read as answered.
const SOMETHING_SERVED: &[&str] = &[
    "object",
    "partial",
    "incomplete",
    "insufficient",
    "deficien",
    "evasive",
    "inadequate",
    "untimely",
    "late",
    "supplement",
    "amend",
    "contend",
    "dispute",
    "claim",
    "privilege",
    "withheld",
    "redact",
];

/// Two-word phrases that show something was served.
const SOMETHING_SERVED_PHRASES: &[[&str; 2]] = &[
    ["produced", "some"],
    ["responded", "on"],
    ["answered", "on"],
];

/// Whether `text` says, in plain words, that nothing was served. One pass
/// over the words, no allocation beyond the word list: the checker reads
/// every request on every keystroke.
pub(crate) fn words_say_nothing_served(text: &str) -> bool {
    // Most objections say nothing of the kind: unless some word could begin
    // a phrase of `NOTHING_SERVED`, stop before building the word list.
    const FIRST: &[&str] = &[
        "no", "not", "none", "nothing", "never", "failed", "did", "yet",
    ];
    let words = || {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
    };
    if !words().any(|w| FIRST.iter().any(|f| same_ci(w, f))) {
        return false;
    }
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        if SOMETHING_SERVED.iter().any(|p| starts_with_ci(w, p)) {
            // "No answers, objections, or explanations", "failed to serve
            // answers, objections, or written responses": objections in a
            // list of what never came.
            if !(starts_with_ci(w, "objection") && in_list_of_nothing(&words[..i])) {
                return false;
            }
        }
        if let Some(next) = words.get(i + 1)
            && SOMETHING_SERVED_PHRASES
                .iter()
                .any(|[a, b]| same_ci(w, a) && same_ci(next, b))
        {
            return false;
        }
    }
    (0..words.len()).any(|i| {
        NOTHING_SERVED.iter().any(|phrase| {
            words.len() - i >= phrase.len()
                && phrase.iter().enumerate().all(|(k, p)| {
                    if k + 1 == phrase.len() {
                        stem_ci(words[i + k], p)
                    } else {
                        same_ci(words[i + k], p)
                    }
                })
        })
    })
}

/// The words before an "objections" are a list of what was served that ends
/// it ("answers", "or", "written"...) opened by "no", or by "serve" after
/// "not", "never" or "failed to".
fn in_list_of_nothing(before: &[&str]) -> bool {
    const LIST: &[&str] = &[
        "answer",
        "response",
        "explanation",
        "or",
        "and",
        "nor",
        "any",
        "written",
        "its",
        "their",
        "his",
        "her",
    ];
    let mut k = before.len();
    while k > 0 && LIST.iter().any(|l| stem_ci(before[k - 1], l)) {
        k -= 1;
    }
    match k.checked_sub(1).map(|j| (j, before[j])) {
        Some((_, w)) if same_ci(w, "no") => true,
        Some((j, w)) if stem_ci(w, "serve") => {
            j > 0
                && ["not", "never", "to"]
                    .iter()
                    .any(|n| same_ci(before[j - 1], n))
        }
        _ => false,
    }
}

fn same_ci(word: &str, p: &str) -> bool {
    word.eq_ignore_ascii_case(p)
}

fn starts_with_ci(word: &str, prefix: &str) -> bool {
    word.get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

/// `word` is `stem` or `stem` with a plural or past ending.
fn stem_ci(word: &str, stem: &str) -> bool {
    starts_with_ci(word, stem)
        && ["", "s", "es", "ed"]
            .iter()
            .any(|end| word[stem.len()..].eq_ignore_ascii_case(end))
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
            "Despite two letters requesting prompt compliance, no answers, objections, or explanations for the delay were provided.",
            "Defendant failed to serve its answers, objections, or written response.",
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
            "No answers, only objections",
            "Served objections; no answers",
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
