//! Mail in: the conferral log built from the lawyer's own email. Each message
//! (from `.eml`, `.mbox` or Outlook `.msg` files) not already in the log
//! becomes one `email` entry: the date and time in the lawyer's own zone, the
//! sender and the counsel and pro se parties it went to, the requests the
//! sender's own text names, a summary, its Message-ID (`source`, so importing
//! again adds nothing) and its attachments. A message the matter cannot place
//! (unknown sender, nobody from the other side, no date) is reported, never
//! guessed at.
//!
//! `review` reads and decides without changing anything; the CLI then adds
//! the proposals and writes the matter, the app shows them for ticking first.

mod about;
mod entry;
mod mail;
mod people;
mod quote;
mod read;
mod requests;

use std::path::{Path, PathBuf};

pub use entry::{
    Decision, Importer, MessageInfo, Proposal, SUMMARY_CHARS, SkipReason, Skipped, add_entries,
    is_reply_subject,
};
pub use mail::{Address, Attachment, Mail, MailDate};
pub use people::{People, name_key};
pub use quote::own_text;
pub use read::{Found, MAX_MESSAGE, ReadError, Unreadable, read_file};
pub use requests::RequestMatcher;

use crate::matter::Matter;

/// What reading some files would do to a matter.
#[derive(Debug, Default)]
pub struct Review {
    /// Messages to add, in the order read.
    pub added: Vec<Proposal>,
    /// Messages not added, with the reason.
    pub skipped: Vec<Skipped>,
    /// Files that could not be read at all.
    pub problems: Vec<ReadError>,
}

impl Review {
    /// How many messages were read in all.
    pub fn messages(&self) -> usize {
        self.added.len() + self.skipped.len()
    }
}

/// Reads `files` and decides, message by message, what would be added to
/// `matter`; nothing is changed. `on_added` sees each proposal as it is made
/// (the CLI saves attachments there, so their bytes are not all held until
/// the end); `keep_attachments` keeps attachments' bytes for it. A proposal
/// `on_added` refuses (its attachments could not be saved) is not added but
/// reported with the reason, and is not remembered as seen: importing again,
/// once the reason is fixed, adds it then.
/// Dates and times are told in `zone`, where the lawyer reads their mail
/// (`MailDate::local`).
pub fn review(
    matter: &Matter,
    files: &[PathBuf],
    keep_attachments: bool,
    zone: &jiff::tz::TimeZone,
    on_added: &mut dyn FnMut(&mut Proposal) -> Result<(), String>,
) -> Review {
    let mut importer = Importer::new(matter).in_zone(zone.clone());
    let mut out = Review::default();
    for path in files {
        let file = path.display().to_string();
        let mut visit = |found: Found| {
            let decision = match found.mail {
                Ok(mail) => importer.consider(&mail, &file, found.position),
                Err(Unreadable::Truncated(partial)) => Decision::Skip(Skipped {
                    reason: SkipReason::Truncated,
                    info: match partial {
                        Some(m) => MessageInfo::of(&m, &file, found.position, zone),
                        None => MessageInfo::unknown(&file, found.position),
                    },
                }),
                Err(Unreadable::TooLarge(head)) => Decision::Skip(Skipped {
                    reason: SkipReason::TooLarge,
                    info: match head {
                        Some(m) => MessageInfo::of(&m, &file, found.position, zone),
                        None => MessageInfo::unknown(&file, found.position),
                    },
                }),
                Err(Unreadable::NotMail) => Decision::Skip(Skipped {
                    reason: SkipReason::NotMail,
                    info: MessageInfo::unknown(&file, found.position),
                }),
            };
            match decision {
                Decision::Add(mut p) => match on_added(&mut p) {
                    Ok(()) => out.added.push(*p),
                    Err(why) => {
                        importer.forget(&p.event.source);
                        out.skipped.push(Skipped {
                            reason: SkipReason::AttachmentNotSaved(why),
                            info: p.info,
                        });
                    }
                },
                Decision::Skip(s) => out.skipped.push(s),
            }
        };
        if let Err(e) = read_file(path, keep_attachments, &mut visit) {
            out.problems.push(e);
        }
    }
    out
}

