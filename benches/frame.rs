//! CPU time of one app frame (the whole egui pass: checker, forms, findings,
//! preview) with a 200-event, 40-item matter open, on the conferral log and on
//! the certificate step. Headless through egui_kittest: no GPU time included.
//! Run: cargo bench --bench frame
#![allow(clippy::expect_used)] // a benchmark that cannot set up should stop

use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use goodfaith::app::dialogs::ScriptedDialogs;
use goodfaith::app::document::Document;
use goodfaith::app::{AppState, FixedClock, install_fonts};
use goodfaith::check::Step;
use goodfaith::court::Registry;
use goodfaith::layout::Metrics;
use goodfaith::synthetic::large_matter;
use jiff::civil::date;

fn harness(step: Step) -> Harness<'static, AppState> {
    let registry: &'static Registry = Box::leak(Box::new(Registry::embedded().expect("packs")));
    let mut state = AppState::new(
        registry,
        Metrics::new().expect("fonts"),
        Box::new(FixedClock(date(2026, 2, 20))),
        Box::new(ScriptedDialogs::default()),
        None,
    );
    state.doc = Document::new(large_matter(200, 40), None);
    state.step = step;
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_context_setup(install_fonts)
        .with_accessibility_check(false)
        .build_ui_state(|ui, s: &mut AppState| s.ui(ui), state);
    h.run_steps(3); // fonts, caches and the preview are warm after the first frames
    h
}

fn bench_frame(c: &mut Criterion) {
    for (name, step) in [
        ("conferral-log", Step::Conferrals),
        ("certificate-preview", Step::Certificate),
        ("court", Step::Court),
    ] {
        let mut h = harness(step);
        c.bench_function(&format!("frame/200-events/{name}"), |b| b.iter(|| h.step()));
    }
}

criterion_group!(benches, bench_frame);
criterion_main!(benches);
