//! The check kinds a pack can apply, with their parameters. A kind is a
//! mechanism ("was there a live, two-way conference?"); the pack supplies the
//! law (which methods count, how many days, how severe).

use serde::Deserialize;

use crate::matter::{CounselRole, Method};

/// Kind names as written in a pack's `kind = "..."`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KindName {
    ConferralRequired,
    LiveConferral,
    SingleLetter,
    BeforeFiling,
    LastMinute,
    ItemsConferred,
    PositionsExchanged,
    FollowUpChased,
    ProSeIncluded,
    CertificatePresent,
    Particularity,
    RuleCited,
    AllCounselEndorse,
    MotionDeadline,
    CounselRoles,
    EachPartyConferred,
    LetterThenConference,
    InPersonSameCounty,
    CertificateFields,
    StaffOnly,
    Stale,
    DocumentForm,
    RushedAttempt,
    OffersAnswered,
    Unavailability,
    CallParticulars,
    CourtConference,
    NonpartyConferred,
    OneConference,
    ConferAfterService,
}

/// When no conference happened, how many documented attempts a court may
/// accept instead ("or in good faith attempt to do so").
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttemptsRule {
    /// Attempts (calls, voicemails, letters, emails) at the least.
    pub min_attempts: u32,
    /// On this many different days at the least.
    pub min_days: u32,
    /// By this many different methods at the least.
    pub min_methods: u32,
    /// One of them a call (a conversation, a voicemail, an unanswered call):
    /// for courts whose rule asks for more than letters ("more than mailing
    /// or faxing a letter", D. Kan. Rule 37.2) or for a conference in person
    /// or by telephone. Default: not required.
    #[serde(default)]
    pub call: bool,
    /// One of them a call where the other side served responses and the
    /// dispute is over their content, but not for a complete default:
    /// courts accept unanswered letters asking for responses never served
    /// (Null, E.D. Ark. 2023), yet ask a movant disputing served responses
    /// to pick up the phone before filing (Bencomo, D.N.M. 2015). Default:
    /// not required.
    #[serde(default)]
    pub call_in_dispute: bool,
    /// In a complete default, how many unanswered requests for the overdue
    /// responses make an attempt to confer (each request asked for this
    /// many times). Default 2; a court whose own orders rejected two (N.D.
    /// Ind.: Shoppell, 2009, a letter and a call that reached only the law
    /// office) sets more.
    #[serde(default)]
    pub default_asks: Option<u32>,
}

/// What a court's deadline rule says of a motion filed late.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LateMotion {
    /// The objection is waived unless the court extends the time for good
    /// cause (D. Kan. Rule 37.1(b) before December 1, 2022).
    #[default]
    Waived,
    /// The court may deny the motion as untimely unless the movant shows
    /// diligence in attempting to resolve the dispute (D. Kan. Rule 37.1(c)).
    Diligence,
}

/// A citation the court has said is the wrong one for the duty to confer.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WrongCite {
    /// The citation as usually written, e.g. "D. Kan. Rule 37.1".
    pub cite: String,
    /// Why it is wrong, in one sentence.
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CiteRule {
    /// The citation the certificate should give, e.g. "D. Kan. Rule 37.2".
    pub expected: String,
    #[serde(default)]
    pub wrong: Vec<WrongCite>,
}

/// The severities a `live_conferral` check gives records that fall short of
/// a conference but that courts weigh differently. `None` takes the default
/// (the check's severity for the first two, a note for the last two); each
/// is never more severe than the check.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct DividedRecords {
    /// The only exchange was written but two-way (letters or emails
    /// answered): courts split on it, so the baseline says "at risk"; a court
    /// whose rule demands more than letters says "blocker".
    pub written_exchange: Option<crate::court::Severity>,
    /// The only conference on the motion's requests was a discussion at a
    /// deposition or hearing, which no pack counts as a conference: courts
    /// divide (Ross v. Pentair, D. Kan. 2020, accepted one held in a
    /// deposition break; N.D. Ill. and D. Nev. reject them).
    pub deposition: Option<crate::court::Severity>,
    /// The record stands only as an attempt to confer (the other side's
    /// silence after repeated requests, or a complete default asked for
    /// twice). Most courts accept it; where the rule or the court's orders
    /// ask for a conversation (M.D. Fla.: "counsel who merely attempt to
    /// confer have not conferred", Pantazes, 2014; D. Del., N.D. Cal., D.
    /// Nev.) it is at risk.
    pub attempted: Option<crate::court::Severity>,
    /// The other side expressly refused to confer. Courts accept that in
    /// place of a conference; M.D. Fla.'s rule has the movant certify that
    /// it "has conferred", and its orders do not take attempts for a
    /// conference: at risk there.
    pub refused: Option<crate::court::Severity>,
}

