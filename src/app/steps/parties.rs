//! Step 3: the parties (pro se parties with how they can be reached) and
//! every counsel of record.

use egui::Ui;

use super::next_id;
use crate::app::widgets::{self, FormCx, inline_findings};
use crate::check::{Step, Target};
use crate::matter::{Contact, Counsel, CounselRole, Matter, Party, Side, Unavailability};

const SIDES: [(Side, &str); 4] = [
    (Side::Plaintiff, "Plaintiff"),
    (Side::Defendant, "Defendant"),
    (Side::OtherParty, "Other party"),
    (Side::Nonparty, "Non-party"),
];
const ROLES: [(CounselRole, &str); 3] = [
    (CounselRole::Lead, "Lead counsel"),
    (CounselRole::Local, "Local counsel"),
    (CounselRole::Other, "Other counsel"),
];

pub fn ui(ui: &mut Ui, m: &mut Matter, cx: &mut FormCx) {
    ui.heading("Parties & counsel");
    ui.label(egui::RichText::new("Parties").strong());
    let mut remove_party = None;
    for i in 0..m.parties.len() {
        let id = m.parties[i].id.clone();
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.push_id(&id, |ui| {
                let p = &mut m.parties[i];
                widgets::text(
                    ui,
                    cx,
                    &format!("Party {} name", i + 1),
                    &mut p.name,
                    Some(Target::element(Step::Parties, &id, Some("name"))),
                );
                widgets::element_findings(ui, cx.findings, Step::Parties, &id);
                if p.name_et_al().1 {
                    ui.label(
                        egui::RichText::new(
                            "Read as several parties: the caption prints this name once with \
                             \u{201c}et al.\u{201d} over the plural, and the certificate says \
                             \u{201c}et al.\u{201d} after it. To name each one, add each as a party.",
                        )
                        .small(),
                    );
                }
                widgets::choice(ui, cx, "Side", &format!("side-{id}"), &mut p.side, &SIDES);
                if widgets::checkbox(
                    ui,
                    ("pro_se", &id),
                    &mut p.pro_se,
                    "Not represented (pro se)",
                )
                .changed()
                {
                    cx.changed = true;
                }
                if p.pro_se {
                    widgets::text(ui, cx, "Telephone", &mut p.contact.phone, None);
                    if widgets::checkbox(
                        ui,
                        ("no_telephone", &id),
                        &mut p.contact.no_telephone,
                        "Has no telephone (letters are the only way to reach them)",
                    )
                    .changed()
                    {
                        cx.changed = true;
                    }
                    inline_findings(
                        ui,
                        cx.findings,
                        Step::Parties,
                        Some(&id),
                        Some("no_telephone"),
                    );
                    widgets::text(ui, cx, "Email", &mut p.contact.email, None);
                    widgets::multiline(ui, cx, "Mailing address", &mut p.contact.mail, 2, None);
                }
                if ui
                    .button(if p.name.is_empty() {
                        format!("Remove party {}", i + 1)
                    } else {
                        format!("Remove party {}", p.name)
                    })
                    .clicked()
                {
                    remove_party = Some(i);
                }
            });
        });
    }
    // A pro se party has no counsel: keep the file consistent when one is
    // marked pro se (the loader refuses a file that says both).
    let pro_se: Vec<String> = m
        .parties
        .iter()
        .filter(|p| p.pro_se)
        .map(|p| p.id.clone())
        .collect();
    for c in &mut m.counsel {
        c.represents.retain(|x| !pro_se.contains(x));
    }
    if ui.button("Add party").clicked() {
        let id = next_id(
            "p",
            m.parties
                .iter()
                .map(|p| p.id.as_str())
                .chain(m.counsel.iter().map(|c| c.id.as_str())),
        );
        let side = if m.parties.iter().any(|p| p.side == m.motion.movant) {
            other_side(m.motion.movant)
        } else {
            m.motion.movant
        };
        // The cursor goes to the new party's name, ready for typing
        // (newcomer review 345: the focus was lost, and typing went nowhere).
        *cx.jump = Some(Target::element(Step::Parties, &id, None));
        m.parties.push(Party {
            id,
            name: String::new(),
            side,
            pro_se: false,
            contact: Contact::default(),
        });
        cx.changed = true;
    }
    if let Some(i) = remove_party {
        let id = m.parties.remove(i).id;
        for c in &mut m.counsel {
            c.represents.retain(|p| *p != id);
        }
        forget_person(m, &id);
        cx.changed = true;
    }

    ui.add_space(8.0);
    ui.label(egui::RichText::new("Counsel of record").strong());
    let mut remove_counsel = None;
    let parties: Vec<(String, String)> = m
        .parties
        .iter()
        .filter(|p| !p.pro_se)
        .map(|p| (p.id.clone(), label_of(p)))
        .collect();
    for i in 0..m.counsel.len() {
        let id = m.counsel[i].id.clone();
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.push_id(&id, |ui| {
                let c = &mut m.counsel[i];
                widgets::text(
                    ui,
                    cx,
                    &format!("Counsel {} name", i + 1),
                    &mut c.name,
                    Some(Target::element(Step::Parties, &id, Some("name"))),
                );
                widgets::element_findings(ui, cx.findings, Step::Parties, &id);
                widgets::choice(ui, cx, "Role", &format!("role-{id}"), &mut c.role, &ROLES);
                ui.label("Represents");
                for (pid, plabel) in &parties {
                    let mut on = c.represents.contains(pid);
                    if widgets::checkbox(ui, ("represents", &id, pid), &mut on, plabel).changed() {
                        if on {
                            c.represents.push(pid.clone());
                        } else {
                            c.represents.retain(|x| x != pid);
                        }
                        cx.changed = true;
                    }
                }
                widgets::text(
                    ui,
                    cx,
                    "Bar number",
                    &mut c.bar_number,
                    Some(Target::element(Step::Parties, &id, Some("bar_number"))),
                );
                widgets::text(
                    ui,
                    cx,
                    "Firm",
                    &mut c.firm,
                    Some(Target::element(Step::Parties, &id, Some("firm"))),
                );
                widgets::multiline(
                    ui,
                    cx,
                    "Office address",
                    &mut c.address,
                    2,
                    Some(Target::element(Step::Parties, &id, Some("address"))),
                );
                widgets::text(
                    ui,
                    cx,
                    "County of the office",
                    &mut c.county,
                    Some(Target::element(Step::Parties, &id, Some("county"))),
                );
                widgets::text(
                    ui,
                    cx,
                    "Telephone",
                    &mut c.phone,
                    Some(Target::element(Step::Parties, &id, Some("phone"))),
                );
                widgets::text(
                    ui,
                    cx,
                    "Email",
                    &mut c.email,
                    Some(Target::element(Step::Parties, &id, Some("email"))),
                );
                inline_findings(
                    ui,
                    cx.findings,
                    Step::Parties,
                    Some(&id),
                    Some("endorsement"),
                );
                if ui
                    .button(if c.name.is_empty() {
                        format!("Remove counsel {}", i + 1)
                    } else {
                        format!("Remove counsel {}", c.name)
                    })
                    .clicked()
                {
                    remove_counsel = Some(i);
                }
            });
        });
    }
    if ui.button("Add counsel").clicked() {
        let id = next_id(
            "c",
            m.counsel
                .iter()
                .map(|c| c.id.as_str())
                .chain(m.parties.iter().map(|p| p.id.as_str())),
        );
        *cx.jump = Some(Target::element(Step::Parties, &id, None));
        m.counsel
            .push(Counsel::new(id, "", vec![], CounselRole::Lead));
        cx.changed = true;
    }
    if let Some(i) = remove_counsel {
        let id = m.counsel.remove(i).id;
        forget_person(m, &id);
        m.certificate.endorsements.retain(|e| e.counsel != id);
        cx.changed = true;
    }
    unavailable_ui(ui, m, cx);
}

