//! Property tests (the project's fuzz harness, on stable Rust): the matter
//! loader, the pack loader and the layout engine are fed arbitrary and
//! mutated input. They must never panic, every error must be located, and
//! every laid-out page must keep the layout invariant (nothing past the
//! margins, no two runs overlapping).
//!
//! They run briefly in `cargo test`. For a long run set the number of cases:
//! `GOODFAITH_PROPTEST_CASES=100000 cargo test --release --test properties`
//! (see docs/testing.md).

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on broken setup

mod common;

use std::sync::OnceLock;

use goodfaith::court::Registry;
use goodfaith::layout::invariant::faults;
use goodfaith::layout::{
    Align, Block, CaptionBlock, LayoutOptions, Metrics, Para, SignatureBlock, Style, layout,
};
use goodfaith::matter::{MatterError, parse_matter};
use jiff::civil::date;
use proptest::prelude::*;
use proptest::test_runner::Config;

/// Cases per property: `GOODFAITH_PROPTEST_CASES`, else a quick 64.
fn config() -> Config {
    let cases = std::env::var("GOODFAITH_PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

fn registry() -> &'static Registry {
    static R: OnceLock<Registry> = OnceLock::new();
    R.get_or_init(|| Registry::embedded().expect("built-in packs"))
}

fn metrics() -> &'static Metrics {
    static M: OnceLock<Metrics> = OnceLock::new();
    M.get_or_init(|| Metrics::new().expect("fonts"))
}

/// Valid matters to mutate: the shared test matter and the seed fixtures.
fn seeds() -> &'static [String] {
    static S: OnceLock<Vec<String>> = OnceLock::new();
    S.get_or_init(|| {
        let mut v = vec![common::VALID.to_string()];
        let dir = common::fixture("seeds");
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .expect("seeds")
            .map(|e| e.expect("entry").path())
            .collect();
        files.sort();
        for f in files {
            v.push(std::fs::read_to_string(f).expect("seed"));
        }
        v
    })
}

/// One edit of a text: replace, insert or delete a span, or duplicate one.
#[derive(Debug, Clone)]
enum Edit {
    Replace(usize, usize, String),
    Insert(usize, String),
    Delete(usize, usize),
    Duplicate(usize, usize, usize),
}

/// Fragments that change a JSON document's meaning rather than break its
/// syntax: the values and shapes the loader must judge.
const JSON_BITS: &[&str] = &[
    "[]",
    "{}",
    "null",
    "0",
    "-1",
    "1e999",
    "\"\"",
    "\"2026-02-30\"",
    "\"0000-01-01\"",
    "\"2026-01-05T10:00\"",
    "\"23:59:60\"",
    "\"14:00:30\"",
    "\"\\u001b[2J\"",
    "\"{opponents}\"",
    "\"p1\"",
    "\"c1\"",
    "\"e1\"",
    "\"rog-4\"",
    "true",
    ",",
    ":",
    "\"",
    "{",
    "}",
    "[",
    "]",
    "\u{feff}",
    "\"\\ud800\"",
    "18446744073709551616",
    "\"ksd\"",
    "\"nysd\"",
    "\"compel\"",
    "\"telephone\"",
    "\"letter\"",
    "\"signed\"",
    "\"custom\"",
    "\"none\"",
];

fn edit() -> impl Strategy<Value = Edit> {
    let text = prop_oneof![
        proptest::sample::select(JSON_BITS).prop_map(str::to_string),
        ".{0,12}",
        "[\\x00-\\x7f]{0,4}",
    ];
    prop_oneof![
        (any::<usize>(), 0usize..24, text.clone()).prop_map(|(a, n, t)| Edit::Replace(a, n, t)),
        (any::<usize>(), text).prop_map(|(a, t)| Edit::Insert(a, t)),
        (any::<usize>(), 0usize..40).prop_map(|(a, n)| Edit::Delete(a, n)),
        (any::<usize>(), 1usize..200, any::<usize>())
            .prop_map(|(a, n, b)| Edit::Duplicate(a, n, b)),
    ]
}

