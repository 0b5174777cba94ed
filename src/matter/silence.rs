//! Whether the other side's "position" recorded on one of the movant's
//! attempts says only that nothing came back.
//!
//! A file written before `reply` existed could record the other side's
//! answer to an attempt only as its position on a request ("Hoped to have
//! the answers shortly"), and could record silence only in the same place
//! ("No response", "Counsel never replied to our letter of October 4"). The
//! checker reads such an attempt as answered when its entry records a
//! position, so the second kind must not be taken for the first. A position
//! is silence only when the whole text is one plain statement that no answer
//! came: optionally who stayed silent ("Opposing counsel"), the statement
//! ("No response", "Did not reply", "Never heard back", "Unanswered"),
//! optionally what went unanswered ("to the letter", "to our email of
//! October 4"), and optionally "before filing". Anything else, any word of
//! substance, any second clause, is an answer: the stricter reading. (The
//! grammar that reads a complete default in an objection, `default.rs`,
//! allows a time after its statement, "by the agreed deadline"; here only
//! "by the deadline" the attempt gave may close it, with nothing after: "No
//! response by the deadline; asked for two more weeks" is an answer, so the
//! default grammar's times are not reused.)

use std::borrow::Cow;

use super::ItemDiscussion;

impl ItemDiscussion {
    /// The entry records something the other side said on the request: a
    /// position that is not merely a statement that no answer came.
    pub fn records_an_answer(&self) -> bool {
        !self.opponent_position.trim().is_empty() && !says_no_answer(&self.opponent_position)
    }
}

impl ItemDiscussion {
    /// The other side's recorded position says it gave nothing of substance
    /// on the request ("Did not provide a substantive response as to
    /// whether they oppose", "Ack'd receipt."): on a call, that is no
    /// comparing of views, whatever outcome is recorded (Latell v. Sovereign
    /// Bank, M.D. Fla. 2014, likened such a certificate to "opposing counsel
    /// was unavailable"; McAllister v. McDermott, M.D. La. 2019: an
    /// acknowledgment is not the dialogue Rule 37 requires).
    pub fn records_no_substance(&self) -> bool {
        says_no_substance(&self.opponent_position)
            // "Per Mr. Sheppard, no such conference took place" (a
            // twenty-third review of Hadcock): denying the conference is no
            // position on the request.
            || super::elsewhere::says_no_real_conference(&self.opponent_position)
    }
}

/// Whether `text` says only that nothing of substance came: "no
/// substantive response", "did not provide a substantive response (as to
/// …)", "acknowledged receipt", "nothing substantive". Anything that also
/// gives a position ("Acknowledged receipt; stands on its objections") is
/// not read: the stricter reading lets the answer stand.
fn says_no_substance(text: &str) -> bool {
    const CARRY: &[&str] = &[
        "substantive",
        "substantively",
        "receipt",
        "substance",
        "whether",
        "discuss",
        "read",
        "seen",
        "understood",
        "thought",
        "believed",
        "impression",
        "presumably",
        "presumed",
        "assumed",
        "assuming",
        "assumption",
        "apparently",
        "seemingly",
        "seemed",
        "appeared",
        "unaware",
        "address",
        "calling",
        "wanted",
        "needed",
        // An adversarial review, 90, of Hadcock. (Why counsel could not
        // talk, "had been in a deposition", is read only beside one of
        // these: alone it is no answer the record needs read.)
        "reviewed",
        "review",
        "took",
        "speak",
        "respond",
        // A hundred-and-twelfth (McAllister v. McDermott, M.D. La. 2019):
        // "Confirmed he received the 8/30 email".
        "received",
        // An adversarial review, 123, of Latell: "Gave no position on the
        // motion".
        "position",
        // Review 134 (Hadcock): "Confirmed the above in writing".
        "above",
    ];
    if !super::default::has_any_word(text, CARRY) {
        return false; // asked of positions on every keystroke
    }
    let lower = text.trim().trim_end_matches('.').to_lowercase();
    let Some((lower, hedged)) = without_framing(&lower) else {
        return false;
    };
    // Each statement, where several are given ("Not prepared to discuss
    // the responses; had not read the email"): every one must say that
    // nothing of substance came ("Had not read the letter. Maintained that
    // the production was adequate." gives a position). A comma parts
    // statements the same way ("thought the call concerned his letter, so
    // was not in a position to discuss the responses"), each read on its
    // own, so ", stands on its objections" still gives a position; one
    // before a digit is a date's ("November 9, 2020"). "But" may join a
    // position however the rest reads ("… but will answer Friday").
    if lower.contains(" but ") {
        return false;
    }
    // A colon parts statements as a semicolon does ("Not in a position to
    // discuss the responses: hadn't read the Nov. 9 email": an adversarial
    // review, 99, of Hadcock); each must still say nothing of substance, so
    // "Objected: overbroad" gives a position. One before a digit is a
    // time's.
    let parted;
    let lower = if lower.contains(':') {
        parted = colons_part_statements(&lower);
        parted.as_str()
    } else {
        lower.as_ref()
    };
    // A parenthesis that hedges the whole ("(so we understood)",
    // "(defendant's impression after the conversation)"), or a hedge that
    // closes it (", as defense counsel understood it"), makes a position of
    // one sentence the movant's inference.
    if hedged || trailing_hedge(lower) {
        return super::phrase::clauses(lower).count() == 1 && !lower.contains(';');
    }
    let lower = commas_part_statements(lower);
    super::phrase::clauses(&lower).all(|part| {
        let ws: Vec<&str> = lower_words(part).collect();
        // Statements joined by "and" are read each on its own ("Had not
        // read the email and understood the call to be about his own
        // letter", Hadcock as recorded blind): every one must say it.
        ws.is_empty()
            || ws.split(|w| *w == "and").all(|statement| {
                let statement = match statement {
                    ["so" | "then" | "thus" | "therefore", rest @ ..] => rest,
                    _ => statement,
                };
                // "Said he had been in a deposition": what he said is read
                // (a verb of saying adds nothing of substance on its own).
                let statement = match statement {
                    ["said" | "says" | "stated" | "explained", rest @ ..] => rest,
                    // "Confirmed in writing that he hadn't read the email"
                    // (review 99).
                    ["confirmed", "in", "writing", "that", rest @ ..]
                    | ["confirmed", "that", rest @ ..]
                    | ["wrote", "that", rest @ ..] => rest,
                    // "Confirmed the above in writing", "Confirmed the call
                    // in writing" (review 134): a written record of the call,
                    // no more.
                    ["confirmed", "the", "above" | "call", "in", "writing"]
                    | ["confirmed", "the", "above" | "call"] => &[],
                    // "Confirmed he hadn't looked at the email" (review 101).
                    ["confirmed" | "wrote", rest @ ..]
                        if rest
                            .first()
                            .is_some_and(|w| matches!(*w, "he" | "she" | "they")) =>
                    {
                        rest
                    }
                    _ => statement,
                };
                let statement = super::phrase::skip_who(statement, |w| {
                    WHO.contains(&w) || WHO_IN_NOTES.contains(&w)
                });
                // (", and took the call to concern …": nothing before "and".)
                statement.is_empty() || nothing_of_substance(statement) || inferred(statement)
            })
    })
}

/// One statement, its subject dropped, that gives only what the movant took
/// away, not what the other side said: "Left defense counsel with the
/// impression that Plaintiff's attorney would not agree", "Presumably
/// opposed", "Seemed unwilling to agree", "Understood from the call that
/// counsel would not agree", "Would not agree, as defense counsel
/// understood it" (Fears v. Wal-Mart, D. Kan. 2000: the one conversation
/// that left that impression was no reasonable effort to confer). Only at
/// the head of a statement, or as its closing hedge: "presumed work
/// product", "a question of first impression" and "objected, presumably to
/// keep its figures confidential" give the other side's own position.
fn inferred(statement: &[&str]) -> bool {
    /// What may follow a hedge at the head: a stance on the request.
    const STANCE: &[&str] = &[
        "would",
        "will",
        "not",
        "unwilling",
        "opposed",
        "opposes",
        "oppose",
        "against",
        "agree",
        "agreeable",
        "disagree",
        "to",
        "refused",
        "refuses",
        "no",
    ];
    match statement {
        [
            "presumably" | "presumed" | "apparently" | "seemingly" | "seemed" | "appeared"
            // "Assumed opposed." (an eighty-fourth review of Gessler); not
            // "assume", which the other side may say of itself.
            | "assumed" | "assuming",
            next,
            ..,
        ] => STANCE.contains(next),
        ["understood", "from", ..] => true,
        [first, rest @ ..] => {
            matches!(
                *first,
                "left" | "came" | "formed" | "got" | "gave" | "our" | "my" | "impression"
            ) && (*first == "impression" || rest.iter().take(6).any(|w| *w == "impression"))
        }
        [] => false,
    }
}

/// The position closes on a hedge that makes all of it the movant's take:
/// "…, as defense counsel understood it", "… so we understood". (`text` is
/// the whole position; it is read only where it is one sentence.)
fn trailing_hedge(text: &str) -> bool {
    if !text.ends_with("understood it") && !text.ends_with("understood") {
        return false; // most positions
    }
    let ws: Vec<&str> = lower_words(text).collect();
    matches!(
        ws.as_slice(),
        [_, .., "as", _, "understood", "it"]
            | [_, .., "as", _, _, "understood", "it"]
            | [_, .., "as", _, _, _, "understood", "it"]
            | [_, .., "so", "we", "understood"]
            | [_, .., "as", "we", "understood"]
    )
}

