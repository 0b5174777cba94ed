//! Step 5, the heart of the app: the conferral log. A list of contacts in date
//! order (add, edit, duplicate, delete) and an editor for the selected one:
//! when, how, who, which requests with what each side said and the outcome,
//! any follow-up promised, and a summary.

use egui::{RichText, Ui};

use super::next_id;
use crate::app::widgets::{self, FormCx, inline_findings, severity_color};
use crate::check::{Step, Target};
use crate::court::Severity;
use crate::matter::{
    ConferralEvent, FollowUp, ItemDiscussion, Matter, Method, Outcome, Reply, Side, StaffMember,
    Subject,
};
use crate::text::{clock, long_date};

const METHODS: [(Method, &str); 11] = [
    (Method::Telephone, "Telephone call"),
    (Method::Video, "Video conference"),
    (Method::InPerson, "In person"),
    (Method::Letter, "Letter"),
    (Method::Email, "Email"),
    (Method::Fax, "Fax"),
    (Method::Voicemail, "Voicemail left"),
    (Method::UnansweredCall, "Call not answered"),
    (Method::Deposition, "At a deposition"),
    (Method::Other, "Other"),
    (Method::Court, "Contact with the court"),
];

const OUTCOMES: [(Outcome, &str); 5] = [
    (Outcome::Raised, "Raised (no answer yet)"),
    (Outcome::Resolved, "Resolved"),
    (Outcome::Narrowed, "Narrowed"),
    (Outcome::Impasse, "Impasse"),
    (Outcome::FollowUp, "Follow-up promised"),
];

const SUBJECTS: [(Option<Subject>, &str); 4] = [
    (None, "Not recorded"),
    (Some(Subject::Requests), "The disputed requests"),
    (
        Some(Subject::Scheduling),
        "Only scheduling (setting or moving the conference, more time)",
    ),
    (
        Some(Subject::OtherMatter),
        "Another case or other discovery",
    ),
];

/// Row height of the list, for drawing only the visible rows of a long log.
const ROW: f32 = 22.0;