/// Why an attachment was not saved.
#[derive(Debug, thiserror::Error)]
#[error("{path}: cannot save the attachment: {source}")]
pub struct SaveAttachmentError {
    pub path: String,
    #[source]
    pub source: crate::save::SaveError,
}

/// Saves a proposal's attachments in `dir` (created if missing) and records
/// them on the entry as paths relative to the matter's folder when inside it
/// (so the matter and its folder can move together), else absolute. A name
/// already taken by a different file gets " (2)", " (3)", …; the same file
/// saved again (a re-import) is not duplicated. Bytes are dropped once saved.
pub fn save_attachments(
    p: &mut Proposal,
    dir: &Path,
    matter_dir: &Path,
) -> Result<(), SaveAttachmentError> {
    // A message with nothing to save needs no folder (review 348: a bad
    // folder refused every message, attachments or not).
    if p.attachments.iter().all(|a| a.data.is_none()) {
        return Ok(());
    }
    if dir.exists() && !dir.is_dir() {
        let e =
            std::io::Error::other("it is a file, not a folder; name a folder for the attachments");
        return Err(save_error(dir, e.into()));
    }
    std::fs::create_dir_all(dir).map_err(|e| save_error(dir, e.into()))?;
    // The files this call wrote: removed again if a later attachment of the
    // same message cannot be saved, since the message is then left out
    // (review 348: the first attachment stayed behind, named by no entry).
    let mut written: Vec<PathBuf> = vec![];
    match save_each(p, dir, matter_dir, &mut written) {
        Ok(recorded) => {
            p.event.attachments = recorded;
            Ok(())
        }
        Err(e) => {
            for path in &written {
                let _ = std::fs::remove_file(path);
            }
            Err(e)
        }
    }
}

fn save_error(path: &Path, source: crate::save::SaveError) -> SaveAttachmentError {
    SaveAttachmentError {
        path: path.display().to_string(),
        source,
    }
}

/// `save_attachments`' loop: the entry's attachments as recorded, each file
/// it creates noted in `written`.
fn save_each(
    p: &mut Proposal,
    dir: &Path,
    matter_dir: &Path,
    written: &mut Vec<PathBuf>,
) -> Result<Vec<String>, SaveAttachmentError> {
    let mut recorded = vec![];
    for a in &mut p.attachments {
        let Some(data) = a.data.take() else {
            recorded.push(a.name.clone());
            continue;
        };
        let name = safe_file_name(&a.name);
        let (stem, ext) = match name.rsplit_once('.') {
            Some((s, e)) if !s.is_empty() => (s.to_string(), format!(".{e}")),
            _ => (name.clone(), String::new()),
        };
        let mut n = 1;
        let path = loop {
            let candidate = if n == 1 {
                dir.join(&name)
            } else {
                dir.join(format!("{stem} ({n}){ext}"))
            };
            match std::fs::read(&candidate) {
                // Saved by an earlier import: point at that copy.
                Ok(existing) if existing == data => break candidate,
                Ok(_) if n < 10_000 => n += 1,
                Ok(_) => {
                    let e = std::io::Error::other("too many files of this name in the folder");
                    return Err(save_error(&candidate, e.into()));
                }
                Err(_) => {
                    crate::save::write_atomic(&candidate, &data)
                        .map_err(|e| save_error(&candidate, e))?;
                    written.push(candidate.clone());
                    break candidate;
                }
            }
        };
        recorded.push(relative_to(&path, matter_dir));
    }
    Ok(recorded)
}

