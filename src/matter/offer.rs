//! Whether the other side's "position" recorded on its own message says
//! that it offered or asked to talk.
//!
//! A movant who files instead of taking up the other side's offer to confer
//! has not conferred in good faith (O'Boyle v. Carrasco, E.D. Wis. 2021;
//! Saliga v. Chemtura, D. Conn. 2015), and a file records such an offer with
//! `offer_to_confer`. A file written before that field existed could say so
//! only in words, as the other side's position ("Offered to meet and confer
//! further next week"). Reading an offer can only hold a record back, never
//! let one through, so the reading is broad where the refusal's
//! (`refusal.rs`) is strict: an offering word ("offered", "asked",
//! "proposed", "available", "willing"…) followed, through at most a few
//! small words ("to", "a", "again", "by telephone"…), by a word of
//! conferring ("meet", "confer", "talk", "discuss", "call"…). A text that
//! negates anything ("not", "never", "declined", "refused") is not read: "did
//! not offer to confer" and "refused to meet and confer, offering only a
//! letter" are not offers. Whether the movant answered the offer is the
//! checker's (`check::good_faith::offers_answered`).

use super::ItemDiscussion;
use super::default::has_any_word;

impl ItemDiscussion {
    /// The other side's recorded position says it offered or asked to talk.
    pub fn records_an_offer(&self) -> bool {
        says_offered_to_confer(&self.opponent_position)
    }
}

impl super::ConferralEvent {
    /// The contact's `summary` tells of an offer or request to talk, or
    /// gives only the days offered. Read only to take back a refusal told
    /// in words (`check::attempts::refusal_in_words`): a narration may tell
    /// the other side's offer on a contact that lists no request ("Defense
    /// counsel ... offered to hold the conference on October 2 or October
    /// 3", Roberts v. Lessard, M.D. La. 2017, as an old file recorded it),
    /// and a refusal the other side then went back on is no refusal.
    pub fn summary_offers_to_confer(&self) -> bool {
        // A narration names the movant's requests too ("answered
        // Defendant's requests to meet and confer"): only a verb of
        // offering, or the days offered, is read there.
        offered_with(&self.summary, OFFER_VERBS)
    }
}

/// Words that offer or ask.
const OFFER: &[&str] = &[
    "offered",
    "offers",
    "offer",
    "asked",
    "asks",
    "proposed",
    "proposes",
    "suggested",
    "suggests",
    "invited",
    "invites",
    "requested",
    "requests",
    "willing",
    "available",
    // "again proposing a meet-and-confer" (a nineteenth review: Saliga v.
    // Chemtura, D. Conn. 2015). Not "proposed that counsel meet and
    // confer": told of the past ("when Plaintiff's counsel proposed that
    // counsel meet and confer"), it was read as an open offer of the other
    // side's (an accepted-record review).
    // Not "offering": "Would not meet in person or by teleconference;
    // offering to confer by email instead" refuses a conference.
    "proposing",
    "suggesting",
    "inviting",
    "requesting",
    "asking",
    // Found in old-format recordings of rejected orders (Saliga, Orr,
    // O'Boyle): "happy to get on the phone", "remained open to a meet and
    // confer", "renewing the invitation to meet and confer", "expressed
    // willingness to engage in dialogue", "hoped to confer", "would like to
    // confer".
    "happy",
    "open",
    "invitation",
    "willingness",
    "hoped",
    "hopes",
    "like",
    // "wants to M&C w/ pltf" (a sixty-ninth review of O'Boyle).
    "wants",
    "wanted",
    // "Seeks to confer with pltf" (an eighty-first review of O'Boyle).
    "seeks",
    "sought",
    "seeking",
];

/// The offering words of `OFFER` that are only verbs (a summary's
/// narration uses "request" and "offer" as nouns of either side's).
const OFFER_VERBS: &[&str] = &[
    "offered",
    "proposed",
    "suggested",
    "invited",
    "willing",
    "available",
];

/// Small words allowed between the offer and the conferring.
const BETWEEN: &[&str] = &[
    "to",
    "a",
    "an",
    "for",
    "the",
    "again",
    "further",
    "another",
    "once",
    "more",
    "by",
    "telephone",
    "phone",
    "video",
    "in",
    "person",
    "personally",
    "get",
    "hop",
    "on",
    // "Offered to hold the conference on October 2 or October 3", "offered
    // to set up a call" (a third review: Roberts v. Lessard, M.D. La.).
    "hold",
    "have",
    "set",
    "up",
    "schedule",
];

/// Conferring.
const CONFER: &[&str] = &[
    "meet",
    "confer",
    "conference",
    "talk",
    "discuss",
    "speak",
    "call",
    "meeting",
    "phone",
    "engage",
    "dialogue",
    // "M&C": its first word (a sixty-ninth review of O'Boyle).
    "m",
];

