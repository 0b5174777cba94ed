//! One message becomes one log entry, or a reason it does not. The entry
//! records only what the message shows: the day and time on the sender's
//! clock, that it was an email, who sent it, which counsel and pro se parties
//! it went to, which requests the sender's own text names (outcome
//! `raised`), a bounded summary, its Message-ID and its attachments' names.

use std::collections::HashMap;

use jiff::civil::{Date, Time};

use jiff::tz::TimeZone;

use super::mail::{Address, Attachment, Mail, MailDate};
use super::people::People;
use super::quote::own_text;
use super::requests::RequestMatcher;
use crate::matter::{ConferralEvent, ItemDiscussion, Matter, Method, Outcome};

/// The longest summary written, in characters: enough for a paragraph of the
/// message, short enough to read in the log.
pub const SUMMARY_CHARS: usize = 600;

/// Where a message came from and what its headers say, for the report and
/// the app's review list.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageInfo {
    pub file: String,
    /// Its place in a mailbox (1-based), when it came from one.
    pub position: Option<usize>,
    pub date: Option<Date>,
    pub time: Option<Time>,
    pub from: String,
    pub to: Vec<String>,
    pub subject: String,
}

impl MessageInfo {
    /// What the report shows of `mail`.
    /// `zone`: where the lawyer reads their mail (`MailDate::local`).
    pub fn of(mail: &Mail, file: &str, position: Option<usize>, zone: &TimeZone) -> Self {
        let (date, time) = mail.date.local(zone).unzip();
        MessageInfo {
            file: file.to_string(),
            position,
            date,
            time,
            from: mail.from.as_ref().map(Address::display).unwrap_or_default(),
            to: mail
                .to
                .iter()
                .chain(&mail.cc)
                .map(Address::display)
                .collect(),
            subject: mail.subject.clone(),
        }
    }

    /// A message of which nothing could be read.
    pub fn unknown(file: &str, position: Option<usize>) -> Self {
        MessageInfo {
            file: file.to_string(),
            position,
            date: None,
            time: None,
            from: String::new(),
            to: vec![],
            subject: String::new(),
        }
    }

    /// "inbox.mbox, message 12" or "reply.eml".
    pub fn origin(&self) -> String {
        match self.position {
            Some(n) => format!("{}, message {n}", self.file),
            None => self.file.clone(),
        }
    }
}

/// A message that would become a log entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    pub event: ConferralEvent,
    pub info: MessageInfo,
    /// The attachments (with their bytes when they are to be saved).
    pub attachments: Vec<Attachment>,
    /// Recipients who are no counsel or pro se party of the matter (staff,
    /// clients, the court): shown, not added as participants.
    pub unmatched: Vec<String>,
    /// The message (its subject or any of its text, quotations included)
    /// names one of the matter's requests, its case number or one of its
    /// parties. The same counsel write to each other about other cases and
    /// other discovery; the app leaves a message that names none of these
    /// unticked, and the CLI says so of it.
    pub names_the_matter: bool,
}

/// Why a message was not added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// The log already has it (same Message-ID, or fingerprint), as this entry.
    AlreadyInLog(String),
    /// The same message came earlier in this import (from another file).
    DuplicateInImport,
    /// Its sender is no counsel or pro se party of the matter.
    UnknownSender,
    /// Nobody on a side other than the movant's sent or received it.
    NoOtherSide,
    /// Nobody on the movant's side sent or received it.
    NoMovantSide,
    NoDate,
    BadDate,
    NoSender,
    /// The mailbox ends in the middle of it.
    Truncated,
    /// Not an email message (in a mailbox).
    NotMail,
    /// A message of a mailbox larger than `MAX_MESSAGE` (256 MiB).
    TooLarge,
    /// Its attachments could not be saved (the error, naming the file):
    /// added without them, the entry would name files that are not there,
    /// and importing again would skip it as already in the log.
    AttachmentNotSaved(String),
}

