//! Step 4: the disputed requests (or protective-order terms).

use egui::Ui;

use super::next_id;
use crate::app::widgets::{self, FormCx};
use crate::check::{Step, Target};
use crate::matter::{DefaultReading, DisputedItem, Matter, OwingNames};

pub fn ui(ui: &mut Ui, m: &mut Matter, cx: &mut FormCx) {
    ui.heading("Disputed requests");
    ui.label(egui::RichText::new("List each request the motion concerns, e.g. \u{201c}Interrogatory No. 4\u{201d}, with the date its response (or default) came.").small());
    crate::app::widgets::inline_findings(ui, cx.findings, Step::Items, None, None);
    let mut remove = None;
    // Who owes the responses, for reading an objection that names them.
    let owing = OwingNames::of(m);
    // The parties on the other sides (a subpoenaed non-party too), offered
    // as "Disputed with" only when there is more than one: with one, the
    // request is disputed with it.
    let others: Vec<(String, String)> = m
        .parties
        .iter()
        .filter(|p| p.side != m.motion.movant)
        .map(|p| {
            let name = if p.name.trim().is_empty() {
                format!("{} (no name yet)", p.side.label())
            } else {
                p.name.clone()
            };
            (p.id.clone(), name)
        })
        .collect();
    for i in 0..m.items.len() {
        let id = m.items[i].id.clone();
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.push_id(&id, |ui| {
                let it = &mut m.items[i];
                widgets::text(
                    ui,
                    cx,
                    &format!("Request {}", i + 1),
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
                // Unrecorded, the box shows what the objection's words say
                // (files written before the field existed); a click records it.
                let reading = it.default_reading(&owing);
                let mut none_served = reading.defaulted();
                if widgets::checkbox(
                    ui,
                    ("no_response", &id),
                    &mut none_served,
                    "No response was served at all",
                )
                .changed()
                {
                    it.no_response = Some(none_served);
                    cx.changed = true;
                }
                if reading == DefaultReading::Words {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(
                            egui::RichText::new(
                                "Ticked because the objection below says nothing was served.",
                            )
                            .weak(),
                        );
                        if ui.small_button("Confirm").clicked() {
                            it.no_response = Some(true);
                            cx.changed = true;
                        }
                    });
                }
                widgets::date(
                    ui,
                    cx,
                    "Deadline the court set for the motion (if any)",
                    &mut it.motion_deadline,
                    &format!("motion-deadline-{id}"),
                    Some(Target::element(Step::Items, &id, Some("motion_deadline"))),
                );
                if others.len() > 1 {
                    disputed_with(ui, cx, it, &others);
                }
                widgets::multiline(
                    ui,
                    cx,
                    "Objection or deficiency",
                    &mut it.objection,
                    2,
                    None,
                );
                // Where the request stands, and the way out for one not yet
                // conferred on: leave it out so the motion can go on the rest.
                if let Some((_, state)) = cx.item_states.iter().find(|(i, _)| *i == id) {
                    // A request with no name is not ready for want of its
                    // name, whatever else holds it back (review 346: "confer
                    // on it first" was the wrong advice).
                    if *state == crate::check::ItemState::NotReady && it.label.trim().is_empty() {
                        ui.label(
                            egui::RichText::new("\u{25a0} Not ready: name it first")
                                .color(widgets::verdict_color(crate::check::Verdict::NotReady)),
                        );
                    } else {
                        ui.label(widgets::item_state_text(*state));
                    }
                }
                if widgets::checkbox(
                    ui,
                    ("dropped", &id),
                    &mut it.dropped,
                    "Drop from the motion",
                )
                .changed()
                {
                    cx.changed = true;
                }
                if ui
                    .button(if it.label.is_empty() {
                        format!("Remove request {}", i + 1)
                    } else {
                        format!("Remove {}", it.label)
                    })
                    .clicked()
                {
                    remove = Some(i);
                }
            });
        });
    }
    if ui.button("Add request").clicked() {
        let id = next_id("item-", m.items.iter().map(|i| i.id.as_str()));
        // The cursor goes to the new request's name.
        *cx.jump = Some(Target::element(Step::Items, &id, None));
        m.items.push(DisputedItem::new(id, String::new()));
        cx.changed = true;
    }
    if let Some(i) = remove {
        let id = m.items.remove(i).id;
        // A later request may take its id.
        cx.unticked.retain(|(_, item), _| *item != id);
        for e in &mut m.conferrals {
            e.items.retain(|d| d.item != id);
        }
        cx.changed = true;
    }
}

/// "Disputed with": a box per party on the other sides. None ticked reads as
/// all of them (the field left empty).
fn disputed_with(ui: &mut Ui, cx: &mut FormCx, it: &mut DisputedItem, others: &[(String, String)]) {
    ui.horizontal_wrapped(|ui| {
        ui.label("Disputed with")
            .on_hover_text("The parties whose answers the motion seeks on this request (or who served it, for a protective order). None ticked: all of them.");
        for (pid, name) in others {
            let mut on = it.disputed_with.contains(pid);
            if widgets::checkbox(ui, ("disputed_with", &it.id, pid), &mut on, name).changed() {
                if on {
                    it.disputed_with.push(pid.clone());
                } else {
                    it.disputed_with.retain(|p| p != pid);
                }
                cx.changed = true;
            }
        }
    });
    // Its finding shows under the request's name, with the request's others.
}
