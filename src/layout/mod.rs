//! The one layout engine behind both the PDF and the in-app preview: a
//! document of blocks goes in, pages of positioned text runs and rules come
//! out. Nothing here knows printpdf or egui; both just draw `Page`s.
//!
//! Coordinates are PDF points (1/72 inch) from the top-left corner of a US
//! Letter page, y growing downward; `y` of a text item is its baseline.

mod document;
mod engine;
pub mod invariant;
mod metrics;

pub use document::{Align, Block, CaptionBlock, Para, SignatureBlock, Style, TableBlock};
pub use engine::{CaptionRows, LayoutOptions, caption_rows, layout, signature_rows};
pub use metrics::{Metrics, is_right_to_left, plain_ascii};

/// US Letter, in points.
pub const PAGE_WIDTH: f32 = 612.0;
pub const PAGE_HEIGHT: f32 = 792.0;

/// One laid-out page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    pub items: Vec<Item>,
}

/// Something drawn on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Text {
        x: f32,
        /// Baseline, from the top of the page.
        y: f32,
        size: f32,
        style: Style,
        text: String,
        /// Drawn in the warning colour (the DRAFT stamp).
        stamp: bool,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
    },
}

impl Page {
    /// The page's text in reading order, one string per item (for tests and search).
    pub fn text(&self) -> Vec<&str> {
        self.items
            .iter()
            .filter_map(|i| match i {
                Item::Text { text, .. } => Some(text.as_str()),
                Item::Line { .. } => None,
            })
            .collect()
    }
}
