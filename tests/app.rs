//! The desktop app, driven as a user would through egui_kittest (its
//! AccessKit tree): typing into labelled fields, clicking buttons, using
//! shortcuts. The accessibility check stays on: every input must have a name.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on broken setup

use std::path::PathBuf;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use goodfaith::app::dialogs::ScriptedDialogs;
use goodfaith::app::{AppState, FixedClock, install_fonts};
use goodfaith::check::Step;
use goodfaith::court::{Registry, Severity};
use goodfaith::layout::Metrics;
use jiff::civil::date;

fn registry() -> &'static Registry {
    Box::leak(Box::new(Registry::embedded().expect("packs load")))
}

fn harness(dialogs: ScriptedDialogs, data_dir: Option<PathBuf>) -> Harness<'static, AppState> {
    harness_sized(egui::vec2(1400.0, 1600.0), Box::new(dialogs), data_dir)
}

/// The app in a window of `size`, on March 18, 2026.
fn harness_sized(
    size: egui::Vec2,
    dialogs: Box<dyn goodfaith::app::dialogs::FileDialogs>,
    data_dir: Option<PathBuf>,
) -> Harness<'static, AppState> {
    harness_built(size, dialogs, data_dir, false)
}

/// `harness_sized`; with `tofu`, what the fonts lack is drawn as a box, as
/// the desktop app draws it (the harness otherwise stops at it).
fn harness_built(
    size: egui::Vec2,
    dialogs: Box<dyn goodfaith::app::dialogs::FileDialogs>,
    data_dir: Option<PathBuf>,
    tofu: bool,
) -> Harness<'static, AppState> {
    let state = AppState::new(
        registry(),
        Metrics::new().expect("fonts"),
        Box::new(FixedClock(date(2026, 3, 18))),
        dialogs,
        data_dir,
    );
    let builder = Harness::builder()
        .with_size(size)
        .with_context_setup(install_fonts);
    let builder = if tofu {
        builder.allow_missing_glyphs()
    } else {
        builder
    };
    builder.build_ui_state(|ui, s: &mut AppState| s.ui(ui), state)
}