pub fn ui(ui: &mut Ui, m: &mut Matter, selected: &mut Option<String>, cx: &mut FormCx) {
    ui.heading("Conferral log");
    inline_findings(ui, cx.findings, Step::Conferrals, None, None);
    // Jumping to a finding about a contact selects it.
    if let Some(j) = cx.jump.as_ref().filter(|j| j.step == Step::Conferrals)
        && let Some(id) = &j.id
    {
        *selected = Some(id.to_string());
    }

    let mut order: Vec<usize> = (0..m.conferrals.len()).collect();
    order.sort_by_key(|&i| (m.conferrals[i].date, m.conferrals[i].time));
    // Arriving at the log shows the latest contact rather than an empty editor.
    if selected
        .as_ref()
        .is_none_or(|s| !m.conferrals.iter().any(|e| e.id == *s))
        && let Some(&last) = order.last()
    {
        *selected = Some(m.conferrals[last].id.clone());
    }

    ui.horizontal(|ui| {
        if ui.button("Add contact").clicked() {
            let id = next_id("e", m.conferrals.iter().map(|e| e.id.as_str()));
            let me = m
                .counsel
                .iter()
                .find(|c| m.side_of(&c.id) == Some(m.motion.movant))
                .map(|c| c.id.clone())
                .unwrap_or_default();
            let participants: Vec<String> = std::iter::once(me.clone())
                .filter(|s| !s.is_empty())
                .collect();
            // The day after the latest contact (a log is mostly written in
            // order), not today: in an old matter today is after the filing.
            let day = m
                .conferrals
                .iter()
                .map(|e| e.date)
                .max()
                .and_then(|d| d.tomorrow().ok())
                .unwrap_or(cx.today);
            let mut ev = ConferralEvent::new(id.clone(), day, Method::Telephone, me);
            ev.participants = participants;
            m.conferrals.push(ev);
            *selected = Some(id);
            cx.changed = true;
        }
        let sel = selected
            .as_ref()
            .and_then(|s| m.conferrals.iter().position(|e| e.id == *s));
        if ui
            .add_enabled(sel.is_some(), egui::Button::new("Duplicate"))
            .clicked()
            && let Some(i) = sel
        {
            let mut copy = m.conferrals[i].clone();
            copy.id = next_id("e", m.conferrals.iter().map(|e| e.id.as_str()));
            *selected = Some(copy.id.clone());
            m.conferrals.push(copy);
            cx.changed = true;
        }
        if ui
            .add_enabled(sel.is_some(), egui::Button::new("Delete"))
            .clicked()
            && let Some(i) = sel
        {
            let gone = m.conferrals.remove(i).id;
            m.certificate.edits.remove(&gone);
            m.certificate.edit_basis.remove(&gone);
            // A later contact may take its id.
            cx.unticked.retain(|(entry, _), _| *entry != gone);
            *selected = None;
            cx.changed = true;
        }
    });

    // The list: only visible rows are laid out, so a 200-entry log stays fast.
    let n = order.len();
    egui::ScrollArea::vertical()
        .id_salt("log-list")
        .max_height(220.0)
        .auto_shrink([false, true])
        .show_rows(ui, ROW, n, |ui, range| {
            for &i in &order[range] {
                let e = &m.conferrals[i];
                let worst = cx
                    .findings
                    .iter()
                    .filter(|f| {
                        f.target.step == Step::Conferrals && f.target.id.as_deref() == Some(&e.id)
                    })
                    .map(|f| f.severity)
                    .min();
                let mark = match worst {
                    Some(Severity::Blocker) => "\u{25a0} ",
                    Some(Severity::AtRisk) => "\u{25cf} ",
                    Some(Severity::Warning) => "\u{25b2} ",
                    _ => "",
                };
                let who: Vec<&str> = e.participants.iter().filter_map(|p| name(m, p)).collect();
                let line = format!(
                    "{mark}{}{} \u{00b7} {} \u{00b7} {} \u{00b7} {} request{}",
                    long_date(e.date),
                    e.time
                        .map(|t| format!(", {}", clock(t)))
                        .unwrap_or_default(),
                    METHODS
                        .iter()
                        .find(|(mm, _)| *mm == e.method)
                        .map_or("", |(_, s)| *s),
                    if who.is_empty() {
                        "no participants".to_string()
                    } else {
                        who.join(", ")
                    },
                    e.items.len(),
                    if e.items.len() == 1 { "" } else { "s" }
                );
                let is_selected = selected.as_deref() == Some(e.id.as_str());
                // On the selection's highlight the severity's colour is hard
                // to read (red on blue: newcomer review 345); the mark at the
                // start of the row still says it.
                let text = match worst {
                    Some(s) if !is_selected => RichText::new(line).color(severity_color(s)),
                    _ => RichText::new(line),
                };
                if ui.selectable_label(is_selected, text).clicked() {
                    *selected = Some(e.id.clone());
                }
            }
        });
    ui.separator();

    let Some(i) = selected
        .as_ref()
        .and_then(|s| m.conferrals.iter().position(|e| e.id == *s))
    else {
        ui.label(if m.conferrals.is_empty() {
            "No contacts logged yet. Add each letter, email, call and meeting, in any order."
        } else {
            "Select a contact to edit it."
        });
        return;
    };
    editor(ui, m, i, cx);
}

fn name<'m>(m: &'m Matter, id: &str) -> Option<&'m str> {
    m.counsel_by_id(id)
        .map(|c| c.name.as_str())
        .or_else(|| m.party_by_id(id).map(|p| p.name.as_str()))
        .filter(|n| !n.is_empty())
}

/// Everyone who can take part: counsel, and unrepresented parties.
pub(super) fn people(m: &Matter) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = m
        .counsel
        .iter()
        .map(|c| {
            let side = m.side_of(&c.id).map(Side::label).unwrap_or("no party yet");
            (
                c.id.clone(),
                format!(
                    "{} (counsel for {side})",
                    if c.name.is_empty() {
                        "Unnamed counsel"
                    } else {
                        &c.name
                    }
                ),
            )
        })
        .collect();
    v.extend(m.parties.iter().filter(|p| p.pro_se).map(|p| {
        (
            p.id.clone(),
            format!(
                "{} ({} pro se)",
                if p.name.is_empty() {
                    "Unnamed party"
                } else {
                    &p.name
                },
                p.side.label()
            ),
        )
    }));
    v
}

