//! The composed blocks as a Word document (docx-rs): the caption as a
//! borderless table (parties, a column of ")", the case number), the title
//! and paragraphs with the PDF's indents and spacing, the signature blocks
//! side by side in a table as the PDF places them, "Page N of M" in the
//! footer and, for a draft, the DRAFT stamp in the header.
//!
//! The text is set in Times New Roman, which Word has everywhere and
//! LibreOffice replaces with the metric-compatible Liberation Serif the PDF
//! embeds, so the document breaks lines much as the PDF does.

use docx_rs::{
    AlignmentType, BreakType, Docx, FieldCharType, Footer, Header, InstrNUMPAGES, InstrPAGE,
    InstrText, LineSpacing, LineSpacingType, PageMargin, Paragraph, Run, RunFonts,
    SpecialIndentType, Table, TableCell, TableRow, WidthType,
};

use super::text::DRAFT_STAMP;
use super::{ExportError, xml_safe};
use crate::layout::{
    Align, Block, CaptionBlock, Para, SignatureBlock, Style, TableBlock, signature_rows,
};

/// Twentieths of a point (Word's unit for lengths) in a point.
const TWIPS: f32 = 20.0;
/// US Letter with one-inch margins: the width between the margins, in twips.
const TEXT_WIDTH: usize = 9360;
const FONT: &str = "Times New Roman";

/// What the document is, beyond its blocks.
#[derive(Debug, Clone, Default)]
pub struct DocxOptions {
    /// Stamp "DRAFT — NOT FOR FILING" at the top of every page.
    pub draft: bool,
    /// Highlight "[…]" placeholders in yellow, so the lawyer sees every
    /// blank left to fill (the letter).
    pub highlight_placeholders: bool,
}

fn twips(pt: f32) -> i32 {
    (pt * TWIPS).round() as i32
}

/// The runs of one line of text; placeholders highlighted when asked.
fn runs(text: &str, style: Style, opts: &DocxOptions) -> Vec<Run> {
    let styled = |r: Run| match style {
        Style::Regular => r,
        Style::Bold => r.bold(),
        Style::Italic => r.italic(),
    };
    let text = xml_safe(text);
    if !opts.highlight_placeholders {
        return vec![styled(Run::new().add_text(text))];
    }
    let mut out = Vec::new();
    let mut rest = text.as_str();
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']').map(|c| open + c + 1) else {
            break;
        };
        if open > 0 {
            out.push(styled(Run::new().add_text(&rest[..open])));
        }
        out.push(styled(
            Run::new().add_text(&rest[open..close]).highlight("yellow"),
        ));
        rest = &rest[close..];
    }
    if !rest.is_empty() {
        out.push(styled(Run::new().add_text(rest)));
    }
    out
}

/// A paragraph of text; a newline in it is a line break, as in the PDF.
fn text_para(text: &str, style: Style, opts: &DocxOptions) -> Paragraph {
    let mut p = Paragraph::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            p = p.add_run(Run::new().add_break(BreakType::TextWrapping));
        }
        for r in runs(line, style, opts) {
            p = p.add_run(r);
        }
    }
    p
}

fn spacing(line: f32, before: f32, after: f32) -> LineSpacing {
    LineSpacing::new()
        .line_rule(LineSpacingType::Auto)
        .line((240.0 * line).round() as i32)
        .before(twips(before).max(0) as u32)
        .after(twips(after).max(0) as u32)
}

/// `before_kept`: the next block asks to stay with this one
/// (`keep_with_prev`), which Word can only say from this side.
fn para(p: &Para, before_kept: bool, opts: &DocxOptions) -> Paragraph {
    let mut d = text_para(&p.text, p.style, opts)
        .line_spacing(spacing(p.spacing, p.space_before, p.space_after))
        .keep_next(p.keep_with_next || before_kept)
        .widow_control(true);
    if p.align == Align::Center {
        d = d.align(AlignmentType::Center);
    }
    if p.left_indent > 0.0 || p.first_indent > 0.0 {
        d = d.indent(
            Some(twips(p.left_indent)),
            (p.first_indent > 0.0).then(|| SpecialIndentType::FirstLine(twips(p.first_indent))),
            None,
            None,
        );
    }
    d
}

/// A single-spaced paragraph with no space around it (table cells).
fn plain(text: &str, style: Style, opts: &DocxOptions) -> Paragraph {
    text_para(text, style, opts).line_spacing(spacing(1.0, 0.0, 0.0))
}

