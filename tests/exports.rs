//! What a user gets from `render` as Word and text, `exhibit`, `letter` and
//! `deadlines`: the same words as the PDF, every contact in order with its
//! attachments, every disputed request quoted only as recorded, and a
//! calendar a parser reads back.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on broken setup

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;

const TODAY: &str = "2026-03-20";

/// The export fixture copied into `dir` with its two attachments: a letter
/// made by goodfaith and an email made by another PDF writer (lopdf, with
/// its page size and fonts inherited from the page tree, as many do).
fn matter_with_attachments(dir: &Path) -> PathBuf {
    let matter = dir.join("matter.json");
    std::fs::copy(fixture("exports/ksd-compel.json"), &matter).unwrap();
    let o = goodfaith(&[
        "letter",
        matter.to_str().unwrap(),
        "-o",
        dir.join("letter-e1.pdf").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    std::fs::write(dir.join("email-e3.pdf"), foreign_pdf("EMAIL OF MARCH 12")).unwrap();
    matter
}

/// No output replaces a document the log attaches: `exhibit -o
/// letter-e1.pdf` had replaced the letter with the exhibit (exit 0), and
/// every later exhibit carried the old one (review 347).
#[test]
fn no_output_replaces_a_document_the_log_attaches() {
    let dir = tempfile::tempdir().unwrap();
    let matter = matter_with_attachments(dir.path());
    let letter = dir.path().join("letter-e1.pdf");
    let before = std::fs::read(&letter).unwrap();
    let (m, l) = (matter.to_str().unwrap(), letter.to_str().unwrap());
    // Not even with --force.
    for args in [
        vec![
            "exhibit", m, "-o", l, "--today", TODAY, "--draft", "--force",
        ],
        vec!["render", m, "-o", l, "--today", TODAY, "--draft", "--force"],
        vec!["letter", m, "-o", l, "--force"],
    ] {
        let o = goodfaith(&args);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains("a document attached to log entry e1"),
            "{args:?}: {err}"
        );
        assert_eq!(std::fs::read(&letter).unwrap(), before, "{args:?}");
    }
    // By another name, from the matter's folder.
    let o = Command::new(env!("CARGO_BIN_EXE_goodfaith"))
        .current_dir(dir.path())
        .args(["exhibit", "matter.json", "-o", "./letter-e1.pdf", "--draft"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(std::fs::read(&letter).unwrap(), before);
}

/// No command replaces an existing file unless told to (review 349: the
/// letter replaced one the lawyer had edited, and `render -o` another
/// matter's file); with --force it does. A calendar that cannot be written
/// leaves standard output empty, as exit 2 promises.
#[test]
fn an_existing_output_is_replaced_only_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let matter = matter_with_attachments(dir.path());
    let m = matter.to_str().unwrap();
    let kept = b"EDITED BY THE LAWYER";
    for (name, args) in [
        (
            "other.json",
            vec!["render", m, "--format", "pdf", "--today", TODAY, "--draft"],
        ),
        ("letter.docx", vec!["letter", m]),
        (
            "exhibit.pdf",
            vec!["exhibit", m, "--today", TODAY, "--draft"],
        ),
        ("cal.ics", vec!["deadlines", m, "--today", TODAY]),
    ] {
        let out = dir.path().join(name);
        std::fs::write(&out, kept).unwrap();
        let o_flag = if args[0] == "deadlines" {
            "--ics"
        } else {
            "-o"
        };
        let mut with_out = args.clone();
        with_out.extend([o_flag, out.to_str().unwrap()]);
        let o = goodfaith(&with_out);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{with_out:?}: {err}");
        assert!(
            err.contains("already exists") && err.contains("--force"),
            "{err}"
        );
        assert!(o.stdout.is_empty(), "{with_out:?}");
        assert_eq!(std::fs::read(&out).unwrap(), kept, "{with_out:?}");
        with_out.push("--force");
        let o = goodfaith(&with_out);
        assert_eq!(o.status.code(), Some(0), "{with_out:?}: {}", stderr(&o));
        assert_ne!(std::fs::read(&out).unwrap(), kept, "{with_out:?}");
    }
    let o = goodfaith(&[
        "deadlines",
        m,
        "--today",
        TODAY,
        "--ics",
        "/no/such/dir/x.ics",
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        o.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
}

/// A one-page PDF whose MediaBox and Resources sit on the Pages node.
fn foreign_pdf(text: &str) -> Vec<u8> {
    use lopdf::content::{Content, Operation};
    use lopdf::{Document, Object, Stream, dictionary};
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Courier",
    });
    let content = Content {
        operations: vec![
            Operation::new("BT", vec![]),
            Operation::new("Tf", vec!["F1".into(), 14.into()]),
            Operation::new("Td", vec![72.into(), 700.into()]),
            Operation::new("Tj", vec![Object::string_literal(text)]),
            Operation::new("ET", vec![]),
        ],
    };
    let content_id = doc.add_object(Stream::new(dictionary! {}, content.encode().unwrap()));
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1,
            "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

fn have(tool: &str) -> bool {
    Command::new(tool)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn pdftotext(pdf: &Path) -> Option<String> {
    let o = Command::new("pdftotext").arg(pdf).arg("-").output().ok()?;
    o.status
        .success()
        .then(|| String::from_utf8_lossy(&o.stdout).into_owned())
}

/// The words of a document, sorted, without page numbers or the signature
/// rule (a row of underscores in Word, a drawn line in the PDF).
fn words(text: &str) -> Vec<String> {
    let mut w: Vec<String> = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("Page "))
        .flat_map(str::split_whitespace)
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(str::to_string)
        .collect();
    w.sort();
    w
}

#[test]
fn the_certificate_as_text_and_as_word_holds_the_pdfs_words() {
    let dir = tempfile::tempdir().unwrap();
    let matter = dir.path().join("m.json");
    std::fs::copy(fixture("seeds/004-renal-care-corrected.json"), &matter).unwrap();
    let m = matter.to_str().unwrap();
    let out = |name: &str| dir.path().join(name);
    for name in ["cert.pdf", "cert.docx", "cert.txt"] {
        let o = goodfaith(&[
            "render",
            m,
            "-o",
            out(name).to_str().unwrap(),
            "--today",
            "2007-03-09",
        ]);
        assert_eq!(o.status.code(), Some(0), "{name}: {}", stderr(&o));
    }
    let docx = std::fs::read(out("cert.docx")).unwrap();
    assert!(docx.starts_with(b"PK"), "a .docx is a zip package");
    let text = std::fs::read_to_string(out("cert.txt")).unwrap();
    assert!(text.contains("GOOD FAITH CERTIFICATE"), "{text}");
    assert!(text.contains("Nguyễn Thị Hòa"), "{text}");
    assert!(text.contains("Dated: March 9, 2007"), "{text}");

    if !have("pdftotext") {
        println!(
            "NOTICE: pdftotext (poppler-utils) is not installed; the PDF's words were not compared"
        );
        return;
    }
    let pdf_words = words(&pdftotext(&out("cert.pdf")).unwrap());
    assert_eq!(words(&text), pdf_words, "the text holds the PDF's words");

    if !have("soffice") {
        println!(
            "NOTICE: LibreOffice (soffice) is not installed; the Word document was not converted and compared"
        );
        return;
    }
    // A private profile, so a LibreOffice the user has open is not disturbed.
    let profile = dir.path().join("lo-profile");
    let o = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir.path().join("lo"))
        .arg(out("cert.docx"))
        .output()
        .unwrap();
    let converted = dir.path().join("lo/cert.pdf");
    assert!(
        converted.exists(),
        "LibreOffice converted the .docx: {}",
        stderr(&o)
    );
    let lo_words = words(&pdftotext(&converted).unwrap());
    assert_eq!(lo_words, pdf_words, "LibreOffice shows the PDF's words");
}

#[test]
fn a_draft_stays_stamped_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let matter = dir.path().join("m.json");
    std::fs::copy(fixture("seeds/002-single-letter.json"), &matter).unwrap();
    let m = matter.to_str().unwrap();
    let o = goodfaith(&["render", m, "-o", "-", "--today", "2017-10-20"]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "blockers stop the text as they stop the PDF"
    );
    let o = goodfaith(&["render", m, "-o", "-", "--today", "2017-10-20", "--draft"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with("DRAFT \u{2014} NOT FOR FILING"),
        "{}",
        stdout(&o)
    );
    let docx = dir.path().join("d.docx");
    let o = goodfaith(&[
        "render",
        m,
        "-o",
        docx.to_str().unwrap(),
        "--today",
        "2017-10-20",
        "--draft",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("stamped DRAFT"), "{}", stdout(&o));
}

#[test]
fn an_extension_goodfaith_does_not_write_is_refused_and_the_matter_is_protected() {
    let dir = tempfile::tempdir().unwrap();
    let matter = temp_matter(&dir, "m.json", VALID);
    let m = matter.to_str().unwrap();
    let o = goodfaith(&[
        "render",
        m,
        "-o",
        dir.path().join("c.doc").to_str().unwrap(),
        "--today",
        TODAY,
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("not .doc"), "{}", stderr(&o));
    for cmd in [
        vec!["letter", m, "-o", m],
        vec!["exhibit", m, "-o", m],
        vec!["deadlines", m, "--ics", m],
    ] {
        let o = goodfaith(&cmd);
        assert_eq!(o.status.code(), Some(2), "{cmd:?}");
        assert!(
            stderr(&o).contains("is the matter file itself"),
            "{cmd:?}: {}",
            stderr(&o)
        );
        assert_eq!(std::fs::read_to_string(&matter).unwrap(), VALID);
    }
}

#[test]
fn the_exhibit_lists_every_contact_in_order_then_the_attachments_with_a_running_footer() {
    let dir = tempfile::tempdir().unwrap();
    let matter = matter_with_attachments(dir.path());
    let pdf = dir.path().join("exhibit.pdf");
    let o = goodfaith(&[
        "exhibit",
        matter.to_str().unwrap(),
        "-o",
        pdf.to_str().unwrap(),
        "--today",
        TODAY,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let said = stdout(&o);
    assert!(
        said.contains("listing 4 contacts; 3 attached from 2 files"),
        "{said}"
    );

    let doc = lopdf::Document::load(&pdf).unwrap();
    assert_eq!(
        doc.get_pages().len(),
        4,
        "1 page of chronology, a 2-page letter, a 1-page email"
    );
    if have("qpdf") {
        let q = Command::new("qpdf")
            .arg("--check")
            .arg(&pdf)
            .output()
            .unwrap();
        assert!(
            q.status.success(),
            "qpdf --check: {}",
            String::from_utf8_lossy(&q.stdout)
        );
    } else {
        println!("NOTICE: qpdf is not installed; the exhibit was not checked with it");
    }
    let Some(text) = pdftotext(&pdf) else {
        println!("NOTICE: pdftotext is not installed; the exhibit's text was not read");
        return;
    };
    assert!(text.contains("CHRONOLOGY OF CONFERRAL"), "{text}");
    assert!(
        text.contains("Exhibit to Plaintiff's Motion to Compel Discovery Responses"),
        "{text}"
    );
    // In date order, whatever the log's order.
    let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("{s} in {text}"));
    assert!(
        at("February 20,") < at("March 3,")
            && at("March 3,") < at("March 12,")
            && at("March 12,") < at("March 16,")
    );
    // The cells say where each document is (a cell may wrap between the words).
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("pp. 2\u{2013}3") && flat.contains("Attached: p. 4"),
        "{flat}"
    );
    assert!(
        flat.contains("John Doe to provide the temperature logs"),
        "{flat}"
    );
    for n in 1..=4 {
        assert!(
            text.contains(&format!("Exhibit page {n} of 4")),
            "page {n}: {text}"
        );
    }
    assert!(
        text.contains("entry e3: email-e3.pdf") && text.contains("EMAIL OF MARCH 12"),
        "{text}"
    );
}

/// A file an entry lists that is not a PDF (a Word letter an email
/// carried) cannot be bound in: the exhibit is still written, its
/// chronology names the file as not attached, and the command says so
/// (review 347: it stopped the whole exhibit). A missing file stops it,
/// named with its entry.
#[test]
fn a_missing_or_non_pdf_attachment_is_named_with_its_entry() {
    let dir = tempfile::tempdir().unwrap();
    let matter = matter_with_attachments(dir.path());
    let pdf = dir.path().join("exhibit.pdf");
    let run = || {
        goodfaith(&[
            "exhibit",
            matter.to_str().unwrap(),
            "-o",
            pdf.to_str().unwrap(),
            "--today",
            TODAY,
        ])
    };
    std::fs::write(
        dir.path().join("email-e3.pdf"),
        "From: Jane Roe\nnot a pdf\n",
    )
    .unwrap();
    let o = run();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(
            "Not attached, not being PDFs (the chronology names them): email-e3.pdf (entry e3)"
        ),
        "{}",
        stderr(&o)
    );
    let doc = lopdf::Document::load(&pdf).unwrap();
    assert_eq!(
        doc.get_pages().len(),
        3,
        "the chronology and the letter's two pages"
    );
    if let Some(text) = pdftotext(&pdf) {
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains("Not attached (not a PDF): email-e3.pdf"),
            "{flat}"
        );
    }
    std::fs::remove_file(&pdf).unwrap();
    // An empty file is a broken copy, not a document of another kind: the
    // export stops, naming it (review 349: it was bound in as "not a PDF").
    std::fs::write(dir.path().join("email-e3.pdf"), b"").unwrap();
    let o = run();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("conferral entry e3: attachment email-e3.pdf: is empty (0 bytes)"),
        "{}",
        stderr(&o)
    );
    assert!(!pdf.exists(), "nothing is written");
    std::fs::remove_file(dir.path().join("email-e3.pdf")).unwrap();
    let o = run();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("conferral entry e3: attachment email-e3.pdf: no such file"),
        "{}",
        stderr(&o)
    );
    assert!(!pdf.exists(), "nothing is written");
}

