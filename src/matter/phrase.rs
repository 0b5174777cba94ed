//! One reading shared by the broad word readings (`offer.rs`,
//! `promise.rs`): a leading word followed, through at most a few small
//! words, by a word of the kind sought. Both may only hold a record back,
//! so both are broad; they differ only in their word lists.

/// Whether some word of `lead` in `text` is followed, through at most
/// `reach` words of `between` (or of `target`), by a word of `target`.
/// Case-insensitive, whole words.
pub(crate) fn leads_to(
    text: &str,
    lead: &[&str],
    between: &[&str],
    target: &[&str],
    reach: usize,
) -> bool {
    // Asked on every keystroke: no allocation, bytes not chars (every word
    // in the lists is ASCII, so a word with another letter in it matches
    // nothing either way), and a word is compared with the lead words only
    // when one of them starts with its letter.
    let leads = initials(lead);
    let is = is_one_of;
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some((w, next)) = next_word(bytes, at) {
        at = next;
        if leads & (1u32 << (w[0].to_ascii_lowercase() & 31)) == 0 || !is(w, lead) {
            continue;
        }
        // Look ahead through at most `reach` small words.
        let mut ahead = next;
        for _ in 0..=reach {
            let Some((x, after)) = next_word(bytes, ahead) else {
                break;
            };
            if is(x, target) {
                return true;
            }
            if !is(x, between) {
                break;
            }
            ahead = after;
        }
    }
    false
}

/// Titles: the one word after one is a name ("Mr. Null did not respond",
/// "Ms. White declined to meet"). Read by the strict readings (silence,
/// default, refusal) where they let a named person say who.
pub(crate) const TITLE: &[&str] = &["mr", "ms", "mrs", "dr"];

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

/// The words of `text`, in order, as `leads_to` sees them.
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
];
