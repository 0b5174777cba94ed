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

/// At most this many words in a refusal: a longer one says more.
const SHORT: usize = 12;

/// At most this many words in a demand, which names what it asks for
/// ("Asked Plaintiff to vacate the deposition of Defendant's current CEO
/// that Plaintiff had noticed": an adversarial review, 95, of Moffett).
const SHORT_DEMAND: usize = 16;

/// Whether `text` is a single short sentence that opens (after a subject)
/// with a word `lead` takes (given the word after it) and holds no word of
/// `MORE`. Asked of positions on every keystroke: no allocation, and most
/// positions fail at their first word.
fn plain(
    text: &str,
    leads: u32,
    short: usize,
    lead: impl Fn(&[u8], Option<&[u8]>) -> bool,
) -> bool {
    if !may_open(text, leads) {
        return false;
    }
    let mut ws = words(text).peekable();
    let n = skip_subject(&mut ws);
    let Some(first) = ws.next() else {
        return false;
    };
    lead(first, ws.peek().copied()) && says_nothing_more(ws, n, short) && one_sentence(text)
}

/// Skips the subject a position may open with ("Defendant asked …",
/// "Counsel refused …"), up to three words, and says how many it took.
fn skip_subject<'a>(ws: &mut std::iter::Peekable<impl Iterator<Item = &'a [u8]>>) -> usize {
    let mut n = 0;
    while n < 3 && ws.peek().is_some_and(|w| is_one_of(w, SUBJECT)) {
        ws.next();
        n += 1;
    }
    n
}

/// Whether the rest of a position (`ws`, after `n` words) stays under
/// `short` words and holds no word of `MORE`. "As" before "noticed",
/// "scheduled", "planned" or "set" is no reason ("go forward as noticed").
fn says_nothing_more<'a>(ws: impl Iterator<Item = &'a [u8]>, mut n: usize, short: usize) -> bool {
    let mut ws = ws.peekable();
    while let Some(w) = ws.next() {
        n += 1;
        if n >= short
            || (is_one_of(w, MORE)
                && !(is_one_of(w, &["as"])
                    && ws.peek().is_some_and(|x| {
                        is_one_of(x, &["noticed", "scheduled", "planned", "set"])
                    })))
        {
            return false;
        }
    }
    true
}

/// One sentence: a full stop only at the end or before a number
/// ("Interrogatory No. 4", "Jan. 26" are still one sentence).
fn one_sentence(text: &str) -> bool {
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

/// The sentences of `text`, split at a semicolon or at a full stop that
/// is not before a number (as `one_sentence` reads them).
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut from = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let mut at = from;
        while at < bytes.len() {
            let stop = bytes[at] == b';'
                || (bytes[at] == b'.'
                    && !text[at + 1..]
                        .trim_start()
                        .as_bytes()
                        .first()
                        .is_none_or(u8::is_ascii_digit));
            if stop {
                let s = &text[from..at];
                from = at + 1;
                return Some(s);
            }
            at += 1;
        }
        done = true;
        let s = &text[from..];
        (!s.trim().trim_end_matches('.').is_empty()).then_some(s)
    })
}

/// The movant's position is only a demand: "Asked Plaintiff to vacate the
/// deposition", "Requested complete answers to the interrogatories".
fn bare_demand(text: &str) -> bool {
    let text = without_position_label(text);
    plain(text, initials(ASKED), SHORT_DEMAND, |w, _| {
        is_one_of(w, ASKED)
    }) || should_be_called_off(text)
}

/// `text` without a lead-in that only labels it a position: "Defendant's
/// position: the CEO deposition should be vacated", "Position: Plaintiff
/// will not vacate it" (an adversarial review, 127, of Moffett). Up to
/// three words before the colon, the last "position".
fn without_position_label(text: &str) -> &str {
    match text.split_once(':') {
        Some((head, rest))
            if words(head).count() <= 3
                && words(head)
                    .last()
                    .is_some_and(|w| is_one_of(w, &["position", "positions", "pos"])) =>
        {
            rest.trim_start()
        }
        _ => text,
    }
}

/// A word of calling something off (`CALL_OFF`), in any form: "vacate",
/// "vacated", "withdrawn", "postponed" (its first five letters, or four of
/// a shorter word).
fn calls_off(w: &[u8]) -> bool {
    CALL_OFF.iter().any(|c| {
        let n = c.len().min(5);
        w.len() >= n && w[..n].eq_ignore_ascii_case(&c.as_bytes()[..n])
    })
}