#[test]
fn the_letter_names_every_disputed_request_and_quotes_only_what_was_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let matter = matter_with_attachments(dir.path());
    let o = goodfaith(&["letter", matter.to_str().unwrap(), "-o", "-"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.contains("John Doe\nDoe & Partners LLP"),
        "the addressee: {text}"
    );
    assert!(text.contains("Dear John Doe:"), "{text}");
    assert!(
        text.contains("Interrogatory No. 4") && text.contains("Request for Production No. 12"),
        "{text}"
    );
    // Resolved on March 3: not in dispute, not in the letter.
    assert!(!text.contains("Request for Production No. 13"), "{text}");
    assert!(
        text.contains("Identify every customer to whom Defendant shipped refrigerated freight"),
        "verbatim request: {text}"
    );
    assert!(
        text.contains("Defendant objects to this interrogatory as overly broad"),
        "verbatim response: {text}"
    );
    // No response text recorded for No. 12: a placeholder, never invented.
    assert!(text.contains("[Quote the response as served.]"), "{text}");
    assert!(
        text.contains("What is in dispute: No documents were produced."),
        "{text}"
    );
    assert!(
        text.contains("by telephone or video conference")
            && text.contains("[propose two or three dates and times]"),
        "{text}"
    );
    assert!(!text.contains("Rule"), "the letter states no law: {text}");

    let q = goodfaith(&[
        "letter",
        matter.to_str().unwrap(),
        "--quoted-requests",
        "-o",
        "-",
    ]);
    let quoted = stdout(&q);
    assert!(
        quoted.starts_with("INTERROGATORY NO. 4:\n\nIdentify every customer"),
        "{quoted}"
    );
    assert!(
        quoted.contains("RESPONSE:\n\n[response text not recorded]"),
        "{quoted}"
    );

    let docx = dir.path().join("letter.docx");
    let o = goodfaith(&[
        "letter",
        matter.to_str().unwrap(),
        "-o",
        docx.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("2 requests in dispute"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn with_two_defendants_the_letter_says_which_one_each_request_concerns() {
    let dir = tempfile::tempdir().unwrap();
    let src = std::fs::read_to_string(fixture("samples/compel-cod.json")).unwrap();
    let mut m = goodfaith::matter::parse_matter(&src, "compel-cod.json").unwrap();
    add_apex(&mut m);
    m.items[0].disputed_with = vec!["p3".into()];
    let label = m.items[0].label.clone();
    let path = temp_matter(&dir, "two.json", &serde_json::to_string(&m).unwrap());
    let o = goodfaith(&["letter", path.to_str().unwrap(), "-o", "-"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.contains(&format!(
            "{label}\n\nThis request concerns Defendant Apex Freight, Inc.\n"
        )),
        "under its heading, the request disputed with Apex says so, in one sentence: {text}"
    );
    // Both counsel share one inbox here: it is given once.
    assert_eq!(
        text.matches("mmuller@mullergrant.example").count(),
        1,
        "{text}"
    );
    // Requests with no party recorded concern the whole other side: no line.
    assert_eq!(text.matches("This request concerns").count(), 1, "{text}");

    // With one defendant the line would say nothing the letter does not.
    let mut one = goodfaith::matter::parse_matter(&src, "compel-cod.json").unwrap();
    let p2 = one.parties[1].id.clone();
    one.items[0].disputed_with = vec![p2];
    let path = temp_matter(&dir, "one.json", &serde_json::to_string(&one).unwrap());
    let o = goodfaith(&["letter", path.to_str().unwrap(), "-o", "-"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        !stdout(&o).contains("This request concerns"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn deadlines_list_the_motion_deadline_and_promises_and_the_calendar_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let matter = matter_with_attachments(dir.path());
    // A request the sides resolved in conferral has no day for a motion on
    // it (review 349, item 19): Request for Production No. 13 was resolved
    // on the March 3 call.
    let o = goodfaith(&["deadlines", matter.to_str().unwrap(), "--today", TODAY]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!stdout(&o).contains("No. 13"), "{}", stdout(&o));
    // Reopened, it shares Interrogatory No. 4's day.
    let mut m: goodfaith::matter::Matter =
        serde_json::from_str(&std::fs::read_to_string(&matter).unwrap()).unwrap();
    for d in m.conferrals.iter_mut().flat_map(|e| e.items.iter_mut()) {
        if d.item == "rfp-13" && d.outcome == goodfaith::matter::Outcome::Resolved {
            d.outcome = goodfaith::matter::Outcome::Impasse;
        }
    }
    std::fs::write(&matter, serde_json::to_string(&m).unwrap()).unwrap();
    let ics = dir.path().join("deadlines.ics");
    let o = goodfaith(&[
        "deadlines",
        matter.to_str().unwrap(),
        "--ics",
        ics.to_str().unwrap(),
        "--today",
        TODAY,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let list = stdout(&o);
    assert!(
        list.contains("Tue 2026-03-10  PROMISE  John Doe promised the temperature logs"),
        "{list}"
    );
    // Four events: the promise, and the two requests of April 1 and the
    // one of April 10, each its own.
    assert!(list.contains(": 4 events"), "{list}");
    // 30 days from March 2, 2026 under D. Kan. Rule 37.1(c).
    assert!(list.contains("Wed 2026-04-01  MOTION  Last day to file Plaintiff's Motion to Compel Discovery Responses on Interrogatory No. 4 and Request for Production No. 13"), "{list}");
    assert!(
        list.contains("Fri 2026-04-10  MOTION") && list.contains("A date the court set"),
        "{list}"
    );

    // One event per request's motion deadline (two fall on April 1), so
    // each has a UID of its own.
    let events = |ics: &std::path::Path| -> Vec<(String, String, String)> {
        let text = std::fs::read_to_string(ics).unwrap();
        let cal: icalendar::Calendar = text.parse().expect("the calendar parses");
        use icalendar::Component;
        cal.components
            .iter()
            .filter_map(|c| c.as_event())
            .map(|e| {
                let start = match e.get_start() {
                    Some(icalendar::DatePerhapsTime::Date(d)) => d.to_string(),
                    other => panic!("an all-day event: {other:?}"),
                };
                (
                    start,
                    e.get_uid().unwrap_or_default().to_string(),
                    e.get_summary().unwrap_or_default().to_string(),
                )
            })
            .collect()
    };
    let before = events(&ics);
    let starts: Vec<&str> = before.iter().map(|e| e.0.as_str()).collect();
    assert_eq!(
        starts,
        ["2026-03-10", "2026-04-01", "2026-04-01", "2026-04-10"],
        "{before:?}"
    );
    assert!(before.iter().all(|e| e.1.ends_with("@goodfaith")));
    assert!(
        before[1].2.ends_with("on Interrogatory No. 4")
            && before[2].2.ends_with("on Request for Production No. 13"),
        "{before:?}"
    );
    // A corrected response date moves that request's event, under the same
    // UID, and leaves the other's alone (review 349: the UID held the date,
    // and a re-import left the old "last day" in the calendar).
    let mut m: goodfaith::matter::Matter =
        serde_json::from_str(&std::fs::read_to_string(&matter).unwrap()).unwrap();
    let rog = m.items.iter_mut().find(|i| i.id == "rog-4").unwrap();
    rog.response = Some(jiff::civil::date(2026, 3, 4));
    std::fs::write(&matter, serde_json::to_string(&m).unwrap()).unwrap();
    let o = goodfaith(&[
        "deadlines",
        matter.to_str().unwrap(),
        "--ics",
        ics.to_str().unwrap(),
        "--today",
        TODAY,
        "--force",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let after = events(&ics);
    let find = |uid: &str| after.iter().find(|e| e.1 == uid).map(|e| e.0.as_str());
    assert_eq!(find(&before[1].1), Some("2026-04-03"), "{after:?}");
    assert_eq!(find(&before[2].1), Some("2026-04-01"), "{after:?}");
    assert_eq!(after.len(), 4, "{after:?}");
}

#[test]
fn a_long_chronology_flows_over_pages_inside_the_margins_with_its_header_on_each() {
    use goodfaith::layout::{
        Block, Item, LayoutOptions, Metrics, TableBlock, invariant::faults, layout,
    };
    let metrics = Metrics::new().unwrap();
    let registry = goodfaith::court::Registry::embedded().unwrap();
    let mut m = goodfaith::synthetic::large_matter(200, 40);
    // Hostile text too: an unbroken email address and a long place name.
    m.conferrals[3].place =
        "conference-room-a@very-long-office-building-name-for-testing.example".into();
    let pack = registry.get(&m.court).unwrap();
    let today = jiff::civil::date(2026, 12, 31);
    let (pages, _) =
        goodfaith::export::exhibit::layout_exhibit(&m, pack, today, &[], &[], &metrics, true);
    assert!(pages.len() > 5, "{} pages", pages.len());
    let found = faults(&pages, &metrics, 72.0);
    assert!(found.is_empty(), "{}", found.join("\n"));
    for (n, p) in pages.iter().enumerate() {
        let text = p.text();
        assert!(
            text.contains(&"Who took part"),
            "page {} repeats the header: {text:?}",
            n + 1
        );
        assert!(text.contains(&format!("Exhibit page {} of {}", n + 1, pages.len()).as_str()));
    }
    // Every contact is listed: the row numbers run 1..=200 without a gap.
    let numbers: Vec<usize> = pages
        .iter()
        .flat_map(|p| p.items.iter())
        .filter_map(|i| match i {
            Item::Text { x, text, .. } if *x < 80.0 => text.parse().ok(),
            _ => None,
        })
        .collect();
    assert_eq!(numbers, (1..=200).collect::<Vec<_>>());

    // A row taller than a page splits, still inside the margins.
    let tall = Block::Table(TableBlock {
        widths: vec![1.0, 3.0],
        header: vec!["A".into(), "B".into()],
        rows: vec![vec!["x".into(), "word ".repeat(3000)]],
        size: 9.0,
    });
    let pages = layout(&[tall], &metrics, &LayoutOptions::default());
    assert!(pages.len() > 1);
    let found = faults(&pages, &metrics, 72.0);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// A default goodfaith only read from the words of an objection is never
/// stated as fact in the letter: only a recorded "no response" is.
#[test]
fn the_letter_states_a_default_only_when_it_is_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let words = VALID.replace(
        r#""response": "2026-03-02" }"#,
        r#""response": "2026-03-02", "objection": "No responses served" }"#,
    );
    assert_ne!(words, VALID, "the fixture names the request as expected");
    let said = "No response, answer or objection was served.";
    let letter = |contents: &str, name: &str| {
        let path = temp_matter(&dir, name, contents);
        let o = goodfaith(&["letter", path.to_str().unwrap(), "-o", "-"]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        stdout(&o)
    };
    let text = letter(&words, "words.json");
    assert!(!text.contains(said), "{text}");
    let recorded = words.replace(
        r#""objection": "No responses served" }"#,
        r#""objection": "No responses served", "no_response": true }"#,
    );
    let text = letter(&recorded, "recorded.json");
    assert!(text.contains(said), "{text}");
    // A recorded default with a response quoted as well: the letter and the
    // motion's quotation both tell the recorded default (the check holds the
    // record back as RESPONSE-CONTRADICTED), never the quoted response
    // (review 349, item 8).
    let both = recorded.replace(
        r#""no_response": true }"#,
        r#""no_response": true, "response_text": "Defendant objects as overbroad." }"#,
    );
    assert_ne!(both, recorded);
    let text = letter(&both, "both.json");
    assert!(text.contains(said), "{text}");
    assert!(!text.contains("Defendant objects as overbroad."), "{text}");
    let path = temp_matter(&dir, "both-quoted.json", &both);
    let o = goodfaith(&[
        "letter",
        path.to_str().unwrap(),
        "--quoted-requests",
        "-o",
        "-",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let quoted = stdout(&o);
    assert!(quoted.contains(said), "{quoted}");
    assert!(
        !quoted.contains("Defendant objects as overbroad."),
        "{quoted}"
    );
}

/// The letter goes to the parties the requests are disputed with, and with
/// co-parties addressed it tells a position as the party's whose counsel
/// stated it: a pro se co-defendant must not receive another defendant's
/// requests and refusals as "your position" (review 349, item 7).
#[test]
fn the_letter_goes_to_the_parties_the_requests_are_disputed_with() {
    let dir = tempfile::tempdir().unwrap();
    let mut m: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("exports/ksd-compel.json")).unwrap())
            .unwrap();
    m["parties"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({
            "id": "p9", "name": "Pat Prose", "side": "defendant", "pro_se": true,
            "contact": { "email": "pat@example.com", "mail": "9 Elm St\nTopeka, KS 66601" }
        }));
    let letter = |m: &serde_json::Value, name: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, serde_json::to_string(m).unwrap()).unwrap();
        let o = goodfaith(&["letter", path.to_str().unwrap(), "-o", "-"]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        stdout(&o)
    };
    // No request says whom it is disputed with: the whole other side.
    let text = letter(&m, "all.json");
    assert!(text.contains("Dear John Doe and Pat Prose:"), "{text}");
    assert!(!text.contains("Your position"), "{text}");
    assert!(
        text.contains("The position of Defendant Acme Freight Corp., as we understand it:"),
        "{text}"
    );
    // Every request disputed with Acme: the letter is Acme's counsel's.
    for item in m["items"].as_array_mut().unwrap() {
        item["disputed_with"] = serde_json::json!(["p2"]);
    }
    let text = letter(&m, "acme.json");
    assert!(text.contains("Dear John Doe:"), "{text}");
    assert!(
        !text.contains("Pat Prose") && !text.contains("pat@example.com"),
        "{text}"
    );
    assert!(
        text.contains("Your position, as we understand it:"),
        "{text}"
    );
}

/// A password-protected attachment is refused with one line naming the
/// entry and the file: lopdf's own log line ("WARN lopdf::reader PDF is
/// encrypted") came first and broke the one-line error (review 349).
#[test]
fn an_encrypted_attachment_is_refused_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let matter = matter_with_attachments(dir.path());
    std::fs::copy(
        fixture("exports/encrypted.pdf"),
        dir.path().join("email-e3.pdf"),
    )
    .unwrap();
    let out = dir.path().join("exhibit.pdf");
    let o = Command::new(env!("CARGO_BIN_EXE_goodfaith"))
        .args([
            "exhibit",
            matter.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--today",
            TODAY,
        ])
        .env_remove("RUST_LOG")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("email-e3.pdf") && err.contains("password-protected"),
        "{err}"
    );
    assert!(!out.exists());
}

/// The chronology says when a contact with the court was a conference that
/// ended with leave to file: the certificate rests on that fact, and the
/// exhibit must not hide it.
#[test]
fn the_exhibit_says_a_court_conference_ended_with_leave_to_file() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("exhibit.pdf");
    let matter = fixture("orders/kywd-2021-schnatter-v-247-group.json");
    let o = goodfaith(&[
        "exhibit",
        matter.to_str().unwrap(),
        "-o",
        pdf.to_str().unwrap(),
        "--today",
        "2020-12-16",
        "--draft",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let Some(text) = pdftotext(&pdf) else {
        println!("NOTICE: pdftotext is not installed; the exhibit's text was not read");
        return;
    };
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Conference; leave to file given"), "{flat}");
}

/// A letter (or exhibit) PDF with a character the font cannot draw says so:
/// the letter goes to opposing counsel, and a name printed blank ("Dear
/// Wang:") must not leave unremarked (review 347). The Word letter leaves
/// the drawing to Word.
#[test]
fn a_letter_pdf_with_a_character_the_font_lacks_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut m: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("exports/ksd-compel.json")).unwrap())
            .unwrap();
    m["counsel"][1]["name"] = "\u{738b}\u{5c0f}\u{660e} Wang".into();
    let matter = dir.path().join("m.json");
    std::fs::write(&matter, serde_json::to_string(&m).unwrap()).unwrap();
    let write = |name: &str| {
        goodfaith(&[
            "letter",
            matter.to_str().unwrap(),
            "-o",
            dir.path().join(name).to_str().unwrap(),
        ])
    };
    let o = write("letter.pdf");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("the letter's font cannot draw these characters, which are blank in the PDF: \u{738b}\u{5c0f}\u{660e}"),
        "{}",
        stderr(&o)
    );
    let o = write("letter.docx");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!stderr(&o).contains("cannot draw"), "{}", stderr(&o));
}
