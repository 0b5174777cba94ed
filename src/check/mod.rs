//! The checker: a pure function from (matter, court pack, today) to findings.
//! No I/O, no clock, no UI; the app calls it on every edit.

mod attempts;
mod certificate;
mod conferral;
mod deadline;
mod duration;
mod facts;
mod finding;
mod glyphs;
mod good_faith;
mod impasse;
mod no_response;
mod participants;
mod service;
mod shorthand;
mod statement;
mod subject;
mod timing;
mod unnamed;
mod unreached;

pub use finding::{Finding, ItemState, Report, Step, Target, Verdict};

use jiff::civil::Date;

use crate::court::{Authority, Check, CheckKind, CourtPack, Rule, Severity, Topic};
use crate::matter::Matter;
use facts::Facts;

/// [`check`], and the warnings about notes the certificate would print in
/// shorthand or in the other side's first person (`NOTE-AS-WRITTEN`): what
/// the app and `goodfaith check` report.
///
/// Apart from `check` because it reads every word of every note: on the
/// 200-event benchmark record that is more than the rest of the check (see
/// `benches/check.rs`), still far under a keystroke, but not something the
/// checker's own budget should carry. The warnings never change the
/// verdict or a request's state: they are about wording, not about the law.
pub fn check_with_notes<'p>(matter: &Matter, pack: &'p CourtPack, today: Date) -> Report<'p> {
    let mut report = check(matter, pack, today);
    let notes = shorthand::notes(matter);
    if !notes.is_empty() {
        report.findings.extend(notes);
        // Most severe first, as `check` leaves them (a stable sort).
        report.findings.sort_by_key(|f| f.severity);
    }
    report
}

