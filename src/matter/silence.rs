//! Whether the other side's "position" recorded on a contact says only that
//! nothing came back.
//!
//! A file written before `reply` existed could record the other side's
//! answer to an attempt only as its position on a request ("Hoped to have
//! the answers shortly"), and could record silence only in the same place
//! ("No response", "Counsel never replied to the letter"). The checker reads
//! an attempt with no `reply` as answered when its entry records a position,
//! so the second kind must not be taken for the first: a position counts as
//! an answer unless the whole text is one plain statement that none came.
//! The statement is read with the same strict grammar as a complete default
//! said in an objection (`default.rs`), after three rewrites that only a
//! contact needs: "reply" is read as "response", who stayed silent
//! ("Defense counsel", "Opposing counsel") is dropped from the front, and
//! what went unanswered ("to the letter", "to our email") from the end.
//! Anything else, including any words of substance, is an answer: the
//! stricter reading.

use super::ItemDiscussion;
use super::default::words_say_nothing_served;

impl ItemDiscussion {
    /// The entry records something the other side said on the request: a
    /// position that is not merely a statement that no answer came.
    pub fn records_an_answer(&self) -> bool {
        !self.opponent_position.trim().is_empty() && !says_no_answer(&self.opponent_position)
    }
}

/// Short statements of silence the default grammar, which is about
/// responses to discovery, does not cover.
const SHORT: &[&str] = &[
    "unanswered",
    "none",
    "ignored",
    "no reply",
    "no callback",
    "no call back",
    "no return call",
    "no answer came",
    "no reply came",
    "no response came",
    "did not return the call",
    "did not return the calls",
    "did not call back",
    "never called back",
    "never returned the call",
    "never returned the calls",
];

/// Who stayed silent, dropped from the front of the text.
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
];

/// What went unanswered, after "to", dropped from the end.
const WHAT: &[&str] = &[
    "letter",
    "letters",
    "email",
    "emails",
    "e",
    "mail",
    "mails",
    "call",
    "calls",
    "voicemail",
    "voicemails",
    "message",
    "messages",
    "correspondence",
    "fax",
    "request",
    "requests",
    "inquiry",
    "inquiries",
    "the",
    "this",
    "that",
    "these",
    "our",
    "my",
    "its",
    "any",
    "of",
    "movant",
    "s",
];

/// Whether `text`, the other side's position recorded on a contact, says
/// only that no answer came.
pub(crate) fn says_no_answer(text: &str) -> bool {
    // Asked of every position on every keystroke, and most positions say
    // something: unless a word that could carry silence is present, stop
    // before allocating.
    const CARRIERS: &[&str] = &[
        "no",
        "not",
        "never",
        "none",
        "unanswered",
        "ignored",
        "didn",
        "hasn",
        "haven",
        "failed",
    ];
    if !text
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| CARRIERS.iter().any(|c| w.eq_ignore_ascii_case(c)))
    {
        return false;
    }
    let lower = text.trim().to_lowercase();
    let mut words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return false;
    }
    // Who stayed silent, if named, comes first; at least one word must stay.
    let lead = words.iter().take_while(|w| WHO.contains(w)).count();
    if lead < words.len() {
        words.drain(..lead);
    }
    // "... to the letter", "... to our emails of March 3" is not read: only
    // a tail made of these words.
    if let Some(to) = words.iter().rposition(|w| *w == "to")
        && to + 1 < words.len()
        && words[to + 1..].iter().all(|w| WHAT.contains(w))
        && words[to + 1..].iter().any(|w| {
            !matches!(
                *w,
                "the" | "this" | "that" | "these" | "our" | "my" | "its" | "any" | "of" | "s"
            )
        })
    {
        words.truncate(to);
    }
    // "Reply" is a noun after "no" and a verb after "not", "to", "never".
    let joined = words
        .iter()
        .enumerate()
        .map(|(k, w)| match *w {
            "reply" if k > 0 && matches!(words[k - 1], "not" | "to" | "never") => "respond",
            "reply" => "response",
            "replies" => "responses",
            "replied" => "responded",
            "replying" => "responding",
            w => w,
        })
        .collect::<Vec<_>>()
        .join(" ");
    SHORT.contains(&joined.as_str()) || words_say_nothing_served(&joined)
}

#[cfg(test)]
mod tests {
    use super::says_no_answer;

    #[test]
    fn plain_statements_of_silence_are_read() {
        for t in [
            "No response.",
            "No reply.",
            "No reply",
            "Did not respond.",
            "Did not reply.",
            "Never responded.",
            "Counsel never replied.",
            "Defense counsel did not respond.",
            "Opposing counsel did not reply to the letter.",
            "No response to the letter.",
            "No response to our emails.",
            "No response was received.",
            "No response received before filing.",
            "Unanswered.",
            "None.",
            "Ignored",
            "Did not return the call.",
            "No answer.",
            "Did not answer.",
            "Didn't respond.",
            "Hasn’t replied.",
        ] {
            assert!(says_no_answer(t), "{t:?} should read as silence");
        }
    }

    #[test]
    fn anything_said_is_an_answer() {
        for t in [
            "Hoped to have the answers shortly.",
            "Responses would be provided on or before February 18, 2008.",
            "No response until the protective order is entered.",
            "No response to Interrogatory 4 is owed: it exceeds the limit.",
            "No response to the letter; said answers were coming.",
            "Will respond next week.",
            "Refused to confer.",
            "Objections maintained.",
            "No responses are due until July.",
            "Did not respond to the letter but called to ask for more time.",
            "",
            "Counsel",
        ] {
            assert!(!says_no_answer(t), "{t:?} should read as an answer");
        }
    }
}
