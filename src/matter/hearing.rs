//! An in-person entry that was the court's own conference.
//!
//! A meeting logged "in person" whose place or summary says it was the
//! court's scheduling or status conference, or a meeting in chambers or
//! before the judge, is not a conference between counsel: Price v.
//! Plantation Management (M.D. La. 2008) denied a motion whose only meeting
//! was the initial scheduling conference before the court, where the court
//! told the other side to respond. Such an entry is weighed as a discussion
//! at a hearing (courts divide), never as the conference the rule asks for.
//!
//! Counsel who met between themselves around such an event ("met in the
//! hallway after the status conference", "before the scheduling conference
//! we conferred") did confer: the event named after "after", "following",
//! "before" or "prior to" is a time, not the place of the meeting.
//!
//! So too a meeting logged "in person" whose place or summary says it was
//! held at a deposition ("At Plaintiff's deposition, during a break",
//! "conferred during a break in the deposition"): courts divide on a
//! discussion at a deposition (Chamberlain, N.D. Ill. 2010, against; Ross v.
//! Pentair, D. Kan. 2020, on a conference during a deposition break, for),
//! and the log's own method for it (`deposition`) is weighed at risk, so a
//! meeting told that way is weighed the same (a second-hand recording of
//! Ross read Ready; an over-strictness review, 150). A deposition named as a
//! topic ("about the deposition notice") or a time ("after the deposition")
//! is not its place.

/// The court's own conferences, named as the meeting itself.
const EVENTS: &[&str] = &[
    "scheduling conference",
    "status conference",
    "pretrial conference",
    "pre-trial conference",
    "rule 16 conference",
    "case management conference",
    "settlement conference",
];

/// A meeting held in front of the court, or by it.
const BEFORE_THE_COURT: &[&str] = &[
    "before the court",
    "before the judge",
    "before the magistrate",
    "before magistrate judge",
    "before judge ",
    "in chambers",
    "in the judge's chambers",
    "w/ the court",
    "w/ court",
    "with the court",
    "conducted by the court",
    "conducted by the magistrate",
    "conducted by the judge",
    "held by the court",
];

/// Words that make a named event the time of the meeting, not its place.
const TIME_WORDS: &[&str] = &["after", "following", "before", "prior", "ahead"];

/// Words that make a deposition named the place of the meeting: "at the
/// deposition", "during a break in Plaintiff's deposition".
const AT_WORDS: &[&str] = &["at", "during", "in", "on"];

/// Words after "deposition" that make it a topic: "the deposition notice".
const TOPIC_WORDS: &[&str] = &[
    "notice",
    "notices",
    "topic",
    "topics",
    "subpoena",
    "subpoenas",
    "date",
    "dates",
    "schedule",
    "scheduling",
    "transcript",
    "transcripts",
    "designations",
    "questions",
    "testimony",
    "errata",
    "issue",
    "issues",
    "matters",
    "disputes",
    "objections",
];

/// Whether an in-person entry's place or summary (each read alone) says the
/// meeting was the court's own conference, or was held at a deposition (see
/// the module's note).
pub fn says_held_by_court(text: &str) -> bool {
    // Nearly every entry names none of these: a word test first, and
    // only then a copy in lower case.
    if !super::default::has_any_word(
        text,
        &[
            "conference",
            "court",
            "chambers",
            "judge",
            "magistrate",
            "deposition",
        ],
    ) {
        return false;
    }
    let lower = text.to_lowercase();
    if at_a_deposition(&lower) {
        return true;
    }
    // "the hallway after the status conference": a time, when one of
    // the four words before the event is a word of time.
    let as_place = |at: usize| {
        !lower[..at]
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .rev()
            .take(4)
            .any(|w| TIME_WORDS.contains(&w))
    };
    EVENTS
        .iter()
        .any(|phrase| lower.match_indices(phrase).any(|(at, _)| as_place(at)))
        || BEFORE_THE_COURT.iter().any(|phrase| {
            // "before the court's status conference": a time again.
            lower.match_indices(phrase).any(|(at, p)| {
                let rest = &lower[at + p.len()..];
                !(rest.starts_with("'s") || rest.starts_with("\u{2019}s"))
            })
        })
}

/// A deposition named as where the meeting was held: a word of place
/// ("at", "during", "in", "on") among the three words before it, no word of
/// time among the four, and no topic word right after it.
fn at_a_deposition(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(k, w)| {
        *w == "deposition"
            && (k.saturating_sub(3)..k)
                .any(|j| AT_WORDS.contains(&words[j]) && words.get(j + 1) != Some(&"person"))
            && !words[k.saturating_sub(4)..k]
                .iter()
                .any(|b| TIME_WORDS.contains(b))
            && words.get(k + 1).is_none_or(|n| !TOPIC_WORDS.contains(n))
    })
}

#[cfg(test)]
mod tests {
    use super::says_held_by_court;

    #[test]
    fn a_meeting_at_a_deposition_is_read_and_one_about_it_is_not() {
        for text in [
            "At Plaintiff's deposition, during a break",
            "Counsel conferred during a break in Plaintiff's deposition.",
            "Discussed the requests at the deposition of the CFO.",
        ] {
            assert!(says_held_by_court(text), "{text}");
        }
        for text in [
            "Met to discuss the deposition notice.",
            "Conferred in person about the 30(b)(6) deposition topics.",
            "Met in the hallway after the deposition and went through RFPs 1-12.",
            "Defense counsel's office; went over the deposition dates.",
            "Met in person on deposition issues and RFP 12.",
        ] {
            assert!(!says_held_by_court(text), "{text}");
        }
    }

    #[test]
    fn the_courts_own_conference_is_read_from_the_place_or_the_summary() {
        for (place, summary) in [
            (
                "Courtroom, initial scheduling conference (M.D. La.)",
                "Pltf and dft's counsel met at the initial scheduling conference w/ the Court.",
            ),
            (
                "Chambers (Initial Pretrial Conference)",
                "Initial Pretrial Conference conducted by the magistrate judge in chambers.",
            ),
            (
                "",
                "Discussed the overdue responses at the status conference.",
            ),
            (
                "",
                "Raised RFP 4 before the Magistrate Judge at the Rule 16 conference.",
            ),
        ] {
            assert!(
                says_held_by_court(place) || says_held_by_court(summary),
                "{place} | {summary}"
            );
        }
    }

    #[test]
    fn a_meeting_of_counsel_around_the_courts_conference_is_theirs() {
        for (place, summary) in [
            (
                "courthouse hallway",
                "Met after the status conference and went through RFPs 1-12; impasse on 4.",
            ),
            (
                "",
                "Before the scheduling conference counsel conferred in person on each request.",
            ),
            (
                "Defense counsel's office",
                "Two-hour meeting on the interrogatories.",
            ),
            ("", "Court-ordered in-person meeting of lead trial counsel."),
            (
                "",
                "Conferred by telephone; the court has set a conference for May 2.",
            ),
            (
                "",
                "Met before the Court's status conference and narrowed RFP 9.",
            ),
        ] {
            assert!(
                !says_held_by_court(place) && !says_held_by_court(summary),
                "{place} | {summary}"
            );
        }
    }
}