/// `text` without what only frames the other side's words, or `None` when
/// something there could carry a position. Two frames are taken:
/// - a lead-in before a colon that says only that the account was written
///   down ("Memorialized the call: he had not read the email …", the other
///   side's own email in Hadcock v. Jest Operating, M.D. Fla. 2021);
/// - a parenthesis that says only where counsel was ("(in deposition and
///   then on a plane)"), which explains the silence and takes no position.
///
/// A parenthesis that hedges the whole ("(so we understood)", `hedge`) is
/// set aside too, and the `bool` says so: the rest is then the movant's
/// inference. Any other colon or parenthesis may hold a position ("Gave a
/// substantive response: the request is overbroad"), so the text is not
/// read.
fn without_framing(text: &str) -> Option<(Cow<'_, str>, bool)> {
    /// The words of a lead-in that only says the call was written down.
    const LEAD_IN: &[&str] = &[
        "memorialized",
        "memorialised",
        "memorializing",
        "memorialising",
        "recapped",
        "recounted",
        // "Email confirming the call: …" (an adversarial review, 99, of
        // Hadcock).
        "confirming",
        "confirmed",
        "summarized",
        "summarised",
        "the",
        "call",
        "conversation",
        "in",
        "writing",
        "by",
        "email",
        "e",
        "mail",
        "his",
        "her",
        "their",
        "of",
        "nov",
        "november",
    ];
    /// Where counsel was, and nothing more.
    const AWAY: &[&str] = &[
        "in",
        "at",
        "on",
        "a",
        "an",
        "the",
        "and",
        "then",
        "deposition",
        "depositions",
        "depo",
        "trial",
        "hearing",
        "court",
        "plane",
        "flight",
        "travel",
        "travelling",
        "traveling",
        "out",
        "of",
        "office",
        "away",
        "vacation",
        "was",
        "he",
        "she",
        "all",
        "day",
    ];
    fn only(words: &str, set: &[&str]) -> bool {
        lower_words(words).all(|w| {
            set.contains(&w)
                || super::phrase::is_one_of(w.as_bytes(), super::phrase::MONTH)
                || w.bytes().all(|b| b.is_ascii_digit())
        })
    }
    if !text.contains([':', '(', ')']) {
        return Some((Cow::Borrowed(text), false));
    }
    let mut text = match text.split_once(':') {
        Some((lead, rest))
            if only(lead, LEAD_IN)
                && lower_words(lead).any(|w| {
                    w.starts_with("memorial")
                        || w.starts_with("summari")
                        || w == "recapped"
                        || w == "recounted"
                        || w == "confirming"
                        || w == "confirmed"
                }) =>
        {
            rest.trim().to_string()
        }
        // "Sheppard's position: he needed to read the email first" (an
        // adversarial review, 134, of Hadcock): a label, no more.
        Some((lead, rest))
            if lower_words(lead).count() <= 3
                && lower_words(lead).last().is_some_and(|w| w == "position") =>
        {
            rest.trim().to_string()
        }
        _ => text.to_string(),
    };
    let mut hedged = false;
    while let Some(open) = text.find('(') {
        let close = open + text[open..].find(')')?;
        let inside = &text[open + 1..close];
        if hedge(inside) {
            hedged = true;
        } else if !only(inside, AWAY) {
            return None;
        }
        text.replace_range(open..=close, " ");
    }
    (!text.contains(')')).then_some((Cow::Owned(text), hedged))
}

/// A parenthesis that says the words before it are the movant's take:
/// "so we understood", "as we understood it", "defendant's impression after
/// the conversation", "our impression".
fn hedge(inside: &str) -> bool {
    let ws: Vec<&str> = lower_words(inside).collect();
    matches!(
        ws.as_slice(),
        ["so", "we", "understood"]
            | ["as", "we", "understood", ..]
            | ["our" | "my" | "movant" | "his" | "her", "impression", ..]
            | [
                "defendant" | "defendants" | "plaintiff" | "plaintiffs" | "counsel",
                "s",
                "impression",
                ..
            ]
            | ["impression", ..]
            // "Defendant opposes (our assumption)" (an eighty-fourth review
            // of Independence Institute v. Gessler, D. Colo. 2011); not
            // "(presumed privileged)", "(assumption of risk)".
            | ["our" | "my" | "movant", "assumption"]
            | ["assumed" | "presumed"]
            | [
                "defendant" | "defendants" | "plaintiff" | "plaintiffs" | "counsel",
                "s",
                "assumption"
            ]
    )
}

/// `text` with each colon made a semicolon, but one before a digit (a
/// time's, "10:00").
fn colons_part_statements(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ':' && !chars.peek().is_some_and(char::is_ascii_digit) {
            out.push(';');
        } else {
            out.push(c);
        }
    }
    out
}

/// `text` with each comma that parts two statements made a semicolon, so
/// `phrase::clauses` reads the statements one by one. A comma before a
/// digit belongs to a date ("November 9, 2020") and stays.
fn commas_part_statements(text: &str) -> Cow<'_, str> {
    if !text.contains(", ") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ',' && chars.peek() == Some(&' ') {
            let mut ahead = chars.clone();
            ahead.next();
            if !ahead.peek().is_some_and(char::is_ascii_digit) {
                out.push(';');
                continue;
            }
        }
        out.push(c);
    }
    Cow::Owned(out)
}

/// One statement, its subject dropped, that says nothing of substance came.
fn nothing_of_substance(rest: &[&str]) -> bool {
    matches!(
        rest,
        [
            "no",
            "substantive",
            "response" | "resp" | "answer" | "reply",
            ..
        ] | [
            "did",
            "not",
            "provide" | "give",
            "a",
            "substantive",
            "response" | "answer",
            ..
        ] | [
            "provided" | "gave",
            "no",
            "substantive",
            "response" | "answer",
            ..
        ] | ["nothing", "of", "substance", ..]
            | ["acknowledged" | "ack" | "acked", "receipt"]
            | ["ack", "d", "receipt"]
            | ["acknowledged" | "ack" | "acked", "receipt", "only"]
            // "Acknowledged receipt; nothing further" (review 112).
            | ["nothing", "further" | "more" | "else"]
            | ["only", "acknowledged" | "acked", "receipt"]
            | [
                "did",
                "not",
                "substantively",
                "respond" | "answer" | "reply",
                ..
            ]
            | ["non", "substantive", "reply" | "response" | "answer"]
            | ["nothing", "substantive"]
            | ["would", "not", "say", "whether", ..]
            // "Did not say whether Defendants oppose", "Gave no position on
            // the motion" (an adversarial review, 123, of Latell v.
            // Sovereign Bank, M.D. Fla. 2014). ("Took no position" is not
            // read: it may mean no opposition.)
            | [
                "did" | "would",
                "not",
                "say" | "state" | "indicate",
                "whether" | "if",
                ..
            ]
            | ["gave" | "provided", "no", "position", ..]
            | [
                "did",
                "not",
                "give" | "provide" | "state",
                "a" | "any" | "its" | "his" | "her" | "their",
                "position",
                ..
            ]
            // Why counsel could not talk: "had been in a deposition and
            // then on a plane" (Hadcock's own words, in an adversarial
            // review, 90).
            | [
                "had" | "was" | "were",
                "been",
                "in",
                "a" | "another",
                "deposition" | "trial" | "hearing",
                ..
            ]
            | ["was" | "being", "in", "a" | "another", "deposition" | "trial" | "hearing", ..]
            | ["on", "a", "plane" | "flight"]
            // "Was caught off guard" by the call's subject (an adversarial
            // review, 105, of Hadcock): it says only that he came unready.
            | ["was" | "were", "caught", "off", "guard"]
            | ["caught", "off", "guard"]
    ) || call_about_a_paper(rest)
        || could_not_talk(rest)
}

/// Took the call to be about something else, a paper of its own: it
/// discussed nothing of these requests with him ("understood the call to
/// be about his own November 6 letter", "took the call to concern his
/// letter", "thought we were calling about his 11/6 letter": Hadcock, and
/// a twenty-fifth and a ninetieth review of it). Only where the words end
/// at that paper: "took the call to concern her letter refusing to
/// withdraw the subpoena" states a refusal (an over-strictness review,
/// 92).
fn call_about_a_paper(rest: &[&str]) -> bool {
    // Asked of statements on every keystroke: every form opens with one of
    // these verbs, so one comparison settles nearly all.
    if !rest.first().is_some_and(|w| {
        matches!(
            *w,
            "understood" | "thought" | "believed" | "took" | "assumed"
        )
    }) {
        return false;
    }
    let paper = match rest {
        [
            "understood" | "thought" | "believed" | "took",
            "the",
            "call" | "meeting" | "conference",
            "to",
            "be",
            "about",
            paper @ ..,
        ]
        | [
            "took",
            "the",
            "call" | "meeting" | "conference",
            "to",
            "concern",
            paper @ ..,
        ]
        | [
            "understood" | "thought" | "believed",
            "the",
            "call" | "meeting" | "conference",
            "concerned",
            paper @ ..,
        ]
        | [
            "understood" | "thought" | "believed",
            "the",
            "call" | "meeting" | "conference",
            "was",
            // "thought the call was re his Nov. 6 letter" (review 99)
            "about" | "re" | "regarding",
            paper @ ..,
        ]
        | [
            "understood" | "thought" | "believed",
            "the",
            "call" | "meeting" | "conference",
            "related" | "pertained",
            "to",
            paper @ ..,
        ]
        // "thought call was re his 11/6 ltr" (review 101).
        | [
            "understood" | "thought" | "believed",
            "call" | "meeting" | "conference",
            "was",
            "about" | "re" | "regarding",
            paper @ ..,
        ]
        | [
            "understood" | "thought" | "believed",
            "we",
            "were",
            "calling" | "talking" | "meeting",
            "about",
            paper @ ..,
        ]
        // "assumed call re his 11/6 letter", "thought Kindrick was calling
        // about the Nov. 6 letter" (an adversarial review, 134).
        | [
            "understood" | "thought" | "believed" | "assumed",
            "call" | "meeting" | "conference",
            "about" | "re" | "regarding",
            paper @ ..,
        ]
        | [
            "understood" | "thought" | "believed" | "assumed",
            _,
            "was",
            "calling" | "phoning",
            "about" | "re" | "regarding",
            paper @ ..,
        ] => paper,
        _ => return false,
    };
    const PAPER: &[&str] = &[
        "his", "her", "its", "their", "the", "a", "own", "earlier", "prior", "letter", "letters",
        "email", "emails", "e", "mail", "of", "dated", "nov", "ltr",
    ];
    paper.iter().any(|w| {
        matches!(
            *w,
            "letter" | "letters" | "email" | "emails" | "mail" | "ltr"
        )
    }) && paper.iter().all(|w| {
        PAPER.contains(w)
            || super::phrase::is_one_of(w.as_bytes(), super::phrase::MONTH)
            || w.bytes().all(|b| b.is_ascii_digit())
    })
}