/// Replaces the text of the field labelled `label`.
fn type_into(h: &mut Harness<'static, AppState>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

fn click(h: &mut Harness<'static, AppState>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

fn click_containing(h: &mut Harness<'static, AppState>, part: &str) {
    h.get_by_label_contains(part).click();
    h.run();
}

fn codes(h: &Harness<'static, AppState>, sev: Severity) -> Vec<String> {
    h.state()
        .report()
        .map(|r| {
            r.findings
                .iter()
                .filter(|f| f.severity == sev)
                .map(|f| f.code.to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// Picks `option` in the drop-down labelled `label`.
fn choose(h: &mut Harness<'static, AppState>, label: &str, option: &str) {
    h.get_by_label(label).click();
    h.run();
    h.get_by_label(option).click();
    h.run();
}

/// Court, case, two parties with counsel and one request, typed in from an empty start.
fn fill_matter_up_to_the_log(h: &mut Harness<'static, AppState>) {
    type_into(h, "Court", "Kansas");
    click_containing(
        h,
        "D. Kan. \u{2014} United States District Court for the District of Kansas",
    );
    assert_eq!(h.state().doc.matter.court, "ksd");
    type_into(h, "Planned filing date", "2026-03-20");
    assert_eq!(
        h.state().doc.matter.motion.planned_filing,
        Some(date(2026, 3, 20))
    );

    click_containing(h, "2. Case");
    type_into(h, "Case number", "2:26-cv-01234");

    click_containing(h, "3. Parties & counsel");
    click(h, "Add party");
    type_into(h, "Party 1 name", "Ann Alder");
    click(h, "Add party");
    type_into(h, "Party 2 name", "Acme Corp.");
    click(h, "Add counsel");
    type_into(h, "Counsel 1 name", "Jane Roe");
    h.get_all_by_label("Plaintiff Ann Alder")
        .next()
        .expect("checkbox")
        .click();
    h.run();
    click(h, "Add counsel");
    type_into(h, "Counsel 2 name", "John Doe");
    h.get_all_by_label("Defendant Acme Corp.")
        .nth(1)
        .expect("second counsel's checkbox")
        .click();
    h.run();
    let m = &h.state().doc.matter;
    assert_eq!(m.counsel[0].represents, vec!["p1".to_string()]);
    assert_eq!(m.counsel[1].represents, vec!["p2".to_string()]);

    click_containing(h, "4. Disputed requests");
    click(h, "Add request");
    type_into(h, "Request 1", "Interrogatory No. 4");
    type_into(h, "Response (or default) date", "2026-03-02");
    click_containing(h, "5. Conferral log");
}

#[test]
fn a_letter_only_log_blocks_and_a_logged_telephone_conference_clears_it() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("certificate.pdf");
    let mut h = harness(
        ScriptedDialogs::answering(None, None, Some(pdf.clone())),
        None,
    );
    h.run();
    fill_matter_up_to_the_log(&mut h);

    // A letter to opposing counsel about the interrogatory.
    click(&mut h, "Add contact");
    choose(&mut h, "Method", "Letter");
    type_into(&mut h, "Date", "2026-03-09");
    click(&mut h, "John Doe (counsel for Defendant)");
    click(&mut h, "Interrogatory No. 4");
    let blockers = codes(&h, Severity::Blocker);
    assert!(
        blockers.contains(&"WRITTEN-ONLY".to_string()),
        "{blockers:?}"
    );
    assert!(
        blockers.contains(&"SINGLE-LETTER".to_string()),
        "{blockers:?}"
    );
    assert!(h.state().report().is_some_and(|r| !r.ready()));

    // Then a telephone conference where the objection was discussed.
    click(&mut h, "Add contact");
    type_into(&mut h, "Date", "2026-03-12");
    type_into(&mut h, "Time it began", "2:00 pm");
    click(&mut h, "John Doe (counsel for Defendant)");
    click(&mut h, "Interrogatory No. 4");
    choose(&mut h, "Outcome for Interrogatory No. 4", "Impasse");
    type_into(
        &mut h,
        "What your side said about Interrogatory No. 4",
        "Asked for all customers since 2020.",
    );
    type_into(
        &mut h,
        "What the other side said about Interrogatory No. 4",
        "Objected as overbroad; offered 2023 onward.",
    );
    let blockers = codes(&h, Severity::Blocker);
    assert!(
        blockers.is_empty(),
        "the conference clears every blocker: {blockers:?}"
    );
    assert!(h.state().report().is_some_and(|r| r.ready()));

    // Export to the injected path and read the PDF back.
    click_containing(&mut h, "6. Certificate");
    click(&mut h, "Export PDF\u{2026}");
    assert!(
        h.state()
            .status
            .as_ref()
            .is_some_and(|(m, err)| !err && m.contains("Exported the certificate")),
        "{:?}",
        h.state().status
    );
    let bytes = std::fs::read(&pdf).expect("the PDF was written");
    let doc = printpdf::PdfDocument::parse(
        &bytes,
        &printpdf::PdfParseOptions::default(),
        &mut Vec::new(),
    )
    .expect("parses");
    let text = doc
        .extract_text()
        .concat()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for want in [
        "CERTIFICATE OF COMPLIANCE WITH D. KAN. RULE 37.2",
        "Jane Roe",
        "John Doe",
        "Interrogatory No. 4",
        "On March 12, 2026, at 2:00 p.m.",
        "Case No. 2:26-cv-01234",
    ] {
        assert!(text.contains(want), "{want} in {text}");
    }
    assert!(!text.contains("DRAFT"));
}

#[test]
fn unsaved_changes_are_never_dropped_silently() {
    let mut h = harness(ScriptedDialogs::default(), None);
    h.run();
    type_into(&mut h, "Judge", "Hon. Example");
    assert!(h.state().dirty());
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    h.get_by_label("Unsaved changes");
    click(&mut h, "Cancel");
    assert_eq!(h.state().doc.matter.judge, "Hon. Example");
    // From the keyboard: Save has the focus, and Escape is Cancel.
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    h.run();
    assert_eq!(focused(&h).as_deref(), Some("Save"));
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_label("Unsaved changes").is_none(), "closed");
    assert_eq!(h.state().doc.matter.judge, "Hon. Example");
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    click(&mut h, "Don't save");
    assert_eq!(h.state().doc.matter.judge, "");
    // Closing the window asks too.
    type_into(&mut h, "Judge", "Hon. Other");
    assert!(
        !h.state_mut().close_requested(),
        "a dirty matter does not close at once"
    );
    h.run();
    h.get_by_label("Unsaved changes");
}

/// Open on a new matter with changes, "Save" at the prompt: the matter is
/// saved through Save As, then the Open dialog comes and opens the chosen
/// file (review 346: the Open dialog waited for the next command).
#[test]
fn save_at_the_prompt_before_open_saves_then_opens() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("new.json");
    let other = fixture("tests/fixtures/samples/compel-txnd.json");
    let mut h = harness(
        ScriptedDialogs::answering(Some(other.clone()), Some(saved.clone()), None),
        None,
    );
    h.run();
    type_into(&mut h, "Judge", "Hon. Example");
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    click(&mut h, "Save");
    h.run();
    h.run();
    let kept: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&saved).unwrap()).unwrap();
    assert_eq!(
        kept["judge"], "Hon. Example",
        "the changes were saved first"
    );
    assert_eq!(
        h.state().doc.path.as_deref(),
        Some(other.as_path()),
        "then the chosen matter was opened"
    );
}

#[test]
fn save_writes_a_file_that_reopens_identically_and_undo_works() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("matter.json");
    let mut h = harness(
        ScriptedDialogs::answering(Some(path.clone()), Some(path.clone()), None),
        Some(dir.path().join("data")),
    );
    h.run();
    type_into(&mut h, "Judge", "Hon. Example");
    type_into(
        &mut h,
        "Motion title (as filed)",
        "Plaintiff's Motion to Compel",
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    h.run();
    assert!(!h.state().dirty(), "{:?}", h.state().status);
    let (saved, _) = goodfaith::matter::read_matter(&path).expect("the saved file loads");
    assert_eq!(saved, h.state().doc.matter);

    // Undo the title (one undo for the whole word), then redo it.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().doc.matter.motion.title, "");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(
        h.state().doc.matter.motion.title,
        "Plaintiff's Motion to Compel"
    );
}

#[test]
fn clicking_a_finding_jumps_to_the_step_it_concerns() {
    let mut h = harness(ScriptedDialogs::default(), None);
    h.run();
    type_into(&mut h, "Court", "Kansas");
    click_containing(
        &mut h,
        "D. Kan. \u{2014} United States District Court for the District of Kansas",
    );
    assert!(codes(&h, Severity::Blocker).contains(&"NO-CONFERRAL".to_string()));
    h.get_all_by_label("Go to Conferral log")
        .next()
        .expect("a finding about the log")
        .click();
    h.run();
    assert_eq!(h.state().step, Step::Conferrals);
}

#[test]
fn work_is_recovered_after_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let state = AppState::new(
        registry(),
        Metrics::new().expect("fonts"),
        Box::new(FixedClock(date(2026, 3, 18))),
        Box::new(ScriptedDialogs::default()),
        Some(data.clone()),
    );
    let mut first = Harness::builder()
        .with_size(egui::vec2(1400.0, 1600.0))
        .with_step_dt(0.5)
        .with_context_setup(install_fonts)
        .build_ui_state(|ui, s: &mut AppState| s.ui(ui), state);
    first.run();
    type_into(&mut first, "Judge", "Hon. Crash Test");
    for _ in 0..10 {
        first.step(); // time passes: the autosave fires a few seconds after the change
    }
    let copies = || {
        std::fs::read_dir(data.join("sessions"))
            .map(|d| {
                d.flatten()
                    .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
                    .count()
            })
            .unwrap_or(0)
    };
    assert_eq!(copies(), 1, "autosaved");

    // A second copy started while the first runs offers nothing, and
    // closing it leaves the first's copy alone.
    let mut second = harness(ScriptedDialogs::default(), Some(data.clone()));
    second.run();
    assert!(second.query_by_label("Recover unsaved work?").is_none());
    assert!(second.state_mut().close_requested());
    drop(second);
    assert_eq!(copies(), 1, "the live copy's work is untouched");

    // The first "crashes": dropped without saving or closing.
    drop(first);
    let mut h = harness(ScriptedDialogs::default(), Some(data.clone()));
    h.run();
    h.get_by_label("Recover unsaved work?");
    click(&mut h, "Recover it");
    assert_eq!(h.state().doc.matter.judge, "Hon. Crash Test");
    assert!(h.state().dirty(), "recovered work still needs saving");
    assert_eq!(
        copies(),
        1,
        "the crashed copy's file became this copy's own"
    );
}

