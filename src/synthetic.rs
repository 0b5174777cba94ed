//! Synthetic matters of any size, for benchmarks and stress tests only. The
//! names are obviously fictional and nothing here is offered to a user as a
//! real record.

use jiff::ToSpan;
use jiff::civil::{Date, Time, date};

use crate::matter::*;

/// `matter` as a file written before `no_response` existed would hold it:
/// every request's default said only in the words of its objection, each
/// worded unlike the one before (so none is read once for two). The worst
/// case for reading old files on every keystroke.
pub fn defaults_in_words(matter: &mut Matter) {
    const SAID: [&str; 4] = [
        "No responses served by the agreed deadline",
        "Plaintiffs have not responded to the requests.",
        "No answers, objections, or explanations were provided.",
        "The defendant failed to respond to this discovery.",
    ];
    for (item, said) in matter.items.iter_mut().zip(SAID.iter().cycle()) {
        item.no_response = None;
        item.objection = (*said).into();
    }
}

/// A Kansas motion to compel with `items` disputed interrogatories and
/// `events` conferral entries cycling through every method, each discussing a
/// few items with both sides' positions. The movant's voicemails and calls
/// nobody answered only raise their requests: an agreement recorded on a
/// call that reached no one is a blocker (`UNREACHED-CONTRADICTED`), and the
/// benchmark measures a record being built, not forty-four such
/// contradictions.
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
                    .map(|k| {
                        let unreached = first == "c1"
                            && matches!(method, Method::Voicemail | Method::UnansweredCall);
                        ItemDiscussion {
                            item: format!("rog-{}", (e * 3 + k) % items + 1),
                            outcome: if unreached {
                                Outcome::Raised
                            } else {
                                [Outcome::Raised, Outcome::Narrowed, Outcome::Impasse][(e + k) % 3]
                            },
                            movant_position: "Asked for responsive documents from 2020 onward."
                                .into(),
                            opponent_position: "Offered documents from 2023 onward.".into(),
                        }
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
            served: None,
            opposition_served: None,
            reply_served: None,
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

/// A matter with no log yet whose two counsel have email addresses, for
/// importing `conferral_mbox`: Counsel One <one@plaintiff.example> for the
/// plaintiff (the movant), Counsel Two <two@defense.example> for the defendant,
/// and `items` interrogatories.
pub fn mail_matter(items: usize) -> Matter {
    let mut m = large_matter(0, items);
    m.counsel[0].email = "one@plaintiff.example".into();
    m.counsel[1].email = "Two@Defense.example".into();
    m
}

/// An mbox of `messages` conferral emails between the two counsel of
/// `mail_matter`: threads of a demand naming an interrogatory, then replies
/// that quote everything above them (Gmail style, "> " lines) and name another
/// interrogatory in their own text; every 25th message comes from an address
/// the matter does not know. Dates advance two hours a message, written with
/// the sender's own offset.
pub fn conferral_mbox(messages: usize, items: usize) -> Vec<u8> {
    use std::fmt::Write;
    let items = items.max(1);
    let mut out = String::new();
    let mut quoted = String::new();
    let start = date(2025, 3, 3).at(8, 0, 0, 0);
    for n in 0..messages {
        let when = start.checked_add((n as i64 * 2).hours()).unwrap_or(start);
        let thread = n / 5;
        let first = n % 5 == 0;
        let (from, to, offset) = if n % 25 == 24 {
            (
                "Pat Paralegal <pat@agency.example>",
                "one@plaintiff.example",
                "-0600",
            )
        } else if n % 2 == 0 {
            (
                "Counsel One <one@plaintiff.example>",
                "Counsel Two <two@defense.example>",
                "-0600",
            )
        } else {
            (
                "\"Two, Counsel\" <two@defense.example>",
                "Counsel One <one@plaintiff.example>",
                "-0500",
            )
        };
        let subject = if first {
            format!(
                "Deficient answer to Interrogatory No. {}",
                thread % items + 1
            )
        } else {
            format!(
                "Re: Deficient answer to Interrogatory No. {}",
                thread % items + 1
            )
        };
        let own = format!(
            "Counsel,\n\nWriting about Rog {} and the related requests. Please let me know by Friday whether you will supplement.\n",
            (n * 7) % items + 1
        );
        if first {
            quoted.clear();
        }
        let _ = write!(
            out,
            "From {} Mon Mar  3 08:00:00 2025\nFrom: {from}\nTo: {to}\nSubject: {subject}\nDate: {} {offset}\nMessage-ID: <m{n}.{thread}@mail.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{own}\nThanks,\nCounsel\n",
            if n % 2 == 0 {
                "one@plaintiff.example"
            } else {
                "two@defense.example"
            },
            when.strftime("%a, %-d %b %Y %H:%M:%S"),
        );
        if !quoted.is_empty() {
            let _ = write!(out, "\nOn an earlier day, someone wrote:\n{quoted}");
        }
        out.push('\n');
        quoted = own
            .lines()
            .chain(quoted.lines())
            .map(|l| format!("> {}\n", l.trim_start_matches("> ")))
            .collect();
    }
    out.into_bytes()
}
