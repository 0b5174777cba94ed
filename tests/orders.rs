//! The real-order regression suite: tests/fixtures/orders/ holds federal
//! orders that ruled on whether a movant's conferral was adequate, each as a
//! matter recorded from what the order states plus a sidecar with the
//! court's verdict (see tests/fixtures/orders/README.md).
//!
//! The promise under test: the checker never says "Ready" on a record a court
//! rejected, and says "Ready" on the records courts accepted. A few accepted
//! records the checker cannot yet reach are listed in the sidecar's
//! `known_disagreement` with the reason; they are reported, counted, and must
//! be removed from that list the day the checker agrees (the test fails then
//! too, so the list never goes stale). Rejected records have no such escape.
//!
//! Each record is also checked a second time as a file written before the
//! optional fields of the three-level verdict existed (`reply`,
//! `respond_by`, `offer_to_confer`, `follow_up.kept`, `no_response`,
//! `dropped`, `motion_deadline`, `unavailable`, and the later
//! `contact.no_telephone` and `leave_to_file`): such files still open, and
//! leaving those fields out must never turn a rejected record Ready. The
//! agreement of that reading is reported, not asserted: without the fields a
//! record says less, and the checker may not assume what it does not say.
//!
//! A third reading writes those fields into the words such a file had for
//! them (the other side's position, the objection): no rejected record may
//! turn Ready that way either, and its agreement is reported.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on broken setup

mod common;

use std::collections::BTreeSet;

use goodfaith::check::{Verdict, check};
use goodfaith::court::Registry;
use goodfaith::matter::read_matter;
use serde::Deserialize;

#[derive(Deserialize)]
#[allow(dead_code)] // every key is read by people; the test reads some
struct Sidecar {
    citation: String,
    court: String,
    date: toml::value::Datetime,
    motion: String,
    verdict: String,
    reasons: Vec<String>,
    says: Vec<String>,
    source: String,
    source_url: String,
    today: toml::value::Datetime,
    #[serde(default)]
    assumptions: Vec<String>,
    #[serde(default)]
    split: bool,
    /// For an accepted or excused record, how the order held it: "express"
    /// (it says the conferral was adequate, or excused it), "fees" (it awarded
    /// the movant its expenses under Rule 37(a)(5)(A), which bars them when
    /// the movant filed before attempting in good faith) or "implicit" (it
    /// granted the motion, or reached the merits, after reciting the
    /// conferral). The private set the issue measures holds orders that ruled
    /// on conferral, so the express figure is the one to compare with it.
    #[serde(default)]
    holding: Option<String>,
    /// Why the checker does not (yet) reach an accepting court's verdict.
    #[serde(default)]
    known_disagreement: Option<String>,
}

