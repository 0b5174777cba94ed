//! The outputs besides the certificate PDF, in the app: Export Word…, Copy
//! certificate text, Export exhibit…, Draft letter… and Deadlines (.ics)….
//! Each is a command (File menu, and a button on the certificate step), and
//! each can be previewed on the certificate step beside the certificate: the
//! exhibit's chronology and the letter as the pages they print as, the
//! deadlines as the list the command line prints.
//!
//! Writing goes through the same library calls as the command line and the
//! same `save` checks: never over the open matter file, always atomically.
//! Anything filed (the Word certificate, the text, the exhibit) is stamped
//! DRAFT while the checker says the record is not ready, as the PDF is.

use std::path::Path;

use egui::{RichText, Ui};
use jiff::civil::Date;

use super::commands::Command;
use super::dialogs::DialogKind;
use crate::court::{CourtPack, Registry};
use crate::export::Format;
use crate::layout::{LayoutOptions, Metrics, Page, layout};
use crate::matter::Matter;

/// What the certificate step's preview shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Preview {
    #[default]
    Certificate,
    Exhibit,
    Letter,
    Deadlines,
}

impl Preview {
    const ALL: [Preview; 4] = [
        Preview::Certificate,
        Preview::Exhibit,
        Preview::Letter,
        Preview::Deadlines,
    ];

    fn label(self) -> &'static str {
        match self {
            Preview::Certificate => "Certificate",
            Preview::Exhibit => "Exhibit",
            Preview::Letter => "Letter",
            Preview::Deadlines => "Deadlines",
        }
    }
}

/// The previews of the other outputs, laid out only when shown and only
/// when the matter changed since.
#[derive(Default)]
pub struct Previews {
    pub choice: Preview,
    /// (document revision, draft, what) the pages or text were made for.
    made_for: Option<(u64, bool, Preview)>,
    pub pages: Vec<Page>,
    pub text: String,
}

impl Previews {
    /// Makes the chosen preview current for this revision of the matter.
    pub fn refresh(
        &mut self,
        revision: u64,
        draft: bool,
        m: &Matter,
        pack: Option<&CourtPack>,
        today: Date,
        metrics: &Metrics,
    ) {
        let key = (revision, draft, self.choice);
        if self.made_for == Some(key) {
            return;
        }
        self.made_for = Some(key);
        self.pages.clear();
        self.text.clear();
        let Some(pack) = pack else {
            self.text = "Choose the court first.".into();
            return;
        };
        match self.choice {
            Preview::Certificate => {}
            Preview::Exhibit => {
                // The attached documents are read when the exhibit is
                // exported, not on every edit.
                self.pages = crate::export::exhibit::layout_exhibit(
                    m,
                    pack,
                    today,
                    &[],
                    &[],
                    metrics,
                    draft,
                )
                .0;
            }
            Preview::Letter => {
                self.pages = layout(
                    &crate::export::letter::letter_blocks(m),
                    metrics,
                    &LayoutOptions::default(),
                );
            }
            Preview::Deadlines => {
                let d = crate::export::deadlines::deadlines(m, pack, today);
                self.text = crate::export::deadlines::to_text(&d, m, pack);
            }
        }
    }
}

/// The commands this module adds, in menu order.
pub const COMMANDS: [Command; 5] = [
    Command::ExportWord,
    Command::CopyText,
    Command::ExportExhibit,
    Command::DraftLetter,
    Command::ExportDeadlines,
];

/// The buttons on the certificate step; the command clicked, if any.
pub fn buttons_ui(ui: &mut Ui) -> Option<Command> {
    let mut clicked = None;
    ui.horizontal_wrapped(|ui| {
        for c in COMMANDS {
            if ui.button(c.label()).clicked() {
                clicked = Some(c);
            }
        }
    });
    clicked
}

/// The preview's choice of document, and the chosen one when it is not
/// the certificate (the caller draws the certificate's own pages).
pub fn preview_ui(ui: &mut Ui, previews: &mut Previews) -> bool {
    ui.horizontal(|ui| {
        ui.label("Preview:");
        for p in Preview::ALL {
            ui.selectable_value(&mut previews.choice, p, p.label());
        }
    });
    match previews.choice {
        Preview::Certificate => false,
        Preview::Deadlines => {
            egui::ScrollArea::vertical()
                .id_salt("deadlines-preview")
                .show(ui, |ui| {
                    ui.label(RichText::new(&previews.text).monospace());
                });
            true
        }
        Preview::Exhibit | Preview::Letter => {
            if previews.choice == Preview::Exhibit {
                ui.label(
                    RichText::new("The attached documents follow these pages in the export.")
                        .small(),
                );
            }
            crate::app::preview::pages_ui(ui, &previews.pages);
            true
        }
    }
}

/// The dialog a command opens and the name it suggests, or why it cannot.
pub fn dialog_for(c: Command, has_court: bool, stem: &str) -> Result<(DialogKind, String), String> {
    if !has_court {
        return Err("Choose the court first.".into());
    }
    Ok(match c {
        Command::ExportWord => (DialogKind::ExportDocx, format!("Certificate - {stem}.docx")),
        Command::ExportExhibit => (DialogKind::ExportExhibit, format!("Exhibit - {stem}.pdf")),
        Command::DraftLetter => (DialogKind::ExportLetter, format!("Letter - {stem}.docx")),
        _ => (DialogKind::ExportIcs, format!("Deadlines - {stem}.ics")),
    })
}

/// The whole app state these writers need.
pub struct Source<'a> {
    pub matter: &'a Matter,
    /// The open matter file: never written over; attachments are relative to it.
    pub matter_path: Option<&'a Path>,
    pub registry: &'a Registry,
    pub pack: Option<&'a CourtPack>,
    pub today: Date,
}