/// A demand said as what should happen to the thing called off: "the CEO
/// deposition should be vacated", "Plaintiff should vacate the CEO
/// deposition" (the same review), with nothing more.
fn should_be_called_off(text: &str) -> bool {
    let ws: Vec<&[u8]> = words(text).collect();
    let Some(k) = ws
        .iter()
        .take(6)
        .position(|w| is_one_of(w, &["should", "must"]))
    else {
        return false;
    };
    let called_off = match ws.get(k + 1) {
        Some(w) if is_one_of(w, CALL_OFF) => true,
        Some(w) if is_one_of(w, &["be"]) => ws.get(k + 2).is_some_and(|x| calls_off(x)),
        _ => false,
    };
    called_off
        && ws.len() < SHORT_DEMAND
        && !ws
            .iter()
            .any(|w| is_one_of(w, MORE) || is_one_of(w, super::phrase::NEGATION))
        && one_sentence(text)
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
fn may_be_bare_refusal(text: &str) -> bool {
    may_open(text, REFUSAL_LEADS)
}

/// The other side's position is only a refusal: "Refused to vacate the
/// deposition", "Would not produce the file", "Declined".
fn bare_refusal(text: &str) -> bool {
    plain(text, REFUSAL_LEADS, SHORT, |w, next| {
        is_one_of(w, REFUSED)
            // "No." alone; not "No responsive documents exist", an answer.
            || (is_one_of(w, &["no"]) && next.is_none())
            // "it should not" (a refusal of "… should be vacated": an
            // adversarial review, 134, of Moffett).
            || (is_one_of(w, &["would", "will", "did", "could", "should"])
                && next.is_some_and(|n| is_one_of(n, &["not"])))
            || (is_one_of(w, &["won", "wouldn", "didn", "shouldn"])
                && next.is_some_and(|t| is_one_of(t, &["t"])))
    })
}

/// Words that tell that what the movant asked to call off goes on: "The
/// deposition stays on calendar", "will proceed", "is going forward".
const GOES_ON: &[&str] = &[
    "stays",
    "stay",
    "stands",
    "remains",
    "proceeds",
    "proceed",
    "goes",
    "go",
    "going",
    "continues",
];

/// Leads that insist on what was asked to be called off: "Wants the
/// deposition to go forward as noticed".
const WANTS: &[&str] = &["wants", "wanted", "keeps", "kept"];

/// A demand to call something off: vacate, withdraw, cancel, postpone…
const CALL_OFF: &[&str] = &[
    "vacate",
    "withdraw",
    "cancel",
    "postpone",
    "quash",
    "adjourn",
    "reschedule",
    "continue",
    "stop",
    "drop",
    "stay",
    "move",
];

/// The other side's position only insists that what the movant asked to
/// call off goes on: "Wants the deposition to go forward as noticed",
/// "Deposition stays on calendar", "The deposition will proceed as
/// noticed" (an adversarial review, 95, of Moffett). A word of `GOES_ON`
/// within the first three words after the thing named, with no negation
/// before it ("The deposition will not go forward" agrees).
fn insists(text: &str) -> bool {
    let mut ws = words(text).peekable();
    let mut n = skip_subject(&mut ws);
    let Some(first) = ws.next() else {
        return false;
    };
    n += 1;
    if !is_one_of(first, WANTS) {
        let mut found = false;
        for _ in 0..3 {
            let Some(w) = ws.next() else {
                return false;
            };
            n += 1;
            if is_one_of(w, super::phrase::NEGATION) || is_one_of(w, &["t"]) {
                return false;
            }
            if is_one_of(w, GOES_ON) {
                found = true;
                break;
            }
        }
        if !found {
            return false;
        }
    }
    says_nothing_more(ws, n, SHORT) && one_sentence(text)
}

/// How a position refuses: `Some(true)` when it insists that what was
/// asked to be called off goes on (then the demand must ask to call it
/// off), `Some(false)` for a plain refusal, `None` for neither. A refusal
/// and an insistence may stand as two sentences ("Refused to vacate the
/// deposition; the deposition will proceed as noticed").
fn refuses(text: &str) -> Option<bool> {
    let text = without_position_label(text);
    let mut insisted = false;
    let mut n = 0;
    for s in sentences(text) {
        n += 1;
        if n > 2 {
            return None;
        }
        if !bare_refusal(s) {
            if insists(s) {
                insisted = true;
            } else {
                return None;
            }
        }
    }
    (n > 0).then_some(insisted)
}

/// Whether a conference's positions on a request record only a demand and
/// a refusal that restates it (`restates`): the movant's bare demand and
/// the other side's bare refusal, or both in the movant's own entry
/// ("Asked Plaintiff to vacate the deposition. Plaintiff refused.", with
/// no position recorded for the other side).
pub fn only_asked_and_refused(mine: &str, theirs: &str) -> bool {
    let pair = |demand: &str, refusal: &str| {
        bare_demand(demand)
            && refuses(refusal).is_some_and(|insisted| !insisted || words(demand).any(calls_off))
            && restates(refusal, demand)
    };
    if theirs.trim().is_empty() {
        let mut s = sentences(mine);
        match (s.next(), s.next(), s.next()) {
            (Some(demand), Some(refusal), None) => pair(demand, refusal),
            _ => false,
        }
    } else {
        pair(mine, theirs)
    }
}

/// Whether a conference's positions could record a demand refused
/// (`only_asked_and_refused`), by the refusal's first letter: the test
/// a whole log is put to before any position is read in full.
#[inline(always)]
pub fn may_tell_a_refusal(mine: &str, theirs: &str) -> bool {
    if theirs.is_empty() {
        // Both halves in the movant's entry: its second sentence.
        mine.trim_end().trim_end_matches('.').contains(". ") && only_asked_and_refused(mine, theirs)
    } else {
        may_be_bare_refusal(theirs) && refuses(theirs).is_some()
    }
}

/// Whether a contact other than a conference says no more than a demand
/// and a refusal (or nothing) on a request.
pub fn says_no_more(mine: &str, theirs: &str) -> bool {
    (theirs.trim().is_empty() || refuses(theirs).is_some())
        && (mine.trim().is_empty() || bare_demand(mine) || only_asked_and_refused(mine, ""))
}

/// Whether the refusal only restates what was asked: each word of it that
/// carries meaning (four letters or more, after its opening word) is one
/// the demand used too, compared by its first five letters ("Declined to
/// withdraw the subpoena" after "Asked that the subpoena be withdrawn").
/// "Will not identify employees below the director level" after "Asked for
/// the approving engineers' names" says where the line is drawn: a
/// position, not a bare refusal.
fn restates(refusal: &str, demand: &str) -> bool {
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
        // Insisting that it goes on ("Wants the deposition to go forward
        // as noticed", "Deposition stays on calendar").
        "wants",
        "wanted",
        "keeps",
        "stays",
        "stands",
        "remains",
        "proceeds",
        "goes",
        "continues",
        "calendar",
        "calendared",
        "place",
    ];
    let stem = |w: &[u8]| w[..w.len().min(5)].to_ascii_lowercase();
    let asked: Vec<Vec<u8>> = words(demand).map(stem).collect();
    words(refusal)
        .filter(|w| w.len() >= 4 && !is_one_of(w, SMALL) && !is_one_of(w, REFUSED))
        .all(|w| asked.contains(&stem(w)))
}

