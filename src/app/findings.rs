//! The findings panel: what the checker says, most serious first, each with
//! the rule it rests on (quoted where verified), the cases, the fix, and a
//! button that jumps to the field concerned.

use egui::{RichText, Ui};

use super::widgets::{severity_color, severity_mark};
use crate::check::{Report, Target};
use crate::court::Severity;

/// Shows the report; returns the target the user clicked.
pub fn panel_ui(ui: &mut Ui, report: Option<&Report<'static>>) -> Option<Target> {
    let mut jump = None;
    ui.heading("Findings");
    let Some(report) = report else {
        ui.label("Choose the court to check the record against its rule.");
        return None;
    };
    let color = if report.ready() {
        egui::Color32::from_rgb(20, 120, 40)
    } else {
        severity_color(Severity::Blocker)
    };
    ui.label(RichText::new(report.verdict()).color(color).strong());
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
                        ui.label(
                            RichText::new(format!(
                                "{} \u{00b7} {}",
                                severity_mark(f.severity),
                                f.code
                            ))
                            .color(severity_color(f.severity))
                            .strong(),
                        );
                        ui.label(&f.message);
                        if ui
                            .link(format!("Go to {}", super::steps::label(f.target.step)))
                            .clicked()
                        {
                            jump = Some(f.target.clone());
                        }
                        ui.label(RichText::new(format!("Fix: {}", f.fix)).italics());
                        if let Some(rule) = f.rule {
                            egui::CollapsingHeader::new(format!(
                                "{} \u{2014} {}",
                                rule.citation,
                                rule.confidence.caveat()
                            ))
                            .id_salt(("rule", n))
                            .show(ui, |ui| {
                                match (&rule.text, &rule.summary) {
                                    (Some(t), _) => {
                                        ui.label(
                                            RichText::new(format!("\u{201c}{t}\u{201d}")).small(),
                                        );
                                    }
                                    (None, Some(s)) => {
                                        ui.label(
                                            RichText::new(format!(
                                                "Summary, not the rule's words: {s}"
                                            ))
                                            .small(),
                                        );
                                    }
                                    _ => {}
                                }
                                ui.label(
                                    RichText::new(format!(
                                        "Source: {} ({})",
                                        rule.source,
                                        rule.currency()
                                    ))
                                    .small(),
                                );
                            });
                        }
                        if !f.authorities.is_empty() {
                            egui::CollapsingHeader::new(format!("Cases ({})", f.authorities.len()))
                                .id_salt(("cases", n))
                                .show(ui, |ui| {
                                    for a in &f.authorities {
                                        ui.label(RichText::new(&a.cite).small().italics());
                                        if let Some(q) = &a.quote {
                                            ui.label(
                                                RichText::new(format!("\u{201c}{q}\u{201d}"))
                                                    .small(),
                                            );
                                        }
                                        ui.label(RichText::new(&a.holding).small());
                                    }
                                });
                        }
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
                    ui.label(RichText::new(format!("\u{2022} {note}")).small());
                }
            }
        });
    jump
}
