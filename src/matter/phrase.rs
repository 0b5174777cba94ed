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
    // Asked on every keystroke: no allocation, and the words are split
    // lazily (a clone of the iterator looks ahead).
    let is = |w: &str, set: &[&str]| set.iter().any(|s| w.eq_ignore_ascii_case(s));
    let mut words = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    while let Some(w) = words.next() {
        if is(w, lead)
            && words
                .clone()
                .take(reach + 1)
                .take_while(|w| is(w, between) || is(w, target))
                .any(|w| is(w, target))
        {
            return true;
        }
    }
    false
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
];
