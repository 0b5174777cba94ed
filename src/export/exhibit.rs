//! The chronology exhibit: a table of every contact and attempt in the
//! conferral log, in the order they happened, under the caption and a title
//! naming the motion, laid out by the certificate's engine; then the
//! documents the entries attach (the letters and emails as PDF), each page
//! carrying the exhibit's running page number.
//!
//! Orders fault movants who describe their letters without putting them
//! before the court; this puts the record and the correspondence in one
//! document in the order a judge reads them.

use std::path::Path;

use jiff::civil::Date;

use super::ExportError;
use super::attach::{self, Attachment};
use crate::certificate::{caption, person_desc};
use crate::court::CourtPack;
use crate::layout::{Align, Block, LayoutOptions, Metrics, Page, Para, Style, TableBlock, layout};
use crate::matter::{ConferralEvent, Matter};
use crate::pdf::{PdfInfo, write_pdf};
use crate::text::{capitalize, clock, long_date};

/// What the footer of every page of the exhibit says before its number.
pub const PAGE_LABEL: &str = "Exhibit page";

/// The motion as a title names it: its own title, else "Motion to compel".
pub fn motion_name(m: &Matter) -> String {
    let t = m.motion.title.trim();
    if t.is_empty() {
        capitalize(m.motion.kind.label())
    } else {
        t.to_string()
    }
}

/// The log in the order the contacts happened (entries without a time
/// first on their day, as the certificate orders them).
pub fn chronological(m: &Matter) -> Vec<&ConferralEvent> {
    let mut events: Vec<&ConferralEvent> = m.conferrals.iter().collect();
    events.sort_by_key(|e| (e.date, e.time));
    events
}

/// A page range, "p. 3" or "pp. 3\u{2013}5".
fn pages_phrase(first: usize, count: usize) -> String {
    if count <= 1 {
        format!("p. {first}")
    } else {
        format!("pp. {first}\u{2013}{}", first + count - 1)
    }
}

/// Where each entry's attachments sit in the exhibit: (entry id, page
/// range) for the cells, given the chronology's own page count.
/// Each attached file's entry and page range; then each file the log
/// lists that is not a PDF, by entry and name, with no range.
fn attachment_pages(
    attachments: &[Attachment],
    not_pdf: &[NotAttached],
    table_pages: usize,
) -> Vec<(String, Result<String, String>)> {
    let mut next = table_pages + 1;
    let mut out: Vec<(String, Result<String, String>)> = attachments
        .iter()
        .map(|a| {
            let r = (a.entry.clone(), Ok(pages_phrase(next, a.pages)));
            next += a.pages;
            r
        })
        .collect();
    out.extend(
        not_pdf
            .iter()
            .map(|n| (n.entry.clone(), Err(file_name(&n.file)))),
    );
    out
}

/// The name of a file as written in the matter, without its folders.
fn file_name(file: &str) -> String {
    Path::new(file)
        .file_name()
        .map_or(file.to_string(), |f| f.to_string_lossy().into_owned())
}

/// What the exhibit named but could not bind in, for the status line or
/// standard error ("" when every file was attached).
pub fn not_attached_note(files: &[NotAttached]) -> String {
    if files.is_empty() {
        return String::new();
    }
    let named: Vec<String> = files
        .iter()
        .map(|n| format!("{} (entry {})", n.file, n.entry))
        .collect();
    format!(
        " Not attached, not being PDFs (the chronology names them): {}. Save a PDF copy of each and list that on the entry to attach it.",
        named.join(", ")
    )
}

/// A file an entry lists that is not a PDF (a Word letter, a spreadsheet,
/// a forwarded message): it cannot be bound into the exhibit, so the
/// chronology names it as not attached instead of the whole exhibit
/// failing (review 347: a .docx an email carried stopped every exhibit).
#[derive(Debug, Clone)]
pub struct NotAttached {
    /// The log entry's id.
    pub entry: String,
    /// The path as the matter writes it.
    pub file: String,
}

