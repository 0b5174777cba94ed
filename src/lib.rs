//! goodfaith: checks a discovery-motion conferral record against the court's
//! rule and composes the good-faith certificate.
//!
//! The law lives in `forms/` as data (court packs and certificate templates);
//! this crate holds the mechanisms that read it. See ARCHITECTURE.md.

/// The allocator of the app, the command line, and the tests and benchmarks
/// built on this crate (declared here, once, so that what is measured is
/// what runs). The checker runs on every keystroke and a check of a long
/// record makes a few hundred small allocations (a finding per request, its
/// message and fix); the system allocator spent about a tenth of the check
/// on them (`perf`, December 5, 2026), mimalloc about half that.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

pub mod app;
pub mod calendar;
pub mod certificate;
pub mod check;
pub mod cli;
pub mod court;
pub mod export;
pub mod fonts;
pub mod import;
pub mod input;
pub mod layout;
pub mod matter;
pub mod pdf;
pub mod render;
pub mod save;
#[doc(hidden)]
pub mod synthetic;
pub mod text;
