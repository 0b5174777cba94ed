//! File dialogs behind a trait: the app asks for a path and polls for the
//! answer after the frame, so a native dialog never blocks the UI, and tests
//! supply paths without any dialog.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};

pub use super::file_dialog::InAppDialogs;

/// What the path is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogKind {
    Open,
    SaveAs,
    ExportPdf,
    /// The certificate as Word.
    ExportDocx,
    ExportExhibit,
    /// The meet-and-confer letter (.docx or .pdf).
    ExportLetter,
    /// The deadlines as an iCalendar file.
    ExportIcs,
    /// An email file to import, in the in-app dialog (when the system has
    /// none); the answer arrives through `poll_mail`, never `poll`.
    ImportMail,
}

impl DialogKind {
    /// The extensions an export of this kind may be named with (the
    /// format follows the name), or `None` for a kind any name suits.
    pub fn export_extensions(self) -> Option<&'static [&'static str]> {
        match self {
            DialogKind::ExportPdf | DialogKind::ExportExhibit => Some(&["pdf"]),
            DialogKind::ExportDocx => Some(&["docx"]),
            DialogKind::ExportLetter => Some(&["docx", "pdf"]),
            DialogKind::ExportIcs => Some(&["ics"]),
            DialogKind::Open | DialogKind::SaveAs | DialogKind::ImportMail => None,
        }
    }

    /// Why `path` is the wrong name for this export ("a Word document
    /// under a .pdf name, which a PDF viewer or CM/ECF would refuse"), or
    /// `None` when its extension suits (review 347: Export Word… named
    /// "cert.pdf" wrote a Word file called .pdf).
    pub fn wrong_name(self, path: &std::path::Path) -> Option<String> {
        let allowed = self.export_extensions()?;
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        if allowed.contains(&ext.as_str()) {
            return None;
        }
        let names: Vec<String> = allowed.iter().map(|e| format!(".{e}")).collect();
        Some(format!(
            "name the file {}: the format follows the name, and a file named .{} would not open as what it is.",
            names.join(" or "),
            if ext.is_empty() {
                "(nothing)".into()
            } else {
                ext
            }
        ))
    }
}

pub trait FileDialogs {
    /// Starts asking; the answer arrives through `poll`.
    fn start(&mut self, kind: DialogKind, suggested_name: &str, ctx: &egui::Context);
    /// The answer, once there is one (`None` path: the user cancelled).
    fn poll(&mut self) -> Option<(DialogKind, Option<PathBuf>)>;
    /// Draws a dialog shown inside the window, if any (after the frame's panels).
    fn ui(&mut self, _ctx: &egui::Context) {}
    /// The folder of the open matter (absolute), if it has one: a dialog starts there
    /// until the user has chosen another folder in one (not in the home
    /// folder, far from the matter's files).
    fn set_matter_folder(&mut self, _dir: Option<&std::path::Path>) {}
    /// Something the user should be told about the dialogs, once.
    fn take_notice(&mut self) -> Option<String> {
        None
    }
    /// Starts asking for email files to import (several may be chosen).
    fn start_mail(&mut self, _ctx: &egui::Context) {}
    /// The email files chosen, once chosen (empty: the user cancelled).
    fn poll_mail(&mut self) -> Option<Vec<PathBuf>> {
        None
    }
}

/// A native dialog that came back empty sooner than this was never shown
/// (no portal, no zenity: rfd returns at once and only logs the error); no
/// person cancels a dialog this fast.
const NEVER_SHOWN: std::time::Duration = std::time::Duration::from_millis(400);

const NO_SYSTEM_DIALOG: &str = "The system file dialog is not available here (no desktop portal \
                                or zenity), so goodfaith is using its own.";

type Answer = (DialogKind, Option<PathBuf>, std::time::Duration, String);

/// Native dialogs (rfd), run on a worker thread, falling back to the in-app
/// dialog when the system has no dialog service (and saying so).
/// `GOODFAITH_FILE_DIALOG=builtin` uses the in-app dialog from the start.
pub struct NativeDialogs {
    tx: Sender<Answer>,
    rx: Receiver<Answer>,
    busy: bool,
    /// Set once a native dialog failed to appear: the rest of the session
    /// uses the in-app dialog.
    native: bool,
    fallback: InAppDialogs,
    notice: Option<String>,
    /// Files chosen for import, and how long the native dialog was up.
    mail: MailChannel,
    /// The open matter's folder, where the system's dialog opens.
    matter_dir: Option<PathBuf>,
}

