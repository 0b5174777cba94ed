//! One paragraph per conferral step, stating only what the user recorded:
//! when, how, who, for how long, about what, what each side said, the outcome.

use crate::matter::{ConferralEvent, Matter, Method, Outcome, Reply, Side};
use crate::text::{clock, join_and, long_date};

use super::names::{is_plural, items_phrase, people_phrase, person_desc};

/// The generated paragraph for one event.
pub fn step_paragraph(m: &Matter, ev: &ConferralEvent) -> String {
    // Who acted: the initiator and their side. With no initiator recorded,
    // the movant's participants (the checker flags the missing initiator).
    let initiator = if ev.initiated_by.is_empty() {
        ev.participants
            .iter()
            .find(|p| m.side_of(p) == Some(m.motion.movant))
            .or(ev.participants.first())
            .map(String::as_str)
            .unwrap_or("")
    } else {
        ev.initiated_by.as_str()
    };
    let initiator_side = m.side_of(initiator);
    let mut subject: Vec<&str> = vec![initiator];
    let mut object: Vec<&str> = Vec::new();
    for p in &ev.participants {
        if *p == initiator {
            continue;
        }
        if m.side_of(p) == initiator_side {
            subject.push(p)
        } else {
            object.push(p)
        }
    }
    // A phrase with an appositive ("Jane Roe, counsel for Plaintiff") is closed
    // with a comma when the sentence goes on after it.
    let close = |s: String, more: bool| {
        if more && s.contains(", ") {
            format!("{s},")
        } else {
            s
        }
    };
    // A letter, email or fax has one sender, its author: the entry's other
    // participants on the author's side are its addressees (the format's
    // rule for a written contact; an imported email lists its Cc), copied
    // on it, never its senders (review 347: "Jane Roe and Mary Major …
    // sent an email" where Mary Major was only copied).
    let written = matches!(ev.method, Method::Letter | Method::Email | Method::Fax);
    let copied: Vec<&str> = if written && !initiator.is_empty() {
        subject.split_off(1)
    } else {
        Vec::new()
    };
    let who = close(people_phrase(m, &subject), true);
    // Nobody is invented: with no one recorded on the other side, the
    // sentence names no one (and the checker flags the entry).
    let whom_bare = people_phrase(m, &object);

    // The certificate follows the requests the motion keeps.
    let kept =
        |d: &&crate::matter::ItemDiscussion| m.item_by_id(&d.item).is_some_and(|i| !i.dropped);
    let labels: Vec<&str> = ev
        .items
        .iter()
        .filter(kept)
        .filter_map(|d| m.item_by_id(&d.item))
        .map(|i| i.label.as_str())
        .collect();
    // A conversation recorded as taking up something else is told as that,
    // never as a discussion of the requests it lists.
    let elsewhere = ev.method.is_live() && ev.told_as_elsewhere();
    let about = match ev.subject {
        Some(crate::matter::Subject::Scheduling) if ev.method.is_live() => {
            " about scheduling only".to_string()
        }
        Some(crate::matter::Subject::OtherMatter) if ev.method.is_live() => {
            " about another matter".to_string()
        }
        // Its summary says no request was taken up ("Scheduling call
        // only.", "did not discuss the requests").
        _ if elsewhere => " without discussing the requests".to_string(),
        _ if labels.is_empty() => String::new(),
        _ => format!(" about {}", items_phrase(&labels)),
    };
    let length = ev
        .duration_minutes
        .map(duration)
        .map(|d| format!(" for {d}"))
        .unwrap_or_default();
    let at = match ev.time {
        Some(t) => format!("On {}, at {}, ", long_date(ev.date), clock(t)),
        None => format!("On {}, ", long_date(ev.date)),
    };
    // A place that says how the contact was made ("by Microsoft Teams
    // chat", "via Zoom") takes no "at"; a full stop typed after it is not
    // the sentence's.
    let place = match ev.place.trim().trim_end_matches('.').trim_end() {
        "" => String::new(),
        p if ["by ", "via ", "over ", "through ", "on "].iter().any(|w| {
            p.len() > w.len() && p.get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w))
        }) =>
        {
            format!(" {p}")
        }
        p => format!(" at {p}"),
    };
    // After a place, the length is set off with commas: "at the Rule 16
    // status conference, for 15 minutes, about …", not "… before the judge
    // for 15 minutes" (certificate review 161).
    let length_after_place = if length.is_empty() {
        String::new()
    } else if about.is_empty() {
        format!(",{length}")
    } else {
        format!(",{length},")
    };
    let placed = if place.is_empty() {
        &length
    } else {
        &length_after_place
    };
    let goes_on = match ev.method {
        Method::Letter | Method::Email | Method::Fax => !about.is_empty() || !copied.is_empty(),
        Method::Voicemail | Method::UnansweredCall => !about.is_empty(),
        Method::Deposition => true,
        Method::Court if ev.leave_conference() => true,
        _ => !(place.is_empty() && length.is_empty() && about.is_empty()),
    };
    let whom = close(whom_bare, goes_on);
    let with = |prep: &str| {
        if whom.is_empty() {
            String::new()
        } else {
            format!(" {prep} {whom}")
        }
    };
    let copying = if copied.is_empty() {
        String::new()
    } else {
        format!(
            " copying {}",
            close(people_phrase(m, &copied), !about.is_empty())
        )
    };

    // A call whose own summary says it never reached the other side
    // ("went to voicemail", "couldn't reach him") was an attempt, as the
    // checker reads it: never "spoke by telephone with".
    let unreached = ev.call_not_reached();
    // The other side refused to confer on this call or meeting: no
    // conference, and no outcome of one (review 162: "conferred by video
    // conference … remain at impasse" under "No conference was held").
    let refused_here = ev.method.is_live() && ev.refused_by_other_side(m.motion.movant);
    let mut s = match ev.method {
        _ if unreached && !whom.is_empty() => format!(
            "{at}{who} {} {whom}{about}; the call did not reach them.",
            if ev.method == Method::Video {
                "placed a video call to"
            } else {
                "telephoned"
            },
        ),
        Method::Telephone => format!(
            "{at}{who} spoke by telephone{}{length}{about}.",
            with("with")
        ),
        // A video call on which the other side refused to confer was no
        // conference: "spoke", as on the telephone.
        Method::Video if refused_here => format!(
            "{at}{who} spoke by video conference{}{length}{about}.",
            with("with")
        ),
        Method::Video => format!(
            "{at}{who} conferred by video conference{}{length}{about}.",
            with("with")
        ),
        Method::InPerson => format!(
            "{at}{who} met in person{}{place}{placed}{about}.",
            with("with")
        ),
        // "Spoke", not "conferred": a discussion at a deposition is weighed
        // apart from a conference between counsel.
        Method::Deposition => format!(
            "{at}{who} spoke{} during {}{length_after_place}{about}.",
            with("with"),
            // A place that names the deposition itself ("deposition of
            // Brightline's Rule 30(b)(6) designee") is not "a deposition at
            // deposition of …".
            {
                let named = ev.place.trim();
                let lower = named.to_lowercase();
                if lower.starts_with("deposition") || lower.starts_with("the deposition") {
                    format!(
                        "the {}",
                        named.trim_start_matches("the ").trim_start_matches("The ")
                    )
                } else {
                    format!("a deposition{place}")
                }
            }
        ),
        Method::Letter => format!("{at}{who} sent a letter{}{copying}{about}.", with("to")),
        Method::Email => format!("{at}{who} sent an email{}{copying}{about}.", with("to")),
        Method::Fax => format!("{at}{who} sent a fax{}{copying}{about}.", with("to")),
        Method::Voicemail => format!("{at}{who} left a voicemail message{}{about}.", with("for")),
        Method::UnansweredCall if whom.is_empty() => {
            format!("{at}{who} placed a telephone call{about} that was not answered.")
        }
        Method::UnansweredCall => {
            format!("{at}{who} telephoned {whom}{about}; the call was not answered.")
        }
        Method::Other => format!(
            "{at}{who} communicated{}{place}{placed}{about}.",
            with("with")
        ),
        Method::Court if ev.leave_conference() => format!(
            "{at}{who} took part{} in a conference with the Court{place}{placed}{about}, after which the Court gave leave to file the motion.",
            with("with")
        ),
        Method::Court => format!("{at}{who} contacted the Court{place}{placed}{about}."),
    };
    if !ev.staff.is_empty() {
        let staff: Vec<String> = ev
            .staff
            .iter()
            .map(|st| {
                let boss = m
                    .counsel_by_id(&st.works_for)
                    .map(|c| c.name.as_str())
                    .unwrap_or(st.works_for.as_str());
                let role = if st.role.trim().is_empty() {
                    "staff member".to_string()
                } else {
                    st.role.trim().to_string()
                };
                format!("{}, {role} to {boss}", st.name)
            })
            .collect();
        s.push_str(&format!(" {} also took part.", join_and(&staff)));
    }

    // What each side said, item by item, in the user's words, where the
    // paragraph gives it (`positions_printed`).
    let movant = m.motion.movant;
    for d in ev
        .items
        .iter()
        .filter(kept)
        .filter(|_| positions_printed(ev))
    {
        let Some(item) = m.item_by_id(&d.item) else {
            continue;
        };
        let mine = d.movant_position.trim();
        let theirs = d.opponent_position.trim();
        if mine.is_empty() && theirs.is_empty() {
            continue;
        }
        let mut parts = Vec::new();
        if !mine.is_empty() {
            parts.push(attribute(m, &speaker(m, ev, movant, true), mine, true));
        }
        if !theirs.is_empty() {
            parts.push(attribute(m, &speaker(m, ev, movant, false), theirs, false));
        }
        let first = parts.remove(0);
        let rest: Vec<String> = parts.into_iter().map(|p| capitalise(&p)).collect();
        let mut said = format!(" On {}, {first}", item.label);
        for r in rest {
            said.push(' ');
            said.push_str(&r);
        }
        s.push_str(&said);
    }

    // Outcomes, grouped. None is told of a message of the movant's that no
    // answer met, or of a call that reached no one or took up something
    // else: nothing was resolved or narrowed by it ("Counsel resolved … No
    // response was received." contradicts itself).
    let one_way = (m.side_of(initiator) == Some(movant)
        && ev.reply == Some(crate::matter::Reply::None))
        || unreached
        || elsewhere
        || refused_here;
    let with = |o: Outcome| -> Vec<&str> {
        ev.items
            .iter()
            .filter(|_| !one_way)
            .filter(kept)
            .filter(|d| d.outcome == o)
            .filter_map(|d| m.item_by_id(&d.item))
            .map(|i| i.label.as_str())
            .collect()
    };
    // "Counsel" only where everyone who took part is counsel: a party that
    // took part itself (pro se, or a represented company reached directly)
    // is no counsel's resolution.
    let who_resolved = if ev.participants.iter().any(|p| m.party_by_id(p).is_some()) {
        "The parties"
    } else {
        "Counsel"
    };
    let resolved = with(Outcome::Resolved);
    if !resolved.is_empty() {
        s.push_str(&format!(
            " {who_resolved} resolved {}.",
            items_phrase(&resolved)
        ));
    }
    let narrowed = with(Outcome::Narrowed);
    if !narrowed.is_empty() {
        s.push_str(&format!(
            " {who_resolved} narrowed the dispute over {}.",
            items_phrase(&narrowed)
        ));
    }
    let impasse = with(Outcome::Impasse);
    if !impasse.is_empty() {
        let verb = if is_plural(&impasse) {
            "remain"
        } else {
            "remains"
        };
        s.push_str(&format!(
            " {} {verb} at impasse.",
            capitalise(&items_phrase(&impasse))
        ));
    }
    // A promise is stated only once it is recorded who made it.
    if let Some(f) = ev.follow_up.as_ref().filter(|f| !f.promised_by.is_empty()) {
        let who = m
            .counsel_by_id(&f.promised_by)
            .map(|c| c.name.clone())
            .or_else(|| m.party_by_id(&f.promised_by).map(|p| p.name.clone()))
            .unwrap_or_else(|| person_desc(m, &f.promised_by));
        let pending = with(Outcome::FollowUp);
        let what = if !f.what.trim().is_empty() {
            f.what.trim().to_string()
        } else if !pending.is_empty() {
            format!("a response about {}", items_phrase(&pending))
        } else {
            "a response".to_string()
        };
        s.push_str(&format!(
            " {who} agreed to provide {what} by {}.",
            long_date(f.due)
        ));
        if f.kept == Some(false) {
            s.push_str(" The promise was not kept by that date.");
        }
    }
    // What came back, as recorded: an attempt is stated as an attempt.
    let by_movant = m.side_of(initiator) == Some(movant);
    if by_movant && let Some(by) = ev.respond_by {
        s.push_str(&format!(" It asked for a response by {}.", long_date(by)));
    }
    // A message whose summary says it never got through ("Email bounced
    // back") was not ignored: the certificate says it was not delivered.
    let undelivered =
        by_movant && !ev.method.is_live() && crate::matter::says_not_delivered(&ev.summary);
    if undelivered {
        s.push_str(" It was not delivered.");
    }
    match ev.reply {
        _ if undelivered => {}
        Some(Reply::None) if by_movant => s.push_str(" No response was received."),
        Some(Reply::Refused) if by_movant => s.push_str(&format!(
            " {} refused to confer.",
            capitalise(&speaker(m, ev, movant, false))
        )),
        _ => {}
    }
    if ev.offer_to_confer && !by_movant {
        s.push_str(" The message offered to confer.");
    }
    s
}

