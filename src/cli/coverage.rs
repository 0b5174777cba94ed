//! The coverage page, docs/courts.md, generated from the packs so that it can
//! never drift from them (tests/courts_doc.rs compares the two): per
//! district, what is encoded, every check with its severity and parameters,
//! each rule's confidence and currency, and what to verify.

use std::fmt::Write;

use crate::court::{CheckKind, CourtPack, Registry};

/// The parameters of a check as a reader of the page wants them.
fn params(kind: &CheckKind, pack: &CourtPack) -> String {
    let ids =
        |ms: &[crate::matter::Method]| ms.iter().map(|m| m.id()).collect::<Vec<_>>().join(", ");
    match kind {
        CheckKind::LiveConferral {
            counts,
            min_minutes,
            attempts,
            divided:
                crate::court::DividedRecords {
                    written_exchange,
                    deposition,
                    attempted,
                    refused,
                },
        } => {
            let mut s = format!("counts {}", ids(counts));
            if *min_minutes > 0 {
                let _ = write!(s, "; at least {min_minutes} min.");
            }
            if let Some(a) = attempts {
                let _ = write!(
                    s,
                    "; attempts {} on {} days by {} methods{}",
                    a.min_attempts,
                    a.min_days,
                    a.min_methods,
                    if a.call {
                        ", one a call"
                    } else if a.call_in_dispute {
                        ", one a call unless nothing was served (else at risk)"
                    } else {
                        ""
                    }
                );
                if let Some(n) = a.default_asks {
                    let _ = write!(
                        s,
                        "; in a complete default, each request asked for {n} times"
                    );
                }
            }
            if let Some(w) = written_exchange {
                let _ = write!(s, "; written exchange {}", w.label());
            }
            if let Some(d) = deposition {
                let _ = write!(s, "; discussion at a deposition {}", d.label());
            }
            if let Some(a) = attempted {
                let _ = write!(s, "; attempts in place of a conference {}", a.label());
            }
            if let Some(r) = refused {
                let _ = write!(s, "; a refusal in place of a conference {}", r.label());
            }
            s
        }
        CheckKind::LastMinute {
            days,
            earlier_contact_ok,
        } => format!(
            "{days} day(s){}",
            if *earlier_contact_ok {
                "; not after an earlier approach"
            } else {
                ""
            }
        ),
        CheckKind::Stale { days } | CheckKind::LetterThenConference { days } => {
            format!("{days} days")
        }
        CheckKind::MotionDeadline {
            days,
            warn_days,
            late,
            from_default,
        } => format!(
            "{days} days (warn {warn_days}); late: {late:?}{}",
            if *from_default {
                ""
            } else {
                "; not from a default"
            }
        )
        .to_lowercase(),
        CheckKind::RushedAttempt {
            first_contact_days,
            min_response_days,
        } => format!(
            "first contact at least {first_contact_days} days before filing; at least {min_response_days} business days to answer before the motion"
        ),
        CheckKind::FollowUpChased { unchased } => unchased
            .map(|u| format!("unchased: {}", u.label()))
            .unwrap_or_default(),
        CheckKind::ProSeIncluded { written_ok } if *written_ok => "letters may suffice".into(),
        CheckKind::EachPartyConferred {
            live,
            disputed_only,
        } if *live || *disputed_only => [
            disputed_only.then_some("the parties a request is recorded as disputed with, on it (with none recorded, at risk when a co-party with counsel took part in no contact)"),
            live.then_some("by a live conference"),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("; "),
        CheckKind::CounselRoles { roles } => roles
            .iter()
            .map(|r| format!("{r:?}").to_lowercase())
            .collect::<Vec<_>>()
            .join(", "),
        CheckKind::InPersonSameCounty { counties } if !counties.is_empty() => counties.join(", "),
        CheckKind::CertificateFields {
            fields,
            attempts,
            attempt_times,
        } => format!(
            "{}{}",
            fields.join(", "),
            if *attempt_times {
                "; of attempted conferences too"
            } else if *attempts {
                "; of attempts too"
            } else {
                ""
            }
        ),
        CheckKind::Particularity {
            names_under,
            reasons_under,
            ..
        } if !names_under.is_empty() || !reasons_under.is_empty() => {
            let cites = |ids: &[String]| -> String {
                ids.iter()
                    .map(|id| pack.rule(id).map_or(id.as_str(), |r| r.citation.as_str()))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let mut asks = Vec::new();
            if !names_under.is_empty() {
                asks.push(format!(
                    "names of those who conferred ({})",
                    cites(names_under)
                ));
            }
            if !reasons_under.is_empty() {
                asks.push(format!(
                    "why agreement could not be reached ({})",
                    cites(reasons_under)
                ));
            }
            asks.join("; ")
        }
        CheckKind::RuleCited(r) => format!("expected {}", r.expected),
        CheckKind::DocumentForm { form, .. } => form.clone(),
        CheckKind::CourtConference { what, held } => {
            if *held {
                format!("{what}, held or the request denied before filing")
            } else {
                what.clone()
            }
        }
        _ => String::new(),
    }
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn pack_section(s: &mut String, p: &CourtPack) {
    let _ = writeln!(
        s,
        "\n## {} — {} (`{}`)\n",
        cell(&p.short_name),
        cell(&p.name),
        p.id
    );
    if let Some(parent) = &p.extends {
        let _ = writeln!(
            s,
            "Extends `{parent}`. Certificate template: `{}`.\n",
            p.certificate
        );
    }
    let _ = writeln!(
        s,
        "| Rule | Confidence | Version and verification |\n|---|---|---|"
    );
    for r in &p.rules {
        let _ = writeln!(
            s,
            "| {} | {} | {} |",
            cell(&r.citation),
            r.confidence.caveat(),
            cell(&r.currency())
        );
    }
    let _ = writeln!(
        s,
        "\n| Check | Kind | Severity | Parameters | Applies |\n|---|---|---|---|---|"
    );
    for c in &p.checks {
        let mut applies = Vec::new();
        if !c.motions.is_empty() {
            applies.push(
                c.motions
                    .iter()
                    .map(|m| m.id())
                    .collect::<Vec<_>>()
                    .join(", "),
            );
        }
        if !c.judges.is_empty() {
            let initials = if c.judge_initials.is_empty() {
                String::new()
            } else {
                format!(" ({})", c.judge_initials.join(", "))
            };
            applies.push(format!("before Judge {}{initials}", c.judges.join(" or ")));
        }
        if let Some(f) = c.from {
            applies.push(format!("filed from {f}"));
        }
        if let Some(u) = c.until {
            applies.push(format!("filed until {u}"));
        }
        let _ = writeln!(
            s,
            "| `{}` | {} | {} | {} | {} |",
            c.code,
            kind_name(&c.kind),
            c.severity.label(),
            cell(&params(&c.kind, p)),
            if applies.is_empty() {
                "all".to_string()
            } else {
                applies.join("; ")
            }
        );
    }
    if !p.notes.is_empty() {
        let _ = writeln!(s, "\nVerify:\n");
        for n in &p.notes {
            let _ = writeln!(s, "- {}", n.replace('\n', " "));
        }
    }
}

fn kind_name(k: &CheckKind) -> String {
    let debug = format!("{k:?}");
    let head = debug
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    // CamelCase to snake_case, as packs write it.
    let mut out = String::new();
    for (i, ch) in head.chars().enumerate() {
        if ch.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.extend(ch.to_lowercase());
    }
    out
}

/// The whole page.
pub fn courts_markdown(registry: &Registry) -> String {
    let mut s = String::from(
        "# Court coverage\n\nGenerated by `goodfaith courts --markdown` from `forms/`; do not edit by hand \
         (`tests/courts_doc.rs` fails when it is stale). Rule text is shipped only where a kept source \
         passage shows it verbatim; everything else says \"verify against the court's current rules\".\n\n",
    );
    let courts: Vec<&CourtPack> = registry.courts().collect();
    let own = courts.iter().filter(|p| p.local_rule_encoded).count();
    let _ = writeln!(
        s,
        "{} districts; {own} with a pack of their own, {} checked against the Federal Rules baseline only.\n",
        courts.len(),
        courts.len() - own
    );
    let _ = writeln!(
        s,
        "| District | Id | Circuit | Encoded |\n|---|---|---|---|"
    );
    for p in &courts {
        let _ = writeln!(
            s,
            "| {} | `{}` | {} | {} |",
            cell(&p.short_name),
            p.id,
            p.circuit,
            if p.local_rule_encoded {
                "own pack"
            } else {
                "Federal Rules only"
            }
        );
    }
    if let Some(base) = registry.packs().iter().find(|p| p.id == "federal") {
        let _ = writeln!(
            s,
            "\nEvery district without a pack of its own applies the Federal Rules baseline below, under its own name."
        );
        pack_section(&mut s, base);
    }
    for p in courts.iter().filter(|p| p.local_rule_encoded) {
        pack_section(&mut s, p);
    }
    s
}
