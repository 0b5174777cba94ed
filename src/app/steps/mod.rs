//! The guided steps, in the order a litigator works: court and motion, case,
//! parties and counsel, disputed requests, conferral log, certificate.

pub mod case;
pub mod certificate;
pub mod court;
pub mod items;
pub mod log;
pub mod parties;

use crate::check::{Report, Step};
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