/// Counsel who could not talk about the requests on the call (Hadcock v.
/// Jest Operating, M.D. Fla. 2021: opposing counsel had not read the email
/// and "was not in a position to discuss" the responses; the motion was
/// denied): "Was not in a position to discuss the responses", "Had not
/// read the letter". What follows may only name what was not discussed or
/// read: "and would not supplement", "further because they were
/// complete", "discuss narrowing the requests" give a position (an
/// accepted-record review found all three).
fn could_not_talk(rest: &[&str]) -> bool {
    // "could not then address", "had not yet read": the adverb says when.
    // "wasn't", "couldn't": read as "was not", "could not" (an adversarial
    // review, 99, of Hadcock).
    let dropped: Vec<&str>;
    let rest = if rest.iter().any(|w| {
        matches!(
            *w,
            "then" | "yet" | "wasn" | "isn" | "couldn" | "hadn" | "hasn" | "no"
        )
    }) {
        let mut out = Vec::with_capacity(rest.len());
        let mut ws = rest.iter().copied().peekable();
        while let Some(w) = ws.next() {
            match w {
                "then" | "yet" => {}
                "wasn" | "isn" | "couldn" | "hadn" | "hasn" if ws.peek() == Some(&"t") => {
                    ws.next();
                    out.push(&w[..w.len() - 1]);
                    out.push("not");
                }
                // "was in no position": "was not in a position" (an
                // adversarial review, 101, of Hadcock).
                "in" if ws.peek() == Some(&"no") => {
                    ws.next();
                    out.extend(["not", "in", "a"]);
                }
                _ => out.push(w),
            }
        }
        dropped = out;
        &dropped[..]
    } else {
        rest
    };
    // "Was not prepared", "is unable": the verb before the state is read
    // once here rather than in a copy of each arm. (Not before "not up to
    // speed" or "not having read", which are read only as they stand.)
    let (was, rest) = match rest {
        ["was" | "is", next, ..]
            if matches!(*next, "not" | "unprepared" | "unable" | "unaware") =>
        {
            (true, &rest[1..])
        }
        _ => (false, rest),
    };
    // What was not read or discussed may be the subject: "The Nov. 9 email
    // was still unread", "the responses could not be discussed", "the
    // responses were beyond what he could discuss then" (an adversarial
    // review, 105, of Hadcock). The subject is then read as what follows
    // the other forms below.
    let passive = rest
        .iter()
        .position(|w| matches!(*w, "was" | "were" | "could"))
        .filter(|&at| at > 0)
        .filter(|&at| {
            matches!(
                &rest[at..],
                ["was" | "were", "unread" | "unopened"]
                    | ["was" | "were", "still", "unread" | "unopened"]
                    | ["could", "not", "be", "discussed" | "addressed" | "reached"]
                    | [
                        "was" | "were",
                        "beyond",
                        "what",
                        "he" | "she" | "they",
                        "could",
                        "discuss" | "address",
                    ]
            )
        });
    let tail = match passive {
        Some(at) => &rest[..at],
        None => match rest {
            ["not", "up", "to", "speed", "on", tail @ ..]
            | ["not", "having", "read" | "seen" | "reviewed" | "opened", tail @ ..]
                if !was =>
            {
                tail
            }
            ["not", "prepared", "to", "discuss" | "respond", tail @ ..]
            | ["unprepared", "to", "discuss", tail @ ..]
            | ["could", "not", "discuss", tail @ ..]
            | ["unable", "to", "discuss" | "address", tail @ ..]
            | ["had" | "has", "not", "read" | "seen" | "reviewed", tail @ ..]
            // "had never seen the Nov. 9 email" (review 105).
            | ["had" | "has", "never", "read" | "seen" | "reviewed" | "opened", tail @ ..]
            // "had not had a chance to review the email", "could not speak to
            // the responses", "not prepared to respond on them" (an adversarial
            // review, 90, of Hadcock). ("couldn't", "hadn't" are read as "could
            // not", "had not" above.)
            | [
                "had" | "has",
                "not",
                "had",
                "a" | "the",
                "chance" | "opportunity",
                "to",
                "read" | "review",
                tail @ ..,
            ]
            | ["could", "not", "speak", "to", tail @ ..]
            // "Could not address the responses on the call", "Unaware of the
            // Nov. 9 email", "Wanted to read the November 9 email before
            // discussing it" (a twenty-fifth review of Hadcock).
            | ["could", "not", "address", tail @ ..]
            | ["unaware", "of", tail @ ..]
            | ["wanted" | "needed", "to", "read" | "review", tail @ ..]
            // "couldn't get into the responses" (review 99).
            | ["could", "not", "get" | "go", "into" | "to" | "over" | "through", tail @ ..]
            // "couldn't talk about the responses", "not ready to discuss the
            // responses", "was not able to discuss", "hadn't looked at the
            // email", "had not gotten to the email", "hadn't opened" (review
            // 101).
            | ["could", "not", "talk", "about" | "over", tail @ ..]
            | [
                "not",
                "ready" | "able",
                "to",
                "discuss" | "address" | "talk" | "respond",
                tail @ ..,
            ]
            | ["had" | "has", "not", "looked", "at" | "over", tail @ ..]
            | ["had" | "has", "not", "gotten", "to" | "around", tail @ ..]
            | ["had" | "has", "not", "opened", tail @ ..]
            // "had yet to read the email" ("yet" dropped above), "was not in a
            // position to discuss", "in no shape to talk about the responses"
            // (review 103).
            | ["had" | "has", "to", "read" | "review" | "open" | "see", tail @ ..]
            | [
                "not",
                "in",
                "a",
                "position" | "shape",
                "to",
                "talk" | "address" | "speak" | "respond" | "discuss",
                tail @ ..,
            ]
            // "Acknowledged receipt of the email", "Confirmed he received
            // the 8/30 email", "did not discuss the responses" (review
            // 112, McAllister v. McDermott, M.D. La. 2019: the other side
            // acknowledged receipt of the one email; no conference).
            | ["acknowledged" | "acked" | "confirmed", "receipt", tail @ ..]
            | ["received" | "got", tail @ ..]
            | ["did", "not", "discuss" | "address", tail @ ..]
            // "not equipped to discuss the responses" (review 105).
            | ["not", "equipped", "to", "discuss" | "address" | "talk", tail @ ..] => tail,
            _ => return false,
        },
    };
    // What was not read or discussed, and when (months: `phrase::MONTH`).
    const WHAT: &[&str] = &[
        "the",
        "a",
        "an",
        "its",
        "his",
        "her",
        "their",
        "our",
        "my",
        "any",
        "of",
        "or",
        "email",
        "emails",
        "e",
        "mail",
        "letter",
        "letters",
        "responses",
        "response",
        "requests",
        "request",
        "answers",
        "objections",
        "deficiency",
        "deficiencies",
        "discovery",
        "interrogatories",
        "interrogatory",
        "production",
        "documents",
        "rfps",
        "rfp",
        "it",
        "them",
        "this",
        "that",
        "issues",
        "dispute",
        "disputes",
        "yet",
        "on",
        "call",
        "before",
        "no",
        "nos",
        "plaintiff",
        "plaintiffs",
        "defendant",
        "defendants",
        "s",
        "first",
        "second",
        "third",
        "set",
        "sets",
        "golden",
        "rule",
        "nov",
        "discussing",
        // "at that time", "in substance", "on the call", "when the call
        // took place", "Mr. Kindrick's email".
        "at",
        "time",
        "then",
        "in",
        "substance",
        "when",
        "took",
        "place",
        "mr",
        "ms",
        "mrs",
        // "that day", "at that point", "resps", "ltr" (review 101).
        "day",
        "point",
        "resps",
        "ltr",
        "to",
        "about",
    ];
    // ("and" never reaches here: `says_no_substance` reads the statements
    // it joins one by one.) A reason after "because" or "since" must itself
    // say nothing of substance ("because he had not read the November 9
    // email"; not "because they were complete").
    let (tail, reason) = match tail.iter().position(|w| matches!(*w, "because" | "since")) {
        Some(at) => (&tail[..at], Some(&tail[at + 1..])),
        None => (tail, None),
    };
    // A name may own what was not discussed ("Rogers' responses", "the
    // Smith letter"): a word just before one of the request's nouns.
    const NOUNS: &[&str] = &[
        "responses",
        "response",
        "requests",
        "answers",
        "objections",
        "discovery",
        "interrogatories",
        "production",
        "documents",
        "letter",
        "email",
        "s",
    ];
    let what = |k: usize, w: &&str| {
        WHAT.contains(w)
            || super::phrase::is_one_of(w.as_bytes(), super::phrase::MONTH)
            || w.bytes().all(|b| b.is_ascii_digit())
            || tail.get(k + 1).is_some_and(|n| NOUNS.contains(n))
    };
    tail.iter().enumerate().all(|(k, w)| what(k, w))
        && reason.is_none_or(|reason| {
            let reason = match reason {
                ["he" | "she" | "they" | "counsel" | "it", rest @ ..] => rest,
                r => r,
            };
            !reason.is_empty() && could_not_talk(reason)
        })
}

