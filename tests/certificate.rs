//! The certificate as a filer sees it: rendered to PDF by the real CLI, then
//! read back (printpdf's parser) for names, dates, citations, signature blocks,
//! page numbers and Unicode.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on broken setup

mod common;

use common::*;
use goodfaith::certificate::compose;
use goodfaith::court::Registry;
use goodfaith::layout::{LayoutOptions, Metrics, layout};
use goodfaith::matter::{Method, parse_matter, read_matter};
use jiff::civil::date;

/// Renders with the CLI and returns (exit code, stderr, text of each page, bytes).
fn render(
    matter: &std::path::Path,
    today: &str,
    extra: &[&str],
) -> (i32, String, Vec<String>, Vec<u8>) {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("cert.pdf");
    let mut args = vec![
        "render",
        matter.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--today",
        today,
    ];
    args.extend_from_slice(extra);
    let o = goodfaith(&args);
    let code = o.status.code().unwrap_or(-1);
    if code != 0 {
        return (code, stderr(&o), vec![], vec![]);
    }
    let bytes = std::fs::read(&out).expect("pdf written");
    let mut warnings = Vec::new();
    let doc =
        printpdf::PdfDocument::parse(&bytes, &printpdf::PdfParseOptions::default(), &mut warnings)
            .expect("our PDF parses");
    let pages = doc
        .extract_text()
        .into_iter()
        .map(|chunks| chunks.join("\n"))
        .collect();
    (code, stderr(&o), pages, bytes)
}

/// All pages' text with line breaks folded to spaces, as a reader sees it.
fn all(pages: &[String]) -> String {
    pages
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_kansas_certificate_states_every_step_with_particulars() {
    let (code, err, pages, bytes) = render(
        &fixture("seeds/002-single-letter-corrected.json"),
        "2018-03-02",
        &[],
    );
    assert_eq!(code, 0, "{err}");
    let text = all(&pages);
    for want in [
        "IN THE UNITED STATES DISTRICT COURT",
        "FOR THE DISTRICT OF KANSAS",
        "CERTIFICATE OF COMPLIANCE WITH D. KAN. RULE 37.2",
        "D. Kan. Rule 37.2",
        "On October 10, 2017",
        "On February 6, 2018, at 1:30 p.m.",
        "Siobhán O’Brien",
        "for 35 minutes",
        "spoke by telephone with Mr. Jones",
        "Still in dispute:",
        "Dated: March 2, 2018",
        "Attorney for Plaintiff",
    ] {
        assert!(text.contains(want), "missing {want:?} in:\n{text}");
    }
    let n = pages.len();
    assert!(n >= 2);
    for (i, p) in pages.iter().enumerate() {
        assert!(
            p.contains(&format!("Page {} of {n}", i + 1)),
            "page {} numbering:\n{p}",
            i + 1
        );
    }
    assert!(bytes.len() < 150 * 1024, "{} bytes", bytes.len());
}

#[test]
fn the_mississippi_certificate_has_a_signature_block_for_every_counsel() {
    let path = fixture("seeds/004-renal-care-corrected.json");
    let (code, err, pages, _) = render(&path, "2007-03-09", &[]);
    assert_eq!(code, 0, "{err}");
    let text = all(&pages);
    assert!(text.contains("GOOD FAITH CERTIFICATE"));
    assert!(
        text.contains("FOR THE SOUTHERN DISTRICT OF MISSISSIPPI")
            && text.contains("JACKSON DIVISION"),
        "{text}"
    );
    let (m, _) = read_matter(&path).expect("fixture");
    assert!(m.counsel.len() >= 4);
    for c in &m.counsel {
        assert!(
            text.contains(&format!("/s/ {}", c.name)),
            "signature of {} in:\n{text}",
            c.name
        );
        assert!(text.contains(&c.bar_number), "bar number of {}", c.name);
    }
    assert!(
        text.contains("Nguyễn Thị Hòa") && text.contains("Zoë Lefèvre"),
        "Unicode names survive: {text}"
    );
}

#[test]
fn an_unsigned_mississippi_certificate_renders_only_as_a_draft_marking_each_status() {
    let src = std::fs::read_to_string(fixture("seeds/004-renal-care-corrected.json")).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&src).unwrap();
    let ends = v["certificate"]["endorsements"].as_array_mut().unwrap();
    ends[1]["status"] = "refused".into();
    ends.remove(3);
    let dir = tempfile::tempdir().unwrap();
    let p = temp_matter(&dir, "m.json", &serde_json::to_string_pretty(&v).unwrap());

    let (code, err, _, _) = render(&p, "2007-03-09", &[]);
    assert_eq!(code, 1, "blocked without --draft");
    assert!(
        err.contains("CERT-NOT-ENDORSED") && err.contains("--draft"),
        "{err}"
    );

    let (code, err, pages, _) = render(&p, "2007-03-09", &["--draft"]);
    assert_eq!(code, 0, "{err}");
    let text = all(&pages);
    assert!(text.contains("Refused to sign or endorse"), "{text}");
    assert!(text.contains("Signature not yet obtained"), "{text}");
    for (i, page) in pages.iter().enumerate() {
        assert!(page.contains("DRAFT"), "DRAFT on page {}", i + 1);
    }
}

#[test]
fn a_blocked_matter_is_refused_with_its_blockers() {
    let (code, err, _, _) = render(
        &fixture("seeds/003-weichert-no-conferral.json"),
        "2017-01-27",
        &[],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("not rendering") && err.contains("[NO-CONFERRAL]"),
        "{err}"
    );
}

#[test]
fn bad_input_to_render_is_exit_2_with_the_location() {
    let dir = tempfile::tempdir().unwrap();
    let p = temp_matter(
        &dir,
        "bad.json",
        &VALID.replace("\"2026-03-10\"", "\"2026-02-30\""),
    );
    let (code, err, _, _) = render(&p, "2026-03-20", &[]);
    assert_eq!(code, 2);
    assert!(
        err.contains("bad.json:20:26") && err.contains("conferrals[0].date"),
        "{err}"
    );
}

#[test]
fn unicode_names_and_the_section_sign_survive_into_the_pdf() {
    let src = VALID
        .replace("Jane Roe", "Nguyễn Thị Hòa")
        .replace("John Doe", "Siobhán O’Brien")
        .replace("Acme Corp.", "Müller § 12 GmbH");
    let dir = tempfile::tempdir().unwrap();
    let p = temp_matter(&dir, "u.json", &src);
    let (code, err, pages, _) = render(&p, "2026-03-20", &[]);
    assert_eq!(code, 0, "{err}");
    let text = all(&pages);
    for want in ["Nguyễn Thị Hòa", "Siobhán O’Brien", "Müller § 12 GmbH"] {
        assert!(text.contains(want), "{want} in:\n{text}");
    }
}

