//! How the window is divided: the steps on the left, the findings on the
//! right, the form in the middle. Sizes follow the window so the form keeps
//! room to be read from 1024×700 up to 4K; both side panels can be dragged
//! within limits that leave the form at least `MIN_FORM` points wide.

/// The narrowest the central form may become.
pub const MIN_FORM: f32 = 420.0;

/// Below this central width the certificate step shows its form and its
/// preview one at a time (tabs) instead of side by side.
pub const CERTIFICATE_SIDE_BY_SIDE: f32 = 860.0;

/// Default and range of the steps panel, for a window `width` points wide.
pub fn steps_panel(width: f32) -> (f32, egui::Rangef) {
    let max = (width * 0.22).clamp(170.0, 300.0);
    (max.min(200.0), egui::Rangef::new(150.0, max))
}

/// Default and range of the findings panel: wide enough to read a finding,
/// never so wide that the form is crushed.
pub fn findings_panel(width: f32) -> (f32, egui::Rangef) {
    let steps_max = steps_panel(width).1.max;
    let max = (width - MIN_FORM - steps_max).clamp(240.0, (width * 0.4).max(240.0));
    let default = (width * 0.27).clamp(250.0, 380.0).min(max);
    (default, egui::Rangef::new(240.0_f32.min(max), max))
}

/// Default and range of the preview beside the certificate form, for a
/// central area `width` points wide.
pub fn preview_panel(width: f32) -> (f32, egui::Rangef) {
    let max = (width - MIN_FORM * 0.8).max(320.0);
    (
        // More than half on a wide screen: the page is what the user
        // checks (newcomer review 345 found it narrow beside a half-empty
        // form at 1920×1080).
        (width * 0.56).clamp(320.0, 820.0).min(max),
        egui::Rangef::new(300.0, max),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_keeps_its_room_at_every_size() {
        for width in [1024.0, 1280.0, 1920.0, 3840.0] {
            let (_, steps) = steps_panel(width);
            let (d, findings) = findings_panel(width);
            assert!(findings.contains(d), "{width}: {d} in {findings:?}");
            assert!(
                width - steps.max - findings.max >= MIN_FORM - 1.0,
                "{width}: steps {steps:?} findings {findings:?}"
            );
        }
    }
}