/// Who stayed silent, dropped from the front. On the movant's attempt the
/// position is the other side's, so a party named there is the other side
/// ("Plaintiffs never responded", Sample v. Hilton, D.N.M. 2024).
const WHO: &[&str] = &[
    "opposing",
    "counsel",
    "defense",
    "defence",
    "the",
    "other",
    "side",
    "he",
    "she",
    "they",
    "plaintiff",
    "plaintiffs",
    "defendant",
    "defendants",
    // "Plaintiff's counsel", "Opp. counsel", "his attorney", "Still no
    // response"; a named person ("Mr. Null") is taken after a title, below.
    "s",
    "opp",
    "his",
    "her",
    "their",
    "attorney",
    "attorneys",
    "lawyer",
    "office",
    "still",
    // "Counsel for Plaintiff did not respond" (an accepted-record review).
    "for",
];

/// Who may open a statement of no substance in a note, beyond `WHO`: "D's
/// counsel hadn't seen the 11/9 email yet", "Def. counsel …" (an
/// adversarial review, 134, of Hadcock). Kept apart from `WHO`, which the
/// reading of silence asks of every word on every keystroke.
const WHO_IN_NOTES: &[&str] = &["d", "def", "dft", "deft", "pltf"];

/// The statements of silence, whole.
const SILENCE: &[&[&str]] = &[
    &["no", "response"],
    &["no", "responses"],
    &["no", "reply"],
    &["no", "replies"],
    &["no", "answer"],
    &["no", "response", "received"],
    &["no", "response", "was", "received"],
    &["no", "reply", "received"],
    &["no", "reply", "was", "received"],
    &["no", "response", "came"],
    &["no", "reply", "came"],
    &["no", "answer", "came"],
    &["nothing", "received"],
    &["nothing", "came"],
    &["did", "not", "respond"],
    &["did", "not", "reply"],
    &["did", "not", "answer"],
    &["did", "not", "write", "back"],
    &["did", "not", "call", "back"],
    &["did", "not", "return", "the", "call"],
    &["did", "not", "return", "the", "calls"],
    &["has", "not", "responded"],
    &["has", "not", "replied"],
    &["has", "not", "answered"],
    &["have", "not", "responded"],
    &["have", "not", "replied"],
    &["have", "not", "answered"],
    &["was", "not", "answered"],
    &["were", "not", "answered"],
    &["never", "responded"],
    &["never", "replied"],
    &["never", "answered"],
    &["never", "heard", "back"],
    &["never", "called", "back"],
    &["never", "wrote", "back"],
    &["never", "returned", "the", "call"],
    &["never", "returned", "the", "calls"],
    &["neither", "answered", "nor", "objected"],
    &["voicemail", "not", "returned"],
    &["voicemails", "not", "returned"],
    &["call", "not", "returned"],
    &["calls", "not", "returned"],
    &["message", "not", "returned"],
    &["no", "callback"],
    &["no", "call", "back"],
    &["no", "return", "call"],
    &["unanswered"],
    &["ignored"],
    &["went", "unanswered"],
    &["was", "ignored"],
    &["not", "returned"],
    &["never", "got", "back"],
    &["did", "not", "get", "back"],
    &["has", "not", "gotten", "back"],
    &["never", "responded", "at", "all"],
    // Notes as kept in a hurry (an accepted-record review): "No resp.",
    // "No reply rec'd", "Nothing heard".
    &["no", "resp"],
    &["no", "reply", "rec", "d"],
    &["no", "response", "rec", "d"],
    &["no", "resp", "rec", "d"],
    &["no", "reply", "recd"],
    &["no", "response", "recd"],
    &["nothing", "heard"],
    &["nothing", "heard", "back"],
    // "Nothing." (an accepted-record review: "Nothing by the 20th either").
    &["nothing"],
];

/// What may follow "ignored": the communication ignored, and only that
/// ("Ignored the letter", "He ignored this one too", "Ignored the
/// follow-up").
const IGNORED_WHAT: &[&str] = &["it", "them", "one", "both", "all"];

/// What went unanswered, after "to": a communication, with its date.
const COMMUNICATION: &[&str] = &[
    "letter",
    "letters",
    "email",
    "emails",
    "mail",
    "call",
    "calls",
    "voicemail",
    "voicemails",
    "message",
    "messages",
    "correspondence",
    "fax",
    "request",
    "requests",
    "inquiry",
    "demand",
    "demands",
    "ltr",
    "ltrs",
];
const ALSO_IN_WHAT: &[&str] = &[
    "the",
    "this",
    "that",
    "these",
    "our",
    "my",
    "its",
    "of",
    "dated",
    "sent",
    "on",
    "e",
    "movant",
    "s",
    "follow",
    "up",
    "followup",
    "first",
    "second",
    "third",
    "last",
    "latest",
    "deficiency",
    // and any word of `MONTH`
    "st",
    "nd",
    "rd",
    "th",
];

