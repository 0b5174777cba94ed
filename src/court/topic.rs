//! What a finding is about, so that it names the cases on point.
//!
//! One check can speak to several records: `WRITTEN-ONLY` says "no live
//! conference" about letters nobody answered, about a discussion at a
//! deposition, about a single request in a complete default. The cases a
//! court relies on differ between them, and a lawyer told "courts divide"
//! must see the cases that divide on *that* record, not the check's whole
//! list. A pack groups a check's authorities by topic (`on`); each finding
//! says which topics it is about, and lists those cases.

/// A topic a check's finding can be about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    /// The check's ordinary finding. Authorities listed under no topic are
    /// general; one listed under a topic is general too only if also listed
    /// here.
    General,
    /// The only discussion was at a deposition or hearing.
    Deposition,
    /// A complete default, with the overdue responses asked for once, or
    /// asked for again before the other side could answer.
    Default,
    /// No call among unanswered letters and emails where one is wanted: in
    /// a dispute over served responses, or where the court's rule asks for
    /// more than letters.
    NoCall,
    /// A live contact about something other than the motion's requests.
    OtherMatter,
    /// Every attempt demanded an answer within a day or two.
    Ultimatums,
    /// The movant's side promised something during the conferral (revised
    /// requests, a proposal) and filed without delivering it.
    OwnPromise,
    /// The only discussion was a conference before the judge that ended
    /// with leave to file the motion.
    CourtConference,
    /// After the conference, the other side's own message brought something
    /// new on the request (supplemental responses, an offer to narrow it),
    /// and the movant filed without answering.
    Reopened,
    /// Every conference on a request is told only as a demand and a
    /// refusal.
    BareRefusal,
    /// Letters or emails the other side answered in writing, and no
    /// conference: where courts divide, the orders on that record, not
    /// those on letters nobody answered.
    Written,
}

impl Topic {
    /// Every topic, in the order the pack documentation lists them.
    pub const ALL: [Topic; 11] = [
        Topic::General,
        Topic::Deposition,
        Topic::Default,
        Topic::NoCall,
        Topic::OtherMatter,
        Topic::Ultimatums,
        Topic::OwnPromise,
        Topic::CourtConference,
        Topic::Reopened,
        Topic::BareRefusal,
        Topic::Written,
    ];

    /// The name used in pack files.
    pub fn name(self) -> &'static str {
        match self {
            Topic::General => "general",
            Topic::Deposition => "deposition",
            Topic::Default => "default",
            Topic::NoCall => "no-call",
            Topic::OtherMatter => "other-matter",
            Topic::Ultimatums => "ultimatums",
            Topic::OwnPromise => "own-promise",
            Topic::CourtConference => "court-conference",
            Topic::Reopened => "reopened",
            Topic::BareRefusal => "bare-refusal",
            Topic::Written => "written-exchange",
        }
    }

    /// A set of topics as a bit mask, to key a cache. (Sixteen bits: a ninth
    /// topic overflowed a byte, and in a release build then shared the first
    /// topic's key, and its cases.)
    pub fn mask(topics: &[Topic]) -> u16 {
        const _: () = assert!(Topic::ALL.len() <= 16);
        topics.iter().fold(0, |m, &t| m | 1 << t as u16)
    }

    /// Their names in pack files, for an error message: "general, deposition".
    pub fn names(topics: &[Topic]) -> String {
        topics
            .iter()
            .map(|t| t.name())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The topic a pack file names, if it is one.
    pub fn from_name(name: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.name() == name)
    }
}

/// The topics the findings of a kind of check can be about; grouping its
/// cases under any other topic could only hide them.
pub(crate) fn carried_by(kind: crate::court::kinds::KindName) -> &'static [Topic] {
    use crate::court::kinds::KindName;
    match kind {
        KindName::LiveConferral => &[
            Topic::General,
            Topic::Deposition,
            Topic::Default,
            Topic::NoCall,
            Topic::OtherMatter,
            Topic::Ultimatums,
            Topic::CourtConference,
            Topic::Written,
        ],
        KindName::ItemsConferred => &[
            Topic::General,
            Topic::Deposition,
            Topic::CourtConference,
            Topic::Reopened,
            Topic::Written,
        ],
        KindName::FollowUpChased => &[Topic::General, Topic::OwnPromise],
        KindName::PositionsExchanged => &[Topic::General, Topic::BareRefusal],
        _ => &[Topic::General],
    }
}

/// The authorities a finding about `topics` names, from a check's whole list
/// (already in display order) and its grouping `on`. When none is grouped
/// under the finding's topics it names the general ones, and failing those
/// the whole list, so a finding never loses its cases. Runs once per set of
/// topics per check (the checker keeps the result for the check's other
/// findings) on a list of a dozen cases: plain scans beat an index.
pub(crate) fn select<'a, A>(
    all: &[&'a A],
    id: impl Fn(&A) -> &str,
    on: &[(Topic, Vec<String>)],
    topics: &[Topic],
) -> Vec<&'a A> {
    if on.is_empty() {
        return all.to_vec();
    }
    let listed_under = |a: &A, t: Topic| {
        on.iter()
            .any(|(topic, ids)| *topic == t && ids.iter().any(|i| i == id(a)))
    };
    let general = |a: &A| {
        listed_under(a, Topic::General) || !on.iter().any(|(_, ids)| ids.iter().any(|i| i == id(a)))
    };
    let on_topic = |a: &A| {
        topics.iter().any(|&t| {
            if t == Topic::General {
                general(a)
            } else {
                listed_under(a, t)
            }
        })
    };
    let pick = |keep: &dyn Fn(&A) -> bool| -> Vec<&'a A> {
        all.iter().copied().filter(|a| keep(a)).collect()
    };
    if all.iter().any(|a| on_topic(a)) {
        pick(&on_topic)
    } else if all.iter().any(|a| general(a)) {
        pick(&general)
    } else {
        all.to_vec()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on() -> Vec<(Topic, Vec<String>)> {
        vec![
            (Topic::Deposition, vec!["dep".into()]),
            (Topic::NoCall, vec!["both".into()]),
            (Topic::General, vec!["both".into()]),
        ]
    }

    fn ids(v: Vec<&&'static str>) -> Vec<&'static str> {
        v.into_iter().copied().collect()
    }

    #[test]
    fn a_finding_names_the_cases_on_its_topic() {
        let all: [&&'static str; 3] = [&"plain", &"dep", &"both"];
        let pick = |t: &[Topic]| ids(select(&all, |a| a, &on(), t));
        assert_eq!(pick(&[Topic::General]), ["plain", "both"]);
        assert_eq!(pick(&[Topic::Deposition]), ["dep"]);
        assert_eq!(pick(&[Topic::NoCall]), ["both"]);
        assert_eq!(
            pick(&[Topic::General, Topic::Deposition]),
            ["plain", "dep", "both"]
        );
        // Nothing listed under it: the general cases, never none.
        assert_eq!(pick(&[Topic::Default]), ["plain", "both"]);
        // No grouping at all: the whole list.
        assert_eq!(
            ids(select(&all, |a| a, &[], &[Topic::Deposition])),
            ["plain", "dep", "both"]
        );
    }

    #[test]
    fn every_set_of_topics_has_its_own_cache_key() {
        let keys: Vec<u16> = Topic::ALL.iter().map(|t| Topic::mask(&[*t])).collect();
        for (i, k) in keys.iter().enumerate() {
            assert!(
                !keys[i + 1..].contains(k),
                "{:?} shares a key",
                Topic::ALL[i]
            );
        }
    }
}