/// The words a demand and a refusal are told in, and nothing more:
/// asking and refusing, insisting that something goes on, calling it off,
/// the words of a call, the sides, and the small words between them.
/// Sorted (a unit test checks), looked up by binary search. A word not
/// here, in the request's label or in a party's or counsel's name carries
/// something of substance: a reason, a proposal, what the objection is.
const KNOWN: &[&str] = &[
    "a",
    "about",
    "absolutely",
    "accede",
    "accept",
    "adamantly",
    "advised",
    "again",
    "agree",
    "agreeable",
    "agreement",
    "ahead",
    "all",
    "along",
    "also",
    "an",
    "and",
    "ands",
    "answer",
    "answered",
    "any",
    "appear",
    "aren",
    "as",
    "ask",
    "asked",
    "asking",
    "at",
    "attorney",
    "attorneys",
    "balked",
    "be",
    "been",
    "between",
    "blank",
    "both",
    "but",
    "buts",
    "by",
    "c",
    "calendar",
    "calendared",
    "call",
    "called",
    "can",
    "cancel",
    "cancelled",
    "cannot",
    "categorically",
    "certainly",
    "chief",
    "circumstances",
    "clearly",
    "client",
    "clients",
    "cnsl",
    "completely",
    "concerning",
    "concur",
    "concurred",
    "concurrence",
    "confer",
    "conference",
    "conferred",
    "consent",
    "couldn",
    "counsel",
    "d",
    "date",
    "dates",
    "declined",
    "declines",
    "def",
    "defendant",
    "defendants",
    "defense",
    "definitely",
    "defs",
    "deft",
    "demand",
    "demanded",
    "demurred",
    "denied",
    "deny",
    "dft",
    "did",
    "didn",
    "dismissed",
    "do",
    "does",
    "doesn",
    "don",
    "done",
    "down",
    "drop",
    "during",
    "either",
    "emphatically",
    "end",
    "entirely",
    "every",
    "executive",
    "firm",
    "firmly",
    "flatly",
    "for",
    "forward",
    "from",
    "given",
    "go",
    "goes",
    "going",
    "had",
    "hadn",
    "hand",
    "happen",
    "has",
    "hasn",
    "have",
    "haven",
    "he",
    "held",
    "her",
    "here",
    "hesitation",
    "him",
    "his",
    "i",
    "ifs",
    "in",
    "indicated",
    "indicates",
    "insisted",
    "insists",
    "intend",
    "intended",
    "intends",
    "into",
    "is",
    "isn",
    "it",
    "its",
    "just",
    "keep",
    "keeps",
    "kept",
    "lawyer",
    "lr",
    "m",
    "me",
    "meet",
    "met",
    "motion",
    "move",
    "mr",
    "mrs",
    "ms",
    "must",
    "my",
    "negative",
    "never",
    "new",
    "nixed",
    "no",
    "non",
    "none",
    "nonstarter",
    "nope",
    "not",
    "notice",
    "noticed",
    "nowhere",
    "objected",
    "obtained",
    "oc",
    "of",
    "off",
    "officer",
    "on",
    "once",
    "one",
    "only",
    "onto",
    "opp",
    "opposed",
    "opposes",
    "opposing",
    "or",
    "otherwise",
    "our",
    "outright",
    "own",
    "party",
    "per",
    "period",
    "phone",
    "phoned",
    "pl",
    "place",
    "plaintiff",
    "plaintiffs",
    "planned",
    "please",
    "plf",
    "pltf",
    "pltfs",
    "point",
    "postpone",
    "prepared",
    "president",
    "proceed",
    "proceeding",
    "proceeds",
    "put",
    "quash",
    "question",
    "re",
    "reached",
    "rebuffed",
    "refusal",
    "refused",
    "refuses",
    "regarding",
    "rejected",
    "rejects",
    "relief",
    "remain",
    "remains",
    "replied",
    "req",
    "reqd",
    "request",
    "requested",
    "requesting",
    "requests",
    "reschedule",
    "resisted",
    "responded",
    "s",
    "said",
    "says",
    "scheduled",
    "served",
    "she",
    "side",
    "sides",
    "simply",
    "single",
    "sit",
    "so",
    "some",
    "sought",
    "spoke",
    "stand",
    "standing",
    "stands",
    "starter",
    "stated",
    "stay",
    "stays",
    "still",
    "stood",
    "stop",
    "story",
    "strongly",
    "t",
    "take",
    "taken",
    "telephone",
    "telephoned",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "to",
    "told",
    "totally",
    "turned",
    "unable",
    "unequivocally",
    "unfavorable",
    "unwilling",
    "upon",
    "us",
    "vacate",
    "vacated",
    "vacatur",
    "via",
    "want",
    "wanted",
    "wants",
    "was",
    "wasn",
    "way",
    "we",
    "went",
    "were",
    "weren",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "will",
    "willing",
    "wish",
    "wished",
    "wishes",
    "with",
    "withdraw",
    "withdrawn",
    "won",
    "would",
    "wouldn",
    "you",
];

