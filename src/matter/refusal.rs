//! Whether the other side's "position" recorded on a contact says that it
//! refused to confer.
//!
//! Courts accept an express refusal to confer in place of a conference
//! (Jenkins v. Miller, D. Vt. 2024; White v. Relay Resources, W.D. Wash.
//! 2020), and a file records one with `reply: "refused"`. A file written
//! before `reply` existed could say so only in words, as the other side's
//! position ("Refused to meet and confer"). Such words are read, but only
//! when the whole text is one plain, whole refusal to confer: optionally
//! who refused, in words that cannot name the movant's own side ("Opposing
//! counsel", "The other side"; not a party or a pronoun); a refusal ("refused to", "declined to", "would not", "waived",
//! "was unwilling to"); and conferring, whole, as its object ("meet and
//! confer", "confer", "discuss the requests", "participate in a
//! conference"), with nothing after it (refusing both live means, "in
//! person or by phone", is refusing to confer; a titled name, "Ms. White",
//! may open it). Refusing one means ("would not
//! meet in person"), for now ("at this time"), in part ("all the requests"),
//! or something else ("refused to produce the documents"), and any second
//! clause (a comma, a dash, a semicolon) is not read: the stricter reading.
//! Where the refusal counts, and when it is withdrawn, is the checker's
//! (`check::attempts::refusal_in_words`).

use super::ItemDiscussion;
use super::default::has_any_word;

impl ItemDiscussion {
    /// The other side's recorded position is a plain refusal to confer.
    pub fn records_a_refusal(&self) -> bool {
        says_refused_to_confer(&self.opponent_position, &[])
    }

    /// The same, on a motion of `movant`'s: the other side may then be
    /// named by its role ("Defense counsel declined to meet and confer" on a
    /// plaintiff's motion), which cannot be the movant's own refusal.
    pub fn records_a_refusal_against(&self, movant: super::Side) -> bool {
        says_refused_to_confer(&self.opponent_position, other_side_words(movant))
    }

    /// The other side's position names one of the movant's own people by
    /// title ("Ms. Solomon declined to meet", defense counsel's letter
    /// about the pro se plaintiff who moved): a refusal it tells is the
    /// movant's, never the other side's. `movants` holds the movant's
    /// parties' and counsel's names (`OwingNames::movants`), `theirs` the
    /// other side's (`OwingNames::theirs`): a name both sides share ("Ms.
    /// White", the pro se plaintiff, where a Kevin White acts for the
    /// movant) is left the other side's (a sixty-ninth review of Solomon v.
    /// East Penn, E.D. Pa. 2018, and an over-strictness review, 71, of
    /// White v. Relay Resources).
    pub fn position_titles_one_of(
        &self,
        movants: &super::OwingNames,
        theirs: &super::OwingNames,
    ) -> bool {
        titles_one_of(&self.opponent_position, movants, theirs)
    }

    /// The other side's position refuses every live means and offers to
    /// confer in writing only ("would confer only by email"): a refusal
    /// that stands only once the movant took the written exchange up.
    pub fn records_a_refusal_offering_writing(&self, movant: super::Side) -> bool {
        offers_writing_instead(&self.opponent_position, other_side_words(movant))
    }

    /// The other side's position tells the movant to file ("OK. File
    /// Motion to Compel.", White v. Relay Resources, W.D. Wash. 2020; "Go
    /// ahead and file your motion"), which answers nothing on the request.
    pub fn dares_the_motion(&self) -> bool {
        use super::phrase::{is_one_of, words};
        let ws: Vec<&[u8]> = words(&self.opponent_position).collect();
        ws.iter().any(|w| is_one_of(w, &["file", "filing"]))
            && ws.iter().any(|w| is_one_of(w, &["motion", "mtc"]))
    }

    /// The other side's position speaks to the requests' merits: it names
    /// the responses, the objections or the production ("Stood on its
    /// responses", "Objections stand", "Will not supplement", "Produced
    /// everything it has") and says nothing of conferring.
    pub fn speaks_to_the_merits(&self) -> bool {
        use super::phrase::{is_one_of, words};
        const MERITS: &[&str] = &[
            "responses",
            "objection",
            "objections",
            "supplement",
            "supplemental",
            "produce",
            "produced",
            "production",
            "privilege",
            "privileged",
            "relevant",
            "irrelevant",
            "overbroad",
            "burdensome",
            "documents",
            "answers",
            "stands",
            "stood",
        ];
        // A position that speaks of conferring at all is about conferring
        // ("rejected the request to meet and confer on the overdue
        // responses", "waived the conference about her responses": an
        // over-strictness review, 142, of Jenkins and Midland-Ross).
        const CONFERRING: &[&str] = &[
            "confer",
            "conferring",
            "conference",
            "conferences",
            "meet",
            "meeting",
            "met",
            "teleconference",
            "waived",
            "waive",
            "talk",
            "discuss",
            "discussion",
            "call",
        ];
        let ws: Vec<&[u8]> = words(&self.opponent_position).collect();
        ws.iter().any(|w| is_one_of(w, MERITS)) && !ws.iter().any(|w| is_one_of(w, CONFERRING))
    }

    /// Either side's position tells of a quarrel over where to meet
    /// ("Disputed the venue.", "Stood on the location Plaintiff's counsel
    /// had proposed": an adversarial review, 138, of Williams).
    pub fn tells_a_place_quarrel(&self) -> bool {
        place_quarrel(&self.opponent_position) || place_quarrel(&self.movant_position)
    }
}

