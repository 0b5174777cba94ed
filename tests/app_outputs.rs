//! The app's other outputs, as a user reaches them on the certificate step:
//! Export Word…, Copy certificate text, Export exhibit…, Draft letter… and
//! Deadlines (.ics)…, each written next to the matter, and each previewed.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on broken setup

mod common;

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use goodfaith::app::dialogs::{DialogKind, ScriptedDialogs};
use goodfaith::app::{AppState, FixedClock, install_fonts};
use goodfaith::check::Step;
use goodfaith::court::Registry;
use goodfaith::layout::Metrics;
use jiff::civil::date;

fn harness(dialogs: ScriptedDialogs) -> Harness<'static, AppState> {
    let registry: &'static Registry = Box::leak(Box::new(Registry::embedded().unwrap()));
    let state = AppState::new(
        registry,
        Metrics::new().unwrap(),
        Box::new(FixedClock(date(2026, 3, 20))),
        Box::new(dialogs),
        None,
    );
    Harness::builder()
        .with_size(egui::vec2(1600.0, 1400.0))
        .with_context_setup(install_fonts)
        .build_ui_state(|ui, s: &mut AppState| s.ui(ui), state)
}

/// The export fixture and its attachments in `dir`.
fn matter(dir: &Path) -> PathBuf {
    let m = dir.join("matter.json");
    std::fs::copy(common::fixture("exports/ksd-compel.json"), &m).unwrap();
    for (attachment, from) in [("letter-e1.pdf", "004"), ("email-e3.pdf", "002")] {
        let seed = common::fixture(&format!(
            "seeds/{}",
            if from == "004" {
                "004-renal-care-corrected.json"
            } else {
                "002-single-letter-corrected.json"
            }
        ));
        let o = common::goodfaith(&[
            "render",
            seed.to_str().unwrap(),
            "-o",
            dir.join(attachment).to_str().unwrap(),
            "--draft",
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", common::stderr(&o));
    }
    m
}

#[test]
fn each_output_is_a_button_on_the_certificate_step_and_writes_its_file() {
    let dir = tempfile::tempdir().unwrap();
    let m = matter(dir.path());
    let out = |n: &str| dir.path().join(n);
    let dialogs = ScriptedDialogs::answering(None, None, None)
        .with_output(DialogKind::ExportDocx, out("cert.docx"))
        .with_output(DialogKind::ExportExhibit, out("exhibit.pdf"))
        .with_output(DialogKind::ExportLetter, out("letter.docx"))
        .with_output(DialogKind::ExportIcs, out("deadlines.ics"));
    let mut h = harness(dialogs);
    h.state_mut().open_path(&m);
    h.state_mut().step = Step::Certificate;
    h.run();

    let click = |h: &mut Harness<'static, AppState>, label: &str| {
        h.get_by_label(label).click();
        h.run();
        h.run();
        h.state().status.clone().unwrap()
    };
    let (said, warn) = click(&mut h, "Export Word\u{2026}");
    assert!(
        said.starts_with("Exported the certificate as Word"),
        "{said}"
    );
    assert!(!warn, "the record is ready: no DRAFT");
    assert!(std::fs::read(out("cert.docx")).unwrap().starts_with(b"PK"));

    let (said, _) = click(&mut h, "Export exhibit\u{2026}");
    assert!(said.contains("2 attached files"), "{said}");
    let pdf = lopdf::Document::load(out("exhibit.pdf")).unwrap();
    assert!(
        pdf.get_pages().len() >= 4,
        "the chronology and both attachments"
    );

    let (said, _) = click(&mut h, "Draft letter\u{2026}");
    assert!(said.contains("Fill in the bracketed blanks"), "{said}");
    assert!(out("letter.docx").exists());

    let (said, _) = click(&mut h, "Deadlines (.ics)\u{2026}");
    assert!(said.starts_with("Wrote 3 deadlines"), "{said}");
    let ics = std::fs::read_to_string(out("deadlines.ics")).unwrap();
    assert!(ics.contains("DTSTART;VALUE=DATE:20260401"), "{ics}");

    let (said, _) = click(&mut h, "Copy certificate text");
    assert!(said.starts_with("Copied the certificate text"), "{said}");

    // The matter file is never the output.
    assert_eq!(
        std::fs::read(&m).unwrap(),
        std::fs::read(common::fixture("exports/ksd-compel.json")).unwrap()
    );
}

/// The exhibit, or the certificate, named as one of the letters the log
/// attaches is refused and the letter kept (review 347).
#[test]
fn an_export_over_an_attached_letter_is_refused_and_the_letter_kept() {
    let dir = tempfile::tempdir().unwrap();
    let m = matter(dir.path());
    let letter = dir.path().join("letter-e1.pdf");
    let before = std::fs::read(&letter).unwrap();
    let dialogs = ScriptedDialogs::answering(None, None, Some(letter.clone()))
        .with_output(DialogKind::ExportExhibit, letter.clone());
    let mut h = harness(dialogs);
    h.state_mut().open_path(&m);
    h.state_mut().step = Step::Certificate;
    h.run();
    for button in ["Export exhibit\u{2026}", "Export PDF\u{2026}"] {
        h.get_by_label(button).click();
        h.run();
        h.run();
        let (said, warn) = h.state().status.clone().unwrap();
        assert!(
            warn && said.contains("a document attached to log entry e1"),
            "{button}: {said}"
        );
        assert_eq!(std::fs::read(&letter).unwrap(), before, "{button}");
    }
}

/// Opens `matter`, clicks Export Word… on the certificate step with the
/// dialog answering `out`, and returns the status line and whether it warns.
fn export_word(matter: &Path, out: PathBuf) -> (String, bool) {
    let dialogs =
        ScriptedDialogs::answering(None, None, None).with_output(DialogKind::ExportDocx, out);
    let mut h = harness(dialogs);
    h.state_mut().open_path(matter);
    h.state_mut().step = Step::Certificate;
    h.run();
    h.get_by_label("Export Word\u{2026}").click();
    h.run();
    h.run();
    h.state().status.clone().unwrap()
}

/// Word named as a PDF is refused, and nothing is written (review 347:
/// "cert.pdf" held a Word document, which CM/ECF or a PDF viewer refuses).
#[test]
fn an_export_named_for_another_format_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let m = matter(dir.path());
    let wrong = dir.path().join("cert.pdf");
    let (said, warn) = export_word(&m, wrong.clone());
    assert!(warn && said.contains("name the file .docx"), "{said}");
    assert!(!wrong.exists());
}

#[test]
fn the_exhibit_the_letter_and_the_deadlines_are_previewed_beside_the_certificate() {
    let dir = tempfile::tempdir().unwrap();
    let m = matter(dir.path());
    let mut h = harness(ScriptedDialogs::default());
    h.state_mut().open_path(&m);
    h.state_mut().step = Step::Certificate;
    h.run();
    h.get_by_label("Exhibit").click();
    h.run();
    h.get_by_label_contains("The attached documents follow these pages");
    h.get_by_label("Deadlines").click();
    h.run();
    h.get_by_label_contains("Last day to file Plaintiff's Motion to Compel");
    h.get_by_label("Letter").click();
    h.run();
    assert!(h.get_all_by_label("Deadlines").count() >= 1);
}

#[test]
fn a_draft_record_exports_word_stamped_draft() {
    let dir = tempfile::tempdir().unwrap();
    let m = dir.path().join("m.json");
    std::fs::copy(common::fixture("seeds/002-single-letter.json"), &m).unwrap();
    let (said, warn) = export_word(&m, dir.path().join("c.docx"));
    assert!(warn && said.contains("DRAFT"), "{said}");
}
