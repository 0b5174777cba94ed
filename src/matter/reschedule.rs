//! A call that only set or moved the conference, or gave more time.
//!
//! A call whose words say only that it moved, postponed or reset the
//! conference ("Called defense counsel: family emergency; conference moved
//! to October 10", "Agreed to move the conference to October 10") was no
//! conference on the requests. Jacobs v. Wells (M.D. La. 2017) denied a
//! motion filed the day of the rescheduled conference: emails went back and
//! forth "attempting, unsuccessfully, to schedule the required discovery
//! conference", and counsel were sent to hold it (an adversarial review,
//! 109, logged the call that moved it as a telephone conference on the
//! requests, and it read Ready).
//!
//! Read only where nothing in the entry speaks of the dispute itself: a
//! call that moved the conference and also took up a request ("moved the
//! conference to Friday; narrowed RFP 4") is a conference. A call that
//! gave more time is read the same way (`extends_time`), the answers the
//! time was for aside.

use super::phrase::{MONTH, is_one_of, words};

/// Verbs of moving a meeting. Not "continue": "the call continued for an
/// hour" tells of a long call.
const MOVE: &[&str] = &[
    "move",
    "moved",
    "moving",
    "reschedule",
    "rescheduled",
    "rescheduling",
    "postpone",
    "postponed",
    "push",
    "pushed",
    "reset",
    "adjourn",
    "adjourned",
    "bump",
    "bumped",
];

/// What is moved: a meeting (`elsewhere::MEETING`), or as notes name it
/// ("teleconference", "M&C" read as "m", "c", "moving it").
const MEETING_TOO: &[&str] = &["teleconference", "m", "it"];

/// Words of the dispute itself (with the requests' own, `promise::REQUEST_WORDS`,
/// and `ANSWERS`): an entry that holds one took something up.
const DISPUTE: &[&str] = &[
    "discuss",
    "discussed",
    "discussing",
    "discussion",
    "talked",
    "went",
    "production",
    "produce",
    "produced",
    "documents",
    "docs",
    "objection",
    "objections",
    "objected",
    "narrow",
    "narrowed",
    "impasse",
    "refused",
    "declined",
    "would",
    "will",
    "supplement",
    "supplemental",
    "privilege",
    "privileged",
    "deposition",
    "subpoena",
    "compel",
    "motion",
    "position",
    "positions",
    "proposed",
    "offered",
    "resolved",
];

/// The other side's answers, and the letter that found them wanting: of
/// the dispute, but what more time is given for
/// (`speaks_beyond_the_extension`).
const ANSWERS: &[&str] = &[
    "response",
    "responses",
    "resps",
    "answer",
    "answers",
    "deficiency",
    "deficiencies",
];

/// The text speaks of the dispute itself: a request, a response, a
/// discussion, a position or an outcome.
pub fn speaks_of_the_dispute(text: &str) -> bool {
    super::default::has_any_word(text, DISPUTE)
        || super::default::has_any_word(text, ANSWERS)
        || super::default::has_any_word(text, super::promise::REQUEST_WORDS)
}

/// The text tells of more time given or asked for ("Granted Defendant
/// another extension to respond", "Extension call."): a call that did only
/// that is no conference on the requests either (an adversarial review,
/// 118, of Bryant v. Gestamp, S.D. W. Va. 2022, logged the extension the
/// order names, of unstated means, as a call, and it read Ready).
pub fn extends_time(text: &str) -> bool {
    super::default::has_any_word(text, &["extension", "extensions", "extended", "extend"])
}

/// As `speaks_of_the_dispute`, for a call that gave more time: the
/// response, the answer or the deficiency letter the time was for is not
/// the dispute taken up.
pub fn speaks_beyond_the_extension(text: &str) -> bool {
    super::default::has_any_word(text, DISPUTE)
        || super::default::has_any_word(text, super::promise::REQUEST_WORDS)
        || super::default::has_any_word(text, &["raised"])
}

