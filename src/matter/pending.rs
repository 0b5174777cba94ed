//! Whether the other side's words leave its answer still to come: with its
//! client ("would take our proposal to his client", "needed to check with
//! the carrier", "took the offer under advisement", "the client was still
//! considering the proposal"), under thought ("would think further about a
//! compromise", "would see what he could do", "would circle back"), or in
//! the works ("responses were being prepared", "his client was gathering
//! the documents", "the documents were on the way", "we would hear from him
//! soon", "asked for more time to consider the request").
//!
//! Each tells of an answer still to come, as a promise to respond does
//! (`promise.rs`): a motion filed before it came, with no word to the other
//! side since, was filed in the middle of conferring (Kosjer v.
//! Coffeyville Resources, D. Kan. 2018; Becker v. Wells Fargo, E.D. Cal.
//! 2013: motions filed "in the middle of the meet and confer process";
//! Micromet v. Cell Therapeutics, W.D. Wash. 2005: a motion brought before
//! an agreed exchange was premature). The checker weighs it where it weighs
//! a promise (`check::conferral::unrecorded_promise`): a later contact with
//! the other side on the request followed it up, and only an unfollowed one
//! holds the record back.
//!
//! Read only of the other side's words. A negation just before it unsays it
//! ("would not take it to his client", "refused to consider"), and so does
//! a word after it that tells the answer came ("took it to his client, who
//! rejected it", "…; the client said no", "… but would not agree", "were
//! being prepared; served on March 3").

use super::phrase::{NEGATION, is_one_of, words};

/// Words without one of which (or one of `CLIENT`) none of the readings
/// below can match: most positions have none, and cost one scan.
const TRIGGER: &[&str] = &[
    "advisement",
    "considering",
    "evaluating",
    "weighing",
    "mulling",
    "contemplating",
    "circle",
    "think",
    "give",
    "see",
    "being",
    "way",
    "works",
    "progress",
    "underway",
    "touch",
    "hear",
    "revert",
    "tight",
    "time",
    "week",
    "weeks",
    "days",
    "decision",
    "decide",
    "few",
    "day",
];

/// Words that make what follows a thing to be done: "would", "will",
/// "agreed", "needed", "wanted", "had (to)", and notes' "to" ("OC to
/// discuss w/ client").
const LEAD: &[&str] = &[
    "will",
    "would",
    "ll",
    "d",
    "agreed",
    "agrees",
    "promised",
    "promises",
    "offered",
    "offers",
    "undertook",
    "committed",
    "going",
    "intends",
    "intended",
    "planned",
    "plans",
    "needed",
    "needs",
    "need",
    "wanted",
    "wants",
    "must",
    "had",
    "has",
    "have",
    "to",
];

/// Small words allowed between the leading word and the verb: "would need
/// to take", "would first have to discuss", "would also be able to check".
const SMALL: &[&str] = &[
    "to",
    "first",
    "further",
    "also",
    "then",
    "need",
    "have",
    "be",
    "able",
    "again",
    "likely",
    "probably",
    "personally",
    "now",
];

/// Verbs of putting a question to the client: "take/bring/run/pass/relay
/// our proposal to", "discuss/confer/consult/talk/speak/check with", "ask",
/// "get/seek/obtain authority or instructions from".
const CONSULT: &[&str] = &[
    "take", "bring", "run", "pass", "relay", "present", "convey", "forward", "discuss", "confer",
    "consult", "talk", "speak", "check", "raise", "ask", "get", "seek", "obtain",
];

/// Whom the question is put to, or what is sought from them.
const CLIENT: &[&str] = &[
    "client",
    "clients",
    "clt",
    "insurer",
    "carrier",
    "principal",
    "principals",
    "authority",
    "instructions",
];

