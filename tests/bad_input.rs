//! Malformed matters get a clear error naming the file, line/column and
//! field, exit status 2, and never a panic.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on broken setup

mod common;

use common::*;

fn run_bad(contents: &str) -> (i32, String, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = temp_matter(&dir, "matter.json", contents);
    let out = goodfaith(&[
        "check",
        path.to_str().expect("utf-8 path"),
        "--today",
        "2026-03-20",
    ]);
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "must not panic: {err}");
    (
        out.status.code().unwrap_or(-1),
        err,
        path.display().to_string(),
    )
}

#[test]
fn the_valid_base_matter_is_accepted() {
    let (code, err, _) = run_bad(VALID);
    assert_eq!(code, 0, "the base matter is ready to file: {err}");
}

#[test]
fn not_json_names_the_line_and_column() {
    let (code, err, file) = run_bad("{\n  \"schema_version\": 1,\n  \"court\": ksd\n}");
    assert_eq!(code, 2);
    assert!(err.contains(&format!("{file}:3:")), "{err}");
    assert!(err.contains("expected value"), "{err}");
}

#[test]
fn a_wrong_type_names_the_field() {
    let bad = VALID.replace(
        "\"duration_minutes\": 30",
        "\"duration_minutes\": \"thirty\"",
    );
    let (code, err, file) = run_bad(&bad);
    assert_eq!(code, 2);
    assert!(err.contains(&format!("{file}:22:34")), "{err}");
    assert!(err.contains("conferrals[0].duration_minutes"), "{err}");
    assert!(err.contains("expected u32"), "{err}");
}

#[test]
fn an_impossible_date_is_rejected_with_its_field() {
    let bad = VALID.replace("\"date\": \"2026-03-10\"", "\"date\": \"2026-02-30\"");
    let (code, err, file) = run_bad(&bad);
    assert_eq!(code, 2);
    assert!(err.contains(&format!("{file}:20:26")), "{err}");
    assert!(err.contains("conferrals[0].date"), "{err}");
    assert!(
        err.contains("day"),
        "says which part of the date is wrong: {err}"
    );
}

#[test]
fn an_unknown_court_names_the_court_field_and_lists_courts() {
    let bad = VALID.replace("\"court\": \"ksd\"", "\"court\": \"xyz\"");
    let (code, err, file) = run_bad(&bad);
    assert_eq!(code, 2);
    assert!(err.contains(&format!("{file}:3:12")), "{err}");
    assert!(err.contains("field `court`"), "{err}");
    assert!(
        err.contains("unknown court \"xyz\"") && err.contains("ksd"),
        "{err}"
    );
}

