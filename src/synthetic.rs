//! Synthetic matters of any size, for benchmarks and stress tests only. The
//! names are obviously fictional and nothing here is offered to a user as a
//! real record.

use jiff::ToSpan;
use jiff::civil::{Date, Time, date};

use crate::matter::*;

/// A Kansas motion to compel with `items` disputed interrogatories and
/// `events` conferral entries cycling through every method, each discussing a
/// few items with both sides' positions.
pub fn large_matter(events: usize, items: usize) -> Matter {
    let start = date(2025, 1, 6);
    let items_v: Vec<DisputedItem> = (0..items)
        .map(|i| DisputedItem {
            served: Some(start),
            response: Some(date(2026, 2, 2)),
            objection: "Overbroad and unduly burdensome.".into(),
            ..DisputedItem::new(
                format!("rog-{}", i + 1),
                format!("Interrogatory No. {}", i + 1),
            )
        })
        .collect();
    let conferrals: Vec<ConferralEvent> = (0..events)
        .map(|e| {
            let method = Method::ALL[e % Method::ALL.len()];
            let first = if e % 2 == 0 { "c1" } else { "c2" };
            let day: Date = start.checked_add(((e * 2) as i64).days()).unwrap_or(start);
            ConferralEvent {
                time: Time::new(9 + (e % 8) as i8, 0, 0, 0).ok(),
                duration_minutes: Some(10 + (e % 50) as u32),
                participants: vec!["c1".into(), "c2".into()],
                staff: vec![],
                items: (0..3.min(items))
                    .map(|k| ItemDiscussion {
                        item: format!("rog-{}", (e * 3 + k) % items + 1),
                        outcome: [Outcome::Raised, Outcome::Narrowed, Outcome::Impasse]
                            [(e + k) % 3],
                        movant_position: "Asked for responsive documents from 2020 onward.".into(),
                        opponent_position: "Offered documents from 2023 onward.".into(),
                    })
                    .collect(),
                summary: "Discussed the objections.".into(),
                ..ConferralEvent::new(format!("e{}", e + 1), day, method, first.into())
            }
        })
        .collect();
    Matter {
        unavailable: vec![],
        schema_version: SCHEMA_VERSION,
        court: "ksd".into(),
        judge: String::new(),
        motion: Motion {
            kind: MotionKind::Compel,
            title: "Plaintiff's Motion to Compel".into(),
            movant: Side::Plaintiff,
            planned_filing: Some(date(2026, 2, 27)),
        },
        caption: Caption {
            case_number: "2:25-cv-00001".into(),
            division: String::new(),
        },
        parties: vec![
            Party {
                id: "p1".into(),
                name: "Sample Plaintiff".into(),
                side: Side::Plaintiff,
                pro_se: false,
                contact: Contact::default(),
            },
            Party {
                id: "p2".into(),
                name: "Sample Defendant".into(),
                side: Side::Defendant,
                pro_se: false,
                contact: Contact::default(),
            },
        ],
        counsel: vec![
            Counsel::new("c1", "Counsel One", vec!["p1".into()], CounselRole::Lead),
            Counsel::new("c2", "Counsel Two", vec!["p2".into()], CounselRole::Lead),
        ],
        items: items_v,
        conferrals,
        certificate: CertificateRecord::default(),
    }
}
