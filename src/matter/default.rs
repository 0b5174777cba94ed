//! Whether the other side served nothing at all on a request (a complete
//! default). One rule for the checker, the app and the exports.
//!
//! A file that does not record `no_response` (written before the field
//! existed, or saved by an earlier build with the box left unticked) could
//! say so only in words, in the request's `objection` ("No responses
//! served", "Plaintiffs have not responded to the requests"). Such files are
//! read for what they say, but only when the whole objection is one plain
//! statement that nothing came: an optional subject ("Plaintiffs", "The
//! defendant", or the owing party by name, see `OwingNames`), a statement that nothing was served ("have not responded",
//! "no answers or objections", "failed to serve its initial disclosures"),
//! optionally "to" the requests, and optionally a time ("by the agreed
//! deadline", "as of the filing of the motion"). Anything else (a number,
//! a second sentence (but one saying the responses were promised and never
//! came), a limit such as "fully" or "until July 30", another
//! subject such as "our letter") leaves the request read as answered, the
//! stricter reading. A recorded `no_response`, true or false, always wins;
//! the checker says when it relied on the words, and exports never state a
//! default on the strength of words alone.

use super::{DisputedItem, Matter};

/// A word of an objection, in lower case.
type Word<'a> = &'a str;

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

/// The words that may name the side owing the responses as the subject of
/// a statement that nothing came: each word of the other side's party names,
/// and their initials ("General Warranty Services, Inc." gives "general",
/// "warranty", "services", "inc", "gwsi" and "gws"). So "GWS has not
/// responded to the discovery requests", "The City has not responded" and
/// "Defendant Acme served no responses" read as "Defendant has not
/// responded" does: recorders name the party as often as its role. A word
/// that could say which responses, or how good they were ("complete",
/// "supplemental", "full"), is never one, whatever the parties are called:
/// "Complete responses not provided" asks for more complete ones.
#[derive(Debug, Default, Clone)]
pub struct OwingNames(Vec<String>);

/// Words of a party's name that never stand for it in an objection.
const NOT_A_NAME: &[&str] = &[
    // Joining words of names ("City of Paola", "Smith & Sons").
    "of",
    "the",
    "and",
    "a",
    "an",
    "for",
    "in",
    "on",
    "at",
    "to",
    "by",
    "de",
    "et",
    "al",
    // Words that qualify what was served.
    "complete",
    "completed",
    "completely",
    "full",
    "fully",
    "supplemental",
    "supplementary",
    "supplement",
    "amended",
    "further",
    "adequate",
    "adequately",
    "proper",
    "properly",
    "verified",
    "signed",
    "partial",
    "partially",
    "sufficient",
    "sufficiently",
    "responsive",
    "timely",
    "all",
    "any",
    "some",
    "remaining",
    "outstanding",
    "other",
    "additional",
    "new",
    "revised",
    "updated",
    "late",
    "deficient",
    "incomplete",
    "privilege",
    "privileged",
    "log",
    "expert",
    "damages",
    "more",
    "final",
    "substantive",
    "meaningful",
    "formal",
    "only",
    "most",
    "part",
    "portion",
    "certain",
    "specific",
    "requested",
    // Words of the statement itself.
    "no",
    "not",
    "never",
    "none",
    "nothing",
    "yet",
    "zero",
    "neither",
    "nor",
    "or",
    // Roles, not names: a file may call counsel "Plaintiff's counsel".
    "counsel",
    "attorney",
    "attorneys",
    "lawyer",
    "lawyers",
    "plaintiff",
    "plaintiffs",
    "defendant",
    "defendants",
    "defense",
    "defence",
    "esq",
    "firm",
    "office",
    "lead",
    "local",
    "party",
    "parties",
    "other",
    "side",
    "opposing",
    "movant",
    "respondent",
];
/// Words after a name that the initials may leave out ("SDC" or "SD" for
/// "Smart Data Corp.").
const SUFFIX: &[&str] = &[
    "inc",
    "llc",
    "corp",
    "co",
    "ltd",
    "lp",
    "llp",
    "pc",
    "pllc",
    "na",
    "company",
    "corporation",
    "incorporated",
    "limited",
];

impl OwingNames {
    /// The names of every party not on the movant's side: on a motion about
    /// responses owed, they are who owes them.
    pub fn of(matter: &Matter) -> Self {
        Self::from_names(
            matter
                .parties
                .iter()
                .filter(|p| p.side != matter.motion.movant)
                .map(|p| p.name.as_str()),
        )
    }

    /// The names of every party not on the movant's side and of the counsel
    /// who act for them: a summary that names the other side's counsel
    /// ("Childs argues the file is WP, with his written answer to the GR
    /// ltr by 1/26": a fifty-second review of Kosjer) tells of that side's
    /// promise. (The default reading keeps to the parties, `of`: a party
    /// owes the responses.)
    pub fn theirs(matter: &Matter) -> Self {
        Self::side_with_counsel(matter, false)
    }

    /// The names of the movant's own parties and of the counsel who act
    /// for them: a narration that names one of them ("Jane Roe mailed Mr.
    /// Brown the revised order, as promised") tells of the movant's side.
    pub fn movants(matter: &Matter) -> Self {
        Self::side_with_counsel(matter, true)
    }

    /// The names of the parties on the movant's side (`movants`) or on the
    /// other, with their counsel's.
    fn side_with_counsel(matter: &Matter, movants: bool) -> Self {
        let ours = |side: super::Side| (side == matter.motion.movant) == movants;
        Self::from_names(
            matter
                .parties
                .iter()
                .filter(|p| ours(p.side))
                .map(|p| p.name.as_str())
                .chain(
                    matter
                        .counsel
                        .iter()
                        .filter(|c| {
                            c.represents
                                .iter()
                                .any(|id| matter.party_by_id(id).is_some_and(|p| ours(p.side)))
                        })
                        .map(|c| c.name.as_str()),
                ),
        )
    }

