//! A known absence of the other side's counsel told in words.
//!
//! A file written before `unavailable` existed could tell that the other
//! side's lawyer was away only in a contact's summary or in the other side's
//! own message: "He was out of the office December 18 through 27, as
//! Plaintiff knew", "OC out 12/18-12/27 (pltf knew)", "I am in trial until
//! March 3". Courts fault a movant who pressed for an answer, or filed,
//! while the other side was known to be away (Makeen v. Comcast, D. Colo.
//! 2011: the plaintiff's email announcing the motion went to counsel he knew
//! was out of the office). A sixty-first review wrote Makeen's absence in
//! the summary only, and the checker did not see it. The reading is narrow:
//! a word of being away, then the period as a range of days or an end day,
//! with no negation before it; a period it cannot date is not read.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use super::phrase::clauses;

/// Words that may tell of an absence (checked before anything else: most
/// texts hold none).
const GATE: &[&str] = &[
    "out",
    "away",
    "vacation",
    "leave",
    "trial",
    "unavailable",
    "traveling",
    "travelling",
    "ooo",
];

/// Whether `text` holds a word that may tell of an absence: the cheap
/// test a caller may keep per text (the day matters only after it).
pub fn may_tell_absence(text: &str) -> bool {
    !text.is_empty() && super::default::has_any_word(text, GATE)
}

/// A period: a day, then optionally "-", "through", "to" or "until" and a
/// second day, or only a day of the same month ("December 18 through 27").
static PERIOD: LazyLock<Option<Regex>> = LazyLock::new(|| {
    // The pattern is a constant (`None` would be a bug the tests catch).
    let day = r"(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d{2}))?|\d{4}-\d{2}-\d{2})";
    Regex::new(&format!(
        r"(?i)\b(?P<lead>from|until|till|til|through|thru|to|on|between)?\s*(?P<a>{day})(?:\s*(?:-|–|—|through|thru|to|until|and)\s*(?P<b>{day}|\d{{1,2}}\b(?:st|nd|rd|th)?))?"
    ))
    .ok()
});

