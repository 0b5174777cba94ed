//! Importing a mailbox of 1,000 conferral emails into a matter: read the
//! mbox, parse each message, strip quotations, match people and requests,
//! build the entries (target: under 1 s). Run: cargo bench --bench import
#![allow(clippy::expect_used)] // a benchmark that cannot set up should stop

use criterion::{Criterion, criterion_group, criterion_main};
use goodfaith::import::{add_entries, review};
use goodfaith::synthetic::{conferral_mbox, mail_matter};
use std::hint::black_box;

fn bench_import(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mbox = dir.path().join("conferral.mbox");
    std::fs::write(&mbox, conferral_mbox(1000, 40)).expect("write the mbox");
    let matter = mail_matter(40);
    let files = vec![mbox];
    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    group.bench_function("1000-messages", |b| {
        b.iter(|| {
            let r = review(
                black_box(&matter),
                &files,
                false,
                &jiff::tz::TimeZone::UTC,
                &mut |_| Ok(()),
            );
            assert_eq!(r.messages(), 1000);
            let mut m = matter.clone();
            add_entries(&mut m, r.added.into_iter().map(|p| p.event));
            let json = serde_json::to_string_pretty(&m).expect("serialise");
            black_box(json)
        })
    });
    group.finish();
}

criterion_group!(benches, bench_import);
criterion_main!(benches);