    fn from_names<'a>(names: impl Iterator<Item = &'a str>) -> Self {
        let mut out = Vec::new();
        for name in names {
            let mut initials = String::new();
            let mut initials_bare = String::new();
            for w in name
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
            {
                let lower = w.to_lowercase();
                if NOT_A_NAME.contains(&lower.as_str()) {
                    continue;
                }
                if let Some(first) = w.chars().next().filter(|c| c.is_uppercase()) {
                    initials.extend(first.to_lowercase());
                    if !SUFFIX.contains(&lower.as_str()) {
                        initials_bare.extend(first.to_lowercase());
                    }
                }
                if lower.chars().count() >= 2 && !lower.chars().all(|c| c.is_ascii_digit()) {
                    out.push(lower);
                }
            }
            for i in [initials, initials_bare] {
                if i.chars().count() >= 2 && !NOT_A_NAME.contains(&i.as_str()) {
                    out.push(i);
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        OwingNames(out)
    }

    fn contains(&self, word: &str) -> bool {
        self.0.iter().any(|n| n == word)
    }

    /// The words of `names`, as a test builds them.
    #[cfg(test)]
    pub(crate) fn from_names_for_test(names: &[&str]) -> Self {
        Self::from_names(names.iter().copied())
    }

    /// Whether `word`, in any case, is one of the names' words.
    pub(crate) fn contains_word(&self, word: &[u8]) -> bool {
        self.0
            .iter()
            .any(|n| n.as_bytes().eq_ignore_ascii_case(word))
    }
}

impl DisputedItem {
    /// Whether nothing was served on this request, and how the record says
    /// so; `owing` names the side that owes the responses
    /// (`OwingNames::of` the matter).
    pub fn default_reading(&self, owing: &OwingNames) -> DefaultReading {
        match self.no_response {
            Some(recorded) => DefaultReading::Recorded(recorded),
            None => read_once(&self.objection, &self.label, owing, || {
                if words_say_nothing_served_by(&self.objection, owing)
                    // "Not provided." on "Plaintiff's Rule 26(a)(1)
                    // disclosures": the request's own label says which
                    // responses never came.
                    || (label_names_a_response(&self.label)
                        && (words_say_nothing_served_of_named(&self.objection, owing)
                            || due_then_named_statement(&self.objection.to_lowercase(), owing)))
                {
                    DefaultReading::Words
                } else {
                    DefaultReading::NotSaid
                }
            }),
        }
    }

    /// Whether nothing was served on this request, on a motion of `kind`:
    /// the words are read only on a motion about responses owed (to compel,
    /// or for Rule 37(d) sanctions); on a motion for a protective order "no
    /// response" is about something else (a proposal, a letter).
    pub fn defaulted_in(&self, kind: super::MotionKind, owing: &OwingNames) -> bool {
        match self.default_reading(owing) {
            DefaultReading::Words => {
                matches!(
                    kind,
                    super::MotionKind::Compel | super::MotionKind::Sanctions37d
                )
            }
            reading => reading.defaulted(),
        }
    }
}

/// The reading of an objection's words for a default, once per thread for
/// each distinct objection, with the label and the owing side's names it is
/// read with (see `memo`).
fn read_once(
    objection: &str,
    label: &str,
    owing: &OwingNames,
    read: impl FnOnce() -> DefaultReading,
) -> DefaultReading {
    type Read = (Box<str>, Box<str>, Vec<String>);
    thread_local! {
        static READ: super::memo::Memo<Read, DefaultReading> = Default::default();
    }
    super::memo::remembered(
        &READ,
        &(objection, label, &owing.0),
        |(o, l, w)| &**o == objection && &**l == label && *w == owing.0,
        || (objection.into(), label.into(), owing.0.clone()),
        read,
    )
}

/// Words that may open the statement: who did not respond.
const SUBJECT: &[&str] = &[
    "the",
    "a",
    "plaintiff",
    "plaintiffs",
    "defendant",
    "defendants",
    "party",
    "parties",
    "respondent",
    "respondents",
    "deponent",
    "witness",
    "counsel",
    "mr",
    "ms",
    "mrs",
    "dr",
    "he",
    "she",
    "they",
    "it",
    "its",
    "their",
    "his",
    "her",
    "s",
    "overdue",
    "default",
    "initial",
    "init",
    // "Defendants have not served their mandatory disclosures" (the words
    // of Joe Hand Promotions v. Jackson Boyz, D. Neb. 2019, as a second
    // recorder kept them: an over-strictness review, 151).
    "mandatory",
    "written",
    "discovery",
    "responses",
    "answers",
    "disclosures",
    "discl",
    "still",
    // What went unanswered, named first ("Plaintiff's first set of
    // interrogatories not answered"; the requests themselves are in
    // `REQUEST_NOUN`).
    "disclosure",
    "response",
    "production",
    "for",
    "of",
    "documents",
    "admission",
    "admissions",
    "set",
    "first",
    "second",
    "third",
    // Notes kept in a hurry: "Past due - nothing served", "pltf".
    "past",
    "due",
    "pltf",
    "pltfs",
    "def",
    "deft",
    "defs",
];
/// Requests a subject may name: what they name went unanswered only if the
/// statement says so ("Rogs not answered"); "Interrogatories not served" may
/// be about the requests themselves.
const REQUEST_NOUN: &[&str] = &[
    "rogs",
    "rog",
    "rfas",
    "rfa",
    "rfps",
    "rfp",
    "interrogatories",
    "interrogatory",
    "requests",
    "request",
];
/// Adverbs allowed between the parts of the statement.
const ADVERB: &[&str] = &[
    "completely",
    "wholly",
    "entirely",
    "totally",
    "altogether",
    "ever",
    "still",
    "even",
    "been",
];
/// Nouns for what was not served (at least one of these must be named
/// when the statement names anything).
const RESPONSE_NOUN: &[&str] = &[
    // "No resp. served" (notes kept in a hurry).
    "resp",
    "resps",
    // "Init. discl. never provided" (an over-strictness review, 48, of
    // Null v. Gitchell).
    "discl",
    "response",
    "responses",
    "answer",
    "answers",
    "disclosure",
    "disclosures",
];
/// Words that may stand with them in a list of what never came.
const LIST_OTHER: &[&str] = &[
    // Which requests the responses answer: "No RFP responses served".
    "rfp",
    "rfps",
    "rog",
    "rogs",
    "rfa",
    "rfas",
    "interrogatory",
    "document",
    "objection",
    "objections",
    "explanation",
    "explanations",
    "production",
    "documents",
    "or",
    "and",
    "nor",
    "any",
    "written",
    "discovery",
    "initial",
    "init",
    "mandatory",
    "its",
    "their",
    "his",
    "her",
    "the",
    // "served a response", "his Rule 26(a)(1) disclosures".
    "a",
    "rule",
    "26",
    "1",
];
/// After "to": what went unanswered.
const TO_WHAT: &[&str] = &[
    "rogs",
    "rog",
    "rfps",
    "rfp",
    "rfas",
    "rfa",
    "the",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "any",
    "all",
    "of",
    "for",
    "and",
    "or",
    "plaintiff",
    "plaintiffs",
    "defendant",
    "defendants",
    "s",
    "first",
    "second",
    "third",
    "set",
    "sets",
    "discovery",
    "request",
    "requests",
    "interrogatory",
    "interrogatories",
    "production",
    "documents",
    "admission",
    "admissions",
    "disclosure",
    "disclosures",
    "subpoena",
    "them",
    "it",
    "written",
    "initial",
    "init",
    "mandatory",
];
/// Words that open a time after the statement.
const WHEN: &[&str] = &[
    "as",
    "by",
    "since",
    "within",
    "when",
    "before",
    "despite",
    "due",
    "after",
    "at",
    "about",
    "whatsoever",
    "overdue",
    "past",
    // "never provided, though counsel said at the conference that it would
    // be forthcoming": what follows is read like a time.
    "though",
    "although",
];
/// Words that qualify what did not come ("nothing adequate", "no complete
/// responses"): after the statement, they say that something less came.
const QUALIFIED: &[&str] = &[
    "adequate",
    "complete",
    "responsive",
    "useful",
    "sufficient",
    "compliant",
    "proper",
    "substance",
    "substantive",
    "meaningful",
    "further",
    "more",
    "new",
    "else",
    "full",
    "fully",
    "verified",
    "signed",
];

/// Number words a stretch of time may be counted in.
const COUNT: &[&str] = &[
    "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "several", "many", "few",
];

/// Words that, in the time after the statement, show something came or
/// that the statement is limited: read as answered.
const NOT_IN_WHEN: &[&str] = &[
    "until",
    "but",
    "however",
    "except",
    "served",
    "answered",
    "responded",
    "produced",
    "provided",
    "received",
    "mailed",
    "emailed",
    "sent",
    "objection",
    "objections",
    "objected",
    "partial",
    "partially",
    "incomplete",
    "insufficient",
    "deficient",
    "evasive",
    "inadequate",
    "late",
    "later",
    "supplemental",
    "supplement",
    "amended",
    "dispute",
    "disputes",
    "disputed",
    "contends",
    "claims",
    "privilege",
    "withheld",
    "only",
    "answers",
    "responses",
    // A past time that does not reach the motion ("had not responded by
    // then", "as of the first letter"; "at that time" is read below), or a
    // limit on who answered ("not answered by Plaintiff himself").
    "then",
    "first",
    "letter",
    "letters",
    "email",
    "emails",
    "calls",
    "himself",
    "herself",
    "itself",
    // Something came, or was not owed (a fourth review): "they arrived
    // July 3", "eventually did", "no responses due before July 30", "no
    // response is required", "the requests were withdrawn", "discovery is
    // stayed".
    "arrived",
    "came",
    "delivered",
    "eventually",
    "read",
    "rec",
    "recd",
    "got",
    "withdrawn",
    "stayed",
    "required",
    "owed",
    "is",
    "are",
    "did",
    "deposition",
    "call",
    // A sixth review: what came or was put off, in other words ("though
    // defendants handed them over", "has since cured", "the clerk docketed
    // them", "the deadline was reset", "we gave him more time", "though
    // they will be served tomorrow").
    "handed",
    "turned",
    "cured",
    "docketed",
    "faxed",
    "uploaded",
    "reached",
    "showed",
    "insists",
    "replied",
    "settled",
    "excused",
    "quashed",
    "continued",
    "reset",
    "allowed",
    "gave",
    "suspended",
    "moved",
    "instead",
    "mail",
    "will",
    "ll",
    "tomorrow",
    "soon",
    "shortly",
    "hand",
    "have",
    "were",
];

/// Whether one of `words` (in lower case) is a word of `text`, in any case:
/// the cheap test the readers of a recorded text (`default`, `silence`,
/// `refusal`) make before they allocate, as they run on every keystroke.
///
/// Asked of every summary and position on every keystroke, so a word of the
/// text is compared only when some word sought has its length (a bit per
/// length, the last bit for every length from 63 up), and text that is all
/// ASCII, nearly all of it, is split byte by byte rather than by Unicode
/// character class (for ASCII the two agree).
pub(crate) fn has_any_word(text: &str, words: &[&str]) -> bool {
    let bit = |len: usize| 1u64 << len.min(63);
    let lengths = words.iter().fold(0u64, |m, w| m | bit(w.len()));
    let sought = |w: &[u8]| {
        lengths & bit(w.len()) != 0 && words.iter().any(|c| w.eq_ignore_ascii_case(c.as_bytes()))
    };
    if text.is_ascii() {
        text.as_bytes()
            .split(|b| !b.is_ascii_alphanumeric())
            .any(sought)
    } else {
        text.split(|c: char| !c.is_alphanumeric())
            .any(|w| sought(w.as_bytes()))
    }
}

/// Whether a contact's summary says the contact was the discovery request
/// itself ("Original request to Plaintiff", "Dfts' original RFP", "Our
/// original requests served by mail"), not a later ask for the answer it
/// never got. In a complete default only asks made after the answer was due
/// count (Packard v. Temenos, S.D. Ga. 2016: "other than arguably in their
/// original request", one letter, which was not enough; a review logged
/// the original request as the first of two asks). Only where the words
/// open the summary, after at most two words naming whose request it was:
/// "Reminded OC of our original request" is an ask.
pub fn summary_is_the_request(text: &str) -> bool {
    if !has_any_word(text, &["original"]) {
        return false;
    }
    const WHOSE: &[&str] = &[
        "our",
        "my",
        "the",
        "its",
        "their",
        "his",
        "her",
        "dfts",
        "dft",
        "defs",
        "def",
        "pltfs",
        "pltf",
        "plaintiff",
        "plaintiffs",
        "defendant",
        "defendants",
        "s",
    ];
    // Not an opening that goes on to tell the request went unanswered or
    // is overdue, or that asks for the answers: "Original requests (served
    // 8/24) went unanswered; good-faith letter sent", "Original request for
    // the past-due responses", "Original requests' deadline passed; emailed
    // pro se Pltf" (an over-strictness review, 75, of Null v. Gitchell and
    // Wilson v. Fairfield Inn), nor one with a negation outside brackets
    // ("…; they noted the initial disclosure had not been served": Cooper).
    const FOLLOW_UP: &[&str] = &[
        "unanswered",
        "answered",
        "overdue",
        "past",
        "due",
        "deadline",
        "late",
        "still",
        "outstanding",
        "went",
        "response",
        "responses",
        "answers",
        "follow",
        "followed",
        "reminder",
        "reminded",
        "again",
        "asked",
        "asking",
        "seeking",
        "sought",
        "not",
        "never",
        "no",
        "none",
    ];
    if has_any_word(&super::elsewhere::without_brackets(text), FOLLOW_UP) {
        return false;
    }
    let ws: Vec<&[u8]> = super::words(text).take(5).collect();
    ws.iter()
        .position(|w| super::is_one_of(w, &["original"]))
        .is_some_and(|k| {
            k <= 2
                && ws[..k].iter().all(|w| super::is_one_of(w, WHOSE))
                && ws.get(k + 1).is_some_and(|w| {
                    super::is_one_of(w, super::REQUEST_WORDS) || super::is_one_of(w, &["discovery"])
                })
        })
}

/// Whether `text` is one plain statement that nothing was served.
/// Whether a request's label names a whole set of responses owed
/// ("Plaintiff's initial disclosures", "Answers to the First
/// Interrogatories"): plural, and not one part of them ("damages
/// disclosure", "supplemental responses", "the computation of damages in
/// the disclosures", where the rest may have been served).
fn label_names_a_response(label: &str) -> bool {
    // "Plaintiff's initial disclosure under Rule 26(a)(1)": one document,
    // the whole of what the rule requires.
    let initial = has_any_word(label, &["disclosure"]) && has_any_word(label, &["initial", "26"]);
    (initial || has_any_word(label, &["responses", "answers", "disclosures"]))
        && !has_any_word(
            label,
            &[
                "damages",
                "computation",
                "supplemental",
                "supplement",
                "supplementation",
                "amended",
                "expert",
                "part",
                "portion",
                "deficient",
                "incomplete",
            ],
        )
}

/// As `words_say_nothing_served`, where the request's label already names
/// the responses, so "Not provided." and "Never produced." need not.
fn words_say_nothing_served_of_named(text: &str, owing: &OwingNames) -> bool {
    if !has_any_word(text, &["not", "never", "none", "nothing", "no"]) {
        return false;
    }
    let lower = text.to_lowercase();
    statement_of(&words_of(&lower), true, owing)
}

/// `words_say_nothing_served_by`, where no party's name may be the subject.
#[cfg(test)]
pub(crate) fn words_say_nothing_served(text: &str) -> bool {
    words_say_nothing_served_by(text, &OwingNames::default())
}

/// Whether `text` is one plain statement that nothing was served, whose
/// subject may also be a name in `owing`.
pub(crate) fn words_say_nothing_served_by(text: &str, owing: &OwingNames) -> bool {
    // Most objections say nothing of the kind: unless a word that could
    // carry the statement is present, stop before building the word list.
    const CARRIERS: &[&str] = &[
        "no", "not", "none", "nothing", "never", "neither", "failed", "hasn", "haven", "hadn",
        "didn", "wasn", "weren", "served", "yet", "zero",
    ];
    if !has_any_word(text, CARRIERS) {
        return false;
    }
    // One lower-case copy of the text, and its words borrowed from it (a
    // copy per word was most of the cost of reading an old file's
    // objections on every keystroke).
    let lower = text.to_lowercase();
    let words = words_of(&lower);
    statement(&words, owing)
        || first_clause_with_context(&lower, owing)
        || due_then_statement(&lower, owing)
}

/// When the responses were owed, then the statement that none came, in a
/// clause of its own: "Responses overdue since 6/28/17; she has served
/// none", "Responses were due March 1, 2017. None have been served". The
/// first clause may say only what was owed (the words a subject may use),
/// that it was due or overdue, and a date; the rest must be the statement
/// itself. "Supplemental responses were due March 1; none served" is not
/// read: "supplemental" says which.
fn due_then_statement(lower: &str, owing: &OwingNames) -> bool {
    if !has_any_word(lower, &["due", "overdue"]) {
        return false;
    }
    // Every clause mark may end the first clause: "Mar. 1" has a period.
    lower.match_indices([';', '.']).any(|(at, _)| {
        due_clause_of(&words_of(&lower[..at]), owing)
            && words_say_nothing_served_by(&lower[at + 1..], owing)
    })
}

/// `due_then_statement` where the request's label names the responses, so
/// the statement need not: "Due June 28, 2022. Never served." on
/// "Plaintiff's initial disclosures".
fn due_then_named_statement(lower: &str, owing: &OwingNames) -> bool {
    if !has_any_word(lower, &["due", "overdue"]) {
        return false;
    }
    lower.match_indices([';', '.']).any(|(at, _)| {
        due_clause_of(&words_of(&lower[..at]), owing)
            && statement_of(&words_of(&lower[at + 1..]), true, owing)
    })
}

/// "Responses overdue since 6/28/17", "Answers were due March 1, 2017",
/// "Due 3/1/17": what was owed, that it was due, and when; nothing else.
/// What was owed may be named by whose it was ("Plaintiffs' answers were due
/// September 7, 2024", "GWS's responses are past due").
fn due_clause_of(w: &[Word<'_>], owing: &OwingNames) -> bool {
    let Some(at) = w.iter().position(|x| *x == "due" || *x == "overdue") else {
        return false;
    };
    let (what, when) = (&w[..at], &w[at + 1..]);
    let owed = |x: &&str| {
        any_of(x, RESPONSE_NOUN)
            || any_of(
                x,
                &[
                    "plaintiff",
                    "plaintiffs",
                    "defendant",
                    "defendants",
                    "s",
                    "pltf",
                    "def",
                ],
            )
            || owing.contains(x)
            || any_of(
                x,
                &[
                    "initial",
                    "init",
                    "discovery",
                    "the",
                    "his",
                    "her",
                    "its",
                    "their",
                    // "…; they were due no later than November 14, 2016"
                    // (an accepted-record review of Stringfellow).
                    "they",
                    "these",
                    "those",
                    "it",
                ],
            )
            || any_of(
                x,
                &["were", "was", "are", "is", "been", "have", "had", "past"],
            )
    };
    // "due 3/1/17", "overdue since June 28", "due no later than Nov. 14".
    let dated = |x: &&str| {
        x.chars().all(|c| c.is_ascii_digit())
            || any_of(x, super::phrase::MONTH)
            || any_of(
                x,
                &[
                    "since", "on", "as", "of", "st", "nd", "rd", "th", "by", "no", "later", "than",
                    "nlt",
                ],
            )
    };
    // What was owed may go unsaid ("Due 9/7/24. No responses received"):
    // the statement that follows must then name it.
    what.iter().all(owed) && when.iter().all(dated)
}

/// A plain statement that nothing came, then context in later clauses that
/// says nothing came either ("Plaintiff served no answers; his motion for an
/// indefinite extension was denied on January 27, 2017", as Wilson v.
/// Fairfield Inn, M.D.N.C. 2017, was recorded by another hand). A later
/// clause with any word that could say something came, was not yet owed or
/// was put off (`NOT_IN_WHEN`, "granted", "extended", "filed"…) unsays it.
fn first_clause_with_context(lower: &str, owing: &OwingNames) -> bool {
    const PUT_OFF: &[&str] = &[
        "granted",
        "extended",
        "agreed",
        "agreement",
        "stipulated",
        "stipulation",
        "pending",
        "filed",
        // A promise to serve them ("Counsel promised them by May 1") may
        // not yet have fallen due: the broken-promise reading takes the
        // ones that say nothing came.
        "promised",
        "promise",
        "promises",
        "would",
        "will",
        "assured",
        "committed",
        "expected",
        "expects",
        "said",
        "says",
    ];
    // A parenthesis is a clause of its own ("Wilson never answered (his
    // motion for an indefinite extension was denied 1/27/17)"), and the
    // statement may end at any mark: "Mr. Wilson has served none." has a
    // period inside it.
    const MARKS: [char; 4] = [';', '.', '(', ')'];
    let context = |rest: &str| {
        rest.split(MARKS).any(|c| !c.trim().is_empty())
            && rest.split(MARKS).all(|c| {
                let ws = words_of(c);
                // "...; the responses are past due" says it again.
                (has_any_word(c, &["due", "overdue"]) && due_clause_of(&ws, owing))
                    || ws
                        .iter()
                        .all(|w| !any_of(w, NOT_IN_WHEN) && !any_of(w, PUT_OFF))
            })
    };
    lower
        .match_indices(MARKS)
        .any(|(at, _)| context(&lower[at + 1..]) && statement(&words_of(&lower[..at]), owing))
}

/// The words of `text` (already in lower case), with "n't" contractions
/// opened ("hasn't" is "has not"; a curly apostrophe splits the same way).
fn words_of(text: &str) -> Vec<Word<'_>> {
    const OPENED: &[&str] = &[
        "has", "have", "had", "did", "does", "do", "was", "were", "is", "are",
    ];
    let mut out: Vec<Word<'_>> = Vec::with_capacity(16);
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if w == "t"
            && let Some(last) = out.last_mut()
            && let Some(base) = last.strip_suffix('n')
            && let Some(base) = OPENED.iter().find(|o| **o == base)
        {
            *last = base;
            out.push("not");
            continue;
        }
        out.push(w);
    }
    out
}

fn any_of(word: &str, set: &[&str]) -> bool {
    set.contains(&word)
}

/// subject? core object? when?   (the whole text, nothing left over)
fn statement(w: &[Word<'_>], owing: &OwingNames) -> bool {
    statement_of(w, false, owing)
}

/// `statement`, where `label_named` says the request's label already names
/// the responses.
fn statement_of(w: &[Word<'_>], label_named: bool, owing: &OwingNames) -> bool {
    let mut i = 0;
    // A subject of at most six words, none a number or a word of the core;
    // a title takes the name after it ("Ms. Evans").
    // `named`: the subject says which responses ("Initial disclosures never
    // provided").
    let mut named = label_named;
    let mut requests = false;
    // The statement's end, found once: the core is tried at each word of
    // the subject and its result kept (this runs on every keystroke).
    // Words of a rule's citation ("Rule 26(a)(1) disclosures"), which do
    // not count towards the subject's six.
    let mut cited = 0;
    let found = loop {
        if let Some(end) = core(w, i, named) {
            break Some(end);
        }
        if i >= w.len() || i - cited >= 6 {
            break None;
        }
        let word = &w[i];
        if let Some(end) = rule_26a_cite(w, i) {
            cited += end - i - 1;
            i = end;
        } else if word.len() == 1 && word.chars().all(|c| c.is_ascii_alphabetic()) && i > 0 {
            // An initial inside a name ("Frank D. May", "D.M.D., P.A."):
            // not counted among the subject's six.
            cited += 1;
            i += 1;
        } else if any_of(word, super::phrase::TITLE) && i + 1 < w.len() {
            i += 2; // a name: "Ms. Evans never responded"
        } else if *word == "complete" && w.get(i + 1).is_some_and(|x| *x == "default") {
            // "Complete default: ..."; "Complete responses not provided"
            // asks for more complete ones.
            i += 2;
        } else if any_of(word, SUBJECT) {
            named |= any_of(word, RESPONSE_NOUN);
            i += 1;
        } else if any_of(word, REQUEST_NOUN) {
            requests = true;
            i += 1;
        } else if owing.contains(word) {
            i += 1; // the party by name: "GWS has not responded"
        } else {
            break None;
        }
    };
    let subject_end = i;
    let Some(mut i) = found else {
        return false;
    };
    // Where the label names the responses, a pronoun may stand for them:
    // "Cooper never served it" on "Plaintiff's initial disclosure".
    if label_named && w.get(i).is_some_and(|x| *x == "it" || *x == "them") {
        i += 1;
    }
    if requests
        && !named
        && !w[subject_end..i]
            .iter()
            .any(|x| any_of(x, &["answer", "answered", "respond", "responded"]))
    {
        return false;
    }
    if w.get(i).is_some_and(|x| *x == "to") && w.get(i + 1).is_none_or(|x| *x != "date") {
        let start = i + 1;
        let mut j = start;
        // "... to the requests for production or produced any documents":
        // the "or" opens a second thing that never came; so does "and has
        // produced no documents" (an over-strictness review, 48, of PEG
        // Bandwidth, W.D. Pa. 2017, with "to the request" before it).
        while j < w.len() && any_of(w[j], TO_WHAT) && !second_verb(w, j, &["or", "nor", "and"]) {
            j += 1;
            // A name before the requests ("to the City Defendants' First
            // Set of Interrogatories"): up to two words no reading knows,
            // when what follows them is still the requests.
            let unknown = w[j..]
                .iter()
                .take(2)
                .take_while(|x| {
                    !any_of(x, TO_WHAT)
                        && !any_of(x, NOT_IN_WHEN)
                        && !any_of(x, WHEN)
                        && x.chars().all(|c| c.is_ascii_alphabetic())
                })
                .count();
            if unknown > 0
                && w.get(j + unknown).is_some_and(|x| any_of(x, TO_WHAT))
                && w[j + unknown..]
                    .iter()
                    .take_while(|x| any_of(x, TO_WHAT))
                    .any(|x| any_of(x, REQUEST_NOUN) || any_of(x, &["discovery", "disclosures"]))
            {
                j += unknown;
            }
        }
        if j == start {
            return false;
        }
        i = j;
    }
    rest_is_a_time(&w[i..])
}

/// The end of a citation of Rule 26(a) starting at `i` ("Rule 26(a)(1)",
/// "Fed. R. Civ. P. 26(a)(1)", "FRCP 26(a)", "under Rule 26(a)(1)"): the
/// one number a subject may hold, as it names the disclosures owed
/// ("Rule 26(a)(1) disclosures not served"). Any other number still ends
/// the reading.
fn rule_26a_cite(w: &[Word<'_>], i: usize) -> Option<usize> {
    let mut k = i;
    if w.get(k).is_some_and(|x| *x == "under") {
        k += 1;
    }
    k = match &w[k.min(w.len())..] {
        ["rule", ..] | ["frcp", ..] => k + 1,
        ["fed", "r", "civ", "p", ..] | ["f", "r", "c", "p", ..] => k + 4,
        _ => return None,
    };
    if w.get(k).is_none_or(|x| *x != "26") || w.get(k + 1).is_none_or(|x| *x != "a") {
        return None;
    }
    k += 2;
    if w.get(k).is_some_and(|x| *x == "1") {
        k += 1;
    }
    Some(k)
}

/// Auxiliaries before "not", "failed" or "served".
const AUX: &[&str] = &[
    "has", "have", "had", "was", "were", "is", "are", "did", "do", "does",
];
/// Verbs after "did not", "failed to", "yet to".
const BASE: &[&str] = &["respond", "answer", "serve", "provide", "produce"];
/// Verbs after "has not", "were never".
const PARTICIPLE: &[&str] = &[
    "responded",
    "answered",
    "served",
    "received",
    "provided",
    "produced",
];

/// The statement that nothing came, starting at `i`; the index after it.
/// `named`: the subject already said which responses ("Initial
/// disclosures never provided").
fn core(w: &[Word<'_>], i: usize, named: bool) -> Option<usize> {
    let at = |k: usize| w.get(k).map(AsRef::as_ref);
    let mut i = skip_adverbs(w, i);
    let aux = at(i).filter(|x| any_of(x, AUX));
    if aux.is_some() {
        i = skip_adverbs(w, i + 1);
    }
    match at(i)? {
        // "no answers, objections, or explanations (were) (served)"
        "no" | "zero" => {
            let (end, named) = list(w, i + 1);
            named.then(|| passive(w, end))
        }
        // "none (have been) served", "nothing received"
        "none" | "nothing" => {
            // "Nothing - no response, no docs": what did not come, after a
            // dash or a colon (an accepted-record review of May v.
            // Indianapolis Life, N.D. Fla. 2008).
            if at(i + 1) == Some("no") {
                return core(w, i + 1, named);
            }
            let k = skip_be(w, i + 1);
            match at(k)? {
                "served" | "received" | "provided" | "recd" => Some(k + 1),
                // "Nothing came", "nothing has come in".
                "came" | "come" => Some(k + 1 + usize::from(at(k + 1) == Some("in"))),
                // "None rec'd"
                "rec" if at(k + 1) == Some("d") => Some(k + 2),
                _ => None,
            }
        }
        // "neither answered nor objected"
        "neither" => {
            let ok = at(i + 1).is_some_and(|x| any_of(x, &["answered", "responded", "served"]))
                && at(i + 2) == Some("nor")
                && at(i + 3).is_some_and(|x| any_of(x, &["objected", "answered", "responded"]));
            ok.then_some(i + 4)
        }
        // "failed (entirely) to respond", "failed to serve its disclosures"
        // ("failed to timely respond" is a late answer, not none)
        "failed" | "neglected" => {
            let k = skip_adverbs(w, i + 1);
            (at(k)? == "to").then_some(())?;
            verb_phrase(w, skip_adverbs(w, k + 1), BASE, named)
        }
        // "served nothing", "served no responses"
        "served" => match at(i + 1)? {
            // "has served none" (an accepted-record review)
            "nothing" | "none" => Some(i + 2),
            "no" => {
                let (end, named) = list(w, i + 2);
                named.then_some(end)
            }
            _ => None,
        },
        // "had yet to serve the disclosures"
        "yet" => {
            (at(i + 1)? == "to").then_some(())?;
            verb_phrase(w, i + 2, BASE, named)
        }
        // "did not respond", "have not (yet) (been) served", "never responded"
        "not" | "never" => {
            let mut k = i + 1;
            while at(k).is_some_and(|x| x == "yet" || any_of(x, ADVERB)) {
                k += 1;
            }
            let forms = if aux.is_some_and(|a| matches!(a, "did" | "do" | "does")) {
                BASE
            } else {
                PARTICIPLE
            };
            verb_phrase(w, k, forms, named)
        }
        _ => None,
    }
}

fn skip_adverbs(w: &[Word<'_>], mut k: usize) -> usize {
    while w.get(k).is_some_and(|x| any_of(x, ADVERB)) {
        k += 1;
    }
    k
}

/// A verb of `forms`, then "or object(ed)", or what was not served ("any
/// responses", "its initial disclosures"). "Provide" and "produce" need a
/// response named ("did not produce any documents" is not a default), and
/// a named thing that is not a response ("did not answer the question") is
/// not one either.
fn verb_phrase(w: &[Word<'_>], i: usize, forms: &[&str], subject_named: bool) -> Option<usize> {
    let verb: &str = w.get(i)?;
    if !any_of(verb, forms) {
        return None;
    }
    // "have not answered the interrogatories": answering names the
    // requests, not the responses.
    if matches!(verb, "answer" | "answered") {
        let mut j = i + 1;
        while w.get(j).is_some_and(|x| any_of(x, TO_WHAT)) {
            j += 1;
        }
        if w[i + 1..j]
            .iter()
            .any(|x| any_of(x, REQUEST_NOUN) || *x == "discovery")
            && w.get(j).is_none_or(|x| any_of(x, WHEN))
        {
            return Some(j);
        }
    }
    // "did not answer or object"
    if w.get(i + 1).is_some_and(|x| *x == "or" || *x == "nor")
        && w.get(i + 2)
            .is_some_and(|x| *x == "object" || *x == "objected")
    {
        return Some(i + 3);
    }
    let (end, named) = list(w, i + 1);
    if matches!(verb, "provide" | "produce" | "provided" | "produced") && !named && !subject_named {
        return None;
    }
    if end > i + 1 && !named {
        return None;
    }
    Some(end)
}

/// A list of what never came ("answers, objections, or explanations") from
/// `i`: its end, and whether it names a response, answer or disclosure.
fn list(w: &[Word<'_>], mut i: usize) -> (usize, bool) {
    let mut named = false;
    // "and" or "or" before a verb opens a second statement ("served no
    // response and produced nothing"), not more of the list.
    while let Some(x) = w
        .get(i)
        .filter(|x| any_of(x, RESPONSE_NOUN) || any_of(x, LIST_OTHER))
        .filter(|_| !second_verb(w, i, &["and", "or", "nor"]))
    {
        named |= any_of(x, RESPONSE_NOUN);
        i += 1;
    }
    (i, named)
}

/// Whether `w[k]` is one of `conj` opening a second thing that never came:
/// "... or produced any documents", "... and produced nothing", "... and
/// has produced no documents".
fn second_verb(w: &[Word<'_>], k: usize, conj: &[&str]) -> bool {
    second_verb_end(w, k, conj).is_some()
}

/// `second_verb`'s verb: the index after it.
fn second_verb_end(w: &[Word<'_>], k: usize, conj: &[&str]) -> Option<usize> {
    if !any_of(w.get(k)?, conj) {
        return None;
    }
    // An auxiliary may repeat the first statement's ("has served no
    // response and has produced no documents", an accepted-record review
    // of PEG Bandwidth, W.D. Pa. 2017).
    let v = k
        + 1
        + usize::from(
            w.get(k + 1)
                .is_some_and(|x| any_of(x, &["has", "have", "had"])),
        );
    w.get(v)
        .is_some_and(|x| any_of(x, &["produced", "provided", "produce", "provide"]))
        .then_some(v + 1)
}

fn skip_be(w: &[Word<'_>], mut i: usize) -> usize {
    while w.get(i).is_some_and(|x| {
        any_of(
            x,
            &[
                "has", "have", "had", "been", "was", "were", "is", "are", "ever", "yet",
            ],
        )
    }) {
        i += 1;
    }
    i
}

/// "(was/were/have been) (ever) served|received|provided|made".
fn passive(w: &[Word<'_>], i: usize) -> usize {
    let k = skip_be(w, i);
    match w.get(k).map(AsRef::as_ref) {
        Some("served" | "received" | "provided" | "made" | "filed" | "recd" | "rcvd") => k + 1,
        // "No answers rec'd" (an over-strictness review, 48, of Null v.
        // Gitchell): "rec" and "d".
        Some("rec") if w.get(k + 1).map(AsRef::as_ref) == Some("d") => k + 2,
        _ => i,
    }
}

/// Nothing left, or a time ("by the agreed deadline", "as of the filing of
/// the motion", "within thirty days or since"), or a further "and no …".
fn rest_is_a_time(rest: &[Word<'_>]) -> bool {
    let Some(first) = rest.first() else {
        return true;
    };
    // What did not come, qualified, anywhere after the statement ("…, and
    // nothing adequate since", "and no complete responses since"): so
    // something less did come (a rejected-record review of Biondolillo,
    // W.D.N.Y. 2020, whose responses came late).
    if rest.iter().any(|x| any_of(x, QUALIFIED)) {
        return false;
    }
    // Nothing by a day ("No responses served by July 31, 2019"), as
    // "before" one: they may have come after it (a rejected-record review
    // of Biondolillo, W.D.N.Y. 2020). A deadline's day ("by the November 2,
    // 2016 deadline", "by 9/4/24 (the extended deadline)") still reads: it
    // says they were owed then.
    if *first == "by"
        && rest.get(1).is_some_and(|x| {
            x.chars().all(|c| c.is_ascii_digit()) || any_of(x, super::phrase::MONTH)
        })
    {
        let after = rest[1..]
            .iter()
            .skip_while(|x| {
                x.chars().all(|c| c.is_ascii_digit())
                    || any_of(x, super::phrase::MONTH)
                    || any_of(x, &["st", "nd", "rd", "th"])
            })
            .take(3);
        // "…, when the motion was filed": the motion's own day.
        const OWED_OR_FILED: &[&str] = &[
            "deadline", "due", "date", "extended", "agreed", "return", "when", "filing", "filed",
            "motion",
        ];
        if !after.into_iter().any(|x| any_of(x, OWED_OR_FILED)) {
            return false;
        }
    }
    // A stretch of time ("or for five months after"): nothing in it, which
    // says nothing of after it.
    if rest.windows(3).any(|w| {
        w[0] == "for"
            && (w[1].chars().all(|c| c.is_ascii_digit()) || any_of(w[1], COUNT))
            && any_of(
                w[2],
                &[
                    "day", "days", "week", "weeks", "month", "months", "year", "years",
                ],
            )
    }) {
        return false;
    }
    // "No responses received, even after opposing counsel agreed to provide
    // them by Nov. 22": "even" stresses the time that follows; "which were
    // due June 28, 2022" says when they were owed.
    if *first == "even" && rest.get(1).is_some_and(|x| any_of(x, WHEN)) {
        return rest_is_a_time(&rest[1..]);
    }
    if *first == "which"
        && rest
            .get(1)
            .is_some_and(|x| any_of(x, &["are", "were", "was", "is"]))
        && rest
            .get(2)
            .is_some_and(|x| any_of(x, &["due", "overdue", "past"]))
    {
        return rest_is_a_time(&rest[2..]);
    }
    // "... from plaintiff": who, named after the statement.
    if *first == "from" {
        let who = rest[1..].iter().take_while(|x| any_of(x, SUBJECT)).count();
        if who > 0 {
            return rest_is_a_time(&rest[1 + who..]);
        }
    }
    // "... or produced any documents": a second thing that never came.
    if let Some(v) = second_verb_end(rest, 0, &["or", "nor"]) {
        let (end, _) = list(rest, v);
        if end > v {
            return rest_is_a_time(&rest[end..]);
        }
    }
    // "... and have served no responses": the statement said again, after
    // the time or in place of it ("failed to respond by the November 14,
    // 2016 due date and have served no responses").
    if let Some((k, end)) = rest
        .iter()
        .enumerate()
        .filter(|(_, x)| **x == "and")
        .find_map(|(k, _)| core(rest, k + 1, true).map(|end| (k, end)))
    {
        return (k == 0 || rest_is_a_time(&rest[..k])) && rest_is_a_time(&rest[end..]);
    }
    // "... and produced nothing", "... and produced no documents": the
    // second thing that never came, said with "and" (an accepted-record
    // review of PEG Bandwidth, W.D. Pa. 2017).
    if let Some(v) = second_verb_end(rest, 0, &["and"])
        && any_of(rest[v - 1], &["produced", "provided"])
    {
        match rest.get(v).map(AsRef::as_ref) {
            Some("nothing" | "none") => return rest_is_a_time(&rest[v + 1..]),
            Some("no") => {
                let (end, _) = list(rest, v + 1);
                if end > v + 1 {
                    return rest_is_a_time(&rest[end..]);
                }
            }
            _ => {}
        }
    }
    if broken_promise(rest) {
        return true;
    }
    let further_no = (*first == "and" || *first == "or") && rest.get(1).is_some_and(|x| *x == "no");
    // "to date", closing the text, and only that: "no response to our
    // letter" is about a letter, and "no response to date to our letter"
    // too.
    let to_date = rest.len() == 2 && *first == "to" && rest[1] == "date";
    if !any_of(first, WHEN) && *first != "no" && !further_no && !to_date {
        return false;
    }
    // "due before July 30": not yet owed.
    if rest
        .windows(2)
        .any(|w| *w[0] == *"due" && any_of(w[1], &["before", "until", "after"]))
    {
        return false;
    }
    // "None were served before October 21, 2019": nothing until a day,
    // which says they may have come on it (a rejected-record review of
    // Biondolillo, W.D.N.Y. 2020, where they had). "Before the motion" and
    // "before filing" still read.
    if rest.windows(2).any(|w| {
        *w[0] == *"before"
            && (w[1].chars().all(|c| c.is_ascii_digit()) || any_of(w[1], super::phrase::MONTH))
    }) {
        return false;
    }
    // "at that time", "as of that date": a past day, not the motion's.
    if rest
        .windows(2)
        .any(|w| w[0] == "that" && any_of(w[1], &["time", "date", "point"]))
    {
        return false;
    }
    // Words right after a "no", "not" or "never" are what did not come
    // ("and no documents produced"), and the act after "would" and its
    // object what was promised ("even after counsel said they would be
    // provided by February 18", "though counsel said they'd have them to us
    // by Feb. 18"), not signs that something did. ("Will" is a promise not
    // yet due, and stays a sign the responses were put off.)
    rest.iter().enumerate().all(|(k, x)| {
        let before = &rest[k.saturating_sub(2)..k];
        // "..., nothing served" (an accepted-record review of Stringfellow,
        // W.D. La. 2017: "Pltfs never responded - due 11/14/16, nothing
        // served").
        let negated = before
            .iter()
            .any(|p| matches!(*p, "no" | "not" | "never" | "nothing" | "none"));
        let promised = (k >= 1 && promising(rest, k - 1))
            || (k >= 2 && (promising(rest, k - 2) || rest[k - 2] == "will"));
        // "when DHHS moved on September 19, 2007", "when we filed": the
        // motion's own day.
        let motion_day = rest[0] == "when" && any_of(x, &["moved", "filed"]);
        negated || promised || motion_day || !any_of(x, NOT_IN_WHEN)
    })
}

/// Whether `rest[j]` opens a promised act: "would", or the "d" of "they'd"
/// before a verb it can only mean "would" with ("they'd have them to us";
/// "they'd served them" is "they had").
fn promising(rest: &[Word<'_>], j: usize) -> bool {
    rest[j] == "would"
        || (rest[j] == "d"
            && rest.get(j + 1).is_some_and(|v| {
                any_of(
                    v,
                    &[
                        "have", "be", "get", "send", "serve", "provide", "produce", "give",
                    ],
                )
            }))
}

/// A second statement that the other side promised the responses and they
/// never came ("Counsel promised them by 2/18/08 but nothing came"): who
/// (as a subject may say it), a word of promising, anything, then "but" and
/// a breach that only says nothing came, closing the text. A breach that
/// says something came ("but only partial answers came") is not read.
fn broken_promise(rest: &[Word<'_>]) -> bool {
    const PROMISED: &[&str] = &["promised", "agreed", "assured", "committed"];
    // Between the promise and its breach, nothing that says something came
    // ("then served objections only", "said the documents were produced").
    const CAME: &[&str] = &[
        "served",
        "objection",
        "objections",
        "objected",
        "partial",
        "partially",
        "only",
        "produced",
        "mailed",
        "emailed",
        "sent",
        "answered",
        "responded",
        "replied",
        "supplemental",
        "supplemented",
        "late",
        "later",
        "except",
        "then",
        "some",
        "were",
        "was",
    ];
    const BREACH: &[&str] = &[
        "nothing",
        "none",
        "never",
        "not",
        "no",
        "came",
        "come",
        "arrived",
        "was",
        "were",
        "has",
        "have",
        "had",
        "been",
        "did",
        "so",
        "yet",
        "still",
        "ever",
        "they",
        "them",
        "it",
        "responses",
        "answers",
        "received",
        "served",
    ];
    // Who promised: a few words (a role, or a name: "Salsgiver agreed"). A
    // word of saying with "would" right after promises too ("His counsel
    // said responses would be provided on or before February 18, 2008",
    // "indicated that responses would be provided": an over-strictness
    // review, 48, of May v. Indianapolis Life, N.D. Fla. 2008, in the
    // order's words); "said they were mailed" does not.
    const SAYING: &[&str] = &[
        "said",
        "indicated",
        "stated",
        "represented",
        "told",
        "wrote",
    ];
    let Some(p) = rest
        .iter()
        .position(|x| any_of(x, PROMISED) || any_of(x, SAYING))
        .filter(|&p| p <= 4)
        .filter(|&p| {
            any_of(rest[p], PROMISED) || rest[p + 1..].iter().take(4).any(|x| *x == "would")
        })
    else {
        return false;
    };
    // The breach: "but nothing came", "; still nothing", or "; none have
    // been received" (the clause mark is gone from the words).
    let Some(b) = rest[p + 1..].iter().enumerate().find_map(|(k, x)| {
        let b = p + 1 + k;
        match *x {
            "but" | "still" => Some(b),
            "none" | "nothing" => (b > 0).then(|| b - 1),
            _ => None,
        }
        .filter(|&b| rest[b + 1..].iter().all(|x| any_of(x, BREACH)))
    }) else {
        return false;
    };
    // What was promised is the responses, not a conference ("agreed to a
    // conference but never did").
    const CONFERRING: &[&str] = &["conference", "call", "meeting", "meet", "confer", "talk"];
    if rest[p + 1..b]
        .iter()
        .any(|x| any_of(x, CAME) || any_of(x, CONFERRING))
    {
        return false;
    }
    let breach = &rest[b + 1..];
    breach.iter().all(|x| any_of(x, BREACH))
        && breach
            .iter()
            .any(|x| any_of(x, &["nothing", "none", "never", "not", "no"]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast word test answers as the plain one it replaced: split on
    /// every character that is not a letter or digit, compared in any case.
    #[test]
    fn the_word_test_agrees_with_a_plain_split() {
        fn plain(text: &str, words: &[&str]) -> bool {
            text.split(|c: char| !c.is_alphanumeric())
                .any(|w| words.iter().any(|c| w.eq_ignore_ascii_case(c)))
        }
        let long = "a".repeat(70);
        let texts = [
            "",
            "Counsel NEVER answered.",
            "no-response; none",
            "café never served",
            "Caf\u{e9}never",
            "\u{2014}never\u{2014}",
            "never\u{00a0}served",
            "No\u{0301} response",
            "r\u{e9}sum\u{e9} is not",
            long.as_str(),
            "x 26 x",
        ];
        let sets: [&[&str]; 6] = [
            &["never", "none"],
            &["not"],
            &["caf", "served"],
            &[long.as_str()],
            &["26", "initial"],
            &[""],
        ];
        for text in texts {
            for set in sets {
                assert_eq!(
                    has_any_word(text, set),
                    plain(text, set),
                    "{text:?} {set:?}"
                );
            }
        }
    }

    #[test]
    fn plain_words_of_a_complete_default_are_read() {
        for text in [
            // A promise reported with "would" (or "'d") and what it was to
            // bring.
            "Plaintiffs never served any responses, though their counsel said they'd have them to us by Feb. 18.",
            "Defendant served no response and produced nothing.",
            "Defendant served no response and produced no documents.",
            "Defendant has served no response and has produced no documents.",
            "Due 1/18. Nothing - no response, no docs.",
            "Nothing: no responses.",
            "Nothing came.",
            "Nothing has come in.",
            "Nothing came in by the deadline.",
            "Pltfs never responded - due 11/14/16, nothing served.",
            "Plaintiffs have served no responses; they were due no later than November 14, 2016.",
            // Notes kept in a hurry, and context in brackets.
            "No RFP resp. served.",
            "No RFP responses served.",
            "Plaintiff never answered the rogs.",
            "No resp. served (indefinite-extension motion denied 1/27/17).",
            "Zero responses as of filing (due 9/7/24).",
            "Due September 7, 2024. No responses received as of the filing of the motion.",
            "Responses due no later than Nov. 14, 2016; plaintiffs failed to respond.",
            "Responses were due January 30, 2017. Mr. Wilson has served none. (The Court denied his motion for an indefinite extension on January 27, 2017.)",
            // The motion's own day.
            "Plaintiff had not served the disclosures when DHHS moved on September 19, 2007.",
            // The rule that makes the disclosures owed, in the subject.
            "Rule 26(a)(1) disclosure still not served.",
            "Rule 26(a)(1) initial disclosures never provided.",
            "Initial disclosures under Rule 26(a)(1) not served.",
            "Fed. R. Civ. P. 26(a)(1) disclosures not provided.",
            // When they were owed, in a clause of its own.
            "Responses overdue since 6/28/17; she has served none.",
            "Responses were due March 1, 2017; none have been served.",
            "Responses due Mar. 1, 2017; none served.",
            "Answers due 3/1/17. None served.",
            "No responses served",
            "No responses served by the November 2, 2016 deadline",
            "No responses served by 9/4/24 (the extended deadline).",
            "No responses served by November 2, 2016, the deadline.",
            "No response has been received to date.",
            "No responses have been served to date",
            "No response",
            "No responses",
            "Not served",
            "No answers or objections",
            "No answers or objections served",
            "No response served",
            "No discovery responses.",
            "No responses or objections.",
            "No objections or responses were served.",
            "No response or objection was ever served.",
            "No response or production",
            "No responses by the agreed deadline",
            "No response within thirty days or since",
            "No written response served and no documents produced; no extension sought.",
            "No answers, objections, or explanations were provided.",
            "Plaintiffs have not responded to the requests.",
            "The defendant failed to respond to this discovery.",
            // Old-format recordings of accepted orders (Stringfellow, W.D.
            // La. 2017; May, N.D. Fla. 2008): the default and the promise
            // to cure it that was broken.
            "No responses received, even after opposing counsel agreed to provide them by Nov. 22.",
            "No answers served. Counsel promised them by 2/18/08 but nothing came.",
            "No response or documents served. Counsel promised them by 2/18/08 but nothing came.",
            "No responses. Defense counsel agreed to respond by May 1 but has not.",
            // A second review of accepted records in old words.
            "Mr. Null has not served his initial disclosures, which were due June 28, 2022.",
            "Mr. Null has not served a written response to the requests for production or produced any documents.",
            "Past due - nothing served.",
            "Zero responses from pltf; overdue since 6/28.",
            "She has served none.",
            "Plaintiff served none.",
            "None rec'd - due 11/14/16.",
            // An over-strictness review (48): a note-taker's abbreviations,
            // a promise said with "said … would", both things that did
            // not come.
            "No answers rec'd -- past due.",
            "No resps rec'd -- past due.",
            "Init. discl. never provided.",
            // An over-strictness review (151): the disclosures by the name
            // the order gives them.
            "Defendants have not served their mandatory disclosures.",
            "Mandatory disclosures not served.",
            "Dr. May has not answered these interrogatories. His counsel said responses would be provided on or before February 18, 2008; none have been received.",
            "Plaintiffs have not responded to the request for production. Their counsel said a response would be provided on or before February 18, 2008; none has been received.",
            "Dr. May has not answered these interrogatories. His counsel indicated that responses would be provided by February 18, 2008; none came.",
            "Defendant has served no response to the request and has produced no documents",
            // Recorded again, blind, by another hand (May; Glass, D. Neb. 2008).
            "No responses received, even after Plaintiffs' counsel said they would be provided by February 18, 2008.",
            "Initial disclosures not served, even after plaintiff's counsel said on September 12 they would be served that day.",
            "Plaintiff served no answers; his motion for an indefinite extension was denied on January 27, 2017.",
            "Initial disclosure never provided, though plaintiff's counsel said at the October 15, 2008 Scheduling Conference that it would be forthcoming.",
            "No responses served; we wrote on March 3 and March 10.",
            "No answers to date. Promised by Feb. 18; still nothing.",
            "Plaintiffs have failed to serve any answers to the interrogatories, which were due September 7, 2024.",
            "No responses, which are past due.",
            "No response or production. Salsgiver agreed to begin producing by April 28 but nothing came.",
            "Defendant failed to serve its answers, objections, or written response.",
            "The plaintiff had yet to serve the disclosures by September 19, 2007, when the motion was filed.",
            "No responses received as of the filing of the motion (due September 7, 2024).",
            "No responses received as of the date of the motion, despite assurances from Plaintiff.",
            "Plaintiff did not produce his initial disclosures by the May 12, 2005 deadline set in the scheduling order.",
            "Plaintiff hasn't responded.",
            "Defendant didn\u{2019}t respond to the requests.",
            "Plaintiff has not served any responses.",
            "Defendant never responded.",
            "No responses have been received.",
            "Nothing received.",
            "Defendant has served nothing.",
            "Defendant served no responses.",
            "Defendant completely failed to respond.",
            "Defendant failed entirely to respond.",
            "Defendant has failed to provide any responses.",
            "Defendant did not provide any responses.",
            "Defendant has not answered or objected.",
            "Defendant neither answered nor objected.",
            "Did not respond or object within 30 days.",
            "Overdue: no response.",
            "Complete default: no discovery responses.",
            "Responses never received.",
            "No response whatsoever.",
            // Old-format recordings of accepted orders (Null, May, Evans,
            // Cooper, Gardner): names, "a response", requests named first,
            // the rule's number.
            "Initial disclosures never provided.",
            "Plaintiffs have not served a response to the request for production.",
            "Plaintiffs have not answered the interrogatories.",
            "Rogs not answered.",
            "Ms. Evans never responded to the discovery.",
            "Initial disclosure still not provided.",
            "Initial disclosure not served.",
            "Plaintiff never served his Rule 26(a)(1) disclosures.",
            "Initial disclosures not served as of filing, despite counsel's statement on 9/12 that they would go out that day.",
        ] {
            assert!(words_say_nothing_served(text), "{text}");
        }
    }

    #[test]
    fn words_that_show_something_came_are_not() {
        for text in [
            // Brackets that say something came, or limit what did not.
            "No responses (other than objections) served.",
            "No answers (only objections).",
            "No responses served. Partial answers came later.",
            "Plaintiff had not served the disclosures when DHHS moved, but served them the next day.",
            // "They'd served them" is "they had"; "they'll" is not yet due.
            "Plaintiffs never served any responses, though they'd served them on the other defendant.",
            "No responses served, though counsel said they'll send them Friday.",
            // Another rule's number, or expert disclosures: not the whole
            // set of disclosures every party owes.
            "Rule 33 answers not served.",
            "Rule 26(a)(2) disclosures not served.",
            // A due clause that says which responses, or a rest that says
            // something came or limits what did not.
            "Supplemental responses were due March 1; none served.",
            "Responses due 3/1/17. Partial answers served.",
            "Responses due 3/1/17; served 3/20/17.",
            "Responses were due March 1, 2017; none have been served on Interrogatory 4.",
            "Responses due before trial; none served.",
            // Nothing until a day: they may have come on it.
            "Responses were due May 13, 2019. None were served before October 21, 2019.",
            "Defendants served no responses before October 21, 2019.",
            "No responses served before 10/21/19.",
            "No response to date to our letter",
            "Has not responded to date to our request for a call",
            "No response to date regarding the deposition schedule",
            "Responses served; no answers to date on the deficiencies",
            "No response to our letter to date",
            // What did not come, qualified, after the statement; a stretch
            // of time; a past event (a rejected-record review of
            // Biondolillo, W.D.N.Y. 2020, whose responses came late).
            "Nothing came in by the deadline, and nothing adequate since.",
            "No responses served by the deadline; no complete responses since.",
            "No responses served by the deadline and still nothing adequate.",
            "Nothing came in by the deadline or for five months after.",
            "Never responded - nothing served until 12/1.",
            "No responses for 5 months.",
            "No responses served by July 31, 2019.",
            "Defendants had served no response and had produced no documents by July 31, 2019.",
            "Nothing came in by 7/31/19.",
            "Defendants had served no response and had produced no documents as of the July 2019 emails.",
            // "Nothing came" limited, or of something else.
            "Nothing came until after the motion.",
            "Nothing came of the conference.",
            "Nothing came in but objections.",
            "Defendant has served no response and has produced only some documents.",
            "Nothing - partial answers only.",
            "",
            "Overbroad and unduly burdensome.",
            "Responses Defendants seek to compel",
            "Plaintiff mailed objections on June 6, 2012, when responses were due; no responses received as of July 27, 2012.",
            "Defendant contends plaintiff completely failed to respond; plaintiff contends he made a timely reply",
            "No responsive documents produced",
            "No documents were produced.",
            "No disclosure of the settlement terms",
            "Incomplete answers; no answer to subpart (b)",
            "Withheld as privileged",
            "Late responses that did not answer the question",
            "Responses served late; no answer to Interrogatory No. 3",
            "No answers, only objections",
            "Served objections; no answers",
            // From review: a served response, or silence about something else.
            "Answers are vague; no response to our follow-up.",
            "Answers to 3 and 4 are nonresponsive; no response to our July 10 letter.",
            "Responses served; no answer to Interrogatory 4 was given.",
            "Answered 1-3; no answers to 4-20.",
            "No answer to 4(a); answered the rest.",
            "Defendant did not answer Interrogatory No. 5 fully.",
            "Did not answer completely.",
            "Response served but not answered under oath.",
            "Responses were not served until July 30.",
            "Did not respond until August 1.",
            "No answers or objections by the due date; served July 30.",
            "No response. Objections served July 1.",
            "No answers. Objections were served on June 30.",
            "Defendant chose to serve objections only; no answers.",
            "Plaintiff failed to serve answers, and its objections are boilerplate.",
            "No objections asserted; did not answer Interrogatory 7 fully.",
            "Documents produced June 30; no written response served.",
            "Plaintiff did not serve a verification.",
            "Defendant's answer: \"No answer is required because the request calls for a legal conclusion.\"",
            "Responding party states no answer can be given until discovery is complete.",
            "Defendant was never served with the requests.",
            "The requests were not served on defendant until July 1.",
            "Defendant moved for a protective order instead of responding; no answers.",
            "No response to Plaintiffs' attempts to contact defense counsel about the deposition.",
            "Did not respond to the deficiency letter of July 19.",
            "Failed to serve a privilege log.",
            "No privilege log served.",
            "No formal response served; informal email response on June 30.",
            "No responses; deadline extended by agreement to August 30.",
            "No responses served (but see email of 7/20 attaching draft answers).",
            "We served responses; plaintiff has not answered ours.",
            "Plaintiff did not respond to RFP 3 and 4; responded to the rest.",
            "Plaintiff did not respond to the requests for admission, only the interrogatories.",
            "Not responsive; no answer.",
            "Stated it would produce documents; none served.",
            "Gave a one-word answer; never responded to our letter asking for more.",
            "Did not answer the question asked.",
            "Not described in the order",
            "Plaintiff did not serve answers or objections timely.",
            "Interrogatories not served.",
            "Requests never provided to defendant.",
            "Interrogatories not answered fully.",
            "Mr. Smith answered the interrogatories.",
            // A late answer, or a time that does not reach the motion.
            "Defendant did not timely respond.",
            "Defendants failed to timely respond to the requests.",
            "Defendant had not responded at that time.",
            "Defendant had not responded by then.",
            "No responses as of the first letter.",
            "Interrogatories not answered by Plaintiff himself.",
            // A promise kept, in part or late, or a breach that says
            // something came.
            "No answers served. Counsel promised them by 2/18/08 but only partial answers came.",
            "No responses served. Counsel agreed to serve them by July 1, but responses were served July 3.",
            "No responses received, even after they were served on July 2.",
            "No response. Counsel promised them, but objections were served.",
            "No responses. Counsel promised them by May 1.",
            "No responses. Our letter promised a motion but nothing came of it.",
            "No responses, which were due June 28 but were served July 3.",
            "No responses, which are disputed.",
            "No responses from plaintiff until July 30.",
            "No response or produced documents only in part.",
            "Did not respond or produce any documents until the motion was filed.",
            "No answers. Promised by Feb. 18; still waiting on the verification only.",
            "Zero objections.",
            // A third review of rejected records in old words.
            "Complete responses not provided.",
            "Complete answers never served.",
            "Plaintiff's complete responses not served.",
            "No answers served. Counsel promised them by May 1, then served objections only, but no answers have come.",
            "No responses served. Counsel said the documents were produced in March but no responses were served.",
            "No responses. Counsel said they were mailed June 1 but none arrived.",
            "No responses. Plaintiff said he replied but none arrived.",
            // A fourth review: something came after the time, or nothing
            // was owed.
            "None rec'd - due 11/14/16; rec'd 11/20/16",
            "No responses by June 28; they arrived July 3.",
            "No responses by June 28; plaintiff's counsel delivered them July 3",
            "Zero responses; overdue since 6/28; recd 7/3",
            "Did not respond within 30 days; eventually did on July 3",
            "No responses, which were due June 28, 2022, and came in July 5",
            "No responses; they were filed with the court on July 3",
            "No answers before the call of March 1, when counsel read them to us",
            "No responses due before July 30.",
            "No response within 30 days is required",
            "No answers as the discovery is stayed",
            "No response since the requests were withdrawn",
            "No responses served at the deposition",
            "No responses until they would be served, then served July 3.",
            "No responses before July 1; they were served July 3.",
            "No responses served; plaintiff says he mailed them March 1.",
            "No answers; plaintiff disputes this.",
            "No responses served; his motion for an extension was granted.",
            "No responses; they were filed with the court.",
            "Defendant did not respond by the deadline, though it has since turned them over.",
            "Plaintiff never responded, though he insists he replied about ten days after receiving the discovery packet.",
            "No responses served, though defendants handed them over on October 21, 2019.",
            "No responses, even after counsel said they would be provided by February 18, as they were.",
            "No responses served, though they will be served tomorrow.",
            "No responses served; the deadline was reset to August 30.",
            "No responses; we gave him more time.",
            "No responses served, though partial answers were mailed.",
            "Never provided, though it was served July 3.",
            "No responses. Counsel agreed to a conference but never did.",
        ] {
            assert!(!words_say_nothing_served(text), "{text}");
        }
    }

    #[test]
    fn a_recorded_answer_wins_over_the_words() {
        let mut item = DisputedItem::new("r".into(), "RFP 1".into());
        item.no_response = None;
        item.objection = "No responses served".into();
        assert_eq!(
            item.default_reading(&OwingNames::default()),
            DefaultReading::Words
        );
        item.no_response = Some(false);
        assert!(!item.default_reading(&OwingNames::default()).defaulted());
        item.no_response = Some(true);
        item.objection.clear();
        assert_eq!(
            item.default_reading(&OwingNames::default()),
            DefaultReading::Recorded(true)
        );
    }

    #[test]
    fn a_label_that_names_the_responses_lets_a_bare_statement_say_so() {
        let item = |label: &str, objection: &str| {
            let mut item = DisputedItem::new("r".into(), label.into());
            item.no_response = None;
            item.objection = objection.into();
            item.default_reading(&OwingNames::default())
        };
        for (label, objection) in [
            (
                "Plaintiff's Fed. R. Civ. P. 26(a)(1) disclosures",
                "Not provided.",
            ),
            ("Answers to the First Interrogatories", "Never provided."),
            ("Plaintiff's initial disclosures", "Not produced to date."),
            // The one initial disclosure the rule requires, and when it
            // was owed in a clause of its own.
            (
                "Plaintiff's initial disclosure under Rule 26(a)(1)",
                "Never provided, though counsel said at the scheduling conference that it would be forthcoming.",
            ),
            (
                "Plaintiff's initial disclosures",
                "Due June 28, 2022. Never served.",
            ),
            (
                "Plaintiff's Rule 26(a)(1) initial disclosure",
                "Plaintiff never served it.",
            ),
        ] {
            assert_eq!(
                item(label, objection),
                DefaultReading::Words,
                "{label}: {objection}"
            );
        }
        for (label, objection) in [
            // The label names no response: documents may be withheld under
            // a written response.
            ("Documents responsive to Request No. 5", "Not provided."),
            ("Defendant's First Interrogatories", "Not provided."),
            // More than a bare statement.
            ("Plaintiff's initial disclosures", "Not provided in full."),
            ("Plaintiff's initial disclosures", "Provided late."),
            // One part of what was served (a fourth review, Recovery Land).
            ("Plaintiff's damages disclosure", "Not provided."),
            (
                "Plaintiff's damages disclosure",
                "Plaintiff never served it.",
            ),
            (
                "Defendant's First Interrogatories",
                "Plaintiff never served it.",
            ),
            (
                "Computation of damages in Plaintiff's disclosures",
                "Not provided.",
            ),
            (
                "Supplemental responses to the interrogatories",
                "Not provided.",
            ),
        ] {
            assert_eq!(
                item(label, objection),
                DefaultReading::NotSaid,
                "{label}: {objection}"
            );
        }
    }

    #[test]
    fn odd_text_never_panics() {
        for text in [
            "\u{feff}No responses",
            "İ ß \u{200b} no\u{a0}response",
            "no",
            "not",
            "failed to",
            "neither answered nor",
            "served no",
            "n't",
            "\u{1F600} no response \u{1F600}",
            "due;",
            "overdue.",
            "responses due; ",
            "under",
            "rule 26",
            "Fed. R. Civ. P. 26(a",
            "under rule 26(a)(1) not",
        ] {
            let _ = words_say_nothing_served(text);
        }
    }

    #[test]
    fn the_original_request_is_not_an_ask_for_its_answer() {
        for is in [
            "Original request to Plaintiff (arguably a request; date not in order).",
            "Dfts' original RFP served on pltf's counsel.",
            "Our original requests, by mail.",
            "Plaintiff's original interrogatories.",
        ] {
            assert!(super::summary_is_the_request(is), "{is}");
        }
        for not in [
            "Reminded OC of our original request; no answer.",
            "Followed up on the original request for the bank statements.",
            "Letter asking for the overdue responses.",
            "Original deadline passed; asked again for the responses.",
            // An over-strictness review (75): openings that go on to tell
            // the request went unanswered, or ask for the answers.
            "Original requests (served 8/24) went unanswered; good-faith letter sent by email.",
            "Original request for the past-due responses: good-faith letter sent by email",
            "Our original requests went unanswered, so we sent a good-faith letter.",
            "Original discovery requests unanswered (due 9/7); first good faith correspondence.",
            "Original requests' deadline passed; emailed pro se Pltf about them.",
            "Dft's original discovery demands served; they noted the initial disclosure had not been served.",
            "",
        ] {
            assert!(!super::summary_is_the_request(not), "{not}");
        }
    }

    #[test]
    fn the_owing_party_by_name_is_a_subject() {
        let matter = crate::matter::parse_matter(
            r#"{"schema_version": 1, "court": "ksd",
                "motion": {"kind": "compel", "movant": "plaintiff"},
                "caption": {},
                "parties": [
                  {"id": "p1", "name": "Jane Roe", "side": "plaintiff"},
                  {"id": "p2", "name": "General Warranty Services, Inc.", "side": "defendant"},
                  {"id": "p3", "name": "City of Paola, Kansas", "side": "defendant"},
                  {"id": "p4", "name": "Complete Care Partners LLC", "side": "defendant"}
                ]}"#,
            "test.json",
        )
        .expect("a valid matter");
        let owing = OwingNames::of(&matter);
        for text in [
            "GWS has not responded to the discovery requests.",
            "General Warranty has not answered the interrogatories",
            "The City has not responded.",
            "Defendant City of Paola served no responses",
            "Care Partners has never responded",
            "Gwsi served no responses.",
        ] {
            assert!(words_say_nothing_served_by(text, &owing), "{text}");
            // Without the parties' names, a name is no subject.
            assert!(!words_say_nothing_served(text), "{text}");
        }
        for text in [
            // The movant's own name, a stranger's, and words that say which
            // responses (a party called "Complete Care" does not make
            // complete responses a complete default).
            "Roe has not responded.",
            "Jones has not responded.",
            "Complete responses not provided.",
            "Supplemental responses not provided.",
            // The price of that: a name that opens with such a word is not
            // read (the stricter reading).
            "Complete Care has never responded",
            "GWS has not fully responded.",
        ] {
            assert!(!words_say_nothing_served_by(text, &owing), "{text}");
        }
    }

    #[test]
    fn a_remembered_reading_is_never_one_made_with_other_names() {
        // The same objection, read on one thread with two different other
        // sides, one after the other (as the app does when a user opens a
        // second file): the memo must not hand the first answer to the second.
        let matter = |defendant: &str| {
            crate::matter::parse_matter(
                &format!(
                    r#"{{"schema_version": 1, "court": "ksd",
                        "motion": {{"kind": "compel", "movant": "plaintiff"}},
                        "caption": {{}},
                        "parties": [
                          {{"id": "p1", "name": "Jane Roe", "side": "plaintiff"}},
                          {{"id": "p2", "name": "{defendant}", "side": "defendant"}}
                        ],
                        "items": [{{"id": "i1", "label": "First Interrogatories",
                                    "objection": "GWS has not responded to the discovery requests."}}]}}"#
                ),
                "test.json",
            )
            .expect("a valid matter")
        };
        let gws = matter("General Warranty Services, Inc.");
        let other = matter("Acme Supply Co.");
        for _ in 0..2 {
            let reading = |m: &Matter| m.items[0].default_reading(&OwingNames::of(m));
            assert_eq!(reading(&gws), DefaultReading::Words);
            assert_eq!(reading(&other), DefaultReading::NotSaid);
        }
        // And an edit to the words is read afresh.
        let mut edited = gws.clone();
        edited.items[0].objection = "GWS has not fully responded.".into();
        assert_eq!(
            edited.items[0].default_reading(&OwingNames::of(&edited)),
            DefaultReading::NotSaid
        );
    }
}