impl SkipReason {
    /// A stable code for `--json`.
    pub fn code(&self) -> &'static str {
        match self {
            SkipReason::AlreadyInLog(_) => "already_in_log",
            SkipReason::DuplicateInImport => "duplicate",
            SkipReason::UnknownSender => "unknown_sender",
            SkipReason::NoOtherSide => "no_other_side",
            SkipReason::NoMovantSide => "no_movant_side",
            SkipReason::NoDate => "no_date",
            SkipReason::BadDate => "bad_date",
            SkipReason::NoSender => "no_sender",
            SkipReason::Truncated => "truncated",
            SkipReason::NotMail => "not_mail",
            SkipReason::TooLarge => "too_large",
            SkipReason::AttachmentNotSaved(_) => "attachment_not_saved",
        }
    }

    /// What happened and what to do, in words.
    pub fn explain(&self) -> String {
        match self {
            SkipReason::AlreadyInLog(id) => format!("already in the log as {id}"),
            SkipReason::DuplicateInImport => {
                "the same message (the same Message-ID, or for a message without one, the same sender, date, subject and text) appears earlier in this import".into()
            }
            SkipReason::UnknownSender => "the sender is not a counsel or pro se party of the matter; add them (with the email address shown, or by the name shown where there is none) and import again".into(),
            SkipReason::NoOtherSide => "nobody on the other side sent or received it (by email address or name); add the missing counsel and import again".into(),
            SkipReason::NoMovantSide => "nobody on the movant's side sent or received it".into(),
            SkipReason::NoDate => "it has no Date: header; add it to the log by hand".into(),
            SkipReason::BadDate => "its Date: header is not a valid date; add it to the log by hand".into(),
            SkipReason::NoSender => "it has no From: header".into(),
            SkipReason::Truncated => "the mailbox ends in the middle of this message (the copy was cut short); export the mailbox again".into(),
            SkipReason::NotMail => "this part of the mailbox is not an email message".into(),
            SkipReason::TooLarge => "this message of the mailbox is larger than 256 MiB, too large for one email message; it was not read".into(),
            SkipReason::AttachmentNotSaved(why) => format!("{why}; the message was not added: fix this and import it again"),
        }
    }
}

/// A message that was not added, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Skipped {
    pub reason: SkipReason,
    pub info: MessageInfo,
}

/// What becomes of one message.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    Add(Box<Proposal>),
    Skip(Skipped),
}

/// Maps messages to entries for one matter, remembering what it has already
/// proposed so a message found twice (in the mailbox and as an `.eml`) is
/// added once.
pub struct Importer<'m> {
    matter: &'m Matter,
    people: People,
    requests: RequestMatcher,
    /// Source (Message-ID) → the entry already holding it, or `None` for a
    /// message proposed earlier in this import.
    seen: HashMap<String, Option<String>>,
    next: u64,
    /// The case number and the parties' names (`about`).
    matter_words: super::about::MatterWords,
    /// The zone the log's dates and times are told in (`MailDate::local`).
    zone: TimeZone,
}

impl<'m> Importer<'m> {
    pub fn new(matter: &'m Matter) -> Self {
        let seen = matter
            .conferrals
            .iter()
            .filter(|e| !e.source.is_empty())
            .map(|e| (source_key(&e.source), Some(e.id.clone())))
            .collect();
        Importer {
            matter,
            people: People::new(matter),
            requests: RequestMatcher::new(&matter.items),
            seen,
            next: next_number(matter),
            matter_words: super::about::MatterWords::new(matter),
            zone: TimeZone::system(),
        }
    }

    /// Whether the message's subject or text (quotations included: a reply
    /// below the demand is on its requests) names a request of the matter,
    /// its case number, or a distinctive word of a party's name.
    fn names_the_matter(&self, mail: &Mail) -> bool {
        let text = format!("{}\n{}", mail.subject, mail.body);
        !self.requests.find(&text).is_empty() || self.matter_words.named_in(&text)
    }

    /// Tells dates and times in `zone` rather than this computer's.
    pub fn in_zone(mut self, zone: TimeZone) -> Self {
        self.zone = zone;
        self
    }

    /// Forgets a message proposed earlier in this import that was then not
    /// added, so the same message later in the import is considered again.
    pub fn forget(&mut self, source: &str) {
        let key = source_key(source);
        if matches!(self.seen.get(&key), Some(None)) {
            self.seen.remove(&key);
        }
    }