type MailChannel = (
    Sender<(Vec<PathBuf>, std::time::Duration)>,
    Receiver<(Vec<PathBuf>, std::time::Duration)>,
);

impl Default for NativeDialogs {
    fn default() -> Self {
        let (tx, rx) = channel();
        let builtin = std::env::var("GOODFAITH_FILE_DIALOG").is_ok_and(|v| v == "builtin");
        NativeDialogs {
            tx,
            rx,
            busy: false,
            native: !builtin,
            fallback: InAppDialogs::default(),
            notice: None,
            mail: channel(),
            matter_dir: None,
        }
    }
}

impl NativeDialogs {
    /// The native dialog came back empty too fast to have been shown: not a
    /// cancel, the system has no dialog. Say so once, and from now on use the
    /// in-app dialog, starting with this one.
    fn use_in_app(&mut self, kind: DialogKind, name: &str) {
        self.native = false;
        self.notice = Some(NO_SYSTEM_DIALOG.into());
        self.fallback.notice = Some(NO_SYSTEM_DIALOG.into());
        log::warn!("native file dialog unavailable; using the in-app dialog");
        self.fallback.show(kind, name);
    }
}

impl FileDialogs for NativeDialogs {
    fn start(&mut self, kind: DialogKind, suggested_name: &str, ctx: &egui::Context) {
        if !self.native {
            self.fallback.start(kind, suggested_name, ctx);
            return;
        }
        if self.busy {
            return; // one dialog at a time
        }
        self.busy = true;
        let tx = self.tx.clone();
        let ctx = ctx.clone();
        let name = suggested_name.to_string();
        let folder = self.matter_dir.clone();
        std::thread::spawn(move || {
            let started = std::time::Instant::now();
            let mut dialog = rfd::FileDialog::new();
            if let Some(dir) = folder {
                dialog = dialog.set_directory(dir);
            }
            let path = match kind {
                DialogKind::Open => dialog
                    .add_filter("goodfaith matter", &["json"])
                    .set_title("Open matter")
                    .pick_file(),
                DialogKind::SaveAs => dialog
                    .add_filter("goodfaith matter", &["json"])
                    .set_title("Save matter as")
                    .set_file_name(&name)
                    .save_file(),
                DialogKind::ExportPdf => dialog
                    .add_filter("PDF", &["pdf"])
                    .set_title("Export certificate as PDF")
                    .set_file_name(&name)
                    .save_file(),
                DialogKind::ExportDocx => dialog
                    .add_filter("Word document", &["docx"])
                    .set_title("Export certificate as Word")
                    .set_file_name(&name)
                    .save_file(),
                DialogKind::ExportExhibit => dialog
                    .add_filter("PDF", &["pdf"])
                    .set_title("Export the chronology exhibit")
                    .set_file_name(&name)
                    .save_file(),
                DialogKind::ExportLetter => dialog
                    .add_filter("Word document", &["docx"])
                    .add_filter("PDF", &["pdf"])
                    .set_title("Draft the meet-and-confer letter")
                    .set_file_name(&name)
                    .save_file(),
                DialogKind::ExportIcs => dialog
                    .add_filter("Calendar", &["ics"])
                    .set_title("Save the deadlines as a calendar")
                    .set_file_name(&name)
                    .save_file(),
                DialogKind::ImportMail => dialog
                    .add_filter("Email (.eml, .mbox, .msg)", &["eml", "mbox", "msg", "mbx"])
                    .set_title("Import correspondence")
                    .pick_file(),
            };
            let _ = tx.send((kind, path, started.elapsed(), name));
            ctx.request_repaint();
        });
    }

    fn poll(&mut self) -> Option<(DialogKind, Option<PathBuf>)> {
        if let Some(a) = self.fallback.poll() {
            return Some(a);
        }
        let (kind, path, took, name) = self.rx.try_recv().ok()?;
        self.busy = false;
        if path.is_none() && took < NEVER_SHOWN {
            self.use_in_app(kind, &name);
            return None;
        }
        Some((kind, path))
    }

    fn ui(&mut self, ctx: &egui::Context) {
        self.fallback.ui(ctx);
    }