/// Words that may open a note before its verb or subject ("Now says …",
/// "Now we will …"); the checker's `NOTE-AS-WRITTEN` reads past them too.
pub(crate) const OPENERS: [&str; 6] = ["Now", "Still", "Again", "Then", "Also", "Later"];

/// Whether the paragraph for `ev` gives what each side said: not for a
/// conversation recorded as taking up something else (it was not about the
/// requests), nor for a call that reached no one (only the movant's side
/// could have said anything, and what it meant to say is no part of the
/// record). The checker's `NOTE-AS-WRITTEN` asks it too.
pub(crate) fn positions_printed(ev: &ConferralEvent) -> bool {
    !((ev.method.is_live() && ev.told_as_elsewhere()) || ev.call_not_reached())
}

/// How the paragraph names the speaker for one side: "counsel for Plaintiff",
/// or a pro se party by name.
fn speaker(m: &Matter, ev: &ConferralEvent, movant: Side, movant_side: bool) -> String {
    let on_side = |id: &&String| {
        let s = m.side_of(id);
        if movant_side {
            s == Some(movant)
        } else {
            s.is_some() && s != Some(movant)
        }
    };
    let first = ev
        .participants
        .iter()
        .find(on_side)
        .or(if on_side(&&ev.initiated_by) {
            Some(&ev.initiated_by)
        } else {
            None
        });
    // More than one party on a side: "counsel for Defendant" would not say
    // whose counsel.
    let co_parties = |side: Side| m.parties.iter().filter(|p| p.side == side).nth(1).is_some();
    // More than one person on that side took part, and the note does not
    // say which of them said it: no one of them is named as its source
    // (certificate review 162: "Marcus Müller stated …" of a call Apex's
    // counsel shared).
    let mut on_that_side = ev.participants.iter().filter(on_side);
    if let (Some(one), Some(_)) = (on_that_side.next(), on_that_side.next()) {
        let all_counsel = ev
            .participants
            .iter()
            .filter(on_side)
            .all(|id| m.counsel_by_id(id).is_some());
        return match m.side_of(one) {
            Some(side) if all_counsel => format!(
                "counsel for {}{}",
                side.label(),
                if co_parties(side) { "s" } else { "" }
            ),
            _ if movant_side => format!("counsel for {}", movant.label()),
            _ => "the other side".to_string(),
        };
    }
    match first.map(|id| (id, m.counsel_by_id(id))) {
        // With co-parties on that side, the one who spoke is named (given
        // earlier in the paragraph).
        Some((id, Some(c)))
            if !c.name.trim().is_empty() && m.side_of(id).is_some_and(co_parties) =>
        {
            c.name.trim().to_string()
        }
        Some((id, Some(_))) => {
            let side = m.side_of(id).map(|s| s.label()).unwrap_or("the party");
            format!("counsel for {side}")
        }
        Some((id, None)) => m
            .party_by_id(id)
            .map(|p| p.name.clone())
            .unwrap_or_else(|| id.clone()),
        None if movant_side => format!("counsel for {}", movant.label()),
        None => "the other side".to_string(),
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// The user's words, ending as a sentence.
/// What one side said, attributed as a lawyer writes it, in the user's own
/// words: a note that starts with what the speaker did ("Demanded complete
/// answers") follows the speaker's name ("counsel for Plaintiff demanded
/// complete answers."); a note that already names its speaker ("Mr. Jones
/// maintained ...") stands as written; a note wrapped in quotation marks is
/// quoted; anything else is given as what the speaker "stated, in
/// substance", never in quotation marks it was not written in.
fn attribute(m: &Matter, who: &str, said: &str, own: bool) -> String {
    // A note whose whole is a quotation is quoted as such (below); quotation
    // marks inside one are set as the rest of the certificate sets them.
    let curled;
    let said = if verbatim(said).is_none() && said.contains('"') {
        curled = curly_quotes(said);
        curled.as_str()
    } else {
        said
    };
    let first = said.split_whitespace().next().unwrap_or("");
    let word = first.trim_matches(|c: char| !c.is_alphabetic());
    // A verb of saying or of taking a position, within the note's first
    // five words: "Mr. Jones maintained …", "Counsel for Apex said …".
    const SAYING: [&str; 48] = [
        "says",
        "said",
        "states",
        "stated",
        "claims",
        "claimed",
        "contends",
        "contended",
        "argues",
        "argued",
        "insists",
        "insisted",
        "maintains",
        "maintained",
        "agrees",
        "agreed",
        "refuses",
        "refused",
        "declines",
        "declined",
        "offers",
        "offered",
        "proposes",
        "proposed",
        "objects",
        "objected",
        "asserts",
        "asserted",
        "indicates",
        "indicated",
        "explains",
        "explained",
        "responds",
        "responded",
        "replies",
        "replied",
        "wrote",
        "confirmed",
        "asked",
        "asks",
        "demanded",
        "requested",
        "sought",
        "accepted",
        "rejected",
        "withdrew",
        "conceded",
        "suggested",
    ];
    let saying_at = said
        .split_whitespace()
        .take(5)
        .skip(1)
        .position(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphabetic());
            SAYING.iter().any(|v| v.eq_ignore_ascii_case(w))
        })
        .map(|i| i + 1);
    const PRONOUNS: [&str; 6] = ["He", "She", "They", "It", "I", "We"];
    let names_one = [
        "Mr.",
        "Ms.",
        "Mrs.",
        "Dr.",
        "Counsel",
        "Plaintiff",
        "Plaintiffs",
        "Defendant",
        "Defendants",
    ]
    .contains(&first)
        || m.counsel
            .iter()
            .filter_map(|c| c.name.split_whitespace().last())
            .chain(
                m.parties
                    .iter()
                    .filter_map(|p| p.name.split_whitespace().next()),
            )
            .any(|n| n == word)
        || said.starts_with(who);
    // A note that names its speaker and says what it said or did stands as
    // written ("Mr. Jones maintained …", "Company says it answered fully").
    // One that names a side with no verb of saying ("Defendant has produced
    // everything it has", "Brightline will produce nothing more") is the
    // other side's position, not a fact the movant certifies: it is given
    // "in substance" below (certificate review 162).
    let names_speaker = match saying_at {
        Some(1) => !OPENERS.contains(&word) && !PRONOUNS.contains(&word),
        Some(_) => names_one,
        None => false,
    };
    if names_speaker {
        return sentence(said);
    }
    // A note that opens with the speaker as a pronoun and a verb in the past
    // or a modal ("He refused any limit", "He would not budge", the
    // movant's own "I offered to limit …", "We asked for …") tells what the
    // speaker did: the pronoun is the speaker. (The other side's own "I" or
    // "We" are its words, given "in substance" below.)
    // ("They", on the other side, is as often the party as its counsel:
    // not read so.)
    let by_pronoun = if own {
        ["I", "We"].contains(&first)
    } else {
        ["He", "She"].contains(&first)
    };
    if by_pronoun
        && let Some(next) = said.split_whitespace().nth(1)
        && let Some(rest) = said.strip_prefix(first)
    {
        let next = next.trim_matches(|c: char| !c.is_alphabetic());
        const PAST: [&str; 22] = [
            "said", "told", "sent", "wrote", "gave", "made", "took", "met", "spoke", "would",
            "will", "could", "can", "did", "had", "was", "were", "won't", "wouldn't", "cannot",
            "couldn't", "didn't",
        ];
        let past = next.len() > 3 && next.ends_with("ed") && next.chars().all(|c| c.is_lowercase())
            || PAST.contains(&next)
            || next == "won"
            || next == "wouldn"
            || next == "couldn"
            || next == "didn";
        if past {
            return sentence(&format!("{who}{rest}"));
        }
    }
    const VERBS: [&str; 14] = [
        "Asked",
        "Agreed",
        "Declined",
        "Demanded",
        "Explained",
        "Maintained",
        "Objected",
        "Offered",
        "Proposed",
        "Refused",
        "Said",
        "Sought",
        "Stated",
        "Took",
    ];
    let verb_first = VERBS.contains(&word)
        || (word.len() > 4
            && word.ends_with("ed")
            && word.chars().skip(1).all(|c| c.is_lowercase()));
    // A note in the present tense of reporting ("Says he has answered
    // fully", "Company says it answered fully" is caught above by its
    // name) is the user's report, not the speaker's words: quoted, it would
    // put "Says he has answered fully" in the speaker's mouth.
    const REPORTING: [&str; 12] = [
        "Says",
        "States",
        "Claims",
        "Contends",
        "Argues",
        "Insists",
        "Maintains",
        "Wants",
        "Agrees",
        "Refuses",
        "Declines",
        "Objects",
    ];
    // "Now says no supplement will be served", "Still refuses to log": an
    // adverb, then a verb of reporting, is the same report.
    let adverb_then_verb = OPENERS.contains(&word)
        && said.split_whitespace().nth(1).is_some_and(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphabetic());
            REPORTING.iter().any(|r| r.eq_ignore_ascii_case(w))
                || VERBS.iter().any(|v| v.eq_ignore_ascii_case(w))
        });
    let verb_first = verb_first || REPORTING.contains(&word) || adverb_then_verb;
    if verb_first && let Some(c) = said.chars().next() {
        let rest = &said[c.len_utf8()..];
        return sentence(&format!("{who} {}{rest}", c.to_lowercase()));
    }
    // A note the user put in quotation marks is the speaker's own words.
    if let Some(words) = verbatim(said) {
        return format!("{who} stated: \u{201c}{}\u{201d}", sentence(words));
    }
    // Anything else is the user's note of what was said ("Stands on its
    // objections", "He refused any limit"), not a quotation: quoted, it
    // would put the note's words in the speaker's mouth. "In substance"
    // says so.
    format!(
        "{who} stated, in substance: {}",
        sentence(&after_colon(&capitalise(said)))
    )
}

