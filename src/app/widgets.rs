//! Form widgets shared by the steps. Every input gets an accessible name from
//! its visible label (screen readers and the UI tests find fields by it), and
//! shows, just below it, what the checker says about that field.

use egui::{Color32, Response, RichText, Ui};
use jiff::civil::{Date, Time};

use crate::check::{Finding, ItemState, Step, Target, Verdict};
use crate::court::Severity;

/// What a step's form needs besides the matter.
pub struct FormCx<'a> {
    pub findings: &'a [Finding<'static>],
    /// Each request's readiness, from the same report.
    pub item_states: &'a [(compact_str::CompactString, ItemState)],
    /// A field to focus and scroll to (after a click on a finding).
    pub jump: &'a mut Option<Target>,
    pub today: Date,
    /// Set when the form changed the matter this frame.
    pub changed: bool,
    /// The widget that gained the keyboard focus since the last frame.
    pub focus_gained: Option<egui::Id>,
    /// What was recorded on a request unticked on a contact, by (contact id,
    /// request id), for the session: ticked again, it comes back. Emptied
    /// when another matter replaces this one, and for a contact or request
    /// removed (ids are reused), so notes never come back elsewhere.
    pub unticked: &'a mut Unticked,
}

/// See `FormCx::unticked`.
pub type Unticked = std::collections::HashMap<(String, String), crate::matter::ItemDiscussion>;

impl FormCx<'_> {
    /// Focuses `response` if the user asked to jump to `target`.
    pub fn maybe_focus(&mut self, response: &Response, target: &Target) {
        let hit = self.jump.as_ref().is_some_and(|j| {
            j.step == target.step
                // A step alone (arriving at it, or a finding about the whole
                // step): its first field, whatever element it belongs to
                // (the parties' and requests' steps opened with no cursor).
                && ((j.id.is_none() && j.field.is_none())
                    || (j.id == target.id
                        && (j.field.is_none() || j.field == target.field)
                        && (j.item.is_none() || j.item == target.item)))
        });
        if hit {
            response.request_focus();
            response.scroll_to_me(Some(egui::Align::Center));
            *self.jump = None;
        }
    }

    /// Notes a change when `r` changed.
    pub fn track(&mut self, r: &Response) {
        if r.changed() {
            self.changed = true;
        }
    }
}

pub fn severity_color(s: Severity) -> Color32 {
    match s {
        Severity::Blocker => Color32::from_rgb(190, 30, 30),
        Severity::AtRisk => Color32::from_rgb(184, 110, 0),
        Severity::Warning => Color32::from_rgb(120, 96, 40),
        Severity::Note => Color32::from_rgb(60, 90, 140),
    }
}

/// The three verdict levels in the colours the header, the steps, the
/// requests and the findings all use, so one level always looks the same:
/// green Ready, amber At risk, red Not ready.
pub fn verdict_color(v: Verdict) -> Color32 {
    match v {
        Verdict::Ready => Color32::from_rgb(20, 120, 40),
        Verdict::AtRisk => severity_color(Severity::AtRisk),
        Verdict::NotReady => severity_color(Severity::Blocker),
    }
}

/// A request's state in words and colour, as the requests step shows it.
pub fn item_state_text(s: ItemState) -> RichText {
    let (text, color) = match s {
        ItemState::Ready => (
            "\u{25cf} Ready for the motion",
            verdict_color(Verdict::Ready),
        ),
        ItemState::AtRisk => ("\u{25cf} At risk", verdict_color(Verdict::AtRisk)),
        ItemState::NotReady => (
            "\u{25a0} Not ready: confer on it first, or drop it",
            verdict_color(Verdict::NotReady),
        ),
        ItemState::Dropped => ("Dropped from the motion", Color32::GRAY),
        ItemState::Resolved => ("Resolved: not for the motion", Color32::GRAY),
    };
    RichText::new(text).color(color).strong()
}

pub fn severity_mark(s: Severity) -> &'static str {
    match s {
        Severity::Blocker => "\u{25a0} Blocker",
        Severity::AtRisk => "\u{25cf} At risk",
        Severity::Warning => "\u{25b2} Warning",
        Severity::Note => "\u{2022} Note",
    }
}

