//! File › Import correspondence… in the app, driven through egui_kittest as
//! a user would: pick the mail, read the review list, untick a message,
//! confirm, see the entries in the log, and undo the import in one step.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on broken setup

mod common;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use goodfaith::app::dialogs::ScriptedDialogs;
use goodfaith::app::{AppState, FixedClock, install_fonts};
use goodfaith::check::Step;
use goodfaith::court::Registry;
use goodfaith::layout::Metrics;
use jiff::civil::date;

fn harness(dialogs: ScriptedDialogs) -> Harness<'static, AppState> {
    harness_with(Box::new(dialogs))
}

fn harness_with(
    dialogs: Box<dyn goodfaith::app::dialogs::FileDialogs>,
) -> Harness<'static, AppState> {
    let registry: &'static Registry = Box::leak(Box::new(Registry::embedded().expect("packs")));
    let mut state = AppState::new(
        registry,
        Metrics::new().expect("fonts"),
        Box::new(FixedClock(date(2017, 3, 20))),
        dialogs,
        None,
    );
    let dir = tempfile::tempdir().unwrap().keep();
    let m = dir.join("smith-v-acme.json");
    std::fs::copy(common::fixture("mail/matter.json"), &m).unwrap();
    state.open_path(&m);
    Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .with_context_setup(install_fonts)
        .build_ui_state(|ui, s: &mut AppState| s.ui(ui), state)
}

#[test]
fn imported_mail_is_reviewed_ticked_added_at_once_and_undone_in_one_step() {
    let mail = [
        "01-demand-gmail.eml",
        "02-reply-outlook.eml",
        "04-forwarded.eml",
        "06-unknown-sender.eml",
    ]
    .map(|f| common::fixture(&format!("mail/{f}")));
    let mut dialogs = ScriptedDialogs::default();
    dialogs.mail = mail.to_vec();
    let mut h = harness(dialogs);
    h.run();
    assert_eq!(h.state().doc.matter.conferrals.len(), 1);

    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Import correspondence").click();
    h.run();

    // The review: one row per message to add, with who and what it raises;
    // the unknown sender is listed as not added, with the reason.
    h.get_by_label_contains("3 messages to add to the conferral log, 1 not added");
    h.get_by_label("2017-03-08 17:40");
    h.get_by_label("Jane Roe, John Doe, Mary Major");
    h.get_by_label(
        "Interrogatory No. 4, Request for Production No. 3, Request for Production No. 4, Request for Production No. 5",
    );
    let unknown = h.get_by_label_contains(
        "2017-03-15 12:00 \u{2014} Pat Paralegal <pat@roelaw.com> \u{2014} Smith v. Acme: production schedule for RFP 12",
    );
    assert!(
        format!("{unknown:?}").contains("not a counsel or pro se party"),
        "{unknown:?}"
    );
    assert_eq!(
        h.state().doc.matter.conferrals.len(),
        1,
        "nothing added yet"
    );

    // Leave out the forward to opposing counsel, then confirm.
    h.get_by_label("2017-03-13 08:02").click();
    h.run();
    h.get_by_label("Add 2 messages to the log").click();
    h.run();
    h.run();

    let s = h.state();
    let log = &s.doc.matter.conferrals;
    assert_eq!(log.len(), 3);
    assert_eq!(log[1].id, "e2");
    assert_eq!(log[1].source, "CAF8kq=YbT3xv0u2k1Q@mail.gmail.com");
    assert_eq!(log[2].initiated_by, "c3");
    assert_eq!(s.step, Step::Conferrals, "the log shows them at once");
    assert!(s.dirty());
    let (status, error) = s.status.clone().expect("status");
    assert!(!error);
    assert!(
        status.starts_with("Added 2 entries to the conferral log"),
        "{status}"
    );
    // The demand's attachment is saved beside the matter, and the entry
    // names that file, so the exhibit can attach it (review 347: only the
    // name was kept, and Export exhibit failed on it).
    assert!(status.contains("attachment is saved in"), "{status}");
    assert_eq!(
        log[1].attachments,
        ["smith-v-acme attachments/2017-03-08 Letter to Doe.pdf"]
    );
    let folder = s.doc.path.as_ref().unwrap().parent().unwrap().to_path_buf();
    assert!(
        folder
            .join("smith-v-acme attachments/2017-03-08 Letter to Doe.pdf")
            .is_file()
    );
    // The log lists the new entries.
    h.get_by_label_contains(
        "March 8, 2017, 5:40 p.m. \u{00b7} Email \u{00b7} Jane Roe, John Doe, Mary Major \u{00b7} 4 requests",
    );
    h.get_by_label_contains("March 9, 2017, 9:05 a.m. \u{00b7} Email \u{00b7} John Doe, Jane Roe, Mary Major \u{00b7} 1 request");

    // One undo removes the whole import; redo brings it back.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().doc.matter.conferrals.len(), 1);
    // The status no longer says entries were added (review 348); the saved
    // attachment stays where it is, for the redo or the next import.
    assert_eq!(h.state().status, None);
    assert!(
        folder
            .join("smith-v-acme attachments/2017-03-08 Letter to Doe.pdf")
            .is_file()
    );
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(h.state().doc.matter.conferrals.len(), 3);

    // Importing the same mail again offers only the message left out.
    h.state_mut().import_files(&mail);
    h.run();
    h.get_by_label_contains("1 message to add to the conferral log, 3 not added");
    h.get_by_label("2017-03-13 08:02");
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(h.state().doc.matter.conferrals.len(), 3);
    // From the keyboard: the review opens with its Add button focused, and
    // Escape cancels it (review 347: Escape did nothing).
    h.state_mut().import_files(&mail);
    h.run();
    h.run();
    assert!(h.get_by_label("Add 1 message to the log").is_focused());
    h.key_press(Key::Escape);
    h.run();
    assert!(
        h.query_by_label_contains("to add to the conferral log")
            .is_none()
    );
    assert_eq!(h.state().doc.matter.conferrals.len(), 3);
}

