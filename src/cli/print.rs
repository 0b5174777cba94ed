//! How the CLI shows a report: grouped text for people, stable JSON for scripts.

use std::collections::HashSet;
use std::fmt::Write;

use jiff::civil::Date;
use serde::Serialize;

use crate::check::{Finding, Report, Step, Target};
use crate::court::{Authority, Registry, Rule, Severity};
use crate::matter::Matter;
use crate::text::{long_date, printable, printable_lines};

const WIDTH: usize = 96;

/// The documented `--json` shape (docs/cli.md). Fields are only ever added.
#[derive(Serialize)]
struct JsonReport<'a> {
    ready: bool,
    /// "ready", "at_risk" or "not_ready".
    verdict: crate::check::Verdict,
    /// The verdict in one sentence.
    summary: String,
    court: &'a str,
    court_name: &'a str,
    local_rule_encoded: bool,
    today: String,
    filing_date: String,
    findings: Vec<JsonFinding<'a>>,
    /// Each request: may the motion raise it now?
    items: Vec<JsonItem<'a>>,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    code: &'a str,
    severity: Severity,
    message: &'a str,
    rule: Option<JsonRule<'a>>,
    authorities: Vec<JsonAuthority<'a>>,
    target: &'a Target,
    fix: &'a str,
}

#[derive(Serialize)]
struct JsonAuthority<'a> {
    #[serde(flatten)]
    authority: &'a Authority,
    /// Decided by another court than the one the motion is filed in.
    other_court: bool,
}

#[derive(Serialize)]
struct JsonItem<'a> {
    id: &'a str,
    label: &'a str,
    state: crate::check::ItemState,
}

#[derive(Serialize)]
struct JsonRule<'a> {
    #[serde(flatten)]
    rule: &'a Rule,
    caveat: &'static str,
}

pub fn report_json(report: &Report, m: &Matter, today: Date) -> serde_json::Result<String> {
    let out = JsonReport {
        ready: report.ready(),
        verdict: report.level(),
        summary: report.verdict(),
        court: &report.court.id,
        court_name: &report.court.name,
        local_rule_encoded: report.court.local_rule_encoded,
        today: today.to_string(),
        filing_date: m.filing_date(today).to_string(),
        findings: report
            .findings
            .iter()
            .map(|f| JsonFinding {
                code: f.code,
                severity: f.severity,
                message: &f.message,
                rule: f.rule.map(|rule| JsonRule {
                    rule,
                    caveat: rule.confidence.caveat(),
                }),
                authorities: f
                    .authorities
                    .iter()
                    .map(|a| JsonAuthority {
                        authority: a,
                        other_court: a.court.as_deref() != Some(report.court.id.as_str()),
                    })
                    .collect(),
                target: &f.target,
                fix: &f.fix,
            })
            .collect(),
        items: m
            .items
            .iter()
            .filter_map(|i| {
                report.item_state(&i.id).map(|state| JsonItem {
                    id: &i.id,
                    label: &i.label,
                    state,
                })
            })
            .collect(),
    };
    serde_json::to_string_pretty(&out)
}