fn cell(width: usize) -> TableCell {
    TableCell::new().width(width, WidthType::Dxa)
}

fn caption(c: &CaptionBlock, opts: &DocxOptions) -> Vec<Element> {
    let mut out: Vec<Element> = c
        .court_lines
        .iter()
        .map(|l| {
            el(plain(l, Style::Bold, opts)
                .align(AlignmentType::Center)
                .keep_next(true))
        })
        .collect();
    out.push(el(plain("", Style::Regular, opts).keep_next(true)));
    // The same proportions as the PDF: parties in 55% of the width, then the
    // column of ")", then the case number.
    let left_w = TEXT_WIDTH * 55 / 100;
    let mid_w = 360;
    let right_w = TEXT_WIDTH - left_w - mid_w;
    // One table row per line of the party block as the page wraps it
    // (`caption_rows`, the PDF's own), so the ")" stays level with each
    // line; the case number level with the middle, as on the page. Without
    // the fonts (never, with the built-in ones) Word wraps the lines itself.
    let laid = crate::layout::Metrics::new()
        .map(|m| crate::layout::caption_rows(c, &m, &crate::layout::LayoutOptions::default()));
    let (left, right, right_start, rows): (Vec<(String, f32)>, Vec<String>, usize, usize) =
        match laid {
            Some(r) => (r.left, r.right, r.right_start, r.rows),
            None => {
                let rows = c.left.len().max(c.right.len());
                let left = c
                    .left
                    .iter()
                    .map(|l| {
                        let indent = if l.starts_with("    ") { 72.0 } else { 0.0 };
                        (l.trim_start().to_string(), indent)
                    })
                    .collect();
                (
                    left,
                    c.right.clone(),
                    rows.saturating_sub(c.right.len()) / 2,
                    rows,
                )
            }
        };
    let rows = rows.max(1);
    let table_rows: Vec<TableRow> = (0..rows)
        .map(|row| {
            let (l, indent) = left.get(row).map_or(("", 0.0), |(l, i)| (l.as_str(), *i));
            let mut lp = plain(l, Style::Regular, opts);
            if indent > 0.0 {
                lp = lp.indent(Some(twips(indent)), None, None, None);
            }
            let r = row
                .checked_sub(right_start)
                .and_then(|i| right.get(i))
                .map_or("", String::as_str);
            TableRow::new(vec![
                cell(left_w).add_paragraph(lp),
                cell(mid_w).add_paragraph(plain(")", Style::Regular, opts)),
                cell(right_w).add_paragraph(plain(r, Style::Regular, opts)),
            ])
            .cant_split()
        })
        .collect();
    let table = Table::without_borders(table_rows)
        .set_grid(vec![left_w, mid_w, right_w])
        .width(TEXT_WIDTH, WidthType::Dxa);
    out.push(tbl(table));
    out.push(el(plain("", Style::Regular, opts)));
    out
}

/// A blank line to sign on, as the PDF draws a rule.
const SIGN_HERE: &str = "______________________________";

fn signature_cell(b: Option<&SignatureBlock>, width: usize, opts: &DocxOptions) -> TableCell {
    let mut c = cell(width);
    let Some(b) = b else {
        return c.add_paragraph(plain("", Style::Regular, opts));
    };
    let sig = if b.signature.is_empty() {
        SIGN_HERE
    } else {
        b.signature.as_str()
    };
    c = c.add_paragraph(plain(sig, Style::Regular, opts).keep_next(true));
    for l in &b.lines {
        c = c.add_paragraph(plain(l, Style::Regular, opts).keep_next(true));
    }
    if let Some(s) = &b.status {
        c = c.add_paragraph(plain(s, Style::Italic, opts));
    }
    c
}

fn signatures(blocks: &[SignatureBlock], opts: &DocxOptions) -> Vec<Element> {
    let half = TEXT_WIDTH / 2;
    signature_rows(blocks)
        .into_iter()
        .flat_map(|[l, r]| {
            let row = TableRow::new(vec![
                signature_cell(l, half, opts),
                signature_cell(r, half, opts),
            ])
            .cant_split();
            [
                // The engine leaves a line and a half above each row.
                el(plain("", Style::Regular, opts).keep_next(true)),
                tbl(Table::without_borders(vec![row])
                    .set_grid(vec![half, half])
                    .width(TEXT_WIDTH, WidthType::Dxa)),
            ]
        })
        .collect()
}

