//! The document model the certificate composer produces and the layout
//! engine consumes.

/// Typeface style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    Regular,
    Bold,
    Italic,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
}

/// A paragraph of one style.
#[derive(Debug, Clone, PartialEq)]
pub struct Para {
    pub text: String,
    pub style: Style,
    pub align: Align,
    /// Extra indent of the first line, in points.
    pub first_indent: f32,
    /// Indent of every line from the left margin, in points.
    pub left_indent: f32,
    /// Line pitch as a multiple of single spacing (2.0 = double spaced).
    pub spacing: f32,
    /// Space after the paragraph, in points.
    pub space_after: f32,
    /// Space before the paragraph, in points (kept with it, unlike a `Space` block).
    pub space_before: f32,
    /// Never end a page after this paragraph (titles, lead-ins).
    pub keep_with_next: bool,
    /// Never start a page with this paragraph (the date line before signatures).
    pub keep_with_prev: bool,
}

impl Para {
    pub fn body(text: impl Into<String>, spacing: f32) -> Self {
        Para {
            text: text.into(),
            style: Style::Regular,
            align: Align::Left,
            first_indent: 36.0,
            left_indent: 0.0,
            spacing,
            space_after: 0.0,
            space_before: 0.0,
            keep_with_next: false,
            keep_with_prev: false,
        }
    }
}

/// The caption as federal courts format it: the court's name centred, the
/// parties on the left, the case number on the right, a column of ")"
/// between them.
#[derive(Debug, Clone, PartialEq)]
pub struct CaptionBlock {
    pub court_lines: Vec<String>,
    pub left: Vec<String>,
    pub right: Vec<String>,
}

/// One signer's block; it is never split across pages.
#[derive(Debug, Clone, PartialEq)]
pub struct SignatureBlock {
    /// "/s/ Jane Roe" when signed, else empty (a blank signature line is drawn).
    pub signature: String,
    /// Name, bar number, firm, address, phone, email, "Attorney for ...".
    pub lines: Vec<String>,
    /// A status line in italics, e.g. "Signature not yet obtained".
    pub status: Option<String>,
    /// 0 for the movant's counsel (left column), 1 for the other side (right).
    pub column: u8,
}

/// A table of text cells (the exhibit's chronology). Each row is kept whole
/// on a page unless it is taller than a page, and the header row is repeated
/// at the top of every page the table continues onto, so a reader never meets
/// a column without its name.
#[derive(Debug, Clone, PartialEq)]
pub struct TableBlock {
    /// Column widths as shares of the text width (scaled to fill it).
    pub widths: Vec<f32>,
    /// The column names, in bold.
    pub header: Vec<String>,
    /// The rows; a cell may hold several lines separated by `\n`.
    pub rows: Vec<Vec<String>>,
    /// Type size of the cells, in points (smaller than the body so that
    /// several columns fit across a portrait page).
    pub size: f32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Caption(CaptionBlock),
    Para(Para),
    /// Signature blocks, each kept whole; the first is kept with the last two
    /// lines of what precedes it so it is never stranded at a page top.
    Signatures(Vec<SignatureBlock>),
    Table(TableBlock),
    Space(f32),
}