/// A check kind with its parameters.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckKind {
    /// Some conferral before filing at all.
    ConferralRequired,
    /// A live, two-way conference by one of `counts`; calls shorter than
    /// `min_minutes` (when their length is recorded) do not count.
    LiveConferral {
        counts: Vec<Method>,
        min_minutes: u32,
        attempts: Option<AttemptsRule>,
        /// How severe, in this court, the records short of a conference
        /// that courts weigh differently are.
        divided: DividedRecords,
    },
    /// The movant's whole effort is one letter, email or fax.
    SingleLetter,
    /// Contacts dated after filing, or after today, cannot be certified.
    BeforeFiling,
    /// The live conferral all happened within `days` days before filing.
    /// `earlier_contact_ok`: not when the other side was approached earlier
    /// (a last call after weeks of letters); courts differ on that.
    LastMinute { days: u32, earlier_contact_ok: bool },
    /// Each disputed item was discussed in a live, two-way exchange.
    ItemsConferred,
    /// The record shows the other side's position on each item, not only demands.
    /// `their_position`: a conference that reached an outcome is not enough;
    /// the other side's own position must be on record (D. Conn. L. Civ. R.
    /// 37(a): the issues "discussed ... in detail"). `in_detail`: a
    /// conference whose own words say a request was not discussed in detail
    /// does not show it discussed (the same rule; *Lagnese v. Town of
    /// Waterbury*, D. Conn. 2015). `bare`: the severity of a request whose
    /// every conference is told only as the movant's demand and the other
    /// side's refusal, with no reason, explanation or proposal (Moffett v.
    /// Keolis Transit America, D. Nev. 2020; `matter::bare`); not read when
    /// absent.
    PositionsExchanged {
        their_position: bool,
        in_detail: bool,
        bare: Option<crate::court::Severity>,
    },
    /// A promised follow-up was chased before filing. `unchased`: the
    /// severity of a lapsed promise the movant did not chase (courts split:
    /// D. Kan. requires one more contact, others accept filing once the
    /// promised date passes); default the check's own.
    FollowUpChased {
        unchased: Option<crate::court::Severity>,
    },
    /// A pro se opponent was conferred with like anyone else; `written_ok`:
    /// letters to them suffice in this court (else only a live exchange does).
    ProSeIncluded { written_ok: bool },
    /// A certification accompanies the motion.
    CertificatePresent,
    /// The certification describes dated, specific steps, not conclusions.
    /// `names_under`: the check's rules whose words ask the certificate for
    /// the names of those who conferred ("the identities of the attorneys
    /// conferring", N.D. Tex. L. Civ. R. 7.1(b)); under one of them a
    /// statement about a conference held must name someone from the other
    /// side, where elsewhere a request named instead will do.
    /// `reasons_under`: the check's rules whose words ask the certificate of
    /// an opposed motion to "explain why agreement could not be reached"
    /// (N.D. Tex. L. Civ. R. 7.1(b)(2)); under one of them, after a
    /// conference, a statement must give a reason, and the composed
    /// certificate needs the other side's position on a request in dispute.
    Particularity {
        conclusory: Vec<String>,
        names_under: Vec<String>,
        reasons_under: Vec<String>,
    },
    /// The certificate cites the right rule for the duty to confer.
    RuleCited(CiteRule),
    /// Every counsel of record signs or endorses the certificate.
    AllCounselEndorse,
    /// The motion is filed within `days` days (Fed. R. Civ. P. 6(a)) of the
    /// response or default it concerns; warn `warn_days` before.
    MotionDeadline {
        days: u32,
        warn_days: u32,
        /// What the rule says happens to a late motion.
        late: LateMotion,
        /// Whether a complete default (nothing served on the request)
        /// starts the period. False where the rule counts only from a
        /// response received ("within thirty days of the party's receipt of
        /// the response", D. Md.): with none served, its clock never starts.
        from_default: bool,
    },
    /// Every counsel of these roles, on both sides, took part in a live
    /// conference (E.D. Tex.: lead and local counsel).
    CounselRoles { roles: Vec<CounselRole> },
    /// Every other party (through its counsel, or itself if pro se) was
    /// conferred with; `live`: in a live, two-way exchange; `disputed_only`:
    /// only the parties a kept request is recorded as disputed with
    /// (`disputed_with`), each on those requests (the Federal Rules ask for
    /// conferring with "the person or party failing to make disclosure or
    /// discovery", not with every co-party).
    EachPartyConferred { live: bool, disputed_only: bool },
    /// A letter (or email) from the movant naming every disputed request came
    /// first, and the conference followed within `days` days (C.D. Cal. 37-1).
    LetterThenConference { days: u32 },
    /// When movant's and opposing counsel are in the same county (one of
    /// `counties`, the district's own, when given), the conference must be in
    /// person (C.D. and S.D. Cal.).
    InPersonSameCounty { counties: Vec<String> },
    /// The certificate must state these particulars of each conference
    /// ("time", "place", "duration"); `attempts`: of each failed attempt too
    /// (a warning for a voicemail or unanswered call: a rule asking for the
    /// efforts made does not ask their times), unless `attempt_times`: the
    /// rule names the time of "any conference or attempted conference"
    /// (N.D. Ind. L.R. 37-1(a)), so it is the check's own severity.
    CertificateFields {
        fields: Vec<String>,
        attempts: bool,
        attempt_times: bool,
    },
    /// Contacts between staff, without counsel, are flagged: they are not
    /// counsel conferring (E.D. Pa., Crown Cork).
    StaffOnly,
    /// The last live conference was more than `days` days before filing.
    Stale { days: u32 },
    /// The court wants a different document (a joint stipulation, a joint
    /// statement, a declaration); goodfaith's certificate is not it.
    DocumentForm { form: String, note: String },
    /// Written attempts squeezed into the last days: with no accepted
    /// conference, the movant's first contact fewer than `first_contact_days`
    /// calendar days before filing, or a demand leaving fewer than
    /// `min_response_days` business days to answer.
    RushedAttempt {
        first_contact_days: u32,
        min_response_days: u32,
    },
    /// An offer to confer from the other side that the movant left unanswered.
    OffersAnswered,
    /// Attempts or filing while the other side was known to be away.
    Unavailability,
    /// Where a motion to compel is served before it is filed, the
    /// conference must follow the service of the papers (D. Md. L.R.
    /// 104.8): a conference logged after the recorded `motion.served` day.
    ConferAfterService,
    /// A conference claimed without its time or its length reads as
    /// unsupported: ask for the particulars that make it provable.
    CallParticulars,
    /// The court's own pre-motion step: a request to chambers for an informal
    /// conference (a letter, a call) logged before filing, after the sides
    /// conferred. `what` names the step as the message should ("a letter to
    /// the Court requesting an informal conference (Local Civil Rule 37.2)").
    /// `held`: the rule bars the motion until the conference was held or
    /// the request denied (W.D. Mo. L.R. 37.1: "No written discovery motion
    /// shall be filed until this telephone conference has been held";
    /// S.D.N.Y. and E.D.N.Y. Local Civil Rule 37.2: heard only if the
    /// request "has either been denied or the discovery dispute has not been
    /// resolved as a consequence of such a conference"): a request still
    /// pending when the motion is filed is not the step.
    CourtConference { what: String, held: bool },
    /// A motion that names a subpoena (in its title or a request it keeps)
    /// with a non-party listed: the non-party, or its counsel, took part in
    /// a contact about the motion's requests. Rule 37(a)(1) asks the movant to
    /// confer with "the person or party failing to make disclosure or
    /// discovery" (Clifton, S.D. Ga. 2017).
    NonpartyConferred,
    /// A single conference for many disputed requests: with only one
    /// conference the court accepts, and it taking up `min_items` or more
    /// of the requests the motion keeps (Fleury v. Union Pacific, N.D. Ill.
    /// 2022: one call over nine disputed issues did not meet L.R. 37.2),
    /// in a dispute at least `min_days` old at filing (from the earliest
    /// response date of a kept request, or the first contact about them).
    OneConference { min_items: u32, min_days: u32 },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NoParams {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MinItemsParams {
    min_items: u32,
    #[serde(default)]
    min_days: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LiveParams {
    counts: Vec<String>,
    #[serde(default)]
    min_minutes: u32,
    attempts: Option<AttemptsRule>,
    written_exchange: Option<crate::court::Severity>,
    deposition: Option<crate::court::Severity>,
    attempted: Option<crate::court::Severity>,
    refused: Option<crate::court::Severity>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LastMinuteParams {
    days: u32,
    #[serde(default)]
    earlier_contact_ok: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WhatParams {
    what: String,
    #[serde(default)]
    held: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UnchasedParams {
    unchased: Option<crate::court::Severity>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RushedParams {
    first_contact_days: u32,
    min_response_days: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PositionsParams {
    #[serde(default)]
    their_position: bool,
    #[serde(default)]
    in_detail: bool,
    #[serde(default)]
    bare: Option<crate::court::Severity>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DaysParams {
    days: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ParticularityParams {
    conclusory: Vec<String>,
    #[serde(default)]
    names_under: Vec<String>,
    #[serde(default)]
    reasons_under: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RolesParams {
    roles: Vec<CounselRole>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WrittenOk {
    #[serde(default)]
    written_ok: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PartyParams {
    #[serde(default)]
    live: bool,
    #[serde(default)]
    disputed_only: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CountiesParams {
    #[serde(default)]
    counties: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FieldsParams {
    fields: Vec<String>,
    #[serde(default)]
    attempts: bool,
    #[serde(default)]
    attempt_times: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FormParams {
    form: String,
    #[serde(default)]
    note: String,
}

/// The particulars `certificate_fields` can require.
pub const CERTIFICATE_FIELDS: [&str; 3] = ["time", "place", "duration"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeadlineParams {
    days: u32,
    #[serde(default)]
    warn_days: u32,
    #[serde(default)]
    late: LateMotion,
    #[serde(default = "counts_from_default")]
    from_default: bool,
}

/// Most deadline rules run from the default as from a response ("within 30
/// days of the default or service of the response", D. Kan. Rule 37.1(b)).
fn counts_from_default() -> bool {
    true
}

impl CheckKind {
    /// Builds a kind from its name and the pack's `params` table. The error
    /// is a message about the params; the loader adds file and line.
    pub(super) fn from_params(name: KindName, params: toml::Table) -> Result<CheckKind, String> {
        fn get<T: for<'de> Deserialize<'de>>(p: toml::Table) -> Result<T, String> {
            toml::Value::Table(p)
                .try_into::<T>()
                .map_err(|e| e.message().to_string())
        }
        Ok(match name {
            KindName::LiveConferral => {
                let p: LiveParams = get(params)?;
                let mut counts = Vec::new();
                for id in &p.counts {
                    let m = Method::from_id(id).ok_or_else(|| {
                        let known: Vec<&str> = Method::ALL.iter().map(|m| m.id()).collect();
                        format!(
                            "unknown method \"{id}\" in `counts`; known: {}",
                            known.join(", ")
                        )
                    })?;
                    counts.push(m);
                }
                if counts.is_empty() {
                    return Err("`counts` must name at least one method".into());
                }
                CheckKind::LiveConferral {
                    counts,
                    min_minutes: p.min_minutes,
                    attempts: p.attempts,
                    divided: DividedRecords {
                        written_exchange: p.written_exchange,
                        deposition: p.deposition,
                        attempted: p.attempted,
                        refused: p.refused,
                    },
                }
            }
            KindName::LastMinute => {
                let p: LastMinuteParams = get(params)?;
                CheckKind::LastMinute {
                    days: p.days,
                    earlier_contact_ok: p.earlier_contact_ok,
                }
            }
            KindName::Particularity => {
                let p: ParticularityParams = get(params)?;
                CheckKind::Particularity {
                    conclusory: p.conclusory.into_iter().map(|s| s.to_lowercase()).collect(),
                    names_under: p.names_under,
                    reasons_under: p.reasons_under,
                }
            }
            KindName::RuleCited => CheckKind::RuleCited(get(params)?),
            KindName::CounselRoles => {
                let p: RolesParams = get(params)?;
                if p.roles.is_empty() {
                    return Err("`roles` must name at least one role (lead, local, other)".into());
                }
                CheckKind::CounselRoles { roles: p.roles }
            }
            KindName::ProSeIncluded => CheckKind::ProSeIncluded {
                written_ok: get::<WrittenOk>(params)?.written_ok,
            },
            KindName::EachPartyConferred => {
                let p = get::<PartyParams>(params)?;
                CheckKind::EachPartyConferred {
                    live: p.live,
                    disputed_only: p.disputed_only,
                }
            }
            KindName::LetterThenConference | KindName::Stale
                if get::<DaysParams>(params.clone())?.days == 0 =>
            {
                return Err("`days` must be at least 1".into());
            }
            KindName::LetterThenConference => CheckKind::LetterThenConference {
                days: get::<DaysParams>(params)?.days,
            },
            KindName::CertificateFields => {
                let p: FieldsParams = get(params)?;
                if let Some(bad) = p
                    .fields
                    .iter()
                    .find(|f| !CERTIFICATE_FIELDS.contains(&f.as_str()))
                {
                    return Err(format!(
                        "unknown field \"{bad}\" in `fields`; known: {}",
                        CERTIFICATE_FIELDS.join(", ")
                    ));
                }
                CheckKind::CertificateFields {
                    fields: p.fields,
                    attempts: p.attempts || p.attempt_times,
                    attempt_times: p.attempt_times,
                }
            }
            KindName::Stale => CheckKind::Stale {
                days: get::<DaysParams>(params)?.days,
            },
            KindName::InPersonSameCounty => CheckKind::InPersonSameCounty {
                counties: get::<CountiesParams>(params)?
                    .counties
                    .iter()
                    .map(|c| normalize_county(c))
                    .collect(),
            },
            KindName::DocumentForm => {
                let p: FormParams = get(params)?;
                CheckKind::DocumentForm {
                    form: p.form,
                    note: p.note,
                }
            }
            KindName::FollowUpChased => CheckKind::FollowUpChased {
                unchased: get::<UnchasedParams>(params)?.unchased,
            },
            KindName::CourtConference => {
                let p: WhatParams = get(params)?;
                if p.what.trim().is_empty() {
                    return Err("`what` must say what the court requires".into());
                }
                CheckKind::CourtConference {
                    what: p.what,
                    held: p.held,
                }
            }
            KindName::RushedAttempt => {
                let p: RushedParams = get(params)?;
                CheckKind::RushedAttempt {
                    first_contact_days: p.first_contact_days,
                    min_response_days: p.min_response_days,
                }
            }
            KindName::PositionsExchanged => {
                let p: PositionsParams = get(params)?;
                CheckKind::PositionsExchanged {
                    their_position: p.their_position,
                    in_detail: p.in_detail,
                    bare: p.bare,
                }
            }
            KindName::OneConference => {
                let p: MinItemsParams = get(params)?;
                if p.min_items < 2 {
                    return Err("`min_items` must be at least 2".into());
                }
                CheckKind::OneConference {
                    min_items: p.min_items,
                    min_days: p.min_days,
                }
            }
            KindName::MotionDeadline => {
                let p: DeadlineParams = get(params)?;
                if p.days == 0 {
                    return Err("`days` must be at least 1".into());
                }
                CheckKind::MotionDeadline {
                    days: p.days,
                    warn_days: p.warn_days,
                    late: p.late,
                    from_default: p.from_default,
                }
            }
            other => {
                get::<NoParams>(params)?;
                match other {
                    KindName::ConferralRequired => CheckKind::ConferralRequired,
                    KindName::SingleLetter => CheckKind::SingleLetter,
                    KindName::BeforeFiling => CheckKind::BeforeFiling,
                    KindName::ItemsConferred => CheckKind::ItemsConferred,
                    KindName::CertificatePresent => CheckKind::CertificatePresent,
                    KindName::AllCounselEndorse => CheckKind::AllCounselEndorse,
                    KindName::StaffOnly => CheckKind::StaffOnly,
                    KindName::OffersAnswered => CheckKind::OffersAnswered,
                    KindName::Unavailability => CheckKind::Unavailability,
                    KindName::ConferAfterService => CheckKind::ConferAfterService,
                    KindName::CallParticulars => CheckKind::CallParticulars,
                    KindName::NonpartyConferred => CheckKind::NonpartyConferred,
                    _ => unreachable_kind(other)?,
                }
            }
        })
    }
}

/// "Los Angeles County" -> "los angeles", for comparing what users type.
pub fn normalize_county(c: &str) -> String {
    c.trim()
        .to_lowercase()
        .trim_end_matches(" county")
        .trim()
        .to_string()
}

fn unreachable_kind(k: KindName) -> Result<CheckKind, String> {
    Err(format!("internal: kind {k:?} has parameters but no parser"))
}
