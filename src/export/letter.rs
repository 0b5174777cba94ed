//! The draft meet-and-confer letter, and the requests quoted for the motion.
//!
//! The letter is what courts' orders ask a movant to send before filing:
//! each disputed request, word for word, the response to it, what the
//! movant finds deficient and what it asks, and an invitation to confer by
//! telephone or video. It is a draft for the lawyer: every fact comes from
//! the record, it cites no rule, and whatever the record lacks is left as a
//! bracketed placeholder ("[propose two or three dates and times]") for the
//! lawyer to fill, never guessed.

use crate::certificate::{items_phrase, parties_phrase};
use crate::layout::{Block, Para, Style};
use crate::matter::{Counsel, CounselRole, DisputedItem, Matter, Party, Side};
use crate::text::{join_and, long_date};

use super::exhibit::{chronological, motion_name};

/// The requests the letter is about: listed, not dropped, and not settled
/// by the last logged discussion of them (the rule the checker and the
/// certificate use, `matter::settled_among`: a broken promise reopens it).
pub fn disputed(m: &Matter) -> Vec<&DisputedItem> {
    let events = chronological(m);
    m.items
        .iter()
        .filter(|i| !i.dropped)
        .filter(|i| crate::matter::settled_among(m, i, events.iter().copied()).is_none())
        .collect()
}

/// The last recorded position of a side on an item, in the user's words,
/// and the entry that records it.
fn last_position<'m>(
    m: &'m Matter,
    item: &str,
    movant: bool,
) -> Option<(String, &'m crate::matter::ConferralEvent)> {
    chronological(m).into_iter().rev().find_map(|e| {
        e.items
            .iter()
            .filter(|d| d.item == item)
            .map(|d| {
                if movant {
                    d.movant_position.trim()
                } else {
                    d.opponent_position.trim()
                }
            })
            .find(|p| !p.is_empty())
            .map(|p| (crate::text::one_line(p).into_owned(), e))
    })
}

/// The parties on the other side a participant (a counsel, or a party
/// acting for itself) speaks for.
fn spoken_for<'m>(m: &'m Matter, participant: &str) -> Vec<&'m str> {
    match m.counsel.iter().find(|c| c.id == participant) {
        Some(c) => c.represents.iter().map(String::as_str).collect(),
        None => m
            .party_by_id(participant)
            .map(|p| vec![p.id.as_str()])
            .unwrap_or_default(),
    }
}

fn para(text: impl Into<String>) -> Para {
    let mut p = Para::body(text, 1.0);
    p.first_indent = 0.0;
    p.space_after = 12.0;
    p
}

fn heading(text: impl Into<String>) -> Para {
    let mut p = para(text);
    p.style = Style::Bold;
    p.space_after = 6.0;
    p.keep_with_next = true;
    p
}

/// A quotation set off from the text, as a block quote.
fn quoted(text: impl Into<String>) -> Para {
    let mut p = para(text);
    p.left_indent = 36.0;
    p
}

/// A lead-in kept on the page with what follows it.
fn lead_in(text: impl Into<String>) -> Para {
    let mut p = para(text);
    p.space_after = 6.0;
    p.keep_with_next = true;
    p
}

