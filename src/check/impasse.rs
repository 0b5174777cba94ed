//! Why agreement could not be reached.
//!
//! N.D. Tex. L. Civ. R. 7.1(b)(2): "If a motion is opposed, the certificate
//! must state that a conference was held, indicate the date of conference
//! and the identities of the attorneys conferring, and explain why agreement
//! could not be reached." A certificate that gives the date and the names
//! and then says only that the motion is opposed, or that the sides reached
//! an impasse, does not do the last. The composed certificate explains it
//! with the other side's last stated position on each request still in
//! dispute; a statement the user wrote must explain it in its own words.
//!
//! A court whose rule says this lists it in the `particularity` check's
//! `reasons_under`; the test is of the words, not of the law, so it is kept
//! apart from the other particulars.

use super::facts::Facts;

/// A ground: words that say why a side holds its position ("overbroad",
/// "privileged", "not relevant", "would cost too much", "from 2023 only",
/// "stands on its objections"). Matched as the start of a word. A word that
/// only names what was discussed ("the custodians", "the scope of
/// Interrogatory No. 4") or a side's attitude to the motion is none (a
/// certificate review, 156).
const GROUNDS: &[&str] = &[
    "because",
    "overbroad",
    "overly",
    "burden",
    "privilege",
    "proportional",
    "disproportion",
    "confidential",
    "proprietary",
    "undue",
    "premature",
    "duplicative",
    "cumulative",
    "vague",
    "ambiguous",
    "harass",
    "protected",
    "possession",
    "discoverable",
    "irrelevan",
    "relevance",
    "accessible",
    "inaccessible",
    "cost",
    "expens",
    "predat",
    "vendor",
    "hipaa",
    "reasoning",
];

/// Grounds in more than one word.
const GROUND_PHRASES: &[&str] = &[
    "does not have",
    "doesn't have",
    "don't have",
    "didn't have",
    "can't produce",
    "do not have",
    "did not have",
    "cannot produce",
    "could not produce",
    "already produced",
    "answered fully",
    "fully answered",
    "complete as served",
    "work product",
    "trade secret",
    "no more than",
    "nothing earlier",
    "no further",
    "too broad",
    "too burdensome",
    "needs of the case",
    "no bearing",
    "nothing to do with",
    "no connection",
    "not relevant",
    "no relevance",
    "beyond the scope",
    "outside the scope",
    "exceeds the scope",
    "on backup",
    "backup tapes",
    "belong to",
    "belongs to",
    "kept by",
    "held by",
    "stored by",
    "never had",
    "no longer has",
    "third party",
    "already covered",
    "covered by",
    "not shown",
    "has not shown",
    "conflicts with",
    "too many",
    "too much",
    "not practical",
    "as written",
    "as they stand",
    "as it stands",
    "health information",
    "never in",
    "in its hands",
];

/// A side's stance: a reason when it bears on the requests ("maintains its
/// objections", "refused to search more than three custodians", "would not
/// produce the 2022 records", "considers Request No. 12 disproportionate"),
/// none when what it governs is the motion, the relief or agreeing itself
/// ("objects to the relief requested", "contends the motion should be
/// denied", "declined to withdraw its opposition", "will not agree").
const STANCES: &[&str] = &[
    "maintain",
    "object",
    "contend",
    "believe",
    "assert",
    "insist",
    "refus",
    "declin",
    "reject",
    "feels",
    "considers",
    "thinks",
    "only",
    "limit",
    "sufficient",
    "enough",
    "offer",
    "unwilling",
    "reason",
    // Reported speech: "Defendant says the records belong to its parent",
    // "Mr. Müller told me the files are kept by a vendor".
    "say",
    "said",
    "told",
    "tells",
    "explain",
    "answered",
    "advise",
    "stated",
    "states",
    "responded",
    "replied",
    "indicated",
    "represented",
    "wrote",
];

