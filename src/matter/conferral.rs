//! The conferral log: each contact or attempt between the sides.

use jiff::civil::{Date, Time};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How a contact was made. Whether a method *counts* as conferring is a
/// question of law and lives in the court packs; this type only knows what
/// each method physically is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    Letter,
    Email,
    Fax,
    /// A voicemail left for the other side.
    Voicemail,
    /// A call nobody answered and no message was left.
    UnansweredCall,
    Telephone,
    Video,
    InPerson,
    /// Discussion at a deposition or hearing.
    Deposition,
    Other,
    /// Contact with the court about the dispute: a letter or call to
    /// chambers asking for an informal conference, or that conference. Some
    /// courts require it before a discovery motion. Never a conference or an
    /// attempt between the sides; one that records a conference before the
    /// judge with both sides, ending in leave to file (`leave_to_file`),
    /// counts as a discussion of the requests it lists, as at a hearing.
    Court,
}

impl Method {
    pub const ALL: [Method; 11] = [
        Method::Letter,
        Method::Email,
        Method::Fax,
        Method::Voicemail,
        Method::UnansweredCall,
        Method::Telephone,
        Method::Video,
        Method::InPerson,
        Method::Deposition,
        Method::Other,
        Method::Court,
    ];

    /// The id used in files and rule packs.
    pub fn id(self) -> &'static str {
        match self {
            Method::Letter => "letter",
            Method::Email => "email",
            Method::Fax => "fax",
            Method::Voicemail => "voicemail",
            Method::UnansweredCall => "unanswered_call",
            Method::Telephone => "telephone",
            Method::Video => "video",
            Method::InPerson => "in_person",
            Method::Deposition => "deposition",
            Method::Other => "other",
            Method::Court => "court",
        }
    }

    pub fn from_id(id: &str) -> Option<Method> {
        Method::ALL.into_iter().find(|m| m.id() == id)
    }

    /// A noun phrase for prose: "a letter", "a telephone call".
    pub fn phrase(self) -> &'static str {
        match self {
            Method::Letter => "letter",
            Method::Email => "email",
            Method::Fax => "fax",
            Method::Voicemail => "voicemail",
            Method::UnansweredCall => "unanswered call",
            Method::Telephone => "telephone call",
            Method::Video => "video conference",
            Method::InPerson => "in-person meeting",
            Method::Deposition => "discussion at a deposition",
            Method::Other => "other contact",
            Method::Court => "contact with the court",
        }
    }

    /// How prose says a contact was made: "by telephone", "in person".
    pub fn manner(self) -> &'static str {
        match self {
            Method::Letter => "by letter",
            Method::Email => "by email",
            Method::Fax => "by fax",
            Method::Voicemail => "by voicemail",
            Method::UnansweredCall => "by an unanswered call",
            Method::Telephone => "by telephone",
            Method::Video => "by video conference",
            Method::InPerson => "in person",
            Method::Deposition => "at a deposition",
            Method::Other => "by other means",
            Method::Court => "with the court",
        }
    }

    /// A written, one-way contact: letter, email or fax.
    pub fn is_written(self) -> bool {
        matches!(self, Method::Letter | Method::Email | Method::Fax)
    }

    /// A failed attempt to reach someone by telephone.
    pub fn is_attempt(self) -> bool {
        matches!(self, Method::Voicemail | Method::UnansweredCall)
    }

    /// A call, answered or not: what a court that asks for more than
    /// letters wants among the attempts to confer.
    pub fn is_call(self) -> bool {
        self.is_attempt() || matches!(self, Method::Telephone | Method::Video)
    }

    /// Both sides could speak and answer in real time.
    pub fn is_live(self) -> bool {
        matches!(
            self,
            Method::Telephone | Method::Video | Method::InPerson | Method::Deposition
        )
    }
}

/// Where an item stood at the end of a contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The movant stated or repeated its position; no answer yet.
    #[default]
    Raised,
    Resolved,
    Narrowed,
    Impasse,
    /// Someone promised to get back by a date (see the event's `follow_up`).
    FollowUp,
}

