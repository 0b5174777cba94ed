//! Whether the other side's "position" recorded on a contact says that it
//! promised to get back on a request.
//!
//! A movant who files once a promised answer is due, without one more
//! contact, has not made a reasonable effort to confer (Kosjer v.
//! Coffeyville Resources, D. Kan. 2018: defense counsel said at an
//! in-person discussion that he would answer in writing by a date; the
//! movant waited three days past it and filed). A file records such a
//! promise with `follow_up`, or at least with the outcome `follow_up`. A
//! recorder who left the outcome at "raised" or "impasse" could say so only
//! in words, as the other side's position ("Would respond in writing by
//! December 1"). Reading a promise can only hold a record back, never let
//! one through, so the reading is broad, as the offer's is (`offer.rs`): a
//! word that commits ("will", "would", "agreed", "promised", "going"…)
//! followed, through at most a few small words ("to", "get", "back",
//! "in writing"…), by a word of answering ("respond", "supplement",
//! "produce", "review", "consider"…), or, on the other side's position, any
//! answering or writing with a word that commits and a date in the same
//! clause ("would put his response in writing by January 26"). A negation
//! before the answering, or in the two words after it, unsays it ("not",
//! "never", "refused", "declined": "would not supplement" is a position,
//! not a promise); one further on is the breach ("..., which he never
//! did") and does not. Where the promise counts is the checker's
//! (`check::conferral::unrecorded_promise`).

use super::ItemDiscussion;
use super::default::has_any_word;
use jiff::civil::Date;

impl ItemDiscussion {
    /// Nothing is recorded of the request on this contact: the outcome is
    /// "raised" and neither side's position is written. Such a contact of
    /// the other side's own cannot be shown to have followed up a promise
    /// made on the request (Advanced Hair Restoration v. Hair Restoration
    /// Centers, W.D. Wash. 2018: a call ended with an agreement to continue
    /// producing records; defense counsel "contacted" plaintiff's counsel
    /// the day before the motion, and the motion was denied: a re-recording
    /// that logged that contact as a call with nothing on it read Ready).
    pub fn records_nothing(&self) -> bool {
        // Asked of every request of the other side's contacts on every
        // keystroke: a position that opens with a printable ASCII character
        // (nearly every one) is answered without trimming.
        let blank = |s: &str| {
            s.as_bytes()
                .first()
                .is_none_or(|b| b.is_ascii_whitespace() || !b.is_ascii())
                && s.trim().is_empty()
        };
        self.outcome == super::Outcome::Raised
            && blank(&self.movant_position)
            && blank(&self.opponent_position)
    }

    /// The other side's recorded position says it promised to get back.
    pub fn records_a_promise(&self) -> bool {
        says_promised(&self.opponent_position, true)
    }

    /// The movant's own recorded position says it promised something back
    /// ("Agreed during the conference to revise his interrogatories",
    /// Becker v. Wells Fargo, E.D. Cal. 2013: motions filed "in the middle
    /// of the meet and confer process"). An offer is not read here: the
    /// movant's compromise offered and refused at the same conference
    /// ("Offered to narrow the period") is how an impasse is reached.
    pub fn records_own_promise(&self) -> bool {
        says_promised(&self.movant_position, false)
            && !only_other_papers(&self.movant_position)
            && !their_answers_passive(&self.movant_position)
            && !expects_theirs(&self.movant_position)
    }

    /// The other side's recorded position says conferring is not finished
    /// ("Cannot timely respond to the altered interrogatories; meet and
    /// confer not complete", Coleman v. California, E.D. Cal. 2019: a
    /// motion filed then was not "a full meet and confer effort"). Like a
    /// promise, it leaves a thread the movant must pick up before filing.
    pub fn records_conferral_unfinished(&self) -> bool {
        self.unfinished_in().is_some()
    }

    /// Which position says conferring is not finished, and whose it is
    /// (`true`: the other side's). The movant's own "still negotiating; not
    /// at an impasse" says the same of the motion it then files (Topia
    /// Technology v. Egnyte, D. Del. 2024: both sides said so).
    pub fn unfinished_in(&self) -> Option<(&str, bool)> {
        if self.records_unfinished_theirs() {
            Some((self.opponent_position.trim(), true))
        } else if self.records_unfinished_own() {
            Some((self.movant_position.trim(), false))
        } else {
            None
        }
    }

    /// The other side's position says conferring is not finished.
    pub fn records_unfinished_theirs(&self) -> bool {
        says_conferral_unfinished(&self.opponent_position)
    }

    /// The movant's own position says conferring is not finished.
    pub fn records_unfinished_own(&self) -> bool {
        says_conferral_unfinished(&self.movant_position)
    }

    /// As `records_own_promise`, knowing the movant's side, so that notes
    /// kept without a verb are read when they name the movant ("Plaintiff
    /// to reword some of the interrogatories", Becker) and not when they
    /// name the other side ("Defendant to supplement by May 1" is the other
    /// side's duty, not the movant's promise).
    pub fn records_own_promise_as(&self, movant: super::Side) -> bool {
        let own = super::phrase::side_words(movant);
        if own.is_empty() {
            return self.records_own_promise();
        }
        self.records_own_promise()
            || revision_agreed(&self.movant_position)
            // Clause by clause: "Rewording of the interrogatories
            // discussed; Plaintiff to redraft" (an adversarial review,
            // 115, of Becker v. Wells Fargo, E.D. Cal. 2013).
            || super::phrase::clauses(&self.movant_position)
                .any(|clause| says_to_come(clause, Some(own)).is_some())
            || to_be_done_by(&self.movant_position, own)
            || to_be_revised(&self.movant_position)
    }
}

/// Whether the movant's own position says a revision of its requests was
/// agreed, the noun first: "Revision of his interrogatories agreed.",
/// "Rewording of the rogs agreed to by Pl." (an adversarial review, 98, of
/// Becker v. Wells Fargo, E.D. Cal. 2013). Not negated ("no revision was
/// agreed").
fn revision_agreed(text: &str) -> bool {
    use super::phrase::{NEGATION, is_one_of, words};
    const REVISION: &[&str] = &[
        "revision",
        "revisions",
        "rewording",
        "redrafting",
        "redraft",
        "rewrite",
        "rephrasing",
    ];
    super::phrase::clauses(text).any(|clause| {
        let ws: Vec<&[u8]> = words(clause).collect();
        ws.iter()
            .position(|w| is_one_of(w, REVISION))
            .is_some_and(|k| {
                ws[k + 1..]
                    .iter()
                    .any(|w| is_one_of(w, &["agreed", "agreement"]))
                    && !ws.iter().any(|w| is_one_of(w, NEGATION))
            })
    })
}

/// Whether the movant's words expect the other side's answer ("told
/// Plaintiffs' counsel we expected their written answer by September 20",
/// an over-strictness review, 97, of Sample v. Hilton Worldwide, D.N.M.
/// 2024): a demand, not the movant's own promise. Read only where the
/// movant's position already reads as a promise.
fn expects_theirs(text: &str) -> bool {
    use super::phrase::{is_one_of, words};
    let ws: Vec<&[u8]> = words(text).collect();
    ws.iter().enumerate().any(|(k, w)| {
        is_one_of(
            w,
            &[
                "expect",
                "expected",
                "expects",
                "expecting",
                "await",
                "awaited",
                "awaiting",
            ],
        ) && ws[k + 1..].iter().take(4).any(|x| {
            is_one_of(
                x,
                &[
                    "their",
                    "his",
                    "her",
                    "its",
                    "oc",
                    "opposing",
                    "response",
                    "responses",
                    "answer",
                    "answers",
                    "reply",
                ],
            )
        })
    })
}

/// Whether the movant's own position says its request is "to be" (or "will
/// be") reworded, revised or redrafted, with no one named to do it: the
/// movant's requests are the movant's to rewrite, so the task left open is
/// its own ("To be reworded (2nd set).", a fifty-second review of Becker v.
/// Wells Fargo, E.D. Cal. 2013). Verbs any side may owe ("to be produced"),
/// and the other side's answers ("responses to be revised"), are not read.
fn to_be_revised(text: &str) -> bool {
    use super::phrase::{is_one_of, words};
    const REVISED: &[&str] = &[
        "reworded",
        "revised",
        "redrafted",
        "rewritten",
        "rephrased",
        "reformulated",
        "reworked",
    ];
    if !words(text).any(|w| is_one_of(w, &["be"])) {
        return false;
    }
    // Its requests, named or left unsaid ("To be reworded (2nd set).",
    // "Rogs 6-7 will be revised"); not another paper ("MTC to be revised
    // after today's session", "the draft DDJR will be revised": an
    // over-strictness review, 59, of Kizer and Werdebaugh).

    let unsaid = words(text)
        .next()
        .is_some_and(|w| is_one_of(w, &["to", "will", "would"]));
    if !unsaid
        && !words(text).any(|w| is_one_of(w, REQUEST_WORDS) || is_one_of(w, &["set", "nos", "no"]))
    {
        return false;
    }
    // "Responses to be revised" is the other side's answer owed.
    if words(text).any(|w| {
        is_one_of(
            w,
            &[
                "response",
                "responses",
                "answer",
                "answers",
                "production",
                "disclosures",
                "objections",
                "privilege",
                "log",
            ],
        )
    }) {
        return false;
    }
    let ws: Vec<&[u8]> = words(text).collect();
    ws.windows(3).enumerate().any(|(k, w)| {
        is_one_of(w[0], &["to", "will", "would"])
            && is_one_of(w[1], &["be"])
            && is_one_of(w[2], REVISED)
            && !ws[k + 3..].iter().take(2).any(|x| is_one_of(x, &["by"]))
    }) && !super::phrase::negated_before(text, text.len())
}

/// Words that label what a contact came to ("Outcome: …", "Result: …"),
/// read as a clause's opener when a colon follows.
const LABELS: &[&str] = &[
    "outcome",
    "outcomes",
    "result",
    "results",
    "resolution",
    "upshot",
    // What is still to come ("Next step:", "Next:", "Pending:", "Open
    // item:": an adversarial review, 124, of Kosjer).
    "next",
    "step",
    "steps",
    "pending",
    "item",
    "items",
    "outstanding",
    "todo",
];

/// The labels of `LABELS` that say what follows is still to come: an
/// answer named after one is awaited, with or without a word that commits
/// ("Pending: D's written response to GR letter (1/26)").
const TO_COME: &[&str] = LABELS.split_at(LABELS.len() - TO_COME_LABELS).1;
/// How many of `LABELS`, at its end, say what is still to come.
const TO_COME_LABELS: usize = 8;

/// The recorder speaking of its own side ("we", "our", "I"): a clause
/// with one tells of the movant, not the other side.
const FIRST_PERSON: &[&str] = &["we", "us", "our", "i", "my", "me"];

/// Words that name the movant's own discovery requests ("Rogs 6-7",
/// "the interrogatories", "RFP 4"), as against other papers.
pub(super) const REQUEST_WORDS: &[&str] = &[
    "interrogatory",
    "interrogatories",
    "rog",
    "rogs",
    "request",
    "requests",
    "rfp",
    "rfps",
    "rfa",
    "rfas",
    "topic",
    "topics",
    "definitions",
];

/// Whether `text` says, in the passive, that responses are to be done,
/// naming no one of the movant's side ("Mercy's responses will be revised
/// and the ESI produced": an over-strictness review, 56, of Ware v. Mercy
/// Health): on a motion about the other side's responses that is the other
/// side's part, not the movant's promise. "We agreed our responses would
/// be supplemented" names the movant and is read as before.
fn their_answers_passive(text: &str) -> bool {
    use super::phrase::{is_one_of, words};
    const ANSWERS: &[&str] = &[
        "responses",
        "response",
        "answers",
        "production",
        "disclosures",
    ];
    let ws: Vec<&[u8]> = words(text).collect();
    let passive = ws.windows(2).position(|p| {
        is_one_of(p[0], &["will", "would", "to", "shall"]) && is_one_of(p[1], &["be"])
    });
    passive.is_some_and(|k| ws[..k].iter().any(|w| is_one_of(w, ANSWERS)))
        && !ws.iter().any(|w| is_one_of(w, FIRST_PERSON))
}

/// Whether `text` names only papers other than the requests, so that what
/// the movant will do is paperwork, not its part of the dispute: "the draft
/// DDJR will be revised once defense counsel has reviewed it", "MTC to be
/// revised after today's session" (an over-strictness review, 59, of
/// Werdebaugh and Kizer).
fn only_other_papers(text: &str) -> bool {
    use super::phrase::{is_one_of, words};
    const PAPERS: &[&str] = &[
        "draft",
        "ddjr",
        "brief",
        "mtc",
        "motion",
        "report",
        "stipulation",
        "statement",
        "letter",
        "ltr",
        "order",
    ];

    words(text).any(|w| is_one_of(w, PAPERS)) && !words(text).any(|w| is_one_of(w, REQUEST_WORDS))
}

/// Whether `text` says something is "to be" done "by" one of `who`, the
/// passive of a note ("Revised interrogatories to be drafted by
/// plaintiff", Becker, E.D. Cal. 2013, as an old file may keep it).
fn to_be_done_by(text: &str, who: &[&str]) -> bool {
    use super::phrase::{is_one_of, words};
    // Read of the movant's positions on every keystroke: most have no "be".
    if !words(text).any(|w| is_one_of(w, &["be"])) {
        return false;
    }
    let ws: Vec<&[u8]> = words(text).collect();
    ws.windows(5).any(|w| {
        is_one_of(w[0], &["to"])
            && is_one_of(w[1], &["be"])
            && (w[2].ends_with(b"ed") || w[2].ends_with(b"en"))
            && is_one_of(w[3], &["by"])
            && is_one_of(w[4], who)
    }) && !super::phrase::negated_before(text, text.len())
}

/// Words of conferring left unfinished: "Conferral still open", "the meet
/// and confer had not run its course", "more conferring needed first" (a
/// rejected-record review of Coleman), "not at an impasse" (Topia).
const UNFINISHED: &[&str] = &[
    "incomplete",
    "ongoing",
    "unfinished",
    "open",
    "continuing",
    "needed",
    "required",
    "course",
    "still",
    "impasse",
    "working",
    "continue",
    "continues",
    "under",
    "reached",
    "middle",
    "midst",
    "deadlock",
    "deadlocked",
    "negotiation",
    "negotiations",
    // "parties keep discussing" (an adversarial review, 124, of Topia).
    "keep",
    "keeps",
    // "the meet and confer was cut short" (the same review, of Coleman).
    "short",
    // "Unable to give a proper and timely response" (the same).
    "timely",
];
/// Words of conferring done, read after "not": "the parties were not done
/// meeting and conferring".
const DONE: &[&str] = &[
    "complete",
    "completed",
    "finished",
    "over",
    "concluded",
    "done",
];

/// Whether a contact's summary says conferring was not finished ("The
/// parties are still negotiating on the scope of the search terms and are
/// not at an impasse": a twenty-fifth review of Topia put the order's
/// words there), read as a position is.
pub fn summary_says_unfinished(summary: &str) -> bool {
    // Most summaries have none of the words at all.
    if !has_any_word(summary, UNFINISHED) && !has_any_word(summary, DONE) {
        return false;
    }
    // A narration runs on after it ("…; Egnyte intends to submit new
    // terms"): any sentence may say it, unless a later one tells of the end
    // ("then reached an impasse", "refused", "resolved"). One pass.
    let mut open = false;
    for clause in super::phrase::clauses(summary) {
        // ("On the call defendant would not withdraw any objection": an
        // over-strictness review, 53, of Shoemake.)
        if open
            && (has_any_word(
                clause,
                &[
                    "impasse",
                    "refused",
                    "resolved",
                    "declined",
                    "rejected",
                    "deadlocked",
                ],
            ) || {
                let lower = clause.to_ascii_lowercase();
                lower.contains("would not") || lower.contains("won't")
            })
        {
            open = false;
        }
        open |= says_conferral_unfinished(clause);
    }
    open
}

/// Whether a request's objection says conferring was not finished ("Still
/// negotiating scope -- not at an impasse per Dana": a thirty-eighth review
/// of Topia v. Egnyte, D. Del. 2024, put the order's words there), read as
/// a summary is. The app checks on every keystroke and objections seldom
/// change between two: each distinct objection is read once per thread (a
/// pure reading, so the memo changes no result; bounded, cleared when
/// full).
pub fn objection_says_unfinished(objection: &str) -> bool {
    thread_local! {
        static READ: super::memo::Memo<Box<str>, bool> = Default::default();
    }
    if objection.is_empty() {
        return false;
    }
    super::memo::remembered(
        &READ,
        objection,
        |kept| &**kept == objection,
        || objection.into(),
        || {
            (summary_says_unfinished(objection) && !tells_an_end(objection))
                // "met and conferred on only some of these disputes; the
                // rest still need a meet and confer" (a fifty-fourth review
                // of Pinterest v. Pintrips, N.D. Cal. 2014).
                || super::elsewhere::says_only_some_conferred(objection)
        },
    )
}

/// Whether an objection tells how the talks ended. It tells the whole
/// story at once: any word of an ending in it ("discussions ongoing through
/// September ended at an impasse", "talks ongoing ... got nowhere", "M&C
/// incomplete only because Plaintiff refused to meet") says the talks are
/// over, wherever it stands (an accepted-record review found each); not one
/// negated just before it ("not at an impasse", "no impasse yet").
fn tells_an_end(objection: &str) -> bool {
    use super::phrase::{is_one_of, words};
    const ENDED: &[&str] = &[
        "impasse", "refused", "refuses", "resolved", "declined", "declines", "rejected", "rejects",
        "nowhere", "ended", "failed", "stalled", "until",
    ];
    let ws: Vec<&[u8]> = words(objection).collect();
    ws.iter().enumerate().any(|(k, w)| {
        is_one_of(w, ENDED)
            && !ws[k.saturating_sub(3)..k]
                .iter()
                .any(|x| is_one_of(x, &["not", "no", "never", "t"]))
    })
}

/// Whether `text` says conferring is not finished: a word of conferring
/// ("meet and confer", "conferral", "M&C", "discussions") and, after it or
/// before it, "incomplete", "ongoing", "unfinished", or "not (yet)
/// complete", "not finished", "not over", "not concluded".
/// A request revised by the movant: "the altered interrogatories".
const REVISED: &[&str] = &[
    "altered",
    "revised",
    "reworded",
    "amended",
    "modified",
    // "Can't respond to the changed interrogatories properly or on time" (a
    // forty-first review of Coleman).
    "changed",
    "rewritten",
    "redrafted",
];

