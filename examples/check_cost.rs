//! Runs the checker a given number of times on the 200-event benchmark
//! record, for `scripts/check-cost.sh` to count its instructions under
//! callgrind. Instruction counts, unlike timings, repeat exactly on a busy
//! machine, so CI can hold the check to a budget: a reading that runs on
//! every entry's words once made the check three times slower, and every
//! test still passed.
//!
//! Usage: `check_cost COURT CHECKS [words]` (`words`: every default said
//! only in the words of its objection, as an old file holds it).
#![allow(clippy::expect_used)] // a measuring tool that cannot load its packs should stop

use goodfaith::check::check;
use goodfaith::court::Registry;
use goodfaith::synthetic::{defaults_in_words, large_matter};
use std::hint::black_box;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let court = args.get(1).map_or("ksd", String::as_str);
    let checks: usize = args
        .get(2)
        .map_or(Ok(1), |n| n.parse())
        .expect("CHECKS is a number");
    let registry = Registry::embedded().expect("packs load");
    let pack = registry.get(court).expect("a court id, such as ksd");
    let mut matter = large_matter(200, 40);
    if args.get(3).is_some_and(|w| w == "words") {
        defaults_in_words(&mut matter);
    }
    let today = jiff::civil::date(2026, 2, 20);
    let mut findings = 0;
    for _ in 0..checks {
        findings += check(black_box(&matter), pack, today).findings.len();
    }
    println!("{findings} findings in {checks} checks");
}
