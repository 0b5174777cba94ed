//! The commands that write something besides the certificate PDF: the
//! certificate's format choice for `render`, and `exhibit`, `letter` and
//! `deadlines`. Every file goes through `save`: never over the matter file,
//! never over anything but a regular file, always written atomically.

use std::path::Path;

use anyhow::Context;
use jiff::civil::Date;

use super::{EXIT_BLOCKED, EXIT_READY, emit, load, registry};
use crate::check::{Report, check};
use crate::court::Severity;
use crate::export::Format;
use crate::text::printable;

/// Whether `output` is `-` (standard output).
pub(super) fn is_stdout(output: &Path) -> bool {
    output.as_os_str() == "-"
}

/// The format to write: `--format` when given; text for standard output;
/// else the output's extension. A name without an extension gets `default`
/// (the PDF, as `render` always wrote); an extension goodfaith does not write
/// (".doc", ".rtf") is refused rather than filled with something else.
pub(super) fn output_format(
    explicit: Option<Format>,
    output: &Path,
    default: Format,
) -> anyhow::Result<Format> {
    if let Some(f) = explicit {
        return Ok(f);
    }
    if is_stdout(output) {
        return Ok(Format::Txt);
    }
    match (Format::from_path(output), output.extension()) {
        (Some(f), _) => Ok(f),
        (None, None) => Ok(default),
        (None, Some(ext)) => anyhow::bail!(
            "{}: goodfaith writes .pdf, .docx and .txt files, not .{}; choose one of those names, or pass --format pdf|docx|txt",
            printable(&output.display().to_string()),
            printable(&ext.to_string_lossy())
        ),
    }
}

/// Refuses an output that is the matter file under any name, before its
/// extension is even looked at (`-o m.json` must say that, not "not .json").
pub(super) fn refuse_input(output: &Path, matter: &Path) -> anyhow::Result<()> {
    if !is_stdout(output) {
        crate::save::refuse_input_as_output(output, matter)?;
    }
    Ok(())
}

/// Refuses an output that is one of the documents the log attaches, once
/// the matter is read (`save::refuse_attachment_as_output`).
pub(super) fn refuse_attachment(
    output: &Path,
    m: &crate::matter::Matter,
    matter: &Path,
) -> anyhow::Result<()> {
    if !is_stdout(output) {
        crate::save::refuse_attachment_as_output(output, m, Some(matter))?;
    }
    Ok(())
}

/// Refuses an output that would destroy the input, replace something that
/// is not a regular file, replace any file at all unless `force` (review
/// 349: `letter` replaced a letter the lawyer had edited, and `render -o`
/// another matter's file), or put binary bytes on a terminal, before any
/// work.
pub(super) fn check_output(
    output: &Path,
    matter: &Path,
    binary: bool,
    force: bool,
) -> anyhow::Result<()> {
    if is_stdout(output) {
        use std::io::IsTerminal;
        if binary && std::io::stdout().is_terminal() {
            anyhow::bail!(
                "-o -: standard output is a terminal; redirect it to a file or a pipe (or give a file name)"
            );
        }
        return Ok(());
    }
    crate::save::refuse_input_as_output(output, matter)?;
    crate::save::ensure_replaceable(output)?;
    if !force && std::fs::symlink_metadata(output).is_ok() {
        anyhow::bail!(
            "{}: already exists, and goodfaith replaces a file only when told: pass --force to replace it, or choose another name",
            printable(&output.display().to_string())
        );
    }
    Ok(())
}

/// Writes `bytes` to `output` (atomically) or to standard output, then says
/// so: on standard output for a file, on standard error when standard
/// output holds the document.
pub(super) fn write_output(
    output: &Path,
    bytes: &[u8],
    what: &str,
    summary: &str,
) -> anyhow::Result<()> {
    if is_stdout(output) {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        match out.write_all(bytes).and_then(|()| out.flush()) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
            r => r.with_context(|| format!("cannot write the {what} to standard output"))?,
        }
        eprintln!("goodfaith: wrote the {what} to standard output: {summary}");
        return Ok(());
    }
    write_file(output, bytes, what)?;
    wrote(output, summary)
}

/// Writes `bytes` to the file `output`, atomically.
fn write_file(output: &Path, bytes: &[u8], what: &str) -> anyhow::Result<()> {
    crate::save::write_atomic(output, bytes).map_err(|e| match e {
        crate::save::SaveError::Io(io) => {
            anyhow::Error::new(io).context(format!("{}: cannot write the {what}", output.display()))
        }
        refused => refused.into(),
    })
}