fn table(t: &TableBlock, opts: &DocxOptions) -> Element {
    let total: f32 = t.widths.iter().map(|w| w.max(0.0)).sum();
    let n = t.widths.len().max(1);
    let widths: Vec<usize> = t
        .widths
        .iter()
        .map(|w| {
            if total > 0.0 {
                (w.max(0.0) / total * TEXT_WIDTH as f32) as usize
            } else {
                TEXT_WIDTH / n
            }
        })
        .collect();
    let size = (t.size * 2.0).round().max(2.0) as usize;
    let row = |cells: &[String], style: Style| {
        TableRow::new(
            widths
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    cell(*w).add_paragraph(
                        plain(cells.get(i).map_or("", String::as_str), style, opts).size(size),
                    )
                })
                .collect(),
        )
        .cant_split()
    };
    let mut rows = vec![row(&t.header, Style::Bold)];
    rows.extend(t.rows.iter().map(|r| row(r, Style::Regular)));
    tbl(Table::new(rows)
        .set_grid(widths.clone())
        .width(TEXT_WIDTH, WidthType::Dxa))
}

fn tbl(t: Table) -> Element {
    Element::T(Box::new(t))
}

fn el(p: Paragraph) -> Element {
    Element::P(Box::new(p))
}

/// A paragraph or a table, in document order (docx-rs builds the document
/// by appending each kind separately).
enum Element {
    P(Box<Paragraph>),
    T(Box<Table>),
}

