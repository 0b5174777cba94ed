//! What a laid-out page must never show, checked on the engine's own output:
//! a run of text (or a rule) past the margins, or two runs whose boxes
//! overlap. A certificate that breaks either overprints a name or runs off the
//! paper, so the layout tests and the property tests assert that this finds
//! nothing, for every kind of block and for hostile text.

use super::engine::{ASCENT, DESCENT};
use super::metrics::Metrics;
use super::{Item, PAGE_HEIGHT, PAGE_WIDTH, Page};

/// Slack for rounding in sums of glyph advances, in points.
const EPSILON: f32 = 0.01;

/// The ink box of an item: left, top, right, bottom, in points from the page's
/// top-left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Extent {
    pub left: f32,
    pub top: f32,
    pub right: f32,
    pub bottom: f32,
}

impl Extent {
    fn overlaps(&self, o: &Extent) -> bool {
        self.left < o.right - EPSILON
            && o.left < self.right - EPSILON
            && self.top < o.bottom - EPSILON
            && o.top < self.bottom - EPSILON
    }
}

/// The box an item covers, as it is drawn (widths measured as the PDF draws them).
pub fn extent(item: &Item, metrics: &Metrics) -> Option<Extent> {
    match item {
        Item::Text {
            x,
            y,
            size,
            style,
            text,
            ..
        } => {
            if text.trim().is_empty() {
                return None;
            }
            Some(Extent {
                left: *x,
                top: y - size * ASCENT,
                right: x + metrics.width(text, *style, *size),
                bottom: y + size * DESCENT,
            })
        }
        Item::Line {
            x1,
            y1,
            x2,
            y2,
            width,
        } => Some(Extent {
            left: x1.min(*x2),
            top: y1.min(*y2) - width / 2.0,
            right: x1.max(*x2),
            bottom: y1.max(*y2) + width / 2.0,
        }),
    }
}

fn label(item: &Item) -> String {
    match item {
        Item::Text { text, .. } => format!("{text:?}"),
        Item::Line { .. } => "a rule".into(),
    }
}

/// Every fault on `pages`, in words (empty when the layout is sound):
/// - an item reaching past the left or right margin;
/// - an item crossing the top or bottom margin line (the body stays inside
///   them; the page number and the DRAFT stamp stay wholly within the margin);
/// - an item off the paper;
/// - two items whose boxes overlap.
pub fn faults(pages: &[Page], metrics: &Metrics, margin: f32) -> Vec<String> {
    let mut out = Vec::new();
    let (left, right) = (margin - EPSILON, PAGE_WIDTH - margin + EPSILON);
    let (top, bottom) = (margin, PAGE_HEIGHT - margin);
    for (n, page) in pages.iter().enumerate() {
        let boxes: Vec<(&Item, Extent)> = page
            .items
            .iter()
            .filter_map(|i| extent(i, metrics).map(|e| (i, e)))
            .collect();
        for (item, e) in &boxes {
            let at = format!("page {}: {}", n + 1, label(item));
            if e.left < left || e.right > right {
                out.push(format!(
                    "{at} runs from x = {:.1} to {:.1}, outside the margins {margin}..{}",
                    e.left,
                    e.right,
                    PAGE_WIDTH - margin
                ));
            }
            let crosses = |line: f32| e.top < line - EPSILON && e.bottom > line + EPSILON;
            if crosses(top) || crosses(bottom) {
                out.push(format!(
                    "{at} crosses a margin line (y = {:.1} to {:.1})",
                    e.top, e.bottom
                ));
            }
            if e.top < -EPSILON || e.bottom > PAGE_HEIGHT + EPSILON {
                out.push(format!("{at} is off the paper (y = {:.1})", e.top));
            }
        }
        for (i, (a, ea)) in boxes.iter().enumerate() {
            for (b, eb) in &boxes[i + 1..] {
                if ea.overlaps(eb) {
                    out.push(format!(
                        "page {}: {} ({:.1}, {:.1})\u{2013}({:.1}, {:.1}) overlaps {} ({:.1}, {:.1})\u{2013}({:.1}, {:.1})",
                        n + 1,
                        label(a),
                        ea.left,
                        ea.top,
                        ea.right,
                        ea.bottom,
                        label(b),
                        eb.left,
                        eb.top,
                        eb.right,
                        eb.bottom
                    ));
                }
            }
        }
    }
    out
}
