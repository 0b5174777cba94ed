//! The desktop app (eframe/egui). The law stays in `check` and `forms/`; this
//! module only shows the record, lets the user edit it, and shows what the
//! checker says. `AppState::ui` is the whole app, testable without a window;
//! `GoodfaithApp` is the thin eframe wrapper.

pub mod commands;
pub mod dialogs;
pub mod document;
mod file_dialog;
mod findings;
mod frame;
pub mod import_review;
mod import_save;
pub mod outputs;
pub mod preview;
mod print;
pub mod recovery;
pub mod settings;
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
    // egui's small text (about 9 px) is too small for rule text and notes a
    // lawyer must read: the app's smallest text is 12.5 points.
    ctx.all_styles_mut(|s| {
        s.text_styles
            .insert(egui::TextStyle::Small, egui::FontId::proportional(12.5));
    });
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
    /// Where preferences live, and the zoom last written there.
    settings_dir: Option<std::path::PathBuf>,
    saved_zoom: f32,
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
        self.keep_zoom(&ctx);
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

impl GoodfaithApp {
    /// Writes the text scale when the user changed it (Ctrl+plus/minus), so
    /// the next start opens at the same size.
    fn keep_zoom(&mut self, ctx: &egui::Context) {
        let zoom = ctx.zoom_factor();
        if (zoom - self.saved_zoom).abs() < 1e-3 {
            return;
        }
        self.saved_zoom = zoom;
        if let Some(dir) = &self.settings_dir
            && let Err(e) = (settings::Settings { zoom }).save(dir)
        {
            log::warn!("could not keep the text scale: {e}");
        }
    }
}

/// The exit code when there is no display to open a window on (distinct from
/// 2, invalid input: nothing was wrong with what the user gave).
pub const EXIT_NO_DISPLAY: u8 = 3;

const NO_DISPLAY: &str = "goodfaith: no display was found, so the desktop app cannot open here.\n\
    On this machine use the command line instead:\n  \
    goodfaith check MATTER.json      (what blocks filing)\n  \
    goodfaith render MATTER.json -o certificate.pdf\n\
    Run `goodfaith --help` for more.";

/// Whether a window could be opened: on Linux and the BSDs a display server
/// must be named in the environment (Windows and macOS always have one).
fn display_available() -> bool {
    if cfg!(any(
        target_os = "windows",
        target_os = "macos",
        target_os = "ios"
    )) {
        return true;
    }
    ["DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty()))
}

/// Opens the window. `open` is a matter file to open at start. Returns the
/// exit code: 0, or `EXIT_NO_DISPLAY` after saying so in plain words.
pub fn run(open: Option<std::path::PathBuf>, started: std::time::Instant) -> anyhow::Result<u8> {
    if !display_available() {
        eprintln!("{NO_DISPLAY}");
        return Ok(EXIT_NO_DISPLAY);
    }
    let registry: &'static Registry = Box::leak(Box::new(Registry::embedded()?));
    let metrics = crate::layout::Metrics::new()
        .ok_or_else(|| anyhow::anyhow!("the built-in fonts could not be read"))?;
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("goodfaith")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([900.0, 560.0])
            .with_icon(egui::IconData {
                // 64×64 RGBA, made from assets/icon/goodfaith.png (no image
                // decoder needed at run time).
                rgba: include_bytes!("../../assets/icon/goodfaith-64.rgba").to_vec(),
                width: 64,
                height: 64,
            })
            .with_app_id("goodfaith"),
        ..Default::default()
    };
    eframe::run_native(
        "goodfaith",
        options,
        Box::new(move |cc| {
            install_fonts(&cc.egui_ctx);
            let settings_dir = recovery::default_data_dir();
            let zoom = settings_dir
                .as_deref()
                .map_or(1.0, |d| settings::Settings::load(d).zoom);
            cc.egui_ctx.set_zoom_factor(zoom);
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
                settings_dir,
                saved_zoom: zoom,
            }))
        }),
    )
    .map_or_else(
        |e| {
            // A display named but not reachable (a stale DISPLAY, no GL):
            // the same plain words; winit's reason (which names source
            // paths) only with RUST_LOG=info.
            log::info!("window failed: {e}");
            eprintln!("{NO_DISPLAY}");
            Ok(EXIT_NO_DISPLAY)
        },
        |()| Ok(0),
    )
}