/// The period, first and last day, that `text` says the other side's
/// counsel was away, with `near` (the contact's day) deciding a year left
/// out. `None` when it says none it can date. `first_person_is_other_side`:
/// whether "I" and "we" in the text are the other side (its own message), or
/// the movant (the movant's entry, whose own absence is not the other
/// side's). Who was away must be named just before, as counsel or a person
/// ("counsel", "OC", "he", "Mr. Null", the other side by its role): not the
/// movant by its role ("while Plaintiff's counsel was in trial", in the
/// plaintiff's own entry), nor a witness ("the hotel's manager … would be
/// away": an over-strictness review, 62, found both).
pub fn absence_in_words(
    text: &str,
    near: Date,
    first_person_is_other_side: bool,
    movant: super::Side,
) -> Option<(Date, Date)> {
    if !may_tell_absence(text) {
        return None;
    }
    let period = PERIOD.as_ref()?;
    clauses(text).find_map(|clause| {
        let lower = clause.to_ascii_lowercase();
        let (start, marker) = away_at(&lower)?;
        // The words before those of being away.
        let before: Vec<&str> = lower[..start]
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let subject: Vec<&str> = before.iter().rev().take(6).copied().collect();
        // The movant's own absence, in its own entry ("I will be out of the
        // office …"); not "he was out … (I knew)".
        let first_person = |w: &str| matches!(w, "i" | "we" | "my" | "our");
        if !first_person_is_other_side && subject.iter().take(4).any(|w| first_person(w)) {
            return None;
        }
        // The movant named by its role ("Plaintiff's counsel was in trial",
        // the plaintiff moving).
        let own = super::phrase::side_words(movant);
        if subject.iter().any(|w| own.contains(w)) {
            return None;
        }
        // Someone on the other side named: its counsel, a person, a
        // pronoun, its role, or (in its own message) "I".
        let other = super::phrase::side_words(match movant {
            super::Side::Plaintiff => super::Side::Defendant,
            _ => super::Side::Plaintiff,
        });
        let named = subject.iter().any(|w| {
            matches!(
                *w,
                "counsel" | "oc" | "he" | "she" | "attorney" | "lawyer" | "mr" | "ms" | "mrs"
            ) || other.contains(w)
                || (first_person_is_other_side && first_person(w))
        });
        // (The other side's own message may leave its writer unnamed:
        // "Auto-reply: out of the office December 18-27".)
        if !named && !first_person_is_other_side {
            return None;
        }
        // "was not out of the office", "no longer in trial", "never said he
        // was unavailable", "gave no indication he was away" (the same
        // review).
        if subject.iter().take(5).any(|w| {
            matches!(
                *w,
                "not" | "never" | "longer" | "t" | "no" | "without" | "nor"
            )
        }) {
            return None;
        }
        let c = period.captures_at(&lower, marker)?;
        // The period right after the words of being away ("out of the
        // office December 18 through 27", "away last week, from …"), not a
        // day the clause gives for something else later on.
        let gap = lower[marker..c.get(0)?.start()]
            .split(|ch: char| !ch.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .count();
        if gap > 2 {
            return None;
        }
        let a = read_day(c.name("a")?.as_str(), near)?;
        let lead = c.name("lead").map(|m| m.as_str());
        let (from, to) = match c.name("b") {
            Some(b) => {
                let b = b.as_str();
                let to = if b.chars().all(|ch| ch.is_ascii_alphanumeric())
                    && b.chars().next().is_some_and(|ch| ch.is_ascii_digit())
                    && !b.contains('/')
                {
                    // "December 18 through 27": a day of the same month.
                    let n: i8 = b
                        .trim_end_matches(|ch: char| ch.is_ascii_alphabetic())
                        .parse()
                        .ok()?;
                    Date::new(a.year(), a.month(), n).ok()?
                } else {
                    read_day(b, near)?
                };
                (a, to)
            }
            None => match lead {
                // "in trial until March 3": from the contact's day; one that
                // had ended by then ("had been in trial until May 1", told
                // on May 2) has no day it began.
                Some("until" | "till" | "til" | "through" | "thru" | "to") if a >= near => {
                    (near, a)
                }
                Some("on") => (a, a),
                _ => return None,
            },
        };
        // A period a sentence of a log could mean: in order, and not longer
        // than a season (a longer span is more likely a case's history).
        let span = (to - from).get_days();
        (from <= to && span <= 120).then_some((from, to))
    })
}

/// Where the words of being away start and end in lower-cased `clause`.
fn away_at(clause: &str) -> Option<(usize, usize)> {
    const PHRASES: &[&str] = &[
        "out of the office",
        "out of office",
        "out of town",
        "out of the country",
        "on vacation",
        "on leave",
        "in trial",
        "away",
        "unavailable",
        "traveling",
        "travelling",
        "ooo",
    ];
    let bytes = clause.as_bytes();
    let whole = |start: usize, end: usize| {
        (start == 0 || !bytes[start - 1].is_ascii_alphanumeric())
            && bytes.get(end).is_none_or(|b| !b.is_ascii_alphanumeric())
    };
    PHRASES
        .iter()
        .filter_map(|p| {
            clause
                .match_indices(p)
                .find(|(at, _)| whole(*at, at + p.len()))
                .map(|(at, _)| (at, at + p.len()))
        })
        .min()
        .or_else(|| {
            // A bare "out" before its period: "OC out 12/18-12/27".
            clause
                .match_indices("out")
                .find(|(at, _)| {
                    whole(*at, at + 3)
                        && clause[at + 3..]
                            .trim_start()
                            .starts_with(|c: char| c.is_ascii_digit())
                })
                .map(|(at, _)| (at, at + 3))
        })
}

/// A day as the log writes it, the year, when left out, the one that puts
/// it nearest `near`.
fn read_day(text: &str, near: Date) -> Option<Date> {
    let (year, month, day) = super::supplement::day_in(text)?;
    match year {
        Some(y) => Date::new(y, month, day).ok(),
        None => [near.year() - 1, near.year(), near.year() + 1]
            .into_iter()
            .filter_map(|y| Date::new(y, month, day).ok())
            .min_by_key(|d| (*d - near).get_days().abs()),
    }
}

#[cfg(test)]
mod tests {
    use super::absence_in_words;
    use crate::matter::Side;
    use jiff::civil::{Date, date};

    fn read(t: &str) -> Option<(Date, Date)> {
        // The plaintiff moves: the defense is the other side.
        absence_in_words(t, date(2010, 12, 10), false, Side::Plaintiff)
    }

    #[test]
    fn an_absence_with_its_period_is_read() {
        let dec = |a, b| Some((date(2010, 12, a), date(2010, 12, b)));
        for (t, want) in [
            (
                "He was out of the office December 18 through 27, as Plaintiff knew.",
                dec(18, 27),
            ),
            ("OC out 12/18-12/27 (pltf knew).", dec(18, 27)),
            ("Counsel away Dec. 18 - Dec. 27.", dec(18, 27)),
            (
                "Defense counsel on vacation from December 18 to December 27, 2010.",
                dec(18, 27),
            ),
            ("Counsel in trial until December 20.", dec(10, 20)),
            ("OC out of office through 12/27.", dec(10, 27)),
            (
                "Tried to reach counsel again; he was out of the office Dec. 18-27 (I knew).",
                dec(18, 27),
            ),
        ] {
            assert_eq!(read(t), want, "{t:?}");
        }
        // The year nearest the contact: late December, read in early January.
        assert_eq!(
            absence_in_words(
                "Counsel out 12/28-1/4.",
                date(2011, 1, 2),
                false,
                Side::Defendant
            ),
            Some((date(2010, 12, 28), date(2011, 1, 4)))
        );
        // The other side's own message: "I" is its counsel.
        assert_eq!(
            absence_in_words(
                "I will be out of the office December 18 through 27.",
                date(2010, 12, 10),
                true,
                Side::Defendant
            ),
            dec(18, 27)
        );
        assert_eq!(
            absence_in_words(
                "Auto-reply: out of the office December 18-27.",
                date(2010, 12, 10),
                true,
                Side::Defendant
            ),
            dec(18, 27)
        );
    }

    #[test]
    fn words_that_tell_no_dated_absence_are_not_read() {
        for t in [
            "Counsel was not out of the office on December 18.",
            "Counsel is no longer in trial.",
            "Counsel was out of the office.",
            "Took this out of the motion on 12/18.",
            "Laid out the deficiencies in the 12/18 letter.",
            "Away from the dispute, the parties agreed on 12/18 dates.",
            // The movant's own absence, in its own entry.
            "I will be out of the office December 18 through 27.",
            "Trial set for 12/18.",
            "Counsel was on vacation last summer, from June 1 to November 30.",
            // An over-strictness review, 62: a negation further back, the
            // movant by its role, a witness, an absence that had ended.
            "He never said he was unavailable from December 18 to December 27.",
            "Gave no indication he was away December 18 through 27.",
            "Sent while Plaintiff's counsel was in trial December 18 through 27.",
            "The hotel's manager, a likely deponent, would be away 12/18-12/27.",
            "His outgoing message said he had been in trial until December 9.",
            "MCA's counsel was not reached on the first link; the call went forward once he joined.",
            "",
        ] {
            assert_eq!(read(t), None, "{t:?}");
        }
    }
}