/// Periods the movant knew opposing counsel (or a party) to be away: courts
/// fault pressing for an answer, or filing, while the other side was away.
fn unavailable_ui(ui: &mut Ui, m: &mut Matter, cx: &mut FormCx) {
    ui.add_space(8.0);
    ui.label(egui::RichText::new("Opposing counsel away").strong());
    ui.label(
        egui::RichText::new("Trial, leave or illness you were told of: when, and who was away.")
            .small(),
    );
    inline_findings(ui, cx.findings, Step::Parties, None, Some("unavailable"));
    let people = super::log::people(m);
    let mut remove = None;
    for (n, u) in m.unavailable.iter_mut().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.push_id(("away", n), |ui| {
                let who = format!("Who was away ({})", n + 1);
                if super::log::person_choice(
                    ui,
                    &who,
                    &format!("away-person-{n}"),
                    &mut u.person,
                    "(choose)",
                    &people,
                ) {
                    cx.changed = true;
                }
                let mut from = Some(u.from);
                widgets::date(
                    ui,
                    cx,
                    "Away from",
                    &mut from,
                    &format!("away-from-{n}"),
                    None,
                );
                if let Some(d) = from {
                    u.from = d;
                }
                let mut to = Some(u.to);
                widgets::date(ui, cx, "Away until", &mut to, &format!("away-to-{n}"), None);
                if let Some(d) = to {
                    u.to = d;
                }
                widgets::text(ui, cx, "What you were told", &mut u.note, None);
                if ui.button(format!("Remove absence {}", n + 1)).clicked() {
                    remove = Some(n);
                }
            });
        });
    }
    if let Some(n) = remove {
        m.unavailable.remove(n);
        cx.changed = true;
    }
    if ui.button("Add an absence").clicked() {
        let other = m
            .counsel
            .iter()
            .find(|c| m.side_of(&c.id).is_some_and(|s| s != m.motion.movant))
            .map(|c| c.id.clone())
            .unwrap_or_default();
        m.unavailable.push(Unavailability {
            person: other,
            from: cx.today,
            to: cx.today,
            note: String::new(),
        });
        cx.changed = true;
    }
}

fn other_side(s: Side) -> Side {
    s.opposing().unwrap_or(Side::Plaintiff)
}

fn label_of(p: &Party) -> String {
    if p.name.trim().is_empty() {
        format!("{} (name not entered yet)", p.side.label())
    } else {
        format!("{} {}", p.side.label(), p.name)
    }
}

/// Removes every reference to a person who is no longer in the matter, so
/// the saved file stays valid.
fn forget_person(m: &mut Matter, id: &str) {
    m.unavailable.retain(|u| u.person != id);
    for it in &mut m.items {
        it.disputed_with.retain(|p| p != id);
    }
    for e in &mut m.conferrals {
        e.participants.retain(|p| p != id);
        if e.initiated_by == id {
            e.initiated_by.clear();
        }
        e.staff.retain(|s| s.works_for != id);
        if e.follow_up.as_ref().is_some_and(|f| f.promised_by == id) {
            e.follow_up = None;
        }
    }
}
