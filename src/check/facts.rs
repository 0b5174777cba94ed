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
    /// A conference before the judge with both sides, after which the court
    /// gave leave to file (`leave_to_file`): the requests it lists were
    /// discussed, as at a hearing, but it is court action, not a conference
    /// or an attempt between counsel, so it is neither `two_way` nor one of
    /// the movant's attempts, and answers no offer or promise.
    pub before_judge: bool,
    /// Lists at least one request the motion keeps (or the matter lists
    /// none): a call about another case or other discovery is not a
    /// conference on this motion.
    pub about_motion: bool,
    /// Its summary or a position says it was about another case
    /// (`ConferralEvent::says_about_another_case`): not `about_motion`,
    /// whatever requests it lists.
    pub another_case: bool,
    /// A conference the court accepts: counted, two-way, by a method it
    /// counts, long enough, and about this motion's requests.
    pub accepted: bool,
    /// A two-way meeting logged in person that was the court's own
    /// conference, or was held at a deposition (`matter::says_held_by_court`):
    /// weighed as a discussion at a deposition or hearing.
    pub at_hearing: bool,
    /// The other side wrote or called the movant's side: counted, initiated
    /// by someone on another side, with the movant's side among the
    /// participants. An answer, whatever it said.
    pub from_other_side: bool,
    /// In a file that records no `reply` anywhere (written before the field
    /// existed), the entry records, as the other side's position on a
    /// request the motion keeps, a plain refusal to confer
    /// (`ItemDiscussion::records_a_refusal`) and no other answer on a kept
    /// request, no offer to talk and no promise: counted, not a live two-way
    /// conversation (talking is conferring), and either the movant's contact
    /// reaching the other side's counsel or party, or the
    /// other side's contact to the movant's side. Whether it stands is
    /// `attempts::refusal_in_words`.
    pub refusal_words: bool,
    /// Live, with both sides present, but one side only through a party its
    /// counsel represents (the movant's lawyer telephoning the represented
    /// defendant itself, a pro se prisoner talking with a represented
    /// officer): not a conference, since a represented party confers through
    /// its counsel. Local rules speak of conferring with opposing counsel
    /// (D. Kan. Rule 37.2, E.D. Wis. Civil L.R. 37 as quoted in O'Boyle, in
    /// the suite), and a lawyer may not discuss the matter with a
    /// represented party without its counsel's consent (ABA Model Rule
    /// 4.2).
    pub without_counsel: bool,
    /// Live, with the movant's side and, on the other side, only non-parties
    /// (a subpoenaed bank's counsel), where a party is on another side and
    /// the motion is not one to compel a non-party's compliance with a
    /// subpoena: not a conference with the party the motion opposes
    /// (Rochlin, S.D. Ind. 2006, in the suite, denied a motion to quash a
    /// party's subpoena for want of "direct communication" between opposing
    /// counsel).
    pub nonparty_only: bool,
    /// The entry says how it was made (`ConferralEvent::tells_its_means`):
    /// one logged as `other` that does not is no attempt to confer.
    pub means_told: bool,
    /// The movant's contact, not a conversation, that reached on the other
    /// side only a party its counsel represents: no attempt to confer (a
    /// represented party confers through its lawyer; see `without_counsel`).
    pub party_only: bool,
    /// The movant's contact, not a conversation, that reached on the other
    /// side only non-parties, where the motion opposes a party (see
    /// `nonparty_only`): no attempt to confer with that party.
    pub to_nonparty_only: bool,
    /// The movant's message or call whose summary says it never got
    /// through (`matter::says_not_delivered`: bounced, returned
    /// undeliverable, a wrong number): no attempt to confer.
    pub undelivered: bool,
}

impl EventFacts<'_> {
    /// The method the checks weigh the entry by: its own, except that a
    /// meeting in person that was the court's own conference (`at_hearing`)
    /// is weighed as a discussion at a deposition or hearing.
    pub fn method(&self) -> Method {
        weighed_method(self.ev.method, self.at_hearing)
    }
}

/// See `EventFacts::method` (also asked in the one pass, before the entry's
/// facts are whole).
fn weighed_method(method: Method, at_hearing: bool) -> Method {
    if at_hearing {
        Method::Deposition
    } else {
        method
    }
}

/// Whether a position recorded on an entry may be a file's way of saying
/// that no answer came: only on the movant's own written attempt with no
/// `reply` (a file written before the field could say so nowhere else). On
/// a conversation or on the other side's own contact, a position is what it
/// said.
fn silence_possible(by_movant: bool, ev: &ConferralEvent, two_way: bool) -> bool {
    by_movant && ev.reply.is_none() && !two_way
}

impl EventFacts<'_> {
    /// The entry records the other side's answer on `d`: its position,
    /// unless that only says no answer came where a file could say so
    /// (`silence_possible`, `ItemDiscussion::records_an_answer`).
    pub fn answer_on(&self, d: &crate::matter::ItemDiscussion) -> bool {
        if silence_possible(self.by_movant, self.ev, self.two_way) {
            d.records_an_answer()
        } else {
            !d.opponent_position.trim().is_empty()
        }
    }
}

/// Whether a message of the movant's reaching the other side follows a
/// promise up: the other side answered it (the field, or `answered` on the
/// words of an entry), it closes the thread (an impasse or a resolution it
/// records: Werdebaugh v. Blue Diamond, N.D. Cal. 2014, accepted, where the
/// movant answered an offer to reconsider by ending the talks), or it left
/// the court's fair time to answer before filing (on or before
/// `fair_until`). A letter sent the day of the motion asks and files at
/// once (Brady v. LTD Parts, M.D. Tenn. 2009; Kosjer, D. Kan. 2018, as
/// reviews recorded them).
fn chase_stands<'a>(
    ev: &'a ConferralEvent,
    fair_until: Option<Date>,
    answered: impl Fn(&'a crate::matter::ItemDiscussion) -> bool,
) -> bool {
    use crate::matter::Reply;
    matches!(ev.reply, Some(Reply::Answered | Reply::Refused))
        || ev
            .items
            .iter()
            .any(|d| matches!(d.outcome, Outcome::Impasse | Outcome::Resolved))
        || fair_until.is_some_and(|u| ev.date <= u)
        || ev.items.iter().any(answered)
}

/// The last text read and what it said: a long log repeats one position
/// entry after entry, and each is read on every keystroke. `text` picks the
/// position read (the other side's, or the movant's own).
pub(super) struct Memo<'m> {
    last: std::cell::Cell<Option<(&'m str, bool)>>,
    text: fn(&crate::matter::ItemDiscussion) -> &str,
    read: fn(&crate::matter::ItemDiscussion) -> bool,
}

impl<'m> Memo<'m> {
    /// Reads the other side's position.
    pub(super) fn theirs(read: fn(&crate::matter::ItemDiscussion) -> bool) -> Self {
        Memo {
            last: std::cell::Cell::new(None),
            text: |d| &d.opponent_position,
            read,
        }
    }

    /// Reads the movant's own position.
    pub(super) fn own(read: fn(&crate::matter::ItemDiscussion) -> bool) -> Self {
        Memo {
            last: std::cell::Cell::new(None),
            text: |d| &d.movant_position,
            read,
        }
    }