/// Checks `matter` against `pack` as of `today`.
pub fn check<'p>(matter: &Matter, pack: &'p CourtPack, today: Date) -> Report<'p> {
    // What this court accepts as a live conference (methods, minimum length),
    // from its live-conferral check: the per-request check uses the same test.
    let filing = matter.filing_date(today);
    let applies = |c: &Check| c.governs(matter, filing);
    let live_check = pack
        .checks
        .iter()
        .filter(|c| applies(c))
        .find_map(|c| match &c.kind {
            CheckKind::LiveConferral {
                counts,
                min_minutes,
                attempts,
                divided,
            } => Some((
                c,
                counts.as_slice(),
                *min_minutes,
                attempts.as_ref(),
                *divided,
            )),
            _ => None,
        });
    let min_response_days = pack
        .checks
        .iter()
        .filter(|c| applies(c))
        .find_map(|c| match c.kind {
            CheckKind::RushedAttempt {
                min_response_days, ..
            } => Some(min_response_days),
            _ => None,
        })
        .unwrap_or(0);
    let fair_days = if min_response_days > 0 {
        min_response_days
    } else {
        attempts::FAIR_DAYS
    };
    let mut facts = Facts::new(matter, today, live_check.map(|l| (l.1, l.2)), fair_days);
    facts.excuse = attempts::excuse(&facts, live_check.and_then(|l| l.3), min_response_days);
    if let Some((c, _, _, _, d)) = live_check {
        // `max`: the milder of the two (a blocker sorts first).
        facts.written_exchange = d.written_exchange.unwrap_or(c.severity).max(c.severity);
        facts.deposition = d.deposition.unwrap_or(c.severity).max(c.severity);
        facts.attempted = d.attempted.unwrap_or(Severity::Note).max(c.severity);
        facts.refused = d.refused.unwrap_or(Severity::Note).max(c.severity);
    }
    // Most findings are one per request: room for them up front, rather
    // than growing (and copying) the list as the checks run.
    let mut findings = Vec::with_capacity(matter.items.len() + 8);
    for c in &pack.checks {
        if !applies(c) {
            continue;
        }
        let mut out = Emit {
            pack,
            filing,
            check: c,
            matter,
            findings: &mut findings,
            cites: None,
            on_topic: Vec::new(),
        };
        match &c.kind {
            CheckKind::ConferralRequired => conferral::required(&facts, &mut out),
            CheckKind::LiveConferral {
                counts,
                min_minutes,
                ..
            } => conferral::live(&facts, counts, *min_minutes, &mut out),
            CheckKind::SingleLetter => conferral::single_letter(&facts, &mut out),
            CheckKind::BeforeFiling => conferral::before_filing(&facts, &mut out),
            CheckKind::LastMinute {
                days,
                earlier_contact_ok,
            } => conferral::last_minute(&facts, *days, *earlier_contact_ok, &mut out),
            CheckKind::ItemsConferred => conferral::items_conferred(&facts, &mut out),
            CheckKind::PositionsExchanged {
                their_position,
                in_detail,
                bare,
            } => {
                conferral::positions_exchanged(&facts, *their_position, *in_detail, *bare, &mut out)
            }
            CheckKind::FollowUpChased { unchased } => {
                conferral::follow_up_chased(&facts, *unchased, &mut out)
            }
            CheckKind::ProSeIncluded { written_ok } => {
                conferral::pro_se_included(&facts, *written_ok, &mut out)
            }
            CheckKind::CertificatePresent => certificate::present(&facts, &mut out),
            CheckKind::Particularity {
                conclusory,
                names_under,
                reasons_under,
            } => {
                certificate::particularity(&facts, conclusory, names_under, reasons_under, &mut out)
            }
            CheckKind::RuleCited(rule) => certificate::rule_cited(&facts, rule, &mut out),
            CheckKind::AllCounselEndorse => certificate::all_counsel_endorse(&facts, &mut out),
            CheckKind::MotionDeadline {
                days,
                warn_days,
                late,
                from_default,
            } => {
                deadline::motion_deadline(&facts, *days, *warn_days, *late, *from_default, &mut out)
            }
            CheckKind::CounselRoles { roles } => {
                participants::counsel_roles(&facts, roles, &mut out)
            }
            CheckKind::EachPartyConferred {
                live,
                disputed_only: false,
            } => participants::each_party_conferred(&facts, *live, &mut out),
            CheckKind::EachPartyConferred {
                live,
                disputed_only: true,
            } => participants::each_disputed_party_conferred(&facts, *live, &mut out),
            CheckKind::NonpartyConferred => participants::nonparty_conferred(&facts, &mut out),
            CheckKind::LetterThenConference { days } => {
                timing::letter_then_conference(&facts, *days, &mut out)
            }
            CheckKind::InPersonSameCounty { counties } => {
                participants::in_person_same_county(&facts, counties, &mut out)
            }
            CheckKind::CertificateFields {
                fields,
                attempts,
                attempt_times,
            } => {
                certificate::certificate_fields(&facts, fields, *attempts, *attempt_times, &mut out)
            }
            CheckKind::StaffOnly => participants::staff_only(&facts, &mut out),
            CheckKind::Stale { days } => timing::stale(&facts, *days, &mut out),
            CheckKind::DocumentForm { form, note } => {
                certificate::document_form(form, note, &mut out)
            }
            CheckKind::RushedAttempt {
                first_contact_days,
                min_response_days,
            } => good_faith::rushed(&facts, *first_contact_days, *min_response_days, &mut out),
            CheckKind::OffersAnswered => good_faith::offers_answered(&facts, &mut out),
            CheckKind::Unavailability => good_faith::unavailability(&facts, &mut out),
            CheckKind::ConferAfterService => service::confer_after_service(&facts, &mut out),
            CheckKind::CallParticulars => certificate::call_particulars(&facts, &mut out),
            CheckKind::CourtConference { what, held } => {
                good_faith::court_conference(&facts, what, *held, &mut out)
            }
            CheckKind::OneConference {
                min_items,
                min_days,
            } => good_faith::one_conference(&facts, *min_items, *min_days, &mut out),
        }
    }
    // Not law but a fact about the PDF: a character the font lacks prints blank.
    findings.extend(glyphs::undrawable(matter));
    // Nor is a conversation whose record says two things about what it took up.
    findings.extend(subject::contradicted(matter));
    // Nor is a call that reached no one, recorded with an agreement on it.
    findings.extend(unreached::contradicted(matter));
    // Nor is a request recorded as never answered that quotes its answer.
    findings.extend(no_response::contradicted(matter));
    // Nor is a call's length no day could hold, which the certificate states.
    findings.extend(duration::implausible(matter));
    // Nor is a counsel or party with no name, who would print as a blank.
    findings.extend(unnamed::unnamed(matter));
    findings.extend(unnamed::case_number_missing(matter));
    // Stable: most severe first, pack order within a severity.
    findings.sort_by_key(|f| f.severity);
    let items = item_states(&facts, &findings);
    Report {
        court: pack,
        findings,
        items,
    }
}

