//! The guided steps, in the order a litigator works: court and motion, case,
//! parties and counsel, disputed requests, conferral log, certificate.

pub mod case;
pub mod certificate;
pub mod court;
pub mod items;
pub mod log;
pub mod parties;

use crate::check::{Report, Step, Verdict};
use crate::court::Severity;
use crate::matter::{Matter, Side};

pub const ORDER: [Step; 6] = [
    Step::Court,
    Step::Case,
    Step::Parties,
    Step::Items,
    Step::Conferrals,
    Step::Certificate,
];

pub fn label(step: Step) -> &'static str {
    match step {
        Step::Court => "Court & motion",
        Step::Case => "Case",
        Step::Parties => "Parties & counsel",
        Step::Items => "Disputed requests",
        Step::Conferrals => "Conferral log",
        Step::Certificate => "Certificate",
    }
}

/// Whether the step holds what it needs (the checker judges the rest).
pub fn complete(step: Step, m: &Matter, report: Option<&Report>) -> bool {
    match step {
        Step::Court => !m.court.is_empty(),
        Step::Case => !m.caption.case_number.trim().is_empty(),
        Step::Parties => {
            let movant = m.parties.iter().any(|p| p.side == m.motion.movant);
            let other = m
                .parties
                .iter()
                .any(|p| p.side != m.motion.movant && p.side != Side::Nonparty);
            let all_reachable = m
                .parties
                .iter()
                .all(|p| p.pro_se || m.counsel.iter().any(|c| c.represents.contains(&p.id)));
            movant && other && all_reachable
        }
        Step::Items => !m.items.is_empty(),
        Step::Conferrals => !m.conferrals.is_empty(),
        Step::Certificate => report.is_some_and(Report::ready),
    }
}

/// A fresh id with a prefix, after every id in use ("e7" after "e6"): an id is
/// never reused, so nothing keyed on an old id (a rewritten paragraph) can
/// attach to a new entry.
pub fn next_id<'a>(prefix: &str, taken: impl Iterator<Item = &'a str>) -> String {
    let max = taken
        .filter_map(|id| id.strip_prefix(prefix)?.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    format!("{prefix}{}", max + 1)
}

/// The level of one step, by the same rule as the whole report's verdict
/// (`Report::level`) applied to the findings that point into this step, so a
/// step's mark never disagrees with the header or with `goodfaith check`.
pub fn step_level(step: Step, report: &Report) -> (Verdict, usize) {
    let here = |s: Severity| {
        report
            .findings
            .iter()
            .filter(|f| f.target.step == step && f.severity == s)
            .count()
    };
    match (here(Severity::Blocker), here(Severity::AtRisk)) {
        (0, 0) => (Verdict::Ready, 0),
        (0, r) => (Verdict::AtRisk, r),
        (b, _) => (Verdict::NotReady, b),
    }
}

/// "● 5. Conferral log (2 blockers)" and the step's level colour (none when
/// Ready). The caller draws the selected step in the plain text colour: the
/// words carry the level, and red on a selection fill is hard to read.
pub fn step_line(
    n: usize,
    step: Step,
    done: bool,
    report: Option<&Report>,
) -> (String, Option<egui::Color32>) {
    // Geometric shapes only: the bundled fonts have no check marks or emoji.
    let mark = if done { "\u{25cf}" } else { "\u{25cb}" };
    let mut text = format!("{mark} {}. {}", n + 1, label(step));
    let Some(report) = report else {
        return (text, None);
    };
    let (level, count) = step_level(step, report);
    let plural = if count == 1 { "" } else { "s" };
    match level {
        Verdict::Ready => return (text, None),
        Verdict::AtRisk => text.push_str(&format!("  ({count} at risk)")),
        Verdict::NotReady => text.push_str(&format!("  ({count} blocker{plural})")),
    }
    (text, Some(crate::app::widgets::verdict_color(level)))
}