    pub(super) fn get(&self, d: &'m crate::matter::ItemDiscussion) -> bool {
        let text = (self.text)(d);
        match self.last.get() {
            Some((last, said)) if same_text(last, text) => said,
            _ => {
                let said = (self.read)(d);
                self.last.set(Some((text, said)));
                said
            }
        }
    }
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
    /// The sides compared views: some counted contact records an outcome
    /// beyond "raised" together with the other side's position, or an
    /// accepted conference records such an outcome.
    pub engaged: bool,
    /// The other side's own answer on it is on record, from a conference or
    /// with an outcome (the half of `engaged` that does not rest on an
    /// outcome alone).
    pub heard_out: bool,
    /// The other side answered about it in writing (its own contact lists the
    /// item, or a contact records its position): a written exchange.
    pub exchanged: bool,
    /// The movant raised it with the other side (any counted contact by the
    /// movant's side reaching the other side).
    pub attempted: bool,
    /// Dropped from the motion by the user: not checked.
    pub dropped: bool,
    /// Discussed in a counted two-way discussion at a deposition or hearing.
    pub at_deposition: bool,
    /// Discussed at a counted conference before the judge that ended with
    /// leave to file (`EventFacts::before_judge`).
    pub before_judge: bool,
    /// Raised in a contact by the movant's side that the other side answered
    /// (`reply: answered`), though what it said on the request is not recorded.
    pub replied: bool,
    /// When it was last discussed in a counted contact, and whether that
    /// discussion ended with it resolved (and no promise made there was
    /// recorded as broken): a request the sides settled is not one the
    /// motion can ask the court to decide.
    pub last: Option<(Date, Option<jiff::civil::Time>, bool)>,
    /// Listed in a counted contact dated before its response came, which
    /// cannot have discussed the response: "never discussed" would be false.
    pub before_response: bool,
    /// After the last accepted conference on it, the other side's own
    /// message brought something new on it (supplemental responses served,
    /// an offer to narrow it, a promise: outcome `raised`, `narrowed` or
    /// `follow_up`), and no contact of the movant's, nor another
    /// conference, followed before filing: the index of that message. A
    /// motion filed then comes in the middle of the meet-and-confer process
    /// (Becker, E.D. Cal. 2013; Buntain, C.D. Ill. 2023, denied a motion on
    /// supplemental responses never discussed). An index into the matter's
    /// own log (`Matter::conferrals`), not the sorted `events`.
    pub reopened: Option<usize>,
    /// After the last accepted conference on it, the movant's own message
    /// narrowed it (outcome `narrowed`, no answer of the other side's
    /// recorded) and nothing from the other side, nor another conference,
    /// followed before filing: the index of that message (the matter's own).
    pub revised: Option<usize>,
    /// The latest accepted conference on it settled it, or narrowed it with
    /// the other side's position on record (in date order, as the pass reads
    /// the log): a letter of the movant's after it confirms, not revises.
    pub conference_agreed: bool,
    /// The last day a counted contact with the other side listed it and
    /// followed it up (a conversation, its own message, or a message of the
    /// movant's it answered, that closed the thread, or that left it a fair
    /// time to answer before filing; not before the judge): a promise made
    /// on an earlier day was followed up.
    pub last_with_them: Option<Date>,
}

impl ItemFacts {
    /// The motion keeps it: neither dropped by the user nor settled in
    /// conferral.
    pub fn kept(&self) -> bool {
        !self.dropped && self.settled().is_none()
    }

    /// The day the sides settled it, when its latest counted discussion did
    /// (see `matter::settled_among`): the motion should not raise it.
    pub fn settled(&self) -> Option<Date> {
        self.last
            .and_then(|(day, _, settled)| settled.then_some(day))
    }
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
    /// The side of each counsel and party id, looked up on every check.
    sides: IdTable<'m, Side>,
    /// The index in `matter.items` (and `items`) of each request id.
    item_ids: IdTable<'m, usize>,
    /// Whether the log stands as "attempted to confer" (set by `check`).
    pub excuse: super::attempts::Excuse,
    /// How severe a written-only, two-way exchange is in this court.
    pub written_exchange: crate::court::Severity,
    /// The severity of a record whose only conference on the motion's
    /// requests was held at a deposition or hearing (the pack's, else the
    /// check's).
    pub deposition: crate::court::Severity,
    /// The severity of a record that stands only as an attempt to confer
    /// (the pack's `attempted`, else a note).
    pub attempted: crate::court::Severity,
    /// The severity of a record whose conference the other side expressly
    /// refused (the pack's `refused`, else a note).
    pub refused: crate::court::Severity,
    /// The business days the other side must have to answer a request
    /// (the court's `min_response_days`, else the baseline's three).
    pub fair_days: u32,
    /// `all_defaulted`, read once: it may read the words of objections.
    all_defaulted: std::cell::OnceCell<bool>,
    /// The day of the movant's first attempt about the motion's requests
    /// (`attempts::tries`), found once: the attempts are read many times.
    pub(super) first_try: std::cell::OnceCell<Option<jiff::civil::Date>>,
    /// The last day a message could be sent and still leave the other side
    /// the court's fair time to answer before filing (`fair_days` court
    /// days), found once per check.
    pub(super) fair_until: Option<jiff::civil::Date>,
    /// `before_judge_on_motion`, found in the one pass over the log.
    before_judge_on_motion: bool,
    /// The pro se parties who cannot be called (`Matter::cannot_be_called`),
    /// found once: it may read every summary.
    uncallable: std::cell::OnceCell<Vec<&'m str>>,
    /// The other side's names (`OwingNames`), gathered once: the readings
    /// of objections and summaries share them.
    owing: std::cell::OnceCell<crate::matter::OwingNames>,
    /// The movant's side's names and the other side's, their counsel's
    /// among them (`movant_names`, `their_names`), gathered once: a refusal
    /// in words, a promise told in a summary and a contact told as the
    /// other side's claim all ask them.
    names: SideNames,
    /// The other side's known absences (`Facts::absences`), gathered once.
    absences: std::cell::OnceCell<Vec<crate::matter::Unavailability>>,
}

