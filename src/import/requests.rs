//! Which of the matter's disputed requests a message names. Lawyers write
//! the same request many ways ("Interrogatory No. 4", "Rog 4", "rogs 4-6",
//! "Request for Production Nos. 3–5", "RFP 12", "RFA 2"); a mention and a
//! label are both read as a kind of request and a set of numbers, and they
//! match when they share both. A label that names no number ("Plaintiff's
//! First Interrogatories") matches where its words appear.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::matter::DisputedItem;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Interrogatory,
    Production,
    Admission,
    Topic,
}

/// One kind of request followed by numbers, a range or a list.
static MENTION: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        \b(?:
            (?P<rog> interrogator(?:y|ies) | interrogs? | rogs? )
          | (?P<rfa> requests?\s+(?:for|to)\s+admi(?:ssions?|t) | rfas? )
          | (?P<rfp> requests?\s+for\s+(?:the\s+)?production(?:\s+of\s+(?:documents|things)(?:\s+and\s+things)?)?
                   | requests?\s+to\s+produce | document\s+requests? | production\s+requests? | rfpd?s? )
          | (?P<topic> (?:deposition\s+|30\(b\)\(6\)\s+)?topics? )
        )\.?\s*
        (?:nos?\.?|numbers?|\#)?\s*
        (?P<nums> \d{1,4}
            (?: \s*(?: ,\s*and | ,\s*or | - | – | — | to | through | thru | , | and | & | or )\s*
                (?:nos?\.?\s*)? \d{1,4} )*
        )\b",
    )
    .ok()
});

static RANGE: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*(?:-|–|—|to|through|thru)\s*(?:nos?\.?\s*)?$").ok());

static NUMBER: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"\d{1,4}").ok());

/// A range longer than this is a typo or a year ("RFP 12 through 2020"),
/// not a list of requests.
const MAX_RANGE: u32 = 200;

fn mentions(text: &str) -> Vec<Numbered> {
    let (Some(re), Some(num), Some(range)) = (&*MENTION, &*NUMBER, &*RANGE) else {
        return vec![];
    };
    re.captures_iter(text)
        .filter_map(|c| {
            let kind = if c.name("rog").is_some() {
                Kind::Interrogatory
            } else if c.name("rfa").is_some() {
                Kind::Admission
            } else if c.name("rfp").is_some() {
                Kind::Production
            } else {
                Kind::Topic
            };
            let nums = c.name("nums")?.as_str();
            let mut set = BTreeSet::new();
            let mut prev: Option<(u32, usize)> = None;
            for m in num.find_iter(nums) {
                let n: u32 = m.as_str().parse().ok()?;
                if let Some((p, end)) = prev
                    && range.is_match(&nums[end..m.start()])
                    && p < n
                    && n - p <= MAX_RANGE
                {
                    set.extend(p..=n);
                } else {
                    set.insert(n);
                }
                prev = Some((n, m.end()));
            }
            Some((kind, set))
        })
        .collect()
}

/// Lower case, one space between words: "Interrogatory  No. 4" and
/// "interrogatory no. 4" compare equal.
fn squeeze(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A kind of request and the numbers a mention or label gives.
type Numbered = (Kind, BTreeSet<u32>);

/// The matter's requests, read once, to look for in many messages: each
/// item's id, its label read as numbered requests (when it is), and its
/// label squeezed for a literal search.
pub struct RequestMatcher {
    items: Vec<(String, Option<Numbered>, String)>,
}

impl RequestMatcher {
    pub fn new(items: &[DisputedItem]) -> Self {
        RequestMatcher {
            items: items
                .iter()
                .map(|i| {
                    let parsed = mentions(&i.label);
                    // A label reads as numbered requests only when it is one
                    // mention, not "Interrogatory No. 4 and RFP 12".
                    let numbered = match parsed.as_slice() {
                        [one] => Some(one.clone()),
                        _ => None,
                    };
                    (i.id.clone(), numbered, squeeze(&i.label))
                })
                .collect(),
        }
    }

    /// The ids of the requests `text` names, in the matter's order.
    pub fn find(&self, text: &str) -> Vec<String> {
        if self.items.is_empty() {
            return vec![];
        }
        let found = mentions(text);
        let squeezed = squeeze(text);
        self.items
            .iter()
            .filter(|(_, numbered, label)| {
                let by_number = numbered.as_ref().is_some_and(|(kind, nums)| {
                    found.iter().any(|(k, n)| k == kind && !n.is_disjoint(nums))
                });
                by_number || (!label.is_empty() && squeezed.contains(label.as_str()))
            })
            .map(|(id, _, _)| id.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matter_items() -> Vec<DisputedItem> {
        [
            ("rog-4", "Interrogatory No. 4"),
            ("rog-9", "Interrogatory No. 9"),
            ("rfp-3", "Request for Production No. 3"),
            ("rfp-4", "Request for Production No. 4"),
            ("rfp-5", "Request for Production No. 5"),
            ("rfp-12", "Request for Production No. 12"),
            ("rfa-2", "Request for Admission No. 2"),
            ("first-rogs", "Plaintiff's First Interrogatories"),
        ]
        .into_iter()
        .map(|(id, l)| DisputedItem::new(id.into(), l.into()))
        .collect()
    }

    #[test]
    fn the_usual_short_forms_name_the_requests() {
        let m = RequestMatcher::new(&matter_items());
        assert_eq!(m.find("Please answer Rog 4."), ["rog-4"]);
        assert_eq!(m.find("As to Interrogatory No. 4"), ["rog-4"]);
        assert_eq!(m.find("RFP 12 remains open"), ["rfp-12"]);
        assert_eq!(
            m.find("Request for Production Nos. 3\u{2013}5 are overbroad"),
            ["rfp-3", "rfp-4", "rfp-5"]
        );
        assert_eq!(m.find("RFPs 3 and 12"), ["rfp-3", "rfp-12"]);
        assert_eq!(m.find("your answer to RFA 2"), ["rfa-2"]);
        assert_eq!(m.find("rogs. 4, 9"), ["rog-4", "rog-9"]);
        assert_eq!(
            m.find("Plaintiff's first  interrogatories are due"),
            ["first-rogs"]
        );
    }

    #[test]
    fn other_numbers_and_kinds_do_not_match() {
        let m = RequestMatcher::new(&matter_items());
        assert!(m.find("Interrogatory No. 14 and RFA 3").is_empty());
        assert!(m.find("We met on March 4 at 12.").is_empty());
        assert!(
            m.find("RFP 12 through 2020")
                .contains(&"rfp-12".to_string())
        );
    }
}
