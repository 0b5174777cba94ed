//! The findings panel: what the checker says, most serious first, each with
//! the rule it rests on (quoted where verified), the cases, the fix, and a
//! button that jumps to the field concerned.

use egui::{RichText, Ui};

use super::widgets::{severity_color, severity_mark, verdict_color};
use crate::check::{Finding, Report, Target};
use crate::court::{Authority, Registry};

/// Shows the report; returns the target the user clicked. `registry` names
/// the court of a case decided elsewhere.
pub fn panel_ui(
    ui: &mut Ui,
    report: Option<&Report<'static>>,
    registry: &Registry,
) -> Option<Target> {
    let mut jump = None;
    ui.heading("Findings");
    let Some(report) = report else {
        ui.label("Choose the court to check the record against its rule.");
        return None;
    };
    ui.label(
        RichText::new(report.verdict())
            .color(verdict_color(report.level()))
            .strong(),
    );
    if !report.court.local_rule_encoded {
        ui.label(RichText::new(crate::court::NO_LOCAL_RULE).small());
    }
    egui::ScrollArea::vertical()
        .id_salt("findings")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (n, f) in report.findings.iter().enumerate() {
                ui.push_id(n, |ui| {
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        finding_ui(ui, report, registry, f, &mut jump);
                    });
                });
            }
            if !report.court.notes.is_empty() {
                ui.add_space(6.0);
                ui.label(RichText::new("Verify for this court").strong());
                for note in report
                    .court
                    .notes
                    .iter()
                    .filter(|n| n.as_str() != crate::court::NO_LOCAL_RULE)
                {
                    ui.label(format!("\u{2022} {note}"));
                }
            }
        });
    jump
}

/// One finding. Long citations and caveats are wrapped labels, never a
/// collapsing header's one-line title, so no finding can widen the panel.
fn finding_ui(
    ui: &mut Ui,
    report: &Report<'static>,
    registry: &Registry,
    f: &Finding<'static>,
    jump: &mut Option<Target>,
) {
    ui.label(
        RichText::new(format!("{} \u{00b7} {}", severity_mark(f.severity), f.code))
            .color(severity_color(f.severity))
            .strong(),
    );
    ui.label(&f.message);
    if ui
        .link(format!("Go to {}", super::steps::label(f.target.step)))
        .clicked()
    {
        *jump = Some(f.target.clone());
    }
    ui.label(RichText::new(format!("Fix: {}", f.fix)).italics());
    if let Some(rule) = f.rule {
        ui.label(RichText::new(&rule.citation).strong());
        ui.label(rule.confidence.caveat());
        // When the rule was last amended and checked: a lawyer relies on it.
        ui.label(RichText::new(rule.currency()).weak());
        egui::CollapsingHeader::new("The rule")
            .id_salt("rule")
            .show(ui, |ui| {
                match (&rule.text, &rule.summary) {
                    (Some(t), _) => {
                        ui.label(format!("\u{201c}{t}\u{201d}"));
                    }
                    (None, Some(s)) => {
                        ui.label(format!("Summary, not the rule's words: {s}"));
                    }
                    _ => {}
                }
                ui.label(RichText::new(format!("Source: {}", rule.source)).weak());
            });
    }
    if !f.authorities.is_empty() {
        egui::CollapsingHeader::new(format!("Cases ({})", f.authorities.len()))
            .id_salt("cases")
            .show(ui, |ui| {
                // The checker lists the court's own cases first.
                for a in f.authorities.iter() {
                    ui.label(RichText::new(&a.cite).italics());
                    if let Some(elsewhere) = other_court(a, report, registry) {
                        ui.label(RichText::new(elsewhere).weak());
                    }
                    if let Some(q) = &a.quote {
                        ui.label(format!("\u{201c}{q}\u{201d}"));
                    }
                    ui.label(&a.holding);
                    ui.add_space(4.0);
                }
            });
    }
}

/// "(another court: N.D. Tex.)" for a case decided by a district other than
/// the matter's; `None` for the court's own cases and appellate ones.
fn other_court(a: &Authority, report: &Report, registry: &Registry) -> Option<String> {
    let court = a.court.as_deref()?;
    if court == report.court.id {
        return None;
    }
    let name = registry
        .get(court)
        .map_or_else(|| court.to_string(), |p| p.short_name.clone());
    Some(format!("(another court: {name})"))
}