fn lines(parts: &[&str]) -> Vec<String> {
    parts
        .iter()
        .flat_map(|p| p.lines())
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

fn role_rank(c: &Counsel) -> u8 {
    match c.role {
        CounselRole::Lead => 0,
        CounselRole::Local => 1,
        CounselRole::Other => 2,
    }
}

/// Who the letter goes to: counsel for the parties on another side (lead
/// first) and the pro se parties there, of those the requests are disputed
/// with. Non-parties are not addressed.
enum Addressee<'m> {
    Counsel(&'m Counsel),
    ProSe(&'m Party),
}

impl Addressee<'_> {
    /// The parties this addressee speaks for.
    fn parties(&self) -> Vec<&str> {
        match self {
            Addressee::Counsel(c) => c.represents.iter().map(String::as_str).collect(),
            Addressee::ProSe(p) => vec![p.id.as_str()],
        }
    }
}

/// A request recorded as disputed with some parties only is theirs to
/// answer: a co-defendant it is not disputed with should not receive
/// another party's requests and positions as its own (review 349). A
/// request that records none is disputed with the whole other side
/// (`DisputedItem::disputed_with`), and so is a letter with no request yet.
fn addressees<'m>(m: &'m Matter, items: &[&DisputedItem]) -> Vec<Addressee<'m>> {
    let other = |s: Option<Side>| s.is_some_and(|s| s != m.motion.movant && s != Side::Nonparty);
    let whole_side = items.is_empty() || items.iter().any(|i| i.disputed_with.is_empty());
    let concerned = |party: &str| {
        whole_side
            || items
                .iter()
                .any(|i| i.disputed_with.iter().any(|w| w == party))
    };
    let mut counsel: Vec<&Counsel> = m
        .counsel
        .iter()
        .filter(|c| other(m.side_of(&c.id)))
        // Counsel recorded for no party are kept: nothing says whom they
        // speak for.
        .filter(|c| c.represents.is_empty() || c.represents.iter().any(|r| concerned(r)))
        .collect();
    counsel.sort_by_key(|c| role_rank(c));
    let mut out: Vec<Addressee> = counsel.into_iter().map(Addressee::Counsel).collect();
    out.extend(
        m.parties
            .iter()
            .filter(|p| p.pro_se && other(Some(p.side)) && concerned(&p.id))
            .map(Addressee::ProSe),
    );
    out
}

/// The date of a served document, for the headings.
fn served(label: &str, d: Option<jiff::civil::Date>) -> String {
    match d {
        Some(d) => format!("{label} (served {}):", long_date(d)),
        None => format!("{label}:"),
    }
}

/// The sender: the movant's lead counsel, or a pro se movant.
fn senders(m: &Matter) -> (Option<&Counsel>, Option<&Party>) {
    let mut ours: Vec<&Counsel> = m
        .counsel
        .iter()
        .filter(|c| m.side_of(&c.id) == Some(m.motion.movant))
        .collect();
    ours.sort_by_key(|c| role_rank(c));
    let pro_se_movant = m
        .parties
        .iter()
        .find(|p| p.side == m.motion.movant && p.pro_se);
    (ours.first().copied(), pro_se_movant)
}

/// Who signs the letter, for its PDF's Author as for its closing; empty
/// when the record names no one.
pub fn author(m: &Matter) -> String {
    match senders(m) {
        (Some(c), _) => c.name.clone(),
        (None, Some(p)) => p.name.clone(),
        (None, None) => String::new(),
    }
}