    fn set_matter_folder(&mut self, dir: Option<&std::path::Path>) {
        self.matter_dir = dir.map(std::path::Path::to_path_buf);
        self.fallback.set_matter_folder(dir);
    }

    fn take_notice(&mut self) -> Option<String> {
        self.notice.take()
    }

    fn start_mail(&mut self, ctx: &egui::Context) {
        if !self.native {
            self.fallback.show(DialogKind::ImportMail, "");
            return;
        }
        if self.busy {
            return;
        }
        self.busy = true;
        let tx = self.mail.0.clone();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let started = std::time::Instant::now();
            let files = rfd::FileDialog::new()
                .add_filter("Email (.eml, .mbox, .msg)", &["eml", "mbox", "msg", "mbx"])
                .add_filter("All files", &["*"])
                .set_title("Import correspondence")
                .pick_files()
                .unwrap_or_default();
            let _ = tx.send((files, started.elapsed()));
            ctx.request_repaint();
        });
    }

    fn poll_mail(&mut self) -> Option<Vec<PathBuf>> {
        if let Some(files) = self.fallback.poll_mail() {
            return Some(files);
        }
        let (files, took) = self.mail.1.try_recv().ok()?;
        self.busy = false;
        if files.is_empty() && took < NEVER_SHOWN {
            self.use_in_app(DialogKind::ImportMail, "");
            return None;
        }
        Some(files)
    }
}

/// Dialogs that answer with prepared paths (tests, scripted runs).
#[derive(Default)]
pub struct ScriptedDialogs {
    pub open: Option<PathBuf>,
    pub save_as: Option<PathBuf>,
    pub export: Option<PathBuf>,
    /// Answers for the other exports (Word, exhibit, letter, calendar).
    pub outputs: Vec<(DialogKind, PathBuf)>,
    /// The email files "chosen" for Import correspondence (empty: cancelled).
    pub mail: Vec<PathBuf>,
    answer: Option<(DialogKind, Option<PathBuf>)>,
    mail_answer: Option<Vec<PathBuf>>,
}

impl ScriptedDialogs {
    /// Dialogs that answer Open, Save As and Export with these paths
    /// (`None`: as if the user cancelled).
    pub fn answering(
        open: Option<PathBuf>,
        save_as: Option<PathBuf>,
        export: Option<PathBuf>,
    ) -> Self {
        ScriptedDialogs {
            open,
            save_as,
            export,
            ..Default::default()
        }
    }

    /// Also answers the dialog of `kind` with `path`.
    pub fn with_output(mut self, kind: DialogKind, path: PathBuf) -> Self {
        self.outputs.push((kind, path));
        self
    }
}

impl FileDialogs for ScriptedDialogs {
    fn start(&mut self, kind: DialogKind, _suggested_name: &str, _ctx: &egui::Context) {
        let path = match kind {
            DialogKind::Open => self.open.clone(),
            DialogKind::SaveAs => self.save_as.clone(),
            DialogKind::ExportPdf => self.export.clone(),
            other => self
                .outputs
                .iter()
                .find(|(k, _)| *k == other)
                .map(|(_, p)| p.clone()),
        };
        self.answer = Some((kind, path));
    }

    fn poll(&mut self) -> Option<(DialogKind, Option<PathBuf>)> {
        self.answer.take()
    }

    fn start_mail(&mut self, _ctx: &egui::Context) {
        self.mail_answer = Some(self.mail.clone());
    }

    fn poll_mail(&mut self) -> Option<Vec<PathBuf>> {
        self.mail_answer.take()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_native_dialog_that_never_appeared_falls_back_to_the_in_app_one_and_says_so() {
        let mut d = NativeDialogs {
            busy: true,
            ..Default::default()
        };
        d.tx.send((
            DialogKind::SaveAs,
            None,
            std::time::Duration::from_millis(3),
            "matter.json".into(),
        ))
        .expect("send");
        assert_eq!(d.poll(), None, "not reported as a cancel");
        assert!(d.fallback.is_open());
        assert!(!d.native);
        assert!(d.take_notice().is_some_and(|n| n.contains("not available")));
        // A dialog the user saw and cancelled is a cancel.
        let mut d = NativeDialogs::default();
        d.tx.send((
            DialogKind::Open,
            None,
            std::time::Duration::from_secs(4),
            String::new(),
        ))
        .expect("send");
        assert_eq!(d.poll(), Some((DialogKind::Open, None)));
        assert!(d.native);
    }
}
