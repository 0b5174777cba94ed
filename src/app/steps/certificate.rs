//! Step 6: the certificate. How it is made, who has signed, the paragraphs
//! (each can be rewritten; rewrites survive regeneration), the preview, and
//! export and print.

use egui::{RichText, Ui};

use crate::app::widgets::{self, FormCx, inline_findings, verdict_color};
use crate::certificate::Certificate;
use crate::check::{Step, Verdict};
use crate::matter::{CertificateForm, Endorsement, EndorsementStatus, Matter};

/// What the user asked for from this step.
pub enum Action {
    None,
    Export,
    Print,
    /// One of the other outputs (Word, text, exhibit, letter, deadlines).
    Command(crate::app::commands::Command),
}

pub fn ui(
    ui: &mut Ui,
    m: &mut Matter,
    composed: Option<&Certificate>,
    pages: &[crate::layout::Page],
    level: Option<Verdict>,
    previews: &mut crate::app::outputs::Previews,
    cx: &mut FormCx,
) -> Action {
    let mut action = Action::None;
    ui.heading("Certificate");
    let width = ui.available_width();
    if width >= crate::app::frame::CERTIFICATE_SIDE_BY_SIDE {
        let (default, range) = crate::app::frame::preview_panel(width);
        egui::Panel::right("preview-panel")
            .resizable(true)
            .default_size(default)
            .size_range(range)
            .show(ui, |ui| {
                preview_ui(ui, pages, level, previews, Some(&mut action))
            });
        form_ui(ui, m, composed, cx);
        return action;
    }
    // Too narrow for both: one at a time, so neither is ever crushed.
    let id = ui.make_persistent_id("certificate-tab");
    let mut show_preview: bool = ui.data(|d| d.get_temp(id)).unwrap_or(false);
    ui.horizontal(|ui| {
        if ui.selectable_label(!show_preview, "Form").clicked() {
            show_preview = false;
        }
        if ui.selectable_label(show_preview, "Preview").clicked() {
            show_preview = true;
        }
        // Export and Print stay in reach on either tab.
        ui.separator();
        export_buttons(ui, &mut action);
    });
    ui.data_mut(|d| d.insert_temp(id, show_preview));
    ui.separator();
    if show_preview {
        preview_ui(ui, pages, level, previews, None);
    } else {
        form_ui(ui, m, composed, cx);
    }
    action
}

fn export_buttons(ui: &mut Ui, action: &mut Action) {
    if ui.button("Export PDF\u{2026}").clicked() {
        *action = Action::Export;
    }
    if ui.button("Print\u{2026}").clicked() {
        *action = Action::Print;
    }
    if let Some(c) = crate::app::outputs::buttons_ui(ui) {
        *action = Action::Command(c);
    }
}

/// The preview (with Export and Print when `action` is given); says why an
/// export would be a DRAFT.
fn preview_ui(
    ui: &mut Ui,
    pages: &[crate::layout::Page],
    level: Option<Verdict>,
    previews: &mut crate::app::outputs::Previews,
    action: Option<&mut Action>,
) {
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(format!(
                "Preview \u{2014} {} page{}",
                pages.len(),
                if pages.len() == 1 { "" } else { "s" }
            ))
            .strong(),
        );
        if let Some(action) = action {
            export_buttons(ui, action);
        }
    });
    let why = match level {
        Some(Verdict::Ready) => None,
        Some(Verdict::AtRisk) => Some((
            "Findings at risk remain: an export now is stamped DRAFT on every page.",
            Verdict::AtRisk,
        )),
        Some(Verdict::NotReady) | None => Some((
            "Blockers remain: an export now is stamped DRAFT on every page.",
            Verdict::NotReady,
        )),
    };
    if let Some((why, level)) = why {
        ui.label(RichText::new(why).color(verdict_color(level)));
    }
    if !crate::app::outputs::preview_ui(ui, previews) {
        crate::app::preview::pages_ui(ui, pages);
    }
}