fn row(
    m: &Matter,
    n: usize,
    e: &ConferralEvent,
    filing: Date,
    attached: &[(String, Result<String, String>)],
) -> Vec<String> {
    let mut date = long_date(e.date);
    if e.date > filing {
        date.push_str("\n(after the filing date)");
    }
    let time = match (e.time, e.duration_minutes) {
        (Some(t), Some(d)) => format!("{}\n{d} min.", clock(t)),
        (Some(t), None) => clock(t),
        (None, Some(d)) => format!("{d} min."),
        (None, None) => "\u{2014}".into(),
    };
    let mut method = capitalize(e.method.phrase());
    if e.leave_conference() {
        method.push_str("\nConference; leave to file given");
    }
    if !e.place.trim().is_empty() {
        method.push_str(&format!("\n{}", e.place.trim()));
    }
    if !e.initiated_by.is_empty() {
        let who = m
            .counsel_by_id(&e.initiated_by)
            .map(|c| c.name.clone())
            .or_else(|| m.party_by_id(&e.initiated_by).map(|p| p.name.clone()))
            .unwrap_or_else(|| e.initiated_by.clone());
        method.push_str(&format!("\nBy {who}"));
    }
    let ranges: Vec<&str> = attached
        .iter()
        .filter(|(id, _)| *id == e.id)
        .filter_map(|(_, r)| r.as_deref().ok())
        .collect();
    if !ranges.is_empty() {
        method.push_str(&format!("\nAttached: {}", ranges.join(", ")));
    }
    let not_pdf: Vec<&str> = attached
        .iter()
        .filter(|(id, _)| *id == e.id)
        .filter_map(|(_, r)| r.as_ref().err().map(String::as_str))
        .collect();
    if !not_pdf.is_empty() {
        method.push_str(&format!(
            "\nNot attached (not a PDF): {}",
            not_pdf.join(", ")
        ));
    }
    let mut who: Vec<String> = e.participants.iter().map(|p| person_desc(m, p)).collect();
    who.extend(e.staff.iter().map(|s| {
        let boss = m
            .counsel_by_id(&s.works_for)
            .map_or(s.works_for.as_str(), |c| c.name.as_str());
        if s.role.trim().is_empty() {
            format!("{} (staff of {boss})", s.name)
        } else {
            format!("{} ({} for {boss})", s.name, s.role.trim())
        }
    }));
    let requests: Vec<String> = e
        .items
        .iter()
        .map(|d| {
            let label = m
                .item_by_id(&d.item)
                .map_or(d.item.as_str(), |i| i.label.as_str());
            format!("{label}: {}", d.outcome.label())
        })
        .collect();
    let promise = e
        .follow_up
        .as_ref()
        .map(|f| {
            let who = m
                .counsel_by_id(&f.promised_by)
                .map(|c| c.name.clone())
                .or_else(|| m.party_by_id(&f.promised_by).map(|p| p.name.clone()))
                .unwrap_or_else(|| f.promised_by.clone());
            let what = if f.what.trim().is_empty() {
                String::new()
            } else {
                format!(" {}", f.what.trim())
            };
            let kept = match f.kept {
                Some(true) => "\n(kept)",
                Some(false) => "\n(not kept)",
                None => "",
            };
            format!("{who} to provide{what} by {}{kept}", long_date(f.due))
        })
        .unwrap_or_default();
    vec![
        n.to_string(),
        date,
        time,
        method,
        who.join("\n"),
        requests.join("\n"),
        promise,
    ]
}

/// The exhibit's blocks: caption, title, a sentence saying what the table
/// is, and the table. `attached` gives each attached file's page range.
pub fn blocks(
    m: &Matter,
    pack: &CourtPack,
    today: Date,
    attached: &[(String, Result<String, String>)],
) -> Vec<Block> {
    let filing = m.filing_date(today);
    let centred = |text: String, style: Style, after: f32| Para {
        text,
        style,
        align: Align::Center,
        first_indent: 0.0,
        left_indent: 0.0,
        spacing: 1.0,
        space_after: after,
        space_before: 0.0,
        keep_with_next: true,
        keep_with_prev: false,
    };
    let mut intro = Para::body(
        if !attached.iter().any(|(_, r)| r.is_ok()) {
            "Every contact and attempt recorded in the conferral log, in the order in which they occurred.".to_string()
        } else {
            "Every contact and attempt recorded in the conferral log, in the order in which they occurred. The documents recording them follow this table in the same order.".to_string()
        },
        1.0,
    );
    intro.first_indent = 0.0;
    intro.space_after = 12.0;
    intro.keep_with_next = true;
    let events = chronological(m);
    let rows: Vec<Vec<String>> = events
        .iter()
        .enumerate()
        .map(|(i, e)| row(m, i + 1, e, filing, attached))
        .collect();
    let mut out = vec![
        Block::Caption(caption(m, pack)),
        Block::Para(centred("CHRONOLOGY OF CONFERRAL".into(), Style::Bold, 2.0)),
        Block::Para(centred(
            format!("Exhibit to {}", motion_name(m)),
            Style::Regular,
            12.0,
        )),
        Block::Para(intro),
    ];
    if rows.is_empty() {
        let mut none = Para::body(
            "No contact or attempt is recorded in the conferral log.",
            1.0,
        );
        none.first_indent = 0.0;
        out.push(Block::Para(none));
    } else {
        out.push(Block::Table(TableBlock {
            widths: vec![0.05, 0.12, 0.10, 0.14, 0.22, 0.21, 0.16],
            header: [
                "No.",
                "Date",
                "Time",
                "Method",
                "Who took part",
                "Requests: outcome",
                "Promise",
            ]
            .map(String::from)
            .to_vec(),
            rows,
            size: 9.0,
        }));
    }
    out
}