pub fn report_text(report: &Report, m: &Matter, today: Date) -> String {
    let mut s = String::new();
    let court = report.court;
    let _ = writeln!(
        s,
        "{} ({}): {}, to be filed {}",
        printable(&court.short_name),
        printable(&court.id),
        m.motion.kind.label(),
        long_date(m.filing_date(today))
    );
    if !court.local_rule_encoded {
        push_wrapped(&mut s, crate::court::NO_LOCAL_RULE, "", "");
    }
    let _ = writeln!(s, "{}", report.verdict());
    let states = |want: crate::check::ItemState| -> Vec<String> {
        m.items
            .iter()
            .filter(|i| report.item_state(&i.id) == Some(want))
            .map(|i| printable(&i.label).into_owned())
            .collect()
    };
    {
        use crate::check::ItemState;
        // One line per group of requests. Which the motion may raise now
        // is said only when some request is not ready to raise.
        let split =
            !states(ItemState::AtRisk).is_empty() || !states(ItemState::NotReady).is_empty();
        let mut groups: Vec<(&str, ItemState)> = Vec::new();
        if split {
            groups.extend([
                ("The motion may raise now", ItemState::Ready),
                (
                    "At risk (courts divide on how these were conferred on; the findings say why)",
                    ItemState::AtRisk,
                ),
                (
                    "Confer on these first, or drop them from the motion",
                    ItemState::NotReady,
                ),
            ]);
        }
        groups.extend([
            ("Dropped from the motion", ItemState::Dropped),
            (
                "Resolved in conferral, so not for the motion",
                ItemState::Resolved,
            ),
        ]);
        for (heading, state) in groups {
            let labels = states(state);
            if !labels.is_empty() {
                push_wrapped(
                    &mut s,
                    &format!("{heading}: {}.", crate::text::join_and(&labels)),
                    "",
                    "  ",
                );
            }
        }
    }
    let mut quoted: HashSet<&str> = HashSet::new();
    for sev in [
        Severity::Blocker,
        Severity::AtRisk,
        Severity::Warning,
        Severity::Note,
    ] {
        let group: Vec<&Finding> = report
            .findings
            .iter()
            .filter(|f| f.severity == sev)
            .collect();
        if group.is_empty() {
            continue;
        }
        let heading = match sev {
            Severity::Blocker => "BLOCKERS",
            Severity::AtRisk => "AT RISK",
            Severity::Warning => "WARNINGS",
            Severity::Note => "NOTES",
        };
        let _ = writeln!(s, "\n{heading} ({})", group.len());
        for f in group {
            let _ = writeln!(s);
            push_wrapped(
                &mut s,
                &format!("[{}] {}", f.code, printable(&f.message)),
                "  ",
                "  ",
            );
            let _ = writeln!(s, "    Where: {}", where_label(&f.target, m));
            if let Some(rule) = f.rule {
                if quoted.insert(&rule.id) {
                    let _ = writeln!(
                        s,
                        "    Rule: {} ({}; source: {}; {})",
                        printable(&rule.citation),
                        rule.confidence.caveat(),
                        printable(&rule.source),
                        rule.currency()
                    );
                    match (&rule.text, &rule.summary) {
                        (Some(text), _) => {
                            for para in text.split("\n\n") {
                                push_wrapped(
                                    &mut s,
                                    &format!("\u{201c}{}\u{201d}", printable_lines(para.trim())),
                                    "      ",
                                    "       ",
                                );
                            }
                        }
                        (None, Some(summary)) => push_wrapped(
                            &mut s,
                            &format!("Summary (not the rule's words): {}", printable(summary)),
                            "      ",
                            "      ",
                        ),
                        (None, None) => {}
                    }
                } else {
                    let _ = writeln!(s, "    Rule: {} (quoted above)", printable(&rule.citation));
                }
            }
            for a in f.authorities.iter() {
                let label = if a.court.as_deref() == Some(court.id.as_str()) {
                    "Case"
                } else {
                    "Case (another court)"
                };
                push_wrapped(
                    &mut s,
                    &format!(
                        "{label}: {} \u{2014} {}",
                        printable(&a.cite),
                        printable(&a.holding)
                    ),
                    "    ",
                    "      ",
                );
            }
            push_wrapped(
                &mut s,
                &format!("Fix: {}", printable(&f.fix)),
                "    ",
                "      ",
            );
        }
    }
    let notes: Vec<&String> = court
        .notes
        .iter()
        .filter(|n| n.as_str() != crate::court::NO_LOCAL_RULE)
        .collect();
    if !notes.is_empty() {
        let _ = writeln!(s, "\nVERIFY FOR THIS COURT");
        for n in notes {
            push_wrapped(&mut s, &format!("- {}", printable(n)), "  ", "    ");
        }
    }
    s
}

/// Where a finding points, in words: the step, then the element by what the
/// user calls it (the request's label, the contact's date and kind, the
/// person's name), never by goodfaith's internal id.
fn where_label(t: &Target, m: &Matter) -> String {
    let step = match t.step {
        Step::Court => "court and motion",
        Step::Case => "case caption",
        Step::Parties => "parties and counsel",
        Step::Items => "disputed requests",
        Step::Conferrals => "conferral log",
        Step::Certificate => "certificate",
    };
    let mut parts = vec![step.to_string()];
    if let Some(id) = t.id.as_deref() {
        parts.push(printable(&element_name(m, id)).into_owned());
    }
    if let Some(field) = t.field {
        parts.push(field.replace('_', " "));
    }
    parts.join(" \u{203a} ")
}