#[test]
fn the_checker_agrees_with_the_courts() {
    let registry = Registry::embedded().expect("the embedded forms load");
    let dir = common::fixture("orders");
    let mut stems: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".order.toml"))
                .map(str::to_string)
        })
        .collect();
    stems.sort();
    assert!(stems.len() >= 60, "the suite holds {} orders", stems.len());

    let (mut agree, mut rejected_ready, mut accepted_not) = (0, Vec::new(), Vec::new());
    let mut courts = BTreeSet::new();
    let (mut n_rejected, mut n_accepted) = (0, 0);
    let mut stale = Vec::new();
    let (mut old_agree, mut old_rejected_ready) = (0, Vec::new());
    let (mut words_agree, mut words_rejected_ready) = (0, Vec::new());
    // (Ready, total) per kind of holding, for accepted and excused records.
    let mut by_holding: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    let mut table = String::new();
    for stem in &stems {
        let side: Sidecar = toml::from_str(
            &std::fs::read_to_string(dir.join(format!("{stem}.order.toml"))).unwrap(),
        )
        .unwrap_or_else(|e| panic!("{stem}.order.toml: {e}"));
        let (matter, _) = read_matter(&dir.join(format!("{stem}.json")))
            .unwrap_or_else(|e| panic!("{stem}.json: {e}"));
        assert_eq!(
            matter.court, side.court,
            "{stem}: the matter names the order's court"
        );
        courts.insert(side.court.clone());
        let pack = registry
            .get(&matter.court)
            .unwrap_or_else(|| panic!("{stem}: unknown court"));
        let today: jiff::civil::Date = side.today.to_string().parse().unwrap();
        let old_level = check(&without_new_fields(&matter), pack, today).level();
        if (old_level == Verdict::Ready) == (side.verdict != "rejected") {
            old_agree += 1;
        } else if side.verdict == "rejected" {
            old_rejected_ready.push(stem.clone());
        }
        let words_level = check(&in_words(&matter), pack, today).level();
        if (words_level == Verdict::Ready) == (side.verdict != "rejected") {
            words_agree += 1;
        } else if side.verdict == "rejected" {
            words_rejected_ready.push(stem.clone());
        }
        let report = check(&matter, pack, today);
        let level = report.level();
        let codes: Vec<&str> = report
            .findings
            .iter()
            .filter(|f| {
                matches!(
                    f.severity,
                    goodfaith::court::Severity::Blocker | goodfaith::court::Severity::AtRisk
                )
            })
            .map(|f| f.code)
            .collect();
        let accepted = match side.verdict.as_str() {
            "rejected" => false,
            "accepted" | "excused" => true,
            other => panic!("{stem}: verdict \"{other}\" is not rejected, accepted or excused"),
        };
        if accepted {
            n_accepted += 1;
            let holding = match side.holding.as_deref() {
                Some(h @ ("express" | "fees" | "implicit")) => h,
                other => panic!(
                    "{stem}: an accepted or excused record says how the order held it \
                     (holding = \"express\", \"fees\" or \"implicit\"), not {other:?}"
                ),
            };
            let tally = by_holding.entry(holding.to_string()).or_default();
            tally.0 += usize::from(level == Verdict::Ready);
            tally.1 += 1;
        } else {
            n_rejected += 1;
        }
        let ok = (level == Verdict::Ready) == accepted;
        if ok {
            agree += 1;
            if side.known_disagreement.is_some() {
                stale.push(stem.clone());
            }
        } else if accepted {
            accepted_not.push((stem.clone(), side.known_disagreement.clone()));
        } else {
            rejected_ready.push(stem.clone());
        }
        table.push_str(&format!(
            "{:<58} {:<8} {:<9} {:<9} {} {}\n",
            stem,
            side.verdict,
            level.id(),
            old_level.id(),
            if ok { " " } else { "X" },
            codes.join(",")
        ));
    }
    let total = stems.len();
    println!("{table}");
    println!(
        "orders: {total} from {} districts ({n_rejected} rejected, {n_accepted} accepted or excused); \
         agreement {agree}/{total} ({:.0} %); Ready on a rejected record: {}; accepted not Ready: {}",
        courts.len(),
        100.0 * agree as f64 / total as f64,
        rejected_ready.len(),
        accepted_not.len()
    );
    println!(
        "accepted or excused records called Ready, by how the order held the conferral: {}",
        by_holding
            .iter()
            .map(|(h, (ready, n))| format!("{h} {ready}/{n}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    println!(
        "the same orders without the fields added for the three-level verdict: agreement {old_agree}/{total} ({:.0} %); Ready on a rejected record: {}",
        100.0 * old_agree as f64 / total as f64,
        old_rejected_ready.len()
    );
    println!(
        "the same old files saying in words what those fields record (\"No response.\", \"Refused to meet and confer.\", \"Answered.\" as the other side's position; \"No responses served.\" as the objection): agreement {words_agree}/{total} ({:.0} %); Ready on a rejected record: {}",
        100.0 * words_agree as f64 / total as f64,
        words_rejected_ready.len()
    );
    assert!(
        words_rejected_ready.is_empty(),
        "old files saying in words what the later fields record read Ready on records courts rejected: {words_rejected_ready:?}"
    );
    assert!(
        old_rejected_ready.is_empty(),
        "without the optional fields, the checker says Ready on records courts rejected: {old_rejected_ready:?}"
    );
    assert!(courts.len() >= 25, "orders from {} districts", courts.len());
    assert!(n_accepted >= 15, "{n_accepted} accepted orders");
    assert!(
        rejected_ready.is_empty(),
        "the checker says Ready on records courts rejected: {rejected_ready:?}"
    );
    let unexplained: Vec<&String> = accepted_not
        .iter()
        .filter(|(_, why)| why.is_none())
        .map(|(s, _)| s)
        .collect();
    assert!(
        unexplained.is_empty(),
        "accepted records the checker does not call Ready, with no known_disagreement: {unexplained:?}"
    );
    assert!(
        stale.is_empty(),
        "the checker now agrees on these; remove their known_disagreement: {stale:?}"
    );
}

/// The matter as a file written before the fields of the three-level verdict
/// existed would hold it.
fn without_new_fields(matter: &goodfaith::matter::Matter) -> goodfaith::matter::Matter {
    let mut old = matter.clone();
    old.unavailable.clear();
    for party in &mut old.parties {
        party.contact.no_telephone = false;
    }
    for item in &mut old.items {
        item.no_response = None;
        item.dropped = false;
        item.motion_deadline = None;
    }
    for ev in &mut old.conferrals {
        ev.reply = None;
        ev.respond_by = None;
        ev.offer_to_confer = false;
        ev.leave_to_file = false;
        if let Some(fu) = ev.follow_up.as_mut() {
            fu.kept = None;
        }
    }
    old
}

/// The matter as a file written before those fields existed, by a recorder
/// who said in words what they record, the only place such a file had for
/// it: the other side's silence, refusal or answer to an attempt as its
/// position on each request the attempt raised, and a complete default as
/// the request's objection. The checker reads such words only under strict
/// grammars (`matter::silence`, `matter::refusal`, `matter::default`); this
/// reading shows what they recover.
fn in_words(matter: &goodfaith::matter::Matter) -> goodfaith::matter::Matter {
    use goodfaith::matter::Reply;
    let mut said = matter.clone();
    for item in &mut said.items {
        if item.no_response == Some(true) {
            item.objection = "No responses served.".into();
        }
    }
    for ev in &mut said.conferrals {
        let words = match ev.reply {
            Some(Reply::None) => "No response.",
            Some(Reply::Refused) => "Refused to meet and confer.",
            Some(Reply::Answered) => "Answered.",
            None => continue,
        };
        for d in &mut ev.items {
            if d.opponent_position.trim().is_empty() {
                d.opponent_position = words.into();
            }
        }
    }
    without_new_fields(&said)
}

/// The same orders recorded a second time, by another hand, in the file
/// format of the time before the three-level verdict's fields, from the
/// sidecars and the orders' sources, without seeing the suite's recordings
/// (tests/fixtures/orders/second-hand/, with what each recorder assumed in
/// its README). Another recorder makes other choices where an order is
/// silent, as whoever records the orders the issue measures will: whatever
/// those choices, no record a court rejected may read Ready. The agreement on
/// the accepted records is reported.
#[test]
fn a_second_recorder_never_gets_a_rejected_record_ready() {
    let records = Restated::read(&common::fixture("orders").join("second-hand"));
    assert!(
        records.verdicts.len() >= 60,
        "{} second-hand records",
        records.verdicts.len()
    );
    let (mut rejected, mut rejected_ready) = (0, Vec::new());
    let (mut accepted, mut accepted_ready) = (0, 0);
    for (name, court_said, level) in &records.verdicts {
        let ready = *level == Verdict::Ready;
        if court_said == "rejected" {
            rejected += 1;
            if ready {
                rejected_ready.push(name.clone());
            }
        } else {
            accepted += 1;
            accepted_ready += usize::from(ready);
        }
    }
    println!(
        "second-hand records: {} ({rejected} rejected, {accepted} accepted or excused); Ready on a rejected record: {}; accepted records Ready: {accepted_ready}/{accepted}",
        records.verdicts.len(),
        rejected_ready.len()
    );
    assert!(
        rejected_ready.is_empty(),
        "recorded by another hand, these rejected records read Ready: {rejected_ready:?}"
    );
}

/// A record's file name and the sidecar of the order it records (in `dir`,
/// the suite's folder): "<stem>-vNN" is judged by "<stem>"'s.
fn sidecar_of(dir: &std::path::Path, file: &std::path::Path) -> (String, Sidecar) {
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    let base = file.file_stem().unwrap().to_str().unwrap();
    let stem = match base.rsplit_once("-v") {
        Some((stem, n)) if n.chars().all(|c| c.is_ascii_digit()) => stem,
        _ => base,
    };
    let side: Sidecar = toml::from_str(
        &std::fs::read_to_string(dir.join(format!("{stem}.order.toml")))
            .unwrap_or_else(|e| panic!("{name}: no sidecar for its order: {e}")),
    )
    .unwrap();
    (name, side)
}

/// The verdicts of records that restate suite orders (`<stem>.json` or
/// `<stem>-vNN.json`), each judged by its order's sidecar.
struct Restated {
    /// File name, the court's verdict on conferral, and the checker's.
    verdicts: Vec<(String, String, Verdict)>,
}

impl Restated {
    fn read(folder: &std::path::Path) -> Restated {
        let registry = Registry::embedded().expect("the embedded forms load");
        let dir = common::fixture("orders");
        let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(folder)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        let verdicts = files
            .iter()
            .map(|file| {
                let (name, side) = sidecar_of(&dir, file);
                let (matter, _) = read_matter(file).unwrap_or_else(|e| panic!("{name}: {e}"));
                assert_eq!(matter.court, side.court, "{name}: the order's court");
                let pack = registry.get(&matter.court).expect("court");
                let today: jiff::civil::Date = side.today.to_string().parse().unwrap();
                (name, side.verdict, check(&matter, pack, today).level())
            })
            .collect();
        Restated { verdicts }
    }

    /// Asserts that every accepted record reads Ready unless `list` (a file
    /// of names, `#` comments) says it does not, and that none listed does;
    /// returns how many read Ready.
    fn accepted_against(&self, list: &std::path::Path) -> usize {
        let text = std::fs::read_to_string(list).unwrap();
        let listed: Vec<&str> = text
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim())
            .filter(|l| !l.is_empty())
            .collect();
        let (mut ready, mut lost, mut stale) = (0, Vec::new(), Vec::new());
        for (name, court_said, level) in &self.verdicts {
            assert_ne!(
                court_said, "rejected",
                "{name}: kept with the accepted ones"
            );
            let is_listed = listed.contains(&name.as_str());
            if *level == Verdict::Ready {
                ready += 1;
                if is_listed {
                    stale.push(name.clone());
                }
            } else if !is_listed {
                lost.push(name.clone());
            }
        }
        assert!(
            lost.is_empty(),
            "accepted orders restated no longer Ready (or not listed in {list:?}): {lost:?}"
        );
        assert!(
            stale.is_empty(),
            "the checker now reads these: take them off {list:?}: {stale:?}"
        );
        ready
    }
}

