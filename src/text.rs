//! Small English-prose helpers shared by the checker and the certificate.

use jiff::civil::{Date, Time};

/// "a", "a and b", "a, b and c".
pub fn join_and(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [a] => a.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// "a", "a or b", "a, b or c".
pub fn join_or(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [a] => a.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// "March 3, 2026", as courts write dates.
pub fn long_date(d: Date) -> String {
    d.strftime("%B %-d, %Y").to_string()
}

/// "2:00 p.m.", as courts write times.
pub fn clock(t: Time) -> String {
    let h = t.hour();
    let (h12, half) = match h {
        0 => (12, "a.m."),
        1..=11 => (h, "a.m."),
        12 => (12, "p.m."),
        _ => (h - 12, "p.m."),
    };
    format!("{h12}:{:02} {half}", t.minute())
}

/// The text with its first letter in capitals ("the call" -> "The call").
pub fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, time};

    #[test]
    fn formats_like_a_court() {
        assert_eq!(long_date(date(2026, 3, 3)), "March 3, 2026");
        assert_eq!(clock(time(14, 0, 0, 0)), "2:00 p.m.");
        assert_eq!(clock(time(0, 5, 0, 0)), "12:05 a.m.");
        assert_eq!(
            join_and(&["a".into(), "b".into(), "c".into()]),
            "a, b and c"
        );
    }
}
