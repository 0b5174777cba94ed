//! Whether a contact's own words say it was about another case, or took up
//! none of the requests at all.
//!
//! A conference counts only for the requests it covered: a call about a
//! parallel state lawsuit is not a conference on this motion (Williams v.
//! Central Transport, E.D. Mo. 2014). A file records that by the requests a
//! contact lists; an old file, or a hurried one, may list the motion's
//! requests on such a call and say in its summary or a position what the
//! call was really about ("Tel. conf. re discovery in the state ct. case",
//! as a rejected-record review recorded Williams). Those words are read, and
//! the contact then counts as one about another matter. So does a summary
//! that says no request was taken up ("no particular request or deficiency
//! was identified", Smyth v. Merchants Credit, W.D. Wash. 2012, as a review
//! recorded it). Reading them can only hold a record back.

use super::ConferralEvent;
use super::phrase::{is_one_of, words};

/// Words that name a contact held by voice or in person: a conference, a
/// call, a meeting, a conversation (what the denials, disputes and
/// "different accounts" readings below look for).
pub(super) const MEETING: &[&str] = &[
    "conference",
    "conf",
    "call",
    "meeting",
    "mtg",
    "conversation",
];

/// Words that tell what someone says or argues, not what the record
/// states: shared by the reading of a disputed claim
/// (`summary_says_contact_disputed`) and of an argued inadequacy
/// (`summary_says_conferral_inadequate`), which add their own.
const ARGUING: &[&str] = &[
    "argued",
    "argues",
    "contends",
    "contended",
    "claims",
    "claimed",
    "asserts",
    "asserted",
    "says",
    "said",
    "maintains",
    "maintained",
];

impl ConferralEvent {
    /// The entry is recorded as taking up something other than the
    /// requests (`subject`), or, for a call or meeting, its summary says
    /// no request was taken up ("Scheduling call only."): the certificate
    /// calls it no conference and gives no positions or outcomes for it.
    pub fn told_as_elsewhere(&self) -> bool {
        super::Subject::not_the_requests(self.subject)
            || (self.method.is_live() && says_no_request_taken_up(&self.summary))
    }

    /// A telephone or video call whose own summary says it never reached
    /// the other side ("went to voicemail", "couldn't reach him"): an
    /// attempt, as the checker reads it.
    pub fn call_not_reached(&self) -> bool {
        matches!(self.method, super::Method::Telephone | super::Method::Video)
            && super::summary_says_not_reached(&self.summary)
    }

    /// The summary, or a position on the first request it lists, says the
    /// contact was about another case ("the state lawsuit", "the parallel
    /// case", "another lawsuit"): what a call was about is said once, and an
    /// entry that lists several requests repeats it on each. `read` reads
    /// one text (`names_another_case`, or a caller's memo of it: a long log
    /// repeats the same words entry after entry).
    pub fn says_about_another_case<'a>(
        &'a self,
        mut read: impl FnMut(Text, &'a str) -> bool,
    ) -> bool {
        // (Spelled out, not over `entry_texts`: this runs for every
        // conversation on every keystroke, and the chained iterator cost
        // more.)
        read(Text::Summary, &self.summary)
            || self.items.first().is_some_and(|d| {
                read(Text::Movant, &d.movant_position) || read(Text::Opponent, &d.opponent_position)
            })
    }

    /// The texts `says_about_another_case` reads, for a reading of them that
    /// needs all three: its summary, then its first request's positions (an
    /// entry that lists several repeats them).
    pub fn entry_texts(&self) -> impl Iterator<Item = (Text, &str)> + Clone {
        std::iter::once((Text::Summary, self.summary.as_str())).chain(
            self.items.first().into_iter().flat_map(|d| {
                [
                    (Text::Movant, d.movant_position.as_str()),
                    (Text::Opponent, d.opponent_position.as_str()),
                ]
            }),
        )
    }
}

/// Which text of an entry is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    Summary,
    Movant,
    Opponent,
}

/// Cases and suits, as notes name them. Not "matter": a recorder writes
/// "the discovery-related matter" or "a separate matter" of a topic of
/// this case (an accepted-record review found both).
const SUIT: &[&str] = &[
    "case",
    "lawsuit",
    "suit",
    "action",
    "litigation",
    "proceeding",
];

/// Words that make the suit another one ("the state case", "a separate
/// lawsuit", "the related action").
const OTHER: &[&str] = &[
    "state",
    "other",
    "another",
    "separate",
    "parallel",
    "different",
    // "the St. Louis County suit" (a rejected-record review of Williams).
    "county",
    // "discovery in the companion case", "the related action", "the
    // bankruptcy proceeding" (a thirty-eighth review of Williams).
    "companion",
    "related",
    "bankruptcy",
];

/// Words that make a suit another one only before "court": "the circuit
/// court suit", "the superior court action" (state courts), not "the
/// Seventh Circuit case", which is authority.
const OTHER_COURT: &[&str] = &["circuit", "superior", "chancery", "probate", "municipal"];

/// Whether `text` names another case: one of `OTHER`, then a suit, with at
/// most "court" between ("the state ct. case", "another lawsuit"), and after
/// "court" a capitalised case name before the suit ("the state-court
/// Williams action": a rejected-record review of Williams wrote it; not
/// "another Kansas case", which an accepted-record review wrote of
/// authority). Read within a clause ("the other RFPs. Action on them ..."
/// names none). "Removed from state court; this case ..." names none, nor
/// does "the State's case" (a State as a party), nor "the Monroe County
/// case" where Monroe County is one of `parties` (a county as a party: an
/// accepted-record review of Rech v. Monroe County).
pub fn names_another_case(text: &str, parties: &[super::Party]) -> bool {
    // Asked of every entry's text on every keystroke: most name no suit.
    if !super::default::has_any_word(text, SUIT) {
        return false;
    }
    let named = |x: &&[u8]| x.first().is_some_and(u8::is_ascii_uppercase);
    // "Monroe County" as a party's name: the county is this case's.
    let a_party = |before: &[u8], county: &[u8]| {
        parties.iter().any(|p| {
            let ws: Vec<&[u8]> = words(&p.name).collect();
            ws.windows(2).any(|pair| {
                pair[0].eq_ignore_ascii_case(before) && pair[1].eq_ignore_ascii_case(county)
            })
        })
    };
    super::phrase::clauses(text).any(|clause| {
        let ws: Vec<&[u8]> = words(clause).collect();
        ws.iter().enumerate().any(|(k, w)| {
            let mut rest = ws[k + 1..].iter();
            let mut next = rest.next();
            let court = next.is_some_and(|x| is_one_of(x, &["court", "ct"]));
            if court {
                next = rest.next();
                if next.is_some_and(named) && !next.is_some_and(|x| is_one_of(x, SUIT)) {
                    next = rest.next();
                }
            }
            // Another suit named at `k`; what follows only rules it out, and
            // is read only then (each test may walk the clause).
            if !((is_one_of(w, OTHER) || (court && is_one_of(w, OTHER_COURT)))
                && next.is_some_and(|x| is_one_of(x, SUIT)))
            {
                return false;
            }
            // "other case law" is authority; "no other case was discussed"
            // denies it.
            let after = rest.next();
            let denied = k > 0 && is_one_of(ws[k - 1], &["no", "not", "nor"]);
            // "the same sales-data fight in the companion case" compares this
            // dispute with another case's (an accepted-record review of
            // Werdebaugh).
            let compared = ws[..k]
                .iter()
                .any(|x| is_one_of(x, &["same", "similar", "like"]));
            // Not a suit named as the contact's subject but as something
            // else (an over-strictness review, 91): a remedy ("take other
            // action", "bring a separate action"), what a request asks for
            // ("any other lawsuit", "prior claims and other litigation"),
            // the Section 1983 element ("the state action and qualified
            // immunity issues"), or background told beside this dispute
            // ("had already answered identical requests in the related
            // action", "coordinated with the companion case", "first served
            // in the state court action before removal").
            let remedy = ws[k.saturating_sub(2)..k].iter().any(|x| {
                is_one_of(
                    x,
                    &[
                        "take", "taking", "took", "bring", "bringing", "brought", "pursue",
                        "commence",
                    ],
                )
            });
            let asked_for = k > 0 && is_one_of(ws[k - 1], &["any", "and"]);
            let element = !court
                && is_one_of(w, &["state"])
                && next.is_some_and(|x| is_one_of(x, &["action"]))
                && after.is_some_and(|x| {
                    is_one_of(
                        x,
                        &[
                            "and",
                            "element",
                            "requirement",
                            "issue",
                            "issues",
                            "doctrine",
                            "prong",
                        ],
                    )
                });
            let background = ws.iter().any(|x| {
                is_one_of(
                    x,
                    &[
                        "already",
                        "likewise",
                        "identical",
                        "coordinated",
                        "removal",
                        "dismissed",
                    ],
                )
            });
            !after.is_some_and(|x| is_one_of(x, &["law", "laws"]))
                && !denied
                && !compared
                && !remedy
                && !asked_for
                && !element
                && !background
                && !(k > 0 && is_one_of(w, &["county"]) && a_party(ws[k - 1], w))
        })
    })
}

/// What a contact may have been about: requests and their failings, in
/// general words. Not "objections" ("no objections were raised" says the
/// other side made none), nor a kind of request ("No interrogatories were
/// mentioned" at a meeting on document requests says nothing of them: an
/// accepted-record review).
const REQUEST: &[&str] = &["request", "requests", "deficiency", "deficiencies"];

/// Words that may stand before `REQUEST` ("no particular request", "the
/// discovery requests").
const QUALIFIER: &[&str] = &[
    "the",
    "any",
    "particular",
    "specific",
    "discovery",
    "disputed",
    "or",
];

/// Saying a request was taken up. Not "addressed": "the deficiencies were
/// not addressed" is as often the other side's failure to answer them.
const TAKEN_UP: &[&str] = match TAKEN_UP_OR_DISCUSSION.split_last() {
    Some((_, taken_up)) => taken_up,
    None => &[],
};

/// The words without which `says_no_request_taken_up` reads nothing:
/// `TAKEN_UP_OR_DISCUSSION` (its first seven), and those of an active "did
/// not discuss the requests" or of "Scheduling call only".
const GATE: &[&str] = &[
    "identified",
    "discussed",
    "raised",
    "mentioned",
    "covered",
    "specified",
    "discussion",
    "discuss",
    "address",
    "addressed",
    "scheduling",
];

/// `TAKEN_UP` and, last, "discussion" ("No discussion of the requests").
const TAKEN_UP_OR_DISCUSSION: &[&str] = GATE.split_at(7).0;

/// Whether a contact's summary says, in a clause of its own, that no
/// request was taken up in it: "no particular request or deficiency was
/// identified", "No specific requests discussed", "The discovery requests
/// were not discussed" (a nineteenth review: Smyth v. Merchants Credit,
/// W.D. Wash. 2012, where counsel "discussed discovery twice" but, on the
/// evidence, only a confidentiality agreement). Such a contact covered
/// none of the motion's requests, whatever it lists. So does a clause "No
/// discussion of the requests" (an adversarial review, 77, of Hart v. PAE
/// Government Services) that names general requests and nothing else.
/// "Request No. 4 was not discussed further" names one and is not read;
/// nor is "no agreement was reached on the requests".
pub fn says_no_request_taken_up(text: &str) -> bool {
    // Asked of summaries on every keystroke: most say nothing of the kind
    // (one pass over the words for both readings below).
    if !super::default::has_any_word(text, GATE) {
        return false;
    }
    // Certificate review 161: "Only set a time for the conference; did not
    // discuss the requests.", "Scheduling call only." read as conferences.
    if super::default::has_any_word(
        text,
        &["not", "never", "didn't", "didnt", "don't", "scheduling"],
    ) && super::phrase::clauses(text)
        .any(|clause| did_not_discuss_the_requests(clause) || only_scheduling(clause))
    {
        return true;
    }
    let no_discussion = super::default::has_any_word(text, &["discussion"])
        && super::phrase::clauses(text).any(|clause| {
            let ws: Vec<&[u8]> = words(clause).collect();
            let [no, discussion, of, rest @ ..] = ws.as_slice() else {
                return false;
            };
            let rest = match rest {
                [r @ .., at, all] if is_one_of(at, &["at"]) && is_one_of(all, &["all"]) => r,
                r => r,
            };
            is_one_of(no, &["no"])
                && is_one_of(discussion, &["discussion"])
                && is_one_of(of, &["of"])
                && rest.last().is_some_and(|w| is_one_of(w, REQUEST))
                && rest
                    .iter()
                    .all(|w| is_one_of(w, REQUEST) || is_one_of(w, QUALIFIER))
        });
    // Another clause that says something was taken up ("No individual
    // requests were discussed; the Ninth Requests as a whole were
    // discussed"): the summary says which, and is not read.
    // ("Counsel discussed discovery" names no request, and is no answer.)
    let affirmed = super::phrase::clauses(text).any(|clause| {
        words(clause).any(|w| is_one_of(w, TAKEN_UP))
            && words(clause).any(|w| {
                is_one_of(w, REQUEST)
                    || is_one_of(w, &["interrogatory", "interrogatories", "rfp", "rfps"])
            })
            && !words(clause).any(|w| is_one_of(w, &["no", "not", "never", "nor"]))
    });
    !affirmed
        && (no_discussion
            || super::phrase::clauses(text).any(|clause| {
                let ws: Vec<&[u8]> = words(clause).collect();
                // "No [particular] request[s] [or deficiency] [was|were] identified",
                // or "[The] requests [were] not discussed": from the clause's start.
                let denied_first = ws.first().is_some_and(|w| is_one_of(w, &["no"]));
                let mut k = usize::from(denied_first);
                let mut named = false;
                while let Some(w) = ws.get(k) {
                    if is_one_of(w, REQUEST) {
                        named = true;
                    } else if !is_one_of(w, QUALIFIER) {
                        break;
                    }
                    k += 1;
                }
                if !named {
                    return false;
                }
                if ws
                    .get(k)
                    .is_some_and(|w| is_one_of(w, &["was", "were", "is", "are"]))
                {
                    k += 1;
                }
                // The verb ends the clause: "not discussed one by one", "other
                // than RFP Nos. 78 and 79", "further" say how, or which were (an
                // accepted-record review of today's reading found both).
                let taken_up = |k: usize| {
                    ws.get(k).is_some_and(|w| is_one_of(w, TAKEN_UP))
                        && ws[k + 1..].iter().all(|w| is_one_of(w, &["at", "all"]))
                };
                if denied_first {
                    taken_up(k)
                } else {
                    ws.get(k).is_some_and(|w| is_one_of(w, &["not", "never"])) && taken_up(k + 1)
                }
            }))
}

/// A clause that ends by saying, in the active voice, that the requests
/// were not discussed: a negation ("did not", "didn't", "never", "do not"),
/// "discuss" (or "address", "take up"), then only the requests with their
/// qualifiers, and "at all" ("did not discuss the requests", "we never
/// discussed any of the disputed requests"). Not "did not discuss RFP 4
/// further", nor one that names something else ("did not discuss
/// settlement").
fn did_not_discuss_the_requests(clause: &str) -> bool {
    let ws: Vec<&[u8]> = words(clause).collect();
    (0..ws.len()).any(|k| {
        let negated = match k.checked_sub(1).and_then(|j| ws.get(j)) {
            Some(w) if is_one_of(w, &["never"]) => true,
            Some(w) if is_one_of(w, &["not"]) => {
                k >= 2 && is_one_of(ws[k - 2], &["did", "do", "does"])
            }
            Some(w) if is_one_of(w, &["didn't", "didnt", "don't"]) => true,
            _ => false,
        };
        if !negated || !is_one_of(ws[k], &["discuss", "discussed", "address", "addressed"]) {
            return false;
        }
        let rest: Vec<&[u8]> = ws[k + 1..]
            .iter()
            .copied()
            .filter(|w| !is_one_of(w, &["of", "at", "all"]))
            .collect();
        rest.last().is_some_and(|w| is_one_of(w, REQUEST))
            && rest
                .iter()
                .all(|w| is_one_of(w, REQUEST) || is_one_of(w, QUALIFIER))
    })
}