#[test]
fn a_new_matter_never_shows_the_previous_matters_verdict() {
    let mut h = harness(ScriptedDialogs::default(), None);
    h.state_mut().open_path(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/samples/compel-txnd.json"),
    );
    h.run();
    assert!(h.state().report().is_some_and(|r| r.ready()));
    h.state_mut().doc =
        goodfaith::app::document::Document::new(goodfaith::app::document::empty_matter(), None);
    h.run();
    assert!(
        h.state().report().is_none(),
        "a matter with no court has no verdict"
    );
}

#[test]
fn exporting_over_the_open_matter_file_is_refused_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let matter = dir.path().join("m.json");
    let src = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/seeds/004-renal-care-corrected.json"),
    )
    .unwrap();
    std::fs::write(&matter, &src).unwrap();
    let mut h = harness(ScriptedDialogs::default(), None);
    h.run();
    h.state_mut().open_path(&matter);
    let dotted = dir.path().join(".").join("m.json");
    h.state_mut().export(&dotted);
    let (msg, error) = h.state().status.clone().expect("a status");
    assert!(error && msg.contains("matter file itself"), "{msg}");
    assert_eq!(std::fs::read_to_string(&matter).unwrap(), src);
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(name)
}

#[test]
fn a_request_not_conferred_on_is_not_ready_until_dropped_and_the_header_agrees() {
    let mut h = harness(ScriptedDialogs::default(), None);
    h.state_mut()
        .open_path(&fixture("tests/fixtures/samples/compel-txnd.json"));
    h.run();
    assert!(h.state().report().is_some_and(|r| r.ready()));
    click_containing(&mut h, "4. Disputed requests");
    assert_eq!(
        h.query_all_by_label_contains("Ready for the motion")
            .count(),
        2
    );
    // Interrogatory No. 5 was resolved on the March 3 call (a privilege log
    // agreed): the certificate reports it, the motion does not raise it.
    assert_eq!(
        h.query_all_by_label_contains("Resolved: not for the motion")
            .count(),
        1
    );
    click(&mut h, "Add request");
    type_into(&mut h, "Request 4", "Request for Production No. 13");
    // Never conferred on: this request, and the verdict, are not ready.
    let level = h.state().report().map(|r| r.level());
    assert_eq!(level, Some(goodfaith::check::Verdict::NotReady));
    h.get_by_label_contains("Not ready: confer on it first, or drop it");
    assert!(
        h.query_all_by_label_contains("Not ready to file").count() >= 1,
        "the header says so"
    );
    h.get_all_by_label("Drop from the motion")
        .last()
        .expect("the new request's checkbox")
        .click();
    h.run();
    let m = &h.state().doc.matter;
    assert!(m.items.last().is_some_and(|i| i.dropped));
    h.get_by_label("Dropped from the motion");
    assert!(h.state().report().is_some_and(|r| r.ready()));
}