/// Stances in more than one word.
const STANCE_PHRASES: &[&str] = &[
    "will not",
    "would not",
    "won't",
    "wouldn't",
    "will only",
    "would only",
    "will answer",
    "will produce",
    "will search",
    "will provide",
    "would answer",
    "would produce",
    "would search",
    "would provide",
    "is willing to",
    "was willing to",
    "not willing",
    "not agreeable",
    "does not intend",
    "do not intend",
    "not prepared",
    "stands on",
    "stand on",
    "stood on",
    "rests on",
    "position is",
    "position that",
    "argues that",
    "argued that",
    "disagree whether",
    "disagree that",
    "disagrees whether",
    "disagrees that",
    "entitled to",
    "sees it",
    "turned down",
    "isn't willing",
    "aren't willing",
    "wasn't willing",
    "can't",
    "cannot",
];

/// What a stance may govern and still say nothing of why: the motion itself,
/// or agreeing.
const ABOUT_THE_MOTION: &[&str] = &[
    "motion",
    "motions",
    "relief",
    "opposition",
    "agree",
    "agreement",
    "consent",
    "impasse",
    "resolve",
    "resolution",
    "compromise",
    "oppose",
    "opposes",
    "opposed",
    "position",
    "positions",
    "views",
    "court",
    "decide",
    "decision",
    "matter",
    "explanation",
];

/// Acts on the requests: "will not agree to produce the 2022 records" says
/// what the other side refuses, as "refused to produce" does.
const DISCOVERY_ACTS: &[&str] = &[
    "produc",
    "answer",
    "search",
    "provid",
    "supplement",
    "respon",
    "disclos",
    "identif",
    "run",
    "review",
    "restor",
    "collect",
    "expand",
    "extend",
    "use",
    "includ",
    "native",
    "redact",
];

/// Words that restate the failure to agree: "because the parties could not
/// agree" gives no reason.
const CIRCULAR: &[&str] = &[
    "the",
    "parties",
    "party",
    "could",
    "not",
    "agree",
    "agreement",
    "counsel",
    "were",
    "was",
    "unable",
    "to",
    "reach",
    "reached",
    "an",
    "impasse",
    "resolve",
    "it",
    "they",
    "no",
    "dispute",
    "disputes",
    "issues",
    "issue",
    "matter",
    "conference",
    "this",
    "motion",
    "is",
    "opposed",
    "rule",
    "requires",
    "local",
    "civil",
    "l",
    "r",
    "7",
    "1",
    "b",
    "2",
];

/// The motion is opposed, as the composed certificate decides it: a request
/// the motion keeps is still in dispute, or the record lists none.
pub(super) fn opposed(f: &Facts) -> bool {
    f.matter.items.is_empty() || f.kept_items().next().is_some()
}

