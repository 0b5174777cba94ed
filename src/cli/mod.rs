//! The headless command line: `goodfaith check`, `courts`, `schema`. Errors
//! are handled once, here at the edge: bad input exits 2 with a message that
//! names the file, line and field.

mod coverage;
mod export;
mod import;
mod print;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use jiff::civil::Date;

use crate::check::check;
use crate::court::Registry;
use crate::matter::{MatterError, PathSeg, read_matter};
use crate::text::printable;

/// Exit code when the record is ready (nothing blocks).
pub const EXIT_READY: u8 = 0;
/// Exit code when at least one finding blocks filing.
pub const EXIT_BLOCKED: u8 = 1;
/// Exit code for invalid input (bad file, unknown court, bad date).
pub const EXIT_INVALID: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "goodfaith",
    version,
    about = "Checks a discovery-motion conferral record against the court's rule and composes the good-faith certificate."
)]
pub struct Cli {
    /// Read court packs from this forms directory instead of the built-in ones
    /// (for checking a new or edited pack without rebuilding).
    #[arg(long, global = true, value_name = "DIR")]
    pub forms: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
    /// When the process started (set by main; for the app's startup timing).
    #[arg(skip = std::time::Instant::now())]
    pub started: std::time::Instant,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open the desktop app (the default when no command is given).
    App {
        /// A matter file to open at start.
        matter: Option<PathBuf>,
    },
    /// Check a matter's conferral record against its court's rule.
    ///
    /// Exit status: 0 when the verdict is Ready, 1 when it is At risk or Not ready, 2 when the input is invalid.
    Check {
        /// The matter file (JSON).
        matter: PathBuf,
        /// Check against this court pack instead of the matter's own `court`.
        #[arg(long, value_name = "ID")]
        court: Option<String>,
        /// Check as of this date (YYYY-MM-DD) instead of today.
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        today: Option<Date>,
        /// Print the findings as JSON (see docs/cli.md for the format).
        #[arg(long)]
        json: bool,
    },
    /// Render the certificate to a flat PDF for filing, or as Word or text.
    ///
    /// Refuses, listing the blockers and at-risk findings, unless the verdict is
    /// Ready or --draft is given. Exit status: 0 written, 1 not Ready, 2 invalid input.
    Render {
        /// The matter file (JSON).
        matter: PathBuf,
        /// Where to write the certificate (.pdf, .docx or .txt); `-` writes
        /// it to standard output, as text unless --format says otherwise.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// The format, instead of the one the output's extension names.
        #[arg(long, value_enum)]
        format: Option<crate::export::Format>,
        /// Use this court pack instead of the matter's own `court`.
        #[arg(long, value_name = "ID")]
        court: Option<String>,
        /// Render as of this date (YYYY-MM-DD) instead of today.
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        today: Option<Date>,
        /// Render even if the checker finds blockers, stamping DRAFT on every page.
        #[arg(long)]
        draft: bool,
        /// Replace the output if it already exists (never the matter file,
        /// nor a document the log attaches).
        #[arg(long)]
        force: bool,
    },
    /// Write the chronology exhibit: every logged contact in a table, then
    /// the documents the entries attach, as one PDF.
    ///
    /// Refuses, listing the blockers, when the checker finds any, unless --draft.
    /// Exit status: 0 written, 1 blocked, 2 invalid input or a missing attachment.
    Exhibit {
        /// The matter file (JSON).
        matter: PathBuf,
        /// Where to write the PDF; `-` writes it to standard output.
        #[arg(short, long, value_name = "PDF")]
        output: PathBuf,
        /// Use this court instead of the matter's own `court`.
        #[arg(long, value_name = "ID")]
        court: Option<String>,
        /// As of this date (YYYY-MM-DD) instead of today.
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        today: Option<Date>,
        /// Write it even if the checker finds blockers, stamping DRAFT on the chronology.
        #[arg(long)]
        draft: bool,
        /// Replace the output if it already exists (never the matter file,
        /// nor a document the log attaches).
        #[arg(long)]
        force: bool,
    },
    /// Draft the meet-and-confer letter to the other side (.pdf, .docx or .txt).
    Letter {
        /// The matter file (JSON).
        matter: PathBuf,
        /// Where to write the letter; `-` writes it to standard output, as text
        /// unless --format says otherwise.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// The format, instead of the one the output's extension names.
        #[arg(long, value_enum)]
        format: Option<crate::export::Format>,
        /// Write only the requests and responses quoted word for word, for the
        /// motion (N.D. and S.D. Miss. L.U.Civ.R. 37(b)).
        #[arg(long)]
        quoted_requests: bool,
        /// Replace the output if it already exists (never the matter file,
        /// nor a document the log attaches).
        #[arg(long)]
        force: bool,
    },
    /// List the motion deadline and every promised follow-up date.
    Deadlines {
        /// The matter file (JSON).
        matter: PathBuf,
        /// Also write them as an iCalendar file; `-` writes it to standard output instead of the list.
        #[arg(long, value_name = "FILE")]
        ics: Option<PathBuf>,
        /// Use this court instead of the matter's own `court`.
        #[arg(long, value_name = "ID")]
        court: Option<String>,
        /// As of this date (YYYY-MM-DD) instead of today (it sets the filing date when the matter has none).
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        today: Option<Date>,
        /// Replace the output if it already exists (never the matter file,
        /// nor a document the log attaches).
        #[arg(long)]
        force: bool,
    },
    /// List the court packs.
    Courts {
        #[arg(long)]
        json: bool,
        /// Print the coverage page (docs/courts.md) instead.
        #[arg(long, conflicts_with = "json")]
        markdown: bool,
    },
    /// Print the JSON Schema of the matter file format.
    Schema,
    /// List the rules the packs quote or summarise, with the version each
    /// quotes ("as amended effective …") and the day it was verified.
    Rules {
        /// Only this court's pack (with what it inherits).
        #[arg(long, value_name = "ID")]
        court: Option<String>,
        /// Only rules not verified within this many months (or never).
        #[arg(long, value_name = "MONTHS")]
        unverified_months: Option<u32>,
        /// Count months back from this date (YYYY-MM-DD) instead of today.
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        today: Option<Date>,
        #[arg(long)]
        json: bool,
    },
    /// Add email messages (.eml, .mbox, .msg) to the matter's conferral log.
    ///
    /// Exit status: 0 every file read, 1 some file could not be read (the rest was imported), 2 nothing changed (invalid matter, failed write).
    Import(import::ImportArgs),
}