/// A sample matter as JSON, to be changed and written out for a test.
fn sample_json(name: &str) -> serde_json::Value {
    let path = fixture(&format!("tests/fixtures/samples/{name}"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// With two defendants, each request offers "Disputed with"; ticking the
/// one no entry reaches records it and holds the motion back, as the check
/// does for a request disputed with a party never conferred with.
#[test]
fn a_request_can_be_marked_as_disputed_with_one_of_two_defendants() {
    let dir = tempfile::tempdir().unwrap();
    let mut m = sample_json("compel-cod.json");
    m["parties"].as_array_mut().unwrap().push(serde_json::json!(
        { "id": "p3", "name": "Apex Freight, Inc.", "side": "defendant" }
    ));
    m["counsel"].as_array_mut().unwrap().push(serde_json::json!(
        { "id": "c3", "name": "Olivia Chen", "represents": ["p3"] }
    ));
    let path = dir.path().join("two-defendants.json");
    std::fs::write(&path, serde_json::to_string_pretty(&m).unwrap()).unwrap();
    let mut h = harness(ScriptedDialogs::default(), None);
    h.state_mut().open_path(&path);
    h.run();
    // Nothing recorded, each request reads as disputed with both, and Apex
    // was never contacted: at risk, never Ready (review 350).
    let level = h.state().report().map(|r| r.level());
    assert_eq!(level, Some(goodfaith::check::Verdict::AtRisk));
    click_containing(&mut h, "4. Disputed requests");
    let items = h.state().doc.matter.items.len();
    assert_eq!(h.query_all_by_label("Disputed with").count(), items);
    h.get_all_by_label("Apex Freight, Inc.")
        .next()
        .expect("the first request's box for Apex")
        .click();
    h.run();
    assert_eq!(
        h.state().doc.matter.items[0].disputed_with,
        vec!["p3".to_string()]
    );
    let level = h.state().report().map(|r| r.level());
    assert_eq!(level, Some(goodfaith::check::Verdict::NotReady));
    // Under the request's boxes, and in the findings.
    assert!(
        h.query_all_by_label_contains("Apex Freight, Inc. was not conferred with on")
            .count()
            >= 1
    );
}

/// A rewritten step whose generated paragraph changed since (the log entry,
/// or a newer build's wording) is flagged; the user sees what goodfaith now
/// writes and can keep the rewrite, which clears the flag.
#[test]
fn a_rewrite_made_against_older_wording_can_be_kept_once_reviewed() {
    let dir = tempfile::tempdir().unwrap();
    let mut m = sample_json("compel-cod.json");
    let step = m["conferrals"][1]["id"].as_str().unwrap().to_string();
    m["certificate"]["edits"][&step] = serde_json::json!(
        "On March 3, 2026, Jane Roe, counsel for Plaintiff, spoke by telephone with Marcus Müller, counsel for Defendant, for 40 minutes about Interrogatories Nos. 4 and 5 and Request for Production No. 12; Interrogatory No. 5 was resolved."
    );
    m["certificate"]["edit_basis"][&step] =
        serde_json::json!("The paragraph as an older build wrote it.");
    let path = dir.path().join("rewritten.json");
    std::fs::write(&path, serde_json::to_string_pretty(&m).unwrap()).unwrap();
    let mut h = harness(ScriptedDialogs::default(), None);
    h.state_mut().open_path(&path);
    h.run();
    let flagged = |h: &Harness<'static, AppState>| {
        h.state().report().is_some_and(|r| {
            r.findings
                .iter()
                .any(|f| f.code == "CERT-BOILERPLATE" && f.message.contains("has changed since"))
        })
    };
    assert!(flagged(&h));
    click_containing(&mut h, "6. Certificate");
    assert!(
        h.query_all_by_label_contains("goodfaith now writes:")
            .count()
            >= 1
    );
    click_containing(&mut h, "Keep my wording of");
    assert!(!flagged(&h));
    assert_ne!(
        h.state()
            .doc
            .matter
            .certificate
            .edit_basis
            .get(&step)
            .map(String::as_str),
        Some("The paragraph as an older build wrote it.")
    );
}

/// One widget a user reads or operates: its name, role, full rect and the
/// part of it that is painted (clipped by its scroll area or panel).
struct Shown {
    name: String,
    role: egui::accesskit::Role,
    rect: egui::Rect,
    painted: egui::Rect,
}

/// The widgets inside the window. egui's own record of each widget gives its
/// rect clipped by the scroll area or panel around it, so a row scrolled
/// half out of a list is not mistaken for one overlapping what lies below.
fn visible_widgets(h: &Harness<'static, AppState>, size: egui::Vec2) -> Vec<Shown> {
    use egui::accesskit::Role;
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
    let clipped: std::collections::HashMap<u64, egui::Rect> = h.ctx.viewport(|v| {
        v.prev_pass
            .widgets
            .layers()
            .flat_map(|(_, ws)| ws.iter().map(|w| (w.id.value(), w.interact_rect)))
            .collect()
    });
    h.query_all_by(|n| {
        matches!(
            n.role(),
            Role::Button
                | Role::TextInput
                | Role::MultilineTextInput
                | Role::CheckBox
                | Role::ComboBox
                | Role::RadioButton
                | Role::Link
                | Role::Label
        )
    })
    .filter_map(|n| {
        let rect = n.rect();
        let node = n.accesskit_node();
        let name = node.label().or_else(|| node.value()).unwrap_or_default();
        let (id, _) = node.locate();
        let painted = clipped.get(&id.0).copied().unwrap_or(rect);
        (rect.area() > 0.0 && window.intersects(rect)).then_some(Shown {
            name,
            role: node.role(),
            rect,
            painted,
        })
    })
    .collect()
}

/// No widget crushed (narrower than a few letters, a text field narrower
/// than a date, a label broken a word per line), none cut off at the side
/// of its panel (the forms scroll only vertically), and no two overlapping.
fn assert_layout_holds(h: &Harness<'static, AppState>, size: egui::Vec2, where_: &str) {
    use egui::accesskit::Role;
    let widgets = visible_widgets(h, size);
    assert!(widgets.len() > 10, "{where_}: {} widgets", widgets.len());
    for w in &widgets {
        let (name, r) = (&w.name, w.rect);
        assert!(
            r.width() >= name.chars().count().min(6) as f32 * 4.0,
            "{where_}: \"{name}\" is crushed to {:.0} px wide",
            r.width()
        );
        if matches!(w.role, Role::TextInput | Role::MultilineTextInput) {
            assert!(
                r.width() >= 90.0,
                "{where_}: field \"{name}\" is {:.0} px wide",
                r.width()
            );
        }
        assert!(
            !(r.height() > 90.0 && r.width() < 160.0),
            "{where_}: \"{name}\" is broken into a narrow column ({:.0}x{:.0} px)",
            r.width(),
            r.height()
        );
        if w.painted.height() > 0.0 {
            assert!(
                w.painted.width() + 2.0 >= r.width(),
                "{where_}: \"{name}\" is cut off at the side ({:.0} of {:.0} px shown)",
                w.painted.width(),
                r.width()
            );
        }
    }
    let whole: Vec<&Shown> = widgets
        .iter()
        .filter(|w| w.painted.is_positive() && w.painted.area() >= 0.95 * w.rect.area())
        .collect();
    for (i, a) in whole.iter().enumerate() {
        for b in &whole[i + 1..] {
            let (ra, rb) = (a.rect, b.rect);
            let nested = ra.contains_rect(rb) || rb.contains_rect(ra);
            assert!(
                nested || !ra.shrink(1.5).intersects(rb.shrink(1.5)),
                "{where_}: \"{}\" {ra:?} overlaps \"{}\" {rb:?}",
                a.name,
                b.name
            );
        }
    }
}

#[test]
fn the_layout_holds_at_1024_1280_and_1920_on_every_step() {
    let steps = [
        "1. Court & motion",
        "2. Case",
        "3. Parties & counsel",
        "4. Disputed requests",
        "5. Conferral log",
        "6. Certificate",
    ];
    for (w, hgt) in [(1024.0, 700.0), (1280.0, 800.0), (1920.0, 1080.0)] {
        for matter in [
            "tests/fixtures/samples/compel-txnd.json",
            "tests/fixtures/seeds/002-single-letter.json",
        ] {
            let size = egui::vec2(w, hgt);
            let mut h = harness_sized(size, Box::new(ScriptedDialogs::default()), None);
            h.state_mut().open_path(&fixture(matter));
            h.run();
            for step in steps {
                click_containing(&mut h, step);
                h.run();
                assert_layout_holds(&h, size, &format!("{w}x{hgt} {matter} {step}"));
            }
            // Every rule opened in the findings: long citations and rule text
            // wrap inside the panel, which keeps its place.
            let panel = h.get_by_label("Findings").rect().min.x;
            let rules: Vec<_> = h.query_all_by_label("The rule").map(|n| n.rect()).collect();
            // Bottom first, so opening one does not move those still to open.
            for r in rules.iter().rev().filter(|r| r.max.y < hgt) {
                h.get_all_by_label("The rule")
                    .find(|n| n.rect() == *r)
                    .expect("still there")
                    .click();
                h.run();
            }
            assert_layout_holds(&h, size, &format!("{w}x{hgt} {matter} rules open"));
            let after = h.get_by_label("Findings").rect().min.x;
            assert!(
                (after - panel).abs() < 1.0,
                "{w}: the findings panel moved from {panel} to {after}"
            );
        }
    }
}

#[test]
fn save_as_works_through_the_in_app_dialog_when_the_system_has_none() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_sized(
        egui::vec2(1024.0, 700.0),
        Box::new(goodfaith::app::dialogs::InAppDialogs::starting_in(
            dir.path().to_path_buf(),
        )),
        None,
    );
    h.run();
    type_into(&mut h, "Judge", "Hon. Example");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    h.get_by_label("Save matter as");
    type_into(&mut h, "File name", "alder v acme");
    h.key_press(Key::Enter);
    h.run();
    h.run();
    let saved = dir.path().join("alder v acme.json");
    assert!(saved.is_file(), "{:?}", h.state().status);
    assert!(!h.state().dirty());
    // Saving again over it asks first.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    type_into(&mut h, "File name", "alder v acme.json");
    click(&mut h, "Save");
    h.get_by_label_contains("already exists");
    click(&mut h, "Cancel");
    assert!(h.query_by_label("Save matter as").is_none());
}

#[test]
fn keyboard_enter_picks_the_court_a_step_starts_in_its_form_and_a_bad_date_says_why() {
    let mut h = harness(ScriptedDialogs::default(), None);
    h.run();
    h.run();
    assert!(
        h.get_by_label("Court").is_focused(),
        "the form has the keys"
    );
    h.get_by_label("Court").type_text("Kansas");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().doc.matter.court, "ksd");
    // The cursor stays in the search: the next Tab goes on in the form.
    assert!(h.get_by_label("Court").is_focused(), "{:?}", focused(&h));
    // A list opened and closed from the keyboard gives the focus back to
    // its box, not to nothing (the next Tab went to the File menu).
    h.get_by_label("Moving party's side").focus();
    h.run();
    h.key_press(Key::Space);
    h.run();
    h.key_press(Key::Escape);
    h.run();
    h.run();
    assert_eq!(focused(&h).as_deref(), Some("Moving party's side"));
    type_into(&mut h, "Planned filing date", "2017-03-01");
    type_into(&mut h, "Planned filing date", "2017-02-30");
    assert_eq!(
        h.state().doc.matter.motion.planned_filing,
        Some(date(2017, 3, 1))
    );
    h.get_by_label_contains("(February 2017 has 28 days). Still in force: March 1, 2017.");
    // The calendar, opened with the mouse and closed with Escape, leaves
    // the cursor in the date's box (the focus had gone nowhere).
    type_into(&mut h, "Planned filing date", "2017-03-01");
    // (Single frames while it is open: its month and year lists carry no
    // names, egui_extras' own, which the harness's check at rest refuses.)
    h.get_by_label("Mar 1, 2017").click();
    h.step();
    h.step();
    assert!(focused(&h).as_deref() != Some("Planned filing date"));
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(focused(&h).as_deref(), Some("Planned filing date"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::PageDown);
    h.run();
    h.run();
    assert!(h.get_by_label("Case number").is_focused());
}

/// The label of the widget that has the keyboard focus.
fn focused(h: &Harness<'static, AppState>) -> Option<String> {
    h.query_all(egui_kittest::kittest::by().predicate(|n| n.is_focused()))
        .next()
        .map(|n| n.accesskit_node().label().unwrap_or_default())
}

#[test]
fn ticking_a_box_that_changes_the_findings_keeps_the_keys_in_the_form() {
    let mut h = harness(ScriptedDialogs::default(), None);
    h.run();
    fill_matter_up_to_the_log(&mut h);
    click(&mut h, "Add contact");
    choose(&mut h, "Method", "Letter");
    type_into(&mut h, "Date", "2026-03-09");
    let before = codes(&h, Severity::Blocker);
    // With the mouse: the box keeps the focus and Tab goes on in the form.
    click(&mut h, "John Doe (counsel for Defendant)");
    h.run();
    assert_ne!(codes(&h, Severity::Blocker), before, "the findings changed");
    assert_eq!(
        focused(&h).as_deref(),
        Some("John Doe (counsel for Defendant)")
    );
    h.key_press(Key::Tab);
    h.run();
    assert_eq!(
        focused(&h).as_deref(),
        Some("Add a staff member who took part"),
        "not the File menu"
    );
    // With the keyboard: Space on a focused box that changes the findings.
    click(&mut h, "Interrogatory No. 4");
    let ticked = codes(&h, Severity::Blocker);
    h.key_press(Key::Space);
    h.run();
    h.run();
    assert!(
        h.state().doc.matter.conferrals[0].items.is_empty(),
        "unticked"
    );
    assert_ne!(codes(&h, Severity::Blocker), ticked);
    assert_eq!(focused(&h).as_deref(), Some("Interrogatory No. 4"));
    h.key_press(Key::Space);
    h.run();
    h.run();
    assert_eq!(
        h.state().doc.matter.conferrals[0].items.len(),
        1,
        "ticked again"
    );
    assert_eq!(focused(&h).as_deref(), Some("Interrogatory No. 4"));
}

#[test]
fn a_field_reached_with_tab_is_scrolled_into_view() {
    let mut h = harness(ScriptedDialogs::default(), None);
    h.run();
    fill_matter_up_to_the_log(&mut h);
    h.set_size(egui::vec2(1024.0, 700.0));
    h.run();
    click(&mut h, "Add contact");
    // Walk the contact's form with Tab; every field the keys reach is shown.
    let mut seen = 0;
    let mut last = None;
    for _ in 0..40 {
        h.key_press(Key::Tab);
        h.run();
        h.run();
        let Some(node) = h
            .query_all(egui_kittest::kittest::by().predicate(|n| n.is_focused()))
            .next()
        else {
            continue;
        };
        let label = node.accesskit_node().label().unwrap_or_default();
        let Some(b) = node.accesskit_node().bounding_box() else {
            continue;
        };
        if label == "File" {
            break; // a full cycle
        }
        assert!(
            b.y0 >= 0.0 && b.y1 <= 700.0,
            "{label:?} has the focus but is drawn at {:.0}..{:.0}, outside the 700-point window",
            b.y0,
            b.y1
        );
        seen += 1;
        last = Some(label);
    }
    assert!(seen > 12, "Tab walked {seen} fields, the last {last:?}");
}

/// Opens a copy of a real-order record with `field` taken out of every
/// element of its `list`, as a file written before the field existed would
/// be (the directory holding the copy is returned to keep it alive).
fn open_without(
    rel: &str,
    list: &str,
    field: &str,
) -> (tempfile::TempDir, Harness<'static, AppState>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.json");
    let mut m: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture(rel)).unwrap()).unwrap();
    for element in m[list].as_array_mut().unwrap() {
        element.as_object_mut().unwrap().remove(field);
    }
    std::fs::write(&path, serde_json::to_string_pretty(&m).unwrap()).unwrap();
    let mut h = harness(ScriptedDialogs::default(), None);
    h.state_mut().open_path(&path);
    h.run();
    (dir, h)
}