fn editor(ui: &mut Ui, m: &mut Matter, i: usize, cx: &mut FormCx) {
    let people = people(m);
    let counsel: Vec<(String, String)> = m
        .counsel
        .iter()
        .map(|c| {
            (
                c.id.clone(),
                if c.name.is_empty() {
                    "Unnamed counsel".to_string()
                } else {
                    c.name.clone()
                },
            )
        })
        .collect();
    let items: Vec<(String, String)> = m
        .items
        .iter()
        .enumerate()
        .map(|(n, it)| {
            (
                it.id.clone(),
                if it.label.is_empty() {
                    format!("Request {} (not named yet)", n + 1)
                } else {
                    it.label.clone()
                },
            )
        })
        .collect();
    let id = m.conferrals[i].id.clone();
    let movant = m.motion.movant;
    let movant_initiated = {
        let by = &m.conferrals[i].initiated_by;
        by.is_empty() || m.side_of(by) == Some(movant)
    };
    let e = &mut m.conferrals[i];
    ui.push_id(("event", &id), |ui| {
        let method = METHODS
            .iter()
            .find(|(mm, _)| *mm == e.method)
            .map_or("", |(_, s)| *s);
        ui.label(RichText::new(format!("{method}, {}", long_date(e.date))).strong());
        inline_findings(ui, cx.findings, Step::Conferrals, Some(&id), None);
        let mut date = Some(e.date);
        widgets::date(
            ui,
            cx,
            "Date",
            &mut date,
            &format!("date-{id}"),
            Some(Target::element(Step::Conferrals, &id, Some("date"))),
        );
        if let Some(d) = date {
            e.date = d;
        }
        widgets::time(ui, cx, "Time it began", &mut e.time, &format!("time-{id}"));
        let l = ui.label("Duration in minutes");
        // Zero is how the field says "not recorded" (a letter or email has
        // no length): shown in words, not as a call of "0 min".
        let mut minutes = e.duration_minutes.unwrap_or(0);
        let r = ui
            .add(
                egui::DragValue::new(&mut minutes)
                    .range(0..=600)
                    .custom_formatter(|n, _| {
                        if n < 0.5 {
                            "not recorded".to_owned()
                        } else {
                            format!("{n:.0} min")
                        }
                    })
                    .custom_parser(|text| {
                        let t = text.trim().trim_end_matches("min").trim();
                        if t.is_empty() || t.eq_ignore_ascii_case("not recorded") {
                            Some(0.0)
                        } else {
                            t.parse::<f64>().ok()
                        }
                    }),
            )
            .labelled_by(l.id);
        if r.changed() {
            e.duration_minutes = if minutes == 0 { None } else { Some(minutes) };
            cx.changed = true;
        }
        let was = e.method;
        widgets::choice(
            ui,
            cx,
            "Method",
            &format!("method-{id}"),
            &mut e.method,
            &METHODS,
        );
        // Leave to file belongs to a contact with the court: an entry changed
        // to another method drops it rather than carry a fact it cannot show.
        if e.method != was && e.method != Method::Court {
            e.leave_to_file = false;
        }
        // So does what a conversation took up, for a message.
        if e.method != was && !e.method.is_live() {
            e.subject = None;
        }
        // The certificate gives the place of these ("at …"), a conference
        // with the court's among them (certificate review 344: its place
        // printed and could not be edited).
        if matches!(
            e.method,
            Method::InPerson | Method::Deposition | Method::Other | Method::Court
        ) {
            widgets::text(
                ui,
                cx,
                "Place",
                &mut e.place,
                Some(Target::element(Step::Conferrals, &id, Some("place"))),
            );
        }

        if person_choice(
            ui,
            "Initiated by",
            &format!("init-{id}"),
            &mut e.initiated_by,
            "(not recorded)",
            &people,
        ) {
            if !e.participants.contains(&e.initiated_by) {
                e.participants.push(e.initiated_by.clone());
            }
            cx.changed = true;
        }

        ui.label("Who took part");
        for (pid, pname) in &people {
            let mut on = e.participants.contains(pid);
            if widgets::checkbox(ui, ("took-part", &id, pid), &mut on, pname).changed() {
                if on {
                    e.participants.push(pid.clone())
                } else {
                    e.participants.retain(|x| x != pid)
                }
                cx.changed = true;
            }
        }
        inline_findings(
            ui,
            cx.findings,
            Step::Conferrals,
            Some(&id),
            Some("participants"),
        );
        staff_ui(ui, e, &counsel, cx);
        exchange_ui(ui, e, movant_initiated, &id, cx);

        // A conversation may have taken up only scheduling, or another
        // matter: courts do not count it as a conference on the requests.
        if e.method.is_live() {
            widgets::choice(
                ui,
                cx,
                "What the conversation took up",
                &format!("subject-{id}"),
                &mut e.subject,
                &SUBJECTS,
            );
            inline_findings(
                ui,
                cx.findings,
                Step::Conferrals,
                Some(&id),
                Some("subject"),
            );
        }

        ui.add_space(6.0);
        ui.label(RichText::new("Requests discussed").strong());
        for (item_id, item_label) in &items {
            let pos = e.items.iter().position(|d| d.item == *item_id);
            let mut on = pos.is_some();
            if widgets::checkbox(ui, ("discussed", &id, item_id), &mut on, item_label).changed() {
                // What was recorded on a request unticked by a slip of the
                // keyboard comes back when it is ticked again (newcomer
                // review 345: one Space erased both sides' notes), kept for
                // the session beside the box.
                let kept = (id.clone(), item_id.clone());
                if on {
                    let back = cx.unticked.remove(&kept);
                    e.items.push(back.unwrap_or_else(|| ItemDiscussion {
                        item: item_id.clone(),
                        outcome: Outcome::Raised,
                        movant_position: String::new(),
                        opponent_position: String::new(),
                    }));
                } else if let Some(p) = pos {
                    let gone = e.items.remove(p);
                    cx.unticked.insert(kept, gone);
                }
                cx.changed = true;
            }
            if let Some(d) = e.items.iter_mut().find(|d| d.item == *item_id) {
                ui.indent(("disc", item_id), |ui| {
                    widgets::choice(
                        ui,
                        cx,
                        &format!("Outcome for {item_label}"),
                        &format!("outcome-{id}-{item_id}"),
                        &mut d.outcome,
                        &OUTCOMES,
                    );
                    // Each box carries its target: a finding on a note
                    // (NOTE-AS-WRITTEN, UNDRAWABLE-CHARACTER) shows under
                    // it, and "Go to" focuses it (certificate review 344).
                    let on =
                        |field| Some(Target::per_request(Step::Conferrals, &id, field, item_id));
                    widgets::multiline(
                        ui,
                        cx,
                        &format!("What your side said about {item_label}"),
                        &mut d.movant_position,
                        2,
                        on("movant_position"),
                    );
                    widgets::multiline(
                        ui,
                        cx,
                        &format!("What the other side said about {item_label}"),
                        &mut d.opponent_position,
                        2,
                        on("opponent_position"),
                    );
                });
            }
        }
        if items.is_empty() {
            ui.label(RichText::new("List the disputed requests first (step 4).").small());
        }

        ui.add_space(6.0);
        let mut promised = e.follow_up.is_some();
        if widgets::checkbox(
            ui,
            ("promised", &id),
            &mut promised,
            "Someone promised to follow up by a date",
        )
        .changed()
        {
            e.follow_up = if promised {
                // Who promised, and by when, are the user's to record: nothing is guessed.
                Some(FollowUp {
                    promised_by: String::new(),
                    due: e.date,
                    what: String::new(),
                    kept: None,
                })
            } else {
                None
            };
            cx.changed = true;
        }
        if let Some(f) = &mut e.follow_up {
            ui.indent("follow-up", |ui| {
                if person_choice(
                    ui,
                    "Promised by",
                    &format!("promised-{id}"),
                    &mut f.promised_by,
                    "(choose)",
                    &people,
                ) {
                    cx.changed = true;
                }
                let mut due = Some(f.due);
                widgets::date(
                    ui,
                    cx,
                    "Promised by (date)",
                    &mut due,
                    &format!("due-{id}"),
                    None,
                );
                if let Some(d) = due {
                    f.due = d;
                }
                widgets::text(ui, cx, "What was promised", &mut f.what, None);
                widgets::choice(
                    ui,
                    cx,
                    "Promise kept?",
                    &format!("kept-{id}"),
                    &mut f.kept,
                    &[
                        (None, "Not known yet"),
                        (Some(true), "Yes"),
                        (Some(false), "No: it never came"),
                    ],
                );
            });
            inline_findings(
                ui,
                cx.findings,
                Step::Conferrals,
                Some(&id),
                Some("follow_up"),
            );
        }
        widgets::multiline(
            ui,
            cx,
            "Summary (your notes; not printed)",
            &mut e.summary,
            3,
            None,
        );
    });
}