/// "Unavailable" is no offer (negations, `phrase::NEGATION`, are not read
/// either).
const UNAVAILABLE: &[&str] = &["unavailable"];

/// How many small words may come between the offer and the conferring.
const REACH: usize = 4;

/// Whether `text` says its author offered or asked to confer: in some
/// clause with no negation in it ("Not available today; offered to hold the
/// conference on October 2" offers; "Refused to meet and confer, offering
/// only a letter" does not), or by giving the days it is available
/// ("Available October 9 or 10, 2:00-4:00 p.m.").
pub(crate) fn says_offered_to_confer(text: &str) -> bool {
    offered_with(text, OFFER)
}

/// `says_offered_to_confer`, with `offer` the words that may open an offer.
fn offered_with(text: &str, offer: &[&str]) -> bool {
    // Asked of positions on every keystroke: the offer is looked for first,
    // and a negation only where one is found.
    super::phrase::clauses(text).any(|clause| {
        (super::phrase::leads_to_where(clause, offer, BETWEEN, CONFER, REACH, &[], |_| true)
            || available_on_a_day(clause)
            || only_days(clause))
            && !super::phrase::negated(clause)
            && !has_any_word(clause, UNAVAILABLE)
            && !in_writing_only(clause)
    })
}

/// An offer to confer only in writing is a refusal of a conference: "Seeks
/// to confer only by email; would not meet in person or by
/// teleconference", "Offered to confer by email only", "sought to confer in
/// writing instead" (White v. Relay Resources, W.D. Wash. 2020, where the
/// pro se plaintiff "would confer only by email": an eighty-fifth review).
fn in_writing_only(clause: &str) -> bool {
    use super::phrase::{is_one_of, words};
    const LIMIT: &[&str] = &["only", "instead", "solely", "exclusively"];
    const WRITING: &[&str] = &[
        "email",
        "emails",
        "mail",
        "writing",
        "written",
        "letter",
        "letters",
        "correspondence",
    ];
    // Read on every keystroke: most clauses hold no limiting word, and a
    // substring search settles that before the word scan.
    if !["nly", "NLY", "nstead", "NSTEAD", "olely", "xclusive"]
        .iter()
        .any(|p| clause.contains(p))
        || !has_any_word(clause, LIMIT)
    {
        return false;
    }
    // The writing is the means ("by email", "in writing", "via e-mail"),
    // and the limit is next to it: not "by phone instead of more letters",
    // "only after our letter".
    let ws: Vec<&[u8]> = words(clause).collect();
    (0..ws.len()).any(|j| {
        let means =
            (1..=2).any(|n| j >= n && is_one_of(ws[j - n], &["by", "in", "via", "through"]));
        let near = |k: usize| k < ws.len() && is_one_of(ws[k], LIMIT);
        is_one_of(ws[j], WRITING)
            && means
            && (near(j + 1) || (j >= 2 && near(j - 2)) || (j >= 3 && near(j - 3)))
    })
}

/// Words that put something new on the table: a compromise, an
/// alternative, another date.
const ALTERNATIVE: &[&str] = &[
    "offered",
    "offers",
    "proposed",
    "proposes",
    "suggested",
    "suggests",
    "willing",
    "willingness",
    "happy",
    "reschedule",
    "alternative",
    "alternatives",
    "compromise",
];

/// The same in a summary, the movant's own narration, where "proposed",
/// "alternative" and "compromise" may name the movant's own ("our proposed
/// search terms"): only words of the other side's offering.
const ALTERNATIVE_IN_SUMMARY: &[&str] = &["offered", "willing", "happy", "reschedule"];

/// Whether the other side's own message says it put something on the table
/// ("would be more than happy to reschedule the deposition or provide
/// written responses", Trinkl v. Aldous, D. Utah 2024, where the movant
/// did not answer that email and moved), in some clause with no negation
/// ("Rejected our compromise" offers nothing). `summary`: the text is the
/// movant's narration of the message, not the other side's position.
/// Reading an offer can only hold a record back, never let one through.
pub(crate) fn says_offered_something(text: &str, summary: bool) -> bool {
    let offer = if summary {
        ALTERNATIVE_IN_SUMMARY
    } else {
        ALTERNATIVE
    };
    use super::phrase::{is_one_of, words};
    // Told of the past, an offer is history, not one left open: "Counsel
    // had already met and conferred in September, when Plaintiff's counsel
    // proposed that counsel meet and confer by telephone" (an accepted
    // review of Gade v. State Farm, D. Vt. 2016).
    let open_offer = |clause: &str| {
        let mut ws = words(clause).peekable();
        let mut found = false;
        while let Some(w) = ws.next() {
            if is_one_of(w, &["when", "had"]) {
                return false;
            }
            found |= is_one_of(w, offer) && ws.peek().is_none_or(|n| !is_one_of(n, &["that"]));
        }
        found
    };
    has_any_word(text, offer)
        && super::phrase::clauses(text).any(|clause| {
            open_offer(clause)
                && !super::phrase::negated(clause)
                && !has_any_word(clause, UNAVAILABLE)
                && !in_writing_only(clause)
        })
}

