//! The certificate: templates as data, and the composer that fills them from
//! the record. What it states comes only from what the user recorded.

mod compose;
mod names;
mod narrative;
mod template;

pub use compose::{Certificate, Paragraph, caption, compose};
pub use names::{items_phrase, parties_phrase, person_desc};
pub(crate) use narrative::positions_printed;
pub use narrative::step_paragraph;
pub use template::{PLACEHOLDERS, Section, Signers, Template, parse_template};
