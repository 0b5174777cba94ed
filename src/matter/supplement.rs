//! Supplemental responses told in words: the day an objection says the other
//! side's supplemental (or amended) responses came.
//!
//! Buntain v. Hansbro (C.D. Ill. 2023) denied a motion to compel brought on
//! supplemental responses no one had conferred about: the sides spoke on
//! September 26, the plaintiff agreed to supplement, the supplement came on
//! October 13, and the motion followed on October 26 with no further
//! contact. A record kept in the old way may tell the supplement only in the
//! request's objection ("the supplemental answers, received October 13,
//! 2023, still lack the requested detail"), with no entry in the log for
//! it. This reads that day, so the check can ask whether anyone conferred
//! after it. Reading it can only hold a record back (at risk), never make
//! one Ready.

use jiff::civil::Date;
use regex::Regex;
use std::sync::LazyLock;

use super::phrase::{clauses, is_one_of, negated_before, words};

/// Words that mark responses as supplemental or amended.
const MARK: &[&str] = &[
    "supplemental",
    "supplementary",
    "supp",
    "suppl",
    "amended",
    "revised",
    // "updated responses", "further responses" (an adversarial review, 93,
    // of Neely v. Boeing, W.D. Wash. 2018).
    "updated",
    "further",
];

/// What the mark must name (within two words) to be the other side's
/// responses rather than, say, supplemental requests.
const RESPONSES: &[&str] = &[
    "responses",
    "response",
    "answers",
    "answer",
    "production",
    "productions",
    "disclosures",
    "resp",
    "rogs",
    "documents",
    "docs",
];

/// Words that say the responses came (or, as a verb, that the other side
/// supplemented).
const CAME: &[&str] = &[
    "received",
    // "rec'd" is read as "rec" and "d".
    "rec",
    "recd",
    "served",
    "came",
    "arrived",
    "provided",
    "produced",
    "sent",
    "delivered",
    "supplemented",
    "amended",
    // "the supplemental answers followed on October 13, 2023" (a thirtieth
    // review of Buntain).
    "followed",
    // "Supplemental responses attached." on the other side's own email (a
    // forty-first review of Neely).
    "attached",
    "enclosed",
];

/// Words that name the supplement itself, as notes do ("supps came 10/13",
/// "supplementals (rec'd Oct 13)", "supplementation 10/13"); the last,
/// "supplement", is not read where no day is given (in a summary it is more
/// often the verb: "agreed to supplement").
const SUPPLEMENTS: &[&str] = &[
    "supplementation",
    "supplemented",
    "supplementals",
    "supps",
    "supplement",
];

/// A date in one of the forms notes use: "October 13, 2023", "Oct. 13,
/// 2023", "Oct 13" (no year), "10/13/2023", "10/13/23", "10/13",
/// "2023-10-13", or day first, "9 November 2017", "the ninth of November,
/// 2017".
static DATE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    // The pattern is a constant (`None` would be a bug the tests catch).
    Regex::new(
        r"(?i)\b(?:(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?P<day>\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+(?P<year>\d{4}))?|(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/(?P<y>\d{2}|\d{4}))?|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})|(?:the\s+)?(?P<dday>\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first)\s+(?:of\s+)?(?P<dmon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:,?\s+(?P<dyear>\d{4}))?)\b",
    )
    .ok()
});

/// The latest day, on or before `filing`, that `objection` says the other
/// side's supplemental or amended responses came: a clause that names them
/// ("supplemental answers", "amended responses", "Supplementation") or says
/// the other side "supplemented", says they came ("received", "served",
/// "produced"…), with no negation before that word ("No supplemental
/// responses were served"), and gives a day. A day without a year is the
/// last such day on or before filing. `None` when no clause says so.
pub fn supplement_came(objection: &str, filing: Date) -> Option<Date> {
    let retold = retold(objection);
    let objection: &str = &retold;
    // Most objections: one pass over the words decides.
    if !words(objection).any(starts_supplement) {
        return None;
    }
    clauses(objection)
        .filter_map(|clause| came_in(clause, filing))
        .max()
}

