//! One reading shared by the broad word readings (`offer.rs`,
//! `promise.rs`): a leading word followed, through at most a few small
//! words, by a word of the kind sought. Both may only hold a record back,
//! so both are broad; they differ only in their word lists.

/// Whether some word of `lead` in `text` is followed, through at most
/// `reach` words of `between` (or of `target`), by a word of `target`, in a
/// match that `accept` takes: it is given the byte offset just after the
/// target word (the promise reading asks whether a negation comes before
/// it, "would not supplement", rather than after it, in the breach, "would
/// respond by January 26, which he never did"). Case-insensitive, whole
/// words. A lead word right after one of `not_after` is not read ("the
/// promised position" is no promise).
pub(crate) fn leads_to_where(
    text: &str,
    lead: &[&str],
    between: &[&str],
    target: &[&str],
    reach: usize,
    not_after: &[&str],
    accept: impl Fn(usize) -> bool,
) -> bool {
    // Asked on every keystroke: no allocation, bytes not chars (every word
    // in the lists is ASCII, so a word with another letter in it matches
    // nothing either way), and a word is compared with the lead words only
    // when one of them starts with its letter.
    let leads = initials(lead);
    let is = is_one_of;
    let bytes = text.as_bytes();
    let mut at = 0;
    let mut before: &[u8] = b"";
    while let Some((w, next)) = next_word(bytes, at) {
        at = next;
        let after = std::mem::replace(&mut before, w);
        if leads & (1u32 << (w[0].to_ascii_lowercase() & 31)) == 0
            || !is(w, lead)
            || is(after, not_after)
        {
            continue;
        }
        // Look ahead through at most `reach` small words.
        let mut ahead = next;
        for _ in 0..=reach {
            let Some((x, after)) = next_word(bytes, ahead) else {
                break;
            };
            if is(x, target) {
                if accept(after) {
                    return true;
                }
                break;
            }
            if !is(x, between) {
                break;
            }
            ahead = after;
        }
    }
    false
}

/// A month, as a word of a date (the silence and promise readings
/// read dates).
pub(crate) const MONTH: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Titles: the one word after one is a name ("Mr. Null did not respond",
/// "Ms. White declined to meet"). Read by the strict readings (silence,
/// default, refusal) where they let a named person say who.
pub(crate) const TITLE: &[&str] = &["mr", "ms", "mrs", "dr"];

/// Whether the word just before `at` in `text` is one of `TITLE` or of
/// `also`: a full stop there closes an abbreviation ("Mr. Null", "Opp.
/// counsel"), not a sentence.
pub(crate) fn titled_at(text: &str, at: usize, also: &[&str]) -> bool {
    let word = text[..at]
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    TITLE
        .iter()
        .chain(also)
        .any(|t| t.eq_ignore_ascii_case(word))
}

/// `words` (lower case) without the leading words that say who: any word
/// `who` takes, and a title with the name after it.
pub(crate) fn skip_who<'w, 's>(
    mut words: &'w [&'s str],
    who: impl Fn(&str) -> bool,
) -> &'w [&'s str] {
    loop {
        match words {
            [t, _name, more @ ..] if TITLE.contains(t) => words = more,
            [w, more @ ..] if who(w) => words = more,
            _ => return words,
        }
    }
}

/// The words of `text`, in order, as `leads_to_where` sees them.
pub(crate) fn words(text: &str) -> impl Iterator<Item = &[u8]> {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        let (w, next) = next_word(bytes, at)?;
        at = next;
        Some(w)
    })
}

/// Whether the word `w` is one of `set`, ignoring ASCII case.
pub(crate) fn is_one_of(w: &[u8], set: &[&str]) -> bool {
    set.iter()
        .any(|s| s.len() == w.len() && s.as_bytes().eq_ignore_ascii_case(w))
}

/// The next run of ASCII letters and digits at or after `from`, and where it
/// ends.
fn next_word(bytes: &[u8], from: usize) -> Option<(&[u8], usize)> {
    let start = from
        + bytes
            .get(from..)?
            .iter()
            .position(u8::is_ascii_alphanumeric)?;
    let len = bytes[start..]
        .iter()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(bytes.len() - start);
    Some((&bytes[start..start + len], start + len))
}

/// A bit for the first letter of each word (a superset test: a word whose
/// letter has no bit is not in the list). Folded at compile time for the
/// constant lists, so a reading costs nothing before its first word.
pub(crate) const fn initials(words: &[&str]) -> u32 {
    let mut mask = 0u32;
    let mut i = 0;
    while i < words.len() {
        let w = words[i].as_bytes();
        if !w.is_empty() {
            mask |= 1u32 << (w[0].to_ascii_lowercase() & 31);
        }
        i += 1;
    }
    mask
}

/// The byte offset `n` words after `at` in `text`, stopping at punctuation
/// that closes a phrase (a comma, colon, semicolon, full stop, bracket or
/// dash): the words that still belong to a verb ("will produce nothing
/// further").
pub(crate) fn words_on(text: &str, at: usize, n: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = at;
    for _ in 0..n {
        let Some((_, next)) = next_word(bytes, end) else {
            break;
        };
        let gap = &bytes[end..next];
        if gap
            .iter()
            .any(|b| matches!(b, b',' | b':' | b';' | b'.' | b'(' | b')' | b'-'))
            || text[end..next].contains(['\u{2013}', '\u{2014}'])
        {
            break;
        }
        end = next;
    }
    end
}

/// Whether `text` holds a word of `NEGATION`, not counting "No." or "Nos."
/// before a number ("Interrogatory No. 4" negates nothing).
pub(crate) fn negated(text: &str) -> bool {
    negated_before(text, text.len())
}