    /// Decides what becomes of one message; a message it proposes to add
    /// counts as seen from then on.
    pub fn consider(&mut self, mail: &Mail, file: &str, position: Option<usize>) -> Decision {
        let recipients: Vec<&Address> = mail.to.iter().chain(&mail.cc).collect();
        let info = MessageInfo::of(mail, file, position, &self.zone);
        let (date, time) = (info.date, info.time);
        let skip = |reason| {
            Decision::Skip(Skipped {
                reason,
                info: info.clone(),
            })
        };
        let source = source_of(mail, true);
        // A message imported before line endings were evened out is known
        // by the fingerprint it was given then.
        let earlier = [source_key(&source), source_key(&source_of(mail, false))];
        match earlier.iter().find_map(|k| self.seen.get(k)) {
            Some(Some(id)) => return skip(SkipReason::AlreadyInLog(id.clone())),
            Some(None) => return skip(SkipReason::DuplicateInImport),
            None => {}
        }
        let (Some(date), Some(time)) = (date, time) else {
            return skip(if mail.date == MailDate::Invalid {
                SkipReason::BadDate
            } else {
                SkipReason::NoDate
            });
        };
        let Some(from) = &mail.from else {
            return skip(SkipReason::NoSender);
        };
        let Some(sender) = self.people.find(from) else {
            return skip(SkipReason::UnknownSender);
        };
        let mut participants = vec![sender.clone()];
        let mut unmatched = vec![];
        for r in &recipients {
            match self.people.find(r) {
                Some(id) if !participants.contains(&id) => participants.push(id),
                Some(_) => {}
                None => unmatched.push(r.display()),
            }
        }
        let movant = self.matter.motion.movant;
        let sides: Vec<_> = participants
            .iter()
            .map(|p| self.matter.side_of(p))
            .collect();
        if !sides.iter().any(|s| s.is_some_and(|s| s != movant)) {
            return skip(SkipReason::NoOtherSide);
        }
        if !sides.contains(&Some(movant)) {
            return skip(SkipReason::NoMovantSide);
        }

        let own = own_text(&mail.body);
        let starts_thread = !mail.in_reply_to && !is_reply_subject(&mail.subject);
        let mut searched = own.clone();
        if starts_thread {
            searched = format!("{}\n{own}", mail.subject);
        } else if is_forward_subject(&mail.subject) {
            // A forward between the sides puts the forwarded message before
            // the other side now ("my earlier note on the production request
            // is below"): its requests are raised by this message (review
            // 348 found such a forward listing none). A reply's quotation is
            // the thread already logged, and does not count.
            searched = format!("{}\n{}", mail.subject, mail.body);
        }
        let id = format!("e{}", self.next);
        self.next += 1;
        let mut event = ConferralEvent::new(id, date, Method::Email, sender);
        event.time = Some(time);
        event.participants = participants;
        event.items = self
            .requests
            .find(&searched)
            .into_iter()
            .map(|item| ItemDiscussion {
                item,
                outcome: Outcome::Raised,
                movant_position: String::new(),
                opponent_position: String::new(),
            })
            .collect();
        event.summary = summary(&mail.subject, &own);
        event.source = source.clone();
        event.attachments = mail.attachments.iter().map(|a| a.name.clone()).collect();
        self.seen.insert(source_key(&source), None);
        let names_the_matter = !event.items.is_empty() || self.names_the_matter(mail);
        Decision::Add(Box::new(Proposal {
            event,
            info,
            attachments: mail.attachments.clone(),
            unmatched,
            names_the_matter,
        }))
    }
}

/// Adds entries to the matter under fresh ids ("e7" after the highest "eN"
/// in use), in the order given, and returns the ids. Ids are given here, not
/// when the messages were read, so unticking some in the app leaves no gaps.
pub fn add_entries(
    matter: &mut Matter,
    events: impl IntoIterator<Item = ConferralEvent>,
) -> Vec<String> {
    let mut ids = vec![];
    for (n, mut ev) in (next_number(matter)..).zip(events) {
        ev.id = format!("e{n}");
        ids.push(ev.id.clone());
        matter.conferrals.push(ev);
    }
    ids
}

fn next_number(m: &Matter) -> u64 {
    m.conferrals
        .iter()
        .filter_map(|e| e.id.strip_prefix('e')?.parse::<u64>().ok())
        .max()
        .unwrap_or(0)
        + 1
}

