//! Parties and counsel of record.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Which side of the case a party is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Plaintiff,
    Defendant,
    /// A third-party plaintiff or defendant, intervenor or other party.
    OtherParty,
    /// A person who is not a party but is affected (e.g. a subpoenaed witness).
    Nonparty,
}

impl Side {
    pub fn label(self) -> &'static str {
        match self {
            Side::Plaintiff => "Plaintiff",
            Side::Defendant => "Defendant",
            Side::OtherParty => "Party",
            Side::Nonparty => "Non-party",
        }
    }

    /// The side across the case from this one: the defendant's for the
    /// plaintiff and the plaintiff's for the defendant; none for a non-party
    /// or another party.
    pub fn opposing(self) -> Option<Side> {
        match self {
            Side::Plaintiff => Some(Side::Defendant),
            Side::Defendant => Some(Side::Plaintiff),
            Side::OtherParty | Side::Nonparty => None,
        }
    }
}

/// How an unrepresented party can be reached.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
    /// Mailing address, lines separated by newlines.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub mail: String,
    /// The party has no telephone (it told you or the court so). A court
    /// whose rule asks for more than letters cannot expect a call to someone
    /// who cannot take one: D. Kan. accepted letters alone to such a party
    /// (Gardner v. Enviro Technologies, 2006).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_telephone: bool,
}

impl Contact {
    /// Marked as having no telephone, or, in a file written before the mark
    /// existed, the phone field says so in words and holds no number
    /// ("None", "No telephone", "None (no telephone)"), or the mailing
    /// address carries the note ("Address on file with the Clerk (Plaintiff
    /// has no telephone)", as an old file could only record it).
    pub fn says_no_telephone(&self) -> bool {
        self.no_telephone
            || (!self.has_number()
                && (phone_says_none(&self.phone) || mail_notes_no_telephone(&self.mail)))
    }

    /// The phone field holds a number (any digit): text without one
    /// ("None", "unknown") is not a number on file.
    pub fn has_number(&self) -> bool {
        self.phone.chars().any(|c| c.is_ascii_digit())
    }

    /// Has no telephone, with no number on file: a number on file
    /// contradicts the mark, and the number wins.
    pub fn cannot_be_called(&self) -> bool {
        self.says_no_telephone() && !self.has_number()
    }
}

/// Whether a contact's `summary` notes that the party has no telephone, in
/// one of its sentences, as an old file could also record it ("Letter to
/// Plaintiff (he has no telephone)", "Mr. Gardner, who is pro se, has no
/// telephone, so he could be reached only in writing"). Each sentence (or
/// part between dashes) is read as `mail_notes_no_telephone` reads an
/// address, so a sentence that says he was called, or hedges, unsays it.
pub(crate) fn note_says_no_telephone(text: &str) -> bool {
    use super::phrase::{is_one_of, words};
    if !words(text).any(|w| is_one_of(w, &["telephone", "phone"])) {
        return false;
    }
    let mut start = 0;
    let mut sentences = Vec::new();
    for (at, c) in text.char_indices() {
        let dash = matches!(c, '\u{2013}' | '\u{2014}')
            || (c == '-' && text[..at].ends_with(' ') && text[at + 1..].starts_with(' '));
        if dash
            || (c == '.' && !super::phrase::titled_at(text, at, &["no"]))
            || c == '!'
            || c == '?'
        {
            sentences.push(&text[start..at]);
            start = at + c.len_utf8();
        }
    }
    sentences.push(&text[start..]);
    sentences.into_iter().any(mail_notes_no_telephone)
}

/// `text` with "does not have a" (or "doesn't", "do not", "don't") said as
/// "has no", when it says so; `None` when it does not.
fn has_no_in_other_words(text: &str) -> Option<String> {
    const SAID: &[&str] = &[
        "does not have a ",
        "doesn't have a ",
        "doesn\u{2019}t have a ",
        "do not have a ",
        "don't have a ",
        "don\u{2019}t have a ",
    ];
    let lower = text.to_lowercase();
    let said = SAID.iter().find(|s| lower.contains(**s))?;
    Some(lower.replacen(said, "has no ", 1))
}

/// Whether the phone field's words say there is no telephone: "none", or
/// "no" with "telephone" or "phone", and no other words but these.
fn phone_says_none(text: &str) -> bool {
    const WORDS: &[&str] = &[
        "none",
        "no",
        "telephone",
        "phone",
        "has",
        // "n/a - pltf has no phone" (an accepted-record review). "None
        // listed" or "no number on file" says only that no number is
        // known, not that there is no telephone: not read.
        "n",
        "a",
        "pltf",
        "plaintiff",
        "defendant",
        "he",
        "she",
    ];
    use super::phrase::{is_one_of, words};
    // Asked on every check of a pro se party's contact: no allocation.
    let has = |set: &[&str]| words(text).any(|w| is_one_of(w, set));
    text.split(|c: char| !c.is_alphanumeric())
        .all(|w| w.is_empty() || WORDS.iter().any(|k| k.eq_ignore_ascii_case(w)))
        && (has(&["none"]) || (has(&["no"]) && has(&["telephone", "phone"])))
}