#[test]
fn a_forty_event_history_flows_onto_numbered_pages() {
    let mut m = parse_matter(VALID, "v.json").unwrap();
    let first = m.conferrals[0].clone();
    m.conferrals.clear();
    for i in 0..40 {
        let mut e = first.clone();
        e.id = format!("e{i}");
        e.date = date(2026, 1, 5)
            .checked_add(jiff::Span::new().days(i))
            .unwrap();
        e.method = if i % 3 == 0 {
            Method::Email
        } else {
            Method::Telephone
        };
        m.conferrals.push(e);
    }
    m.items[0].response = Some(date(2026, 1, 2));
    // The court extended the time to move (the conferral ran past 30 days).
    m.items[0].motion_deadline = Some(date(2026, 3, 31));
    let dir = tempfile::tempdir().unwrap();
    let p = temp_matter(
        &dir,
        "forty.json",
        &serde_json::to_string_pretty(&m).unwrap(),
    );
    let (code, err, pages, bytes) = render(&p, "2026-03-20", &[]);
    assert_eq!(code, 0, "{err}");
    let n = pages.len();
    assert!(n >= 6, "40 steps double-spaced take many pages, got {n}");
    for (i, page) in pages.iter().enumerate() {
        assert!(
            page.contains(&format!("Page {} of {n}", i + 1)),
            "page {}:\n{page}",
            i + 1
        );
    }
    let text = all(&pages);
    assert!(
        text.contains("On January 5, 2026") && text.contains("On February 13, 2026"),
        "first and last steps"
    );
    assert!(
        pages[n - 1].contains("Jane Roe") && pages[n - 1].contains("Dated: March 20, 2026"),
        "signature with the date line"
    );
    assert!(bytes.len() < 150 * 1024, "{} bytes", bytes.len());
}

#[test]
fn the_narrative_reads_as_a_litigator_would_write_it() {
    let src = VALID.replace(
        "\"items\": [\n    { \"id\": \"rog-4\", \"label\": \"Interrogatory No. 4\", \"response\": \"2026-03-02\" }\n  ]",
        "\"items\": [\n    { \"id\": \"rog-4\", \"label\": \"Interrogatory No. 4\", \"response\": \"2026-03-02\" },\n    { \"id\": \"rog-5\", \"label\": \"Interrogatory No. 5\" },\n    { \"id\": \"rfp-12\", \"label\": \"Request for Production No. 12\" }\n  ]",
    );
    let mut m = parse_matter(&src, "n.json").unwrap();
    let mut d5 = m.conferrals[0].items[0].clone();
    d5.item = "rog-5".into();
    d5.outcome = goodfaith::matter::Outcome::Resolved;
    d5.movant_position.clear();
    d5.opponent_position.clear();
    let mut d12 = d5.clone();
    d12.item = "rfp-12".into();
    d12.outcome = goodfaith::matter::Outcome::Impasse;
    m.conferrals[0].items.extend([d5, d12]);
    let text = goodfaith::certificate::step_paragraph(&m, &m.conferrals[0]);
    assert!(
        text.starts_with("On March 10, 2026, at 2:00 p.m., Jane Roe, counsel for Plaintiff Ann Alder, spoke by telephone with John Doe, counsel for Defendant Acme Corp., for 30 minutes about Interrogatories Nos. 4 and 5 and Request for Production No. 12."),
        "{text}"
    );
    assert!(
        text.contains("On Interrogatory No. 4, counsel for Plaintiff asked for all customers since 2020. Counsel for Defendant objected: overbroad; offered 2023 onward."),
        "{text}"
    );
    assert!(
        text.contains("Counsel resolved Interrogatory No. 5."),
        "{text}"
    );
    assert!(
        text.contains("Interrogatory No. 4 and Request for Production No. 12 remain at impasse."),
        "{text}"
    );
}

/// A note typed over several lines, or holding a tab, is told as running
/// text: the PDF broke the paragraph mid-sentence and left the rest of the
/// page empty, and the text export broke its one-line paragraph (review 349,
/// item 6). The letter, a draft, tells the positions the same way.
#[test]
fn a_note_typed_over_several_lines_is_told_as_running_text() {
    let r = Registry::embedded().unwrap();
    let pack = r.get("ksd").unwrap();
    let template = r.template_for(pack).unwrap();
    let mut m = parse_matter(VALID, "v.json").unwrap();
    m.conferrals[0].items[0].movant_position =
        "Asked for all customers\nsince 2020;\r\n\toffered 2022 onward.".into();
    let cert = compose(&m, pack, template, date(2026, 3, 20));
    let e1 = cert.paragraphs.iter().find(|p| p.key == "e1").unwrap();
    assert!(
        e1.text
            .contains("all customers since 2020; offered 2022 onward"),
        "{}",
        e1.text
    );
    for p in &cert.paragraphs {
        assert!(!p.text.contains(['\n', '\t', '\r']), "{:?}", p.text);
    }
    let letter = goodfaith::export::letter::letter_blocks(&m);
    let said = letter
        .iter()
        .filter_map(|b| match b {
            goodfaith::layout::Block::Para(p) => Some(p.text.as_str()),
            _ => None,
        })
        .find(|t| t.starts_with("Our position:"))
        .expect("our position");
    assert_eq!(
        said,
        "Our position: Asked for all customers since 2020; offered 2022 onward."
    );
}

#[test]
fn a_rewritten_paragraph_survives_regeneration_of_the_others() {
    let r = Registry::embedded().unwrap();
    let pack = r.get("ksd").unwrap();
    let template = r.template_for(pack).unwrap();
    let mut m = parse_matter(VALID, "v.json").unwrap();
    let mine = "On March 10, 2026, Jane Roe and John Doe spoke by telephone for half an hour about Interrogatory No. 4 and could not agree.";
    m.certificate.edits.insert("e1".into(), mine.into());
    let mut second = m.conferrals[0].clone();
    second.id = "e2".into();
    second.date = date(2026, 3, 12);
    m.conferrals.push(second);

    let cert = compose(&m, pack, template, date(2026, 3, 20));
    let e1 = cert.paragraphs.iter().find(|p| p.key == "e1").unwrap();
    assert_eq!(e1.text, mine);
    assert!(e1.edited());
    let e2 = cert.paragraphs.iter().find(|p| p.key == "e2").unwrap();
    assert!(
        !e2.edited() && e2.text.starts_with("On March 12, 2026"),
        "{}",
        e2.text
    );

    // Change the log: the unedited paragraph follows it, the edited one stays.
    m.conferrals[1].duration_minutes = Some(45);
    let cert = compose(&m, pack, template, date(2026, 3, 20));
    assert_eq!(
        cert.paragraphs.iter().find(|p| p.key == "e1").unwrap().text,
        mine
    );
    assert!(
        cert.paragraphs
            .iter()
            .find(|p| p.key == "e2")
            .unwrap()
            .text
            .contains("for 45 minutes")
    );
    // And the laid-out pages carry the user's words.
    let pages = layout(
        &cert.blocks,
        &Metrics::new().unwrap(),
        &LayoutOptions::default(),
    );
    let words: String = pages
        .iter()
        .flat_map(|p| p.text())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(words.contains("could not agree."), "{words}");
}

