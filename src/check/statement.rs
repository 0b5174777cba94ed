//! Whether a certification the user wrote (a custom statement, or a
//! rewritten paragraph of the composed one) describes the conferral with
//! particularity: a dated step, and how the sides communicated. Courts
//! reject statements that only conclude ("conferred in good faith but were
//! unable to resolve the dispute", "despite efforts the parties could not
//! agree"); the pack lists the conclusions its court has rejected
//! (`conclusory`).
//!
//! The words are read whole, not as substrings ("specifically" holds "call"
//! but says nothing of a call), and a means is a means only as one: "at the
//! hearing" is a discussion at a hearing, "prior to the hearing" is a date;
//! "meeting and conferring" names no way of meeting.

/// Why a piece of certification text lacks particularity, if it does.
pub(super) fn lint(text: &str, conclusory: &[String]) -> Option<String> {
    let t = text.trim();
    if t.is_empty() {
        return Some("is empty".into());
    }
    let lower = t.to_lowercase();
    let phrase = conclusory.iter().find(|p| lower.contains(p.as_str()));
    let words = words(&lower);
    let dated = has_date(&lower, &words);
    match (phrase, dated) {
        (Some(p), false) => Some(format!(
            "states a conclusion (\"{p}\") without a single dated step"
        )),
        (None, false) => Some("gives no date for any step".into()),
        (_, true) if !has_method(&words) => Some("does not say how the sides communicated".into()),
        _ => None,
    }
}

/// Whether a custom statement says the motion has no certification at all
/// ("None.", "N/A", "None. The motion contains no certification", "No
/// certificate of conferral was filed"): how a recorder keeps a motion
/// filed without one (a sixty-eighth review of Price v. Plantation
/// Management, M.D. La. 2008). That is a certification missing, not one
/// lacking particulars. Read only where the first sentence is "None" (or
/// "N/A") alone, or the text names no certificate and gives no date.
pub(super) fn says_none(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    let first = lower
        .split(['.', ';', ':', '\n'])
        .map(str::trim)
        .find(|s| !s.is_empty())
        .unwrap_or("");
    if matches!(
        words(first).as_slice(),
        ["none"] | ["n", "a"] | ["na"] | ["not", "applicable"]
    ) {
        return true;
    }
    let w = words(&lower);
    const NAMED: &[&[&str]] = &[
        &["no", "certification"],
        &["no", "certificate"],
        &["without", "a", "certification"],
        &["without", "a", "certificate"],
        &["without", "any", "certification"],
        &["without", "any", "certificate"],
    ];
    w.len() <= 20
        && !has_date(&lower, &w)
        && (0..w.len()).any(|k| NAMED.iter().any(|n| w[k..].starts_with(n)))
}

/// The words of a lower-cased text: letters and digits, split at anything
/// else ("e-mail" is "e", "mail"; "3rd" stays whole).
fn words(lower: &str) -> Vec<&str> {
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

pub(super) const MONTHS: &[&str] = &[
    "january",
    "jan",
    "february",
    "feb",
    "march",
    "mar",
    "april",
    "apr",
    "may",
    "june",
    "jun",
    "july",
    "jul",
    "august",
    "aug",
    "september",
    "sept",
    "sep",
    "october",
    "oct",
    "november",
    "nov",
    "december",
    "dec",
];

/// A day of the month, "3", "3rd" or "third".
fn day(w: &str) -> bool {
    if w.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return crate::matter::ordinal(w).is_some();
    }
    let digits = w.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
    (digits.len() == w.len() || matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th"))
        && digits.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

/// A year of four digits.
fn year(w: &str) -> bool {
    w.len() == 4
        && (w.starts_with("19") || w.starts_with("20"))
        && w.bytes().all(|b| b.is_ascii_digit())
}

/// A month name followed by a day ("March 3", "Mar. 3rd"), a day followed
/// by a month and a year ("3 March 2026": "Request 12 may be" is no
/// date), "the 3rd day of March", or a numeric date whose
/// parts can be one ("3/4/2026", "2026-03-04"; not a telephone number such
/// as "405-555-1234").
fn has_date(lower: &str, words: &[&str]) -> bool {
    let month = |w: &str| MONTHS.contains(&w);
    let named = words.windows(2).any(|w| month(w[0]) && day(w[1]))
        || words
            .windows(3)
            .any(|w| day(w[0]) && month(w[1]) && year(w[2]))
        || words
            .windows(4)
            .any(|w| day(w[0]) && w[1] == "day" && w[2] == "of" && month(w[3]))
        || words
            .windows(3)
            .any(|w| day(w[0]) && w[1] == "of" && month(w[2]));
    let tokens: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')'))
        .filter(|t| !t.is_empty())
        .collect();
    named
        || tokens.iter().any(|t| numeric_date(t))
        || (0..tokens.len()).any(|k| short_date_after_on(&tokens, k))
}

