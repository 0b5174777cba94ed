//! Whether a message is about this matter at all: counsel on a case often
//! write to each other about other cases and other discovery, and such a
//! message is offered unticked (review 347). A message is about the matter
//! when its subject or text names one of its requests (`RequestMatcher`),
//! its case number in any usual form, or a distinctive word of a party's
//! name.

use std::sync::LazyLock;

use regex::Regex;

use super::people::fold;
use crate::matter::Matter;

/// Words of a party's name that name no one in particular: a message saying
/// "the company" or "the United States" is not thereby about this case.
const GENERIC: &[&str] = &[
    "inc",
    "llc",
    "llp",
    "ltd",
    "corp",
    "corporation",
    "company",
    "the",
    "and",
    "for",
    "of",
    "city",
    "county",
    "state",
    "states",
    "united",
    "america",
    "american",
    "national",
    "department",
    "dept",
    "group",
    "holdings",
    "services",
    "bank",
    "insurance",
    "trust",
    "association",
    "international",
    "usa",
    "plc",
    "mr",
    "mrs",
    "ms",
    "dr",
    "jr",
    "sr",
    "iii",
];

/// Common given names, and the particles of names ("van", "del", "thi"), in
/// one string split at spaces: a party's given name names no one in
/// particular ("Sarah from our office will call": review 348), where the
/// family name does. A list, not a rule
/// about word order, since not every name puts the family name last
/// ("Nguyễn Thị Hòa"). Not exhaustive: a rarer given name still counts,
/// which only ticks a message that would otherwise be left unticked.
const GIVEN: &str = "\
    aaron abigail adam adrian alan albert alex alexander alexandra alice alicia allison \
    amanda amber amy andrea andrew angela ann anna anne anthony antonio arthur ashley austin \
    barbara ben benjamin beth betty beverly bill billy bob bobby brad bradley brandon brenda \
    brian brittany bruce bryan carl carlos carol caroline carolyn catherine charles charlie \
    cheryl chris christian christina christine christopher cindy claire cody craig crystal \
    cynthia dan daniel danielle david dave deborah debra dennis diana diane donald donna \
    doris dorothy doug douglas dylan ed edward elizabeth emily emma eric erin ethan eugene \
    evelyn frank gary george gerald gloria grace greg gregory hannah harold heather helen \
    henry holly howard jack jacob jacqueline james jamie jane janet janice jason jean jeff \
    jeffrey jennifer jeremy jerry jesse jessica jill jim jimmy joan joe john johnny jonathan \
    jordan jose joseph josh joshua joyce juan judith judy julia julie justin karen kate \
    katherine kathleen kathryn kathy katie keith kelly ken kenneth kevin kim kimberly kyle \
    larry laura lauren lawrence linda lisa logan lori louis luis madison margaret maria \
    marie marilyn mark martha martin mary matt matthew megan melissa michael michelle mike \
    nancy natalie nathan nicholas nick nicole noah olivia pamela pat patricia patrick paul \
    peter philip phillip rachel ralph randy raymond rebecca richard rick rob robert roger \
    ronald rose roy russell ruth ryan sam samantha samuel sandra sara sarah scott sean \
    sharon shirley sophia stephanie stephen steve steven susan teresa terry theresa thomas \
    tim timothy tom tony tyler victoria vincent virginia walter wayne william willie zachary \
    van von der den del della los las thi bin ibn mac";

/// A federal civil case number's core: its year, its type ("cv", "mc"),
/// and its number, in "2:16-cv-02345-JAR", "16-cv-2345", "2:16cv2345" or
/// "16 CV 2345" (the office and the judge's initials vary, and zeros pad).
static CASE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:\d{1,2}\s*:\s*)?(\d{2})\s*-?\s*([a-z]{2,4})\s*-?\s*0*(\d{1,7})\b").ok()
});

