//! docs/courts.md is generated from the packs; this keeps it current.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on broken setup

mod common;

use common::*;

#[test]
fn the_coverage_page_matches_the_packs() {
    let out = goodfaith(&["courts", "--markdown"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let page = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/courts.md"),
    )
    .expect("docs/courts.md");
    assert!(
        page == stdout(&out),
        "docs/courts.md is stale: run `cargo run -- courts --markdown > docs/courts.md`"
    );
    // It says which districts have a pack, and what each encodes.
    assert!(
        page.contains("| D. Kan. | `ksd` | 10th | own pack |"),
        "{page}"
    );
    assert!(
        page.contains("`MOTION-DEADLINE` | motion_deadline | at risk"),
        "{page}"
    );
}