fn form_ui(ui: &mut Ui, m: &mut Matter, composed: Option<&Certificate>, cx: &mut FormCx) {
    egui::ScrollArea::vertical().id_salt("certificate-form").show(ui, |ui| {
        if let Some(c) = composed {
            ui.label(RichText::new(&c.title).strong());
            ui.label(RichText::new(format!("Form: {}", c.template_source)).small());
            if !c.official_form {
                ui.label(RichText::new("This wording is goodfaith's, not an official court form's.").small().italics());
            }
        }
        ui.label("How the certification is made");
        let forms = [
            (CertificateForm::Generated, "Compose it from the conferral log"),
            (CertificateForm::Custom, "Use my own statement"),
            (CertificateForm::None, "No certificate accompanies the motion"),
        ];
        for (f, label) in forms {
            if ui.radio(m.certificate.form == f, label).clicked() && m.certificate.form != f {
                m.certificate.form = f;
                cx.changed = true;
            }
        }
        inline_findings(ui, cx.findings, Step::Certificate, None, Some("form"));
        if m.certificate.form == CertificateForm::Custom {
            widgets::multiline(ui, cx, "Your certification statement", &mut m.certificate.statement, 6, Some(crate::check::Target { step: Step::Certificate, id: None, field: Some("statement"), item: None }));
        }
        // Typed text is kept as typed while the field has focus; the list of
        // citations is parsed from it (so "; " can be typed between them).
        let id = ui.make_persistent_id("cites-text");
        let mut text: String = ui.data(|d| d.get_temp(id)).unwrap_or_else(|| m.certificate.cites.join("; "));
        let l = ui.label("Rules your motion cites for the duty to confer (separate with ;)");
        let r = ui.add(egui::TextEdit::singleline(&mut text).desired_width(f32::INFINITY)).labelled_by(l.id);
        if r.changed() {
            let cites: Vec<String> = text.split(';').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
            if cites != m.certificate.cites {
                m.certificate.cites = cites;
                cx.changed = true;
            }
        }
        if !r.has_focus() {
            text = m.certificate.cites.join("; ");
        }
        ui.data_mut(|d| d.insert_temp(id, text));
        inline_findings(ui, cx.findings, Step::Certificate, None, Some("cites"));

        ui.add_space(6.0);
        ui.label(RichText::new("Signatures").strong());
        for c in &m.counsel {
            let mut status = m.certificate.endorsement_of(&c.id);
            let before = status;
            let name = if c.name.is_empty() { &c.id } else { &c.name };
            widgets::choice(ui, cx, &format!("{name} has"), &format!("endorse-{}", c.id), &mut status, &[
                (EndorsementStatus::Signed, "signed (/s/ on the certificate)"),
                (EndorsementStatus::Refused, "refused to sign"),
                (EndorsementStatus::NotYetObtained, "not signed yet"),
            ]);
            if status != before {
                let ends = &mut m.certificate.endorsements;
                ends.retain(|e| e.counsel != c.id);
                ends.push(Endorsement { counsel: c.id.clone(), status });
            }
            inline_findings(ui, cx.findings, Step::Parties, Some(&c.id), Some("endorsement"));
        }

        if let Some(c) = composed
            && m.certificate.form == CertificateForm::Generated
        {
            ui.add_space(6.0);
            ui.label(RichText::new("Paragraphs").strong());
            ui.label(RichText::new("Each paragraph is written from the log. Rewrite any of them; your wording is kept when the others change.").small());
            // One collapsed section per paragraph: the preview shows the text;
            // an editor is laid out only for the paragraphs the user opens.
            for p in &c.paragraphs {
                let flagged = cx.findings.iter().any(|f| f.target.step == Step::Certificate && f.target.id.as_deref() == Some(p.key.as_str()));
                let title = if p.edited() { format!("{} (your wording)", p.label) } else { p.label.clone() };
                egui::CollapsingHeader::new(title).id_salt(("para", &p.key)).default_open(flagged).show(ui, |ui| {
                    let mut text = p.text.clone();
                    let l = ui.label(format!("Text of {}", p.label));
                    let r = ui.add(egui::TextEdit::multiline(&mut text).desired_rows(3).desired_width(f32::INFINITY)).labelled_by(l.id);
                    if r.changed() {
                        if text == p.generated {
                            m.certificate.edits.remove(&p.key);
                            m.certificate.edit_basis.remove(&p.key);
                        } else {
                            m.certificate.edits.insert(p.key.clone(), text);
                            // What the log said when the user rewrote it; the
                            // checker flags the rewrite if the log changes.
                            m.certificate.edit_basis.insert(p.key.clone(), p.generated.clone());
                        }
                        cx.changed = true;
                    }
                    // The generated paragraph changed since the rewrite (the
                    // log entry, or a newer build's wording): show it, and let
                    // the user keep the rewrite once it is checked against it.
                    let stale = p.edited() && m.certificate.edit_basis.get(&p.key).is_some_and(|b| *b != p.generated);
                    if stale {
                        ui.label(RichText::new(format!("goodfaith now writes: {}", p.generated)).small().weak());
                        if ui.button(format!("Keep my wording of \u{201c}{}\u{201d}", p.label)).clicked() {
                            m.certificate.edit_basis.insert(p.key.clone(), p.generated.clone());
                            cx.changed = true;
                        }
                    }
                    if p.edited() && ui.button(format!("Restore the generated text of \u{201c}{}\u{201d}", p.label)).clicked() {
                        m.certificate.edits.remove(&p.key);
                        m.certificate.edit_basis.remove(&p.key);
                        cx.changed = true;
                    }
                });
                inline_findings(ui, cx.findings, Step::Certificate, Some(&p.key), None);
            }
        }
        cx.keep_focus_in_view(ui);
    });
}
