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

    /// Whether every face draws every printable ASCII character, so that a
    /// text of printable ASCII (see [`plain_ascii`]) is known to print
    /// without asking the faces about each character.
    pub fn draws_ascii(&self) -> bool {
        self.faces.iter().all(|f| f.ascii)
    }

    /// Whether every character of `text` can be printed as written: it has a
    /// glyph in the face, and it is not right-to-left script (Hebrew, Arabic),
    /// which the layout draws in logical order — mirrored on the page.
    pub fn covers(&self, text: &str, style: Style) -> bool {
        let f = self.face(style);
        if f.ascii && plain_ascii(text.as_bytes()) {
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

/// Whether every byte is printable ASCII, a line break or a tab.
///
/// The checker asks this of every field on every keystroke, and most fields
/// are a few dozen bytes: it reads sixteen (or, in a short text, eight) bytes
/// at a time rather than one. (A per-byte scan was a fifth of the check of a
/// long record.)
#[inline]
pub fn plain_ascii(bytes: &[u8]) -> bool {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    /// Whether some byte of the word is 0x7f or more, or below 0x20 (the
    /// classic "has less than" / "has zero byte" bit tricks; exact as a
    /// yes-or-no for the whole word).
    #[inline(always)]
    fn flagged(w: u64) -> bool {
        let high = w & HIGH;
        let control = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
        let x = w ^ (ONES * 0x7f);
        let delete = x.wrapping_sub(ONES) & !x & HIGH;
        (high | control | delete) != 0
    }
    #[inline(always)]
    fn odd(b: u8) -> bool {
        (b >= 0x7f) | ((b < 0x20) & (b != b'\n') & (b != b'\r') & (b != b'\t'))
    }
    // A flagged word may hold only line breaks and tabs: look closer.
    #[inline(always)]
    fn word_ok(w: &[u8; 8]) -> bool {
        !flagged(u64::from_ne_bytes(*w)) || !w.iter().any(|&b| odd(b))
    }
    // Sixteen bytes at a time with a byte-wide accumulator, which the
    // compiler turns into vector compares; the tail is the last sixteen
    // bytes, overlapping the block before.
    #[inline(always)]
    fn block_ok(block: &[u8; 16]) -> bool {
        // One compare a byte (outside 0x20..=0x7e); a block that has one is
        // looked at again for line breaks and tabs.
        let mut outside = 0u8;
        for &b in block {
            outside |= u8::from(b.wrapping_sub(0x20) >= 0x5f);
        }
        outside == 0 || !block.iter().any(|&b| odd(b))
    }
    if bytes.len() >= 16 {
        let (blocks, rest) = bytes.as_chunks::<16>();
        return blocks.iter().all(block_ok)
            && (rest.is_empty() || bytes.last_chunk::<16>().is_some_and(block_ok));
    }
    // A short text in words of eight, the same way.
    let (words, rest) = bytes.as_chunks::<8>();
    if !words.iter().all(word_ok) {
        return false;
    }
    if rest.is_empty() {
        return true;
    }
    match bytes.last_chunk::<8>() {
        Some(last) => word_ok(last),
        None => !rest.iter().any(|&b| odd(b)),
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

#[cfg(test)]
mod tests {
    use super::plain_ascii;

    #[test]
    fn an_odd_byte_anywhere_is_found() {
        let base = "Counsel conferred by telephone on March 3.\tThen by letter.\r\n".repeat(3);
        assert!(plain_ascii(base.as_bytes()));
        for at in [0, 7, 8, 15, 16, 31, 32, 63, 100, base.len() - 1] {
            for odd in [0x00u8, 0x07, 0x1b, 0x7f, 0xc3] {
                let mut b = base.clone().into_bytes();
                b[at] = odd;
                assert!(!plain_ascii(&b), "byte {odd:#x} at {at}");
            }
        }
        // Every short length, clean and with an odd last byte.
        for len in 0..40 {
            let clean = &base.as_bytes()[..len];
            assert!(plain_ascii(clean), "clean, {len} bytes");
            if len > 0 {
                let mut b = clean.to_vec();
                b[len - 1] = 0x7f;
                assert!(!plain_ascii(&b), "odd last byte of {len}");
                b[len - 1] = b'\t';
                assert!(plain_ascii(&b), "tab last of {len}");
            }
        }
    }
}