/// Words that say the answer came, read after the reading's match.
/// ("… but said the objections would stand": an over-strictness review of
/// Shoemake v. McCormick, D. Kan. 2011.)
/// ("…; served on March 3", "which arrived two weeks later": what was in
/// the works came.)
const ENDED: &[&str] = &[
    "refused",
    "refuses",
    "rejected",
    "rejects",
    "declined",
    "declines",
    "denied",
    "impasse",
    "no",
    "stand",
    "stands",
    "stood",
    "decided",
    "produced",
    "served",
    "received",
    "provided",
    "delivered",
    "arrived",
    "came",
    "answered",
    "responded",
    "supplemented",
    // "…; maintained its objections", "kept the refusal", "confirmed
    // the objections", "continued to refuse", "still decline" (an
    // over-strictness review, 96, of Shoemake and Rech).
    "maintained",
    "maintains",
    "maintain",
    "kept",
    "keeps",
    "confirmed",
    "confirms",
    "refuse",
    "refusing",
    "rejecting",
    "decline",
    "declining",
];

/// Its passive: "responses were being prepared".
const BEING_DONE: &[&str] = &[
    "prepared",
    "gathered",
    "collected",
    "assembled",
    "compiled",
    "drafted",
    "finalized",
    "reviewed",
    "processed",
    "located",
];

/// Who a note's bare "to" may follow: "OC to discuss w/ client", "Def.
/// counsel to check with the carrier"; not "had not had a chance to
/// discuss it with his client".
const NOTE_SUBJECT: &[&str] = &[
    "oc",
    "counsel",
    "defense",
    "defendant",
    "defendants",
    "def",
    "dft",
    "deft",
    "plaintiff",
    "plaintiffs",
    "pltf",
    "he",
    "she",
    "they",
];