/// The Message-ID identifies a message wherever it is stored. A message
/// without one (rare; some drafts and old exports) is identified by a
/// fingerprint of its date, sender, subject and text, so it is still added
/// once.
/// The message's Message-ID, or for a message without one a fingerprint of
/// its sender, date, subject and text. `even_lines`: the text with its line
/// endings and the spaces ending its lines evened out, so a copy saved on
/// Windows (CRLF) is the same message (review 348: it was added twice);
/// without, the fingerprint earlier versions gave.
fn source_of(mail: &Mail, even_lines: bool) -> String {
    if !mail.message_id.is_empty() {
        return mail.message_id.clone();
    }
    let body = if even_lines {
        mail.body
            .trim()
            .lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n")
    } else {
        mail.body.trim().to_string()
    };
    let from = mail
        .from
        .as_ref()
        .map(|a| a.email.to_lowercase())
        .unwrap_or_default();
    let date = match mail.date {
        MailDate::At {
            written: (d, t), ..
        } => format!("{d} {t}"),
        _ => String::new(),
    };
    // FNV-1a: stable across runs and versions, unlike the std hasher.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in [from.as_str(), &date, &mail.subject, &body]
        .join("\u{1f}")
        .bytes()
    {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("no-message-id:{h:016x}")
}

/// Message-IDs compare without their angle brackets and surrounding space,
/// so a hand-written `"<abc@x>"` matches an imported `abc@x`.
fn source_key(s: &str) -> String {
    s.trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim()
        .to_string()
}

/// "Re:", "RE:", "Fwd:", "FW:" (and the German, Nordic and French forms
/// Outlook writes: "AW:", "WG:", "SV:", "TR:"), possibly "[2]"-numbered.
/// Whether `subject` marks a forward ("Fwd:", "FW:", "WG:", "TR:", "ENC:"),
/// not a reply.
fn is_forward_subject(subject: &str) -> bool {
    subject
        .trim_start()
        .split_once(':')
        .is_some_and(|(head, _)| {
            ["fwd", "fw", "wg", "tr", "enc"]
                .iter()
                .any(|p| head.trim().eq_ignore_ascii_case(p))
        })
}

pub fn is_reply_subject(subject: &str) -> bool {
    let s = subject.trim_start();
    let Some((head, _)) = s.split_once(':') else {
        return false;
    };
    let head = head.trim();
    let head = match head.split_once('[') {
        Some((h, rest)) if rest.trim_end().ends_with(']') => h.trim(),
        _ => head,
    };
    [
        "re", "fwd", "fw", "aw", "wg", "sv", "vs", "tr", "antw", "rif", "enc",
    ]
    .iter()
    .any(|p| head.eq_ignore_ascii_case(p))
}

/// The subject, then the sender's own text on one line, cut at a word
/// boundary with an ellipsis when longer than `SUMMARY_CHARS`.
fn summary(subject: &str, own: &str) -> String {
    let text = own.split_whitespace().collect::<Vec<_>>().join(" ");
    let full = match (subject.trim().is_empty(), text.is_empty()) {
        (true, _) => text,
        (false, true) => subject.trim().to_string(),
        (false, false) => format!("{}: {text}", subject.trim()),
    };
    if full.chars().count() <= SUMMARY_CHARS {
        return full;
    }
    let cut: String = full.chars().take(SUMMARY_CHARS - 1).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > SUMMARY_CHARS / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}\u{2026}", cut.trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reply_and_forward_prefixes_are_recognised() {
        for s in [
            "Re: RFP 12",
            "RE: RFP 12",
            "Fwd: x",
            "FW: x",
            "AW: x",
            "Re[2]: x",
        ] {
            assert!(is_reply_subject(s), "{s}");
        }
        for s in ["RFP 12: deficiencies", "Rog 4", "Regarding: Rog 4"] {
            assert!(!is_reply_subject(s), "{s}");
        }
    }

    #[test]
    fn a_long_summary_is_cut_at_a_word() {
        let s = summary("Deficiencies", &"word ".repeat(400));
        assert!(s.chars().count() <= SUMMARY_CHARS);
        assert!(s.starts_with("Deficiencies: word word"));
        assert!(s.ends_with("word\u{2026}"));
    }
}
