//! Step 2: the caption.

use egui::Ui;

use crate::app::widgets::{self, FormCx};
use crate::check::{Step, Target};
use crate::matter::Matter;

pub fn ui(ui: &mut Ui, m: &mut Matter, cx: &mut FormCx) {
    ui.heading("Case");
    widgets::text(
        ui,
        cx,
        "Case number",
        &mut m.caption.case_number,
        Some(Target::step(Step::Case)),
    );
    widgets::text(
        ui,
        cx,
        "Division (if the court has divisions)",
        &mut m.caption.division,
        None,
    );
    ui.label(egui::RichText::new("The parties on the caption come from the next step.").small());
}
