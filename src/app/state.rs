//! The app's state and its `ui` function: everything the window shows and
//! does, testable without a window (egui_kittest drives it directly).

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};
use jiff::civil::Date;

use super::commands::Command;
use super::dialogs::{DialogKind, FileDialogs};
use super::document::{Document, empty_matter};
use super::recovery::{AUTOSAVE_SECONDS, Recovery, RecoveryFile};
use super::steps::{self, ORDER};
use super::widgets::{FormCx, severity_color};
use crate::check::{Report, Step, Target, check, check_with_notes};
use crate::court::{Registry, Severity};
use crate::layout::Metrics;
use crate::matter::read_matter;
use crate::render::{Rendered, render_pages};

/// Where "today" comes from (injected so tests are deterministic).
pub trait Clock {
    fn today(&self) -> Date;
    /// The zone imported mail is told in: where the lawyer reads it.
    fn zone(&self) -> jiff::tz::TimeZone {
        jiff::tz::TimeZone::system()
    }
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn today(&self) -> Date {
        jiff::Zoned::now().date()
    }
}

/// A fixed day, for tests; mail is told in New York's time (daylight
/// saving time included, from a POSIX rule: no time-zone database needed),
/// wherever the tests run.
pub struct FixedClock(pub Date);

impl Clock for FixedClock {
    fn today(&self) -> Date {
        self.0
    }

    fn zone(&self) -> jiff::tz::TimeZone {
        jiff::tz::TimeZone::posix("EST5EDT,M3.2.0,M11.1.0")
            .unwrap_or_else(|_| jiff::tz::TimeZone::fixed(jiff::tz::offset(-5)))
    }
}

/// Something the user asked for that must first settle unsaved changes.
#[derive(Debug, Clone, PartialEq)]
enum Pending {
    New,
    Open,
    OpenPath(PathBuf),
    Quit,
}

/// A print job's answer to come, and a note to add to it (the DRAFT stamp).
type PrintJob = (
    std::sync::mpsc::Receiver<Result<String, String>>,
    Option<String>,
);

pub struct AppState {
    registry: &'static Registry,
    pub doc: Document,
    pub step: Step,
    court_filter: String,
    selected_event: Option<String>,
    jump: Option<Target>,
    /// The jump as it stood after the last frame: one still pending after a
    /// whole frame of its step has no box to land on, and is dropped.
    last_jump: Option<Target>,
    /// See `FormCx::unticked`.
    unticked: super::widgets::Unticked,
    report: Option<(u64, Report<'static>)>,
    preview: Option<(u64, bool, Rendered)>,
    metrics: Metrics,
    clock: Box<dyn Clock>,
    dialogs: Box<dyn FileDialogs>,
    recovery: Option<Recovery>,
    recent: Vec<PathBuf>,
    /// The last thing the app did or failed to do, in words.
    pub status: Option<(String, bool)>,
    confirm: Option<Pending>,
    after_save: Option<Pending>,
    offer_recovery: Option<RecoveryFile>,
    /// Set when the user chose to quit; the window glue closes.
    pub quit_now: bool,
    last_change: f64,
    autosaved: u64,
    queued: Vec<Command>,
    open_dialog: bool,
    /// The user chose "Don't save" for a pending New or Open.
    discard_ok: bool,
    /// Set by the last render when characters could not be drawn.
    glyph_warning: Option<String>,
    /// The step drawn last frame (to focus the first field of a new one).
    shown_step: Option<Step>,
    /// The last printed PDF, removed when replaced or when the app closes.
    print_file: Option<super::print::PrintFile>,
    /// The exhibit, letter and deadlines previews on the certificate step.
    previews: super::outputs::Previews,
    /// Email being reviewed for import (File › Import correspondence…).
    import_review: Option<super::import_review::ImportReview>,
    /// The widget that had the keyboard focus last frame.
    last_focus: Option<egui::Id>,
    /// A print job under way (lp or the viewer launcher run off the UI
    /// thread: either can take seconds) and what to add to its answer.
    printing: Option<PrintJob>,
}

impl AppState {
    /// `data_dir` holds the recovery copy and the recent-files list (None: neither).
    pub fn new(
        registry: &'static Registry,
        metrics: Metrics,
        clock: Box<dyn Clock>,
        dialogs: Box<dyn FileDialogs>,
        data_dir: Option<PathBuf>,
    ) -> Self {
        let recovery = data_dir.map(Recovery::new);
        let recent = recovery.as_ref().map(Recovery::recent).unwrap_or_default();
        let offer_recovery = recovery.as_ref().and_then(Recovery::read);
        AppState {
            registry,
            doc: Document::new(empty_matter(), None),
            step: Step::Court,
            court_filter: String::new(),
            selected_event: None,
            jump: None,
            last_jump: None,
            unticked: Default::default(),
            report: None,
            preview: None,
            metrics,
            clock,
            dialogs,
            recovery,
            recent,
            status: None,
            confirm: None,
            after_save: None,
            offer_recovery,
            quit_now: false,
            last_change: 0.0,
            autosaved: 0,
            queued: vec![],
            open_dialog: false,
            discard_ok: false,
            glyph_warning: None,
            shown_step: None,
            print_file: None,
            previews: super::outputs::Previews::default(),
            import_review: None,
            last_focus: None,
            printing: None,
        }
    }