impl super::ConferralEvent {
    /// The other side refused to confer on this contact: its `reply` says so,
    /// or every position it took there is a refusal to confer ("Refused to
    /// discuss the request."). The certificate tells such a contact as the
    /// refusal it was, never as a conference, and tells no outcome of it.
    /// The checker reads it too (`check::facts`, `refused_call`): with
    /// `reply: refused`, unless a position there answers on the requests
    /// themselves; with no reply, only a contact that settled, narrowed and
    /// promised nothing and offered no talk.
    pub fn refused_by_other_side(&self, movant: super::Side) -> bool {
        match self.reply {
            Some(super::Reply::Refused) => self.items.iter().all(|d| {
                d.opponent_position.trim().is_empty()
                    || d.records_a_refusal_against(movant)
                    || d.records_a_refusal_offering_writing(movant)
            }),
            None => {
                let mut said = self
                    .items
                    .iter()
                    .filter(|d| !d.opponent_position.trim().is_empty())
                    .peekable();
                self.follow_up.is_none()
                    && !self.offer_to_confer
                    && self.items.iter().all(|d| {
                        matches!(d.outcome, super::Outcome::Raised | super::Outcome::Impasse)
                    })
                    && said.peek().is_some()
                    && said.all(|d| d.records_a_refusal_against(movant))
            }
            Some(super::Reply::Answered | super::Reply::None) => false,
        }
    }

    /// The contact's `summary` says the refusal on it was a condition, not
    /// a refusal to confer: the other side would meet, but not where the
    /// movant asked ("would confer, but only at a location other than
    /// Plaintiff's counsel's office", "just not at your office", "Avail. to
    /// M&C at diff. location", "at the City Law Department instead of our
    /// office"), or, on the other side's own message, it offers to confer
    /// ("offered to meet and confer at the City Law Department").
    /// Williams v. City of Rochester (W.D.N.Y. 2018) faulted both sides for
    /// failing to agree on a location; a position there that says only
    /// "Declined to meet and confer" (a fifty-fourth review) is no whole
    /// refusal. A place named for anything else is not read: "emailed our
    /// office", "from our office", the movant's own "at whatever location
    /// suited him" (an over-strictness review, 56, of White v. Relay
    /// Resources and Jenkins v. Miller).
    pub fn summary_conditions_the_meeting(&self, from_other_side: bool) -> bool {
        self.summary_tells_a_place_quarrel() || (from_other_side && self.summary_offers_to_confer())
    }

    /// The contact's `summary` tells of a quarrel over where to meet
    /// ("The parties could not agree on a location, so no meet and confer
    /// was held"): told anywhere in the log, a refusal in words was about
    /// the place (a fifty-seventh review of Williams v. City of Rochester).
    pub fn summary_tells_a_place_quarrel(&self) -> bool {
        place_quarrel(&self.summary)
    }
}

/// Whether the first titled name in `text`, who speaks or refuses ("Ms.
/// Solomon declined to meet"), is one of `names`' words and none of
/// `not`'s. A titled name after it is someone else, the one told or whose
/// request was refused ("Mr. Erichsen wrote Mr. Leghorn that …", "Mr.
/// Mihet again rejected Ms. Jenkins's request …": an over-strictness
/// review, 71, of Midland-Ross and Jenkins).
fn titles_one_of(text: &str, names: &super::OwingNames, not: &super::OwingNames) -> bool {
    let mut words = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    while let Some(w) = words.next() {
        if super::phrase::TITLE
            .iter()
            .any(|t| t.eq_ignore_ascii_case(w))
        {
            return words.next().is_some_and(|name| {
                names.contains_word(name.as_bytes()) && !not.contains_word(name.as_bytes())
            });
        }
    }
    false
}

/// Whether `text` tells of a quarrel over where to meet: a place ruled out
/// or another one wanted ("not at your office", "only at a location other
/// than …", "a different location", "instead of our office", "agree on a
/// location").
fn place_quarrel(text: &str) -> bool {
    use super::phrase::{is_one_of, words};
    const PLACE: &[&str] = &[
        "location",
        "locations",
        "venue",
        "office",
        "offices",
        "site",
        "place",
        "where",
        "elsewhere",
        "somewhere",
    ];
    if !has_any_word(text, PLACE) {
        return false;
    }
    let ws: Vec<&[u8]> = words(text).collect();
    let at = |k: usize, set: &[&str]| ws.get(k).is_some_and(|w| is_one_of(w, set));
    (0..ws.len()).filter(|&k| at(k, PLACE)).any(|k| {
        let before = |set: &[&str], reach: usize| (k.saturating_sub(reach)..k).any(|j| at(j, set));
        // Any place the other side liked is no place ruled out: "at our
        // office or any other location she chose", "somewhere else if Mr.
        // Mihet preferred" (an over-strictness review, 59, of White and
        // Jenkins).
        if before(&["any", "whatever", "wherever"], 3)
            || (k + 1..(k + 6).min(ws.len())).any(|j| {
                at(
                    j,
                    &[
                        "if",
                        "prefer",
                        "preferred",
                        "prefers",
                        "chose",
                        "chooses",
                        "choose",
                        "wished",
                        "wishes",
                        "liked",
                        "likes",
                        "suited",
                        "suits",
                        "convenient",
                    ],
                )
            })
        {
            return false;
        }
        // "no meet and confer took place" names no place.
        if at(k, &["place"]) && before(&["take", "took", "taking", "takes", "taken"], 1) {
            return false;
        }
        // "wanted the meeting held elsewhere", "somewhere else"; "would
        // not meet where we proposed" (a fifty-seventh review of Williams).
        if at(k, &["elsewhere"])
            || (at(k, &["somewhere"]) && at(k + 1, &["else"]))
            || (at(k, &["where"])
                && before(&["meet", "confer", "meeting"], 2)
                && before(&["not", "t", "never"], 4))
        {
            return true;
        }
        // "not at your office", "only at a location", "but not at ours".
        (0..k).rev().take(4).any(|j| at(j, &["at"]) && (j >= 1 && at(j - 1, &["not", "only"])))
            // "a different location", "diff. location", "another office".
            || before(&["different", "diff", "another", "other", "alternative", "neutral"], 2)
            // "instead of our office", "rather than at his office", "change of venue".
            || before(&["instead", "rather", "change"], 4)
            // "a location other than", "an office other than".
            || (at(k + 1, &["other"]) && at(k + 2, &["than"]))
            // "could not agree on a location", "could not agree where to
            // meet", "disputed the proposed place of the meeting".
            || before(
                &[
                    "agree",
                    "agreed",
                    "agreeing",
                    "disagree",
                    "disagreed",
                    "disagreement",
                    "dispute",
                    "disputed",
                    "disputes",
                    // "disputing the venue", "objected to the location"
                    // (an adversarial review, 138, of Williams).
                    "disputing",
                    "contested",
                    "contesting",
                    "objected",
                    "objecting",
                    // "Rejected the proposed venue", "No agreement on
                    // venue", "Stood on the location Plaintiff's counsel
                    // had proposed" (the same review).
                    "agreement",
                    "rejected",
                    "rejects",
                    "rejecting",
                    "insisted",
                    "insists",
                    "insisting",
                    "stood",
                ],
                4,
            )
            // "Venue dispute unresolved" (the same review).
            || (!at(k, &["where", "office", "offices"])
                && at(k + 1, &["dispute", "disputes", "disagreement", "quarrel"]))
    })
}