/// Days of the week, as notes write them.
const WEEKDAY: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thurs",
    "fri",
];

/// Whether `clause` opens by saying its author is available on a day
/// ("Available October 9 or 10", "Counsel is available Monday").
fn available_on_a_day(clause: &str) -> bool {
    use super::phrase::{MONTH, is_one_of, words};
    const WHO: &[&str] = &[
        "counsel", "opposing", "defense", "she", "he", "they", "is", "was", "are", "would", "be",
        "will",
    ];
    let mut ws = words(clause).skip_while(|w| is_one_of(w, WHO));
    ws.next().is_some_and(|w| is_one_of(w, &["available"]))
        && ws
            .take(2)
            .any(|w| is_one_of(w, MONTH) || is_one_of(w, WEEKDAY))
}

/// Whether `clause` gives nothing but days and times, as a note of the
/// days the other side offered ("Oct. 2 or 3 instead.", "Oct. 9 or 10,
/// 2-4 p.m.", "Can do 10/2 or 10/3", "Gave us Oct. 2 and Oct. 3", "10/9 or
/// 10/10 from 2 to 4 works"): a rejected-record review of Roberts v.
/// Lessard (M.D. La. 2017), where such dates answered a demand to confer.
/// A clause with any other word ("Responses by Oct. 2", "Deposition Oct.
/// 2 or 3") is not one.
fn only_days(clause: &str) -> bool {
    use super::phrase::{MONTH, is_one_of, words};
    // The days, and the small words of a note offering them ("Suggests
    // 10/2 or 10/3", "D cnsl proposes 10/9 or 10/10, 2-4 pm", "10/2-10/3
    // work for her", "Avail. 10/9 or 10/10": a seventeenth review).
    // (The words of `OFFERING` below count as small words too.)
    const SMALL: &[&str] = &[
        "do", "us", "p", "a", "m", "am", "pm", "from", "to", "at", "on", "the", "st", "nd", "rd",
        "th", "is", "for", "her", "him", "them", "d", "def", "dft", "opp", "cnsl", "counsel",
    ];
    // A number, or an hour run together with its half of the day ("4pm").
    // A dateline ("Dec. 30, 2019.") offers nothing: days offered come as
    // a choice ("or", "and", a range) or with a word of offering.
    const OFFERING: &[&str] = &[
        "or",
        "and",
        "either",
        "instead",
        "works",
        "work",
        "can",
        "could",
        "gave",
        "give",
        "suggests",
        "suggested",
        "proposes",
        "proposed",
        "available",
        "avail",
        "between",
    ];
    let mut offering = clause.contains('-');
    let number = |w: &[u8]| {
        let digits = w.iter().take_while(|b| b.is_ascii_digit()).count();
        digits == w.len() || (digits > 0 && is_one_of(&w[digits..], &["am", "pm"]))
    };
    let mut day = false;
    let mut any = false;
    for w in words(clause) {
        any = true;
        offering |= is_one_of(w, OFFERING);
        if is_one_of(w, MONTH) || is_one_of(w, WEEKDAY) {
            day = true;
        } else if !(number(w) || is_one_of(w, SMALL) || is_one_of(w, OFFERING)) {
            return false;
        }
    }
    // A day named, or one written as a number over a number ("10/2").
    let slashed = clause
        .as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b'/' && w[2].is_ascii_digit());
    any && offering && (day || slashed)
}

#[cfg(test)]
mod tests {
    use super::{says_offered_something, says_offered_to_confer};

    #[test]
    fn an_alternative_the_other_side_put_forward_is_read() {
        for (t, summary) in [
            // Trinkl v. Aldous (D. Utah 2024), as a review recorded it.
            (
                "Aldous email; would reschedule or give written answers.",
                true,
            ),
            (
                "More than happy to reschedule the deposition or provide written responses.",
                false,
            ),
            (
                "Maintains objections; offered documents from 2023 onward.",
                false,
            ),
            ("Proposed 9/6 instead.", false),
            ("Willing to produce the 2019 records.", true),
        ] {
            assert!(says_offered_something(t, summary), "{t:?} offers something");
        }
        for (t, summary) in [
            ("Reaffirmed unavailability.", false),
            ("Rejected our compromise.", false),
            ("Not willing to produce anything more.", false),
            ("Stands on its objections.", false),
            // In the movant's narration, "proposed" is as likely its own.
            (
                "Defense email on our proposed search terms: still too broad.",
                true,
            ),
            ("Declined the offered dates.", true),
            (
                "Would not produce them in Excel. Counsel had already met and conferred in September, when Plaintiff's counsel proposed that counsel meet and confer by telephone.",
                false,
            ),
            ("Proposed that the parties meet next week.", false),
        ] {
            assert!(!says_offered_something(t, summary), "{t:?} offers nothing");
        }
    }