/// When a contact's summary says the other side's supplemental responses
/// came (`summary_supplement`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Supplement {
    /// On this day (read as in an objection, see `supplement_came`).
    On(Date),
    /// With the contact itself, no day given ("Boeing served its
    /// supplemental responses."): the contact's own day is theirs, if the
    /// contact is the other side's.
    WithIt,
}

/// The same reading in a contact's summary, where the movant's own
/// supplementing may be told too ("Plaintiff supplemented its answers to
/// Defendant's interrogatories on May 2", on the plaintiff's motion, is not
/// what the motion is about): a clause naming the movant's side by its role,
/// or "we", "our", "us", "I", is not read (unless it says the movant
/// received them). A clause that gives no day at all may still say they came
/// with the contact (`Supplement::WithIt`); "supplement" alone does not name
/// them there ("agreed to supplement" is more often the verb). The latest
/// day wins over a clause without one.
pub fn summary_supplement(summary: &str, filing: Date, movant: super::Side) -> Option<Supplement> {
    // ("re-served", "second-round", "follow-up", "answered again": `RETOLD`.)
    let retold = retold(summary);
    let summary: &str = &retold;
    if !may_tell(summary) {
        return None;
    }
    let own = super::phrase::side_words(movant);
    let mut with_it = false;
    let mut latest = None;
    for clause in clauses(summary).filter(|clause| !movants_own(clause, own)) {
        if let Some(day) = came_in(clause, filing) {
            latest = latest.max(Some(day));
        } else if !with_it {
            let ws: Vec<&[u8]> = words(clause).collect();
            with_it = names_responses(&ws, &SUPPLEMENTS[..SUPPLEMENTS.len() - 1])
                && !says_owed(&ws)
                && !restates_refusal(&ws)
                && came_at(clause, &ws).is_some_and(|c| !negated_before(clause, c))
                && DATE.as_ref().is_some_and(|d| !d.is_match(clause));
        }
    }
    latest
        .map(Supplement::On)
        .or(with_it.then_some(Supplement::WithIt))
}

/// Whether a summary may tell of a supplement at all: read of every
/// contact's summary, so a substring test first (each word of `MARK` and
/// "supplement" has one of these in it, in either case), then the words.
fn may_tell(summary: &str) -> bool {
    [
        "upp", "UPP", "mend", "MEND", "evise", "EVISE", "pdated", "PDATED", "urther", "URTHER",
    ]
    .iter()
    .any(|n| summary.contains(n))
        && words(summary).any(starts_supplement)
}

/// Whether a clause of a summary tells of the movant's own supplementing:
/// it names the movant's side by its role, or says "we", "our", "us" or
/// "I", and does not say the movant received them ("Defendants received
/// Plaintiff's supplemental responses on October 13" tells of the other
/// side's).
fn movants_own(clause: &str, own: &[&str]) -> bool {
    // The movant named only as who the responses went to is no actor:
    // "Email to Boeing re supp. responses, served on Pltf 11/9" (a
    // fifty-second review of Neely v. Boeing).
    let ws: Vec<&[u8]> = words(clause).collect();
    ws.iter().enumerate().any(|(k, w)| {
        (is_one_of(w, own) || is_one_of(w, &["we", "our", "us", "i"]))
            && !(k > 0 && is_one_of(ws[k - 1], &["on", "upon", "to"]))
    }) && !ws
        .iter()
        .any(|w| is_one_of(w, &["received", "rec", "recd", "got"]))
}

/// Whether the words name supplemental responses: a word of `MARK` with a
/// word of `RESPONSES` within two after it, or one of `acts`
/// ("supplementation", "supplemented", and for an objection "supplement").
fn names_responses(ws: &[&[u8]], acts: &[&str]) -> bool {
    ws.iter().enumerate().any(|(k, w)| {
        (is_one_of(w, MARK) && ws[k + 1..].iter().take(2).any(|x| is_one_of(x, RESPONSES)))
            || is_one_of(w, acts)
    })
}

