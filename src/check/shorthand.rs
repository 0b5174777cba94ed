//! A note of what was said that the certificate would print as written,
//! though it reads as a note to oneself or as the other side's own words.
//!
//! The certificate gives each side's position in the user's words
//! ("Counsel for Defendant stated, in substance: …"): it never rewrites them,
//! since a certificate is a representation to the court and its sentences
//! come only from what the user recorded. So a note kept in shorthand ("3 max;
//! rest = burden", "OC says no supps w/o M&C") is filed in shorthand, and a
//! note in the other side's first person ("We will not produce more") reads
//! as a quotation the record does not say it is. Neither is law: like a
//! character the font cannot draw, it is a fact about the record the user
//! should settle before filing, so it is a warning and names the field.

use super::{Finding, Step, Target};
use crate::court::Severity;
use crate::matter::{ConferralEvent, Matter, Method};

pub(crate) const CODE: &str = "NOTE-AS-WRITTEN";

/// Whether `word` is a word of a note kept for oneself, matched whole and
/// ignoring case: none is how a certificate writes. "OC" (opposing
/// counsel), "GR" (a golden rule letter) and "MTC" only in capitals: in
/// lower case they may be words.
fn abbreviation(word: &[u8]) -> bool {
    if word.len() < 2 || word.len() > 6 {
        return false;
    }
    if matches!(word, b"OC" | b"GR" | b"MTC") {
        return true;
    }
    // Up to six bytes, lower-cased, as one number: the lookup is integer
    // comparisons, not a byte comparison per abbreviation.
    let mut n = 0u64;
    for (i, c) in word.iter().enumerate() {
        n |= u64::from(c.to_ascii_lowercase()) << (8 * i);
    }
    ABBREVIATIONS.contains(&n)
}

/// Up to eight bytes as one number (see `abbreviation`).
const fn packed(b: &[u8]) -> u64 {
    let mut n = 0u64;
    let mut i = 0;
    while i < b.len() && i < 8 {
        n |= (b[i] as u64) << (8 * i);
        i += 1;
    }
    n
}

/// Words of a note kept for oneself, lower case.
const ABBREVIATIONS: [u64; 28] = {
    const WORDS: [&str; 28] = [
        "def", "defs", "rog", "rogs", "ltr", "ltrs", "cnsl", "ctsl", "pltf", "pltfs", "pltf's",
        "dft", "dfts", "dft's", "deft", "defts", "supp", "supps", "supp'd", "supp'l", "resp",
        "thru", "w/", "w/o", "w/in", "b/c", "mtg", "m&c",
    ];
    let mut out = [0u64; 28];
    let mut i = 0;
    while i < WORDS.len() {
        out[i] = packed(WORDS[i].as_bytes());
        i += 1;
    }
    out
};

/// The first words that put a note in the first person.
const FIRST_PERSON: [&str; 12] = [
    "I", "I'm", "I'll", "I've", "I'd", "We", "We're", "We'll", "We've", "We'd", "Our", "My",
];

/// What in `note` reads as shorthand, the first such word as written.
///
/// One pass over the bytes, since it runs over every note on every
/// keystroke: a word is looked at only when it is short enough to be an
/// abbreviation, or holds a byte of a sign ("→" opens with 0xE2).
fn shorthand(note: &str) -> Option<&str> {
    let b = note.as_bytes();
    let mut start = 0;
    let mut signed = false;
    for i in 0..=b.len() {
        let c = b.get(i).copied().unwrap_or(b' ');
        if c > b' ' {
            signed |= matches!(c, b'=' | b'@' | b'+' | b'>' | 0xE2);
            continue;
        }
        if i > start {
            // Whitespace is ASCII, so these are character boundaries.
            let raw = &note[start..i];
            if (signed && sign(raw))
                || (raw.len() <= 12 && abbreviation(owner(bare(raw.as_bytes()))))
            {
                return Some(raw);
            }
        }
        start = i + 1;
        signed = false;
    }
    None
}

/// A word without a possessive ending ("OC's", "Def.\u{2019}s"); an
/// abbreviation with one is still one.
fn owner(w: &[u8]) -> &[u8] {
    w.strip_suffix(b"'s")
        .or_else(|| w.strip_suffix("\u{2019}s".as_bytes()))
        .map_or(w, |w| w.strip_suffix(b".").unwrap_or(w))
}

