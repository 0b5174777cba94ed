//! The dates the record sets: the last day to file the motion, where the
//! court sets one (its pack's motion-deadline check, counted from each
//! request's response date under Fed. R. Civ. P. 6(a), or a date the court
//! set for a request itself), and every follow-up someone promised. As a
//! list for the terminal and as an iCalendar file a calendar imports.

use jiff::civil::Date;

use crate::calendar::period_end;
use crate::court::{CheckKind, CourtPack};
use crate::matter::{Matter, OwingNames};
use crate::text::{join_and, long_date};

use super::ExportError;
use super::exhibit::{chronological, motion_name};

/// What a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineKind {
    /// The last day to file the motion on some requests.
    Motion,
    /// A date someone promised to answer or act by.
    FollowUp,
}

/// One dated entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Deadline {
    pub date: Date,
    pub kind: DeadlineKind,
    /// One line: what falls due.
    pub summary: String,
    /// Where the date comes from, in words.
    pub detail: String,
    /// Its calendar events, each a UID and a summary. A UID stays the same
    /// across runs, so importing an updated file moves the event instead of
    /// adding a second one. A motion deadline has one event per request it
    /// falls on, its UID the request's id, so that a corrected response
    /// date moves that request's event rather than leaving the old day's
    /// event behind (review 349: the UID held the date and the line's
    /// position, so a re-import kept a stale "last day").
    pub events: Vec<(String, String)>,
}

/// The dates, in order, and the requests whose motion deadline cannot be
/// counted (no response date), to say so.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Deadlines {
    pub dates: Vec<Deadline>,
    pub uncounted: Vec<String>,
}