/// A statement (the user's own certification, or their rewrite of the
/// opposed-or-unopposed paragraph) that gives no reason the sides could not
/// agree: no ground, and no stance on the requests (see `GROUNDS`,
/// `STANCES`). A statement that calls the motion unopposed, and nowhere
/// opposed, is not asked for one.
pub(super) fn unexplained(statement: &str) -> Option<String> {
    // A word processor's apostrophe is the typewriter's ("won’t").
    let lower = crate::text::folded(statement);
    // Words, each with whether a clause ends right after it; a word in
    // single quotation marks ('overbroad') is the word.
    let mut words: Vec<(&str, bool)> = Vec::new();
    let mut rest = lower.as_str();
    while let Some(start) = rest.find(|c: char| c.is_alphanumeric() || c == '\'') {
        rest = &rest[start..];
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '\''))
            .unwrap_or(rest.len());
        let (word, after) = rest.split_at(end);
        let ends = after
            .trim_start_matches(' ')
            .starts_with(['.', ',', ';', ':', '!', '?', '(', ')']);
        let word = word.trim_matches('\'');
        if !word.is_empty() {
            words.push((word, ends));
        }
        rest = after;
    }
    // Unopposed: said so ("unopposed", "does not oppose", "no
    // opposition"), and nowhere said opposed ("opposes", "is opposed"; not
    // "opposing counsel", nor a negated "not opposed").
    const OPPOSE: &[&str] = &["oppose", "opposes", "opposed", "opposition"];
    const NEGATION: &[&str] = &[
        "not", "no", "doesn't", "don't", "didn't", "never", "without",
    ];
    let negated = |k: usize| {
        words[k.saturating_sub(2)..k]
            .iter()
            .any(|(b, _)| NEGATION.contains(b))
    };
    let unopposed = words.iter().enumerate().any(|(k, (w, _))| {
        (*w == "unopposed" && !negated(k)) || (OPPOSE.contains(w) && negated(k))
    });
    let opposed = words
        .iter()
        .enumerate()
        .any(|(k, (w, _))| OPPOSE.contains(w) && !negated(k));
    if unopposed && !opposed {
        return None;
    }
    // The words a marker ending at `k` governs: up to eight, to the clause's end.
    let window = |k: usize| -> Vec<&str> {
        let mut out = Vec::new();
        if words.get(k).is_some_and(|(_, ends)| *ends) {
            return out;
        }
        for (w, ends) in words.iter().skip(k + 1).take(8) {
            out.push(*w);
            if *ends {
                break;
            }
        }
        out
    };
    // A stance says nothing of why when it governs nothing ("Defendants
    // object."), nothing at all ("offered no explanation", "said nothing"),
    // or only the motion, agreeing or the sides' positions, with no act on
    // the requests ("refused to consent to native production" has one).
    let about_the_motion = |k: usize| {
        let after = window(k);
        after.len() < 2
            || matches!(after.first(), Some(&("no" | "nothing")))
            || (after.iter().any(|w| ABOUT_THE_MOTION.contains(w))
                && !after
                    .iter()
                    .any(|w| DISCOVERY_ACTS.iter().any(|a| w.starts_with(a))))
    };
    let circular = |k: usize| window(k).iter().all(|w| CIRCULAR.contains(w));
    // A phrase of `n` words at `k`.
    let phrase_at = |k: usize, p: &str| {
        let mut n = 0;
        for part in p.split(' ') {
            if words.get(k + n).is_none_or(|(w, _)| *w != part) {
                return None;
            }
            n += 1;
        }
        Some(k + n - 1)
    };
    let gives_reason = (0..words.len()).any(|k| {
        let w = words[k].0;
        if GROUNDS.iter().any(|g| w.starts_with(g)) {
            return !(w == "because" && circular(k));
        }
        // A limit put after what it limits: "the records from 2023 only".
        if w == "only" && k > 0 && words[k - 1].0.bytes().any(|b| b.is_ascii_digit()) {
            return true;
        }
        if GROUND_PHRASES.iter().any(|p| phrase_at(k, p).is_some()) {
            return true;
        }
        if STANCES.iter().any(|st| w.starts_with(st)) {
            return !about_the_motion(k);
        }
        STANCE_PHRASES
            .iter()
            .filter_map(|p| phrase_at(k, p))
            .any(|end| !about_the_motion(end))
    });
    (!gives_reason).then(|| UNEXPLAINED.to_string())
}

/// What `unexplained` says of a statement that gives no reason.
pub(super) const UNEXPLAINED: &str = "does not explain why agreement could not be reached, which the rule asks of a certificate for an opposed motion";

/// Words that say why no conference could be held: the other side did not
/// answer, refused, or could not be reached ("did not respond to two
/// letters and a voicemail", "has not returned our calls", "refused to
/// confer", "was out of the office through the deadline"). A voicemail
/// left says only that a call went unanswered, not that the other side
/// never called back.
const NOT_POSSIBLE: &[&str] = &[
    "no response",
    "not respond",
    "not responded",
    "never responded",
    "failed to respond",
    "no answer",
    "not answer",
    "not answered",
    "unanswered",
    "not return",
    "not returned",
    "no reply",
    "not reply",
    "not replied",
    "never replied",
    "refus",
    "declin",
    "unavailable",
    "could not reach",
    "unable to reach",
    "could not be reached",
    "out of the office",
    "out of office",
    "ignored",
    "silence",
    "heard nothing",
    "not heard",
    "no word",
    "no telephone",
    "incarcerated",
    "won't respond",
    "won't confer",
    "would not confer",
    "will not confer",
];

/// What `not_possible_unexplained` says of a statement that gives no reason.
pub(super) const NO_CONFERENCE: &str = "does not explain why a conference was not possible, which the rule asks of a certificate when none was held";