/// The checker's messages about one element (and field) of the matter.
pub fn inline_findings(
    ui: &mut Ui,
    findings: &[Finding<'static>],
    step: Step,
    id: Option<&str>,
    field: Option<&str>,
) {
    shown_under(ui, findings, |t| {
        t.step == step && t.id.as_deref() == id && (field.is_none() || t.field == field)
    });
}

/// The checker's messages about an element as a whole (a party or counsel
/// missing from the record, say), not about one of its boxes: shown once,
/// under its first box, while each box shows its own field's.
pub fn element_findings(ui: &mut Ui, findings: &[Finding<'static>], step: Step, id: &str) {
    shown_under(ui, findings, |t| {
        t.step == step && t.id.as_deref() == Some(id) && t.field.is_none()
    });
}

/// The findings that belong under one box: those of its element and field
/// (all of the element's, for a box with no field) and, for a box kept per
/// request (a side's position in an entry), of its request.
fn findings_under(ui: &mut Ui, findings: &[Finding<'static>], target: &Target) {
    shown_under(ui, findings, |t| {
        t.step == target.step
            && t.id == target.id
            && (target.field.is_none() || t.field == target.field)
            && (target.item.is_none() || t.item == target.item)
    });
}

fn shown_under(ui: &mut Ui, findings: &[Finding<'static>], belongs: impl Fn(&Target) -> bool) {
    for f in findings.iter().filter(|f| belongs(&f.target)) {
        ui.label(
            RichText::new(format!("{}: {}", severity_mark(f.severity), f.message))
                .color(severity_color(f.severity))
                .small(),
        );
    }
}

/// A check box whose identity does not depend on what is drawn above it.
///
/// egui numbers widgets in the order they are drawn, so a finding that
/// appears or disappears above a box (as ticking it often makes happen) would
/// give the box a new identity and drop the keyboard focus; `key` (with the
/// enclosing scope) names it instead.
pub fn checkbox(
    ui: &mut Ui,
    key: impl std::hash::Hash + std::fmt::Debug,
    on: &mut bool,
    label: &str,
) -> Response {
    let id = ui.make_persistent_id(("checkbox", key));
    ui.scope_builder(egui::UiBuilder::new().scope_id(id), |ui| {
        ui.checkbox(on, label)
    })
    .inner
}

/// The widget that gained the keyboard focus since the frame before (noted
/// once per frame, before anything is drawn).
pub fn focus_gained(ctx: &egui::Context, last: &mut Option<egui::Id>) -> Option<egui::Id> {
    let now = ctx.memory(|m| m.focused());
    let gained = now.filter(|id| Some(*id) != *last);
    *last = now;
    gained
}

impl FormCx<'_> {
    /// Keeps the widget that just gained the keyboard focus in view: egui
    /// does not scroll to a field reached with Tab. Call at the end of a
    /// scroll area's contents.
    pub fn keep_focus_in_view(&self, ui: &mut Ui) {
        let Some(id) = self.focus_gained else {
            return;
        };
        // Only a widget of this scroll area (drawn into it so far) that is
        // not already wholly visible. With room below it for what the
        // checker says under it: a box reached with "Go to" from a finding
        // came to rest on the window's lower edge with the finding cut off
        // (seen at 1024×700).
        if let Some(r) = ui.ctx().read_response(id)
            && r.layer_id == ui.layer_id()
            && ui.min_rect().contains_rect(r.rect)
        {
            let below = ui.text_style_height(&egui::TextStyle::Small) * 3.0;
            let room = r
                .rect
                .with_max_y((r.rect.max.y + below).min(ui.min_rect().max.y));
            if !ui.clip_rect().contains_rect(room) {
                ui.scroll_to_rect(room, None);
            }
        }
    }
}

/// A one-line text field with its label above.
pub fn text(
    ui: &mut Ui,
    cx: &mut FormCx,
    label: &str,
    value: &mut String,
    target: Option<Target>,
) -> Response {
    let l = ui.label(label);
    let r = ui
        .add(
            egui::TextEdit::singleline(value)
                .id_salt(("text", label, &target))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id);
    cx.track(&r);
    if let Some(t) = target {
        cx.maybe_focus(&r, &t);
        findings_under(ui, cx.findings, &t);
    }
    r
}

/// A multi-line text field with its label above.
pub fn multiline(
    ui: &mut Ui,
    cx: &mut FormCx,
    label: &str,
    value: &mut String,
    rows: usize,
    target: Option<Target>,
) -> Response {
    let l = ui.label(label);
    let r = ui
        .add(
            egui::TextEdit::multiline(value)
                .id_salt(("multiline", label, &target))
                .desired_rows(rows)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id);
    cx.track(&r);
    if let Some(t) = target {
        cx.maybe_focus(&r, &t);
        findings_under(ui, cx.findings, &t);
    }
    r
}

/// Reads a date as litigators type it: 2026-03-03, 3/3/2026, March 3, 2026.
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if let Ok(d) = s.parse::<Date>() {
        return Some(d);
    }
    let nums: Vec<&str> = s.split('/').collect();
    if let [m, d, y] = nums.as_slice() {
        let (m, d, y) = (
            m.trim().parse::<i8>().ok()?,
            d.trim().parse::<i8>().ok()?,
            y.trim().parse::<i16>().ok()?,
        );
        let y = if y < 100 { 2000 + y } else { y };
        return Date::new(y, m, d).ok();
    }
    for fmt in ["%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y"] {
        if let Ok(d) = Date::strptime(fmt, s) {
            return Some(d);
        }
    }
    None
}

/// " (February 2017 has 28 days)" for a well-formed but impossible day.
fn impossible_day(s: &str) -> Option<String> {
    let parts: Vec<&str> = s.trim().split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    let (y, m, d) = (
        y.parse::<i16>().ok()?,
        m.parse::<i8>().ok()?,
        d.parse::<i8>().ok()?,
    );
    let first = Date::new(y, m, 1).ok()?;
    (d > first.days_in_month()).then(|| {
        format!(
            " ({} has {} days)",
            first.strftime("%B %Y"),
            first.days_in_month()
        )
    })
}

/// Reads a time: 14:00, 2:00 pm, 2pm.
pub fn parse_time(s: &str) -> Option<Time> {
    let t = s.trim().to_lowercase().replace('.', "");
    let (body, pm) = if let Some(b) = t.strip_suffix("pm") {
        (b.trim().to_string(), Some(true))
    } else if let Some(b) = t.strip_suffix("am") {
        (b.trim().to_string(), Some(false))
    } else {
        (t.clone(), None)
    };
    let (h, m) = match body.split_once(':') {
        Some((h, m)) => (h.trim().parse::<i8>().ok()?, m.trim().parse::<i8>().ok()?),
        None => (body.trim().parse::<i8>().ok()?, 0),
    };
    let h = match pm {
        Some(true) if h < 12 => h + 12,
        Some(false) if h == 12 => 0,
        _ => h,
    };
    Time::new(h, m, 0, 0).ok()
}

/// Text typed into a date or time field, kept while it is being edited.
#[derive(Clone, Default)]
struct Buffer {
    text: String,
    /// The value the text was last synced from.
    shown: String,
    /// The calendar was opened from this field and may still be open.
    calendar: bool,
}

/// A date field that takes typing (cleared text clears an optional date) and
/// has a calendar button.
pub fn date(
    ui: &mut Ui,
    cx: &mut FormCx,
    label: &str,
    value: &mut Option<Date>,
    id_salt: &str,
    target: Option<Target>,
) {
    let l = ui.label(label);
    let id = ui.scope_id().with(("date", id_salt));
    let current = value.map(|d| d.to_string()).unwrap_or_default();
    let mut buf: Buffer = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    ui.horizontal(|ui| {
        // Named, not numbered: a finding that appears or goes above the
        // box as a date is typed must not give it a new identity and take
        // the cursor out of it (newcomer review 345).
        let edit = egui::TextEdit::singleline(&mut buf.text)
            .id_salt(("date-text", id_salt))
            .hint_text("YYYY-MM-DD")
            .desired_width(140.0);
        let r = ui.add(edit).labelled_by(l.id);
        if !r.has_focus() && buf.shown != current {
            buf.text = current.clone();
            buf.shown = current.clone();
        }
        if r.changed() {
            let parsed = parse_date(&buf.text);
            if let Some(d) = parsed {
                *value = Some(d);
                buf.shown = d.to_string();
                cx.changed = true;
            } else if buf.text.trim().is_empty() && value.is_some() {
                *value = None;
                buf.shown.clear();
                cx.changed = true;
            }
        }
        if let Some(t) = &target {
            cx.maybe_focus(&r, t);
        }
        // An empty date shows no date on the calendar button (it opens on
        // today), so an unset field never looks filled.
        let mut picked = value.unwrap_or(cx.today);
        let before = picked;
        let p = ui.add(
            egui_extras::DatePickerButton::new(&mut picked)
                .id_salt(id_salt)
                .calendar_week(false)
                .show_icon(false)
                .format(if value.is_some() {
                    "%b %-d, %Y"
                } else {
                    "calendar\u{2026}"
                }),
        );
        // The calendar is for the mouse: Tab passes over it, so Space typed
        // after a date never opens it.
        if p.gained_focus() && !p.clicked() {
            let back = ui.input(|i| i.modifiers.shift);
            ui.memory_mut(|m| {
                m.move_focus(if back {
                    egui::FocusDirection::Previous
                } else {
                    egui::FocusDirection::Next
                })
            });
        }
        // Once the calendar closes (Escape, a day picked, a click beside
        // it) with the focus in it or nowhere, the cursor comes back to the
        // date's box: the keyboard was left with nothing to type into
        // (newcomer review 345). The calendar's own state is private to
        // egui_extras; it closes on Escape when no list of its own is open,
        // on a day picked, and otherwise its layer stops being shown.
        if p.clicked() {
            buf.calendar = true;
        } else if buf.calendar {
            let layer = egui::LayerId::new(
                egui::Order::Foreground,
                ui.make_persistent_id(Some(id_salt)),
            );
            let closed_here = picked != before
                || (ui.input(|i| i.key_pressed(egui::Key::Escape)) && !ui.any_popup_open());
            if closed_here || !ui.memory(|m| m.areas().is_visible(&layer)) {
                buf.calendar = false;
                if closed_here || ui.memory(|m| m.focused().is_none()) {
                    r.request_focus();
                }
            }
        }
        if picked != before {
            *value = Some(picked);
            buf.text = picked.to_string();
            buf.shown = buf.text.clone();
            cx.changed = true;
        }
    });
    if !buf.text.trim().is_empty() && parse_date(&buf.text).is_none() {
        // Say why, and that the old value still stands until it is fixed.
        let why = format!(
            "\u{201c}{}\u{201d} is not a date{}. {}",
            buf.text.trim(),
            impossible_day(&buf.text).unwrap_or_default(),
            match value {
                Some(d) => format!("Still in force: {}.", crate::text::long_date(*d)),
                None => "The field stays empty until it is corrected.".into(),
            }
        );
        ui.label(RichText::new(why).color(severity_color(Severity::Blocker)));
    }
    ui.data_mut(|d| d.insert_temp(id, buf));
    if let Some(t) = target {
        inline_findings(ui, cx.findings, t.step, t.id.as_deref(), t.field);
    }
}

/// A time-of-day field ("14:00" or "2:00 pm"); empty means not recorded.
pub fn time(ui: &mut Ui, cx: &mut FormCx, label: &str, value: &mut Option<Time>, id_salt: &str) {
    let l = ui.label(label);
    let id = ui.scope_id().with(("time", id_salt));
    let current = value.map(crate::text::clock).unwrap_or_default();
    let mut buf: Buffer = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    let r = ui
        .add(
            egui::TextEdit::singleline(&mut buf.text)
                .hint_text("e.g. 2:00 pm")
                .desired_width(140.0),
        )
        .labelled_by(l.id);
    if !r.has_focus() && buf.shown != current {
        buf.text = current.clone();
        buf.shown = current;
    }
    if r.changed() {
        if let Some(t) = parse_time(&buf.text) {
            *value = Some(t);
            buf.shown = crate::text::clock(t);
            cx.changed = true;
        } else if buf.text.trim().is_empty() && value.is_some() {
            *value = None;
            buf.shown.clear();
            cx.changed = true;
        }
    }
    if !buf.text.trim().is_empty() && parse_time(&buf.text).is_none() {
        ui.label(
            RichText::new("not a time")
                .color(severity_color(Severity::Blocker))
                .small(),
        );
    }
    ui.data_mut(|d| d.insert_temp(id, buf));
}

/// A drop-down over `options`, labelled for screen readers.
pub fn choice<T: PartialEq + Copy>(
    ui: &mut Ui,
    cx: &mut FormCx,
    label: &str,
    id_salt: &str,
    value: &mut T,
    options: &[(T, &str)],
) {
    let l = ui.label(label);
    let selected = options
        .iter()
        .find(|(v, _)| v == value)
        .map(|(_, s)| *s)
        .unwrap_or("");
    let r = egui::ComboBox::from_id_salt(id_salt)
        .selected_text(selected)
        .width(220.0)
        .show_ui(ui, |ui| {
            for (v, name) in options {
                if ui.selectable_label(*v == *value, *name).clicked() && *v != *value {
                    *value = *v;
                    cx.changed = true;
                }
            }
        });
    // A list closed from the keyboard (Escape) leaves the focus nowhere, and
    // the next Tab starts over at the File menu (newcomer review 345): the
    // focus goes back to the box whose list it was.
    let was_open = r.response.id.with("was-open");
    let open = r.inner.is_some();
    let before = ui.data(|d| d.get_temp::<bool>(was_open).unwrap_or(false));
    if open != before {
        ui.data_mut(|d| d.insert_temp(was_open, open));
    }
    // Not when the user clicked into another box of the form: only when the
    // focus is nowhere, or on an option of the list just closed (a pick with
    // the mouse hands it one, gone the next frame: review 346).
    let lost = ui.memory(|m| m.focused()).is_none_or(|f| {
        ui.ctx()
            .read_response(f)
            .is_none_or(|w| w.layer_id != r.response.layer_id)
    });
    if before && !open && lost {
        r.response.request_focus();
    }
    r.response.labelled_by(l.id);
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, time};

    #[test]
    fn reads_dates_and_times_as_typed() {
        assert_eq!(parse_date("2026-03-03"), Some(date(2026, 3, 3)));
        assert_eq!(parse_date("3/3/2026"), Some(date(2026, 3, 3)));
        assert_eq!(parse_date("March 3, 2026"), Some(date(2026, 3, 3)));
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_time("14:00"), Some(time(14, 0, 0, 0)));
        assert_eq!(parse_time("2:30 p.m."), Some(time(14, 30, 0, 0)));
        assert_eq!(parse_time("12am"), Some(time(0, 0, 0, 0)));
        assert_eq!(parse_time("25:00"), None);
    }

    /// Every mark the findings, steps and log draw is in the interface
    /// font (a missing one showed as an empty box beside "At risk").
    #[test]
    fn every_severity_mark_is_in_the_interface_font() {
        let face = ttf_parser::Face::parse(crate::fonts::SANS_REGULAR, 0).expect("font");
        let marks = [
            Severity::Blocker,
            Severity::AtRisk,
            Severity::Warning,
            Severity::Note,
        ]
        .map(severity_mark)
        .concat()
            + item_state_text(ItemState::AtRisk).text()
            + item_state_text(ItemState::Ready).text()
            + item_state_text(ItemState::NotReady).text();
        for c in marks.chars().filter(|c| !c.is_ascii()) {
            assert!(
                face.glyph_index(c).is_some(),
                "U+{:04X} is not in the font",
                c as u32
            );
        }
    }
}