/// Words of `KNOWN` that tell a refusal (or that what was asked to be
/// called off goes on). Not "objected", which the movant's own position
/// says of the request ("Objected to the subpoena and sought to have it
/// quashed", Lau v. Mayorkas as a second hand recorded it). "t" is the
/// negation of "can't", "won't", "isn't" (review 105). Not "stands": "Stands on its privilege log" keeps
/// the grounds the log gives (an accepted rewording of Kizer v. North
/// American Transport Services, W.D. Okla. 2020).
const REFUSING: &[&str] = &[
    "aren",
    "balked",
    "cannot",
    "couldn",
    "declined",
    "declines",
    "demurred",
    "denied",
    "deny",
    "didn",
    "dismissed",
    "doesn",
    "don",
    "down",
    "firm",
    "firmly",
    "go",
    "goes",
    "going",
    "hadn",
    "happen",
    "hasn",
    "haven",
    "insisted",
    "insists",
    "intend",
    "intended",
    "intends",
    "isn",
    "keep",
    "keeps",
    "kept",
    "negative",
    "never",
    "nixed",
    "no",
    "none",
    "nonstarter",
    "nope",
    "not",
    "opposed",
    "opposes",
    "proceed",
    "proceeding",
    "proceeds",
    "rebuffed",
    "refusal",
    "refused",
    "refuses",
    "rejected",
    "rejects",
    "remain",
    "remains",
    "resisted",
    "standing",
    "starter",
    "stay",
    "stays",
    "still",
    "t",
    "unable",
    "unfavorable",
    "unwilling",
    "wants",
    "wasn",
    "weren",
    "won",
    "wouldn",
];

/// Words of `KNOWN` that tell asking.
const ASKING: &[&str] = &[
    "ask",
    "asked",
    "asking",
    "demand",
    "demanded",
    "req",
    "reqd",
    "request",
    "requested",
    "requesting",
    "sought",
    "want",
    "wanted",
];

/// Whether `w` is in `KNOWN`, ignoring ASCII case.
fn known(w: &[u8]) -> bool {
    lookup(w).known
}

/// What a word is to `to_be_named`: one of `KNOWN` (and then whether it
/// refuses or asks), or one of `SUBSTANCE`. Lower-cased once and found by
/// binary search in each sorted list (a linear scan of the lists cost a
/// check 20k instructions).
#[derive(Clone, Copy, Default)]
struct Word {
    known: bool,
    refuses: bool,
    asks: bool,
    substance: bool,
}

fn lookup(w: &[u8]) -> Word {
    let mut buf = [0u8; 16];
    let Some(lower) = buf.get_mut(..w.len()) else {
        return Word::default();
    };
    lower.copy_from_slice(w);
    lower.make_ascii_lowercase();
    let lower: &[u8] = lower;
    let found = |list: &[&str]| list.binary_search_by(|k| k.as_bytes().cmp(lower)).is_ok();
    if found(KNOWN) {
        Word {
            known: true,
            refuses: found(REFUSING),
            asks: found(ASKING),
            substance: false,
        }
    } else {
        Word {
            substance: found(SUBSTANCE),
            ..Word::default()
        }
    }
}

/// Whether two words are one word told longer or shorter ("depo" and
/// "deposition", "vacatur" and "vacate"): the shorter has four letters or
/// more and they share its first five (or all of it, if shorter).
fn kin(a: &[u8], b: &[u8]) -> bool {
    let n = a.len().min(b.len());
    n >= 4 && a[..n.min(5)].eq_ignore_ascii_case(&b[..n.min(5)])
}

/// Words that carry substance whatever else a position says: a reason, a
/// proposal, a condition, a ground of objection, or that the answer is
/// still being weighed ("Still considering whether to vacate it": no
/// refusal, however "still" reads beside "on").
const SUBSTANCE: &[&str] = &[
    "alternative",
    "ambiguous",
    "apex",
    "authority",
    "basis",
    "because",
    "burden",
    "burdensome",
    "case",
    "cases",
    "check",
    "checking",
    "cited",
    "compromise",
    "confidential",
    "consider",
    "considered",
    "considering",
    "cumulative",
    "duplicative",
    "explained",
    "harassing",
    "instead",
    "irrelevant",
    "knowledge",
    "law",
    "limit",
    "limited",
    "narrow",
    "narrowed",
    "objection",
    "objections",
    "offer",
    "offered",
    "overbroad",
    "pending",
    "premature",
    "privilege",
    "privileged",
    "proportional",
    "proposal",
    "proposed",
    "proprietary",
    "protected",
    "reason",
    "reasons",
    "relevance",
    "relevant",
    "review",
    "reviewing",
    "rule",
    "since",
    "suggested",
    "think",
    "thinking",
    "unless",
    "until",
    "untimely",
    "vague",
];

/// How a conference's positions on a request read (`tells_only_a_refusal`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Told {
    /// A demand refused, and nothing more.
    Refused,
    /// Only the movant's demand, the refusal recorded in another entry of
    /// the same call, if anywhere ("Asked Plaintiff to vacate the
    /// deposition." on one line, "Pltf: no." on the next: an adversarial
    /// review, 101, of Moffett): it says no more, and refuses nothing.
    AskedOnly,
    /// Something more, or not a demand and a refusal.
    More,
}

/// At most this many words of a conference's positions may be other than
/// `KNOWN`, the movant's own words, a name or the request's label: one
/// word of emphasis or style ("flatly", "period", "then and there" less
/// "then") says no more (review 101); two say something.
pub const OTHER_WORDS: usize = 1;

