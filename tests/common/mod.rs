#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on broken setup
//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

/// Runs the real `goodfaith` binary in New York's time (as a POSIX TZ rule,
/// so no time-zone database is needed): imported mail is told in the
/// computer's zone, and the tests' mail was sent from there.
pub fn goodfaith(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_goodfaith"))
        .env("TZ", "EST5EDT,M3.2.0,M11.1.0")
        .args(args)
        .output()
        .expect("the goodfaith binary runs")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A small valid matter, one field per line so tests can name lines.
pub const VALID: &str = r#"{
  "schema_version": 1,
  "court": "ksd",
  "motion": { "kind": "compel", "movant": "plaintiff", "planned_filing": "2026-03-20" },
  "caption": { "case_number": "2:26-cv-01234" },
  "parties": [
    { "id": "p1", "name": "Ann Alder", "side": "plaintiff" },
    { "id": "p2", "name": "Acme Corp.", "side": "defendant" }
  ],
  "counsel": [
    { "id": "c1", "name": "Jane Roe", "represents": ["p1"], "role": "lead" },
    { "id": "c2", "name": "John Doe", "represents": ["p2"], "role": "lead" }
  ],
  "items": [
    { "id": "rog-4", "label": "Interrogatory No. 4", "response": "2026-03-02" }
  ],
  "conferrals": [
    {
      "id": "e1",
      "date": "2026-03-10",
      "time": "14:00",
      "duration_minutes": 30,
      "method": "telephone",
      "initiated_by": "c1",
      "participants": ["c1", "c2"],
      "items": [
        { "item": "rog-4", "outcome": "impasse", "movant_position": "Asked for all customers since 2020.", "opponent_position": "Objected: overbroad; offered 2023 onward." }
      ]
    }
  ]
}
"#;

/// Writes `contents` to a temp file named `name` and returns its path.
pub fn temp_matter(dir: &tempfile::TempDir, name: &str, contents: &str) -> PathBuf {
    let p = dir.path().join(name);
    std::fs::write(&p, contents).expect("write temp matter");
    p
}

/// Adds a second defendant, Apex Freight, Inc. (p3), with counsel of its
/// own, Olivia Chen (c3), whom no entry lists yet.
pub fn add_apex(m: &mut goodfaith::matter::Matter) {
    use goodfaith::matter::{Counsel, Party, Side};
    m.parties.push(Party {
        id: "p3".into(),
        name: "Apex Freight, Inc.".into(),
        side: Side::Defendant,
        ..m.parties[1].clone()
    });
    m.counsel.push(Counsel {
        id: "c3".into(),
        name: "Olivia Chen".into(),
        represents: vec!["p3".into()],
        ..m.counsel[1].clone()
    });
}