/// Where the word saying they came starts: "supplemented" itself first
/// ("(served 9/28/17, supplemented 11/9/17)"), else the first of `CAME`.
fn came_at(clause: &str, ws: &[&[u8]]) -> Option<usize> {
    // ("followed" last: "Supplementation followed: agreed Oct. 6, received
    // Oct. 13".)
    ws.iter()
        .find(|w| is_one_of(w, &["supplemented"]))
        .or_else(|| {
            ws.iter()
                .find(|w| is_one_of(w, CAME) && !is_one_of(w, MARK) && !is_one_of(w, &["followed"]))
        })
        .or_else(|| ws.iter().find(|w| is_one_of(w, &["followed"])))
        .map(|w| w.as_ptr() as usize - clause.as_ptr() as usize)
}

/// A word that may begin the reading: one of `MARK`, or "supplement" and
/// its forms ("supplementation", "supplemented").
fn starts_supplement(w: &[u8]) -> bool {
    is_one_of(w, MARK)
        || is_one_of(w, &["supps"])
        || (w.len() >= 10 && w[..10].eq_ignore_ascii_case(b"supplement"))
}

/// "supp'd", "supp’d" and "suppd", as notes write "supplemented".
static SUPPED: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(?i)\bsupp(?:'|’)?d\b").ok());

/// Supplemental responses told in other words (an adversarial review, 114,
/// of Neely v. Boeing, W.D. Wash. 2018): "re-served its responses",
/// "second-round responses", "follow-up responses", "answered again",
/// read as the words `MARK` and `CAME` know.
static RETOLD: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:re-served\b|(?:second|third|new)[- ]round\b|follow-?up\s+(?:responses|answers|production)\b|answered\s+again\b)",
    )
    .ok()
});

/// `text` with `RETOLD`'s words spelled as `MARK` and `CAME` know them.
/// Asked of every objection and summary on every keystroke: one pass over
/// the words first (every match holds one of these), and the pattern only
/// where one is.
fn retold(text: &str) -> std::borrow::Cow<'_, str> {
    const MAY_BE: &[&str] = &["re", "round", "follow", "followup", "again"];
    let Some(re) = RETOLD
        .as_ref()
        .filter(|_| super::default::has_any_word(text, MAY_BE))
    else {
        return text.into();
    };
    re.replace_all(text, |c: &regex::Captures| {
        let m = c[0].to_ascii_lowercase();
        if m.starts_with("re") {
            "served supplemental".to_string()
        } else if m.starts_with("answered") {
            "served supplemental answers".to_string()
        } else if m.starts_with("follow") {
            format!(
                "supplemental {}",
                m.rsplit(|c: char| c.is_whitespace())
                    .next()
                    .unwrap_or("responses")
            )
        } else {
            "supplemental".to_string()
        }
    })
}