/// "on 3/3", "on 3/11.": a month and day without a year, read only after
/// "on" ("RFP 4/5" is two requests, a certificate review, 144).
fn short_date_after_on(tokens: &[&str], k: usize) -> bool {
    let token = tokens[k].trim_end_matches(['.', ':']);
    let parts: Vec<&str> = token.split('/').collect();
    k > 0
        && tokens[k - 1] == "on"
        && parts.len() == 2
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
        && parts[0].parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
        && parts[1].parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

/// The days `text` gives, as (year if written, month, day), in the forms
/// `has_date` reads. A certification's dates must be those of its steps:
/// "Prior to filing this motion on March 20, 2026" dates the motion, not a
/// conference (a certificate review, 143).
pub(super) fn days_in(text: &str) -> Vec<(Option<i16>, i8, i8)> {
    let lower = text.to_lowercase();
    let words = words(&lower);
    let month = |w: &str| {
        MONTHS
            .iter()
            .position(|m| *m == w)
            .and_then(|k| i8::try_from(month_of(MONTHS[k])).ok())
    };
    let day_of = |w: &str| {
        if w.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return crate::matter::ordinal(w).and_then(|d| i8::try_from(d).ok());
        }
        w.trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .parse::<i8>()
            .ok()
            .filter(|_| day(w))
    };
    let spans = |k: usize| {
        let at = |back: usize| k.checked_sub(back).and_then(|j| words.get(j)).copied();
        dates_no_step(at(1), at(2))
    };
    let year_of = |w: Option<&&str>| w.filter(|w| year(w)).and_then(|w| w.parse::<i16>().ok());
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        // "March 3, 2026", "Mar. 3rd".
        if spans(k) {
            continue;
        }
        if let (Some(m), Some(d)) = (month(w), words.get(k + 1).and_then(|n| day_of(n))) {
            out.push((year_of(words.get(k + 2)), m, d));
        }
        // "3 March 2026", "the 3rd day of March 2026".
        if let Some(d) = day_of(w) {
            if let Some(m) = words.get(k + 1).and_then(|n| month(n)) {
                if let Some(y) = year_of(words.get(k + 2)) {
                    out.push((Some(y), m, d));
                }
            } else if words.get(k + 1) == Some(&"day")
                && words.get(k + 2) == Some(&"of")
                && let Some(m) = words.get(k + 3).and_then(|n| month(n))
            {
                out.push((year_of(words.get(k + 4)), m, d));
            } else if words.get(k + 1) == Some(&"of")
                && let Some(m) = words.get(k + 2).and_then(|n| month(n))
            {
                // "the 3rd of March, 2026".
                out.push((year_of(words.get(k + 3)), m, d));
            }
        }
    }
    let tokens: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')'))
        .filter(|t| !t.is_empty())
        .collect();
    for (k, token) in tokens.iter().enumerate() {
        let prev = |back: usize| {
            k.checked_sub(back)
                .map(|j| tokens[j].trim_end_matches(['.', ':', ',']))
        };
        if dates_no_step(prev(1), prev(2)) {
            continue;
        }
        let parts: Vec<i16> = token
            .trim_end_matches(['.', ':'])
            .split(['/', '-'])
            .filter_map(|p| p.parse().ok())
            .collect();
        if numeric_date(token) {
            let (y, m, d) = if parts[0] > 31 {
                (parts[0], parts[1], parts[2])
            } else {
                let y = if parts[2] < 100 {
                    2000 + parts[2]
                } else {
                    parts[2]
                };
                (y, parts[0], parts[1])
            };
            if let (Ok(m), Ok(d)) = (i8::try_from(m), i8::try_from(d)) {
                out.push((Some(y), m, d));
            }
        } else if short_date_after_on(&tokens, k)
            && let (Ok(m), Ok(d)) = (i8::try_from(parts[0]), i8::try_from(parts[1]))
        {
            out.push((None, m, d));
        }
    }
    out
}