    #[test]
    fn offers_to_talk_are_read() {
        for t in [
            "Offered to meet and confer further next week.",
            "Asked to meet and confer again before any motion; proposed a compromise.",
            "Addressed the issues raised and offered to meet and confer.",
            "Followed up and again asked to meet and confer.",
            "Proposed a call on Thursday.",
            "Available to discuss the requests by telephone on Monday.",
            "Willing to talk.",
            "Requested a meeting.",
            "Happy to get on the phone to discuss.",
            // Saliga (D. Conn. 2015), as a nineteenth review wrote it.
            "Again proposing a meet-and-confer on the requests.",
            "Remained open to a meet and confer.",
            "Renewing the invitation to meet and confer.",
            "Expressed willingness to engage in dialogue to resolve the issues.",
            "Hoped to confer before any motion.",
            "Would like to confer on the requests.",
            "Offered to confer on Request No. 4 next week.",
            // A third review (Roberts v. Lessard, M.D. La.): dates offered.
            "Offered to hold the conference on October 2 or October 3.",
            "Not available today; offered to hold the conference on October 2 or 3.",
            "Available October 9 or 10, 2:00-4:00 p.m.",
            "Offered to set up a call next week.",
            // The days alone, in a note (a rejected-record review of Roberts).
            "Not today. Oct. 2 or 3 instead.",
            "Oct. 9 or 10, 2-4 p.m.",
            "Can do 10/2 or 10/3",
            "Gave us Oct. 2 and Oct. 3",
            "10/9 or 10/10 from 2 to 4 works",
            "Suggests 10/2 or 10/3",
            "D cnsl proposes 10/9 or 10/10, 2-4 pm",
            "10/2-10/3 work for her",
            "Available 10/9 or 10/10, 2-4pm",
            "D cnsl avail Oct. 9 or 10, 2-4 p.m.",
            // A sixty-ninth review of O'Boyle (E.D. Wis. 2021).
            "Gen. objections encl.; wants to M&C w/ pltf; asks short ext. to get him docs.",
            "Wanted to discuss the requests by phone.",
            // An eighty-first review of O'Boyle.
            "Objections encl.; seeks to confer with pltf.",
            // The limit not on writing (an eighty-seventh review).
            "Offered to talk by phone instead of more letters.",
            "Willing to meet only after our letter.",
        ] {
            assert!(says_offered_to_confer(t), "{t:?} should read as an offer");
        }
    }

    #[test]
    fn anything_else_is_not_an_offer() {
        for t in [
            "Offered documents from 2023 onward.",
            "Offered to produce documents for 2019-2021 if plaintiff narrows the request.",
            "Could not properly and timely respond to the altered proposed interrogatories; meet and confer efforts were therefore not complete.",
            "Requests for production are overbroad.",
            "Did not offer to confer.",
            "Rejected Plaintiff's offer to meet and confer between April 16 and 23.",
            "Turned down the offer to confer.",
            "Refused to meet and confer, offering only a letter.",
            "Never asked to talk.",
            // An eighty-fifth review of White v. Relay Resources.
            "Seeks to confer only by email; would not meet in person or by teleconference.",
            "Offered to confer by email only.",
            "Sought to confer in writing instead.",
            "Happy to confer by email instead.",
            "Willing to discuss it in writing only.",
            "Stands on objection.",
            "Asked plaintiff to withdraw the interrogatory before any call.",
            "Open to producing the 2019 records.",
            "Would like the requests narrowed.",
            "Documents will be available October 9.",
            "Not available October 9 or 10.",
            "Responses by Oct. 2.",
            "Deposition Oct. 2 or 3.",
            "Served 10/2.",
            "2 or 3",
            "Dec. 30, 2019.",
            "12/30/19: OK.",
            "Feb. 27, 2023.",
            "Unavailable until October 9; will not hold the conference.",
            "Wants the documents by 11/13.",
            "Available at 3 p.m. for the deposition.",
            "",
        ] {
            assert!(
                !says_offered_to_confer(t),
                "{t:?} should not read as an offer"
            );
        }
    }
}
