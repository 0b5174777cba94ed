//! Whether a quotation appears in its kept source passage. The packs quote
//! rules and orders to a lawyer as the law; every quote must be found, word
//! for word, in the passage kept beside the pack (`forms/sources/`), allowing
//! only the pack's own marked omissions (". . ." or "…") and bracketed
//! alterations ("[t]he", "[the court]").

/// Curly quotes to straight, dashes to '-', runs of whitespace to one space.
fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{201b}' | '\u{2032}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201f}' | '\u{2033}' => '"',
            '\u{2013}' | '\u{2014}' | '\u{2011}' | '\u{2012}' => '-',
            '\u{a0}' => ' ',
            c => c,
        };
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

/// The literal pieces of one fragment, split at bracketed alterations.
fn pieces(fragment: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut depth = 0;
    for c in fragment.chars() {
        match c {
            '[' => {
                depth += 1;
                out.push(std::mem::take(&mut cur));
            }
            ']' if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            c => cur.push(c),
        }
    }
    out.push(cur);
    out.into_iter()
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

/// How far apart two literal pieces may be in the passage: a bracketed
/// alteration stands for a word or a short phrase, not a paragraph.
const BRACKET_SPAN: usize = 40;

/// Whether `quote` is found in `passage`: each fragment between the quote's
/// ellipses appears in order, and within a fragment the pieces around a
/// bracketed alteration appear close together.
pub fn quote_found(quote: &str, passage: &str) -> bool {
    let passage = normalize(passage);
    let quote = normalize(quote).replace('\u{2026}', ". . .");
    let mut from = 0;
    for fragment in quote.split(". . .") {
        let ps = pieces(fragment.trim().trim_matches(['"', ' ', '.']));
        if ps.is_empty() {
            continue;
        }
        let mut pos: Option<usize> = None;
        for p in &ps {
            let start = pos.unwrap_or(from);
            let Some(found) = passage.get(start..).and_then(|rest| rest.find(p.as_str())) else {
                return false;
            };
            if pos.is_some() && found > BRACKET_SPAN {
                return false;
            }
            pos = Some(start + found + p.len());
        }
        from = pos.unwrap_or(from);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::quote_found;

    const PASSAGE: &str = "A \u{201c}reasonable effort to confer\u{201d} means more than mailing or faxing a letter to the opposing party. It requires that the parties in good faith converse, confer, compare views, consult, and deliberate, or in good faith attempt to do so.";

    #[test]
    fn a_quote_is_found_with_its_marked_omissions_and_alterations() {
        assert!(quote_found(
            "A \"reasonable effort to confer\" means more than mailing or faxing a letter",
            PASSAGE
        ));
        assert!(quote_found(
            "A \"reasonable effort to confer\" means more than mailing . . . a letter to the opposing party. . . . [T]he parties in good faith converse",
            PASSAGE
        ));
    }

    #[test]
    fn a_quote_edited_away_from_its_source_is_not_found() {
        assert!(!quote_found(
            "A \"reasonable effort to confer\" means more than mailing or emailing a letter",
            PASSAGE
        ));
        assert!(!quote_found("the parties shall converse", PASSAGE));
        // Fragments out of order are not the source's words either.
        assert!(!quote_found("converse . . . reasonable effort", PASSAGE));
    }
}
