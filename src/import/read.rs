//! Reading the files a user names: a single message (`.eml`), a mailbox
//! (`.mbox`, streamed one message at a time so a 200 MB mailbox never sits in
//! memory whole) or an Outlook message (`.msg`). What a file holds is told by
//! its first bytes, not its name: a mailbox begins with a "From " line, an
//! Outlook message with the compound-file signature.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use super::mail::Mail;

/// A single message larger than this is not read (256 MiB): mail servers
/// refuse far smaller ones, so such a file is not one email.
pub const MAX_MESSAGE: u64 = 256 * 1024 * 1024;

const OLE_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Why a whole file could not be read. Nothing is imported from it; the
/// other files are.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{file}: is {kind}, not a file; give the path of an .eml, .mbox or .msg file")]
    NotAFile { file: String, kind: &'static str },
    #[error("{file}: cannot read the file: {source}")]
    Io {
        file: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{file}: the file is empty")]
    Empty { file: String },
    #[error(
        "{file}: not an email message or mailbox (no mail headers such as From:, Date: or Subject:, and no mbox \"From \" line); export the mail as .eml, .mbox or .msg"
    )]
    NotMail { file: String },
    #[error("{file}: the file is {size} bytes, too large for one email message")]
    TooLarge { file: String, size: u64 },
    #[error("{file}: not a readable Outlook message: {reason}")]
    Outlook { file: String, reason: String },
}

/// One message found in a file, or why a message in a mailbox could not be used.
pub struct Found {
    /// The message's place in a mailbox (1-based); `None` for a single message.
    pub position: Option<usize>,
    pub mail: Result<Mail, Unreadable>,
}

/// Why one message of a mailbox was not read.
#[derive(Debug, Clone, PartialEq)]
pub enum Unreadable {
    /// The mailbox ends in the middle of this message (a copy cut short);
    /// with what its headers say, when they were read whole.
    Truncated(Option<Box<Mail>>),
    /// The text between two "From " lines has no mail headers.
    NotMail,
    /// The message is larger than `MAX_MESSAGE`: not one email, and not to
    /// be held in memory (its bytes past the limit are skipped as read);
    /// with what its headers say, so the lawyer can tell which message it
    /// was (review 348: the line read "(no date) (no sender) (no subject)").
    TooLarge(Option<Box<Mail>>),
}

/// Reads every message in `path`, handing each to `visit` as it is read.
/// `keep_attachments`: keep attachments' bytes (to save them), not only names.
pub fn read_file(
    path: &Path,
    keep_attachments: bool,
    visit: &mut dyn FnMut(Found),
) -> Result<(), ReadError> {
    let file = path.display().to_string();
    let io = |source| ReadError::Io {
        file: file.clone(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile {
            file,
            kind: crate::input::kind(meta.file_type()),
        });
    }
    let mut reader = BufReader::with_capacity(256 * 1024, File::open(path).map_err(io)?);
    let head = reader.fill_buf().map_err(io)?.to_vec();
    if head.is_empty() {
        return Err(ReadError::Empty { file });
    }
    // Blank lines before the first "From " line (some exports add them) are
    // skipped by the mailbox reader too.
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    if head[start..].starts_with(b"From ") {
        let limit = usize::try_from(MAX_MESSAGE).unwrap_or(usize::MAX);
        return read_mbox(reader, keep_attachments, limit, visit).map_err(io);
    }
    if meta.len() > MAX_MESSAGE {
        return Err(ReadError::TooLarge {
            file,
            size: meta.len(),
        });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    reader
        .take(MAX_MESSAGE)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.starts_with(&OLE_MAGIC) {
        let outlook = msg_parser::Outlook::from_slice(&bytes).map_err(|e| ReadError::Outlook {
            file: file.clone(),
            reason: e.to_string(),
        })?;
        // Word and Excel files are compound files too; one with no sender,
        // recipient, subject, headers or text is not a message.
        let empty = outlook.headers.raw.trim().is_empty()
            && outlook.sender.email.is_empty()
            && outlook.sender.name.is_empty()
            && outlook.to.is_empty()
            && outlook.subject.is_empty()
            && outlook.body.trim().is_empty();
        if empty {
            return Err(ReadError::NotMail { file });
        }
        visit(Found {
            position: None,
            mail: Ok(Mail::from_outlook(&outlook, keep_attachments)),
        });
        return Ok(());
    }
    let mail = Mail::parse(&bytes, keep_attachments).ok_or(ReadError::NotMail { file })?;
    visit(Found {
        position: None,
        mail: Ok(mail),
    });
    Ok(())
}

/// Streams an mbox. The last message is held back one step so it can be
/// checked for having been cut short, which only the end of the file shows.
///
/// A message starts at a "From " line only where one may start: at the top
/// of the file or after a blank line, and shaped like the envelope line
/// ("From jane@roelaw.com Wed Mar  8 22:40:00 2017"). Many writers leave a
/// body line such as "From the documents produced so far, RFP 3 is
/// deficient." unescaped (mboxo, mboxcl); split there, the message lost the
/// rest of its text and two bogus parts were reported as not mail (review
/// 347: mail_parser's iterator splits at every "From " line). A line
/// escaped as ">From " (mboxrd) loses one ">".
fn read_mbox(
    mut reader: impl BufRead,
    keep_attachments: bool,
    limit: usize,
    visit: &mut dyn FnMut(Found),
) -> std::io::Result<()> {
    let mut position = 0;
    // A message's bytes, and whether it outgrew `MAX_MESSAGE` (its bytes are
    // then dropped: one message of a mailbox must not fill the memory any
    // more than a single file may; review 347).
    // (The headers of one that outgrew it are read before its bytes go.)
    let mut pending: Option<(Vec<u8>, Option<Overflow>)> = None;
    let emit = |(raw, too_large): &mut (Vec<u8>, Option<Overflow>),
                position: usize,
                last: bool,
                visit: &mut dyn FnMut(Found)| {
        let mail = if let Some(Overflow(head)) = too_large.take() {
            Err(Unreadable::TooLarge(head))
        } else if last && truncated(raw) {
            Err(Unreadable::Truncated(Mail::parse(raw, false).map(Box::new)))
        } else {
            Mail::parse(raw, keep_attachments).ok_or(Unreadable::NotMail)
        };
        visit(Found {
            position: Some(position),
            mail,
        });
    };
    let mut line = Vec::with_capacity(256);
    // The message being read (text before the first envelope is no message).
    let mut current: Option<(Vec<u8>, Option<Overflow>)> = None;
    let mut after_blank = true;
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        if after_blank && is_envelope(&line) {
            if let Some(message) = current.replace((Vec::new(), None)) {
                if let Some(mut prev) = pending.replace(message) {
                    emit(&mut prev, position, false, visit);
                }
                position += 1;
            }
            after_blank = false;
            continue;
        }
        after_blank = line == b"\n" || line == b"\r\n";
        if let Some((message, too_large)) = &mut current {
            if too_large.is_some() {
                continue;
            }
            if message.len() + line.len() > limit {
                *too_large = Some(Overflow(headers_of(message)));
                *message = Vec::new();
                continue;
            }
            let quotes = line.iter().take_while(|&&b| b == b'>').count();
            if quotes > 0 && line[quotes..].starts_with(b"From ") {
                message.extend_from_slice(&line[1..]);
            } else {
                message.extend_from_slice(&line);
            }
        }
    }
    if let Some(message) = current {
        if let Some(mut prev) = pending.replace(message) {
            emit(&mut prev, position, false, visit);
        }
        position += 1;
    }
    if let Some(mut last) = pending {
        emit(&mut last, position, true, visit);
    }
    Ok(())
}

