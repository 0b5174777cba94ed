//! One pass over the matter that every check kind then reads, so the checker
//! stays well inside a keystroke's budget on a long log.

use jiff::civil::Date;
use rustc_hash::FxHashMap;

use crate::matter::{ConferralEvent, Matter, Method, Outcome, Side};

/// What one contact amounts to.
pub struct EventFacts<'m> {
    pub ev: &'m ConferralEvent,
    /// Dated on or before the filing date and not in the future: it can be certified.
    pub counted: bool,
    /// Someone on another side took part (counsel, a pro se party, or staff
    /// of the other side's counsel).
    pub opponent_in: bool,
    /// The movant's side initiated it.
    pub by_movant: bool,
    /// Live, with both sides taking part.
    pub two_way: bool,
}

/// Where one disputed item stands across the whole log.
#[derive(Default, Clone, Copy)]
pub struct ItemFacts {
    /// Mentioned in any counted contact.
    pub raised: bool,
    /// Discussed in a counted live, two-way exchange.
    pub two_way: bool,
    /// Discussed in a counted conference the court accepts (its methods and
    /// minimum length).
    pub accepted: bool,
    /// Some counted contact records the other side's position and an outcome
    /// beyond "raised": the sides compared views.
    pub engaged: bool,
}

pub struct Facts<'m> {
    pub matter: &'m Matter,
    pub today: Date,
    pub filing: Date,
    pub movant: Side,
    /// Every event, sorted by date and time.
    pub events: Vec<EventFacts<'m>>,
    /// Parallel to `matter.items`.
    pub items: Vec<ItemFacts>,
}

impl<'m> Facts<'m> {
    /// `live`: the methods and minimum minutes of the court's live-conferral
    /// check, when it has one.
    pub fn new(matter: &'m Matter, today: Date, live: Option<(&[Method], u32)>) -> Self {
        let filing = matter.filing_date(today);
        let movant = matter.motion.movant;

        // Id lookups dominate this pass on a long log, so use a fast hasher
        // (the ids are the user's own: no hash-flooding concern).
        let mut sides: FxHashMap<&str, Side> = FxHashMap::default();
        sides.reserve(matter.counsel.len() + matter.parties.len());
        for p in &matter.parties {
            sides.insert(p.id.as_str(), p.side);
        }
        for c in &matter.counsel {
            if let Some(s) = c
                .represents
                .iter()
                .find_map(|p| matter.party_by_id(p))
                .map(|p| p.side)
            {
                sides.insert(c.id.as_str(), s);
            }
        }
        let side_of = |id: &str| sides.get(id).copied();
        let item_ids: FxHashMap<&str, usize> = matter
            .items
            .iter()
            .enumerate()
            .map(|(i, it)| (it.id.as_str(), i))
            .collect();
        let item_index = |id: &str| item_ids.get(id).copied();

        let mut items = vec![ItemFacts::default(); matter.items.len()];
        let mut events = Vec::with_capacity(matter.conferrals.len());
        for ev in &matter.conferrals {
            let counted = matter.certifiable(ev, today);
            let (mut movant_in, mut opponent_in) = (false, false);
            for p in &ev.participants {
                match side_of(p) {
                    Some(s) if s == movant => movant_in = true,
                    Some(_) => opponent_in = true,
                    None => {}
                }
            }
            let by_movant = side_of(&ev.initiated_by) == Some(movant);
            // Counsel (or pro se parties) on both sides: a conference.
            let two_way = ev.method.is_live() && movant_in && opponent_in;
            // Staff of the other side's counsel: the other side was reached,
            // but counsel did not confer.
            let opponent_in = opponent_in
                || ev
                    .staff
                    .iter()
                    .any(|s| side_of(&s.works_for).is_some_and(|x| x != movant));
            let accepted = counted
                && two_way
                && live.is_none_or(|(counts, min)| {
                    counts.contains(&ev.method) && ev.duration_minutes.is_none_or(|d| d >= min)
                });
            if counted {
                for d in &ev.items {
                    if let Some(i) = item_index(&d.item) {
                        let f = &mut items[i];
                        f.raised = true;
                        f.two_way |= two_way;
                        f.accepted |= accepted;
                        f.engaged |=
                            !d.opponent_position.trim().is_empty() && d.outcome != Outcome::Raised;
                    }
                }
            }
            events.push(EventFacts {
                ev,
                counted,
                opponent_in,
                by_movant,
                two_way,
            });
        }
        events.sort_by_key(|e| (e.ev.date, e.ev.time));
        Facts {
            matter,
            today,
            filing,
            movant,
            events,
            items,
        }
    }

    /// Counted contacts with the other side.
    pub fn contacts(&self) -> impl Iterator<Item = &EventFacts<'m>> {
        self.events.iter().filter(|e| {
            // Someone from the other side took part (or was written to);
            // an unanswered call or a voicemail is an attempt to reach them.
            e.counted && (e.opponent_in || (e.by_movant && e.ev.method.is_attempt()))
        })
    }

    /// Side of a counsel or party id.
    pub fn side_of(&self, id: &str) -> Option<Side> {
        self.matter.side_of(id)
    }

    /// "2 letters, 1 email and 3 unanswered calls": what the contacts were.
    pub fn describe_contacts(&self) -> String {
        let mut counts: Vec<(Method, usize)> = Vec::new();
        for e in self.contacts() {
            match counts.iter_mut().find(|(m, _)| *m == e.ev.method) {
                Some((_, n)) => *n += 1,
                None => counts.push((e.ev.method, 1)),
            }
        }
        let parts: Vec<String> = counts
            .iter()
            .map(|(m, n)| {
                let noun = m.phrase();
                if *n == 1 {
                    format!("1 {noun}")
                } else {
                    format!("{n} {}", plural_noun(noun))
                }
            })
            .collect();
        crate::text::join_and(&parts)
    }
}

fn plural_noun(noun: &str) -> String {
    if let Some(rest) = noun.strip_prefix("discussion at") {
        return format!("discussions at{rest}");
    }
    if noun.ends_with('x') {
        format!("{noun}es")
    } else {
        format!("{noun}s")
    }
}