impl<'m> Facts<'m> {
    /// `live`: the methods and minimum minutes of the court's live-conferral
    /// check, when it has one.
    pub fn new(
        matter: &'m Matter,
        today: Date,
        live: Option<(&[Method], u32)>,
        fair_days: u32,
    ) -> Self {
        let filing = matter.filing_date(today);
        let fair_until = super::attempts::last_fair_day(fair_days, filing);
        let movant = matter.motion.movant;

        // Id lookups dominate this pass on a long log, so use a fast hasher
        // (the ids are the user's own: no hash-flooding concern).
        let sides = IdTable::new(
            matter
                .parties
                .iter()
                .map(|p| (p.id.as_str(), p.side))
                .chain(matter.counsel.iter().filter_map(|c| {
                    c.represents
                        .iter()
                        .find_map(|p| matter.party_by_id(p))
                        .map(|p| (c.id.as_str(), p.side))
                })),
        );
        let side_of = |id: &str| sides.get(id);
        let item_ids = IdTable::new(
            matter
                .items
                .iter()
                .enumerate()
                .map(|(i, it)| (it.id.as_str(), i)),
        );
        let item_index = |id: &str| item_ids.get(id);

        let mut items: Vec<ItemFacts> = matter
            .items
            .iter()
            .map(|it| ItemFacts {
                dropped: it.dropped,
                ..ItemFacts::default()
            })
            .collect();
        let no_kept_items = matter.items.iter().all(|it| it.dropped);
        let mut events = Vec::with_capacity(matter.conferrals.len());
        let mut before_judge_on_motion = false;
        // The index of each request a contact lists, looked up once per
        // contact (one buffer reused across the log).
        let mut listed: Vec<Option<usize>> = Vec::new();
        let any_reply = matter.conferrals.iter().any(|e| e.reply.is_some());
        // A file that records replies but no refusal among them may still
        // log the other side's refusal as that side's own message ("Refused
        // to meet and confer.": an over-strictness review, 100, of Jenkins
        // v. Miller, D. Vt. 2024).
        let refused_reply = any_reply
            && matter
                .conferrals
                .iter()
                .any(|e| e.reply == Some(crate::matter::Reply::Refused));
        let answers = Memo::theirs(crate::matter::ItemDiscussion::records_an_answer);
        let no_substance_memo = Memo::theirs(crate::matter::ItemDiscussion::records_no_substance);
        // The other side may be named by its role where the movant's side
        // is known ("Defense counsel declined to meet and confer").
        // Both sides' names, gathered at the first reading that asks them
        // and kept in the facts (`Facts::movant_names`, `Facts::their_names`).
        let names = SideNames::default();
        let refusals = Memo::theirs(match movant {
            Side::Plaintiff => |d| d.records_a_refusal_against(Side::Plaintiff),
            Side::Defendant => |d| d.records_a_refusal_against(Side::Defendant),
            _ => crate::matter::ItemDiscussion::records_a_refusal,
        });
        // The parties some counsel represents: such a party speaks through
        // its counsel.
        let represented: Vec<&str> = matter
            .counsel
            .iter()
            .flat_map(|c| c.represents.iter().map(String::as_str))
            .collect();
        // Whether a non-party alone can be the other side of a conference:
        // on a motion to compel its compliance with a subpoena, or to compel
        // discovery the motion's title or a kept request names it as owing
        // ("… Production of Documents from Thomas F. McLarty, III": Alexander
        // v. FBI, D.D.C. 1999), or where no party is on another side.
        // (Asked only when a non-party is listed: this runs on every keystroke.)
        // (The non-parties' names folded once; each text once.)
        let nonparty_names: Vec<String> = matter
            .parties
            .iter()
            .filter(|p| p.side == Side::Nonparty && p.name.trim().len() > 3)
            .map(|p| p.name.trim().to_lowercase())
            .collect();
        let names_nonparty = |text: &str| {
            !nonparty_names.is_empty() && {
                let text = text.to_lowercase();
                nonparty_names
                    .iter()
                    .any(|name| text.contains(name.as_str()))
            }
        };
        let nonparty_confers = !matter.parties.iter().any(|p| p.side == Side::Nonparty)
            || (matter.motion.kind == crate::matter::MotionKind::Compel
                && (super::participants::names_subpoena(&matter.motion.title)
                    || names_nonparty(&matter.motion.title)
                    || matter.items.iter().any(|i| {
                        !i.dropped
                            && (super::participants::names_subpoena(&i.label)
                                || names_nonparty(&i.label))
                    })))
            || !matter
                .parties
                .iter()
                .any(|p| p.side != movant && p.side != Side::Nonparty);
        // The last summary and positions read for another case, and what
        // they said (see `Memo`: a long log repeats its words).
        let mut case_memo: [Option<(&str, u8)>; 3] = [None; 3];
        // In date order, whatever order the file keeps: what follows what
        // (a supplement after the last conference, a promise and its chase)
        // is read from the dates (a twenty-eighth review logged the other
        // side's supplement first, newest-first, and it went unread). A log
        // is nearly always kept in date order: that is one scan, and no
        // allocation.
        let in_order = matter.conferrals.is_sorted_by_key(|e| (e.date, e.time));
        let mut order: Vec<usize> = Vec::new();
        if !in_order {
            order.extend(0..matter.conferrals.len());
            order.sort_by_key(|&k| (matter.conferrals[k].date, matter.conferrals[k].time));
        }
        let indices = (0..matter.conferrals.len()).map(|i| if in_order { i } else { order[i] });
        let mut last_reach: Option<(&str, bool)> = None;
        // The last summary read for how an `other` entry was made.
        let mut last_means: Option<(&str, bool)> = None;
        // The last summary read for a message that never got through.
        let mut last_failed: Option<(&str, bool)> = None;
        let mut last_hearing: Option<(&str, bool)> = None;
        let mut last_summary: Option<(&str, Vec<u32>, u8)> = None;
        // The last position of the other side's read for a part of the
        // dispute conferred on (`matter::says_only_some_conferred`).
        let mut last_part: Option<(&str, bool)> = None;
        // The last position and summary of the other side's read for an
        // offer (`matter::says_offered_something`).
        let mut last_offer: Option<(&str, bool)> = None;
        let mut last_offer_summary: Option<(&str, bool)> = None;
        for k in indices {
            let ev = &matter.conferrals[k];
            listed.clear();
            // A request the summary itself says was not taken up at it ("our
            // issues re RFP 72 and 73 ... were not discussed on the meet and
            // confer": Orca Security v. Wiz, D. Del. 2024) is not one it
            // listed.
            // (A long log repeats the same words entry after entry: the
            // last summary's reading is kept.)
            if last_summary
                .as_ref()
                .is_none_or(|(text, _, _)| !same_text(text, &ev.summary))
            {
                let (numbers, kinds) = crate::matter::requests_not_discussed(&ev.summary);
                last_summary = Some((ev.summary.as_str(), numbers, kinds));
            }
            let (not_discussed, kinds_not_discussed): (&[u32], u8) =
                last_summary.as_ref().map_or((&[], 0), |(_, n, k)| (n, *k));
            // So is a request whose position of the other side's there says
            // it was not conferred on ("Says these topics were never met and
            // conferred on": a fifty-fourth review of Bohnel v. JetBlue, E.D.
            // Cal. 2021).
            // (A long log repeats the same positions: the last reading of
            // each text is kept.)
            listed.extend(ev.items.iter().map(|d| {
                item_index(&d.item).filter(|&i| {
                    (not_discussed.is_empty() || {
                        let label = &matter.items[i].label;
                        let named = crate::matter::label_numbers(label);
                        let kind = crate::matter::request_kinds(label);
                        named.is_empty()
                            || !named.iter().all(|n| not_discussed.contains(n))
                            || (kinds_not_discussed != 0
                                && kind != 0
                                && kinds_not_discussed & kind == 0)
                    }) && !last_reading(
                        &mut last_part,
                        &d.opponent_position,
                        crate::matter::says_only_some_conferred,
                    )
                })
            }));
            let counted = matter.certifiable(ev, today);
            let (mut movant_in, mut opponent_in) = (false, false);
            // A side present through its counsel, or as an unrepresented party.
            let (mut movant_speaks, mut opponent_speaks) = (false, false);
            let mut nonparty_in = false;
            // A call whose own summary says it never reached the other side
            // ("couldn't reach him") is an attempt, not a conversation.
            // (A long log repeats the same words: the last reading is kept.)
            let live_method = ev.method.is_live()
                && !(matches!(ev.method, Method::Telephone | Method::Video)
                    && last_reading(
                        &mut last_reach,
                        &ev.summary,
                        crate::matter::summary_says_not_reached,
                    ));
            // For a contact that is not live: whether it reached, on another
            // side, someone who confers for a party the motion opposes
            // (counsel, a pro se party), or only a party its counsel
            // represents (see `party_only` below).
            let mut reached = false;
            let mut to_party = false;
            let initiator = side_of(&ev.initiated_by);
            let by_movant = initiator == Some(movant);
            for p in &ev.participants {
                // Asked only of a live contact: only a conversation is judged
                // by who spoke in it.
                let speaks = !(live_method && represented.iter().any(|r| same_text(r, p)));
                match side_of(p) {
                    Some(s) if s == movant => {
                        movant_in = true;
                        movant_speaks |= speaks;
                    }
                    Some(s) => {
                        opponent_in = true;
                        let confers = nonparty_confers || s != Side::Nonparty;
                        opponent_speaks |= speaks && confers;
                        nonparty_in |= s == Side::Nonparty;
                        if !live_method && by_movant && confers {
                            if represented.iter().any(|r| same_text(r, p)) {
                                to_party = true;
                            } else {
                                reached = true;
                            }
                        }
                    }
                    None => {}
                }
            }
            // Contact with the court is not contact between the sides: the
            // same entry records a letter to chambers that names both sides
            // and a conference held before the judge. The one exception is a
            // conference before the judge with both sides, after which the
            // court gave leave to file the motion: the sides discussed the
            // requests it lists, as at a hearing; but it is court action, not
            // a conference or an attempt between counsel, so it is weighed
            // like a discussion at a deposition or hearing (courts divide),
            // never as an accepted conference (see `before_judge`).
            let leave =
                ev.method == Method::Court && movant_in && opponent_in && ev.leave_conference();
            if ev.method == Method::Court && !leave {
                movant_in = false;
                opponent_in = false;
            }
            let by_other = initiator.is_some_and(|s| s != movant);
            // Counsel (or pro se parties) on both sides: a conference.
            let both = live_method && movant_in && opponent_in;
            let two_way = both && movant_speaks && opponent_speaks;
            let nonparty_only = both && movant_speaks && !opponent_speaks && nonparty_in;
            let without_counsel = both && !two_way && !nonparty_only;
            // The movant's letter, email or call that reached, on the other
            // side, no one who confers for the party the motion opposes: only
            // a party its counsel represents (a represented party confers
            // through its lawyer, the rule of `without_counsel`), or only a
            // non-party where a party must be conferred with (the rule of
            // `nonparty_only`). Not an attempt to confer. (Asked only of the
            // movant's contacts that are not live.)
            let (party_only, to_nonparty_only) =
                if !live_method && by_movant && opponent_in && !reached {
                    let staff_reached = ev.staff.iter().any(|s| {
                        side_of(&s.works_for).is_some_and(|x| {
                            x != movant && (nonparty_confers || x != Side::Nonparty)
                        })
                    });
                    (!staff_reached && to_party, !staff_reached && !to_party)
                } else {
                    (false, false)
                };
            let other_counsel_in = opponent_in;
            // Staff of the other side's counsel: the other side was reached,
            // but counsel did not confer.
            let opponent_in = opponent_in
                || ev.method != Method::Court
                    && ev
                        .staff
                        .iter()
                        .any(|s| side_of(&s.works_for).is_some_and(|x| x != movant));
            // A contact whose own words say it was about another case counts
            // as one about another matter, whatever requests it lists.
            // Read only of a counted conversation that lists a kept request,
            // the one place the words can change anything (they would cost
            // more than the rest of the check if read of every entry).
            let lists_kept = listed.iter().any(|i| i.is_some_and(|i| !items[i].dropped));
            // Each text's readings as bits: 1, it says the contact was about
            // another case (or no real conference); 2, it moves the
            // conference; 4, it gives more time. A call that only moved the
            // conference, or gave more time, no text of it speaking of the
            // dispute (Jacobs v. Wells, M.D. La. 2017; Bryant v. Gestamp,
            // S.D. W. Va. 2022), took up no request either.
            let mut read_bits = 0u8;
            let another_case = !no_kept_items
                && counted
                && two_way
                && lists_kept
                // Recorded as scheduling only, or another matter: no words
                // need reading.
                && (crate::matter::Subject::not_the_requests(ev.subject)
                    || ev.says_about_another_case(|which, text| {
                    let bits = last_reading(&mut case_memo[which as usize], text, |text| {
                        // A summary may also say no request was taken up at
                        // all (positions are each about one), or tell the
                        // contact only as the other side's claim. Any text
                        // may say it was no real conference (no meaningful
                        // discussion, or one the other side denies).
                        let elsewhere = crate::matter::names_another_case(text, &matter.parties)
                            || (which == crate::matter::EntryText::Summary
                                && (crate::matter::says_no_request_taken_up(text)
                                    || crate::matter::summary_says_contact_disputed(text)
                                    || tells_their_claim(text, matter, &names)
                                    || crate::matter::summary_says_conferral_inadequate(text)
                                    || crate::matter::summary_only_confidentiality(
                                        text,
                                        matter.motion.kind
                                            == crate::matter::MotionKind::ProtectiveOrder,
                                    )))
                            || crate::matter::says_no_real_conference(text)
                            || crate::matter::says_only_some_conferred(text);
                        u8::from(elsewhere)
                            | u8::from(crate::matter::moves_a_meeting(text)) << 1
                            | u8::from(crate::matter::extends_time(text)) << 2
                    });
                    read_bits |= bits;
                    bits & 1 != 0
                }) || (read_bits & 0b110 != 0 && {
                    // (Rare: read only of a call that moved the meeting or
                    // gave more time.)
                    let texts = ev.entry_texts().map(|(_, text)| text);
                    (read_bits & 2 != 0 && !texts.clone().any(crate::matter::speaks_of_the_dispute))
                        // (Not where the other side promised an answer by
                        // a day once the responses were overdue: the
                        // responses themselves were taken up, as in a
                        // complete default, Stringfellow v. City of
                        // Ruston, W.D. La. 2017, accepted. One agreed on or
                        // before the day they were due is an extension,
                        // whatever is recorded of it: Teton Homes, N.D.
                        // Ind. 2010, denied a motion on one email after the
                        // extended day; an adversarial review, 154, logged
                        // that extension as a call with a promise.)
                        || (read_bits & 4 != 0
                            && (ev.follow_up.is_none()
                                || ev.items.iter().all(|d| {
                                    matter
                                        .item_by_id(&d.item)
                                        .and_then(|it| it.response)
                                        .is_some_and(|due| ev.date <= due)
                                }))
                            && !texts
                                .clone()
                                .any(crate::matter::speaks_beyond_the_extension))
                }));
            let about_motion = no_kept_items || (lists_kept && !another_case);
            before_judge_on_motion |= counted && leave && about_motion;
            // A meeting "in person" that was the court's own conference (the
            // scheduling conference, a meeting in chambers: Price v.
            // Plantation Management, M.D. La. 2008) is weighed as a
            // discussion at a hearing, as one at a deposition is.
            // (A long log repeats its summaries: the last reading is kept.)
            let at_hearing = two_way
                && ev.method == Method::InPerson
                && (crate::matter::says_held_by_court(&ev.place)
                    || last_reading(
                        &mut last_hearing,
                        &ev.summary,
                        crate::matter::says_held_by_court,
                    ));
            let method = weighed_method(ev.method, at_hearing);
            let live_ok = counted
                && two_way
                && live.is_none_or(|(counts, min)| {
                    counts.contains(&method) && ev.duration_minutes.is_none_or(|d| d >= min)
                });
            // A call on which the other side refused to confer (`reply:
            // refused`, its positions, if any, refusals too) was no
            // conference, however both sides were on the line: the refusal
            // is weighed as one (`Excuse::Refused`, at the court's `refused`
            // severity). Certificate review 160 found a two-minute call
            // recorded so reading Ready in M.D. Fla., whose rule has the
            // movant certify that it "has conferred".
            // With no `reply` recorded, the same refusal told in every
            // position the other side took ("Refused to discuss the
            // request."), read only for a two-way call (certificate review
            // 161). One reading with the certificate's
            // (`ConferralEvent::refused_by_other_side`), whose cheap tests
            // of outcome and promise come before any position is read.
            let refused_call = (ev.reply.is_some() || two_way) && ev.refused_by_other_side(movant);
            let accepted = live_ok && about_motion && !refused_call;
            let may_be_silence = silence_possible(by_movant, ev, two_way);
            // Whether a message of the movant's reaching the other side
            // follows a promise up: answered (the field, or words on the
            // entry), closing the thread (impasse or resolved), or sent a fair
            // time before filing (a rejected-record review of Kosjer: a chase
            // sent the day of the motion follows up nothing). Read once per
            // contact, and only when asked.
            let mut chase: Option<bool> = None;
            let mut follows_up =
                || *chase.get_or_insert_with(|| chase_stands(ev, fair_until, |d| answers.get(d)));
            if counted {
                for (d, &i) in ev.items.iter().zip(&listed) {
                    // The other side's own contact that records nothing on
                    // the request follows up no promise on it
                    // (`ItemDiscussion::records_nothing`).
                    if let Some(i) = i
                        && !leave
                        && (two_way || (by_other && movant_in) || (opponent_in && follows_up()))
                        && !(by_other && d.records_nothing())
                    {
                        items[i].last_with_them = items[i].last_with_them.max(Some(ev.date));
                    }
                    // A contact before the response was served cannot have
                    // discussed what is deficient in it.
                    if let Some(i) = i
                        && matter.items[i].response.is_some_and(|r| ev.date < r)
                    {
                        items[i].before_response = true;
                    } else if let Some(i) = i {
                        let f = &mut items[i];
                        f.raised = true;
                        f.two_way |= two_way;
                        f.at_deposition |= two_way && method == Method::Deposition;
                        f.before_judge |= leave;
                        f.accepted |= live_ok;
                        if live_ok || (by_movant && opponent_in) {
                            f.reopened = None;
                        } else if f.accepted
                            && by_other
                            && !two_way
                            && (matches!(
                                d.outcome,
                                Outcome::Raised | Outcome::Narrowed | Outcome::FollowUp
                            ) || (d.outcome == Outcome::Impasse
                                // Called an impasse, yet the message put
                                // something on the table that the movant
                                // never answered: Trinkl v. Aldous (D. Utah
                                // 2024) faulted a movant who "did not
                                // respond to this email", offering to
                                // reschedule or answer in writing.
                                && (last_reading(&mut last_offer, &d.opponent_position, |t| {
                                    crate::matter::says_offered_something(t, false)
                                }) || last_reading(&mut last_offer_summary, &ev.summary, |t| {
                                    crate::matter::says_offered_something(t, true)
                                }))))
                        {
                            // The index is the matter's own.
                            f.reopened = Some(k);
                        }
                        // The movant's own revision of the request, sent after
                        // the conference and not answered: Becker v. Wells
                        // Fargo (E.D. Cal. 2013) moved on reworded
                        // interrogatories the other side never had the chance
                        // to take up ("filed in the middle of the meet and
                        // confer process").
                        if live_ok || (by_other && movant_in) {
                            f.revised = None;
                        } else if f.accepted
                            && by_movant
                            && opponent_in
                            && !two_way
                            && d.outcome == Outcome::Narrowed
                            && d.opponent_position.trim().is_empty()
                            // Not a letter confirming what the conference
                            // itself settled, or narrowed with the other
                            // side's word on record (a thirty-second review:
                            // "Confirmed in writing the narrowing agreed on
                            // the call"). A narrowing the movant only
                            // promised at the conference is still its own
                            // revision (Becker).
                            && !f.conference_agreed
                        {
                            f.revised = Some(k);
                        }
                        if live_ok {
                            f.conference_agreed = d.outcome == Outcome::Resolved
                                || (d.outcome == Outcome::Narrowed
                                    && !d.opponent_position.trim().is_empty());
                        }
                        // Views compared: the other side's answer is on record
                        // from a conference or with an outcome, or a conference
                        // ended with an outcome. A call where only the movant
                        // spoke ("raised", no answer) is a demand.
                        // The other side's position that it gave nothing
                        // of substance ("Did not provide a substantive
                        // response") leaves the outcome the movant's alone.
                        // (Read only where it can change what follows.)
                        let no_substance = || no_substance_memo.get(d);
                        let moved = d.outcome != Outcome::Raised;
                        // Views compared: the other side's answer with an
                        // outcome, or a live two-way discussion that reached
                        // one. Whether that discussion counts as the court's
                        // conference is for the live-conferral checks.
                        // A talk the log's own words put elsewhere (another
                        // case, no request taken up, no real conference)
                        // compared no views on these requests.
                        let discussed = (two_way && !another_case) || leave;
                        // What the other side said ("No response" on an
                        // attempt is how a file written before `reply`
                        // records silence), read only where it can still
                        // change something.
                        let answered = || {
                            !no_substance()
                                && if may_be_silence {
                                    answers.get(d)
                                } else {
                                    !d.opponent_position.trim().is_empty()
                                }
                        };
                        // A talk with the wrong person (a represented party
                        // without its counsel, a non-party only) compares no
                        // views with the other side.
                        let heard = !(without_counsel || nonparty_only);
                        f.heard_out =
                            f.heard_out || (heard && (discussed || live_ok || moved) && answered());
                        f.engaged = f.engaged
                            || f.heard_out
                            || (heard && discussed && moved && !no_substance());
                        // Before the judge, neither side wrote or called the other.
                        f.exchanged = f.exchanged
                            || (heard && !leave && opponent_in && (by_other || answered()));
                        f.attempted |= !leave && by_movant && opponent_in;
                        f.replied |= by_movant && ev.reply == Some(crate::matter::Reply::Answered);

                        // The same rule as `matter::settled_among`, kept in
                        // this one pass over the log.
                        if f.last.is_none_or(|(d, t, _)| (ev.date, ev.time) >= (d, t)) {
                            f.last =
                                Some((ev.date, ev.time, crate::matter::settles(matter, ev, d)));
                        }
                    }
                }
            }
            // Talking is conferring: a refusal stated in a live conversation
            // is a position taken at a conference. An entry that also offers
            // to talk, promises something, or answers on another request the
            // motion keeps is not a whole refusal to confer.
            // A call with no `reply` recorded on which the other side's every
            // position refused to confer ("Refused to discuss") is the same
            // refusal as one recorded `reply: refused` (`refused_call`): the
            // certificate tells it as a refusal, and so must the check.
            let refused_on_call = two_way && ev.reply.is_none() && refused_call;
            let refusal_words = (!any_reply || (by_other && !refused_reply) || refused_on_call)
                && counted
                && !leave
                && (!two_way || refused_on_call)
                && !ev.offer_to_confer
                && ev.follow_up.is_none()
                && ((by_movant && other_counsel_in) || (by_other && movant_in))
                && {
                    let (mut refused, mut answered) = (false, false);
                    for (d, i) in ev.items.iter().zip(&listed) {
                        let kept = i.is_some_and(|i| !matter.items[i].dropped);
                        if !kept || d.opponent_position.trim().is_empty() {
                            continue;
                        }
                        // Asked only of a refusal read (few are): the
                        // movant's own names, gathered once.
                        if refusals.get(d)
                            && !d
                                .position_titles_one_of(names.movants(matter), names.theirs(matter))
                        {
                            refused = true;
                        } else {
                            answered = true;
                            break;
                        }
                    }
                    refused && !answered
                }
                && !ev.summary_conditions_the_meeting(by_other);
            events.push(EventFacts {
                ev,
                counted,
                opponent_in,
                by_movant,
                two_way,
                before_judge: leave,
                about_motion,
                another_case,
                accepted,
                at_hearing,
                from_other_side: counted && by_other && movant_in && !leave,
                refusal_words,
                without_counsel,
                nonparty_only,
                // Read only of the movant's own entries, the only ones
                // counted as attempts (`ConferralEvent::tells_its_means`).
                means_told: !by_movant
                    || ev.tells_its_means(|summary| {
                        last_reading(&mut last_means, summary, crate::matter::names_a_means)
                    }),
                party_only,
                to_nonparty_only,
                undelivered: by_movant
                    && !live_method
                    && last_reading(
                        &mut last_failed,
                        &ev.summary,
                        crate::matter::says_not_delivered,
                    ),
            });
        }
        // `events` is in date order already: the pass read the log so.
        debug_assert!(events.is_sorted_by_key(|e| (e.ev.date, e.ev.time)));
        // With several parties on the other sides, a request is settled
        // only when each party's latest discussion of it settled it
        // (`matter::last_state`); the pass above read the single-party
        // rule. Read again here, only for such a log.
        if matter
            .parties
            .iter()
            .filter(|p| p.side != movant)
            .nth(1)
            .is_some()
        {
            let counted: Vec<&crate::matter::ConferralEvent> =
                events.iter().filter(|e| e.counted).map(|e| e.ev).collect();
            for (f, item) in items.iter_mut().zip(&matter.items) {
                f.last = crate::matter::last_state(matter, item, counted.iter().copied());
            }
        }
        Facts {
            matter,
            today,
            filing,
            movant,
            events,
            items,
            sides,
            item_ids,
            excuse: super::attempts::Excuse::None,
            written_exchange: crate::court::Severity::Blocker,
            deposition: crate::court::Severity::Blocker,
            attempted: crate::court::Severity::Note,
            refused: crate::court::Severity::Note,
            fair_days,
            all_defaulted: std::cell::OnceCell::new(),
            first_try: std::cell::OnceCell::new(),
            fair_until,
            before_judge_on_motion,
            uncallable: std::cell::OnceCell::new(),
            owing: std::cell::OnceCell::new(),
            names,
            absences: std::cell::OnceCell::new(),
        }
    }