/// Whether `text`, the other side's words (a position, or a clause of a
/// summary that names the other side), leaves its answer pending with its
/// client or under thought, with nothing after it telling the answer came.
pub(crate) fn left_pending(text: &str) -> bool {
    if !words(text).any(|w| is_one_of(w, TRIGGER) || is_one_of(w, CLIENT)) {
        return false; // asked of positions on every keystroke
    }
    let ws: Vec<&[u8]> = words(text).collect();
    // A question is no promise: "asked whether he would take it to his
    // client".
    let asked = |k: usize| {
        ws[k.saturating_sub(6)..k]
            .iter()
            .any(|w| is_one_of(w, &["whether", "if"]))
    };
    // ("had not had a chance to discuss it with his client": the
    // negation six words back still governs.)
    let negated = |from: usize, to: usize| {
        ws[from.saturating_sub(6)..to]
            .iter()
            .any(|w| is_one_of(w, NEGATION))
    };
    // A leading word through at most three small words before `v`.
    let led = |v: usize| -> Option<usize> {
        let mut k = v;
        for _ in 0..4 {
            if k == 0 {
                return None;
            }
            k -= 1;
            let w = ws[k];
            // "had to", "has to": the leading "had" needs its "to".
            let leads = is_one_of(w, LEAD)
                && (!is_one_of(w, &["had", "has", "have"])
                    || ws.get(k + 1).is_some_and(|n| is_one_of(n, &["to"])));
            if leads && !is_one_of(w, &["to"]) {
                return Some(k);
            }
            // A note's bare "to" at the head of its clause or after a
            // name: "OC to discuss w/ client".
            if is_one_of(w, &["to"]) && (k == 0 || is_one_of(ws[k - 1], NOTE_SUBJECT)) {
                return Some(k);
            }
            if !is_one_of(w, SMALL) {
                return None;
            }
        }
        None
    };
    let ended_after = |k: usize| ended(&ws[k.min(ws.len())..]);
    let found =
        |start: usize, end: usize| !asked(start) && !negated(start, end) && !ended_after(end);
    for (v, w) in ws.iter().enumerate() {
        // "would take our proposal to his client", "needed to check with
        // the carrier", "would seek authority".
        if is_one_of(w, CONSULT)
            && let Some(k) = led(v)
            && let Some(c) = ws[v + 1..]
                .iter()
                .take(8)
                .position(|x| is_one_of(x, CLIENT))
            && found(k, v + 1 + c + 1)
        {
            return true;
        }
        // "took the offer under advisement".
        if is_one_of(w, &["advisement"])
            && v > 0
            && is_one_of(ws[v - 1], &["under"])
            && found(v - 1, v + 1)
        {
            return true;
        }
        // "the client was still considering the proposal", "is
        // evaluating our offer".
        if is_one_of(
            w,
            &[
                "considering",
                "evaluating",
                "weighing",
                "mulling",
                "contemplating",
            ],
        ) && v > 0
            && is_one_of(
                ws[v - 1],
                &[
                    "is", "was", "were", "are", "still", "remains", "remained", "be",
                ],
            )
            && ws[v + 1..].iter().take(4).any(|x| {
                is_one_of(
                    x,
                    &[
                        "proposal",
                        "proposals",
                        "offer",
                        "offers",
                        "compromise",
                        "request",
                        "requests",
                        "demand",
                        "it",
                        "this",
                        "that",
                        "options",
                        "suggestion",
                    ],
                )
            })
            && found(v - 1, v + 1)
        {
            return true;
        }
        // "would think further about a compromise", "would think it
        // over", "would see what he could do", "would circle back".
        let then = |n: usize, set: &[&str]| ws.get(v + n).is_some_and(|x| is_one_of(x, set));
        let thought = (is_one_of(w, &["think"])
            && then(1, &["further", "more", "about", "over", "it"]))
            || (is_one_of(w, &["see"])
                && then(1, &["what"])
                && (2..5).any(|n| then(n, &["do", "could", "can"])))
            || (is_one_of(w, &["circle"]) && then(1, &["back"]))
            // "would give further consideration to any more room for
            // compromise" (an adversarial review, 136, of Brady v. LTD
            // Parts, M.D. Tenn. 2009), "would give it more thought".
            || (is_one_of(w, &["give"])
                && (1..4).any(|n| then(n, &["consideration", "thought"]))
                && (1..3).any(|n| then(n, &["further", "more", "some"])));
        if thought
            && let Some(k) = led(v)
            && found(k, v + 1)
        {
            return true;
        }
        // "responses were being prepared", "the documents are being
        // gathered". (Not the active "was preparing", "was still working
        // to resolve difficulties": an over-strictness review, 96, found it
        // telling why nothing had come, Fortech, E.D. Mich. 2023, or in a
        // letter that crossed the motion, Aerwey, N.D. Ill. 1981.)
        if v > 0
            && is_one_of(w, BEING_DONE)
            && is_one_of(ws[v - 1], &["being"])
            && found(v - 1, v + 1)
        {
            return true;
        }
        // "on the way", "in the works", "in progress", "underway".
        let put = (is_one_of(w, &["way"])
            && v > 1
            && is_one_of(ws[v - 1], &["the"])
            && is_one_of(ws[v - 2], &["on"])
            // (Not "produced on the way to the deposition".)
            && !then(1, &["to", "from", "back", "home", "out", "into", "there"]))
            || (is_one_of(w, &["works", "progress"])
                && v > 0
                && is_one_of(ws[v - 1], &["the", "in"]))
            || is_one_of(w, &["underway"]);
        if put && found(v.saturating_sub(2), v + 1) {
            return true;
        }
        // "would be in touch", "we would hear from him soon", "would
        // revert", "would decide"; "told us to sit tight", "a decision would
        // be made".
        // ("in touch": the lead comes before "in".)
        // (The lead is looked for only after one of these words.)
        let touch = is_one_of(w, &["touch"]) && v > 0 && is_one_of(ws[v - 1], &["in"]);
        let led_to = if touch {
            led(v - 1)
        } else if (is_one_of(w, &["hear"]) && then(1, &["from", "back"]))
            || is_one_of(w, &["revert", "decide"])
        {
            led(v)
        } else {
            None
        };
        let word_back = led_to.is_some()
            || (is_one_of(w, &["decision"])
                && (1..4).any(|n| then(n, &["made", "come", "coming"])))
            || (is_one_of(w, &["tight"]) && v > 0 && is_one_of(ws[v - 1], &["sit"]));
        if word_back && found(led_to.unwrap_or(v), v + 1) {
            return true;
        }
        // "resp. in a few days", "answer in the next few days", "responses
        // within a week" (an adversarial review, 98, of Walker v. TA
        // Operating, W.D. Ark. 2015).
        if is_one_of(w, &["in", "within"])
            && ws[v.saturating_sub(3)..v].iter().any(|x| {
                is_one_of(x, AN_ANSWER)
                    || is_one_of(x, &["responses", "answers", "production", "documents"])
            })
            && ((then(1, &["a", "the", "next"])
                && (1..4).any(|n| then(n, &["few", "couple"]))
                && (2..5).any(|n| then(n, &["days", "weeks"])))
                || (then(1, &["a"]) && then(2, &["week", "day"])))
            // (Not "served the documents in a few days": what came.)
            && !ws[..v].iter().any(|x| is_one_of(x, ENDED))
            && found(v.saturating_sub(3), v + 1)
        {
            return true;
        }
        // "asked for more time to consider the request", "needed another
        // week to look into it".
        if is_one_of(w, &["time", "week", "weeks", "days"])
            && v > 0
            && is_one_of(
                ws[v - 1],
                &["more", "another", "additional", "extra", "further"],
            )
            && ws[..v - 1].iter().rev().take(3).any(|x| {
                is_one_of(
                    x,
                    &[
                        "asked",
                        "requested",
                        "needed",
                        "wanted",
                        "sought",
                        "need",
                        "needs",
                    ],
                )
            })
            && found(v - 1, v + 1)
        {
            return true;
        }
    }
    false
}