/// A clause that says the contact was about scheduling and nothing else,
/// in so many words: "Scheduling call only.", "scheduling only", "Only
/// scheduling." Any word beyond those of the kind ("call", "conference",
/// "the", "just") leaves it unread: "scheduling of the depositions only"
/// may be the dispute itself.
fn only_scheduling(clause: &str) -> bool {
    let ws: Vec<&[u8]> = words(clause).collect();
    ws.iter().any(|w| is_one_of(w, &["scheduling"]))
        && ws.iter().any(|w| is_one_of(w, &["only", "just"]))
        && ws.iter().all(|w| {
            is_one_of(
                w,
                &[
                    "scheduling",
                    "only",
                    "just",
                    "call",
                    "conference",
                    "a",
                    "the",
                    "was",
                    "it",
                    "this",
                ],
            )
        })
}

/// What a discussion that did not happen was about, for
/// `says_no_real_conference` and `no_real_talk`: the dispute itself ("of
/// the requests", "of any discovery issue", "of the proposal").
const WHOLE: &[&str] = &[
    "request",
    "requests",
    "dispute",
    "disputes",
    "issue",
    "issues",
    "discovery",
    "deficiencies",
    "motion",
    "proposal",
    "offer",
    "idea",
    // What the sentence before named: "Sampling proposal made; no
    // meaningful discussion of it occurred" (a sixty-fourth review).
    "it",
    "them",
    "this",
];

/// Words of talking something over, for `says_no_real_conference` and
/// `no_real_talk`.
const TALK: &[&str] = &[
    "discussion",
    "discussions",
    "dialogue",
    "conversation",
    "exchange",
    "conference",
];

/// Whether a contact's words say it was no real conference: no meaningful
/// discussion happened at it ("No meaningful discussion of the proposal
/// occurred": Barajas v. Blue Diamond Growers, E.D. Cal. 2021, denied the
/// motion for it), or the other side denies it took place as the movant
/// tells it ("Per Mr. Sheppard, no such conference took place", "Mr.
/// Sheppard paints a very different picture": Hadcock v. Jest Operating,
/// M.D. Fla. 2021; "The parties give differing accounts of what occurred
/// at the conference": Fleury v. Union Pacific, N.D. Ill. 2022). A
/// certificate cannot rest on a conference the log itself puts in doubt.
/// Read in a clause of its own; "no meaningful discussion of RFP 5, but
/// RFP 4 was narrowed" says something was discussed, and is not read.
pub fn says_no_real_conference(text: &str) -> bool {
    const GATE: &[&str] = &[
        "little",
        "depth",
        "really",
        "seriously",
        "meaningfully",
        "substantively",
        "meaningful",
        "substantive",
        "real",
        "genuine",
        "such",
        "differing",
        "different",
        "denies",
        "denied",
        "disputes",
        "disputed",
        "substance",
        "engage",
        "engaged",
        "talked",
        // `denied_in_words`.
        "contests",
        "contested",
        "never",
        "record",
        "recollection",
        // `no_real_talk`.
        "neither",
        "nobody",
        "unexplored",
        "undiscussed",
        "unaddressed",
        "explored",
        "minimal",
        "cursory",
        "perfunctory",
        "serious",
    ];
    if !super::default::has_any_word(text, GATE) && !super::default::has_any_word(text, TOOK_PLACE)
    {
        return false; // asked of summaries and positions on every keystroke
    }
    const HAPPENED: &[&str] = &["occurred", "happened", "place"];
    // Something that was discussed after all ("…, but RFP 4 was
    // narrowed"): "no meaningful discussion" does not void the conference.
    // (A denial that it took place is of the whole.) Only a contrast after
    // the words read: "Defendant made a proposal …, but no meaningful
    // discussion about this proposal appears to have occurred" (Barajas v.
    // Blue Diamond Growers, E.D. Cal. 2021, in the order's own words, as a
    // sixty-fourth review logged it) voids the conference.
    let offset = |w: &[u8]| w.as_ptr() as usize - text.as_ptr() as usize;
    let last_contrast = words(text)
        .filter(|w| is_one_of(w, &["but", "except", "however", "although"]))
        .map(offset)
        .last();
    let partial_after = |w: &[u8]| last_contrast.is_some_and(|c| c > offset(w));
    // What a discussion that did not happen was about: the dispute itself
    // (`WHOLE`), or nothing named. "No real discussion of compromise", "of
    // the written responses served the day before", "of objections (none
    // were served)" tell of one topic of a real conference (an
    // over-strictness review found each).
    // Whether a clause before named a meeting (see
    // `says_it_never_took_place`).
    let mut meeting_before = false;
    super::phrase::clauses(text).any(|clause| {
        let ws: Vec<&[u8]> = words(clause).collect();
        let at = |k: usize, set: &[&str]| ws.get(k).is_some_and(|w| is_one_of(w, set));
        // A conference, call or meeting named right after: "differing
        // accounts of how much was produced" is about the merits.
        let names_meeting = |k: usize| {
            ws[k..]
                .iter()
                .take(12)
                .any(|w| is_one_of(w, MEETING) || is_one_of(w, &["contact", "conferral"]))
        };
        (0..ws.len()).any(|k| {
            let partial = partial_after(ws[k]);
            // "no meaningful discussion", "no substantive dialogue", of the
            // dispute or of nothing named.
            (!partial
                && !ws.iter().any(|w| is_one_of(w, &["while", "whereas"]))
                && at(k, &["no"])
                && at(k + 1, &["meaningful", "substantive", "real", "genuine"])
                && at(k + 2, TALK)
                && (!at(k + 3, &["of", "about", "on", "regarding"])
                    || ws[k + 4..]
                        .iter()
                        .take(4)
                        .take_while(|w| !is_one_of(w, &["and", "or", "nor", "so", "which", "that"]))
                        .any(|w| is_one_of(w, WHOLE))))
                // "the proposal was not meaningfully discussed" (a
                // twenty-fifth review of Barajas).
                // "…, which was never really discussed", "the proposal was
                // not discussed in any depth" (a thirty-first review).
                // "did not engage with the sampling idea", "never talked
                // it through", "nothing of substance was exchanged about
                // it" (a sixty-fourth review of Barajas).
                || (!partial
                    && ((at(k, &["not", "never"])
                        && ((at(k + 1, &["engage", "engaged"])
                            && at(k + 2, &["with", "on"])
                            && ws[k + 3..].iter().take(4).any(|w| is_one_of(w, WHOLE)))
                            || (at(k + 1, &["talked", "worked"])
                                && at(k + 2, &["it", "them", "this"])
                                && at(k + 3, &["through"]))))
                        || (at(k, &["nothing"])
                            && at(k + 1, &["of"])
                            && at(k + 2, &["substance"])
                            && ws[k + 3..].iter().take(6).any(|w| is_one_of(w, WHOLE)))))
                || (!partial
                    && at(k, &["not", "never"])
                    && ((at(k + 1, &["meaningfully", "substantively", "really", "genuinely", "seriously"])
                        && at(k + 2, &["discussed", "addressed"]))
                        || (at(k + 1, &["discussed", "addressed"])
                            && at(k + 2, &["in"])
                            && at(k + 3, &["any"])
                            && at(k + 4, &["depth", "detail"])))
                    && ws[k.saturating_sub(4)..k].iter().any(|w| is_one_of(w, WHOLE)))
                // A hundred-and-thirteenth review of Barajas: "There does
                // not appear to have been any meaningful discussion about
                // this proposal", "no substantive back-and-forth about the
                // sampling proposal", "not discussed meaningfully", "was not
                // seriously explored", "left unexplored", "Neither side
                // pursued the sampling offer further", "Discussion of the
                // sampling proposal was minimal", "Did not take up the
                // sampling proposal in any meaningful way".
                || (!partial && no_real_talk(&ws, k))
                // "Little discussion of the proposal followed".
                || (!partial
                    && at(k, &["little"])
                    && at(k + 1, TALK)
                    && at(k + 2, &["of", "about", "on", "regarding"])
                    && ws[k + 3..]
                        .iter()
                        .take(3)
                        .any(|w| is_one_of(w, WHOLE)))
                // "no such conference took place" (not "no such call had
                // been possible on the dates first proposed").
                || (at(k, &["no"])
                    && at(k + 1, &["such"])
                    && at(k + 2, MEETING)
                    && ws[k + 3..].iter().take(3).any(|w| is_one_of(w, HAPPENED)))
                // A hundred-and-fifteenth review of Baldwin v. BJC Health
                // System (E.D. Mo. 2014): "contests that any conferral took
                // place", "Denies that Plaintiff ever conferred with it",
                // "BJC's lawyer says they never spoke", "BJC has no record
                // of any such call".
                || denied_in_words(&ws, k)
                // "denies that any conference took place" (not "disputes
                // that the call took place in time").
                || (at(k, &["denies", "denied", "disputes", "disputed", "contests", "contested"])
                    && ws[k + 1..]
                        .iter()
                        .any(|w| is_one_of(w, MEETING) || is_one_of(w, &["conferral"]))
                    // "denies that the parties were scheduled to participate
                    // in a conference on November 2" (an adversarial review,
                    // 140, of Bennett v. Koch Methanol, M.D. La. 2023).
                    && ws[k + 1..]
                        .iter()
                        .any(|w| is_one_of(w, HAPPENED) || is_one_of(w, &["scheduled"]))
                    && !ws[k + 1..].iter().any(|w| {
                        is_one_of(w, &["time", "timely", "before", "after", "until", "when"])
                    }))
                // "paints a very different picture (… the only live contact
                // was the November 10 call)", "differing accounts of what
                // occurred at the conference".
                || (((at(k, &["different"]) && at(k + 1, &["picture"]))
                    || (at(k, &["differing", "different"])
                        && at(k + 1, &["accounts", "account", "tales"])
                        // Not of a detail: "differing accounts of how far
                        // the privilege log was discussed at this conference"
                        // (an accepted-record review of Kizer).
                        && !at(k + 3, &["how", "whether", "which", "when"])))
                    && names_meeting(k + 2))
        }) || {
            let said = says_it_never_took_place(&ws, meeting_before);
            meeting_before |= names_another_meeting(&ws);
            said
        }
    })
}

/// More ways of saying, at word `k` of a clause, that the dispute (or
/// what it names of it, `WHOLE` in `says_no_real_conference`) was never
/// really talked over (a hundred-and-thirteenth review of Barajas v. Blue
/// Diamond Growers, E.D. Cal. 2021).
fn no_real_talk(ws: &[&[u8]], k: usize) -> bool {
    const REAL: &[&str] = &["meaningful", "substantive", "real", "genuine", "serious"];
    let at = |j: usize, set: &[&str]| ws.get(j).is_some_and(|w| is_one_of(w, set));
    let whole_before = |n: usize| {
        ws[k.saturating_sub(n)..k]
            .iter()
            .any(|w| is_one_of(w, WHOLE))
    };
    // The weaker words ("unexplored", "minimal", "not pursued") only of a
    // proposal: said of the requests or the deficiencies they may tell a
    // brief discussion, which courts accept (Cascade Yarns, W.D. Wash.
    // 2012), or one point of a long meeting (an over-strictness review,
    // 116, of Werdebaugh).
    const PROPOSAL: &[&str] = &["proposal", "offer", "idea", "suggestion", "it", "this"];
    let proposal_in =
        |from: usize, n: usize| ws.iter().skip(from).take(n).any(|w| is_one_of(w, PROPOSAL));
    let proposal_before = |n: usize| {
        ws[k.saturating_sub(n)..k]
            .iter()
            .any(|w| is_one_of(w, PROPOSAL))
    };
    let negated_before = |n: usize| {
        ws[k.saturating_sub(n)..k]
            .iter()
            .any(|w| is_one_of(w, &["not", "no", "never", "nor"]))
    };
    // The talk's topic: the dispute, or nothing named.
    let of_whole = |j: usize| {
        !at(j, &["of", "about", "on", "regarding"])
            || ws.iter().skip(j + 1).take(4).any(|w| is_one_of(w, WHOLE))
    };
    // "… not appear to have been any meaningful discussion about this
    // proposal".
    (at(k, &["any"]) && at(k + 1, REAL) && at(k + 2, TALK) && negated_before(6) && of_whole(k + 3))
        // "no substantive back-and-forth about the sampling proposal".
        || (at(k, &["no"])
            && at(k + 1, REAL)
            && at(k + 2, &["back"])
            && at(k + 3, &["and"])
            && at(k + 4, &["forth"])
            && of_whole(k + 5))
        // "not discussed meaningfully", "not seriously explored", "never
        // explored", "left unexplored".
        || (at(k, &["not", "never"])
            && at(k + 1, &["discussed", "addressed"])
            && at(k + 2, &["meaningfully", "substantively", "seriously"])
            && whole_before(5))
        || (at(k, &["not", "never"])
            && ((at(k + 1, &["seriously", "meaningfully", "substantively", "really"])
                && at(k + 2, &["explored", "pursued", "considered"]))
                || at(k + 1, &["explored"]))
            && proposal_before(5))
        || (at(k, &["unexplored", "undiscussed", "unaddressed"]) && proposal_before(5))
        // "Neither side pursued the sampling offer further".
        || (at(k, &["neither", "nobody"])
            && (at(k + 1, &["pursued", "explored"])
                || (at(k + 1, &["side", "party", "one"]) && at(k + 2, &["pursued", "explored"])))
            && proposal_in(k + 2, 5))
        // "Discussion of the sampling proposal was minimal", "minimal
        // discussion of the proposal".
        || (at(k, &["minimal", "cursory", "perfunctory"])
            && ((at(k + 1, TALK)
                && at(k + 2, &["of", "about", "on", "regarding"])
                && proposal_in(k + 3, 4))
                || (k >= 2
                    && at(k - 1, &["was", "were"])
                    && ws[..k - 1].iter().any(|w| is_one_of(w, TALK))
                    && proposal_before(6))))
        // "Did not take up the sampling proposal in any meaningful way".
        || (at(k, &["not", "never"])
            && at(k + 1, &["take", "took", "taken"])
            && at(k + 2, &["up"])
            && proposal_in(k + 3, 4)
            && ws[k + 3..].iter().any(|w| is_one_of(w, &["meaningful", "serious", "substantive"])))
}

/// More words of the other side denying the contact, at word `k` of a
/// clause (see `says_no_real_conference`): its denial that the movant ever
/// conferred, its counsel saying they never spoke (the clause ending
/// there, or "with" someone), or its having no record of any such call.
fn denied_in_words(ws: &[&[u8]], k: usize) -> bool {
    let at = |j: usize, set: &[&str]| ws.get(j).is_some_and(|w| is_one_of(w, set));
    const TALKED: &[&str] = &["conferred", "spoke", "talked", "met", "called"];
    let ends_or_with = |j: usize| j >= ws.len() || at(j, &["with", "to"]);
    // "Denies that Plaintiff ever conferred with it".
    (at(k, &["denies", "denied", "disputes", "contests"])
        && at(k + 1, &["that"])
        && (k + 2..(k + 6).min(ws.len()))
            .any(|j| at(j, &["ever"]) && at(j + 1, TALKED) && ends_or_with(j + 2)))
        // "says they never spoke".
        || (at(k, &["says", "said", "states", "stated", "maintains", "insists"])
            && at(k + 1, &["they", "counsel", "the"])
            && (k + 2..(k + 4).min(ws.len()))
                .any(|j| at(j, &["never"]) && at(j + 1, TALKED) && ends_or_with(j + 2)))
        // "has no record of any such call".
        || (at(k, &["no"])
            && at(k + 1, &["record", "recollection", "memory"])
            && at(k + 2, &["of"])
            && (k + 3..(k + 6).min(ws.len())).any(|j| {
                is_one_of(ws[j], MEETING) || is_one_of(ws[j], &["conferral", "contact"])
            }))
}

