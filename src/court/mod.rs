//! Court rule packs: the law as data. Each `forms/courts/*.toml` file names a
//! court, quotes its rules (verbatim only where verified), lists the cases that
//! applied them, and says which parameterised checks the court applies. Adding
//! a court that reuses existing check kinds is a new TOML file, not new Rust.

mod kinds;
mod load;
mod pack;
pub mod quotes;
mod registry;
mod topic;

pub use kinds::{
    AttemptsRule, CheckKind, CiteRule, DividedRecords, LateMotion, WrongCite, normalize_county,
};
pub use load::{PackError, parse_pack_file, parse_toml};
pub use pack::{Authority, Check, Confidence, CourtPack, Rule, Severity};
pub use registry::{BASELINE_ID, NO_LOCAL_RULE, Registry, embedded_certificate_sources};
pub use topic::Topic;
pub(crate) use topic::select as topic_select;
