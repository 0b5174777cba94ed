//! `goodfaith import MATTER.json FILE...`: adds email messages to the
//! conferral log and writes the matter back atomically (a failed write leaves
//! the previous file as it was). What was added, what was skipped and why,
//! and which files could not be read are printed as text or `--json`.

use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::Serialize;

use super::{EXIT_BLOCKED, EXIT_READY, emit};
use crate::import::{
    MessageInfo, Proposal, Review, Skipped, add_entries, review, save_attachments,
};
use crate::matter::{Matter, read_matter};
use crate::text::printable;

/// Arguments of `goodfaith import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The matter file (JSON) whose conferral log receives the messages.
    pub matter: PathBuf,
    /// Email files: single messages (.eml), mailboxes (.mbox) or Outlook messages (.msg).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Show what would be added without changing the matter.
    #[arg(long)]
    pub dry_run: bool,
    /// Print the result as JSON (see docs/cli.md for the format).
    #[arg(long)]
    pub json: bool,
    /// Save the attachments of added messages in this folder.
    #[arg(long, value_name = "DIR")]
    pub attachments: Option<PathBuf>,
}

/// Runs the command: 0 when every file was read, 1 when some file (or an
/// attachment) could not be read or saved but the rest was imported; errors
/// that change nothing (a bad matter, a failed write) go up as exit 2.
pub fn run(args: ImportArgs) -> anyhow::Result<u8> {
    let (mut matter, _) = read_matter(&args.matter)?;
    let matter_dir = match args.matter.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !args.dry_run {
        // Refuse an unwritable target before saving any attachment.
        crate::save::ensure_replaceable(&args.matter)?;
    }
    // A folder for the attachments that is a file is refused before
    // anything is read, in a dry run too (review 348: the dry run said all
    // would be added, and the real run refused every message).
    if let Some(dir) = &args.attachments
        && dir.exists()
        && !dir.is_dir()
    {
        anyhow::bail!(
            "{}: is a file, not a folder; give --attachments a folder (it is created if missing); nothing was imported",
            dir.display()
        );
    }
    let save_dir = args.attachments.as_ref().filter(|_| !args.dry_run);
    // The lawyer's own zone, as their mail program shows the messages.
    let zone = jiff::tz::TimeZone::system();
    let mut result = review(
        &matter,
        &args.files,
        save_dir.is_some(),
        &zone,
        &mut |p| match save_dir {
            Some(dir) => save_attachments(p, dir, &matter_dir).map_err(|e| e.to_string()),
            None => Ok(()),
        },
    );
    let attachment_problems = result
        .skipped
        .iter()
        .any(|s| matches!(s.reason, crate::import::SkipReason::AttachmentNotSaved(_)));
    let written = if args.dry_run || result.added.is_empty() {
        false
    } else {
        let ids = add_entries(&mut matter, result.added.iter().map(|p| p.event.clone()));
        // A message left out (its attachments not saved) gave up its id:
        // report the ids the entries were given.
        for (p, id) in result.added.iter_mut().zip(ids) {
            p.event.id = id;
        }
        let json = serde_json::to_string_pretty(&matter)? + "\n";
        // The entries refer only to ids the matter has; check anyway that the
        // file will reopen before replacing a good one.
        crate::matter::parse_matter(&json, &args.matter.display().to_string())
            .context("the imported matter would not reopen; nothing was written")?;
        crate::save::write_matter(&args.matter, json.as_bytes()).map_err(|e| match e {
            crate::save::SaveError::Io(io) => anyhow::Error::new(io).context(format!(
                "{}: cannot write the matter; it is unchanged",
                args.matter.display()
            )),
            refused => refused.into(),
        })?;
        true
    };
    if args.json {
        emit(&(json_report(&args, &result, written)? + "\n"))?;
    } else {
        emit(&text_report(&args, &matter, &result))?;
    }
    Ok(if result.problems.is_empty() && !attachment_problems {
        EXIT_READY
    } else {
        EXIT_BLOCKED
    })
}

fn person(m: &Matter, id: &str) -> String {
    m.name_of(id).unwrap_or(id).to_string()
}

