//! What serde's derived types let through but the matter format rules out
//! (docs/matter-format.md): an object written as a JSON array (serde reads a
//! struct from a sequence of its fields in order, so `[]` or a motion written
//! `["compel", …]` would load), dates other than `YYYY-MM-DD` with a year from
//! 0001 (jiff also reads `2026-01-05T10:00`, year 0000 and signed years), and
//! times other than `HH:MM` (jiff also reads seconds, and leap seconds).
//!
//! The check walks the parsed JSON alongside the format's own JSON Schema
//! (`schemars`, the one `goodfaith schema` prints), so a field added to the
//! types is covered without being listed here.

use std::sync::OnceLock;

use serde_json::Value;

use super::Matter;
use super::locate::PathSeg;

/// The matter's JSON Schema, built once; its property names live as long as
/// the program, so paths into a document can borrow them.
fn schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA
        .get_or_init(|| serde_json::to_value(schemars::schema_for!(Matter)).unwrap_or(Value::Null))
}

/// A place in the document and what is wrong there.
pub(super) type ShapeError = (Vec<PathSeg>, String);

/// Checks the shape of the matter JSON in `src`. Text that is not JSON at all
/// passes: the full parse reports it with its location.
pub(super) fn check_shape(src: &str) -> Result<(), ShapeError> {
    let Ok(doc) = serde_json::from_str::<Value>(src) else {
        return Ok(());
    };
    let root = schema();
    let mut path = Vec::new();
    walk(&doc, root, root, &mut path, 0)
}

/// Follows `$ref`s into the schema's `$defs`.
fn resolve(mut s: &'static Value, root: &'static Value) -> &'static Value {
    for _ in 0..16 {
        let Some(r) = s.get("$ref").and_then(Value::as_str) else {
            break;
        };
        let target = r
            .strip_prefix("#/$defs/")
            .and_then(|name| root.get("$defs")?.get(name));
        match target {
            Some(t) => s = t,
            None => break,
        }
    }
    s
}

fn types(s: &Value) -> Vec<&str> {
    match s.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    }
}

fn walk(
    v: &Value,
    schema: &'static Value,
    root: &'static Value,
    path: &mut Vec<PathSeg>,
    depth: usize,
) -> Result<(), ShapeError> {
    if depth > 64 {
        return Ok(());
    }
    let s = resolve(schema, root);
    if let Some(all) = s.get("allOf").and_then(Value::as_array) {
        for sub in all {
            walk(v, sub, root, path, depth + 1)?;
        }
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(branches) = s.get(key).and_then(Value::as_array) {
            // `Option<T>`: T or null. Other unions are left to serde.
            let some: Vec<&'static Value> = branches
                .iter()
                .filter(|b| types(resolve(b, root)) != ["null"])
                .collect();
            if let [only] = some.as_slice()
                && !v.is_null()
            {
                walk(v, only, root, path, depth + 1)?;
            }
        }
    }
    let ts = types(s);
    match v {
        Value::Array(items) => {
            if ts.contains(&"object") && !ts.contains(&"array") {
                let what = match path.last() {
                    None => "the matter",
                    Some(_) => "this field",
                };
                return Err((
                    path.clone(),
                    format!("{what} must be a JSON object ({{ … }}), not an array ([ … ])"),
                ));
            }
            if let Some(item) = s.get("items") {
                for (i, el) in items.iter().enumerate() {
                    path.push(PathSeg::Index(i));
                    walk(el, item, root, path, depth + 1)?;
                    path.pop();
                }
            }
        }
        Value::Object(fields) => {
            if let Some(props) = s.get("properties").and_then(Value::as_object) {
                for (name, sub) in props {
                    if let Some(child) = fields.get(name) {
                        path.push(PathSeg::Key(name.as_str()));
                        walk(child, sub, root, path, depth + 1)?;
                        path.pop();
                    }
                }
            }
        }
        Value::String(text) => {
            let problem = match s.get("format").and_then(Value::as_str) {
                Some("date") => date_problem(text),
                Some("partial-time") => time_problem(text),
                _ => None,
            };
            if let Some(p) = problem {
                return Err((path.clone(), p));
            }
        }
        _ => {}
    }
    Ok(())
}

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Why `s` is not a date as the format writes one, or `None`. Whether the
/// day exists (2026-02-30) is left to jiff, whose message names the part.
fn date_problem(s: &str) -> Option<String> {
    let parts: Vec<&str> = s.split('-').collect();
    let shaped = matches!(parts.as_slice(), [y, m, d]
        if y.len() == 4 && m.len() == 2 && d.len() == 2 && digits(y) && digits(m) && digits(d));
    if !shaped {
        let hint = if s.contains('T') || s.contains(' ') || s.contains(':') {
            " (a date only: the time of a contact goes in `time`)"
        } else {
            ""
        };
        return Some(format!(
            "\"{s}\" is not a date written YYYY-MM-DD, e.g. \"2026-03-05\"{hint}"
        ));
    }
    if s.starts_with("0000") {
        return Some(format!("\"{s}\": the year must be 0001 or later"));
    }
    None
}

