//! File › Import correspondence… (or files dropped on the window): the
//! messages that would join the log, one row each with a tick box, and those
//! that would not, with the reason. Nothing changes until the user confirms;
//! then the ticked messages are added as one step that Edit › Undo removes.

use std::path::PathBuf;

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use crate::import::{MessageInfo, Proposal, Review, review};
use crate::matter::Matter;

/// What the user did in the review this frame.
pub enum ReviewAction {
    None,
    /// Add these messages' entries (ids are given when they are added),
    /// with their attachments' bytes when the review kept them.
    Confirm(Vec<Proposal>),
    Cancel,
}

/// One message that would be added, as the list shows it.
struct Row {
    proposal: Proposal,
    ticked: bool,
    /// Names of the people matched, and labels of the requests linked.
    people: String,
    requests: String,
}

/// The open review of an import.
pub struct ImportReview {
    rows: Vec<Row>,
    /// "date — sender — subject: reason" for each message not offered.
    skipped: Vec<String>,
    /// Files that could not be read at all.
    problems: Vec<String>,
    files: usize,
    /// The keys went to the review's main button once: a review that opens
    /// with the focus nowhere leaves the keyboard user tabbing through the
    /// table's header first.
    focused: bool,
}

const ROW_HEIGHT: f32 = 22.0;

