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

/// Whether `word` (without its punctuation or possessive) is a word of a
/// note kept for oneself, matched whole and ignoring case: none is how a
/// certificate writes. "OC" (opposing counsel), "GR" (a golden rule
/// letter), "MTC", "OPC", "EOD" and "COB" only in capitals: in lower case
/// they may be words.
fn abbreviation(word: &str) -> bool {
    let b = word.as_bytes();
    if b.len() < 2 || b.len() > 6 {
        return false;
    }
    if CAPITALS.contains(&word) {
        return true;
    }
    // Up to six bytes, lower-cased, as one number: the lookup is integer
    // comparisons, not a byte comparison per abbreviation.
    let mut n = 0u64;
    for (i, c) in b.iter().enumerate() {
        n |= u64::from(c.to_ascii_lowercase()) << (8 * i);
    }
    ABBREVIATIONS.contains(&n)
}

/// Abbreviations read only in capitals.
const CAPITALS: [&str; 6] = ["OC", "GR", "MTC", "OPC", "EOD", "COB"];

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

/// Words of a note kept for oneself, lower case (certificate review 344
/// added the second half: words paralegals type that the first list
/// missed).
const WORDS: [&str; 64] = [
    "def", "defs", "rog", "rogs", "ltr", "ltrs", "cnsl", "ctsl", "pltf", "pltfs", "dft", "dfts",
    "deft", "defts", "supp", "supps", "supp'd", "supp'l", "resp", "thru", "w/o", "w/in", "b/c",
    "mtg", "m&c", "docs", "info", "depo", "depos", "priv", "atty", "attys", "yrs", "mos", "approx",
    "asap", "tbd", "fyi", "pls", "plz", "thx", "rcvd", "rec'd", "recd", "msg", "msgs", "mtn",
    "mtns", "conf", "prod", "obj", "objs", "fwd", "w.r.t", "re", "ok'd", "b4", "tmrw", "n/a",
    "b/w", "w/e", "wk", "wks", "mtgs",
];

/// `WORDS`, packed.
const ABBREVIATIONS: [u64; 64] = {
    let mut out = [0u64; 64];
    let mut i = 0;
    while i < WORDS.len() {
        out[i] = packed(WORDS[i].as_bytes());
        i += 1;
    }
    out
};

/// Abbreviations that are also the Bluebook's own for court papers and
/// reporters ("Def.'s Ex. 4", "Pl.'s Resp. to Interrog.", "F. Supp. 3d",
/// "Req. for Prod."): not shorthand when capitalised, with their period,
/// next to another such word or a number.
const CITATION_FORMS: [&str; 7] = ["def", "defs", "supp", "resp", "prod", "obj", "conf"];

/// The first words that put a note in the first person, lower case.
const FIRST_PERSON: [&str; 16] = [
    "i", "i'm", "i'll", "i've", "i'd", "we", "we're", "we'll", "we've", "we'd", "our", "my",
    "let's", "us", "you", "your",
];

/// What in `note` reads as shorthand: the first such word, as matched.
///
/// Runs over every printed note on every keystroke in the app
/// (`check_with_notes`), not inside `check`'s budget.
fn shorthand(note: &str) -> Option<&str> {
    // Split on any whitespace: a non-breaking space pasted from Outlook or
    // Word ("w/\u{a0}TX") separates words as a space does.
    let mut words = note.split(char::is_whitespace).filter(|w| !w.is_empty());
    let mut prev = None;
    let mut cur = words.next();
    while let Some(w) = cur {
        let next = words.next();
        if let Some(hit) = token(w, prev, next) {
            return Some(hit);
        }
        prev = Some(w);
        cur = next;
    }
    None
}

