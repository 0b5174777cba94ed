//! Draws laid-out certificate pages in egui: the same `Page`s the PDF writer
//! receives, so what the user sees is what they file.

use egui::{Align2, Color32, FontFamily, FontId, Rect, Sense, Stroke, Ui, vec2};

use crate::layout::{Item, PAGE_HEIGHT, PAGE_WIDTH, Page, Style};

pub const SERIF: &str = "goodfaith-serif";
pub const SERIF_BOLD: &str = "goodfaith-serif-bold";
pub const SERIF_ITALIC: &str = "goodfaith-serif-italic";

/// Liberation Serif's ascent, as a fraction of the type size: egui places
/// text by its top, the layout by its baseline.
const ASCENT: f32 = 0.891;

/// Shows the pages one under another, scaled to the available width; only
/// pages in view are painted.
pub fn pages_ui(ui: &mut Ui, pages: &[Page]) {
    let width = ui.available_width().clamp(300.0, 900.0);
    let scale = width / PAGE_WIDTH;
    let page_h = PAGE_HEIGHT * scale;
    let gap = 12.0;
    egui::ScrollArea::vertical()
        .id_salt("preview")
        .auto_shrink([false, false])
        .show_viewport(ui, |ui, viewport| {
            let total = pages.len() as f32 * (page_h + gap);
            let (rect, _) = ui.allocate_exact_size(vec2(width, total), Sense::hover());
            for (n, page) in pages.iter().enumerate() {
                let top = n as f32 * (page_h + gap);
                if top > viewport.max.y || top + page_h < viewport.min.y {
                    continue;
                }
                let page_rect = Rect::from_min_size(rect.min + vec2(0.0, top), vec2(width, page_h));
                paint_page(ui, page, page_rect, scale);
            }
        });
}

fn paint_page(ui: &Ui, page: &Page, rect: Rect, scale: f32) {
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 2.0, Color32::WHITE);
    painter.rect_stroke(
        rect,
        2.0,
        Stroke::new(1.0, Color32::from_gray(170)),
        egui::StrokeKind::Inside,
    );
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
                let family = match style {
                    Style::Regular => SERIF,
                    Style::Bold => SERIF_BOLD,
                    Style::Italic => SERIF_ITALIC,
                };
                let font = FontId::new(size * scale, FontFamily::Name(family.into()));
                let color = if *stamp {
                    Color32::from_rgb(190, 13, 13)
                } else {
                    Color32::BLACK
                };
                let pos = rect.min + vec2(x * scale, (y - size * ASCENT) * scale);
                painter.text(pos, Align2::LEFT_TOP, text, font, color);
            }
            Item::Line {
                x1,
                y1,
                x2,
                y2,
                width,
            } => {
                painter.line_segment(
                    [
                        rect.min + vec2(x1 * scale, y1 * scale),
                        rect.min + vec2(x2 * scale, y2 * scale),
                    ],
                    Stroke::new(width * scale, Color32::BLACK),
                );
            }
        }
    }
}
