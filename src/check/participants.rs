//! Check kinds about who took part: particular counsel, every party, staff.

use super::Emit;
use super::facts::Facts;
use super::finding::{Step, Target};
use crate::court::Severity;
use crate::court::normalize_county;
use crate::matter::{CounselRole, Method, Side};
use crate::text::long_date;

fn role_name(r: CounselRole) -> &'static str {
    match r {
        CounselRole::Lead => "lead counsel",
        CounselRole::Local => "local counsel",
        CounselRole::Other => "counsel",
    }
}

/// Every counsel of the given roles, on both sides, took part in a live conference.
pub(super) fn counsel_roles(f: &Facts, roles: &[CounselRole], out: &mut Emit) {
    if !f.events.iter().any(|e| e.counted && e.two_way) {
        return; // the live-conferral check already says there was none
    }
    // The rule names lead counsel, so a record that marks no one as lead
    // cannot show it was kept: a file that leaves `role` out (it is
    // optional, and "other" when absent) is otherwise judged as if the
    // court had no such rule (a nineteenth review: Konami v. Harmonix,
    // E.D. Tex. 2009, recorded without roles, read Ready though the order
    // turned on who conferred).
    if roles.contains(&CounselRole::Lead) {
        let mut sides: Vec<Side> = Vec::new();
        for c in &f.matter.counsel {
            let Some(side) = f.side_of(&c.id) else {
                continue;
            };
            if side == Side::Nonparty || sides.contains(&side) {
                continue;
            }
            sides.push(side);
            let lead_named =
                f.matter.counsel.iter().any(|other| {
                    other.role == CounselRole::Lead && f.side_of(&other.id) == Some(side)
                });
            if !lead_named {
                out.push(
                    Target::element(Step::Parties, &c.id, None),
                    format!(
                        "No counsel for {} is marked as lead counsel (the attorney in charge on the docket). This court requires the lead counsel of both sides to take part in the conference personally, so the record must say who that is.",
                        side.label()
                    ),
                    format!(
                        "Mark {}'s lead counsel (role: lead), and log the conference with lead counsel taking part.",
                        side.label()
                    ),
                );
            }
        }
    }
    for c in f.matter.counsel.iter().filter(|c| roles.contains(&c.role)) {
        let took_part = f.events.iter().any(|e| {
            e.counted
                && e.two_way
                && e.method() != Method::Deposition
                && e.ev.participants.contains(&c.id)
        });
        if took_part {
            continue;
        }
        let side = f.side_of(&c.id).map(Side::label).unwrap_or("a party");
        out.push(
            Target::element(Step::Parties, &c.id, None),
            format!(
                "{} ({} for {side}) took part in no conference with the other side (a deposition, or a conference before the judge, does not count). The conference must include the {} of both sides; unavailability is no excuse.",
                c.name,
                role_name(c.role),
                roles.iter().map(|r| role_name(*r)).collect::<Vec<_>>().join(" and ")
            ),
            format!("Hold the conference with {} taking part, and log it.", c.name),
        );
    }
}

/// Every other party was conferred with, through its counsel or itself.
/// Who can speak for a party: the party itself and every counsel who
/// represents it.
fn speakers_for<'m>(f: &Facts<'m>, party: &'m str) -> Vec<&'m str> {
    std::iter::once(party)
        .chain(
            f.matter
                .counsel
                .iter()
                .filter(|c| c.represents.iter().any(|r| r == party))
                .map(|c| c.id.as_str()),
        )
        .collect()
}

/// Whether a text names a subpoena. Case-insensitive without allocating:
/// this runs on every keystroke.
pub(super) fn names_subpoena(s: &str) -> bool {
    s.as_bytes()
        .windows(8)
        .any(|w| w.eq_ignore_ascii_case(b"subpoena"))
}

/// A motion to compel with a non-party on the other side (a subpoenaed
/// person): Rule 37(a)(1) asks the movant to confer with "the person or
/// party failing to make disclosure or discovery", and Clifton (S.D. Ga.
/// 2017) would have dismissed a motion to compel a subpoenaed non-party
/// whose movant had talked, at most, with a party's counsel. One finding per
/// non-party that took no part, itself or through its counsel or their
/// staff, in a counted contact about the motion's requests, when the motion
/// (its title or a request it keeps) names a subpoena.
pub(super) fn nonparty_conferred(f: &Facts, out: &mut Emit) {
    if f.contacts().next().is_none() {
        return; // nothing logged at all: NO-CONFERRAL says so once
    }
    // Discovery from a non-party comes by subpoena (Rule 45): only a motion
    // that says so, in its title or a request it keeps, seeks it. A
    // non-party listed as merely affected (an insurer) is not reported.
    // A non-party first (nearly every matter has none), then a subpoena.
    if !f.matter.parties.iter().any(|p| p.side == Side::Nonparty)
        || (!names_subpoena(&f.matter.motion.title)
            && !f.kept_items().any(|(item, _)| names_subpoena(&item.label)))
    {
        return;
    }
    for p in f
        .matter
        .parties
        .iter()
        .filter(|p| p.side == Side::Nonparty && f.movant != Side::Nonparty)
    {
        let speakers = speakers_for(f, &p.id);
        let reached = f.events.iter().any(|e| {
            e.counted
                && e.about_motion
                && !e.before_judge
                && (e
                    .ev
                    .participants
                    .iter()
                    .any(|x| speakers.contains(&x.as_str()))
                    || e.ev
                        .staff
                        .iter()
                        .any(|s| speakers.contains(&s.works_for.as_str())))
        });
        if reached {
            continue;
        }
        out.push(
            Target::element(Step::Parties, &p.id, None),
            format!(
                "{} is listed as a non-party, and took part in no contact about the motion's requests. Where a motion to compel seeks discovery from a non-party (a subpoena), the rule asks the movant to confer with the person failing to make discovery: the non-party itself or its counsel, not only the parties.",
                p.name
            ),
            format!(
                "Confer with {} (or its counsel) about the subpoena before filing, and log it. If the motion seeks nothing from {}, remove it from the parties.",
                p.name, p.name
            ),
        );
    }
}