/// Whether a call's summary says the call never reached the other side:
/// "Called pltfs' counsel on SDT due date - couldn't reach him", "Call to
/// counsel: not reached", "went to voicemail", "no one picked up". Such an
/// entry, logged as a telephone or video conference, is an attempt, not a
/// conversation (a sixty-first review of Bell v. Griswold, D. Kan. 2023,
/// logged the motion's one call this way and the checker counted it as a
/// conference). A summary that also tells of talking ("could not reach him
/// Monday; spoke Tuesday and discussed RFP 4") is not read: the stricter
/// reading would take a real conversation away.
pub fn summary_says_not_reached(summary: &str) -> bool {
    // Asked of every call's summary on every keystroke: most hold none of
    // these words.
    const GATE: &[&str] = &[
        "reach",
        "reached",
        "through",
        "hold",
        "connect",
        "picked",
        "voicemail",
        "unanswered",
        "rang",
        // A sixty-fifth review (Avocent, W.D. Wash. 2007; Wisconsin LGPIF,
        // E.D. Wis. 2017): "left a voice mail message", "left VM",
        // "attempted once to call", "he was unavailable".
        "left",
        "attempted",
        "tried",
        "unavailable",
        // An eighty-fourth review (Gessler, D. Colo. 2011; Bell v.
        // Griswold, D. Kan. 2023): "got his machine", "he wasn't
        // available", "couldn't get him".
        "machine",
        "available",
        "get",
        "msg",
        // An eighty-ninth review: "reached only his paralegal", "counsel
        // never came to the phone".
        "came",
        // A hundred-and-seventh: "telephone tag"; a hundred-and-nineteenth:
        // "no pickup".
        "tag",
        "pickup",
        // An adversarial review, 350, of calls logged as telephone
        // conferences in a busy lawyer's words: "called, no answer", "no
        // one answered", "line busy", "his number is disconnected",
        // "mailbox full", "Phone call to OC unsuccessful", "Receptionist
        // took a message", "Spoke w/ secretary only".
        "answer",
        "answered",
        "busy",
        "disconnected",
        "mailbox",
        "unsuccessful",
        "message",
        "secretary",
        "paralegal",
        "assistant",
        "receptionist",
    ];
    if !super::default::has_any_word(summary, GATE) {
        return false;
    }
    if super::default::has_any_word(summary, &["tag"]) && telephone_tag(summary) {
        return true;
    }
    const TALKED: &[&str] = &[
        "discussed",
        "discussion",
        "spoke",
        "talked",
        "conferred",
        "agreed",
        "narrowed",
        "resolved",
        "impasse",
        "explained",
        "finally",
        "eventually",
        "later",
        // "Could not reach him on 3/1; call held 3/2", "he called back",
        // "not reached on the first link; the call went forward once he
        // joined", "not reached until the afternoon" (an over-strictness
        // review, 62).
        "held",
        "joined",
        "forward",
        "proceeded",
        "took",
        "until",
        "first",
        "returned",
        "back",
        "met",
        "objected",
        "position",
    ];
    // Counsel's staff were reached, and no one else: "Spoke w/ secretary
    // only", "talked only to his paralegal", "Receptionist took a message".
    // "spoke" and "took" then tell of no conference, and only another word
    // of talking keeps the call a conference. (Read only where a word of
    // staff is present: this runs on every call's summary, every keystroke.)
    let staff_named = super::default::has_any_word(summary, STAFF);
    if super::default::has_any_word(summary, TALKED) {
        if !staff_named {
            return false;
        }
        let lower = lower_spelled_out(summary);
        if !staff_only_reached(&lower) {
            return false;
        }
        // "… said he'd call back. He didn't.": a call back that never came.
        let never_back = lower.contains("did not") || lower.contains("never");
        let others: Vec<&str> = TALKED
            .iter()
            .copied()
            .filter(|w| !matches!(*w, "spoke" | "talked" | "took"))
            .filter(|w| !(never_back && *w == "back"))
            .collect();
        return !super::default::has_any_word(summary, &others);
    }
    let lower = lower_spelled_out(summary);
    if staff_named && staff_only_reached(&lower) {
        return true;
    }
    // What may follow "reach" when it is no person reached: "could not
    // reach agreement", "a compromise", "any resolution" tell of a real
    // conference that failed. "Get through" the requests, too.
    const OUTCOME: &[&str] = &[
        "agreement",
        "agreements",
        "a",
        "an",
        "any",
        "compromise",
        "resolution",
        "consensus",
        "accord",
        "terms",
        "settlement",
        "impasse",
        "common",
        "the",
        "all",
        "them",
        "everything",
        "each",
        "every",
        "our",
        "their",
    ];
    // Clause by clause: a clause's last word has nothing after it.
    lower
        .split(|c: char| {
            matches!(
                c,
                '.' | ';' | ':' | ',' | '!' | '?' | '(' | ')' | '\u{2014}'
            )
        })
        .any(|clause| {
            let ws: Vec<&str> = lower_words(clause).collect();
            let at = |k: usize, set: &[&str]| ws.get(k).is_some_and(|w| set.contains(w));
            let end = |k: usize| k >= ws.len();
            let got = |k: usize| k > 0 && at(k - 1, &["get", "got", "getting"]);
            // Someone reached: "reach him", "connect with counsel", "get
            // through (to him)", "get hold of him". Not topics: "the
            // interrogatories were not gone through individually".
            let reached_whom = |k: usize| {
                (at(k, &["reach"]) && !at(k + 1, OUTCOME))
                    || (at(k, &["connect"]) && (end(k + 1) || at(k + 1, &["with"])))
                    || (at(k, &["through"]) && got(k) && (end(k + 1) || at(k + 1, &["to"])))
                    || (at(k, &["hold"]) && got(k) && at(k + 1, &["of"]))
            };
            // Who was not reached: "counsel was not reached"; topics "not
            // reached on the call" are requests left undiscussed.
            const PERSON: &[&str] = &[
                "counsel", "oc", "he", "she", "him", "her", "attorney", "lawyer", "they",
            ];
            // Said of a person just before: "counsel was …", "he …".
            let of_person = |k: usize| {
                k > 0
                    && (at(k - 1, PERSON)
                        || (at(k - 1, &["was", "is", "were"]) && k > 1 && at(k - 2, PERSON)))
            };
            (0..ws.len()).any(|k| {
                // "could not reach him", "unable to reach counsel", "did not
                // get through", "failed to connect", "never got hold of".
                (at(k, &["not", "never", "unable", "failed"])
                    && (1..=3).any(|n| reached_whom(k + n)))
                    // "counsel was not reached", "he was never reached"
                    || (at(k, &["not", "never"]) && at(k + 1, &["reached"]) && of_person(k))
                    // "no pickup" (review 119).
                    || (at(k, &["no"]) && at(k + 1, &["pickup"]))
                    // "no one picked up", "nobody picked up"
                    || (at(k, &["picked"])
                        && k > 0
                        && at(k - 1, &["one", "nobody"])
                        && at(k + 1, &["up"]))
                    // "went to voicemail", "call went unanswered", "rang out"
                    || (at(k, &["went"]) && at(k + 1, &["to"]) && at(k + 2, &["voicemail"]))
                    // "left a voice mail message", "left him a voicemail",
                    // "left VM", "left a message".
                    || (at(k, &["left"])
                        && (1..=3).any(|n| at(k + n, &["voicemail", "vm", "voice", "message", "msg"])))
                    // "left word on his line" (not "left word that we would
                    // call at 2": an eighty-seventh review).
                    || (at(k, &["left"])
                        && at(k + 1, &["word"])
                        && at(k + 2, &["on", "with"]))
                    // "msg left on machine", "got his machine" (not "an
                    // exchange of answering-machine messages").
                    || (at(k, &["msg", "message"]) && at(k + 1, &["left"]))
                    || (at(k, &["machine"])
                        && k > 1
                        && at(k - 1, &["his", "her", "their", "the", "an"])
                        && at(k - 2, &["got", "get", "reached", "hit", "to"]))
                    // "he wasn't available" (spelled out "was not"), ending
                    // the clause: not "wasn't available Tuesday, so the call
                    // was on Wednesday", "not available for a second call".
                    || (at(k, &["not"]) && at(k + 1, &["available"]) && end(k + 2) && of_person(k))
                    // "couldn't get him", "could not get counsel", ending the
                    // clause or "on the phone": not "couldn't get him to
                    // agree" (a call that happened).
                    || (at(k, &["not", "never", "unable", "failed"])
                        && (1..=2).any(|n| {
                            at(k + n, &["get", "got", "getting"])
                                && at(k + n + 1, PERSON)
                                && (end(k + n + 2) || at(k + n + 2, &["on"]))
                        }))
                    // "attempted once to call counsel", "tried to phone him"
                    // (only the attempt told: a talk would be in `TALKED`).
                    || (at(k, &["attempted", "tried"])
                        && (1..=3).any(|n| {
                            at(k + n, &["to"]) && at(k + n + 1, &["call", "phone", "telephone", "reach"])
                        }))
                    // "he was unavailable", "counsel unavailable".
                    || (at(k, &["unavailable"]) && of_person(k))
                    || (at(k, &["went"]) && at(k + 1, &["unanswered"]))
                    // "reached only his paralegal", "reached only the
                    // receptionist": counsel's staff, not counsel.
                    || (at(k, &["reached"])
                        && at(k + 1, &["only"])
                        && (2..=3).any(|n| {
                            at(k + n, &["paralegal", "secretary", "assistant", "receptionist", "staff"])
                        }))
                    // "reached only someone at the law office (not counsel
                    // himself)" (an adversarial review, 130, of Shoppell v.
                    // Schrader, N.D. Ind. 2009).
                    || (at(k, &["reached"])
                        && at(k + 1, &["only"])
                        && at(k + 2, &["someone", "somebody", "the"])
                        && (3..=5).any(|n| at(k + n, &["office", "firm", "desk", "staff"])))
                    || (at(k, &["not"])
                        && at(k + 1, &["counsel", "him", "her", "the"])
                        && (2..=3).any(|n| at(k + n, &["himself", "herself", "attorney", "lawyer"])))
                    // "counsel never came to the phone", "he did not come on
                    // the line".
                    || (at(k, &["not", "never"])
                        && at(k + 1, &["came", "come"])
                        && at(k + 2, &["to", "on"])
                        && at(k + 3, &["the"])
                        && at(k + 4, &["phone", "line", "call"]))
                    || (at(k, &["rang"]) && at(k + 1, &["out"]))
                    // "called, no answer", "no answer at OC's office" (not
                    // "gave no answer on RFP 12", said on a call that
                    // happened; nor "no answer to our letter").
                    || (at(k, &["no"])
                        && at(k + 1, &["answer"])
                        && (end(k + 2) || at(k + 2, &["at", "from"]))
                        && !(k > 0 && at(k - 1, &["gave", "give", "gives", "had", "has", "have"])))
                    // "no one answered", "nobody answered".
                    || (at(k, &["answered"])
                        && k > 0
                        && (at(k - 1, &["nobody"]) || (at(k - 1, &["one"]) && k > 1 && at(k - 2, &["no"]))))
                    // "line busy", "busy signal", "the line was busy".
                    || (at(k, &["busy"])
                        && ((k > 0 && at(k - 1, &["line"]))
                            || at(k + 1, &["signal"])
                            || (k > 1 && at(k - 1, &["was", "is"]) && at(k - 2, &["line"]))))
                    // "his number is disconnected", "line disconnected".
                    || (at(k, &["disconnected"])
                        && (1..=3).any(|n| k >= n && at(k - n, &["number", "line", "phone"])))
                    // "mailbox full", "his mailbox was full".
                    || (at(k, &["mailbox"])
                        && (at(k + 1, &["full"]) || (at(k + 1, &["was", "is"]) && at(k + 2, &["full"]))))
                    // "Phone call to OC unsuccessful", "call attempt
                    // unsuccessful", "unsuccessful call".
                    || (at(k, &["unsuccessful"])
                        && ((1..=4).any(|n| k >= n && at(k - n, &["call", "phone", "attempt", "called"]))
                            || at(k + 1, &["call", "phone", "attempt"])))
            })
        })
}

/// Counsel's staff, who answer a call in counsel's place.
const STAFF: &[&str] = &["secretary", "paralegal", "assistant", "receptionist"];

/// Whether only counsel's staff were reached: "spoke w/ secretary only",
/// "talked only to his paralegal", "the receptionist took a message". Not
/// "spoke with counsel and his paralegal".
fn staff_only_reached(lower: &str) -> bool {
    lower.split(['.', ';', ':', '!', '?']).any(|clause| {
        let ws: Vec<&str> = lower_words(clause).collect();
        let at = |k: usize, set: &[&str]| ws.get(k).is_some_and(|w| set.contains(w));
        let no_counsel = !ws
            .iter()
            .any(|w| matches!(*w, "counsel" | "oc" | "attorney" | "lawyer" | "him" | "her"));
        (0..ws.len()).any(|k| {
            // "spoke w/ secretary only", "spoke only with his paralegal"
            (at(k, &["spoke", "talked"])
                    && no_counsel
                    && (1..=4).any(|n| at(k + n, STAFF))
                    && (1..=5).any(|n| at(k + n, &["only"])))
                    // "receptionist took a message"
                    || (at(k, STAFF)
                        && at(k + 1, &["took"])
                        && (2..=3).any(|n| at(k + n, &["message", "msg"])))
                    // "assistant said he'd call back": staff answered.
                    || (at(k, STAFF) && no_counsel && at(k + 1, &["said", "says", "told"]))
        })
    })
}