impl ImportReview {
    /// Reads `files` against `matter` (nothing is changed).
    /// `keep_attachments`: keep the attachments' bytes, to be saved beside
    /// the matter when the messages are added.
    /// `zone`: where dates and times are told (the lawyer's own).
    pub fn read(
        matter: &Matter,
        files: &[PathBuf],
        keep_attachments: bool,
        zone: &jiff::tz::TimeZone,
    ) -> Self {
        let Review {
            added,
            skipped,
            problems,
        } = review(matter, files, keep_attachments, zone, &mut |_| Ok(()));
        let name = |id: &str| {
            matter
                .counsel_by_id(id)
                .map(|c| c.name.clone())
                .or_else(|| matter.party_by_id(id).map(|p| p.name.clone()))
                .unwrap_or_else(|| id.to_string())
        };
        let rows = added
            .into_iter()
            .map(|p| Row {
                people: p
                    .event
                    .participants
                    .iter()
                    .map(|id| name(id))
                    .collect::<Vec<_>>()
                    .join(", "),
                requests: p
                    .event
                    .items
                    .iter()
                    .map(|d| {
                        matter
                            .item_by_id(&d.item)
                            .map_or(d.item.clone(), |i| i.label.clone())
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
                // A message that names none of the matter's requests, its
                // case number or its parties is likely about another case
                // or other discovery between the same counsel: offered,
                // not ticked (review 347).
                ticked: p.names_the_matter,
                proposal: p,
            })
            .collect();
        ImportReview {
            focused: false,
            rows,
            skipped: skipped
                .iter()
                .map(|s| {
                    format!(
                        "{} \u{2014} {} \u{2014} {} ({}): {}",
                        when(&s.info),
                        or_dash(&s.info.from),
                        or_dash(&s.info.subject),
                        s.info.origin(),
                        s.reason.explain()
                    )
                })
                .collect(),
            problems: problems.iter().map(ToString::to_string).collect(),
            files: files.len(),
        }
    }

    /// How many messages are ticked.
    pub fn ticked(&self) -> usize {
        self.rows.iter().filter(|r| r.ticked).count()
    }

    /// Draws the review as a modal window.
    pub fn ui(&mut self, ctx: &egui::Context) -> ReviewAction {
        let mut action = ReviewAction::None;
        let width = (ctx.content_rect().width() - 80.0).clamp(600.0, 1200.0);
        egui::Modal::new(egui::Id::unique("goodfaith-import-review")).show(ctx, |ui| {
            ui.set_width(width);
            ui.heading("Import correspondence");
            ui.label(format!(
                "{} to add to the conferral log, {} not added, from {} file{}. Only the ticked ones are added.",
                count(self.rows.len(), "message", "messages"),
                self.skipped.len(),
                self.files,
                if self.files == 1 { "" } else { "s" }
            ));
            let elsewhere = self
                .rows
                .iter()
                .filter(|r| !r.proposal.names_the_matter)
                .count();
            if elsewhere > 0 {
                ui.label(format!(
                    "{} {} none of this matter's requests, its case number or its parties, and {} not ticked: tick {} only if it is about this dispute.",
                    count(elsewhere, "message", "messages"),
                    if elsewhere == 1 { "names" } else { "name" },
                    if elsewhere == 1 { "is" } else { "are" },
                    if elsewhere == 1 { "it" } else { "each" },
                ));
            }
            if !self.rows.is_empty() {
                ui.horizontal(|ui| {
                    if ui.button("Tick all").clicked() {
                        self.rows.iter_mut().for_each(|r| r.ticked = true);
                    }
                    if ui.button("Untick all").clicked() {
                        self.rows.iter_mut().for_each(|r| r.ticked = false);
                    }
                });
                self.table_ui(ui);
            }
            if !self.skipped.is_empty() || !self.problems.is_empty() {
                egui::CollapsingHeader::new(format!(
                    "Not added ({})",
                    self.skipped.len() + self.problems.len()
                ))
                .default_open(self.rows.is_empty() || self.skipped.len() <= 10)
                .show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("import-skipped")
                        .max_height(160.0)
                        .show(ui, |ui| {
                            for p in &self.problems {
                                ui.label(RichText::new(p).color(ui.visuals().error_fg_color));
                            }
                            for s in &self.skipped {
                                ui.label(s);
                            }
                        });
                });
            }
            ui.separator();
            ui.horizontal(|ui| {
                let n = self.ticked();
                let add = ui.add_enabled(
                    n > 0,
                    egui::Button::new(format!("Add {} to the log", count(n, "message", "messages"))),
                );
                if !self.focused {
                    self.focused = true;
                    if n > 0 {
                        add.request_focus();
                    }
                }
                if add.clicked() {
                    // The review closes: its rows are handed over.
                    action = ReviewAction::Confirm(
                        std::mem::take(&mut self.rows)
                            .into_iter()
                            .filter(|r| r.ticked)
                            .map(|r| r.proposal)
                            .collect(),
                    );
                }
                // Escape is Cancel, as in the file dialog before it
                // (review 347): nothing is added, and the mail files are
                // untouched.
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape))
                {
                    action = ReviewAction::Cancel;
                }
            });
        });
        action
    }

    fn table_ui(&mut self, ui: &mut Ui) {
        TableBuilder::new(ui)
            .id_salt("import-review")
            .striped(true)
            .max_scroll_height(420.0)
            .column(Column::exact(150.0))
            .column(Column::initial(170.0).clip(true))
            .column(Column::initial(170.0).clip(true))
            .column(Column::initial(230.0).clip(true))
            .column(Column::initial(170.0).clip(true))
            .column(Column::remainder().clip(true))
            .header(ROW_HEIGHT, |mut h| {
                for title in ["Date", "From", "To", "Subject", "People", "Requests"] {
                    h.col(|ui| {
                        ui.strong(title);
                    });
                }
            })
            .body(|body| {
                body.rows(ROW_HEIGHT, self.rows.len(), |mut row| {
                    let Some(r) = self.rows.get_mut(row.index()) else {
                        return;
                    };
                    let info = &r.proposal.info;
                    // The tick box is named by the message's date and time.
                    row.col(|ui| {
                        ui.checkbox(&mut r.ticked, when(info));
                    });
                    for text in [
                        info.from.clone(),
                        info.to.join(", "),
                        or_dash(&info.subject).to_string(),
                        r.people.clone(),
                        if r.proposal.names_the_matter {
                            or_dash(&r.requests).to_string()
                        } else {
                            "\u{2014} (names nothing of this matter)".to_string()
                        },
                    ] {
                        row.col(|ui| {
                            ui.add(egui::Label::new(text).truncate());
                        });
                    }
                });
            });
    }
}

fn when(info: &MessageInfo) -> String {
    match (info.date, info.time) {
        (Some(d), Some(t)) => format!("{d} {}", t.strftime("%H:%M")),
        _ => "no date".into(),
    }
}

fn or_dash(s: &str) -> &str {
    if s.is_empty() { "\u{2014}" } else { s }
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
