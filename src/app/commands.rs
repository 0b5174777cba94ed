//! Every command the menus and shortcuts offer, with its label and shortcut
//! in one place (the menus read them, so they cannot drift apart).

use egui::{Key, KeyboardShortcut, Modifiers};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    New,
    Open,
    ImportMail,
    Save,
    SaveAs,
    ExportPdf,
    Print,
    ExportWord,
    CopyText,
    ExportExhibit,
    DraftLetter,
    ExportDeadlines,
    Undo,
    Redo,
    NextStep,
    PreviousStep,
    Quit,
}

impl Command {
    pub const ALL: [Command; 17] = [
        Command::New,
        Command::Open,
        Command::ImportMail,
        Command::Save,
        Command::SaveAs,
        Command::ExportPdf,
        Command::Print,
        Command::ExportWord,
        Command::CopyText,
        Command::ExportExhibit,
        Command::DraftLetter,
        Command::ExportDeadlines,
        Command::Undo,
        Command::Redo,
        Command::NextStep,
        Command::PreviousStep,
        Command::Quit,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Command::New => "New",
            Command::Open => "Open\u{2026}",
            Command::ImportMail => "Import correspondence\u{2026}",
            Command::Save => "Save",
            Command::SaveAs => "Save As\u{2026}",
            Command::ExportPdf => "Export PDF\u{2026}",
            Command::Print => "Print\u{2026}",
            Command::ExportWord => "Export Word\u{2026}",
            Command::CopyText => "Copy certificate text",
            Command::ExportExhibit => "Export exhibit\u{2026}",
            Command::DraftLetter => "Draft letter\u{2026}",
            Command::ExportDeadlines => "Deadlines (.ics)\u{2026}",
            Command::Undo => "Undo",
            Command::Redo => "Redo",
            Command::NextStep => "Next step",
            Command::PreviousStep => "Previous step",
            Command::Quit => "Quit",
        }
    }

    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let cmd = Modifiers::COMMAND;
        let shift = Modifiers::COMMAND | Modifiers::SHIFT;
        Some(match self {
            Command::New => KeyboardShortcut::new(cmd, Key::N),
            Command::Open => KeyboardShortcut::new(cmd, Key::O),
            Command::ImportMail => KeyboardShortcut::new(cmd, Key::I),
            Command::Save => KeyboardShortcut::new(cmd, Key::S),
            Command::SaveAs => KeyboardShortcut::new(shift, Key::S),
            Command::ExportPdf => KeyboardShortcut::new(cmd, Key::E),
            Command::Print => KeyboardShortcut::new(cmd, Key::P),
            // The outputs beyond the PDF have no shortcut of their own.
            Command::ExportWord
            | Command::CopyText
            | Command::ExportExhibit
            | Command::DraftLetter
            | Command::ExportDeadlines => return None,
            Command::Undo => KeyboardShortcut::new(cmd, Key::Z),
            Command::Redo => KeyboardShortcut::new(shift, Key::Z),
            Command::NextStep => KeyboardShortcut::new(cmd, Key::PageDown),
            Command::PreviousStep => KeyboardShortcut::new(cmd, Key::PageUp),
            Command::Quit => KeyboardShortcut::new(cmd, Key::Q),
        })
    }

    /// Commands whose shortcut was pressed this frame. Shift variants are
    /// checked first so Ctrl+Shift+S is not also read as Ctrl+S.
    pub fn pressed(ctx: &egui::Context) -> Vec<Command> {
        let mut order: Vec<Command> = Command::ALL.to_vec();
        order.sort_by_key(|c| c.shortcut().map_or(0, |s| -(s.modifiers.shift as i32)));
        ctx.input_mut(|i| {
            order
                .into_iter()
                .filter(|c| c.shortcut().is_some_and(|s| i.consume_shortcut(&s)))
                .collect()
        })
    }
}
