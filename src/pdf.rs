//! Writes laid-out pages to a flat PDF with printpdf: embedded (subset)
//! Liberation Serif so every name is searchable and copyable, no form fields,
//! document metadata set. The page content is exactly the layout's, the same
//! pages the app previews.

use printpdf::{
    Color, DateTime, Line, LinePoint, Mm, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rgb, TextItem,
};

use crate::fonts;
use crate::layout::{Item, PAGE_HEIGHT, PAGE_WIDTH, Page, Style};

/// Document information written into the PDF.
#[derive(Debug, Clone, PartialEq)]
pub struct PdfInfo {
    pub title: String,
    pub author: String,
    pub subject: String,
    /// When the certificate was rendered (document creation date), with the
    /// local offset so the PDF does not claim local time is UTC.
    pub created: jiff::Zoned,
}

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the built-in font {0} could not be loaded")]
    Font(&'static str),
}

/// Renders `pages` to PDF bytes.
pub fn write_pdf(pages: &[Page], info: &PdfInfo) -> Result<Vec<u8>, PdfError> {
    let mut doc = PdfDocument::new(&info.title);
    let mut warnings = Vec::new();
    let mut font = |bytes: &[u8], name: &'static str| {
        ParsedFont::from_bytes(bytes, 0, &mut warnings)
            .map(|f| doc.add_font(&f))
            .ok_or(PdfError::Font(name))
    };
    let regular = font(fonts::SERIF_REGULAR, "Liberation Serif")?;
    let bold = font(fonts::SERIF_BOLD, "Liberation Serif Bold")?;
    let italic = font(fonts::SERIF_ITALIC, "Liberation Serif Italic")?;

    let m = &mut doc.metadata.info;
    m.author = info.author.clone();
    m.subject = info.subject.clone();
    m.creator = "goodfaith".into();
    m.producer = format!("goodfaith {}", env!("CARGO_PKG_VERSION"));
    let created = pdf_date(&info.created);
    m.creation_date = created;
    m.modification_date = created;
    m.metadata_date = created;

    let black = Color::Rgb(Rgb {
        r: 0.0,
        g: 0.0,
        b: 0.0,
        icc_profile: None,
    });
    let red = Color::Rgb(Rgb {
        r: 0.75,
        g: 0.05,
        b: 0.05,
        icc_profile: None,
    });
    let pdf_pages = pages
        .iter()
        .map(|page| {
            let mut ops = Vec::with_capacity(page.items.len() * 5);
            for item in &page.items {
                match item {
                    Item::Text {
                        x,
                        y,
                        size,
                        style,
                        text,
                        stamp,
                    } => {
                        let id = match style {
                            Style::Regular => regular.clone(),
                            Style::Bold => bold.clone(),
                            Style::Italic => italic.clone(),
                        };
                        ops.push(Op::StartTextSection);
                        ops.push(Op::SetFillColor {
                            col: if *stamp { red.clone() } else { black.clone() },
                        });
                        ops.push(Op::SetFont {
                            font: PdfFontHandle::External(id),
                            size: Pt(*size),
                        });
                        ops.push(Op::SetTextCursor { pos: point(*x, *y) });
                        // Right-to-left text would print mirrored (no bidi
                        // shaping here): a draft shows a placeholder instead,
                        // and a filing copy is refused before this point.
                        let shown: String = text
                            .chars()
                            .map(|c| {
                                if crate::layout::is_right_to_left(c) {
                                    '?'
                                } else {
                                    c
                                }
                            })
                            .collect();
                        ops.push(Op::ShowText {
                            items: vec![TextItem::Text(shown)],
                        });
                        ops.push(Op::EndTextSection);
                    }
                    Item::Line {
                        x1,
                        y1,
                        x2,
                        y2,
                        width,
                    } => {
                        ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                        ops.push(Op::DrawLine {
                            line: Line {
                                points: vec![
                                    LinePoint {
                                        p: point(*x1, *y1),
                                        bezier: false,
                                    },
                                    LinePoint {
                                        p: point(*x2, *y2),
                                        bezier: false,
                                    },
                                ],
                                is_closed: false,
                            },
                        });
                    }
                }
            }
            PdfPage::new(mm(PAGE_WIDTH), mm(PAGE_HEIGHT), ops)
        })
        .collect();
    let mut save_warnings = Vec::new();
    let mut bytes = doc
        .with_pages(pdf_pages)
        .save(&PdfSaveOptions::default(), &mut save_warnings);
    unclaim_pdfx(&mut bytes);
    Ok(bytes)
}

/// A page side in points as printpdf's millimetres. printpdf turns points
/// into millimetres and back with two rounded factors, which made a Letter
/// page 792.001 points high; dividing by its own factor gives back the
/// points a viewer and CM/ECF read (612 × 792).
fn mm(points: f32) -> Mm {
    Mm(points / 2.834_646)
}

/// printpdf writes `/GTS_PDFXVersion ()` into every document's Info
/// dictionary, and viewers then report a PDF/X file (poppler: "ISO
/// 15930-9") that the file does not claim to be, nor meet (review 349). The
/// key is blanked with spaces of the same length, which a dictionary
/// allows, so every offset the cross-reference table holds stays right.
fn unclaim_pdfx(bytes: &mut [u8]) {
    const KEY: &[u8] = b"/GTS_PDFXVersion()";
    if let Some(at) = bytes.windows(KEY.len()).position(|w| w == KEY) {
        bytes[at..at + KEY.len()].fill(b' ');
    }
}

/// Layout coordinates are from the top; PDF's are from the bottom.
fn point(x: f32, y_from_top: f32) -> Point {
    Point {
        x: Pt(x),
        y: Pt(PAGE_HEIGHT - y_from_top),
    }
}

fn pdf_date(z: &jiff::Zoned) -> DateTime {
    let dt = z.datetime();
    let off = z.offset().seconds();
    DateTime {
        date: printpdf::Date {
            year: i32::from(dt.year()),
            month: dt.month() as u8,
            day: dt.day() as u8,
        },
        time: printpdf::Time {
            hour: dt.hour() as u8,
            minute: dt.minute() as u8,
            second: dt.second() as u8,
            millisecond: 0,
        },
        offset: printpdf::Offset {
            hours: (off / 3600) as i8,
            minutes: ((off.abs() % 3600) / 60) as i8,
            seconds: 0,
            milliseconds: 0,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a viewer (and CM/ECF) reads of the file: a Letter page of
    /// exactly 612 × 792 points, the author, and no claim to PDF/X
    /// (review 349: "PDF subtype: PDF/X … ISO 15930-9", 792.001 points).
    #[test]
    fn the_file_claims_only_what_it_is() {
        let info = PdfInfo {
            title: "Certificate of Conference".into(),
            author: "Jane Roe".into(),
            subject: "Motion to compel".into(),
            created: jiff::Zoned::now(),
        };
        let bytes = write_pdf(&[Page { items: Vec::new() }], &info).expect("a PDF");
        let has = |s: &[u8]| bytes.windows(s.len()).any(|w| w == s);
        assert!(has(b"/MediaBox[0 0 612 792]"));
        assert!(!has(b"GTS_PDFX"));
        let doc = lopdf::Document::load_mem(&bytes).expect("the PDF reads back");
        let info = doc
            .trailer
            .get(b"Info")
            .and_then(lopdf::Object::as_reference)
            .and_then(|id| doc.get_dictionary(id))
            .expect("an Info dictionary");
        let author = info.get(b"Author").expect("an Author");
        assert_eq!(lopdf::decode_text_string(author).expect("text"), "Jane Roe");
    }
}
