//! How a contact logged as `other` reached the other side, read from its
//! place and summary. "Attempted to confer" stands on attempts documented by more than
//! one means (see `check::attempts`); an entry of another kind that does not
//! say how it was made documents no means, and its words may say no contact
//! was made at all ("No contact was made before filing", "Memo to file: no
//! response yet", "Planned to call but did not"). Such an entry is no
//! attempt to confer.

use super::ConferralEvent;
use super::phrase::{NEGATION, clauses, is_one_of, negated_before, words};

/// Words that name how a message went or a contact was made (the forms a
/// note uses: "Texted OC", "emails to counsel", "by FedEx", "left on his
/// cell", "via the client portal", "spoke with OC").
const MEANS: &[&str] = &[
    "text",
    "texted",
    "texts",
    "texting",
    "sms",
    "message",
    "messaged",
    "messages",
    "messaging",
    "whatsapp",
    "signal",
    "linkedin",
    "facebook",
    "courier",
    "fedex",
    "express",
    "ups",
    "usps",
    "dhl",
    "messenger",
    "delivered",
    "delivery",
    "hand",
    "fax",
    "faxed",
    "faxes",
    "faxing",
    "telephone",
    "telephoned",
    "phone",
    "phoned",
    "cell",
    "mobile",
    "call",
    "called",
    "calls",
    "calling",
    "voicemail",
    "voicemails",
    "email",
    "emailed",
    "emails",
    "emailing",
    "mail",
    "mailed",
    "mailing",
    "letter",
    "letters",
    "wrote",
    "writing",
    "written",
    "correspondence",
    "note",
    "posted",
    "served",
    "service",
    "portal",
    "inbox",
    "gmail",
    "visit",
    "visited",
    "office",
    "dropped",
    "zoom",
    "teams",
    "webex",
    "video",
    "spoke",
    "talked",
    "met",
];

/// Words that say the contact was only thought of, in the few words before
/// the means ("Planned to call", "meant to write").
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

/// Words that put the court in the few words after the means: a message to
/// chambers or the clerk is no contact with the other side ("Emailed the
/// court's case manager"; not "emailed OC before bringing it to the Court").
const COURT: &[&str] = &[
    "court",
    "courts",
    "clerk",
    "chambers",
    "judge",
    "magistrate",
];

/// How many words before and after the means word the readings look: a
/// negation or plan governs the verb it stands next to ("did not call"), not
/// one in a clause that opens the sentence ("Since he had not responded,
/// e-mailed him again").
const NEAR: usize = 3;

/// Whether a clause of `text` names a means of reaching someone, with no
/// negation or plan just before it and no court just after it ("Texted OC
/// re the rogs", "Hand-delivered a letter to counsel's office"; not "Did not
/// call", "Planned to call", "Emailed the court's case manager").
pub fn names_a_means(text: &str) -> bool {
    clauses(text).any(|clause| {
        let ws: Vec<&[u8]> = words(clause).collect();
        ws.iter().enumerate().any(|(k, w)| {
            is_one_of(w, MEANS)
                && !ws[k.saturating_sub(NEAR)..k]
                    .iter()
                    .any(|b| is_one_of(b, NEGATION) || is_one_of(b, PLANNED))
                && !ws[k + 1..(k + 1 + NEAR).min(ws.len())]
                    .iter()
                    .any(|a| is_one_of(a, COURT))
        })
    })
}

/// Words that say a message or call never got through: it bounced, came
/// back undeliverable, or went to a wrong number or address.
const FAILED: &[&[&str]] = &[
    &["bounced"],
    &["bounce"],
    &["bounceback"],
    &["undeliverable"],
    &["returned", "to", "sender"],
    &["return", "to", "sender"],
    &["delivery", "failure"],
    &["delivery", "failed"],
    &["failed", "delivery"],
    &["wrong", "number"],
    &["wrong", "address"],
];

/// Whether a clause of `text` says the contact never got through, with no
/// negation before the words ("Email bounced back", "Letter returned
/// undeliverable"; not "it was not returned as undeliverable": White v.
/// McJunkin, W.D. Ark. 2017). Such a message is no attempt to confer: the
/// movant knew it had not reached the other side.
pub fn says_not_delivered(text: &str) -> bool {
    clauses(text).any(|clause| {
        let ws: Vec<&[u8]> = words(clause).collect();
        (0..ws.len()).any(|k| {
            FAILED.iter().any(|phrase| {
                ws.len() >= k + phrase.len()
                    && phrase.iter().zip(&ws[k..]).all(|(p, w)| is_one_of(w, &[p]))
                    && !negated_before(clause, ws[k].as_ptr() as usize - clause.as_ptr() as usize)
            })
        })
    })
}

impl ConferralEvent {
    /// Whether the entry says how it was made: always, for an entry whose
    /// method names it; for `other`, when the record shows it got through
    /// (`shows_it_got_through`) or its place or summary names a means
    /// (`names_a_means`; the summary read through `summary_names`, which the
    /// checker gives a memo, since a long log repeats its words).
    pub fn tells_its_means<'a>(&'a self, summary_names: impl FnOnce(&'a str) -> bool) -> bool {
        self.method != super::Method::Other
            || self.shows_it_got_through()
            || names_a_means(&self.place)
            || summary_names(&self.summary)
    }

    /// The record shows the contact reached the other side whatever its
    /// means: an answer or refusal recorded, a promise made, or the other
    /// side's position on a request.
    pub fn shows_it_got_through(&self) -> bool {
        matches!(
            self.reply,
            Some(super::Reply::Answered | super::Reply::Refused)
        ) || self.follow_up.is_some()
            || self
                .items
                .iter()
                .any(|d| !d.opponent_position.trim().is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::{names_a_means, says_not_delivered};

    #[test]
    fn a_message_that_never_got_through_is_read_and_one_that_did_is_not() {
        for said in [
            "Email to OC bounced back; the address had changed.",
            "Letter returned undeliverable.",
            "Letter came back marked return to sender.",
            "Called the number on the docket: wrong number.",
        ] {
            assert!(says_not_delivered(said), "{said}");
        }
        for said in [
            "Correspondence to Plaintiff requesting his past-due discovery responses within fourteen days; it was not returned as undeliverable, and Plaintiff again failed to respond.",
            "Emailed OC asking for a call.",
            "",
        ] {
            assert!(!says_not_delivered(said), "{said}");
        }
    }

    #[test]
    fn a_means_named_is_read_and_a_contact_not_made_is_not() {
        for said in [
            "Texted OC re the rogs; no answer.",
            "Hand-delivered a letter to counsel's office.",
            "Sent a message through the firm's client portal and by WhatsApp.",
            "Went to defense counsel's office to discuss the responses.",
            // Review 88: a negation or court word that does not govern the means.
            "Since Mr. Null had not responded to the requests, e-mailed him again.",
            "Wrote to plaintiff's counsel about the disclosures promised at the court conference.",
            "Emailed Mihet asking to confer before bringing the dispute to the Court.",
            "Sent to the email address Plaintiff gave the Clerk.",
            // Review 88: means the first list did not know.
            "Left on defense counsel's cell.",
            "Left a note with defense counsel's receptionist.",
            "Through defense counsel's client portal.",
            "Sent by Federal Express.",
            "Emails with Plaintiff.",
            "Good faith correspondence.",
            "Dropped a copy at Plaintiff's home address.",
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