/// Whether a clause (its words) names a meeting other than the contact
/// it is written of: one scheduled, proposed, cancelled or mentioned ("An
/// earlier call, set for August 27, was cancelled", "… letter mentioned an
/// August conference"), or "a"/"an" meeting. "Telephone conference per Mr.
/// Kindrick" is the contact itself, whose denial that follows is read (a
/// fiftieth review of Hadcock v. Jest Operating, M.D. Fla. 2021).
fn names_another_meeting(ws: &[&[u8]]) -> bool {
    const OTHER: &[&str] = &[
        "earlier",
        "set",
        "scheduled",
        "proposed",
        "planned",
        "cancelled",
        "canceled",
        "another",
        "separate",
        "first",
        "previous",
        "prior",
        "second",
        "rescheduled",
        "mentioned",
        "missed",
    ];
    ws.iter().enumerate().any(|(k, w)| {
        is_one_of(w, MEETING)
            && (ws[k.saturating_sub(2)..k]
                .iter()
                .any(|x| is_one_of(x, &["a", "an"]))
                || ws.iter().any(|x| is_one_of(x, OTHER)))
    })
}

/// Words that say a meeting took place, in any tense.
const TOOK_PLACE: &[&str] = &["occurred", "happened", "place", "held", "happen", "occur"];

/// Whether a clause (its words) denies, in a paraphrase and as its whole
/// statement, that the contact took place: "BJC: no such conference.",
/// "there was no such call", "no conference was ever held", "the conference
/// never occurred", "this call did not happen" (a forty-fourth review of
/// Baldwin v. BJC Health System, E.D. Mo. 2014, put the order's "Defendant
/// asserts that no such conference occurred" in these words).
/// `meeting_before`: a conference, call or meeting is named earlier in the
/// text, so the words may deny that one ("An earlier call, set for August
/// 27, was cancelled; that call never occurred", "… mentioned an August
/// conference; there was no such conference"). Over-strictness reviews (45,
/// 46) found each limit: nothing may follow the verb ("no conversation had
/// occurred with Mr. Smith", "no conversation occurred beyond that", "no
/// conference was ever held on its offer", "did not occur to Plaintiffs"),
/// and no word may name another form or time of meeting, an argument, or a
/// future ("no in-person meeting", "no meeting had been held before the
/// Court ordered one", "argues that …", "Railroad Plaintiffs' brief: …", "no
/// conference would be held"). "Says it never happened" is not read: "it"
/// was a production, a service of requests or an alleged abuse in the
/// reviews' records as often as the conference.
fn says_it_never_took_place(ws: &[&[u8]], meeting_before: bool) -> bool {
    const ELSE: &[&str] = &[
        "person",
        "face",
        "video",
        "zoom",
        "until",
        "since",
        "after",
        "later",
        "again",
        "before",
        "beyond",
        "then",
        "argues",
        "argue",
        "argued",
        "contends",
        "contend",
        "contended",
        "argument",
        "arguments",
        "brief",
        "briefs",
        "opposition",
        "position",
        "would",
        "will",
        "could",
        "should",
    ];
    // "… before the motion", "before filing": no other time, but the
    // whole of the time before the motion (a hundred-and-twelfth review of
    // McAllister v. McDermott, M.D. La. 2019).
    let ws = match ws {
        [head @ .., b, m] | [head @ .., b, _, m]
            if is_one_of(b, &["before"]) && is_one_of(m, &["motion", "filing"]) =>
        {
            head
        }
        _ => ws,
    };
    let n = ws.len();
    let at = |k: usize, set: &[&str]| ws.get(k).is_some_and(|w| is_one_of(w, set));
    if meeting_before || ws.iter().any(|w| is_one_of(w, ELSE)) {
        return false;
    }
    // The verb at `k` ends the clause: "held", "occurred", "happened",
    // "happen", "occur", or "took place" / "take place".
    let ends = |k: usize| {
        (at(k, TOOK_PLACE) && !at(k, &["place"]) && k + 1 == n)
            || (at(k, &["took", "take"]) && at(k + 1, &["place"]) && k + 2 == n)
    };
    // Auxiliaries before the verb: "was ever", "had been", "has".
    let past_aux = |mut k: usize| {
        while at(k, &["was", "had", "has", "been", "ever"]) {
            k += 1;
        }
        k
    };
    // "never occurred", "did not happen", "was never held", "didn't take
    // place", starting at `k`.
    let denial = |k: usize| {
        let k = if at(
            k,
            &["was", "did", "didn", "has", "had", "hasn", "hadn", "wasn"],
        ) {
            k + 1
        } else {
            k
        };
        at(k, &["never", "not", "t"])
            && (ends(k + 1)
                || (at(k + 1, &["actually", "really", "even", "ever", "been"]) && ends(k + 2)))
    };
    // The first conference, call or meeting the clause names is the one
    // denied; one named before it may be what the words point back to.
    let Some(m) = ws.iter().position(|w| is_one_of(w, MEETING)) else {
        return false;
    };
    // The word before it, over the words that name the conference by its
    // rule or kind: "No Rule 37 conference was held" (review 112).
    let mut k = m.saturating_sub(1);
    while k > 0
        && (is_one_of(ws[k], &["rule", "local", "discovery", "formal", "lr"])
            || ws[k].iter().all(u8::is_ascii_digit))
    {
        k -= 1;
    }
    // "no such conference", the statement's end.
    (k >= 1 && at(k - 1, &["no"]) && at(k, &["such"]) && m + 1 == n)
        // "no conference was ever held", "no call occurred".
        || (at(k, &["no"]) && ends(past_aux(m + 1)))
        // "the conference never occurred", "this call did not happen".
        || (at(k, &["the", "this", "that"]) && denial(m + 1))
}

/// Whether `text` says only some of the disputes were conferred on, without
/// naming which: "the call covered some of the disputes but not all of
/// them", "Only got thru some issues; rest not M&C'd", "met and conferred
/// regarding some of these disputes", "Partial meet and confer only",
/// "JetBlue contends that several of the topics we raise were never met and
/// conferred on" (a fifty-fourth review of Pinterest v. Pintrips, N.D. Cal.
/// 2014: "they have only met and conferred about some of their disputes.
/// This is insufficient"; and of Bohnel v. JetBlue, E.D. Cal. 2021: "the
/// parties never met and conferred on several topics of dispute"). A log
/// that says so cannot show which of its requests were conferred on.
/// Read clause by clause; not a clause that says something else was not
/// reached ("no agreement was reached on some"), one qualified ("some were
/// not discussed further", "in detail"), or one about another occasion
/// ("earlier", "at the deposition").
pub fn says_only_some_conferred(text: &str) -> bool {
    const SOME: &[&str] = &[
        "some",
        "several",
        "sev",
        "rest",
        "others",
        "remaining",
        "remainder",
        "certain",
        "few",
        "part",
        "these",
        "those",
        "subset",
        "many",
        "most",
    ];
    const CONFERRED: &[&str] = &[
        "discussed",
        "conferred",
        "covered",
        "reached",
        "confer",
        "discuss",
    ];
    // Words near the match that say something else was not reached, that
    // it was discussed but not further, or on another occasion.
    const OTHERWISE: &[&str] = &[
        "agreement",
        "agreed",
        "agree",
        "resolution",
        "resolved",
        "compromise",
        "consensus",
        "deal",
        "impasse",
        "further",
        "again",
        "detail",
        "depth",
        "length",
        "fully",
        "individually",
        "separately",
        "earlier",
        "prior",
        "previous",
        "previously",
        "first",
        "initial",
        "deposition",
        "hearing",
        "scheduling",
        "before",
        "until",
        "since",
    ];
    const BETWEEN: &[&str] = &[
        "on",
        "about",
        "regarding",
        "re",
        "a",
        "only",
        "conferred",
        "and",
        "c",
        "d",
        "thru",
        "through",
        "over",
    ];
    // Asked of summaries and positions on every keystroke: most name no
    // part of the dispute.
    if !words(text).any(|w| is_one_of(w, SOME) || is_one_of(w, &["partial", "all", "every"])) {
        return false;
    }
    // A contention the court is said to have turned down ("disputed that
    // several of the topics were ever discussed; Court credited
    // Plaintiff": an over-strictness review, 59, of Werdebaugh).
    if words(text).any(|w| {
        is_one_of(
            w,
            &[
                "credited",
                "overruled",
                "unfounded",
                "unpersuasive",
                "unpersuaded",
            ],
        )
    }) {
        return false;
    }
    super::phrase::clauses(text).any(|clause| {
        let ws: Vec<&[u8]> = words(clause).collect();
        let n = ws.len();
        let at = |k: usize, set: &[&str]| ws.get(k).is_some_and(|w| is_one_of(w, set));
        // "M&C'd", "m&c": conferring in a note's letters.
        let confers = |k: usize| {
            (at(k, CONFERRED) && !(at(k, &["covered"]) && at(k + 1, &["by"])))
                || (at(k, &["met"]) && at(k + 1, &["and"]) && at(k + 2, &["conferred"]))
                || (at(k, &["m"]) && at(k + 1, &["c"]))
                || (at(k, &["got", "get"]) && at(k + 1, &["thru", "through", "over", "to"]))
                || (at(k, &["went", "go"]) && at(k + 1, &["thru", "through", "over"]))

                // "never came up in any meet and confer" (a fifty-seventh
                // review of Bohnel), "never the subject of a conference".
                || (at(k, &["came", "come", "comes"]) && at(k + 1, &["up"]))
                || (at(k, &["subject"])
                    && at(k + 1, &["of"])
                    && (k + 2..(k + 5).min(n)).any(|j| at(j, MEETING) || at(j, &["meet", "confer"])))
                // "were not part of any meet and confer", "were not part of
                // it" (of the conference just named: an adversarial review,
                // 126, of Bohnel v. JetBlue).
                || (at(k, &["part"])
                    && at(k + 1, &["of"])
                    && ((k + 2..(k + 5).min(n)).any(|j| at(j, MEETING) || at(j, &["meet", "confer"]))
                        || (at(k + 2, &["it", "this", "that"])
                            && (k + 3 == n || at(k + 3, &["and", "but", "so"])))))
        };
        // The words from `lo` to `hi` (and three either side) say nothing
        // else.
        // "before the joint letter was filed", "before the motion": the
        // time before filing, no other occasion (an adversarial review,
        // 114, of Pinterest).
        let before_filing = |k: usize| {
            at(k, &["before"])
                && ws[k + 1..(k + 4).min(n)]
                    .iter()
                    .any(|w| is_one_of(w, &["letter", "motion", "filing"]))
        };
        let plain = |lo: usize, hi: usize| {
            let lo = lo.saturating_sub(3).min(n);
            !(lo..(hi + 4).min(n)).any(|k| is_one_of(ws[k], OTHERWISE) && !before_filing(k))
        };
        // "JetBlue disputes that several of the topics were ever discussed":
        // "ever" after a denial denies.
        let denial = ws
            .iter()
            .position(|w| is_one_of(w, &["disputes", "disputed", "denies", "denied"]));
        // "the remaining ones have yet to be discussed".
        let negator = |k: usize| {
            at(k, &["not", "never", "t"])
                || (at(k, &["ever"]) && denial.is_some_and(|d| d < k))
                || (at(k, &["yet"]) && at(k + 1, &["to"]))
        };
        // "Several of the disputes in the joint letter were not
        // raised on this call", "others ... were never talked
        // through" (an adversarial review, 93, of Pinterest): only
        // of the disputes themselves ("the rest of the report's
        // terms" is not), and not where the sentence gives a reason
        // or another occasion ("because they were resolved", "at
        // the mediation", "at first"; an over-strictness review,
        // 94).
        let raised = |k: usize| {
            at(k, &["raised"])
                || (at(k, &["talked", "talk"])
                    && at(k + 1, &["thru", "through", "over", "about"]))
                // "others were not taken up" (review 114).
                || (at(k, &["taken", "took"]) && at(k + 1, &["up"]))
        };
        let of_disputes = |lo: usize, hi: usize| {
            ws[lo..hi].iter().all(|w| {
                is_one_of(
                    w,
                    &[
                        "of", "the", "these", "those", "disputes", "issues", "topics",
                        "requests", "in", "joint", "letter", "motion", "were", "was",
                        "have", "has", "been", "ones", "them", "our", "their",
                    ],
                )
            })
        };
        let no_reason = || {
            !ws.iter().any(|w| {
                is_one_of(
                    w,
                    &[
                        "because", "since", "as", "resolved", "withdrawn", "withdrew",
                        "produced", "covered", "mediation", "first", "later", "again",
                        "initially",
                    ],
                )
            })
        };
        ws.iter()
            .enumerate()
            .filter(|(_, w)| is_one_of(w, SOME))
            .any(|(s, _)| {
                // "the rest were never discussed", "several topics never
                // M&C'd", "the others were not": a part, then conferring
                // denied (or the denial alone, last, after conferring).
                let part_denied = (s + 1..n).any(|k| {
                    negator(k)
                        && ((k + 1..(k + 4).min(n)).any(confers)
                            || (k + 1 == n && (0..s).any(confers))
                            || ((k + 1..(k + 3).min(n)).any(raised)
                                && of_disputes(s + 1, k)
                                && no_reason()))
                        && plain(s, k)
                });
                // "only met and conferred about some", "on some of the
                // topics only", "only got thru some issues".
                // "Only a few of the disputes came up" (a fifty-seventh
                // review of Pinterest).
                // "Met and conferred about only some of the disputes later
                // raised in the joint letter" (an adversarial review, 123,
                // of Pinterest): conferring just before "only some".
                let only_some = ws.iter().enumerate().any(|(k, w)| {
                    is_one_of(w, &["only"])
                        && ((k < s
                            && s - k <= 6
                            && ((k + 1..s).any(confers)
                                || (s + 1..(s + 12).min(n)).any(confers)
                                || (s == k + 1 && (k.saturating_sub(4)..k).any(confers))))
                            || (k + 1 == n && (0..s).any(confers)))
                        && plain(k.min(s), k.max(s))
                });
                // "met and conferred regarding some of these disputes",
                // "never met and conferred on several of these topics".
                // Only of the motion's own disputes ("some of these
                // disputes", "some of their disputes"), not "covered some
                // of the disputes in the case, the Excel files among them"
                // (an over-strictness review, 59, of Gade).
                // Denied, any part will do: "never M&C'd on several topics
                // in dispute".
                let conferred_on_some = (s.saturating_sub(4)..s).any(|j| {
                    confers(j)
                        && ws[j + 1..s].iter().all(|w| is_one_of(w, BETWEEN))
                        && plain(j, s)
                        && (at(s, &["subset", "few", "part"])
                            || (j.saturating_sub(2)..j).any(negator)
                            // "there was no meet and confer on several
                            // topics" (an adversarial review, 120, of
                            // Bohnel v. JetBlue).
                            || (j >= 3
                                && at(j - 3, &["no"])
                                && at(j - 2, &["meet"])
                                && at(j - 1, &["and"])
                                && (s + 1..(s + 3).min(n))
                                    .any(|j| at(j, &["topics", "issues", "disputes", "requests"])))
                            || (s + 1..(s + 4).min(n)).any(|j| at(j, &["these", "their", "those"]))
                            // "some of the disputes in the joint letter"
                            // (review 114).
                            || (at(s + 1, &["of"])
                                && (s + 2..(s + 8).min(n))
                                    .any(|j| at(j, &["letter", "motion"]))))
                })
                    && !ws
                        .iter()
                        .any(|w| is_one_of(w, &["among", "including", "included", "such"]));
                // "the others went straight into the joint letter" (the
                // same review): the rest taken to the court unconferred.
                let rest_to_court = at(s, &["others", "rest", "remaining", "remainder"])
                    && (s + 1..(s + 4).min(n)).any(|k| {
                        at(k, &["straight", "directly"])
                            && (k + 1..(k + 5).min(n))
                                .any(|j| at(j, &["letter", "motion", "court"]))
                    });
                // "these" names the request itself: read only when denied.
                part_denied
                    || rest_to_court
                    || (!at(s, &["these", "those"]) && (only_some || conferred_on_some))
            })
            || {
                // "but not all of them", "Not every dispute was discussed",
                // "The call did not get to all of the issues", "Partial meet
                // and confer".
                let not_all = (0..n.saturating_sub(1)).any(|k| {
                    at(k, &["not", "t"])
                        && (k + 1..(k + 4).min(n)).any(|j| at(j, &["all", "every"]))
                        && plain(k, k + 3)
                }) && (0..n).any(confers);
                let partial = (0..n).any(|k| {
                    at(k, &["partial"])
                        && (confers(k + 1)
                            || at(k + 1, &["meet", "conference", "conferral", "meeting"]))
                });
                not_all || partial
            }
    })
}