/// A file written before "No response was served at all" existed says so in
/// the objection's words: the box shows it ticked, with a Confirm button;
/// confirming records it, and unticking records that something was served.
#[test]
fn a_default_read_from_the_objection_is_shown_and_can_be_confirmed_or_corrected() {
    let (_dir, mut h) = open_without(
        "tests/fixtures/orders/nced-2018-evans-v-village-green.json",
        "items",
        "no_response",
    );
    click_containing(&mut h, "4. Disputed requests");
    h.get_by_label_contains("the objection below says nothing was served");
    click(&mut h, "Confirm");
    assert_eq!(h.state().doc.matter.items[0].no_response, Some(true));
    assert_eq!(
        h.query_all_by_label_contains("the objection below says nothing was served")
            .count(),
        0,
        "once recorded, the note goes"
    );
    click(&mut h, "No response was served at all");
    assert_eq!(h.state().doc.matter.items[0].no_response, Some(false));
    assert!(
        h.state().report().is_some_and(|r| !r.ready()),
        "letters alone about served responses are not Ready"
    );
}

/// A conversation can be recorded as having taken up only scheduling: it is
/// then no conference on the requests, and the verdict says so. A message
/// has no such choice, and an entry changed to one drops it.
#[test]
fn a_call_recorded_as_only_scheduling_is_no_conference_and_the_choice_leaves_with_the_method() {
    let mut h = harness(ScriptedDialogs::default(), None);
    h.state_mut()
        .open_path(&fixture("tests/fixtures/samples/compel-txnd.json"));
    h.run();
    assert!(h.state().report().is_some_and(|r| r.ready()));
    click_containing(&mut h, "5. Conferral log");
    click_containing(&mut h, "March 11, 2026, 10:30 a.m. · Video conference");
    choose(
        &mut h,
        "What the conversation took up",
        "Only scheduling (setting or moving the conference, more time)",
    );
    click_containing(&mut h, "March 3, 2026, 2:00 p.m. · Telephone call");
    choose(
        &mut h,
        "What the conversation took up",
        "Only scheduling (setting or moving the conference, more time)",
    );
    let m = &h.state().doc.matter;
    assert_eq!(
        m.conferrals[1].subject,
        Some(goodfaith::matter::Subject::Scheduling)
    );
    assert!(
        h.state().report().is_some_and(|r| !r.ready()
            && r.findings
                .iter()
                .any(|f| f.message.contains("recorded as only scheduling"))),
        "{:?}",
        h.state().report().map(|r| r
            .findings
            .iter()
            .map(|f| f.message.clone())
            .collect::<Vec<_>>())
    );
    // Both calls also record requests at impasse: the record says two
    // things, and the editor says so under the choice
    // (besides the two lists of findings, once under the selected call's
    // choice).
    assert_eq!(
        h.query_all_by_label_contains("March 3, 2026 is recorded as taking up only scheduling")
            .count(),
        3
    );
    choose(&mut h, "Method", "Email");
    assert_eq!(h.state().doc.matter.conferrals[1].subject, None);
    assert!(h.query_by_label("What the conversation took up").is_none());
}