impl Outcome {
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Raised => "raised",
            Outcome::Resolved => "resolved",
            Outcome::Narrowed => "narrowed",
            Outcome::Impasse => "at impasse",
            Outcome::FollowUp => "follow-up promised",
        }
    }
}

/// What was said about one disputed item during a contact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ItemDiscussion {
    /// Id of the disputed item.
    pub item: String,
    #[serde(default)]
    pub outcome: Outcome,
    /// What the movant's side said or offered about it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub movant_position: String,
    /// What the other side said or offered about it (its objection, its offer).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub opponent_position: String,
}

/// A promise, made during a contact, to respond or act by a date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    /// Id of the counsel or party who promised.
    pub promised_by: String,
    /// The day it was promised by.
    pub due: Date,
    /// What was promised, e.g. "a supplemental answer to Interrogatory No. 4".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub what: String,
    /// Whether the promise was kept: `Some(false)` records that the promised
    /// answer never came (evidence for "attempted to confer").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kept: Option<bool>,
}

/// What came back from the other side after a contact the movant's side made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Reply {
    /// The other side answered (by any means).
    Answered,
    /// No answer came before the motion was filed.
    None,
    /// The other side expressly refused to confer or to discuss the requests.
    Refused,
}

impl Reply {
    pub fn id(self) -> &'static str {
        match self {
            Reply::Answered => "answered",
            Reply::None => "none",
            Reply::Refused => "refused",
        }
    }
}

/// What a conversation took up, as the user records it. Courts count a
/// call or meeting as a conference only on the requests it actually
/// discussed: one that only set or moved the conference, or gave more time,
/// was no conference on them (Jacobs v. Wells, M.D. La. 2017; Bryant v.
/// Gestamp, S.D. W. Va. 2022), nor was one about another case or other
/// discovery. Unrecorded, the checker reads the entry's words for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    /// The disputed requests it lists were discussed.
    Requests,
    /// Only scheduling: setting, moving or postponing the conference, or
    /// more time to respond; nothing of the dispute itself.
    Scheduling,
    /// Another case, or discovery other than this motion's.
    OtherMatter,
}

impl Subject {
    pub fn id(self) -> &'static str {
        match self {
            Subject::Requests => "requests",
            Subject::Scheduling => "scheduling",
            Subject::OtherMatter => "other_matter",
        }
    }

    /// Recorded as taking up nothing of this motion's requests.
    pub fn not_the_requests(subject: Option<Subject>) -> bool {
        matches!(subject, Some(Subject::Scheduling | Subject::OtherMatter))
    }
}

/// A non-attorney who took part (paralegal, assistant). Courts do not count
/// staff-to-staff contact as counsel conferring.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StaffMember {
    pub name: String,
    /// e.g. "paralegal"
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
    /// Id of the counsel they work for.
    pub works_for: String,
}