/// Words that name the side opposing `movant` by its role.
fn other_side_words(movant: super::Side) -> &'static [&'static str] {
    movant.opposing().map_or(&[], super::phrase::side_words)
}

/// Who refused, dropped from the front: only words that cannot name the
/// movant's own side (the text is the other side's position; "Plaintiff
/// refused" there may be the movant's own refusal, recorded in the wrong
/// place, and so may "They refused", Myers v. Mid-West, D. Colo. 2008, as
/// an old file could record it: pronouns are not read either).
const WHO: &[&str] = &["opposing", "counsel", "the", "other", "side"];

/// Words allowed before the refusal.
const ADVERB: &[&str] = &[
    "expressly",
    "flatly",
    "simply",
    "outright",
    "again",
    "repeatedly",
];

/// The refusal.
const REFUSAL: &[&[&str]] = &[
    &["refused", "to"],
    &["refuses", "to"],
    &["declined", "to"],
    &["declines", "to"],
    &["would", "not"],
    &["will", "not"],
    // "Won't meet in person or by phone" (accepted-record reviews of White
    // v. Relay Resources, W.D. Wash. 2020, and Loop AI v. Gatti, N.D. Cal.
    // 2016): the apostrophe splits "won't" into "won" and "t".
    &["won", "t"],
    &["wouldn", "t"],
    &["was", "unwilling", "to"],
    &["is", "unwilling", "to"],
    &["were", "unwilling", "to"],
    &["are", "unwilling", "to"],
    // Turning down the movant's request or offer to confer (Jenkins v.
    // Miller, D. Vt. 2024: the offer "rejected").
    &["rejected", "the", "request", "to"],
    &["rejected", "the", "offer", "to"],
    &["rejected", "plaintiff", "s", "offer", "to"],
    &["rejected", "plaintiffs", "offer", "to"],
    &["rejected", "defendant", "s", "offer", "to"],
    &["rejected", "defendants", "offer", "to"],
    &["rejected", "the", "movant", "s", "offer", "to"],
    // "Rejected Defendant's proposal that the parties meet and confer in
    // person or by teleconference" (an accepted-record review of White v.
    // Relay Resources, W.D. Wash. 2020).
    &["rejected", "the", "proposal", "to"],
    &["rejected", "the", "invitation", "to"],
    &["rejected", "the", "suggestion", "to"],
    &["rejected", "plaintiff", "s", "proposal", "to"],
    &["rejected", "defendant", "s", "proposal", "to"],
    &["rejected", "the", "proposal", "that", "the", "parties"],
    &[
        "rejected",
        "plaintiff",
        "s",
        "proposal",
        "that",
        "the",
        "parties",
    ],
    &[
        "rejected",
        "defendant",
        "s",
        "proposal",
        "that",
        "the",
        "parties",
    ],
    &["rejected", "plaintiff", "s", "invitation", "to"],
    &["rejected", "defendant", "s", "invitation", "to"],
    &["declined", "the", "request", "to"],
    &["declined", "the", "offer", "to"],
    // "Turned down the offer to meet and confer" (an accepted-record
    // review of Jenkins v. Miller, D. Vt. 2024).
    &["turned", "down", "the", "offer", "to"],
    &["turned", "down", "the", "request", "to"],
    &["turned", "down", "plaintiff", "s", "offer", "to"],
    &["turned", "down", "defendant", "s", "offer", "to"],
    &["did", "not", "agree", "to"],
    &["would", "not", "agree", "to"],
    // Waiving the conference the rule requires is declining to hold it
    // (Midland-Ross v. Ztel, D. Mass. 1987: a party cannot waive the
    // rule; the movant's certificate stood, with expenses).
    &["waived"],
    &["waives"],
    &["purported", "to", "waive"],
];