/// In D. Md. the conference follows the last of the motion papers: the
/// court step asks for the days the opposition and the reply were served,
/// and a reply served on the day of the only conference leaves no
/// conference after it.
#[test]
fn a_maryland_reply_served_on_the_day_of_the_conference_blocks_the_motion() {
    let mut h = harness(ScriptedDialogs::default(), None);
    h.state_mut().open_path(&fixture(
        "tests/fixtures/courts/mdd/pass-telephone-conference-with-time.json",
    ));
    h.run();
    assert!(h.state().report().is_some_and(|r| r.ready()));
    click_containing(&mut h, "1. Court");
    type_into(&mut h, "Reply served on (if served)", "2025-05-16");
    assert_eq!(
        h.state().doc.matter.motion.reply_served,
        Some(date(2025, 5, 16))
    );
    assert!(
        codes(&h, Severity::Blocker).contains(&"SERVE-THEN-CONFER".to_string()),
        "{:?}",
        codes(&h, Severity::Blocker)
    );
    // In the findings panel, and under the field.
    assert_eq!(
        h.query_all_by_label_contains("and the reply on May 16, 2025")
            .count(),
        2
    );
}

/// A conference before the judge that ended with leave to file is recorded
/// by ticking the box a court entry shows: the record is then at risk (the
/// sides discussed the requests, but before the judge), no longer without
/// any conference. Changing the entry to another method drops the fact.
#[test]
fn leave_to_file_is_ticked_on_a_court_entry_and_dropped_when_the_method_changes() {
    let (_dir, mut h) = open_without(
        "tests/fixtures/orders/kywd-2017-escalera-v-bard-medical.json",
        "conferrals",
        "leave_to_file",
    );
    assert!(codes(&h, Severity::Blocker).contains(&"NO-CONFERRAL".to_string()));
    click_containing(&mut h, "5. Conferral log");
    click_containing(&mut h, "June 7, 2017 · Contact with the court");
    click_containing(
        &mut h,
        "after which the court gave leave to file this motion",
    );
    let second = &h.state().doc.matter.conferrals[1];
    assert!(second.leave_to_file, "the box records the fact");
    assert!(
        codes(&h, Severity::Blocker).is_empty()
            && codes(&h, Severity::AtRisk).contains(&"WRITTEN-ONLY".to_string()),
        "{:?}",
        (codes(&h, Severity::Blocker), codes(&h, Severity::AtRisk))
    );
    // A court entry still records what the movant asked for and what came back.
    h.get_by_label("What came back");
    choose(&mut h, "Method", "Telephone call");
    assert!(!h.state().doc.matter.conferrals[1].leave_to_file);
}

