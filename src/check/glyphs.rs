//! Characters the certificate's font cannot draw. The PDF would print them
//! blank (an emoji in a firm name, a CJK name), so a record holding one in a
//! field that reaches the certificate is not ready, and the finding names the
//! field. Coverage comes from the embedded fonts' own tables: compiled in, so
//! the check stays pure (no I/O, no clock) and agrees with `render`.

use std::sync::OnceLock;

use super::{Finding, Step, Target};
use crate::court::Severity;
use crate::layout::{Metrics, Style, plain_ascii};
use crate::matter::Matter;

pub(crate) const CODE: &str = "UNDRAWABLE-CHARACTER";

fn metrics() -> Option<&'static Metrics> {
    static METRICS: OnceLock<Option<Metrics>> = OnceLock::new();
    METRICS.get_or_init(Metrics::new).as_ref()
}

/// The characters of `text` the regular or bold face lacks, once each, and
/// the invisible marks that reorder or join text (`invisible`).
fn missing(text: &str, m: &Metrics) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_whitespace() || out.contains(c) {
            continue;
        }
        let s = c.to_string();
        if invisible(c) || !m.covers(&s, Style::Regular) || !m.covers(&s, Style::Bold) {
            out.push(c);
        }
    }
    out
}

/// A mark that changes the order or joining of the text around it without
/// being seen: the bidirectional controls and the zero-width characters
/// text pasted from Outlook or Word may carry. Word applies them and the
/// PDF does not, so the two copies of the certificate said different
/// things ("evil" read "live" in Word: review 349).
fn invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{061c}' | '\u{feff}')
}

/// How a character is named in a finding: quoted, or by its code point
/// for one that would not be seen (or would reorder the message itself).
fn named(c: char) -> String {
    if invisible(c) {
        format!("an invisible mark (U+{:04X})", u32::from(c))
    } else {
        format!("\u{201c}{c}\u{201d}")
    }
}

/// One finding per field that holds a character the font cannot draw.
///
/// Runs on every keystroke over every field of the record, so the common case
/// (all printable) allocates nothing: a field's description and target are
/// built only when it has something to report.
pub(crate) fn undrawable(matter: &Matter) -> Vec<Finding<'static>> {
    let Some(m) = metrics() else {
        return vec![];
    };
    // Nearly every record is plain ASCII, which the font draws: one quick
    // pass that stops at the first other text, before the pass that names
    // each text (the glyph check was over a third of the check of a long
    // record).
    let ascii = m.draws_ascii();
    if ascii
        && each_text(matter, |text, _, _| {
            plain_ascii(text.as_bytes()).then_some(())
        })
        .is_some()
    {
        return vec![];
    }
    let mut out = Vec::new();
    let mut slow = |text: &str, what: &dyn Fn() -> String, target: &dyn Fn() -> Target| {
        // Both faces cover the same characters in practice; the bold one is
        // asked only when the regular face already lacks something.
        if m.covers(text, Style::Regular) && !text.chars().any(invisible) {
            return;
        }
        let chars = missing(text, m);
        if chars.is_empty() {
            return;
        }
        let what = what();
        let quoted: Vec<String> = chars.chars().map(named).collect();
        out.push(Finding {
            code: CODE,
            severity: Severity::Blocker,
            message: if chars.chars().all(invisible) {
                format!(
                    "{} holds {}: Word would reorder or join the text around it and the PDF would not, so the two copies would read differently.",
                    crate::text::capitalize(&what),
                    crate::text::join_and(&quoted)
                )
            } else {
                format!(
                    "The certificate font cannot draw {} in {what}: it would print blank.",
                    quoted.join(", ")
                )
            },
            rule: None,
            authorities: std::sync::Arc::new([]),
            target: target(),
            also: Vec::new(),
            fix: format!("Replace or remove {} in {what}.", quoted.join(", ")),
        });
    };
    // Nearly every field is printable ASCII, which every face draws: that
    // is settled here in one inlined byte scan, and only the rest are looked
    // at character by character. (The out-of-line call per field was a
    // quarter of the check of a long record.)
    each_text(matter, |text, what, target| {
        if !(ascii && plain_ascii(text.as_bytes())) {
            slow(text, what, target);
        }
        Some(())
    });
    out
}