fn says_conferral_unfinished(text: &str) -> bool {
    use super::phrase::{is_one_of, words};
    if !has_any_word(text, UNFINISHED) && !has_any_word(text, DONE) && !has_any_word(text, REVISED)
    {
        return false; // asked of positions on every keystroke
    }
    const CONFERRING: &[&str] = &[
        "confer",
        "conferral",
        "conferring",
        "conference",
        "discussions",
        "negotiations",
        "negotiating",
        "discuss",
        "discussing",
        "confers",
        "talks",
        "discussion",
    ];
    // The position's last word on it: an earlier "we were not at an
    // impasse until the call" or "though still negotiating other issues,
    // this one was closed" tells of a state that ended (an over-strictness
    // review found both). A statement asking or disputing it says nothing
    // of the kind ("asked whether we were still negotiating", "disagreed
    // that the parties were not yet at an impasse").
    // (A statement after it that only recalls an offer, "Plaintiff had
    // offered supplemental searches", is not that last word: an adversarial
    // review, 93, of Topia. Anything else after it is: "asked for the
    // remaining documents", "OK. File Motion to Compel.")
    let statements = || {
        super::phrase::clauses(text)
            .flat_map(|c| c.split(", "))
            .map(str::trim)
            .filter(|c| !c.trim_end_matches('.').is_empty())
    };
    let recalls_an_offer = |c: &str| {
        has_any_word(c, &["offered", "proposed"])
            && !has_any_word(
                c,
                &["not", "t", "never", "no", "refused", "rejected", "declined"],
            )
    };
    // Nor is a plan of the movant's own that follows ("…, not at an
    // impasse; will submit new search terms that should resolve Plaintiff's
    // criticism": an adversarial review, 119, of Topia): it tells of more
    // to come, not of an end.
    // ("will not negotiate further" refuses, and "will file the motion"
    // ends the talks: neither is such a plan.)
    let plans = |c: &str| {
        let mut ws = words(c).skip_while(|w| is_one_of(w, &["and", "then"]));
        ws.next()
            .is_some_and(|w| is_one_of(w, &["will", "would", "shall", "plans", "intends"]))
            && !ws
                .next()
                .is_some_and(|w| is_one_of(w, &["not", "never", "no"]))
            && !has_any_word(c, &["file", "filing", "motion", "court", "compel"])
    };
    let last = statements()
        .filter(|c| !recalls_an_offer(c) && !plans(c))
        .last()
        .or_else(|| statements().last())
        .unwrap_or("");
    let ws: Vec<&[u8]> = words(last).collect();
    if ws
        .iter()
        .any(|w| is_one_of(w, &["whether", "disagreed", "disputed", "denied"]))
    {
        return false;
    }
    // "Could not properly and timely respond to the altered interrogatories"
    // (Coleman v. California, E.D. Cal. 2019, in a thirty-fourth review's
    // words): the other side had not had the chance to take up a revision
    // sent just before filing.
    // ("can't" is "can" and "t".)
    // A fifty-second review: "OC: no proper/timely resp. possible to the
    // altered rogs", "the altered rogs can't be answered properly or timely".
    // (Read of the whole sentence the last word is in: "Could not give a
    // proper, timely response to the altered interrogatories" has a comma
    // inside it, an adversarial review, 93, of Coleman.)
    let sentence: Vec<&[u8]> = super::phrase::clauses(text)
        .find(|c| {
            let (c0, c1) = (c.as_ptr() as usize, c.as_ptr() as usize + c.len());
            let l = last.as_ptr() as usize;
            c0 <= l && l <= c1
        })
        .map(|c| words(c).collect())
        .unwrap_or_else(|| ws.clone());
    let ws_all = &sentence;
    // Talks about other discovery say nothing of this dispute's ("no
    // impasse has been reached on other discovery, where talks continue":
    // an over-strictness review, 94).
    if ws_all.windows(2).any(|p| {
        is_one_of(p[0], &["other"])
            && is_one_of(
                p[1],
                &["discovery", "issues", "matters", "disputes", "topics"],
            )
    }) {
        return false;
    }
    if (ws_all
        .iter()
        .any(|w| is_one_of(w, &["could", "cannot", "unable", "couldn"]))
        || ws_all
            .windows(2)
            .any(|p| is_one_of(p[0], &["can"]) && is_one_of(p[1], &["t", "not"]))
        || ws_all.iter().enumerate().any(|(k, w)| {
            is_one_of(w, &["possible"])
                && ws_all[k.saturating_sub(5)..k]
                    .iter()
                    .any(|x| is_one_of(x, &["no", "not"]))
        })
        // "left no fair chance to answer the altered interrogatories", "no
        // fair opportunity to respond … while on vacation" (an adversarial
        // review, 119, of Coleman).
        || ws_all.iter().enumerate().any(|(k, w)| {
            is_one_of(w, &["chance", "opportunity", "time"])
                && ws_all[k.saturating_sub(3)..k]
                    .iter()
                    .any(|x| is_one_of(x, &["no", "without", "little"]))
        }))
        && ws_all.iter().any(|w| {
            is_one_of(
                w,
                &[
                    "respond",
                    "answer",
                    "reply",
                    "answered",
                    "resp",
                    "response",
                    "responded",
                ],
            )
        })
        // The revision may be named in an earlier statement ("The revised
        // joint statement with altered interrogatories came during his
        // noticed absence; he objected that he could not properly respond to
        // it in the time left": the same review).
        && (ws_all.iter().any(|w| is_one_of(w, REVISED))
            || has_any_word(text, REVISED)
            // Or both "proper" and "timely", Coleman's own words for what
            // the other side could not give ("Unable to give a proper and
            // timely response": an adversarial review, 124).
            || (ws_all
                .iter()
                .any(|w| is_one_of(w, &["proper", "properly"]))
                && ws_all.iter().any(|w| is_one_of(w, &["timely"]))))
    {
        return true;
    }
    // An earlier statement that the talks go on ("Still hammering out
    // scope. No deadlock.": a forty-seventh review of Topia) lets a bare "no
    // impasse" or "no deadlock" that follows say the same, not that the
    // sides agreed.
    // (Read only where a bare "no impasse" or "no deadlock" asks it.)
    let whole = text;
    let still_on = || {
        let all: Vec<&[u8]> = words(whole).collect();
        all.windows(2).any(|p| {
            is_one_of(p[0], &["still"])
                && is_one_of(
                    p[1],
                    &[
                        "hammering",
                        "working",
                        "negotiating",
                        "conferring",
                        "discussing",
                        "being",
                    ],
                )
        }) || all
            .iter()
            .any(|w| is_one_of(w, &["continue", "continues", "continuing", "ongoing"]))
    };
    let text = last;
    let (mut conferring, mut unfinished) = (false, false);
    let at = |k: usize, set: &[&str]| ws.get(k).is_some_and(|w| is_one_of(w, set));
    for (k, w) in ws.iter().enumerate() {
        conferring |=
            is_one_of(w, CONFERRING) || (k > 0 && at(k - 1, &["m"]) && is_one_of(w, &["c"]));
        let not_before =
            (k > 0 && at(k - 1, &["not"])) || (k > 1 && at(k - 2, &["not"]) && at(k - 1, &["yet"]));
        unfinished |= match () {
            // "still open", "more conferring needed", "not run its course".
            _ if is_one_of(w, &["open"]) => k > 0 && at(k - 1, &["still", "remains", "remained"]),
            _ if is_one_of(w, &["continuing", "continue", "continues"]) => true,
            // "remain in negotiation" (an adversarial review, 93, of Topia).
            _ if is_one_of(w, &["negotiation", "negotiations"]) => {
                // (Not "had remained in negotiation on scope until the
                // call": an over-strictness review, 94.)
                let on = k > 1
                    && at(k - 1, &["in"])
                    && at(k - 2, &["remain", "remains", "still"])
                    && !ws.iter().any(|w| is_one_of(w, &["until", "had"]));
                conferring |= on;
                on
            }
            // "remains under discussion" (a twenty-fifth review of Topia).
            _ if is_one_of(w, &["under"]) => {
                let on = at(k + 1, &["discussion", "negotiation", "review"]);
                conferring |= on;
                on
            }
            // "parties keep discussing", "keep negotiating" (an
            // adversarial review, 124, of Topia).
            _ if is_one_of(w, &["keep", "keeps"]) => {
                let on = at(
                    k + 1,
                    &["discussing", "negotiating", "conferring", "talking"],
                ) && !(k > 0 && at(k - 1, &["not", "t", "never", "didn"]));
                conferring |= on;
                on
            }
            // "the meet and confer was cut short" (the same review, of
            // Coleman v. California).
            _ if is_one_of(w, &["short"]) => k > 0 && at(k - 1, &["cut"]),
            _ if is_one_of(w, &["needed", "required"]) => {
                k > 1
                    && at(k - 1, CONFERRING)
                    && ws[k.saturating_sub(5)..k - 1]
                        .iter()
                        .any(|x| is_one_of(x, &["more", "further"]))
            }
            // "still conferring", "still negotiating"; not "not still
            // negotiating", nor with someone else ("still negotiating with
            // its e-discovery vendor").
            _ if is_one_of(w, &["conferring", "negotiating"]) => {
                k > 0
                    && at(k - 1, &["still"])
                    && !(k > 1 && at(k - 2, &["not"]))
                    // On the dispute, or nothing named; not "still
                    // negotiating deposition dates" (a review found it).
                    && (k + 1 == ws.len()
                        || at(k + 1, &["on", "over", "about", "regarding", "re"])
                        // "still negotiating scope" (an adversarial
                        // review, 93, of Topia).
                        || (k + 2 == ws.len() && at(k + 1, &["scope", "terms"]))
                        // "Still negotiating the scope of the additional
                        // terms" (an adversarial review, 124, of Topia).
                        || (at(k + 1, &["the"]) && at(k + 2, &["scope", "terms"])))
            }
            // "The parties are not at an impasse" (Topia Technology v.
            // Egnyte, D. Del. 2024: a request brought while both sides
            // said so was "clearly unripe"), "no impasse yet": saying
            // there is none says conferring goes on.
            _ if is_one_of(w, &["impasse"]) => {
                // "not at impasse", "have not reached an impasse", "have
                // not reached impasse".
                let bare = (k > 1 && at(k - 1, &["at", "reached"]) && at(k - 2, &["not"]))
                    || (k > 2
                        && at(k - 1, &["an"])
                        && at(k - 2, &["reached"])
                        && (at(k - 3, &["not"])
                            || (k > 3 && at(k - 3, &["yet"]) && at(k - 4, &["not"]))));
                let at_an = k > 2
                    && at(k - 1, &["an"])
                    && at(k - 2, &["at"])
                    && (at(k - 3, &["not", "never"])
                        || (k > 3 && at(k - 3, &["yet"]) && at(k - 4, &["not"])));
                // "no impasse yet" ("there was no impasse" may mean the
                // sides agreed).
                let none_yet = k > 0 && at(k - 1, &["no"]) && (at(k + 1, &["yet"]) || still_on());
                // "no impasse has been declared", "no impasse declared",
                // "an impasse has not been reached" (an adversarial review,
                // 135, of Topia); not "had been", which may be before.
                // Only of the whole dispute: nothing after but "yet", or
                // who did not declare it ("by either side", "between the
                // parties"); not "no impasse has been reached on other
                // discovery". "Reached" only with "yet", or after words that
                // the talks go on: "since the parties agreed, no impasse has
                // been reached" tells an agreement (a review of Ware v. Mercy
                // Health, W.D. Okla. 2023, accepted).
                const DECLARED: &[&str] = &["declared", "reached", "called"];
                let ends = |j: usize| {
                    (j + 1 == ws.len() && (!at(j, &["reached"]) || still_on()))
                        || at(j + 1, &["yet"])
                        || (!at(j, &["reached"]) && at(j + 1, &["by", "between"]))
                };
                let not_declared = (k > 0
                    && at(k - 1, &["no"])
                    && ((at(k + 1, DECLARED) && ends(k + 1))
                        || (at(k + 1, &["has"])
                            && at(k + 2, &["been"])
                            && at(k + 3, DECLARED)
                            && ends(k + 3))))
                    || (at(k + 1, &["has"])
                        && at(k + 2, &["not"])
                        && at(k + 3, &["been"])
                        && at(k + 4, DECLARED)
                        && ends(k + 4));
                let said_none =
                    !text.contains("impasse-") && (bare || at_an || none_yet || not_declared);
                conferring |= said_none;
                said_none
            }
            // "who have not deadlocked", "not yet deadlocked", "not at a
            // deadlock", "no deadlock yet" (a forty-seventh review of
            // Topia): an impasse in other words.
            _ if is_one_of(w, &["deadlock", "deadlocked"]) => {
                let said_none = not_before
                    || (k > 2 && at(k - 1, &["a"]) && at(k - 2, &["at"]) && at(k - 3, &["not"]))
                    || (k > 0 && at(k - 1, &["no"]) && (at(k + 1, &["yet"]) || still_on()));
                conferring |= said_none;
                said_none
            }
            // "still being worked out", "still hammering out scope" (the
            // same review).
            // (Not in the past: "the tier that was still being worked out
            // … stayed in dispute", "producing ESI with metadata was still
            // being worked out": an over-strictness review, 53.)
            _ if is_one_of(w, &["worked", "hammering", "hammered"]) => {
                let past = ws[..k]
                    .iter()
                    .rev()
                    .take(4)
                    .any(|x| is_one_of(x, &["was", "were", "had"]));
                let on = !past
                    && at(k + 1, &["out"])
                    && ((k > 0 && at(k - 1, &["still"]))
                        || (k > 1 && at(k - 1, &["being"]) && at(k - 2, &["still"])));
                conferring |= on;
                on
            }
            // "working to narrow the additional search terms" (Topia).
            _ if is_one_of(w, &["working"])
                && at(k + 1, &["out"])
                && k > 0
                && at(k - 1, &["still"]) =>
            {
                conferring = true;
                true
            }
            _ if is_one_of(w, &["working"]) => {
                // Narrowing, or resolving the dispute itself; not "working to
                // resolve difficulties producing the documents".
                let on = at(k + 1, &["to"])
                    && (at(k + 2, &["narrow"])
                        || (at(k + 2, &["resolve", "reach", "settle"])
                            && ws[k + 3..].iter().take(3).any(|x| {
                                is_one_of(
                                    x,
                                    &["dispute", "disputes", "agreement", "issues", "differences"],
                                )
                            })));
                conferring |= on;
                on
            }
            // "filed this motion in the middle of the meet and confer
            // process" (Becker v. Wells Fargo, E.D. Cal. 2013, the order's
            // words, in a twenty-eighth review).
            _ if is_one_of(w, &["middle", "midst"]) => {
                k > 1 && at(k - 1, &["the"]) && at(k - 2, &["in"]) && at(k + 1, &["of"])
            }
            _ if is_one_of(w, &["course"]) => {
                k > 2 && at(k - 1, &["its"]) && at(k - 2, &["run"]) && at(k - 3, &["not"])
            }
            // Of the conferring, not of the discovery it is about: "Meet and
            // confer re incomplete production" (a sixty-first review of
            // Stillwell v. RadioShack, S.D. Cal. 2009) tells what the
            // letter was about.
            _ if is_one_of(w, &["incomplete", "ongoing", "unfinished"]) => !at(
                k + 1,
                &[
                    "production",
                    "productions",
                    "responses",
                    "response",
                    "answers",
                    "documents",
                    "docs",
                    "disclosures",
                    "records",
                    "discovery",
                ],
            ),
            _ => {
                is_one_of(w, DONE)
                    && (not_before || (k > 1 && at(k - 2, &["not"]) && at(k - 1, &["been"])))
            }
        };
    }
    conferring && unfinished
}

/// Who made the promise a contact's summary tells of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Promiser {
    /// The other side ("Def. counsel said he would get back to us in
    /// writing by Jan. 26", Kosjer, D. Kan. 2018, as an old file's summary
    /// may tell it).
    Theirs,
    /// The movant's own side ("Plaintiff agreed during the call to revise
    /// his interrogatories", Becker, E.D. Cal. 2013).
    Own,
}