/// Rewordings of suite orders by reviewers (see `orders/reviews/README.md`):
/// a rejected order reworded never reads Ready, and an accepted order
/// reworded reads Ready unless `UNREAD.txt` says which words are not read.
#[test]
fn reviewed_rewordings_keep_their_verdicts() {
    let reviews = common::fixture("orders").join("reviews");
    let rejected = Restated::read(&reviews.join("rejected"));
    assert!(
        rejected.verdicts.len() >= 290,
        "{} rejected rewordings",
        rejected.verdicts.len()
    );
    let rejected_ready: Vec<&str> = rejected
        .verdicts
        .iter()
        .inspect(|(name, court_said, _)| {
            assert_eq!(
                court_said, "rejected",
                "{name}: kept with the rejected ones"
            );
        })
        .filter(|(_, _, level)| *level == Verdict::Ready)
        .map(|(name, _, _)| name.as_str())
        .collect();
    let accepted = Restated::read(&reviews.join("accepted"));
    assert!(
        accepted.verdicts.len() >= 50,
        "{} accepted rewordings",
        accepted.verdicts.len()
    );
    let ready = accepted.accepted_against(&reviews.join("accepted/UNREAD.txt"));
    println!(
        "reviewed rewordings: rejected {} (Ready: {}), accepted {} (Ready: {ready})",
        rejected.verdicts.len(),
        rejected_ready.len(),
        accepted.verdicts.len()
    );
    assert!(
        rejected_ready.is_empty(),
        "rewordings of rejected orders read Ready: {rejected_ready:?}"
    );
}