/// N.D. Tex. L. Civ. R. 7.1(b)(3): "If a conference was not held, the
/// certificate must explain why it was not possible to confer." A statement
/// the user wrote for a record with attempts and no conference that says
/// nothing of the other side's silence, refusal or absence.
pub(super) fn not_possible_unexplained(statement: &str) -> Option<String> {
    let lower = crate::text::folded(statement);
    (!NOT_POSSIBLE.iter().any(|p| lower.contains(p))).then(|| NO_CONFERENCE.to_string())
}

/// The requests the motion keeps on which no contact the certificate
/// describes records the other side's position: the composed certificate
/// explains why agreement could not be reached with those positions, so
/// when there is none at all it cannot explain it. `None` when at least one
/// position is recorded (the certificate then gives a reason).
/// (One pass over the log, stopping at the first position, not one per
/// request: it runs on every keystroke in N.D. Tex.)
pub(super) fn no_position_recorded<'m>(f: &Facts<'m>) -> Option<Vec<&'m str>> {
    let positioned = f
        .matter
        .conferrals
        .iter()
        .filter(|e| f.matter.certifiable(e, f.today))
        .flat_map(|e| e.items.iter())
        .any(|d| !d.opponent_position.trim().is_empty() && f.keeps(&d.item));
    if positioned {
        return None;
    }
    let labels: Vec<&'m str> = f
        .kept_items()
        .map(|(item, _)| item.label.as_str())
        .collect();
    (!labels.is_empty()).then_some(labels)
}

#[cfg(test)]
mod tests {
    use super::unexplained;

    /// Reasons as N.D. Tex. lawyers write them (a certificate review, 156,
    /// wrote these against the sample record).
    #[test]
    fn a_reason_in_any_common_form_is_read() {
        for s in [
            "Defendant maintains its objections to Interrogatory No. 4.",
            "Mr. Doe said the request is overbroad.",
            "Counsel refused to search more than three custodians.",
            "Defendant will not produce the 2022 records because they are not relevant.",
            "Defendant contends the documents are privileged.",
            "The parties disagree whether Interrogatory No. 4 reaches 2021.",
            "The motion is unopposed.",
            "Defendant's counsel indicated that Defendant's answer to Interrogatory No. 4 is complete as served and that it does not intend to supplement. The motion is opposed.",
            "Defendant rests on its response that the ESI is not reasonably accessible. Agreement was not possible.",
            "Defendant is not agreeable to producing anything for 2021 or 2022.",
            "Defendant is only prepared to answer for 2023 onward, while Plaintiff needs 2021 and 2022 as well. The parties are at an impasse.",
            "Mr. Müller said Defendant could agree to 2023 forward but nothing earlier. Plaintiff could not accept that limitation.",
            "Defendant feels the request is too broad. The motion is opposed.",
            "Defendant is unwilling to answer Interrogatory No. 4 for any year before 2023, so agreement could not be reached.",
            "Defendant considers Request for Production No. 12 disproportionate to the needs of the case.",
            "Mr. Müller said the older email is on backup tapes and would cost too much to restore.",
            "Defendant limits its search for RFP No. 12 to three email accounts; Plaintiff seeks twelve.",
            "Defendant stands on its responses. The motion is opposed.",
            "Defendant offered to search three custodians; Plaintiff asked for eight.",
            "Defendant will not agree to produce the 2021 records.",
            "Mr. Müller's position is that the request exceeds what Rule 26 allows.",
            // A second review, 157: reasons told as what a side says.
            "Defendant says the shipping records sought by Request for Production No. 12 belong to its parent company, Brightline Holdings, and that it cannot reach them.",
            "Mr. Müller told me the older dispatch records are kept by a vendor, TransitSoft.",
            "Mr. Müller says the topic was already covered when Plaintiff deposed Defendant's CFO in February.",
            "Mr. Müller says every date Plaintiff proposed in April conflicts with his trial in the Eastern District of Texas.",
            "The dispute is the form of production for RFP No. 12. Defendant refused to consent to native production.",
            "The impasse is about time: Defendant will answer Interrogatory No. 4 for the years after the 2023 contract.",
            "Mr. Alvarez answered that Trinity's answer is true as written, since Trinity did not touch the schedule.",
            "Ms. Park says the logs contain patient health information.",
            "Defendants' reasons differ. Trinity: the logs were never in its hands.",
            // A review of the day's diff: contractions, a word processor's
            // apostrophe, a word in quotation marks, a limit put last.
            "Defendant won\u{2019}t produce the 2022 records.",
            "Defendant doesn't have any responsive documents.",
            "Defendant says the request is 'overbroad'.",
            "Defendant agreed to produce the records from 2023 only.",
            "Counsel conferred with opposing counsel; the motion is unopposed.",
            "Defendant does not oppose the motion.",
        ] {
            assert_eq!(unexplained(s), None, "{s}");
        }
    }

