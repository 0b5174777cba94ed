//! What the user has decided about the certificate: whether goodfaith writes
//! it, any paragraphs the user rewrote, and each counsel's endorsement.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Where the certification comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CertificateForm {
    /// goodfaith composes it from the conferral log (the normal case).
    #[default]
    Generated,
    /// The user supplies their own certification text in `statement`.
    Custom,
    /// No certification accompanies the motion.
    None,
}

/// Whether a counsel has signed or endorsed the certificate (Mississippi
/// requires every counsel's signature or endorsement).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EndorsementStatus {
    Signed,
    Refused,
    #[default]
    NotYetObtained,
}

impl EndorsementStatus {
    pub fn label(self) -> &'static str {
        match self {
            EndorsementStatus::Signed => "signed",
            EndorsementStatus::Refused => "refused",
            EndorsementStatus::NotYetObtained => "not yet obtained",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Endorsement {
    /// Id of the counsel.
    pub counsel: String,
    pub status: EndorsementStatus,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CertificateRecord {
    #[serde(default)]
    pub form: CertificateForm,
    /// The user's own certification text, used when `form` is `custom`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub statement: String,
    /// Paragraphs the user rewrote, keyed by paragraph key (a conferral event
    /// id, or a template section name). Regenerating the others keeps these.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub edits: BTreeMap<String, String>,
    /// For each rewritten paragraph, the generated text it was rewritten from:
    /// when the log changes so the generated text differs, the rewrite may
    /// state facts the log no longer supports, and the checker says so.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub edit_basis: BTreeMap<String, String>,
    /// Rules the motion or certificate cites for the duty to confer, as written,
    /// e.g. "D. Kan. Rule 37.2".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cites: Vec<String>,
    /// Signature or endorsement status per counsel.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub endorsements: Vec<Endorsement>,
}

impl CertificateRecord {
    pub fn endorsement_of(&self, counsel: &str) -> EndorsementStatus {
        self.endorsements
            .iter()
            .find(|e| e.counsel == counsel)
            .map(|e| e.status)
            .unwrap_or_default()
    }
}