fn ready(src: &Source, pack: &CourtPack) -> bool {
    crate::check::check(src.matter, pack, src.today).ready()
}

fn draft_note(draft: bool) -> &'static str {
    if draft {
        " It is a DRAFT: blockers remain, so every page is stamped."
    } else {
        ""
    }
}

/// Copies the certificate's text to the clipboard; the status to show.
pub fn copy_text(ctx: &egui::Context, src: &Source) -> (String, bool) {
    let Some(pack) = src.pack else {
        return ("Choose the court first.".into(), true);
    };
    let draft = !ready(src, pack);
    match crate::render::render_certificate(
        src.matter,
        src.registry,
        pack,
        src.today,
        draft,
        &jiff::Zoned::now(),
        Format::Txt,
    ) {
        Ok((bytes, _)) => {
            ctx.copy_text(String::from_utf8_lossy(&bytes).into_owned());
            (
                format!(
                    "Copied the certificate text to the clipboard.{}",
                    draft_note(draft)
                ),
                draft,
            )
        }
        Err(e) => (format!("Could not compose the certificate: {e}"), true),
    }
}

/// Writes the output a dialog answered for; the status to show.
pub fn write(kind: DialogKind, path: &Path, src: &Source) -> (String, bool) {
    match write_inner(kind, path, src) {
        Ok(msg) => msg,
        Err(e) => (format!("Not exported: {e}"), true),
    }
}

fn write_inner(kind: DialogKind, path: &Path, src: &Source) -> Result<(String, bool), String> {
    if let Some(matter) = src.matter_path {
        crate::save::refuse_input_as_output(path, matter).map_err(|e| e.to_string())?;
    }
    crate::save::refuse_attachment_as_output(path, src.matter, src.matter_path)
        .map_err(|e| e.to_string())?;
    crate::save::ensure_replaceable(path).map_err(|e| e.to_string())?;
    // A system dialog may answer any name.
    if let Some(why) = kind.wrong_name(path) {
        return Err(why);
    }
    let pack = src.pack.ok_or("choose the court first.")?;
    let now = jiff::Zoned::now();
    let shown = path.display();
    let (bytes, msg, warn) = match kind {
        DialogKind::ExportDocx => {
            let draft = !ready(src, pack);
            let (bytes, _) = crate::render::render_certificate(
                src.matter,
                src.registry,
                pack,
                src.today,
                draft,
                &now,
                Format::Docx,
            )
            .map_err(|e| e.to_string())?;
            (
                bytes,
                format!(
                    "Exported the certificate as Word to {shown}.{}",
                    draft_note(draft)
                ),
                draft,
            )
        }
        DialogKind::ExportExhibit => {
            let draft = !ready(src, pack);
            let ex = crate::export::exhibit::render_exhibit(
                src.matter,
                src.matter_path,
                pack,
                src.today,
                draft,
                &now,
            )
            .map_err(|e| e.to_string())?;
            let msg = format!(
                "Exported the exhibit to {shown}: {} pages, {} attached file{}.{}{}",
                ex.total_pages,
                ex.attached.len(),
                if ex.attached.len() == 1 { "" } else { "s" },
                crate::export::exhibit::not_attached_note(&ex.not_attached),
                draft_note(draft)
            );
            let warn = draft || !ex.not_attached.is_empty();
            (ex.bytes, msg, warn)
        }
        DialogKind::ExportLetter => {
            let blocks = crate::export::letter::letter_blocks(src.matter);
            let mut blank = None;
            let bytes = match Format::from_path(path) {
                Some(Format::Pdf) => {
                    let metrics = Metrics::new().ok_or("the built-in fonts could not be read")?;
                    let pages = layout(&blocks, &metrics, &LayoutOptions::default());
                    blank = crate::export::blank_note(
                        "letter",
                        &crate::render::missing_glyphs(&pages, &metrics),
                    );
                    crate::pdf::write_pdf(
                        &pages,
                        &crate::pdf::PdfInfo {
                            title: "Meet-and-confer letter (draft)".into(),
                            author: crate::export::letter::author(src.matter),
                            subject: crate::export::exhibit::motion_name(src.matter),
                            created: now.clone(),
                        },
                    )
                    .map_err(|e| e.to_string())?
                }
                Some(Format::Docx) => crate::export::docx::to_docx(
                    &blocks,
                    &crate::export::docx::DocxOptions {
                        draft: false,
                        highlight_placeholders: true,
                    },
                )
                .map_err(|e| e.to_string())?,
                _ => return Err("name the letter .docx (to edit it in Word) or .pdf.".into()),
            };
            (
                bytes,
                format!(
                    "Drafted the letter in {shown}. Fill in the bracketed blanks before sending it.{}",
                    blank
                        .as_deref()
                        .map(|b| format!(" Note: {b}"))
                        .unwrap_or_default()
                ),
                blank.is_some(),
            )
        }
        _ => {
            let d = crate::export::deadlines::deadlines(src.matter, pack, src.today);
            let ics = crate::export::deadlines::to_ics(&d, src.matter, now.timestamp())
                .map_err(|e| e.to_string())?;
            let n = d.dates.len();
            (
                ics.into_bytes(),
                format!(
                    "Wrote {n} deadline{} to {shown}; import it into your calendar.",
                    if n == 1 { "" } else { "s" }
                ),
                false,
            )
        }
    };
    crate::save::write_atomic(path, &bytes).map_err(|e| format!("could not write {shown}: {e}"))?;
    Ok((msg, warn))
}