/// Third recorders' old-format records of every accepted or excused order
/// (see `orders/third-hand/README.md`): each reads Ready unless
/// `NOT_READY.txt` lists it.
#[test]
fn third_hand_recordings_keep_their_verdicts() {
    let folder = common::fixture("orders").join("third-hand");
    let records = Restated::read(&folder);
    assert!(
        records.verdicts.len() >= 70,
        "{} records",
        records.verdicts.len()
    );
    let ready = records.accepted_against(&folder.join("NOT_READY.txt"));
    println!(
        "third-hand records of accepted orders: {ready}/{} Ready",
        records.verdicts.len()
    );
}

/// The log is "in any order" (docs/matter-format.md): every suite record
/// and every reviewed rewording gets the same verdict and the same finding
/// codes with its entries newest first, as a recorder working back
/// from the motion may keep them (a twenty-eighth review logged a
/// supplement first, and it went unread).
#[test]
fn the_order_of_the_log_changes_no_verdict() {
    let registry = Registry::embedded().expect("the embedded forms load");
    let dir = common::fixture("orders");
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    for folder in [
        dir.clone(),
        dir.join("reviews/rejected"),
        dir.join("reviews/accepted"),
    ] {
        files.extend(
            std::fs::read_dir(&folder)
                .unwrap()
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "json")),
        );
    }
    files.sort();
    let mut changed = Vec::new();
    for file in &files {
        let (name, side) = sidecar_of(&dir, file);
        let today: jiff::civil::Date = side.today.to_string().parse().unwrap();
        let (matter, _) = read_matter(file).unwrap_or_else(|e| panic!("{name}: {e}"));
        let pack = registry.get(&matter.court).expect("court");
        let codes = |m: &goodfaith::matter::Matter| {
            let report = check(m, pack, today);
            let codes: BTreeSet<String> = report
                .findings
                .iter()
                .map(|f| format!("{}:{:?}", f.code, f.severity))
                .collect();
            (report.level(), codes)
        };
        // Newest first; entries of one day and time keep the file's order,
        // the only order the record gives them.
        let mut reversed = matter.clone();
        reversed
            .conferrals
            .sort_by_key(|e| std::cmp::Reverse((e.date, e.time)));
        if codes(&matter) != codes(&reversed) {
            changed.push(name);
        }
    }
    assert!(files.len() > 1000, "{} records read", files.len());
    assert!(
        changed.is_empty(),
        "reversing the log changed the findings of: {changed:?}"
    );
}