/// A verb of moving with the meeting just before or after it ("conference
/// moved", "push the 37 conf.", "OK'd moving it to 10/10"), or a day it
/// was moved to ("reset to Oct. 10").
pub fn moves_a_meeting(text: &str) -> bool {
    if !super::default::has_any_word(text, MOVE) {
        return false;
    }
    let ws: Vec<&[u8]> = words(text).collect();
    let at = |k: usize, set: &[&str]| ws.get(k).is_some_and(|w| is_one_of(w, set));
    let meeting = |k: usize| at(k, super::elsewhere::MEETING) || at(k, MEETING_TOO);
    let day = |k: usize| {
        ws.get(k)
            .is_some_and(|w| is_one_of(w, MONTH) || (w.first().is_some_and(u8::is_ascii_digit)))
    };
    (0..ws.len()).filter(|&k| at(k, MOVE)).any(|k| {
        (k + 1..(k + 5).min(ws.len())).any(meeting)
            || (k.saturating_sub(3)..k).any(|j| meeting(j) && !at(j, &["it"]))
            || (at(k + 1, &["to"]) && day(k + 2))
    })
}

#[cfg(test)]
mod tests {
    use super::{moves_a_meeting, speaks_of_the_dispute};

    /// As the checker reads an entry: some text moves the meeting, and no
    /// text speaks of the dispute.
    fn only_moves(texts: &[&str]) -> bool {
        texts.iter().any(|t| moves_a_meeting(t)) && !texts.iter().any(|t| speaks_of_the_dispute(t))
    }

    /// Review 109 of Jacobs v. Wells (M.D. La. 2017).
    #[test]
    fn a_call_that_only_moved_the_conference_is_read() {
        for texts in [
            [
                "Phone call w/ OC: family emergency, conference moved to 10/10.",
                "Agreed to move the conference to October 10.",
            ],
            [
                "Telephone call with defense counsel to reschedule the Rule 37 conference because of a family emergency.",
                "",
            ],
            [
                "Family emergency -- asked OC by phone to push the 37 conf. to 10/10.",
                "OK'd moving it to 10/10.",
            ],
            [
                "Spoke with defense counsel re scheduling: family emergency; conference reset to Oct. 10.",
                "Agreed to Oct. 10.",
            ],
            [
                "Called defense counsel to move the October 9 Rule 37 conference (family emergency). The conference itself has not been held.",
                "Agreed to move the conference to October 10, 2017.",
            ],
        ] {
            assert!(only_moves(&texts), "{texts:?}");
        }
    }

    #[test]
    fn a_call_that_also_took_up_the_dispute_is_a_conference() {
        for texts in [
            [
                "Moved the conference to Friday; narrowed RFP 4 on this call.",
                "",
            ],
            [
                "Call to reschedule; discussed the interrogatories for 20 minutes.",
                "Stands on its objections.",
            ],
            ["Telephone conference; impasse.", "Refused to supplement."],
            ["Ninety-minute call.", "The call continued for an hour."],
            ["Called to say we would move to compel.", ""],
            [
                "Postponed the conference to Friday.",
                "Will produce the documents by then.",
            ],
        ] {
            assert!(!only_moves(&texts), "{texts:?}");
        }
        assert!(!moves_a_meeting("We will move to compel on Friday."));
    }

    /// Review 118 of Bryant v. Gestamp (S.D. W. Va. 2022).
    #[test]
    fn a_call_that_only_gave_more_time_is_read() {
        use super::{extends_time, speaks_beyond_the_extension};
        let only_time = |texts: &[&str]| {
            texts.iter().any(|t| extends_time(t))
                && !texts.iter().any(|t| speaks_beyond_the_extension(t))
        };
        for texts in [
            [
                "Extension granted.",
                "Granted Defendant another extension to respond to the deficiency correspondence.",
            ],
            [
                "Phone call with defense counsel.",
                "Extended Defendant's time to respond to the deficiency letter.",
            ],
            ["", "Agreed to another extension for Defendant's response."],
            ["Extension call.", ""],
        ] {
            assert!(only_time(&texts), "{texts:?}");
        }
        for texts in [
            ["Discussed RFP 4; granted an extension to Friday.", ""],
            [
                "Extension granted.",
                "Stands on its objections to the interrogatories.",
            ],
            [
                "Raised the deficiencies; agreed to extend the deadline.",
                "",
            ],
        ] {
            assert!(!only_time(&texts), "{texts:?}");
        }
    }
}