/// A word without the brackets and punctuation around it.
fn bare(mut w: &[u8]) -> &[u8] {
    while let [b'(', rest @ ..] = w {
        w = rest;
    }
    while let [rest @ .., b'.' | b',' | b';' | b':' | b')' | b'?'] = w {
        w = rest;
    }
    w
}

/// A sign standing for a word: "rest = burden", "rest=burden", "3->2",
/// "paper+electronic", "ok @ 3pm"; not an address ("jroe@firm.com"), a web
/// link or a telephone number ("+1 555 …").
fn sign(raw: &str) -> bool {
    if matches!(raw, "=" | "->" | "\u{2192}" | "@" | "+") {
        return true;
    }
    if raw.contains("://") || raw.contains('@') {
        return false;
    }
    raw.contains(['=', '\u{2192}'])
        || raw.contains("->")
        || raw
            .as_bytes()
            .windows(3)
            .any(|w| w[1] == b'+' && w[0].is_ascii_alphabetic() && w[2].is_ascii_alphabetic())
}

/// Whether the note is written whole in quotation marks (the certificate
/// quotes it then, as the speaker's own words).
fn quoted(note: &str) -> bool {
    let s = note.trim().trim_end_matches('.');
    [
        ('"', '"'),
        ('\u{201c}', '\u{201d}'),
        ('\'', '\''),
        ('\u{2018}', '\u{2019}'),
    ]
    .iter()
    .any(|(a, b)| s.len() > 2 && s.starts_with(*a) && s.ends_with(*b))
}

/// One warning per note the certificate prints that reads as shorthand, or
/// that gives the other side's words in its own first person unquoted.
pub(crate) fn notes(matter: &Matter) -> Vec<Finding<'static>> {
    let mut out = Vec::new();
    // A certification the user wrote replaces the composed one: no note of
    // theirs is printed.
    if matter.certificate.form != crate::matter::CertificateForm::Generated {
        return out;
    }
    for ev in &matter.conferrals {
        // A paragraph the user rewrote prints their wording instead.
        if matter.certificate.edits.contains_key(&ev.id) {
            continue;
        }
        // One warning per entry, however many of its notes read so: the
        // user fixes them in one place, and a long record in shorthand
        // would otherwise bury the findings that matter.
        let mut first: Option<(Noted, &str, String)> = None;
        let mut more = 0usize;
        let mut note_it = |what, note, why| {
            if first.is_none() {
                first = Some((what, note, why));
            } else {
                more += 1;
            }
        };
        // Whether the paragraph gives the positions reads the entry's
        // summary, too slow for every entry on every keystroke: asked only
        // of an entry with such a note.
        let mut printed: Option<bool> = None;
        for d in &ev.items {
            for (note, own) in [(&d.movant_position, true), (&d.opponent_position, false)] {
                let note = note.trim();
                if note.is_empty() || quoted(note) {
                    continue;
                }
                // The request is looked up only for a note that reads so.
                if let Some(why) = reading(note, own)
                    && let Some(item) = matter.item_by_id(&d.item).filter(|i| !i.dropped)
                    && *printed.get_or_insert_with(|| crate::certificate::positions_printed(ev))
                {
                    note_it(Noted::Position(item.label.trim()), note, why);
                }
            }
        }
        // The promise is printed whenever it records who made it ("Marcus
        // Müller agreed to provide {what} by …").
        if let Some(f) = ev.follow_up.as_ref().filter(|f| !f.promised_by.is_empty())
            && let what = f.what.trim()
            && !what.is_empty()
            && let Some(word) = shorthand(what)
        {
            note_it(Noted::Promise, what, in_shorthand(word));
        }
        // The place, which the certificate gives for a meeting ("met in
        // person … at OC's office"), a deposition, a contact by other means
        // and one with the court, not for a call or a message.
        let place = ev.place.trim();
        if !place.is_empty()
            && matches!(
                ev.method,
                Method::InPerson | Method::Deposition | Method::Other | Method::Court
            )
            && let Some(word) = shorthand(place)
        {
            note_it(Noted::Place, place, in_shorthand(word));
        }
        if let Some((what, note, why)) = first {
            out.push(warning(ev, what, note, why, more));
        }
    }
    out
}

/// Which printed note a warning quotes first.
#[derive(Clone, Copy)]
enum Noted<'a> {
    /// A side's position on the request so labelled.
    Position(&'a str),
    /// What a promise recorded was to provide.
    Promise,
    /// Where the contact took place.
    Place,
}

fn in_shorthand(word: &str) -> String {
    format!("is in shorthand (\u{201c}{word}\u{201d}): the certificate prints it as written")
}