/// Whether one part of the mailing address (between brackets, commas,
/// semicolons, sentence ends or line breaks) is a note that the party has no
/// telephone: it ends "no telephone" or "no phone" ("Plaintiff has no
/// telephone", "Mr. Gardner advised at the Scheduling Conference that he has
/// no telephone"), with no digit and no other negation in it. "Phone No."
/// (a number's label), "no phone number" (a number not known) and a bare
/// "None" are not read.
fn mail_notes_no_telephone(text: &str) -> bool {
    use super::phrase::{is_one_of, words};
    if !words(text).any(|w| is_one_of(w, &["telephone", "phone"])) {
        return false; // asked on every check: most addresses stop here
    }
    // "He does not have a telephone" is "he has no telephone" (an
    // accepted-record review), and only that: any other negation still
    // unsays the note.
    if let Some(said) = has_no_in_other_words(text) {
        return mail_notes_no_telephone(&said);
    }
    // A full stop after "Mr" or "No" ends no sentence; any other does.
    let mut parts = Vec::new();
    let mut start = 0;
    for (at, c) in text.char_indices() {
        let cut = matches!(c, '(' | ')' | ',' | ';' | '\n')
            || (c == '.' && !super::phrase::titled_at(text, at, &["no"]));
        if cut {
            parts.push(&text[start..at]);
            start = at + c.len_utf8();
        }
    }
    parts.push(&text[start..]);
    // Anything in the address that says the party was reached by
    // telephone, or hedges, unsays the note ("though he called our office").
    const UNSAYS: &[&str] = &[
        "called",
        "calls",
        "call",
        "phoned",
        "telephoned",
        "cell",
        "mobile",
        "though",
        "although",
        "but",
        "unknown",
        "whether",
        "formerly",
        "previously",
        "may",
        "might",
        "if",
        "maybe",
        "possibly",
        "had",
        "t",
    ];
    if words(text).any(|w| {
        is_one_of(w, UNSAYS) || is_one_of(w, super::phrase::NEGATION) && !is_one_of(w, &["no"])
    }) {
        return false;
    }
    // Who has no telephone: the party, by role or pronoun, or a titled name.
    const WHO: &[&str] = &["he", "she", "plaintiff", "defendant", "pltf", "party"];
    parts.into_iter().any(|part| {
        let part = part.trim();
        let ws: Vec<&[u8]> = words(part).collect();
        let n = ws.len();
        if n < 2
            || !part.ends_with(|c: char| c.is_ascii_alphabetic())
            || !is_one_of(ws[n - 2], &["no"])
            || !is_one_of(ws[n - 1], &["telephone", "phone"])
            || part.chars().any(|c| c.is_ascii_digit())
            || ws[..n - 2].iter().any(|w| is_one_of(w, &["no"]))
        {
            return false;
        }
        // "(no telephone)", or "... he has no telephone", or the subject
        // before an aside: "Mr. Gardner, who is pro se, has no telephone",
        // or a name alone: "Gardner has no telephone".
        match &ws[..n - 2] {
            [] => true,
            [has] if is_one_of(has, &["has"]) => true,
            [name, has]
                if is_one_of(has, &["has"])
                    && name.first().is_some_and(u8::is_ascii_uppercase)
                    && !is_one_of(name, &["His", "Her", "Their", "Its", "My", "Our"]) =>
            {
                true
            }
            [.., who, has] if is_one_of(has, &["has", "have"]) => {
                is_one_of(who, WHO)
                    || ws[..n - 4]
                        .last()
                        .is_some_and(|t| is_one_of(t, super::phrase::TITLE))
            }
            _ => false,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::Contact;

    fn phone(text: &str, mark: bool) -> Contact {
        Contact {
            phone: text.into(),
            no_telephone: mark,
            ..Contact::default()
        }
    }

    #[test]
    fn a_phone_field_that_says_none_is_no_telephone() {
        for t in [
            "None",
            "None (no telephone)",
            "No telephone",
            "NONE.",
            "n/a - pltf has no phone",
            "Plaintiff has no phone",
        ] {
            assert!(phone(t, false).cannot_be_called(), "{t:?}");
        }
        // Marked, with words and no number: the mark stands.
        assert!(phone("None", true).cannot_be_called());
    }

    #[test]
    fn a_number_or_other_words_are_not() {
        for t in [
            "",
            "unknown",
            "N/A",
            "n/a",
            "none listed",
            "no phone on file",
            "No number on file",
            "(785) 555-0100",
            "None at work; cell 785-555-0100",
            "ask the clerk",
        ] {
            assert!(!phone(t, false).cannot_be_called(), "{t:?}");
        }
        assert!(!phone("785-555-0100", true).cannot_be_called());
    }

    fn mail(text: &str) -> Contact {
        Contact {
            mail: text.into(),
            ..Contact::default()
        }
    }

    #[test]
    fn a_note_in_the_address_that_there_is_no_telephone_is_read() {
        for t in [
            "Address on file with the Clerk (Plaintiff has no telephone)",
            "123 Main St.\nTopeka, KS 66601\nNo telephone",
            "PO Box 4, Hays KS; no phone",
            "Address on file with the Clerk. Mr. Gardner advised at the Scheduling Conference that he has no telephone.",
            "Address on file with the Clerk. Mr. Gardner has no telephone.",
            "Address on file with the Clerk; he does not have a telephone.",
            "Address on file with the Clerk (Plaintiff doesn't have a phone)",
        ] {
            assert!(mail(t).cannot_be_called(), "{t:?}");
        }
        for t in [
            "123 Main St., Topeka, KS",
            "None",
            "123 Main St. (telephone on request)",
            "No mail; call the telephone on file",
            "123 Main St. (no telephone calls after 5 pm)",
            "Telephone No. on file with the Clerk",
            "Phone No. unknown",
            "Telephone No.: 785-555-0100",
            "no phone #",
            "no phone number",
            "It is not true that he has no telephone",
            "It is not true that he does not have a telephone",
            "He didn't say he has no phone",
            "123 Main St. Plaintiff says he has no telephone, though he called our office",
            "123 Main St. His sister has no phone.",
            "123 Main St. Unknown whether he has no telephone.",
            "123 Main St. Formerly had no telephone.",
        ] {
            assert!(!mail(t).cannot_be_called(), "{t:?}");
        }
        // A number in the phone field wins over the note.
        let mut c = mail("123 Main St. (no telephone)");
        c.phone = "785-555-0100".into();
        assert!(!c.cannot_be_called());
    }

    #[test]
    fn a_summary_that_notes_no_telephone_is_read_sentence_by_sentence() {
        use super::note_says_no_telephone;
        for t in [
            "Letter to Plaintiff (he has no telephone).",
            "September 19, 2005 letter by mail. Mr. Gardner, who is pro se, has no telephone (he said so at the Scheduling Conference), so he could be reached only in writing. He never answered this letter.",
            "Mailed ltr to pro se pltf. (He has no phone - told the Court so at the Scheduling Conference - so mail only.)",
            "After the judge denied the 1st motion (12/13), wrote Gardner again. Letters only - Gardner has no telephone, told the court so at the sched. conf. No reply.",
        ] {
            assert!(note_says_no_telephone(t), "{t:?}");
        }
        for t in [
            "Letter to Plaintiff.",
            "Left a message; his phone has no voicemail.",
            "Called him; he says he has no phone, though he answered.",
            "His sister has no phone.",
            "Letter to Plaintiff (no phone number on file).",
        ] {
            assert!(!note_says_no_telephone(t), "{t:?}");
        }
    }
}

/// A party to the case (or an affected non-party).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Party {
    /// Short stable id, e.g. "p1".
    pub id: String,
    /// As the caption names it, e.g. "City of Paola, Kansas".
    pub name: String,
    pub side: Side,
    /// True when the party has no counsel and represents itself.
    #[serde(default)]
    pub pro_se: bool,
    /// How a pro se party can be reached; ignored for represented parties.
    #[serde(default, skip_serializing_if = "is_default")]
    pub contact: Contact,
}

impl Party {
    /// The name without a trailing "et al." ("Acme Corp., et al." gives
    /// "Acme Corp."), and whether it had one: a name standing for several
    /// parties, which the caption and the certificate then call by the
    /// plural ("Defendants").
    pub fn name_et_al(&self) -> (&str, bool) {
        let name = self.name.trim();
        let lower = name.to_ascii_lowercase();
        for tail in ["et al.", "et al", "et. al.", "et alia"] {
            if lower.ends_with(tail) {
                let before = &name[..name.len() - tail.len()];
                // A word of its own ("Bet al" is a name).
                if !before.ends_with([' ', ',']) {
                    continue;
                }
                let head = before.trim_end();
                let head = head.strip_suffix(',').unwrap_or(head).trim_end();
                if !head.is_empty() {
                    return (head, true);
                }
            }
        }
        (name, false)
    }
}

/// Lead, local or other counsel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CounselRole {
    /// Lead (attorney-in-charge) as designated on the docket.
    Lead,
    /// Local counsel.
    Local,
    #[default]
    Other,
}

/// An attorney of record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Counsel {
    /// Short stable id, e.g. "c1".
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub bar_number: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub firm: String,
    /// Office address, lines separated by newlines.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub address: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
    /// The county of the attorney's office (some courts require an in-person
    /// conference when counsel are in the same county).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub county: String,
    /// Ids of the parties this attorney represents.
    pub represents: Vec<String>,
    #[serde(default)]
    pub role: CounselRole,
}

impl Counsel {
    /// Counsel with a name and the parties represented; the rest blank.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        represents: Vec<String>,
        role: CounselRole,
    ) -> Self {
        Counsel {
            id: id.into(),
            name: name.into(),
            bar_number: String::new(),
            firm: String::new(),
            address: String::new(),
            phone: String::new(),
            email: String::new(),
            county: String::new(),
            represents,
            role,
        }
    }
}

fn is_default<T: Default + PartialEq>(t: &T) -> bool {
    *t == T::default()
}