/// Writes to stdout; a reader that closed the pipe early (`| head`) is not an error.
fn emit(text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => Ok(r?),
    }
}

fn parse_date(s: &str) -> Result<Date, String> {
    s.parse::<Date>()
        .map_err(|e| format!("not a date in the form YYYY-MM-DD: {e}"))
}

/// Runs a parsed command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    match dispatch(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            // Errors quote the user's text (ids, names, paths): escaped.
            eprintln!("goodfaith: {}", crate::text::printable_lines(&chain(&e)));
            ExitCode::from(EXIT_INVALID)
        }
    }
}

/// The error and its causes, "what failed: why", each cause once: errors
/// that already quote their cause in their own message (a file that cannot
/// be read says the operating system's reason) do not repeat it.
fn chain(e: &anyhow::Error) -> String {
    let mut msg = e.to_string();
    for cause in e.chain().skip(1) {
        let cause = cause.to_string();
        if !msg.contains(&cause) {
            msg.push_str(": ");
            msg.push_str(&cause);
        }
    }
    msg
}

fn registry(forms: Option<&PathBuf>) -> anyhow::Result<Registry> {
    Ok(match forms {
        Some(dir) => Registry::from_dir(dir)?,
        None => Registry::embedded().context("the built-in court packs are invalid")?,
    })
}

/// Reads the matter and finds its court (or the one `--court` names).
fn load<'r>(
    registry: &'r Registry,
    path: &std::path::Path,
    court: Option<&str>,
) -> anyhow::Result<(crate::matter::Matter, &'r crate::court::CourtPack)> {
    let (m, src) = read_matter(path)?;
    let court_id = court.unwrap_or(&m.court);
    let Some(pack) = registry.get(court_id).filter(|p| p.selectable) else {
        let known: Vec<&str> = registry.courts().map(|p| p.id.as_str()).collect();
        let msg = format!(
            "unknown court \"{court_id}\"; known courts: {}",
            known.join(", ")
        );
        if court.is_some() {
            anyhow::bail!("--court: {msg}");
        }
        let file = path.display().to_string();
        return Err(MatterError::at(&file, &src, &[PathSeg::Key("court")], msg).into());
    };
    Ok((m, pack))
}