/// Each request's readiness: the worst finding about that request (findings
/// about a request carry its id in their target).
fn item_states(
    facts: &Facts,
    findings: &[Finding],
) -> Vec<(compact_str::CompactString, ItemState)> {
    // One pass over the findings: the worst severity per element id.
    let mut worst: rustc_hash::FxHashMap<&str, Severity> = rustc_hash::FxHashMap::default();
    worst.reserve(findings.len()); // sized once, not grown by rehashing
    for f in findings {
        for id in f.target.id.iter().chain(&f.also) {
            let w = worst.entry(id.as_str()).or_insert(f.severity);
            *w = (*w).min(f.severity);
        }
    }
    facts
        .matter
        .items
        .iter()
        .zip(&facts.items)
        .map(|(item, f)| {
            let state = if f.dropped {
                ItemState::Dropped
            } else if f.settled().is_some() {
                ItemState::Resolved
            } else {
                match worst.get(item.id.as_str()) {
                    Some(Severity::Blocker) => ItemState::NotReady,
                    Some(Severity::AtRisk) => ItemState::AtRisk,
                    _ => ItemState::Ready,
                }
            };
            (compact_str::CompactString::new(&item.id), state)
        })
        .collect()
}

/// Builds findings for one check, resolving its rule and authorities.
pub(crate) struct Emit<'a, 'p> {
    pack: &'p CourtPack,
    filing: jiff::civil::Date,
    check: &'p Check,
    matter: &'a Matter,
    findings: &'a mut Vec<Finding<'p>>,
    /// The rule and authorities this check cites, resolved at its first
    /// finding and shared by the rest (a long record can give a check one
    /// finding per request).
    cites: Option<(Option<&'p Rule>, Vec<&'p Authority>)>,
    /// The authorities named for each set of topics met so far (a set as a
    /// bit mask): one finding per request shares its selection, so the
    /// grouping costs a scan per set, not per finding.
    on_topic: Vec<(u16, std::sync::Arc<[&'p Authority]>)>,
}

impl<'p> Emit<'_, 'p> {
    /// A finding at the check's own severity.
    fn push(&mut self, target: Target, message: String, fix: String) {
        let severity = self.check.severity;
        self.push_at(severity, target, message, fix);
    }

    /// A message joined from `parts`, with room for the check's note that
    /// `push_on` appends: one allocation where joining and then appending
    /// took two (a long record gives some checks one finding per request,
    /// on every keystroke).
    fn message(&self, parts: &[&str]) -> String {
        let note = self.check.note.as_ref().map_or(0, |n| 1 + n.len());
        let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum::<usize>() + note);
        parts.iter().for_each(|p| out.push_str(p));
        out
    }

    /// A finding at a given severity (never more severe than the pack says).
    fn push_at(&mut self, severity: Severity, target: Target, message: String, fix: String) {
        self.push_on(&[Topic::General], severity, target, message, fix);
    }

