//! Per-court fixtures: tests/fixtures/courts/<court id>/
//!   pass-*.json        must be Ready (no blocker, nothing at risk);
//!   fail-<CODE>-*.json  must not be Ready, with <CODE> among the blockers or
//!                       the at-risk findings.
//! Each is checked as of its planned filing date, through the real CLI.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on broken setup

mod common;

use common::*;
use serde_json::Value;

#[test]
fn every_court_fixture_reaches_the_expected_verdict() {
    let root = fixture("courts");
    let mut checked = 0;
    let mut failures = Vec::new();
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .expect("tests/fixtures/courts")
        .flatten()
        .collect();
    dirs.sort_by_key(|d| d.file_name());
    for dir in dirs {
        let court = dir.file_name().to_string_lossy().into_owned();
        let mut files: Vec<_> = std::fs::read_dir(dir.path())
            .expect("court dir")
            .flatten()
            .map(|e| e.path())
            .collect();
        files.sort();
        for path in files
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
        {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let src = std::fs::read_to_string(&path).unwrap();
            let v: Value =
                serde_json::from_str(&src).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert_eq!(
                v["court"],
                court.as_str(),
                "{} is filed under its court",
                path.display()
            );
            let today = v["motion"]["planned_filing"]
                .as_str()
                .unwrap_or_else(|| panic!("{}: needs motion.planned_filing", path.display()));
            let out = goodfaith(&["check", path.to_str().unwrap(), "--today", today, "--json"]);
            assert_ne!(
                out.status.code(),
                Some(2),
                "{}: {}",
                path.display(),
                stderr(&out)
            );
            let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
            let blockers: Vec<&str> = report["findings"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|f| f["severity"] == "blocker" || f["severity"] == "at_risk")
                .filter_map(|f| f["code"].as_str())
                .collect();
            if let Some(rest) = name.strip_prefix("fail-") {
                let code = report["findings"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter_map(|f| f["code"].as_str())
                    .filter(|c| rest.starts_with(c))
                    .max_by_key(|c| c.len());
                match code {
                    Some(c) if blockers.contains(&c) => {}
                    _ => failures.push(format!(
                        "{court}/{name}: expected blocker from its name, got blockers {blockers:?}"
                    )),
                }
            } else if name.starts_with("pass-") {
                if !blockers.is_empty() || report["verdict"] != "ready" {
                    failures.push(format!(
                        "{court}/{name}: expected no blocker, got {blockers:?}"
                    ));
                }
            } else {
                failures.push(format!(
                    "{court}/{name}: name must start with pass- or fail-<CODE>"
                ));
            }
            checked += 1;
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} fixtures wrong:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(checked > 0, "no court fixtures found");
}
