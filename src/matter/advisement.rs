//! Whether the other side's words leave its answer with its client, or
//! under thought: "would take our proposal to his client", "needed to
//! check with the carrier", "took the offer under advisement", "the client
//! was still considering the proposal", "would think further about a
//! compromise", "would see what he could do", "would circle back".
//!
//! Each tells of an answer still to come, as a promise to respond does
//! (`promise.rs`): a motion filed before it came, with no word to the other
//! side since, was filed in the middle of conferring (Kosjer v.
//! Coffeyville Resources, D. Kan. 2018; Becker v. Wells Fargo, E.D. Cal.
//! 2013: motions filed "in the middle of the meet and confer process"). The
//! checker weighs it where it weighs a promise
//! (`check::conferral::unrecorded_promise`): a later contact with the other
//! side on the request followed it up, and only an unfollowed one holds the
//! record back.
//!
//! Read only of the other side's words. A negation just before it unsays it
//! ("would not take it to his client", "refused to consider"), and so does
//! a word after it that tells the answer came ("took it to his client, who
//! rejected it", "…; the client said no", "… but would not agree").

use super::phrase::{NEGATION, is_one_of, words};

/// Words without one of which none of the readings below can match: most
/// positions have none, and cost one scan.
const TRIGGER: &[&str] = &[
    "client",
    "clients",
    "clt",
    "insurer",
    "carrier",
    "principal",
    "principals",
    "advisement",
    "considering",
    "evaluating",
    "weighing",
    "mulling",
    "contemplating",
    "circle",
    "think",
    "see",
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
const ENDED: &[&str] = &[
    "refused", "refuses", "rejected", "rejects", "declined", "declines", "denied", "impasse", "no",
    "stand", "stands", "stood",
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
    if !words(text).any(|w| is_one_of(w, TRIGGER)) {
        return false; // asked of positions on every keystroke
    }
    let ws: Vec<&[u8]> = words(text).collect();
    // A question is no promise: "asked whether he would take it to his
    // client".
    let asked = |k: usize| {
        ws[k.saturating_sub(6)..k]
            .iter()
            .any(|w| is_one_of(w, &["whether", "if", "asked", "asking"]))
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
    let ended_after = |k: usize| {
        let rest = &ws[k.min(ws.len())..];
        rest.iter().any(|w| is_one_of(w, ENDED))
            || rest.windows(2).any(|p| {
                (is_one_of(p[0], &["would", "will", "could", "did"]) && is_one_of(p[1], &["not"]))
                    || (is_one_of(p[0], &["wouldn", "won", "couldn", "didn"])
                        && is_one_of(p[1], &["t"]))
            })
    };
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
            || (is_one_of(w, &["circle"]) && then(1, &["back"]));
        if thought
            && let Some(k) = led(v)
            && found(k, v + 1)
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
            "Maintained the objections; said he would think further about compromise.",
            "Said he would see what he could do.",
            "Said he would circle back after speaking with his client.",
            "Would first need to run the narrowed request by his client.",
        ] {
            assert!(left_pending(text), "{text}");
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
            "The client's tax returns are not relevant.",
        ] {
            assert!(!left_pending(text), "{text}");
        }
    }
}
