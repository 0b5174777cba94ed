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

/// The next unused id with a prefix: "e1", "e2", ...
pub fn next_id<'a>(prefix: &str, taken: impl Iterator<Item = &'a str>) -> String {
    let taken: Vec<&str> = taken.collect();
    (1..)
        .map(|n| format!("{prefix}{n}"))
        .find(|id| !taken.contains(&id.as_str()))
        .unwrap_or_else(|| prefix.to_string())
}