/// Says on standard output that `output` was written.
fn wrote(output: &Path, summary: &str) -> anyhow::Result<()> {
    emit(&format!(
        "Wrote {}: {summary}\n",
        printable(&output.display().to_string())
    ))
}

/// "30 KB", as the summaries round it.
pub(super) fn kb(n: usize) -> String {
    format!("{:.0} KB", n as f64 / 1024.0)
}

/// Warns, on standard error, of characters a PDF other than the
/// certificate prints blank (review 347: a letter went to opposing counsel
/// addressed "Dear           Wang:" without a word). Nothing when none.
pub(super) fn blank_warning(what: &str, missing: &[char]) {
    if let Some(note) = crate::export::blank_note(what, missing) {
        eprintln!("goodfaith: warning: {}", printable(&note));
    }
}

/// What a copy stamped DRAFT is a draft for, on standard error: the
/// verdict and each blocker or finding at risk, as `check` says them. A
/// colleague handed the draft, or the lawyer at the terminal, learns what is
/// missing, not only that something is (review 347: `--draft` said nothing).
pub(super) fn draft_reasons(report: &Report) -> String {
    format!(
        "goodfaith: stamped DRAFT because the record is not ready: {}\n{}",
        report.verdict(),
        finding_lines(report)
    )
}

/// The message when blockers stop an export, one line per blocker.
pub(super) fn blocked_message(report: &Report, output: &Path) -> String {
    format!(
        "goodfaith: not rendering {}: {}\n{}Fix these, or pass --draft to render a copy stamped DRAFT.\n",
        printable(&output.display().to_string()),
        report.verdict(),
        finding_lines(report)
    )
}

/// Each blocker and finding at risk, one indented line each.
fn finding_lines(report: &Report) -> String {
    report
        .findings
        .iter()
        .filter(|f| matches!(f.severity, Severity::Blocker | Severity::AtRisk))
        .map(|f| format!("  [{}] {}\n", f.code, printable(&f.message)))
        .collect()
}

/// `goodfaith exhibit`: the chronology and the attached documents, as PDF.
pub(super) fn exhibit(
    forms: Option<&std::path::PathBuf>,
    matter: &Path,
    output: &Path,
    court: Option<&str>,
    today: Option<Date>,
    draft: bool,
    force: bool,
) -> anyhow::Result<u8> {
    refuse_input(output, matter)?;
    if !is_stdout(output) && output_format(None, output, Format::Pdf)? != Format::Pdf {
        anyhow::bail!(
            "{}: the exhibit is a PDF (it carries the attached letters); name the output .pdf",
            printable(&output.display().to_string())
        );
    }
    check_output(output, matter, true, force)?;
    let registry = registry(forms)?;
    let (m, pack) = load(&registry, matter, court)?;
    refuse_attachment(output, &m, matter)?;
    let now = jiff::Zoned::now();
    let today = today.unwrap_or_else(|| now.date());
    let report = check(&m, pack, today);
    if !report.ready() && !draft {
        eprint!("{}", blocked_message(&report, output));
        return Ok(EXIT_BLOCKED);
    }
    let ex = crate::export::exhibit::render_exhibit(&m, Some(matter), pack, today, draft, &now)?;
    // Said once the draft exists (review 348: a failed exhibit first said it
    // was stamped DRAFT).
    if !report.ready() {
        eprint!("{}", draft_reasons(&report));
    }
    blank_warning("exhibit", &ex.missing_glyphs);
    let files = ex.attached.len();
    let attached: usize = ex.attached.iter().map(|a| a.2).sum();
    let summary = format!(
        "{} page{} ({} of chronology listing {} contact{}{}), {}{}",
        ex.total_pages,
        if ex.total_pages == 1 { "" } else { "s" },
        ex.pages.len(),
        m.conferrals.len(),
        if m.conferrals.len() == 1 { "" } else { "s" },
        if files == 0 {
            String::new()
        } else {
            format!(
                "; {attached} attached from {files} file{}",
                if files == 1 { "" } else { "s" }
            )
        },
        kb(ex.bytes.len()),
        if draft { ", stamped DRAFT" } else { "" }
    );
    write_output(output, &ex.bytes, "exhibit", &summary)?;
    if !ex.not_attached.is_empty() {
        eprintln!(
            "goodfaith: warning:{}",
            printable(&crate::export::exhibit::not_attached_note(&ex.not_attached))
        );
    }
    Ok(EXIT_READY)
}