/// A harness whose scripted Import dialog answers with these mail fixtures.
fn harness_picking(files: &[&str]) -> Harness<'static, AppState> {
    let mut dialogs = ScriptedDialogs::default();
    dialogs.mail = files
        .iter()
        .map(|f| common::fixture(&format!("mail/{f}")))
        .collect();
    let mut h = harness(dialogs);
    h.run();
    h
}

/// File › Import correspondence…
fn open_import(h: &mut Harness<'static, AppState>) {
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Import correspondence").click();
    h.run();
}

#[test]
fn a_message_naming_nothing_of_the_matter_is_offered_unticked() {
    let mut h = harness_picking(&["01-demand-gmail.eml", "09-other-matter.eml"]);
    open_import(&mut h);
    h.get_by_label_contains("2 messages to add to the conferral log");
    // Counsel's note about another case's deposition is listed, says why it
    // is not ticked, and is left out unless the user ticks it.
    h.get_by_label_contains(
        "1 message names none of this matter's requests, its case number or its parties, and is not ticked",
    );
    h.get_by_label("\u{2014} (names nothing of this matter)");
    h.get_by_label("Add 1 message to the log").click();
    h.run();
    h.run();
    let log = &h.state().doc.matter.conferrals;
    assert_eq!(log.len(), 2);
    assert_eq!(log[1].source, "CAF8kq=YbT3xv0u2k1Q@mail.gmail.com");
}

#[test]
fn a_message_whose_attachment_cannot_be_saved_is_not_added() {
    let mut h = harness_picking(&["01-demand-gmail.eml", "02-reply-outlook.eml"]);
    // A folder stands where the demand's attachment would be saved.
    let folder = h
        .state()
        .doc
        .path
        .as_ref()
        .unwrap()
        .parent()
        .unwrap()
        .to_path_buf();
    std::fs::create_dir_all(folder.join("smith-v-acme attachments/2017-03-08 Letter to Doe.pdf"))
        .unwrap();
    open_import(&mut h);
    h.get_by_label("Add 2 messages to the log").click();
    h.run();
    h.run();
    let s = h.state();
    assert_eq!(s.doc.matter.conferrals.len(), 2, "only the reply");
    assert!(
        !s.doc
            .matter
            .conferrals
            .iter()
            .any(|e| e.source == "CAF8kq=YbT3xv0u2k1Q@mail.gmail.com")
    );
    let (status, error) = s.status.clone().expect("status");
    assert!(error, "{status}");
    assert!(
        status.contains("Not added, because its attachments could not be saved")
            && status.contains("2017-03-08 Letter to Doe.pdf")
            && status.contains("import it again"),
        "{status}"
    );
}

#[test]
fn without_a_system_dialog_mail_is_picked_in_the_in_app_dialog() {
    // A folder holding the reply and a file that is not mail.
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        common::fixture("mail/02-reply-outlook.eml"),
        dir.path().join("reply.eml"),
    )
    .unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not mail").unwrap();
    // Thunderbird's mailboxes have no extension.
    std::fs::copy(common::fixture("mail/thread.mbox"), dir.path().join("Sent")).unwrap();
    let mut h = harness_with(Box::new(
        goodfaith::app::dialogs::InAppDialogs::starting_in(dir.path().to_path_buf()),
    ));
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::I);
    h.run();
    h.get_by_label("Import correspondence");
    assert!(
        h.query_by_label("notes.txt").is_none(),
        "only mail is listed"
    );
    h.get_by_label("Sent");
    h.get_by_label("reply.eml").click();
    h.run();
    h.get_by_label("Import").click();
    h.run();
    h.run();
    h.get_by_label_contains("1 message to add to the conferral log");
    h.get_by_label("Cancel").click();
    h.run();

    // A folder of mail is imported at once: the mailbox's three messages,
    // and the reply's own file, a copy of one of them, added once.
    h.key_press_modifiers(Modifiers::COMMAND, Key::I);
    h.run();
    h.get_by_label("Import all 2 files here").click();
    h.run();
    h.run();
    h.get_by_label_contains("3 messages to add to the conferral log, 1 not added, from 2 files");
}
