//! Who in the matter an address is. A counsel is found by the `email` the
//! matter records for them (case does not matter: `JDoe@Acme.com` is
//! `jdoe@acme.com`), a pro se party by their contact email; failing that, by
//! the display name, however the mail client wrote it ("Doe, John",
//! "John Doe, Esq.", "\"John Doe\"").

use std::collections::HashMap;

use super::mail::Address;
use crate::matter::Matter;

/// The counsel and pro se parties of a matter, by email and by name.
pub struct People {
    by_email: HashMap<String, String>,
    /// Name key → person id; `None` when two people share the name, so
    /// neither is guessed.
    by_name: HashMap<String, Option<String>>,
}

impl People {
    pub fn new(m: &Matter) -> Self {
        let mut people = People {
            by_email: HashMap::new(),
            by_name: HashMap::new(),
        };
        let pro_se = m
            .parties
            .iter()
            .filter(|p| p.pro_se)
            .map(|p| (&p.id, &p.name, &p.contact.email));
        let counsel = m.counsel.iter().map(|c| (&c.id, &c.name, &c.email));
        for (id, name, emails) in counsel.chain(pro_se) {
            // A field may hold more than one address ("a@x.com; b@y.com").
            for e in emails.split([';', ',', ' ']).filter(|e| e.contains('@')) {
                people
                    .by_email
                    .entry(e.trim().to_lowercase())
                    .or_insert_with(|| id.clone());
            }
            let key = name_key(name);
            if !key.is_empty() {
                people
                    .by_name
                    .entry(key)
                    .and_modify(|v| {
                        if v.as_deref() != Some(id.as_str()) {
                            *v = None;
                        }
                    })
                    .or_insert_with(|| Some(id.clone()));
            }
        }
        people
    }

    /// The person id of this address, if it is a counsel or pro se party.
    pub fn find(&self, a: &Address) -> Option<String> {
        let email = a.email.trim().to_lowercase();
        if !email.is_empty()
            && let Some(id) = self.by_email.get(&email)
        {
            return Some(id.clone());
        }
        self.by_name.get(&name_key(&a.name)).cloned().flatten()
    }
}

/// `text` in lower case with its accents folded, as mail programs and
/// address books that drop them write it: "José Müller" is "jose muller",
/// "Đỗ Văn Đức" "do van duc", "Søren" "soren", "Strauß" "strauss". Letters
/// that carry their mark in their own shape (đ, ø, ß, æ, œ, ł) do not
/// decompose, and are spelled as those programs spell them.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in unicode_normalization::UnicodeNormalization::nfd(text) {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        match c {
            'đ' | 'Đ' => out.push('d'),
            'ø' | 'Ø' => out.push('o'),
            'ł' | 'Ł' => out.push('l'),
            'ß' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Titles and suffixes that are not part of who someone is.
const NOT_NAME: [&str; 12] = [
    "esq", "esquire", "jr", "sr", "ii", "iii", "iv", "mr", "ms", "mrs", "dr", "hon",
];

/// A key under which "Doe, John", "John Doe", "JOHN DOE, Esq." and
/// "\"Doe, John (Acme)\"" agree: letters and digits only, lower case, a
/// "Last, First" order turned around, titles and suffixes dropped, the
/// words sorted, accents folded ("Nguyễn Thị Hòa" is "Nguyen Thi Hoa").
pub fn name_key(name: &str) -> String {
    // Drop a parenthesised aside: "Jane Roe (Roe LLP)".
    let mut plain = String::new();
    let mut depth = 0u32;
    for ch in name.chars() {
        match ch {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(ch),
            _ => {}
        }
    }
    // Accents are folded: a client's "Jose Muller" is the matter's "José
    // Müller" (many mail programs and address books drop them).
    let plain = fold(&plain);
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .map(|w| w.trim_matches('\'').to_lowercase())
            .filter(|w| !w.is_empty() && !NOT_NAME.contains(&w.as_str()))
            .collect()
    };
    let mut all: Vec<String> = plain.split(',').flat_map(words).collect();
    all.sort();
    all.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ways_a_client_writes_a_name_agree() {
        let k = name_key("John Doe");
        assert_eq!(name_key("Doe, John"), k);
        assert_eq!(name_key("\"DOE, JOHN\""), k);
        assert_eq!(name_key("John Doe, Esq."), k);
        assert_eq!(name_key("Doe, John (Acme Corp.)"), k);
        assert_ne!(name_key("Jane Doe"), k);
        assert_eq!(name_key("Hòa, Nguyễn Thị"), name_key("Nguyễn Thị Hòa"));
        assert_eq!(name_key("Jose Muller"), name_key("Müller, José"));
        assert_eq!(name_key("NGUYEN THI HOA"), name_key("Nguyễn Thị Hòa"));
        assert_eq!(name_key("Do Van Duc"), name_key("Đỗ Văn Đức"));
        assert_eq!(name_key("Soren Odegard"), name_key("Søren Ødegård"));
        assert_eq!(name_key("Hans Strauss"), name_key("Hans Strauß"));
    }
}