    /// Rule 7.1(b)(3): with no conference held, why one was not possible.
    #[test]
    fn without_a_conference_the_statement_says_why_none_was_possible() {
        use super::not_possible_unexplained;
        for s in [
            "Plaintiff's counsel wrote on May 19 and May 22, 2025 and called on May 27; Defendant's counsel did not respond.",
            "Counsel left a voicemail on May 27, 2025; it was not returned.",
            "Defendant\u{2019}s counsel refused to confer.",
            "Mr. Doe was out of the office through June 6.",
        ] {
            assert_eq!(not_possible_unexplained(s), None, "{s}");
        }
        for s in [
            "Plaintiff's counsel wrote to Defendant's counsel on May 19, 2025 about the requests.",
            "Plaintiff sent a letter on May 19, 2025. The motion is presumed opposed.",
        ] {
            assert!(not_possible_unexplained(s).is_some(), "{s}");
        }
    }

    /// Opposition, an impasse or the subject of the dispute, and no reason.
    #[test]
    fn an_impasse_or_a_bare_opposed_is_no_reason() {
        for s in [
            "On March 10, 2026, Jane Roe conferred by telephone with John Doe about Interrogatory No. 4 and reached an impasse.",
            "Jane Roe and John Doe conferred on March 10, 2026. Agreement could not be reached.",
            "Counsel conferred on March 10, 2026, and the parties could not agree.",
            "The parties discussed their respective positions but could not agree.",
            "Defendant will not agree to the relief requested.",
            "Defendant refused to agree to the relief sought in the motion.",
            "Counsel argued at length, but no agreement could be reached.",
            "Counsel for Defendant stated his position, and counsel for Plaintiff stated hers. No agreement was reached.",
            "Defendant declined to withdraw its opposition. The motion is opposed.",
            "Given that the parties could not agree, this motion is opposed.",
            "In light of the conference, the motion is opposed.",
            "The parties disagree and the matter must be presented to the Court for determination.",
            "Defendant is not unopposed to some of the relief but opposes the motion as a whole.",
            "Defendant objects to the relief requested in the motion.",
            "Defendant contends the motion should be denied.",
            "Defendant opposes this motion, as it did Plaintiff's earlier unopposed motion for an extension.",
            "Counsel conferred about the custodians and search terms for RFP No. 12 but could not agree.",
            "After extended argument the parties remained at an impasse.",
            "Counsel conferred regarding the relevant requests and could not agree.",
            "Because the parties could not agree, the motion is opposed.",
            // A second review, 157.
            "The parties have irreconcilable views.",
            "Defendant only agreed to discuss the matter further.",
            "Defendant maintains its position, and the motion is opposed.",
            "Mr. Müller offered no explanation for Defendant's refusal.",
            "Counsel conferred by telephone for only forty minutes and could not agree.",
            "Defendant insists that the Court should decide the issue.",
            "Defendant would not change its position.",
            "Despite a sufficient exchange of views, Defendants remain opposed.",
            "Each Defendant declined.",
            "Counsel conferred because Local Civil Rule 7.1 requires it, and Defendants oppose the motion.",
            "Both Defendants believe this is a matter for the Court.",
            "Defendants are unwilling to move from their positions.",
            "The conference was limited to the motion, and the parties could not agree.",
            "Defendants object.",
            "Counsel for Defendant explained Defendant's position.",
            // Stances on the motion told in a phrase.
            "Defendant is not willing to withdraw its opposition.",
            "Defendant stands on its opposition to the motion.",
            "Defendant's position is that the motion should be denied.",
            "Defendant is not agreeable to the relief requested.",
        ] {
            assert!(unexplained(s).is_some(), "{s}");
        }
    }
}