/// Every text the certificate may print, handed to `field` with what it is
/// and where it is edited (each made only if asked); stops, returning
/// `None`, at the first text `field` returns `None` for. One list for the
/// quick pass and the one that names each text.
fn each_text(
    matter: &Matter,
    mut field: impl FnMut(&str, &dyn Fn() -> String, &dyn Fn() -> Target) -> Option<()>,
) -> Option<()> {
    let c = &matter.caption;
    field(&c.case_number, &|| "the case number".into(), &|| {
        Target::step(Step::Case)
    })?;
    field(&c.division, &|| "the division".into(), &|| {
        Target::step(Step::Case)
    })?;
    let court = |f| Target::element(Step::Court, "motion", Some(f));
    field(&matter.judge, &|| "the judge's name".into(), &|| {
        court("judge")
    })?;
    field(&matter.motion.title, &|| "the motion title".into(), &|| {
        court("title")
    })?;
    for (n, p) in matter.parties.iter().enumerate() {
        field(&p.name, &|| format!("the name of party {}", n + 1), &|| {
            Target::element(Step::Parties, &p.id, Some("name"))
        })?;
    }
    for c in &matter.counsel {
        let whose = || {
            if c.name.trim().is_empty() {
                "a counsel's".to_string()
            } else {
                format!("{}'s", c.name.trim())
            }
        };
        let t = |f| Target::element(Step::Parties, &c.id, Some(f));
        field(&c.name, &|| "a counsel's name".into(), &|| t("name"))?;
        field(&c.firm, &|| format!("{} firm", whose()), &|| t("firm"))?;
        field(&c.address, &|| format!("{} address", whose()), &|| {
            t("address")
        })?;
        field(
            &c.bar_number,
            &|| format!("{} bar number", whose()),
            &|| t("bar_number"),
        )?;
        field(&c.phone, &|| format!("{} telephone", whose()), &|| {
            t("phone")
        })?;
        field(&c.email, &|| format!("{} email", whose()), &|| t("email"))?;
    }
    for it in &matter.items {
        field(
            &it.label,
            &|| format!("the request \u{201c}{}\u{201d}", it.label.trim()),
            &|| Target::element(Step::Items, &it.id, None),
        )?;
    }
    for e in &matter.conferrals {
        let t = |f| Target::element(Step::Conferrals, &e.id, Some(f));
        let when = || crate::text::long_date(e.date);
        field(
            &e.place,
            &|| format!("the place of the {} contact", when()),
            &|| t("place"),
        )?;
        for d in &e.items {
            let pos = || format!("what was said on {}", when());
            let on = |f| Target::per_request(Step::Conferrals, &e.id, f, &d.item);
            field(&d.movant_position, &pos, &|| on("movant_position"))?;
            field(&d.opponent_position, &pos, &|| on("opponent_position"))?;
        }
        if let Some(f) = &e.follow_up {
            field(&f.what, &|| format!("the promise of {}", when()), &|| {
                t("follow_up")
            })?;
        }
        for s in &e.staff {
            field(
                &s.name,
                &|| format!("a staff member on {}", when()),
                &|| t("staff"),
            )?;
        }
    }
    let cert = &matter.certificate;
    let t = |f| Target {
        step: Step::Certificate,
        id: None,
        field: Some(f),
        item: None,
    };
    field(
        &cert.statement,
        &|| "your certification statement".into(),
        &|| t("statement"),
    )?;
    for cite in &cert.cites {
        field(cite, &|| "the rules your motion cites".into(), &|| {
            t("cites")
        })?;
    }
    for (key, text) in &cert.edits {
        field(text, &|| "a paragraph you rewrote".into(), &|| {
            Target::element(Step::Certificate, key, None)
        })?;
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_emoji_in_a_firm_name_is_a_blocker_naming_the_field() {
        let mut m = crate::app::document::empty_matter();
        m.counsel.push(crate::matter::Counsel::new(
            "c1",
            "Jane Roe",
            vec![],
            crate::matter::CounselRole::Lead,
        ));
        m.counsel[0].firm = "Roe \u{1f600} LLP".into();
        m.parties.push(crate::matter::Party {
            id: "p1".into(),
            name: "Nguy\u{1ec5}n Th\u{1ecb} H\u{f2}a".into(),
            side: crate::matter::Side::Plaintiff,
            pro_se: true,
            contact: Default::default(),
        });
        let f = undrawable(&m);
        assert_eq!(f.len(), 1, "Vietnamese prints; the emoji does not: {f:?}");
        assert!(f[0].message.contains("Jane Roe's firm"), "{}", f[0].message);
        assert_eq!(f[0].target.field, Some("firm"));
        assert_eq!(f[0].severity, Severity::Blocker);
    }

    #[test]
    fn an_emoji_in_a_position_points_at_that_requests_box() {
        let json = include_str!("../../tests/fixtures/samples/compel-txnd.json");
        let mut m =
            crate::matter::parse_matter(json, "compel-txnd.json").expect("the sample parses");
        // The March 3 call lists three requests; the emoji is in the other
        // side's note on the second.
        let e = &mut m.conferrals[1];
        e.items[1].opponent_position = "Will serve the log \u{1f44d}".into();
        let (entry, item) = (e.id.clone(), e.items[1].item.clone());
        let f = undrawable(&m);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].target.id.as_deref(), Some(entry.as_str()));
        assert_eq!(f[0].target.field, Some("opponent_position"));
        assert_eq!(f[0].target.item.as_deref(), Some(item.as_str()));
    }

    /// A right-to-left override pasted into a note: Word reverses the text
    /// after it and the PDF does not ("evil" read "live" in Word: review
    /// 349), so the two copies of the certificate would differ.
    #[test]
    fn an_invisible_direction_mark_is_a_blocker_named_by_its_code_point() {
        let json = include_str!("../../tests/fixtures/samples/compel-txnd.json");
        let mut m =
            crate::matter::parse_matter(json, "compel-txnd.json").expect("the sample parses");
        assert!(undrawable(&m).is_empty());
        m.conferrals[1].items[1].movant_position = "Said it was \u{202e}evil\u{202c}.".into();
        let f = undrawable(&m);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].severity, Severity::Blocker);
        assert!(
            f[0].message
                .contains("an invisible mark (U+202E) and an invisible mark (U+202C)")
                && f[0]
                    .message
                    .contains("the two copies would read differently")
                && !f[0].message.contains('\u{202e}'),
            "{}",
            f[0].message
        );
        assert_eq!(f[0].target.field, Some("movant_position"));
    }
}