    /// Queues a command, as a menu item or shortcut would.
    pub fn command(&mut self, c: Command) {
        self.queued.push(c);
    }

    pub fn report(&self) -> Option<&Report<'static>> {
        self.report.as_ref().map(|(_, r)| r)
    }

    /// Whether there are unsaved changes.
    pub fn dirty(&self) -> bool {
        self.doc.dirty()
    }

    /// The close button was pressed: returns whether the window may close now.
    pub fn close_requested(&mut self) -> bool {
        if self.quit_now || !self.doc.dirty() {
            self.clean_exit();
            return true;
        }
        self.confirm = Some(Pending::Quit);
        false
    }

    fn clean_exit(&mut self) {
        // Only this copy's own recovery file: one still on offer (another
        // copy's) is the user's to accept or discard next time.
        if !self.doc.dirty()
            && let Some(r) = &self.recovery
        {
            r.clear();
        }
    }

    /// The matter's court, if it is one the user can choose (a pack that only
    /// exists to be extended is not a court).
    fn court(&self) -> Option<&'static crate::court::CourtPack> {
        self.registry
            .get(&self.doc.matter.court)
            .filter(|p| p.selectable)
    }

    fn refresh_report(&mut self) {
        if self
            .report
            .as_ref()
            .is_some_and(|(rev, _)| *rev == self.doc.revision)
        {
            return;
        }
        self.report = self
            .registry
            .get(&self.doc.matter.court)
            .filter(|p| p.selectable)
            .map(|pack| {
                (
                    self.doc.revision,
                    check_with_notes(&self.doc.matter, pack, self.clock.today()),
                )
            });
    }

    fn refresh_preview(&mut self) {
        let ready = self.report().is_some_and(Report::ready);
        let draft = !ready;
        if self
            .preview
            .as_ref()
            .is_some_and(|(rev, d, _)| *rev == self.doc.revision && *d == draft)
        {
            return;
        }
        let Some(pack) = self.court() else {
            self.preview = None;
            return;
        };
        self.preview = render_pages(
            &self.doc.matter,
            self.registry,
            pack,
            self.clock.today(),
            &self.metrics,
            draft,
        )
        .ok()
        .map(|r| (self.doc.revision, draft, r));
    }

    /// Draws the whole app for one frame and applies what the user did.
    pub fn ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        let now = ctx.input(|i| i.time);
        let focus_gained = super::widgets::focus_gained(&ctx, &mut self.last_focus);
        // What the mouse clicked this frame, to give it the keyboard focus.
        let clicked = ctx.interaction_snapshot(|i| i.clicked);
        self.doc.tick(now);
        self.queued.extend(Command::pressed(&ctx));
        if let Some((kind, path)) = self.dialogs.poll() {
            self.dialog_answered(kind, path);
            // "Save" at the unsaved prompt before Open, on a matter never
            // saved, went through Save As: the Open dialog comes now, not
            // at the next command (review 346).
            self.open_if_asked(&ctx);
        }
        if let Some(notice) = self.dialogs.take_notice() {
            self.status = Some((notice, false));
        }
        self.import_poll(&ctx);
        self.print_poll();
        self.refresh_report();
        // Arriving at a step puts the cursor in its first field, so the keys
        // go to the form rather than to the menus and step list first.
        if self.shown_step != Some(self.step) {
            self.shown_step = Some(self.step);
            if self.jump.as_ref().is_none_or(|j| j.step != self.step) {
                self.jump = Some(Target::step(self.step));
            }
        }
        if self.step == Step::Certificate {
            self.refresh_preview();
            let draft = !self.report().is_some_and(Report::ready);
            let pack = self.court();
            self.previews.refresh(
                self.doc.revision,
                draft,
                &self.doc.matter,
                pack,
                self.clock.today(),
                &self.metrics,
            );
        }

        self.menu_ui(ui);
        self.header_ui(ui);
        let mut jump = None;
        let width = ctx.content_rect().width();
        let (default, range) = super::frame::steps_panel(width);
        egui::Panel::left("steps")
            .resizable(true)
            .default_size(default)
            .size_range(range)
            .show(ui, |ui| self.steps_ui(ui));
        let (default, range) = super::frame::findings_panel(width);
        let registry = self.registry;
        egui::Panel::right("findings-panel")
            .resizable(true)
            .default_size(default)
            .size_range(range)
            .show(ui, |ui| {
                jump =
                    super::findings::panel_ui(ui, self.report.as_ref().map(|(_, r)| r), registry);
            });
        let changed = egui::CentralPanel::default()
            .show(ui, |ui| self.step_ui(ui, focus_gained))
            .inner;
        // A step's first field is focused in the frame that draws the step,
        // or not at all: left pending, the jump would take the cursor from
        // wherever the user has put it by the time a field of the step is
        // drawn (a contact added later, its Date box). Any other jump still
        // pending after a whole frame of its step has no box to land on (a
        // finding about who took part, or what came back): dropped, or it
        // would hold its contact selected and the user could pick no other
        // (review 346). A jump set while the step is drawn (Add party) gets
        // the next frame, which draws its box.
        if let Some(j) = &self.jump
            && j.step == self.step
            && ((j.id.is_none() && j.field.is_none()) || self.last_jump.as_ref() == Some(j))
        {
            self.jump = None;
        }
        // A finding's "Go to" takes effect from the next frame: a box that
        // asked for the focus in the frame of the click lost it to the link
        // itself (egui gives a clicked widget the focus after the frame's
        // requests), so a box on another step never got the cursor.
        if let Some(t) = jump {
            self.step = t.step;
            // Arrived at by the finding's own target: the step's first
            // field must not take the cursor from it next frame.
            self.shown_step = Some(t.step);
            self.jump = Some(t);
            ctx.request_repaint();
        }
        self.last_jump = self.jump.clone();
        if changed {
            self.doc.changed(now);
            self.last_change = now;
            ctx.request_repaint();
        }
        self.modals_ui(&ctx);
        self.dialogs.ui(&ctx);
        self.import_ui(&ctx, now);
        for c in std::mem::take(&mut self.queued) {
            self.run(c, &ctx);
        }
        self.autosave(now, &ctx);
        // A clicked check box, button or menu keeps the keyboard focus, as on
        // every desktop: the next Tab goes on from it rather than starting
        // over at the File menu.
        if let Some(id) = clicked
            && ctx
                .read_response(id)
                .is_some_and(|r| r.sense.is_focusable())
            && ctx.memory(|m| m.focused().is_none())
        {
            ctx.memory_mut(|m| m.request_focus(id));
        }
    }

    fn step_ui(&mut self, ui: &mut Ui, focus_gained: Option<egui::Id>) -> bool {
        let findings: &[crate::check::Finding<'static>] = self
            .report
            .as_ref()
            .map_or(&[], |(_, r)| r.findings.as_slice());
        let item_states: &[(compact_str::CompactString, crate::check::ItemState)] = self
            .report
            .as_ref()
            .map_or(&[], |(_, r)| r.items.as_slice());
        let mut cx = FormCx {
            findings,
            item_states,
            jump: &mut self.jump,
            today: self.clock.today(),
            changed: false,
            focus_gained,
            unticked: &mut self.unticked,
        };
        let m = &mut self.doc.matter;
        if self.step == Step::Certificate {
            let level = self.report.as_ref().map(|(_, r)| r.level());
            let (composed, pages) = match &self.preview {
                Some((_, _, r)) => (Some(&r.certificate), r.pages.as_slice()),
                None => (None, &[][..]),
            };
            match steps::certificate::ui(ui, m, composed, pages, level, &mut self.previews, &mut cx)
            {
                steps::certificate::Action::Export => self.queued.push(Command::ExportPdf),
                steps::certificate::Action::Print => self.queued.push(Command::Print),
                steps::certificate::Action::Command(c) => self.queued.push(c),
                steps::certificate::Action::None => {}
            }
            return cx.changed;
        }
        egui::ScrollArea::vertical()
            .id_salt(("form", steps::label(self.step)))
            .auto_shrink([false, false])
            .show(ui, |ui| {
                match self.step {
                    Step::Court => {
                        steps::court::ui(ui, m, self.registry, &mut self.court_filter, &mut cx)
                    }
                    Step::Case => steps::case::ui(ui, m, &mut cx),
                    Step::Parties => steps::parties::ui(ui, m, &mut cx),
                    Step::Items => steps::items::ui(ui, m, &mut cx),
                    Step::Conferrals => steps::log::ui(ui, m, &mut self.selected_event, &mut cx),
                    Step::Certificate => {}
                }
                cx.keep_focus_in_view(ui);
            });
        cx.changed
    }

    fn steps_ui(&mut self, ui: &mut Ui) {
        ui.heading("Steps");
        let report = self.report.as_ref().map(|(_, r)| r);
        // A neutral selection fill: a red or amber step must stay readable
        // when it is the selected one (red on blue was not).
        let v = ui.visuals_mut();
        v.selection.bg_fill = if v.dark_mode {
            egui::Color32::from_gray(70)
        } else {
            egui::Color32::from_gray(215)
        };
        v.selection.stroke.color = v.text_color();
        for (n, step) in ORDER.into_iter().enumerate() {
            let done = steps::complete(step, &self.doc.matter, report);
            let (line, color) = steps::step_line(n, step, done, report);
            let selected = self.step == step;
            let text = match color {
                Some(c) if !selected => RichText::new(line).color(c),
                _ => RichText::new(line).strong(),
            };
            let r = ui.add(egui::Button::selectable(selected, text).wrap());
            if r.clicked() {
                self.step = step;
            }
        }
        ui.add_space(12.0);
        ui.label(RichText::new("Ctrl+PageDown / Ctrl+PageUp: next / previous step").small());
    }

    fn header_ui(&mut self, ui: &mut Ui) {
        egui::Panel::top("header").show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                let dirty = if self.doc.dirty() {
                    " \u{2022} unsaved changes"
                } else {
                    ""
                };
                ui.label(RichText::new(format!("{}{dirty}", self.doc.name())).strong());
                let verdict = match self.report() {
                    Some(r) => RichText::new(r.verdict())
                        .color(super::widgets::verdict_color(r.level()))
                        .strong(),
                    None => RichText::new("Choose the court to start."),
                };
                ui.label(verdict);
            });
            if let Some((msg, error)) = &self.status {
                let t = RichText::new(msg.as_str());
                ui.label(if *error {
                    t.color(severity_color(Severity::Blocker))
                } else {
                    t
                });
            }
        });
    }

    fn menu_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        egui::Panel::top("menu").show(ui, |ui| {
            egui::MenuBar::new().ui(ui, |ui| {
                ui.menu_button("File", |ui| {
                    for c in [Command::New, Command::Open, Command::ImportMail] {
                        self.menu_item(ui, &ctx, c);
                    }
                    ui.menu_button("Open Recent", |ui| {
                        if self.recent.is_empty() {
                            ui.label("No recent files");
                        }
                        for p in self.recent.clone() {
                            if ui.button(p.display().to_string()).clicked() {
                                self.request(Pending::OpenPath(p));
                            }
                        }
                    });
                    ui.separator();
                    for c in [
                        Command::Save,
                        Command::SaveAs,
                        Command::ExportPdf,
                        Command::Print,
                    ] {
                        self.menu_item(ui, &ctx, c);
                    }
                    ui.separator();
                    for c in super::outputs::COMMANDS {
                        self.menu_item(ui, &ctx, c);
                    }
                    ui.separator();
                    self.menu_item(ui, &ctx, Command::Quit);
                });
                ui.menu_button("Edit", |ui| {
                    for c in [Command::Undo, Command::Redo] {
                        self.menu_item(ui, &ctx, c);
                    }
                });
                ui.menu_button("Go", |ui| {
                    for c in [Command::NextStep, Command::PreviousStep] {
                        self.menu_item(ui, &ctx, c);
                    }
                });
            });
        });
    }

    fn menu_item(&mut self, ui: &mut Ui, ctx: &egui::Context, c: Command) {
        let enabled = match c {
            Command::Undo => self.doc.can_undo(),
            Command::Redo => self.doc.can_redo(),
            _ => true,
        };
        let shortcut = c
            .shortcut()
            .map(|s| ctx.format_shortcut(&s))
            .unwrap_or_default();
        if ui
            .add_enabled(
                enabled,
                egui::Button::new(c.label()).shortcut_text(shortcut),
            )
            .clicked()
        {
            self.queued.push(c);
        }
    }

    fn modals_ui(&mut self, ctx: &egui::Context) {
        if let Some(rec) = &self.offer_recovery {
            let mut choice = None;
            egui::Modal::new(egui::Id::unique("goodfaith-recover")).show(ctx, |ui| {
                ui.heading("Recover unsaved work?");
                let from = rec
                    .path
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|| "an unsaved matter".into());
                ui.label(format!(
                    "goodfaith did not close cleanly last time. A copy of {from} was kept on {}.",
                    rec.written
                ));
                ui.horizontal(|ui| {
                    if ui.button("Recover it").clicked() {
                        choice = Some(true);
                    }
                    if ui.button("Discard it").clicked() {
                        choice = Some(false);
                    }
                });
            });
            match choice {
                Some(true) => {
                    if let Some(rec) = self.offer_recovery.take() {
                        self.doc = Document::new(rec.matter.clone(), rec.path.clone());
                        self.doc.mark_unsaved();
                        if let Some(r) = &self.recovery {
                            r.settle(rec, true);
                        }
                        // Any other orphaned copy waits for the next start:
                        // recovering it now would replace this one.
                        self.status = Some((
                            "Recovered your unsaved work. Save it to keep it.".into(),
                            false,
                        ));
                    }
                }
                Some(false) => {
                    if let (Some(rec), Some(r)) = (self.offer_recovery.take(), &self.recovery) {
                        r.settle(rec, false);
                    }
                    self.offer_recovery = self.recovery.as_ref().and_then(Recovery::read);
                }
                None => {}
            }
            return;
        }
        let Some(pending) = self.confirm.clone() else {
            return;
        };
        let mut choice = None;
        // Whether Save has had the focus since the prompt opened.
        let once = egui::Id::unique("goodfaith-unsaved-focused");
        let shown = egui::Modal::new(egui::Id::unique("goodfaith-unsaved")).show(ctx, |ui| {
            ui.heading("Unsaved changes");
            ui.label(format!("Save the changes to {} first?", self.doc.name()));
            ui.horizontal(|ui| {
                let save = ui.button("Save");
                // Opened from the keyboard (Ctrl+Q, Ctrl+N): Save takes the
                // focus once, from the field typed in last, so Enter or
                // Space saves and Tab reaches the others (newcomer review
                // 345: no button had the focus).
                if !ui.data(|d| d.get_temp::<bool>(once).unwrap_or(false)) {
                    save.request_focus();
                    ui.data_mut(|d| d.insert_temp(once, true));
                }
                if save.clicked() {
                    choice = Some(0);
                }
                if ui.button("Don't save").clicked() {
                    choice = Some(1);
                }
                if ui.button("Cancel").clicked() {
                    choice = Some(2);
                }
            });
        });
        // Escape (or a click outside) is Cancel: nothing is lost or saved.
        if choice.is_none() && shown.should_close() {
            choice = Some(2);
        }
        if choice.is_some() {
            ctx.data_mut(|d| d.remove::<bool>(once));
        }
        match choice {
            Some(0) => {
                self.confirm = None;
                self.after_save = Some(pending);
                self.queued.push(Command::Save);
            }
            Some(1) => {
                self.confirm = None;
                self.perform(pending, ctx);
            }
            Some(2) => self.confirm = None,
            _ => {}
        }
    }

    /// Asks about unsaved changes first when there are any.
    fn request(&mut self, p: Pending) {
        if self.doc.dirty() {
            self.confirm = Some(p);
        } else {
            self.queued_pending(p);
        }
    }

    fn queued_pending(&mut self, p: Pending) {
        self.after_save = None;
        match p {
            Pending::New => {
                self.replaced();
                self.doc = Document::new(empty_matter(), None);
                self.step = Step::Court;
                self.selected_event = None;
                self.status = Some(("New matter.".into(), false));
            }
            Pending::Open => self.open_dialog = true,
            Pending::OpenPath(path) => self.open(&path),
            Pending::Quit => {
                self.clean_exit();
                self.quit_now = true;
            }
        }
    }

    fn perform(&mut self, p: Pending, ctx: &egui::Context) {
        // The user chose to discard the changes. The document is marked saved
        // only when it is actually replaced (New, a successful Open) or the app
        // quits; a cancelled Open dialog leaves the changes, and their
        // recovery copy, in place.
        self.discard_ok = true;
        if matches!(p, Pending::Quit) {
            self.doc.mark_saved();
            if let Some(r) = &self.recovery {
                r.clear();
            }
        }
        self.queued_pending(p);
        self.open_if_asked(ctx);
    }

    fn run(&mut self, c: Command, ctx: &egui::Context) {
        // A dialog opens beside the matter's own file, named absolutely: a
        // system dialog would read a relative folder against its own working
        // folder. (A file named on the command line alone is in ours.)
        let folder = self
            .doc
            .path
            .as_deref()
            .and_then(std::path::Path::parent)
            .map(|f| {
                let f = if f.as_os_str().is_empty() {
                    std::path::Path::new(".")
                } else {
                    f
                };
                std::path::absolute(f).unwrap_or_else(|_| f.to_path_buf())
            });
        self.dialogs.set_matter_folder(folder.as_deref());
        match c {
            Command::New => self.request(Pending::New),
            Command::Open => self.request(Pending::Open),
            Command::Quit => self.request(Pending::Quit),
            Command::ImportMail => self.dialogs.start_mail(ctx),
            Command::Save => match self.doc.path.clone() {
                Some(p) => self.save_to(&p),
                None => self
                    .dialogs
                    .start(DialogKind::SaveAs, &self.suggested_name("json"), ctx),
            },
            Command::SaveAs => {
                self.dialogs
                    .start(DialogKind::SaveAs, &self.suggested_name("json"), ctx)
            }
            Command::ExportPdf => {
                if self.court().is_none() {
                    self.status = Some((
                        "Choose the court before exporting the certificate.".into(),
                        true,
                    ));
                } else {
                    let name = format!("Certificate - {}", self.suggested_name("pdf"));
                    self.dialogs.start(DialogKind::ExportPdf, &name, ctx);
                }
            }
            Command::Print => self.print(ctx),
            Command::CopyText => {
                self.status = Some(super::outputs::copy_text(ctx, &self.output_source()));
            }
            Command::ExportWord
            | Command::ExportExhibit
            | Command::DraftLetter
            | Command::ExportDeadlines => {
                let stem = self.suggested_name("");
                let stem = stem.trim_end_matches('.');
                match super::outputs::dialog_for(c, self.court().is_some(), stem) {
                    Ok((kind, name)) => self.dialogs.start(kind, &name, ctx),
                    Err(msg) => self.status = Some((msg, true)),
                }
            }
            // A status line told what was just done ("Added 1 entry … Its
            // attachment is saved"): once that is undone it no longer holds
            // (review 348). An error still stands until it is dealt with.
            Command::Undo | Command::Redo => {
                if c == Command::Undo {
                    self.doc.undo();
                } else {
                    self.doc.redo();
                }
                if self.status.as_ref().is_some_and(|(_, error)| !error) {
                    self.status = None;
                }
            }
            Command::NextStep | Command::PreviousStep => {
                let i = ORDER.iter().position(|s| *s == self.step).unwrap_or(0);
                let j = if c == Command::NextStep {
                    (i + 1).min(ORDER.len() - 1)
                } else {
                    i.saturating_sub(1)
                };
                self.step = ORDER[j];
            }
        }
        self.open_if_asked(ctx);
    }

    /// Starts the Open dialog that the user asked for (`Pending::Open`),
    /// once the question or dialog before it is answered.
    fn open_if_asked(&mut self, ctx: &egui::Context) {
        if self.open_dialog {
            self.open_dialog = false;
            self.dialogs.start(DialogKind::Open, "", ctx);
        }
    }

    fn suggested_name(&self, ext: &str) -> String {
        let case = self.doc.matter.caption.case_number.trim();
        let stem = if case.is_empty() {
            "matter".to_string()
        } else {
            case.replace(['/', '\\', ':'], "-")
        };
        format!("{stem}.{ext}")
    }

    fn dialog_answered(&mut self, kind: DialogKind, path: Option<PathBuf>) {
        let Some(path) = path else {
            self.after_save = None;
            return; // cancelled
        };
        match kind {
            // Edits made while the dialog was open are not dropped silently.
            DialogKind::Open if self.doc.dirty() && !self.discard_ok => {
                self.confirm = Some(Pending::OpenPath(path))
            }
            DialogKind::Open => self.open(&path),
            DialogKind::SaveAs => self.save_to(&path),
            DialogKind::ExportPdf => self.export(&path),
            other => self.status = Some(super::outputs::write(other, &path, &self.output_source())),
        }
    }

    /// What the exports other than the PDF read from the open document.
    fn output_source(&self) -> super::outputs::Source<'_> {
        super::outputs::Source {
            matter: &self.doc.matter,
            matter_path: self.doc.path.as_deref(),
            registry: self.registry,
            pack: self.court(),
            today: self.clock.today(),
        }
    }

    /// The open document is about to be replaced: the user has saved or chosen
    /// to discard it, so its recovery copy goes and the discard choice is spent.
    fn replaced(&mut self) {
        self.discard_ok = false;
        self.selected_event = None;
        // Another matter's notes never come back in this one.
        self.unticked.clear();
        if let Some(r) = &self.recovery {
            r.clear();
        }
    }

    /// Opens a matter file (the app's Open, and a path given at start).
    pub fn open_path(&mut self, path: &Path) {
        self.open(path);
    }

    fn open(&mut self, path: &Path) {
        match read_matter(path) {
            Ok((m, _)) => {
                if self
                    .registry
                    .get(&m.court)
                    .filter(|p| p.selectable)
                    .is_none()
                    && !m.court.is_empty()
                {
                    self.status = Some((
                        format!(
                            "{}: unknown court \"{}\"; opened it anyway; choose the court.",
                            path.display(),
                            m.court
                        ),
                        true,
                    ));
                } else {
                    self.status = Some((format!("Opened {}.", path.display()), false));
                }
                self.replaced();
                self.doc = Document::new(m, Some(path.to_path_buf()));
                self.step = Step::Court;
                self.selected_event = None;
                self.remember(path);
            }
            Err(e) => self.status = Some((format!("Could not open: {e}"), true)),
        }
    }

    fn remember(&mut self, path: &Path) {
        if let Some(r) = &self.recovery {
            self.recent = r.add_recent(path);
        }
    }

    pub fn save_to(&mut self, path: &Path) {
        let json = match serde_json::to_string_pretty(&self.doc.matter) {
            Ok(j) => j + "\n",
            Err(e) => {
                self.status = Some((format!("Could not save: {e}"), true));
                return;
            }
        };
        // Never refuse to save (that could lose work), but say plainly if the
        // file would not reopen.
        let problem = crate::matter::parse_matter(&json, &path.display().to_string()).err();
        match crate::save::write_matter(path, json.as_bytes()) {
            Ok(()) => {
                self.doc.path = Some(path.to_path_buf());
                self.doc.mark_saved();
                self.status = Some(match problem {
                    None => (format!("Saved {}.", path.display()), false),
                    Some(e) => (
                        format!(
                            "Saved, but the file has a problem to fix before it can be reopened: {e}"
                        ),
                        true,
                    ),
                });
                self.remember(path);
                if let Some(r) = &self.recovery {
                    r.clear();
                }
                if let Some(p) = self.after_save.take() {
                    self.queued_pending(p);
                }
            }
            Err(e) => {
                self.after_save = None;
                self.status = Some((
                    format!(
                        "Could not save {}: {e}. Your work is still open, and the previous file is unchanged.",
                        path.display()
                    ),
                    true,
                ));
            }
        }
    }

    fn render_pdf_bytes(&mut self) -> Result<(Vec<u8>, usize, bool), String> {
        let pack = self.court().ok_or("Choose the court first.")?;
        let today = self.clock.today();
        let report = check(&self.doc.matter, pack, today);
        let mut draft = !report.ready();
        let (mut bytes, mut r) = crate::render::render_pdf(
            &self.doc.matter,
            self.registry,
            pack,
            today,
            draft,
            &jiff::Zoned::now(),
        )
        .map_err(|e| e.to_string())?;
        // Characters the font cannot draw would be blank in a filed PDF.
        if !draft && !r.missing_glyphs.is_empty() {
            draft = true;
            (bytes, r) = crate::render::render_pdf(
                &self.doc.matter,
                self.registry,
                pack,
                today,
                true,
                &jiff::Zoned::now(),
            )
            .map_err(|e| e.to_string())?;
        }
        if !r.missing_glyphs.is_empty() {
            let chars: String = r.missing_glyphs.iter().collect();
            self.glyph_warning = Some(format!(
                " The certificate font cannot draw {chars}; those characters would be blank, so this is a DRAFT."
            ));
        } else {
            self.glyph_warning = None;
        }
        Ok((bytes, r.pages.len(), draft))
    }

    /// Why an export is a DRAFT, in the verdict's terms.
    fn draft_reason(&self) -> &'static str {
        match self.report().map(Report::level) {
            Some(crate::check::Verdict::AtRisk) => "findings at risk remain",
            Some(crate::check::Verdict::Ready) => "the font cannot draw some characters",
            _ => "blockers remain",
        }
    }

    pub fn export(&mut self, path: &Path) {
        // Exporting over the open matter file would replace the record with the PDF.
        let refused = match &self.doc.path {
            Some(matter) => crate::save::refuse_input_as_output(path, matter),
            None => Ok(()),
        }
        .and_then(|()| {
            crate::save::refuse_attachment_as_output(
                path,
                &self.doc.matter,
                self.doc.path.as_deref(),
            )
        })
        .and_then(|()| crate::save::ensure_replaceable(path));
        if let Err(e) = refused {
            self.status = Some((format!("Not exported: {e}."), true));
            return;
        }
        if let Some(why) = DialogKind::ExportPdf.wrong_name(path) {
            self.status = Some((format!("Not exported: {why}"), true));
            return;
        }
        match self.render_pdf_bytes() {
            Ok((bytes, pages, draft)) => match crate::save::write_atomic(path, &bytes) {
                Ok(()) => {
                    let what = if draft {
                        format!("a DRAFT ({}; not for filing)", self.draft_reason())
                    } else {
                        "the certificate".to_string()
                    };
                    self.status = Some((
                        format!(
                            "Exported {what} to {} ({pages} page{}).{}",
                            path.display(),
                            if pages == 1 { "" } else { "s" },
                            self.glyph_warning.clone().unwrap_or_default()
                        ),
                        draft,
                    ));
                }
                Err(e) => {
                    self.status = Some((format!("Could not write {}: {e}", path.display()), true))
                }
            },
            Err(e) => self.status = Some((format!("Could not render the certificate: {e}"), true)),
        }
    }

    fn print(&mut self, ctx: &egui::Context) {
        let (bytes, _, draft) = match self.render_pdf_bytes() {
            Ok(x) => x,
            Err(e) => {
                self.status = Some((format!("Could not render the certificate: {e}"), true));
                return;
            }
        };
        // A private file (0600, unpredictable name) that lives until the next
        // print or the app's exit: the viewer may still be reading it.
        self.print_file = None;
        let file = match super::print::private_pdf(&bytes) {
            Ok(f) => f,
            Err(e) => {
                self.status = Some((format!("Could not prepare the PDF for printing: {e}"), true));
                return;
            }
        };
        let path = file.path().to_path_buf();
        self.print_file = Some(file);
        let (tx, rx) = std::sync::mpsc::channel();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let _ = tx.send(super::print::print_pdf(&path));
            ctx.request_repaint();
        });
        let draft_note = draft.then(|| format!("It is stamped DRAFT: {}.", self.draft_reason()));
        self.printing = Some((rx, draft_note));
        self.status = Some(("Printing the certificate\u{2026}".into(), false));
    }

    /// The answer of a print job under way, once it has come.
    fn print_poll(&mut self) {
        let Some((rx, draft_note)) = &self.printing else {
            return;
        };
        let answer = match rx.try_recv() {
            Ok(answer) => answer,
            Err(std::sync::mpsc::TryRecvError::Empty) => return,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                Err("The print job stopped without an answer.".into())
            }
        };
        self.status = Some(match (answer, draft_note) {
            (Ok(msg), Some(note)) => (format!("{msg} {note}"), true),
            (Ok(msg), None) => (msg, false),
            (Err(msg), _) => (msg, true),
        });
        self.printing = None;
    }

    /// Email files chosen in the dialog or dropped on the window open the review.
    fn import_poll(&mut self, ctx: &egui::Context) {
        let mut files = self.dialogs.poll_mail().unwrap_or_default();
        files.extend(ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect::<Vec<_>>()
        }));
        if !files.is_empty() {
            self.import_files(&files);
        }
    }

    /// Reads email files into the review list (the matter is not changed yet).
    pub fn import_files(&mut self, files: &[PathBuf]) {
        // With a folder to keep them in (the matter's own), the
        // attachments are kept to be saved beside it.
        let keep = self.doc.path.is_some();
        let review = super::import_review::ImportReview::read(
            &self.doc.matter,
            files,
            keep,
            &self.clock.zone(),
        );
        self.import_review = Some(review);
    }

    fn import_ui(&mut self, ctx: &egui::Context, now: f64) {
        use super::import_review::ReviewAction;
        let Some(review) = &mut self.import_review else {
            return;
        };
        match review.ui(ctx) {
            ReviewAction::None => {}
            ReviewAction::Cancel => self.import_review = None,
            ReviewAction::Confirm(mut proposals) => {
                self.import_review = None;
                let attachments =
                    super::import_save::save_attachments(&mut proposals, self.doc.path.as_deref());
                let events: Vec<_> = proposals.into_iter().map(|p| p.event).collect();
                let mut ids = vec![];
                if !events.is_empty() {
                    self.doc.change_as_one_step(now, |m| {
                        ids = crate::import::add_entries(m, events);
                    });
                    self.last_change = now;
                    self.step = Step::Conferrals;
                }
                self.selected_event = ids.first().cloned();
                self.status = Some((
                    if ids.is_empty() {
                        format!(
                            "Nothing was added to the conferral log.{}",
                            attachments.note
                        )
                    } else {
                        format!(
                            "Added {} to the conferral log from email (Edit \u{203a} Undo removes {}).{}",
                            if ids.len() == 1 {
                                "1 entry".to_string()
                            } else {
                                format!("{} entries", ids.len())
                            },
                            if ids.len() == 1 { "it" } else { "them" },
                            attachments.note
                        )
                    },
                    attachments.failed,
                ));
            }
        }
    }

    fn autosave(&mut self, now: f64, ctx: &egui::Context) {
        if !self.doc.dirty() || self.autosaved == self.doc.revision {
            return;
        }
        let wait = AUTOSAVE_SECONDS - (now - self.last_change);
        if wait > 0.0 {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait));
            return;
        }
        if let Some(r) = &self.recovery {
            match r.write(&self.doc.matter, self.doc.path.as_deref()) {
                Ok(()) => self.autosaved = self.doc.revision,
                Err(e) => {
                    self.status = Some((format!("Could not write the recovery copy: {e}"), true))
                }
            }
        }
    }
}