/// The request numbers a contact's summary says, in a clause of its own,
/// were not taken up at it: "our issues re RFP 72 and 73 ... were not
/// discussed on the meet and confer" (Orca Security v. Wiz, D. Del. 2024:
/// the movant's own recap said so, and the motion on those requests was
/// denied; a thirty-eighth review listed them on the call all the same),
/// "did not discuss Interrogatories 4 and 5". Not "RFP 4 was not discussed
/// further" or "in detail", which says it was discussed; not a number
/// written with "/" or ":" (a date, a time). Empty when none is named.
/// With the numbers, the `request_kinds` of the clauses that named them,
/// read in the same pass.
pub fn requests_not_discussed(summary: &str) -> (Vec<u32>, u8) {
    const VERB: &[&str] = &[
        "discussed",
        "addressed",
        "covered",
        "reached",
        "raised",
        "talked",
    ];
    // "the parties did not talk about RFP Nos. 72 and 73" (a fifty-eighth
    // review of Orca).
    const BASE: &[&str] = &["discuss", "address", "cover", "reach", "raise", "talk"];
    const QUALIFIED: &[&str] = &[
        "further",
        "again",
        "fully",
        "separately",
        "individually",
        "detail",
        "depth",
        "length",
    ];
    const ELSEWHERE: &[&str] = &[
        "except",
        "other",
        "only",
        "but",
        "which",
        "who",
        "earlier",
        "prior",
        "previous",
        "first",
        "initial",
        "deposition",
        "hearing",
        "scheduling",
        // What a paper leaves out, not the contact: "weren't addressed in
        // the order read" (an over-strictness review, 139, of Rowan).
        "order",
        "opinion",
        "ruling",
        "rulings",
    ];
    // Read of every summary on every keystroke: most have no negation (one
    // pass over the bytes for "not", "nev(er)" and "n't", then the words).
    let negated = summary.as_bytes().windows(3).any(|w| {
        let (a, b, c) = (w[0] | 0x20, w[1] | 0x20, w[2] | 0x20);
        a == b'n'
            && ((b == b'o' && c == b't')
                || (b == b'e' && c == b'v')
                || (w[1] == b'\'' && c == b't'))
    }) || summary.contains("n\u{2019}t");
    // "RFP 72 and 73 were left off the call" needs no negation (an
    // adversarial review, 136, of Orca).
    let left = super::default::has_any_word(summary, &["left"]);
    if !(negated || left)
        || !(super::default::has_any_word(summary, VERB)
            || super::default::has_any_word(summary, BASE)
            || super::default::has_any_word(summary, &["came", "come", "got", "get"])
            || left)
    {
        return (Vec::new(), 0);
    }
    let mut out = Vec::new();
    let mut kinds = 0;
    // A sentence may end after a bracket: "… (after Pltf's 2/12 supp.). RFP
    // Nos. 1-14 were not discussed." (an over-strictness review, 59, of
    // Rowan) names only the requests of its own sentence.
    for clause in super::phrase::clauses(summary).flat_map(|c| c.split(").")) {
        let before_clause = out.len();
        let ws: Vec<&[u8]> = words(clause).collect();
        let at = |k: usize, set: &[&str]| ws.get(k).is_some_and(|w| is_one_of(w, set));
        // "were not discussed" (numbers before), "did not discuss" (after).
        let Some((k, before)) = (0..ws.len()).find_map(|k| {
            // "weren't discussed", "weren't addressed" (the same review).
            if at(k, &["not", "never", "t"]) && at(k + 1, VERB) {
                Some((k + 1, true))
            } else if at(k, &["were", "was"])
                && at(k + 1, &["left"])
                && at(k + 2, &["off", "out"])
                && (k + 3..(k + 6).min(ws.len()))
                    .any(|j| at(j, MEETING) || at(j, &["meet", "agenda"]))
            {
                // "were left off the call", "left out of the meet and
                // confer" (the same review): not "where we left off".
                Some((k + 2, true))
            } else if at(k, &["not", "never", "t"])
                && at(k + 1, &["got", "get"])
                && at(k + 2, &["to"])
            {
                // "never got to its RFP 72 and 73 issues" (the same review).
                Some((k + 2, false))
            } else if at(k, &["not", "never", "t"])
                && at(k + 1, &["came", "come"])
                && at(k + 2, &["up"])
            {
                // "RFP Nos. 72 and 73 never came up on the call" (a
                // fifty-seventh review of Orca).
                Some((k + 2, true))
            } else if at(k, &["not", "never", "t"]) && at(k + 1, BASE) {
                Some((k + 1, false))
            } else {
                None
            }
        }) else {
            continue;
        };
        // Qualified ("not discussed further", "didn't discuss RFP 78 and 79
        // at length"), limited, or about another occasion ("which were not
        // discussed at the Rule 26(f) conference, were the subject of this
        // call": an accepted-record review of Hibu).
        if ws[k + 1..].iter().any(|w| is_one_of(w, QUALIFIED))
            || ws.iter().any(|w| is_one_of(w, ELSEWHERE))
        {
            continue;
        }
        // What was not reached is an agreement, not the request: "Could
        // not reach agreement on Interrogatory 4", "agreement on RFP 4 was
        // not reached" tell of a conference on it that failed (a test
        // written for a sixty-first review's reading of calls that never
        // reached the other side found the summary read as the request
        // left undiscussed).
        const AGREEMENT: &[&str] = &[
            "agreement",
            "agreements",
            "compromise",
            "resolution",
            "consensus",
            "accord",
            "deal",
            "impasse",
            "settlement",
            "terms",
        ];
        if (at(k, &["reach"]) && (at(k + 1, &["a", "an", "any"]) || at(k + 1, AGREEMENT)))
            || (at(k, &["reached"]) && ws[..k].iter().any(|w| is_one_of(w, AGREEMENT)))
        {
            continue;
        }
        // Not part of a date or a time ("10/1", "2:00").
        let in_a_date = |w: &[u8]| {
            let start = w.as_ptr() as usize - clause.as_ptr() as usize;
            let around = |i: Option<usize>| {
                i.and_then(|i| clause.as_bytes().get(i))
                    .is_some_and(|b| matches!(b, b'/' | b':' | b'-' | b'.' | b'('))
            };
            around(start.checked_sub(1)) || around(Some(start + w.len()))
        };
        let side = if before { &ws[..k] } else { &ws[k + 1..] };
        // Two requests written with a slash right after a request word,
        // "RFP 72/73" (the same review), are no date.
        let slashed = |i: usize| {
            let w = side[i];
            let start = w.as_ptr() as usize - clause.as_ptr() as usize;
            let end = start + w.len();
            let next = clause.as_bytes().get(end) == Some(&b'/');
            let prev = start > 0 && clause.as_bytes()[start - 1] == b'/';
            let lead = |j: usize| {
                j > 0
                    && (is_one_of(side[j - 1], REQUEST_WORDS)
                        || is_one_of(side[j - 1], &["no", "nos", "rfp", "rfps"]))
            };
            (next && i + 1 < side.len() && number(side[i + 1]).is_some() && lead(i))
                || (prev && i > 0 && number(side[i - 1]).is_some() && lead(i - 1))
        };
        out.extend(
            side.iter()
                .enumerate()
                .filter(|(i, w)| !in_a_date(w) || slashed(*i))
                .filter_map(|(_, w)| number(w)),
        );
        // A range of requests, "Requests for Production Nos. 13-25 were not
        // discussed", "13-25 not reached" (a fifty-fourth review of
        // Pinterest v. Pintrips, N.D. Cal. 2014): every number in it, where
        // the clause names requests or the range comes first.
        let names_requests = ws.iter().any(|w| {
            is_one_of(w, REQUEST_WORDS) || is_one_of(w, &["no", "nos", "topic", "topics"])
        });
        for pair in side.windows(2) {
            let (Some(a), Some(b)) = (number(pair[0]), number(pair[1])) else {
                continue;
            };
            let end_a = pair[0].as_ptr() as usize - clause.as_ptr() as usize + pair[0].len();
            let start_b = pair[1].as_ptr() as usize - clause.as_ptr() as usize;
            let dash = matches!(
                &clause[end_a..start_b],
                "-" | "\u{2013}" | " - " | " \u{2013} "
            );
            let first = pair[0].as_ptr() == side[0].as_ptr();
            if dash && a < b && b - a <= 300 && (names_requests || first) {
                out.extend(a..=b);
            }
        }
        if out.len() > before_clause {
            kinds |= request_kinds(clause);
        }
    }
    (out, kinds)
}

/// The request numbers a label names: "RFP 72" is 72, "Requests for
/// Production Nos. 4, 5 and 8" are 4, 5 and 8. Empty when it names none.
pub fn label_numbers(label: &str) -> Vec<u32> {
    words(label).filter_map(number).collect()
}

/// The kinds of request `text` names, as bits: 1 interrogatories, 2
/// requests for production, 4 requests for admission; 0 when it names
/// none. Numbers said not to be discussed count against a label of the
/// same kind only, where both name one ("RFP Nos. 1-14 were not discussed"
/// leaves Interrogatory No. 11 on the call: an over-strictness review, 59,
/// of Rowan).
pub fn request_kinds(text: &str) -> u8 {
    words(text).fold(0, |kinds, w| {
        kinds
            | if is_one_of(w, &["interrogatory", "interrogatories", "rog", "rogs"]) {
                1
            } else if is_one_of(w, &["rfp", "rfps", "production", "documents"]) {
                2
            } else if is_one_of(w, &["rfa", "rfas", "admission", "admissions"]) {
                4
            } else {
                0
            }
    })
}

/// Words that name discovery requests ("RFP 4", "Request Nos. 4-6",
/// "rogs"), for the readers that look for a list of them after one.
pub(crate) const REQUEST_WORDS: &[&str] = &[
    "rfp",
    "rfps",
    "rfa",
    "rfas",
    "rog",
    "rogs",
    "request",
    "requests",
    "interrogatory",
    "interrogatories",
];

