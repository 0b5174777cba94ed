//! The desktop app (eframe/egui). The law stays in `check` and `forms/`; this
//! module only shows the record, lets the user edit it, and shows what the
//! checker says. `AppState::ui` is the whole app, testable without a window;
//! `GoodfaithApp` is the thin eframe wrapper.

pub mod commands;
pub mod dialogs;
pub mod document;
mod findings;
pub mod import_review;
pub mod outputs;
pub mod preview;
mod print;
pub mod recovery;
pub mod state;
pub mod steps;
pub mod widgets;

use egui::epaint::text::{FontInsert, InsertFontFamily};
use egui::{FontData, FontFamily, FontPriority};

pub use state::{AppState, Clock, FixedClock, SystemClock};

use crate::court::Registry;
use crate::fonts;

/// Adds goodfaith's fonts: Liberation Sans behind egui's own (for names such
/// as "Nguyễn Thị Hòa", which egui's default font cannot draw) and the serif
/// faces the certificate preview uses.
pub fn install_fonts(ctx: &egui::Context) {
    let fallback = |family| InsertFontFamily {
        family,
        priority: FontPriority::Lowest,
    };
    ctx.add_font(FontInsert::new(
        "goodfaith-sans",
        FontData::from_static(fonts::SANS_REGULAR),
        vec![
            fallback(FontFamily::Proportional),
            fallback(FontFamily::Monospace),
        ],
    ));
    for (name, bytes) in [
        (preview::SERIF, fonts::SERIF_REGULAR),
        (preview::SERIF_BOLD, fonts::SERIF_BOLD),
        (preview::SERIF_ITALIC, fonts::SERIF_ITALIC),
    ] {
        ctx.add_font(FontInsert::new(
            name,
            FontData::from_static(bytes),
            vec![InsertFontFamily {
                family: FontFamily::Name(name.into()),
                priority: FontPriority::Highest,
            }],
        ));
    }
}

/// The eframe application.
pub struct GoodfaithApp {
    state: AppState,
    /// When the process started, to report the time to the first frame.
    started: std::time::Instant,
    frames: u64,
    /// GOODFAITH_FRAME_STATS=1: log the CPU time per frame every 120 frames.
    frame_stats: bool,
    cpu_total: f32,
}

impl eframe::App for GoodfaithApp {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.frames += 1;
        if self.frames == 1 {
            log::info!(
                "first frame {} ms after launch",
                self.started.elapsed().as_millis()
            );
        }
        if self.frame_stats {
            self.cpu_total += frame.info().cpu_usage.unwrap_or(0.0);
            if self.frames.is_multiple_of(120) {
                log::info!(
                    "frames {}: mean CPU {:.2} ms per frame",
                    self.frames,
                    self.cpu_total / 120.0 * 1000.0
                );
                self.cpu_total = 0.0;
            }
            ctx.request_repaint();
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.state.close_requested() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        }
        self.state.ui(ui);
        let title = format!(
            "{}{} \u{2014} goodfaith",
            self.state.doc.name(),
            if self.state.dirty() { " \u{2022}" } else { "" }
        );
        ctx.send_viewport_cmd(egui::ViewportCommand::Title(title));
        if self.state.quit_now {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}

/// Opens the window. `open` is a matter file to open at start.
pub fn run(open: Option<std::path::PathBuf>, started: std::time::Instant) -> anyhow::Result<()> {
    let registry: &'static Registry = Box::leak(Box::new(Registry::embedded()?));
    let metrics = crate::layout::Metrics::new()
        .ok_or_else(|| anyhow::anyhow!("the built-in fonts could not be read"))?;
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("goodfaith")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([900.0, 560.0]),
        ..Default::default()
    };
    eframe::run_native(
        "goodfaith",
        options,
        Box::new(move |cc| {
            install_fonts(&cc.egui_ctx);
            let mut state = AppState::new(
                registry,
                metrics,
                Box::new(SystemClock),
                Box::new(dialogs::NativeDialogs::default()),
                recovery::default_data_dir(),
            );
            if let Some(path) = open {
                state.open_path(&path);
            }
            let frame_stats = std::env::var_os("GOODFAITH_FRAME_STATS").is_some();
            Ok(Box::new(GoodfaithApp {
                state,
                started,
                frames: 0,
                frame_stats,
                cpu_total: 0.0,
            }))
        }),
    )
    .map_err(|e| anyhow::anyhow!("could not open the window: {e}"))
}