/// Conferring, whole: the refusal's object and everything after it. No
/// means ("by telephone", "in person": refusing one way of meeting is not
/// refusing to confer), no time ("at this time", "further"), no part ("all
/// the requests").
const CONFER: &[&[&str]] = &[
    &["meet", "and", "confer"],
    &["confer"],
    &["meet", "and", "confer", "with", "us"],
    &["confer", "with", "us"],
    &["discuss", "the", "requests"],
    // One request's entry says it of that request ("Refused to discuss the
    // request.", certificate review 161's c2 as a user words it).
    &["discuss", "the", "request"],
    &["discuss", "the", "objection"],
    &["discuss", "the", "deficiency"],
    &["discuss", "the", "responses"],
    &["discuss", "the", "response"],
    &["discuss", "it"],
    &["discuss", "them"],
    // Talking is conferring ("Refused to talk about it.", review 162).
    &["talk", "about", "it"],
    &["talk", "about", "them"],
    &["talk", "about", "the", "request"],
    &["talk", "about", "the", "requests"],
    &["talk", "with", "us"],
    &["talk", "to", "us"],
    &["discuss", "the", "discovery", "requests"],
    &["discuss", "the", "discovery", "dispute"],
    &["discuss", "the", "dispute"],
    &["discuss", "the", "deficiencies"],
    &["discuss", "the", "objections"],
    &["participate", "in", "a", "meet", "and", "confer"],
    &["participate", "in", "the", "meet", "and", "confer"],
    &["participate", "in", "a", "conference"],
    &["participate", "in", "the", "conference"],
    &[
        "participate",
        "in",
        "a",
        "meet",
        "and",
        "confer",
        "conference",
    ],
    &["schedule", "a", "conference"],
    // N.D. Cal.: the joint letter is how the sides confer and put a
    // dispute to the court (Loop AI Labs v. Gatti, 2016: a refusal to take
    // part excused the movant).
    &["participate", "in", "the", "joint", "letter", "process"],
    &["participate", "in", "a", "joint", "letter"],
    &["participate", "in", "the", "joint", "letter"],
    &["do", "the", "joint", "letter"],
    &["do", "a", "joint", "letter"],
    &[
        "participate",
        "in",
        "the",
        "court",
        "s",
        "joint",
        "letter",
        "process",
    ],
    // The object of a waiver ("waived the conference").
    &["the", "conference"],
    &[
        "the",
        "conference",
        "required",
        "by",
        "local",
        "rule",
        "16",
        "d",
    ],
    &["the", "local", "rule", "16", "d", "conference"],
    &["the", "meet", "and", "confer"],
    &["the", "required", "conference"],
    &["any", "conference"],
    &["schedule", "a", "meet", "and", "confer"],
    // Old-format recordings of accepted orders (Jenkins, White): "Declined
    // to meet.", "Refused to discuss.", "Would not agree to a meet and
    // confer."
    &["meet"],
    &["discuss"],
    &["talk"],
    &["a", "meet", "and", "confer"],
];

/// Whether `text` is one plain refusal to confer. `other` names the other
/// side by its role, where the movant's side is known.
///
/// One second clause is read: after a refusal of every live means, an
/// offer to confer in writing only ("Refused to meet in person or by
/// teleconference; would confer only by email", White v. Relay Resources,
/// W.D. Wash. 2020, where the court accepted the movant's attempt). That is
/// a refusal of the conference the rule asks for, not of conferring at all:
/// the checker counts it only once the movant took the written exchange up
/// (`offers_writing_instead`, `check::attempts::refusal_in_words`).
pub(crate) fn says_refused_to_confer(text: &str, other: &[&str]) -> bool {
    // Most positions say nothing of the kind: stop before allocating unless
    // a word that could carry a refusal is present.
    if !super::default::has_any_word(text, CARRIERS) {
        return false;
    }
    if let Some((refusal, writing)) = live_refusal_and_writing(text) {
        return refuses_every_live_means(refusal, other) && offers_writing_only(writing, other);
    }
    says_refused_whole(text, other)
        || impasse_then_refusal(text, other)
        || refusal_then_dare(text, other)
}

/// "Would not discuss it; file your motion." (review 163's p10): a plain
/// refusal to confer, then, after a semicolon, only a dare to file ("file
/// your motion", "go ahead and file"), which answers nothing on the
/// requests. Each part read alone; a part on the merits ("Will produce
/// nothing; file your motion") keeps it an answer.
fn refusal_then_dare(text: &str, other: &[&str]) -> bool {
    let Some((refusal, dare)) = text.trim().trim_end_matches('.').split_once(';') else {
        return false;
    };
    const DARES: &[&[&str]] = &[
        &["file", "your", "motion"],
        &["file", "the", "motion"],
        &["file", "a", "motion"],
        &["go", "ahead", "and", "file"],
        &["go", "ahead", "and", "file", "your", "motion"],
        &["go", "ahead", "and", "file", "the", "motion"],
        &["file", "it"],
    ];
    let words: Vec<String> = dare
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    DARES.contains(&words.as_slice()) && says_refused_whole(refusal, other)
}

/// "Said no agreement could be reached and that he waived the conference"
/// (an accepted-record review of Midland-Ross v. Ztel, D. Mass. 1987): a
/// first clause that says only that the sides cannot agree, then a plain
/// refusal by the same speaker. The speaker, where named, must be the
/// other side (as `says_refused_whole` asks); the refusal must be whole.
fn impasse_then_refusal(text: &str, other: &[&str]) -> bool {
    const IMPASSE: &[&[&str]] = &[
        &["no", "agreement", "could", "be", "reached"],
        &["no", "agreement", "can", "be", "reached"],
        &["no", "agreement", "would", "be", "reached"],
        &["no", "agreement", "was", "possible"],
        &["no", "agreement", "is", "possible"],
        &["no", "agreement", "possible"],
        &["the", "parties", "were", "at", "an", "impasse"],
        &["the", "parties", "are", "at", "an", "impasse"],
    ];
    const SAYING: &[&str] = &["said", "stated", "wrote", "indicated", "advised", "replied"];
    let lower = text.trim().trim_end_matches('.').to_lowercase();
    // The one place the first clause may end: " and that ", " and ", "; ".
    let Some((head, tail)) = [" and that ", " and ", "; "]
        .iter()
        .find_map(|mark| lower.split_once(mark))
    else {
        return false;
    };
    let words: Vec<&str> = head
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let rest = super::phrase::skip_who(&words, |w| {
        WHO.contains(&w) || other.contains(&w) || (!other.is_empty() && (w == "s" || w == "for"))
    });
    // The one told, by titled name: "Mr. Erichsen wrote Mr. Leghorn that no
    // agreement could be reached" (an over-strictness review, 71).
    let rest = match rest {
        [verb, title, _name, "that", more @ ..]
            if SAYING.contains(verb) && super::phrase::TITLE.contains(title) =>
        {
            more
        }
        [verb, "that", more @ ..] | [verb, more @ ..] if SAYING.contains(verb) => more,
        _ => rest,
    };
    if !IMPASSE.contains(&rest) {
        return false;
    }
    // The refusal may name its speaker again by a pronoun.
    let tail = ["he ", "she ", "they ", "it "]
        .iter()
        .find_map(|p| tail.strip_prefix(p))
        .unwrap_or(tail);
    // A rule's subdivision ("Local Rule 16(d)") opens no aside.
    says_refused_whole(&tail.replace(['(', ')'], " "), other)
}