/// One contact, or attempt at contact, between the sides.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConferralEvent {
    /// Short stable id, e.g. "e1".
    pub id: String,
    pub date: Date,
    /// Local time the contact began, "14:00".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<Time>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_minutes: Option<u32>,
    pub method: Method,
    /// Where an in-person meeting took place, or how a call was placed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// Id of the counsel or party who initiated the contact (empty while not
    /// yet recorded).
    #[serde(default)]
    pub initiated_by: String,
    /// Ids of every counsel or unrepresented party who took part (for a
    /// letter or email: its author and its addressees).
    #[serde(default)]
    pub participants: Vec<String>,
    /// Staff who took part instead of, or with, counsel.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub staff: Vec<StaffMember>,
    /// The disputed items discussed, with what each side said and the outcome.
    #[serde(default)]
    pub items: Vec<ItemDiscussion>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<FollowUp>,
    /// Free text: what happened, in the user's words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    /// For a contact by the movant's side: the day it asked the other side
    /// to answer by. Courts do not accept a demand that left a day or two.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respond_by: Option<Date>,
    /// For a contact by the movant's side: what came back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<Reply>,
    /// For a contact by the other side: it offered or asked to talk or meet
    /// about the dispute. Ignoring such an offer is not good faith.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub offer_to_confer: bool,
    /// For a contact with the court (`court`): it was a conference before
    /// the judge with both sides, and the court then gave leave to file the
    /// motion. With both sides among the participants, the requests it lists
    /// count as discussed, as at a hearing (courts divide on whether that is
    /// conferring); it is never a conference or an attempt between counsel.
    /// Ignored for other methods.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub leave_to_file: bool,
    /// For a conversation (a call, video conference, meeting or
    /// deposition): what it took up. `scheduling` or `other_matter` makes it
    /// no conference on the requests it lists. Ignored for messages: an
    /// email asking to set a conference is itself an attempt to confer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<Subject>,
    /// Where the entry came from, e.g. an email's Message-ID; importing the
    /// same message again adds nothing.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    /// Files that record the contact (the letter, the email as PDF), as
    /// paths relative to the matter file or absolute.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<String>,
}

impl ConferralEvent {
    /// A conference before the judge that ended with leave to file the
    /// motion, as recorded (`court` with `leave_to_file`, or, in a file
    /// without it, a summary that says the court gave leave: see
    /// `leave_in_words`; who took part is for the checker to weigh).
    pub fn leave_conference(&self) -> bool {
        self.method == Method::Court && (self.leave_to_file || leave_in_words(&self.summary))
    }

    /// "the letter of March 4, 2026": how messages and the CLI name a contact.
    pub fn describe(&self) -> String {
        format!(
            "the {} of {}",
            self.method.phrase(),
            crate::text::long_date(self.date)
        )
    }

    /// A contact with only its required facts; everything else empty.
    pub fn new(id: String, date: Date, method: Method, initiated_by: String) -> Self {
        ConferralEvent {
            id,
            date,
            time: None,
            duration_minutes: None,
            method,
            place: String::new(),
            initiated_by,
            participants: vec![],
            staff: vec![],
            items: vec![],
            follow_up: None,
            summary: String::new(),
            respond_by: None,
            reply: None,
            offer_to_confer: false,
            leave_to_file: false,
            subject: None,
            source: String::new(),
            attachments: vec![],
        }
    }
}

/// A summary that says the court gave leave to file ("the Court granted
/// leave to file motions", "the magistrate judge gave the parties leave to
/// file", "was granted leave to file its motion to compel"): how a file
/// written without `leave_to_file` records it (a third-hand recording of RS
/// Logistical v. Janus Global, E.D. Tenn. 2022, read by an over-strictness
/// review, 153). A granting word, then "leave to file" or "leave to move"
/// within three words; not under a negation up to three words before the
/// granting word ("did not grant leave", "never gave leave"), and not leave
/// asked for or denied ("sought leave", "denied leave to file"). Asked of
/// every court entry on every check, so a summary without "leave" ("eave" or
/// "EAVE": two searches, not three) is passed over before any word is read.
fn leave_in_words(summary: &str) -> bool {
    if !(summary.contains("eave") || summary.contains("EAVE")) {
        return false;
    }
    // Each clause read alone (`clauses`: "Jan. 5" is one; "but" starts
    // another), in lower case with a typed apostrophe ("didn’t").
    let lower = crate::text::folded(summary);
    super::clauses(&lower).any(|clause| {
        let words: Vec<&str> = clause
            .split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .filter(|w| !w.is_empty())
            .collect();
        grants_leave(&words)
    })
}

