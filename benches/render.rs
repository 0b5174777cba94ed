//! Rendering a three-page certificate: compose, lay out, write the PDF.
//! Run: cargo bench --bench render
#![allow(clippy::expect_used)] // a benchmark that cannot load its inputs should stop

use criterion::{Criterion, criterion_group, criterion_main};
use goodfaith::court::Registry;
use goodfaith::layout::Metrics;
use goodfaith::matter::read_matter;
use goodfaith::render::{render_pages, render_pdf};
use jiff::civil::date;
use std::hint::black_box;
use std::path::Path;

fn bench_render(c: &mut Criterion) {
    let registry = Registry::embedded().expect("packs load");
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/seeds/002-single-letter-corrected.json");
    let (m, _) = read_matter(&path).expect("fixture");
    let pack = registry.get(&m.court).expect("court");
    let today = date(2018, 3, 2);
    let created = today
        .at(12, 0, 0, 0)
        .to_zoned(jiff::tz::TimeZone::UTC)
        .expect("a valid time");
    let metrics = Metrics::new().expect("fonts");
    let pages = render_pages(&m, &registry, pack, today, &metrics, false)
        .expect("render")
        .pages
        .len();
    assert_eq!(pages, 3, "the benchmark certificate is three pages");
    c.bench_function("render/3-page-certificate/layout-only", |b| {
        b.iter(|| {
            render_pages(black_box(&m), &registry, pack, today, &metrics, false).expect("render")
        })
    });
    c.bench_function("render/3-page-certificate/pdf", |b| {
        b.iter(|| {
            render_pdf(black_box(&m), &registry, pack, today, false, &created).expect("render")
        })
    });
}

criterion_group!(benches, bench_render);
criterion_main!(benches);