/// Whether `text`, the other side's position recorded on an attempt, says
/// only that no answer came.
pub(crate) fn says_no_answer(text: &str) -> bool {
    // Asked of positions on every keystroke, and most say something: unless
    // a word that could carry silence is present, stop before allocating.
    const CARRIERS: &[&str] = &[
        "no",
        "not",
        "never",
        "nothing",
        "neither",
        "unanswered",
        "ignored",
        "didn",
        "doesn",
        "don",
        "hasn",
        "haven",
        "wasn",
        "weren",
    ];
    if !super::default::has_any_word(text, CARRIERS) {
        return false;
    }
    // One statement: any punctuation but a closing full stop, an apostrophe
    // and a hyphen ("e-mail") may open a second clause. An opening "Again,"
    // adds nothing the other side said ("Again, no reply").
    let body = text.trim().trim_end_matches('.');
    let body = ["again, ", "once again, ", "still, "]
        .iter()
        .find_map(|p| {
            body.get(..p.len())
                .filter(|h| h.eq_ignore_ascii_case(p))
                .map(|_| &body[p.len()..])
        })
        .unwrap_or(body);
    // A full stop closes a title or abbreviation ("Mr. Null", "Opp.
    // counsel"), and nothing else.
    if body.char_indices().any(|(at, c)| {
        !(c.is_alphanumeric()
            || c == ' '
            || c == '\''
            || c == '\u{2019}'
            || c == '-'
            || (c == '.' && super::phrase::titled_at(body, at, ABBREVIATED))
            || in_a_date(body, at, c))
    }) {
        return false;
    }
    let lower = lower_spelled_out(body);
    let words: Vec<&str> = lower_words(&lower).collect();
    // Who stayed silent, or what went unanswered ("Letter went
    // unanswered"), with any named person ("Mr. Cooper's attorney").
    let mut rest =
        super::phrase::skip_who(&words, |w| WHO.contains(&w) || COMMUNICATION.contains(&w));
    // "... before filing" may close it, or the deadline the attempt gave
    // ("Plaintiffs never responded by the appointed deadline", Sample v.
    // Hilton, D.N.M. 2024), or a date ("by October 4", "as of 10/12"):
    // alone, with no second clause after it, it adds nothing the other side
    // said. So may who stayed silent ("... from Mr. Gardner"), in either
    // order ("No response from Mr. Gardner before filing").
    loop {
        let before = rest.len();
        rest = strip_closing(rest);
        if let Some(from) = rest.iter().rposition(|w| *w == "from") {
            let named = from + 1 < rest.len();
            let who = super::phrase::skip_who(&rest[from + 1..], |w| WHO.contains(&w));
            if named && who.is_empty() {
                rest = &rest[..from];
            }
        }
        if rest.len() == before {
            break;
        }
    }
    // A hedge on the silence leaves it silence: "Does not appear to have
    // responded", "Doesn't appear to have answered before we filed",
    // "Apparently never replied" (an adversarial review, 78, of Sparks v.
    // Noble County Sheriff, N.D. Ind. 2021, whose order says the other
    // side "does not appear to have responded"). The movant believes no
    // answer came, and says nothing the other side said.
    let unhedged: Vec<&str>;
    if let Some(tail) = hedged_silence(rest) {
        unhedged = ["has", "not"]
            .into_iter()
            .chain(tail.iter().copied())
            .collect();
        rest = &unhedged;
    } else if let ["apparently", tail @ ..] = rest {
        // "Apparently Defendant never replied": who, after the hedge.
        rest = super::phrase::skip_who(tail, |w| WHO.contains(&w));
    }
    if let ["ignored", what @ ..] = rest
        && what.iter().all(|w| {
            COMMUNICATION.contains(w)
                || ALSO_IN_WHAT.contains(w)
                || IGNORED_WHAT.contains(w)
                || super::phrase::MONTH.contains(w)
                || w.chars().all(|c| c.is_ascii_digit())
        })
    {
        return true;
    }
    SILENCE.iter().any(|s| match rest.strip_prefix(*s) {
        Some([]) => true,
        // "... to our letter of October 4": what went unanswered, and only that.
        Some(["to", what @ ..]) => {
            what.iter().any(|w| COMMUNICATION.contains(w))
                && what.iter().all(|w| {
                    COMMUNICATION.contains(w)
                        || ALSO_IN_WHAT.contains(w)
                        || super::phrase::MONTH.contains(w)
                        || w.chars().all(|c| c.is_ascii_digit())
                })
        }
        _ => false,
    })
}

/// What follows a hedge on silence ("does not appear to have", "seems not
/// to have"), read as "has not" + it: `says_no_answer`. Out of line: the
/// hedge is rare.
#[inline(never)]
fn hedged_silence<'w, 's>(rest: &'w [&'s str]) -> Option<&'w [&'s str]> {
    match rest {
        [
            "does" | "do" | "did",
            "not",
            "appear" | "seem",
            "to",
            "have",
            tail @ ..,
        ]
        | [
            "appears" | "appeared" | "seems" | "seemed",
            "not",
            "to",
            "have",
            tail @ ..,
        ] => Some(tail),
        _ => None,
    }
}

/// Abbreviations a full stop may close inside the text ("Mr. Null", "Opp.
/// counsel", "by Feb. 18").
const ABBREVIATED: &[&str] = &[
    "opp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    // "No resp. by the 9/20 deadline" (an accepted-record review).
    "resp",
];

/// Whether the character at `at` belongs to a date rather than opening a
/// clause: the comma before a year ("September 19, 2005") or a slash
/// between numbers ("9/18", "11/14/16").
fn in_a_date(text: &str, at: usize, c: char) -> bool {
    let before = text[..at].chars().next_back();
    let after = &text[at + c.len_utf8()..];
    match c {
        ',' => {
            before.is_some_and(|b| b.is_ascii_digit())
                && after.strip_prefix(' ').is_some_and(|y| {
                    y.len() >= 4
                        && y.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                        && y.as_bytes()
                            .get(4)
                            .is_none_or(|b| !b.is_ascii_alphanumeric())
                })
        }
        '/' => {
            before.is_some_and(|b| b.is_ascii_digit())
                && after.chars().next().is_some_and(|a| a.is_ascii_digit())
        }
        _ => false,
    }
}

/// Whether `w` is a day, year or ordinal ("4", "2005", "4th").
fn numeric(w: &str) -> bool {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && matches!(&w[digits.len()..], "" | "st" | "nd" | "rd" | "th")
}

/// Whether `w` is a date and nothing else: an optional month, then one to
/// three numbers ("October 4", "September 19 2005", "9 18", "11 14 16").
fn a_date(w: &[&str]) -> bool {
    let numbers = match w {
        [m, rest @ ..] if super::phrase::MONTH.contains(m) => rest,
        _ => w,
    };
    (1..=3).contains(&numbers.len()) && numbers.iter().all(|n| numeric(n))
}

/// `rest` without one closing time: a fixed phrase ("to date", "before
/// filing"), or "by", "before", "as of", "since" or "through" with a date
/// or a deadline ("by October 4", "as of 10/12", "by the appointed deadline
/// of September 18, 2024"). Anything else is left in place.
fn strip_closing<'w, 's>(rest: &'w [&'s str]) -> &'w [&'s str] {
    for close in [
        &["to", "date"][..],
        &["as", "of", "filing"][..],
        &["as", "of", "today"][..],
        &["as", "of", "the", "filing"][..],
        &["yet"][..],
        &["to", "us"][..],
        &["to", "me"][..],
        &["before", "filing"][..],
        &["before", "the", "motion"][..],
        &["before", "we", "filed"][..],
        &["before", "we", "filed", "the", "motion"][..],
        &["before", "the", "motion", "was", "filed"][..],
        &["either"][..],
        &["too"][..],
        &["again"][..],
        &["as", "well"][..],
    ] {
        if let Some(r) = rest.strip_suffix(close) {
            return r;
        }
    }
    const DEADLINE: &[&str] = &[
        "the",
        "appointed",
        "requested",
        "stated",
        "agreed",
        "given",
        "set",
        "extended",
        "deadline",
        "date",
        "of",
    ];
    // Only the last opener can start the closing time.
    let opener = |k: usize| match &rest[k..] {
        ["by" | "before" | "since" | "through", ..] => Some(1),
        ["as", "of", ..] => Some(2),
        _ => None,
    };
    let Some((k, len)) = (0..rest.len())
        .rev()
        .find_map(|k| opener(k).map(|n| (k, n)))
    else {
        return rest;
    };
    let mut time = &rest[k + len..];
    // "by the September 18 deadline we set": the deadline named after its
    // date, and who set it.
    for set in [
        &["we", "set"][..],
        &["we", "gave"][..],
        &["set"][..],
        &["given"][..],
    ] {
        if let Some(t) = time.strip_suffix(set)
            && t.last().is_some_and(|w| *w == "deadline" || *w == "date")
        {
            time = t;
        }
    }
    if let [lead @ .., "deadline" | "date"] = time {
        let after_the = lead.strip_prefix(&["the"][..]).unwrap_or(lead);
        if a_date(after_the) {
            return &rest[..k];
        }
    }
    // "the appointed deadline of September 18, 2024", "October 4".
    let lead = time.iter().take_while(|w| DEADLINE.contains(w)).count();
    let named_deadline = time[..lead]
        .iter()
        .any(|w| *w == "deadline" || *w == "date");
    let date = &time[lead..];
    if (named_deadline && date.is_empty()) || (!date.is_empty() && a_date(date)) {
        &rest[..k]
    } else {
        rest
    }
}

/// `text` lower-cased, "n't" spelled out ("Didn't" is "did not").
fn lower_spelled_out(text: &str) -> String {
    text.to_lowercase()
        .replace("n't", " not")
        .replace("n\u{2019}t", " not")
}

/// The words of already lower-cased `text`, split at anything not a letter
/// or digit ("ack'd" is "ack", "d").
fn lower_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// A call told as telephone tag, and nothing more: "Telephone tag:
/// defense counsel returned the call; counsel never spoke" (an adversarial
/// review, 107, of Perez v. G & P Auto Wash, E.D.N.Y. 2011: "letter
/// campaigns and telephone tag" do not satisfy the duty to confer).
/// Returning the call is part of the tag, and a talk is read only where it
/// is negated ("never spoke", "did not talk"); a summary that tells of
/// talking after the tag ("phone tag until Friday, when we spoke") is not
/// read.
fn telephone_tag(summary: &str) -> bool {
    let lower = lower_spelled_out(summary);
    let ws: Vec<&str> = lower_words(&lower).collect();
    let tag = ws
        .windows(2)
        .any(|w| matches!(w[0], "phone" | "telephone") && w[1] == "tag");
    const TALKED: &[&str] = &[
        "spoke",
        "spoken",
        "talked",
        "discussed",
        "conferred",
        "connected",
        "reached",
        "met",
        "agreed",
        "narrowed",
        "resolved",
        "impasse",
        "explained",
        "finally",
        "eventually",
        "until",
        "held",
        "joined",
    ];
    tag && ws.iter().enumerate().all(|(k, w)| {
        !TALKED.contains(w)
            || (k > 0 && matches!(ws[k - 1], "never" | "not"))
            || (k > 1 && matches!(ws[k - 2], "never" | "not"))
    })
}

#[cfg(test)]
mod not_reached_tests {
    use super::summary_says_not_reached;