#[test]
fn every_template_names_its_source_and_none_claims_to_be_an_official_form() {
    let r = Registry::embedded().unwrap();
    let ids: Vec<&str> = r.templates().iter().map(|t| t.id.as_str()).collect();
    for id in ["federal", "ksd-37-2", "ms-good-faith", "txnd-conference"] {
        assert!(ids.contains(&id), "{ids:?}");
    }
    for t in r.templates() {
        assert!(!t.official_form, "{} must not claim official wording", t.id);
        assert!(!t.source.is_empty());
    }
    let ms = r
        .templates()
        .iter()
        .find(|t| t.id == "ms-good-faith")
        .unwrap();
    assert!(ms.source.contains("NOT the official form"), "{}", ms.source);
}

#[test]
fn a_custom_statement_is_what_the_pdf_certifies() {
    let mut m = parse_matter(VALID, "v.json").unwrap();
    m.certificate.form = goodfaith::matter::CertificateForm::Custom;
    m.certificate.statement = "On March 10, 2026, at 2:00 p.m., Jane Roe spoke by telephone with John Doe for 30 minutes about Interrogatory No. 4; they could not agree.".into();
    let dir = tempfile::tempdir().unwrap();
    let p = temp_matter(
        &dir,
        "custom.json",
        &serde_json::to_string_pretty(&m).unwrap(),
    );
    let (code, err, pages, _) = render(&p, "2026-03-20", &[]);
    assert_eq!(code, 0, "{err}");
    let text = all(&pages);
    assert!(text.contains("they could not agree."), "{text}");
    assert!(
        !text.contains("spoke by telephone with John Doe, counsel for Defendant"),
        "the generated narrative is not added: {text}"
    );
    assert!(text.contains("Dated: March 20, 2026"));
}

#[test]
fn characters_the_font_cannot_draw_are_reported_not_dropped_silently() {
    let dir = tempfile::tempdir().unwrap();
    let p = temp_matter(
        &dir,
        "cjk.json",
        &VALID.replace("Acme Corp.", "Acme 株式会社"),
    );
    let (code, err, _, _) = render(&p, "2026-03-20", &[]);
    assert_eq!(code, 1, "a name that would print blank is not filed: {err}");
    assert!(
        err.contains("cannot draw") && err.contains('株') && err.contains("the name of party"),
        "{err}"
    );
    let (code, err, pages, _) = render(&p, "2026-03-20", &["--draft"]);
    assert_eq!(code, 0, "{err}");
    assert!(all(&pages).contains("DRAFT"));
}

#[test]
fn the_date_line_and_signature_never_start_a_page_alone() {
    let mut m = parse_matter(VALID, "v.json").unwrap();
    let first = m.conferrals[0].clone();
    m.conferrals.clear();
    let r = Registry::embedded().unwrap();
    let pack = r.get("ksd").unwrap();
    let template = r.template_for(pack).unwrap();
    let metrics = Metrics::new().unwrap();
    // Whatever the length of the log, the last page carries body text above the date line.
    for n in 1..=14 {
        let mut e = first.clone();
        e.id = format!("e{n}");
        e.date = date(2026, 3, 1)
            .checked_add(jiff::Span::new().days(n % 10))
            .unwrap();
        m.conferrals.push(e);
        let cert = compose(&m, pack, template, date(2026, 3, 20));
        let pages = layout(&cert.blocks, &metrics, &LayoutOptions::default());
        let last = pages.last().unwrap().text();
        let dated = last
            .iter()
            .position(|t| t.starts_with("Dated:"))
            .expect("date line on the last page");
        assert!(
            dated > 0 && !last[dated - 1].starts_with("Page "),
            "{n} steps: text precedes the date line: {last:?}"
        );
    }
}

#[test]
fn the_certificate_names_only_the_parties_actually_conferred_with() {
    let mut m = parse_matter(VALID, "v.json").unwrap();
    m.parties.push(goodfaith::matter::Party {
        id: "p3".into(),
        name: "Beta LLC".into(),
        side: goodfaith::matter::Side::Defendant,
        pro_se: false,
        contact: Default::default(),
    });
    m.counsel.push(goodfaith::matter::Counsel::new(
        "c3",
        "Bea Counsel",
        vec!["p3".into()],
        goodfaith::matter::CounselRole::Lead,
    ));
    let r = Registry::embedded().unwrap();
    let pack = r.get("ksd").unwrap();
    let cert = compose(&m, pack, r.template_for(pack).unwrap(), date(2026, 3, 20));
    let intro = &cert
        .paragraphs
        .iter()
        .find(|p| p.key == "intro-0")
        .unwrap()
        .text;
    assert!(
        intro.contains("Acme Corp.") && !intro.contains("Beta LLC"),
        "{intro}"
    );
}

#[test]
fn braces_in_names_and_titles_print_as_typed() {
    let mut m = parse_matter(VALID, "v.json").unwrap();
    m.parties[0].name = "Acme {opponents} Corp".into();
    m.parties[1].name = "Beta {movant} {court} LLC".into();
    m.motion.title = "Motion to Compel {rules}".into();
    let r = Registry::embedded().unwrap();
    let pack = r.get("ksd").unwrap();
    let cert = compose(&m, pack, r.template_for(pack).unwrap(), date(2026, 3, 20));
    let intro = &cert
        .paragraphs
        .iter()
        .find(|p| p.key == "intro-0")
        .unwrap()
        .text;
    for typed in [
        "Acme {opponents} Corp",
        "Beta {movant} {court} LLC",
        "Motion to Compel {rules}",
    ] {
        assert!(intro.contains(typed), "{typed} in {intro}");
    }
}

