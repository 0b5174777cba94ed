//! Small English-prose helpers shared by the checker and the certificate.

use std::borrow::Cow;
use std::fmt::Write;

use jiff::civil::{Date, Time};

/// "a", "a and b", "a, b and c".
pub fn join_and<S: std::borrow::Borrow<str>>(parts: &[S]) -> String {
    match parts {
        [] => String::new(),
        [a] => a.borrow().to_owned(),
        [rest @ .., last] => format!("{} and {}", rest.join(", "), last.borrow()),
    }
}

/// "a", "a or b", "a, b or c".
pub fn join_or<S: std::borrow::Borrow<str>>(parts: &[S]) -> String {
    match parts {
        [] => String::new(),
        [a] => a.borrow().to_owned(),
        [rest @ .., last] => format!("{} or {}", rest.join(", "), last.borrow()),
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

/// Whether a character must not reach a terminal as it is: the C0 and C1
/// controls and DEL (escape sequences start with ESC or CSI), and the bidi
/// overrides and isolates, which reorder what follows them on screen.
fn unsafe_on_terminal(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `s` in lower case, with a word processor's apostrophe made the
/// typewriter's ("Won’t" as "won't"): how the readings of a user's words
/// match contractions and possessives whichever key typed them.
pub fn folded(s: &str) -> String {
    s.to_lowercase().replace('\u{2019}', "'")
}

/// `s` as one line of running text: each run of spaces holding a line
/// break or a tab (a note typed over several lines, or pasted from a table)
/// becomes one space. A paragraph the certificate composes from notes must
/// not break mid-sentence in the PDF, nor in the text export, which keeps a
/// paragraph on one line (review 349).
pub fn one_line(s: &str) -> Cow<'_, str> {
    let breaks = |c: char| {
        matches!(
            c,
            '\n' | '\r' | '\t' | '\u{b}' | '\u{c}' | '\u{2028}' | '\u{2029}'
        )
    };
    if !s.contains(breaks) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut run = String::new();
    for c in s.chars() {
        if c == ' ' || breaks(c) {
            run.push(c);
            continue;
        }
        flush_run(&mut out, &mut run, breaks);
        out.push(c);
    }
    flush_run(&mut out, &mut run, breaks);
    Cow::Owned(out)
}

/// A run of spaces as it stands, or one space for a run that holds a break.
fn flush_run(out: &mut String, run: &mut String, breaks: impl Fn(char) -> bool) {
    if run.contains(breaks) {
        out.push(' ');
    } else {
        out.push_str(run);
    }
    run.clear();
}

/// `s` with every control character shown escaped, as `\x1b` (or `\u{9b}`
/// above ASCII), so that user text (a party name, an item label) printed to a
/// terminal cannot move the cursor, recolour or clear the screen, or forge a
/// line of the report. The JSON output needs none of this: JSON escapes them.
pub fn printable(s: &str) -> Cow<'_, str> {
    escape_where(s, unsafe_on_terminal)
}

/// As `printable`, but keeping line breaks: for text of several lines that
/// goodfaith itself laid out (an error with its context).
pub fn printable_lines(s: &str) -> Cow<'_, str> {
    escape_where(s, |c| c != '\n' && unsafe_on_terminal(c))
}

fn escape_where(s: &str, escape: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !s.chars().any(&escape) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if !escape(c) {
            out.push(c);
        } else if c.is_ascii() {
            let _ = write!(out, "\\x{:02x}", c as u32);
        } else {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, time};

    #[test]
    fn control_characters_are_shown_escaped() {
        assert_eq!(printable("Acme\u{1b}[2J Corp"), "Acme\\x1b[2J Corp");
        assert_eq!(printable("a\u{9b}31mb\u{202e}c"), "a\\u{9b}31mb\\u{202e}c");
        assert_eq!(printable("two\nlines\t"), "two\\x0alines\\x09");
        assert_eq!(printable_lines("two\nlines\r"), "two\nlines\\x0d");
        assert!(matches!(
            printable("Ann Alder, Esq. § 37"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn a_note_of_several_lines_reads_as_one() {
        assert_eq!(
            one_line("offered to limit\n  the scope\tto 2023"),
            "offered to limit the scope to 2023"
        );
        assert_eq!(one_line("a\r\n\r\nb"), "a b");
        // Spaces the user typed without a break are left as they are.
        assert!(matches!(
            one_line("No.  4, as  served"),
            Cow::Borrowed("No.  4, as  served")
        ));
    }

    #[test]
    fn formats_like_a_court() {
        assert_eq!(long_date(date(2026, 3, 3)), "March 3, 2026");
        assert_eq!(clock(time(14, 0, 0, 0)), "2:00 p.m.");
        assert_eq!(clock(time(0, 5, 0, 0)), "12:05 a.m.");
        assert_eq!(join_and(&["a", "b", "c"]), "a, b and c");
        assert_eq!(join_and(&["a".to_string(), "b".to_string()]), "a and b");
        assert_eq!(join_and::<&str>(&[]), "");
    }
}