/// Whether a contact's `summary` tells of a promise to answer or get back,
/// and whose. A summary is the recorder's narration, so a clause is read
/// as one side's only where the words before its promise name that side by
/// its role and not the other ("Def. counsel said he would ...", "Plaintiff
/// agreed to revise ..."); a clause naming both ("Plaintiff wrote that
/// defendants would ...") or only "the parties" is not read. A clause whose
/// subject is a pronoun ("He said he would respond ..."), or that has an
/// answer expected from the other side, is read as the other side's: a
/// promise pending before filing is a thread whoever made it. On a motion by neither side (a non-party's), nothing
/// is read. As with a position, a negation or a limit unsays the promise.
pub fn summary_promise(
    summary: &str,
    movant: super::Side,
    owing: &super::OwingNames,
    movants: &super::OwingNames,
) -> Option<Promiser> {
    use super::phrase::{is_one_of, words};
    let own = super::phrase::side_words(movant);
    let theirs = super::phrase::side_words(movant.opposing()?);
    // Read on every check for each contact no later one followed up: most
    // summaries name no side, no one by pronoun or name and no promise (one
    // scan of their words, compared by length first), and the first word of
    // each clause settles most others.
    // The bare letter of the movant's role ("P agreed to reword some"), read
    // only at the head of a clause, below.
    let letter = match movant {
        super::Side::Plaintiff => "p",
        _ => "d",
    };
    // (Only where a clause opens with it and a word that commits: "D
    // produced responsive ESI on October 23" opens the reading to nothing,
    // a thirty-second review found.)
    // And the other side's ("D's counsel: written resp. by 1/26", an
    // adversarial review, 119, of Kosjer), led by its counsel or a word
    // that commits.
    let their_letter = match movant {
        super::Side::Plaintiff => "d",
        _ => "p",
    };
    let letter_heads = |letter: &str, counsel: bool| {
        super::phrase::clauses(summary).any(|c| led_by_letter(c, letter, counsel))
    };
    if !words(summary).any(|w| {
        is_one_of(w, own)
            || (w.eq_ignore_ascii_case(letter.as_bytes()) && letter_heads(letter, false))
            || (w.eq_ignore_ascii_case(their_letter.as_bytes()) && letter_heads(their_letter, true))
            || is_one_of(w, theirs)
            || is_one_of(w, PRONOUN)
            // "OC": opposing counsel, in notes ("OC'd respond in writing by
            // 1/26/18": a fiftieth review of Kosjer).
            || is_one_of(w, &["other", "opposing", "oc", "promised", "awaiting", "due"])
            || is_one_of(w, LABELS)
            || owing.contains_word(w)
            || movants.contains_word(w)
    }) {
        return None;
    }
    // The side the last clause opened with, for a clause that goes on
    // without naming its subject again.
    let mut before = (false, false);
    super::phrase::clauses(summary).find_map(|clause| {
        // The side must be the clause's subject, its first word after "the"
        // ("The City mailed Plaintiff's counsel a letter ... requesting
        // responses no later than July 20" names the other side only as the
        // one written to), and the other side must not be named before the
        // promise.
        // "At the call Plaintiff undertook to revise his interrogatories" (a
        // rejected-record review of Becker): where it was said, before who.
        // "Result: Becker to rework his interrogatories", "Outcome:
        // interrogatories to be reworded" (an adversarial review, 115, of
        // Becker): a label, then what was agreed.
        // What follows the label is read as the clause ("(4/16/13).
        // Outcome: …" is one clause: a bracket ends no sentence).
        let labelled = clause.match_indices(':').find(|&(at, _)| {
            clause[..at]
                .rsplit(|c: char| !c.is_ascii_alphanumeric())
                .next()
                .is_some_and(|w| is_one_of(w.as_bytes(), LABELS))
        });
        let to_come = labelled.is_some_and(|(at, _)| {
            clause[..at]
                .rsplit(|c: char| !c.is_ascii_alphanumeric())
                .next()
                .is_some_and(|w| is_one_of(w.as_bytes(), TO_COME))
        });
        let clause = labelled.map_or(clause, |(at, _)| &clause[at + 1..]);
        let labelled = labelled.is_some();
        let opener = {
            let mut o = words(clause);
            match (o.next(), o.next(), o.next()) {
                (Some(p), Some(t), Some(c))
                    if is_one_of(p, &["at", "during", "on", "in"])
                        && is_one_of(t, &["the", "that", "this"])
                        && is_one_of(c, &["call", "conference", "teleconference", "meeting"]) =>
                {
                    3
                }
                _ => 0,
            }
        };
        let mut ws = words(clause)
            .skip(opener)
            .skip_while(|w| is_one_of(w, &["the", "then", "and", "also"]))
            .peekable();
        let mut first = ws.next()?;
        // The writer asking, not a promise told: "Please let me know by
        // Friday, March 10 whether Acme will supplement" (review 347: the
        // summary import writes of the movant's own demand read as the
        // other side's promise), "Let us know if you will produce", "Will
        // you supplement by Friday?".
        if is_one_of(first, &["please", "kindly"])
            || (is_one_of(first, &["let"])
                && words(clause)
                    .skip(opener)
                    .skip_while(|w| is_one_of(w, &["the", "then", "and", "also"]))
                    .nth(2)
                    .is_some_and(|w| is_one_of(w, &["know"])))
            || clause.trim_end().ends_with('?')
        {
            return None;
        }
        // "Mr. Becker agreed to revise some of his interrogatories" (a
        // thirty-first review): a party or counsel named, after a title.
        if is_one_of(first, super::phrase::TITLE) {
            first = ws.next()?;
        }
        // "P agreed to reword some" (the same review's notes): the bare
        // letter of the movant's role, at the head of the clause only.
        let (mut by_own, mut by_them) = (
            is_one_of(first, own)
                || movants.contains_word(first)
                || (first.eq_ignore_ascii_case(letter.as_bytes())
                    && ws.peek().is_some_and(|w| is_one_of(w, COMMIT))),
            is_one_of(first, theirs)
                || is_one_of(first, &["oc"])
                || owing.contains_word(first)
                || (first.eq_ignore_ascii_case(their_letter.as_bytes())
                    && led_by_letter(clause, their_letter, true)),
        );
        // "JetBlue asserts the parties never met on several topics; says it
        // already agreed to a supp production" (a thirty-fifth review of
        // Bohnel, E.D. Cal. 2021): a clause that opens with a verb of saying
        // or promising has the last clause's subject, when that is the other
        // side, or, with a verb of promising, the movant ("Plaintiff called
        // 1/5; agreed to revise the requests"). Not the movant with a verb
        // of saying: "Def. counsel wrote again 9/19; said responses were
        // expected by 9/20" is the movant's own deadline (an accepted-record
        // review of Sample).
        if !(by_own || by_them) && is_one_of(first, CARRIES_SUBJECT) {
            let promising = is_one_of(first, &CARRIES_SUBJECT[CARRIES_SUBJECT.len() - PROMISING..]);
            match before {
                (true, false) if promising => by_own = true,
                // The movant's own words, told on: no promise of theirs.
                (true, false) => return None,
                (false, true) => by_them = true,
                _ => {}
            }
        }
        before = (by_own, by_them);
        // "Blue Diamond argues that no conference was ever held on its July
        // 5 offer to reconsider" (an over-strictness review, 45, of
        // Werdebaugh): an argument in the case, not a promise told.
        // A promise joined to the argument is still read ("Defense counsel
        // contends the file is work product and indicated he would respond
        // in writing by January 26": a fiftieth review of Kosjer): the
        // clause is skipped only when nothing after the arguing word
        // commits but an offer.
        // Nor when an answer "by" a day follows it ("Def. counsel argues file
        // is WP, with written resp. to GR ltr by 1/26": a fifty-second
        // review).
        if let Some(a) = words(clause)
            .position(|w| is_one_of(w, &["argues", "argued", "arguing", "contends", "contended"]))
            && !words(clause)
                .skip(a + 1)
                .any(|w| is_one_of(w, &COMMIT[..COMMIT.len() - OFFERS]))
            && !words(clause).skip(a + 1).any(|w| is_one_of(w, &["by"]))
        {
            return None;
        }
        // "He indicated he would respond in writing by a specified date"
        // (Kosjer, D. Kan. 2018, as a reviewer recorded it): a promise told
        // of someone the narration does not name is a thread all the same,
        // whoever made it, and is read as the other side's (which is not
        // reported in a complete default, where nothing had come). So is
        // an answer "expected from the other side" or "from def. counsel".
        if !(by_own || by_them) {
            // The movant's side is in it (by role, or by a name of its
            // parties or counsel): whose is unclear. "As promised" tells of
            // a promise kept.
            let lower = clause.to_ascii_lowercase();
            // "Revised interrogatories were to come from Mr. Becker" (a
            // rejected-record review of Becker, E.D. Cal. 2013): what was
            // to come, and from whom, said outright.
            // The movant's own requests to be reworded, no one named
            // ("Outcome: interrogatories to be reworded"): its own task,
            // as in its position (`to_be_revised`).
            if labelled && to_be_revised(clause) {
                return Some(Promiser::Own);
            }
            if let Some(from) = to_come_from(clause) {
                if is_one_of(from, own) || movants.contains_word(from) {
                    return Some(Promiser::Own);
                }
                if is_one_of(from, theirs) || owing.contains_word(from) {
                    return Some(Promiser::Theirs);
                }
            }
            if words(clause).any(|w| is_one_of(w, own) || movants.contains_word(w))
                || lower.contains("as promised")
            {
                return None;
            }
            // The other side by name ("Counsel for Coffeyville Resources said
            // he'd respond in writing by January 26"), by "opposing" or "the
            // other side", or a pronoun; with none of these and no "we" or
            // "I", a dated answer promised or awaited ("Written response
            // promised by Jan. 26", "Awaiting Coffeyville's written position
            // (by 1/26/18)").
            let named = words(clause).any(|w| {
                is_one_of(w, theirs) || is_one_of(w, &["opposing", "oc"]) || owing.contains_word(w)
            }) || expected_from(clause, theirs)
                || lower.contains("other side");
            let first_person = words(clause).any(|w| is_one_of(w, FIRST_PERSON));
            // In a narration "to" marks a promise only before a verb
            // ("Opposing counsel to send his written response by 1/26/18");
            // "writing to Peck's counsel" and "sent to Blue Diamond" are
            // where a letter went.
            let clause = &to_only_before_a_verb(clause);
            let read = if named || is_one_of(first, PRONOUN) {
                says_promised(clause, true)
                    || expected_from(clause, theirs)
                    || answer_agreed_by(clause)
            } else {
                !first_person
                    && promised_by_a_day(clause)
                    && !has_any_word(clause, LIMIT)
                    && !demands_answers(clause)
            };
            return read.then_some(Promiser::Theirs);
        }
        for w in ws {
            if is_one_of(w, COMMIT) || is_one_of(w, &["to"]) {
                break;
            }
            by_own |= is_one_of(w, own);
            by_them |= is_one_of(w, theirs);
        }
        match (by_own, by_them) {
            (false, true) => (says_promised(clause, true)
                || counsels_answer_due(clause)
                || name_to_answer(clause, owing)
                || (to_come && names_an_answer(clause)))
            .then_some(Promiser::Theirs),
            (true, false) => (says_promised(clause, false)
                || says_to_come(clause, Some(own)).is_some()
                || name_to_answer(clause, movants))
            .then_some(Promiser::Own),
            _ => None,
        }
    })
}

/// Whether the movant's note says it awaits something ("awaiting defense
/// counsel's written response"), the one case where its own position is
/// read for the other side's promise.
pub fn phrase_has_await(text: &str) -> bool {
    has_any_word(text, &["awaiting", "await", "awaited", "waiting"])
}