/// Whether `text` is a refusal of every live means with an offer to confer
/// in writing only (the second form `says_refused_to_confer` reads).
pub(crate) fn offers_writing_instead(text: &str, other: &[&str]) -> bool {
    live_refusal_and_writing(text).is_some_and(|(refusal, writing)| {
        refuses_every_live_means(refusal, other) && offers_writing_only(writing, other)
    })
}

/// The two clauses of `text` split at its one clause mark (a semicolon, a
/// comma or a dash), when it has exactly one.
fn live_refusal_and_writing(text: &str) -> Option<(&str, &str)> {
    // Most positions have no second clause, or no word of writing.
    const WRITING: &[&str] = &[
        "email",
        "e",
        "writing",
        "letter",
        "letters",
        "mail",
        "correspondence",
    ];
    if !super::default::has_any_word(text, WRITING) {
        return None;
    }
    let body = text.trim().trim_end_matches('.');
    // A hyphen between spaces is a dash; one inside a word ("e-mail") is not.
    // A full stop ends a sentence unless it closes a title ("Ms. White"):
    // "Won't meet in person or by phone. Email only." is two clauses.
    let stops = body
        .match_indices('.')
        .filter(|(at, _)| !super::phrase::titled_at(body, *at, ABBREVIATED_WHO));
    let mut marks = body
        .match_indices([';', ',', '\u{2013}', '\u{2014}'])
        .chain(body.match_indices(" - "))
        .chain(stops);
    let (at, mark) = marks.next()?;
    if marks.next().is_some() {
        return None;
    }
    Some((&body[..at], &body[at + mark.len()..]))
}

/// Whether `text` refuses to meet both in person and by telephone.
fn refuses_every_live_means(text: &str, other: &[&str]) -> bool {
    says_refused_whole(text, other) && {
        let lower = text.to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        ends_with_every_live_means(&words)
    }
}

/// Whether the words end with every live means: "in person or by phone",
/// "… by telephone", "… by teleconference".
fn ends_with_every_live_means(words: &[&str]) -> bool {
    matches!(
        words,
        [
            ..,
            "in",
            "person",
            "or",
            "by",
            "phone" | "telephone" | "teleconference"
        ]
    )
}

/// Conferring by every live means, as a refusal's whole object: refusing
/// every live means is refusing to confer where letters are not conferring
/// (White v. Relay Resources, W.D. Wash. 2020: the pro se plaintiff would
/// not meet in person or by telephone, and the court accepted the attempt).
fn confer_by_every_live_means(object: &[&str]) -> bool {
    ends_with_every_live_means(object)
        && matches!(
            &object[..object.len() - 5],
            ["meet"] | ["confer"] | ["meet", "and", "confer"]
        )
}

/// An offer to confer in writing only: "would confer only by email",
/// "but would correspond in writing", "offered to confer by letter
/// instead".
fn offers_writing_only(text: &str, other: &[&str]) -> bool {
    const OPENER: &[&str] = &["but", "and", "instead"];
    const PRONOUN: &[&str] = &["he", "she", "they", "it"];
    const MODAL: &[&[&str]] = &[
        &["would"],
        &["will"],
        &["offered", "to"],
        // "Would not meet in person or by teleconference; offering to
        // confer by email instead" (an accepted-record review of White).
        &["offering", "to"],
        &["agreed", "to"],
        &["was", "willing", "to"],
        &["is", "willing", "to"],
        &["were", "willing", "to"],
        &["insisted", "on"],
    ];
    const VERB: &[&[&str]] = &[
        &["confer"],
        &["conferring"],
        &["meet", "and", "confer"],
        &["communicate"],
        &["communicating"],
        &["correspond"],
        &["corresponding"],
        &["discuss", "the", "requests"],
    ];
    const MEANS: &[&[&str]] = &[
        &["by", "email"],
        &["by", "e", "mail"],
        &["via", "email"],
        &["via", "e", "mail"],
        &["over", "email"],
        &["through", "email"],
        &["in", "writing"],
        &["by", "letter"],
        &["by", "mail"],
        &["by", "correspondence"],
    ];
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut rest: &[&str] = &words;
    if let [w, more @ ..] = rest
        && OPENER.contains(w)
    {
        rest = more;
    }
    let rest = super::phrase::skip_who(rest, |w| {
        WHO.contains(&w)
            || PRONOUN.contains(&w)
            || other.contains(&w)
            || (w == "s" && !other.is_empty())
    });
    // The means alone, as a note says it: "Email only.", "Only in
    // writing."
    if matches!(
        rest,
        ["email" | "writing" | "letters", "only"]
            | ["e", "mail", "only"]
            | ["in" | "by", "writing" | "email", "only"]
            | [
                "only",
                "by" | "via" | "in",
                "email" | "writing" | "letter" | "letters"
            ]
    ) {
        return true;
    }
    let strip_only = |w: &'_ [&str]| -> usize { usize::from(w.first() == Some(&"only")) };
    MODAL.iter().any(|m| {
        let Some(rest) = rest.strip_prefix(*m) else {
            return false;
        };
        let rest = &rest[strip_only(rest)..];
        VERB.iter().any(|v| {
            let Some(rest) = rest.strip_prefix(*v) else {
                return false;
            };
            let rest = &rest[strip_only(rest)..];
            MEANS.iter().any(|means| {
                rest.strip_prefix(*means)
                    .is_some_and(|end| matches!(end, [] | ["only"] | ["instead"]))
            })
        })
    })
}

