//! Text widths from the real font metrics (the same TTF bytes the PDF
//! embeds), so a line wraps where the printed line will end. printpdf applies
//! no kerning, so the sum of advances is exactly what is drawn.

use ttf_parser::Face;

use super::document::Style;
use crate::fonts;

/// Advance widths for the three serif faces, with a table for the common
/// Latin range so measuring a page does not parse glyph tables per character.
pub struct Metrics {
    faces: [FaceMetrics; 3],
}

struct FaceMetrics {
    face: Face<'static>,
    units_per_em: f32,
    /// Advance in font units for U+0000..U+0250.
    table: Vec<f32>,
    /// Whether the face has a glyph, for the same range.
    covered: Vec<bool>,
    /// Every printable ASCII character has a glyph: most text is checked in
    /// one byte scan (the checker looks at every field on every keystroke).
    ascii: bool,
}

impl FaceMetrics {
    fn new(bytes: &'static [u8]) -> Option<Self> {
        let face = Face::parse(bytes, 0).ok()?;
        let units_per_em = f32::from(face.units_per_em());
        let mut fm = FaceMetrics {
            face,
            units_per_em,
            table: vec![0.0; 0x250],
            covered: vec![false; 0x250],
            ascii: false,
        };
        for c in 0..0x250u32 {
            if let Some(ch) = char::from_u32(c) {
                fm.table[c as usize] = fm.lookup(ch);
                fm.covered[c as usize] = fm.face.glyph_index(ch).is_some();
            }
        }
        fm.ascii = (0x20..0x7f).all(|c| fm.covered[c]);
        Some(fm)
    }

    /// A character the face lacks is drawn by printpdf as glyph 0 at the PDF
    /// font's default width (`/DW 1000`: one em), not at glyph 0's advance,
    /// so that is what it measures: a line is as wide as it prints.
    fn lookup(&self, ch: char) -> f32 {
        match self.face.glyph_index(ch) {
            Some(gid) => f32::from(self.face.glyph_hor_advance(gid).unwrap_or(0)),
            None => self.units_per_em,
        }
    }

    fn advance(&self, ch: char) -> f32 {
        match self.table.get(ch as usize) {
            Some(w) => *w,
            None => self.lookup(ch),
        }
    }
}

impl Metrics {
    /// Parses the built-in fonts. `None` only if the compiled-in fonts are corrupt.
    pub fn new() -> Option<Self> {
        Some(Metrics {
            faces: [
                FaceMetrics::new(fonts::SERIF_REGULAR)?,
                FaceMetrics::new(fonts::SERIF_BOLD)?,
                FaceMetrics::new(fonts::SERIF_ITALIC)?,
            ],
        })
    }

    fn face(&self, style: Style) -> &FaceMetrics {
        match style {
            Style::Regular => &self.faces[0],
            Style::Bold => &self.faces[1],
            Style::Italic => &self.faces[2],
        }
    }

    /// Width of `text` at `size` points.
    pub fn width(&self, text: &str, style: Style, size: f32) -> f32 {
        let f = self.face(style);
        text.chars().map(|c| f.advance(c)).sum::<f32>() * size / f.units_per_em
    }

    /// Whether every character of `text` can be printed as written: it has a
    /// glyph in the face, and it is not right-to-left script (Hebrew, Arabic),
    /// which the layout draws in logical order — mirrored on the page.
    pub fn covers(&self, text: &str, style: Style) -> bool {
        let f = self.face(style);
        // A branch-free fold the compiler vectorises: any byte that is not
        // printable ASCII (or a line break or tab) sends the text to the slow path.
        let other = text.as_bytes().iter().fold(false, |acc, &b| {
            acc | (b >= 0x7f) | ((b < 0x20) & (b != b'\n') & (b != b'\r') & (b != b'\t'))
        });
        if f.ascii && !other {
            return true;
        }
        text.chars().all(|c| {
            c.is_whitespace()
                || (!is_right_to_left(c)
                    && f.covered
                        .get(c as usize)
                        .copied()
                        .unwrap_or_else(|| f.face.glyph_index(c).is_some()))
        })
    }
}

/// A character of a right-to-left script. The layout engine does not apply
/// the Unicode bidirectional algorithm, so such text would print reversed;
/// it is reported as a character the certificate cannot print instead, and
/// drafts draw a placeholder in its place.
pub fn is_right_to_left(c: char) -> bool {
    matches!(c,
        '\u{0590}'..='\u{08FF}'   // Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic Ext.
        | '\u{FB1D}'..='\u{FDFF}' // Hebrew and Arabic presentation forms A
        | '\u{FE70}'..='\u{FEFF}' // Arabic presentation forms B
        | '\u{10800}'..='\u{10FFF}' // historic right-to-left scripts
        | '\u{1E800}'..='\u{1EFFF}')
}