#[test]
fn an_unknown_court_flag_is_invalid_input() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = temp_matter(&dir, "m.json", VALID);
    let out = goodfaith(&["check", path.to_str().expect("utf-8"), "--court", "nope"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--court: unknown court \"nope\""),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_event_naming_a_missing_counsel_points_at_the_participant() {
    let bad = VALID.replace(
        "\"participants\": [\"c1\", \"c2\"]",
        "\"participants\": [\"c1\", \"c9\"]",
    );
    let (code, err, file) = run_bad(&bad);
    assert_eq!(code, 2);
    assert!(err.contains(&format!("{file}:25:30")), "{err}");
    assert!(err.contains("conferrals[0].participants[1]"), "{err}");
    assert!(
        err.contains("no counsel or party has the id \"c9\""),
        "{err}"
    );
}

#[test]
fn an_item_discussed_that_does_not_exist_is_named() {
    let bad = VALID.replace("{ \"item\": \"rog-4\"", "{ \"item\": \"rog-5\"");
    let (code, err, _) = run_bad(&bad);
    assert_eq!(code, 2);
    assert!(
        err.contains("conferrals[0].items[0].item") && err.contains("rog-5"),
        "{err}"
    );
}

#[test]
fn a_future_schema_version_is_refused_before_anything_else() {
    let bad = VALID
        .replace("\"schema_version\": 1", "\"schema_version\": 7")
        .replace(
            "\"court\": \"ksd\",",
            "\"court\": \"ksd\", \"new_field_from_v7\": true,",
        );
    let (code, err, file) = run_bad(&bad);
    assert_eq!(code, 2);
    assert!(err.contains(&format!("{file}:2:")), "{err}");
    assert!(
        err.contains("schema version 7") && err.contains("newer goodfaith"),
        "{err}"
    );
}

#[test]
fn a_misspelt_field_is_named() {
    let bad = VALID.replace("\"initiated_by\"", "\"initiatedby\"");
    let (code, err, _) = run_bad(&bad);
    assert_eq!(code, 2);
    assert!(err.contains("unknown field `initiatedby`"), "{err}");
}

#[test]
fn a_request_disputed_with_an_unknown_party_is_named() {
    let bad = VALID.replace(
        "\"response\": \"2026-03-02\" }",
        "\"response\": \"2026-03-02\", \"disputed_with\": [\"p2\", \"p9\"] }",
    );
    assert_ne!(bad, VALID);
    let (code, err, _) = run_bad(&bad);
    assert_eq!(code, 2);
    assert!(
        err.contains("items[0].disputed_with[1]") && err.contains("no party has the id \"p9\""),
        "{err}"
    );
}

#[test]
fn duplicate_ids_are_named() {
    let bad = VALID.replace("{ \"id\": \"p2\"", "{ \"id\": \"p1\"");
    let (code, err, _) = run_bad(&bad);
    assert_eq!(code, 2);
    assert!(
        err.contains("parties[1].id") && err.contains("used twice"),
        "{err}"
    );
}

#[test]
fn a_missing_file_is_invalid_input() {
    let out = goodfaith(&["check", "/nonexistent/matter.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("/nonexistent/matter.json: cannot read the file"),
        "{}",
        stderr(&out)
    );
    // The operating system's reason is given once, not twice.
    assert_eq!(
        stderr(&out).matches("No such file or directory").count(),
        1,
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_bad_today_flag_is_invalid_input() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = temp_matter(&dir, "m.json", VALID);
    let out = goodfaith(&[
        "check",
        path.to_str().expect("utf-8"),
        "--today",
        "2026-13-01",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--today"), "{}", stderr(&out));
}

/// A matter whose party name and item label carry terminal escape sequences,
/// and whose extra item (never discussed) blocks filing in D. Kan.
fn hostile_matter() -> String {
    VALID
        .replace("\"Acme Corp.\"", "\"Acme\\u001b[2J\\u001b]0;pwned\\u0007 Corp.\"")
        .replace(
            "{ \"id\": \"rog-4\", \"label\": \"Interrogatory No. 4\", \"response\": \"2026-03-02\" }",
            "{ \"id\": \"rog-4\", \"label\": \"Interrogatory No. 4\", \"response\": \"2026-03-02\" },\n    { \"id\": \"rog-5\\u001b[31m\", \"label\": \"Rog 5\\u001b[31m red\\u009b\", \"response\": \"2026-03-02\" }",
        )
}

#[test]
fn control_characters_in_user_text_reach_the_terminal_escaped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = temp_matter(&dir, "matter.json", &hostile_matter());
    let p = path.to_str().expect("utf-8 path");

    let o = goodfaith(&["check", p, "--today", "2026-03-20"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{9b}'),
        "{text:?}"
    );
    assert!(text.contains("Rog 5\\x1b[31m red\\u{9b}"), "{text}");
    // Where a finding points is named by the request's label (escaped
    // too), never by goodfaith's internal id.
    assert!(
        text.contains("Where: conferral log \u{203a} Rog 5\\x1b[31m red"),
        "{text}"
    );
    assert!(!text.contains("rog-5"), "no internal id: {text}");

    // The JSON keeps the exact text, escaped by JSON itself.
    let o = goodfaith(&["check", p, "--today", "2026-03-20", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert!(
        json["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .any(|f| f["message"]
                .as_str()
                .is_some_and(|m| m.contains("Rog 5\u{1b}[31m red\u{9b}"))),
        "{json}"
    );

    let out = dir.path().join("cert.pdf");
    let o = goodfaith(&[
        "render",
        p,
        "-o",
        out.to_str().expect("utf-8"),
        "--today",
        "2026-03-20",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        !err.contains('\u{1b}') && !err.contains('\u{9b}'),
        "{err:?}"
    );
    assert!(err.contains("Rog 5\\x1b[31m red\\u{9b}"), "{err}");
}

#[test]
fn dates_and_times_outside_the_documented_forms_are_located_errors() {
    for (from, to, at, says) in [
        (
            "\"date\": \"2026-03-10\"",
            "\"date\": \"2026-03-10T10:00\"",
            ":20:15",
            "conferrals[0].date",
        ),
        (
            "\"date\": \"2026-03-10\"",
            "\"date\": \"0000-03-10\"",
            ":20:15",
            "0001 or later",
        ),
        (
            "\"date\": \"2026-03-10\"",
            "\"date\": \"-0001-03-10\"",
            ":20:15",
            "YYYY-MM-DD",
        ),
        (
            "\"planned_filing\": \"2026-03-20\"",
            "\"planned_filing\": \"+002026-03-20\"",
            ":4:",
            "motion.planned_filing",
        ),
        (
            "\"time\": \"14:00\"",
            "\"time\": \"14:00:30\"",
            ":21:15",
            "conferrals[0].time",
        ),
        (
            "\"time\": \"14:00\"",
            "\"time\": \"23:59:60\"",
            ":21:15",
            "HH:MM",
        ),
    ] {
        let (code, err, file) = run_bad(&VALID.replace(from, to));
        assert_eq!(code, 2, "{to}: {err}");
        assert!(err.contains(&format!("{file}{at}")), "{to}: {err}");
        assert!(err.contains(says), "{to}: {err}");
    }
    // What goodfaith's own saves write is read.
    let (code, err, _) = run_bad(&VALID.replace("\"time\": \"14:00\"", "\"time\": \"14:00:00\""));
    assert_eq!(code, 0, "{err}");
}

#[test]
fn an_array_where_an_object_belongs_is_a_located_error() {
    let (code, err, file) = run_bad("[]");
    assert_eq!(code, 2);
    assert!(
        err.contains(&format!("{file}:1:1: the matter must be a JSON object")),
        "{err}"
    );
    let bad = VALID.replace(
        "{ \"kind\": \"compel\", \"movant\": \"plaintiff\", \"planned_filing\": \"2026-03-20\" }",
        "[\"compel\", \"\", \"plaintiff\", \"2026-03-20\"]",
    );
    let (code, err, file) = run_bad(&bad);
    assert_eq!(code, 2);
    assert!(
        err.contains(&format!(
            "{file}:4:13: field `motion`: this field must be a JSON object"
        )),
        "{err}"
    );
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let (code, err, _) = run_bad(&format!("\u{feff}{VALID}"));
    assert_eq!(code, 0, "{err}");
}

#[test]
fn a_line_break_inside_a_string_is_located_at_a_real_column() {
    // Found by the property tests: serde_json says column 0 here.
    let bad = VALID.replace("\"Ann Alder\"", "\"Ann\nAlder\"");
    let (code, err, file) = run_bad(&bad);
    assert_eq!(code, 2);
    assert!(err.contains(&format!("{file}:7:")), "{err}");
    assert!(!err.contains(":7:0:") && !err.contains(":8:0:"), "{err}");
}