/// `rest` without a verb of saying that opens it ("said", "stated that
/// he", "advised us they"), when one does.
fn reported<'w, 's>(rest: &'w [&'s str]) -> &'w [&'s str] {
    const SAYING: &[&str] = &["said", "stated", "indicated", "advised", "wrote", "replied"];
    const PRONOUN: &[&str] = &["he", "she", "they", "it"];
    let Some((verb, mut more)) = rest.split_first() else {
        return rest;
    };
    if !SAYING.contains(verb) {
        return rest;
    }
    if let ["us", after @ ..] = more {
        more = after;
    }
    if let ["that", after @ ..] = more {
        more = after;
    }
    match more {
        [p, after @ ..] if PRONOUN.contains(p) => after,
        _ => rest,
    }
}

/// Abbreviations of who refused whose full stop ends no sentence ("Opp.
/// counsel", "Def. counsel").
const ABBREVIATED_WHO: &[&str] = &["opp", "def", "dft", "deft", "pltf"];

/// Words that may carry a refusal.
const CARRIERS: &[&str] = &[
    "waived",
    "waives",
    "waive",
    "refused",
    "refuses",
    "declined",
    "declines",
    "rejected",
    "turned",
    "not",
    "unwilling",
    "won",
    "wouldn",
];

/// Whether `text` is one plain refusal to confer, in one clause.
fn says_refused_whole(text: &str, other: &[&str]) -> bool {
    // One statement: any punctuation but a closing full stop may open a
    // second clause, a condition or an aside.
    let body = text.trim().trim_end_matches('.');
    // An apostrophe opens no clause: "Rejected Plaintiff's offer to meet
    // and confer" reads "plaintiff", "s".
    let apostrophe = |c: char| c == '\'' || c == '\u{2019}';
    // A full stop may close a title ("Ms. White").
    if body.char_indices().any(|(at, c)| {
        !(c.is_alphanumeric()
            || c == ' '
            || apostrophe(c)
            || (c == '.' && super::phrase::titled_at(body, at, ABBREVIATED_WHO)))
    }) {
        return false;
    }
    let lower = body.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c == ' ' || c == '.' || apostrophe(c))
        .filter(|w| !w.is_empty())
        .collect();
    // A titled name is the other side's: the text is its position.
    // "Defendant's counsel": the "s" of a role's possessive.
    let rest = super::phrase::skip_who(&words, |w| {
        WHO.contains(&w)
            || ADVERB.contains(&w)
            || other.contains(&w)
            || (w == "s" && !other.is_empty())
    });
    // Who refused, named by role or titled name, may report it: "Opposing
    // counsel said they would not participate in a joint letter" (a
    // pronoun then stands for the one named, never for the movant).
    let who_named = words[..words.len() - rest.len()].iter().any(|w| {
        (WHO.contains(w) && *w != "the") || other.contains(w) || super::phrase::TITLE.contains(w)
    });
    let rest = if who_named { reported(rest) } else { rest };
    // A titled person's request or offer is the request: "Mr. Mihet again
    // rejected Mr. O'Connor's request to meet and confer", "rejected Ms.
    // Jenkins's request to meet and confer" (an over-strictness review, 71,
    // of Jenkins v. Miller, D. Vt. 2024).
    let untitled: Vec<&str>;
    let rest = match rest {
        [verb, title, more @ ..]
            if matches!(*verb, "rejected" | "declined") && super::phrase::TITLE.contains(title) =>
        {
            match more.iter().take(3).position(|w| *w == "s") {
                Some(at) if at >= 1 => {
                    untitled = [*verb, "the"]
                        .into_iter()
                        .chain(more[at + 1..].iter().copied())
                        .collect();
                    &untitled[..]
                }
                _ => rest,
            }
        }
        _ => rest,
    };
    // Every refusal that opens the rest, not the first: "would not" opens
    // "would not agree to a meet and confer" too.
    REFUSAL.iter().any(|r| {
        rest.strip_prefix(*r).is_some_and(|object| {
            let object = without_topic(object);
            CONFER.contains(&object) || confer_by_every_live_means(object)
        })
    })
}

/// `object` without a last phrase that says only what the conferring was
/// to be about ("… on its production", "… about her responses",
/// "… regarding the overdue responses": an over-strictness review, 142, of
/// Loop AI v. Gatti, N.D. Cal. 2016, and Jenkins): a refusal to confer
/// about the requests is a refusal to confer.
fn without_topic<'a, 'w>(object: &'a [&'w str]) -> &'a [&'w str] {
    const TOPIC: &[&str] = &[
        "its",
        "her",
        "his",
        "their",
        "the",
        "our",
        "these",
        "those",
        "overdue",
        "outstanding",
        "withheld",
        "disputed",
        "responses",
        "response",
        "production",
        "documents",
        "discovery",
        "requests",
        "interrogatories",
        "objections",
        "answers",
        "deficiencies",
        "rfps",
        "rogs",
    ];
    let Some(at) = object
        .iter()
        .rposition(|w| matches!(*w, "on" | "about" | "regarding" | "concerning"))
    else {
        return object;
    };
    let tail = &object[at + 1..];
    if at > 0 && !tail.is_empty() && tail.len() <= 4 && tail.iter().all(|w| TOPIC.contains(w)) {
        &object[..at]
    } else {
        object
    }
}

#[cfg(test)]
mod tests {
    use super::says_refused_to_confer as says;