/// What the movant asked for and what came back (a contact by the movant's
/// side), or whether the other side offered to confer (a contact by them):
/// courts weigh an unanswered request and an ignored offer. For a contact
/// with the court, also whether it gave leave to file the motion.
fn exchange_ui(
    ui: &mut Ui,
    e: &mut ConferralEvent,
    movant_initiated: bool,
    id: &str,
    cx: &mut FormCx,
) {
    // A conference before the judge, both sides present, that ended with
    // leave to file is weighed as a discussion between the sides.
    if e.method == Method::Court
        && widgets::checkbox(
            ui,
            ("leave", id),
            &mut e.leave_to_file,
            "This was a conference before the judge with both sides, after which the court gave leave to file this motion",
        )
        .changed()
    {
        cx.changed = true;
    }
    if movant_initiated {
        widgets::date(
            ui,
            cx,
            "Answer asked for by (date)",
            &mut e.respond_by,
            &format!("respond-by-{id}"),
            Some(Target::element(Step::Conferrals, id, Some("respond_by"))),
        );
        widgets::choice(
            ui,
            cx,
            "What came back",
            &format!("reply-{id}"),
            &mut e.reply,
            &[
                (None, "Not recorded"),
                (Some(Reply::Answered), "They answered"),
                (Some(Reply::None), "No answer came"),
                (Some(Reply::Refused), "They refused to confer"),
            ],
        );
        inline_findings(ui, cx.findings, Step::Conferrals, Some(id), Some("reply"));
    } else if widgets::checkbox(
        ui,
        ("offer", id),
        &mut e.offer_to_confer,
        "They offered to confer",
    )
    .changed()
    {
        cx.changed = true;
    }
}

