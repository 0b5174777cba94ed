//! Line breaking and pagination.
//!
//! Every block becomes line boxes; a line box may forbid a page break before
//! it (`keep_with_prev`). All the keep rules reduce to that one flag:
//! - captions and signature blocks: every line after the first;
//! - widow and orphan control: the second and the last line of a paragraph;
//! - titles and lead-ins: the first line of the next block;
//! - a signature block is never stranded at a page top: its first line keeps
//!   with the paragraph before it, whose last two lines are already bound.
//!
//! Pagination then places maximal chains of bound lines, moving a chain to a
//! new page when it does not fit (or splitting it when it is taller than a page).

use textwrap::core::Fragment;
use textwrap::wrap_algorithms::wrap_first_fit;

use super::document::{Align, Block, CaptionBlock, Para, SignatureBlock, Style, TableBlock};
use super::metrics::Metrics;
use super::{Item, PAGE_HEIGHT, PAGE_WIDTH, Page};

/// Page set-up for a certificate.
#[derive(Debug, Clone, PartialEq)]
pub struct LayoutOptions {
    /// Margin on every side, in points (72 = one inch).
    pub margin: f32,
    /// Body type size in points.
    pub size: f32,
    /// Stamp DRAFT on every page.
    pub draft: bool,
    /// The words before the number in the bottom margin: "Page" gives
    /// "Page 2 of 5"; an exhibit says "Exhibit page".
    pub page_label: String,
    /// The "of M" to print when more pages follow these (an exhibit's
    /// attached letters); `None`: the number of pages laid out.
    pub page_total: Option<usize>,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        LayoutOptions {
            margin: 72.0,
            size: 12.0,
            draft: false,
            page_label: "Page".into(),
            page_total: None,
        }
    }
}

/// Single-spaced line pitch as a multiple of the type size (Liberation Serif's
/// ascent plus descent).
const LEADING: f32 = 1.15;
/// Baseline position within a line box, as a multiple of the type size
/// (Liberation Serif's ascender).
pub(super) const ASCENT: f32 = 0.891;
/// How far the faces reach below the baseline, as a multiple of the type size
/// (Liberation Serif's descender).
pub(super) const DESCENT: f32 = 0.216;

/// A line box: its height and its items, with `y` relative to the box top.
#[derive(Clone)]
struct LineBox {
    height: f32,
    items: Vec<Item>,
    keep_with_prev: bool,
    /// Vertical space only: dropped at the top of a page.
    is_space: bool,
    /// A line of a table's body: the index of the table's header, which is
    /// repeated at the top of any new page this line starts.
    table: Option<usize>,
}

/// Lays `blocks` out on US Letter pages.
pub fn layout(blocks: &[Block], metrics: &Metrics, opts: &LayoutOptions) -> Vec<Page> {
    let mut lines: Vec<LineBox> = Vec::new();
    let mut headers: Vec<Vec<LineBox>> = Vec::new();
    let mut keep_next = false;
    for block in blocks {
        let start = lines.len();
        match block {
            Block::Caption(c) => caption(c, metrics, opts, &mut lines),
            Block::Para(p) => para(p, metrics, opts, &mut lines),
            Block::Signatures(s) => signatures(s, metrics, opts, &mut lines),
            Block::Table(t) => table(t, metrics, opts, &mut lines, &mut headers),
            Block::Space(h) => lines.push(LineBox {
                height: *h,
                items: vec![],
                keep_with_prev: false,
                is_space: true,
                table: None,
            }),
        }
        if keep_next && let Some(first) = lines.get_mut(start) {
            first.keep_with_prev = true;
        }
        keep_next = matches!(block, Block::Para(p) if p.keep_with_next);
    }
    let mut pages = paginate(lines, &headers, opts);
    decorate(&mut pages, metrics, opts);
    pages
}

fn content_width(opts: &LayoutOptions) -> f32 {
    PAGE_WIDTH - 2.0 * opts.margin
}

#[derive(Debug)]
struct Word {
    width: f64,
    space: f64,
}

