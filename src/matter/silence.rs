//! Whether the other side's "position" recorded on one of the movant's
//! attempts says only that nothing came back.
//!
//! A file written before `reply` existed could record the other side's
//! answer to an attempt only as its position on a request ("Hoped to have
//! the answers shortly"), and could record silence only in the same place
//! ("No response", "Counsel never replied to our letter of October 4"). The
//! checker reads such an attempt as answered when its entry records a
//! position, so the second kind must not be taken for the first. A position
//! is silence only when the whole text is one plain statement that no answer
//! came: optionally who stayed silent ("Opposing counsel"), the statement
//! ("No response", "Did not reply", "Never heard back", "Unanswered"),
//! optionally what went unanswered ("to the letter", "to our email of
//! October 4"), and optionally "before filing". Anything else, any word of
//! substance, any second clause, is an answer: the stricter reading. (The
//! grammar that reads a complete default in an objection, `default.rs`,
//! allows a time after its statement, "by the agreed deadline"; here only
//! "by the deadline" the attempt gave may close it, with nothing after: "No
//! response by the deadline; asked for two more weeks" is an answer, so the
//! default grammar's times are not reused.)

use super::ItemDiscussion;

impl ItemDiscussion {
    /// The entry records something the other side said on the request: a
    /// position that is not merely a statement that no answer came.
    pub fn records_an_answer(&self) -> bool {
        !self.opponent_position.trim().is_empty() && !says_no_answer(&self.opponent_position)
    }
}

/// Who stayed silent, dropped from the front. On the movant's attempt the
/// position is the other side's, so a party named there is the other side
/// ("Plaintiffs never responded", Sample v. Hilton, D.N.M. 2024).
const WHO: &[&str] = &[
    "opposing",
    "counsel",
    "defense",
    "defence",
    "the",
    "other",
    "side",
    "he",
    "she",
    "they",
    "plaintiff",
    "plaintiffs",
    "defendant",
    "defendants",
    // "Plaintiff's counsel", "Opp. counsel", "his attorney", "Still no
    // response"; a named person ("Mr. Null") is taken after a title, below.
    "s",
    "opp",
    "his",
    "her",
    "their",
    "attorney",
    "attorneys",
    "lawyer",
    "office",
    "still",
];

/// The statements of silence, whole.
const SILENCE: &[&[&str]] = &[
    &["no", "response"],
    &["no", "responses"],
    &["no", "reply"],
    &["no", "replies"],
    &["no", "answer"],
    &["no", "response", "received"],
    &["no", "response", "was", "received"],
    &["no", "reply", "received"],
    &["no", "reply", "was", "received"],
    &["no", "response", "came"],
    &["no", "reply", "came"],
    &["no", "answer", "came"],
    &["nothing", "received"],
    &["nothing", "came"],
    &["did", "not", "respond"],
    &["did", "not", "reply"],
    &["did", "not", "answer"],
    &["did", "not", "write", "back"],
    &["did", "not", "call", "back"],
    &["did", "not", "return", "the", "call"],
    &["did", "not", "return", "the", "calls"],
    &["has", "not", "responded"],
    &["has", "not", "replied"],
    &["have", "not", "responded"],
    &["have", "not", "replied"],
    &["was", "not", "answered"],
    &["were", "not", "answered"],
    &["never", "responded"],
    &["never", "replied"],
    &["never", "answered"],
    &["never", "heard", "back"],
    &["never", "called", "back"],
    &["never", "wrote", "back"],
    &["never", "returned", "the", "call"],
    &["never", "returned", "the", "calls"],
    &["neither", "answered", "nor", "objected"],
    &["voicemail", "not", "returned"],
    &["voicemails", "not", "returned"],
    &["call", "not", "returned"],
    &["calls", "not", "returned"],
    &["message", "not", "returned"],
    &["no", "callback"],
    &["no", "call", "back"],
    &["no", "return", "call"],
    &["unanswered"],
    &["ignored"],
    &["went", "unanswered"],
    &["was", "ignored"],
    &["not", "returned"],
    &["never", "got", "back"],
    &["did", "not", "get", "back"],
    &["has", "not", "gotten", "back"],
    &["never", "responded", "at", "all"],
];

/// What went unanswered, after "to": a communication, with its date.
const COMMUNICATION: &[&str] = &[
    "letter",
    "letters",
    "email",
    "emails",
    "mail",
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
];
const ALSO_IN_WHAT: &[&str] = &[
    "the",
    "this",
    "that",
    "these",
    "our",
    "my",
    "its",
    "of",
    "dated",
    "sent",
    "on",
    "e",
    "movant",
    "s",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "st",
    "nd",
    "rd",
    "th",
];

