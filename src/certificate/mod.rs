//! The certificate: templates as data, and the composer that fills them from
//! the record. What it states comes only from what the user recorded.

mod compose;
mod names;
mod narrative;
mod template;

pub use compose::{Certificate, Paragraph, caption, compose};
pub use names::{items_phrase, parties_phrase, person_desc};
pub use narrative::step_paragraph;
pub(crate) use narrative::{OPENERS, positions_printed, verbatim};
pub use template::{PLACEHOLDERS, Section, Signers, Template, parse_template};