impl Fragment for Word {
    fn width(&self) -> f64 {
        self.width
    }
    fn whitespace_width(&self) -> f64 {
        self.space
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Breaks `text` into lines no wider than `first` (first line) and `rest`.
/// A newline in the text is a hard break.
pub(crate) fn wrap(
    text: &str,
    style: Style,
    size: f32,
    first: f32,
    rest: f32,
    metrics: &Metrics,
) -> Vec<String> {
    let space = f64::from(metrics.width(" ", style, size));
    let mut out = Vec::new();
    for (n, hard) in text.split('\n').enumerate() {
        // A word wider than a whole line (a long email address or firm name
        // in a signature column) is broken into pieces that fit, never left
        // to run past the margin.
        let narrowest = first.min(rest);
        let mut words: Vec<&str> = Vec::new();
        for w in hard.split(' ').filter(|w| !w.is_empty()) {
            if metrics.width(w, style, size) <= narrowest {
                words.push(w);
                continue;
            }
            let mut start = 0;
            let mut width = 0.0;
            for (i, c) in w.char_indices() {
                let cw = metrics.width(&w[i..i + c.len_utf8()], style, size);
                if width + cw > narrowest && i > start {
                    words.push(&w[start..i]);
                    start = i;
                    width = 0.0;
                }
                width += cw;
            }
            words.push(&w[start..]);
        }
        if words.is_empty() {
            out.push(String::new());
            continue;
        }
        let frags: Vec<Word> = words
            .iter()
            .map(|w| Word {
                width: f64::from(metrics.width(w, style, size)),
                space,
            })
            .collect();
        let widths = if n == 0 {
            [f64::from(first), f64::from(rest)]
        } else {
            [f64::from(rest), f64::from(rest)]
        };
        let mut i = 0;
        for line in wrap_first_fit(&frags, &widths) {
            let j = i + line.len();
            out.push(words[i..j].join(" "));
            i = j;
        }
    }
    out
}

fn text(x: f32, y: f32, size: f32, style: Style, s: impl Into<String>) -> Item {
    Item::Text {
        x,
        y,
        size,
        style,
        text: s.into(),
        stamp: false,
    }
}

fn para(p: &Para, metrics: &Metrics, opts: &LayoutOptions, lines: &mut Vec<LineBox>) {
    let size = opts.size;
    let width = content_width(opts) - p.left_indent;
    let wrapped = wrap(
        &p.text,
        p.style,
        size,
        width - p.first_indent,
        width,
        metrics,
    );
    let pitch = size * LEADING * p.spacing;
    let n = wrapped.len();
    for (i, line) in wrapped.into_iter().enumerate() {
        let indent = p.left_indent + if i == 0 { p.first_indent } else { 0.0 };
        let x = match p.align {
            Align::Left => opts.margin + indent,
            Align::Center => {
                opts.margin + p.left_indent + (width - metrics.width(&line, p.style, size)) / 2.0
            }
        };
        // Widow and orphan control: the first two and the last two lines stay together.
        let keep_with_prev = i == 1 || (i + 1 == n && i > 0) || (i == 0 && p.keep_with_prev);
        let before = if i == 0 { p.space_before } else { 0.0 };
        let after = if i + 1 == n { p.space_after } else { 0.0 };
        lines.push(LineBox {
            height: before + pitch + after,
            items: vec![text(x, before + size * ASCENT, size, p.style, line)],
            keep_with_prev,
            is_space: false,
            table: None,
        });
    }
}

fn caption(c: &CaptionBlock, metrics: &Metrics, opts: &LayoutOptions, lines: &mut Vec<LineBox>) {
    let size = opts.size;
    let pitch = size * LEADING;
    let width = content_width(opts);
    let mut first = true;
    let mut push = |items: Vec<Item>, height: f32, lines: &mut Vec<LineBox>| {
        lines.push(LineBox {
            height,
            items,
            keep_with_prev: !first,
            is_space: false,
            table: None,
        });
        first = false;
    };
    for l in &c.court_lines {
        for w in wrap(l, Style::Bold, size, width, width, metrics) {
            let x = opts.margin + (width - metrics.width(&w, Style::Bold, size)) / 2.0;
            push(
                vec![text(x, size * ASCENT, size, Style::Bold, w)],
                pitch,
                lines,
            );
        }
    }
    push(vec![], pitch, lines);
    let paren_x = opts.margin + width * 0.55;
    let right_x = paren_x + 18.0;
    let CaptionRows {
        left,
        right,
        right_start,
        rows,
    } = caption_rows(c, metrics, opts);
    for row in 0..rows {
        let mut items = vec![text(paren_x, size * ASCENT, size, Style::Regular, ")")];
        if let Some((l, indent)) = left.get(row).filter(|(l, _)| !l.is_empty()) {
            items.push(text(
                opts.margin + indent,
                size * ASCENT,
                size,
                Style::Regular,
                l.clone(),
            ));
        }
        if let Some(r) = row
            .checked_sub(right_start)
            .and_then(|i| right.get(i))
            .filter(|r| !r.is_empty())
        {
            items.push(text(
                right_x,
                size * ASCENT,
                size,
                Style::Regular,
                r.clone(),
            ));
        }
        push(items, pitch, lines);
    }
    push(vec![], pitch, lines);
}

/// The signature blocks of each column, in order: the movant's counsel on
/// the left and the other side's on the right; several signers of one side
/// alternate between the columns.
fn signature_columns(blocks: &[SignatureBlock]) -> (Vec<&SignatureBlock>, Vec<&SignatureBlock>) {
    let mut left: Vec<&SignatureBlock> = blocks.iter().filter(|b| b.column == 0).collect();
    let mut right: Vec<&SignatureBlock> = blocks.iter().filter(|b| b.column != 0).collect();
    if right.is_empty() && left.len() > 1 {
        // Several signers on one side: fill both columns in turn.
        right = left.iter().skip(1).step_by(2).copied().collect();
        left = left.iter().step_by(2).copied().collect();
    }
    (left, right)
}

/// The caption's party block and case-number block as the page sets them,
/// one wrapped line a row: the PDF draws them, and the Word export makes a
/// table row of each, so a long party name wraps at the same word in both
/// and the column of ")" stays unbroken beside it (review 162: Word wrapped
/// the unwrapped line inside one row, leaving a gap in the column).
pub struct CaptionRows {
    /// Each party-block line with its indent in points.
    pub left: Vec<(String, f32)>,
    pub right: Vec<String>,
    /// The row the case-number block starts on: level with the middle.
    pub right_start: usize,
    pub rows: usize,
}

pub fn caption_rows(c: &CaptionBlock, metrics: &Metrics, opts: &LayoutOptions) -> CaptionRows {
    let size = opts.size;
    let width = content_width(opts);
    let paren_x = opts.margin + width * 0.55;
    let left_w = paren_x - opts.margin - 12.0;
    let right_x = paren_x + 18.0;
    let right_w = opts.margin + width - right_x;
    let mut left: Vec<(String, f32)> = Vec::new();
    for l in &c.left {
        // Leading spaces mark an indented line ("Plaintiff,").
        let indent = if l.starts_with("    ") { 72.0 } else { 0.0 };
        for w in wrap(
            l.trim_start(),
            Style::Regular,
            size,
            left_w - indent,
            left_w - indent,
            metrics,
        ) {
            left.push((w, indent));
        }
    }
    let right: Vec<String> = c
        .right
        .iter()
        .flat_map(|r| wrap(r, Style::Regular, size, right_w, right_w, metrics))
        .collect();
    let rows = left.len().max(right.len());
    let right_start = rows.saturating_sub(right.len()) / 2;
    CaptionRows {
        left,
        right,
        right_start,
        rows,
    }
}

/// The signature blocks as the page places them, a row at a time:
/// `[left, right]`, where a lone signer sits on the right. The Word export
/// uses it so the document arranges signers exactly as the PDF does.
pub fn signature_rows(blocks: &[SignatureBlock]) -> Vec<[Option<&SignatureBlock>; 2]> {
    let (left, right) = signature_columns(blocks);
    if left.len() + right.len() == 1 {
        return vec![[None, left.first().or(right.first()).copied()]];
    }
    (0..left.len().max(right.len()))
        .map(|row| [left.get(row).copied(), right.get(row).copied()])
        .collect()
}

/// Signature blocks. One block sits in the right half, as on a motion. Several
/// sit side by side, the movant's counsel on the left and the other side's on
/// the right, a row at a time; a row is never split, and the first row keeps
/// with the lines before it.
fn signatures(
    blocks: &[SignatureBlock],
    metrics: &Metrics,
    opts: &LayoutOptions,
    lines: &mut Vec<LineBox>,
) {
    let size = opts.size;
    let pitch = size * LEADING;
    let full = content_width(opts);
    let (left, right) = signature_columns(blocks);
    let single = left.len() + right.len() == 1;
    let col_w = if single {
        full * 0.5
    } else {
        full * 0.5 - 12.0
    };
    let col_x = |col: usize| {
        if single || col == 1 {
            opts.margin + full * 0.5
        } else {
            opts.margin
        }
    };
    let rows = left.len().max(right.len());
    for row in 0..rows {
        let cells: Vec<(usize, &SignatureBlock)> = [(0, left.get(row)), (1, right.get(row))]
            .into_iter()
            .filter_map(|(c, b)| b.map(|b| (if single { 1 } else { c }, *b)))
            .collect();
        // Each cell's lines: the signature (text or a blank rule), then the rest.
        let mut columns: Vec<Vec<Item>> = Vec::new();
        for (col, b) in &cells {
            let x = col_x(*col);
            // The signature wraps like every other line: a long "/s/ Name"
            // must not run into the next column or past the margin.
            let mut items = if b.signature.is_empty() {
                vec![Item::Line {
                    x1: x,
                    y1: size * ASCENT + 2.0,
                    x2: x + col_w.min(216.0),
                    y2: size * ASCENT + 2.0,
                    width: 0.6,
                }]
            } else {
                wrap(&b.signature, Style::Regular, size, col_w, col_w, metrics)
                    .into_iter()
                    .map(|l| text(x, size * ASCENT, size, Style::Regular, l))
                    .collect()
            };
            let styled = b
                .lines
                .iter()
                .map(|l| (l, Style::Regular))
                .chain(b.status.iter().map(|s| (s, Style::Italic)));
            for (l, style) in styled {
                for wl in wrap(l, style, size, col_w, col_w, metrics) {
                    items.push(text(x, size * ASCENT, size, style, wl));
                }
            }
            columns.push(items);
        }
        lines.push(LineBox {
            height: pitch * 1.5,
            items: vec![],
            keep_with_prev: row == 0,
            is_space: row > 0,
            table: None,
        });
        let depth = columns.iter().map(Vec::len).max().unwrap_or(0);
        for i in 0..depth {
            let items: Vec<Item> = columns.iter().filter_map(|c| c.get(i).cloned()).collect();
            lines.push(LineBox {
                height: pitch,
                items,
                keep_with_prev: row == 0 || i > 0,
                is_space: false,
                table: None,
            });
        }
    }
}

/// Table cell padding, in points: left and right of the text, and above and
/// below each row (more than half a rule's width, so text never touches a rule).
const CELL_PAD_X: f32 = 4.0;
const CELL_PAD_Y: f32 = 3.0;
/// Width of a table's rules, in points.
const RULE: f32 = 0.5;

/// A table: the header's line boxes (also kept for repeating on later pages)
/// and each row's, a rule under the header and under every row. Rules run
/// across the table only (no vertical rules, which would cross them).
fn table(
    t: &TableBlock,
    metrics: &Metrics,
    opts: &LayoutOptions,
    lines: &mut Vec<LineBox>,
    headers: &mut Vec<Vec<LineBox>>,
) {
    let n = t.widths.len();
    if n == 0 {
        return;
    }
    let full = content_width(opts);
    let total: f32 = t.widths.iter().map(|w| w.max(0.0)).sum();
    let shares: Vec<f32> = if total.is_finite() && total > 0.0 {
        t.widths.iter().map(|w| w.max(0.0) / total).collect()
    } else {
        vec![1.0 / n as f32; n]
    };
    let mut xs = Vec::with_capacity(n);
    let mut x = opts.margin;
    for s in &shares {
        xs.push((x, s * full));
        x += s * full;
    }
    let size = if t.size.is_finite() && t.size > 0.0 {
        t.size
    } else {
        opts.size
    };
    let pitch = size * LEADING;
    let rule = |y: f32| Item::Line {
        x1: opts.margin,
        y1: y,
        x2: opts.margin + full,
        y2: y,
        width: RULE,
    };
    // One row's line boxes; the first carries the top padding (and, for the
    // header, the rule above it), the last the bottom padding and the rule.
    let row = |cells: &[String], style: Style, top_rule: bool| -> Vec<LineBox> {
        let wrapped: Vec<Vec<String>> = xs
            .iter()
            .enumerate()
            .map(|(c, (_, w))| {
                let inner = (w - 2.0 * CELL_PAD_X).max(1.0);
                cells
                    .get(c)
                    .map(|text| wrap(text, style, size, inner, inner, metrics))
                    .unwrap_or_default()
            })
            .collect();
        let depth = wrapped.iter().map(Vec::len).max().unwrap_or(0).max(1);
        (0..depth)
            .map(|k| {
                let first = k == 0;
                let last = k + 1 == depth;
                let above = if first { CELL_PAD_Y } else { 0.0 };
                let height = above + pitch + if last { CELL_PAD_Y } else { 0.0 };
                let mut items: Vec<Item> = wrapped
                    .iter()
                    .zip(&xs)
                    .filter_map(|(cell, (x, _))| {
                        cell.get(k).filter(|l| !l.is_empty()).map(|l| {
                            text(
                                x + CELL_PAD_X,
                                above + size * ASCENT,
                                size,
                                style,
                                l.clone(),
                            )
                        })
                    })
                    .collect();
                if first && top_rule {
                    items.push(rule(RULE));
                }
                if last {
                    items.push(rule(height - RULE));
                }
                LineBox {
                    height,
                    items,
                    keep_with_prev: !first,
                    is_space: false,
                    table: None,
                }
            })
            .collect()
    };
    let header = row(&t.header, Style::Bold, true);
    let index = headers.len();
    headers.push(header.clone());
    lines.extend(header);
    for (r, cells) in t.rows.iter().enumerate() {
        let mut boxes = row(cells, Style::Regular, false);
        for (k, b) in boxes.iter_mut().enumerate() {
            b.table = Some(index);
            // The header never ends a page without the first row under it.
            if r == 0 && k == 0 {
                b.keep_with_prev = true;
            }
        }
        lines.extend(boxes);
    }
}

fn paginate(lines: Vec<LineBox>, headers: &[Vec<LineBox>], opts: &LayoutOptions) -> Vec<Page> {
    let top = opts.margin;
    let bottom = PAGE_HEIGHT - opts.margin;
    let mut pages = vec![Page::default()];
    let mut y = top;
    // Starts a page; a table row that starts it gets the table's header first.
    let new_page = |pages: &mut Vec<Page>, y: &mut f32, line: &LineBox| {
        pages.push(Page::default());
        *y = top;
        if let Some(header) = line.table.and_then(|t| headers.get(t))
            && let Some(page) = pages.last_mut()
        {
            for h in header {
                for item in &h.items {
                    page.items.push(offset(item, *y));
                }
                *y += h.height;
            }
        }
    };
    let mut i = 0;
    while i < lines.len() {
        // The chain of lines bound to lines[i].
        let mut j = i + 1;
        while j < lines.len() && lines[j].keep_with_prev {
            j += 1;
        }
        let chain_height: f32 = lines[i..j].iter().map(|l| l.height).sum();
        let at_top = y <= top;
        if y + chain_height > bottom && !at_top {
            new_page(&mut pages, &mut y, &lines[i]);
        }
        for (k, line) in lines[i..j].iter().enumerate() {
            if line.is_space && y <= top {
                continue; // no blank space at the head of a page
            }
            // A chain taller than a page must split somewhere.
            if y + line.height > bottom && y > top && k > 0 {
                new_page(&mut pages, &mut y, line);
            }
            let page = pages.last_mut().map(|p| &mut p.items);
            if let Some(items) = page {
                for item in &line.items {
                    items.push(offset(item, y));
                }
            }
            y += line.height;
        }
        i = j;
    }
    pages
}

fn offset(item: &Item, dy: f32) -> Item {
    match item {
        Item::Text {
            x,
            y,
            size,
            style,
            text,
            stamp,
        } => Item::Text {
            x: *x,
            y: y + dy,
            size: *size,
            style: *style,
            text: text.clone(),
            stamp: *stamp,
        },
        Item::Line {
            x1,
            y1,
            x2,
            y2,
            width,
        } => Item::Line {
            x1: *x1,
            y1: y1 + dy,
            x2: *x2,
            y2: y2 + dy,
            width: *width,
        },
    }
}

/// Page numbers, and the DRAFT stamp when asked.
fn decorate(pages: &mut [Page], metrics: &Metrics, opts: &LayoutOptions) {
    let total = opts.page_total.unwrap_or(pages.len()).max(pages.len());
    let size = opts.size - 2.0;
    for (n, page) in pages.iter_mut().enumerate() {
        let label = format!("{} {} of {total}", opts.page_label, n + 1);
        let x = (PAGE_WIDTH - metrics.width(&label, Style::Regular, size)) / 2.0;
        page.items.push(text(
            x,
            PAGE_HEIGHT - opts.margin / 2.0,
            size,
            Style::Regular,
            label,
        ));
        if opts.draft {
            let stamp = "DRAFT \u{2014} NOT FOR FILING";
            let size = 14.0;
            let x = (PAGE_WIDTH - metrics.width(stamp, Style::Bold, size)) / 2.0;
            page.items.push(Item::Text {
                x,
                y: opts.margin / 2.0 + size * ASCENT / 2.0,
                size,
                style: Style::Bold,
                text: stamp.into(),
                stamp: true,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn metrics() -> Metrics {
        Metrics::new().expect("fonts")
    }

    #[test]
    fn wrapping_respects_the_measured_width() {
        let m = metrics();
        let text = "On March 3, 2026, at 2:00 p.m., Jane Roe, counsel for Defendant Acme Corp., spoke by telephone with John Doe, counsel for Plaintiff, for 25 minutes about Interrogatories Nos. 4\u{2013}7.";
        let lines = wrap(text, Style::Regular, 12.0, 432.0, 468.0, &m);
        assert!(lines.len() >= 2);
        assert!(m.width(&lines[0], Style::Regular, 12.0) <= 432.0);
        for l in &lines[1..] {
            assert!(m.width(l, Style::Regular, 12.0) <= 468.0);
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn a_word_longer_than_the_line_is_broken_inside_the_column() {
        let m = metrics();
        let email = "christopher.montgomery-beaumont@beaumontcarrawayandpartners.example";
        let lines = wrap(email, Style::Regular, 12.0, 200.0, 200.0, &m);
        assert!(lines.len() > 1, "{lines:?}");
        assert_eq!(lines.concat(), email);
        for l in &lines {
            assert!(m.width(l, Style::Regular, 12.0) <= 200.0, "{l}");
        }
    }

    #[test]
    fn a_long_document_flows_onto_numbered_pages_and_keeps_signatures_whole() {
        let m = metrics();
        let mut blocks = vec![];
        for i in 0..40 {
            blocks.push(Block::Para(Para::body(format!("Paragraph {i}: on a given day counsel for both sides spoke by telephone for a while about several interrogatories and the objections to each of them."), 2.0)));
        }
        blocks.push(Block::Signatures(vec![SignatureBlock {
            signature: "/s/ Jane Roe".into(),
            lines: vec![
                "Jane Roe".into(),
                "Roe Law LLC".into(),
                "Attorney for Plaintiff".into(),
            ],
            status: None,
            column: 0,
        }]));
        let pages = layout(&blocks, &m, &LayoutOptions::default());
        assert!(pages.len() >= 3, "{} pages", pages.len());
        let n = pages.len();
        assert!(
            pages[n - 1]
                .text()
                .contains(&format!("Page {n} of {n}").as_str())
        );
        // The signature, its name and the last lines of the text share a page.
        let last = pages[n - 1].text();
        assert!(
            last.contains(&"/s/ Jane Roe")
                && last.contains(&"Jane Roe")
                && last.contains(&"Attorney for Plaintiff")
        );
        assert!(
            last.iter()
                .any(|t| t.contains("objections to each of them.")),
            "{last:?}"
        );
        // No line sits below the bottom margin.
        for p in &pages {
            for item in &p.items {
                if let Item::Text { y, text, .. } = item
                    && !text.starts_with("Page ")
                {
                    assert!(*y <= PAGE_HEIGHT - 72.0, "{text} at {y}");
                }
            }
        }
    }
}
