//! How the certificate names people, parties and items.

use crate::matter::{Counsel, Matter, Party, Side};
use crate::text::join_and;

/// "Plaintiff", or "Plaintiffs" for several.
fn side_label(side: Side, n: usize) -> String {
    let one = side.label();
    if n > 1 {
        format!("{one}s")
    } else {
        one.to_string()
    }
}

/// "Defendants City of Paola, Kansas and David Smail": parties grouped by side.
///
/// A name typed with "et al." stands for several parties: the side is named
/// in the plural and the name keeps one "et al." ("Defendants Acme Corp. et
/// al."), however the user punctuated it.
pub fn parties_phrase(parties: &[&Party]) -> String {
    let mut groups: Vec<(Side, Vec<String>, bool)> = Vec::new();
    for p in parties {
        let (name, et_al) = p.name_et_al();
        let name = if et_al {
            format!("{name} et al.")
        } else {
            name.to_string()
        };
        match groups.iter_mut().find(|(s, _, _)| *s == p.side) {
            Some((_, names, many)) => {
                names.push(name);
                *many |= et_al;
            }
            None => groups.push((p.side, vec![name], et_al)),
        }
    }
    let parts: Vec<String> = groups
        .iter()
        .map(|(side, names, many)| {
            let label = side_label(*side, if *many { 2 } else { names.len() });
            // A party named only by its role ("Plaintiff") is not named twice.
            let names: Vec<String> = names
                .iter()
                .filter(|n| {
                    !n.eq_ignore_ascii_case(side.label()) && !n.eq_ignore_ascii_case(&label)
                })
                .map(|n| n.to_string())
                .collect();
            if names.is_empty() {
                label
            } else {
                format!("{label} {}", join_and(&names))
            }
        })
        .collect();
    join_and(&parts)
}

pub fn represented<'m>(m: &'m Matter, c: &Counsel) -> Vec<&'m Party> {
    c.represents
        .iter()
        .filter_map(|id| m.party_by_id(id))
        .collect()
}

/// "Jane Roe, counsel for Defendant Acme Corp."
pub fn counsel_desc(m: &Matter, c: &Counsel) -> String {
    format!(
        "{}, counsel for {}",
        c.name,
        parties_phrase(&represented(m, c))
    )
}

/// "Willie Brown, Plaintiff pro se"
pub fn pro_se_desc(p: &Party) -> String {
    format!("{}, {} pro se", p.name, p.side.label())
}

/// A participant as the narrative names them the first time.
pub fn person_desc(m: &Matter, id: &str) -> String {
    if let Some(c) = m.counsel_by_id(id) {
        return counsel_desc(m, c);
    }
    match m.party_by_id(id) {
        Some(p) if p.pro_se => pro_se_desc(p),
        Some(p) => p.name.clone(),
        None => id.to_string(),
    }
}

/// Several participants: those representing the same parties share one
/// "counsel for ..." ("Jane Roe and Bob Poe, counsel for Defendant Acme Corp.").
pub fn people_phrase(m: &Matter, ids: &[&str]) -> String {
    let mut groups: Vec<(Vec<String>, Vec<&str>)> = Vec::new(); // (represents, names)
    let mut others: Vec<String> = Vec::new();
    for id in ids {
        match m.counsel_by_id(id) {
            Some(c) => {
                let key = c.represents.clone();
                match groups.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, names)) => names.push(&c.name),
                    None => groups.push((key, vec![&c.name])),
                }
            }
            None => others.push(person_desc(m, id)),
        }
    }
    let mut parts: Vec<String> = groups
        .into_iter()
        .map(|(reps, names)| {
            let parties: Vec<&Party> = reps.iter().filter_map(|r| m.party_by_id(r)).collect();
            let names: Vec<String> = names.into_iter().map(str::to_string).collect();
            // Counsel recorded for no party is named alone, not "counsel
            // for ,".
            if parties.is_empty() {
                join_and(&names)
            } else {
                format!(
                    "{}, counsel for {}",
                    join_and(&names),
                    parties_phrase(&parties)
                )
            }
        })
        .collect();
    parts.extend(others);
    // A list whose members carry their own commas ("Marcus Müller, counsel
    // for Defendant Brightline Logistics, LLC") is set off with semicolons,
    // or the second name reads as a party of the first.
    match parts.as_slice() {
        [_, _, ..] if parts.iter().any(|p| p.contains(", ")) => {
            let (last, rest) = parts.split_last().unwrap_or((&parts[0], &[]));
            format!("{}; and {last}", rest.join("; "))
        }
        _ => join_and(&parts),
    }
}