/// The nearest character boundary at or before `i` (edits stay UTF-8).
fn boundary(s: &str, i: usize) -> usize {
    let mut i = i % (s.len() + 1);
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn apply(s: &mut String, e: &Edit) {
    match e {
        Edit::Replace(a, n, t) => {
            let a = boundary(s, *a);
            let b = boundary(s, a + n);
            s.replace_range(a..b.max(a), t);
        }
        Edit::Insert(a, t) => {
            let a = boundary(s, *a);
            s.insert_str(a, t);
        }
        Edit::Delete(a, n) => {
            let a = boundary(s, *a);
            let b = boundary(s, a + n);
            s.replace_range(a..b.max(a), "");
        }
        Edit::Duplicate(a, n, at) => {
            let a = boundary(s, *a);
            let b = boundary(s, a + n).max(a);
            let piece = s[a..b].to_string();
            let at = boundary(s, *at);
            s.insert_str(at, &piece);
        }
    }
}

/// An error must say where: the file, and a line and column inside the text.
fn assert_located(e: &MatterError, src: &str) {
    match e {
        MatterError::Invalid {
            file, line, column, ..
        } => {
            assert_eq!(file, "m.json");
            let lines = src.lines().count().max(1);
            assert!(
                *line >= 1 && *line <= lines + 1 && *column >= 1,
                "{e} (the text has {lines} lines)"
            );
            assert!(
                e.to_string()
                    .starts_with(&format!("m.json:{line}:{column}: "))
            );
        }
        MatterError::Read(r) => panic!("parsing text never reads a file: {r}"),
    }
}

/// A matter that loads goes through the checker, the composer and the layout
/// engine without a panic, and its certificate keeps the layout invariant.
fn check_and_render(src: &str) {
    let Ok(m) = parse_matter(src, "m.json") else {
        return;
    };
    let r = registry();
    let Some(pack) = r.get(&m.court).filter(|p| p.selectable) else {
        return;
    };
    let today = date(2026, 3, 20);
    let _ = goodfaith::check::check(&m, pack, today);
    let rendered = goodfaith::render::render_pages(&m, r, pack, today, metrics(), true)
        .expect("every court has a template");
    let found = faults(&rendered.pages, metrics(), 72.0);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_bytes_never_panic_the_matter_loader(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let src = String::from_utf8_lossy(&bytes);
        if let Err(e) = parse_matter(&src, "m.json") {
            assert_located(&e, &src);
        }
    }

    #[test]
    fn mutated_matters_load_or_fail_located_and_render_soundly(
        seed in 0usize..16,
        edits in proptest::collection::vec(edit(), 1..6),
    ) {
        let seeds = seeds();
        let mut src = seeds[seed % seeds.len()].clone();
        for e in &edits {
            apply(&mut src, e);
        }
        match parse_matter(&src, "m.json") {
            Err(e) => assert_located(&e, &src),
            Ok(_) => check_and_render(&src),
        }
    }

    #[test]
    fn mutated_packs_load_or_fail_located(
        file in 0usize..64,
        edits in proptest::collection::vec(edit(), 1..6),
    ) {
        let packs: Vec<(String, String)> = {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("forms/courts");
            let mut v: Vec<(String, String)> = std::fs::read_dir(dir)
                .expect("packs")
                .map(|e| {
                    let p = e.expect("entry").path();
                    (p.display().to_string(), std::fs::read_to_string(&p).expect("pack"))
                })
                .collect();
            v.sort();
            v
        };
        let mut packs = packs;
        let i = file % packs.len();
        for e in &edits {
            apply(&mut packs[i].1, e);
        }
        let src = packs[i].1.clone();
        let name = packs[i].0.clone();
        let certs = goodfaith::court::embedded_certificate_sources();
        if let Err(e) = Registry::from_sources(packs, certs) {
            prop_assert!(e.line >= 1 && e.column >= 1, "{e}");
            if e.file == name {
                prop_assert!(e.line <= src.lines().count() + 1, "{e}");
            }
        }
    }

    #[test]
    fn arbitrary_text_never_panics_the_pack_parser(src in ".{0,400}") {
        if let Err(e) = goodfaith::court::parse_pack_file("p.toml", &src) {
            prop_assert!(e.line >= 1 && e.column >= 1 && e.line <= src.lines().count() + 1, "{e}");
        }
        let _ = goodfaith::certificate::parse_template("t.toml", &src);
    }

    #[test]
    fn any_names_strings_and_paragraph_counts_lay_out_inside_the_margins_without_overlap(
        names in proptest::collection::vec(name(), 1..8),
        paras in proptest::collection::vec(prose(), 0..30),
        spacing in prop_oneof![Just(1.0f32), Just(1.5), Just(2.0)],
        signers in 0usize..7,
        columns in proptest::collection::vec(0u8..2, 7),
        draft in any::<bool>(),
    ) {
        let n = |i: usize| names[i % names.len()].clone();
        let mut blocks = vec![
            Block::Caption(CaptionBlock {
                court_lines: vec![n(0).to_uppercase(), format!("DISTRICT OF {}", n(1))],
                left: vec![n(2), "    Plaintiff,".into(), "v.".into(), format!("    {}", n(3)), "    Defendant.".into()],
                right: vec![format!("Case No. {}", n(4))],
            }),
            Block::Para(Para {
                text: format!("CERTIFICATE OF CONFERENCE {}", n(5)),
                style: Style::Bold,
                align: Align::Center,
                first_indent: 0.0,
                left_indent: 0.0,
                spacing: 1.0,
                space_after: 12.0,
                space_before: 0.0,
                keep_with_next: true,
                keep_with_prev: false,
            }),
        ];
        for p in &paras {
            blocks.push(Block::Para(Para::body(p.clone(), spacing)));
        }
        blocks.push(Block::Signatures((0..signers).map(|i| SignatureBlock {
            signature: if i % 3 == 2 { String::new() } else { format!("/s/ {}", n(i)) },
            lines: vec![n(i), n(i + 1), format!("{}@example.com", n(i + 2)), "Attorney for Defendant".into()],
            status: (i % 3 == 2).then(|| format!("Signature of {} not yet obtained", n(i))),
            column: columns[i],
        }).collect()));
        let pages = layout(&blocks, metrics(), &LayoutOptions { draft, ..LayoutOptions::default() });
        let found = faults(&pages, metrics(), 72.0);
        prop_assert!(found.is_empty(), "{}", found.join("\n"));
    }
}

/// A name: ordinary, very long, unbroken, or with characters the font lacks.
fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Z][a-z]{1,12}( [A-Z][a-z]{1,14}){0,3}",
        "[A-Za-z\\-.']{30,80}",
        "[Ww@]{60,140}",
        "[A-Za-z ]{0,6}[林ßÆØÅéñ\u{2014}\u{feff}\t]{1,20}[A-Za-z ]{0,6}",
        ".{0,60}",
    ]
}

/// Body text: words, long unbroken strings, line breaks.
fn prose() -> impl Strategy<Value = String> {
    prop_oneof![
        "([A-Za-z,.]{1,12} ){0,80}",
        "[A-Za-z]{100,300}",
        "([a-z]{1,8}[ \n]){0,40}",
        ".{0,200}",
    ]
}