    #[test]
    fn a_call_that_never_reached_the_other_side_is_read() {
        for t in [
            "Called pltfs' counsel on SDT due date - couldn't reach him.",
            "Called; could not reach counsel.",
            "Tried calling counsel, unable to reach him.",
            "Called OC, didn't get through.",
            "Called counsel; counsel was not reached.",
            "Called counsel - no one picked up.",
            "Could not get hold of OC.",
            "Call went to voicemail.",
            "The call went unanswered.",
            // Review 65.
            "Phoned Rose's counsel and left a voice mail message.",
            "Called OC, left VM.",
            "The Fund attempted once to call Lexington's counsel about the matter.",
            "Attempted call to Lexington's counsel; he was unavailable.",
            // Review 84 (Gessler, D. Colo. 2011; Bell v. Griswold).
            "Rang defense counsel and left word on his line about the motion to quash; we take it Defendant opposes.",
            "Called D's counsel, got his machine, left msg re MTQ. Conferral not verified.",
            "Dialed OC re the MTQ; msg left on machine.",
            "Phoned Pltfs' counsel, he wasn't available.",
            "Called OC re SDT; couldn't get him.",
            // Review 89.
            "Called defense counsel's office; reached only his paralegal, who said the answers would be served by March 11. Counsel never came to the phone.",
            // Review 130 (Shoppell v. Schrader).
            "Follow-up call to Plaintiff's counsel's office; reached only someone at the law office (not counsel himself), who said they hoped to have the answers shortly.",
            "Called; reached only the front desk.",
            "Called OC; reached only the receptionist.",
            // Review 107 (Perez v. G & P Auto Wash, E.D.N.Y. 2011).
            "Telephone tag: defense counsel returned the call; counsel never spoke.",
            "Phone tag with OC; never connected.",
            "Called OC re the responses; no pickup.",
            "Telephone tag.",
            // Review 350: a busy lawyer's words for a call that never
            // connected, logged as a telephone conference.
            "called, no answer",
            "Dialed OC twice, no one answered.",
            "Call attempt - no answer at OC's office.",
            "Tried MM's office at 2pm; line busy all afternoon.",
            "Called; his number is disconnected.",
            "Receptionist took a message; he is in trial this week.",
            "Called; mailbox full.",
            "Phone call to OC unsuccessful.",
            "Spoke w/ secretary only.",
            "Phoned opposing counsel; assistant said he'd call back. He didn't.",
        ] {
            assert!(summary_says_not_reached(t), "{t:?}");
        }
    }

    #[test]
    fn a_call_that_reached_the_other_side_is_not() {
        for t in [
            "Telephone conference on RFP 4; impasse.",
            "Could not reach him Monday; spoke Tuesday and discussed RFP 4.",
            "Could not reach him on 3/1; call held 3/2 on RFP 4.",
            "Went to voicemail; he called back within the hour.",
            "MCA's counsel was not reached on the first link; the call went forward once he joined.",
            "Reached counsel and talked through the requests.",
            "Finally reached counsel after two tries.",
            "Counsel could not reach agreement on RFP 4.",
            "The parties could not reach a compromise.",
            "Could not reach any resolution on Interrogatory 3.",
            "Did not get through all of the requests before time ran out.",
            "Could not get through the RFPs; resume Friday.",
            "Brief call. Not a full meet and confer: the interrogatories were not gone through individually.",
            "RFP 72/73 + core tech docs: not reached on the call (see recap).",
            "Tel M&C w/ OC. Covered RFP 1-12 only; 13-25 not reached (JL filed 10/10).",
            "Left a voicemail; he called back within the hour and we discussed RFP 4.",
            "Tried to call twice; spoke on the third try.",
            "Phone tag until Friday, when we spoke about RFP 4.",
            "After a week of telephone tag we finally talked through the requests.",
            "Telephone tag ended; counsel spoke on 5/6 and discussed RFP 4.",
            "Counsel was unavailable Monday; the call was held Tuesday.",
            "Left the office after a two-hour call on each request.",
            "Plaintiff's witness unavailable on 5/3; call on the remaining RFPs went to impasse.",
            "Counsel not available Monday; call held Tuesday on RFP 4.",
            // An eighty-seventh review (Golat, Hibu, Rech, Lau, Ware).
            "Plaintiff's counsel wasn't available Friday, so the call was on Monday, November 25; we went through the subpoena.",
            "Couldn't get him to agree to quash or limit the deposition.",
            "Left word that we would call at 2; the call at 2 covered the subpoena.",
            "Counsel was not available for a second call.",
            "Call set up after an exchange of answering-machine messages.",
            "New counsel was not available in the morning; the call that afternoon covered the Ninth Requests.",
            "Could not get the documents before the call; he explained his objections.",
            // Review 350's words, said of a call that happened.
            "OC gave no answer on RFP 12; impasse on Rog 4.",
            "Spoke with counsel and his paralegal about RFP 4.",
            "Receptionist took a message; he called back and we discussed RFP 4.",
            "Line busy at first; reached him at 3 and went through the requests.",
            "He said he has no answer yet on the custodians.",
            "Assistant said he'd call back; he called back at 3 and we discussed RFP 4.",
            "",
        ] {
            assert!(!summary_says_not_reached(t), "{t:?}");
        }
    }
}

#[cfg(test)]
mod substance_tests {
    use super::says_no_substance;

