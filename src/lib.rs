//! goodfaith: checks a discovery-motion conferral record against the court's
//! rule and composes the good-faith certificate.
//!
//! The law lives in `forms/` as data (court packs and certificate templates);
//! this crate holds the mechanisms that read it. See ARCHITECTURE.md.

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