/// Writes `blocks` as a .docx file's bytes.
pub fn to_docx(blocks: &[Block], opts: &DocxOptions) -> Result<Vec<u8>, ExportError> {
    let mut elements: Vec<Element> = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        match b {
            Block::Caption(c) => elements.extend(caption(c, opts)),
            // The date line keeps the last lines of the text above it, as on
            // the PDF's page, so the signatures never stand alone on a last
            // page (newcomer review 345: LibreOffice laid the Word file out
            // a few lines longer and stranded them).
            Block::Para(p) => {
                let next_kept =
                    matches!(blocks.get(i + 1), Some(Block::Para(n)) if n.keep_with_prev);
                elements.push(el(para(p, next_kept, opts)))
            }
            Block::Signatures(s) => elements.extend(signatures(s, opts)),
            Block::Table(t) => elements.push(table(t, opts)),
            Block::Space(h) => elements.push(el(Paragraph::new().line_spacing(
                LineSpacing::new()
                    .line_rule(LineSpacingType::Exact)
                    .line(twips(*h).max(1)),
            ))),
        }
    }
    let fonts = RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .cs(FONT)
        .east_asia(FONT);
    // "Page N of M" in 10 pt, as the PDF prints it; Word and LibreOffice
    // fill in the fields when they lay the document out. Each part of a
    // field is a run of its own, the result's too, as Word writes them:
    // with all in one run, LibreOffice drew the numbers at its default
    // size, larger than the words around them (review 347).
    let field = |p: Paragraph, instr: InstrText| {
        p.add_run(
            Run::new()
                .size(20)
                .add_field_char(FieldCharType::Begin, false),
        )
        .add_run(Run::new().size(20).add_instr_text(instr))
        .add_run(
            Run::new()
                .size(20)
                .add_field_char(FieldCharType::Separate, false),
        )
        .add_run(Run::new().size(20).add_text("1"))
        .add_run(
            Run::new()
                .size(20)
                .add_field_char(FieldCharType::End, false),
        )
    };
    let line = Paragraph::new()
        .align(AlignmentType::Center)
        .add_run(Run::new().add_text("Page ").size(20));
    let line = field(line, InstrText::PAGE(InstrPAGE::new()))
        .add_run(Run::new().add_text(" of ").size(20));
    let footer = Footer::new()
        .add_paragraph(field(line, InstrText::NUMPAGES(InstrNUMPAGES::new())).size(20));
    let mut doc = Docx::new()
        .page_size(12240, 15840)
        .page_margin(PageMargin {
            top: 1440,
            left: 1440,
            bottom: 1440,
            right: 1440,
            header: 720,
            footer: 720,
            gutter: 0,
        })
        .default_fonts(fonts)
        .default_size(24)
        .footer(footer);
    if opts.draft {
        doc = doc.header(
            Header::new().add_paragraph(
                Paragraph::new().align(AlignmentType::Center).add_run(
                    Run::new()
                        .add_text(DRAFT_STAMP)
                        .bold()
                        .size(28)
                        .color("BF0D0D"),
                ),
            ),
        );
    }
    for e in elements {
        doc = match e {
            Element::P(p) => doc.add_paragraph(*p),
            Element::T(t) => doc.add_table(*t),
        };
    }
    let mut buf = std::io::Cursor::new(Vec::new());
    doc.build()
        .pack(&mut buf)
        .map_err(|e| ExportError::Docx(e.to_string()))?;
    Ok(buf.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A party name too long for the caption's column gets a table row per
    /// line, wrapped where the page wraps it, so Word never wraps it inside
    /// one row and leaves a gap in the column of ")" (review 162).
    #[test]
    fn a_long_party_name_gets_a_row_per_line_as_on_the_page() {
        let c = CaptionBlock {
            court_lines: vec!["IN THE UNITED STATES DISTRICT COURT".into()],
            left: vec![
                "LUCÍA FERNÁNDEZ,".into(),
                "    Plaintiff,".into(),
                "v.".into(),
                "BRIGHTLINE LOGISTICS, LLC and APEX FREIGHT, INC.,".into(),
                "    Defendants.".into(),
            ],
            right: vec!["Case No. 3:25-cv-01234".into()],
        };
        let metrics = crate::layout::Metrics::new().expect("built-in fonts");
        let page =
            crate::layout::caption_rows(&c, &metrics, &crate::layout::LayoutOptions::default());
        assert!(page.rows > c.left.len(), "the long name wraps on the page");
        let rows = caption(&c, &DocxOptions::default())
            .into_iter()
            .find_map(|e| match e {
                Element::T(t) => Some(t.rows.len()),
                Element::P(_) => None,
            })
            .expect("the caption table");
        assert_eq!(rows, page.rows);
    }

    /// The paragraph above the date line is kept with it (Word's
    /// keep-with-next, from the date line's keep-with-previous), so the
    /// signatures never stand alone on a last page; the paragraphs before it
    /// flow freely.
    #[test]
    fn the_text_above_the_date_line_is_kept_with_it() {
        let mut date_line = Para::body("Dated: March 20, 2026", 1.0);
        date_line.keep_with_prev = true;
        date_line.keep_with_next = true;
        let blocks = [
            Block::Para(Para::body("An earlier paragraph.", 2.0)),
            Block::Para(Para::body("The last paragraph of the text.", 2.0)),
            Block::Para(date_line),
        ];
        let bytes = to_docx(&blocks, &DocxOptions::default()).expect("writes");
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
        let mut xml = String::new();
        std::io::Read::read_to_string(
            &mut zip.by_name("word/document.xml").expect("the body"),
            &mut xml,
        )
        .expect("utf-8");
        let paragraph = |text: &str| {
            let at = xml.find(text).expect("the text is in the body");
            let start = xml[..at]
                .rfind("<w:p>")
                .or_else(|| xml[..at].rfind("<w:p "))
                .expect("its paragraph");
            xml[start..at].to_string()
        };
        assert!(paragraph("The last paragraph").contains("<w:keepNext"));
        assert!(!paragraph("An earlier paragraph").contains("<w:keepNext"));
    }

    /// "Page N of M": every run of the footer, the fields' parts and their
    /// results among them, is set in 10 pt, so LibreOffice draws the
    /// numbers the size of the words (review 347: they came out larger).
    #[test]
    fn every_run_of_the_page_footer_is_ten_point() {
        let blocks = [Block::Para(Para::body("Text.", 2.0))];
        let bytes = to_docx(&blocks, &DocxOptions::default()).expect("writes");
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
        let name = zip
            .file_names()
            .find(|n| n.starts_with("word/footer"))
            .expect("a footer part")
            .to_string();
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut zip.by_name(&name).expect("the footer"), &mut xml)
            .expect("utf-8");
        let runs: Vec<&str> = xml.split("<w:r>").skip(1).collect();
        assert!(runs.len() >= 12, "words and two fields of five runs: {xml}");
        for r in &runs {
            let run = &r[..r.find("</w:r>").expect("closed")];
            assert!(
                run.contains(r#"<w:sz w:val="20" />"#) || run.contains(r#"<w:sz w:val="20"/>"#),
                "{run}"
            );
        }
        // A field's result is a run of its own, not in the run that opens it.
        assert!(
            !runs
                .iter()
                .any(|r| r.contains("fldChar") && r.contains("<w:t"))
        );
    }
}