/// What is wrong with the note as the certificate would print it, if anything.
fn reading(note: &str, own: bool) -> Option<String> {
    if let Some(word) = shorthand(note) {
        return Some(in_shorthand(word));
    }
    if own {
        return None;
    }
    // Every first-person opening starts "I", "W", "O" or "M".
    if !note.starts_with(['I', 'W', 'O', 'M']) {
        return None;
    }
    let first = note.split_whitespace().next().unwrap_or("");
    let first = first.trim_end_matches([',', ':', ';']);
    let first_person = if first.contains('\u{2019}') {
        FIRST_PERSON.contains(&first.replace('\u{2019}', "'").as_str())
    } else {
        FIRST_PERSON.contains(&first)
    };
    first_person.then(|| {
        "is in the other side's own first person: the certificate gives it as what they \
         stated \u{201c}in substance\u{201d}, and a judge may read it as their words"
            .to_string()
    })
}

fn warning(
    ev: &ConferralEvent,
    what: Noted<'_>,
    note: &str,
    why: String,
    more: usize,
) -> Finding<'static> {
    let date = crate::text::long_date(ev.date);
    let (one, of, field) = match what {
        Noted::Position(label) => (
            format!("The note of what was said on {date} about {label}"),
            format!("about {label}"),
            "positions",
        ),
        Noted::Place => (
            format!("The place recorded for the contact on {date}"),
            "the place".to_string(),
            "place",
        ),
        Noted::Promise => (
            format!("What the promise recorded on {date} was to provide"),
            "what the promise was to provide".to_string(),
            "follow_up",
        ),
    };
    let message = match more {
        0 => format!("{one} (\u{201c}{note}\u{201d}) {why}."),
        n => format!(
            "{} notes of what was said on {date} read as notes, not as sentences for the court. \
             The first, {of} (\u{201c}{note}\u{201d}), {why}.",
            n + 1
        ),
    };
    Finding {
        code: CODE,
        severity: Severity::Warning,
        message,
        rule: None,
        authorities: std::sync::Arc::new([]),
        target: Target::element(Step::Conferrals, &ev.id, Some(field)),
        fix: "Write the note out as a sentence for the judge, in the third person and \
              without abbreviations; if it gives the speaker's own words, put them in \
              quotation marks and the certificate quotes them."
            .to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matter::parse_matter;

    fn sample() -> Matter {
        let src = include_str!("../../tests/fixtures/samples/compel-cod.json");
        parse_matter(src, "compel-cod.json").expect("the sample loads")
    }

    /// The call of March 2026 in the sample, request Interrogatory No. 4.
    fn set_note(m: &mut Matter, own: bool, note: &str) {
        let d = &mut m.conferrals[1].items[0];
        if own {
            d.movant_position = note.into();
        } else {
            d.opponent_position = note.into();
        }
    }

    #[test]
    fn the_sample_as_written_draws_no_warning() {
        assert!(notes(&sample()).is_empty());
    }

    #[test]
    fn shorthand_in_a_printed_note_is_a_warning_naming_the_entry_and_word() {
        for (note, word) in [
            ("3 max; rest = burden", "="),
            ("OC says no supps w/o M&C", "OC"),
            ("Pltf's cnsl: client won't go along.", "Pltf's"),
            ("Asked def to supp rog answers", "def"),
            ("Full paper+electronic file", "paper+electronic"),
            ("Def. to keep producing recs.", "Def."),
        ] {
            let mut m = sample();
            set_note(&mut m, true, note);
            let found = notes(&m);
            assert_eq!(found.len(), 1, "{note}");
            let f = &found[0];
            assert_eq!(f.code, CODE);
            assert_eq!(f.severity, Severity::Warning);
            assert_eq!(f.target.id.as_deref(), Some(m.conferrals[1].id.as_str()));
            assert_eq!(f.target.field, Some("positions"));
            assert!(
                f.message.contains(&format!("(\u{201c}{word}\u{201d})")),
                "{note}: {}",
                f.message
            );
        }
    }

    #[test]
    fn sentences_addresses_numbers_and_names_are_not_shorthand() {
        for note in [
            "Asked for responsive documents from 2020 onward.",
            "Offered documents from 2023 onward; Smith & Jones LLP will produce them.",
            "Sent the request to jroe@firm.com and posted it at https://example.com/a?b=c.",
            "Call me at +1 555 010 0199.",
            "Defendant will supplement its responses by March 2.",
            "Responded that the request is overbroad.",
        ] {
            let mut m = sample();
            set_note(&mut m, false, note);
            assert!(notes(&m).is_empty(), "{note}");
        }
    }

    #[test]
    fn the_other_sides_first_person_is_a_warning_unless_quoted() {
        let mut m = sample();
        set_note(&mut m, false, "We will not produce more.");
        let found = notes(&m);
        assert_eq!(found.len(), 1);
        assert!(
            found[0].message.contains("first person"),
            "{}",
            found[0].message
        );
        // Quoted, the certificate quotes it as their words.
        set_note(&mut m, false, "\"We will not produce more.\"");
        assert!(notes(&m).is_empty());
        // The movant's own "We" is its own report (the certificate reads
        // the pronoun as the speaker).
        let mut m = sample();
        set_note(&mut m, true, "We offered to limit the years.");
        assert!(notes(&m).is_empty());
    }

    #[test]
    fn several_notes_of_one_entry_are_one_warning_that_counts_them() {
        let mut m = sample();
        set_note(&mut m, true, "Asked def to supp");
        set_note(&mut m, false, "OC: no");
        m.conferrals[1].items[1].movant_position = "Asked for log w/ dates".into();
        let found = notes(&m);
        assert_eq!(found.len(), 1);
        assert!(
            found[0].message.starts_with("3 notes of what was said on"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn a_note_the_certificate_does_not_print_draws_no_warning() {
        // The request dropped from the motion.
        let mut m = sample();
        set_note(&mut m, true, "rest = burden");
        let item = m.conferrals[1].items[0].item.clone();
        m.items
            .iter_mut()
            .filter(|i| i.id == item)
            .for_each(|i| i.dropped = true);
        assert!(notes(&m).is_empty());
        // The entry's paragraph rewritten by the user.
        let mut m = sample();
        set_note(&mut m, true, "rest = burden");
        let id = m.conferrals[1].id.clone();
        m.certificate
            .edits
            .insert(id, "Counsel conferred by telephone.".into());
        assert!(notes(&m).is_empty());
        // A certification of the user's own.
        let mut m = sample();
        set_note(&mut m, true, "rest = burden");
        m.certificate.form = crate::matter::CertificateForm::Custom;
        assert!(notes(&m).is_empty());
    }

    #[test]
    fn a_promise_printed_in_shorthand_is_a_warning_on_the_follow_up() {
        let mut m = sample();
        let f = m.conferrals[1]
            .follow_up
            .as_mut()
            .expect("the sample's promise");
        f.what = "supp rog answers".into();
        let found = notes(&m);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].target.field, Some("follow_up"));
        assert!(
            found[0].message.starts_with(
                "What the promise recorded on March 3, 2026 was to provide (\u{201c}supp rog answers\u{201d}) is in shorthand (\u{201c}supp\u{201d})"
            ),
            "{}",
            found[0].message
        );
        // Who promised not recorded: the certificate states no promise.
        m.conferrals[1]
            .follow_up
            .as_mut()
            .expect("the promise")
            .promised_by
            .clear();
        assert!(notes(&m).is_empty());
    }

    #[test]
    fn a_meetings_place_in_shorthand_is_a_warning_and_a_calls_is_not_printed() {
        let mut m = sample();
        m.conferrals[1].method = Method::InPerson;
        m.conferrals[1].place = "OC's office".into();
        let found = notes(&m);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].target.field, Some("place"));
        assert!(
            found[0].message.starts_with(
                "The place recorded for the contact on March 3, 2026 (\u{201c}OC's office\u{201d}) is in shorthand (\u{201c}OC's\u{201d})"
            ),
            "{}",
            found[0].message
        );
        // A call's place ("how it was placed") is not printed.
        m.conferrals[1].method = Method::Telephone;
        assert!(notes(&m).is_empty());
    }

    #[test]
    fn the_warning_never_changes_the_verdict() {
        let registry = crate::court::Registry::embedded().expect("packs load");
        let mut m = sample();
        let pack = registry.get(&m.court).expect("the sample's court");
        let today = jiff::civil::date(2026, 12, 7);
        let before = super::super::check(&m, pack, today).level();
        set_note(&mut m, false, "We will not produce more; rest = burden.");
        let after = super::super::check_with_notes(&m, pack, today);
        assert_eq!(after.level(), before);
        assert!(after.findings.iter().any(|f| f.code == CODE));
    }
}
