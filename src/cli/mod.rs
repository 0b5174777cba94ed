//! The headless command line: `goodfaith check`, `courts`, `schema`. Errors
//! are handled once, here at the edge: bad input exits 2 with a message that
//! names the file, line and field.

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
    /// Exit status: 0 when nothing blocks filing, 1 when something does, 2 when the input is invalid.
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
    /// Render the certificate to a flat PDF for filing.
    ///
    /// Refuses, listing the blockers, when the checker finds any, unless --draft.
    /// Exit status: 0 written, 1 blocked, 2 invalid input.
    Render {
        /// The matter file (JSON).
        matter: PathBuf,
        /// Where to write the PDF; `-` writes it to standard output.
        #[arg(short, long, value_name = "PDF")]
        output: PathBuf,
        /// Use this court pack instead of the matter's own `court`.
        #[arg(long, value_name = "ID")]
        court: Option<String>,
        /// Render as of this date (YYYY-MM-DD) instead of today.
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        today: Option<Date>,
        /// Render even if the checker finds blockers, stamping DRAFT on every page.
        #[arg(long)]
        draft: bool,
    },
    /// List the court packs.
    Courts {
        #[arg(long)]
        json: bool,
    },
    /// Print the JSON Schema of the matter file format.
    Schema,
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
            eprintln!(
                "goodfaith: {}",
                crate::text::printable_lines(&format!("{e:#}"))
            );
            ExitCode::from(EXIT_INVALID)
        }
    }
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
        crate::app::run(None, cli.started)?;
        return Ok(EXIT_READY);
    };
    match command {
        Command::App { matter } => {
            crate::app::run(matter, cli.started)?;
            Ok(EXIT_READY)
        }
        Command::Check {
            matter,
            court,
            today,
            json,
        } => {
            let registry = registry(cli.forms.as_ref())?;
            let (m, pack) = load(&registry, &matter, court.as_deref())?;
            let today = today.unwrap_or_else(|| jiff::Zoned::now().date());
            let report = check(&m, pack, today);
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
            court,
            today,
            draft,
        } => {
            let to_stdout = output.as_os_str() == "-";
            if to_stdout {
                use std::io::IsTerminal;
                if std::io::stdout().is_terminal() {
                    anyhow::bail!(
                        "-o -: standard output is a terminal; redirect it to a file or a pipe (or give a file name)"
                    );
                }
            } else {
                crate::save::refuse_input_as_output(&output, &matter)?;
                crate::save::ensure_replaceable(&output)?;
            }
            let registry = registry(cli.forms.as_ref())?;
            let (m, pack) = load(&registry, &matter, court.as_deref())?;
            let now = jiff::Zoned::now();
            let today = today.unwrap_or_else(|| now.date());
            let report = check(&m, pack, today);
            if !report.ready() && !draft {
                let mut msg = format!(
                    "goodfaith: not rendering {}: {}\n",
                    printable(&output.display().to_string()),
                    report.verdict()
                );
                for f in report.findings.iter().filter(|f| {
                    matches!(
                        f.severity,
                        crate::court::Severity::Blocker | crate::court::Severity::AtRisk
                    )
                }) {
                    msg.push_str(&format!("  [{}] {}\n", f.code, printable(&f.message)));
                }
                msg.push_str("Fix these, or pass --draft to render a copy stamped DRAFT.\n");
                eprint!("{msg}");
                return Ok(EXIT_BLOCKED);
            }
            let (bytes, rendered) =
                crate::render::render_pdf(&m, &registry, pack, today, draft, &now)?;
            if !rendered.missing_glyphs.is_empty() {
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
            let summary = format!(
                "{} page{}, {:.0} KB{}",
                pages,
                if pages == 1 { "" } else { "s" },
                bytes.len() as f64 / 1024.0,
                if draft { ", stamped DRAFT" } else { "" }
            );
            if to_stdout {
                // The PDF is the output; the summary goes to standard error.
                use std::io::Write;
                let mut out = std::io::stdout().lock();
                out.write_all(&bytes)
                    .and_then(|()| out.flush())
                    .context("cannot write the PDF to standard output")?;
                eprintln!("goodfaith: wrote the PDF to standard output: {summary}");
            } else {
                crate::save::write_atomic(&output, &bytes).map_err(|e| match e {
                    crate::save::SaveError::Io(io) => anyhow::Error::new(io)
                        .context(format!("{}: cannot write the PDF", output.display())),
                    refused => refused.into(),
                })?;
                emit(&format!(
                    "Wrote {}: {summary}\n",
                    printable(&output.display().to_string())
                ))?;
            }
            Ok(EXIT_READY)
        }
        Command::Courts { json } => {
            let registry = registry(cli.forms.as_ref())?;
            if json {
                emit(&(print::courts_json(&registry)? + "\n"))?;
            } else {
                emit(&print::courts_text(&registry))?;
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
