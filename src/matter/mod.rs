//! The matter: everything the user records about one discovery motion and the
//! conferral that preceded it. It is plain data (serde, JSON on disk) with no
//! knowledge of any court's rule; the checker reads it against a court pack.
//!
//! Field names are the on-disk format documented in `docs/matter-format.md`;
//! renaming one is a schema change and needs a `schema_version` bump.

mod absence;
mod bare;
mod certificate;
mod conferral;
mod default;
mod detail;
mod elsewhere;
mod hearing;
mod load;
pub(crate) mod locate;
mod means;
mod memo;
mod offer;
mod pending;
mod people;
mod phrase;
mod promise;
mod refusal;
mod reschedule;
mod resolution;
mod shape;
mod silence;
mod supplement;

pub use absence::{absence_in_words, may_tell_absence};
pub use bare::{
    OTHER_WORDS, Told, is_named, may_tell_a_refusal, name_words, named_enough,
    only_asked_and_refused, says_no_more, summary_gives_a_ground, summary_tells_more, to_be_named,
};
pub use certificate::{CertificateForm, CertificateRecord, Endorsement, EndorsementStatus};
pub use conferral::{
    ConferralEvent, FollowUp, ItemDiscussion, Method, Outcome, Reply, StaffMember, Subject,
};
pub(crate) use default::has_any_word;
pub use default::{DefaultReading, OwingNames, summary_is_the_request};
pub use detail::{not_in_detail_of, only_briefly_of};
pub(crate) use elsewhere::REQUEST_WORDS;
pub use elsewhere::{
    Text as EntryText, label_numbers, names_another_case, request_kinds, requests_not_discussed,
    says_no_real_conference, says_no_request_taken_up, says_only_some_conferred,
    summary_only_confidentiality, summary_says_conferral_inadequate, summary_says_contact_disputed,
    summary_tells_their_claim_of_contact,
};
pub use hearing::says_held_by_court;
pub use load::{MatterError, parse_matter, read_matter};
pub use locate::{PathSeg, locate_json};
pub use means::{names_a_means, says_not_delivered};
pub(crate) use offer::says_offered_something;
pub use pending::told_to_expect;
pub use people::{Contact, Counsel, CounselRole, Party, Side};
pub(crate) use phrase::{MONTH, clauses};
pub(crate) use phrase::{is_one_of, words};
pub use promise::{
    Promiser, notes_written_answer_due, objection_says_unfinished, phrase_has_await,
    speaks_of_writing, summary_promise, summary_says_unfinished, without_note_days,
};
pub use reschedule::{
    extends_time, moves_a_meeting, speaks_beyond_the_extension, speaks_of_the_dispute,
};
pub use resolution::{last_state, settled_among, settles};
pub use silence::summary_says_not_reached;
pub use supplement::{Supplement, ordinal, summary_supplement, supplement_came};

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The version of the on-disk format this build writes and understands.
/// Files with a larger number were written by a newer goodfaith and are
/// refused rather than silently misread.
pub const SCHEMA_VERSION: u32 = 1;

/// One discovery motion and its conferral record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Matter {
    /// Format version; this build writes 1.
    #[schemars(range(min = 1))]
    pub schema_version: u32,
    /// Court pack id, e.g. `ksd` (D. Kan.) or `mssd` (S.D. Miss.); `goodfaith courts` lists them.
    pub court: String,
    /// The assigned judge (and magistrate judge), as the caption shows them.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub judge: String,
    pub motion: Motion,
    pub caption: Caption,
    /// Every party in the case, represented or not.
    #[serde(default)]
    pub parties: Vec<Party>,
    /// Every counsel of record.
    #[serde(default)]
    pub counsel: Vec<Counsel>,
    /// The discovery requests (or protective-order terms) the motion is about.
    #[serde(default)]
    pub items: Vec<DisputedItem>,
    /// The conferral log, one entry per contact or attempt, in any order.
    #[serde(default)]
    pub conferrals: Vec<ConferralEvent>,
    /// What the user has decided about the certificate itself.
    #[serde(default)]
    pub certificate: CertificateRecord,
    /// Periods the movant knew a counsel or party to be away (trial,
    /// vacation, illness): courts fault a movant who pressed for an answer or
    /// filed while the other side was known to be unavailable.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unavailable: Vec<Unavailability>,
}