    #[test]
    fn a_position_of_no_substance_is_read() {
        for t in [
            "Did not provide a substantive response as to whether they oppose.",
            "No substantive resp. re whether they oppose",
            "Ack'd receipt.",
            "Acknowledged receipt.",
            "Did not substantively respond as to opposition.",
            "Non-substantive reply.",
            "Nothing substantive.",
            "Would not say whether they oppose the motion.",
            "Did not say whether Defendants oppose.",
            "Gave no position on the motion.",
            "Did not give a position on the motion.",
            "Nothing of substance.",
            // Hadcock v. Jest Operating (M.D. Fla. 2021), as a recorder
            // might write the call.
            "Was not in a position to discuss the responses.",
            "Not prepared to discuss the responses; had not read the email.",
            "Had not read the email; could not discuss the responses.",
            "Defense counsel had not read the Nov. 9 email.",
            "Unable to discuss the requests.",
            "Understood the call to be about his own November 6 letter.",
            "Had not read the November 9 email and understood the call to be about his own November 6 letter; was not in a position to discuss the responses.",
            // The other side's own email memorialising that call.
            "Memorialized the call: he had not read the November 9 email (in deposition and then on a plane) and thought the call concerned his November 6 letter, so was not in a position to discuss the responses.",
            // Review 134.
            "D's counsel hadn't seen the 11/9 email yet (depo, then flight); assumed call re his 11/6 letter; couldn't discuss the responses.",
            "Hadn't had a chance to review the Nov. 9 email (in a deposition, then on a plane); thought Kindrick was calling about the Nov. 6 letter.",
            "Sheppard's position: he needed to read the Nov. 9 email before discussing the responses.",
            "Confirmed the above in writing.",
            // An adversarial review, 90: Hadcock in other words.
            "Was not in a position to discuss the responses because he had not read the November 9 email; he took the call to be about his November 6 letter.",
            "Had not seen Mr. Kindrick's November 9 email before the call; he thought the call was about his own November 6 letter, so he was not prepared to respond on Rogers' responses.",
            "Said he had been in a deposition and then on a plane, had not had a chance to review the November 9 email, and took the call to concern his November 6 letter.",
            "Had not yet read the Nov. 9 email when the call took place and thought the call related to his Nov. 6 letter; he could not then address Rogers' responses in substance.",
            "Had not read the November 9, 2020 email.",
            // A twenty-fifth review of Hadcock.
            "Hadn't seen the 11/9 email yet; thought we were calling about his 11/6 letter.",
            "Unaware of the Nov. 9 email; could not address the responses on the call.",
            "Wanted to read the November 9 email before discussing it.",
            // An adversarial review, 99, of Hadcock.
            "Hadn't read the 11/9 email yet; thought the call was about his 11/6 letter, so couldn't get into the responses.",
            "Email confirming the call: he had not yet read the Nov. 9 email (he was in a deposition, then on a plane) and believed the call was about his Nov. 6 letter; he could not discuss the responses.",
            "Unable to address the responses then: he had not yet seen the November 9 email.",
            "Unable to address the responses on the call; had not seen the November 9 email, being in a deposition and then on a plane.",
            "Not in a position to discuss the responses: hadn't read the Nov. 9 email.",
            "Confirmed in writing that he hadn't read the Nov. 9 email (in depo, then on a plane), thought the call was re his Nov. 6 letter, and wasn't in a position to discuss the responses.",
            // An adversarial review, 101, of Hadcock.
            "Had not read the November 9 email and understood the call to be about his own November 6 letter; was in no position to discuss the responses.",
            "Not ready to discuss the responses; hadn't looked at the 11/9 email and thought the call concerned his 11/6 letter.",
            "Confirmed he hadn't looked at the 11/9 email (in depo, then on a plane), thought the call concerned his 11/6 letter, and was not ready to discuss the responses.",
            "Was not able to discuss the responses; had not gotten to the November 9 email, and took the call to concern his November 6 letter.",
            "Had not read the November 9 email and understood the call to be about his own November 6 letter; was not in a position to discuss the responses that day.",
            "Not up to speed on the 11/9 email; thought call was re his 11/6 ltr; couldn't discuss resps.",
            "Could not discuss the responses at that point: had not read the Nov. 9 email, and took the call to concern his Nov. 6 letter.",
            "Hadn't opened the Nov. 9 email and took the call to be about his Nov. 6 letter; couldn't talk about the responses.",
            "Wrote that he hadn't opened the Nov. 9 email (in a deposition, then on a plane) and thought the call was about his Nov. 6 letter, so couldn't talk about the responses.",
            // Review 103.
            "Was unprepared to discuss the responses; had yet to read the Nov. 9 email and thought the call was about his Nov. 6 letter.",
            "Said he was in no shape to talk about the responses, not having read the 11/9 email; thought the call concerned his 11/6 letter.",
            // Review 105.
            "The Nov. 9 email was still unread and he took the call to be about his Nov. 6 letter; the responses were beyond what he could discuss then.",
            "Was caught off guard: had not read the Nov. 9 email and believed the call was about his Nov. 6 letter, so the responses could not be discussed.",
            "Had never seen the Nov. 9 email and thought the call was about his Nov. 6 letter; was not equipped to discuss the responses.",
            // Review 112 (McAllister v. McDermott, M.D. La. 2019).
            "Acknowledged receipt of the email.",
            "Confirmed he received the 8/30 email.",
            "Acknowledged receipt; nothing further.",
            "Acknowledged receipt of Plaintiffs' August 30 email; did not discuss the responses.",
            // Fears v. Wal-Mart (D. Kan. 2000), as recorders wrote it.
            "Left defense counsel with the impression that Plaintiff's attorney would not agree to a protective order.",
            "Came away with the impression plaintiff's attorney would not agree to a protective order.",
            "Plaintiff's attorney would not be agreeable to a protective order (defendant's impression after the conversation).",
            "Presumably opposed.",
            // Review 23: the same impression in other words.
            "Seemed unwilling to agree to a protective order.",
            "Apparently would not be agreeable to a protective order.",
            "Would not be agreeable to a protective order (so we understood).",
            "Understood from the call that plaintiff's counsel would not agree to a protective order.",
            "Not agreeable to a protective order, as defense counsel understood it.",
            // Review 84 (Gessler, D. Colo. 2011).
            "Assumed opposed.",
            "Defendant opposes (our assumption).",
        ] {
            assert!(says_no_substance(t), "{t:?}");
        }
        for t in [
            "Acknowledged receipt; stands on its objections.",
            "No substantive response yet, but will answer Friday.",
            "Gave a substantive response: the request is overbroad.",
            "Took the position that the request is overbroad.",
            "Stands on its objections.",
            "Took no position.",
            "Had not read the email; will respond by Friday.",
            "The email was still unread; the requests are overbroad.",
            "The responses could not be discussed because they were complete.",
            "The requests were beyond what he could discuss, and were overbroad.",
            "Was caught off guard and stands on the objections.",
            "Acknowledged receipt of the email and will respond by Friday.",
            "Received the email; the requests are overbroad.",
            "Did not discuss the responses because they were complete.",
            "Had not read the email but stands on the objections.",
            "Could not discuss Interrogatory 4, which he says is moot, and narrowed No. 5.",
            "Read the email and would not discuss the requests further.",
            // An accepted-record review: each gives a position.
            "Had not read the November 25 letter. Maintained that the production and answers were adequate.",
            "Had not read the November 25 letter and would not supplement the production or the answers.",
            "Unable to discuss the requests further because the production and answers were complete.",
            "Not prepared to discuss narrowing the affirmative-defense requests.",
            // The reason or the words around it give a position.
            "Was not in a position to discuss the responses because they were complete.",
            "Was in trial until Friday; will respond by Monday.",
            "Said he had been in a deposition and would produce the documents Friday.",
            // An over-strictness review, 92: the letter's content is a stance.
            "Took the call to concern her letter refusing to withdraw the subpoena.",
            "Took the call to be about her letter defending the subpoena as needed for Plaintiff's retaliation claims.",
            "Thought the call related to her letter maintaining the subpoena.",
            // A comma, colon or parenthesis that carries a position.
            "Had not read the email, stands on its objections.",
            "Had not read the email, so would not supplement.",
            "Memorialized the call: the requests are overbroad.",
            "Wrote: had not read the email.",
            "Had not read the email (the requests are overbroad).",
            "Had not read the email (in deposition) and stands on the objections.",
            "Thought the call was premature, as the production is complete.",
            "Thought the call was premature.",
            "Could not address the requests because they are overbroad.",
            "Wanted to read the email and will then produce nothing further.",
            "Stood on the objections. Presumably opposed to the rest.",
            "Gave the impression he would agree, but refused to sign.",
            // Review 24: the other side's own position, with the same words.
            "Asserted several objections to production, presumably to keep its sales figures confidential.",
            "Said the investigation file is presumed work product and would not log or produce it.",
            "Would not withdraw the subpoenas, which he said raise a question of first impression.",
            "Would not sign the proposed order, leaving the impression that no agreed order was possible.",
            "MCA had not provided any requested documents, presumably because it was having difficulty collecting them.",
            "He was under the impression the order would gag him.",
            "Apparently the documents were destroyed in the flood.",
            "Would not supplement (so we understood); stands on the objections.",
            "",
        ] {
            assert!(!says_no_substance(t), "{t:?}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::says_no_answer;

    #[test]
    fn plain_statements_of_silence_are_read() {
        for t in [
            "Plaintiffs never responded.",
            "Plaintiffs never responded by the appointed deadline.",
            // An accepted-record review, in other words.
            "Ignored the letter.",
            "He ignored the email.",
            "Ignored this one too.",
            "Ignored the follow-up.",
            "Again, no reply.",
            "Plaintiffs never responded by the September 18 deadline we set.",
            "Nothing by the 20th either.",
            "Nothing.",
            "No response by the deadline.",
            "No resp. by the 9/20 deadline.",
            "Counsel for Plaintiff did not respond to this letter.",
            "No resp. to date.",
            "The defendant did not respond to the letter.",
            "No response.",
            "No reply.",
            "No reply",
            "Did not respond.",
            "Did not reply.",
            "Didn't respond.",
            "Hasn\u{2019}t replied.",
            "Never responded.",
            "Counsel never replied.",
            "Defense counsel did not respond.",
            "Opposing counsel did not reply to the letter.",
            "No response to the letter.",
            "No response to our emails.",
            "Never replied to our letter of October 4.",
            "No response to the September 24 letter.",
            "No response to the e-mail.",
            "No response was received.",
            "No response received before filing.",
            "Nothing received.",
            "Wasn't answered.",
            "Neither answered nor objected.",
            "Never heard back.",
            "Voicemail not returned.",
            "Unanswered.",
            "Ignored",
            "Did not return the call.",
            "No answer.",
            "Did not answer.",
            // Old-format recordings of accepted orders (Null, Gardner,
            // Cooper): names, roles, "from", and plain closing times.
            "Mr. Null did not respond.",
            "Plaintiff never got back to us.",
            "Letter went unanswered.",
            "Mr. Gardner did not reply.",
            "No reply from Mr. Gardner.",
            "Plaintiff's counsel never responded.",
            "Mr. Cooper's attorney did not get back to us.",
            "Opp. counsel did not respond.",
            "No response from opposing counsel.",
            "No response to date.",
            "No response as of filing.",
            "Still no response.",
            // A second review of accepted records in old words: dates,
            // notes kept in a hurry, who and when together.
            "Mr. Null did not respond by October 4.",
            "Plaintiffs never responded by the appointed deadline of September 18, 2024.",
            "No response was received by the appointed deadline of September 20, 2024.",
            "No response by 9/18.",
            "No reply rec'd as of 10/12.",
            "No reply rec'd.",
            "No resp.",
            "Nothing heard.",
            "No answer to ltr.",
            "Mr. Null has not responded to the follow-up email.",
            "Plaintiff's counsel did not respond to the October 23 demands.",
            "Plaintiff's counsel has not responded to the November 12, 2008 letter.",
            "Mr. Gardner never responded to the September 19, 2005 letter.",
            "No response from Mr. Gardner before filing.",
            "No response by Feb. 18.",
            // Review 78 (Sparks): a hedge on the silence.
            "Does not appear to have responded.",
            "Doesn't appear to have answered before we filed.",
            "Defendant does not seem to have replied to the letter.",
            "Apparently never replied.",
            "Apparently Defendant never replied.",
        ] {
            assert!(says_no_answer(t), "{t:?} should read as silence");
        }
    }

    #[test]
    fn anything_said_is_an_answer() {
        for t in [
            "Hoped to have the answers shortly.",
            "Responses would be provided on or before February 18, 2008.",
            "No response until the protective order is entered.",
            "No response to Interrogatory 4 is owed: it exceeds the limit.",
            "No response to the letter; said answers were coming.",
            "No response by the deadline; counsel asked for two more weeks",
            "No response as of today; promised by Friday",
            "No response about the phone call; agreed to meet Tuesday",
            "No answers by plaintiff are owed: the interrogatories exceed 25",
            "No responses as discovery is stayed",
            "No response as the request is overbroad and unduly burdensome",
            "No responses before the motion to dismiss is decided",
            "No response by defendant is required",
            "No response at this time, counsel will call next week to discuss.",
            "Will respond next week.",
            "Refused to confer.",
            "Objections maintained.",
            "No responses are due until July.",
            "Did not respond to the letter but called to ask for more time.",
            "None.",
            "There are none.",
            "No response from opposing counsel until the protective order is entered.",
            "No response from Mr. Null; he called to ask for time.",
            "Mr. Null did not respond to Interrogatory 4 because it is privileged.",
            "Did not get back to us on the search terms.",
            "Still no response from counsel, who promised it Friday.",
            "",
            "Counsel",
            "No response by October 4, but counsel called October 5.",
            "No response by 10/4; called 10/5",
            "Did not respond by October 4 and asked for more time.",
            "No response by the deadline of October 4, 2024, as counsel was in trial.",
            "No response by fax.",
            "No response since the call of October 4 about the experts.",
            "Did not respond to Interrogatory 4 by October 4.",
            "No response to Request No. 4/5.",
            "Ignored the request for Interrogatory 4 but produced the rest.",
            "Ignored the deadline and asked for more time.",
            "Again, he asked for more time.",
            "Nothing further to produce.",
            "Nothing is owed.",
            "Nothing by the 20th, but he called on the 21st.",
            "Ignored our deficiencies and stood on the objections.",
            "Does not appear to have responded to RFP 3 but agreed to produce the rest.",
            "Apparently will respond next week.",
            "Does not appear to have any documents.",
        ] {
            assert!(!says_no_answer(t), "{t:?} should read as an answer");
        }
    }
}