/// The day one clause says the supplemental responses came.
fn came_in(clause: &str, filing: Date) -> Option<Date> {
    // "Boeing supp'd 11/9 - still incomplete" (a thirty-eighth review of
    // Neely v. Boeing, W.D. Wash. 2018).
    let spelled = SUPPED
        .as_ref()
        .map(|r| r.replace_all(clause, "supplemented"));
    let clause: &str = spelled.as_deref().unwrap_or(clause);
    let ws: Vec<&[u8]> = words(clause).collect();
    if !names_responses(&ws, SUPPLEMENTS) || says_owed(&ws) || restates_refusal(&ws) {
        return None;
    }
    let dates = DATE.as_ref()?;
    // The word saying they came, not negated before it: the day nearest it.
    if let Some(came) = came_at(clause, &ws) {
        if negated_before(clause, came) {
            return None;
        }
        // The first day after that word ("received October 13",
        // "supplemented 10/13/23"), else the last before it ("the Oct. 13
        // supplemental answers, received late").
        // A day that heads the clause as a note's own day ("2/17 - ltr
        // that followed Plaintiff's supplemental responses": an
        // over-strictness review, 139, of Rowan) is the entry's, not the
        // supplement's, unless the supplement is what it heads.
        let note_day = |m: regex::Match| {
            words(&clause[..m.start()]).next().is_none()
                && opens_with_a_mark(&clause[m.end()..])
                && !headline(&clause[m.end()..])
        };
        let found: Vec<(usize, Date)> = dates
            .captures_iter(clause)
            .filter(|c| c.get(0).is_some_and(|m| !note_day(m)))
            .filter_map(|c| Some((c.get(0)?.start(), read_date(&c, filing)?)))
            .collect();
        return found
            .iter()
            .find(|(at, _)| *at > came)
            .or_else(|| found.iter().rev().find(|(at, _)| *at < came))
            .map(|(_, day)| *day)
            .filter(|day| *day <= filing);
    }
    // Or the responses named by their day, which says they exist: "its
    // November 9, 2017 supplemental responses" (Neely v. Boeing, W.D. Wash.
    // 2018, a blind recording), "the supplemental responses of November 9",
    // "Supplemental Responses (February 13, 2012)".
    dates
        .captures_iter(clause)
        .filter_map(|c| {
            let m = c.get(0)?;
            let after = words(&clause[m.end()..]).next();
            let before: Vec<&[u8]> = words(&clause[..m.start()]).collect();
            let n = before.len();
            // "its Nov. 9 supplemental responses", "Boeing's Nov. 9 supplement";
            // "supp resp 11/9", "supplementation 10/13"; "the supplemental
            // responses of November 9", "pltf's supplement of 10/13".
            // ("Its 11/9 supps didn't fix them": the same review.)
            let named = after.is_some_and(|w| is_one_of(w, MARK) || is_one_of(w, SUPPLEMENTS))
                || (before.is_empty() && headline(&clause[m.end()..]))
                || ends_naming(&before)
                || (n >= 1
                    && is_one_of(before[n - 1], &["of", "dated", "from"])
                    && ends_naming(&before[..n - 1]))
                || named_with_party(&before);
            (named && !negated_before(clause, m.start())).then(|| read_date(&c, filing))?
        })
        .filter(|day| *day <= filing)
        .max()
}

/// Whether the words end by naming the supplemental responses and then
/// whose they were or to whom they went, one or two words of a name or a
/// side's role after "from", "to", "on" or "by": "supp. responses from
/// Boeing (11/9)", "its supp. responses to Pltf: 11/9/17" (a fifty-second
/// review of Neely v. Boeing, W.D. Wash. 2018). The words must be a name
/// (capitalised) or a role, so "supp responses from Boeing by 11/30" (a
/// day asked for) is not read.
fn named_with_party(before: &[&[u8]]) -> bool {
    const ROLES: &[&str] = &[
        "plaintiff",
        "plaintiffs",
        "pltf",
        "pltfs",
        "plf",
        "defendant",
        "defendants",
        "def",
        "deft",
        "dft",
        "defs",
        "counsel",
        "opposing",
        "oc",
        "us",
    ];
    let n = before.len();
    (1..=2).any(|k| {
        n > k
            && is_one_of(before[n - k - 1], &["from", "to", "on", "by"])
            && before[n - k..]
                .iter()
                .all(|w| w.first().is_some_and(u8::is_ascii_uppercase) || is_one_of(w, ROLES))
            && !before[n - k..]
                .iter()
                .any(|w| is_one_of(w, &["by", "on", "to", "from", "before", "after", "until"]))
            && ends_naming(&before[..n - k - 1])
    })
}

/// Whether `rest`, what follows a day that opens a clause, makes the day a
/// headline of the supplement: a colon or a dash, then the supplemental
/// responses named, with at most two words of whose before them ("Nov. 9,
/// 2017: Boeing's supplemental responses", "11/9 - supps from Boeing": an
/// adversarial review, 134, of Neely v. Boeing, W.D. Wash. 2018). A verb
/// before them ("11/9: asked for supplemental responses") is no headline.
fn headline(rest: &str) -> bool {
    if !opens_with_a_mark(rest) {
        return false;
    }
    let ws: Vec<&[u8]> = words(rest).collect();
    let Some(k) = ws
        .iter()
        .position(|w| is_one_of(w, MARK) || is_one_of(w, SUPPLEMENTS))
    else {
        return false;
    };
    k <= 2
        && ws[..k].iter().all(|w| {
            w.first().is_some_and(u8::is_ascii_uppercase)
                || is_one_of(w, &["its", "their", "his", "her", "the", "s"])
        })
        && names_responses(&ws, SUPPLEMENTS)
}