/// A word that is a number, as a number.
fn number(w: &[u8]) -> Option<u32> {
    if !w.iter().all(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(w).ok()?.parse().ok()
}

/// `clause` without what its brackets hold ("(by his account …)", "(per
/// GK)"), borrowed when it has none.
pub(super) fn without_brackets(clause: &str) -> std::borrow::Cow<'_, str> {
    if !clause.contains('(') {
        return std::borrow::Cow::Borrowed(clause);
    }
    let mut out = String::with_capacity(clause.len());
    let mut depth = 0usize;
    for c in clause.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether a contact's summary says, briefly, that the other side disputes
/// the contact itself: "Mr. Sheppard disputes it", "… contests this",
/// "recalls it otherwise", "tells it differently" (a twenty-fifth review of
/// Hadcock v. Jest Operating, M.D. Fla. 2021), or names the contact
/// itself: "Coca-Cola has disputed Ms. Rose's certification of this
/// conference", "disputes her account of the call", "recalls the call
/// differently" (a thirty-seventh review of Rose v. Coca-Cola, M.D. Fla.
/// 2025). Read in summaries only: in a position, "Disputes it" is the other
/// side's stand on the request.
pub fn summary_says_contact_disputed(text: &str) -> bool {
    // A dispute the court rejected: "KFI disputes the conf (its M&C
    // objection); the Court found otherwise" (an over-strictness review, 75,
    // of Cascade Yarns, W.D. Wash. 2012).
    if tells_court_rejection(text) {
        return false;
    }
    const DISPUTES: &[&str] = &[
        "disputes",
        "disputed",
        "contests",
        "contested",
        "denies",
        "denied",
    ];
    // "understood the meeting differently".
    const UNDERSTOOD: &[&str] = &[
        "understood",
        "understand",
        "understands",
        "viewed",
        "view",
        "views",
        "saw",
        "see",
        "sees",
        "regarded",
        "regard",
        "regards",
    ];
    const ACCOUNT: &[&str] = &[
        "account",
        "version",
        "description",
        "certification",
        "characterization",
        "recollection",
    ];
    if !super::default::has_any_word(text, DISPUTES)
        && !super::default::has_any_word(
            text,
            &[
                "otherwise",
                "differently",
                "disagrees",
                "disagreed",
                "happened",
                "occurred",
            ],
        )
    {
        return false;
    }
    // "Plaintiff's counsel said the requests duplicate Defendant's earlier
    // discovery; Defendant's counsel disputes it" (an over-strictness
    // review, 53, of Hibu v. Peck; "Defendant says it provided some of the
    // requested information the same day; Plaintiff denies it", of Ware v.
    // Mercy Health): "it" is the claim just told, when that claim names no
    // contact ("Kindrick says they conferred on Nov. 13; Sheppard disputes
    // it" still disputes the conference).
    const CLAIM: &[&str] = &["stated", "states", "represented", "represents"];
    // What names the conferring itself: a contact, or compliance with the
    // rule that asks for it ("represents that he complied with Local Rule
    // 3.01(g) ... Mr. Sheppard disputes it", "did the 3.01(g) M&C in good
    // faith 11/13. Sheppard disputes that": a fifty-eighth review of
    // Hadcock).
    const CONFERRING: &[&str] = &[
        "conferred",
        "confer",
        "conferral",
        "conference",
        "call",
        "called",
        "meeting",
        "met",
        "spoke",
        "talked",
        "conversation",
        "discussed",
        "phoned",
        "complied",
        "complies",
        "compliance",
        "satisfied",
        "rule",
        "certified",
        "certification",
        "faith",
        "m",
    ];
    let mut before: &str = "";
    super::phrase::clauses(text).any(|clause| {
        let told = std::mem::replace(&mut before, clause);
        // A claim told just before, naming no contact, in the clause before
        // or in this one before the dispute.
        let contact = |t: &str| words(t).any(|w| is_one_of(w, CONFERRING) || is_one_of(w, MEETING));
        let of_a_claim = |upto: &str| {
            let claimed = |t: &str| words(t).any(|w| is_one_of(w, ARGUING) || is_one_of(w, CLAIM));
            (claimed(told) && !contact(told)) || (claimed(upto) && !contact(upto))
        };
        // What a parenthesis adds ("(by his account …)") does not end the
        // statement; what follows it does ("Conferred w/ OC re Rogers'
        // responses (per GK). Sheppard disputes the call.": a fiftieth
        // review of Hadcock).
        let head = without_brackets(clause);
        let head = head.as_ref();
        let ws: Vec<&[u8]> = words(head).collect();
        let n = ws.len();
        let at = |k: usize, set: &[&str]| ws.get(k).is_some_and(|w| is_one_of(w, set));
        // "… of this conference": the contact itself, right after.
        // … and nothing after it ("of the call's length", "of the meeting
        // as covering the sales figures in detail" dispute a detail of a
        // contact both sides say took place: an accepted-record review).
        let of_the_contact = |k: usize| {
            at(k, &["of"])
                && at(k + 1, &["this", "the", "that"])
                && at(k + 2, MEETING)
                && k + 3 == n
        };
        // "… understood (the nature of) this meeting differently", the
        // words ending at `end`.
        let understood_differently = |end: usize| {
            end >= 4
                && at(end - 1, &["differently"])
                && at(end - 2, MEETING)
                && at(end - 3, &["the", "this", "that"])
                && (at(end - 4, UNDERSTOOD)
                    || (end >= 7
                        && at(end - 4, &["of"])
                        && at(end - 5, &["nature", "purpose", "character"])
                        && at(end - 6, &["the"])
                        && at(end - 7, UNDERSTOOD)))
        };
        n >= 2
            && ((at(n - 2, DISPUTES)
                && at(n - 1, &["it", "this", "that"])
                && !of_a_claim(
                    ws.get(n - 2)
                        .map_or(head, |w| &head[..w.as_ptr() as usize - head.as_ptr() as usize]),
                ))
                // "Mr. Sheppard denies it took place." (the same review).
                || (n >= 4
                    && at(n - 4, DISPUTES)
                    && at(n - 3, &["it", "this", "that"])
                    && at(n - 2, &["took"])
                    && at(n - 1, &["place"]))
                || (n >= 3
                    && at(n - 3, DISPUTES)
                    && at(n - 2, &["it", "this", "that"])
                    && at(n - 1, &["happened", "occurred"]))
                // "Sheppard disputes the call." (a fiftieth review of
                // Hadcock).
                || (n >= 3
                    && at(n - 3, DISPUTES)
                    && at(n - 2, &["the", "this", "that"])
                    && at(n - 1, MEETING)
                    // Not "no longer disputes the call" (an over-strictness
                    // review, 53, of Lau).
                    && !ws[(n - 3).saturating_sub(2)..n - 3]
                        .iter()
                        .any(|w| is_one_of(w, &["longer", "not", "never", "t"])))
                || (at(n - 2, &["it"]) && at(n - 1, &["otherwise", "differently"]))
                // Right after the movant's account of the conferral:
                // "…conferred in good faith on November 13, 2020; Mr.
                // Sheppard disagrees", "Defense counsel says otherwise",
                // "Mr. Sheppard says that is not what happened" (a
                // fifty-eighth review of Hadcock).
                || ((at(n - 1, &["disagrees", "disagreed"])
                    || (at(n - 2, &["says", "said"]) && at(n - 1, &["otherwise"]))
                    || (n >= 3
                        && at(n - 3, &["not"])
                        && at(n - 2, &["what"])
                        && at(n - 1, &["happened", "occurred"])))
                    && contact(told)
                    // Not the court's word: "…failed to meet and confer;
                    // the court disagreed" (accepted-record reviews of
                    // Werdebaugh and National Railroad).
                    && !ws.iter().any(|w| is_one_of(w, &["court", "judge", "magistrate"])))
                // "disputes Ms. Rose's account of this conference": an
                // account, at most four words on.
                || (0..n).any(|k| {
                    at(k, DISPUTES)
                        && (k + 1..n.min(k + 6))
                            .any(|j| at(j, ACCOUNT) && of_the_contact(j + 1))
                })
                // "recalls the call differently", ending the statement (not
                // "…: he agreed only to check", which names the detail in
                // dispute).
                || (n >= 4
                    && at(n - 4, &["recalls", "remembers", "describes"])
                    && at(n - 3, &["the", "this", "that"])
                    && at(n - 2, MEETING)
                    && at(n - 1, &["otherwise", "differently"]))
                // "Counsel later understood the nature of this meeting
                // differently" (a blind recording of Morgan v. Ramsey, N.D.
                // Okla. 2012, whose motion was denied for want of a clear
                // personal meeting): the sides do not agree it was a
                // conference, ending the statement or what a colon then
                // explains.
                || understood_differently(n)
                || head
                    .find(':')
                    .is_some_and(|colon| understood_differently(words(&head[..colon]).count())))
    })
}

/// Whether a contact's summary opens by telling the contact as the other
/// side's claim, not the record's own account: "Plaintiff contends he once
/// telephoned defense counsel's office", "Hart says he phoned PAE's
/// counsel's office once", "Per pltf: he phoned", "According to OC, she
/// called us on 5/2" (an adversarial review, 77, of Hart v. PAE Government
/// Services, E.D. Cal. 2011: the court held the movant's one letter its
/// "only attempt to meet and confer" and passed over the pro se
/// plaintiff's contention that he had once called). The movant does not
/// vouch for such a contact, and a certificate cannot rest on it.
///
/// Read narrowly (an over-strictness review, 79, found each of these on
/// real conferences the courts accepted):
/// - the claim is the other side's, named by its role (against `movant`)
///   or by a word of its parties' or counsel's names (`name`, with
///   `true` for the movant's side): "Per Pltf he conferred w/ Def" on the
///   plaintiff's own motion is the movant's account;
/// - the contact is with the movant's side, or with no one named: "she
///   conferred with the client", "it met its discovery obligations", "he
///   talked it over", "called the clerk's office" tell of something else;
/// - only the summary's first clause is read ("Call w/ OC re rogs; Pltf
///   contends he also called 4/20" tells of another call), and not when
///   it also gives the record's own account ("… and we spoke for 20
///   min") or claims only how well the contact went ("conferred with
///   Plaintiff in good faith"), nor when the summary says the movant's
///   side agrees ("Defendant states that they met and conferred with
///   Plaintiff; Plaintiff agrees").
pub fn summary_tells_their_claim_of_contact(
    text: &str,
    movant: super::Side,
    name: impl Fn(&[u8], bool) -> bool,
) -> bool {
    const CLAIMS: &[&str] = &[
        "contends",
        "contended",
        "claims",
        "claimed",
        "alleges",
        "alleged",
        "asserts",
        "asserted",
        "maintains",
        "maintained",
        "insists",
        "insisted",
        "says",
        "said",
        "states",
        "stated",
    ];
    // Asked of summaries only when a counted conversation lists a request,
    // and most say nothing of the kind.
    if !super::default::has_any_word(text, CLAIMS)
        && !super::default::has_any_word(text, &["per", "according"])
    {
        return false;
    }
    // The movant's side agrees the contact took place ("…; Plaintiff
    // agrees"), unless the word is denied ("Def does not agree": a review
    // of this reading).
    const AGREES: &[&str] = &[
        "agrees",
        "agree",
        "confirms",
        "confirmed",
        "concedes",
        "conceded",
        "acknowledges",
        "acknowledged",
        "undisputed",
    ];
    if super::default::has_any_word(text, AGREES) {
        let mut before: &[u8] = b"";
        if words(text).any(|w| {
            let prior = std::mem::replace(&mut before, w);
            is_one_of(w, AGREES) && !is_one_of(prior, &["not", "never", "t"])
        }) {
            return false;
        }
    }
    // Words that may stand with who claims it ("the", "Mr.", "counsel
    // for").
    const WITH_WHO: &[&str] = &[
        "the",
        "mr",
        "ms",
        "mrs",
        "dr",
        "counsel",
        "attorney",
        "attorneys",
        "lawyer",
        "s",
        "for",
        "his",
        "her",
        "their",
        "its",
    ];
    // The contact claimed, told in the past: a call, a meeting, a talk.
    const CONTACTED: &[&str] = &[
        "telephoned",
        "phoned",
        "called",
        "rang",
        "met",
        "spoke",
        "talked",
        "conferred",
    ];
    // Between who claims it and the contact: who made it, and when.
    const BETWEEN: &[&str] = &[
        "that",
        "he",
        "she",
        "they",
        "it",
        "once",
        "had",
        "previously",
        "earlier",
        "then",
        "first",
        "also",
        "personally",
    ];
    // Between the contact and whom it reached.
    const TO_WHOM: &[&str] = &[
        "with",
        // "conferred w/ Def".
        "w",
        "to",
        "and",
        "met",
        "conferred",
        "spoke",
        "talked",
        "by",
        "telephone",
        "phone",
        "the",
        "once",
        "s",
    ];
    // The movant's side, as the other side would name it: its role, its
    // names, "us", or opposing counsel from the claimant's own side.
    const US: &[&str] = &["us", "our", "me", "my", "movant", "oc", "opposing"];
    // Where the clause ends on when or where, no one else is named.
    const WHEN: &[&str] = &["on", "at", "last", "yesterday", "today"];
    let role = movant.opposing().map_or(&[][..], super::phrase::side_words);
    let own_role = super::phrase::side_words(movant);
    let other =
        |w: &[u8]| is_one_of(w, role) || is_one_of(w, &["oc", "opposing"]) || name(w, false);
    let Some(first) = super::phrase::clauses(text).next() else {
        return false;
    };
    let head = without_brackets(first);
    let ws: Vec<&[u8]> = words(&head).collect();
    let at = |k: usize, set: &[&str]| ws.get(k).is_some_and(|w| is_one_of(w, set));
    let mut k = if at(0, &["per"]) {
        1
    } else if at(0, &["according"]) && at(1, &["to"]) {
        2
    } else {
        0
    };
    let attributed = k > 0;
    let who_start = k;
    let mut named = false;
    while let Some(w) = ws.get(k) {
        if other(w) {
            named = true;
        } else if !is_one_of(w, WITH_WHO) || k > who_start + 5 {
            break;
        }
        k += 1;
    }
    if !named {
        return false;
    }
    if !attributed {
        if !at(k, CLAIMS) {
            return false;
        }
        k += 1;
    }
    while ws.get(k).is_some_and(|w| is_one_of(w, BETWEEN) || other(w)) {
        k += 1;
    }
    if !at(k, CONTACTED) {
        return false;
    }
    // The record's own account in the same clause: "… and we spoke". Or a
    // claim of how well a contact both sides tell of went: "Defendant
    // maintains it conferred with Plaintiff in good faith at this July 3
    // meet and confer, which Plaintiff arranged" (review 79, of Ware v.
    // Mercy Health).
    if ws[k..].iter().any(|w| {
        is_one_of(
            w,
            &[
                "we",
                "faith",
                "adequately",
                "properly",
                "sufficiently",
                "meaningfully",
            ],
        )
    }) {
        return false;
    }
    k += 1;
    while ws.get(k).is_some_and(|w| is_one_of(w, TO_WHOM)) {
        k += 1;
    }
    let ours = |w: &[u8]| is_one_of(w, own_role) || is_one_of(w, US) || name(w, true);
    match ws.get(k) {
        None => true,
        Some(w) if ours(w) => true,
        // "on 5/2", "at 3 pm": when, and then no one else named after it
        // ("spoke on 5/2 with the clerk" tells of another talk).
        Some(w) if is_one_of(w, WHEN) => {
            let after = &ws[k + 1..];
            !after.iter().enumerate().any(|(j, w)| {
                is_one_of(w, &["with", "w", "to"]) && {
                    let whom = &after[j + 1..];
                    let whom = match whom {
                        [d, rest @ ..] if is_one_of(d, &["the", "his", "her", "their"]) => rest,
                        _ => whom,
                    };
                    whom.first().is_some_and(|x| !ours(x))
                }
            })
        }
        Some(_) => false,
    }
}

/// Whether a text tells, anywhere, that the court rejected a claim about
/// the conferring: "The Court found otherwise", "the Court disagreed", "the
/// Ct found otherwise" (over-strictness reviews 71 and 75 of Cascade Yarns
/// and Glass). Such a summary records the losing side's claim, not the
/// record's own account.
fn tells_court_rejection(text: &str) -> bool {
    super::default::has_any_word(text, &["court", "ct", "judge", "magistrate"])
        && super::default::has_any_word(text, REJECTED)
}

/// Words that say a claim was rejected (`tells_court_rejection`).
const REJECTED: &[&str] = &[
    "otherwise",
    "disagreed",
    "disagrees",
    "overruled",
    "untrue",
    "incorrect",
];

/// Whether a contact's summary says, in the record's own voice, that the
/// sides did not (adequately) meet and confer: "Counsel failed to
/// adequately meet and confer" (Walker v. County of Santa Clara, N.D. Cal.
/// 2012: "DENIED for failure of counsel to adequately meet and confer", in
/// a twenty-sixth review's words), "Inadequate meet and confer", "No real
/// meet and confer", "Counsel did not meet and confer", "not a full meet
/// and confer" (Fiore v. University of Saint Joseph, D. Conn. 2023, in the
/// same review). A certificate cannot rest on a conference its own log
/// calls no conference.
///
/// Read in summaries only, and only where no one is said to argue it ("Defendant argued
/// counsel failed to meet and confer", "according to plaintiff", "he
/// claims"): in accepted orders the other side commonly says so and loses.
/// Not read either where the clause names a part of the dispute as what
/// was not conferred on ("did not meet and confer about RFP 5"), or where a
/// noun follows ("no meet and confer letter"); the whole dispute named ("on
/// them") and the court's own finding ("Per the Court", "The Court later
/// found") are read.
pub fn summary_says_conferral_inadequate(text: &str) -> bool {
    // ("c": the second word of "M&C".)
    const GATE: &[&str] = &["confer", "conference", "conferral", "c"];
    if !super::default::has_any_word(text, GATE) {
        return false; // asked of summaries on every keystroke
    }
    // Someone's argument, not the record's statement.
    const SAYS: &[&str] = &[
        "arguing",
        "alleges",
        "alleged",
        "according",
        "complained",
        "complains",
        "accused",
        "accuses",
        "insists",
        "insisted",
        "suggests",
        "suggested",
        "per",
        // "KFI objected that there was no real meet and confer", "Blue
        // Diamond's position is that …", "MCA's objections (…) were
        // overruled" (review 27).
        "objected",
        "objects",
        "objection",
        "objections",
        "position",
        "assertion",
        "contention",
        "argument",
        "arguments",
        "believes",
        // "Not an adequate meet and confer, in defense counsel's view",
        // "Defense counsel felt the call was no real meet and confer" (an
        // accepted-record review: Cascade Yarns, Gade).
        "believed",
        "view",
        "views",
        "opinion",
        "felt",
        "feels",
        "thinks",
        "thought",
        "considers",
        "considered",
    ];
    // Another contact named as the subject: "The letters of Sept. 16 and 23
    // were not a full meet and confer; this call was" (review 27) speaks of
    // the letters, not of the contact whose summary it is.
    const OTHER_CONTACT: &[&str] = &[
        "letter",
        "letters",
        "email",
        "emails",
        "correspondence",
        "voicemail",
        "voicemails",
        "fax",
        "faxes",
        "earlier",
        "prior",
        "previous",
        "first",
        "initial",
        "preceding",
        // Another conference named: "A separate Rule 26(f) conference never
        // occurred; this call covered both", "No further conference took
        // place" (an over-strictness review, 45, of Gove v. Sargento).
        "separate",
        "26",
        "scheduling",
        "settlement",
        "status",
        "pretrial",
        "further",
        "second",
        "another",
        "additional",
        "next",
        "later",
        "subsequent",
    ];
    // The court's finding is no one's argument: "Per the Court, the parties
    // failed to sufficiently meet and confer" (a sixty-ninth review of
    // Recovery Land Holding v. City of South Ogden, D. Utah 2019).
    const COURT: &[&str] = &["court", "judge", "magistrate", "order"];
    // (Its order, too: "the order says otherwise".)
    if tells_court_rejection(text)
        || (super::default::has_any_word(text, &["order"])
            && super::default::has_any_word(text, REJECTED))
    {
        return false;
    }
    super::phrase::clauses(text).any(|clause| {
        let ws: Vec<&[u8]> = words(clause).collect();
        let court_at = |k: usize| ws.get(k).is_some_and(|n| is_one_of(n, COURT));
        let names_court = ws.iter().any(|c| is_one_of(c, COURT));
        if ws.iter().enumerate().any(|(k, w)| {
            is_one_of(w, ARGUING)
                || (is_one_of(w, SAYS)
                    && !(is_one_of(w, &["per"])
                        && (court_at(k + 1)
                            || (ws.get(k + 1).is_some_and(|n| is_one_of(n, &["the"]))
                                && court_at(k + 2)))))
                // A finding denied: "The Court did not find that …", "It was
                // not true, the Court held, that …" (the same review, of
                // Cascade Yarns and Werdebaugh).
                || (is_one_of(w, &["not", "never"])
                    && names_court
                    && ws[k + 1..].iter().take(2).any(|n| {
                        is_one_of(n, &["find", "found", "finding", "true", "hold", "held"])
                    }))
                // An earlier motion's history: "Before the first motion,
                // counsel did not meet and confer on any of the issues in
                // it; the Court denied that motion" (the same review, of
                // Quarato, told on the contacts that cured it).
                || (is_one_of(w, &["first", "earlier", "previous", "prior", "original", "initial"])
                    && ws.get(k + 1).is_some_and(|n| is_one_of(n, &["motion"])))
        }) {
            return false;
        }
        // What a colon, a comma or a parenthesis adds is read as its own
        // piece: "not a full meet and confer: the interrogatories were not
        // gone through one by one".
        // Another contact is looked for across a parenthesis: "A separate
        // Rule 26(f) conference" names one.
        // A word of another contact is an adverb of the court's finding
        // when the court is named and a verb of finding follows: "The Court
        // later found counsel failed to adequately meet and confer" (the
        // same review).
        clause.split([':', ',']).any(|outer| {
            outer.split(['(', ')']).any(says_inadequate) && {
                let before: Vec<&[u8]> = words(outer)
                    .take_while(|w| !is_one_of(w, &["meet", "confer", "conference", "conferral"]))
                    .collect();
                !before.iter().enumerate().any(|(k, w)| {
                    is_one_of(w, OTHER_CONTACT)
                        && !(before.get(k + 1).is_some_and(|n| is_one_of(n, FOUND))
                            && before[k.saturating_sub(2)..k]
                                .iter()
                                .any(|c| is_one_of(c, COURT)))
                })
            }
        })
    })
}

/// Verbs of a court's finding (`summary_says_conferral_inadequate`).
const FOUND: &[&str] = &[
    "found",
    "finds",
    "held",
    "holds",
    "ruled",
    "rules",
    "concluded",
    "determined",
    "noted",
];

/// What a tail after "meet and confer on …" may hold and still name the
/// whole dispute ("on them", "regarding any of the issues in the motion").
const EVERY_ISSUE: &[&str] = &[
    "them",
    "these",
    "those",
    "it",
    "this",
    "the",
    "any",
    "all",
    "each",
    "every",
    "of",
    "in",
    "and",
    "its",
    "their",
    "issue",
    "issues",
    "matter",
    "matters",
    "dispute",
    "disputes",
    "discovery",
    "request",
    "requests",
    "motion",
    "motions",
    "everything",
    "anything",
];

/// One piece of a clause: see `summary_says_conferral_inadequate`.
fn says_inadequate(piece: &str) -> bool {
    let ws: Vec<&[u8]> = words(piece).collect();
    let at = |k: usize, set: &[&str]| ws.get(k).is_some_and(|w| is_one_of(w, set));
    // What the sides did not confer on, when it is the whole dispute: a
    // pronoun or the issues at large ("failed to sufficiently meet and
    // confer on them"), or one issue and "the other" ones ("regarding the
    // damages issue and the other discovery issues", "M&C on damages/other
    // issues was not sufficient": a sixty-ninth review of Recovery Land
    // Holding v. City of South Ogden, D. Utah 2019). "The other issues"
    // alone, or "the remaining requests", names a part, as "RFP 5" does.
    // Where such a tail ends, or `k` where there is none.
    let whole_dispute = |k: usize| {
        if !at(k, &["on", "about", "regarding", "re", "concerning", "over"]) {
            return k;
        }
        let start = k + 1;
        let mut end = start;
        while end < ws.len()
            && !at(
                end,
                &[
                    "was", "were", "is", "has", "have", "had", "took", "never", "not",
                ],
            )
        {
            end += 1;
        }
        let span = &ws[start..end];
        let every = |w: &[u8]| is_one_of(w, EVERY_ISSUE);
        let named_then_others = span.iter().enumerate().any(|(i, w)| {
            is_one_of(w, &["other"])
                && span[..i].iter().any(|w| !every(w))
                && span[i + 1..]
                    .iter()
                    .take(2)
                    .any(|w| is_one_of(w, &["issue", "issues", "requests", "matters", "disputes"]))
        });
        if !span.is_empty() && (span.iter().all(|w| every(w)) || named_then_others) {
            end
        } else {
            k
        }
    };
    // "meet and confer" ("meet & confer", "meet-and-confer") at `k`:
    // where it ends.
    let meet_confer = |k: usize| {
        if at(k, &["meet"]) && at(k + 1, &["and"]) && at(k + 2, &["confer"]) {
            Some(k + 3)
        } else if (at(k, &["meet"]) && at(k + 1, &["confer"]))
            || (at(k, &["m"]) && at(k + 1, &["c"]))
        {
            // "meet & confer", "M&C".
            Some(k + 2)
        } else {
            None
        }
    };
    // The phrase, or a conference named with a word of kind, at `k`,
    // then nothing but `INADEQUATE_TAIL`.
    let ends = |end: usize| {
        let end = whole_dispute(end);
        ws[end.min(ws.len())..]
            .iter()
            .all(|w| is_one_of(w, INADEQUATE_TAIL))
    };
    // What may follow the phrase to say it fell short or did not happen:
    // "was not adequate", "inadequate", "has not been held", "never took
    // place" (a twenty-eighth review: "Counsel's meet and confer was not
    // adequate", "A sufficient meet and confer has not been held", "M&C
    // insufficient", "The Court found the meet-and-confer inadequate").
    let fell_short = |end: usize| {
        let mut j = whole_dispute(end);
        while at(j, &["was", "is", "were", "has", "have", "had", "been"]) {
            j += 1;
        }
        if at(
            j,
            &[
                "inadequate",
                "insufficient",
                "deficient",
                "cursory",
                "perfunctory",
            ],
        ) {
            return ends(j + 1);
        }
        if !at(j, &["not", "never"]) {
            return false;
        }
        j += 1;
        if at(j, &["been"]) {
            j += 1;
        }
        (at(j, INADEQUATE_KIND) || at(j, &["held", "had", "conducted", "occurred", "happened"]))
            && ends(j + 1)
            || (at(j, &["take", "took"]) && at(j + 1, &["place"]) && ends(j + 2))
    };
    let phrase = |k: usize| meet_confer(k).is_some_and(ends);
    let short = |k: usize| {
        meet_confer(k)
            .or_else(|| at(k, &["conference", "conferral"]).then_some(k + 1))
            .is_some_and(fell_short)
    };
    let conference = |k: usize| at(k, &["conference", "conferral", "confer"]) && ends(k + 1);
    let kind = |k: usize| at(k, INADEQUATE_KIND);
    (0..ws.len()).any(|k| {
        let skip_how = |j: usize| if at(j, INADEQUATE_HOW) { j + 1 } else { j };
        // "meet and confer was not adequate", "conferral not adequate", "a
        // sufficient meet and confer has not been held".
        short(k)
        // "only a cursory meet and confer".
        || (at(k, &["cursory", "perfunctory"]) && (phrase(k + 1) || conference(k + 1)))
        // "failed to (adequately) meet and confer" (not "did not fail to").
        || (at(k, &["failed", "fail", "fails", "failing", "failure"])
                && !(k > 0 && at(k - 1, &["not", "never"]))
                && at(k + 1, &["to", "of"])
                && {
                    // "failure of counsel to adequately meet and confer".
                    let j = if at(k + 1, &["to"]) {
                        Some(k + 2)
                    } else if at(k + 2, &["counsel"]) && at(k + 3, &["to"]) {
                        Some(k + 4)
                    } else {
                        None
                    };
                    j.map(skip_how)
                        .is_some_and(|j| phrase(j) || (at(j, &["confer"]) && ends(j + 1)))
                })
                // "did not (adequately) meet and confer", "never conferred".
                || (at(k, &["did", "does", "have", "has", "had"])
                    && at(k + 1, &["not", "never"])
                    && {
                        let j = skip_how(k + 2);
                        phrase(j) || (at(j, &["confer"]) && ends(j + 1))
                    })
                // "no (real) meet and confer", "no adequate conference".
                || (at(k, &["no"])
                    && (phrase(k + 1) || (kind(k + 1) && (phrase(k + 2) || conference(k + 2)))))
                // "inadequate meet and confer", "insufficient conferral".
                || (at(k, &["inadequate", "insufficient", "deficient"])
                    && (phrase(k + 1) || conference(k + 1)))
                // "not a full meet and confer", "not a real conference".
                || (at(k, &["not"])
                    && at(k + 1, &["a", "an"])
                    && kind(k + 2)
                    && (phrase(k + 3) || conference(k + 3)))
    })
}

/// How a conferral may be said inadequate (`summary_says_conferral_inadequate`).
const INADEQUATE_HOW: &[&str] = &[
    "adequately",
    "meaningfully",
    "properly",
    "sufficiently",
    "fully",
    "genuinely",
    "really",
    "substantively",
    "actually",
];

/// The kind of conference that was missing: "no real meet and confer".
const INADEQUATE_KIND: &[&str] = &[
    "adequate",
    "real",
    "meaningful",
    "sufficient",
    "genuine",
    "proper",
    "full",
    "actual",
    "substantive",
];

/// What may follow the phrase: how, when or under what (not what about,
/// nor a noun it modifies).
const INADEQUATE_TAIL: &[&str] = &[
    "took",
    "place",
    "occurred",
    "happened",
    "was",
    "were",
    "held",
    "had",
    "as",
    "required",
    "under",
    "within",
    "meaning",
    "of",
    "the",
    "rule",
    "local",
    "l",
    "r",
    "lr",
    "in",
    "good",
    "faith",
    "at",
    "all",
    "before",
    "filing",
    "prior",
    "to",
    "motion",
    "this",
    "its",
    "here",
    "with",
    "each",
    "other",
    "by",
    "counsel",
    "adequately",
    "meaningfully",
    "properly",
    "sufficiently",
    "fully",
];

/// Whether a contact's summary names a confidentiality agreement as the one
/// thing discussed, and no request or response: "Discussed discovery w/
/// def. counsel (confidentiality agreement)", "the discussion concerned a
/// confidentiality agreement" (Smyth v. Merchants Credit, W.D. Wash. 2012:
/// counsel "discussed discovery twice", but on the evidence only a
/// confidentiality agreement; a thirty-third review). Such a contact took
/// up none of the motion's requests, whatever it lists. Read in summaries
/// only, where the recorder says what the talk was about.
/// The same confidentiality papers go by other names: "a stipulated
/// protective order", "the confidentiality order", "an NDA" (a sixty-fifth
/// review). A protective order is the dispute itself on a motion for one
/// (`protective_motion`), so it is read only on other motions.
pub fn summary_only_confidentiality(text: &str, protective_motion: bool) -> bool {
    // Asked of every summary: the words first.
    const PAPERS: &[&str] = &["confidentiality", "protective", "nda", "ndas", "confi"];
    if !super::default::has_any_word(text, PAPERS) {
        return false;
    }
    const NAMED: &[&str] = &[
        "request",
        "requests",
        "interrogatory",
        "interrogatories",
        "rog",
        "rogs",
        "rfp",
        "rfps",
        "rfa",
        "rfas",
        "production",
        "produce",
        "responses",
        "response",
        "answers",
        "answer",
        "deficiency",
        "deficiencies",
        "objection",
        "objections",
        "documents",
        "docs",
        "no",
        "nos",
        "privilege",
        "subpoena",
        "deposition",
        "impasse",
        "narrowed",
        "agreed",
    ];
    let ws: Vec<&[u8]> = words(text).collect();
    (ws.windows(2).any(|p| {
        (is_one_of(p[0], &["confidentiality", "confi"])
            // "confidentiality stip" (an adversarial review, 136, of
            // Smyth).
            && is_one_of(
                p[1],
                &[
                    "agreement",
                    "agreements",
                    "order",
                    "stipulation",
                    "stip",
                    "stips",
                ],
            ))
            || (!protective_motion
                && is_one_of(p[0], &["protective"])
                && is_one_of(p[1], &["order"]))
    }) || ws.iter().any(|w| is_one_of(w, &["nda", "ndas"])))
        && !ws.iter().any(|w| is_one_of(w, NAMED))
}

#[cfg(test)]
mod tests {
    use super::{
        names_another_case, says_no_real_conference, says_no_request_taken_up,
        summary_says_conferral_inadequate, summary_says_contact_disputed,
    };

    #[test]
    fn requests_a_summary_says_were_not_taken_up_are_named() {
        use super::label_numbers;
        let nd = |summary: &str| super::requests_not_discussed(summary).0;
        // Orca Security v. Wiz (D. Del. 2024), the movant's own recap.
        assert_eq!(
            nd(
                "2:00p M&C call. My recap: our issues re RFP 72 and 73 and Orca's core tech docs were not discussed on the meet and confer."
            ),
            vec![72, 73]
        );
        assert_eq!(
            nd("We did not discuss Interrogatories 4 and 5."),
            vec![4, 5]
        );
        assert_eq!(nd("Didn't discuss RFP 9."), vec![9]);
        assert_eq!(
            nd("RFP Nos. 72 and 73 never came up on the call."),
            vec![72, 73]
        );
        assert_eq!(
            nd("The parties did not talk about RFP Nos. 72 and 73."),
            vec![72, 73]
        );
        // A range (a fifty-fourth review of Pinterest v. Pintrips).
        assert_eq!(
            nd("Requests for Production Nos. 13-16 were not discussed."),
            vec![13, 14, 15, 16]
        );
        assert_eq!(nd("13-15 not reached"), vec![13, 14, 15]);
        // An adversarial review, 136, of Orca: other words, and two
        // requests with a slash.
        for t in [
            "RFP 72/73 were not discussed on the meet and confer.",
            "Our RFP 72 & 73 issues weren't discussed on the call.",
            "RFP Nos. 72 and 73 weren't addressed.",
            "RFP 72/73 didn't come up.",
            "The call never got to its RFP 72 and 73 issues.",
            "RFP 72 and 73 were left off the call.",
        ] {
            assert_eq!(nd(t), vec![72, 73], "{t:?}");
        }
        for t in [
            "Picked up RFP 72 where we left off on the 10/1 call; impasse.",
            "Call on 11/9: RFP 72 was not discussed further.",
            "Did not get to respond until 11/9.",
            "The rulings on Interrogatory Nos. 11-19 weren't addressed in the part of the order read.",
        ] {
            assert!(nd(t).is_empty(), "{t:?}");
        }
        for t in [
            "RFP 4 was not discussed further.",
            "RFP 4 was not discussed in detail; impasse.",
            "Every request except RFP 4 was not discussed.",
            // An accepted-record review of Hibu.
            "We didn't discuss RFP 78 and 79 at length: he voiced the opinion that they duplicate others.",
            "RFP Nos. 78 and 79, which were not discussed at the Rule 26(f) conference, were the subject of this call.",
            "Call on 10/1 at 2:00; RFP 72 was discussed, no agreement.",
            "Discussed RFP 72 and 73; no agreement.",
            "No agreement on 10/1 was reached.",
            // An agreement not reached, on a request that was discussed.
            "Could not reach agreement on Interrogatory 4.",
            "The parties could not reach a compromise on Interrogatory No. 4.",
            "Agreement on RFP 4 was not reached.",
            "",
        ] {
            assert!(nd(t).is_empty(), "{t:?}");
        }
        assert_eq!(label_numbers("RFP 72"), vec![72]);
        assert_eq!(
            label_numbers("Requests for Production Nos. 4, 5 and 8"),
            vec![4, 5, 8]
        );
        assert!(label_numbers("Initial disclosures").is_empty());
        // A sentence after a bracket names its own requests only, and of
        // its own kind (an over-strictness review, 59, of Rowan).
        let rowan = "Tel. conf. on Rogs 11, 12, 14 and RFPs 15, 24 (after Pltf's 2/12 supp.). RFP Nos. 1-3 were not discussed. No resolution.";
        assert_eq!(nd(rowan), vec![1, 2, 3]);
        assert_eq!(super::requests_not_discussed(rowan).1, 2);
        assert_eq!(super::request_kinds("Interrogatory No. 11"), 1);
    }

    #[test]
    fn a_log_saying_only_some_disputes_were_conferred_on_is_read() {
        use super::says_only_some_conferred as some;
        // A fifty-fourth review of Pinterest v. Pintrips (N.D. Cal. 2014)
        // and Bohnel v. JetBlue (E.D. Cal. 2021).
        for t in [
            "The call covered some of the disputes in the joint letter but not all of them; the rest were never discussed.",
            "Only got thru some issues; rest not M&C'd before JL filed",
            "Per the joint letter, counsel met and conferred regarding some of these disputes.",
            "Partial meet and confer only: some of the disputes were discussed, the others were not.",
            "In the Joint Statement JetBlue contends that several of the topics we raise were never met and conferred on, and represents that it had already agreed to make a supplemental production.",
            "JetBlue (JS): sev. topics never M&C'd; supp prod already agreed before the call.",
            "JetBlue says the parties never met and conferred on several of these topics.",
            "Says these topics were never met and conferred on.",
            "JetBlue disputes that several of the topics were ever discussed on this call.",
            "We discussed the requests on some of the topics only.",
            // A fifty-seventh review.
            "Not every dispute in the joint letter was discussed on the call.",
            "The call did not get to all of the issues.",
            "Counsel met and conferred on a subset of the disputes.",
            "Only a few of the disputes in the letter came up.",
            "Many of the disputes in the letter were not conferred on.",
            "Per JetBlue, several topics in the motion never came up in any meet and confer.",
            "JetBlue says several of the disputed topics were never the subject of a conference.",
            "Says these topics never came up at the conference.",
            "Only a few of the disputes in the joint letter came up; the remaining ones have yet to be discussed.",
            // A ninety-third review.
            "Several of the disputes in the joint letter were not raised on this call.",
            "The call reached some issues; others in the joint letter were never talked through with Pintrips.",
            // Review 114.
            "Met and conferred on some of the disputes in the joint letter; others were not taken up.",
            "M&C'd. Remaining disputes not discussed before the joint letter was filed.",
            // Review 120 (Bohnel v. JetBlue, E.D. Cal. 2021).
            "Plaintiffs dispute defendant's responses and production. JetBlue asserts there was no meet and confer on several topics.",
            // Review 126 (Bohnel).
            "Says several of the topics were not part of this conference.",
            "JetBlue asserts several of the disputed topics were not part of it, and that it had already agreed to provide a supplemental production.",
            "Defendant asserts that several of the topics in dispute were not part of any meet and confer.",
            // Review 123 (Pinterest).
            "Met and conferred about only some of the disputes later raised in the joint letter.",
            "Conferred by phone on some of the RFP disputes; the others went straight into the joint letter.",
        ] {
            assert!(some(t), "{t:?}");
        }
        for t in [
            "Some of the requests were resolved; the rest remain at impasse.",
            "No agreement was reached on some of them.",
            "Some requests were not discussed further; impasse on all.",
            "Only produced some documents; we discussed RFP 4 at length.",
            "Plaintiff never responded to some of the requests; we discussed all of them on the call.",
            "The others were not discussed until the second call.",
            "Several requests were never answered.",
            "Discussed all requests; impasse.",
            "Not all documents were produced.",
            "Not every document was produced; we discussed RFP 4.",
            "Most of the documents came in the mail.",
            "Only a few documents were produced.",
            // An over-strictness review, 56 (Werdebaugh).
            "Not every dispute was resolved: both requests went to impasse.",
            // An over-strictness review, 59.
            "The call covered some of the disputes in the case, the Excel files among them.",
            "Blue Diamond disputed that several of the topics were ever discussed; Court credited Plaintiff.",
            "These were never covered by the protective order.",
            // Raised, and then something else.
            "Several objections were raised; no agreement was reached.",
            "Plaintiff raised some of the requests again on the call.",
            // An over-strictness review, 94.
            "The remaining issues were not raised at the May 30 mediation, where no discovery issue was discussed.",
            "The rest of the expert's file was not raised because it had already been produced in PDF.",
            "The remaining requests were not raised because they were resolved earlier.",
            "Plaintiff only raised some of her objections at first; the rest were covered later in the same conversation.",
            "So the rest of the report's terms were never talked through.",
            "The others were not discussed before the deposition.",
            "There was no meet and confer on some other day; several topics were resolved.",
            "Some of the requests were taken up again after the motion.",
            "Met and conferred about only some logistics first, then all the disputes.",
            "The rest of the documents went straight to the vendor.",
            "Several of the documents were not part of the production.",
            "",
        ] {
            assert!(!some(t), "{t:?}");
        }
    }

    #[test]
    fn a_summary_saying_the_contact_is_disputed_is_read() {
        for t in [
            "Conference per Mr. Kindrick's certification; Mr. Sheppard disputes it (by his account the only live contact was the November 10 call).",
            "Call claimed by plaintiff's counsel. Defense counsel contests this.",
            "Opposing counsel recalls it otherwise.",
            "Mr. Sheppard tells it differently.",
            // A thirty-seventh review of Rose v. Coca-Cola.
            "Coca-Cola has disputed Ms. Rose's certification of this conference.",
            "Coca-Cola disputes Ms. Rose's account of this conference.",
            "Counsel for Coca-Cola recalls the call differently.",
            // Review 50.
            "Call per GK. Sheppard disputes the call.",
            "Conferred w/ OC re Rogers' responses (per GK). Sheppard disputes the call.",
            "Mr. Kindrick's Nov. 13 conference. Mr. Sheppard denies it took place.",
            // A claim told just before that names the contact.
            "Mr. Kindrick says they conferred on Nov. 13; Mr. Sheppard disputes it.",
            // A fifty-eighth review of Hadcock: compliance named, not a contact.
            "Mr. Kindrick represents that he complied with Local Rule 3.01(g). Mr. Sheppard disputes it.",
            "GK says he did the 3.01(g) M&C in good faith 11/13. Sheppard disputes that.",
            "Mr. Kindrick conferred in good faith on November 13, 2020; Mr. Sheppard disagrees.",
            "Mr. Kindrick certified that he conferred in good faith on 11/13/20. Defense counsel says otherwise.",
            "Mr. Kindrick conferred with opposing counsel on November 13. Mr. Sheppard says that is not what happened.",
            // A blind recording of Morgan v. Ramsey (N.D. Okla. 2012).
            "Attorneys for both sides met on July 25. Counsel later understood the nature of this meeting differently: Defendant's counsel believed it satisfied the rule.",
            "Met with Adams 7/25; he viewed the meeting differently.",
            "Plaintiff's counsel understood that conference differently.",
            // A seventy-third review: "conf" is a conference.
            "Call per GK. Sheppard disputes the conf.",
        ] {
            assert!(summary_says_contact_disputed(t), "{t:?}");
        }
        for t in [
            // Review 53: a dispute given up.
            "Defendant no longer disputes the call; it agrees the parties met and conferred.",
            "Defendant disputes it is responsive; stands on the objection.",
            // An over-strictness review, 53: "it" is the claim just told.
            "Call shortly after the Ninth Request. Plaintiff's counsel said the requests duplicate Defendant's earlier discovery; Defendant's counsel disputes it.",
            "Meet and confer. Defendant says it provided some of the requested information the same day; Plaintiff denies it.",
            "Disputes that the request is relevant.",
            "Plaintiff says RFP 4 is relevant; Defendant disagrees.",
            "Eight-hour meeting. Defendant contends plaintiff failed to meet and confer; the court disagreed.",
            "Plaintiff's counsel said the requests duplicate earlier discovery; Defendant's counsel says otherwise.",
            "He denies it, and the call went on to the requests.",
            "Otherwise the call covered each request.",
            "Defendant disputes plaintiff's account of the deposition.",
            // An accepted-record review: a detail of a contact both sides
            // say took place.
            "Defense counsel disputes plaintiff's account of the call's length and scope, saying only the privilege objections came up.",
            "Defense counsel disputes plaintiff's characterization of the meeting as covering the sales information in detail.",
            "Plaintiff's counsel recalls the call differently: he agreed only to check whether Excel files existed.",
            "Defense counsel recalls the conversation differently and denies agreeing that the requests duplicate others.",
            "Defendant disputes the certification of the documents.",
            "She describes the call in her declaration.",
            // A detail of the meeting, or something else understood.
            "Counsel understood the nature of this meeting differently from the agenda: both sides spoke to RFP 4.",
            "Defense counsel understood the request differently.",
            "We see the scope of the call differently; impasse on RFP 4.",
            // An over-strictness review, 75: a dispute the court rejected.
            "Brief tel. conf. w/ OC 12/5. KFI disputes the conf (its M&C objection); the Court found otherwise.",
            "Tel. conf. Pltf disputes the conf; the Ct found otherwise.",
            "",
        ] {
            assert!(!summary_says_contact_disputed(t), "{t:?}");
        }
    }

    #[test]
    fn a_summary_naming_only_a_confidentiality_agreement_is_read() {
        let only = |t| super::summary_only_confidentiality(t, false);
        for t in [
            "Discussed discovery w/ def. counsel (confidentiality agreement).",
            "Counsel discussed discovery by phone; the discussion concerned a confidentiality agreement.",
            "Counsel again discussed discovery by phone, regarding the confidentiality agreement.",
            // Review 65: other names for the same papers.
            "Phone call with defense counsel about discovery; we talked through a stipulated protective order.",
            "Discovery call; confi order only.",
            "Discussed an NDA for the financials.",
            "Discovery call re the confidentiality stip.",
        ] {
            assert!(only(t), "{t:?}");
        }
        // On a motion for a protective order, the order is the dispute.
        assert!(!super::summary_only_confidentiality(
            "Discussed the proposed protective order; impasse on its scope.",
            true
        ));
        assert!(!super::summary_only_confidentiality(
            "Talked through the stipulated protective order.",
            true
        ));
        for t in [
            "Discussed RFP 5 and the confidentiality agreement; impasse.",
            "Agreed on a confidentiality agreement; defendant will produce the documents under it.",
            "Went through each request; the confidentiality agreement was also discussed, and Nos. 3-4 were narrowed.",
            "Discussed discovery.",
            "",
        ] {
            assert!(!only(t), "{t:?}");
        }
    }

    #[test]
    fn a_summary_calling_the_conferral_inadequate_is_read() {
        for t in [
            "Counsel failed to adequately meet and confer.",
            "Inadequate meet and confer.",
            "The conference was brief. No real meet and confer took place.",
            "Counsel did not meet and confer.",
            "No adequate meet and confer took place; lead trial counsel never met in person.",
            "Brief call; not a full meet and confer: the interrogatories were not gone through one by one.",
            "Denied for failure of counsel to adequately meet and confer.",
            "Insufficient meet-and-confer before filing.",
            "No meaningful conference.",
            // Review 28.
            "Counsel's meet and confer was not adequate.",
            "A sufficient meet and confer has not been held.",
            "M&C was not adequate.",
            "Inadequate M&C.",
            "M&C insufficient.",
            "The Court found the meet-and-confer inadequate.",
            "Conferral not adequate.",
            "Only a cursory meet and confer.",
            // Review 69 (Recovery Land Holding, D. Utah 2019): the court's
            // finding, and a tail that names the whole dispute.
            "Brief call between counsel on damages and the other issues. The Court later found the parties failed to sufficiently meet and confer on them.",
            "Quick call w/ pltf cnsl. M&C on damages/other issues was not sufficient.",
            "Per the Court, the parties failed to sufficiently meet and confer regarding the damages issue and the other discovery issues.",
            "Counsel talked. The Court later found counsel failed to adequately meet and confer.",
            "Counsel did not meet and confer on any of the issues in the motion.",
        ] {
            assert!(summary_says_conferral_inadequate(t), "{t:?}");
        }
        for t in [
            // Someone's argument, which accepted orders reject.
            "Defendant argued that counsel failed to adequately meet and confer.",
            "According to plaintiff, defense counsel did not meet and confer.",
            "He claims there was no real meet and confer.",
            "Per defense counsel, an inadequate meet and confer.",
            // What was not conferred on, named; or a noun after.
            "Counsel did not meet and confer about RFP 5; the rest were discussed.",
            // A part: the other issues alone, the remaining requests.
            "Conferred on RFP 1. Did not meet and confer on the other issues.",
            "Counsel did not meet and confer about the remaining requests.",
            "Defense counsel later noted we failed to meet and confer on them, which we dispute.",
            // Review 71: the court's rejection, a finding denied, an earlier
            // motion's history.
            "Defense counsel: the parties did not meet and confer on any of the issues in the motion. The Court found otherwise.",
            "The Court did not find that counsel failed to meet and confer on them.",
            "It was not true, the Court held, that the parties failed to meet and confer on these issues.",
            "Before the first motion, counsel did not meet and confer on any of the issues in it; the Court denied that motion.",
            "No meet and confer letter was sent before the call.",
            "Met and conferred for an hour; impasse on each request.",
            "A full meet and confer; no agreement.",
            "Not a full day, but the meet and confer covered each request.",
            // Review 27: an objection or position, a double negative, another contact.
            "Blue Diamond's position is that there was no meaningful meet and confer, but the court credited plaintiff's account.",
            "KFI objected that there was no real meet and confer; the Court overruled the objection.",
            "MCA's objections (Fortech failed to meet and confer in good faith) were overruled.",
            "Counsel did not fail to meet and confer.",
            "The meet and confer was adequate; impasse on each request.",
            "A meet and confer has not been held on RFP 5; the rest were discussed.",
            "The conference was not adequate for the deposition dates, which were moved.",
            "The letters of Sept. 16 and 23 were not a full meet and confer; this call was.",
            "The earlier call was an inadequate meet and confer; this one went through each request.",
            // An accepted-record review: someone's view.
            "Not an adequate meet and confer, in defense counsel's view.",
            "Defense counsel felt the call was no real meet and confer.",
            // Review 45: another conference named.
            "A separate Rule 26(f) conference never occurred; this call covered both.",
            "No further conference took place before the motion.",
            "",
        ] {
            assert!(!summary_says_conferral_inadequate(t), "{t:?}");
        }
    }

    #[test]
    fn a_conference_the_log_puts_in_doubt_is_read() {
        for t in [
            "Meet and confer between counsel at which Blue Diamond proposed a sampling of the data. No meaningful discussion of the proposal occurred.",
            "Per Mr. Sheppard, no such conference took place; the only live contact was the November 10 call.",
            "Conference by Mr. Kindrick's account. Mr. Sheppard paints a very different picture of the call.",
            "The parties give differing accounts of what occurred at the conference and afterwards.",
            "Defense counsel denies that any conference took place that day.",
            "Defendant's counsel denies that the parties were scheduled to participate in a conference on November 2, 2022.",
            "No substantive discussion of any discovery issue took place.",
            "The parties give differing accounts of the May 28 meeting.",
            "Sampling proposal made; the proposal was not meaningfully discussed.",
            "Blue Diamond proposed sampling; the proposal was not discussed in any depth.",
            "Blue Diamond made a sampling proposal, which was never really discussed.",
            "Sampling proposed. Little discussion of the proposal followed.",
            // Review 64: the order's own sentence after a contrast, a
            // pronoun, and paraphrases.
            "Per the Joint Statement, both parties indicate that Defendant made a proposal to provide a sampling of the data, but no meaningful discussion about this proposal appears to have occurred.",
            "Sampling proposal made; no meaningful discussion of it occurred.",
            "Pltfs' counsel did not engage with the sampling idea, and the parties never talked it through before Pltfs moved.",
            "Blue Diamond floated a sample; Pltfs did not engage with the proposal.",
            "Nothing of substance was exchanged about the proposal.",
            "Conference by Mr. Kindrick's account, who then attempted further telephonic communication but could not reach Rogers' counsel. Mr. Sheppard paints a very different picture (the only live contact, by his account, was the November 10 call).",
            // Review 44: paraphrases of Baldwin's "no such conference occurred".
            "BJC says no conference was ever held.",
            "Defense counsel says there was no such call.",
            "Per BJC, the conference never occurred.",
            "BJC: no such conference.",
            "Defendant says this conference did not happen.",
            "Per Defendant, this meeting didn't take place.",
            "Per defense counsel, the call was never held.",
            "Per BJC, no call occurred.",
            // Review 50: the contact itself named before its denial.
            "Telephone conference per Mr. Kindrick. Mr. Sheppard says the conference never occurred.",
            "Call per Mr. Kindrick. Mr. Sheppard: no such call.",
            "Defendants say that the meeting never took place.",
            // Review 112 (McAllister v. McDermott, M.D. La. 2019).
            "Defense counsel acknowledged receipt of the August 30 email by telephone. No Rule 37 conference was held.",
            "Defense counsel acknowledged receipt of the email by telephone. No conference was held before the motion.",
            // Review 113 (Barajas v. Blue Diamond Growers, E.D. Cal. 2021).
            "Blue Diamond proposed a sampling. There does not appear to have been any meaningful discussion about this proposal.",
            "Blue Diamond proposed a sampling of the data; there was no substantive back-and-forth about the sampling proposal.",
            "The sampling proposal was not seriously explored before Plaintiffs moved.",
            "BDG floated sampling. Sampling idea left unexplored.",
            "BDG offered a sample of the data. Neither side pursued the sampling offer further.",
            "BDG proposed a sampling. Discussion of the sampling proposal was minimal.",
            "Sampling proposal: not discussed meaningfully.",
            "Did not take up the sampling proposal in any meaningful way; Plaintiffs want the full data.",
            // Review 115 (Baldwin v. BJC Health System, E.D. Mo. 2014).
            "Conferred with BJC's counsel re the documents (per Pltf). BJC has no record of any such call.",
            "Pltf says he conferred w/ BJC re the docs; BJC's lawyer says they never spoke.",
            "Plaintiff reports conferring with Defendant about the documents. Defendant contests that any conferral took place.",
            "Denies that Plaintiff ever conferred with it.",
        ] {
            assert!(says_no_real_conference(t), "{t:?}");
        }
        for t in [
            "No meaningful discussion of RFP 5, but RFP 4 was narrowed to 2019-2021.",
            "No meaningful discussion of RFP 5. However, RFP 4 was narrowed.",
            "Defendant did not engage with the proposal, but agreed to narrow RFP 4.",
            "Counsel talked it through and reached an impasse.",
            "Did not engage with the merits of the case; walked through each request.",
            "Nothing of substance was left open after the call.",
            "Meaningful discussion of each request; impasse on all.",
            "Defendant denies that the documents exist.",
            "The parties discussed a different approach to the search terms.",
            "Real progress: narrowed three requests.",
            "No such documents exist.",
            // Review 25: one topic of a real conference, or not the conference.
            "The parties give different accounts of how the subpoenaed information was obtained.",
            "The pro se plaintiff paints a very different picture of the case.",
            "Impasse; no real discussion of compromise.",
            "The deposition dates were not meaningfully discussed.",
            "Little discussion of the deposition dates was needed.",
            "The deposition dates were not discussed in any depth; each request was.",
            "Counsel went through each request, while no meaningful discussion of narrowing them took place.",
            "A call was held on May 3, no such call having been possible on the dates first proposed.",
            "Defendant disputes that the call took place in time.",
            "No substantive discussion of objections took place: Plaintiffs had served none.",
            "There was no real discussion of the written responses served the day before.",
            "The parties give different accounts of how much was produced afterwards.",
            // An accepted-record review of Kizer: a detail of the conference.
            "The parties give differing accounts of how far the privilege log was discussed at this conference.",
            "Defendant agrees the parties met and conferred in a live conversation (ECF No. 157 at 2). The parties give different accounts of how the information behind the subpoenas was obtained.",
            "Each side held to its position; there was no real discussion of compromise, and the disputes were not resolved.",
            // Another form or time of meeting, or something else that did
            // not happen.
            "Spoke by phone for 30 minutes; no in-person meeting was held.",
            "No conference took place until March 3, when the parties spoke.",
            "Discussed RFPs 1-5; the meeting we proposed never happened, so we spoke by phone.",
            "No further conference was held before filing.",
            "Defendant says the production never happened.",
            "The call went forward; the deposition did not take place.",
            "Plaintiff says it never received the letter.",
            "Call held on Jan. 5; counsel said it would not happen again.",
            "The parties held a call; no agreement was reached.",
            // Over-strictness review 45: a denial of something else, of a
            // detail, or of another time; an argument; a future.
            "A separate Rule 26(f) conference never occurred; this call covered both.",
            "No meeting had been held before the Court ordered one.",
            "Defendant says it provided some documents the same day; Plaintiff says it never happened.",
            "Call on 5/2. She claims it never happened: the requests were never served on her.",
            "Blue Diamond argues that no conference was ever held on its July 5 offer to reconsider.",
            "The Railroad Plaintiffs deny the alleged abuse of discovery; their counsel says it never happened.",
            "Counsel said it did not occur to Plaintiffs that the tax returns were called for.",
            "(that conference did not take place before May 16)",
            "Counsel said no conversation had occurred with Mr. Smith about Excel files.",
            "Said no agreement could be reached, so no conference would be held.",
            "Alford called and said he was not answering; no conversation occurred beyond that.",
            "Telephone conference between counsel. Defendant's September 2 letter mentioned an August conference; there was no such conference.",
            "Counsel missed the call set for the morning; no call occurred then, and counsel spoke that afternoon.",
            "The conference first proposed for August 23 never happened; counsel spoke on August 30 instead.",
            // Review 46: another call named before; an argument; "it".
            "An earlier call, set for August 27, was cancelled; that call never occurred.",
            "A call had been set for February 1, but no call occurred.",
            "Spoke with Jackson by telephone about the August 18 service of the discovery. She says it never happened.",
            "Pltf says he conferred w/ def counsel re the docs. Def says it never happened.",
            "Railroad Plaintiffs' brief: no conference was ever held. The court found otherwise.",
            "No conference was held until the motion was filed.",
            "Neither side pursued settlement.",
            "The sampling proposal was explored at length; impasse.",
            "Discussion of the sampling proposal was long, but no agreement.",
            "Did not take up RFP 5 on the call.",
            "Says they never spoke about RFP 5.",
            "Denies that Plaintiff ever conferred about the privilege log before May.",
            "No record of the documents was kept.",
            // An over-strictness review, 116: a brief discussion, or one
            // point of a long meeting (Cascade Yarns; Werdebaugh).
            "Discussion of the deficiencies was minimal.",
            "Which particular requests were at issue was left unexplored.",
        ] {
            assert!(!says_no_real_conference(t), "{t:?}");
        }
    }

    #[test]
    fn a_summary_saying_no_request_was_taken_up_is_read() {
        for t in [
            "The only topic in evidence is a confidentiality agreement; no particular request or deficiency was identified.",
            "Counsel discussed discovery. No particular request or deficiency was identified.",
            "Call re protective order. No specific requests discussed.",
            "The discovery requests were not discussed.",
            "Talked scheduling only; requests not discussed.",
            "No requests were discussed at all.",
            // Review 77.
            "Pltf phoned. No discussion of the requests.",
            "No discussion of any discovery requests at all.",
        ] {
            assert!(says_no_request_taken_up(t), "{t:?}");
        }
        for t in [
            "Discussed each request; no agreement was reached.",
            "Request No. 4 was not discussed further.",
            "Went through every request; no objections were raised.",
            "No further requests were discussed.",
            "No specific requests discussed other than RFP Nos. 78 and 79.",
            "No interrogatories were mentioned.",
            "The individual requests were not discussed one by one.",
            "No individual requests were discussed; the Ninth Requests as a whole were discussed as duplicative.",
            "The requests were discussed at length; no specific deficiency was identified.",
            "The deficiencies were not addressed by defense counsel.",
            "No response to the requests was identified as forthcoming, said he.",
            "Identified the deficiencies in each response.",
            "No agreement; the requests were discussed at length.",
            "No discussion of RFP 5.",
            "No discussion of the requests at first; later the requests were discussed in detail.",
            "No discussion of the requests' timing; the requests were discussed at length.",
            "",
        ] {
            assert!(!says_no_request_taken_up(t), "{t:?}");
        }
    }

    #[test]
    fn a_contact_told_only_as_the_other_sides_claim_is_read() {
        use super::super::Side;
        use super::summary_tells_their_claim_of_contact as theirs;
        // The defendant moves; the pro se plaintiff is Hart (review 77 of
        // Hart v. PAE Government Services).
        let named = |w: &[u8], movants: bool| {
            super::is_one_of(w, if movants { &["pae"] } else { &["hart"] })
        };
        for t in [
            "Plaintiff contends he once telephoned defense counsel's office (date not given).",
            "Pltf says he called OC's office; response was OC would not help him.",
            "Hart says he phoned PAE's counsel's office once and was told counsel would not help him.",
            "Per pltf: he phoned; counsel refused to help him.",
            "According to Mr. Hart, he had previously called defense counsel.",
            "Plaintiff's counsel asserts that they met on June 3.",
            "According to OC, she called us on 5/2.",
            // A review of this reading: a denied agreement, "w/".
            "Pltf says he called us 5/2; Def does not agree.",
            "Pltf says he conferred w/ OC.",
            "Plaintiff says he spoke on 5/2 with defense counsel.",
        ] {
            assert!(theirs(t, Side::Defendant, named), "{t:?}");
        }
        for t in [
            // The movant's own account, or its own side's words.
            "Plaintiff contends he once telephoned defense counsel's office.",
            "Per Pltf counsel, she called OC on 5/1.",
        ] {
            assert!(!theirs(t, Side::Plaintiff, named), "{t:?}");
        }
        for t in [
            // The record's own account first; another call told after.
            "Called OC; Pltf says he called back later.",
            "Tel. conf. w/ OC re rogs; Pltf contends he also called 4/20.",
            // What the other side said on the call, not a claim of it.
            "Plaintiff says he will produce by Friday.",
            "Per OC, they will respond by 5/1.",
            "Plaintiff contends the requests are overbroad.",
            "Counsel says he called.",
            // Review 79: a contact with someone else, "met" as satisfied,
            // the record's own account, the movant's side agreeing.
            "Per plaintiff's counsel, she conferred with the client before the call.",
            "Plaintiff maintains it met its discovery obligations.",
            "Plaintiff's counsel stated that she spoke with her client the day before.",
            "OC says they called our office back on 9/29 and we spoke for 20 min.",
            "Hart said he had talked it over and would answer by Friday.",
            "Plaintiff states that they met and conferred with Defendant (ECF No. 157 at 2); Defendant agrees.",
            "Plaintiff stated she had called the clerk's office.",
            "Pltfs' counsel claims she called twice in January.",
            "Plaintiff says he spoke on 5/2 with the clerk.",
            "Hart said he talked this over with his client.",
            "Plaintiff said he called in sick.",
            "Plaintiff maintains it conferred with Defendant in good faith at this July 3 meet and confer, which Defendant arranged.",
            "",
        ] {
            assert!(!theirs(t, Side::Defendant, named), "{t:?}");
        }
    }

    #[test]
    fn another_case_is_read() {
        for t in [
            "Tel. conf. re discovery in the state ct. case",
            "Discussed discovery in the state lawsuit arising from the same facts.",
            "Call about the parallel case.",
            "Talked about another lawsuit.",
            "Discovery in the St. Louis County suit.",
            "Tel. conf. w/ pltf's counsel re discovery -- state-court Williams action (same underlying facts, different claims).",
            "Call about the state ct. Jones lawsuit.",
            // A thirty-eighth review of Williams.
            "Tel. conf. w/ P's cnsl re discovery in the companion case (same facts, diff. claims).",
            "Re discovery in the circuit court suit.",
        ] {
            assert!(names_another_case(t, &[]), "{t:?}");
        }
        for t in [
            "Discussed Interrogatory 4 in this case.",
            "The case was removed from state court.",
            "Removed from state court; this case is about the lease.",
            "The State's case rests on the audit.",
            "Other requests remain.",
            "Spoke about this discovery-related matter.",
            "Each request was taken up as a separate matter.",
            "Cited other case law rejecting boilerplate objections.",
            "Counsel was tied up in another matter.",
            "No other case was discussed.",
            "The County's case rests on the audit.",
            "Discussed the State Farm case's remaining requests.",
            "Call about the County Board case.",
            "The other Plaintiff's case is stayed.",
            // An accepted-record review: authority, and a sentence end.
            "Def. relied on another Kansas case for its burden objection.",
            "Cited the Seventh Circuit case on proportionality.",
            "Discussed these issues for hours (the same sales-data fight as in the companion case).",
            "Discussed the related discovery requests.",
            "Went through the rogs and the other RFPs. Action on all of them left to the Court.",
            // An over-strictness review, 91: a remedy, a request's topic,
            // the Section 1983 element, background.
            "Counsel said he would move to compel or take other action if no responses came.",
            "Reserved the right to bring a separate action for costs.",
            "The interrogatory asks for any other lawsuit Plaintiff has filed.",
            "The requests ask about prior claims and other litigation.",
            "The interrogatories go to the state action and qualified immunity issues.",
            "Defendant had already answered identical requests in the related action.",
            "Discovery in this case is coordinated with the companion case.",
            "Requests first served in the state court action before removal.",
            "Plaintiff's bankruptcy proceeding had been dismissed, so the stay no longer applied.",
            "",
        ] {
            assert!(!names_another_case(t, &[]), "{t:?}");
        }
        // A county that is a party: this case (Rech v. Monroe County), but
        // another county's suit is another case.
        let monroe = crate::matter::parse_matter(
            r#"{"schema_version": 1, "court": "nywd",
                "motion": {"kind": "compel", "movant": "plaintiff"}, "caption": {},
                "parties": [{"id": "p1", "name": "Rech", "side": "plaintiff"},
                            {"id": "p2", "name": "Monroe County", "side": "defendant"}]}"#,
            "t.json",
        )
        .expect("a valid matter");
        assert!(!names_another_case(
            "Court-ordered conference in the Monroe County case.",
            &monroe.parties
        ));
        assert!(names_another_case(
            "Discovery in the St. Louis County suit.",
            &monroe.parties
        ));
    }
}