#[test]
fn the_certificate_follows_the_requests_kept_and_states_attempts_as_attempts() {
    let mut m = parse_matter(VALID, "v.json").unwrap();
    let mut rog5 = m.items[0].clone();
    rog5.id = "rog-5".into();
    rog5.label = "Interrogatory No. 5".into();
    rog5.dropped = true;
    m.items.push(rog5);
    m.conferrals[0]
        .items
        .push(goodfaith::matter::ItemDiscussion {
            item: "rog-5".into(),
            outcome: goodfaith::matter::Outcome::Impasse,
            movant_position: "Asked again.".into(),
            opponent_position: String::new(),
        });
    let mut letter = goodfaith::matter::ConferralEvent::new(
        "e0".into(),
        date(2026, 3, 3),
        Method::Letter,
        "c1".into(),
    );
    letter.participants = vec!["c1".into(), "c2".into()];
    letter.respond_by = Some(date(2026, 3, 9));
    letter.reply = Some(goodfaith::matter::Reply::None);
    m.conferrals.insert(0, letter);
    let dir = tempfile::tempdir().unwrap();
    let p = temp_matter(
        &dir,
        "kept.json",
        &serde_json::to_string_pretty(&m).unwrap(),
    );
    let (code, err, pages, _) = render(&p, "2026-03-20", &["--draft"]);
    assert_eq!(code, 0, "{err}");
    let text = pages.join("\n");
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        !flat.contains("Interrogatory No. 5"),
        "a dropped request is not certified:\n{flat}"
    );
    assert!(flat.contains("Interrogatory No. 4"), "{flat}");
    assert!(
        flat.contains("It asked for a response by March 9, 2026."),
        "{flat}"
    );
    assert!(flat.contains("No response was received."), "{flat}");
}

#[test]
fn right_to_left_names_are_reported_not_printed_mirrored() {
    let m = VALID.replace("\"Acme Corp.\"", "\"שלום Corp.\"");
    let dir = tempfile::tempdir().unwrap();
    let p = temp_matter(&dir, "rtl.json", &m);
    // The filing copy is refused, naming the characters.
    let (code, err, _, _) = render(&p, "2026-03-20", &[]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains('ש'), "{err}");
    // A draft shows placeholders, never the letters in mirrored order.
    let (code, err, pages, _) = render(&p, "2026-03-20", &["--draft"]);
    assert_eq!(code, 0, "{err}");
    let text = pages.join("\n");
    assert!(!text.contains("םולש") && !text.contains("שלום"), "{text}");
    assert!(text.contains("???? Corp."), "{text}");
}

#[test]
fn et_al_in_a_party_name_makes_the_caption_plural_and_is_said_once() {
    let src = VALID.replace("\"Acme Corp.\"", "\"Acme Corp., et al.\"");
    assert_ne!(src, VALID, "the fixture names Acme Corp.");
    let dir = tempfile::tempdir().unwrap();
    let p = temp_matter(&dir, "etal.json", &src);
    let (code, err, pages, _) = render(&p, "2026-03-20", &[]);
    assert_eq!(code, 0, "{err}");
    let text = all(&pages);
    assert!(text.contains("ACME CORP., et al.,"), "{text}");
    assert!(
        text.contains("Defendants."),
        "the plural under the name: {text}"
    );
    assert!(!text.contains("Defendant."), "{text}");
    assert!(!text.contains(", et al., et al."), "{text}");
    assert!(text.contains("Defendants Acme Corp. et al."), "{text}");
}