fn case_cores(text: &str) -> Vec<(String, String, String)> {
    let Some(re) = &*CASE else {
        return vec![];
    };
    re.captures_iter(text)
        .map(|c| (c[1].to_string(), c[2].to_lowercase(), c[3].to_string()))
        .collect()
}

/// What of a matter a message may name.
pub struct MatterWords {
    /// The case number in folded lower case, without its office prefix.
    case_text: Option<String>,
    /// Its core (`case_cores`), when it has the usual form.
    case_core: Option<(String, String, String)>,
    /// The words of the parties' names that tell them apart, folded. A word
    /// of a counsel's firm name is left out: "Acme" in "Acme Law Group"
    /// signs every message that firm sends (review 348).
    party_words: Vec<String>,
}

impl MatterWords {
    pub fn new(matter: &Matter) -> Self {
        let number = fold(matter.caption.case_number.trim());
        let case_text = number
            .split_once(':')
            .map_or(number.as_str(), |(_, rest)| rest)
            .trim()
            .to_string();
        let firm_words: Vec<String> = matter
            .counsel
            .iter()
            .flat_map(|c| {
                words(&fold(&c.firm))
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect();
        let party_words = matter
            .parties
            .iter()
            .flat_map(|p| {
                words(&fold(&p.name))
                    .filter(|w| {
                        w.chars().count() >= 3
                            && !GENERIC.contains(w)
                            && !GIVEN.split_whitespace().any(|g| g == *w)
                            && !firm_words.iter().any(|f| f == w)
                    })
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect();
        MatterWords {
            case_core: case_cores(&number).into_iter().next(),
            case_text: (case_text.len() >= 4).then_some(case_text),
            party_words,
        }
    }

    /// Whether `text` names the case number or a party (requests are for
    /// `RequestMatcher`).
    pub fn named_in(&self, text: &str) -> bool {
        let folded = fold(text);
        if self
            .case_text
            .as_ref()
            .is_some_and(|n| folded.contains(n.as_str()))
        {
            return true;
        }
        if let Some(core) = &self.case_core
            && case_cores(&folded).iter().any(|c| c == core)
        {
            return true;
        }
        words(&folded).any(|w| self.party_words.iter().any(|p| p == w))
    }
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matter() -> Matter {
        let json = include_str!("../../tests/fixtures/mail/matter.json");
        crate::matter::parse_matter(json, "matter.json").expect("the fixture parses")
    }

    #[test]
    fn the_case_number_is_found_in_its_usual_forms() {
        let w = MatterWords::new(&matter());
        for text in [
            "Re: 2:16-cv-02345-JAR",
            "Case No. 2:16-cv-02345",
            "16-CV-02345",
            "16-cv-2345",
            "2:16cv2345",
        ] {
            assert!(w.named_in(text), "{text}");
        }
        assert!(!w.named_in("Case No. 2:16-cv-02346"));
        assert!(!w.named_in("Case No. 2:17-cv-02345"));
    }

    #[test]
    fn party_names_are_found_without_their_accents_but_not_in_a_firm_name() {
        let mut m = matter();
        let w = MatterWords::new(&m);
        assert!(w.named_in("Ms. Nguyen's deposition"));
        assert!(w.named_in("Acme's answers"));
        assert!(!w.named_in("Baker deposition dates"));
        // Defense counsel's firm signs its mail "Acme Law Group".
        m.counsel[2].firm = "Acme Law Group".into();
        let w = MatterWords::new(&m);
        assert!(!w.named_in("Baker deposition dates\n\nPartner | Acme Law Group"));
        assert!(w.named_in("the Widgets production"));
    }

    #[test]
    fn a_given_name_alone_does_not_name_a_party() {
        // The plaintiff is Sarah Smith.
        let w = MatterWords::new(&matter());
        assert!(!w.named_in("Sarah from our office will call you about the Baker dates."));
        assert!(w.named_in("Ms. Smith's deposition"));
        // A family name written first is still the party's.
        assert!(w.named_in("Ms. Nguyen's deposition"));
    }
}
