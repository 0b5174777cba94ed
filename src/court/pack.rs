//! The validated, ready-to-check form of a court pack.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::kinds::CheckKind;
use super::topic::Topic;
use crate::matter::MotionKind;

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The rule is plainly not met: the certificate is not ready.
    Blocker,
    /// Federal courts have denied motions on records like this one (the
    /// check names the cases): not ready to promise, though some courts
    /// accept it. Never reported without authorities.
    AtRisk,
    /// A court may well fault this; fix it or be ready to explain it.
    Warning,
    /// Worth knowing; no change needed.
    Note,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Severity::Blocker => "blocker",
            Severity::AtRisk => "at risk",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// How the rule text in a pack was obtained. Only the verbatim labels may
/// carry rule text; anything else is shown as "verify against the court's
/// current rules".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Seen as quoted by the court itself (its site, or one of its orders).
    VerbatimPrimary,
    /// Seen quoted by a secondary source (bar article, rules aggregator).
    VerbatimSecondary,
    /// Only a summary was seen; no rule text is shipped.
    Paraphrase,
    /// Not confirmed in any source; no rule text is shipped.
    Unverified,
}

impl Confidence {
    pub fn is_verbatim(self) -> bool {
        matches!(
            self,
            Confidence::VerbatimPrimary | Confidence::VerbatimSecondary
        )
    }

    /// What the app and CLI say next to the rule.
    pub fn caveat(self) -> &'static str {
        match self {
            Confidence::VerbatimPrimary => "verbatim, as quoted by the court",
            Confidence::VerbatimSecondary => {
                "verbatim from a secondary source; verify against the court's current rules"
            }
            Confidence::Paraphrase | Confidence::Unverified => {
                "summary only; verify against the court's current rules"
            }
        }
    }
}

/// A rule the pack relies on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rule {
    pub id: String,
    /// e.g. "D. Kan. Rule 37.2"
    pub citation: String,
    /// The rule's words, present only when `confidence` is verbatim.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// goodfaith's own summary, clearly not the rule's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    pub confidence: Confidence,
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// The latest date a source showed this text in force (an order
    /// quoting it, a page read), when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<Date>,
    /// The day the quoted version took effect; `None` when no source shows it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective: Option<Date>,
    /// The last day a superseded version was in force.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
    /// The day the text (or summary) was checked against its kept source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verified: Option<Date>,
    /// The kept source passage, a path under `forms/sources/`.
    #[serde(skip)]
    pub passage: Option<String>,
    /// Motion kinds the rule governs; empty means all discovery motions.
    #[serde(skip)]
    pub motions: Vec<MotionKind>,
}

impl Rule {
    pub fn applies_to(&self, kind: MotionKind) -> bool {
        self.motions.is_empty() || self.motions.contains(&kind)
    }

    /// Whether this version of the rule governed a motion filed on `day`.
    pub fn in_force(&self, day: Date) -> bool {
        self.effective.is_none_or(|e| e <= day) && self.until.is_none_or(|u| day <= u)
    }

    /// "as amended effective December 1, 2022; verified December 2, 2026":
    /// how current the text is, for the app and the CLI.
    pub fn currency(&self) -> String {
        use crate::text::long_date;
        let mut parts = Vec::new();
        match (self.effective, self.until) {
            (Some(e), Some(u)) => parts.push(format!(
                "version in force {} to {}",
                long_date(e),
                long_date(u)
            )),
            (None, Some(u)) => parts.push(format!("superseded after {}", long_date(u))),
            (Some(e), None) => parts.push(format!("as amended effective {}", long_date(e))),
            (None, None) => parts.push("effective date unknown".to_string()),
        }
        if let Some(a) = self.as_of {
            parts.push(format!("shown in force as of {}", long_date(a)));
        }
        match self.verified {
            Some(v) => parts.push(format!("verified {}", long_date(v))),
            None => parts.push("not verified against a kept source".to_string()),
        }
        parts.join("; ")
    }
}

/// A case that applied a rule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Authority {
    pub id: String,
    pub cite: String,
    /// The court's words, only where they were seen verbatim.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// What the case held, in goodfaith's words.
    pub holding: String,
    /// The deciding court's district id ("ksd"), or `None` for an appellate
    /// or unidentified court; given in the pack or read from the cite.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub court: Option<String>,
    /// The kept source passage of `quote`, a path under `forms/sources/`.
    #[serde(skip)]
    pub passage: Option<String>,
}