/// A message that outgrew `MAX_MESSAGE`, with what its headers said.
struct Overflow(Option<Box<Mail>>);

/// What the headers at the start of `message` say, when they end within it
/// (the body is left out: it is what was too large).
fn headers_of(message: &[u8]) -> Option<Box<Mail>> {
    let (_, end) = super::mail::header_end(message)?;
    Mail::parse(&message[..end], false).map(Box::new)
}

/// An mbox envelope line: "From ", the sender, then a date with a year or
/// a time of day ("From MAILER-DAEMON Fri Jul  8 12:08:34 2011").
fn is_envelope(line: &[u8]) -> bool {
    let Some(rest) = line.strip_prefix(b"From ") else {
        return false;
    };
    let rest = String::from_utf8_lossy(rest);
    let mut tokens = rest.split_whitespace();
    if tokens.next().is_none() {
        return false;
    }
    tokens.any(|t| {
        let year = t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit());
        let clock = t
            .split(':')
            .map(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()))
            .collect::<Vec<_>>();
        year || (clock.len() >= 2 && clock.iter().all(|&ok| ok))
    })
}

/// Whether a mailbox's last message was cut short: the file stops mid-line,
/// the headers never end, or a multipart body never reaches its closing
/// boundary.
fn truncated(raw: &[u8]) -> bool {
    if !raw.ends_with(b"\n") {
        return true;
    }
    let Some(split) = find(raw, b"\n\n").or_else(|| find(raw, b"\r\n\r\n")) else {
        return true;
    };
    let headers = String::from_utf8_lossy(&raw[..split]).to_lowercase();
    if let Some(at) = headers.find("boundary=") {
        let rest = &headers[at + "boundary=".len()..];
        let boundary: String = rest
            .trim_start_matches('"')
            .chars()
            .take_while(|c| !matches!(c, '"' | ';' | '\r' | '\n' | ' '))
            .collect();
        // The boundary's case is in the original bytes; compare lowered.
        let body = String::from_utf8_lossy(&raw[split..]).to_lowercase();
        if !boundary.is_empty() && !body.contains(&format!("--{boundary}--")) {
            return true;
        }
    }
    false
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_over_the_limit_is_skipped_and_the_others_read() {
        let small =
            "From a@b.law Wed Mar  8 22:40:00 2017\nFrom: a@b.law\nSubject: one\n\nshort\n\n";
        let big = format!(
            "From a@b.law Wed Mar  8 22:41:00 2017\nFrom: a@b.law\nSubject: two\n\n{}\n\n",
            "x".repeat(500)
        );
        let last =
            "From a@b.law Wed Mar  8 22:42:00 2017\nFrom: a@b.law\nSubject: three\n\nshort\n";
        let mbox = format!("{small}{big}{last}");
        let mut seen = vec![];
        read_mbox(mbox.as_bytes(), false, 200, &mut |f| {
            seen.push(match f.mail {
                Ok(m) => m.subject,
                Err(Unreadable::TooLarge(head)) => {
                    format!("too large: {}", head.map(|m| m.subject).unwrap_or_default())
                }
                Err(e) => format!("{e:?}"),
            })
        })
        .expect("read");
        // The one too large is still told by its subject.
        assert_eq!(seen, ["one", "too large: two", "three"]);
    }
}
