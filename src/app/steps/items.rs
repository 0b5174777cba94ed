//! Step 4: the disputed requests (or protective-order terms).

use egui::Ui;

use super::next_id;
use crate::app::widgets::{self, FormCx};
use crate::check::{Step, Target};
use crate::matter::{DisputedItem, Matter};

pub fn ui(ui: &mut Ui, m: &mut Matter, cx: &mut FormCx) {
    ui.heading("Disputed requests");
    ui.label(egui::RichText::new("List each request the motion concerns, e.g. \u{201c}Interrogatory No. 4\u{201d}, with the date its response (or default) came.").small());
    crate::app::widgets::inline_findings(ui, cx.findings, Step::Items, None, None);
    let mut remove = None;
    for i in 0..m.items.len() {
        let id = m.items[i].id.clone();
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.push_id(&id, |ui| {
                let it = &mut m.items[i];
                widgets::text(
                    ui,
                    cx,
                    "Request",
                    &mut it.label,
                    Some(Target::element(Step::Items, &id, None)),
                );
                widgets::date(
                    ui,
                    cx,
                    "Served on",
                    &mut it.served,
                    &format!("served-{id}"),
                    None,
                );
                widgets::date(
                    ui,
                    cx,
                    "Response (or default) date",
                    &mut it.response,
                    &format!("response-{id}"),
                    Some(Target::element(Step::Items, &id, Some("response"))),
                );
                widgets::multiline(
                    ui,
                    cx,
                    "Objection or deficiency",
                    &mut it.objection,
                    2,
                    None,
                );
                if ui
                    .button(format!(
                        "Remove {}",
                        if it.label.is_empty() {
                            id.as_str()
                        } else {
                            it.label.as_str()
                        }
                    ))
                    .clicked()
                {
                    remove = Some(i);
                }
            });
        });
    }
    if ui.button("Add request").clicked() {
        let id = next_id("item-", m.items.iter().map(|i| i.id.as_str()));
        m.items.push(DisputedItem::new(id, String::new()));
        cx.changed = true;
    }
    if let Some(i) = remove {
        let id = m.items.remove(i).id;
        for e in &mut m.conferrals {
            e.items.retain(|d| d.item != id);
        }
        cx.changed = true;
    }
}