/// Whether a word of `NEGATION` starts before byte `upto` of `text` (the
/// number after "No." is looked for past it: "Will supplement Interrogatory
/// No. 4" negates nothing).
pub(crate) fn negated_before(text: &str, upto: usize) -> bool {
    let start = |w: &[u8]| w.as_ptr() as usize - text.as_ptr() as usize;
    let mut ws = words(text).peekable();
    while let Some(w) = ws.next() {
        if start(w) >= upto {
            return false;
        }
        if !is_one_of(w, NEGATION) {
            continue;
        }
        let numbered = is_one_of(w, &["no", "nos"])
            && ws
                .peek()
                .is_some_and(|n| n.first().is_some_and(u8::is_ascii_digit));
        if !numbered {
            return true;
        }
    }
    false
}

/// The words that name `side` by its role, as notes name it ("Def. counsel",
/// "Pltf to rework rogs"); none for a non-party or another side.
pub(crate) fn side_words(side: super::Side) -> &'static [&'static str] {
    match side {
        super::Side::Plaintiff => &["plaintiff", "plaintiffs", "pltf", "pltfs", "plf"],
        super::Side::Defendant => &[
            "defendant",
            "defendants",
            "defense",
            "defence",
            "def",
            "deft",
            "dft",
            "defs",
            // "Dfts to answer the golden-rule letter" (an adversarial
            // review, 124, of Kosjer).
            "dfts",
            "defts",
        ],
        _ => &[],
    }
}

/// Abbreviations whose full stop ends no sentence ("No. 4", "Jan. 26",
/// "Mr. Smith").
const ABBREVIATIONS: &[&str] = &[
    "no", "nos", "mr", "ms", "mrs", "dr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "v", "vs", "inc", "co", "corp", "ltd", "llc", "p", "e", "g", "i",
    "u", "s", "st", "opp", "esq", "def", "deft", "dft", "pltf", "pltfs", "defs", "resp", "ltr",
    "supp", "suppl", "ct",  // "ct": "the state ct. case"
    "sev", // "sev. topics never M&C'd"
];

/// The clauses of `text`: split at a semicolon, at "but" or "however" (not
/// an aside, ", however,"), at "and never", and at a full stop that ends a
/// sentence (not one after an abbreviation or inside a number). A promise
/// and what became of it are often two clauses ("Would respond by January
/// 26; never did", "... by January 26, but nothing came", "... and never
/// did"): each is read alone.
pub(crate) fn clauses(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut at = 0;
    std::iter::from_fn(move || {
        if start > bytes.len() {
            return None;
        }
        while at < bytes.len() {
            let b = bytes[at];
            let cut = match b {
                b';' => Some(at + 1),
                b'.' => {
                    // A sentence may end in a closing quotation mark: an
                    // email's subject quoted, '... Discovery Requests".
                    // Supplemental responses attached.' (a forty-first review
                    // of Neely). (Not a bracket: "(travel). Resp. w/in next
                    // few days" is read as one note.)
                    let before = text[start..at]
                        .trim_end_matches(['"', '\u{201d}'])
                        .rsplit(|c: char| !c.is_ascii_alphanumeric())
                        .next()
                        .unwrap_or("");
                    let after_space = bytes.get(at + 1).is_none_or(u8::is_ascii_whitespace);
                    (after_space
                        && !before.is_empty()
                        && !is_one_of(before.as_bytes(), ABBREVIATIONS))
                    .then_some(at + 1)
                }
                _ if matches!(b, b'b' | b'h' | b'a' | b'B' | b'H' | b'A')
                    && (at == 0 || !bytes[at - 1].is_ascii_alphanumeric()) =>
                {
                    let word_end = bytes[at..]
                        .iter()
                        .position(|c| !c.is_ascii_alphanumeric())
                        .map_or(bytes.len(), |n| at + n);
                    // "but not for other voyages" limits the clause it
                    // closes; "but did not", "but never", "but nothing
                    // came" is another, and so is "and never did".
                    let next = next_word(bytes, word_end).map(|(n, _)| n);
                    let word = &bytes[at..word_end];
                    // ", however," is an aside inside the clause ("said he
                    // would, however, respond by ...").
                    let aside =
                        is_one_of(word, &["however"]) && text[..at].trim_end().ends_with(',');
                    ((is_one_of(word, &["but", "however"])
                        && !aside
                        && !next.is_some_and(|n| is_one_of(n, &["not", "only"])))
                        || (is_one_of(word, &["and"])
                            && next.is_some_and(|n| is_one_of(n, &["never"]))))
                    .then_some(word_end)
                }
                _ => None,
            };
            if let Some(end) = cut {
                let clause = &text[start..at];
                start = end;
                at = end;
                return Some(clause);
            }
            at += 1;
        }
        let clause = &text[start..];
        start = bytes.len() + 1;
        Some(clause)
    })
}

/// Negations: any of these anywhere and neither reading takes the text
/// ("did not offer to confer", "would not supplement").
pub(crate) const NEGATION: &[&str] = &[
    "not",
    "never",
    "no",
    "nor",
    "refused",
    "refuses",
    "declined",
    "declines",
    "unwilling",
    "cannot",
    "didn",
    "wouldn",
    "won",
    "isn",
    "wasn",
    // Turning something down: "Rejected Plaintiff's offer to meet and
    // confer" is no offer (Jenkins v. Miller, D. Vt. 2024).
    "rejected",
    "rejects",
    "turned",
    "rebuffed",
    "ignored",
    // "Will produce nothing further", "would answer none of them".
    "nothing",
    "none",
];