    /// A finding about `topics`: it names the check's authorities on them
    /// (see `court::Topic`), the court's own first.
    fn push_on(
        &mut self,
        topics: &[Topic],
        severity: Severity,
        target: Target,
        mut message: String,
        fix: String,
    ) {
        let severity = severity.max(self.check.severity);
        if let Some(note) = &self.check.note {
            message.reserve_exact(1 + note.len()); // one reallocation, not two
            message.push(' ');
            message.push_str(note);
        }
        if self.cites.is_none() {
            self.cites = Some(self.resolve_cites());
        }
        let (rule, all) = self
            .cites
            .as_ref()
            .map_or((None, &[][..]), |(r, a)| (*r, &a[..]));
        let key = Topic::mask(topics);
        let authorities = match self.on_topic.iter().find(|(k, _)| *k == key) {
            Some((_, chosen)) => chosen.clone(),
            None => {
                let chosen: std::sync::Arc<[&Authority]> =
                    crate::court::topic_select(all, |a| &a.id, &self.check.on, topics).into();
                self.on_topic.push((key, chosen.clone()));
                chosen
            }
        };
        self.findings.push(Finding {
            code: &self.check.code,
            severity,
            message,
            rule,
            authorities,
            target,
            also: Vec::new(),
            fix,
        });
    }

    /// Marks the finding just pushed as also about `items`, beside its
    /// target: each request counts it in where it stands.
    fn also(&mut self, items: &[&crate::matter::DisputedItem]) {
        if let Some(last) = self.findings.last_mut() {
            last.also = items
                .iter()
                .map(|i| compact_str::CompactString::new(&i.id))
                .collect();
        }
    }

    /// A note beside what the check tests (a request the sides resolved):
    /// it names the check's rule, but neither the court's sentence nor the
    /// cases, which speak to conferring, not to this.
    fn note_aside(&mut self, target: Target, message: String, fix: String) {
        if self.cites.is_none() {
            self.cites = Some(self.resolve_cites());
        }
        let rule = self.cites.as_ref().and_then(|(r, _)| *r);
        self.findings.push(Finding {
            code: &self.check.code,
            severity: Severity::Note.max(self.check.severity),
            message,
            rule,
            authorities: std::sync::Arc::new([]),
            target,
            also: Vec::new(),
            fix,
        });
    }

    /// The rule in force for this motion on the filing date (else any in
    /// force, else the first listed) and the authorities, the court's own first.
    fn resolve_cites(&self) -> (Option<&'p Rule>, Vec<&'p Authority>) {
        let kind = self.matter.motion.kind;
        let filing = self.filing;
        let rule = self
            .check
            .rules
            .iter()
            .filter_map(|id| self.pack.rule(id))
            .find(|r| r.applies_to(kind) && r.in_force(filing))
            .or_else(|| {
                self.check
                    .rules
                    .iter()
                    .filter_map(|id| self.pack.rule(id))
                    .find(|r| r.in_force(filing))
            })
            .or_else(|| self.check.rules.first().and_then(|id| self.pack.rule(id)));
        // The court's own cases first, then other districts' (labelled as such
        // where they are shown).
        let mut authorities: Vec<&Authority> = self
            .check
            .authorities
            .iter()
            .filter_map(|id| self.pack.authority(id))
            .collect();
        authorities.sort_by_key(|a| a.court.as_deref() != Some(self.pack.id.as_str()));
        (rule, authorities)
    }

    /// The id of the rule this check cites for the motion (see
    /// `resolve_cites`).
    fn rule_id(&mut self) -> Option<&'p str> {
        if self.cites.is_none() {
            self.cites = Some(self.resolve_cites());
        }
        self.cites
            .as_ref()
            .and_then(|(r, _)| *r)
            .map(|r| r.id.as_str())
    }

    /// The severity the pack gives this check.
    fn severity(&self) -> Severity {
        self.check.severity
    }

    /// Whose rule a message speaks of, as the subject of "requires": the
    /// court's own, or, where no local rule is encoded, the Federal Rules
    /// (never a local rule goodfaith does not have).
    fn rule_requires(&self) -> String {
        if self.pack.local_rule_encoded {
            format!("{} requires", self.pack.short_name)
        } else {
            "The Federal Rules require".to_string()
        }
    }

    /// "D. Kan.'s rule" or "the Federal Rules".
    fn rule_of(&self) -> String {
        if self.pack.local_rule_encoded {
            format!("{}'s rule", self.pack.short_name)
        } else {
            "the Federal Rules".to_string()
        }
    }
}