/// Words that name a kind of request, singular and plural, for grouping
/// "Interrogatory No. 4" and "Interrogatory No. 5" into "Interrogatories Nos. 4 and 5".
const KINDS: [(&str, &str); 6] = [
    ("Interrogatory", "Interrogatories"),
    ("Request for Production", "Requests for Production"),
    ("Request for Admission", "Requests for Admission"),
    ("Document Request", "Document Requests"),
    ("Deposition Topic", "Deposition Topics"),
    ("Topic", "Topics"),
];

/// "Interrogatories Nos. 4\u{2013}7 and Request for Production No. 12". Labels
/// that are not "<kind> No. <n>" are kept as written.
pub fn items_phrase(labels: &[&str]) -> String {
    let mut groups: Vec<(usize, Vec<u32>)> = Vec::new();
    let mut order: Vec<Result<usize, String>> = Vec::new(); // group index, or a plain label
    for l in labels {
        let parsed = KINDS.iter().enumerate().find_map(|(k, (one, _))| {
            l.strip_prefix(one)?
                .strip_prefix(" No. ")?
                .trim()
                .parse::<u32>()
                .ok()
                .map(|n| (k, n))
        });
        match parsed {
            Some((k, n)) => match groups.iter_mut().find(|(g, _)| *g == k) {
                Some((_, ns)) => ns.push(n),
                None => {
                    groups.push((k, vec![n]));
                    order.push(Ok(groups.len() - 1));
                }
            },
            None => order.push(Err(l.to_string())),
        }
    }
    let parts: Vec<String> = order
        .into_iter()
        .map(|o| match o {
            Err(label) => label,
            Ok(g) => {
                let (k, mut ns) = groups[g].clone();
                ns.sort_unstable();
                ns.dedup();
                if ns.len() == 1 {
                    format!("{} No. {}", KINDS[k].0, ns[0])
                } else {
                    format!("{} Nos. {}", KINDS[k].1, number_ranges(&ns))
                }
            }
        })
        .collect();
    join_and(&parts)
}

/// "4\u{2013}7, 9 and 12" from sorted numbers; runs of three or more become ranges.
fn number_ranges(ns: &[u32]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < ns.len() {
        let mut j = i;
        while j + 1 < ns.len() && ns[j + 1] == ns[j] + 1 {
            j += 1;
        }
        if j >= i + 2 {
            parts.push(format!("{}\u{2013}{}", ns[i], ns[j]));
        } else {
            parts.extend(ns[i..=j].iter().map(|n| n.to_string()));
        }
        i = j + 1;
    }
    join_and(&parts)
}

/// Whether a phrase of items is plural ("remain" or "remains").
pub fn is_plural(labels: &[&str]) -> bool {
    labels.len() > 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_requests_like_a_litigator() {
        let l = [
            "Interrogatory No. 4",
            "Interrogatory No. 5",
            "Interrogatory No. 6",
            "Interrogatory No. 7",
            "Request for Production No. 12",
        ];
        assert_eq!(
            items_phrase(&l),
            "Interrogatories Nos. 4\u{2013}7 and Request for Production No. 12"
        );
        assert_eq!(
            items_phrase(&["Interrogatory No. 9", "Interrogatory No. 2"]),
            "Interrogatories Nos. 2 and 9"
        );
        assert_eq!(
            items_phrase(&["Proposed protective order, paragraph 3"]),
            "Proposed protective order, paragraph 3"
        );
    }
}

#[cfg(test)]
mod et_al_tests {
    use super::parties_phrase;
    use crate::matter::{Party, Side};

    fn party(name: &str, side: Side) -> Party {
        Party {
            id: "p".into(),
            name: name.into(),
            side,
            pro_se: false,
            contact: Default::default(),
        }
    }

    #[test]
    fn a_name_with_et_al_is_several_parties_named_once() {
        for typed in [
            "Acme Corp., et al.",
            "Acme Corp. et al",
            "Acme Corp., ET AL.",
        ] {
            let p = party(typed, Side::Defendant);
            assert_eq!(p.name_et_al(), ("Acme Corp.", true), "{typed}");
            assert_eq!(parties_phrase(&[&p]), "Defendants Acme Corp. et al.");
        }
        for name in ["Bet al", "Acme Corp.", "et al."] {
            assert!(!party(name, Side::Plaintiff).name_et_al().1, "{name}");
        }
    }
}