/// A period a counsel or party was known to be away.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Unavailability {
    /// Id of the counsel or party who was away.
    pub person: String,
    pub from: Date,
    pub to: Date,
    /// What the movant was told, in the user's words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// The kind of discovery motion; it decides which federal rule's
/// certification applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MotionKind {
    /// Motion to compel disclosure or discovery, Fed. R. Civ. P. 37(a).
    Compel,
    /// Motion for a protective order, Fed. R. Civ. P. 26(c).
    ProtectiveOrder,
    /// Motion for sanctions for failing to answer or respond, Fed. R. Civ. P. 37(d).
    #[serde(rename = "sanctions_37d")]
    Sanctions37d,
    /// Any other motion to resolve a discovery dispute.
    OtherDiscovery,
}

impl MotionKind {
    pub const ALL: [MotionKind; 4] = [
        MotionKind::Compel,
        MotionKind::ProtectiveOrder,
        MotionKind::Sanctions37d,
        MotionKind::OtherDiscovery,
    ];

    /// The id used in files and rule packs.
    pub fn id(self) -> &'static str {
        match self {
            MotionKind::Compel => "compel",
            MotionKind::ProtectiveOrder => "protective_order",
            MotionKind::Sanctions37d => "sanctions_37d",
            MotionKind::OtherDiscovery => "other_discovery",
        }
    }

    /// The motion with the federal rule it is brought under, for choosing it.
    pub fn describe(self) -> &'static str {
        match self {
            MotionKind::Compel => "Motion to compel (Fed. R. Civ. P. 37(a))",
            MotionKind::ProtectiveOrder => "Motion for protective order (Fed. R. Civ. P. 26(c))",
            MotionKind::Sanctions37d => {
                "Motion for sanctions for failing to respond (Fed. R. Civ. P. 37(d))"
            }
            MotionKind::OtherDiscovery => "Other discovery motion",
        }
    }

    /// How a litigator names the motion in prose.
    pub fn label(self) -> &'static str {
        match self {
            MotionKind::Compel => "motion to compel",
            MotionKind::ProtectiveOrder => "motion for protective order",
            MotionKind::Sanctions37d => "motion for sanctions under Rule 37(d)",
            MotionKind::OtherDiscovery => "discovery motion",
        }
    }
}

/// The motion the certificate accompanies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Motion {
    pub kind: MotionKind,
    /// The motion's title as filed, e.g. "Defendants' Motion for Protective Order".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// The side that files the motion.
    pub movant: Side,
    /// The day the motion will be filed (served, in Mississippi). When absent
    /// the checker assumes it is filed today.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_filing: Option<Date>,
    /// The day the motion was served on the other side without being
    /// filed, where the court has a motion to compel served first and filed
    /// only after the papers are exchanged and the sides have conferred
    /// (D. Md. L.R. 104.8). Not printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub served: Option<Date>,
    /// In such a court, the day the other side served its opposition, and
    /// the day the movant served its reply: the conference follows the
    /// last of the papers (G. W. Aru v. W. R. Grace, D. Md. 2023: "after
    /// all of them are served"). Not printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opposition_served: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_served: Option<Date>,
}

/// The case caption.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Caption {
    /// As the docket shows it, e.g. "2:24-cv-02192-JAR-GLR".
    #[serde(default)]
    pub case_number: String,
    /// Division, where the court has them, e.g. "Northern Division".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub division: String,
}