/// The checker, the certificate and the letter read "resolved" by one rule:
/// the N.D. Tex. sample's Interrogatory No. 5 was resolved on a call by an
/// agreed privilege log; once that promise is marked broken, all three treat
/// the request as in dispute again.
#[test]
fn the_verdict_the_certificate_and_the_letter_agree_on_what_was_resolved() {
    use goodfaith::check::{ItemState, check};
    let mut m = txnd_sample();
    let r = Registry::embedded().unwrap();
    let pack = r.get("txnd").unwrap();
    let today = date(2026, 3, 20);
    let text = |m: &goodfaith::matter::Matter| {
        compose(m, pack, r.template_for(pack).unwrap(), today)
            .paragraphs
            .iter()
            .map(|p| p.text.clone())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let in_letter = |m: &goodfaith::matter::Matter| {
        goodfaith::export::letter::disputed(m)
            .iter()
            .any(|i| i.id == "rog-5")
    };

    let report = check(&m, pack, today);
    assert_eq!(report.item_state("rog-5"), Some(ItemState::Resolved));
    assert!(text(&m).contains("Counsel resolved Interrogatory No. 5"));
    assert!(!in_letter(&m), "the letter leaves a resolved request out");

    let promise = m
        .conferrals
        .iter_mut()
        .find_map(|e| e.follow_up.as_mut())
        .expect("the privilege-log promise");
    promise.kept = Some(false);
    let report = check(&m, pack, today);
    assert_ne!(report.item_state("rog-5"), Some(ItemState::Resolved));
    assert!(
        !text(&m).contains("resolved Interrogatory No. 5"),
        "{}",
        text(&m)
    );
    assert!(in_letter(&m), "the letter asks about it again");
}

/// A call recorded as only scheduling is never certified as a conference:
/// the N.D. Tex. paragraph names only the conferences that took up the
/// requests.
#[test]
fn a_call_recorded_as_only_scheduling_is_not_certified_as_a_conference() {
    let mut m = txnd_sample();
    assert!(txnd_text(&m).contains("Conferences were held on March 3, 2026 and March 11, 2026"));
    m.conferrals[2].subject = Some(goodfaith::matter::Subject::Scheduling);
    let t = txnd_text(&m);
    assert!(
        t.contains("A conference was held on March 3, 2026 between") && !t.contains("March 11"),
        "{t}"
    );
}

/// N.D. Tex. L. Civ. R. 7.1(b)(3): with attempts but no conference, the
/// certificate never says counsel "conferred"; it says no conference was
/// held, that the motion is presumed opposed, and why conferring was not
/// possible: each attempt and what came of it, as recorded.
#[test]
fn north_texas_attempts_without_a_conference_are_certified_as_attempts() {
    use goodfaith::matter::{Method, Reply};
    let mut m = txnd_sample();
    m.conferrals.truncate(1);
    let first = m.conferrals[0].clone();
    m.conferrals.clear();
    for (k, (day, method)) in [
        (2, Method::Letter),
        (5, Method::Voicemail),
        (9, Method::Email),
    ]
    .into_iter()
    .enumerate()
    {
        let mut e = first.clone();
        e.id = format!("try-{k}");
        e.date = date(2026, 3, day);
        e.method = method;
        e.time = None;
        e.duration_minutes = None;
        e.follow_up = None;
        e.initiated_by = m.counsel[0].id.clone();
        e.reply = (!method.is_attempt()).then_some(Reply::None);
        for d in &mut e.items {
            d.outcome = goodfaith::matter::Outcome::Raised;
            d.opponent_position.clear();
        }
        m.conferrals.push(e);
    }
    let t = txnd_text(&m);
    assert!(t.contains(" attempted to confer with counsel for"), "{t}");
    assert!(!t.contains(" conferred with counsel for"), "{t}");
    assert!(
        t.contains("No conference was held, and the motion is presumed to be opposed."),
        "{t}"
    );
    assert!(
        !t.contains("A conference was held") && !t.contains("Conferences were held"),
        "{t}"
    );
    // Each attempt in its own paragraph, with its answer as recorded.
    for day in ["March 2, 2026", "March 5, 2026", "March 9, 2026"] {
        assert!(t.contains(&format!("On {day}")), "{day}: {t}");
    }
    assert!(t.contains("left a voicemail message for"), "{t}");
    assert!(t.contains("No response was received."), "{t}");

    // The other side's answer by email makes it a conference held in
    // writing (written conferral may suffice: Dondi, as read in Valderas),
    // with its position given as the reason agreement failed.
    let mut answer = m.conferrals[2].clone();
    answer.id = "their-email".into();
    answer.date = date(2026, 3, 10);
    answer.initiated_by = m.counsel[1].id.clone();
    answer.participants.reverse();
    answer.reply = None;
    for d in &mut answer.items {
        d.movant_position.clear();
        d.opponent_position = "Will not produce anything more".into();
        d.outcome = goodfaith::matter::Outcome::Impasse;
    }
    m.conferrals.push(answer);
    let t = txnd_text(&m);
    assert!(t.contains(" conferred with counsel for"), "{t}");
    assert!(
        t.contains("A conference was held in writing, by email, on March 10, 2026"),
        "{t}"
    );
    assert!(
        t.contains("on Interrogatory No. 4: will not produce anything more"),
        "{t}"
    );
    assert!(!t.contains("No conference was held"), "{t}");
}

/// A pro se movant certifies for itself in every shipped template: no
/// sentence calls it "counsel", and it signs its own certificate, first,
/// even where every counsel must endorse (Mississippi).
#[test]
fn a_pro_se_movant_is_never_called_counsel_and_signs_its_own_certificate() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/samples/compel-cod.json");
    let (mut m, _) = read_matter(&path).unwrap();
    the_movant_appears_pro_se(&mut m);
    m.certificate.endorsements.clear();
    let r = Registry::embedded().unwrap();
    for court in ["akd", "ksd", "flmd", "mssd", "txnd"] {
        m.court = court.into();
        let pack = r.get(court).unwrap();
        let cert = compose(&m, pack, r.template_for(pack).unwrap(), date(2026, 3, 20));
        let opening = &cert.paragraphs[0].text;
        assert!(
            opening.contains("Plaintiff Lucía Fernández, appearing pro se,"),
            "{court}: {opening}"
        );
        assert!(
            !opening.contains("counsel for Plaintiff"),
            "{court}: {opening}"
        );
        assert!(
            !opening.contains("undersigned counsel"),
            "{court}: {opening}"
        );
        let signatures = cert
            .blocks
            .iter()
            .find_map(|b| match b {
                goodfaith::layout::Block::Signatures(s) => Some(s.clone()),
                _ => None,
            })
            .expect("signature blocks");
        assert_eq!(
            signatures[0].lines,
            vec![
                "Lucía Fernández".to_string(),
                "Plaintiff pro se".to_string()
            ],
            "{court}: the movant signs first"
        );
    }
}

/// Certificate review 160: what the N.D. Tex. paragraph must not say. A
/// refusal to confer is no conference; a co-defendant only attempts reached
/// is named as not conferred with, with the attempts; a promise recorded as
/// broken is not listed bare as the other side's position; a pro se party
/// resolves its own disputes, not "counsel".
#[test]
fn north_texas_never_certifies_a_refusal_an_unreached_party_or_a_broken_promise_as_conferring() {
    use goodfaith::matter::{FollowUp, Reply};
    let base = txnd_sample();

    // The only call: the other side refused to confer.
    let mut m = base.clone();
    m.conferrals.remove(2);
    m.conferrals[1].reply = Some(Reply::Refused);
    for d in &mut m.conferrals[1].items {
        d.opponent_position.clear();
        d.outcome = goodfaith::matter::Outcome::Raised;
    }
    let t = txnd_text(&m);
    assert!(t.contains("attempted to confer with counsel for"), "{t}");
    assert!(t.contains("No conference was held"), "{t}");
    assert!(t.contains("refused to confer."), "{t}");
    assert!(
        !t.contains("A conference was held") && !t.contains("Conferences were held"),
        "{t}"
    );

    // A second defendant, separately represented, reached only by letter.
    let mut m = base.clone();
    add_apex(&mut m);
    m.conferrals[0].participants.push("c3".into());
    m.conferrals[0].reply = Some(Reply::None);
    let t = txnd_text(&m);
    assert!(
        t.contains("conferred or attempted to confer with counsel for Defendants"),
        "{t}"
    );
    assert!(
        t.contains(
            "No conference was held with counsel for Defendant Apex Freight, Inc. The attempts"
        ),
        "{t}"
    );
    assert!(t.contains("sent a letter to"), "{t}");

    // The last conference's promise, recorded as not kept.
    let mut m = base.clone();
    m.conferrals[2].items[1].opponent_position = "Will search three custodians by March 16".into();
    m.conferrals[2].items[1].outcome = goodfaith::matter::Outcome::FollowUp;
    m.conferrals[2].follow_up = Some(FollowUp {
        promised_by: "c2".into(),
        due: date(2026, 3, 16),
        what: "a search of three custodians".into(),
        kept: Some(false),
    });
    let t = txnd_text(&m);
    assert!(
        t.contains(
            "will search three custodians by March 16 (a promise due March 16, 2026 and not kept)"
        ),
        "{t}"
    );

    // A pro se defendant on the call.
    let mut m = base.clone();
    m.parties[1].pro_se = true;
    m.counsel.retain(|c| c.id != "c2");
    for e in &mut m.conferrals {
        for p in &mut e.participants {
            if p == "c2" {
                *p = "p2".into();
            }
        }
    }
    let t = txnd_text(&m);
    assert!(t.contains("The parties resolved"), "{t}");
    assert!(!t.contains("Counsel resolved"), "{t}");
}

