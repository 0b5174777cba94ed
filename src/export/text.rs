//! The composed blocks as plain text, for pasting the certificate (or the
//! letter) into a motion drafted in a word processor. No hard line breaks
//! inside a paragraph, so the pasted text reflows; only the caption, whose
//! columns only make sense in a fixed-width font, is spaced out.

use crate::layout::{Block, CaptionBlock, SignatureBlock, TableBlock, signature_rows};

/// The stamp a draft carries, as the PDF prints it.
pub const DRAFT_STAMP: &str = "DRAFT \u{2014} NOT FOR FILING";

/// Renders `blocks` as text: one paragraph per line, a blank line between
/// blocks, and the DRAFT stamp at the top when `draft`.
pub fn to_text(blocks: &[Block], draft: bool) -> String {
    let mut parts: Vec<String> = Vec::new();
    if draft {
        parts.push(DRAFT_STAMP.to_string());
    }
    for b in blocks {
        match b {
            Block::Caption(c) => parts.push(caption(c)),
            Block::Para(p) => parts.push(p.text.trim_end().to_string()),
            Block::Signatures(s) => parts.extend(signatures(s)),
            Block::Table(t) => parts.extend(table(t)),
            Block::Space(_) => {}
        }
    }
    let mut out = parts.join("\n\n");
    out.push('\n');
    out
}

fn caption(c: &CaptionBlock) -> String {
    let mut lines: Vec<String> = c.court_lines.clone();
    lines.push(String::new());
    // The party column wraps at the width the page's column holds, as the
    // PDF and Word wrap it: a class-action plaintiff's 190-character name
    // had pushed the parentheses and the case number past column 215
    // (review 347). A wrapped line keeps its line's indent.
    let left: Vec<String> = c
        .left
        .iter()
        .flat_map(|l| {
            let l = l.trim_end();
            let indent = &l[..l.len() - l.trim_start().len()];
            let options = textwrap::Options::new(LEFT_COLUMN)
                .initial_indent(indent)
                .subsequent_indent(indent);
            let wrapped: Vec<String> = textwrap::wrap(l.trim_start(), options)
                .into_iter()
                .map(std::borrow::Cow::into_owned)
                .collect();
            if wrapped.is_empty() {
                vec![String::new()]
            } else {
                wrapped
            }
        })
        .collect();
    let width = left
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0)
        .max(36)
        + 2;
    let rows = left.len().max(c.right.len());
    // The case number level with the middle of the party block, as on the page.
    let right_start = rows.saturating_sub(c.right.len()) / 2;
    for row in 0..rows {
        let l = left.get(row).map_or("", String::as_str);
        let r = row
            .checked_sub(right_start)
            .and_then(|i| c.right.get(i))
            .map_or("", String::as_str);
        let pad = width.saturating_sub(l.chars().count());
        let line = format!(
            "{l}{}){}{r}",
            " ".repeat(pad),
            if r.is_empty() { "" } else { "  " }
        );
        lines.push(line.trim_end().to_string());
    }
    lines.join("\n")
}

/// The characters a line of the caption's party column holds before it
/// wraps (the PDF's column is about half the text width).
const LEFT_COLUMN: usize = 40;

/// A blank line to sign on, as the PDF draws a rule.
const SIGN_HERE: &str = "______________________________";

fn signatures(blocks: &[SignatureBlock]) -> Vec<String> {
    signature_rows(blocks)
        .into_iter()
        .flat_map(|row| row.into_iter().flatten())
        .map(|b| {
            let mut lines = vec![if b.signature.is_empty() {
                SIGN_HERE.to_string()
            } else {
                b.signature.clone()
            }];
            lines.extend(b.lines.iter().cloned());
            lines.extend(b.status.iter().cloned());
            lines.join("\n")
        })
        .collect()
}

/// A table as one paragraph per row, each cell on its own line after its
/// column's name, which pastes legibly where a table would not.
fn table(t: &TableBlock) -> Vec<String> {
    t.rows
        .iter()
        .map(|row| {
            row.iter()
                .enumerate()
                .filter(|(_, cell)| !cell.trim().is_empty())
                .map(|(i, cell)| match t.header.get(i) {
                    Some(h) if !h.is_empty() => format!("{h}: {}", cell.replace('\n', "; ")),
                    _ => cell.replace('\n', "; "),
                })
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Para;

    #[test]
    fn a_long_party_name_wraps_in_its_column_and_the_case_number_stays_near() {
        let long = "SARAH SMITH, individually and on behalf of all others similarly situated, including the members of the certified class of purchasers,";
        let c = CaptionBlock {
            court_lines: vec!["IN THE UNITED STATES DISTRICT COURT".into()],
            left: vec![
                long.into(),
                "        Plaintiff,".into(),
                "v.".into(),
                "ACME WIDGETS, INC.,".into(),
            ],
            right: vec!["Case No. 2:26-cv-01234".into()],
        };
        let text = caption(&c);
        for line in text.lines().skip(2) {
            assert!(line.chars().count() <= 80, "{line:?}");
        }
        assert!(text.contains("        Plaintiff,"), "{text}");
        assert!(
            text.contains(") Case No. 2:26-cv-01234") || text.contains(")  Case No. 2:26-cv-01234"),
            "{text}"
        );
        let words: Vec<&str> = text.split_whitespace().collect();
        for w in long.split_whitespace() {
            assert!(words.contains(&w), "nothing lost ({w}): {text}");
        }
    }

    #[test]
    fn the_caption_keeps_its_column_of_parentheses_and_the_case_number_in_the_middle() {
        let c = CaptionBlock {
            court_lines: vec!["IN THE UNITED STATES DISTRICT COURT".into()],
            left: vec!["ACME CORP.,".into(), "".into(), "    Plaintiff,".into()],
            right: vec!["Case No. 1:26-cv-1".into()],
        };
        let text = to_text(
            &[Block::Caption(c), Block::Para(Para::body("Text.", 2.0))],
            true,
        );
        assert!(
            text.starts_with("DRAFT \u{2014} NOT FOR FILING\n\nIN THE UNITED"),
            "{text}"
        );
        let lines: Vec<&str> = text.lines().collect();
        let paren: Vec<usize> = lines.iter().filter_map(|l| l.find(')')).collect();
        assert_eq!(paren.len(), 3, "{text}");
        assert!(paren.iter().all(|p| *p == paren[0]), "{text}");
        // Three rows: the case number sits on the middle one.
        assert!(lines[5].ends_with(")  Case No. 1:26-cv-1"), "{text}");
        assert!(text.ends_with("Text.\n"));
    }
}
