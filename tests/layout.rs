//! Nothing overprints and nothing runs off the page: for every kind of block
//! (caption, title, body paragraphs, signature blocks alone and side by side),
//! with long names and long unbroken strings, every run stays inside the
//! margins and no two runs overlap.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on broken setup

use goodfaith::layout::invariant::faults;
use goodfaith::layout::{
    Align, Block, CaptionBlock, Item, LayoutOptions, Metrics, PAGE_WIDTH, Page, Para,
    SignatureBlock, Style, layout,
};

/// 44 characters: the counsel name that overprinted the next block.
const LONG_NAME: &str = "Christopher Alexander Montgomery-Beauregard";
const UNBROKEN: &str = "Wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww";

fn metrics() -> Metrics {
    Metrics::new().expect("fonts")
}

fn sig(name: &str, signed: bool, column: u8) -> SignatureBlock {
    SignatureBlock {
        signature: if signed {
            format!("/s/ {name}")
        } else {
            String::new()
        },
        lines: vec![
            name.to_string(),
            format!("{name} & Associates LLP"),
            format!("{}@example.com", name.replace(' ', ".").to_lowercase()),
            "Attorney for Defendant".into(),
        ],
        status: (!signed).then(|| format!("Signature of {name} not yet obtained")),
        column,
    }
}

fn title(text: &str) -> Block {
    Block::Para(Para {
        text: text.into(),
        style: Style::Bold,
        align: Align::Center,
        first_indent: 0.0,
        left_indent: 0.0,
        spacing: 1.0,
        space_after: 12.0,
        space_before: 0.0,
        keep_with_next: true,
        keep_with_prev: false,
    })
}

fn caption(name: &str) -> Block {
    Block::Caption(CaptionBlock {
        court_lines: vec![
            format!(
                "UNITED STATES DISTRICT COURT FOR THE {}",
                name.to_uppercase()
            ),
            UNBROKEN.into(),
        ],
        left: vec![
            format!("{name}, {UNBROKEN}"),
            "    Plaintiff,".into(),
            "v.".into(),
            format!("    {name} {name}"),
            format!("    {UNBROKEN}"),
            "    Defendant.".into(),
        ],
        right: vec![format!("Case No. {UNBROKEN}")],
    })
}

fn assert_sound(pages: &[Page], m: &Metrics) {
    let found = faults(pages, m, 72.0);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn a_long_signature_name_wraps_inside_its_column_beside_another() {
    let m = metrics();
    for name in [LONG_NAME, UNBROKEN] {
        let blocks = vec![
            Block::Para(Para::body("Counsel conferred by telephone.", 2.0)),
            Block::Signatures(vec![sig(name, true, 0), sig(name, true, 1)]),
        ];
        let pages = layout(&blocks, &m, &LayoutOptions::default());
        assert_sound(&pages, &m);
        // Each column prints the whole signature, in pieces at most.
        for left_column in [true, false] {
            let column: String = pages
                .iter()
                .flat_map(|p| &p.items)
                .filter_map(|i| match i {
                    Item::Text { x, text, .. } if (*x < PAGE_WIDTH / 2.0) == left_column => {
                        Some(text.as_str())
                    }
                    _ => None,
                })
                .collect::<Vec<_>>()
                .concat()
                .replace(' ', "");
            assert!(
                column.contains(&format!("/s/{}", name.replace(' ', ""))),
                "{column}"
            );
        }
    }
}

#[test]
fn a_right_hand_signature_never_passes_the_right_margin() {
    let m = metrics();
    // 40 characters, one signer, in the right half of the page.
    let name = "Maximiliana Wolfeschlegelsteinhausenberg";
    let pages = layout(
        &[Block::Signatures(vec![sig(name, true, 0)])],
        &m,
        &LayoutOptions::default(),
    );
    assert_sound(&pages, &m);
    for item in &pages[0].items {
        if let Item::Text {
            x,
            size,
            style,
            text,
            ..
        } = item
        {
            assert!(
                x + m.width(text, *style, *size) <= PAGE_WIDTH - 72.0 + 0.01,
                "{text}"
            );
        }
    }
}

#[test]
fn every_block_kind_with_long_names_and_unbroken_strings_stays_inside_and_apart() {
    let m = metrics();
    for name in [LONG_NAME, UNBROKEN] {
        for signers in 1..=5 {
            let mut blocks = vec![
                caption(name),
                title(&format!("CERTIFICATE OF CONFERENCE {UNBROKEN}")),
            ];
            for i in 0..6 {
                blocks.push(Block::Para(Para::body(
                    format!("Step {i}: On March 3, 2026, {name} spoke with {name} about {UNBROKEN} for 30 minutes."),
                    2.0,
                )));
            }
            blocks.push(Block::Para(Para {
                keep_with_prev: true,
                ..Para::body(format!("Dated: March 20, 2026 {UNBROKEN}"), 1.0)
            }));
            blocks.push(Block::Signatures(
                (0..signers)
                    .map(|i| sig(name, i % 2 == 0, u8::from(i % 2 == 1)))
                    .collect(),
            ));
            for draft in [false, true] {
                let pages = layout(
                    &blocks,
                    &m,
                    &LayoutOptions {
                        draft,
                        ..LayoutOptions::default()
                    },
                );
                assert_sound(&pages, &m);
            }
        }
    }
}

#[test]
fn several_signers_on_one_side_fill_both_columns_without_overlap() {
    let m = metrics();
    let blocks = vec![Block::Signatures(
        (0..7).map(|i| sig(LONG_NAME, i % 3 != 0, 0)).collect(),
    )];
    let pages = layout(&blocks, &m, &LayoutOptions::default());
    assert_sound(&pages, &m);
}

#[test]
fn characters_the_font_lacks_are_measured_as_drawn() {
    let m = metrics();
    // CJK is not in Liberation Serif: the PDF draws each as a full-em box.
    let name = "林".repeat(60);
    let pages = layout(
        &[
            Block::Para(Para::body(format!("Counsel {name} conferred."), 2.0)),
            Block::Signatures(vec![sig(&name, true, 0), sig(&name, true, 1)]),
        ],
        &m,
        &LayoutOptions::default(),
    );
    assert_sound(&pages, &m);
    assert!((m.width("林", Style::Regular, 12.0) - 12.0).abs() < 0.01);
}
