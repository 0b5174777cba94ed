//! The validated, ready-to-check form of a court pack.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::kinds::CheckKind;
use crate::matter::MotionKind;

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The court would likely deny the motion for this; the certificate is not ready.
    Blocker,
    /// A court may well fault this; fix it or be ready to explain it.
    Warning,
    /// Worth knowing; no change needed.
    Note,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Severity::Blocker => "blocker",
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
    /// The date the source showed the rule as in force.
    pub as_of: Date,
    /// Motion kinds the rule governs; empty means all discovery motions.
    #[serde(skip)]
    pub motions: Vec<MotionKind>,
}

impl Rule {
    pub fn applies_to(&self, kind: MotionKind) -> bool {
        self.motions.is_empty() || self.motions.contains(&kind)
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
    /// Motion kinds it applies to; empty means all.
    pub motions: Vec<MotionKind>,
    /// A court-specific sentence appended to the finding's message.
    pub note: Option<String>,
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