/// What in one word reads as shorthand, if anything.
fn token<'a>(raw: &'a str, prev: Option<&str>, next: Option<&str>) -> Option<&'a str> {
    // Signs are rare: looked for only in a word holding one of their
    // bytes, or a byte of a character beyond ASCII ("→", "Δ", "±").
    let signed = raw
        .bytes()
        .any(|b| matches!(b, b'=' | b'@' | b'+' | b'>' | b'<' | b'~' | b'#' | b'&') || b >= 0x80);
    if signed && sign(raw, prev, next) {
        return Some(raw);
    }
    // "w/", "w/TX", "b/c", "b/w": a slash after "w" or "b" is never prose.
    if let Some(h) = raw.get(..2)
        && ["w/", "b/"].iter().any(|p| h.eq_ignore_ascii_case(p))
    {
        return Some(raw);
    }
    // "Def—no", "rogs/RFPs": each part is read (not "and/or", "c/o", a
    // date or a link).
    let part_hit = |part: &'a str| -> Option<&'a str> {
        // Most words are longer than any abbreviation with its possessive,
        // period and brackets, and hold no slash: passed over at once.
        if part.len() > 12 && !part.contains('/') {
            return None;
        }
        let w = bare(part);
        if word(w, part.contains('.'), prev, next) {
            return Some(w);
        }
        if w.contains('/') && !w.contains("://") {
            return w
                .split('/')
                .filter(|p| {
                    !["and", "or", "c", "o"]
                        .iter()
                        .any(|x| p.eq_ignore_ascii_case(x))
                })
                .map(bare)
                .find(|p| word(p, false, prev, next));
        }
        None
    };
    if raw.is_ascii() {
        part_hit(raw)
    } else {
        raw.split(['\u{2014}', '\u{2013}']).find_map(part_hit)
    }
}

/// Whether one bare word is shorthand where it stands.
fn word(w: &str, dotted: bool, prev: Option<&str>, next: Option<&str>) -> bool {
    let base = owner(w);
    if !abbreviation(base) {
        return false;
    }
    let starts = |t: Option<&str>, f: fn(&char) -> bool| {
        t.and_then(|t| t.trim_start_matches(['(', '"', '\u{201c}']).chars().next())
            .is_some_and(|c| f(&c))
    };
    let upper = |c: &char| c.is_uppercase();
    let digit = |c: &char| c.is_ascii_digit();
    // A name or a number follows a word in capitals: "MTC Logistics",
    // "GR 15", a Bates number "DEF 000123".
    if base.len() > 1
        && base.chars().all(|c| c.is_ascii_uppercase())
        && (starts(next, upper) || starts(next, digit))
    {
        return false;
    }
    let lower = base.to_ascii_lowercase();
    // A citation's own abbreviation: "Def.'s Ex. 4", "F. Supp. 3d".
    let citation = |t: Option<&str>| {
        t.is_some_and(|t| {
            let t = t.trim_start_matches('(');
            t.starts_with(|c: char| c.is_ascii_digit())
                || (t.starts_with(|c: char| c.is_uppercase()) && t.contains('.'))
        })
    };
    if CITATION_FORMS.contains(&lower.as_str())
        && dotted
        && base.starts_with(|c: char| c.is_uppercase())
        && (citation(prev) || citation(next))
    {
        return false;
    }
    // "In re Grand Jury" is a case name.
    if lower == "re" && prev.is_some_and(|p| p.eq_ignore_ascii_case("in")) {
        return false;
    }
    // "deft" is also an adjective ("a deft answer").
    base != "deft" || dotted
}

/// A word without a possessive ending ("OC's", "Def.\u{2019}s"); an
/// abbreviation with one is still one.
fn owner(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("\u{2019}s"))
        .map_or(w, |w| w.strip_suffix('.').unwrap_or(w))
}

/// A word without the brackets, quotation marks and punctuation around it.
fn bare(w: &str) -> &str {
    w.trim_start_matches(['(', '"', '\'', '\u{201c}', '\u{2018}'])
        .trim_end_matches(['.', ',', ';', ':', ')', '?', '!', '"', '\u{201d}'])
}