fn uid_part(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// Every deadline the record and the court set.
pub fn deadlines(m: &Matter, pack: &CourtPack, today: Date) -> Deadlines {
    let filing = m.filing_date(today);
    let case = if m.caption.case_number.trim().is_empty() {
        uid_part(&m.court)
    } else {
        uid_part(m.caption.case_number.trim())
    };
    let motion = motion_name(m);
    let rule = pack
        .checks
        .iter()
        .filter(|c| c.governs(m, filing))
        .find_map(|c| match c.kind {
            CheckKind::MotionDeadline {
                days, from_default, ..
            } => {
                let cites: Vec<String> = c
                    .rules
                    .iter()
                    .filter_map(|r| pack.rule(r))
                    .map(|r| r.citation.clone())
                    .collect();
                Some((days, from_default, cites))
            }
            _ => None,
        });
    let mut out = Deadlines::default();
    // Read only for a rule that counts from a response received.
    let owing = rule
        .as_ref()
        .filter(|(_, from_default, _)| !from_default)
        .map(|_| OwingNames::of(m));
    // Requests sharing a deadline share one entry: (date, counted from, set by court, labels).
    // (day, counted from, set by the court, [(request id, label)])
    type Group = (Date, Option<Date>, bool, Vec<(String, String)>);
    let mut groups: Vec<Group> = Vec::new();
    // The requests the motion raises: neither dropped nor resolved in
    // conferral (as the check's MOTION-DEADLINE counts them), so no day is
    // kept for a motion on a request the sides settled (review 349).
    for item in super::letter::disputed(m) {
        let (date, from, set) = if let Some(set) = item.motion_deadline {
            (set, None, true)
        } else if let Some((days, _, _)) = &rule {
            // Nothing served, under a rule that counts from a response
            // received: no period runs (as the check reads it).
            if owing
                .as_ref()
                .is_some_and(|owing| item.defaulted_in(m.motion.kind, owing))
            {
                continue;
            }
            match item.response {
                Some(r) => (period_end(r, *days), Some(r), false),
                None => {
                    out.uncounted.push(item.label.clone());
                    continue;
                }
            }
        } else {
            continue;
        };
        match groups
            .iter_mut()
            .find(|g| g.0 == date && g.1 == from && g.2 == set)
        {
            Some(g) => g.3.push((item.id.clone(), item.label.clone())),
            None => groups.push((date, from, set, vec![(item.id.clone(), item.label.clone())])),
        }
    }
    for (date, from, set, requests) in groups {
        let labels: Vec<String> = requests.iter().map(|(_, l)| l.clone()).collect();
        let line = |labels: &[String]| {
            format!(
                "Last day to file {} on {}",
                lower_generic(&motion),
                label_list(labels)
            )
        };
        let detail = match (set, from, &rule) {
            (true, _, _) => "A date the court set for this motion.".to_string(),
            (false, Some(from), Some((days, _, cites))) => format!(
                "{days} days from the response or default date, {}, {}counted under Fed. R. Civ. P. 6(a) with federal holidays only (a state holiday or a day the court was closed could extend it).",
                long_date(from),
                if cites.is_empty() {
                    String::new()
                } else {
                    format!("under {}, ", join_and(cites))
                }
            ),
            _ => String::new(),
        };
        out.dates.push(Deadline {
            date,
            kind: DeadlineKind::Motion,
            summary: line(&labels),
            detail,
            events: requests
                .iter()
                .map(|(id, label)| {
                    (
                        format!("motion-{case}-{}@goodfaith", uid_part(id)),
                        line(std::slice::from_ref(label)),
                    )
                })
                .collect(),
        });
    }
    for e in chronological(m) {
        let Some(f) = &e.follow_up else { continue };
        let who = m
            .counsel_by_id(&f.promised_by)
            .map(|c| c.name.clone())
            .or_else(|| m.party_by_id(&f.promised_by).map(|p| p.name.clone()))
            .unwrap_or_else(|| f.promised_by.clone());
        let what = if f.what.trim().is_empty() {
            "an answer".to_string()
        } else {
            f.what.trim().to_string()
        };
        let kept = match f.kept {
            Some(true) => " Recorded as kept.",
            Some(false) => " Recorded as not kept.",
            None => "",
        };
        let summary = format!("{who} promised {what}");
        out.dates.push(Deadline {
            date: f.due,
            kind: DeadlineKind::FollowUp,
            detail: format!(
                "Promised in the {} of {} (log entry {}).{kept}",
                e.method.phrase(),
                long_date(e.date),
                e.id
            ),
            events: vec![(
                format!("follow-up-{case}-{}@goodfaith", uid_part(&e.id)),
                summary.clone(),
            )],
            summary,
        });
    }
    out.dates
        .sort_by_key(|d| (d.date, d.kind == DeadlineKind::FollowUp));
    out
}

/// "the motion to compel" for an untitled motion; a title as written.
fn lower_generic(motion: &str) -> String {
    if motion.starts_with("Motion ") || motion.starts_with("Discovery motion") {
        format!("the {}", motion.to_lowercase())
    } else {
        motion.to_string()
    }
}

fn label_list(labels: &[String]) -> String {
    if labels.len() <= 4 {
        join_and(labels)
    } else {
        format!("{} and {} other requests", labels[0], labels.len() - 1)
    }
}

/// The list for the terminal: a heading, then one line per date.
pub fn to_text(d: &Deadlines, m: &Matter, pack: &CourtPack) -> String {
    let mut s = format!("Deadlines for {} ({}", motion_name(m), pack.short_name);
    if !m.caption.case_number.trim().is_empty() {
        s.push_str(&format!(", Case No. {}", m.caption.case_number.trim()));
    }
    s.push_str(")\n");
    if d.dates.is_empty() {
        s.push_str("\nNo deadline: the court sets no motion deadline for this motion, and no follow-up was promised.\n");
    }
    for x in &d.dates {
        let kind = match x.kind {
            DeadlineKind::Motion => "MOTION",
            DeadlineKind::FollowUp => "PROMISE",
        };
        s.push_str(&format!(
            "\n{}  {kind}  {}\n    {}\n",
            x.date.strftime("%a %Y-%m-%d"),
            x.summary,
            x.detail
        ));
    }
    if !d.uncounted.is_empty() {
        s.push_str(&format!(
            "\nThe motion deadline of {} cannot be counted: enter the date each response was served (or was due).\n",
            join_and(&d.uncounted)
        ));
    }
    s
}

fn naive(d: Date) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(i32::from(d.year()), d.month() as u32, d.day() as u32)
}

/// The dates as an iCalendar (RFC 5545) file: one all-day event per
/// promise, and per request's motion deadline (`Deadline::events`).
pub fn to_ics(d: &Deadlines, m: &Matter, stamp: jiff::Timestamp) -> Result<String, ExportError> {
    use icalendar::{Calendar, Component, Event, EventLike};
    let stamp = chrono::DateTime::from_timestamp(stamp.as_second(), 0)
        .ok_or_else(|| ExportError::Calendar("the clock is out of range".into()))?;
    let mut cal = Calendar::new();
    cal.name(&format!("goodfaith: {}", motion_name(m)));
    for x in &d.dates {
        let day = naive(x.date)
            .ok_or_else(|| ExportError::Calendar(format!("{} is out of range", x.date)))?;
        // An all-day event ends (exclusively) on the next day (RFC 5545, 3.6.1).
        let next = day
            .succ_opt()
            .ok_or_else(|| ExportError::Calendar(format!("{} is out of range", x.date)))?;
        for (uid, summary) in &x.events {
            cal.push(
                Event::new()
                    .uid(uid)
                    .timestamp(stamp)
                    .summary(summary)
                    .description(&x.detail)
                    .starts(day)
                    .ends(next)
                    .done(),
            );
        }
    }
    Ok(cal.done().to_string())
}