/// A note in shorthand on one request of an entry that lists several is
/// shown under that request's box, not its neighbours', and "Go to" puts
/// the cursor in it (certificate review 344: the boxes had no target).
#[test]
fn a_note_in_shorthand_is_shown_under_its_own_box_and_go_to_focuses_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut m = sample_json("compel-txnd.json");
    // The March 11 video conference: Interrogatory No. 4, then RFP No. 12.
    m["conferrals"][2]["items"][1]["opponent_position"] = "3 custodians max; rest = burden".into();
    let path = dir.path().join("shorthand.json");
    std::fs::write(&path, serde_json::to_string_pretty(&m).unwrap()).unwrap();
    // The smallest window the app supports: the box must come to rest with
    // the warning under it in view.
    let size = egui::vec2(1024.0, 700.0);
    let mut h = harness_sized(size, Box::new(ScriptedDialogs::default()), None);
    h.state_mut().open_path(&path);
    h.run();
    assert!(
        codes(&h, Severity::Warning).contains(&"NOTE-AS-WRITTEN".to_string()),
        "the warning is reported"
    );
    h.get_all_by_label("Go to Conferral log")
        .next()
        .expect("the warning's Go to")
        .click();
    h.run();
    h.run();
    assert_eq!(h.state().step, Step::Conferrals);
    assert_eq!(
        focused(&h).as_deref(),
        Some("What the other side said about Request for Production No. 12")
    );
    // Shown under the entry's header and under that box: twice in the
    // form, not under Interrogatory No. 4's boxes too.
    let shown = h
        .query_all_by_label_contains("is in shorthand (\u{201c}=\u{201d})")
        .count();
    assert!(shown >= 2, "under the header and the box: {shown}");
    // The one under the box (the last in the form, the findings panel's
    // first) is wholly in view, not cut off at the window's edge.
    let box_at = h
        .get_by_label("What the other side said about Request for Production No. 12")
        .rect();
    let under = visible_widgets(&h, size)
        .into_iter()
        .find(|w| w.name.contains("is in shorthand") && w.rect.min.y > box_at.max.y - 1.0)
        .expect("the warning under the box is in the window");
    assert!(
        under.painted.height() >= under.rect.height() - 1.0 && under.rect.max.y <= size.y,
        "the warning under the box is cut off: {:?} painted {:?}",
        under.rect,
        under.painted
    );
    type_into(
        &mut h,
        "What the other side said about Request for Production No. 12",
        "Declined to search more than three custodians.",
    );
    h.run();
    assert_eq!(
        h.query_all_by_label_contains("is in shorthand").count(),
        0,
        "gone once written as a sentence"
    );
}

/// A counsel left unnamed is a blocker whose "Go to" puts the cursor in that
/// counsel's name box, and what the checker says about one of a counsel's
/// boxes (an emoji in the email) is shown under that box alone (review 346:
/// the name boxes carried no field, so Go to stopped at the step, and every
/// one of the counsel's findings was shown under the name).
#[test]
fn an_unnamed_counsel_is_reached_by_go_to_and_a_boxs_finding_stays_under_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut m = sample_json("compel-txnd.json");
    m["counsel"][1]["name"] = "".into();
    m["counsel"][0]["email"] = "counsel\u{1f600}@example.com".into();
    let path = dir.path().join("unnamed.json");
    std::fs::write(&path, serde_json::to_string_pretty(&m).unwrap()).unwrap();
    // The emoji is drawn as a box, as the desktop app draws it.
    let mut h = harness_built(
        egui::vec2(1400.0, 1600.0),
        Box::new(ScriptedDialogs::default()),
        None,
        true,
    );
    h.state_mut().open_path(&path);
    h.run();
    assert!(
        codes(&h, Severity::Blocker).contains(&"NAME-MISSING".to_string()),
        "an unnamed counsel blocks"
    );
    // The panel lists the emoji's blocker first, then this one.
    h.get_all_by_label("Go to Parties & counsel")
        .nth(1)
        .expect("the blocker's Go to")
        .click();
    h.run();
    h.run();
    assert_eq!(h.state().step, Step::Parties);
    assert_eq!(focused(&h).as_deref(), Some("Counsel 2 name"));
    // The emoji's blocker is under counsel 1's Email box and nowhere else
    // in the form (the findings panel, to the right, has it too).
    let email_at = h.get_all_by_label("Email").next().unwrap().rect();
    let in_form: Vec<egui::Rect> = h
        .query_all_by_label_contains("email: it would print blank")
        .map(|n| n.rect())
        .filter(|r| r.min.x < email_at.max.x)
        .collect();
    assert_eq!(in_form.len(), 1, "once in the form: {in_form:?}");
    assert!(
        in_form[0].min.y >= email_at.max.y - 1.0 && in_form[0].min.y < email_at.max.y + 30.0,
        "just under the Email box: {in_form:?}, box {email_at:?}"
    );
}