/// A note that reports what the other side said ("Says he has answered
/// fully", "He refused any limit", "Company says it answered fully") is
/// never printed in quotation marks as the speaker's own words.
#[test]
fn a_reported_position_is_not_quoted_as_the_speakers_words() {
    let mut m = txnd_sample();
    let ev = &mut m.conferrals[2];
    ev.items[0].opponent_position = "Says he has answered fully.".into();
    ev.items[1].opponent_position = "He refused any limit.".into();
    let text = goodfaith::certificate::step_paragraph(&m, &m.conferrals[2]);
    assert!(
        text.contains("Counsel for Defendant says he has answered fully."),
        "{text}"
    );
    assert!(
        text.contains("Counsel for Defendant refused any limit."),
        "{text}"
    );
    assert!(!text.contains('\u{201c}'), "{text}");
    m.conferrals[2].items[1].opponent_position = "Now says no supplement will be served.".into();
    let text = goodfaith::certificate::step_paragraph(&m, &m.conferrals[2]);
    assert!(
        text.contains("Counsel for Defendant now says no supplement will be served."),
        "{text}"
    );
    m.conferrals[2].items[0].opponent_position = "Company says it answered fully".into();
    let text = goodfaith::certificate::step_paragraph(&m, &m.conferrals[2]);
    assert!(text.contains(" Company says it answered fully."), "{text}");
    assert!(!text.contains("\u{201c}Company"), "{text}");
}

/// A note of what was said is the user's, not the speaker's words: it is
/// given "in substance", and only a note the user wrapped in quotation
/// marks is printed as a quotation.
#[test]
fn only_a_note_in_quotation_marks_is_printed_as_a_quotation() {
    let mut m = txnd_sample();
    m.conferrals[2].items[0].opponent_position = "Stands on its objections".into();
    m.conferrals[2].items[1].opponent_position = "\"No log will be served.\"".into();
    let text = goodfaith::certificate::step_paragraph(&m, &m.conferrals[2]);
    assert!(
        text.contains("Counsel for Defendant stated, in substance: stands on its objections."),
        "{text}"
    );
    assert!(!text.contains("\u{201c}Stands"), "{text}");
    assert!(
        text.contains("Counsel for Defendant stated: \u{201c}No log will be served.\u{201d}"),
        "{text}"
    );
    assert!(!text.contains('"'), "{text}");
    // Quotation marks inside a note are set as the certificate's own are.
    m.conferrals[2].items[1].opponent_position = "Said: \"no log will be served.\"".into();
    let text = goodfaith::certificate::step_paragraph(&m, &m.conferrals[2]);
    assert!(
        text.contains("Counsel for Defendant said: \u{201c}no log will be served.\u{201d}"),
        "{text}"
    );
    assert!(!text.contains('"'), "{text}");
}

/// Notes read as a lawyer would have them read (certificate review 162): a
/// side's claim is its position, never a fact the movant certifies; the
/// speaker's pronoun is the speaker; quotation marks are balanced.
#[test]
fn notes_are_attributed_and_never_certified_as_fact() {
    let mut m = txnd_sample();
    let ev = &mut m.conferrals[2];
    ev.items[0].opponent_position = "Defendant has produced everything it has.".into();
    ev.items[0].movant_position = "I offered to limit the interrogatory to 2021.".into();
    ev.items[1].opponent_position = "\"Three custodians, take it or leave it.".into();
    ev.items[1].movant_position = "'Eight custodians.'".into();
    let text = goodfaith::certificate::step_paragraph(&m, &m.conferrals[2]);
    assert!(
        text.contains(
            "Counsel for Defendant stated, in substance: Defendant has produced everything it has."
        ),
        "{text}"
    );
    assert!(
        text.contains("counsel for Plaintiff offered to limit the interrogatory to 2021."),
        "{text}"
    );
    assert!(
        text.contains("Counsel for Defendant stated: \u{201c}Three custodians, take it or leave it.\u{201d} Interrogatory"),
        "{text}"
    );
    assert!(
        text.contains("counsel for Plaintiff stated: \u{201c}Eight custodians.\u{201d}"),
        "{text}"
    );
    // A note that names its speaker and what it said stands as written.
    m.conferrals[2].items[0].opponent_position =
        "Mr. Müller said the interrogatory is overbroad.".into();
    let text = goodfaith::certificate::step_paragraph(&m, &m.conferrals[2]);
    assert!(
        text.contains(" Mr. Müller said the interrogatory is overbroad."),
        "{text}"
    );
    // A place that says how the contact was made takes no "at".
    m.conferrals[2].method = goodfaith::matter::Method::Other;
    m.conferrals[2].place = "by Microsoft Teams chat.".into();
    let text = goodfaith::certificate::step_paragraph(&m, &m.conferrals[2]);
    assert!(
        text.contains(" by Microsoft Teams chat, for 25 minutes, about"),
        "{text}"
    );
    assert!(!text.contains("at by"), "{text}");
}

/// A video call on which the other side refused to confer is told as such:
/// "spoke", not "conferred", and no outcome of a conference.
#[test]
fn a_refused_video_call_is_not_told_as_a_conference() {
    let mut m = txnd_sample();
    for d in &mut m.conferrals[2].items {
        d.opponent_position = "Refused to talk about it.".into();
    }
    let text = goodfaith::certificate::step_paragraph(&m, &m.conferrals[2]);
    assert!(text.contains("spoke by video conference with"), "{text}");
    assert!(!text.contains("conferred"), "{text}");
    assert!(!text.contains("impasse"), "{text}");
    let text = txnd_text(&m);
    assert!(
        !text.contains("A conference was held on March 11"),
        "{text}"
    );
}

/// With co-defendants, "counsel for Defendant" does not say which
/// defendant's counsel spoke: the paragraph names the speaker instead.
#[test]
fn with_co_parties_the_speaker_is_named() {
    let mut m = txnd_sample();
    let before = goodfaith::certificate::step_paragraph(&m, &m.conferrals[2]);
    assert!(before.contains("Counsel for Defendant "), "{before}");
    add_apex(&mut m);
    let name = m.counsel[1].name.clone();
    let text = goodfaith::certificate::step_paragraph(&m, &m.conferrals[2]);
    assert!(!text.contains("ounsel for Defendant maintained"), "{text}");
    assert!(text.contains(&format!("{name} maintained")), "{text}");
    // With both defendants' counsel on the call, a note the record gives
    // to neither names neither.
    m.conferrals[2].participants.push("c3".into());
    let text = goodfaith::certificate::step_paragraph(&m, &m.conferrals[2]);
    assert!(!text.contains(&format!("{name} maintained")), "{text}");
    assert!(text.contains("Counsel for Defendants maintained"), "{text}");
}

