//! The checker runs on every keystroke: measure it on a long record.
#![allow(clippy::expect_used)] // a benchmark that cannot load its packs should stop
//! Run: cargo bench --bench check

use criterion::{Criterion, criterion_group, criterion_main};
use goodfaith::check::{check, check_with_notes};
use goodfaith::court::Registry;
use goodfaith::synthetic::{defaults_in_words, large_matter};
use jiff::civil::date;
use std::hint::black_box;

fn bench_check(c: &mut Criterion) {
    let registry = Registry::embedded().expect("packs load");
    let matter = large_matter(200, 40);
    let today = date(2026, 2, 20);
    // D. Kan. and C.D. Cal. apply the most checks; S.D.N.Y. has no pack of its own.
    for court in ["ksd", "mssd", "cacd", "txed", "nysd"] {
        let pack = registry.get(court).expect("court");
        c.bench_function(&format!("check/{court}/200-events-40-items"), |b| {
            b.iter(|| check(black_box(&matter), black_box(pack), today))
        });
    }
    // Old files: every request's default is said only in the words of its
    // objection. Each distinct objection is read once per thread (see
    // `matter::default::read_once`), so this measures every keystroke after
    // the first; the first check of such a file also reads the forty
    // objections (about 215k instructions more under callgrind).
    let mut old_file = matter.clone();
    defaults_in_words(&mut old_file);
    let pack = registry.get("ksd").expect("court");
    c.bench_function("check/ksd/200-events-40-items-defaults-in-words", |b| {
        b.iter(|| check(black_box(&old_file), black_box(pack), today))
    });
    // What the app runs on every keystroke: the check and the scan of every
    // note for shorthand (NOTE-AS-WRITTEN), kept out of `check`'s budget.
    c.bench_function("check-with-notes/ksd/200-events-40-items", |b| {
        b.iter(|| check_with_notes(black_box(&matter), black_box(pack), today))
    });
}

criterion_group!(benches, bench_check);
criterion_main!(benches);