/// A drop-down of the people who can take part; returns whether the choice changed.
pub(super) fn person_choice(
    ui: &mut Ui,
    label: &str,
    id_salt: &str,
    value: &mut String,
    none: &str,
    people: &[(String, String)],
) -> bool {
    let l = ui.label(label);
    let current = people
        .iter()
        .find(|(p, _)| p == value)
        .map_or(none, |(_, n)| n.as_str());
    let mut changed = false;
    let r = egui::ComboBox::from_id_salt(id_salt)
        .selected_text(current)
        .width(300.0)
        .show_ui(ui, |ui| {
            for (pid, pname) in people {
                if ui.selectable_label(value == pid, pname.as_str()).clicked() && value != pid {
                    *value = pid.clone();
                    changed = true;
                }
            }
        });
    r.response.labelled_by(l.id);
    changed
}

/// Staff (paralegals, assistants) who took part; each works for a counsel.
fn staff_ui(ui: &mut Ui, e: &mut ConferralEvent, counsel: &[(String, String)], cx: &mut FormCx) {
    let mut remove = None;
    for (si, s) in e.staff.iter_mut().enumerate() {
        ui.push_id(("staff", si), |ui| {
            ui.horizontal(|ui| {
                widgets::text(ui, cx, "Staff member", &mut s.name, None);
                widgets::text(ui, cx, "Role", &mut s.role, None);
                if ui.button("Remove staff member").clicked() {
                    remove = Some(si);
                }
            });
        });
    }
    if let Some(si) = remove {
        e.staff.remove(si);
        cx.changed = true;
    }
    if let Some((boss, _)) = counsel.first()
        && ui
            .small_button("Add a staff member who took part")
            .clicked()
    {
        e.staff.push(StaffMember {
            name: String::new(),
            role: "paralegal".into(),
            works_for: boss.clone(),
        });
        cx.changed = true;
    }
}
