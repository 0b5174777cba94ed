//! Step 1: the court (type to search all 94 districts), the motion, the judge
//! and the planned filing date.

use egui::{RichText, Ui};

use crate::app::widgets::{self, FormCx};
use crate::check::{Step, Target};
use crate::court::Registry;
use crate::matter::{Matter, MotionKind, Side};

pub fn ui(ui: &mut Ui, m: &mut Matter, registry: &Registry, filter: &mut String, cx: &mut FormCx) {
    ui.heading("Court & motion");
    let l = ui.label("Court");
    let r = ui
        .add(
            egui::TextEdit::singleline(filter)
                .hint_text("Type to search: Kansas, D. Kan., ksd\u{2026}")
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id);
    cx.maybe_focus(&r, &Target::step(Step::Court));
    let needle = filter.trim().to_lowercase();
    let matches = |p: &crate::court::CourtPack| {
        let hay = format!("{} {} {}", p.short_name, p.name, p.id).to_lowercase();
        needle.is_empty() || needle.split_whitespace().all(|w| hay.contains(w))
    };
    // Enter in the search picks the first court that matches, as a list
    // filtered to one entry invites.
    if r.lost_focus()
        && ui.input(|i| i.key_pressed(egui::Key::Enter))
        && !needle.is_empty()
        && let Some(p) = registry.courts().find(|p| matches(p))
    {
        if m.court != p.id {
            m.court = p.id.clone();
            cx.changed = true;
        }
        // The cursor stays in the search (the court already chosen, too),
        // so the next Tab goes on into the form rather than starting over at
        // the File menu.
        r.request_focus();
    }
    egui::ScrollArea::vertical()
        .id_salt("court-list")
        .max_height(180.0)
        .show(ui, |ui| {
            for p in registry.courts().filter(|p| matches(p)) {
                let tag = if p.local_rule_encoded {
                    ""
                } else {
                    "  (Federal Rules only)"
                };
                if ui
                    .selectable_label(
                        m.court == p.id,
                        format!("{} \u{2014} {}{tag}", p.short_name, p.name),
                    )
                    .clicked()
                    && m.court != p.id
                {
                    m.court = p.id.clone();
                    cx.changed = true;
                }
            }
        });
    match registry.get(&m.court) {
        Some(p) => {
            ui.label(RichText::new(format!("Selected: {}", p.name)).strong());
            if !p.local_rule_encoded {
                ui.label(
                    RichText::new(crate::court::NO_LOCAL_RULE)
                        .color(widgets::severity_color(crate::court::Severity::Warning)),
                );
            }
            for r in p.certify_rules(m.motion.kind) {
                ui.label(
                    RichText::new(format!(
                        "{} \u{2014} {}. Source: {}; {}.",
                        r.citation,
                        r.confidence.caveat(),
                        r.source,
                        r.currency()
                    ))
                    .small(),
                );
            }
        }
        None => {
            ui.label(
                RichText::new("Choose the court the motion will be filed in.")
                    .color(widgets::severity_color(crate::court::Severity::Warning)),
            );
        }
    }
    ui.separator();
    ui.label("Motion");
    for kind in MotionKind::ALL {
        let label = kind.describe();
        if ui.radio(m.motion.kind == kind, label).clicked() && m.motion.kind != kind {
            m.motion.kind = kind;
            cx.changed = true;
        }
    }
    widgets::text(ui, cx, "Motion title (as filed)", &mut m.motion.title, None);
    widgets::choice(
        ui,
        cx,
        "Moving party's side",
        "movant-side",
        &mut m.motion.movant,
        &[
            (Side::Plaintiff, "Plaintiff"),
            (Side::Defendant, "Defendant"),
            (Side::OtherParty, "Other party"),
        ],
    );
    widgets::text(ui, cx, "Judge", &mut m.judge, None);
    widgets::date(
        ui,
        cx,
        "Planned filing date",
        &mut m.motion.planned_filing,
        "planned-filing",
        Some(Target::element(
            Step::Court,
            "motion",
            Some("planned_filing"),
        )),
    );
    // Where the court has a motion to compel served before it is filed
    // (D. Md. L.R. 104.8), the day of service orders the conference.
    let served_first = registry.get(&m.court).is_some_and(|p| {
        p.checks
            .iter()
            .any(|c| matches!(c.kind, crate::court::CheckKind::ConferAfterService))
    });
    if served_first
        || m.motion.served.is_some()
        || m.motion.opposition_served.is_some()
        || m.motion.reply_served.is_some()
    {
        widgets::date(
            ui,
            cx,
            "Motion served on (this court has it served before it is filed)",
            &mut m.motion.served,
            "motion-served",
            Some(Target::element(Step::Court, "motion", Some("served"))),
        );
        // The conference follows the last of the papers: the other side's
        // opposition, then the reply.
        widgets::date(
            ui,
            cx,
            "Opposition served on (if served)",
            &mut m.motion.opposition_served,
            "opposition-served",
            Some(Target::element(
                Step::Court,
                "motion",
                Some("opposition_served"),
            )),
        );
        widgets::date(
            ui,
            cx,
            "Reply served on (if served)",
            &mut m.motion.reply_served,
            "reply-served",
            Some(Target::element(Step::Court, "motion", Some("reply_served"))),
        );
    }
}
