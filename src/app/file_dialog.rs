//! goodfaith's own file dialog, drawn in the window. It is used when the
//! system has no file-dialog service (no xdg-desktop-portal, no zenity), so
//! that Save, Save As, Open and Export never silently do nothing.
//!
//! Why not a crate: `egui-file-dialog` 0.15 needs egui 0.36; `egui_file` 0.29
//! fits egui 0.37 but its folder and file-name fields carry no accessible
//! name (screen readers, and this app's AccessKit tests, cannot find them)
//! and it relies on glyphs the bundled fonts lack. This dialog is small and
//! keyboard-first: type a name and press Enter.

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

use super::dialogs::{DialogKind, FileDialogs};

/// One open in-app dialog.
struct Open {
    kind: DialogKind,
    dir: PathBuf,
    dir_text: String,
    name: String,
    entries: Vec<(String, bool)>,
    error: Option<String>,
    /// Save over an existing file only once the user confirmed it.
    confirm_replace: Option<PathBuf>,
    focus_name: bool,
    /// Import: every file listed, chosen at once with "Import all".
    all: Option<Vec<PathBuf>>,
}

/// In-app dialogs; also the fallback inside `NativeDialogs`.
#[derive(Default)]
pub struct InAppDialogs {
    open: Option<Open>,
    answer: Option<(DialogKind, Option<PathBuf>)>,
    /// The email file chosen for import (empty: cancelled).
    mail_answer: Option<Vec<PathBuf>>,
    /// The folder last used, where the next dialog starts.
    last_dir: Option<PathBuf>,
    /// The open matter's folder: where a dialog starts before one was used.
    matter_dir: Option<PathBuf>,
    /// Whether `matter_dir` was ever told (the first telling is no change
    /// of matter).
    matter_dir_told: bool,
    /// Said once at the top of the dialog (why it is not the system's).
    pub notice: Option<String>,
}

/// The extensions the dialog lists; the first is added to a name typed
/// without one when saving.
fn extensions(kind: DialogKind) -> &'static [&'static str] {
    match kind {
        DialogKind::ExportPdf | DialogKind::ExportExhibit => &["pdf"],
        DialogKind::ExportDocx | DialogKind::ExportLetter => &["docx"],
        DialogKind::ExportIcs => &["ics"],
        DialogKind::Open | DialogKind::SaveAs => &["json"],
        DialogKind::ImportMail => &["eml", "mbox", "msg", "mbx"],
    }
}

/// Dialogs that choose an existing file rather than name a new one.
fn picks_existing(kind: DialogKind) -> bool {
    matches!(kind, DialogKind::Open | DialogKind::ImportMail)
}

fn title(kind: DialogKind) -> &'static str {
    match kind {
        DialogKind::Open => "Open matter",
        DialogKind::SaveAs => "Save matter as",
        DialogKind::ExportPdf => "Export certificate as PDF",
        DialogKind::ExportDocx => "Export certificate as Word",
        DialogKind::ExportExhibit => "Export the chronology exhibit",
        DialogKind::ExportLetter => "Save the meet-and-confer letter",
        DialogKind::ExportIcs => "Save the deadlines as a calendar",
        DialogKind::ImportMail => "Import correspondence",
    }
}

fn start_dir() -> PathBuf {
    directories::UserDirs::new()
        .map(|u| u.home_dir().to_path_buf())
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_else(|| PathBuf::from("."))
}

impl Open {
    /// Reads the folder: sub-folders, then files with the dialog's extension.
    fn read_dir(&mut self) {
        self.entries.clear();
        self.error = None;
        self.dir_text = self.dir.display().to_string();
        let exts = extensions(self.kind);
        match std::fs::read_dir(&self.dir) {
            Ok(rd) => {
                for e in rd.flatten() {
                    let name = e.file_name().to_string_lossy().into_owned();
                    if name.starts_with('.') {
                        continue;
                    }
                    let is_dir = e.file_type().is_ok_and(|t| t.is_dir());
                    // Thunderbird and other mbox writers name a mailbox
                    // without an extension ("Inbox", "Sent"): for import,
                    // such files are listed too (the import tells a
                    // mailbox by its first bytes, not its name; review 347).
                    let fits = match Path::new(&name).extension() {
                        Some(x) => exts.iter().any(|e| x.eq_ignore_ascii_case(e)),
                        None => self.kind == DialogKind::ImportMail && !is_dir,
                    };
                    if is_dir || fits {
                        self.entries.push((name, is_dir));
                    }
                }
                self.entries.sort_by(|a, b| {
                    b.1.cmp(&a.1)
                        .then_with(|| a.0.to_lowercase().cmp(&b.0.to_lowercase()))
                });
            }
            Err(e) => self.error = Some(format!("Cannot read {}: {e}", self.dir.display())),
        }
    }

    fn enter(&mut self, dir: PathBuf) {
        self.dir = dir;
        self.confirm_replace = None;
        self.read_dir();
    }