/// Whether a conference's positions on a request, or its summary where
/// neither position is recorded (or where the other side's is empty and
/// the movant's refuses nothing), tell only that the movant asked and the
/// other side refused, in any words: every word is one of `KNOWN`, a word
/// of the request's label or of a name (`named`), a number, a month or a
/// single letter, or (in the other side's position) one of the movant's
/// own words, but for one word of emphasis that is not of `SUBSTANCE`;
/// and some word refuses ("Pltf. refused.", "Request denied.", "Not
/// willing to vacate the deposition.", "Refused to do so.", "Plaintiff
/// flatly refused.", "Would not vacate it, period.", a summary "Def asked
/// pltf to vacate; pltf refused.": adversarial reviews 99 and 101 of
/// Moffett). Asked only of a conference that ended in an impasse. (The
/// checker composes the same two parts itself, `to_be_named` and
/// `named_enough`, so that the first is read once for texts repeated entry
/// after entry; this is that composition, for the tests.)
#[cfg(test)]
fn tells_only_a_refusal(
    mine: &str,
    theirs: &str,
    summary: &str,
    named: impl Fn(&[u8]) -> bool,
) -> Told {
    match to_be_named(mine, theirs, summary) {
        None => Told::More,
        Some((told, ws)) => named_enough(told, ws, named),
    }
}

/// `told`, if every word of substance in `ws` is named and at most
/// `OTHER_WORDS` others are not; otherwise `Told::More`.
pub fn named_enough<'a>(
    told: Told,
    ws: impl IntoIterator<Item = (&'a [u8], bool)>,
    named: impl Fn(&[u8]) -> bool,
) -> Told {
    let mut others = 0;
    for (w, must) in ws {
        if named(w) {
            continue;
        }
        if must {
            return Told::More;
        }
        others += 1;
        if others > OTHER_WORDS {
            return Told::More;
        }
    }
    told
}

/// The part of `tells_only_a_refusal` that does not depend on the request
/// or the names: `None` when the texts tell more (a word of `SUBSTANCE`,
/// more than ten other words, a summary that does not tell the asking),
/// otherwise how they read and the words that must each be a word of the
/// label or of a name, but for `OTHER_WORDS`. Read once for texts repeated
/// entry after entry, whatever request they are on.
pub fn to_be_named<'a>(
    mine: &'a str,
    theirs: &'a str,
    summary: &'a str,
) -> Option<(Told, impl Iterator<Item = (&'a [u8], bool)> + Clone + 'a)> {
    let mut rest: [(&[u8], bool); 10] = [(&[], false); 10];
    let mut n = 0;
    // Reads a word: `None` when there are too many to be named (one of
    // `SUBSTANCE` must be: "proposed" in "Defendant's proposed protective
    // order" is the label's word). `of_mine`: the movant's own words, which
    // the other side's position may repeat.
    let mut read = |w: &'a [u8], of_mine: Option<&str>, alone: bool| -> Option<Word> {
        let word = lookup(w);
        if word.known
            || w.len() == 1
            || w.iter().all(u8::is_ascii_digit)
            || of_mine.is_some_and(|mine| words(mine).any(|m| kin(m, w)))
            || is_one_of(w, super::phrase::MONTH)
        {
            return Some(word);
        }
        let slot = rest.get_mut(n)?;
        *slot = (w, word.substance || alone);
        n += 1;
        Some(word)
    };
    // Reads a text part by part (split at a semicolon, a colon or a
    // bracket): a part with no word of `KNOWN` is a statement of its own,
    // and its words are of substance ("Refused; retaliation.", "Refused
    // (retaliation claims)": an over-strictness review, 104, of Golat),
    // where one word beside a refusal ("Refused, period.") is emphasis.
    // Whether some word refuses and some asks.
    let mut read_text = |text: &'a str, of_mine: Option<&str>| -> Option<(bool, bool)> {
        let (mut refused, mut asked) = (false, false);
        for part in text.split([';', ':', '(', ')']) {
            let alone = !words(part).any(|w| lookup(w).known);
            for w in words(part) {
                let word = read(w, of_mine, alone)?;
                refused |= word.refuses;
                asked |= word.asks;
            }
        }
        Some((refused, asked))
    };
    let (mine_empty, theirs_empty) = (mine.trim().is_empty(), theirs.trim().is_empty());
    let told = if mine_empty && theirs_empty {
        // Told only in the summary: it must tell the asking too.
        let (refused, asked) = read_text(summary, None)?;
        if !(asked && refused) {
            return None;
        }
        Told::Refused
    } else {
        let (mut refused, _) = read_text(mine, None)?;
        // The other side's part: its position, or where it is empty and the
        // movant's refuses nothing, the summary (`Single call …; Plaintiff
        // refused.`).
        let from_summary = theirs_empty && !refused;
        let theirs = if from_summary { summary } else { theirs };
        refused |= read_text(theirs, Some(mine))?.0
            // "Plaintiff objected.": the other side objecting to the demand
            // refuses it (review 105); in the movant's own position the word
            // is said of the request, so it is read only here.
            || (!from_summary
                && words(theirs).any(|w| is_one_of(w, &["objected", "objects", "objecting"])));
        if refused {
            Told::Refused
        } else if theirs_empty && !mine_empty {
            Told::AskedOnly
        } else {
            return None;
        }
    };
    Some((told, rest.into_iter().take(n)))
}

/// The words of the names of a matter's parties and counsel: a position
/// may name them ("Moffett refused").
pub fn name_words<'a>(names: impl Iterator<Item = &'a str>) -> Vec<&'a [u8]> {
    names.flat_map(words).filter(|w| w.len() >= 2).collect()
}

/// Whether `w` is a word of the request's `label` or of a name, told
/// longer or shorter (`kin`): "depo" for "Deposition of the CEO".
pub fn is_named(w: &[u8], label: &str, names: &[&[u8]]) -> bool {
    words(label)
        .chain(names.iter().copied())
        .any(|x| x.eq_ignore_ascii_case(w) || kin(x, w))
}