/// Whether `rest` opens (after spaces) with a colon or a dash, as what
/// follows a note's heading day does.
fn opens_with_a_mark(rest: &str) -> bool {
    rest.trim_start()
        .starts_with([':', '-', '\u{2013}', '\u{2014}'])
}

/// Whether the words end by naming the supplemental responses: a word of
/// `SUPPLEMENTS` ("supps", "supplementation"), or a word of `RESPONSES`
/// with a word of `MARK` among the two before it ("supp resp", "Supp'l
/// answers", "supplemental responses").
fn ends_naming(ws: &[&[u8]]) -> bool {
    let n = ws.len();
    n >= 1
        && (is_one_of(ws[n - 1], SUPPLEMENTS)
            || (is_one_of(ws[n - 1], RESPONSES)
                && ws[n.saturating_sub(3)..n - 1]
                    .iter()
                    .any(|w| is_one_of(w, MARK))))
}

/// "Defendants' amended response of April 26, 2019 again declined to
/// answer": an amended response that only restates a refusal is the other
/// side's last word, not new responses to confer on (Rech v. Monroe County,
/// W.D.N.Y. 2019, accepted, in a twenty-seventh review's words).
fn restates_refusal(ws: &[&[u8]]) -> bool {
    ws.iter().any(|w| {
        is_one_of(
            w,
            &[
                "declined",
                "declines",
                "refused",
                "refuses",
                "maintained",
                "maintains",
                "reasserted",
                "reiterated",
                // "Stands on the supplemental responses he served" (an
                // over-strictness review, 59, of Rowan): a position on
                // responses already in the log, not new ones.
                "stands",
                "stood",
                "standing",
                "rests",
                "relies",
            ],
        )
    })
}

/// "Due", "promised", "would", "to be": the clause tells of
/// supplemental responses owed or promised, not of ones that came.
fn says_owed(ws: &[&[u8]]) -> bool {
    ws.iter().any(|w| {
        is_one_of(
            w,
            &[
                "due", "owed", "promised", "would", "will", "expected", "until",
            ],
        )
    }) || ws
        .windows(2)
        .any(|p| is_one_of(p[0], &["to"]) && is_one_of(p[1], &["be"]))
}

/// The first day `text` gives, as (year if written, month, day), in any
/// of the forms `DATE` reads ("December 18", "Dec. 18, 2010", "12/18/10",
/// "2010-12-18").
pub(super) fn day_in(text: &str) -> Option<(Option<i16>, i8, i8)> {
    day_parts(&DATE.as_ref()?.captures(text)?)
}

fn day_parts(c: &regex::Captures) -> Option<(Option<i16>, i8, i8)> {
    let num = |name: &str| {
        c.name(name).and_then(|m| {
            let t = m.as_str();
            if t.starts_with(|ch: char| ch.is_ascii_digit()) {
                t.trim_end_matches(|ch: char| ch.is_ascii_alphabetic())
                    .parse::<i16>()
                    .ok()
            } else {
                ordinal(t)
            }
        })
    };
    let (year, month, day) = if let Some(mon) = c.name("mon") {
        let month = month_number(mon.as_str())?;
        (num("year"), month, num("day")?)
    } else if let Some(mon) = c.name("dmon") {
        // Day first: "9 November 2017", "the 9th of November 2017" (an
        // adversarial review, 123, of Neely v. Boeing).
        let month = month_number(mon.as_str())?;
        (num("dyear"), month, num("dday")?)
    } else if c.name("m").is_some() {
        let year = num("y").map(|y| if y < 100 { 2000 + y } else { y });
        (year, num("m")?, num("d")?)
    } else {
        (num("iy"), num("im")?, num("id")?)
    };
    Some((year, i8::try_from(month).ok()?, i8::try_from(day).ok()?))
}

fn read_date(c: &regex::Captures, filing: Date) -> Option<Date> {
    let (year, month, day) = day_parts(c)?;
    match year {
        Some(y) => Date::new(y, month, day).ok(),
        None => {
            // The last such day on or before filing.
            let this = Date::new(filing.year(), month, day).ok()?;
            if this <= filing {
                Some(this)
            } else {
                Date::new(filing.year() - 1, month, day).ok()
            }
        }
    }
}