/// `goodfaith letter`: the draft meet-and-confer letter, or with
/// `quoted` the requests and responses quoted for the motion.
pub(super) fn letter(
    forms: Option<&std::path::PathBuf>,
    matter: &Path,
    output: &Path,
    format: Option<Format>,
    quoted: bool,
    force: bool,
) -> anyhow::Result<u8> {
    refuse_input(output, matter)?;
    let format = output_format(format, output, Format::Pdf)?;
    check_output(output, matter, format.is_binary(), force)?;
    let registry = registry(forms)?;
    let (m, _) = load(&registry, matter, None)?;
    refuse_attachment(output, &m, matter)?;
    let blocks = if quoted {
        crate::export::letter::quoted_requests_blocks(&m)
    } else {
        crate::export::letter::letter_blocks(&m)
    };
    let what = if quoted { "quoted requests" } else { "letter" };
    let bytes = match format {
        Format::Txt => crate::export::text::to_text(&blocks, false).into_bytes(),
        Format::Docx => crate::export::docx::to_docx(
            &blocks,
            &crate::export::docx::DocxOptions {
                draft: false,
                highlight_placeholders: true,
            },
        )?,
        Format::Pdf => {
            let metrics = crate::layout::Metrics::new().ok_or(crate::render::RenderError::Fonts)?;
            let pages =
                crate::layout::layout(&blocks, &metrics, &crate::layout::LayoutOptions::default());
            blank_warning(what, &crate::render::missing_glyphs(&pages, &metrics));
            crate::pdf::write_pdf(
                &pages,
                &crate::pdf::PdfInfo {
                    title: if quoted {
                        "Requests and responses quoted".into()
                    } else {
                        "Meet-and-confer letter (draft)".into()
                    },
                    author: crate::export::letter::author(&m),
                    subject: crate::export::exhibit::motion_name(&m),
                    created: jiff::Zoned::now(),
                },
            )?
        }
    };
    let n = crate::export::letter::disputed(&m).len();
    let summary = format!(
        "{}, {} request{} in dispute, {}",
        format.name(),
        n,
        if n == 1 { "" } else { "s" },
        kb(bytes.len())
    );
    write_output(output, &bytes, what, &summary)?;
    Ok(EXIT_READY)
}

/// `goodfaith deadlines`: the list on standard output, and the calendar
/// file when asked (`--ics -`: the calendar on standard output instead).
pub(super) fn deadlines(
    forms: Option<&std::path::PathBuf>,
    matter: &Path,
    ics: Option<&Path>,
    court: Option<&str>,
    today: Option<Date>,
    force: bool,
) -> anyhow::Result<u8> {
    if let Some(ics) = ics {
        refuse_input(ics, matter)?;
        check_output(ics, matter, false, force)?;
    }
    let registry = registry(forms)?;
    let (m, pack) = load(&registry, matter, court)?;
    if let Some(ics) = ics {
        refuse_attachment(ics, &m, matter)?;
    }
    let now = jiff::Zoned::now();
    let today = today.unwrap_or_else(|| now.date());
    let d = crate::export::deadlines::deadlines(&m, pack, today);
    match ics {
        Some(ics) => {
            let cal = crate::export::deadlines::to_ics(&d, &m, now.timestamp())?;
            // Events, not lines: a line naming two requests is two events.
            let n: usize = d.dates.iter().map(|x| x.events.len()).sum();
            let summary = format!("{n} event{}", if n == 1 { "" } else { "s" });
            if is_stdout(ics) {
                write_output(ics, cal.as_bytes(), "calendar", &summary)?;
            } else {
                // The calendar first: a file that cannot be written ends in
                // exit 2 with nothing on standard output, as documented
                // (review 349 found the list printed, then exit 2).
                write_file(ics, cal.as_bytes(), "calendar")?;
                emit(&crate::export::deadlines::to_text(&d, &m, pack))?;
                wrote(ics, &summary)?;
            }
        }
        None => emit(&crate::export::deadlines::to_text(&d, &m, pack))?,
    }
    Ok(EXIT_READY)
}