    /// Whether the Folder box holds something other than the text the
    /// listing wrote into it.
    fn folder_edited(&self) -> bool {
        self.dir_text != self.dir.display().to_string()
    }

    /// Goes to the folder typed in the Folder box, if the box was changed:
    /// whether the folder listed is now the one shown. A folder that does
    /// not exist is refused, and the list stays where it was. Compared with
    /// the text the listing wrote, not the path, so a folder whose name does
    /// not survive display (ending in a space, not UTF-8) is never refused
    /// (review 346).
    fn apply_typed_folder(&mut self) -> bool {
        if !self.folder_edited() {
            return true;
        }
        if self.dir_text.trim().is_empty() {
            self.error = Some("Type a folder, or pick one from the list.".into());
            return false;
        }
        // As typed; failing that, without stray spaces around it.
        let typed = [self.dir_text.as_str(), self.dir_text.trim()]
            .into_iter()
            .map(PathBuf::from)
            .find(|p| p.is_dir());
        match typed {
            Some(dir) => {
                // A folder typed relative to nothing in particular is the
                // working folder's.
                let dir = std::path::absolute(&dir).unwrap_or(dir);
                self.enter(dir);
                true
            }
            None => {
                self.error = Some(format!(
                    "There is no folder {}. Type a folder that exists, or pick one from the list.",
                    self.dir_text.trim()
                ));
                false
            }
        }
    }

    /// The chosen path, or why not yet.
    fn confirm(&mut self) -> Option<PathBuf> {
        // The file goes into the folder the Folder box shows, never into
        // one it no longer shows (newcomer review 345: a folder typed and
        // then left with Tab was not applied, and the file was saved in the
        // home folder while the box named another).
        if !self.apply_typed_folder() {
            return None;
        }
        let name = self.name.trim();
        if name.is_empty() {
            self.error = Some("Type a file name first.".into());
            return None;
        }
        let mut path = self.dir.join(name);
        if path.is_dir() {
            self.enter(path);
            self.name.clear();
            return None;
        }
        if picks_existing(self.kind) {
            if !path.is_file() {
                self.error = Some(format!("There is no file {} here.", path.display()));
                return None;
            }
            return Some(path);
        }
        if path.extension().is_none() {
            path.set_extension(extensions(self.kind)[0]);
        }
        // Said here, with the dialog still open, not after it closed.
        if let Some(why) = self.kind.wrong_name(&path) {
            self.error = Some(format!("Not saved: {why}"));
            return None;
        }
        if path.exists() && self.confirm_replace.as_deref() != Some(path.as_path()) {
            self.error = Some(format!(
                "{} already exists. Press {} again to replace it.",
                path.display(),
                action(self.kind)
            ));
            self.confirm_replace = Some(path);
            return None;
        }
        Some(path)
    }
}

fn action(kind: DialogKind) -> &'static str {
    match kind {
        DialogKind::Open => "Open",
        DialogKind::ImportMail => "Import",
        DialogKind::SaveAs => "Save",
        DialogKind::ExportPdf
        | DialogKind::ExportDocx
        | DialogKind::ExportExhibit
        | DialogKind::ExportLetter
        | DialogKind::ExportIcs => "Export",
    }
}

impl InAppDialogs {
    pub fn is_open(&self) -> bool {
        self.open.is_some()
    }

    /// Draws the dialog while one is open.
    pub fn dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(open) = &mut self.open else {
            return;
        };
        let mut done: Option<Option<PathBuf>> = None;
        egui::Modal::new(egui::Id::unique("goodfaith-file-dialog")).show(ctx, |ui| {
            ui.set_width(520.0_f32.min(ctx.content_rect().width() - 80.0));
            ui.heading(title(open.kind));
            if let Some(n) = &self.notice {
                ui.label(RichText::new(n.as_str()).weak());
            }
            done = body_ui(ui, open);
        });
        if let Some(answer) = done
            && let Some(o) = self.open.take()
        {
            self.last_dir = Some(o.dir.clone());
            if o.kind == DialogKind::ImportMail {
                self.mail_answer = Some(o.all.unwrap_or_else(|| answer.into_iter().collect()));
            } else {
                self.answer = Some((o.kind, answer));
            }
        }
    }
}

