//! Certificate templates (`forms/certificates/*.toml`): the title, the
//! framing sentences, and the order of the generated sections. Templates hold
//! no facts; the composer fills the placeholders from the record.

use serde::Deserialize;
use toml::Spanned;

use crate::court::PackError;

/// Placeholders a template's text may use; each is filled from the record.
pub const PLACEHOLDERS: [&str; 9] = [
    "movant",
    "opponents",
    "motion",
    "rules",
    "court",
    "conferred",
    "certifier",
    "conferrer",
    "all_counsel",
];

/// Who signs the certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Signers {
    /// Counsel for the movant.
    Movant,
    /// Every counsel of record (the Mississippi Good Faith Certificate).
    AllCounsel,
}

/// One part of the certificate, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Section {
    /// Framing text with `{placeholders}`.
    Text(String),
    /// One paragraph per conferral step, from the log.
    Steps,
    /// The items resolved and the items still in dispute.
    Status,
    /// Opposed or unopposed; when and between whom the conference was held;
    /// why agreement could not be reached (N.D. Tex. style).
    Opposition,
    /// The date line and signature blocks.
    Signatures,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    pub id: String,
    pub name: String,
    /// Where the layout and wording come from; shown in the app.
    pub source: String,
    /// True only when the wording is a court's official form, copied verbatim.
    pub official_form: bool,
    pub title: String,
    /// Line pitch of the body as a multiple of single spacing.
    pub body_spacing: f32,
    pub signers: Signers,
    pub sections: Vec<Section>,
    pub file: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTemplate {
    id: Spanned<String>,
    name: String,
    source: String,
    official_form: bool,
    title: String,
    /// Default: 2.0 (double spaced).
    body_spacing: Option<Spanned<f32>>,
    signers: Signers,
    sections: Spanned<Vec<RawSection>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
enum SectionKind {
    Text,
    Steps,
    Status,
    Opposition,
    Signatures,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSection {
    kind: Spanned<SectionKind>,
    text: Option<Spanned<String>>,
}

/// Parses and validates one template file.
pub fn parse_template(file: &str, src: &str) -> Result<Template, PackError> {
    let raw: RawTemplate = crate::court::parse_toml(file, src)?;
    // Errors point at the key concerned, not at the template's id.
    let body_spacing = match &raw.body_spacing {
        Some(b) if !(1.0..=3.0).contains(b.get_ref()) => {
            return Err(PackError::at(
                file,
                src,
                Some(b.span()),
                "body_spacing",
                "must be between 1.0 and 3.0",
            ));
        }
        Some(b) => *b.get_ref(),
        None => 2.0,
    };
    let sections_span = raw.sections.span();
    let mut sections = Vec::with_capacity(raw.sections.get_ref().len());
    for (i, s) in raw.sections.into_inner().into_iter().enumerate() {
        let key = format!("sections[{i}].text");
        let kind_span = s.kind.span();
        sections.push(match (s.kind.into_inner(), s.text) {
            (SectionKind::Text, Some(t)) => {
                check_placeholders(t.get_ref())
                    .map_err(|m| PackError::at(file, src, Some(t.span()), key, m))?;
                Section::Text(t.into_inner())
            }
            (SectionKind::Text, None) => {
                return Err(PackError::at(
                    file,
                    src,
                    Some(kind_span),
                    key,
                    "a text section needs `text`",
                ));
            }
            (_, Some(t)) => {
                return Err(PackError::at(
                    file,
                    src,
                    Some(t.span()),
                    key,
                    "only a text section takes `text`",
                ));
            }
            (SectionKind::Steps, None) => Section::Steps,
            (SectionKind::Status, None) => Section::Status,
            (SectionKind::Opposition, None) => Section::Opposition,
            (SectionKind::Signatures, None) => Section::Signatures,
        });
    }
    if !sections.contains(&Section::Signatures) {
        return Err(PackError::at(
            file,
            src,
            Some(sections_span),
            "sections",
            "a certificate needs a signatures section",
        ));
    }
    Ok(Template {
        id: raw.id.into_inner(),
        name: raw.name,
        source: raw.source,
        official_form: raw.official_form,
        title: raw.title,
        body_spacing,
        signers: raw.signers,
        sections,
        file: file.to_string(),
    })
}

/// Fills a template's `{placeholders}` in one pass over the template's text:
/// each is replaced by `value(name)`, and what was put in is never scanned
/// again, so braces typed into a party name or a motion title ("Acme
/// {opponents} Corp") print as typed instead of being expanded.
pub fn fill_placeholders(text: &str, mut value: impl FnMut(&str) -> String) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let (before, after) = rest.split_at(open);
        out.push_str(before);
        let name = after[1..].split_once('}').map(|(n, _)| n);
        match name.filter(|n| PLACEHOLDERS.contains(n)) {
            Some(n) => {
                out.push_str(&value(n));
                rest = &after[n.len() + 2..];
            }
            None => {
                out.push('{');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn check_placeholders(text: &str) -> Result<(), String> {
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let close = after.find('}').ok_or("a `{` has no closing `}`")?;
        let name = &after[..close];
        if !PLACEHOLDERS.contains(&name) {
            return Err(format!(
                "unknown placeholder {{{name}}}; known: {}",
                PLACEHOLDERS.map(|p| format!("{{{p}}}")).join(", ")
            ));
        }
        rest = &after[close + 1..];
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filled_text_is_never_read_as_a_placeholder() {
        let filled =
            fill_placeholders(
                "Counsel for {movant} conferred with {opponents}.",
                |n| match n {
                    "movant" => "Acme {opponents} Corp".into(),
                    _ => "counsel for Plaintiff {court}".into(),
                },
            );
        assert_eq!(
            filled,
            "Counsel for Acme {opponents} Corp conferred with counsel for Plaintiff {court}."
        );
        assert_eq!(
            fill_placeholders("a {b} {court", |_| "X".into()),
            "a {b} {court"
        );
    }
}