/// Whether `rest`, the words after a reading's match, tell that the answer
/// came: a word of `ENDED` (not one a negation just before turns into the
/// breach, "nothing came", "never arrived", "no response was received",
/// which leaves the thread open), or "would not", "are not", "won't".
fn ended(rest: &[&[u8]]) -> bool {
    rest.iter().enumerate().any(|(k, w)| {
        is_one_of(w, ENDED)
            && !rest[k.saturating_sub(3)..k]
                .iter()
                .any(|x| is_one_of(x, &["nothing", "never", "not", "no", "none", "t"]))
            // "No" is the answer only as what was said ("the client said
            // no", "the answer was no"), not "no further contact".
            && (!is_one_of(w, &["no"])
                || k > 0 && is_one_of(rest[k - 1], &["said", "says", "was", "is", "be", "replied", "answered"]))
    }) || rest.windows(2).any(|p| {
        // ("are not answering": an over-strictness review, 96.)
        (is_one_of(
            p[0],
            &["would", "will", "could", "did", "is", "are", "was", "were"],
        ) && is_one_of(p[1], &["not"]))
            || (is_one_of(p[0], &["wouldn", "won", "couldn", "didn"]) && is_one_of(p[1], &["t"]))
    })
}

/// What the movant was told to expect: an answer named ("letter",
/// "response", "answer", "writing", "word", "a line").
const AN_ANSWER: &[&str] = &[
    "letter", "ltr", "response", "resp", "answer", "reply", "writing", "written", "word", "line",
    "position", "decision",
];