/// The in-app dialog saves into the folder its Folder box shows: a folder
/// typed and left with Tab is applied, one that does not exist is refused
/// with a message rather than saved elsewhere, and an export starts beside
/// the open matter's file (newcomer review 345: the file went to the home
/// folder while the box named another, and every dialog opened there).
#[test]
fn the_in_app_dialog_saves_where_its_folder_box_says_and_starts_beside_the_matter() {
    let home = tempfile::tempdir().unwrap();
    let cases = tempfile::tempdir().unwrap();
    let mut h = harness_sized(
        egui::vec2(1024.0, 700.0),
        Box::new(goodfaith::app::dialogs::InAppDialogs::default()),
        None,
    );
    // A matter opened from its folder: Save as starts there.
    let matter = cases.path().join("alder.json");
    std::fs::copy(fixture("tests/fixtures/samples/compel-cod.json"), &matter).unwrap();
    h.state_mut().open_path(&matter);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    h.get_by_label("Save matter as");
    assert_eq!(
        h.get_by_label("Folder").accesskit_node().value().as_deref(),
        Some(cases.path().display().to_string().as_str()),
        "starts beside the open matter"
    );
    // An empty Folder box: asked for, not read as a folder called "".
    h.get_by_label("Folder").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.key_press(Key::Backspace);
    h.run();
    h.key_press(Key::Tab);
    h.run();
    h.get_by_label_contains("Type a folder, or pick one from the list.");
    // A folder that does not exist: refused, nothing written anywhere.
    let missing = home.path().join("no such folder");
    type_into(&mut h, "Folder", &missing.display().to_string());
    h.key_press(Key::Tab);
    h.run();
    type_into(&mut h, "File name", "copy.json");
    h.key_press(Key::Enter);
    h.run();
    h.get_by_label_contains("There is no folder");
    assert!(!cases.path().join("copy.json").exists());
    // Another folder typed and left with Tab, not Enter: the file goes there.
    type_into(&mut h, "Folder", &home.path().display().to_string());
    h.key_press(Key::Tab);
    h.run();
    type_into(&mut h, "File name", "copy.json");
    h.key_press(Key::Enter);
    h.run();
    h.run();
    assert!(
        home.path().join("copy.json").is_file(),
        "{:?}",
        h.state().status
    );
    assert!(!cases.path().join("copy.json").exists());
    // A name that exists is asked about, and Enter again replaces it: the
    // cursor stays in the name (review 347: it went nowhere, Enter did
    // nothing, and the dialog held the window).
    std::fs::write(home.path().join("other.json"), "{}").unwrap();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    type_into(&mut h, "File name", "other.json");
    h.key_press(Key::Enter);
    h.run();
    h.get_by_label_contains("already exists. Press Save again to replace it.");
    h.key_press(Key::Enter);
    h.run();
    h.run();
    assert!(
        h.query_by_label("Save matter as").is_none(),
        "the dialog closed"
    );
    assert_ne!(
        std::fs::read_to_string(home.path().join("other.json")).unwrap(),
        "{}",
        "replaced by the matter"
    );
}

/// Unticking a request on a contact by a slip of the keyboard and ticking it
/// again brings back what each side said about it (newcomer review 345: one
/// Space erased both notes, recoverable only by Undo).
#[test]
fn a_request_unticked_and_ticked_again_keeps_what_was_said() {
    let mut h = harness(ScriptedDialogs::default(), None);
    h.state_mut()
        .open_path(&fixture("tests/fixtures/samples/compel-txnd.json"));
    h.run();
    click_containing(&mut h, "5. Conferral log");
    click_containing(&mut h, "10:30 a.m. \u{b7} Video conference");
    let said = |h: &Harness<'static, AppState>| {
        h.state().doc.matter.conferrals[2]
            .items
            .iter()
            .find(|d| d.item == "rfp-12")
            .map(|d| d.opponent_position.clone())
    };
    let before = said(&h).expect("the sample records RFP 12 on March 11");
    assert!(!before.is_empty());
    let tick = |h: &mut Harness<'static, AppState>| {
        h.get_by_role_and_label(
            egui::accesskit::Role::CheckBox,
            "Request for Production No. 12",
        )
        .click();
        h.run();
    };
    tick(&mut h);
    assert_eq!(said(&h), None, "unticked: not discussed on that contact");
    tick(&mut h);
    assert_eq!(said(&h), Some(before), "ticked again: the notes are back");
    // Unticked, then another matter with the same ids is opened: its
    // contact gets none of the first matter's notes (review 346).
    tick(&mut h);
    let dir = tempfile::tempdir().unwrap();
    let mut other = sample_json("compel-txnd.json");
    other["conferrals"][2]["items"]
        .as_array_mut()
        .unwrap()
        .retain(|d| d["item"] != "rfp-12");
    let path = dir.path().join("other.json");
    std::fs::write(&path, serde_json::to_string_pretty(&other).unwrap()).unwrap();
    h.state_mut().open_path(&path);
    h.run();
    click_containing(&mut h, "5. Conferral log");
    click_containing(&mut h, "10:30 a.m. \u{b7} Video conference");
    tick(&mut h);
    assert_eq!(
        said(&h),
        Some(String::new()),
        "a fresh discussion, not the other matter's"
    );
}

/// Each step opens with the cursor in its first field, and "Add party",
/// "Add counsel" and "Add request" put it in the new entry's name, so the
/// next keys type it (newcomer review 345: steps 3 and 4 opened with no
/// cursor, and after Add the typing went nowhere).
#[test]
fn steps_open_in_their_first_field_and_add_puts_the_cursor_in_the_new_name() {
    let mut h = harness(ScriptedDialogs::default(), None);
    h.state_mut()
        .open_path(&fixture("tests/fixtures/samples/compel-txnd.json"));
    h.run();
    click_containing(&mut h, "3. Parties & counsel");
    h.run();
    assert_eq!(focused(&h).as_deref(), Some("Party 1 name"));
    click(&mut h, "Add party");
    h.run();
    let parties = h.state().doc.matter.parties.len();
    assert_eq!(focused(&h), Some(format!("Party {parties} name")));
    h.get_by_label(&format!("Party {parties} name"))
        .type_text("Apex Freight, Inc.");
    h.run();
    assert_eq!(
        h.state().doc.matter.parties.last().map(|p| p.name.as_str()),
        Some("Apex Freight, Inc.")
    );
    click(&mut h, "Add counsel");
    h.run();
    let counsel = h.state().doc.matter.counsel.len();
    assert_eq!(focused(&h), Some(format!("Counsel {counsel} name")));
    click_containing(&mut h, "4. Disputed requests");
    h.run();
    assert_eq!(focused(&h).as_deref(), Some("Request 1"));
    click(&mut h, "Add request");
    h.run();
    let items = h.state().doc.matter.items.len();
    assert_eq!(focused(&h), Some(format!("Request {items}")));
    // Unnamed, it is not ready for want of its name (NAME-MISSING), and the
    // request says so rather than "confer on it first".
    h.get_by_label_contains("Not ready: name it first");
    assert!(codes(&h, Severity::Blocker).contains(&"NAME-MISSING".to_string()));
}