/// Names with their own commas are set off with semicolons, counsel
/// recorded for no party is not "counsel for ,", and a deposition named as
/// the place is not "a deposition at deposition of …".
#[test]
fn the_people_and_the_place_of_a_step_read_as_one_sentence() {
    let mut m = txnd_sample();
    add_apex(&mut m);
    m.conferrals[0].participants.push("c3".into());
    let text = goodfaith::certificate::step_paragraph(&m, &m.conferrals[0]);
    assert!(
        text.contains(
            "Brightline Logistics, LLC; and Olivia Chen, counsel for Defendant Apex Freight, Inc."
        ),
        "{text}"
    );
    m.counsel[2].represents.clear();
    let text = goodfaith::certificate::step_paragraph(&m, &m.conferrals[0]);
    assert!(text.contains("and Olivia Chen"), "{text}");
    assert!(!text.contains("counsel for ,"), "{text}");
    let ev = &mut m.conferrals[1];
    ev.method = Method::Deposition;
    ev.place = "deposition of Brightline's Rule 30(b)(6) designee".into();
    let text = goodfaith::certificate::step_paragraph(&m, &m.conferrals[1]);
    assert!(
        text.contains("during the deposition of Brightline's Rule 30(b)(6) designee"),
        "{text}"
    );
    // The length does not read as part of the place ("designee for 40
    // minutes"): commas set it off.
    m.conferrals[1].duration_minutes = Some(40);
    let text = goodfaith::certificate::step_paragraph(&m, &m.conferrals[1]);
    assert!(
        text.contains("Rule 30(b)(6) designee, for 40 minutes, about"),
        "{text}"
    );
    m.conferrals[1].method = Method::InPerson;
    m.conferrals[1].place = "the courthouse cafeteria".into();
    let text = goodfaith::certificate::step_paragraph(&m, &m.conferrals[1]);
    assert!(
        text.contains("at the courthouse cafeteria, for 40 minutes, about"),
        "{text}"
    );
}

/// A step never tells more than its entry can show: a call whose summary
/// says it went to voicemail is no conversation, a call recorded as only
/// scheduling carries no positions on the requests, a message of the
/// movant's that no answer met resolved nothing, and a call with the
/// represented company alone is no conference with its counsel.
#[test]
fn a_step_tells_only_what_its_entry_can_show() {
    use goodfaith::certificate::step_paragraph;
    use goodfaith::matter::{Outcome, Reply, Subject};
    let base = txnd_sample();

    let mut m = base.clone();
    m.conferrals[1].summary = "Called counsel; went to voicemail, left VM.".into();
    let text = step_paragraph(&m, &m.conferrals[1]);
    assert!(!text.contains("spoke by telephone"), "{text}");
    assert!(text.contains("telephoned Marcus"), "{text}");
    assert!(text.contains("the call did not reach them"), "{text}");
    assert!(!text.contains("resolved"), "{text}");

    // Nor does it carry what the other side "said" on it.
    let text = {
        let mut m = base.clone();
        m.conferrals[1].summary = "Called counsel; went to voicemail, left VM.".into();
        step_paragraph(&m, &m.conferrals[1])
    };
    assert!(!text.contains("Counsel for Defendant"), "{text}");

    let mut m = base.clone();
    m.conferrals[1].summary = "Scheduling call only.".into();
    let text = step_paragraph(&m, &m.conferrals[1]);
    assert!(text.contains("without discussing the requests."), "{text}");
    assert!(!text.contains("On Interrogatory"), "{text}");

    let mut m = base.clone();
    m.conferrals[1].subject = Some(Subject::Scheduling);
    let text = step_paragraph(&m, &m.conferrals[1]);
    assert!(text.contains("about scheduling only."), "{text}");
    assert!(!text.contains("On Interrogatory"), "{text}");

    let mut m = base.clone();
    m.conferrals[0].reply = Some(Reply::None);
    m.conferrals[0].items[0].outcome = Outcome::Resolved;
    let text = step_paragraph(&m, &m.conferrals[0]);
    assert!(text.contains("No response was received."), "{text}");
    assert!(!text.contains("resolved"), "{text}");
    // One that bounced was not ignored: it never arrived.
    m.conferrals[0].summary = "Email bounced as undeliverable.".into();
    let text = step_paragraph(&m, &m.conferrals[0]);
    assert!(text.contains("It was not delivered."), "{text}");
    assert!(!text.contains("No response was received."), "{text}");

    let mut m = base.clone();
    m.conferrals.truncate(2);
    m.conferrals[1].participants = vec!["c1".into(), "p2".into()];
    let t = txnd_text(&m);
    assert!(t.contains("attempted to confer with counsel for"), "{t}");
    assert!(
        !t.contains("A conference was held") && !t.contains("Conferences were held"),
        "{t}"
    );
}

/// Certificate review 161 (a second pass): a co-defendant's counsel who
/// conferred by email is named with the dates, each defendant's position is
/// its own, and a refusal after the last conference is told.
#[test]
fn north_texas_names_every_attorney_who_conferred_and_whose_each_position_was() {
    use goodfaith::matter::{Method, Outcome, Reply};
    let mut m = txnd_sample();
    add_apex(&mut m);
    let mut theirs = m.conferrals[2].clone();
    theirs.id = "apex-email".into();
    theirs.date = date(2026, 3, 12);
    theirs.time = None;
    theirs.duration_minutes = None;
    theirs.method = Method::Email;
    theirs.initiated_by = "c3".into();
    theirs.participants = vec!["c3".into(), "c1".into()];
    for d in &mut theirs.items {
        d.movant_position.clear();
        d.opponent_position = "Apex has nothing responsive".into();
        d.outcome = Outcome::Impasse;
    }
    m.conferrals.push(theirs);
    let t = txnd_text(&m);
    assert!(
        t.contains("and in writing, by email, on March 12, 2026 between Olivia Chen and Jane Roe"),
        "{t}"
    );
    assert!(
        t.contains("declined to search more than three custodians (Marcus Müller) and Apex has nothing responsive (Olivia Chen)"),
        "{t}"
    );
    let mut refusal = m.conferrals[1].clone();
    refusal.id = "refused".into();
    refusal.date = date(2026, 3, 16);
    refusal.reply = Some(Reply::Refused);
    for d in &mut refusal.items {
        d.opponent_position.clear();
        d.outcome = Outcome::Raised;
    }
    m.conferrals.push(refusal);
    let t = txnd_text(&m);
    assert!(
        t.contains("On March 16, 2026, Marcus Müller refused to confer further."),
        "{t}"
    );
}