/// Whether a day after these two words (the nearer first) opens or closes
/// a span, sets a deadline or dates the motion, and so dates no step:
/// "Since March 3, 2026", "Prior to filing this motion on March 20", "by
/// March 10" (a certificate review, 144).
fn dates_no_step(before: Option<&str>, before_that: Option<&str>) -> bool {
    matches!(
        before,
        Some("since" | "before" | "until" | "after" | "through" | "by")
    ) || (before_that == Some("prior") && before == Some("to"))
        || (before == Some("on") && matches!(before_that, Some("motion" | "filed")))
}

/// The number of a month by its name or abbreviation.
fn month_of(name: &str) -> usize {
    const ORDER: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    ORDER
        .iter()
        .position(|m| name.starts_with(m))
        .map_or(0, |k| k + 1)
}

/// "3/4/2026", "3/4/26", "2026-03-04" (a trailing full stop allowed).
fn numeric_date(token: &str) -> bool {
    let token = token.trim_end_matches(['.', ':']);
    let parts: Vec<&str> = token.split(['/', '-']).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return false;
    }
    let n = |p: &str| p.parse::<u32>().unwrap_or(0);
    let month_day = |m: &str, d: &str| (1..=12).contains(&n(m)) && (1..=31).contains(&n(d));
    let (a, b, c) = (parts[0], parts[1], parts[2]);
    (a.len() <= 2 && b.len() <= 2 && matches!(c.len(), 2 | 4) && month_day(a, b))
        || (a.len() == 4 && b.len() <= 2 && c.len() <= 2 && month_day(b, c))
}

/// Words that name a way the sides communicated, whole.
const MEANS: &[&str] = &[
    "call",
    "calls",
    "called",
    "calling",
    "telephone",
    "telephoned",
    "telephonic",
    "telephonically",
    "phone",
    "phoned",
    "teleconference",
    "videoconference",
    "video",
    "zoom",
    "webex",
    "letter",
    "letters",
    "email",
    "emails",
    "emailed",
    "fax",
    "faxed",
    "voicemail",
    "voicemails",
    "spoke",
    "spoken",
    "talked",
    "conversation",
    "conversations",
    "correspondence",
    "wrote",
    "mailed",
];

/// Phrases that name a way the sides communicated.
const MEANS_PHRASES: &[&[&str]] = &[
    &["e", "mail"],
    &["e", "mails"],
    &["e", "mailed"],
    &["voice", "mail"],
    &["in", "person"],
    &["face", "to", "face"],
    &["met", "with"],
    &["met", "in"],
    &["in", "writing"],
    &["by", "mail"],
    &["text", "message"],
    &["microsoft", "teams"],
    &["via", "teams"],
    &["at", "the", "deposition"],
    &["at", "a", "deposition"],
    &["during", "the", "deposition"],
    &["at", "the", "hearing"],
    &["at", "a", "hearing"],
    &["during", "the", "hearing"],
    &["with", "the", "court"],
    &["before", "the", "judge"],
];