/// Why `s` is not a time as the format writes one (24-hour `HH:MM`), or
/// `None`. `HH:MM:00` is read too: goodfaith's own saves write it (jiff's
/// form), and it says no more than `HH:MM`; other seconds, fractions and leap
/// seconds are refused, as a contact's time is recorded to the minute.
fn time_problem(s: &str) -> Option<String> {
    let hm = |h: &str, m: &str| {
        h.len() == 2
            && m.len() == 2
            && digits(h)
            && digits(m)
            && h.parse::<u8>().is_ok_and(|h| h < 24)
            && m.parse::<u8>().is_ok_and(|m| m < 60)
    };
    let ok = match s.split(':').collect::<Vec<_>>().as_slice() {
        [h, m] => hm(h, m),
        [h, m, "00"] => hm(h, m),
        _ => false,
    };
    (!ok).then(|| {
        format!(
            "\"{s}\" is not a time written HH:MM on a 24-hour clock, e.g. \"14:00\" (no seconds)"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_times_only_in_the_documented_forms() {
        assert_eq!(date_problem("2026-03-05"), None);
        assert_eq!(date_problem("2026-02-30"), None, "left to jiff");
        for bad in [
            "2026-01-05T10:00",
            "-0001-01-01",
            "+002026-01-01",
            "26-1-5",
            "",
        ] {
            assert!(date_problem(bad).is_some(), "{bad}");
        }
        assert!(date_problem("0000-01-01").is_some_and(|m| m.contains("0001 or later")));
        assert_eq!(time_problem("14:00"), None);
        assert_eq!(time_problem("00:00"), None);
        assert_eq!(time_problem("14:00:00"), None, "as goodfaith saves it");
        for bad in [
            "14:00:30",
            "14:00:00.5",
            "23:59:60",
            "24:00",
            "9:00",
            "14:60",
            "2pm",
        ] {
            assert!(time_problem(bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn arrays_in_place_of_objects_are_found_where_they_are() {
        let (path, msg) = check_shape("[]").expect_err("top-level array");
        assert!(path.is_empty());
        assert!(msg.starts_with("the matter must be a JSON object"), "{msg}");
        let (path, _) =
            check_shape(r#"{"motion": ["compel", "", "plaintiff"]}"#).expect_err("motion");
        assert_eq!(path, vec![PathSeg::Key("motion")]);
        let (path, _) =
            check_shape(r#"{"conferrals": [{"date": "2026-01-05T10:00"}]}"#).expect_err("datetime");
        assert_eq!(
            path,
            vec![
                PathSeg::Key("conferrals"),
                PathSeg::Index(0),
                PathSeg::Key("date")
            ]
        );
        let (path, _) = check_shape(r#"{"conferrals": [{"follow_up": {"due": "0000-01-01"}}]}"#)
            .expect_err("year 0");
        assert_eq!(path.last(), Some(&PathSeg::Key("due")));
    }
}