/// A name the sender chose, made safe to create: no folders, no "..", no
/// control characters, not empty.
fn safe_file_name(name: &str) -> String {
    let clean = cleaned(name);
    if clean.is_empty() {
        return "attachment".into();
    }
    shortened(&clean, MAX_NAME_BYTES)
}

/// Whether `name` keeps anything once made safe: a message's attachment
/// named ".." or " " is unnamed, and is called "attachment-N" like one
/// that has no name at all (review 348 found both kinds in one folder).
pub(crate) fn names_a_file(name: &str) -> bool {
    !cleaned(name).is_empty()
}

/// `name`'s last path segment, with control and reserved characters made
/// "_" and leading dots and spaces removed.
fn cleaned(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let clean: String = base
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                '_'
            } else {
                c
            }
        })
        .collect();
    clean.trim().trim_start_matches('.').trim().to_string()
}

/// Room for a file name: file systems allow 255 bytes, and " (2)" may be
/// added (review 348: a 300-byte name could never be saved, and the message
/// never imported).
const MAX_NAME_BYTES: usize = 200;

/// `name` cut to at most `max` bytes at a character, keeping its extension.
fn shortened(name: &str, max: usize) -> String {
    if name.len() <= max {
        return name.to_string();
    }
    let ext = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && ext.len() <= 16 => format!(".{ext}"),
        _ => String::new(),
    };
    let mut stem_end = max.saturating_sub(ext.len());
    while !name.is_char_boundary(stem_end) {
        stem_end -= 1;
    }
    format!("{}{ext}", name[..stem_end].trim_end())
}

fn relative_to(path: &Path, base: &Path) -> String {
    let abs = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let (p, b) = (abs(path), abs(base));
    match p.strip_prefix(&b) {
        Ok(rel) => rel.display().to_string(),
        Err(_) => p.display().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_whose_later_attachment_fails_leaves_no_file_behind() {
        let dir = tempfile::tempdir().expect("temp dir");
        let att = dir.path().join("att");
        // A folder where the second attachment's file would go.
        std::fs::create_dir_all(att.join("b.pdf")).expect("mkdir");
        // Saved by an earlier import: the same bytes are kept, not removed.
        std::fs::write(att.join("c.pdf"), b"%PDF-c").expect("write");
        let file = |name: &str, data: &[u8]| Attachment {
            name: name.into(),
            data: Some(data.to_vec()),
        };
        let mut p = Proposal {
            event: crate::matter::ConferralEvent::new(
                "e1".into(),
                jiff::civil::date(2017, 3, 8),
                crate::matter::Method::Email,
                "c1".into(),
            ),
            info: MessageInfo::unknown("m.eml", None),
            attachments: vec![
                file("a.pdf", b"%PDF-a"),
                file("c.pdf", b"%PDF-c"),
                file("b.pdf", b"%PDF-b"),
            ],
            unmatched: vec![],
            names_the_matter: true,
        };
        assert!(save_attachments(&mut p, &att, dir.path()).is_err());
        assert!(!att.join("a.pdf").exists(), "a.pdf was left behind");
        assert!(att.join("c.pdf").is_file());
        assert!(p.event.attachments.is_empty());
    }

    #[test]
    fn attachment_names_cannot_escape_the_folder() {
        assert_eq!(safe_file_name("../../etc/passwd"), "passwd");
        assert_eq!(safe_file_name("C:\\x\\letter.pdf"), "letter.pdf");
        assert_eq!(safe_file_name(".."), "attachment");
        assert!(!names_a_file("..") && !names_a_file(" . ") && !names_a_file(""));
        assert!(names_a_file("letter.pdf"));
        assert_eq!(safe_file_name("a\u{7}b?.pdf"), "a_b_.pdf");
        let long = format!("{}.pdf", "\u{8a34}".repeat(100));
        let short = safe_file_name(&long);
        assert!(short.len() <= 200 && short.ends_with(".pdf"), "{short}");
        assert!(short.starts_with("\u{8a34}\u{8a34}"));
    }
}