    /// The periods the other side's counsel or parties were known to be
    /// away: those recorded in `unavailable`, and those the log tells in
    /// words (a file written before the field existed): a counted
    /// contact's summary, or the other side's own message, saying "out of
    /// the office December 18 through 27" (`matter::absence_in_words`; Makeen
    /// v. Comcast, D. Colo. 2011). A period told in words is taken to be that
    /// of every participant of that contact on the other side.
    pub fn absences(&self) -> &[crate::matter::Unavailability] {
        self.absences.get_or_init(|| {
            let mut out = self.matter.unavailable.clone();
            // Most texts hold no word of being away, and a long log repeats
            // the same words: whether a text may tell of one is kept for the
            // last text, and only such a text is read with its day.
            // (One memo for summaries, one for positions.)
            let mut last: [Option<(&str, bool)>; 2] = [None, None];
            let mut read = |which: usize, text: &'m str, near: Date, theirs: bool| {
                if last_reading(&mut last[which], text, crate::matter::may_tell_absence) {
                    crate::matter::absence_in_words(text, near, theirs, self.movant)
                } else {
                    None
                }
            };
            for e in self.events.iter().filter(|e| e.counted) {
                let theirs = !e.by_movant;
                let told = read(0, &e.ev.summary, e.ev.date, theirs).or_else(|| {
                    if theirs {
                        e.ev.items
                            .iter()
                            .find_map(|d| read(1, &d.opponent_position, e.ev.date, true))
                    } else {
                        None
                    }
                });
                let Some((from, to)) = told else { continue };
                for p in &e.ev.participants {
                    if self.side_of(p).is_some_and(|s| s != self.movant)
                        && !out
                            .iter()
                            .any(|u| u.person == *p && u.from == from && u.to == to)
                    {
                        out.push(crate::matter::Unavailability {
                            person: p.clone(),
                            from,
                            to,
                            note: "told in the log's words".into(),
                        });
                    }
                }
            }
            out
        })
    }

    /// The other side's names, as an objection or a summary may use them.
    pub fn owing(&self) -> &crate::matter::OwingNames {
        self.owing
            .get_or_init(|| crate::matter::OwingNames::of(self.matter))
    }

    /// The movant's side's names: its parties' and their counsel's.
    pub fn movant_names(&self) -> &crate::matter::OwingNames {
        self.names.movants(self.matter)
    }

    /// The other side's names, its counsel's among them.
    pub fn their_names(&self) -> &crate::matter::OwingNames {
        self.names.theirs(self.matter)
    }

    /// Whether a contact's summary tells it only as the other side's claim
    /// (`matter::summary_tells_their_claim_of_contact`).
    pub fn tells_their_claim(&self, summary: &str) -> bool {
        tells_their_claim(summary, self.matter, &self.names)
    }

    /// Whether the party `id` is a pro se party who cannot be called.
    pub fn cannot_be_called(&self, id: &str) -> bool {
        self.uncallable
            .get_or_init(|| {
                self.matter
                    .parties
                    .iter()
                    .filter(|p| p.pro_se && self.matter.cannot_be_called(p))
                    .map(|p| p.id.as_str())
                    .collect()
            })
            .contains(&id)
    }

    /// Where the request `id` stands across the log.
    pub fn item(&self, id: &str) -> Option<&ItemFacts> {
        self.item_ids.get(id).and_then(|k| self.items.get(k))
    }

    /// Where the request `id` stands in the matter's list (and `items`).
    pub fn item_index(&self, id: &str) -> Option<usize> {
        self.item_ids.get(id)
    }

    /// Whether the motion keeps the request `id` (`kept_items`). Asked of
    /// every request of every contact: the id's own entry answers, rather
    /// than a comparison with every request of the matter; only a repeated
    /// id whose later entry is dropped or settled is searched for.
    pub fn keeps(&self, id: &str) -> bool {
        match self.item_index(id) {
            Some(k) if self.items.get(k).is_some_and(ItemFacts::kept) => true,
            Some(_) => self.kept_items().any(|(item, _)| item.id == id),
            None => false,
        }
    }

    /// Whether a later contact `l` follows a promise up: a conversation, the
    /// other side's own message, or the movant's message reaching it that
    /// `follows_up`.
    pub fn followed_up_by(&self, l: &EventFacts) -> bool {
        l.two_way || l.from_other_side || (l.opponent_in && self.follows_up(l))
    }

    /// Whether a message of the movant's (`e`, reaching the other side)
    /// follows a promise up (`chase_stands`), or was a conversation.
    pub fn follows_up(&self, e: &EventFacts) -> bool {
        e.two_way
            || chase_stands(
                e.ev,
                self.fair_until,
                crate::matter::ItemDiscussion::records_an_answer,
            )
    }

    /// Counted contacts with the other side.
    pub fn contacts(&self) -> impl Iterator<Item = &EventFacts<'m>> {
        self.events.iter().filter(|e| self.is_contact(e))
    }

    /// Someone from the other side took part (or was written to); an
    /// unanswered call or a voicemail is an attempt to reach them.
    pub fn is_contact(&self, e: &EventFacts) -> bool {
        e.counted && (e.opponent_in || (e.by_movant && e.ev.method.is_attempt()))
    }

    /// The requests the motion keeps, with their facts: neither dropped by
    /// the user nor settled in conferral.
    pub fn kept_items(
        &self,
    ) -> impl Iterator<Item = (&'m crate::matter::DisputedItem, &ItemFacts)> {
        self.matter
            .items
            .iter()
            .zip(&self.items)
            .filter(|(_, f)| f.kept())
    }

    /// The requests the user has not dropped but the sides settled: the
    /// certificate reports them; the motion should not raise them.
    pub fn settled_items(&self) -> impl Iterator<Item = (&'m crate::matter::DisputedItem, Date)> {
        self.matter
            .items
            .iter()
            .zip(&self.items)
            .filter(|(_, f)| !f.dropped)
            .filter_map(|(item, f)| f.settled().map(|day| (item, day)))
    }

    /// A complete default: the motion keeps requests, and the other side
    /// served nothing at all on any of them.
    pub fn all_defaulted(&self) -> bool {
        *self.all_defaulted.get_or_init(|| {
            // Stops at the first request answered, so on a keystroke the
            // words of at most one objection are usually read; and sets of
            // requests in a complete default often share one objection ("No
            // responses served"), whose words are not read again for the next.
            let mut last: Option<(&str, bool)> = None;
            let owing = self.owing();
            self.kept_items().next().is_some()
                && self.kept_items().all(|(item, _)| {
                    let words_only = item.no_response.is_none();
                    // Only a "yes" is reused: a "no" from the words may
                    // still be a "yes" where the label names the responses.
                    match last {
                        Some((text, true)) if words_only && text == item.objection => true,
                        _ => {
                            let said = item.defaulted_in(self.matter.motion.kind, owing);
                            if words_only {
                                last = Some((item.objection.as_str(), said));
                            }
                            said
                        }
                    }
                })
        })
    }

    /// In a complete default, the first request whose default goodfaith read
    /// from the words of its objection rather than from a recorded
    /// `no_response` (a file written before the field existed): the findings
    /// that rest on the default say so, so the user can confirm it.
    pub fn default_from_words(&self) -> Option<&'m str> {
        if !self.all_defaulted() {
            return None;
        }
        let owing = self.owing();
        self.kept_items()
            .find(|(item, _)| item.default_reading(owing) == crate::matter::DefaultReading::Words)
            .map(|(item, _)| item.label.as_str())
    }

    /// Whether a promise by the other side, recorded on a counted contact,
    /// was broken before filing (made by someone who took part in the
    /// contact): recorded `kept: false`, or, when whether it
    /// was kept is not recorded, read from the log in a complete default: it
    /// fell due before the filing day, every request the motion keeps still
    /// stood unanswered at filing (so what was promised never came), and
    /// the other side is not logged as engaging on or after the day it fell
    /// due (see `heard_from_other_side_since`).
    pub fn broken_by_other_side(&self, holder: &crate::matter::ConferralEvent) -> bool {
        let Some(fu) = holder.follow_up.as_ref() else {
            return false;
        };
        if self
            .side_of(&fu.promised_by)
            .is_none_or(|s| s == self.movant)
        {
            return false;
        }
        // Only a promise made by someone who took part in the contact (a
        // party, through its counsel): word from the other side's office
        // that answers were "hoped for shortly", with counsel never on the
        // line, is no promise of counsel's (Shoppell, N.D. Ind. 2009, denied
        // the motion).
        let on_the_contact = |id: &String| {
            *id == fu.promised_by
                || self
                    .matter
                    .counsel
                    .iter()
                    .any(|c| c.id == *id && c.represents.contains(&fu.promised_by))
        };
        if !holder.participants.iter().any(on_the_contact) {
            return false;
        }
        // A promise made before the responses were owed, and before the
        // movant had asked for them, set the day they were owed (an
        // extension agreed on): its breach is the default itself, not a
        // second default after being asked (a rejected-record review of
        // Teton Homes, N.D. Ind. 2010, logged the extension as a promise and
        // read Ready on one later email). One made after the movant asked
        // (Employers Mutual, N.D. Miss. 2017: "within fifteen days", in
        // answer to a letter about overdue responses) still counts.
        let before_owed = holder.items.iter().any(|d| {
            self.matter
                .item_by_id(&d.item)
                .and_then(|it| it.response)
                .is_some_and(|owed| holder.date < owed)
        });
        let asked_before = || {
            self.events.iter().any(|e| {
                e.by_movant
                    && e.counted
                    && (e.ev.date, e.ev.time) < (holder.date, holder.time)
                    && e.ev
                        .items
                        .iter()
                        .any(|d| holder.items.iter().any(|h| h.item == d.item))
            })
        };
        if before_owed && !asked_before() {
            return false;
        }
        match fu.kept {
            Some(kept) => !kept && fu.due <= self.filing,
            None => {
                fu.due < self.filing
                    && self.all_defaulted()
                    && !self.heard_from_other_side_since(fu.due, holder)
            }
        }
    }

    /// Whether the other side is logged as engaging on or after `day`, in a
    /// contact other than `except` (the one holding the promise): a counted
    /// contact it made (whoever it reached), a conversation, or a reply
    /// recorded as answered.
    pub fn heard_from_other_side_since(
        &self,
        day: Date,
        except: &crate::matter::ConferralEvent,
    ) -> bool {
        self.events.iter().any(|e| {
            !std::ptr::eq(e.ev, except)
                && e.counted
                && !e.before_judge
                && e.ev.date >= day
                && (e.two_way
                    || e.ev.reply == Some(crate::matter::Reply::Answered)
                    || self
                        .side_of(&e.ev.initiated_by)
                        .is_some_and(|s| s != self.movant))
        })
    }

    /// A counted conference before the judge, ending in leave to file, that
    /// discussed the motion's requests.
    pub fn before_judge_on_motion(&self) -> bool {
        self.before_judge_on_motion
    }

    /// Counted live, two-way discussions of the motion's requests, whether or
    /// not the court counts their method or length as a conference.
    pub fn live_on_motion(&self) -> impl Iterator<Item = &EventFacts<'m>> {
        self.events
            .iter()
            .filter(|e| e.counted && e.two_way && e.about_motion)
    }

    /// Whether any counted conference the court accepts is logged.
    pub fn has_accepted(&self) -> bool {
        self.events.iter().any(|e| e.accepted)
    }

    /// The contact was initiated by someone on another side.
    pub fn by_other_side(&self, e: &EventFacts) -> bool {
        self.side_of(&e.ev.initiated_by)
            .is_some_and(|s| s != self.movant)
    }

    /// Side of a counsel or party id.
    pub fn side_of(&self, id: &str) -> Option<Side> {
        self.sides.get(id)
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

/// The reading of `text` kept for the last text read into `memo`, else
/// `read(text)` made now and kept. A long log repeats the same words entry
/// after entry, so each reading made on every entry keeps its last one.
/// (Inlined: out of line it cost the check of a long record 1 %.)
#[inline(always)]
fn last_reading<'t, T: Copy>(
    memo: &mut Option<(&'t str, T)>,
    text: &'t str,
    read: impl FnOnce(&'t str) -> T,
) -> T {
    match *memo {
        Some((last, said)) if same_text(last, text) => said,
        _ => {
            let said = read(text);
            *memo = Some((text, said));
            said
        }
    }
}

/// Whether two texts are the same, compared eight bytes at a time in line.
///
/// The memos of a long log ask this of every entry's summary and positions,
/// which repeat, so nearly every comparison is of two equal texts of a few
/// dozen bytes: the library's out-of-line `memcmp` was a tenth of the check.
///
/// Unoptimised (debug) builds, where the chunked loop is many times the cost
/// of the call it saves (CI counts a debug build's instructions), compare
/// with `==`: the answer is the same (a unit test holds the two together).
#[inline]
pub(super) fn same_text(a: &str, b: &str) -> bool {
    if cfg!(debug_assertions) {
        a == b
    } else {
        same_text_in_line(a, b)
    }
}

/// `same_text` of an optimised build.
#[inline]
fn same_text_in_line(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    if a.len() > 64 {
        return a == b;
    }
    let word = |w: &[u8; 8]| u64::from_ne_bytes(*w);
    match (a.last_chunk::<8>(), b.last_chunk::<8>()) {
        // The last eight bytes overlap the last whole word when the length
        // is not a multiple of eight.
        (Some(la), Some(lb)) => {
            word(la) == word(lb)
                && a.as_chunks::<8>()
                    .0
                    .iter()
                    .zip(b.as_chunks::<8>().0)
                    .all(|(x, y)| word(x) == word(y))
        }
        _ => a.iter().zip(b).all(|(x, y)| x == y),
    }
}

/// An id reduced to integers: its length and its first and last eight
/// bytes (overlapping when shorter than sixteen; shorter than eight, its
/// first and last four in one word; shorter than four, its bytes). An id of
/// up to sixteen bytes is its key; a longer one also compares its text.
///
/// Hashing and comparing ids byte by byte was most of the cost of the one
/// pass over a long log: a key is hashed and compared as three integers.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Key {
    len: usize,
    first: u64,
    last: u64,
}

impl Key {
    #[inline]
    fn of(id: &str) -> Key {
        let b = id.as_bytes();
        let (first, last) = if let (Some(f), Some(l)) = (b.first_chunk::<8>(), b.last_chunk::<8>())
        {
            (u64::from_le_bytes(*f), u64::from_le_bytes(*l))
        } else if let (Some(f), Some(l)) = (b.first_chunk::<4>(), b.last_chunk::<4>()) {
            let word = |w: &[u8; 4]| u64::from(u32::from_le_bytes(*w));
            ((word(f) << 32) | word(l), 0)
        } else {
            (b.iter().fold(0, |w, &x| (w << 8) | u64::from(x)), 0)
        };
        Key {
            len: b.len(),
            first,
            last,
        }
    }

    /// Whether the key alone identifies the id.
    fn exact(&self) -> bool {
        self.len <= 16
    }
}

/// Ids to values, looked up several times per contact. A handful (the
/// counsel and parties) are searched in a line; more (the requests) through
/// a hash map of keys. A later id replaces an earlier identical one.
struct IdTable<'a, V> {
    /// Each id, its value, and whether it is the last entry of that id (the
    /// one that answers).
    entries: Vec<(Key, &'a str, V, bool)>,
    /// Each key's entry and its value: a key of up to sixteen bytes is the
    /// id itself, so its value is answered from here without reading the
    /// entry again.
    index: FxHashMap<Key, (usize, V)>,
    /// The entry after the last one found through the map: a contact lists
    /// its requests in the order of the list more often than not ("RFP 4,
    /// 5 and 6"), so the next id asked for is tried there before hashing.
    next: std::cell::Cell<usize>,
}

impl<'a, V: Copy> IdTable<'a, V> {
    /// Beyond this many ids, a hash map beats a line search.
    const LINE: usize = 12;

    fn new(pairs: impl IntoIterator<Item = (&'a str, V)>) -> Self {
        let mut entries: Vec<(Key, &'a str, V, bool)> = pairs
            .into_iter()
            .map(|(id, v)| (Key::of(id), id, v, true))
            .collect();
        let mut index = FxHashMap::default();
        if entries.len() > Self::LINE {
            // Sized once: growing it rehashed every key (a fiftieth of the
            // check of a long record).
            index.reserve(entries.len());
            for i in 0..entries.len() {
                let (key, text, value, _) = entries[i];
                // A repeated id points at its later entry; two long ids that
                // share a key keep the line search.
                if let Some((before, _)) = index.insert(key, (i, value)) {
                    if entries[before].1 != text {
                        index.clear();
                        break;
                    }
                    entries[before].3 = false;
                }
            }
        }
        IdTable {
            entries,
            index,
            next: std::cell::Cell::new(0),
        }
    }

    #[inline]
    fn get(&self, id: &str) -> Option<V> {
        let key = Key::of(id);
        let matches =
            |(k, text, _, _): &&(Key, &str, V, bool)| *k == key && (key.exact() || *text == id);
        if self.index.is_empty() {
            // From the end: a repeated id takes its later value.
            return self.entries.iter().rev().find(matches).map(|e| e.2);
        }
        let next = self.next.get();
        if let Some(e) = self.entries.get(next).filter(|e| e.3 && matches(e)) {
            self.next.set(next + 1);
            return Some(e.2);
        }
        let &(i, v) = self.index.get(&key)?;
        if !key.exact() && self.entries.get(i).is_none_or(|e| e.1 != id) {
            return None;
        }
        self.next.set(i + 1);
        Some(v)
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

/// Whether a contact's summary tells it only as the other side's claim
/// (`matter::summary_tells_their_claim_of_contact`), with both sides'
/// names gathered at the first word that could be one. Kept out of line:
/// inlined into `Facts::new`, the reading, which almost never runs past its
/// first word scan, changed how the compiler laid out the rest of the loop
/// and cost every check 2 % more instructions.
#[inline(never)]
fn tells_their_claim(text: &str, matter: &Matter, names: &SideNames) -> bool {
    crate::matter::summary_tells_their_claim_of_contact(text, matter.motion.movant, |w, movants| {
        if movants {
            names.movants(matter)
        } else {
            names.theirs(matter)
        }
        .contains_word(w)
    })
}

/// Both sides' names, their counsel's among them, each gathered the first
/// time a reading asks for it (most records never need them).
#[derive(Default)]
struct SideNames {
    movants: std::cell::OnceCell<crate::matter::OwingNames>,
    theirs: std::cell::OnceCell<crate::matter::OwingNames>,
}

impl SideNames {
    fn movants(&self, matter: &Matter) -> &crate::matter::OwingNames {
        self.movants
            .get_or_init(|| crate::matter::OwingNames::movants(matter))
    }

    fn theirs(&self, matter: &Matter) -> &crate::matter::OwingNames {
        self.theirs
            .get_or_init(|| crate::matter::OwingNames::theirs(matter))
    }
}

#[cfg(test)]
mod tests {
    use super::IdTable;

    const IDS: [&str; 16] = [
        "",
        "c",
        "c1",
        "c2",
        "1c",
        "item-1",
        "item-10",
        "item-1 ",
        "rog-12345",
        "rog-12346",
        "counsel-jane-roe",
        "counsel-jane-rox",
        "counsel-jane-roe-2",
        "counsel-jane-roe-3",
        "counsel-jane-roX-2",
        "xounsel-jane-roe-2",
    ];

    #[test]
    fn an_id_finds_its_own_value_and_no_other() {
        // Few ids (a line search) and many (a hash map), long and short.
        for n in [3, IDS.len()] {
            let table = IdTable::new(IDS[..n].iter().enumerate().map(|(i, id)| (*id, i)));
            for (i, id) in IDS.iter().enumerate() {
                assert_eq!(table.get(id), (i < n).then_some(i), "{id:?} among {n}");
            }
            assert_eq!(table.get("counsel-jane-rZe-2"), None);
        }
    }

    #[test]
    fn same_text_is_equality() {
        let texts = [
            "",
            "a",
            "ab",
            "abcdefg",
            "abcdefgh",
            "abcdefgi",
            "abcdefghi",
            "bbcdefghi",
            "Discussed the objections.",
            "Discussed the objections!",
            "Eiscussed the objections.",
            "Offered documents from 2023 onward; asked again for the 2020 records in full.",
            "Offered documents from 2023 onward; asked again for the 2020 records in fulL.",
        ];
        for a in texts {
            for b in texts {
                assert_eq!(super::same_text_in_line(a, b), a == b, "{a:?} {b:?}");
                assert_eq!(super::same_text(a, b), a == b, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn a_repeated_id_takes_the_later_value() {
        let table = IdTable::new([("c1", 1), ("c2", 2), ("c1", 3)]);
        assert_eq!(table.get("c1"), Some(3));
        assert_eq!(table.get("c2"), Some(2));
        // The same through the hash map.
        let many: Vec<(String, usize)> = (0..30).map(|i| (format!("rog-{}", i % 20), i)).collect();
        let table = IdTable::new(many.iter().map(|(id, i)| (id.as_str(), *i)));
        // The first entry is tried first, and is rog-0's earlier entry.
        assert_eq!(table.get("rog-0"), Some(20));
        let table = IdTable::new(many.iter().map(|(id, i)| (id.as_str(), *i)));
        assert_eq!(table.get("rog-3"), Some(23));
        assert_eq!(table.get("rog-15"), Some(15));
        // Asked in the list's order, as a contact lists its requests: the
        // entry after the last one found is tried first, and an earlier
        // entry of a repeated id never answers.
        assert_eq!(table.get("rog-1"), Some(21));
        assert_eq!(table.get("rog-2"), Some(22));
        assert_eq!(table.get("rog-18"), Some(18));
        assert_eq!(table.get("rog-19"), Some(19));
        assert_eq!(table.get("rog-0"), Some(20));
        assert_eq!(table.get("rog-4"), Some(24));
        assert_eq!(table.get("rog-99"), None);
    }
}