/// A sign standing for a word: "rest = burden", "rest=burden", "3->2",
/// "paper+electronic", "ok @ 3pm", "> 5 yrs", "~3", "#12", "custodians &
/// search terms", "Δ refuses"; not an address ("jroe@firm.com"), a web link,
/// a telephone number ("+1 555 …"), a firm's name ("Smith & Jones") or a
/// sign inside a name ("AT&T", "Q&A").
fn sign(raw: &str, prev: Option<&str>, next: Option<&str>) -> bool {
    if matches!(
        raw,
        "=" | "->" | "\u{2192}" | "@" | "+" | ">" | "<" | "~" | "+/-" | "\u{b1}" | "\u{2248}"
    ) {
        return true;
    }
    // "&" standing alone between words of a sentence, not of a name.
    if raw == "&" {
        let lowercase =
            |t: Option<&str>| t.is_some_and(|t| t.starts_with(|c: char| c.is_lowercase()));
        return lowercase(prev) || lowercase(next);
    }
    if raw.contains(['\u{394}', '\u{2206}', '\u{3c0}']) {
        return true;
    }
    if (raw.starts_with('~') || raw.starts_with('#'))
        && raw[1..].starts_with(|c: char| c.is_ascii_digit())
    {
        return true;
    }
    if raw.contains("://") || raw.contains('@') {
        return false;
    }
    // A link written without its scheme ("share.example.com/f?id=12").
    if raw.contains('?') && raw.contains('/') {
        return false;
    }
    raw.contains(['=', '\u{2192}'])
        || raw.contains("->")
        || raw
            .as_bytes()
            .windows(3)
            .any(|w| w[1] == b'+' && w[0].is_ascii_lowercase() && w[2].is_ascii_alphabetic())
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
                // A note written whole in one quotation is quoted as the speaker's
                // words: the certificate's own test.
                if note.is_empty() || crate::certificate::verbatim(note).is_some() {
                    continue;
                }
                // The request is looked up only for a note that reads so.
                if let Some(why) = reading(note, own)
                    && let Some(item) = matter.item_by_id(&d.item).filter(|i| !i.dropped)
                    && *printed.get_or_insert_with(|| crate::certificate::positions_printed(ev))
                {
                    note_it(Noted::Position(item.label.trim(), own, &d.item), note, why);
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
    /// A side's position on the request so labelled (`true`: the movant's),
    /// and the request's id.
    Position(&'a str, bool, &'a str),
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
    (!own && first_person(note)).then(|| {
        "is in the other side's own first person: the certificate gives it as what they \
         stated \u{201c}in substance\u{201d}, and a judge may read it as their words"
            .to_string()
    })
}

/// Whether the other side's note speaks in its own first person: its first
/// word, after a speaker's tag ("Müller:") or an opening adverb ("Now we
/// will …"), in any case ("we will answer …" is printed capitalised), or
/// "our client" / "my client" anywhere.
fn first_person(note: &str) -> bool {
    // Without allocating: it runs over every note of the other side's on
    // every keystroke.
    let same = |w: &str, x: &str| {
        w.eq_ignore_ascii_case(x)
            || (w.contains('\u{2019}')
                && w.chars()
                    .map(|c| {
                        if c == '\u{2019}' {
                            '\''
                        } else {
                            c.to_ascii_lowercase()
                        }
                    })
                    .eq(x.chars()))
    };
    let mut words = note.split_whitespace().peekable();
    if words
        .peek()
        .is_some_and(|w| w.len() > 1 && w.ends_with(':'))
    {
        words.next();
    }
    if words.peek().is_some_and(|w| {
        crate::certificate::OPENERS
            .iter()
            .any(|o| w.trim_end_matches(',').eq_ignore_ascii_case(o))
    }) {
        words.next();
    }
    let first = words
        .next()
        .map(|w| w.trim_end_matches([',', ':', ';', '.']))
        .unwrap_or("");
    if FIRST_PERSON.iter().any(|p| same(first, p)) {
        return true;
    }
    // "our client", "my client" anywhere.
    let mut prev = "";
    for w in note.split_whitespace() {
        let w2 = w.trim_end_matches([',', ':', ';', '.', '\'', '\u{2019}', 's']);
        if w2.eq_ignore_ascii_case("client")
            && (prev.eq_ignore_ascii_case("our") || prev.eq_ignore_ascii_case("my"))
        {
            return true;
        }
        prev = w;
    }
    false
}

fn warning(
    ev: &ConferralEvent,
    what: Noted<'_>,
    note: &str,
    why: String,
    more: usize,
) -> Finding<'static> {
    let date = crate::text::long_date(ev.date);
    let on = |field| Target::element(Step::Conferrals, &ev.id, Some(field));
    let (one, target) = match what {
        // A position's box is the request's own: the finding names it.
        Noted::Position(label, own, item) => (
            format!(
                "What {} said on {date} about {label}",
                if own { "your side" } else { "the other side" }
            ),
            Target::per_request(
                Step::Conferrals,
                &ev.id,
                if own {
                    "movant_position"
                } else {
                    "opponent_position"
                },
                item,
            ),
        ),
        Noted::Promise => (
            format!("What the promise recorded on {date} was to provide"),
            on("follow_up"),
        ),
        Noted::Place => (
            format!("The place recorded for the contact on {date}"),
            on("place"),
        ),
    };
    let message = match more {
        0 => format!("{one} (\u{201c}{note}\u{201d}) {why}."),
        1 => format!(
            "{one} (\u{201c}{note}\u{201d}) {why}; 1 more note this entry prints reads as a note, \
             not as a sentence for the court."
        ),
        n => format!(
            "{one} (\u{201c}{note}\u{201d}) {why}; {n} more notes this entry prints read as notes, \
             not as sentences for the court."
        ),
    };
    Finding {
        code: CODE,
        severity: Severity::Warning,
        message,
        rule: None,
        authorities: std::sync::Arc::new([]),
        target,
        also: Vec::new(),
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
            ("Def. to keep producing recs.", "Def"),
            // Certificate review 344: glued, quoted, dashed, and words the
            // first list missed.
            ("Offered 2019 onward w/TX only", "w/TX"),
            ("Asked for rogs/RFPs", "rogs"),
            ("Def\u{2014}no", "Def"),
            ("Asked about the \u{201c}Rogs\u{201d}", "Rogs"),
            ("Will send the docs", "docs"),
            ("Wants the CEO depo moved", "depo"),
            ("Answer ASAP", "ASAP"),
            ("Letter re: deficiencies", "re"),
            ("Custodians & search terms", "&"),
            ("Nothing > 5 years", ">"),
            ("About ~300 hits", "~300"),
            ("RFP #12 is overbroad", "#12"),
            ("\u{394} refuses", "\u{394}"),
        ] {
            let mut m = sample();
            set_note(&mut m, true, note);
            let found = notes(&m);
            assert_eq!(found.len(), 1, "{note}");
            let f = &found[0];
            assert_eq!(f.code, CODE);
            assert_eq!(f.severity, Severity::Warning);
            assert_eq!(f.target.id.as_deref(), Some(m.conferrals[1].id.as_str()));
            // The box of the request the note is on: the user's own
            // position here.
            assert_eq!(f.target.field, Some("movant_position"));
            assert_eq!(
                f.target.item.as_deref(),
                Some(m.conferrals[1].items[0].item.as_str())
            );
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
            // Certificate review 344's false alarms: citation forms, names,
            // Bates numbers, a case name, an adjective, a bare link.
            "Cited Doe v. Roe, 123 F. Supp. 3d 456 (D. Colo. 2015).",
            "Pointed to Def.'s Ex. 4 and to Pl.'s Resp. to Interrog. No. 2.",
            "Served Defendant's First Supp. Resp. to Interrog. No. 4.",
            "Agreed to re-produce DEF 000123 through DEF 000456.",
            "Stated that MTC Logistics, a non-party, holds the records.",
            "Cited W.D. Wash. GR 15.",
            "Cited In re Grand Jury, 555 F.3d 1 (1st Cir. 2009).",
            "Gave a deft answer.",
            "Posted them at share.example.com/f?id=12.",
            "Stated that the AT&T and P&G invoices and the Q&A logs will be produced.",
            "Agreed to produce them and/or the logs c/o the vendor by 3/4/2026.",
        ] {
            let mut m = sample();
            set_note(&mut m, false, note);
            assert!(notes(&m).is_empty(), "{note}");
        }
    }

    #[test]
    fn the_other_sides_first_person_is_a_warning_unless_quoted() {
        let mut m = sample();
        for note in [
            "We will not produce more.",
            "we will answer for TX land only",
            "M\u{fc}ller: We will not produce more.",
            "Now we will produce nothing.",
            "Won't produce more; our client has nothing else.",
            "You need to narrow the request.",
        ] {
            set_note(&mut m, false, note);
            let found = notes(&m);
            assert_eq!(found.len(), 1, "{note}");
            // Under the other side's box of that request.
            assert_eq!(found[0].target.field, Some("opponent_position"));
            assert!(
                found[0].message.contains("first person"),
                "{note}: {}",
                found[0].message
            );
            assert!(
                found[0]
                    .message
                    .starts_with("What the other side said on March 3, 2026"),
                "{}",
                found[0].message
            );
        }
        // Quoted, the certificate quotes it as their words.
        set_note(&mut m, false, "\"We will not produce more.\"");
        assert!(notes(&m).is_empty());
        // Two quotations with shorthand between them are not one quotation.
        set_note(
            &mut m,
            false,
            "\"Not reasonably accessible,\" per OC, citing \"burden\"",
        );
        assert_eq!(notes(&m).len(), 1);
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
            found[0].message.starts_with(
                "What your side said on March 3, 2026 about Interrogatory No. 4 (\u{201c}Asked def to supp\u{201d}) is in shorthand (\u{201c}def\u{201d})"
            ) && found[0].message.ends_with(
                "; 2 more notes this entry prints read as notes, not as sentences for the court."
            ),
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