/// A word or phrase for how the sides communicated. A bare "conference" or
/// "met" says nothing of the means ("has met the meet and confer
/// obligations", "a conference took place"): courts ask whether it was a
/// call, a meeting or a letter. "Meeting" counts unless it is "meeting and
/// conferring".
fn has_method(words: &[&str]) -> bool {
    words.iter().any(|w| MEANS.contains(w))
        || MEANS_PHRASES
            .iter()
            .any(|p| words.windows(p.len()).any(|w| w == *p))
        || words.iter().enumerate().any(|(i, w)| {
            matches!(*w, "meeting" | "meetings")
                && !matches!(words.get(i + 1), Some(&"and" | &"to"))
        })
}

/// Whether the text gives a clock time: "2:00", "2:00 p.m.", "2 pm",
/// "10 a.m.", "noon".
pub(super) fn has_clock_time(text: &str) -> bool {
    let lower = text.to_lowercase();
    let b = lower.as_bytes();
    let colon = (1..b.len().saturating_sub(2)).any(|i| {
        b[i] == b':'
            && b[i - 1].is_ascii_digit()
            && b[i + 1].is_ascii_digit()
            && b[i + 2].is_ascii_digit()
    });
    let words = words(&lower);
    colon
        || words.contains(&"noon")
        || words
            .windows(2)
            .any(|w| hour(w[0]) && matches!(w[1], "am" | "pm"))
        || words
            .windows(3)
            .any(|w| hour(w[0]) && matches!(w[1], "a" | "p") && w[2] == "m")
        || words.iter().any(|w| {
            w.strip_suffix("am")
                .or_else(|| w.strip_suffix("pm"))
                .is_some_and(hour)
        })
}

/// An hour on a twelve-hour clock.
fn hour(w: &str) -> bool {
    w.parse::<u8>().is_ok_and(|h| (1..=12).contains(&h))
}

#[cfg(test)]
mod tests {
    use super::{has_clock_time, lint};

    #[test]
    fn clock_times_are_read() {
        for t in [
            "at 2:00 p.m.",
            "at 2 p.m.",
            "at 10am",
            "at noon",
            "at 14:30",
        ] {
            assert!(has_clock_time(t), "{t:?}");
        }
        for t in [
            "on March 3, 2026",
            "Interrogatories 4-7",
            "for 30 minutes",
            "Rule 37.2",
            "Request 7 a copy",
        ] {
            assert!(!has_clock_time(t), "{t:?}");
        }
    }

