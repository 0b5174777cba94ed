//! How a contact logged as `other` reached the other side, read from its
//! place and summary. "Attempted to confer" stands on attempts documented by more than
//! one means (see `check::attempts`); an entry of another kind that does not
//! say how it was made documents no means, and its words may say no contact
//! was made at all ("No contact was made before filing", "Memo to file: no
//! response yet", "Planned to call but did not"). Such an entry is no
//! attempt to confer.

use super::ConferralEvent;
use super::phrase::{clauses, is_one_of, negated_before, words};

/// Words that name how a message went or a contact was made.
const MEANS: &[&str] = &[
    "text",
    "texted",
    "texts",
    "texting",
    "sms",
    "message",
    "messaged",
    "messages",
    "whatsapp",
    "signal",
    "linkedin",
    "facebook",
    "courier",
    "fedex",
    "ups",
    "messenger",
    "delivered",
    "delivery",
    "fax",
    "faxed",
    "telephone",
    "phone",
    "phoned",
    "call",
    "called",
    "voicemail",
    "email",
    "emailed",
    "mail",
    "mailed",
    "letter",
    "wrote",
    "visit",
    "visited",
    "office",
    "zoom",
    "teams",
    "webex",
    "video",
];

/// Words before the means that say the contact was only thought of.
const PLANNED: &[&str] = &[
    "plan",
    "planned",
    "planning",
    "intend",
    "intended",
    "intending",
    "meant",
    "considered",
    "thought",
];

/// Words that put the court in the clause: a message to chambers or the
/// clerk is no contact with the other side.
const COURT: &[&str] = &[
    "court",
    "courts",
    "clerk",
    "chambers",
    "judge",
    "magistrate",
];

/// Whether a clause of `text` names a means of reaching someone, with no
/// negation or plan before it and no court in it ("Texted OC re the rogs",
/// "Hand-delivered a letter to counsel's office"; not "Did not call",
/// "Planned to call", "Emailed the court's case manager").
pub fn names_a_means(text: &str) -> bool {
    clauses(text).any(|clause| {
        let mut planned = false;
        let mut means_at = None;
        for w in words(clause) {
            if is_one_of(w, COURT) {
                return false;
            }
            if means_at.is_none() {
                planned |= is_one_of(w, PLANNED);
                if is_one_of(w, MEANS) {
                    means_at = Some(w.as_ptr() as usize - clause.as_ptr() as usize);
                }
            }
        }
        means_at.is_some_and(|at| !planned && !negated_before(clause, at))
    })
}

impl ConferralEvent {
    /// Whether the entry says how it was made: always, for an entry whose
    /// method names it; for `other`, when its place or summary names a means
    /// (`names_a_means`). (The checker reads the same, remembering the last
    /// summary read, since a long log repeats its words.)
    pub fn tells_its_means(&self) -> bool {
        self.method != super::Method::Other
            || names_a_means(&self.place)
            || names_a_means(&self.summary)
    }
}

#[cfg(test)]
mod tests {
    use super::names_a_means;

    #[test]
    fn a_means_named_is_read_and_a_contact_not_made_is_not() {
        for said in [
            "Texted OC re the rogs; no answer.",
            "Hand-delivered a letter to counsel's office.",
            "Sent a message through the firm's client portal and by WhatsApp.",
            "Went to defense counsel's office to discuss the responses.",
        ] {
            assert!(names_a_means(said), "{said}");
        }
        for said in [
            "No contact was made; defense counsel did not try to reach Plaintiff's counsel again before filing.",
            "Internal memo to file: no response yet.",
            "Defense counsel reviewed the file and decided to move to compel.",
            "Defense counsel planned to call but did not.",
            "Asked the court's case manager about the status of discovery.",
            "Emailed the court's case manager.",
            "Did not call or write to opposing counsel.",
            "",
        ] {
            assert!(!names_a_means(said), "{said}");
        }
    }
}