/// One discovery request (or term) in dispute.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DisputedItem {
    /// Short stable id used by the conferral log, e.g. "rog-4".
    pub id: String,
    /// How the motion names it, e.g. "Interrogatory No. 4".
    pub label: String,
    /// The day the request was served.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub served: Option<Date>,
    /// The day the response, answer or objection was served, or the day the
    /// response was due and none came (the default date). Motion deadlines run from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<Date>,
    /// The objection or deficiency in dispute, in the user's words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub objection: String,
    /// The request as served, word for word (for the meet-and-confer letter
    /// and courts that want requests quoted in the motion).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub request_text: String,
    /// The response or objection as served, word for word.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub response_text: String,
    /// No answer, response or objection was served at all: a complete
    /// default (`response` is then the day it was due). Courts accept a
    /// documented, unanswered attempt to obtain overdue responses as an
    /// attempt to confer. `false`: something was served. Absent or null (not
    /// recorded: files written before the field existed, or saved by an
    /// earlier build with the box unticked): read from the words of
    /// `objection`, only when they are one plain statement that nothing was
    /// served.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_response: Option<bool>,
    /// A deadline the court set for the motion on this request (an
    /// extension, a scheduling order), in place of the rule's count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub motion_deadline: Option<Date>,
    /// Dropped from the motion: not checked and not certified. A request
    /// not yet conferred on can be dropped so the motion may go ahead on the rest.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub dropped: bool,
    /// The parties on the other side this request is disputed with (party
    /// ids): whose answers a motion to compel seeks, or who served the
    /// discovery a protective order is sought from. Empty: not recorded,
    /// read as the whole other side. With co-parties, it says whom the
    /// movant must have conferred with on this request (Fed. R. Civ. P.
    /// 37(a)(1): "with the person or party failing to make disclosure or
    /// discovery"), which the log alone cannot tell.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub disputed_with: Vec<String>,
}

impl DisputedItem {
    /// A request with only its id and label.
    pub fn new(id: String, label: String) -> Self {
        DisputedItem {
            id,
            label,
            served: None,
            response: None,
            objection: String::new(),
            request_text: String::new(),
            response_text: String::new(),
            // A request the user adds records its answer: the words of an
            // objection are read only in files that never recorded it.
            no_response: Some(false),
            motion_deadline: None,
            dropped: false,
            disputed_with: Vec::new(),
        }
    }
}

impl Matter {
    pub fn counsel_by_id(&self, id: &str) -> Option<&Counsel> {
        self.counsel.iter().find(|c| c.id == id)
    }

    /// Whether the pro se party `party` cannot be called: marked as having
    /// no telephone with no number on file, or, in a file written before the
    /// mark existed, a contact with it notes so in its summary ("Letter to
    /// Plaintiff (he has no telephone)") and no number is on file.
    pub fn cannot_be_called(&self, party: &Party) -> bool {
        party.contact.cannot_be_called()
            || (party.pro_se
                && !party.contact.has_number()
                && self.conferrals.iter().any(|c| {
                    c.participants.contains(&party.id) && people::note_says_no_telephone(&c.summary)
                }))
    }

    pub fn party_by_id(&self, id: &str) -> Option<&Party> {
        self.parties.iter().find(|p| p.id == id)
    }

    pub fn item_by_id(&self, id: &str) -> Option<&DisputedItem> {
        self.items.iter().find(|i| i.id == id)
    }

    /// Whether participant `id` acts for `party`: the party itself, or a
    /// counsel who represents it.
    pub fn acts_for(&self, id: &str, party: &str) -> bool {
        id == party
            || self
                .counsel_by_id(id)
                .is_some_and(|c| c.represents.iter().any(|r| r == party))
    }

    /// The name of a participant id: a counsel's or a party's.
    pub fn name_of(&self, id: &str) -> Option<&str> {
        self.counsel_by_id(id)
            .map(|c| c.name.as_str())
            .or_else(|| self.party_by_id(id).map(|p| p.name.as_str()))
    }

    /// The counsel acting for the movant's side, in the order recorded.
    pub fn movant_counsel(&self) -> impl Iterator<Item = &Counsel> {
        self.counsel
            .iter()
            .filter(|c| self.side_of(&c.id) == Some(self.motion.movant))
    }

    /// The side a participant id (a counsel or an unrepresented party) acts for.
    /// Counsel act for the side of the first party they represent.
    pub fn side_of(&self, participant: &str) -> Option<Side> {
        if let Some(c) = self.counsel_by_id(participant) {
            return c
                .represents
                .iter()
                .find_map(|p| self.party_by_id(p))
                .map(|p| p.side);
        }
        self.party_by_id(participant).map(|p| p.side)
    }

    /// Whether a contact can be certified: dated on or before the filing date
    /// and not after today. The checker and the certificate both use this.
    pub fn certifiable(&self, ev: &ConferralEvent, today: Date) -> bool {
        ev.date <= self.filing_date(today) && ev.date <= today
    }

    /// The day the motion is taken to be filed: the planned date, else today.
    pub fn filing_date(&self, today: Date) -> Date {
        self.motion.planned_filing.unwrap_or(today)
    }
}