pub(super) fn each_party_conferred(f: &Facts, live: bool, out: &mut Emit) {
    if f.contacts().next().is_none() {
        return; // nothing logged at all: NO-CONFERRAL says so once
    }
    for p in f
        .matter
        .parties
        .iter()
        .filter(|p| p.side != f.movant && p.side != Side::Nonparty)
    {
        let speakers = speakers_for(f, &p.id);
        if f.events.iter().any(|e| conferred_with(e, &speakers, live)) {
            continue;
        }
        let how = if live {
            "in a live conference"
        } else {
            "at all"
        };
        out.push(
            Target::element(Step::Parties, &p.id, None),
            format!("{} {} was not conferred with {how}. The movant must confer with an attorney for each party affected by the motion.", p.side.label(), p.name),
            format!("Confer with counsel for {} (or {} itself if unrepresented) before filing, and log it.", p.name, p.name),
        );
    }
}

/// A counted contact in which one of `speakers` (a party and its counsel,
/// `speakers_for`) took part (with `live`, a two-way one). Appearing before
/// the judge is not being conferred with.
fn conferred_with(e: &super::facts::EventFacts, speakers: &[&str], live: bool) -> bool {
    e.counted
        && !e.before_judge
        && (if live { e.two_way } else { e.opponent_in })
        && e.ev
            .participants
            .iter()
            .any(|x| speakers.contains(&x.as_str()))
}

/// Each party on another side (a subpoenaed non-party too) that a kept
/// request is recorded as disputed with (`disputed_with`) was conferred
/// with on that request: a counted entry
/// listing it reached the party or its counsel (with `live`, in a two-way
/// exchange). One finding per party, naming the requests. A conference with
/// a co-defendant's counsel is no conference with the defendant whose
/// answers the motion seeks (Fed. R. Civ. P. 37(a)(1): "with the person or
/// party failing to make disclosure or discovery"). Requests with nothing
/// recorded are left to the other checks: the log cannot tell whom they
/// concern.
pub(super) fn each_disputed_party_conferred(f: &Facts, live: bool, out: &mut Emit) {
    if f.contacts().next().is_none() {
        return; // nothing logged at all: NO-CONFERRAL says so once
    }
    unrecorded_party_unreached(f, live, out);
    // Nearly every file records none: one scan before anything is gathered.
    if !f.matter.items.iter().any(|i| !i.disputed_with.is_empty()) {
        return;
    }
    for p in f.matter.parties.iter().filter(|p| p.side != f.movant) {
        let speakers = speakers_for(f, &p.id);
        let missing: Vec<&crate::matter::DisputedItem> = f
            .kept_items()
            .map(|(item, _)| item)
            .filter(|item| item.disputed_with.contains(&p.id))
            .filter(|item| {
                !f.events.iter().any(|e| {
                    e.ev.items.iter().any(|d| d.item == item.id)
                        && conferred_with(e, &speakers, live)
                })
            })
            .collect();
        let Some(first) = missing.first() else {
            continue;
        };
        let labels: Vec<&str> = missing.iter().map(|i| i.label.as_str()).collect();
        let how = if live { "in a live conference " } else { "" };
        out.push(
            Target::element(Step::Items, &first.id, Some("disputed_with")),
            format!(
                "{} {} was not conferred with {how}on {}, which the motion disputes with it: no entry that lists {} reaches {} or its counsel.",
                p.side.label(),
                p.name,
                crate::text::join_and(&labels),
                if labels.len() == 1 { "it" } else { "them" },
                p.name
            ),
            format!(
                "Confer with counsel for {} (or {} itself if unrepresented) on {} before filing, and log it; if a request is not disputed with {}, correct its \"Disputed with\".",
                p.name,
                p.name,
                crate::text::join_and(&labels),
                p.name
            ),
        );
        out.also(&missing[1..]);
    }
}