/// Whether `text` tells that the movant was told to expect the other side's
/// answer, in the movant's words: "told us to expect his letter by 1/26",
/// "told us to await his written answer", "OC told us we'd have his letter
/// by 1/26", "We were told a written response would come by 1/26", "we
/// were to get his letter by 1/26", "we'd hear from OC in writing", "was
/// told to expect defense counsel's written response", "his letter was
/// promised for 1/26", "Letter coming 1/26", "Told: letter by 1/26", "said
/// he'd drop us a line by 1/26" (an adversarial review, 95, of Kosjer v.
/// Coffeyville Resources, D. Kan. 2018: each a faithful rewording that read
/// Ready). Read of the other side's position, the movant's own and a
/// contact's summary; not of the movant telling the other side ("we told
/// OC to expect our letter"), not negated ("were never told to expect"),
/// and not where a later word says the answer came.
pub fn told_to_expect(text: &str) -> bool {
    const CUE: &[&str] = &[
        "told", "expect", "await", "promised", "coming", "hear", "line", "get", "have", "receive",
    ];
    if !words(text).any(|w| is_one_of(w, CUE)) {
        return false; // asked of positions on every keystroke
    }
    let ws: Vec<&[u8]> = words(text).collect();
    // The movant in its own words. (Not a side's role: "told Plaintiffs'
    // counsel we expected their written answer by September 20" is the
    // defendant's demand, an over-strictness review, 97, of Sample v.
    // Hilton Worldwide, D.N.M. 2024.)
    let us = |w: &[u8]| is_one_of(w, &["us", "me", "we", "i"]);
    let theirs = |w: &[u8]| {
        is_one_of(
            w,
            &[
                "his", "her", "their", "oc", "counsel", "defense", "def", "him", "them", "s",
            ],
        )
    };
    // The answer named, and not the movant's own ("our letter").
    let answer_within = |from: usize, n: usize| {
        ws[from.min(ws.len())..]
            .iter()
            .take(n)
            .position(|w| is_one_of(w, AN_ANSWER))
            .map(|p| from + p)
            .filter(|&a| {
                !ws[a.saturating_sub(2)..a]
                    .iter()
                    .any(|x| is_one_of(x, &["our", "my"]))
            })
            .map(|a| a + 1)
    };
    // ("No written response was promised": the negation may open the
    // clause, before the answer the promise is of.)
    // (Not "No." before a number: "Interrogatory No. 4".)
    let negated = |k: usize| {
        (k.saturating_sub(5)..k).any(|j| {
            is_one_of(ws[j], &["not", "never", "no", "t"])
                && !(is_one_of(ws[j], &["no"])
                    && ws.get(j + 1).is_some_and(|n| n[0].is_ascii_digit()))
        })
    };
    for (k, w) in ws.iter().enumerate() {
        let end = if is_one_of(w, &["told"]) {
            // "told us to expect/await/look for …", "told us we'd have/hear …",
            // "we were told …", "was told to expect …", "Told: letter by 1/26".
            let told_us = k + 1 < ws.len() && us(ws[k + 1]);
            // ("we were told …" is one of these.)
            let was_told = k >= 1 && is_one_of(ws[k - 1], &["was", "were"]);
            // A bare "Told" with no one told ("Told: letter by 1/26"); not
            // "Told OC we would respond in writing", the movant telling.
            let bare = (k == 0 || (!us(ws[k - 1]) && !is_one_of(ws[k - 1], &["was", "were"])))
                && !ws.get(k + 1).is_some_and(|x| {
                    is_one_of(
                        x,
                        &[
                            "oc",
                            "counsel",
                            "him",
                            "her",
                            "them",
                            "defense",
                            "def",
                            "defendant",
                            "defendants",
                            "plaintiff",
                            "plaintiffs",
                            "opposing",
                            "the",
                            "mr",
                            "ms",
                        ],
                    )
                });
            // Not "we told OC …": the movant telling.
            let movant_told = k >= 1 && is_one_of(ws[k - 1], &["we", "i"]);
            // Something still to come between "told" and the answer ("to
            // expect", "would", "'d have"), or the answer's day after it
            // ("Told: letter by 1/26"); not "told us he had sent the letter".
            const AHEAD: &[&str] = &[
                "expect",
                "await",
                "look",
                "watch",
                "anticipate",
                "would",
                "d",
                "will",
                "ll",
                "coming",
                "arrive",
                "come",
                "get",
                "have",
                "hear",
            ];
            if movant_told || !(told_us || was_told || bare) {
                None
            } else {
                answer_within(k + 1, 9).filter(|&end| {
                    // ("told us a letter from him would arrive by 1/26":
                    // the looking ahead may follow the answer.)
                    ws[k + 1..(end + 4).min(ws.len())]
                        .iter()
                        .any(|x| is_one_of(x, AHEAD))
                        || ws.get(end).is_some_and(|x| is_one_of(x, &["by", "due"]))
                })
            }
        } else if is_one_of(w, &["expect", "await"]) {
            // "to expect his letter", "await OC's letter".
            (k > 0 && is_one_of(ws[k - 1], &["to", "would", "should", "could"]))
                .then(|| answer_within(k + 1, 6))
                .flatten()
        } else if is_one_of(w, &["get", "have", "hear", "receive"]) {
            // "we were to get his letter", "we'd have his letter", "we'd hear
            // from OC in writing", "we would receive a response".
            let we_lead = ws[k.saturating_sub(3)..k].iter().any(|x| us(x))
                && ws[k.saturating_sub(2)..k]
                    .iter()
                    .any(|x| is_one_of(x, &["would", "d", "to", "will", "ll"]));
            (we_lead
                && (k + 1..(k + 4).min(ws.len()))
                    .any(|j| theirs(ws[j]) || is_one_of(ws[j], &["from", "a", "an"])))
            .then(|| answer_within(k + 1, 6))
            .flatten()
        } else if is_one_of(w, &["promised", "coming"]) {
            // "his letter was promised for 1/26", "Letter coming 1/26";
            // not the movant asking for it ("Asked for the written answer
            // promised for March 13" chases it).
            let before = &ws[k.saturating_sub(3)..k];
            (before.iter().any(|x| is_one_of(x, AN_ANSWER))
                && !ws[..k].iter().any(|x| {
                    is_one_of(x, &["asked", "requested", "demanded", "sought", "reminded"])
                }))
            .then_some(k + 1)
        } else if is_one_of(w, &["line"])
            && ws[k.saturating_sub(3)..k]
                .iter()
                .any(|x| is_one_of(x, &["drop", "send"]))
        {
            // "said he'd drop us a line by 1/26".
            Some(k + 1)
        } else {
            None
        };
        if let Some(end) = end
            && !negated(k)
            && !ended(&ws[end.min(ws.len())..])
        {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::left_pending;

    #[test]
    fn an_answer_left_with_the_client_is_read() {
        for text in [
            "Maintained the objections; said he would take our proposal to his client.",
            "Said he would talk to his client about producing the claims file and let us know.",
            "Would confer with his client regarding the claims file.",
            "Said he would discuss our proposal with his client and call back.",
            "Needed to check with the carrier before agreeing to anything.",
            "Had to get authority from the insurer.",
            "OC to discuss w/ client.",
            "Took our proposal under advisement.",
            "Said the client was considering the proposal.",
            "Said he would think further about a compromise and get back to us.",
            "Said Plaintiffs would give further consideration to any more room for compromise.",
            "Would give it more thought.",
            "Maintained the objections; said he would think further about compromise.",
            "Said he would see what he could do.",
            "Said he would circle back after speaking with his client.",
            "Would first need to run the narrowed request by his client.",
            "Said we would hear from him soon.",
            "Indicated that supplemental responses were being prepared.",
            "Said the documents were on the way.",
            "Said they would be in touch.",
            "Said a decision would be made by the end of the week.",
            "Said he would revert once he had instructions.",
            "Told us to sit tight.",
            "Asked for more time to consider the request.",
            "Needed another week to look into it.",
            "Said a response was in the works.",
            "Says they have been on the road; resp. in a few days.",
            "Answer in the next few days.",
        ] {
            assert!(left_pending(text), "{text}");
        }
    }

    #[test]
    fn an_answer_the_movant_was_told_to_expect_is_read() {
        for text in [
            "Maintained objections; told us a letter from him would arrive by 1/26.",
            "Objections stand; told us to look for his letter answering the GR letter by 1/26.",
            "Maintained objections; told us to await his written answer by Jan. 26.",
            "M&C in person w/ OC 1/18. We were told to expect a written response by 1/26. Nothing came; filed 1/29.",
            "Met in person 1/18. We were told a written response would come by 1/26. Nothing came.",
            "Met in person 1/18. OC told us to look for his letter by 1/26.",
            "In-person conf w/ OC 1/18; OC told us we'd have his letter by 1/26. Nothing came.",
            "In-person conf w/ OC 1/18; his letter was promised for 1/26. Nothing came.",
            "In-person conf w/ OC 1/18; we were to get his letter by 1/26. Nothing came.",
            "In-person conf w/ OC 1/18. Told: letter by 1/26. Nothing came.",
            "Met in person 1/18. We were told a written response would come by 1/26. Nothing came; filed 1/29, no further contact.",
            "Discussed the claims-file dispute; was told to expect defense counsel's written response by 1/26.",
            "Discussed the claims file; told to await OC's letter by 1/26.",
            "Discussed Interrogatory No. 4; was told to expect his written response by March 13.",
            "Discussed the claims file; we'd hear from OC in writing by 1/26.",
            "Objections stand (WP, privilege, relevance). Letter coming 1/26.",
            "Stands on WP/priv/relevance objs; said he'd drop us a line by 1/26.",
        ] {
            assert!(super::told_to_expect(text), "{text}");
        }
        for text in [
            "We told OC to expect our letter by 1/26.",
            "We were never told to expect a written response.",
            "Told us to expect his letter by 1/26; it arrived on 1/25 and refused the request.",
            "Told plaintiff the documents were privileged.",
            "We would get the documents ourselves from the bank.",
            "Told us he had sent the letter on 1/10.",
            "Told OC we would respond in writing by 1/26.",
            "Told Plaintiffs' counsel we expected their written answer by September 20, 2024.",
            "Told defense counsel we would put our position in writing.",
        ] {
            assert!(!super::told_to_expect(text), "{text}");
        }
    }

    #[test]
    fn an_answer_that_came_or_was_never_pending_is_not() {
        for text in [
            "Maintained the objections.",
            "Would not take the proposal to his client.",
            "Refused to consider any compromise.",
            "Took our proposal to his client, who rejected it.",
            "Said he would take it to his client; the client said no.",
            "Would discuss it with his client but would not agree to produce the file.",
            "Asked whether he would take the proposal to his client.",
            "The client has no documents responsive to the request.",
            "Said he did not need to consult his client: the answer is no.",
            "Would think the request overbroad.",
            "We will see you at the deposition.",
            "Had consulted his client, who stands on the objections; impasse.",
            "Considering the volume, the request is unduly burdensome.",
            "Had not had a chance to review the email with his client but said the objections would stand.",
            "Had not had a chance to discuss the email with his client.",
            "Said the responses were being prepared; they were served on March 3.",
            "Said his client was gathering the documents, which arrived two weeks later.",
            "Was not working on any supplemental responses.",
            "Reviewing the request, defense counsel found it overbroad and refused.",
            "Asked whether we needed more time.",
            "Responses in a few days were impossible; they refused.",
            "Served the documents in a few days, as promised.",
            "Had asked for more time in December and served responses in January.",
            "Arco was preparing the materials necessary to comply with the discovery requests.",
            "Had not provided the documents because it was still working to resolve difficulties producing them.",
            "Took our request under advisement; maintained its objections.",
            "Said he would check with his client; the next day confirmed the objections.",
            "Would consider it, but they are not answering the interrogatory.",
            "The client's tax returns are not relevant.",
        ] {
            assert!(!left_pending(text), "{text}");
        }
    }
}