    #[test]
    fn a_quarrel_over_the_place_is_read_and_an_office_named_otherwise_is_not() {
        use super::place_quarrel;
        // A fifty-fourth review of Williams v. City of Rochester (W.D.N.Y.
        // 2018).
        for t in [
            "Defense counsel's email: would confer, but only at a location other than Plaintiff's counsel's office.",
            "OC: \"We are happy to meet and confer, just not at your office.\"",
            "OC email. Avail. to M&C at diff. location, not ours.",
            "Defense counsel offered to meet and confer at the City Law Department instead of our office.",
            "We could not agree on a location.",
            // A fifty-seventh review.
            "Defense counsel's email in reply. We could not agree where the meeting should take place.",
            "Email from defense counsel: she wanted the meeting held somewhere else than we proposed.",
            "Defense counsel rejected our proposed meeting site and wanted the meet and confer held at a different place.",
            "Disputed the proposed place of the meeting.",
            "Our email: she would not meet where we proposed and we would not meet where she proposed.",
            // An adversarial review, 138.
            "Email from defense counsel disputing the venue for the meet and confer.",
            "Venue dispute unresolved; no meet and confer held.",
            "Defense counsel objected to the location.",
            "Rejected the proposed venue.",
            "No agreement on venue; no meet and confer held.",
            "Stood on the location Plaintiff's counsel had proposed.",
        ] {
            assert!(place_quarrel(t), "{t:?}");
        }
        // An over-strictness review, 56 (White v. Relay Resources, Jenkins
        // v. Miller).
        for t in [
            "Ms. White emailed our office back: won't meet in person or by teleconference, email only.",
            "Email from our office; Mr. Mihet rejected the request to meet and confer.",
            "Offered to confer by telephone or at whatever location suited Mr. Mihet; he rejected it.",
            "Called our office and left a message.",
            "We could not agree, so no conference took place.",
            "Asked where the documents are kept.",
            "Invited her to meet at our office or any other location she chose.",
            "Offered to meet at Liberty Counsel's office or somewhere else if Mr. Mihet preferred.",
            "Office dispute about the invoices; discussed RFP 4.",
            "",
        ] {
            assert!(!place_quarrel(t), "{t:?}");
        }
    }

    fn says_refused_to_confer(text: &str) -> bool {
        says(text, &[])
    }

    #[test]
    fn plain_refusals_to_confer_are_read() {
        for t in [
            "Refused to meet and confer.",
            // What the conferring was to be about (an over-strictness
            // review, 142).
            "Refused to participate in the Court's joint letter process on its production.",
            "Refused to meet and confer about her responses.",
            "Refused to confer",
            "Opposing counsel declined to meet and confer.",
            "Counsel refused to discuss the requests.",
            "Refused to discuss the request.",
            "Would not discuss it.",
            "Refused to talk about it.",
            "Would not talk to us.",
            "Would not discuss it; file your motion.",
            "Won't discuss; file your motion.",
            "Won't discuss.",
            "Refused to discuss the requests; go ahead and file.",
            "Expressly refused to participate in a meet and confer conference.",
            "Will not meet and confer with us.",
            "Counsel were unwilling to discuss the discovery dispute.",
            "Declined to schedule a conference.",
            "Rejected the request to meet and confer.",
            "Declined the offer to meet and confer.",
            "Did not agree to meet and confer.",
            "Rejected Plaintiff's offer to meet and confer.",
            "Rejected Defendants\u{2019} offer to meet and confer",
            "Declined to meet.",
            "Refused to meet.",
            "Refused to discuss.",
            "Would not agree to a meet and confer.",
            "Ms. White declined to meet.",
            "Ms. White declined to meet and confer.",
            "Refused to meet and confer in person or by phone.",
            "Refused to meet in person or by teleconference; would confer only by email.",
            "Would not meet in person or by teleconference; would confer only by email.",
            "Would not meet in person or by teleconference; offering to confer by email instead.",
            "Rejected Defendant's proposal that the parties meet and confer in person or by teleconference; would confer only by email.",
            "Declined to meet and confer in person or by phone, but would confer by email.",
            "Refused to confer in person or by telephone - would only correspond in writing",
            "Won't meet in person or by phone. Email only.",
            "Ms. White won't meet in person or by phone. Email only.",
            "Won't meet and confer.",
            "Won't do the joint letter.",
            "Wouldn't meet and confer.",
            // An impasse, then the refusal.
            "Said no agreement could be reached and that he waived the conference.",
            "Stated that no agreement could be reached and waived the conference required by Local Rule 16(d).",
            // An over-strictness review, 71: the one told, and a titled
            // person's request.
            "Mr. Erichsen wrote Mr. Leghorn that no agreement could be reached and that he waived the conference.",
            "Mr. Mihet again rejected Mr. O'Connor's request to meet and confer.",
            "Rejected Ms. Jenkins's request to meet and confer.",
            "Said the parties were at an impasse and refused to meet and confer.",
            "Waived the conference.",
            "Opposing counsel waived the meet and confer.",
            "Purported to waive the required conference.",
            "Mr. Mihet again rejected the request to meet and confer.",
            "Refused to participate in the Court's joint letter process.",
            "Opposing counsel would not participate in a joint letter.",
            "Opposing counsel said they would not participate in a joint letter.",
            "Ms. White stated that she would not meet and confer.",
            "Mr. Mihet again turned down the offer to meet and confer.",
        ] {
            assert!(says_refused_to_confer(t), "{t:?} should read as a refusal");
        }
    }

    #[test]
    fn the_other_side_may_be_named_by_its_role_when_the_movant_is_known() {
        let against_plaintiff = crate::matter::ItemDiscussion {
            item: "r".into(),
            outcome: crate::matter::Outcome::Raised,
            movant_position: String::new(),
            opponent_position: "Def. counsel declined to meet and confer.".into(),
        };
        assert!(against_plaintiff.records_a_refusal_against(crate::matter::Side::Plaintiff));
        assert!(!against_plaintiff.records_a_refusal_against(crate::matter::Side::Defendant));
        assert!(!against_plaintiff.records_a_refusal());
        // "Attorney" may be either side's.
        let d = crate::matter::ItemDiscussion {
            opponent_position: "Attorney declined to meet and confer.".into(),
            ..against_plaintiff.clone()
        };
        assert!(!d.records_a_refusal_against(crate::matter::Side::Plaintiff));
        let d = crate::matter::ItemDiscussion {
            opponent_position: "Defense counsel declined to meet and confer.".into(),
            ..against_plaintiff.clone()
        };
        assert!(d.records_a_refusal_against(crate::matter::Side::Plaintiff));
        let d = crate::matter::ItemDiscussion {
            opponent_position: "Plaintiff's counsel refused to confer.".into(),
            ..against_plaintiff
        };
        assert!(d.records_a_refusal_against(crate::matter::Side::Defendant));
        assert!(!d.records_a_refusal_against(crate::matter::Side::Plaintiff));
        // An impasse, then the refusal, by the side named first.
        let d = crate::matter::ItemDiscussion {
            opponent_position: "Counsel for Defendant stated that no agreement could be reached and waived the conference required by Local Rule 16(d).".into(),
            ..d
        };
        assert!(d.records_a_refusal_against(crate::matter::Side::Plaintiff));
        assert!(!d.records_a_refusal_against(crate::matter::Side::Defendant));
    }