fn dispatch(cli: Cli) -> anyhow::Result<u8> {
    let Some(command) = cli.command else {
        return crate::app::run(None, cli.started);
    };
    match command {
        Command::App { matter } => crate::app::run(matter, cli.started),
        Command::Check {
            matter,
            court,
            today,
            json,
        } => {
            let registry = registry(cli.forms.as_ref())?;
            let (m, pack) = load(&registry, &matter, court.as_deref())?;
            let today = today.unwrap_or_else(|| jiff::Zoned::now().date());
            let report = crate::check::check_with_notes(&m, pack, today);
            if json {
                emit(&(print::report_json(&report, &m, today)? + "\n"))?;
            } else {
                emit(&print::report_text(&report, &m, today))?;
            }
            Ok(if report.ready() {
                EXIT_READY
            } else {
                EXIT_BLOCKED
            })
        }
        Command::Render {
            matter,
            output,
            format,
            court,
            today,
            draft,
            force,
        } => {
            // The matter file is protected first, whatever its name says.
            export::refuse_input(&output, &matter)?;
            let format = export::output_format(format, &output, crate::export::Format::Pdf)?;
            let to_stdout = export::is_stdout(&output);
            export::check_output(&output, &matter, format.is_binary(), force)?;
            let registry = registry(cli.forms.as_ref())?;
            let (m, pack) = load(&registry, &matter, court.as_deref())?;
            export::refuse_attachment(&output, &m, &matter)?;
            let now = jiff::Zoned::now();
            let today = today.unwrap_or_else(|| now.date());
            let report = check(&m, pack, today);
            if !report.ready() && !draft {
                eprint!("{}", export::blocked_message(&report, &output));
                return Ok(EXIT_BLOCKED);
            }
            let (bytes, rendered) =
                crate::render::render_certificate(&m, &registry, pack, today, draft, &now, format)?;
            // Said once the draft exists, not before a failure.
            if !report.ready() {
                eprint!("{}", export::draft_reasons(&report));
            }
            // Only the PDF draws with goodfaith's font; Word and text leave
            // the characters to the reader's fonts.
            if format == crate::export::Format::Pdf && !rendered.missing_glyphs.is_empty() {
                let chars: String = rendered.missing_glyphs.iter().collect();
                let chars = printable(&chars);
                if !draft {
                    eprintln!(
                        "goodfaith: not rendering {}: the certificate font cannot draw these characters, which would be blank in the PDF: {chars}\nFix the spelling, or pass --draft to render a copy stamped DRAFT.",
                        printable(&output.display().to_string())
                    );
                    return Ok(EXIT_BLOCKED);
                }
                eprintln!(
                    "goodfaith: warning: the certificate font cannot draw these characters, which are blank in this DRAFT: {chars}"
                );
            }
            let pages = rendered.pages.len();
            let stamped = if draft { ", stamped DRAFT" } else { "" };
            let summary = match format {
                crate::export::Format::Pdf => format!(
                    "{} page{}, {}{stamped}",
                    pages,
                    if pages == 1 { "" } else { "s" },
                    export::kb(bytes.len())
                ),
                other => format!("{}, {}{stamped}", other.name(), export::kb(bytes.len())),
            };
            let what = if to_stdout && format == crate::export::Format::Txt {
                "certificate text"
            } else {
                format.name()
            };
            export::write_output(&output, &bytes, what, &summary)?;
            Ok(EXIT_READY)
        }
        Command::Exhibit {
            matter,
            output,
            court,
            today,
            draft,
            force,
        } => export::exhibit(
            cli.forms.as_ref(),
            &matter,
            &output,
            court.as_deref(),
            today,
            draft,
            force,
        ),
        Command::Letter {
            matter,
            output,
            format,
            quoted_requests,
            force,
        } => export::letter(
            cli.forms.as_ref(),
            &matter,
            &output,
            format,
            quoted_requests,
            force,
        ),
        Command::Deadlines {
            matter,
            ics,
            court,
            today,
            force,
        } => export::deadlines(
            cli.forms.as_ref(),
            &matter,
            ics.as_deref(),
            court.as_deref(),
            today,
            force,
        ),
        Command::Courts { json, markdown } => {
            let registry = registry(cli.forms.as_ref())?;
            if markdown {
                emit(&coverage::courts_markdown(&registry))?;
            } else if json {
                emit(&(print::courts_json(&registry)? + "\n"))?;
            } else {
                emit(&print::courts_text(&registry))?;
            }
            Ok(EXIT_READY)
        }
        Command::Rules {
            court,
            unverified_months,
            today,
            json,
        } => {
            let registry = registry(cli.forms.as_ref())?;
            let today = today.unwrap_or_else(|| jiff::Zoned::now().date());
            let rows = print::rules_rows(&registry, court.as_deref(), unverified_months, today)?;
            if json {
                emit(&(serde_json::to_string_pretty(&rows)? + "\n"))?;
            } else {
                emit(&print::rules_text(&rows))?;
            }
            Ok(EXIT_READY)
        }
        Command::Import(args) => import::run(args),
        Command::Schema => {
            let schema = schemars::schema_for!(crate::matter::Matter);
            emit(&(serde_json::to_string_pretty(&schema)? + "\n"))?;
            Ok(EXIT_READY)
        }
    }
}