/// A note set after a colon ("stated, in substance: …", "on Interrogatory
/// No. 4: …") as running text: a note that opens with a verb or a modal is
/// a fragment with its subject left out ("Will search three custodians
/// only", "Maintained that years before 2023 are irrelevant"), and a
/// fragment after a colon takes a small letter. A note that opens with a
/// name, a pronoun, a determiner or an acronym may be a sentence of its own
/// and keeps its capital (review 349).
pub(crate) fn after_colon(note: &str) -> std::borrow::Cow<'_, str> {
    const OPENING: [&str; 40] = [
        "Will",
        "Would",
        "Won't",
        "Wont",
        "Cannot",
        "Can",
        "Can't",
        "Could",
        "Couldn't",
        "Should",
        "Shall",
        "May",
        "Might",
        "Must",
        "Has",
        "Have",
        "Had",
        "Hasn't",
        "Is",
        "Isn't",
        "Was",
        "Does",
        "Doesn't",
        "Did",
        "Didn't",
        "Not",
        "Never",
        "Only",
        "Wants",
        "Needs",
        "Stands",
        "Intends",
        "Plans",
        "Expects",
        "Believes",
        "Thinks",
        "Considers",
        "Says",
        "Maintains",
        "Refuses",
    ];
    let first = note.split_whitespace().next().unwrap_or("");
    let word = first.trim_end_matches(|c: char| !c.is_alphabetic() && c != '\'');
    let fragment = OPENING.contains(&word)
        || OPENERS.contains(&word)
        || (word.len() > 4
            && word.ends_with("ed")
            && word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().skip(1).all(|c| c.is_lowercase()));
    match note.chars().next() {
        Some(c) if fragment => {
            std::borrow::Cow::Owned(format!("{}{}", c.to_lowercase(), &note[c.len_utf8()..]))
        }
        _ => std::borrow::Cow::Borrowed(note),
    }
}