/// The letter's blocks.
pub fn letter_blocks(m: &Matter) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut push = |p: Para| out.push(Block::Para(p));
    let (sender, pro_se_movant) = senders(m);
    let sender_name = match author(m) {
        name if name.is_empty() => "[your name]".to_string(),
        name => name,
    };
    let letterhead = match (sender, pro_se_movant) {
        (Some(c), _) => {
            let mut l = lines(&[&c.name, &c.firm, &c.address]);
            if !c.phone.trim().is_empty() {
                l.push(format!("Tel. {}", c.phone.trim()));
            }
            if !c.email.trim().is_empty() {
                l.push(c.email.trim().to_string());
            }
            l
        }
        (None, Some(p)) => lines(&[&p.name, &p.contact.mail, &p.contact.phone, &p.contact.email]),
        (None, None) => vec!["[your name and address]".into()],
    };
    push(para(letterhead.join("\n")));
    push(para("[date]"));

    let items = disputed(m);
    let to = addressees(m, &items);
    // "Your position" is one addressee's, or several speaking for the same
    // parties; with co-parties addressed, a position is told as the party's
    // whose counsel stated it.
    let one_voice = to.windows(2).all(|w| {
        let (mut a, mut b) = (w[0].parties(), w[1].parties());
        a.sort_unstable();
        b.sort_unstable();
        a == b
    });
    let mut emails: Vec<String> = Vec::new();
    for a in &to {
        let e = match a {
            Addressee::Counsel(c) => c.email.trim(),
            Addressee::ProSe(p) => p.contact.email.trim(),
        };
        // A shared address (a firm's docketing inbox) is given once.
        if !e.is_empty() && !emails.iter().any(|x| x.eq_ignore_ascii_case(e)) {
            emails.push(e.to_string());
        }
    }
    push(para(if emails.is_empty() {
        "[By email / By U.S. mail]".to_string()
    } else {
        format!("By email to {}", join_and(&emails))
    }));
    if to.is_empty() {
        push(para("[name and address of opposing counsel]"));
    }
    for a in &to {
        let block = match a {
            Addressee::Counsel(c) => {
                let mut l = lines(&[&c.name, &c.firm, &c.address]);
                if c.address.trim().is_empty() {
                    l.push("[address]".into());
                }
                l
            }
            Addressee::ProSe(p) => {
                let mut l = lines(&[&p.name, &p.contact.mail]);
                if p.contact.mail.trim().is_empty() {
                    l.push("[address]".into());
                }
                l
            }
        };
        push(para(block.join("\n")));
    }

    // Re: the case as the caption names it.
    let names = |s: Side| -> Vec<String> {
        m.parties
            .iter()
            .filter(|p| p.side == s)
            .map(|p| p.name.clone())
            .collect()
    };
    let short = |v: Vec<String>| match v.len() {
        0 => "[party]".to_string(),
        1 => v[0].clone(),
        _ => format!("{} et al.", v[0]),
    };
    let case = if m.caption.case_number.trim().is_empty() {
        "Case No. [number]".to_string()
    } else {
        format!("Case No. {}", m.caption.case_number.trim())
    };
    let labels: Vec<&str> = items.iter().map(|i| i.label.as_str()).collect();
    let mut re = para(format!(
        "Re:\t{} v. {}, {case}\nMeet and confer on {}",
        short(names(Side::Plaintiff)),
        short(names(Side::Defendant)),
        if labels.is_empty() {
            "[the requests in dispute]".to_string()
        } else {
            items_phrase(&labels)
        }
    ));
    re.style = Style::Bold;
    re.text = re.text.replace('\t', " ");
    push(re);

    let salutation = match to.as_slice() {
        [Addressee::Counsel(c)] => format!("Dear {}:", c.name),
        [Addressee::ProSe(p)] => format!("Dear {}:", p.name),
        [] => "Dear [name]:".to_string(),
        many if many.iter().all(|a| matches!(a, Addressee::Counsel(_))) => "Dear Counsel:".into(),
        many => format!(
            "Dear {}:",
            join_and(
                &many
                    .iter()
                    .map(|a| match a {
                        Addressee::Counsel(c) => c.name.clone(),
                        Addressee::ProSe(p) => p.name.clone(),
                    })
                    .collect::<Vec<_>>()
            )
        ),
    };
    push(para(salutation));

    let movant: Vec<&Party> = m
        .parties
        .iter()
        .filter(|p| p.side == m.motion.movant)
        .collect();
    let client = if movant.is_empty() {
        "[client]".to_string()
    } else {
        parties_phrase(&movant)
    };
    let on_behalf = if sender.is_some() {
        format!("I write on behalf of {client}")
    } else {
        "I write".to_string()
    };
    push(para(format!(
        "{on_behalf} to confer with you in good faith about the discovery requests listed below, in the hope of resolving our differences without asking the Court to decide them. For each request, this letter sets out the request and the response as served, what is in dispute, and our position. If we cannot resolve them, {client} intends to file {}.",
        lowercase_first(&motion_name(m))
    )));

    if items.is_empty() {
        push(para(
            "[List each request in dispute, the response to it, what is deficient, and what you ask.]",
        ));
    }
    // With the letter going to more than one party on the other side, a
    // request recorded as disputed with some of them says which: each
    // should see which requests are theirs to answer. (With no one to
    // address yet, every party on the other side counts, a subpoenaed
    // non-party too.)
    let mut addressed: Vec<&str> = to.iter().flat_map(|a| a.parties()).collect();
    addressed.sort_unstable();
    addressed.dedup();
    let opponents = if to.is_empty() {
        m.parties
            .iter()
            .filter(|p| p.side != m.motion.movant)
            .count()
    } else {
        addressed.len()
    };
    for item in &items {
        push(heading(item.label.clone()));
        let with: Vec<&Party> = item
            .disputed_with
            .iter()
            .filter_map(|id| m.party_by_id(id))
            .collect();
        if opponents > 1 && !with.is_empty() {
            let whom = parties_phrase(&with);
            // "… Apex Freight, Inc." ends its own sentence.
            let stop = if whom.ends_with('.') { "" } else { "." };
            push(para(format!("This request concerns {whom}{stop}")));
        }
        push(lead_in(served("The request", item.served)));
        push(quoted(if item.request_text.trim().is_empty() {
            "[Quote the request as served.]".to_string()
        } else {
            item.request_text.trim().to_string()
        }));
        // The recorded default wins over quoted words, as the motion's
        // quotation below does; the check names the contradiction
        // (RESPONSE-CONTRADICTED).
        if item.no_response == Some(true) {
            push(para(match item.response {
                Some(d) => format!(
                    "No response, answer or objection was served. It was due on {}.",
                    long_date(d)
                ),
                None => "No response, answer or objection was served.".to_string(),
            }));
        } else {
            push(lead_in(served("The response", item.response)));
            push(quoted(if item.response_text.trim().is_empty() {
                "[Quote the response as served.]".to_string()
            } else {
                item.response_text.trim().to_string()
            }));
        }
        // The field holds "the objection or deficiency in dispute", often
        // the other side's own objection: "What is deficient:" before it
        // read as the movant conceding it (review 349).
        push(para(format!(
            "What is in dispute: {}",
            if item.objection.trim().is_empty() {
                "[State what is deficient in the response.]".to_string()
            } else {
                crate::text::one_line(item.objection.trim()).into_owned()
            }
        )));
        if let Some((theirs, entry)) = last_position(m, &item.id, false) {
            let whose = if one_voice {
                "Your position".to_string()
            } else {
                // The parties on the other side whose counsel (or who
                // themselves) took part in the entry that records it.
                let mut spoke: Vec<&Party> = Vec::new();
                for p in entry
                    .participants
                    .iter()
                    .filter(|p| m.side_of(p).is_some_and(|s| s != m.motion.movant))
                    .flat_map(|p| spoken_for(m, p))
                    .filter_map(|id| m.party_by_id(id))
                {
                    if !spoke.iter().any(|s| s.id == p.id) {
                        spoke.push(p);
                    }
                }
                if spoke.is_empty() {
                    "The other side's position".to_string()
                } else {
                    format!("The position of {}", parties_phrase(&spoke))
                }
            };
            push(para(format!("{whose}, as we understand it: {theirs}")));
        }
        push(para(format!(
            "Our position: {}",
            last_position(m, &item.id, true)
                .map(|(ours, _)| ours)
                .unwrap_or_else(|| {
                    "[State your position and what you ask the other side to do.]".to_string()
                })
        )));
    }

    push(para(
        "I ask that we confer by telephone or video conference about each of these requests. I am available at these times: [propose two or three dates and times]. Please let me know by [date for a reply] which of them suits you, or propose others.",
    ));
    let mut close = para(format!("Sincerely,\n\n[signature]\n{sender_name}"));
    close.keep_with_prev = true;
    push(close);
    out
}