/// A rendered exhibit.
pub struct RenderedExhibit {
    pub bytes: Vec<u8>,
    /// The chronology's own pages, as laid out (the app previews them).
    pub pages: Vec<Page>,
    /// Pages in the whole exhibit, attachments included.
    pub total_pages: usize,
    /// Attached files, in order: (entry id, file as written, pages).
    pub attached: Vec<(String, String, usize)>,
    /// Files the log lists that are not PDFs: named in the chronology, not
    /// bound in.
    pub not_attached: Vec<NotAttached>,
    /// Characters of the chronology the font cannot draw (blank in the
    /// PDF), found with the fonts the layout already loaded.
    pub missing_glyphs: Vec<char>,
}

/// Reads every attachment of the log, in chronological order; the first
/// missing or unusable file stops the export with its entry and name. A
/// file that is not a PDF at all is set aside, to be named as not attached.
pub fn load_attachments(
    m: &Matter,
    matter_path: Option<&Path>,
) -> Result<(Vec<Attachment>, Vec<NotAttached>), ExportError> {
    let mut out = Vec::new();
    let mut not_pdf = Vec::new();
    for e in chronological(m) {
        for file in &e.attachments {
            let path = attach::resolve(matter_path, file);
            match attach::load(&e.id, file, &path) {
                Ok(a) => out.push(a),
                Err(attach::AttachError::NotPdf { entry, file }) => {
                    not_pdf.push(NotAttached { entry, file })
                }
                Err(other) => return Err(other.into()),
            }
        }
    }
    Ok((out, not_pdf))
}

/// Lays out the chronology so that its cells name the right page ranges:
/// the ranges depend on how many pages the table takes, which depends a
/// little on the ranges' text, so it settles in a pass or two.
pub fn layout_exhibit(
    m: &Matter,
    pack: &CourtPack,
    today: Date,
    attachments: &[Attachment],
    not_pdf: &[NotAttached],
    metrics: &Metrics,
    draft: bool,
) -> (Vec<Page>, usize) {
    let attached_pages: usize = attachments.iter().map(|a| a.pages).sum();
    let mut table_pages = 1;
    let mut pages = Vec::new();
    for _ in 0..4 {
        let ranges = attachment_pages(attachments, not_pdf, table_pages);
        let opts = LayoutOptions {
            draft,
            page_label: PAGE_LABEL.into(),
            page_total: Some(table_pages + attached_pages),
            ..LayoutOptions::default()
        };
        pages = layout(&blocks(m, pack, today, &ranges), metrics, &opts);
        if pages.len() == table_pages {
            break;
        }
        table_pages = pages.len();
    }
    (pages, attached_pages)
}

/// The whole exhibit as PDF bytes: the chronology, then each attachment.
pub fn render_exhibit(
    m: &Matter,
    matter_path: Option<&Path>,
    pack: &CourtPack,
    today: Date,
    draft: bool,
    created: &jiff::Zoned,
) -> Result<RenderedExhibit, ExportError> {
    let metrics = Metrics::new().ok_or(crate::render::RenderError::Fonts)?;
    let (attachments, not_attached) = load_attachments(m, matter_path)?;
    let (pages, attached_pages) =
        layout_exhibit(m, pack, today, &attachments, &not_attached, &metrics, draft);
    let total = pages.len() + attached_pages;
    let case = m.caption.case_number.trim();
    let info = PdfInfo {
        title: if case.is_empty() {
            "Chronology of conferral".into()
        } else {
            format!("Chronology of conferral \u{2014} Case No. {case}")
        },
        author: m
            .counsel
            .iter()
            .find(|c| m.side_of(&c.id) == Some(m.motion.movant))
            .map(|c| c.name.clone())
            .unwrap_or_default(),
        subject: format!("Exhibit to {}", motion_name(m)),
        created: created.clone(),
    };
    let base = write_pdf(&pages, &info).map_err(crate::render::RenderError::from)?;
    let attached: Vec<(String, String, usize)> = attachments
        .iter()
        .map(|a| (a.entry.clone(), a.file.clone(), a.pages))
        .collect();
    let bytes = if attachments.is_empty() {
        base
    } else {
        let mut labels = Vec::with_capacity(attached_pages);
        let mut n = pages.len();
        for a in &attachments {
            let name = file_name(&a.file);
            for _ in 0..a.pages {
                n += 1;
                labels.push(format!(
                    "{PAGE_LABEL} {n} of {total} - entry {}: {name}",
                    a.entry
                ));
            }
        }
        attach::append(&base, attachments, &labels)?
    };
    let missing_glyphs = crate::render::missing_glyphs(&pages, &metrics);
    Ok(RenderedExhibit {
        bytes,
        pages,
        total_pages: total,
        attached,
        not_attached,
        missing_glyphs,
    })
}
