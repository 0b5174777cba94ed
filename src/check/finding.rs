//! What the checker reports.

use compact_str::CompactString;
use serde::Serialize;

use crate::court::{Authority, CourtPack, Rule, Severity};

/// The step of the guided form a finding concerns, so the app can jump there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Target {
    pub step: Step,
    /// The element's id: inline up to 24 bytes (a request's "rog-12"), so
    /// the finding per request a long record gives on every keystroke does
    /// not allocate it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<CompactString>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<&'static str>,
    /// The request within the element, for a field kept per request (a
    /// side's position on it in a conferral entry): an entry lists several
    /// requests, each with its own boxes, and the finding belongs under one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<CompactString>,
}

impl Target {
    pub fn step(step: Step) -> Self {
        Target {
            step,
            id: None,
            field: None,
            item: None,
        }
    }
    pub fn element(step: Step, id: &str, field: Option<&'static str>) -> Self {
        Target {
            step,
            id: Some(CompactString::new(id)),
            field,
            item: None,
        }
    }
    /// A field an entry keeps per request (`movant_position`,
    /// `opponent_position`) of the request `item`.
    pub fn per_request(step: Step, id: &str, field: &'static str, item: &str) -> Self {
        Target {
            item: Some(CompactString::new(item)),
            ..Target::element(step, id, Some(field))
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
    /// Cases that applied the rule this way. Shared: one check's findings
    /// about the same topics name the same cases, and a long record gives a
    /// check a finding per request on every keystroke.
    pub authorities: std::sync::Arc<[&'p Authority]>,
    pub target: Target,
    /// The other requests the finding is about, beside `target`'s: a
    /// motion deadline shared by requests answered together is one
    /// finding, and each of them is as late as the first.
    pub also: Vec<CompactString>,
    /// What to do about it.
    pub fix: String,
}

/// The checker's answer in one word: what a lawyer may rely on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Nothing blocks and nothing is at risk: a court applying the rule and
    /// its cases would accept the record.
    Ready,
    /// Federal courts have denied motions on records like this one.
    AtRisk,
    /// The rule is plainly not met.
    NotReady,
}

impl Verdict {
    pub fn id(self) -> &'static str {
        match self {
            Verdict::Ready => "ready",
            Verdict::AtRisk => "at_risk",
            Verdict::NotReady => "not_ready",
        }
    }

    /// "Ready to file", "At risk", "Not ready to file".
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Ready => "Ready to file",
            Verdict::AtRisk => "At risk",
            Verdict::NotReady => "Not ready to file",
        }
    }
}

/// Where one disputed request stands for this motion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemState {
    /// Conferred on: the motion may raise it now.
    Ready,
    /// Conferred on only in a way courts divide on.
    AtRisk,
    /// Must be conferred on first, or dropped from the motion.
    NotReady,
    /// Dropped from the motion by the user.
    Dropped,
    /// The log's last word on it is that the sides resolved it: the
    /// certificate reports the resolution, and the motion has nothing to ask
    /// the court about it.
    Resolved,
}

/// The checker's answer for one matter.
#[derive(Debug, Clone)]
pub struct Report<'p> {
    pub court: &'p CourtPack,
    /// Most severe first, then in the order the checks run.
    pub findings: Vec<Finding<'p>>,
    /// Each listed request, in the matter's order: which the motion may
    /// raise now and which must first be conferred on or dropped.
    pub items: Vec<(CompactString, ItemState)>,
}

impl Report<'_> {
    /// The verdict: Not ready when anything blocks, At risk when any finding
    /// is at risk, Ready otherwise.
    pub fn level(&self) -> Verdict {
        if self.count(Severity::Blocker) > 0 {
            Verdict::NotReady
        } else if self.count(Severity::AtRisk) > 0 {
            Verdict::AtRisk
        } else {
            Verdict::Ready
        }
    }

    /// Ready to file: nothing blocks and nothing is at risk.
    pub fn ready(&self) -> bool {
        self.level() == Verdict::Ready
    }

    /// The state of the request with this id.
    pub fn item_state(&self, id: &str) -> Option<ItemState> {
        self.items.iter().find(|(i, _)| i == id).map(|(_, s)| *s)
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
        let (b, r, w) = (
            self.count(Severity::Blocker),
            self.count(Severity::AtRisk),
            self.count(Severity::Warning),
        );
        match (b, r, w) {
            (0, 0, 0) => "Ready to file: the record meets every check for this court.".into(),
            (0, 0, w) => format!(
                "Ready to file, with {w} warning{} worth reading first.",
                plural(w)
            ),
            (0, r, _) => format!(
                "At risk: courts have denied motions on records like this one ({r} finding{}); not ready to promise.",
                plural(r)
            ),
            (b, _, _) => format!(
                "Not ready to file: {b} blocker{} must be fixed first.",
                plural(b)
            ),
        }
    }
}

/// "the day the motion is to be filed", "3 days before the motion is to be filed".
pub(crate) fn before_filing(days: i32) -> String {
    match days {
        0 => "the day the motion is to be filed".to_string(),
        n => format!(
            "{n} day{} before the motion is to be filed",
            plural(n.unsigned_abs() as usize)
        ),
    }
}

pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