/// A day of the month spelled as an ordinal, "ninth", "twenty-first" (the
/// day "the ninth of November, 2017": an adversarial review, 135, of Neely
/// v. Boeing). The supplement reading takes it only before the month
/// (after it, "may first" would be a day); a certificate's day after the
/// month ("March third") is read, since it must also be a logged contact's
/// (`check::statement::days_in`).
pub fn ordinal(word: &str) -> Option<i16> {
    const ORDINALS: [&str; 20] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    let w = word.to_ascii_lowercase();
    let find = |t: &str| ORDINALS.iter().position(|o| *o == t).map(|k| k as i16 + 1);
    if w == "thirtieth" {
        return Some(30);
    }
    for (tens, add) in [("twenty", 20), ("thirty", 30)] {
        if let Some(rest) = w.strip_prefix(tens) {
            return find(rest.trim_start_matches(['-', ' '])).map(|d| d + add);
        }
    }
    find(&w)
}

fn month_number(word: &str) -> Option<i16> {
    let w = word.to_ascii_lowercase();
    let k = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .position(|m| w.starts_with(m))?;
    i16::try_from(k + 1).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn supplemental_responses_that_came_are_dated() {
        let filing = day("2023-10-26");
        for (t, want) in [
            // Buntain v. Hansbro (C.D. Ill. 2023), as a twenty-fifth review
            // recorded it in the objection only.
            (
                "Answers incomplete. On October 6, 2023 Plaintiff's counsel agreed to supplement; the supplemental answers, received October 13, 2023, still lack the requested detail.",
                "2023-10-13",
            ),
            (
                "Supplemental responses served 10/13/23 are still evasive.",
                "2023-10-13",
            ),
            (
                "Plaintiff supplemented on Oct. 13; still incomplete.",
                "2023-10-13",
            ),
            // A thirty-eighth review of Neely v. Boeing, in notes.
            ("Pltf supp'd 10/13 - still incomplete.", "2023-10-13"),
            // Day first (an adversarial review, 123, of Neely).
            (
                "Plaintiff considers the responses and its 13 October 2023 supplemental responses incomplete.",
                "2023-10-13",
            ),
            (
                "Plaintiff supplemented on the 13th of October 2023.",
                "2023-10-13",
            ),
            ("Supplemental answers served 13 Oct. 2023.", "2023-10-13"),
            ("Pltf supp\u{2019}d 10/13.", "2023-10-13"),
            ("Its 10/13 supps didn't fix them.", "2023-10-13"),
            ("Supps served 10/13/23.", "2023-10-13"),
            (
                "Amended answers received 2023-10-13, no better.",
                "2023-10-13",
            ),
            (
                "Supplementation received Oct 13, 2023 did not cure the deficiencies.",
                "2023-10-13",
            ),
            (
                "Supp. responses rec'd 10/13 - still deficient.",
                "2023-10-13",
            ),
            (
                "Supplemental answers served by Plaintiff on October 13, 2023.",
                "2023-10-13",
            ),
            // Named by their day (Neely v. Boeing, W.D. Wash. 2018, blind).
            (
                "Plaintiff considers Boeing's responses and its October 13, 2023 supplemental responses incomplete",
                "2023-10-13",
            ),
            (
                "The supplemental responses of October 13, 2023 are still evasive.",
                "2023-10-13",
            ),
            (
                "Supplemental Responses (October 13, 2023) still lack the detail.",
                "2023-10-13",
            ),
            // Review 28's shorthand.
            (
                "Boeing's responses (served 9/28/23, supplemented 10/13/23) incomplete.",
                "2023-10-13",
            ),
            (
                "Still incomplete after Boeing's Oct. 13 supplement.",
                "2023-10-13",
            ),
            ("supp resp 10/13 still incomplete", "2023-10-13"),
            // Review 30's notes.
            (
                "Pltf agreed 10/6 to supplement; supps came 10/13 - still deficient.",
                "2023-10-13",
            ),
            ("Supp'l answers 10/13, still deficient.", "2023-10-13"),
            ("supplementation 10/13; still deficient", "2023-10-13"),
            ("supplementals (rec'd Oct 13) still deficient", "2023-10-13"),
            (
                "Still deficient after pltf's supplement of 10/13.",
                "2023-10-13",
            ),
            (
                "The supplemental answers followed on October 13, 2023, and remain deficient.",
                "2023-10-13",
            ),
            (
                "Supplementation followed: agreed Oct. 6, received Oct. 13.",
                "2023-10-13",
            ),
            // A fifty-second review of Neely: whose, or to whom, then the day.
            (
                "Boeing's responses incomplete, incl. its supp. responses to Pltf: 10/13/23.",
                "2023-10-13",
            ),
            ("Re supp. responses from Boeing (10/13).", "2023-10-13"),
        ] {
            assert_eq!(supplement_came(t, filing), Some(day(want)), "{t:?}");
        }
    }

    /// Review 114 of Neely v. Boeing (W.D. Wash. 2018): the supplement in
    /// other words.
    #[test]
    fn a_supplement_in_other_words_is_read() {
        let filing = day("2018-01-16");
        for t in [
            "Incomplete; Boeing re-served its responses Nov. 9, 2017, still short.",
            "Boeing's second-round responses (Nov. 9, 2017) remain incomplete.",
            "Still incomplete after Boeing answered again on Nov. 9, 2017.",
            "Boeing's follow-up responses (11/9/17) still incomplete; want more docs.",
        ] {
            assert_eq!(supplement_came(t, filing), Some(day("2017-11-09")), "{t:?}");
        }
        assert_eq!(
            summary_supplement(
                "After Boeing re-served its responses on November 9, 2017, the parties exchanged emails about them.",
                filing,
                crate::matter::Side::Plaintiff
            ),
            Some(Supplement::On(day("2017-11-09")))
        );
        for t in [
            "First-round responses served Nov. 9, 2017.",
            "Defendant reserved its objections on Nov. 9, 2017.",
            "Follow-up letter sent Nov. 9, 2017.",
        ] {
            assert_eq!(supplement_came(t, filing), None, "{t:?}");
        }
    }

    #[test]
    fn owed_refused_or_undated_supplements_are_not_read() {
        let filing = day("2023-10-26");
        for t in [
            "Answers incomplete.",
            "No supplemental responses were served.",
            "Supplemental responses never came.",
            "Agreed to serve supplemental answers by October 13, 2023; none came.",
            "Supplemental responses due October 13, 2023.",
            "Supplemental responses to be served by October 13, 2023.",
            "Agreed to supplement by October 13, 2023.",
            "Plaintiff will supplement on October 13, 2023.",
            "No October 13, 2023 supplemental responses exist.",
            "Asked on October 13, 2023 for supplemental responses.",
            "Stands on the supplemental responses served October 13, 2023.",
            // Rech v. Monroe County (W.D.N.Y. 2019, accepted), review 27.
            "Refused to answer on the ground of attorney-client privilege; Defendants' amended response of October 13, 2023 again declined to answer.",
            "Supplemental responses were served, still deficient.",
            // Requests, not responses.
            "Objected to the supplemental requests served October 13, 2023.",
            // A day asked for, not a day they came.
            "Asked for supp responses from Boeing by 10/13.",
            "Asked for supplemental responses from opposing counsel on October 13, 2023.",
            // After filing: not before the motion.
            "Supplemental answers received November 2, 2023.",
            "",
        ] {
            assert_eq!(supplement_came(t, filing), None, "{t:?}");
        }
    }

    #[test]
    fn a_summary_is_read_for_the_other_sides_supplement_only() {
        use crate::matter::Side;
        let filing = day("2018-01-16");
        // Neely v. Boeing (W.D. Wash. 2018), as a blind recorder told it.
        let neely = "Second October 2017 conference. The parties were unable to agree at the end of these conferences and did not meet again. On November 9, 2017, Boeing supplemented its responses.";
        let read = |t: &str, movant| summary_supplement(t, filing, movant);
        assert_eq!(
            read(neely, Side::Plaintiff),
            Some(Supplement::On(day("2017-11-09")))
        );
        assert_eq!(
            read(
                "Defendants received Plaintiff's supplemental responses on November 9, 2017.",
                Side::Defendant
            ),
            Some(Supplement::On(day("2017-11-09")))
        );
        // "Updated" and "further" responses (an adversarial review, 93).
        assert_eq!(
            read(
                "Boeing served updated responses on November 9, 2017.",
                Side::Plaintiff
            ),
            Some(Supplement::On(day("2017-11-09")))
        );
        assert_eq!(
            read(
                "Boeing served further responses on November 9, 2017.",
                Side::Plaintiff
            ),
            Some(Supplement::On(day("2017-11-09")))
        );
        assert_eq!(
            read(
                "Asked for further responses by November 9, 2017.",
                Side::Plaintiff
            ),
            None
        );
        // With the contact itself, no day given.
        // An email's subject quoted, then its body (a forty-first review).
        assert_eq!(
            read(
                "\"Neely v. Boeing - Boeing's Supplemental Responses to Plaintiff's First Set of Discovery Requests\". Supplemental responses attached.",
                Side::Plaintiff
            ),
            Some(Supplement::WithIt)
        );
        assert_eq!(
            read("Boeing served its supplemental responses.", Side::Plaintiff),
            Some(Supplement::WithIt)
        );
        // The movant named only as who received them (a fifty-second review).
        assert_eq!(
            read(
                "Email to Boeing re supp. responses, served on Pltf 11/9.",
                Side::Plaintiff
            ),
            Some(Supplement::On(day("2017-11-09")))
        );
        // A day as the headline of the supplement (an adversarial review,
        // 134): not where a verb comes before the responses.
        assert_eq!(
            read(
                "Second conference; the parties could not agree and did not meet again. Nov. 9, 2017: Boeing's supplemental responses.",
                Side::Plaintiff
            ),
            Some(Supplement::On(day("2017-11-09")))
        );
        assert_eq!(
            read("11/9 - supps from Boeing", Side::Plaintiff),
            Some(Supplement::On(day("2017-11-09")))
        );
        // A note's own day heading it is not the supplement's (an
        // over-strictness review, 139, of Rowan).
        for t in [
            "2/17 - exchange of letters that followed Plaintiff's supplemental responses and the call",
            "Feb. 17, 2016: second letter of the exchange that followed the supplemental responses",
        ] {
            assert_eq!(read(t, Side::Defendant), None, "{t:?}");
        }
        for t in [
            "Nov. 9, 2017: asked Boeing for supplemental responses.",
            "Nov. 9, 2017: Boeing's supplemental responses due.",
            "Nov. 9, 2017 Boeing's supplemental responses were discussed.",
        ] {
            assert_eq!(read(t, Side::Plaintiff), None, "{t:?}");
        }
        for t in [
            "Boeing will serve supplemental responses.",
            "Plaintiff supplemented its answers to Defendant's interrogatories on November 9, 2017.",
            "We served our supplemental responses November 9, 2017.",
            "Call on the requests; impasse.",
        ] {
            assert_eq!(read(t, Side::Plaintiff), None, "{t:?}");
        }
    }

    #[test]
    fn a_day_spelled_as_an_ordinal_is_read() {
        let filing = day("2018-01-16");
        for (t, want) in [
            (
                "Boeing's responses are incomplete, including as supplemented on the ninth of November, 2017.",
                "2017-11-09",
            ),
            (
                "Supplemental answers served the twenty-first of December 2017.",
                "2017-12-21",
            ),
            (
                "Supplemental answers served 21st December 2017.",
                "2017-12-21",
            ),
        ] {
            assert_eq!(supplement_came(t, filing), Some(day(want)), "{t:?}");
        }
        // Only before the month: "may first" is no day.
        assert_eq!(
            supplement_came("Supplemental responses may first be reviewed.", filing),
            None
        );
        assert_eq!(ordinal("thirty-first"), Some(31));
        assert_eq!(ordinal("ninety"), None);
    }

    #[test]
    fn a_day_without_a_year_is_the_last_one_before_filing() {
        assert_eq!(
            supplement_came("Supplemental answers received Dec. 20.", day("2024-01-10")),
            Some(day("2023-12-20"))
        );
    }
}