    fn conclusory() -> Vec<String> {
        ["conferred in good faith", "unable to resolve"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    #[test]
    fn the_days_a_statement_gives_are_read() {
        use super::days_in;
        assert_eq!(
            days_in(
                "On March 3, 2026 and on the 11th of March they met; also 3/12/26 and 2026-03-13."
            ),
            vec![
                (Some(2026), 3, 3),
                (None, 3, 11),
                (Some(2026), 3, 12),
                (Some(2026), 3, 13)
            ]
        );
        assert_eq!(days_in("Tuesday, March 3rd"), vec![(None, 3, 3)]);
        assert_eq!(
            days_in("the 3rd day of March, 2026"),
            vec![(Some(2026), 3, 3)]
        );
        assert_eq!(days_in("3 March 2026"), vec![(Some(2026), 3, 3)]);
        assert!(days_in("Request 12 may be moot; call 405-555-1234.").is_empty());
    }

    #[test]
    fn particular_statements_pass() {
        for t in [
            "On March 10, 2026, at 2:00 p.m., Jane Roe spoke by telephone with John Doe for 30 minutes about Interrogatory No. 4.",
            "On the 3rd day of July 2023, counsel spoke by telephone about Interrogatories 4-7.",
            "On 3 July 2023, counsel spoke by telephone about Interrogatories 4-7.",
            "On July 3, 2023, counsel held a teleconference about Interrogatories 4-7.",
            "On July 3, 2023, counsel conferred via Microsoft Teams about the requests.",
            "On July 3, 2023, counsel talked face-to-face about the requests.",
            "The parties met and conferred about those two subpoenas in a live conversation on August 30, 2024.",
            "Counsel discussed this issue during an April 25, 2016 telephone conference but were unable to reach a resolution.",
            "On 7/3/2023 counsel exchanged e-mails about the requests; no answer came.",
            "On 2023-07-03 counsel met in person at the courthouse.",
        ] {
            assert_eq!(lint(t, &conclusory()), None, "{t:?}");
        }
    }

    #[test]
    fn conclusions_and_undated_or_meansless_statements_are_caught() {
        for t in [
            "Counsel conferred in good faith but were unable to resolve the dispute.",
            "Prior to the hearing set for September 12, 2023, counsel were unable to resolve the dispute.",
            "Counsel for the parties, after meeting and conferring on July 3, 2023, have been unable to resolve the dispute.",
            "On July 3, 2023, counsel conferred specifically regarding the issues raised herein but could not agree.",
            "Counsel conferred by telephone; Request 12 may be moot.",
            "Counsel conferred by telephone but were unable to resolve the dispute. Counsel may be reached at 405-555-1234.",
            "Counsel has met the meet and confer obligations.",
            "",
        ] {
            assert!(lint(t, &conclusory()).is_some(), "{t:?} should be caught");
        }
    }

    #[test]
    fn boilerplate_is_caught_and_particulars_pass() {
        let phrases = vec!["steps were taken".to_string()];
        assert!(
            lint(
                "In an effort to come to an agreement, steps were taken to mitigate the issues.",
                &phrases
            )
            .is_some()
        );
        assert!(
            lint(
                "On March 3, 2026, Jane Roe spoke by telephone with John Doe.",
                &phrases
            )
            .is_none()
        );
        assert!(lint("On 3/3/2026 counsel met in person.", &phrases).is_none());
        assert!(lint("On March 3, 2026, steps were taken.", &phrases).is_some()); // dated but says nothing of how
    }

    /// Certifications courts rejected as conclusory, as the orders in
    /// tests/fixtures/orders and the issue quote them, and the phrases of
    /// the baseline's list.
    #[test]
    fn certifications_courts_rejected_are_caught() {
        let phrases: Vec<String> = [
            "counsel conferred",
            "unable to agree",
            "attempted to confer",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for rejected in [
            "Telephonic and email inquiry of Plaintiff's counsel was made as to the application for relief by motion. No response was received.",
            "conferred with counsel for Security in writing",
            "a conference ... between opposing counsel ... took place on January 20, 2020, and in that the conferring parties' Defendants' Counsel, Shanon Gross, stated that she would produce some documents to Plaintiff with 5 days.",
            "that they have conferred in good faith with the DOC in an effort to obtain the discovery responses at issue in this motion without court action.",
            "[i]n compliance with Rule 37(a)(1) of the Federal Rules of Civil Procedure, counsel for Mover has in good faith conferred with plaintiffs in order to obtain Answers to Interrogatories from plaintiffs, Ronald Lowe and Sydney Lowe, without court action.",
            "WHEREFORE, Plaintiff sought concurrence prior to filing this motion but it was not obtained.",
            "[t]he parties, after reasonable effort, have been unable to resolve the dispute referenced in Plaintiffs' Motion to Compel Discovery.",
            "Counsel conferred in good faith but were unable to resolve the dispute.",
            "Despite efforts the parties could not agree.",
            "Counsel attempted to resolve these issues.",
            "On March 3, 2026, counsel conferred in good faith but were unable to resolve the dispute.",
            "Counsel has met the meet and confer obligations under Rule 37(a) on March 3, 2026.",
        ] {
            assert!(lint(rejected, &phrases).is_some(), "not caught: {rejected}");
        }
        for particular in [
            "On March 3, 2026, at 2:00 p.m., Jane Roe spoke by telephone with John Doe for 30 minutes about Interrogatory No. 4.",
            "On March 3, 2026, counsel met in person at 100 Main Street and discussed each request.",
            "On 3/3/2026 Jane Roe sent John Doe a letter identifying each deficient response.",
        ] {
            assert!(
                lint(particular, &phrases).is_none(),
                "flagged: {particular}"
            );
        }
    }
}