    #[test]
    fn a_refusal_of_live_means_offering_writing_is_told_from_a_plain_refusal() {
        use super::offers_writing_instead;
        assert!(offers_writing_instead(
            "Refused to meet in person or by teleconference; would confer only by email.",
            &[]
        ));
        assert!(!offers_writing_instead("Refused to meet and confer.", &[]));
        assert!(!offers_writing_instead(
            "Refused to meet and confer in person or by phone.",
            &[]
        ));
    }

    #[test]
    fn anything_else_is_not_a_refusal() {
        for t in [
            "Refused to produce the documents.",
            "Refused to vacate the deposition.",
            "Would not meet in person; would confer only by email.",
            "Refused to meet; would confer only by email.",
            "Refused to meet in person or by phone; would confer by email until the stay is lifted.",
            "Refused to meet in person or by phone; would produce the documents by email.",
            "Refused to meet in person or by phone; we would confer only by email.",
            "Refused to meet in person or by phone, would confer by email, then called.",
            "Would confer only by email; refused to meet in person or by phone.",
            "Refused to confer until the stay is lifted.",
            "Declined to discuss Interrogatory 4, which it says is settled.",
            "Refused to discuss the request further.",
            "Refused to talk about the deposition schedule.",
            "Will produce nothing more; file your motion.",
            "Would not discuss it; file your motion by Friday.",
            "Would not talk about it by phone.",
            "Would not discuss it by phone.",
            "Would not produce the expert's files in Excel format.",
            "Will not supplement.",
            "Refused to meet and confer, but offered a written response.",
            "Objections maintained.",
            "Agreed to confer next week.",
            "Not refused to confer.",
            "Would not meet in person.",
            "Would not confer by telephone.",
            "Declined to confer at this time.",
            "Refused to meet and confer \u{2013} at this time",
            "Refused to meet and confer, for now",
            "Plaintiff refused to meet and confer.",
            "Defendant will not meet plaintiff's requests.",
            "Refused to participate in discovery.",
            "Would not discuss all the requests.",
            "Would not discuss the matter further.",
            "Declined to schedule a call.",
            "Rejected the request to produce the documents.",
            "Rejected Plaintiff's offer to meet and confer between April 16 and 23.",
            "Counsel's client refused to produce.",
            "Did not agree to meet and confer in person.",
            "Refused.",
            "They refused to confer.",
            "He declined to meet.",
            "Ms. White declined to meet in person.",
            "Declined to meet the deadline.",
            "Mr. Smith refused to discuss Interrogatory 4.",
            "Refused to meet. Offered to exchange letters instead.",
            "Waived the deposition.",
            "Said they would not participate in a joint letter.",
            "Counsel said they would not meet in person.",
            "Opposing counsel said we would not confer.",
            "Waived the conference for now.",
            "Waived service.",
            "Waived the conference required by Local Rule 16(d), then called.",
            "Refused to participate in the joint letter on Interrogatory 4.",
            // "Won't" and a sentence break, read as the words before them.
            "Won't produce the documents.",
            "Won't meet in person. Email only.",
            "Won't meet in person or by phone. Email only until the stay is lifted.",
            "Won't meet in person or by phone. Email only. Will call next week.",
            "Won't meet in person or by phone. Produced by email only.",
            "Won't do the joint letter on Interrogatory 4.",
            "Won't meet and confer before the deposition.",
            "Plaintiff won't meet and confer.",
            "Said no agreement could be reached and that we waived the conference.",
            "Said no agreement could be reached and that he waived the conference for now.",
            "Plaintiff's counsel said no agreement could be reached and waived the conference.",
            "Said no agreement could be reached on Interrogatory 4 and refused to meet and confer.",
            "Said he would produce and that he waived the conference.",
            "Again offered to meet and confer.",
            "",
        ] {
            assert!(
                !says_refused_to_confer(t),
                "{t:?} should not read as a refusal"
            );
        }
    }

    #[test]
    fn a_titled_name_of_the_movants_own_side_is_found() {
        use super::titles_one_of;
        // A sixty-ninth review of Solomon v. East Penn (E.D. Pa. 2018): the
        // defense's letter tells of the pro se movant's own refusal.
        let movants = crate::matter::OwingNames::from_names_for_test(&["Daisy Solomon"]);
        let theirs = crate::matter::OwingNames::from_names_for_test(&["East Penn Manufacturing"]);
        for t in [
            "Ms. Solomon declined to meet.",
            "MS SOLOMON refused to confer",
        ] {
            assert!(titles_one_of(t, &movants, &theirs), "{t:?}");
        }
        for t in [
            "Mr. Brown declined to meet.",
            "Solomon's counsel declined to meet.",
            "Declined to meet and confer.",
            "",
        ] {
            assert!(!titles_one_of(t, &movants, &theirs), "{t:?}");
        }
        // A name both sides share stays the other side's (an over-strictness
        // review, 71, of White v. Relay Resources).
        let shared = crate::matter::OwingNames::from_names_for_test(&["Solomon White"]);
        assert!(!titles_one_of(
            "Ms. Solomon declined to meet.",
            &movants,
            &shared
        ));
        // Only the first titled name speaks.
        let jenkins = crate::matter::OwingNames::from_names_for_test(&["Janet Jenkins"]);
        let liberty = crate::matter::OwingNames::from_names_for_test(&["Horatio Mihet"]);
        assert!(!titles_one_of(
            "Mr. Mihet again rejected Ms. Jenkins's request to meet and confer.",
            &jenkins,
            &liberty
        ));
    }
}