/// The requests and responses quoted word for word, as a motion quotes them
/// (N.D. and S.D. Miss. L.U.Civ.R. 37(b) wants the motion to quote each
/// request and response verbatim): the same text the letter quotes.
pub fn quoted_requests_blocks(m: &Matter) -> Vec<Block> {
    let mut out = Vec::new();
    for item in disputed(m) {
        out.push(Block::Para(heading(format!(
            "{}:",
            item.label.to_uppercase()
        ))));
        out.push(Block::Para(para(if item.request_text.trim().is_empty() {
            "[request text not recorded]".to_string()
        } else {
            item.request_text.trim().to_string()
        })));
        out.push(Block::Para(heading("RESPONSE:")));
        out.push(Block::Para(para(if item.no_response == Some(true) {
            "No response, answer or objection was served.".to_string()
        } else if !item.response_text.trim().is_empty() {
            item.response_text.trim().to_string()
        } else {
            "[response text not recorded]".to_string()
        })));
    }
    if out.is_empty() {
        out.push(Block::Para(para("[No request in dispute is listed.]")));
    }
    out
}

/// The motion as the letter's sentence names it: a generic "Motion to
/// compel" is "a motion to compel"; a titled motion keeps its title.
fn lowercase_first(s: &str) -> String {
    let generic = s.starts_with("Motion ") || s.starts_with("Discovery motion");
    if generic {
        format!("a {}", s.to_lowercase())
    } else {
        s.to_string()
    }
}