/// Whether `text`, the other side's position recorded on an attempt, says
/// only that no answer came.
pub(crate) fn says_no_answer(text: &str) -> bool {
    // Asked of positions on every keystroke, and most say something: unless
    // a word that could carry silence is present, stop before allocating.
    const CARRIERS: &[&str] = &[
        "no",
        "not",
        "never",
        "nothing",
        "neither",
        "unanswered",
        "ignored",
        "didn",
        "hasn",
        "haven",
        "wasn",
        "weren",
    ];
    if !super::default::has_any_word(text, CARRIERS) {
        return false;
    }
    // One statement: any punctuation but a closing full stop, an apostrophe
    // and a hyphen ("e-mail") may open a second clause.
    let body = text.trim().trim_end_matches('.');
    // A full stop closes a title or abbreviation ("Mr. Null", "Opp.
    // counsel"), and nothing else.
    if body.char_indices().any(|(at, c)| {
        !(c.is_alphanumeric()
            || c == ' '
            || c == '\''
            || c == '\u{2019}'
            || c == '-'
            || (c == '.' && super::phrase::titled_at(body, at, &["opp"])))
    }) {
        return false;
    }
    // "Didn't" is "did not".
    let lower = body
        .to_lowercase()
        .replace("n't", " not")
        .replace("n\u{2019}t", " not");
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // Who stayed silent, or what went unanswered ("Letter went
    // unanswered"), with any named person ("Mr. Cooper's attorney").
    let mut rest =
        super::phrase::skip_who(&words, |w| WHO.contains(&w) || COMMUNICATION.contains(&w));
    // "... before filing" may close it, or the deadline the attempt gave
    // ("Plaintiffs never responded by the appointed deadline", Sample v.
    // Hilton, D.N.M. 2024): alone, with no second clause after it, it adds
    // nothing the other side said.
    // "... from opposing counsel", "... from Mr. Gardner": who, at the end.
    if let Some(from) = rest.iter().rposition(|w| *w == "from") {
        let named = from + 1 < rest.len();
        let who = super::phrase::skip_who(&rest[from + 1..], |w| WHO.contains(&w));
        if named && who.is_empty() {
            rest = &rest[..from];
        }
    }
    for close in [
        &["to", "date"][..],
        &["as", "of", "filing"][..],
        &["as", "of", "today"][..],
        &["as", "of", "the", "filing"][..],
        &["yet"][..],
        &["to", "us"][..],
        &["to", "me"][..],
        &["before", "filing"][..],
        &["before", "the", "motion"][..],
        &["by", "the", "deadline"][..],
        &["by", "the", "appointed", "deadline"][..],
        &["by", "the", "requested", "deadline"][..],
        &["by", "the", "stated", "deadline"][..],
        &["by", "the", "requested", "date"][..],
    ] {
        if let Some(r) = rest.strip_suffix(close) {
            rest = r;
        }
    }
    SILENCE.iter().any(|s| match rest.strip_prefix(*s) {
        Some([]) => true,
        // "... to our letter of October 4": what went unanswered, and only that.
        Some(["to", what @ ..]) => {
            what.iter().any(|w| COMMUNICATION.contains(w))
                && what.iter().all(|w| {
                    COMMUNICATION.contains(w)
                        || ALSO_IN_WHAT.contains(w)
                        || w.chars().all(|c| c.is_ascii_digit())
                })
        }
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::says_no_answer;

    #[test]
    fn plain_statements_of_silence_are_read() {
        for t in [
            "Plaintiffs never responded.",
            "Plaintiffs never responded by the appointed deadline.",
            "No response by the deadline.",
            "The defendant did not respond to the letter.",
            "No response.",
            "No reply.",
            "No reply",
            "Did not respond.",
            "Did not reply.",
            "Didn't respond.",
            "Hasn\u{2019}t replied.",
            "Never responded.",
            "Counsel never replied.",
            "Defense counsel did not respond.",
            "Opposing counsel did not reply to the letter.",
            "No response to the letter.",
            "No response to our emails.",
            "Never replied to our letter of October 4.",
            "No response to the September 24 letter.",
            "No response to the e-mail.",
            "No response was received.",
            "No response received before filing.",
            "Nothing received.",
            "Wasn't answered.",
            "Neither answered nor objected.",
            "Never heard back.",
            "Voicemail not returned.",
            "Unanswered.",
            "Ignored",
            "Did not return the call.",
            "No answer.",
            "Did not answer.",
            // Old-format recordings of accepted orders (Null, Gardner,
            // Cooper): names, roles, "from", and plain closing times.
            "Mr. Null did not respond.",
            "Plaintiff never got back to us.",
            "Letter went unanswered.",
            "Mr. Gardner did not reply.",
            "No reply from Mr. Gardner.",
            "Plaintiff's counsel never responded.",
            "Mr. Cooper's attorney did not get back to us.",
            "Opp. counsel did not respond.",
            "No response from opposing counsel.",
            "No response to date.",
            "No response as of filing.",
            "Still no response.",
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
            "No response by the deadline; counsel asked for two more weeks",
            "No response as of today; promised by Friday",
            "No response about the phone call; agreed to meet Tuesday",
            "No answers by plaintiff are owed: the interrogatories exceed 25",
            "No responses as discovery is stayed",
            "No response as the request is overbroad and unduly burdensome",
            "No responses before the motion to dismiss is decided",
            "No response by defendant is required",
            "No response at this time, counsel will call next week to discuss.",
            "Will respond next week.",
            "Refused to confer.",
            "Objections maintained.",
            "No responses are due until July.",
            "Did not respond to the letter but called to ask for more time.",
            "None.",
            "There are none.",
            "No response from opposing counsel until the protective order is entered.",
            "No response from Mr. Null; he called to ask for time.",
            "Mr. Null did not respond to Interrogatory 4 because it is privileged.",
            "Did not get back to us on the search terms.",
            "Still no response from counsel, who promised it Friday.",
            "",
            "Counsel",
        ] {
            assert!(!says_no_answer(t), "{t:?} should read as an answer");
        }
    }
}
