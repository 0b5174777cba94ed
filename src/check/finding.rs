//! What the checker reports.

use serde::Serialize;

use crate::court::{Authority, CourtPack, Rule, Severity};

/// The step of the guided form a finding concerns, so the app can jump there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Court,
    Case,
    Parties,
    Items,
    Conferrals,
    Certificate,
}

/// The matter element a finding concerns: a step, and within it the element's
/// id and field where there is one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Target {
    pub step: Step,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<&'static str>,
}

impl Target {
    pub fn step(step: Step) -> Self {
        Target {
            step,
            id: None,
            field: None,
        }
    }
    pub fn element(step: Step, id: &str, field: Option<&'static str>) -> Self {
        Target {
            step,
            id: Some(id.to_string()),
            field,
        }
    }
}

/// One problem (or observation) in the record.
#[derive(Debug, Clone, Serialize)]
pub struct Finding<'p> {
    /// Stable code from the pack, e.g. "WRITTEN-ONLY".
    pub code: &'p str,
    pub severity: Severity,
    /// What is wrong, in terms of the user's own record.
    pub message: String,
    /// The rule that requires it.
    pub rule: Option<&'p Rule>,
    /// Cases that applied the rule this way.
    pub authorities: Vec<&'p Authority>,
    pub target: Target,
    /// What to do about it.
    pub fix: String,
}

/// The checker's answer for one matter.
#[derive(Debug, Clone)]
pub struct Report<'p> {
    pub court: &'p CourtPack,
    /// Most severe first, then in the order the checks run.
    pub findings: Vec<Finding<'p>>,
}

impl Report<'_> {
    /// Ready to file: nothing blocks.
    pub fn ready(&self) -> bool {
        !self
            .findings
            .iter()
            .any(|f| f.severity == Severity::Blocker)
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    pub fn has(&self, code: &str) -> bool {
        self.findings.iter().any(|f| f.code == code)
    }

    /// One sentence for the header line and the CLI.
    pub fn verdict(&self) -> String {
        let (b, w) = (self.count(Severity::Blocker), self.count(Severity::Warning));
        match (b, w) {
            (0, 0) => "Ready to file: the record meets every check for this court.".into(),
            (0, w) => format!(
                "Ready to file, with {w} warning{} worth reading first.",
                plural(w)
            ),
            (b, _) => format!(
                "Not ready to file: {b} blocker{} must be fixed first.",
                plural(b)
            ),
        }
    }
}

pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