/// `clause` with each "to" that no verb follows written "at", so that the
/// readings of a promise do not take a destination for a commitment.
fn to_only_before_a_verb(clause: &str) -> String {
    use super::phrase::is_one_of;

    let mut out = String::with_capacity(clause.len());
    let mut rest = clause;
    while let Some(at) = rest.find(|c: char| c.is_ascii_alphanumeric()) {
        out.push_str(&rest[..at]);
        let word_len = rest[at..]
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len() - at);
        let word = &rest[at..at + word_len];
        let after = &rest[at + word_len..];
        let next = after
            .trim_start_matches(|c: char| !c.is_ascii_alphanumeric())
            .split(|c: char| !c.is_ascii_alphanumeric())
            .next()
            .unwrap_or("");
        if word.eq_ignore_ascii_case("to") && !is_one_of(next.as_bytes(), BARE_VERB) {
            out.push_str("at");
        } else {
            out.push_str(word);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// Counsel's own answer said to be due by a day: "Defense counsel's
/// written response was due January 26, 2018" (a reviewer's words for
/// Kosjer). A party's responses "due" a day are the discovery's deadline;
/// counsel's response or position is what counsel undertook to send.
fn counsels_answer_due(clause: &str) -> bool {
    use super::phrase::{MONTH, is_one_of, words};
    let ws: Vec<&[u8]> = words(clause).collect();
    let owned = ws.windows(4).any(|w| {
        is_one_of(w[0], &["counsel"])
            && is_one_of(w[1], &["s"])
            && (is_one_of(w[2], &["response", "reply", "position", "answer"])
                || (is_one_of(w[2], &["written"])
                    && is_one_of(w[3], &["response", "reply", "position", "answer"])))
    });
    let due = ws
        .iter()
        .any(|w| is_one_of(w, &["due", "expected", "promised"]));
    let dated = clause.contains('/') || ws.iter().any(|w| is_one_of(w, MONTH));
    owned
        && due
        && dated
        && !super::phrase::negated(clause.split(';').next().unwrap_or(clause))
        && !says_it_came(&ws)
}

/// An answer by name, as a note names what is awaited.
const ANSWER_NOUN: &[&str] = &[
    "written",
    "response",
    "responses",
    "resp",
    "answer",
    "answers",
    "reply",
    "position",
    "letter",
    "ltr",
    "supplement",
    "production",
];

/// Whether `clause` names an answer (`ANSWER_NOUN`) and does not say it
/// came or was refused: after a label of what is still to come, the answer
/// is awaited ("Pending: D's written response to GR letter (1/26)").
fn names_an_answer(clause: &str) -> bool {
    use super::phrase::{is_one_of, words};
    let ws: Vec<&[u8]> = words(clause).collect();
    ws.iter().any(|w| is_one_of(w, ANSWER_NOUN))
        && !says_it_came(&ws)
        && !ws.iter().any(|w| {
            is_one_of(
                w,
                &[
                    "declined", "refused", "rejected", "denied", "received", "rec",
                ],
            )
        })
        && !super::phrase::negated(clause)
}

/// Whether `clause` opens with a name of one side's parties or counsel and
/// "to" answer, as `says_to_come` reads a side's role ("Becker to rework
/// his interrogatories": an adversarial review, 115, of Becker v. Wells
/// Fargo, E.D. Cal. 2013).
fn name_to_answer(clause: &str, names: &super::OwingNames) -> bool {
    use super::phrase::{TITLE, is_one_of, words};
    let mut ws = words(clause)
        .skip_while(|w| is_one_of(w, &["the", "then", "and", "also"]) || is_one_of(w, TITLE))
        .skip_while(|w| names.contains_word(w));
    if !ws.next().is_some_and(|w| is_one_of(w, &["to"])) {
        return false;
    }
    ws.take(3)
        .find(|x| !is_one_of(x, &["get", "be"]))
        .is_some_and(|x| is_one_of(x, ANSWER))
}

/// Whether `clause` opens (after "the", "then", "and" or "also") with the
/// bare letter of a side's role ("P agreed to reword some", "D's counsel:
/// written resp. by 1/26") followed by a word that commits or, when
/// `counsel` is asked for, by its counsel ("D's ctsl", "D counsel"): only
/// then is the letter a side and not, say, the end of "rec'd".
fn led_by_letter(clause: &str, letter: &str, counsel: bool) -> bool {
    use super::phrase::{is_one_of, words};
    const COUNSEL: &[&str] = &[
        "counsel",
        "cnsl",
        "ctsl",
        "csl",
        "atty",
        "attorney",
        "attorneys",
    ];
    let mut ws = words(clause).skip_while(|w| is_one_of(w, &["the", "then", "and", "also"]));
    if !ws
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case(letter.as_bytes()))
    {
        return false;
    }
    match ws.next() {
        Some(w) if is_one_of(w, COMMIT) => true,
        Some(w) if counsel && is_one_of(w, COUNSEL) => true,
        // "D's written response to GR letter (1/26)": its answer.
        Some(w) if counsel && is_one_of(w, &["s"]) => ws
            .next()
            .is_some_and(|w| is_one_of(w, COUNSEL) || is_one_of(w, ANSWER_NOUN)),
        _ => false,
    }
}

/// Whether the words say the answer came ("was due 9/23 and came that
/// day": an accepted-record review), not negated ("never came").
fn says_it_came(ws: &[&[u8]]) -> bool {
    use super::phrase::is_one_of;
    ws.iter().enumerate().any(|(j, x)| {
        is_one_of(
            x,
            &["came", "arrived", "received", "sent", "served", "delivered"],
        ) && !(j > 0 && is_one_of(ws[j - 1], &["never", "not", "no", "t"]))
    })
}

/// Pronouns a summary may open a promise with.
const PRONOUN: &[&str] = &["he", "she", "they"];

/// The verbs of promising at the end of `CARRIES_SUBJECT`.
const PROMISING: usize = 8;

/// Verbs that may open a clause whose subject is the last clause's
/// ("...; says it already agreed to produce", "...; agreed to respond by
/// 1/15").
const CARRIES_SUBJECT: &[&str] = &[
    "says",
    "said",
    "states",
    "stated",
    "asserts",
    "asserted",
    "represents",
    "represented",
    "claims",
    "claimed",
    "indicates",
    "indicated",
    "adds",
    "added",
    "agreed",
    "agrees",
    "promised",
    "promises",
    "committed",
    "undertook",
    // "Pltf cnsl emailed 10/6; would supplement." (a fifty-second review of
    // Buntain v. Hansbro, C.D. Ill. 2023).
    "would",
    "will",
];

/// An answer expected, promised or due from the other side, named after
/// it: "Written response expected from the other side by a set date",
/// "written resp. due from def. counsel by 1/26/18".
fn expected_from(clause: &str, theirs: &[&str]) -> bool {
    use super::phrase::{is_one_of, words};
    let ws: Vec<&[u8]> = words(clause).collect();
    let Some(at) = ws
        .iter()
        .position(|w| is_one_of(w, &["expected", "promised", "due", "owed"]))
    else {
        return false;
    };
    let answer = ws[..at].iter().any(|w| {
        is_one_of(
            w,
            &[
                "response",
                "resp",
                "answer",
                "answers",
                "reply",
                "responses",
            ],
        )
    });
    let from = ws[at + 1..].windows(3).any(|w| {
        is_one_of(w[0], &["from"])
            && (is_one_of(w[1], theirs)
                || (is_one_of(w[1], &["the"]) && is_one_of(w[2], &["other"]))
                || is_one_of(w[1], &["opposing"]))
    }) || ws[at + 1..]
        .windows(2)
        .any(|w| is_one_of(w[0], &["from"]) && is_one_of(w[1], theirs));
    answer && from && !super::phrase::negated_before(clause, clause.len())
}

/// Words that commit (the last two offer; see `OFFERS`).
const COMMIT: &[&str] = &[
    "will",
    "would",
    "agreed",
    "agrees",
    "promised",
    "promises",
    "committed",
    "commits",
    "undertook",
    "undertakes",
    // "Plaintiff consented to revising this interrogatory" (a
    // rejected-record review of Becker).
    "consented",
    "consents",
    "going",
    "intends",
    "intended",
    "planned",
    "plans",
    "expects",
    "expected",
    // "Told us to expect his written response by January 26".
    "expect",
    // "He'll get us", "he'd rework": the contractions of will and would.
    "ll",
    "d",
    "offered",
    "offers",
];

/// The offering words at the end of `COMMIT`, read only for the other side.
const OFFERS: usize = 2;

/// Small words allowed between the commitment and the answering.
const BETWEEN: &[&str] = &[
    "to",
    "be",
    "get",
    "back",
    "in",
    "writing",
    "a",
    "an",
    "the",
    "its",
    "his",
    "her",
    "their",
    "further",
    "fully",
    "formally",
    "promptly",
    "shortly",
    "soon",
    "then",
    "also",
    "and",
    "try",
    "attempt",
    "written",
    "supplemental",
    "amended",
    "let",
    "us",
    "you",
    "me",
    "him",
    "them",
    "during",
    "at",
    "on",
    "conference",
    "call",
    "meeting",
    // "would give further consideration"; "will have the responses to you",
    // "we'd have his written position".
    "give",
    "have",
    // "Agreed to continue to produce records" (Advanced Hair Restoration,
    // W.D. Wash. 2018: the motion ten days after that call, denied); "would
    // go on producing records".
    "continue",
    "keep",
    "go",
    // "Agreed to narrow/reword the interrogatories" (Becker, as an old file
    // may keep it).
    "narrow",
    // An aside: "said he would, however, respond".
    "however",
    "still",
];

/// Answering.
const ANSWER: &[&str] = &[
    "respond",
    "reply",
    "answer",
    "supplement",
    // Shorthand, as verb or adjective: "will supp by 1/15", "agreed to a
    // supp production" (a thirty-fifth review of Bohnel).
    "supp",
    "suppl",
    // "Agreed to a revision of these interrogatories" (a forty-first review
    // of Becker).
    "revision",
    "revisions",
    "produce",
    "provide",
    "serve",
    "send",
    // "Would resend the documents" (an adversarial review, 122, of Makeen
    // v. Comcast, D. Colo. 2011).
    "resend",
    "review",
    "reconsider",
    "consider",
    "look",
    "check",
    "confirm",
    "investigate",
    "search",
    "amend",
    "update",
    "revisit",
    "follow",
    "back",
    "revise",
    "know",
    "response",
    "responses",
    "answers",
    "production",
    // Said in the passive ("would be supplemented", "will be produced") or
    // as a thing to come ("a response would be coming").
    "supplemented",
    "produced",
    "provided",
    "served",
    "sent",
    "answered",
    "amended",
    "updated",
    "revised",
    "coming",
    "forthcoming",
    "rework",
    "reword",
    "redraft",
    "rewrite",
    "rephrase",
    "revising",
    "reworking",
    "rewording",
    "redrafting",
    "rewriting",
    "reformulate",
    // "Said he would be responding in writing", "agreed to continue
    // producing records", "undertook to write".
    "responding",
    "replying",
    "answering",
    "supplementing",
    // "Agreed to supplementation." (a thirtieth review of Buntain).
    "supplementation",
    "producing",
    "providing",
    "serving",
    "sending",
    "write",
    "consideration",
    "considerations",
    "position",
];

/// Who may open a promise written without a verb, the way notes are kept
/// ("Defense counsel to respond in writing by January 26", "Plaintiff's
/// counsel to supplement"): the other side, named by its role.
const SUBJECT: &[&str] = &[
    "defense",
    "defence",
    "opposing",
    "plaintiff",
    "plaintiffs",
    "pltf",
    "pltfs",
    "plf",
    "def",
    "deft",
    "dft",
    "defs",
    "dfts",
    "defts",
    "defendant",
    "defendants",
    "s",
    "counsel",
    "the",
];

/// Whether `text` opens with a side named and "to" answer ("Defense
/// counsel to respond …"), or says an answer "is to follow" or "is
/// forthcoming" anywhere. On the movant's own position (`own`: the words
/// naming its side) only the first, and only naming the movant: its notes
/// say "Defendant to supplement" of the other side's duty.
fn says_to_come(text: &str, own: Option<&[&str]>) -> Option<usize> {
    use super::phrase::{is_one_of, words};
    // The byte offset just after a word of `text`.
    let end = |w: &[u8]| w.as_ptr() as usize - text.as_ptr() as usize + w.len();
    let mut ws = words(text);
    let mut named = false;
    for w in ws.by_ref() {
        if is_one_of(w, SUBJECT) {
            named |= own.is_none_or(|side| is_one_of(w, side));
            continue;
        }
        if named && is_one_of(w, &["to"]) {
            // "to respond", "to get back": up to two small words first.
            let mut next = ws.next();
            for _ in 0..2 {
                if next.is_some_and(|x| !is_one_of(x, ANSWER) && is_one_of(x, &["get", "be"])) {
                    next = ws.next();
                }
            }
            if let Some(x) = next.filter(|x| is_one_of(x, ANSWER)) {
                return Some(end(x));
            }
        }
        break;
    }
    if own.is_some() {
        return None; // "… is to follow" names no one
    }
    // "… is to follow by January 26", "responses are forthcoming",
    // "Production of records to continue" (a rejected-record review of
    // Advanced Hair Restoration, W.D. Wash. 2018: the agreement to keep
    // producing, then a motion ten days later).
    let (mut three, mut two, mut one): (&[u8], &[u8], &[u8]) = (b"", b"", b"");
    let mut ws = words(text).peekable();
    while let Some(w) = ws.next() {
        let be = |x: &[u8]| is_one_of(x, &["is", "are", "was", "were"]);
        let thing = |x: &[u8]| {
            is_one_of(
                x,
                &[
                    "production",
                    "producing",
                    "records",
                    "documents",
                    "response",
                    "responses",
                    "answers",
                    "supplementation",
                    "docs",
                    "logs",
                    "log",
                    "materials",
                    "files",
                ],
            )
        };
        if (be(two) && is_one_of(one, &["to"]) && is_one_of(w, &["follow", "come"]))
            || (be(one) && is_one_of(w, &["forthcoming", "coming"]))
            || (thing(two) && is_one_of(one, &["to"]) && is_one_of(w, &["continue", "follow"]))
            // "Further records forthcoming", "Continuing production of
            // records", "Records to keep coming" (a rejected-record review
            // of Advanced Hair Restoration).
            || (thing(one) && is_one_of(w, &["forthcoming"]))
            || (is_one_of(one, &["continuing", "ongoing"]) && thing(w))
            || (is_one_of(one, &["keep", "keeps"]) && is_one_of(w, &["coming"]))
            // "Privilege logs to be exchanged Nov. 28, 2005; any remaining
            // responsive docs to be produced then" (a nineteenth review:
            // Micromet v. Cell Therapeutics, W.D. Wash. 2005, denied as
            // premature a motion filed before that day).
            || (thing(three)
                && is_one_of(two, &["to"])
                && is_one_of(one, &["be"])
                && is_one_of(
                    w,
                    &["produced", "exchanged", "served", "provided", "supplemented", "sent"],
                )
                // "All documents to be produced had been produced", "The
                // documents to be produced were limited to ...": a name for
                // what was owed, not a promise (an accepted-record review).
                && !ws.peek().is_some_and(|x| {
                    is_one_of(
                        x,
                        &["had", "have", "has", "was", "were", "is", "are", "been", "remained"],
                    )
                }))
        {
            return Some(end(w));
        }
        (three, two, one) = (two, one, w);
    }
    None
}

/// Who something "was to come from" in `clause` ("Revised interrogatories
/// were to come from Mr. Becker"): the word naming them, after a title or
/// "the", when the clause says so with nothing negating it.
fn to_come_from(clause: &str) -> Option<&[u8]> {
    use super::phrase::{is_one_of, words};
    let ws: Vec<&[u8]> = words(clause).collect();
    let at = ws.windows(5).position(|w| {
        is_one_of(w[0], &["is", "are", "was", "were"])
            && is_one_of(w[1], &["to"])
            && is_one_of(w[2], &["come", "follow"])
            && is_one_of(w[3], &["from"])
    })?;
    if super::phrase::negated_before(clause, clause.len()) {
        return None;
    }
    ws[at + 4..]
        .iter()
        .copied()
        .find(|w| !is_one_of(w, &["the", "mr", "ms", "mrs", "dr"]))
}

/// Whether the word ending at byte `end` of `clause` is "follow" or "come"
/// said of a motion, or "follow" without "up" or "through": the movant's
/// warning that "a motion to compel would follow" promises no answer (the
/// old files of three accepted orders, recorded by another hand, read it
/// as one), while "will follow up" does.
fn a_motion_follows(clause: &str, end: usize) -> bool {
    use super::phrase::{is_one_of, words};
    let word = clause[..end]
        .rsplit(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or("");
    if !is_one_of(
        word.as_bytes(),
        &["follow", "come", "coming", "forthcoming"],
    ) {
        return false;
    }
    let before = &clause[..end - word.len()];
    let motion = words(before).any(|w| is_one_of(w, &["motion", "motions"]));
    let up = words(&clause[end..])
        .next()
        .is_some_and(|w| is_one_of(w, &["up", "through"]));
    // "is to follow" promises; the word before is read, not copied.
    let to = before
        .rsplit(|c: char| !c.is_ascii_alphanumeric())
        .find(|w| !w.is_empty())
        .is_some_and(|w| w.eq_ignore_ascii_case("to"));
    // "A written response would follow by a set date" (a thirty-third
    // review of Kosjer, D. Kan. 2018): an answer that would follow is one.
    // (The answer is the subject, just before: not "asked for the overdue
    // responses and advised that court action would follow".)
    let last: Vec<&[u8]> = words(before).collect();
    let answer_follows = last[last.len().saturating_sub(4)..].iter().any(|w| {
        is_one_of(
            w,
            &[
                "response",
                "responses",
                "answer",
                "answers",
                "reply",
                "position",
                "production",
                "supplement",
                "supplementation",
            ],
        )
    });
    motion || (is_one_of(word.as_bytes(), &["follow"]) && !up && !to && !answer_follows)
}

/// Whether the answering word ending at `end` is a noun naming a kind of
/// thing rather than the answer itself: "agreed on the production format",
/// "agreed to the production protocol", "agreed on a response format". An
/// agreement on how production is to be made settles a dispute over form;
/// it promises no answer to wait for (an over-reading found by a test of
/// the twenty-fifth review, 2026).
fn names_a_kind(clause: &str, end: usize) -> bool {
    use super::phrase::{is_one_of, words};
    const NOUNS: &[&str] = &["production", "response", "responses", "answers"];
    const KIND: &[&str] = &[
        "format",
        "formats",
        "protocol",
        "protocols",
        "specification",
        "specifications",
        "parameters",
    ];
    let word = clause[..end]
        .rsplit(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or("");
    is_one_of(word.as_bytes(), NOUNS)
        && words(&clause[end..])
            .next()
            .is_some_and(|w| is_one_of(w, KIND))
}

/// What says something came: with it, "by" a day is when it came, not a
/// promise ("Responses served by 1/26").
const CAME: &[&str] = &[
    "served",
    "sent",
    "produced",
    "provided",
    "answered",
    "received",
    "mailed",
    "emailed",
    "delivered",
    "filed",
    "came",
    "arrived",
    "got",
    "rec",
    "recd",
    // "rec'd" as `past_tense_d` writes it, and its other shorthands.
    "reced",
    "rcvd",
    "recvd",
];

/// Whether a note ends with a written answer and its day, nothing between:
/// "written resp. 1/26", "resp. in writing 1/26/18", "written reply Jan.
/// 26" (an eightieth review of Kosjer, D. Kan. 2018, wrote the other
/// side's promise so, as a note of the conference of January 18). `slash`:
/// the clause writes a day with a slash, so "1 26" among its words is one.
/// Gives the index of the day's first word. An answer said to have come
/// ("served", "received" …) is ruled out by the caller.
fn written_answer_then_day(ws: &[&[u8]], slash: bool) -> Option<usize> {
    use super::phrase::{MONTH, is_one_of};
    let digits = |w: &[u8]| !w.is_empty() && w.len() <= 4 && w.iter().all(u8::is_ascii_digit);
    let n = ws.len();
    // Where the day that ends the clause begins: "1/26", "1/26/18", "Jan 26".
    let start = match ws {
        [.., m, d, y] if slash && digits(m) && digits(d) && digits(y) => n - 3,
        [.., m, d, y] if is_one_of(m, MONTH) && digits(d) && digits(y) => n - 3,
        [.., m, d] if ((slash && digits(m)) || is_one_of(m, MONTH)) && digits(d) => n - 2,
        _ => return None,
    };
    // The day right after the answer, nothing between.
    let before = &ws[start.saturating_sub(3)..start];
    (before
        .last()
        .is_some_and(|w| is_one_of(w, WRITTEN_ANSWER) || is_one_of(w, WRITTEN))
        && before.iter().any(|w| is_one_of(w, WRITTEN_ANSWER))
        && before.iter().any(|w| is_one_of(w, WRITTEN)))
    .then_some(start)
}

/// The answers `notes_written_answer_due` reads a note of (singular: "written
/// responses 10/6/15" heads a note of what came as often as not).
const WRITTEN_ANSWER: &[&str] = &[
    "resp", "response", "answer", "reply", "position", "ltr", "letter",
];

/// What makes the answer a written one.
const WRITTEN: &[&str] = &["written", "writing"];

/// The words before something said to have come that unsay it: "nothing
/// rec'd", "not yet received", "hasn't received" ("t" of "n't").
const NOT_CAME: &[&str] = &["nothing", "none", "not", "never", "no", "yet", "t"];

/// Whether word `k` says something came ("served", "rec'd" …), not unsaid
/// by the word before it.
fn came_at(ws: &[&[u8]], k: usize) -> bool {
    use super::phrase::is_one_of;
    is_one_of(ws[k], CAME) && !(k > 0 && is_one_of(ws[k - 1], NOT_CAME))
}

/// Whether `text` says "written" or "writing": the positions
/// `notes_written_answer_due` reads further (the checker asks this once for
/// a position a long log repeats).
pub fn speaks_of_writing(text: &str) -> bool {
    has_any_word(text, WRITTEN)
}

/// Whether the other side's position on a conference notes a written answer
/// and the day it is to come, ending the note or said to come right before
/// its day ("his written response comes on January 26"): "Maintained WP/priv./
/// relevance objs.; written resp. 1/26." at a meeting of January 18 (an
/// eightieth review of Kosjer, D. Kan. 2018, wrote the promise so: the
/// motion came on January 29, with nothing in between). Only a day after
/// `contact`, and within sixty days of it, is one the answer is to come by:
/// "MCA's written resp. 4/4" at a call of April 5 names an answer that came
/// (an eighty-second review of Fortech). Not an answer said to have come
/// ("rec'd", "served"), nor one refused ("declined").
pub fn notes_written_answer_due(text: &str, contact: Date) -> bool {
    use super::phrase::{is_one_of, words};
    /// The words that say an answer is to come, right after it: "his
    /// written response comes on January 26", "written answer comes 1/26"
    /// (an eighty-third review of Kosjer).
    const COMES: &[&str] = &["comes", "come", "coming", "arrives"];
    // (The checker asks `speaks_of_writing` of the whole position first,
    // once for a position a long log repeats.)
    super::phrase::clauses(text).any(|clause| {
        if !speaks_of_writing(clause) {
            return false;
        }
        let clause = past_tense_d(clause);
        let ws: Vec<&[u8]> = words(&clause).collect();
        // Something said to have come, or refused, from word `k` on (the
        // answer's own words on): "said he received our letter, and his
        // written response comes on January 26", "Rec'd OC's ltr, written
        // resp. 1/26" still promise.
        let came_from = |k: usize| {
            (k..ws.len()).any(|j| came_at(&ws, j) || is_one_of(ws[j], &["declined", "refused"]))
        };
        // The word the day is read after: the answer that ends the note,
        // or the word that says it comes.
        let after = if let Some(start) = written_answer_then_day(&ws, clause.contains('/')) {
            let first = start.saturating_sub(3);
            (!came_from(first)).then(|| ws[start - 1])
        } else {
            // The day right after ("comes on January 26", "comes 1/26"):
            // not "comes in the joint motion on 12/2", nor "comes due
            // 10/14", a deadline (an eighty-seventh review, of Golat and
            // Shoemake).
            ws.windows(2)
                .position(|p| is_one_of(p[0], WRITTEN_ANSWER) && is_one_of(p[1], COMES))
                .filter(|&k| {
                    let day = ws[k + 2..]
                        .iter()
                        .find(|w| !is_one_of(w, &["on", "by", "the"]));
                    !came_from(k)
                        && day.is_some_and(|w| {
                            w.first().is_some_and(u8::is_ascii_digit)
                                || is_one_of(w, super::phrase::MONTH)
                        })
                })
                .map(|k| ws[k + 1])
        };
        // The word is a slice of `clause`: the day is read from its end.
        let Some(from) = after.map(|w| w.as_ptr() as usize + w.len() - clause.as_ptr() as usize)
        else {
            return false;
        };
        let rest = clause.get(from..).unwrap_or("");
        let due = match super::supplement::day_in(rest) {
            Some((Some(y), month, day)) => Date::new(y, month, day).ok(),
            Some((None, month, day)) => [contact.year(), contact.year() + 1]
                .into_iter()
                .filter_map(|y| Date::new(y, month, day).ok())
                .find(|d| *d > contact),
            // "comes the 26th": the next such day of the month.
            None => ordinal_day(rest).and_then(|day| {
                (0..3)
                    .filter_map(|m| {
                        contact
                            .first_of_month()
                            .checked_add(jiff::Span::new().months(m))
                            .ok()
                    })
                    .filter_map(|first| first.with().day(day).build().ok())
                    .find(|d| *d > contact)
            }),
        };
        due.is_some_and(|due| due > contact && (due - contact).get_days() <= 60)
    })
}

/// The day of the month an ordinal names at the head of `text`, after any
/// "on", "the" or "by": "the 26th", "on the 3rd".
fn ordinal_day(text: &str) -> Option<i8> {
    use super::phrase::{is_one_of, words};
    let w = words(text).find(|w| !is_one_of(w, &["on", "the", "by"]))?;
    let digits = w.iter().take_while(|b| b.is_ascii_digit()).count();
    if !(1..=2).contains(&digits) || !is_one_of(&w[digits..], &["st", "nd", "rd", "th"]) {
        return None;
    }
    std::str::from_utf8(&w[..digits]).ok()?.parse().ok()
}

/// Whether a note gives a day after a colon, a dash or in brackets, as
/// notes do ("Def. counsel's written response: 1/26/18.", "Written resp. to
/// our GR ltr (1/26).", "Written reply to GR ltr - 1/26.", "[1/26]": a
/// fifty-second review of Kosjer). A bracket, colon or dash that holds no
/// day is not one ("(ECF No. 157 at 2), and on September 9 the Court ...
/// let me file a joint letter brief": an over-strictness review, 49, of
/// Lau v. Mayorkas), nor one whose day is a call's ("(follow-up to 5/3
/// call)": the same review, of Hibu v. Peck).
fn note_day(clause: &str) -> bool {
    use super::phrase::{MONTH, is_one_of, words};
    const MEETING: &[&str] = &[
        "call",
        "conference",
        "conf",
        "mtg",
        "meeting",
        "hearing",
        "hrg",
    ];
    // A day in `part`, and no run of date words in it followed by a word
    // naming a meeting ("5/3 call").
    let dated = |part: &str| {
        let ws: Vec<&[u8]> = words(part).collect();
        let date_word = |w: &[u8]| is_one_of(w, MONTH) || w.first().is_some_and(u8::is_ascii_digit);
        (part.contains('/') || ws.iter().any(|w| is_one_of(w, MONTH)))
            && !ws
                .windows(2)
                .any(|p| date_word(p[0]) && is_one_of(p[1], MEETING))
    };
    clause
        .match_indices([':', '(', '[', '-'])
        .any(|(at, mark)| {
            // A dash only between spaces ("ltr - 1/26"), not inside a word or a
            // date ("78-79", "4/2-4/3").
            if mark == "-" && !(clause[..at].ends_with(' ') && clause[at + 1..].starts_with(' ')) {
                return false;
            }
            let rest = &clause[at + 1..];
            let part = match mark {
                "(" => rest.split(')').next().unwrap_or(rest),
                "[" => rest.split(']').next().unwrap_or(rest),
                _ => rest,
            };
            // After a dash the day ends the note ("ltr - 1/26."), not
            // opens the answer's content ("OC's written response - 9/30/11:
            // maintained its objections": an over-strictness review, 53, of
            // Linnebur).
            if mark == "-" && part.contains(':') {
                return false;
            }
            // The day comes first: "ltr - 1/26", "response: 1/26/18",
            // "(1/26)"; not "subject "Outstanding discovery - your responses
            // were due 2/14"" (an accepted-record review of Jorge).
            let first = words(part).next();
            first.is_some_and(|w| is_one_of(w, MONTH) || w.first().is_some_and(u8::is_ascii_digit))
                && dated(part)
        })
}

/// `summary` with the marks that set a note's day apart (a colon, an opening
/// bracket, a spaced dash) turned to "dated", and closing brackets to spaces:
/// "written response dated 10/5/15" names a message, so no reading of a
/// written answer and its day takes it for a promise. Read for a promise on
/// the other side's own written message, whose "written response
/// (1/11/08)" or "written response: 10/5/15" names that message and its own
/// day, not a day an
/// answer was promised by (an over-strictness review, 53, of McBride v.
/// Medicalodges, D. Kan. 2008, and Gade v. State Farm, D. Vt. 2016). A
/// promise in words ("would respond by 1/25") is read as before.
pub fn without_note_days(summary: &str) -> std::borrow::Cow<'_, str> {
    if !summary.contains([':', '(', '[', '-']) {
        return std::borrow::Cow::Borrowed(summary);
    }
    std::borrow::Cow::Owned(
        summary
            .replace(" - ", " dated ")
            .replace([':', '(', '['], " dated ")
            .replace([')', ']'], " "),
    )
}

/// The other side's position promises an answer for a day, whatever the
/// verb: a word that commits ("would", "will", "to", "said", "indicated",
/// "due"…), a word of answering or of writing, and a date in the same
/// clause, with no negation in the three words before the answering word.
/// A third review wrote Kosjer's promise (D. Kan. 2018: "would respond in
/// writing by a specified date", and the motion three days after it, with
/// no further contact, was denied) as "would put his response in writing
/// by January 26, 2018", "would mail a written response by …", "we would
/// hear from him in writing by …", "he was to respond in writing by …",
/// "written response due from him January 26": the fixed verbs of
/// `ANSWER` missed them. Reading a promise can only hold a record back.
fn promised_by_a_day(clause: &str) -> bool {
    use super::phrase::{MONTH, NEGATION, is_one_of, words};
    const MARK: &[&str] = &[
        "would",
        "will",
        "ll",
        "d",
        "to",
        "said",
        "says",
        "indicated",
        "indicates",
        "promised",
        "agreed",
        "expect",
        "expected",
        "due",
        "going",
        "committed",
        "assured",
        "undertook",
        // "Written resp. NLT 1/26/18 per def. counsel": no later than.
        "nlt",
        // "Awaiting his written response by 1/26/18" (a summary's words).
        "awaiting",
        "await",
        "awaited",
        // "Written response by 1/26 per opposing counsel", "Set Jan. 26 as
        // the date for his written response" (a rejected-record review of
        // Kosjer): a note of what counsel said, and a day set for it.
        "per",
        "set",
        "gave",
        // "Logs get exchanged Nov. 28; rest of the non-privileged docs come
        // then" (a sixty-fourth review of Micromet v. Cell Therapeutics,
        // W.D. Wash. 2005: the motion came before the agreed exchange).
        "get",
        "gets",
    ];
    // Read on every keystroke: most positions name no day.
    // A day of the month alone is a date too: "by the 26th".
    let ordinal = |w: &[u8]| {
        let digits = w.iter().take_while(|b| b.is_ascii_digit()).count();
        (1..=2).contains(&digits) && is_one_of(&w[digits..], &["st", "nd", "rd", "th"])
    };
    // A day the order leaves unnamed is a day all the same ("by a specified
    // date", "by a date he specified": Kosjer's own words).
    let lower = clause.to_ascii_lowercase();
    let unnamed_day = [
        "specified date",
        "date he specified",
        "date certain",
        "date he set",
    ]
    .iter()
    .any(|p| lower.contains(p));
    // An ordinal that counts sets or rounds is no day: "the 2nd-set
    // interrogatory answers" (an over-strictness review, 59, of Cascade
    // Yarns), "our 3rd request".
    const COUNTED: &[&str] = &[
        "set",
        "sets",
        "round",
        "request",
        "requests",
        "interrogatories",
        "rogs",
        "rfps",
        "rfp",
        "supplemental",
        "supp",
        "amended",
        "letter",
        "email",
        "call",
        "time",
        "attempt",
        "notice",
        "deposition",
        "production",
    ];
    let ws_all: Vec<&[u8]> = words(clause).collect();
    let dated = unnamed_day
        || clause.contains('/')
        || ws_all.iter().enumerate().any(|(k, w)| {
            is_one_of(w, MONTH)
                || (ordinal(w) && !ws_all.get(k + 1).is_some_and(|x| is_one_of(x, COUNTED)))
        });
    if !dated {
        return false;
    }
    let ws: Vec<&[u8]> = words(clause).collect();
    // The movant's request is no promise ("Asked defendant to supplement by
    // May 1").
    const ASKED: &[&str] = &[
        "asked",
        "asking",
        "requested",
        "requesting",
        "demanded",
        "demanding",
        "urged",
        "told",
        // "Conference before the Court (November 18, 2010): the Court
        // directed Plaintiffs to produce the documents" (an over-strictness
        // review, 51, of Underdog Trucking): the court's order, not a
        // promise of the other side's.
        "directed",
        "ordered",
    ];
    // (A demand for answers owed to the speaker, `demands_answers`, is
    // ruled out by each caller, once for the whole clause.)
    if ws.iter().any(|w| is_one_of(w, ASKED)) {
        return false;
    }
    // A day that names the other side's own paper is no day promised: "his
    // September 23 letter" (an over-strictness review, 92, of Shoemake: the
    // letter came before the call). (Not "our February 2 letter": a clause
    // telling of the movant's letter may go on to a promise, and did in
    // kept rejected records.)
    let names_a_paper = |k: usize| {
        k >= 3
            && ws
                .get(k - 3)
                .is_some_and(|x| is_one_of(x, &["his", "her", "their", "its"]))
            && ws.get(k).is_some_and(|x| {
                is_one_of(
                    x,
                    &[
                        "letter",
                        "ltr",
                        "email",
                        "correspondence",
                        "call",
                        "conference",
                        "meeting",
                    ],
                )
            })
    };
    let date = unnamed_day
        || ws.windows(2).enumerate().any(|(k, p)| {
            (is_one_of(p[0], MONTH)
                && p[1].first().is_some_and(u8::is_ascii_digit)
                && !names_a_paper(k + 2))
                || (p[0].iter().all(u8::is_ascii_digit)
                    && p[1].iter().all(u8::is_ascii_digit)
                    && clause.contains('/'))
                || (is_one_of(p[0], &["the"]) && ordinal(p[1]))
        });
    let answering = |w: &[u8]| {
        is_one_of(w, ANSWER)
            || is_one_of(
                w,
                &[
                    "writing",
                    "written",
                    "letter",
                    "ltr",
                    "reply",
                    "hear",
                    "resp",
                    "exchange",
                    "exchanged",
                ],
            )
    };
    // A letter is no discovery deadline: "his reply letter was due 1/26"
    // tells of an answer promised (a forty-first review of Kosjer, D. Kan.
    // 2018), unless the clause says it came ("was due 9/23 and came that
    // day": an accepted-record review).
    let letter_due = |k: usize| {
        ws[..k]
            .iter()
            .rev()
            .take(3)
            .any(|x| is_one_of(x, &["letter", "writing", "written"]))
            && !says_it_came(&ws)
    };
    // "The response, which was due March 1" states a deadline; "written
    // response due from him January 26" is a note of a promise.
    // "by phone", "by email": the means of a contact, not a day's limit
    // ("Finally reached OC by phone 12/5": an over-strictness review, 59,
    // of Cascade Yarns); "2nd-set": a set counted, not a day set.
    const MEANS: &[&str] = &[
        "phone",
        "telephone",
        "tel",
        "email",
        "e",
        "mail",
        "letter",
        "ltr",
        "fax",
        "video",
        "zoom",
        "voicemail",
        "vm",
        "messenger",
        "hand",
    ];
    let by_means =
        |k: usize| is_one_of(ws[k], &["by"]) && ws.get(k + 1).is_some_and(|x| is_one_of(x, MEANS));
    let set_counted = |k: usize| is_one_of(ws[k], &["set"]) && k > 0 && ordinal(ws[k - 1]);
    // What was said tells of something done, not promised, when a past verb
    // follows the saying word before any word that looks ahead: "OC says
    // they called our office back on 9/29 and we spoke for 20 min", "said
    // he had met the November 25 letter as soon as he could" (an
    // over-strictness review, 79, of Shoemake, D. Kan. 2011, and Cascade
    // Yarns, W.D. Wash. 2012). "Said he would respond by 9/29" still
    // promises.
    let tells_done = |k: usize| {
        const SAYING: &[&str] = &["said", "says", "indicated", "indicates"];
        // The act itself, anywhere before a word that looks ahead: "said
        // the written responses were served 4/4", "indicated in her written
        // response of April 26 that defendants declined to respond" (an
        // eighty-second review, of Fortech and Rech). Not a state: "says
        // they have been on the road, can't make the 2/9 deadline, resp. in
        // a few days", "says he has the file under review, resp. in writing
        // 1/26" promise all the same (an eightieth review, of Walker and
        // Kosjer).
        const DONE: &[&str] = &[
            "called",
            "met",
            "spoke",
            "phoned",
            "wrote",
            "replied",
            "responded",
            "returned",
            "forwarded",
            "given",
            "supplemented",
            "declined",
            "refused",
        ];
        const AHEAD: &[&str] = &["would", "will", "ll", "d", "to", "going", "shall", "could"];
        // A day an answer is to come by, anywhere after, keeps the promise:
        // "said he had sent the GR letter to his client, response by 1/26".
        const BY: &[&str] = &["by", "due", "expects", "expected", "nlt", "within", "until"];
        // ("by phone", "by email" give a contact's means, not a day.)
        is_one_of(ws[k], SAYING)
            && (k + 1..ws.len())
                .take_while(|&j| !is_one_of(ws[j], AHEAD))
                .any(|j| is_one_of(ws[j], DONE) || came_at(&ws, j))
            && !(k + 1..ws.len()).any(|j| is_one_of(ws[j], BY) && !by_means(j))
    };
    let a_mark =
        |k: usize| is_one_of(ws[k], MARK) && !(by_means(k) || set_counted(k) || tells_done(k));
    let marked = ws.iter().enumerate().any(|(k, w)| {
        a_mark(k)
            && !(is_one_of(w, &["due"])
                && k > 0
                && is_one_of(ws[k - 1], &["was", "were", "is", "are", "been", "be"])
                && !letter_due(k))
            // "Had not read the November 25 letter and would not supplement"
            // commits to nothing (an accepted-record review).
            && !ws.get(k + 1).is_some_and(|x| is_one_of(x, NEGATION))
            // "Pltf had supp'd on 2/12": after a verb, "'d" is its past
            // tense, not "would" (an accepted-record review of Rowan).
            && !(is_one_of(w, &["d"]) && k > 0 && answering(ws[k - 1]))
            // "declined to respond" refuses (an accepted-record review of
            // Rech v. Monroe County).
            && !(is_one_of(w, &["to"])
                && k > 0
                && is_one_of(ws[k - 1], &["declined", "refused", "failed", "unable", "declines", "refuses"]))
            // "filed ... without awaiting a response" awaited nothing (a
            // thirty-seventh review of O'Connor v. Bassoff).
            && !(is_one_of(w, &["awaiting", "await", "awaited"])
                && k > 0
                && is_one_of(ws[k - 1], &["without", "not", "never"]))
            // "to" marks a promise only before a verb ("to send his written
            // response"): "Ltr to OC re RFP 78-79 (follow-up to 5/3 call)",
            // "Re-sent rogs to pltf" say where a letter went (an
            // over-strictness review, 49, of Hibu and Jackson).
            && (!is_one_of(w, &["to"]) || ws.get(k + 1).is_some_and(|x| is_one_of(x, BARE_VERB)))
            // "Re-sent rogs + RFPs to pltf per 10/7 call": what was sent per
            // the call, not an answer promised per it.
            && !(is_one_of(w, &["per"]) && ws[..k].iter().any(|x| is_one_of(x, CAME)))
    }) || (
        // "Def. counsel: written response by 1/26.": an answer named, and
        // the day it is to come by, in a note without a verb (a
        // rejected-record review of Kosjer, D. Kan. 2018).
        // ("Def. counsel's written response: 1/26/18.", "Next step: defense
        // counsel's written response (1/26)": the day after a colon or in
        // brackets, as notes give it.)
        ((0..ws.len()).any(|k| is_one_of(ws[k], &["by"]) && !by_means(k)) || note_day(clause))
            // ("Nothing rec'd", "not yet received": nothing came.)
            && !(0..ws.len()).any(|k| came_at(&ws, k))
    );
    date && marked
        && ws.iter().enumerate().any(|(k, w)| {
            answering(w)
                && !ws[k.saturating_sub(3)..k]
                    .iter()
                    .any(|p| is_one_of(p, NEGATION))
        })
}

/// A speaker's demand for answers owed to it, which promises nothing of its
/// own: "Insists on full answers by 11/13", "Wants the documents by
/// Friday". On a protective-order motion the requests are the other side's
/// and the responses the movant's, so the other side's position says this
/// (a reasonable-recorder review of National Railroad v. Cimarron Crossing
/// Feeders, D. Kan. 2018, read "Insists on responses by the Nov. 13 due
/// date" as the other side's promise and held the motion for a day that was
/// the movant's own deadline). "Expects" is not read so: "Def. counsel
/// expects responses from his client by 1/26" forecasts the other side's
/// own answers, a promise, and the words cannot tell whose answers are
/// meant ("Expects responses by November 13" stays read as a promise).
fn demands_answers(clause: &str) -> bool {
    use super::phrase::{is_one_of, words};
    const DEMANDS: &[&str] = &["wants", "insists", "insisted", "demands"];
    // Read on every keystroke: most clauses hold none of these words.
    if !has_any_word(clause, DEMANDS) {
        return false;
    }
    let ws: Vec<&[u8]> = words(clause).collect();
    const OWED: &[&str] = &[
        "responses",
        "response",
        "answers",
        "production",
        "documents",
        "docs",
    ];
    ws.iter().enumerate().any(|(k, w)| {
        is_one_of(w, DEMANDS)
            && ws.get(k + 1).is_some_and(|x| !is_one_of(x, &["to"]))
            && ws[k + 1..].iter().take(3).any(|x| is_one_of(x, OWED))
            // "Wants the documents from his client by 1/26": answers the
            // speaker is gathering, not demanding.
            && !ws[k + 1..].iter().any(|x| is_one_of(x, &["from"]))
    })
}

/// An answer named first, then promised in the passive or said to come:
/// "a written response was promised by January 26", "his written response,
/// which he said would come by January 26". The promising word must follow
/// "was", "would" or the like: "the answer promised for March 13" only
/// names an answer. `accept` is given the byte offset after it.
fn promised_thing(clause: &str, accept: impl Fn(usize) -> bool) -> bool {
    use super::phrase::{is_one_of, words};
    const THING: &[&str] = &[
        "response",
        "responses",
        "answer",
        "answers",
        "production",
        "position",
    ];
    const AUX: &[&str] = &["was", "were", "is", "are", "been", "be", "would", "will"];
    const BETWEEN: &[&str] = &["which", "that", "he", "she", "they", "it", "said", "had"];
    const PROMISED: &[&str] = &[
        "promised",
        "committed",
        "expected",
        "come",
        "follow",
        "arrive",
    ];
    // Read on every keystroke: most clauses name no answer.
    if !words(clause).any(|w| is_one_of(w, THING)) {
        return false;
    }
    let ws: Vec<&[u8]> = words(clause).collect();
    let end = |w: &[u8]| w.as_ptr() as usize - clause.as_ptr() as usize + w.len();
    ws.iter().enumerate().any(|(i, w)| {
        is_one_of(w, THING)
            && (i + 1..ws.len().min(i + 6)).any(|j| {
                is_one_of(ws[j], PROMISED)
                    && j >= i + 2
                    && is_one_of(ws[j - 1], AUX)
                    && ws[i + 1..j - 1]
                        .iter()
                        .all(|x| is_one_of(x, BETWEEN) || is_one_of(x, AUX))
                    && accept(end(ws[j]))
            })
    })
}

/// A limit: "will produce the 2025 records only" is a position, not a
/// promise (negations, `phrase::NEGATION`, are not read either).
const LIMIT: &[&str] = &["only"];

/// "Will produce claims files for the same voyage but not for other
/// voyages": a limit anywhere in the clause makes it a position.
fn but_not(clause: &str) -> bool {
    use super::phrase::{is_one_of, words};
    let mut before: &[u8] = b"";
    words(clause).any(|w| {
        let limit = is_one_of(before, &["but"]) && is_one_of(w, &["not"]);
        before = w;
        limit
    })
}

/// A commitment right after one of these is an adjective ("Asked for the
/// promised position on Interrogatory No. 5", "its agreed production"),
/// not a promise.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "our", "your", "any",
];

/// How many small words may come between the commitment and the answering.
const REACH: usize = 4;

/// The verbs a promise names bare, after "to" or "'d": "to send his
/// written response", "he'd respond".
const BARE_VERB: &[&str] = &[
    "respond",
    "send",
    "resend",
    "provide",
    "produce",
    "serve",
    "get",
    "answer",
    "reply",
    "supplement",
    "put",
    "mail",
    "give",
    "follow",
    "come",
    "be",
    "have",
    "let",
    "hear",
    "return",
    "call",
    "amend",
    "confirm",
    "sign",
    "forward",
    "deliver",
    "circulate",
    "write",
    "revise",
    "rework",
    "redraft",
    "narrow",
    "reword",
    "consider",
    "review",
    "check",
    "look",
    // "Written response to issue 1/26" (an adversarial review, 95, of
    // Kosjer: a note with no other verb of promising).
    "issue",
];

/// `text` with a note-taker's "'d" after a word other than a pronoun
/// written as the past tense it is: "Req'd answers" requested them, "rec'd"
/// received (an over-strictness review, 48, of Gardner v. Enviro
/// Technologies, D. Kan. 2005, found "Req'd answers; offered to confer" read
/// as the movant's own promise to answer). After a pronoun "'d" stays
/// "would" or "had" ("he'd respond by January 26"). Borrowed when there is
/// nothing to rewrite, as in nearly every text.
fn past_tense_d(text: &str) -> std::borrow::Cow<'_, str> {
    const PRONOUNS: &[&str] = &["i", "he", "she", "we", "they", "you", "it", "who", "that"];
    // The defendant's bare letter, possessive ("D's counsel: written
    // responses served April 4"), is no "'d": written "Def's" (an
    // over-strictness review, 125, of Fortech and Rech found it read as a
    // promise).
    let letter_d = |before: &str, after: &str| {
        before.eq_ignore_ascii_case("d")
            && after.starts_with(['s', 'S'])
            && !after[1..].starts_with(|c: char| c.is_alphanumeric())
    };
    fn word_before(upto: &str) -> &str {
        upto.rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
    }
    // (Asked of every position on every keystroke: most have no quote.)
    if !(text.contains('\'') || text.contains('\u{2019}')) {
        return std::borrow::Cow::Borrowed(text);
    }
    if !(text.contains("'d")
        || text.contains("\u{2019}d")
        || text
            .match_indices(['\'', '\u{2019}'])
            .any(|(at, q)| letter_d(word_before(&text[..at]), &text[at + q.len()..])))
    {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(at) = rest.find(['\'', '\u{2019}']) {
        let quote = rest[at..].chars().next().map_or(1, char::len_utf8);
        let after = &rest[at + quote..];
        let word_before = word_before(&rest[..at]);
        let d_alone =
            after.starts_with(['d', 'D']) && !after[1..].starts_with(|c: char| c.is_alphanumeric());
        out.push_str(&rest[..at]);
        // "OC'd respond in writing by 1/26/18" (a fiftieth review of
        // Kosjer): before a bare verb "'d" is "would" whatever comes before
        // it. "Prom'd" is "promised".
        let next = after[1..]
            .trim_start_matches(|c: char| !c.is_ascii_alphanumeric())
            .split(|c: char| !c.is_ascii_alphanumeric())
            .next()
            .unwrap_or("");
        if letter_d(word_before, after) {
            out.push_str("ef");
            out.push_str(&rest[at..at + quote]);
            rest = after;
        } else if d_alone && word_before.eq_ignore_ascii_case("prom") {
            out.push_str("ised");
            rest = &after[1..];
        } else if d_alone
            && !word_before.is_empty()
            && !PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(word_before))
            && !super::phrase::is_one_of(next.as_bytes(), BARE_VERB)
        {
            out.push_str("ed");
            rest = &after[1..];
        } else {
            out.push_str(&rest[at..at + quote]);
            rest = after;
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// Whether `text` says its author promised to answer, supplement or get back
/// (`offers`: an offer to do so counts too).
pub(crate) fn says_promised(text: &str, offers: bool) -> bool {
    let commit = if offers {
        COMMIT
    } else {
        &COMMIT[..COMMIT.len() - OFFERS]
    };
    // Clause by clause: "Would respond by January 26; never did" promised,
    // and the breach in its own clause does not unsay it (Kosjer, as an old
    // file records it). A negation or a limit in the promise's own clause
    // does.
    //
    // A negation counts only up to the answering word and the two words
    // that still belong to it ("would not supplement", "will produce
    // nothing further"): one after them is the breach ("would respond by
    // January 26, which he never did", "... that never came").
    // An answer left with the other side's client, or under its thought
    // ("would take our proposal to his client", "took it under
    // advisement"), is one still to come (`pending.rs`).
    if offers && (super::pending::left_pending(text) || super::pending::told_to_expect(text)) {
        return true;
    }
    let text = &past_tense_d(text);
    super::phrase::clauses(text).any(|clause| {
        // A question is no promise: "Asked when MCA would produce" (a
        // third recorder's words for Fortech, E.D. Mich. 2023), "asked
        // whether we would agree".
        if asks_a_question(clause) {
            return false;
        }
        let unsaid = |end: usize| {
            super::phrase::negated_before(clause, super::phrase::words_on(clause, end, 2))
                || a_motion_follows(clause, end)
                || names_a_kind(clause, end)
        };
        (!has_any_word(clause, LIMIT)
            && !but_not(clause)
            && (super::phrase::leads_to_where(
                clause,
                commit,
                BETWEEN,
                ANSWER,
                REACH,
                DETERMINERS,
                |end| !unsaid(end),
            ) || (offers && says_to_come(clause, None).is_some_and(|end| !unsaid(end)))
                // "A written response was promised by January 26", "his
                // written response, which he said would come by January 26".
                || promised_thing(clause, |end| !unsaid(end)))
            // The other side's answer, promised for a day, in any words
            // (but "will provide daily readings for November 2024 only" is
            // a position on a narrowed request, as above).
            || (offers
                && promised_by_a_day(clause)
                && !has_any_word(clause, LIMIT)
                && !but_not(clause))
            || (offers && production_goes_on(clause))
            || (offers && agreement_to_answer(clause)))
            // "Insists on responses by November 13" demands, and promises
            // nothing. Read only of a clause that reads as a promise.
            && !demands_answers(clause)
    })
}

/// The other side's production said to go on, in a note without a verb of
/// promising: "Production ongoing per agreement", "Additional production
/// agreed", "Rolling production to go on", "More records on the way",
/// "More to be produced" (a twenty-fifth review of Advanced Hair
/// Restoration, W.D. Wash. 2018: a motion filed ten days after a call that
/// ended with an agreement to continue producing records was denied). A
/// negation unsays it ("production is not ongoing").
fn production_goes_on(clause: &str) -> bool {
    use super::phrase::{is_one_of, words};
    const THING: &[&str] = &[
        "production",
        "producing",
        "produce",
        "records",
        "documents",
        "docs",
        "more",
        "additional",
        "further",
        "rolling",
    ];
    const GOES_ON: &[&str] = &[
        "keep",
        "keeping",
        "go",
        "goes",
        "ongoing",
        "continues",
        "continuing",
        "rolling",
        "way",
        "agreed",
        "going",
        "coming",
        "forthcoming",
        "gathered",
        "collected",
        "continue",
        "continued",
        "agreement",
    ];
    if !has_any_word(clause, GOES_ON)
        && !clause.contains("to be produced")
        && !clause.contains("rolling basis")
    {
        return false; // most positions
    }
    let ws: Vec<&[u8]> = words(clause).collect();
    let at = |k: usize, set: &[&str]| ws.get(k).is_some_and(|w| is_one_of(w, set));
    if ws
        .iter()
        .any(|w| is_one_of(w, &["not", "no", "never", "nothing", "none"]))
    {
        return false;
    }
    let thing = ws.iter().any(|w| is_one_of(w, THING));
    // Words that say something came.
    let came = ws.iter().any(|w| {
        is_one_of(
            w,
            &[
                "produced",
                "served",
                "sent",
                "received",
                "came",
                "delivered",
                "provided",
                "arrived",
            ],
        )
    });
    thing
        && (0..ws.len()).any(|k| {
            // "production ongoing", "production continues", "rolling production".
            (at(k, &["ongoing", "continues", "continuing"]) && k > 0 && at(k - 1, THING))
                || (at(k, &["rolling"]) && at(k + 1, &["production"]))
                // "more records on the way".
                || (at(k, &["on"])
                    && at(k + 1, &["the"])
                    && at(k + 2, &["way"])
                    && k > 0
                    && at(k - 1, THING))
                // "additional production agreed", "further production agreed".
                || (at(k, &["agreed"])
                    && k > 1
                    && at(k - 1, &["production", "productions"])
                    && at(k - 2, &["additional", "further", "more", "continued"]))
                // "continuing to produce", "producing on a rolling basis" (a
                // thirty-fourth review of Advanced Hair).
                || (at(k, &["continuing", "continues"])
                    && at(k + 1, &["to"])
                    && at(k + 2, &["produce"]))
                // "has been producing the records and continues to do so",
                // "Agreed to keep doing so (producing records)" (an
                // adversarial review, 131, of Advanced Hair).
                || (((at(k, &["continuing", "continues", "continue"])
                    && at(k + 1, &["to"])
                    && at(k + 2, &["do"])
                    && at(k + 3, &["so"]))
                    || (at(k, &["keep", "keeps", "keeping"])
                        && at(k + 1, &["doing"])
                        && at(k + 2, &["so"])))
                    && ws.iter().any(|w| is_one_of(w, &["producing", "production", "produce"])))
                || (at(k, &["rolling"])
                    && at(k + 1, &["basis"])
                    && ws[..k].iter().any(|w| is_one_of(w, &["producing", "production", "produce"])))
                // "HRC agreeing to keep the production going", "more
                // documents coming from HRC", "the remaining records are
                // being gathered" (a forty-first review of Advanced Hair).
                || (at(k, &["going"])
                    && ws[..k].iter().rev().take(4).any(|w| is_one_of(w, &["keep", "keeping", "kept"])))
                || (at(k, &["coming", "forthcoming"])
                    && k > 0
                    && at(k - 1, THING)
                    && ws[..k - 1].iter().any(|w| is_one_of(w, &["more", "additional", "further", "remaining", "rest"])))
                || (at(k, &["gathered", "collected"])
                    && k > 0
                    && at(k - 1, &["being"])
                    && ws[..k].iter().any(|w| is_one_of(w, &["remaining", "more", "additional", "rest"])))
                // A fifty-second review of Advanced Hair: "HRC to continue
                // production", "agreed it would continue", "Continued
                // production of records from HRC (agreed)", "HRC's further
                // production of records: agreed", "Remaining records to P
                // per agreement", "production is ongoing"; not where the
                // clause says something came ("continued production of the
                // records, which came on 3/3").
                || (!came
                    && at(k, &["continue"])
                    && k > 0
                    && at(k - 1, &["to", "would", "will", "ll", "d"]))
                || (!came
                    && at(k, &["continued"])
                    && at(k + 1, THING)
                    && ws.iter().any(|w| is_one_of(w, &["agreed", "agreement"])))
                || (!came
                    && at(k, &["agreed", "agreement"])
                    && ws.iter().any(|w| {
                        is_one_of(w, &["further", "additional", "more", "remaining", "rest", "continued"])
                    }))
                || (at(k, &["ongoing"])
                    && k > 1
                    && at(k - 1, &["is", "was", "remains"])
                    && at(k - 2, THING))
                // "Def. to keep producing recs.", "production of the records
                // would go on" (an adversarial review, 98, of Advanced Hair).
                || (!came && at(k, &["keep", "keeping"]) && at(k + 1, &["producing", "production"]))
                || (!came
                    && at(k, &["go", "goes"])
                    && at(k + 1, &["on"])
                    && ws[..k].iter().any(|w| is_one_of(w, &["production", "producing"])))
                // "more to be produced", "more docs to be produced".
                || (at(k, &["to"])
                    && at(k + 1, &["be"])
                    && at(k + 2, &["produced"])
                    && k > 0
                    && ws[..k].iter().any(|w| is_one_of(w, &["more", "additional", "further", "remaining", "rest"])))
        })
}

/// "The call ended with an agreement to continue producing records"
/// (Advanced Hair Restoration, W.D. Wash. 2018, in a twenty-eighth review's
/// words): an agreement, as a noun, to answer or go on producing. ("No
/// agreement to produce anything further" is none.)
fn agreement_to_answer(clause: &str) -> bool {
    use super::phrase::{is_one_of, words};
    if !has_any_word(clause, &["agreement"]) {
        return false;
    }
    let ws: Vec<&[u8]> = words(clause).collect();
    let at = |k: usize, set: &[&str]| ws.get(k).is_some_and(|w| is_one_of(w, set));
    (0..ws.len()).any(|k| {
        if !at(k, &["agreement"]) || !at(k + 1, &["to"]) {
            return false;
        }
        if ws[..k]
            .iter()
            .any(|w| is_one_of(w, &["no", "not", "never", "without"]))
        {
            return false;
        }
        let mut j = k + 2;
        while at(j, &["continue", "keep", "go", "on"]) {
            j += 1;
        }
        at(j, ANSWER)
            && !names_a_kind(clause, {
                let w = ws[j];
                w.as_ptr() as usize - clause.as_ptr() as usize + w.len()
            })
    })
}

/// "Supplementation agreed by Plaintiff's counsel", "production agreed to
/// by defense counsel": an answer agreed, in the passive, by someone the
/// clause names (a twenty-fifth review of Buntain v. Hansbro, C.D. Ill.
/// 2023). Whose it is, the caller knows.
fn answer_agreed_by(clause: &str) -> bool {
    use super::phrase::{is_one_of, words};
    let ws: Vec<&[u8]> = words(clause).collect();
    let answer = |w: &[u8]| {
        [
            &b"supplement"[..],
            b"produc",
            b"respon",
            b"answer",
            b"amend",
        ]
        .iter()
        .any(|stem| w.len() >= stem.len() && w[..stem.len()].eq_ignore_ascii_case(stem))
    };
    (1..ws.len()).any(|k| {
        is_one_of(ws[k], &["agreed"])
            && (is_one_of(ws.get(k + 1).copied().unwrap_or(b""), &["by"])
                || (is_one_of(ws.get(k + 1).copied().unwrap_or(b""), &["to"])
                    && is_one_of(ws.get(k + 2).copied().unwrap_or(b""), &["by"])))
            && ws[..k].iter().any(|w| answer(w))
            && !ws[..k]
                .iter()
                .any(|w| is_one_of(w, &["no", "not", "never"]))
    })
}

/// Whether `clause` asks a question: a word of asking, then (at once or
/// after one word, "asked MCA when") "when", "whether", "if" or "how".
fn asks_a_question(clause: &str) -> bool {
    use super::phrase::{is_one_of, words};
    const ASK: &[&str] = &[
        "asked",
        "asking",
        "ask",
        "asks",
        "inquired",
        "inquiring",
        "wondered",
    ];
    const WH: &[&str] = &["when", "whether", "if", "how"];
    // Words since the last word of asking, without collecting them (this
    // runs on every clause read for a promise).
    let mut since_ask: Option<usize> = None;
    for w in words(clause) {
        if is_one_of(w, ASK) {
            since_ask = Some(0);
            continue;
        }
        since_ask = since_ask.map(|n| n + 1);
        if since_ask.is_some_and(|n| n <= 2) && is_one_of(w, WH) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::{notes_written_answer_due, says_promised};

    fn says_promised_an_answer(t: &str) -> bool {
        says_promised(t, true)
    }

    /// What was said tells of something done, not promised (an
    /// over-strictness review, 79, of Shoemake and Cascade Yarns); a promise
    /// said in the same words stays one.
    #[test]
    fn a_past_act_told_as_said_is_no_promise() {
        for t in [
            "OC says they called our office back on 9/29 and we spoke for 20 min.",
            "Emmepieffe's counsel again said he had met the November 25 letter as soon as he could after the holiday.",
            "Said he had sent the responses on 9/29.",
            // An eighty-second review, of Fortech and Rech.
            "MCA's counsel indicated that MCA had already served its written responses on April 4.",
            "MCA's counsel said the written responses were served 4/4.",
            "Said that on April 4 MCA served its written responses.",
            "Said MCA had forwarded its written responses on 4/4.",
            "Defense counsel indicated in her written response of April 26 that defendants declined to respond.",
            // The other side's own paper, dated (a ninety-second review of
            // Shoemake).
            "Took the call to be about his September 23 letter.",
            "Was not prepared to respond further than his September 23 letter had.",
        ] {
            assert!(!says_promised_an_answer(t), "{t}");
        }
        for t in [
            "Said he would respond by 9/29.",
            "Said he had the documents and would send them by 9/29.",
            "Indicated he would respond in writing by a specified date.",
            "Says responses by 9/29.",
            // A state told, then the promise (an eightieth review).
            "Dft wrote back 2/9: says they have been on the road, can't make the 2/9 deadline, resp. in a few days.",
            "Says he has the file issue under review w/ client, resp. in writing 1/26.",
            "OC said he had sent the GR letter to his client, response by 1/26.",
            "Said he forwarded our letter to the client; written response expected 1/26.",
        ] {
            assert!(says_promised_an_answer(t), "{t}");
        }
    }

    /// A written answer and its day ending the other side's note on a
    /// conference is a promise of it, when the day is to come (an eightieth
    /// review of Kosjer); one said to have come, refused, or dated on or
    /// before the conference is not (an eighty-second review).
    #[test]
    fn a_written_answer_and_its_day_to_come_is_a_promise() {
        let jan18 = jiff::civil::date(2018, 1, 18);
        for t in [
            "Maintained WP/priv./relevance objs.; written resp. 1/26.",
            "Resp. in writing 1/26/18.",
            "Written reply Jan. 26.",
            "Written response January 26, 2018.",
            // An eighty-third review of Kosjer: the answer said to come.
            "Defense counsel said he received our letter, and his written response comes on January 26.",
            "Says he forwarded the GR letter to the insurer and a written response comes the 26th.",
            "Objections stand. Said he got our GR letter; written answer comes 1/26.",
        ] {
            assert!(notes_written_answer_due(t, jan18), "{t}");
            // Not a promise in other words: the note alone says it.
            assert!(!says_promised_an_answer(t), "{t}");
        }
        for t in [
            "Written resp. rec'd 1/26.",
            "Written responses served 1/26.",
            "Written responses 1/26 were incomplete.",
            "Resp. 1/26.",
            // Days on or before the conference, or far off.
            "MCA's written resp. 1/17.",
            "Written resp. 1/18.",
            "Written resp. 6/26.",
            // An eighty-fifth review: an answer that came, or came the day
            // of the contact.
            "Its written responses come 1/17, served the day before.",
            "Its written reply letter comes 1/18, the day of this call.",
            "The written response comes after the 1/15 letter.",
        ] {
            assert!(!notes_written_answer_due(t, jan18), "{t}");
        }
        // A promise due early in the new year, made in December.
        assert!(notes_written_answer_due(
            "Written resp. 1/5.",
            jiff::civil::date(2017, 12, 20)
        ));
    }

    #[test]
    fn promises_to_get_back_are_read() {
        for t in [
            "Would respond in writing by December 1, 2017.",
            "Defense counsel agreed to supplement by March 20.",
            // Review 122 (Makeen v. Comcast, D. Colo. 2011).
            "Said he'd resend the documents.",
            "Would resend the documents.",
            // A speaker's own expectation of answering commits it, and so
            // may a forecast of its answers (whose, the words cannot tell).
            "Expects to respond by November 13.",
            "Def. counsel expects responses from his client by 1/26.",
            "Expects responses by November 13.",
            "Wants the documents from his client by 1/26 and will produce them then.",
            "Will produce the documents next week.",
            "Promised to get back to us on Interrogatory 4.",
            "Said he would review the requests with his client and respond.",
            "Agreed to consider narrowing the search terms.",
            "Will let us know by Friday.",
            "Indicated a written response would follow.",
            "A written response would follow by a set date.",
            "The call ended with an agreement to continue producing records.",
            "Agreed to supplementation.",
            "Def. producing on a rolling basis.",
            // A forty-first review: Advanced Hair, Becker, Kosjer.
            "The call ended with HRC agreeing to keep the production going.",
            "More documents coming from HRC.",
            "Said the remaining records are being gathered and will go out.",
            "Agreed to a revision of these interrogatories.",
            "Maintained objections. His reply letter was due 1/26 (never came).",
            "His reply letter was due 1/26.",
            "Stands on its production so far; continuing to produce.",
            // Review 131 (Advanced Hair).
            "Defendant has been producing the records and continues to do so.",
            "Agreed to keep doing so (producing records).",
            // A kind of production named, then the promise itself.
            "Agreed on the production format and will produce by May 1.",
            "Will serve responses formatted as agreed.",
            "Going to serve amended answers.",
            "Offered to supplement its responses.",
            // A twenty-fifth review of Advanced Hair Restoration.
            "Agreed that Defendant would go on producing records.",
            "Production ongoing per agreement.",
            "Additional production agreed.",
            "Rolling production to go on.",
            "More records on the way.",
            "Production continues.",
            "More to be produced.",
            // Old-format recordings of Kosjer (D. Kan. 2018), Buntain (C.D.
            // Ill. 2023) and Brady (M.D. Tenn. 2009).
            "Said a written response to the golden-rule letter would be coming by January 26, 2018.",
            "Defense counsel said we'd have his written position on the golden-rule letter by 1/26.",
            "A written response to the golden-rule letter is to follow by January 26, 2018.",
            // Micromet (W.D. Wash. 2005), as a nineteenth review wrote it.
            "Privilege logs to be exchanged Nov. 28, 2005; any remaining responsive non-privileged docs to be produced then.",
            "Defense counsel to respond in writing to the golden-rule letter by January 26, 2018; objections maintained meanwhile.",
            "He'll get us a written response to the golden-rule letter by Jan. 26.",
            "Plaintiff's counsel agreed Plaintiff's responses would be supplemented.",
            "Plaintiff's counsel to supplement Plaintiff's responses.",
            "You would give further consideration to the requests.",
            "Responses are forthcoming.",
            "Agreed to continue to produce records.",
            "Production of records to continue (agreed).",
            "Records production to continue, per agreement.",
            "Further records forthcoming.",
            "Continuing production of records (agreed).",
            "Records to keep coming.",
            // Review 52: Advanced Hair in other notes.
            "Agreement at end of call: HRC to continue production.",
            "Continued production of records from HRC (agreed).",
            "HRC's further production of records: agreed.",
            "Remaining records to P per agreement at end of call.",
            "Def. counsel argues production is ongoing and agreed it would continue.",
            // Notes without a verb: an answer and the day it is to come by
            // (a rejected-record review of Kosjer).
            "Def. counsel: written response by 1/26.",
            "Written response by 1/26 per opposing counsel.",
            "Set Jan. 26 as the date for his written response.",
            "Objections maintained. Written response: by 1/26.",
            "Def. counsel's written response: 1/26/18.",
            "Next step: defense counsel's written response (1/26).",
            "Defense counsel indicated a written response by a specified date.",
            "Written response from defense counsel by a date he specified.",
            "Gave 1/26 as the date for his written response.",
            // A promise and its breach, in one text (Kosjer, old format).
            "Maintained the objections; said he would respond in writing by January 26, 2018. No written response was received.",
            "Would respond in writing by January 26, 2018; never did.",
            "Said he would respond in writing to the golden-rule letter by January 26 but did not.",
            "Will supplement Interrogatory No. 4 by Friday.",
            "Agreed to produce the documents by Jan. 26. Nothing came.",
            // A third review (Kosjer, old format): the breach after "but
            // nothing", in brackets, after a dash, or "and never did".
            "Said he would respond in writing by January 26, 2018, but nothing came.",
            "Indicated he would respond in writing by January 26, 2018 but no written response was received.",
            "Would respond in writing by January 26, 2018 (none came).",
            "Defense counsel indicated he would respond in writing by January 26, 2018 and never did.",
            "Would respond in writing by January 26, 2018 - nothing received as of filing.",
            "Defense counsel to respond in writing by January 26, 2018, but nothing came.",
            // A fourth review: the breach in the promise's own clause, an
            // aside inside it, and other forms of promising.
            "Said he would respond in writing by January 26, 2018, which he never did.",
            "Would respond in writing by January 26, 2018: nothing came.",
            "Would respond in writing by January 26, 2018 \u{2014} nothing came.",
            "Would respond in writing by January 26, 2018, and nothing came.",
            "Would respond in writing by January 26, 2018, yet nothing came.",
            "He'd respond in writing by 1/26/18, and didn't.",
            "Promised a written response by January 26, 2018 that never came.",
            "Said he would (in writing) respond by January 26, 2018.",
            "Said he would - in writing - respond by January 26, 2018.",
            "Maintained the objections but said he would, however, respond in writing by January 26, 2018.",
            "A written response was promised by January 26, 2018.",
            "Told us to expect his written response by January 26, 2018.",
            "Said he would be responding in writing by January 26, 2018.",
            "Agreed to continue producing records.",
            "Maintained the objections pending his written response, which he said would come by January 26, 2018.",
            "Will follow up with the client and get back to us by Friday.",
            // Review 64 (Micromet): an exchange set for a day, in a note.
            "Logs get exchanged Nov. 28; rest of the non-privileged docs come then.",
            // A fourth review (Kosjer, old format, in other words).
            "Said he would put his response in writing by January 26, 2018.",
            "Would mail a written response by January 26, 2018.",
            "Would address the golden-rule letter in writing by January 26, 2018.",
            "Said we would hear from him in writing by January 26, 2018.",
            "He was to respond in writing by January 26, 2018.",
            "Indicated a written response by January 26, 2018.",
            "Written response due from him January 26, 2018.",
            "Said to look for his written response by January 26, 2018.",
            "Would not withdraw the objections and would respond in writing by January 26, 2018.",
            "The written response he promised by January 26, 2018 never came.",
            "Would be in touch in writing by 1/26/18.",
            "Would follow up on Interrogatory 4.",
            // A fifth review (Kosjer, old format, as hurried notes).
            "Objections maintained; written resp. NLT 1/26/18 per def. counsel.",
            "Will put his position in writing by the 26th.",
            "Def. counsel to get back to us w/ written response EOW.",
        ] {
            assert!(says_promised_an_answer(t), "{t:?} should read as a promise");
        }
    }

    #[test]
    fn the_movants_own_offers_are_not_its_promises() {
        assert!(says_promised(
            "Agreed during the conference to revise his interrogatories.",
            false
        ));
        assert!(!says_promised("Offered to supplement the requests.", false));
        assert!(!says_promised(
            "Would move to compel absent a response.",
            false
        ));
        assert!(says_promised("Said he'd rework the wording.", false));
        // Review 48: a note-taker's past tense.
        assert!(!says_promised("Req'd answers; offered to confer.", false));
        assert!(!says_promised("Req\u{2019}d answers.", false));
        assert!(!says_promised("Rec'd supp responses.", true));
        assert!(says_promised("They'd answer by Friday.", true));
        // Review 50: before a bare verb, and "prom'd".
        assert!(says_promised("OC'd respond in writing by 1/26/18.", true));
        assert!(says_promised(
            "Written resp. prom'd by 1/26 (def. counsel).",
            true
        ));
        // Review 98: production to go on, and a revision agreed.
        assert!(says_promised("Def. to keep producing recs.", true));
        assert!(says_promised(
            "The parties agreed Defendant's production of the records would go on.",
            true
        ));
        assert!(!says_promised(
            "Production went on until March, then stopped.",
            true
        ));
        assert!(super::revision_agreed(
            "Revision of his interrogatories agreed."
        ));
        assert!(super::revision_agreed(
            "Rewording of the rogs agreed to by Pl."
        ));
        assert!(!super::revision_agreed(
            "No revision of the interrogatories was agreed."
        ));
        // Review 95: a note's "to issue".
        assert!(says_promised(
            "Maintained objections; written response to issue 1/26.",
            true
        ));
        assert!(says_promised(
            "Agreed during the conference to revise his interrogatories, but no further conference was held.",
            false
        ));
        // The movant's notes of the other side's duty are not its promise.
        assert!(!says_promised("Defendant to supplement by May 1.", false));
        // Nor its demand: "we expected their written answer" (review 97).
        let demand = crate::matter::ItemDiscussion {
            item: "rog-1".into(),
            outcome: crate::matter::Outcome::Raised,
            movant_position:
                "Told Plaintiffs' counsel we expected their written answer by September 20, 2024."
                    .into(),
            opponent_position: String::new(),
        };
        assert!(!demand.records_own_promise());
        let demand = crate::matter::ItemDiscussion {
            movant_position: "Told them we expected a written response by September 20, 2024."
                .into(),
            ..demand
        };
        assert!(!demand.records_own_promise());
        assert!(!says_promised("Responses are to follow by May 1.", false));
        let own = |text: &str, side| {
            crate::matter::ItemDiscussion {
                item: "rogs".into(),
                outcome: crate::matter::Outcome::Narrowed,
                movant_position: text.into(),
                opponent_position: String::new(),
            }
            .records_own_promise_as(side)
        };
        use crate::matter::Side::{Defendant, Plaintiff};
        assert!(own(
            "Plaintiff to reword some of the interrogatories.",
            Plaintiff
        ));
        assert!(!own(
            "Plaintiff to reword some of the interrogatories.",
            Defendant
        ));
        assert!(!own("Defendant to supplement by May 1.", Plaintiff));
        assert!(!own("Responses are to follow by May 1.", Plaintiff));
        // An adversarial review, 115 (Becker): the promise in a later clause.
        assert!(own(
            "Rewording of the interrogatories discussed; Plaintiff to redraft.",
            Plaintiff
        ));
        assert!(!own(
            "Rewording of the interrogatories discussed; Defendant to supplement by May 1.",
            Plaintiff
        ));
        // A fifty-second review (Becker): the passive with no one named.
        assert!(own("To be reworded (2nd set).", Plaintiff));
        assert!(own("Rogs 6-7 will be revised.", Plaintiff));
        assert!(!own("Responses to be revised.", Plaintiff));
        assert!(!own("To be reworded by Defendant.", Plaintiff));
        assert!(!own("Docs to be produced.", Plaintiff));
        // An over-strictness review, 56 (Ware): the other side's responses.
        assert!(!own(
            "Mercy's responses will be revised and the ESI produced.",
            Plaintiff
        ));
        assert!(own(
            "We agreed our responses would be supplemented by May 1.",
            Plaintiff
        ));
        assert!(!own("Was not to be reworded.", Plaintiff));
        // An over-strictness review, 59: another paper.
        assert!(!own("MTC to be revised after today's session.", Plaintiff));
        assert!(!own(
            "The draft DDJR will be revised once defense counsel has reviewed it.",
            Plaintiff
        ));
        // A fifth review (Becker, old format): shorthand, the passive, a
        // slash between two verbs.
        assert!(own(
            "Pltf to rework rogs (became 2d set Nos. 20-25).",
            Plaintiff
        ));
        assert!(own(
            "Revised interrogatories to be drafted by plaintiff.",
            Plaintiff
        ));
        assert!(!own(
            "Revised interrogatories to be drafted by plaintiff.",
            Defendant
        ));
        assert!(own(
            "Went over the first set; I said I would redraft some of them.",
            Plaintiff
        ));
        assert!(own(
            "Mr. Becker agreed to narrow/reword the interrogatories in a second set.",
            Plaintiff
        ));
        assert!(!own("Agreed to narrow the requests at issue.", Plaintiff));
        assert!(own(
            "Plaintiff consented to revising this interrogatory.",
            Plaintiff
        ));
    }

    #[test]
    fn an_objection_says_conferring_unfinished_only_where_no_end_is_told() {
        use super::objection_says_unfinished as unfinished;
        // Topia v. Egnyte (D. Del. 2024), as a thirty-eighth review put it.
        assert!(unfinished(
            "Topia hasn't agreed to run our 24 add'l terms. Still negotiating scope -- not at an impasse per Dana."
        ));
        // A fortieth review: how the talks ended, said in the same words.
        for t in [
            "Discussions ongoing through September ended at an impasse on the Sept. 29 call.",
            "Talks ongoing since the March 31 email got nowhere.",
            "M&C incomplete only because Plaintiff refused to meet.",
            "Not at an impasse until the 9/29 call, when Def. maintained its objections.",
            "Answers incomplete.",
            "",
            // What the letter was about, not the conferring (a
            // sixty-first review of Stillwell).
            "Meet and confer re incomplete production.",
            "M&C letter on the ongoing production delays.",
        ] {
            assert!(!unfinished(t), "{t:?}");
        }
    }

    #[test]
    fn conferring_said_to_be_unfinished_is_read() {
        use super::says_conferral_unfinished as unfinished;
        for t in [
            "Cannot properly and timely respond to the altered interrogatories; meet and confer not complete.",
            "M&C incomplete.",
            "Discussions ongoing.",
            "Plaintiff filed this motion in the middle of the meet and confer process.",
            "Could not properly and timely respond to the altered interrogatories.",
            "Def can't properly/timely respond to altered rogs.",
            "Can't respond to the changed interrogatories properly or on time.",
            "The meet and confer is not yet complete.",
            // A review of Coleman in other words.
            "Could not respond to the altered interrogatories, so the parties were not done meeting and conferring.",
            "The meet and confer had not run its course.",
            "Conferral still open.",
            "More conferring needed first.",
            "Conferral not done.",
            "Meet and confer continuing.",
            "The meet and confer process has not been completed.",
            "Still conferring.",
            "Further meet and confer required.",
            // Topia Technology v. Egnyte (D. Del. 2024), as a recorder
            // might write the briefs' words.
            "Still negotiating on the scope of additional search terms; the parties are not at an impasse.",
            "The parties are not at an impasse and are working to narrow the terms.",
            "No impasse yet.",
            "Still working to resolve the dispute.",
            // A twenty-fifth review of Topia.
            "The parties continue their meet and confers.",
            "Remains under discussion; not at impasse.",
            // An adversarial review, 135, of Topia.
            "The parties are working to narrow the additional search terms; no impasse has been declared.",
            "No impasse declared.",
            "An impasse has not been reached yet.",
            "Talks ongoing.",
            "Meet and confer continues.",
            "Have not reached an impasse.",
            "Still negotiating.",
            "We are not yet at an impasse.",
            // Review 23: the briefs' other words in Topia.
            "Continuing to discuss matters; working to narrow the additional search terms.",
            "Continuing to discuss matters.",
            // Review 47: Topia in other words.
            "The scope of additional search terms is still being worked out between the parties, who have not deadlocked.",
            "Still hammering out scope. No deadlock.",
            "Scope still being worked out.",
            "The parties are not yet deadlocked.",
            "Not at a deadlock.",
            "Still working out the terms.",
            // Review 52: Coleman in notes.
            "OC: no proper/timely resp. possible to the altered rogs.",
            "Objected that the revised statement, sent during his noticed vacation, left no fair chance to answer the altered interrogatories.",
            "Objected: no fair opportunity to respond to the altered interrogatories while on vacation.",
            // Review 124: Coleman and Topia in other words.
            "Too little time to respond to the revised interrogatories; the meet and confer was cut short.",
            "Unable to give a proper and timely response.",
            "Could not properly and timely respond.",
            "Still negotiating the scope of the additional terms.",
            "Open to further narrowing; parties keep discussing.",
            "Negotiations on scope continue; no deadlock.",
            "The revised joint statement with altered interrogatories came during his noticed absence; he objected that he could not properly respond to it in the time left.",
            "Contends the altered rogs can't be answered properly or timely (OC was on vacation).",
            // Review 93: Topia in other words.
            "Not at an impasse; still negotiating scope.",
            "Negotiation over the scope of additional search terms continues; no impasse has been reached.",
            "The parties remain in negotiation over the additional terms and have not reached impasse.",
            "Still negotiating; not at an impasse. Plaintiff had offered supplemental searches.",
            // Review 119 (Topia v. Egnyte, D. Del. 2024): a plan of the
            // movant's after it.
            "Egnyte described the parties as still negotiating on the scope of additional search terms and not at an impasse, and will submit new terms to resolve Topia's criticism.",
            "Requested some modifications to Plaintiff's offered supplemental searches; still negotiating the scope of additional search terms, not at an impasse; will submit new search terms that should resolve Plaintiff's criticism.",
        ] {
            assert!(unfinished(t), "{t:?}");
        }
        for t in [
            "Meet and confer complete; objections stand.",
            "Production is incomplete.",
            "The conference was not helpful.",
            "Not complete.",
            "The conference room was open.",
            "Done conferring; objections stand.",
            "More documents needed.",
            "The parties are at an impasse.",
            "Did not budge; at an impasse.",
            // Review 24: the state ended, was denied, or is someone else's.
            "Maintained its objections; agreed that the parties were not still negotiating and that Plaintiff could file her motion.",
            "After the May 3 call the parties were not yet at an impasse; in answer to this letter Defendant refused to withdraw the requests.",
            "MCA was still negotiating with its e-discovery vendor; it had not provided the documents.",
            "When asked whether we were still negotiating, said no and would object to the protective order.",
            "Although the parties were not at an impasse before this call, they are now; would not withdraw the subpoenas.",
            "Final refusal: though the parties were still negotiating other deposition issues, this one was closed.",
            "Disagreed that the parties were not yet at an impasse.",
            "No impasse-breaking proposal.",
            // Review 25.
            "The parties are still negotiating deposition dates.",
            // Review 124's readings, not where they say something else.
            "We did not keep discussing it after the call; at an impasse.",
            "Short call; at an impasse.",
            "Served timely responses; at an impasse.",
            "No time limits were discussed; at an impasse.",
            "Confirmed the agreement reached at the meeting, at which there was no impasse.",
            "Still working to resolve difficulties producing electronic documents with metadata.",
            "Not at an impasse until today; will file the motion now.",
            "Impasse on all requests; will not negotiate further.",
            // Review 93's reading of the last word: not past what follows.
            "Production after the conference is incomplete; asked for the remaining documents.",
            "Can't respond to the changed requests any further. OK. File Motion to Compel.",
            "The parties are still negotiating deposition scope and dates.",
            // Review 94.
            "Had remained in negotiation on scope until the call.",
            "Maintained its objections; no impasse has been reached on other discovery, where talks continue.",
            // An agreement, not talks going on (a review of Ware v. Mercy
            // Health).
            "Since the parties agreed, no impasse has been reached.",
            "The negotiations failed.",
            // Review 28: the middle of something else.
            "The call came in the middle of the deposition; impasse on each request.",
            // Review 47's words where the talks ended or agreed.
            "The parties are deadlocked.",
            "No deadlock: the parties agreed on the terms.",
            "Worked out the scope; resolved.",
            "Deadlocked on every request.",
            "The details were worked out on the call.",
            // Review 53: in the past.
            "Revised draft rejected; the tier that was still being worked out in the extension stayed in dispute.",
            "Producing ESI with metadata was still being worked out.",
            "Meet and confer re incomplete production.",
            "",
        ] {
            assert!(!unfinished(t), "{t:?}");
        }
        use super::summary_says_unfinished as in_summary;
        assert!(in_summary(
            "Follow-up on Topia's offer. The parties are still negotiating on the scope of additional search terms and are not at an impasse; Egnyte intends to submit new search terms."
        ));
        assert!(!in_summary(
            "The parties were still negotiating on the scope in May. On June 2 they reached an impasse."
        ));
        assert!(!in_summary(
            "Call on the search terms; Topia refused to run them."
        ));
        // The same words as a position, behind the same gate.
        assert!(in_summary(
            "Call on the interrogatories. Meet and confer not complete."
        ));
        assert!(in_summary("More conferring needed first."));
    }

    #[test]
    fn a_summary_is_read_for_a_promise_only_where_it_names_who_made_it() {
        use super::{Promiser, summary_promise};
        use crate::matter::Side::{Defendant, Nonparty, Plaintiff};
        let none = crate::matter::OwingNames::default();
        let matter = crate::matter::parse_matter(
            r#"{"schema_version": 1, "court": "ksd",
                "motion": {"kind": "compel", "movant": "plaintiff"}, "caption": {},
                "parties": [{"id": "p1", "name": "Kosjer", "side": "plaintiff"},
                            {"id": "p2", "name": "Coffeyville Resources", "side": "defendant"},
                            {"id": "p3", "name": "Peck", "side": "defendant"}]}"#,
            "t.json",
        )
        .expect("a valid matter");
        let coffeyville = crate::matter::OwingNames::of(&matter);
        // Review 347: the summary import writes of the movant's own demand
        // asks; it tells of no promise, whoever it names.
        for t in [
            "Smith v. Acme: deficient answers to Rog 4 and RFP Nos. 3-5: John, I write under D. Kan. Rule 37.2. Please let me know by Friday, March 10 whether Coffeyville will supplement, and when you are free for a call.",
            "Let me know by Friday whether Coffeyville will supplement.",
            "Will Coffeyville supplement its answers by March 10?",
        ] {
            assert_eq!(
                summary_promise(t, Plaintiff, &coffeyville, &none),
                None,
                "{t:?}"
            );
        }
        let kosjer = "Met in person re claims file. Def. counsel said he would get back to us in writing by Jan. 26, 2018. Nothing received as of 1/29.";
        assert_eq!(
            summary_promise(
                "In-person mtg re claims file. OC'd respond in writing by 1/26/18. Nothing rec'd; filed 1/29 w/o further contact.",
                Plaintiff,
                &none,
                &none
            ),
            Some(Promiser::Theirs)
        );
        // Review 52: Kosjer's promise in note forms.
        for t in [
            "In-person mtg re claims file. Def. counsel's written response to GR ltr: 1/26/18. Nothing rec'd; filed 1/29.",
            "In-person mtg re claims file. Written response from def. counsel (1/26). Nothing rec'd.",
            "In-person mtg. Def. counsel argues file is WP, with written resp. to GR ltr by 1/26. Nothing rec'd.",
            "In-person mtg. Def. counsel's written position on GR ltr [1/26]. Nothing rec'd.",
            // Review 119: the other side's bare letter, led by its counsel;
            // review 124: labels of what is still to come.
            "Met in person re claims file. D's counsel: written resp. by 1/26. Nothing rec'd; filed 1/29.",
            "Met in person re claims file. D's ctsl: written resp. to GR ltr by 1/26. Nothing rec'd; filed 1/29.",
            "Talked in person about the claims file. Next step: Dfts to answer the golden-rule letter in writing by Jan. 26. No answer came by Jan. 29.",
            "Met in person re claims file. Pending: D's written response to GR letter (1/26). Still pending 1/29; filed.",
            "Met in person re claims file. Next: Dfts will answer the GR letter in writing by Jan. 26. No answer by Jan. 29.",
            "In-person mtg re claims file. Open item: D's written answer to GR ltr, 1/26. Nothing by 1/29.",
        ] {
            assert_eq!(
                summary_promise(t, Plaintiff, &none, &none),
                Some(Promiser::Theirs),
                "{t:?}"
            );
        }
        // Review 52: "would" opening a clause has the clause before's subject.
        assert_eq!(
            summary_promise(
                "Pltf cnsl emailed 10/6; would supplement. Done 10/13.",
                Defendant,
                &none,
                &none
            ),
            Some(Promiser::Theirs)
        );
        // Review 50: a promise joined to an argument is still read.
        for t in [
            "Defense counsel contends the claims file is work product and indicated he would respond in writing by January 26, 2018.",
            "Met in person; defense counsel, who argues the file is work product, indicated he would respond in writing by January 26, 2018.",
        ] {
            assert_eq!(
                summary_promise(t, Plaintiff, &none, &none),
                Some(Promiser::Theirs),
                "{t:?}"
            );
        }
        assert_eq!(
            summary_promise(kosjer, Plaintiff, &none, &none),
            Some(Promiser::Theirs)
        );
        assert_eq!(
            summary_promise(kosjer, Defendant, &none, &none),
            Some(Promiser::Own)
        );
        assert_eq!(summary_promise(kosjer, Nonparty, &none, &none), None);
        // A twenty-fifth review of Buntain: the answer agreed, in the passive.
        let buntain = "Supplementation agreed by Plaintiff's counsel; supplemental responses arrived Oct. 13.";
        assert_eq!(
            summary_promise(buntain, Defendant, &none, &none),
            Some(Promiser::Theirs)
        );
        assert_eq!(
            summary_promise(
                "No supplementation agreed by Plaintiff's counsel.",
                Defendant,
                &none,
                &none
            ),
            None
        );
        // A label, then what was agreed (an adversarial review, 115, of
        // Becker), the movant named.
        let becker_matter = crate::matter::parse_matter(
            r#"{"schema_version": 1, "court": "caed",
                "motion": {"kind": "compel", "movant": "plaintiff"}, "caption": {},
                "parties": [{"id": "p1", "name": "Dennly R. Becker", "side": "plaintiff"}]}"#,
            "t.json",
        )
        .expect("a valid matter");
        let becker = crate::matter::OwingNames::movants(&becker_matter);
        for t in [
            "Telephone meet and confer (4/16/13). Outcome: interrogatories to be reworded. Reworded 2nd set (Nos. 20-25) drafted by Pl. thereafter.",
            "4/16/13 teleconference w/ def. counsel on the first-set rogs. Result: Becker to rework his interrogatories. He then drafted a reworded 2nd set (Nos. 20-25).",
        ] {
            assert_eq!(
                summary_promise(t, Plaintiff, &none, &becker),
                Some(Promiser::Own),
                "{t}"
            );
        }
        assert_eq!(
            summary_promise(
                "Result: no change; responses stand.",
                Plaintiff,
                &none,
                &none
            ),
            None
        );
        // Not the end of "rec'd", not what came or was refused, not the
        // movant's own next step.
        for t in [
            "Pending: D's written response received 1/26.",
            "Open item: D's counsel declined to answer.",
            "Next step: motion to compel.",
            "Met in person. Written responses rec'd; filed 1/29.",
            "D produced responsive ESI on October 23.",
            // An over-strictness review, 125, of Fortech and Rech: what
            // came, and a refusal.
            "Video conference on delinquent discovery. D's counsel: written responses served April 4.",
            "D's counsel (letter, 4/26): declined to answer Interrogatories 5 and 5.1.",
        ] {
            assert_eq!(summary_promise(t, Plaintiff, &none, &none), None, "{t}");
        }
        let becker = "Meet and confer teleconference 4/16/13. Plaintiff agreed during the call to revise his interrogatories and afterward drafted a reworded second set; no further conference before the motion.";
        assert_eq!(
            summary_promise(becker, Plaintiff, &none, &none),
            Some(Promiser::Own)
        );
        assert_eq!(
            summary_promise(
                "Meet and confer teleconference, the only one. At the call Plaintiff undertook to revise his interrogatories.",
                Plaintiff,
                &none,
                &none
            ),
            Some(Promiser::Own)
        );
        // What was to come, and from whom, by a name of either side (a
        // rejected-record review of Becker).
        let kosjer_side = crate::matter::OwingNames::movants(&matter);
        for (text, who) in [
            (
                "One teleconference. Revised interrogatories were to come from Mr. Kosjer; he drafted a second set.",
                Some(Promiser::Own),
            ),
            (
                "Revised interrogatories were to come from plaintiff.",
                Some(Promiser::Own),
            ),
            (
                "A written response was to come from Coffeyville by Jan. 26.",
                Some(Promiser::Theirs),
            ),
            ("Nothing was to come from Mr. Kosjer.", None),
            ("A letter came from Mr. Kosjer.", None),
            // A thirty-first review of Becker: the movant by name, or by the
            // bare letter of its role.
            (
                "Mr. Kosjer agreed to revise some of his interrogatories.",
                Some(Promiser::Own),
            ),
            (
                "P agreed to reword some -> 2d set (20-25).",
                Some(Promiser::Own),
            ),
            ("At 3 p.m. the call ended; impasse.", None),
            // A clause that goes on without its subject has the last
            // clause's (a thirty-fifth review of Bohnel); one that opens
            // with no side has none to pass on.
            (
                "Coffeyville asserts the parties never met on several topics; says it already agreed to a supp production.",
                Some(Promiser::Theirs),
            ),
            (
                "Def. counsel called 1/5; agreed to supp by 1/15.",
                Some(Promiser::Theirs),
            ),
            (
                "Plaintiff called 1/5; agreed to revise the requests by 1/15.",
                Some(Promiser::Own),
            ),
            // Not the movant's own subject: its deadline for the other side
            // (an accepted-record review of Sample).
            (
                "Plaintiff wrote again 9/19/24; said responses were expected by 9/20.",
                None,
            ),
            ("The call ended at impasse; agreed to supp by 1/15.", None),
        ] {
            assert_eq!(
                summary_promise(text, Plaintiff, &coffeyville, &kosjer_side),
                who,
                "{text:?}"
            );
        }
        // Someone the narration does not name, or the other side after the
        // answer it owes: a thread all the same, read as the other side's
        // (a rejected-record review of Kosjer).
        for text in [
            "He said he would respond by January 26.",
            "He indicated he would respond in writing by a specified date. None came; plaintiff waited three days past that date and filed.",
            "In-person talk about the claims file. Written response expected from the other side by a set date; none came before filing.",
            "Written resp. due from def. counsel by 1/26/18.",
            "Defense counsel's written response was due January 26, 2018; it never came.",
            "Counsel for Coffeyville said he'd respond in writing by January 26, 2018.",
            "Opposing counsel to send his written response by 1/26/18. Nothing rec'd.",
            "Written response promised by Jan. 26; not received.",
            "Awaiting Coffeyville's written position (by 1/26/18) - never rec'd.",
        ] {
            assert_eq!(
                summary_promise(text, Plaintiff, &coffeyville, &none),
                Some(Promiser::Theirs),
                "{text:?}"
            );
        }
        for (text, movant) in [
            // A pronoun that names the movant's side in the clause, a
            // negation, a question.
            ("He said plaintiff would respond by January 26.", Plaintiff),
            ("He said he would not respond.", Plaintiff),
            // Where a letter went is no promise.
            (
                "5/15/17 writing to Peck's counsel. Peck still won't withdraw.",
                Plaintiff,
            ),
            (
                "May 29: first draft of the joint report sent to Coffeyville.",
                Plaintiff,
            ),
            // The discovery's own deadline, and the movant's own promise.
            ("Defendant's responses were due March 1, 2018.", Plaintiff),
            ("We will send the revised requests by Jan. 26.", Plaintiff),
            ("He asked when they would respond.", Plaintiff),
            (
                "Written response not expected from the other side.",
                Plaintiff,
            ),
            // A past tense, and a response not waited for (accepted- and
            // rejected-record reviews of Rowan and O'Connor).
            ("Coffeyville had supp'd on 2/12; no resolution.", Plaintiff),
            (
                "He filed the motion to compel on March 11, 2016, without awaiting a response.",
                Plaintiff,
            ),
            // Who promised is not named, or the side named is not the subject.
            (
                "The parties agreed that SDC would produce on January 30.",
                Plaintiff,
            ),
            (
                "The City mailed Plaintiff's counsel a letter on July 6, 2012, indicating its intent to depose Plaintiff on July 30, 2012, and requesting responses to its discovery requests no later than July 20, 2012.",
                Defendant,
            ),
            (
                "Letter requesting responses by March 2, 2011 (Doc. #49-4). \"Plaintiffs also failed to meet that deadline.\"",
                Defendant,
            ),
            // Both sides named before the promise.
            (
                "Plaintiff wrote that defendants would produce by May 1.",
                Plaintiff,
            ),
            // No promise.
            ("Defense counsel would not supplement.", Plaintiff),
            ("Defendant produced the documents on March 3.", Plaintiff),
            // A letter due that came (an accepted-record review).
            (
                "Defense counsel's reply letter was due 9/23 and came that day.",
                Plaintiff,
            ),
            (
                "Defense counsel's reply letter was due 4/26 and came that day: defendants declined to respond.",
                Plaintiff,
            ),
            // Review 51: the court's direction.
            (
                "Conference before the Court (November 18, 2010): the Court directed Plaintiffs to produce the documents.",
                Defendant,
            ),
            // Review 49: where a letter went, what was sent per a call, a
            // bracket without a day.
            ("Re-sent rogs + RFPs to pltf per 10/7 call.", Defendant),
            (
                "Ltr to OC re RFP 78-79 (follow-up to 5/3 call). Def refuses to w/draw; PO motion to be filed.",
                Plaintiff,
            ),
            (
                "Defendant agrees we met and conferred about these two subpoenas in this conversation (ECF No. 157 at 2), and on September 9 the Court held the meet and confer requirement satisfied and let me file a joint letter brief.",
                Plaintiff,
            ),
            // An argument in the case (review 45, Werdebaugh).
            (
                "Eight-hour meeting. Coffeyville argues that no conference was ever held on its July 5 offer to reconsider.",
                Plaintiff,
            ),
            ("", Plaintiff),
        ] {
            assert_eq!(
                summary_promise(text, movant, &coffeyville, &none),
                None,
                "{text:?}"
            );
        }
    }

    #[test]
    fn positions_and_refusals_are_not_promises() {
        for t in [
            // Review 52's forms where the production came or is over.
            "Remaining records were produced per agreement.",
            // An exchange that came, or one not got.
            "Privilege logs exchanged on Nov. 28.",
            "Did not get the exchanged logs until Nov. 28.",
            "Production was complete per agreement.",
            // A twenty-fifth review: production that is over, or not ours.
            "Production is not ongoing; all records were produced.",
            "Production complete.",
            "Records were produced on the way to the deposition.",
            "Had not read the November 25 letter and would not supplement the production or the answers.",
            // What was owed, named (an accepted-record review).
            "All documents to be produced had been produced; the interrogatory answers were sufficient.",
            "The documents to be produced were limited to those already sent.",
            "Would not supplement; the request is overbroad.",
            "Refused to produce anything further.",
            "The request is overbroad and unduly burdensome.",
            "Stood on its objections.",
            "Will stand on the objections.",
            "No further documents will be produced.",
            "Produced the documents on March 3.",
            "Declined to respond further.",
            "We will let Judge Lloyd have it from here.",
            "Will produce records for the returned units only.",
            "Asked defendant to supplement by May 1.",
            "Documents already produced; nothing further.",
            "The request is to produce all emails since 2015.",
            "Counsel for plaintiff: the requests are overbroad.",
            "Will produce nothing further.",
            "Objections stand. Would not supplement.",
            "Would answer none of Interrogatories Nos. 4-9.",
            "Asked for the promised position on Interrogatory No. 5.",
            "Will produce claims files for the same voyage but not for other voyages on the same vessel.",
            "No written response was promised.",
            "Would not be responding in writing.",
            "Did not expect to supplement.",
            "Never said he would respond.",
            "No written response by January 26, 2018.",
            "Did not respond in writing by January 26, 2018.",
            "Objections maintained; discussed on January 18, 2018.",
            "No response came.",
            "The response, which was due March 1, never came.",
            "Responses that were promised never came.",
            "Asked for the written answer promised for March 13.",
            "Will provide daily readings for November 2024 only.",
            "Again asked for the responses; a motion to compel would follow.",
            "Again requested the overdue answers; a motion to compel would follow.",
            "A motion to compel will follow if nothing comes by Friday.",
            "Warned that a motion would be coming.",
            "Asked for the overdue responses and advised that court action would follow if they were not provided.",
            "Asked when MCA would produce.",
            "Asked whether we would agree to produce by May 1.",
            "Asked MCA when it would supplement.",
            "Meet and confer not complete.",
            "Responses served by 1/26.",
            "Written response received by Jan. 26.",
            "No agreement to produce anything further.",
            // An agreement on how production is made, not a promise of it.
            "The parties agreed on the production format.",
            "Agreed to the production protocol; the requests stay at impasse.",
            "Would accept the response format we proposed.",
            // The speaker's demand for answers owed to it (a
            // reasonable-recorder review of National Railroad).
            "Insists on answers by 11/13.",
            "Opposed; insists on full responses by Nov. 13, 2017.",
            "Wants the documents by 11/13/17.",
            "Demands responses when due on 11/13.",
            "",
        ] {
            assert!(
                !says_promised_an_answer(t),
                "{t:?} should not read as a promise"
            );
        }
    }
}