/// What the user calls the element with this id.
fn element_name(m: &Matter, id: &str) -> String {
    let named = |name: &str, fallback: &str| {
        if name.trim().is_empty() {
            fallback.to_string()
        } else {
            name.trim().to_string()
        }
    };
    if let Some((n, it)) = m.items.iter().enumerate().find(|(_, it)| it.id == id) {
        return named(&it.label, &format!("request {}", n + 1));
    }
    if let Some(e) = m.conferrals.iter().find(|e| e.id == id) {
        return e.describe();
    }
    if let Some((n, c)) = m.counsel.iter().enumerate().find(|(_, c)| c.id == id) {
        return named(&c.name, &format!("counsel {}", n + 1));
    }
    if let Some((n, p)) = m.parties.iter().enumerate().find(|(_, p)| p.id == id) {
        return named(&p.name, &format!("party {}", n + 1));
    }
    // A certificate paragraph that is not a contact's: named by its section.
    match id.split('-').next() {
        Some("intro") => "the opening paragraph".into(),
        Some("status") => "the paragraph on where the dispute stands".into(),
        _ => id.to_string(),
    }
}

fn push_wrapped(s: &mut String, text: &str, first: &str, rest: &str) {
    let opts = textwrap::Options::new(WIDTH)
        .initial_indent(first)
        .subsequent_indent(rest);
    for line in textwrap::wrap(text, opts) {
        s.push_str(&line);
        s.push('\n');
    }
}

#[derive(Serialize)]
struct JsonCourt<'a> {
    id: &'a str,
    name: &'a str,
    short_name: &'a str,
    local_rule_encoded: bool,
    certificate: &'a str,
    rules: Vec<&'a str>,
}

pub fn courts_json(registry: &Registry) -> serde_json::Result<String> {
    let courts: Vec<JsonCourt> = registry
        .courts()
        .map(|p| JsonCourt {
            id: &p.id,
            name: &p.name,
            short_name: &p.short_name,
            local_rule_encoded: p.local_rule_encoded,
            certificate: &p.certificate,
            rules: p.rules.iter().map(|r| r.citation.as_str()).collect(),
        })
        .collect();
    serde_json::to_string_pretty(&courts)
}

pub fn courts_text(registry: &Registry) -> String {
    let mut s = String::new();
    for p in registry.courts() {
        let local = if p.local_rule_encoded {
            "local rule encoded"
        } else {
            "Federal Rules only"
        };
        let _ = writeln!(
            s,
            "{:<10} {:<18} {} ({local})",
            printable(&p.id),
            printable(&p.short_name),
            printable(&p.name)
        );
    }
    s
}

/// One rule as `goodfaith rules` lists it.
#[derive(Serialize)]
pub struct RuleRow {
    pub court: String,
    pub id: String,
    pub citation: String,
    pub confidence: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verified: Option<String>,
    pub currency: String,
}

/// The rules of every pack (or one court's), each once, optionally only those
/// not verified within `months` months of `today`.
pub fn rules_rows(
    registry: &Registry,
    court: Option<&str>,
    months: Option<u32>,
    today: Date,
) -> anyhow::Result<Vec<RuleRow>> {
    let cutoff = match months {
        Some(m) => Some(today.checked_sub(jiff::Span::new().months(i64::from(m)))?),
        None => None,
    };
    let packs: Vec<&crate::court::CourtPack> = match court {
        Some(id) => vec![
            registry
                .get(id)
                .ok_or_else(|| anyhow::anyhow!("unknown court \"{}\"", printable(id)))?,
        ],
        None => registry.packs().iter().collect(),
    };
    let mut seen = HashSet::new();
    let mut rows = Vec::new();
    for pack in packs {
        for r in &pack.rules {
            // A rule inherited from a parent is listed once, under the pack that defines it.
            if court.is_none() && !seen.insert(r.id.clone()) {
                continue;
            }
            if let Some(c) = cutoff
                && r.verified.is_some_and(|v| v >= c)
            {
                continue;
            }
            rows.push(RuleRow {
                court: pack.id.clone(),
                id: r.id.clone(),
                citation: r.citation.clone(),
                confidence: r.confidence.caveat(),
                effective: r.effective.map(|d| d.to_string()),
                until: r.until.map(|d| d.to_string()),
                verified: r.verified.map(|d| d.to_string()),
                currency: r.currency(),
            });
        }
    }
    Ok(rows)
}

pub fn rules_text(rows: &[RuleRow]) -> String {
    let mut s = String::new();
    for r in rows {
        let _ = writeln!(s, "{:<12} {:<24} {}", r.court, r.id, printable(&r.citation));
        push_wrapped(
            &mut s,
            &format!("{}; {}", r.confidence, r.currency),
            "    ",
            "    ",
        );
    }
    let _ = writeln!(
        s,
        "{} rule{}",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    );
    s
}