/// Within one clause's words: a granting word with none of `WITHHELD`
/// among the six words before it, back to an "and", "but" or "then" that
/// starts its own clause ("could not agree, and the Court granted leave");
/// then, within four words and with none of
/// them between, "leave"; then "to move", or "to file" and a motion within
/// five words; and no refusal after it ("a request to be given leave to file
/// a motion was denied").
fn grants_leave(words: &[&str]) -> bool {
    const GRANT: &[&str] = &[
        "granted", "grant", "grants", "gave", "give", "gives", "given", "obtained", "received",
    ];
    // Leave withheld, asked for, or only in prospect: "did not, at that
    // conference, grant leave", "hasn't given leave", "refused to grant
    // leave", "asked the Court to grant leave", "will consider whether to
    // grant leave", "would be given leave" (adversarial review 158 and a
    // review of the day's diff).
    const WITHHELD: &[&str] = &[
        "not",
        "no",
        "never",
        "didn't",
        "hasn't",
        "haven't",
        "hadn't",
        "won't",
        "wouldn't",
        "can't",
        "cannot",
        "isn't",
        "wasn't",
        "yet",
        "without",
        "nor",
        "refused",
        "declined",
        "denied",
        "denying",
        "asked",
        "asking",
        "sought",
        "seeking",
        "request",
        "requested",
        "requesting",
        "moved",
        "will",
        "would",
        "whether",
        "consider",
        "if",
        "may",
        "might",
        "could",
        "should",
        "unless",
    ];
    const REFUSED: &[&str] = &["denied", "refused", "declined", "rejected"];
    words.iter().enumerate().any(|(k, w)| {
        GRANT.contains(w)
            && !words[k.saturating_sub(6)..k]
                .iter()
                .rev()
                .take_while(|b| !matches!(**b, "and" | "but" | "then"))
                .any(|b| WITHHELD.contains(b))
            && words[k + 1..].iter().take(4).enumerate().any(|(j, l)| {
                let at = k + 1 + j;
                // "gave no leave"
                *l == "leave"
                    && words[k + 1..at].iter().all(|b| !WITHHELD.contains(b))
                    && !words[at..].iter().any(|b| REFUSED.contains(b))
                    && match words.get(at + 1..at + 3) {
                        Some(["to", "move"]) => true,
                        // Leave to file the motion, not another paper
                        // ("leave to file an amended complaint").
                        Some(["to", "file"]) => words
                            .iter()
                            .skip(at + 3)
                            .take(5)
                            .any(|m| *m == "motion" || *m == "motions"),
                        _ => false,
                    }
            })
    })
}

#[cfg(test)]
mod tests {
    use super::leave_in_words;

    #[test]
    fn leave_given_in_words_is_read_and_leave_sought_or_denied_is_not() {
        for s in [
            "Informal discovery conference with the Court under section 4(g) of the Scheduling Order; the parties addressed the issues now in the motions and the Court granted leave to file motions.",
            "Status conference; the magistrate judge gave the parties leave to file a motion to compel.",
            "Plaintiff was granted leave to move to compel.",
            "The parties could not agree, and the Court granted leave to file a motion to compel.",
        ] {
            assert!(leave_in_words(s), "{s}");
        }
        for s in [
            "Status conference; the Court did not grant leave to file.",
            "Plaintiff sought leave to file a motion to compel.",
            "The Court did not, at that conference, grant leave to file any motion.",
            "The Court gave no leave to file a motion.",
            "The Court refused to grant leave to file the motion to compel.",
            "Counsel asked the Court to grant leave to file a motion; it was denied.",
            "The Court will consider whether to grant leave to file a motion.",
            "Plaintiff would be given leave to file a motion if the talks failed.",
            "The Court granted Plaintiff leave to file an amended complaint.",
            "The Court hasn't given leave to file the motion.",
            "The Court won't grant leave to file a motion to compel.",
            "The Court has yet to grant leave to file the motion.",
            "The Court didn’t grant leave to file a motion.",
            "Plaintiff's request to be given leave to file a motion to compel was denied.",
            "The Court denied leave to file the motion.",
            "The Court granted the extension; leave was not discussed.",
            "",
        ] {
            assert!(!leave_in_words(s), "{s}");
        }
    }
}