fn body_ui(ui: &mut Ui, open: &mut Open) -> Option<Option<PathBuf>> {
    let mut done = None;
    // A folder typed and applied by the click that left the box: that click
    // was on the old listing, so it picks nothing in the new one (review
    // 346: it landed on whatever row of the new folder sat there).
    let mut applied = false;
    ui.horizontal(|ui| {
        let l = ui.label("Folder");
        let r = ui
            .add(egui::TextEdit::singleline(&mut open.dir_text).desired_width(330.0))
            .labelled_by(l.id);
        // Applied when the box is left, by Enter, Tab or a click elsewhere.
        if r.lost_focus() {
            applied = open.folder_edited();
            open.apply_typed_folder();
        }
        if ui
            .add_enabled(
                open.dir.parent().is_some(),
                egui::Button::new("Parent folder"),
            )
            .clicked()
            && let Some(p) = open.dir.parent().map(Path::to_path_buf)
        {
            open.enter(p);
        }
    });
    let mut go = None;
    egui::ScrollArea::vertical()
        .id_salt("file-dialog-list")
        .max_height(240.0)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            if open.entries.is_empty() {
                ui.label(RichText::new("No folders or matching files here.").weak());
            }
            for (name, is_dir) in &open.entries {
                let shown = if *is_dir {
                    format!("{name}/")
                } else {
                    name.clone()
                };
                let r = ui.selectable_label(!*is_dir && open.name == *name, shown);
                if r.clicked() {
                    go = Some((name.clone(), *is_dir, false));
                }
                if r.double_clicked() {
                    go = Some((name.clone(), *is_dir, true));
                }
            }
        });
    if applied {
        go = None;
    }
    if let Some((name, is_dir, twice)) = go {
        if is_dir {
            let p = open.dir.join(&name);
            open.enter(p);
        } else {
            open.name = name;
            if twice {
                done = open.confirm().map(Some);
            }
        }
    }
    let l = ui.label("File name");
    let r = ui
        .add(egui::TextEdit::singleline(&mut open.name).desired_width(f32::INFINITY))
        .labelled_by(l.id);
    if open.focus_name {
        r.request_focus();
        open.focus_name = false;
    }
    let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    if let Some(e) = &open.error {
        ui.label(
            RichText::new(e.as_str()).color(super::widgets::severity_color(
                crate::court::Severity::Blocker,
            )),
        );
    }
    ui.horizontal(|ui| {
        if ui.button(action(open.kind)).clicked() || enter {
            done = open.confirm().map(Some);
            // Not yet (the name exists and Enter again replaces it, a
            // folder was entered, or something is missing): the cursor
            // goes back to the name, so the next Enter answers (review
            // 347: it went nowhere, and Enter did nothing).
            if done.is_none() {
                open.focus_name = true;
            }
        }
        // Mail is often kept as one file per message: a folder of them is
        // imported at once rather than file by file (review 347). (The
        // import tells mail from other files by their bytes, and says which
        // it could not read.)
        let files: Vec<PathBuf> = open
            .entries
            .iter()
            .filter(|(_, is_dir)| !is_dir)
            .map(|(name, _)| open.dir.join(name))
            .collect();
        if open.kind == DialogKind::ImportMail
            && files.len() > 1
            && ui
                .button(format!("Import all {} files here", files.len()))
                .clicked()
            // Not by the click that applied a typed folder: it was made on
            // the listing before (as for a file picked in the list).
            && !applied
        {
            open.all = Some(files);
            done = Some(None);
        }
        if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            open.all = None;
            done = Some(None);
        }
    });
    done
}

impl FileDialogs for InAppDialogs {
    fn start(&mut self, kind: DialogKind, suggested_name: &str, _ctx: &egui::Context) {
        self.show(kind, suggested_name);
    }

    fn poll(&mut self) -> Option<(DialogKind, Option<PathBuf>)> {
        self.answer.take()
    }

    /// One email file, or every one the folder lists ("Import all"); more
    /// files can be dropped on the window.
    fn start_mail(&mut self, _ctx: &egui::Context) {
        self.show(DialogKind::ImportMail, "");
    }

    fn poll_mail(&mut self) -> Option<Vec<PathBuf>> {
        self.mail_answer.take()
    }

    fn ui(&mut self, ctx: &egui::Context) {
        self.dialog_ui(ctx);
    }

    fn set_matter_folder(&mut self, dir: Option<&Path>) {
        let dir = dir.map(Path::to_path_buf);
        // Another matter, in another folder: its dialogs start beside it,
        // not in the folder last used for the one before (review 346).
        if self.matter_dir_told && dir != self.matter_dir {
            self.last_dir = None;
        }
        self.matter_dir_told = true;
        self.matter_dir = dir;
    }
}

impl InAppDialogs {
    /// Opens the dialog (one at a time).
    pub fn show(&mut self, kind: DialogKind, suggested_name: &str) {
        if self.open.is_some() {
            return;
        }
        let dir = self
            .last_dir
            .clone()
            .or_else(|| self.matter_dir.clone().filter(|d| d.is_dir()))
            .unwrap_or_else(start_dir);
        let mut o = Open {
            kind,
            dir,
            dir_text: String::new(),
            name: suggested_name.to_string(),
            entries: vec![],
            error: None,
            confirm_replace: None,
            focus_name: true,
            all: None,
        };
        o.read_dir();
        self.open = Some(o);
    }

    /// Starts in `dir` (tests, and a path the user already chose).
    pub fn starting_in(dir: PathBuf) -> Self {
        InAppDialogs {
            last_dir: Some(dir),
            ..Default::default()
        }
    }
}