/// Straight double quotation marks as the certificate sets every other:
/// opening after a space, a bracket, a dash or a colon, or at the start;
/// closing anywhere else (`Said: "no log."` prints `Said: “no log.”`).
pub(crate) fn curly_quotes(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    let mut prev: Option<char> = None;
    // Quotations left open, to be closed at the end; a closing mark with
    // none open is a stray and is dropped (an unclosed quotation must not
    // run on into the certificate's next sentence).
    let mut open = 0usize;
    for c in s.chars() {
        if c == '"' {
            let opens = prev.is_none_or(|p| {
                p.is_whitespace()
                    || matches!(p, '(' | '[' | '{' | '-' | '\u{2014}' | '\u{2013}' | ':')
            });
            if opens {
                out.push('\u{201c}');
                open += 1;
            } else if open > 0 {
                out.push('\u{201d}');
                open -= 1;
            }
        } else {
            out.push(c);
        }
        prev = Some(c);
    }
    for _ in 0..open {
        out.push('\u{201d}');
    }
    out
}

/// The words inside a note wrapped whole in quotation marks, straight or
/// curly ("\"No log will be served.\"", with or without a full stop after).
pub(crate) fn verbatim(said: &str) -> Option<&str> {
    let s = said.trim().trim_end_matches('.');
    let inner = s
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .or_else(|| {
            s.strip_prefix('\u{201c}')
                .and_then(|r| r.strip_suffix('\u{201d}'))
        })
        // Single quotation marks ('No log.') quote as well.
        .or_else(|| s.strip_prefix('\'').and_then(|r| r.strip_suffix('\'')))
        .or_else(|| {
            s.strip_prefix('\u{2018}')
                .and_then(|r| r.strip_suffix('\u{2019}'))
        })?
        .trim();
    // One quotation, not two ("\"a\" and \"b\"").
    (!inner.is_empty() && !inner.contains(['"', '\u{201c}', '\u{201d}'])).then_some(inner)
}

fn sentence(s: &str) -> String {
    if s.ends_with(['.', '?', '!', '"', '\u{201d}']) {
        s.to_string()
    } else {
        format!("{s}.")
    }
}

fn duration(min: u32) -> String {
    let (h, m) = (min / 60, min % 60);
    let unit = |n: u32, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    match (h, m) {
        (0, m) => unit(m, "minute"),
        (h, 0) => unit(h, "hour"),
        (h, m) => format!("{} and {}", unit(h, "hour"), unit(m, "minute")),
    }
}
