//! The part of a message its sender wrote this time. A reply carries the
//! whole thread below it ("> …", "On … wrote:", Outlook's "From: … Sent: …"
//! block, a forwarded message) and a signature; a request named only there was
//! raised by someone else, earlier, and must not be linked to this entry.

use std::sync::LazyLock;

use regex::Regex;

/// A closing line after which only the signature follows.
static CLOSING: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(best|best regards|kind regards|warm regards|regards|sincerely|thanks|thank you|many thanks|thanks again|very truly yours|yours truly|respectfully|cheers|all the best|take care)[,.!]?$",
    )
    .ok()
});

/// The text the sender wrote: everything before the first quoted message,
/// forwarded block or signature, with ">" lines of inline replies left out
/// and the answers between them kept.
pub fn own_text(body: &str) -> String {
    let lines: Vec<&str> = body.lines().collect();
    let quoted_below = |from: usize| {
        lines[from..]
            .iter()
            .any(|l| l.trim_start().starts_with('>'))
    };
    let mut kept: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let raw = lines[i].trim_end_matches('\r');
        let t = raw.trim().trim_matches('*').trim();
        if raw == "-- " || t == "--" || starts_with_ci(t, "sent from my ") {
            break; // signature
        }
        if is_forward_or_original(t) || outlook_header_block(&lines, i) {
            break;
        }
        if t.chars().count() >= 10 && t.chars().all(|c| c == '_') {
            // Outlook's rule above the quoted message's header block.
            if lines
                .get(i + 1)
                .is_some_and(|n| starts_with_ci(n.trim().trim_matches('*'), "from:"))
            {
                break;
            }
        }
        if let Some(span) = attribution(&lines, i) {
            // "On … wrote:" followed by "> …" lines is a quotation whose ">"
            // lines are skipped (answers between them are kept: an inline
            // reply); without any ">" below (an HTML reply turned to text)
            // everything below is the earlier message.
            if quoted_below(i + span) {
                i += span;
                continue;
            }
            break;
        }
        if t.starts_with('>') {
            i += 1;
            continue;
        }
        if CLOSING.as_ref().is_some_and(|re| re.is_match(t)) || is_confidentiality_notice(t) {
            break;
        }
        kept.push(raw.trim_end());
        i += 1;
    }
    // Trim blank lines at both ends and squeeze runs of blank lines.
    let mut out = String::new();
    let mut blank = false;
    for l in kept {
        if l.trim().is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if blank {
            out.push_str("\n\n");
        } else if !out.is_empty() {
            out.push('\n');
        }
        blank = false;
        out.push_str(l);
    }
    out
}

fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
}

fn is_forward_or_original(t: &str) -> bool {
    let lower = t.to_lowercase();
    (lower.contains("original message") && lower.starts_with('-'))
        || (lower.contains("forwarded message") && lower.starts_with('-'))
        || lower.starts_with("begin forwarded message")
        || lower.starts_with("-------- forwarded")
}

fn is_confidentiality_notice(t: &str) -> bool {
    let upper = t.to_uppercase();
    upper.starts_with("CONFIDENTIALITY NOTICE")
        || upper.starts_with("PRIVILEGED AND CONFIDENTIAL")
        || upper.starts_with("THIS E-MAIL MESSAGE IS CONFIDENTIAL")
        || upper.starts_with("THIS EMAIL AND ANY ATTACHMENTS")
        || upper.starts_with("THIS MESSAGE AND ANY ATTACHMENTS")
}

/// Outlook quotes the message it answers under a header block: "From: …",
/// then "Sent: …" (or "Date: …") within the next few lines.
fn outlook_header_block(lines: &[&str], i: usize) -> bool {
    let field = |l: &str| l.trim().trim_start_matches('*').trim().to_string();
    if !starts_with_ci(&field(lines[i]), "from:") {
        return false;
    }
    lines.iter().skip(i + 1).take(4).any(|l| {
        let f = field(l);
        starts_with_ci(&f, "sent:") || starts_with_ci(&f, "date:")
    })
}

/// "On Wed, Mar 8, 2017 at 5:40 PM Jane Roe <jane@roe.law> wrote:", which
/// clients wrap over two lines; returns how many lines it takes.
fn attribution(lines: &[&str], i: usize) -> Option<usize> {
    let t = lines[i].trim();
    let ends = |s: &str| {
        let s = s.trim_end().trim_end_matches(':').trim_end();
        s.ends_with("wrote") || s.ends_with("writes")
    };
    let opener = t.starts_with("On ") || t.starts_with("on ") || t.starts_with("Am ");
    if ends(t) && t.ends_with(':') && (opener || t.contains('@') || t.contains('<')) {
        return Some(1);
    }
    if opener
        && let Some(next) = lines.get(i + 1)
        && next.trim_end().ends_with(':')
        && ends(next)
    {
        return Some(2);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_top_posted_gmail_reply_keeps_only_the_new_text() {
        let body = "We will supplement Rog 4 by Friday.\n\nOn Wed, Mar 8, 2017 at 5:40 PM Jane Roe <jane@roe.law>\nwrote:\n> Please answer RFP 12.\n> Thanks\n";
        assert_eq!(own_text(body), "We will supplement Rog 4 by Friday.");
    }

    #[test]
    fn an_inline_reply_keeps_the_answers_between_the_quotes() {
        let body = "On Wed, Mar 8, 2017, Jane Roe wrote:\n> Will you answer Rog 4?\nYes, by Friday.\n> And RFP 12?\nNo; we stand on the objection.\n";
        assert_eq!(
            own_text(body),
            "Yes, by Friday.\nNo; we stand on the objection."
        );
    }

    #[test]
    fn outlook_blocks_forwards_and_signatures_end_the_new_text() {
        let body = "See below.\n\n________________________________\nFrom: Roe, Jane <jane@roe.law>\nSent: Wednesday, March 8, 2017 5:40 PM\nSubject: RFP 12\n\nPlease answer RFP 12.";
        assert_eq!(own_text(body), "See below.");
        let fwd = "FYI\n\n---------- Forwarded message ---------\nFrom: x\n\nRog 4";
        assert_eq!(own_text(fwd), "FYI");
        let sig = "We agree on RFA 2.\n\nRegards,\nJohn Doe\nDoe LLP | Interrogatory No. 9";
        assert_eq!(own_text(sig), "We agree on RFA 2.");
        let dashes = "Agreed.\n-- \nJohn";
        assert_eq!(own_text(dashes), "Agreed.");
    }

    #[test]
    fn an_html_reply_without_quote_marks_is_cut_at_the_attribution() {
        let body = "Fine.\nOn Wed, Mar 8, 2017 at 5:40 PM Jane Roe <jane@roe.law> wrote:\nPlease answer RFP 12.";
        assert_eq!(own_text(body), "Fine.");
    }
}