/// Where a party appears pro se, D. Kan.'s "steps taken by all attorneys"
/// names it too, and a pro se signature gives the address, telephone and
/// email recorded (Fed. R. Civ. P. 11(a)).
#[test]
fn a_pro_se_party_is_in_the_kansas_steps_and_its_signature_gives_its_contact() {
    let mut m = txnd_sample();
    m.court = "ksd".into();
    the_movant_appears_pro_se(&mut m);
    m.parties[0].contact.phone = "(907) 555-0177".into();
    m.parties[0].contact.email = "lucia@example.com".into();
    let r = Registry::embedded().unwrap();
    let pack = r.get("ksd").unwrap();
    let cert = compose(&m, pack, r.template_for(pack).unwrap(), date(2026, 3, 20));
    assert!(
        cert.paragraphs[0]
            .text
            .contains("steps taken by all attorneys and pro se parties"),
        "{}",
        cert.paragraphs[0].text
    );
    let signatures = cert
        .blocks
        .iter()
        .find_map(|b| match b {
            goodfaith::layout::Block::Signatures(s) => Some(s.clone()),
            _ => None,
        })
        .unwrap();
    assert!(
        signatures[0]
            .lines
            .contains(&"Tel. (907) 555-0177".to_string())
    );
    assert!(
        signatures[0]
            .lines
            .contains(&"lucia@example.com".to_string())
    );
}

/// The N.D. Tex. sample matter (tests/fixtures/samples/compel-txnd.json).
fn txnd_sample() -> goodfaith::matter::Matter {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/samples/compel-txnd.json");
    read_matter(&path).unwrap().0
}

/// The sample's plaintiff (p1) without its counsel (c1): it appears pro se
/// and made every contact itself.
fn the_movant_appears_pro_se(m: &mut goodfaith::matter::Matter) {
    m.parties[0].pro_se = true;
    m.counsel.retain(|c| c.id != "c1");
    for e in &mut m.conferrals {
        e.initiated_by = "p1".into();
        for p in &mut e.participants {
            if p == "c1" {
                *p = "p1".into();
            }
        }
    }
}

/// The N.D. Tex. certificate's paragraphs for `m`, as composed on March 20,
/// 2026, joined by line breaks.
fn txnd_text(m: &goodfaith::matter::Matter) -> String {
    let r = Registry::embedded().unwrap();
    let pack = r.get("txnd").unwrap();
    compose(m, pack, r.template_for(pack).unwrap(), date(2026, 3, 20))
        .paragraphs
        .iter()
        .map(|p| p.text.clone())
        .collect::<Vec<_>>()
        .join("\n")
}

/// N.D. Tex.: an agreement the movant later raised again is listed among
/// the last positions as an agreement since reopened, not as the reason
/// agreement could not be reached.
#[test]
fn a_reopened_agreement_is_not_given_as_why_agreement_failed() {
    use goodfaith::matter::{Method, Outcome, Reply};
    let mut m = txnd_sample();
    m.conferrals[1].items[1].opponent_position = "Will serve a privilege log by March 10".into();
    let before = txnd_text(&m);
    assert!(!before.contains("Will serve a privilege log"), "{before}");
    let mut email = m.conferrals[2].clone();
    email.id = "e4".into();
    email.date = date(2026, 3, 16);
    email.time = None;
    email.method = Method::Email;
    email.reply = Some(Reply::None);
    email.items = vec![m.conferrals[1].items[1].clone()];
    email.items[0].outcome = Outcome::Raised;
    email.items[0].opponent_position.clear();
    email.items[0].movant_position = "The log never came.".into();
    m.conferrals.push(email);
    let text = txnd_text(&m);
    assert!(
        text.contains(
            "on Interrogatory No. 5: will serve a privilege log by March 10 (agreed on March 3, 2026; the request was raised again on March 16, 2026)"
        ),
        "{text}"
    );
}

/// A counsel with no name (reported as NAME-MISSING) leaves no gap in the
/// N.D. Tex. conference sentence: "between Jane Roe and ." is not printed.
#[test]
fn a_blank_name_leaves_no_gap_in_who_conferred() {
    let mut m = txnd_sample();
    assert!(txnd_text(&m).contains("between Jane Roe and Marcus Müller."));
    for c in m.counsel.iter_mut().filter(|c| c.name != "Jane Roe") {
        c.name = String::new();
    }
    let t = txnd_text(&m);
    assert!(
        t.contains("March 11, 2026, with Jane Roe taking part.") && !t.contains(" and ."),
        "{t}"
    );
}

/// A sentence that ends with a party or counsel name ending in a period
/// ends once ("Acme Widgets, Inc.", not "Inc..") (review 347).
#[test]
fn a_name_ending_in_a_period_ends_its_sentence_once() {
    let text = |m: &serde_json::Value| {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("m.json");
        std::fs::write(&p, serde_json::to_string(m).unwrap()).unwrap();
        let o = goodfaith(&[
            "render",
            p.to_str().unwrap(),
            "-o",
            "-",
            "--draft",
            "--today",
            "2017-04-01",
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        stdout(&o)
    };
    let m: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("mail/matter.json")).unwrap())
            .unwrap();
    let said = text(&m);
    assert!(
        said.contains("counsel for Defendant Acme Widgets, Inc."),
        "{said}"
    );
    assert!(!said.contains(".."), "a doubled full stop: {said}");
}

/// A copy stamped DRAFT of a record that is not ready says why, on
/// standard error, blocker by blocker (review 347: `--draft` said nothing).
#[test]
fn a_draft_of_a_record_that_is_not_ready_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("draft.pdf");
    let o = goodfaith(&[
        "render",
        fixture("seeds/002-single-letter.json").to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--today",
        "2017-10-20",
        "--draft",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("stamped DRAFT because the record is not ready: Not ready to file"),
        "{err}"
    );
    assert!(err.contains("  [SINGLE-LETTER]"), "{err}");

    // An exhibit that fails (an attachment that is no PDF) says only why
    // it failed, not that a draft was made (review 348).
    let mut m: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(fixture("seeds/002-single-letter.json")).unwrap(),
    )
    .unwrap();
    std::fs::write(dir.path().join("letter.pdf"), "%PDF-1.4 cut short").unwrap();
    m["conferrals"][0]["attachments"] = serde_json::json!(["letter.pdf"]);
    let matter = dir.path().join("m.json");
    std::fs::write(&matter, m.to_string()).unwrap();
    let o = goodfaith(&[
        "exhibit",
        matter.to_str().unwrap(),
        "-o",
        dir.path().join("ex.pdf").to_str().unwrap(),
        "--today",
        "2017-10-20",
        "--draft",
    ]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("the PDF cannot be read"), "{err}");
    assert!(!err.contains("stamped DRAFT because"), "{err}");
}
