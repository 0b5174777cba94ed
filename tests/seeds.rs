//! The five orders in shared/seeds, as matters: each records the conferral the
//! court described and must be blocked for the reasons the court gave; each
//! corrected matter does what the court told the movant to do and has no blocker.
//! These run the real CLI, as a user or a script would.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on broken setup

mod common;

use common::*;
use serde_json::Value;

struct Case {
    file: &'static str,
    today: &'static str,
    /// Blockers the court's reasoning requires.
    blockers: &'static [&'static str],
    /// Warnings the court's reasoning requires.
    warnings: &'static [&'static str],
}

const FAILING: &[Case] = &[
    // Brown v. Brotherson (D. Kan. 2007): proposed order mailed to a pro se
    // plaintiff, a "discussion" of unspecified nature, no certificate.
    Case {
        file: "000-brown-brotherson.json",
        today: "2007-07-16",
        blockers: &["CERT-MISSING", "WRITTEN-ONLY", "PRO-SE-EXCLUDED"],
        warnings: &[],
    },
    // D. Kan. 2009 (Waxse, M.J.): "steps were taken" boilerplate; a letter and
    // unanswered calls; no conversation.
    Case {
        file: "001-boilerplate.json",
        today: "2009-05-04",
        blockers: &["CERT-BOILERPLATE", "WRITTEN-ONLY"],
        warnings: &[],
    },
    // D. Kan. 2018 (Sebelius, M.J.): a single Golden Rule letter answered by
    // letter; demands restating a position.
    Case {
        file: "002-single-letter.json",
        today: "2017-10-20",
        blockers: &["SINGLE-LETTER", "WRITTEN-ONLY", "DEMAND-ONLY"],
        warnings: &[],
    },
    // Weichert (D. Kan. 2017): no conferral at all; Rule 37.1 cited for 37.2.
    Case {
        file: "003-weichert-no-conferral.json",
        today: "2017-01-27",
        blockers: &["NO-CONFERRAL"],
        warnings: &["WRONG-RULE"],
    },
    // EEOC v. Renal Care (S.D. Miss. 2007): no Good Faith Certificate.
    Case {
        file: "004-renal-care-no-certificate.json",
        today: "2007-02-16",
        blockers: &["CERT-MISSING"],
        warnings: &[],
    },
];

const CORRECTED: &[(&str, &str)] = &[
    ("000-brown-brotherson-corrected.json", "2007-09-21"),
    ("001-boilerplate-corrected.json", "2009-06-24"),
    ("002-single-letter-corrected.json", "2018-03-02"),
    ("003-weichert-corrected.json", "2017-05-22"),
    ("004-renal-care-corrected.json", "2007-03-09"),
];

fn check_json(file: &str, today: &str) -> (i32, Value) {
    let path = fixture(&format!("seeds/{file}"));
    let out = goodfaith(&[
        "check",
        path.to_str().expect("utf-8"),
        "--today",
        today,
        "--json",
    ]);
    let code = out.status.code().unwrap_or(-1);
    assert_ne!(code, 2, "{file} is valid input: {}", stderr(&out));
    (
        code,
        serde_json::from_str(&stdout(&out)).expect("--json prints JSON"),
    )
}

fn with_severity<'a>(v: &'a Value, sev: &str) -> Vec<&'a str> {
    v["findings"]
        .as_array()
        .expect("findings array")
        .iter()
        .filter(|f| f["severity"] == sev)
        .filter_map(|f| f["code"].as_str())
        .collect()
}

#[test]
fn each_seed_order_is_blocked_for_the_courts_reasons() {
    for case in FAILING {
        let (code, v) = check_json(case.file, case.today);
        assert_eq!(code, 1, "{}: blocked, so exit 1", case.file);
        assert_eq!(v["ready"], false, "{}", case.file);
        let blockers = with_severity(&v, "blocker");
        for want in case.blockers {
            assert!(
                blockers.contains(want),
                "{}: expected blocker {want}, got {blockers:?}",
                case.file
            );
        }
        let warnings = with_severity(&v, "warning");
        for want in case.warnings {
            assert!(
                warnings.contains(want),
                "{}: expected warning {want}, got {warnings:?}",
                case.file
            );
        }
        // Every blocker quotes a rule and says how to fix it.
        for f in v["findings"].as_array().expect("findings") {
            if f["severity"] == "blocker" {
                assert!(f["rule"]["citation"].is_string(), "{}: {f}", case.file);
                assert!(
                    !f["fix"].as_str().unwrap_or("").is_empty(),
                    "{}: {f}",
                    case.file
                );
            }
        }
    }
}

#[test]
fn each_corrected_seed_has_no_blocker() {
    for (file, today) in CORRECTED {
        let (code, v) = check_json(file, today);
        assert_eq!(v["ready"], true, "{file}: {:#}", v["findings"]);
        assert_eq!(code, 0, "{file}");
        assert!(with_severity(&v, "blocker").is_empty(), "{file}");
    }
}

#[test]
fn the_text_report_names_the_court_the_verdict_and_the_rule() {
    let path = fixture("seeds/002-single-letter.json");
    let out = goodfaith(&[
        "check",
        path.to_str().expect("utf-8"),
        "--today",
        "2017-10-20",
    ]);
    let text = stdout(&out);
    assert!(
        text.starts_with(
            "D. Kan. (ksd): motion for sanctions under Rule 37(d), to be filed October 20, 2017"
        ),
        "{text}"
    );
    assert!(text.contains("Not ready to file:"), "{text}");
    assert!(
        text.contains("BLOCKERS") && text.contains("[SINGLE-LETTER]"),
        "{text}"
    );
    assert!(
        text.contains("means more than mailing or faxing a letter"),
        "quotes D. Kan. Rule 37.2: {text}"
    );
}

#[test]
fn all_94_districts_are_listed() {
    let out = goodfaith(&["courts", "--json"]);
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_str(&stdout(&out)).expect("json");
    let ids: Vec<&str> = v
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|c| c["id"].as_str())
        .collect();
    assert_eq!(ids.len(), 94, "{ids:?}");
    for id in ["ksd", "msnd", "mssd"] {
        assert!(ids.contains(&id), "{ids:?}");
    }
}

#[test]
fn a_district_without_a_pack_is_checked_against_the_federal_rules_and_says_so() {
    let path = fixture("seeds/002-single-letter.json");
    let out = goodfaith(&[
        "check",
        path.to_str().expect("utf-8"),
        "--court",
        "wyd",
        "--today",
        "2017-10-20",
    ]);
    let text = stdout(&out);
    assert!(text.starts_with("D. Wyo. (wyd):"), "{text}");
    assert!(
        text.contains("No local rule is encoded for this court"),
        "{text}"
    );
    // Under Rules 37(a)(1) and 37(d)(1)(B) alone, federal courts divide on a
    // letter answered by letter (at risk), and a demand with no comparison of
    // views is not conferring: the record is not ready in S.D.N.Y. either.
    assert_eq!(out.status.code(), Some(1), "{text}");
    let at_risk = text.split("AT RISK").nth(1).unwrap_or_default();
    assert!(
        at_risk.contains("[WRITTEN-ONLY]") && at_risk.contains("[SINGLE-LETTER]"),
        "{text}"
    );
    assert!(text.contains("Case (another court)"), "{text}");
}