/// A represented party on the other side that took part in no contact,
/// while requests the motion raises record no "Disputed with": read as the
/// matter format defines it, each such request is disputed with the whole
/// other side, and Rule 37(a)(1) asks for conferring "with the person or
/// party failing to make disclosure or discovery". But a lawyer often leaves
/// the box empty where the dispute is with one defendant only, and the log
/// cannot tell which: at risk, never Ready, until the record says whom the
/// requests concern (review 350: two defendants with counsel of their own,
/// one never contacted, read Ready). A pro se party is PRO-SE-EXCLUDED's; a
/// non-party is NONPARTY-NOT-CONFERRED's.
fn unrecorded_party_unreached(f: &Facts, live: bool, out: &mut Emit) {
    // Most records have one party on the other side: asked first, as this
    // runs on every keystroke.
    let others = f
        .matter
        .parties
        .iter()
        .filter(|p| p.side != f.movant && p.side != Side::Nonparty);
    if others.clone().nth(1).is_none() {
        return;
    }
    let mut open: Option<Vec<&crate::matter::DisputedItem>> = None;
    // A party with counsel of its own: one the record names no counsel for
    // (nor as pro se) has no one recorded to confer with, and may be no
    // party to the dispute at all (Cascade Yarns, W.D. Wash. 2012: the
    // co-defendant whose requests were not in issue).
    for p in others.filter(|p| !p.pro_se) {
        let speakers = speakers_for(f, &p.id);
        if speakers.len() < 2 {
            continue;
        }
        if f.events.iter().any(|e| conferred_with(e, &speakers, live)) {
            continue;
        }
        let open = open.get_or_insert_with(|| {
            f.kept_items()
                .map(|(item, _)| item)
                .filter(|item| item.disputed_with.is_empty())
                .collect()
        });
        let Some(first) = open.first() else {
            return;
        };
        let labels: Vec<&str> = open.iter().map(|i| i.label.as_str()).collect();
        out.push_at(
            Severity::AtRisk,
            Target::element(Step::Items, &first.id, Some("disputed_with")),
            format!(
                "{} {} took part in no contact, and {} {} not say whom {} disputed with, so {} read as disputed with every party on the other side. If the motion concerns {}'s discovery on {}, it was not conferred with, and the duty to confer runs to each party the motion concerns.",
                p.side.label(),
                p.name,
                crate::text::join_and(&labels),
                if labels.len() == 1 { "does" } else { "do" },
                if labels.len() == 1 { "it is" } else { "they are" },
                if labels.len() == 1 { "it is" } else { "they are" },
                p.name,
                if labels.len() == 1 { "it" } else { "them" },
            ),
            format!(
                "Record whom each request is disputed with (\u{201c}Disputed with\u{201d}). If any is disputed with {}, confer with its counsel before filing and log it.",
                p.name
            ),
        );
        out.also(&open[1..]);
    }
}

/// Contacts where one side took part only through staff are not counsel
/// conferring; say so, since the log might otherwise look complete.
pub(super) fn staff_only(f: &Facts, out: &mut Emit) {
    for e in f
        .events
        .iter()
        .filter(|e| e.counted && !e.ev.staff.is_empty() && !e.two_way && e.ev.method.is_live())
    {
        let names: Vec<String> = e.ev.staff.iter().map(|s| s.name.clone()).collect();
        out.push(
            Target::element(Step::Conferrals, &e.ev.id, Some("participants")),
            format!(
                "The {} of {} went through staff ({}) rather than counsel on both sides. Contacts between staff are not counsel conferring.",
                e.ev.method.phrase(),
                long_date(e.ev.date),
                crate::text::join_and(&names)
            ),
            "Have counsel speak directly with counsel, and log that conversation.".into(),
        );
    }
}

/// When counsel for both sides have offices in the same county (of the
/// district, when the pack lists its counties), the conference must be in
/// person.
pub(super) fn in_person_same_county(f: &Facts, counties: &[String], out: &mut Emit) {
    if !f.events.iter().any(|e| e.counted && e.two_way) {
        return; // no conference at all: the live-conferral check says so
    }
    let county = |side_is_movant: bool| -> Vec<String> {
        f.matter
            .counsel
            .iter()
            .filter(|c| (f.side_of(&c.id) == Some(f.movant)) == side_is_movant)
            .map(|c| normalize_county(&c.county))
            .collect()
    };
    let (mine, theirs) = (county(true), county(false));
    if mine.iter().chain(&theirs).any(String::is_empty) {
        out.push_at(
            Severity::Note,
            Target::step(Step::Parties),
            "Record the county of each counsel's office: when counsel are in the same county, the conference must be in person.".into(),
            "Enter the county for every counsel in Parties & counsel.".into(),
        );
        return;
    }
    let in_district = |c: &String| counties.is_empty() || counties.contains(c);
    let Some(shared) = mine.iter().find(|c| theirs.contains(c) && in_district(c)) else {
        return;
    };
    if f.events
        .iter()
        .any(|e| e.counted && e.two_way && e.ev.method == Method::InPerson)
    {
        return;
    }
    out.push(
        Target::step(Step::Conferrals),
        format!(
            "Counsel for both sides have offices in {} County, so the conference must take place in person (at moving counsel's office unless the parties agree otherwise); none of the logged conferences was in person.",
            title_case(shared)
        ),
        "Meet opposing counsel in person, or record the parties' agreement to meet elsewhere or another way.".into(),
    );
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}