/// Whether a clause of a contact's summary gives a side's own ground in
/// words of substance: a side (a party's role, a pronoun, or a word of a
/// name) among its first four words, a verb of giving a ground (`GIVES`)
/// or a colon after it, and then at least two words that are neither
/// `KNOWN`, nor of the request's `label` or a name, nor words that only
/// tell the meeting and its end (`MEETING`). "Plaintiff seeks the deposition to
/// support her retaliation claims", "Defendants: Simcox's information is
/// protected attorney work, obtainable elsewhere", "The deposition,
/// Plaintiff said, bears on her retaliation claims" (an over-strictness
/// review, 102, of Golat v. Wisconsin State Court System, W.D. Wis. 2024,
/// which accepted a conference whose reasons the sides set out in a joint
/// motion). Not "Plaintiff refused", "Def asked pltf to vacate", "The
/// single call between Defendant and Plaintiff that the motion sets
/// forth".
pub fn summary_gives_a_ground(summary: &str, label: &str, names: &[&[u8]]) -> bool {
    const SIDE: &[&str] = &[
        "plaintiff",
        "plaintiffs",
        "defendant",
        "defendants",
        "defense",
        "def",
        "defs",
        "dft",
        "deft",
        "pltf",
        "pltfs",
        "pl",
        "plf",
        "movant",
        "respondent",
        "he",
        "she",
        "they",
    ];
    /// Words that tell only the meeting, the record or how it ended.
    const MEETING: &[&str] = &[
        "agreement",
        "between",
        "conferred",
        "could",
        "court",
        "directed",
        "dispute",
        "disputes",
        "emailed",
        "firm",
        "forth",
        "impasse",
        "joint",
        "maintained",
        "motion",
        "objected",
        "opposed",
        "opposes",
        "order",
        "position",
        "positions",
        "presented",
        "resolution",
        "resolve",
        "resolved",
        "seek",
        "seeks",
        "sent",
        "sets",
        "single",
        "stood",
        "talked",
        "unable",
        "unresolved",
        "wrote",
    ];
    /// What a side does when it gives its ground: "seeks … to", "wants …
    /// for", "relies on", "said … bears on", "'s position", "'s grounds".
    const GIVES: &[&str] = &[
        "say",
        // "citing her retaliation claims", "pointing to", "invoked",
        // "relying on" (review 106).
        "citing",
        "pointing",
        "invoked",
        "invokes",
        "invoking",
        "relying",
        "cited",
        "cites",
        "argued",
        "argues",
        "asserted",
        "asserts",
        "believes",
        "claimed",
        "claims",
        "contended",
        "contends",
        "grounds",
        "maintains",
        "needed",
        "needs",
        "pointed",
        "points",
        "position",
        "reason",
        "reasons",
        "relied",
        "relies",
        "said",
        "says",
        "seeks",
        "sought",
        "stated",
        "states",
        "view",
        "wanted",
        "wants",
    ];
    if !summary.bytes().any(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    let named = |w: &[u8]| is_named(w, label, names);
    // A side: a role, a pronoun, or a word of a party's or counsel's name
    // (not of the request's label: "The deposition, Plaintiff said, …").
    let side = |w: &[u8]| {
        is_one_of(w, SIDE)
            || (w.len() > 2 && !known(w) && names.iter().any(|n| n.eq_ignore_ascii_case(w)))
    };
    let substance = |w: &&[u8]| {
        !known(w) && !is_one_of(w, MEETING) && !named(w) && !w.iter().all(u8::is_ascii_digit)
    };
    super::phrase::clauses(summary).any(|clause| {
        // "Plaintiff: the deposition is to support her claims",
        // "Defendants' grounds: privilege …": a side, then a colon.
        if let Some((head, rest)) = clause.split_once(':') {
            let head: Vec<&[u8]> = words(head).collect();
            if head.len() <= 4
                && head.last().is_some_and(|w| side(w) || is_one_of(w, GIVES))
                && head.iter().any(|w| side(w))
                && words(rest).filter(substance).nth(1).is_some()
            {
                return true;
            }
        }
        // A side and a verb of giving a ground ("Plaintiff seeks the
        // deposition to support …", "The
        // deposition is sought for Plaintiff's retaliation claims",
        // "Plaintiff's retaliation claims require his testimony, she said":
        // review 104), then two words of substance after the first of them;
        // not in a clause that doubts ("unclear whether Defendant explained").
        let ws: Vec<&[u8]> = words(clause).collect();
        if ws.iter().any(|w| is_one_of(w, &["unclear", "whether"])) {
            return false;
        }
        // The side and its verb within five words of each other ("Plaintiff
        // stood on the subpoena, relying on …": review 106): "each
        // side said", "Defendant agrees the parties met … what each side
        // said" (a quoted order) gives nobody's ground.
        let sides: Vec<usize> = (0..ws.len()).filter(|&k| side(ws[k])).collect();
        let from = (0..ws.len())
            .filter(|&k| is_one_of(ws[k], GIVES))
            .find_map(|g| {
                sides
                    .iter()
                    .find(|&&s| s.abs_diff(g) <= 5)
                    .map(|&s| s.min(g))
            });
        from.is_some_and(|from| {
            ws[from + 1..]
                .iter()
                .filter(|w| substance(w))
                .nth(1)
                .is_some()
        })
    })
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
        // A reason told in the summary ("Dispute unresolved because
        // Defendants say the information is privileged", "Plaintiff: she
        // needs the deposition for her retaliation claims": an
        // over-strictness review, 100, of Golat v. Wisconsin State Court
        // System, W.D. Wis. 2024). ("Addressed the noticed deposition"
        // names a topic, not a discussion: an adversarial review, 99.)
        "because",
        "since",
        "grounds",
        "reason",
        "privilege",
        "privileged",
        "burden",
        "burdensome",
        "relevance",
        "relevant",
        "irrelevant",
        "proportional",
        "proportionality",
        "overbroad",
        "need",
        "needs",
        "needed",
        "unless",
        "instead",
        "alternative",
        // "would not withdraw it given her retaliation claims", "in light
        // of" (review 104).
        "given",
        "light",
    ];
    super::phrase::clauses(summary).any(|clause| {
        let ws: Vec<&[u8]> = words(clause).collect();
        ws.iter().enumerate().any(|(k, w)| {
            // "given her retaliation claims": the ground itself, whatever
            // came before it ("would not withdraw it given …").
            let ground_follows = is_one_of(w, &["given", "light"])
                && ws.get(k + 1).is_some_and(|x| {
                    is_one_of(x, &["her", "his", "their", "its", "the", "that", "of"])
                });
            // "went through each request" tells a discussion; "the call
            // went nowhere" does not (review 105).
            let went_nowhere = is_one_of(w, &["went"])
                && !ws
                    .get(k + 1)
                    .is_some_and(|x| is_one_of(x, &["through", "over"]));
            ground_follows
                || !went_nowhere
                    && is_one_of(w, TOLD)
                    && !ws[..k].iter().any(|x| {
                        // Words that deny or doubt it; not a refusal, which the
                        // reason may follow ("Refused because the answer would
                        // reveal privileged advice").
                        (is_one_of(x, super::phrase::NEGATION)
                            && !is_one_of(x, &["refused", "refuses", "declined", "declines"]))
                            // "What basis, if any, Defendant gave … is not
                            // stated" (review 105).
                            || is_one_of(x, &["whether", "unclear", "without", "what"])
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
    fn a_refusal_in_other_words_or_in_the_movants_entry_is_read() {
        use super::only_asked_and_refused;
        let asked = "Asked Plaintiff to vacate the deposition.";
        // An adversarial review, 95, of Moffett.
        for theirs in [
            "Wants the deposition to go forward as noticed.",
            "Deposition stays on calendar.",
            "The deposition will proceed as noticed.",
            "Refused to vacate the deposition; the deposition will proceed as noticed.",
            "Refused to vacate the deposition.",
        ] {
            assert!(only_asked_and_refused(asked, theirs), "{theirs}");
        }
        // Both as positions (an adversarial review, 127, of Moffett).
        for (mine, theirs) in [
            (
                "Defendant's position: the CEO deposition should be vacated.",
                "Plaintiff's position: the CEO deposition should go forward.",
            ),
            (
                "Position: Plaintiff should vacate the CEO deposition.",
                "Position: Plaintiff will not vacate it.",
            ),
            // Review 134.
            (
                "Keolis's position: the deposition should be vacated.",
                "Plaintiff's position: it should not.",
            ),
        ] {
            assert!(only_asked_and_refused(mine, theirs), "{mine} / {theirs}");
        }
        for (mine, theirs) in [
            (
                "Defendant's position: the CEO deposition should be vacated because he has no knowledge.",
                "Plaintiff's position: the CEO deposition should go forward.",
            ),
            (
                "Position: Plaintiff should not vacate the deposition.",
                "Position: Plaintiff will not vacate it.",
            ),
            (
                "Defendant's position: the CEO deposition should be vacated.",
                "Plaintiff's position: the CEO approved the policy and must testify.",
            ),
        ] {
            assert!(!only_asked_and_refused(mine, theirs), "{mine} / {theirs}");
        }
        assert!(only_asked_and_refused(
            "Asked Plaintiff to vacate the deposition of Defendant's current CEO that Plaintiff had noticed.",
            "Refused to vacate the deposition."
        ));
        assert!(only_asked_and_refused(
            "Asked Plaintiff to vacate the deposition. Plaintiff refused.",
            ""
        ));
        for theirs in [
            "The deposition will not go forward.",
            "Wants the deposition to go forward because the CEO approved the policy.",
            "Deposition stays on calendar until the 30(b)(6) witness is deposed.",
            "Agreed to vacate the deposition.",
            "Refused to vacate; the CEO has knowledge of the policy.",
            "",
        ] {
            assert!(!only_asked_and_refused(asked, theirs), "{theirs}");
        }
        // Going on is a refusal only of a demand to call something off:
        // after a demand to produce, "Production will proceed" agrees.
        assert!(!only_asked_and_refused(
            "Asked Plaintiff to produce the documents.",
            "Production will proceed."
        ));
        for mine in [
            "Asked Plaintiff to vacate the deposition. Plaintiff agreed.",
            "Asked Plaintiff to vacate the deposition. Plaintiff refused. Then we discussed dates.",
            "Asked Plaintiff to vacate the deposition.",
        ] {
            assert!(!only_asked_and_refused(mine, ""), "{mine}");
        }
    }

    #[test]
    fn a_demand_alone_or_with_the_refusal_in_the_summary_is_read() {
        use super::{Told, tells_only_a_refusal};
        let named = |w: &[u8]| super::is_named(w, "Deposition of Defendant's current CEO", &[]);
        let asked = "Asked Plaintiff to vacate the deposition.";
        let call = "Single telephone call between Defendant's counsel and Plaintiff's counsel about the noticed CEO deposition.";
        // The refusal in another entry of the same call (review 101).
        assert_eq!(
            tells_only_a_refusal(asked, "", call, named),
            Told::AskedOnly
        );
        assert_eq!(
            tells_only_a_refusal("", "Pltf: no.", call, named),
            Told::Refused
        );
        // The refusal told in the summary, the other side's position empty.
        let refused = "Single telephone call between Defendant's counsel and Plaintiff's counsel about the noticed CEO deposition; Plaintiff refused.";
        assert_eq!(
            tells_only_a_refusal(asked, "", refused, named),
            Told::Refused
        );
        // A demand that says why is more.
        assert_eq!(
            tells_only_a_refusal(
                "Asked Plaintiff to vacate the deposition because the CEO lacks knowledge.",
                "",
                call,
                named
            ),
            Told::More
        );
    }

    #[test]
    fn the_known_words_are_sorted_and_lower_case() {
        for list in [
            super::KNOWN,
            super::REFUSING,
            super::ASKING,
            super::SUBSTANCE,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{:?}", list);
            assert!(list.iter().all(|w| *w == w.to_lowercase() && w.len() <= 16));
        }
        for w in super::REFUSING.iter().chain(super::ASKING) {
            assert!(super::KNOWN.contains(w), "{w}");
        }
    }

    #[test]
    fn a_refusal_in_any_words_is_read_and_anything_more_is_not() {
        use super::{Told, tells_only_a_refusal};
        let refused = |mine: &str, theirs: &str, summary: &str, named: &dyn Fn(&[u8]) -> bool| {
            tells_only_a_refusal(mine, theirs, summary, named) == Told::Refused
        };
        let names: Vec<&[u8]> = vec![b"Keolis", b"Moffett"];
        let named = |w: &[u8]| super::is_named(w, "Deposition of Defendant's current CEO", &names);
        let asked = "Asked Plaintiff to vacate the deposition.";
        // An adversarial review, 99, of Moffett.
        for theirs in [
            "Refused to do so.",
            "Not willing to vacate the deposition.",
            "Responded that the deposition would not be vacated.",
            "Declined the request.",
            "Opposing counsel refused.",
            "Refused to vacate the deposition of the current CEO.",
            "Refused to take it off calendar.",
            "The request was refused.",
            "Refused, and the deposition remains noticed.",
            "Plaintiff intends to take the deposition as noticed.",
            "Refused to vacate the depo.",
            "Said no to vacating the deposition.",
            "Would not accede to Defendant's request.",
            "Refused to agree to vacate the deposition.",
            "Moffett refused.",
            // An adversarial review, 101.
            "Plaintiff flatly refused.",
            "Categorically refused to vacate the deposition.",
            "Refused during the call.",
            "Plaintiff wasn't willing to vacate the deposition.",
            "Turned the request down.",
            "Would not consent to vacating the deposition.",
            "Refused to vacate the chief executive's deposition.",
            "Absolutely not.",
            "Rebuffed the request.",
            "Opposed vacating the deposition.",
            "Refused then and there.",
            "Refused to vacate the C.E.O. deposition.",
            "Wouldn't budge.",
            "REFUSED, full stop.",
            "Plaintiff said no way.",
            "Would not vacate it, period.",
            "Plaintiff objected.",
            // Reviews 103 and 105: a word of emphasis, or the deposition
            // "still on".
            "Plaintiff's counsel said the CEO deposition was still on.",
            "Plaintiff's counsel dismissed the request out of hand.",
            "Refused outright and without hesitation.",
            "Would not vacate it under any circumstances.",
            "Plaintiff's counsel said her client saw it otherwise and would keep the deposition.",
        ] {
            assert!(refused(asked, theirs, "", &named), "{theirs}");
        }
        // Review 108: concurrence sought under E.D. Mich. LR 7.1 and not
        // given (Youngsoft v. Skylife, E.D. Mich. 2021: a bare recitation).
        for (mine, theirs) in [
            ("Requested concurrence.", "Concurrence not given."),
            ("Requested concurrence.", "Opposes the motion."),
            (
                "Sought concurrence in the relief requested.",
                "Concurrence not given.",
            ),
            (
                "Sought concurrence in the sanctions motion.",
                "Opposes the motion.",
            ),
            ("Sought concurrence.", "Did not concur."),
        ] {
            assert!(refused(mine, theirs, "", &named), "{theirs}");
        }
        for (mine, theirs) in [
            (
                "Sought concurrence.",
                "Opposes the motion as untimely and moot.",
            ),
            (
                "Explained the motion and its legal basis; sought concurrence.",
                "Did not concur.",
            ),
        ] {
            assert!(!refused(mine, theirs, "", &named), "{theirs}");
        }
        assert!(refused("Req'd pltf vacate depo.", "Pltf: no.", "", &named));
        assert!(refused(
            "Asked Plaintiff to vacate the deposition, which Plaintiff refused.",
            "",
            "",
            &named
        ));
        assert!(refused(
            "",
            "",
            "M&C call re CEO depo. Def asked pltf to vacate; pltf refused.",
            &named
        ));
        for theirs in [
            "Refused because the CEO approved the policy.",
            "Refused; the CEO has knowledge of the policy.",
            "Offered a 30(b)(6) witness instead.",
            "Would agree to a two-hour deposition.",
            "Agreed to vacate the deposition.",
            "Stands on its objections to the deposition.",
            "Refused: untimely and unduly burdensome.",
            "Refused; the deposition is needed for the policy claims.",
            "Still considering whether to vacate the deposition.",
            "Saw it otherwise: the CEO approved the policy.",
        ] {
            assert!(!refused(asked, theirs, "", &named), "{theirs}");
        }
        // Nothing refuses, or the summary does not tell the asking.
        assert!(!refused(
            "",
            "",
            "Telephone conference re the deposition; impasse.",
            &named
        ));
        assert!(!refused("", "", "Plaintiff refused.", &named));
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