/// One parameterised check a court applies.
#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    /// Stable finding code, e.g. "WRITTEN-ONLY".
    pub code: String,
    pub kind: CheckKind,
    pub severity: Severity,
    /// Ids of the rules behind the check, most specific first.
    pub rules: Vec<String>,
    pub authorities: Vec<String>,
    /// Authorities grouped by what they speak to (see `Topic`); a finding
    /// names the group of its topic. Empty: every finding names them all.
    pub on: Vec<(Topic, Vec<String>)>,
    /// Motion kinds it applies to; empty means all.
    pub motions: Vec<MotionKind>,
    /// A court-specific sentence appended to the finding's message.
    pub note: Option<String>,
    /// The court's own rules or cases that allow a milder severity than the
    /// Federal Rules baseline (a pack may not be milder than the courts it
    /// stands for without saying why).
    pub relaxed_by: Vec<String>,
    /// The check applies to motions filed on or after this day (a rule's
    /// amendment), when given.
    pub from: Option<Date>,
    /// The check applies to motions filed on or before this day, when given.
    pub until: Option<Date>,
    /// The surnames of the judges whose own procedures the check stands
    /// for; empty means every judge of the court. A judge's standing order
    /// binds only the cases before that judge: a check drawn from one
    /// judge's procedures (Guzman, S.D. Tex. 2009, Rosenthal, J.) would hold
    /// back every other judge's motions if it applied court-wide.
    pub judges: Vec<String>,
    /// The same judges' initials, as case numbers carry them ("LHR" in
    /// "H-07-3973 (LHR)"): a record may name the judge only that way.
    pub judge_initials: Vec<String>,
}

impl Check {
    /// Whether the check governs a motion filed on `day`.
    pub fn in_force(&self, day: Date) -> bool {
        self.from.is_none_or(|f| f <= day) && self.until.is_none_or(|u| day <= u)
    }

    /// Whether the check governs `matter`'s motion, filed on `filing`: its
    /// kind, the day, and (for a judge's own procedure) the assigned judge,
    /// named by surname anywhere in the matter's `judge` ("Hon. Lee H.
    /// Rosenthal", "Judge Rosenthal"), or by initials there or in the case
    /// number ("LHR", "H-07-3973 (LHR)"). An unnamed judge is none of them.
    pub fn governs(&self, matter: &crate::matter::Matter, filing: Date) -> bool {
        let named = |names: &[String], text: &str| {
            text.split(|c: char| !c.is_alphanumeric())
                .any(|w| names.iter().any(|j| j.eq_ignore_ascii_case(w)))
        };
        (self.motions.is_empty() || self.motions.contains(&matter.motion.kind))
            && self.in_force(filing)
            && (self.judges.is_empty()
                || named(&self.judges, &matter.judge)
                || named(&self.judge_initials, &matter.judge)
                || named(&self.judge_initials, &matter.caption.case_number))
    }
}

/// A validated court pack with its parent's rules and checks merged in.
#[derive(Debug, Clone, PartialEq)]
pub struct CourtPack {
    pub id: String,
    /// "United States District Court for the District of Kansas"
    pub name: String,
    /// "D. Kan."
    pub short_name: String,
    /// The name the caption uses ("United States District Court for the District of Kansas").
    pub caption_name: String,
    /// Rule ids the certificate certifies under.
    pub certify_under: Vec<String>,
    /// Where `certificate` is written in the pack file, for error messages.
    pub certificate_span: Option<std::ops::Range<usize>>,
    /// Pack this one extends, if any.
    pub extends: Option<String>,
    /// The certificate template the court's motions use.
    pub certificate: String,
    pub motions: Vec<MotionKind>,
    /// Whether the pack encodes the court's own local rule (false for the
    /// Federal Rules baseline used by courts without a pack).
    pub local_rule_encoded: bool,
    /// False for packs that only exist to be extended.
    pub selectable: bool,
    /// The regional circuit ("10th"), from forms/districts.toml.
    pub circuit: String,
    /// Practice points the user should verify (judges' orders and the like).
    pub notes: Vec<String>,
    pub rules: Vec<Rule>,
    pub authorities: Vec<Authority>,
    pub checks: Vec<Check>,
    /// The TOML file the pack came from, for messages.
    pub file: String,
}

impl CourtPack {
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    pub fn authority(&self, id: &str) -> Option<&Authority> {
        self.authorities.iter().find(|a| a.id == id)
    }

    /// The rules the certificate cites for a motion of this kind, in order.
    pub fn certify_rules(&self, kind: MotionKind) -> impl Iterator<Item = &Rule> {
        self.certify_under
            .iter()
            .filter_map(|id| self.rule(id))
            .filter(move |r| r.applies_to(kind))
    }
}
