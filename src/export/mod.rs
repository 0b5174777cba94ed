//! Everything goodfaith writes besides the certificate PDF: the certificate
//! as Word and as plain text, the chronology exhibit, the meet-and-confer
//! letter and the deadlines calendar.
//!
//! The certificate, the exhibit and the letter are each one list of layout
//! `Block`s; the PDF goes through `layout` and `pdf` like the certificate,
//! and the Word and text writers here read the same blocks, so the three
//! formats cannot say different things.

pub mod attach;
pub mod deadlines;
pub mod docx;
pub mod exhibit;
pub mod letter;
pub mod text;

use std::path::Path;

/// An output format for a document goodfaith composes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Pdf,
    Docx,
    Txt,
}

impl Format {
    /// The format a file name asks for, by its extension (case ignored).
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "pdf" => Some(Format::Pdf),
            "docx" => Some(Format::Docx),
            "txt" | "text" => Some(Format::Txt),
            _ => None,
        }
    }

    /// How messages name the format.
    pub fn name(self) -> &'static str {
        match self {
            Format::Pdf => "PDF",
            Format::Docx => "Word document",
            Format::Txt => "text",
        }
    }

    /// Whether the bytes are binary (not for a terminal).
    pub fn is_binary(self) -> bool {
        !matches!(self, Format::Txt)
    }
}

/// What to tell the user of characters a PDF prints blank (the font lacks
/// them): `None` when there are none. The certificate is checked for them
/// (`UNDRAWABLE-CHARACTER`); the letter and the exhibit are not, so the
/// command and the app say it when they write one.
pub fn blank_note(what: &str, missing: &[char]) -> Option<String> {
    if missing.is_empty() {
        return None;
    }
    let chars: String = missing.iter().collect();
    // Only the letter has a Word form; the exhibit is a PDF.
    let or_word = if what == "letter" {
        ", or write the letter as Word (.docx), which leaves them to Word's fonts"
    } else {
        ""
    };
    Some(format!(
        "the {what}'s font cannot draw these characters, which are blank in the PDF: {chars}. Spell them another way{or_word}."
    ))
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("the Word document could not be written: {0}")]
    Docx(String),
    #[error("the calendar could not be written: {0}")]
    Calendar(String),
    #[error(transparent)]
    Attachment(#[from] attach::AttachError),
    #[error(transparent)]
    Render(#[from] crate::render::RenderError),
}

/// Removes characters that cannot appear in a Word document's XML (C0
/// controls other than tab and line feed, and the non-characters U+FFFE and
/// U+FFFF): a matter typed or pasted with a stray control character must
/// still export, and Word refuses a file that holds one.
pub(crate) fn xml_safe(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
        })
        .collect()
}