fn when(info: &MessageInfo) -> String {
    match (info.date, info.time) {
        (Some(d), Some(t)) => format!("{d} {}", t.strftime("%H:%M")),
        _ => "(no date)       ".into(),
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn added_line(m: &Matter, p: &Proposal, id: &str) -> String {
    let ev = &p.event;
    let to: Vec<String> = ev
        .participants
        .iter()
        .filter(|x| **x != ev.initiated_by)
        .map(|x| person(m, x))
        .collect();
    let items: Vec<String> = ev
        .items
        .iter()
        .map(|d| {
            m.item_by_id(&d.item)
                .map_or(d.item.clone(), |i| i.label.clone())
        })
        .collect();
    let mut line = format!(
        "  {id:<5} {}  {} to {}: {}",
        when(&p.info),
        person(m, &ev.initiated_by),
        crate::text::join_and(&to),
        if p.info.subject.is_empty() {
            "(no subject)".to_string()
        } else {
            format!("\"{}\"", p.info.subject)
        }
    );
    if !items.is_empty() {
        line.push_str(&format!("; raises {}", crate::text::join_and(&items)));
    }
    if !ev.attachments.is_empty() {
        line.push_str(&format!(
            "; {}",
            plural(ev.attachments.len(), "attachment", "attachments")
        ));
    }
    if !p.names_the_matter {
        line.push_str("; names none of the matter's requests, its case number or its parties: check that it is about this dispute");
    }
    format!("{}\n", printable(&line))
}

fn skipped_line(s: &Skipped) -> String {
    let line = format!(
        "  {}  {}  {}  ({}): {}",
        when(&s.info),
        if s.info.from.is_empty() {
            "(no sender)"
        } else {
            &s.info.from
        },
        if s.info.subject.is_empty() {
            "(no subject)".to_string()
        } else {
            format!("\"{}\"", s.info.subject)
        },
        s.info.origin(),
        s.reason.explain()
    );
    format!("{}\n", printable(&line))
}

fn text_report(args: &ImportArgs, m: &Matter, r: &Review) -> String {
    let name = printable(&args.matter.display().to_string()).into_owned();
    let mut out = String::new();
    if r.added.is_empty() {
        out.push_str(&format!("Nothing to add to {name}.\n"));
    } else if args.dry_run {
        out.push_str(&format!(
            "Would add {} to {name} (dry run: nothing written):\n",
            plural(r.added.len(), "entry", "entries")
        ));
    } else {
        out.push_str(&format!(
            "Added {} to {name}:\n",
            plural(r.added.len(), "entry", "entries")
        ));
    }
    // The proposals carry the ids the entries get (or would get).
    for p in &r.added {
        out.push_str(&added_line(m, p, &p.event.id));
    }
    let (dupes, others): (Vec<&Skipped>, Vec<&Skipped>) = r.skipped.iter().partition(|s| {
        matches!(
            s.reason,
            crate::import::SkipReason::AlreadyInLog(_)
                | crate::import::SkipReason::DuplicateInImport
        )
    });
    if !others.is_empty() {
        out.push_str(&format!(
            "Not added ({}):\n",
            plural(others.len(), "message", "messages")
        ));
        for s in &others {
            out.push_str(&skipped_line(s));
        }
    }
    if !dupes.is_empty() {
        out.push_str(&format!(
            "Already in the log, or read earlier in this import: {} (the same Message-ID, or for a message without one, the same sender, date, subject and text), not added again.\n",
            plural(dupes.len(), "message", "messages")
        ));
    }
    if !r.problems.is_empty() {
        out.push_str("Could not read:\n");
        for p in &r.problems {
            out.push_str(&format!("  {}\n", printable(&p.to_string())));
        }
    }
    out.push_str(&format!(
        "{} read from {}.\n",
        plural(r.messages(), "message", "messages"),
        plural(args.files.len(), "file", "files")
    ));
    out
}

#[derive(Serialize)]
struct JsonImport<'a> {
    matter: String,
    dry_run: bool,
    written: bool,
    messages: usize,
    added: Vec<JsonAdded<'a>>,
    skipped: Vec<JsonSkipped<'a>>,
    errors: Vec<String>,
}

#[derive(Serialize)]
struct JsonAdded<'a> {
    id: &'a str,
    file: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    position: Option<usize>,
    from: &'a str,
    to: &'a [String],
    subject: &'a str,
    /// Recipients who are no counsel or pro se party of the matter.
    unmatched: &'a [String],
    /// The message names a request, the case number or a party.
    names_the_matter: bool,
    entry: &'a crate::matter::ConferralEvent,
}

#[derive(Serialize)]
struct JsonSkipped<'a> {
    reason: &'static str,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    existing: Option<&'a str>,
    file: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    position: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    time: Option<String>,
    from: &'a str,
    to: &'a [String],
    subject: &'a str,
}

fn json_report(args: &ImportArgs, r: &Review, written: bool) -> serde_json::Result<String> {
    let out = JsonImport {
        matter: path_string(&args.matter),
        dry_run: args.dry_run,
        written,
        messages: r.messages(),
        added: r
            .added
            .iter()
            .map(|p| JsonAdded {
                id: &p.event.id,
                file: &p.info.file,
                position: p.info.position,
                from: &p.info.from,
                to: &p.info.to,
                subject: &p.info.subject,
                unmatched: &p.unmatched,
                names_the_matter: p.names_the_matter,
                entry: &p.event,
            })
            .collect(),
        skipped: r
            .skipped
            .iter()
            .map(|s| JsonSkipped {
                reason: s.reason.code(),
                message: s.reason.explain(),
                existing: match &s.reason {
                    crate::import::SkipReason::AlreadyInLog(id) => Some(id),
                    _ => None,
                },
                file: &s.info.file,
                position: s.info.position,
                date: s.info.date.map(|d| d.to_string()),
                time: s.info.time.map(|t| t.strftime("%H:%M").to_string()),
                from: &s.info.from,
                to: &s.info.to,
                subject: &s.info.subject,
            })
            .collect(),
        errors: r.problems.iter().map(ToString::to_string).collect(),
    };
    serde_json::to_string_pretty(&out)
}

fn path_string(p: &Path) -> String {
    p.display().to_string()
}
