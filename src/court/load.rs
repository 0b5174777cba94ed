//! Parsing and validating pack files. A broken pack is an error naming the
//! file, the line and column, and the key, never a panic.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use super::kinds::{CheckKind, KindName};
use super::pack::{Authority, Check, Confidence, CourtPack, Rule, Severity};
use super::topic::Topic;
use crate::matter::MotionKind;
use crate::matter::locate::line_col;

/// A pack (or template) file that cannot be used.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{file}:{line}:{column}: {}{message}", key_prefix(.key))]
pub struct PackError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// The offending key's path, e.g. `checks[2].params.counts`.
    pub key: String,
    pub message: String,
}

fn yes() -> bool {
    true
}

fn key_prefix(key: &str) -> String {
    if key.is_empty() {
        String::new()
    } else {
        format!("key `{key}`: ")
    }
}

impl PackError {
    pub(crate) fn at(
        file: &str,
        src: &str,
        span: Option<Range<usize>>,
        key: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        let (line, column) = span.map_or((1, 1), |s| line_col(src, s.start));
        PackError {
            file: file.to_string(),
            line,
            column,
            key: key.into(),
            message: message.into(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPack {
    pub id: Spanned<String>,
    pub name: String,
    pub short_name: String,
    /// The court's name as the caption gives it, if it differs from `name`.
    pub caption_name: Option<String>,
    /// Ids of the rules the certificate certifies under (those governing the
    /// motion's kind are cited); inherited; default: every rule.
    pub certify_under: Option<Vec<Spanned<String>>>,
    pub extends: Option<Spanned<String>>,
    pub certificate: Option<Spanned<String>>,
    pub motions: Option<Vec<MotionKind>>,
    #[serde(default)]
    pub local_rule_encoded: Option<bool>,
    /// False for a pack that only exists to be extended (shared rules of
    /// several districts); it is not offered as a court.
    #[serde(default = "yes")]
    pub selectable: bool,
    #[serde(default)]
    pub notes: Vec<String>,
    /// Codes of inherited checks this court does not apply.
    #[serde(default)]
    pub drop: Vec<Spanned<String>>,
    #[serde(default)]
    pub rules: Vec<RawRule>,
    #[serde(default)]
    pub authorities: Vec<RawAuthority>,
    #[serde(default)]
    pub checks: Vec<RawCheck>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRule {
    pub id: Spanned<String>,
    pub citation: String,
    pub text: Option<Spanned<String>>,
    pub summary: Option<String>,
    pub confidence: Confidence,
    pub source: String,
    pub source_url: Option<String>,
    pub as_of: Option<Spanned<AsOf>>,
    /// The day the quoted version took effect, or "unknown".
    pub effective: Option<Spanned<AsOf>>,
    /// The last day a superseded version was in force.
    pub until: Option<Spanned<AsOf>>,
    /// The day the text was checked against its kept source passage.
    pub verified: Option<Spanned<AsOf>>,
    /// The kept source passage, a path under forms/sources/.
    pub passage: Option<String>,
    #[serde(default)]
    pub motions: Vec<MotionKind>,
}

/// `as_of` may be written as a string or as a bare TOML date.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub(super) enum AsOf {
    Text(String),
    Date(toml::value::Datetime),
}

impl AsOf {
    fn text(&self) -> String {
        match self {
            AsOf::Text(s) => s.clone(),
            AsOf::Date(d) => d.to_string(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAuthority {
    pub id: Spanned<String>,
    pub cite: String,
    pub quote: Option<String>,
    pub holding: String,
    /// The deciding court's district id, when the cite does not show it.
    pub court: Option<String>,
    /// The kept source passage of `quote`, a path under forms/sources/.
    pub passage: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCheck {
    pub code: Spanned<String>,
    pub kind: Spanned<KindName>,
    pub severity: Severity,
    #[serde(default)]
    pub rules: Vec<Spanned<String>>,
    #[serde(default)]
    pub authorities: Vec<Spanned<String>>,
    /// The check's authorities grouped by topic: `{ deposition = [ids] }`.
    pub on: Option<BTreeMap<Spanned<String>, Vec<Spanned<String>>>>,
    #[serde(default)]
    pub motions: Vec<MotionKind>,
    pub note: Option<String>,
    pub params: Option<Spanned<toml::Table>>,
    /// The court's own rules or cases (rule or authority ids) that allow a
    /// milder severity than the Federal Rules baseline gives this check.
    #[serde(default)]
    pub relaxed_by: Vec<Spanned<String>>,
    /// Applies to motions filed on or after this day.
    pub from: Option<Spanned<AsOf>>,
    /// Applies to motions filed on or before this day.
    pub until: Option<Spanned<AsOf>>,
    /// Applies only before these judges (surnames): a judge's own procedure.
    #[serde(default)]
    pub judges: Vec<Spanned<String>>,
    /// The same judges' initials, as case numbers carry them ("LHR").
    #[serde(default)]
    pub judge_initials: Vec<Spanned<String>>,
}

/// Parses TOML into `T`; a syntax, type or unknown-key error names the file,
/// line, column and key (packs, templates and the district list all use it).
pub fn parse_toml<T: serde::de::DeserializeOwned>(file: &str, src: &str) -> Result<T, PackError> {
    let de = toml::Deserializer::parse(src).map_err(|e| {
        let message = match e.span() {
            Some(span) if e.message() == "duplicate key" => duplicate_key(src, span),
            _ => e.message().to_string(),
        };
        PackError::at(file, src, e.span(), "", message)
    })?;
    serde_path_to_error::deserialize(de).map_err(|e| {
        // `Spanned` wraps values in a private field; users never wrote it.
        let key = e
            .path()
            .to_string()
            .replace(".$__serde_spanned_private_value", "");
        let inner = e.into_inner();
        let mut message = inner.message().to_string();
        if message.contains("expected a sequence") && !key.is_empty() && key != "." {
            let last = key.rsplit('.').next().unwrap_or(&key);
            message.push_str(&format!(
                " (a list of tables is written with one `[[{last}]]` header per entry)"
            ));
        }
        PackError::at(
            file,
            src,
            inner.span(),
            if key == "." { String::new() } else { key },
            message,
        )
    })
}

/// "duplicate key" names the key, and says how to write a list of tables
/// when a `[table]` header is what was repeated.
fn duplicate_key(src: &str, span: Range<usize>) -> String {
    let key = src
        .get(span.clone())
        .unwrap_or("")
        .trim()
        .trim_matches('"')
        .to_string();
    let header = src
        .get(..span.start)
        .and_then(|before| before.rsplit('\n').next())
        .map(str::trim);
    match header {
        Some("[") => format!(
            "duplicate key `{key}`: the table [{key}] is defined twice; \
             for several entries write each as [[{key}]]"
        ),
        _ => format!("duplicate key `{key}`: it is given twice"),
    }
}

/// A pack file as read, before its parent is merged in.
pub(super) struct PackFile {
    pub file: String,
    pub src: String,
    pub raw: RawPack,
}

/// Parses one pack file's TOML (syntax, types, unknown keys).
pub fn parse_pack_file(file: &str, src: &str) -> Result<(), PackError> {
    parse_raw(file, src).map(|_| ())
}

pub(super) fn parse_raw(file: &str, src: &str) -> Result<PackFile, PackError> {
    let raw: RawPack = crate::court::parse_toml(file, src)?;
    Ok(PackFile {
        file: file.to_string(),
        src: src.to_string(),
        raw,
    })
}

/// Builds the validated pack, merging `parent` (already validated) in.
pub(super) fn build(pf: &PackFile, parent: Option<&CourtPack>) -> Result<CourtPack, PackError> {
    let (file, src, raw) = (pf.file.as_str(), pf.src.as_str(), &pf.raw);
    let err = |span: Option<Range<usize>>, key: String, msg: String| {
        PackError::at(file, src, span, key, msg)
    };

    // Within one file an id may appear once; overriding is for a parent's ids.
    // (Sets and index maps throughout: a pack with 100,000 rules loads in
    // linear time.)
    let mut seen: HashSet<(&'static str, String)> = HashSet::new();
    let mut once =
        |what: &'static str, id: &Spanned<String>, key: String| -> Result<(), PackError> {
            if !seen.insert((what, id.get_ref().clone())) {
                return Err(PackError::at(
                    file,
                    src,
                    Some(id.span()),
                    key,
                    format!(
                        "the {what} \"{}\" is defined twice in this file",
                        id.get_ref()
                    ),
                ));
            }
            Ok(())
        };
    for (i, r) in raw.rules.iter().enumerate() {
        once("rule id", &r.id, format!("rules[{i}].id"))?;
    }
    for (i, a) in raw.authorities.iter().enumerate() {
        once("authority id", &a.id, format!("authorities[{i}].id"))?;
    }
    for (i, c) in raw.checks.iter().enumerate() {
        once("check code", &c.code, format!("checks[{i}].code"))?;
    }

    let mut rules = Upserts::new(
        parent.map(|p| p.rules.clone()).unwrap_or_default(),
        |r: &Rule| &r.id,
    );
    // A date key: a bare TOML date or "YYYY-MM-DD"; `unknown_ok` also takes
    // "unknown" (as `None`).
    let date = |v: &Option<Spanned<AsOf>>,
                key: String,
                unknown_ok: bool|
     -> Result<Option<jiff::civil::Date>, PackError> {
        let Some(v) = v else { return Ok(None) };
        let text = v.get_ref().text();
        if unknown_ok && text == "unknown" {
            return Ok(None);
        }
        text.parse().map(Some).map_err(|e| {
            let also = if unknown_ok { " or \"unknown\"" } else { "" };
            err(
                Some(v.span()),
                key,
                format!("not a date (YYYY-MM-DD){also}: {e}"),
            )
        })
    };
    for (i, r) in raw.rules.iter().enumerate() {
        let as_of = date(&r.as_of, format!("rules[{i}].as_of"), false)?;
        let effective = date(&r.effective, format!("rules[{i}].effective"), true)?;
        let until = date(&r.until, format!("rules[{i}].until"), false)?;
        let verified = date(&r.verified, format!("rules[{i}].verified"), false)?;
        if let (Some(e), Some(u), Some(span)) = (effective, until, r.until.as_ref())
            && u < e
        {
            return Err(err(
                Some(span.span()),
                format!("rules[{i}].until"),
                format!("`until` ({u}) is before `effective` ({e})"),
            ));
        }
        if let Some(text) = &r.text
            && !r.confidence.is_verbatim()
        {
            return Err(err(
                Some(text.span()),
                format!("rules[{i}].text"),
                "rule text may only be given when `confidence` is verbatim_primary or verbatim_secondary; \
                 put a paraphrase in `summary` instead"
                    .into(),
            ));
        }
        if let Some(text) = &r.text
            && text.get_ref().trim().is_empty()
        {
            return Err(err(
                Some(text.span()),
                format!("rules[{i}].text"),
                "rule text may not be empty; give the rule's words, or leave `text` out and give a `summary`".into(),
            ));
        }
        if r.text.is_none() && r.summary.is_none() {
            return Err(err(
                Some(r.id.span()),
                format!("rules[{i}]"),
                "a rule needs `text` or `summary`".into(),
            ));
        }
        let rule = Rule {
            id: r.id.get_ref().clone(),
            citation: r.citation.clone(),
            text: r.text.as_ref().map(|t| t.get_ref().trim().to_string()),
            summary: r.summary.clone(),
            confidence: r.confidence,
            source: r.source.clone(),
            source_url: r.source_url.clone(),
            as_of,
            effective,
            until,
            verified,
            passage: r.passage.clone(),
            motions: r.motions.clone(),
        };
        rules.upsert(rule);
    }
    let mut authorities = Upserts::new(
        parent.map(|p| p.authorities.clone()).unwrap_or_default(),
        |a: &Authority| &a.id,
    );
    for a in &raw.authorities {
        let auth = Authority {
            id: a.id.get_ref().clone(),
            cite: a.cite.clone(),
            quote: a.quote.clone(),
            holding: a.holding.clone(),
            court: a.court.clone(),
            passage: a.passage.clone(),
        };
        authorities.upsert(auth);
    }

    let mut checks: Vec<Check> = parent.map(|p| p.checks.clone()).unwrap_or_default();
    let dropped: HashSet<&str> = raw.drop.iter().map(|d| d.get_ref().as_str()).collect();
    let inherited: HashSet<&str> = checks.iter().map(|c| c.code.as_str()).collect();
    for (i, d) in raw.drop.iter().enumerate() {
        if !inherited.contains(d.get_ref().as_str()) {
            return Err(err(
                Some(d.span()),
                format!("drop[{i}]"),
                format!("no inherited check has the code \"{}\"", d.get_ref()),
            ));
        }
    }
    checks.retain(|c| !dropped.contains(c.code.as_str()));
    let mut checks = Upserts::new(checks, |c: &Check| &c.code);
    for (i, c) in raw.checks.iter().enumerate() {
        for (j, r) in c.rules.iter().enumerate() {
            if !rules.contains(r.get_ref()) {
                return Err(err(
                    Some(r.span()),
                    format!("checks[{i}].rules[{j}]"),
                    format!("no rule has the id \"{}\"", r.get_ref()),
                ));
            }
        }
        for (j, a) in c.authorities.iter().enumerate() {
            if !authorities.contains(a.get_ref()) {
                return Err(err(
                    Some(a.span()),
                    format!("checks[{i}].authorities[{j}]"),
                    format!("no authority has the id \"{}\"", a.get_ref()),
                ));
            }
        }
        let mut on = Vec::new();
        if let Some(groups) = &c.on {
            for (key, ids) in groups {
                let name = key.get_ref();
                let topic = Topic::from_name(name).ok_or_else(|| {
                    err(
                        Some(key.span()),
                        format!("checks[{i}].on.{name}"),
                        format!(
                            "\"{name}\" is not a topic; the topics are {}",
                            Topic::names(&Topic::ALL)
                        ),
                    )
                })?;
                // A grouping under a topic the check's findings never carry
                // could only hide cases.
                let carried = super::topic::carried_by(*c.kind.get_ref());
                if !carried.contains(&topic) {
                    return Err(err(
                        Some(key.span()),
                        format!("checks[{i}].on.{name}"),
                        format!(
                            "this kind of check has no findings about \"{name}\" (only about {}); \
                             list the cases under `authorities` alone",
                            Topic::names(carried)
                        ),
                    ));
                }
                if ids.is_empty() {
                    return Err(err(
                        Some(key.span()),
                        format!("checks[{i}].on.{name}"),
                        "an empty group names no case; leave the topic out".into(),
                    ));
                }
                for (j, a) in ids.iter().enumerate() {
                    if !c.authorities.iter().any(|x| x.get_ref() == a.get_ref()) {
                        return Err(err(
                            Some(a.span()),
                            format!("checks[{i}].on.{name}[{j}]"),
                            format!(
                                "\"{}\" is not among this check's `authorities`",
                                a.get_ref()
                            ),
                        ));
                    }
                }
                on.push((topic, ids.iter().map(|a| a.get_ref().clone()).collect()));
            }
        }
        if c.severity == Severity::AtRisk && c.authorities.is_empty() {
            return Err(err(
                Some(c.code.span()),
                format!("checks[{i}].authorities"),
                "an `at_risk` check must name the cases that denied motions on such records \
                 (`authorities`); without them it cannot say why the record is at risk"
                    .into(),
            ));
        }
        let (params, pspan) = match &c.params {
            Some(p) => (p.get_ref().clone(), Some(p.span())),
            None => (toml::Table::new(), Some(c.kind.span())),
        };
        let kind = CheckKind::from_params(*c.kind.get_ref(), params)
            .map_err(|m| err(pspan.clone(), format!("checks[{i}].params"), m))?;
        // A rule that asks for names must be one this check cites, or the
        // requirement could never come into play.
        if let CheckKind::Particularity {
            names_under,
            reasons_under,
            ..
        } = &kind
        {
            for (field, ids) in [
                ("names_under", names_under),
                ("reasons_under", reasons_under),
            ] {
                if let Some(id) = ids
                    .iter()
                    .find(|id| !c.rules.iter().any(|r| r.get_ref() == *id))
                {
                    return Err(err(
                        pspan,
                        format!("checks[{i}].params.{field}"),
                        format!("\"{id}\" is not among this check's `rules`"),
                    ));
                }
            }
        }
        for (j, r) in c.relaxed_by.iter().enumerate() {
            if !rules.contains(r.get_ref()) && !authorities.contains(r.get_ref()) {
                return Err(err(
                    Some(r.span()),
                    format!("checks[{i}].relaxed_by[{j}]"),
                    format!("no rule or authority has the id \"{}\"", r.get_ref()),
                ));
            }
        }
        let from = date(&c.from, format!("checks[{i}].from"), false)?;
        let until = date(&c.until, format!("checks[{i}].until"), false)?;
        // A surname, matched as one word of the matter's `judge`.
        let mut judges = Vec::with_capacity(c.judges.len());
        for (j, name) in c.judges.iter().enumerate() {
            let n = name.get_ref().trim();
            if n.is_empty() || !n.chars().all(char::is_alphanumeric) {
                return Err(err(
                    Some(name.span()),
                    format!("checks[{i}].judges[{j}]"),
                    format!(
                        "\"{}\" is not a surname: give one word, the judge's surname (e.g. \"Rosenthal\")",
                        name.get_ref()
                    ),
                ));
            }
            judges.push(n.to_string());
        }
        // Initials, matched as one word of the case number or `judge`
        // ("H-07-3973 (LHR)", "4:07-cv-03973-LHR"): a record that names the
        // judge only that way is still before the judge.
        let mut judge_initials = Vec::with_capacity(c.judge_initials.len());
        for (j, ini) in c.judge_initials.iter().enumerate() {
            let n = ini.get_ref().trim();
            if c.judges.is_empty()
                || !(2..=4).contains(&n.len())
                || !n.chars().all(|ch| ch.is_ascii_uppercase())
            {
                return Err(err(
                    Some(ini.span()),
                    format!("checks[{i}].judge_initials[{j}]"),
                    if c.judges.is_empty() {
                        "initials need the judges' surnames in `judges` too".to_string()
                    } else {
                        format!(
                            "\"{}\" is not a judge's initials: give two to four capital letters, as case numbers carry them (e.g. \"LHR\")",
                            ini.get_ref()
                        )
                    },
                ));
            }
            judge_initials.push(n.to_string());
        }
        let check = Check {
            relaxed_by: c.relaxed_by.iter().map(|r| r.get_ref().clone()).collect(),
            from,
            until,
            code: c.code.get_ref().clone(),
            kind,
            severity: c.severity,
            rules: c.rules.iter().map(|r| r.get_ref().clone()).collect(),
            authorities: c.authorities.iter().map(|a| a.get_ref().clone()).collect(),
            on,
            motions: c.motions.clone(),
            note: c.note.clone(),
            judges,
            judge_initials,
        };
        checks.upsert(check);
    }
    let (rules, authorities, checks) = (rules.list, authorities.list, checks.list);

    let certify_under = match &raw.certify_under {
        Some(ids) => {
            let rule_ids: HashSet<&str> = rules.iter().map(|r| r.id.as_str()).collect();
            for (i, id) in ids.iter().enumerate() {
                if !rule_ids.contains(id.get_ref().as_str()) {
                    return Err(err(
                        Some(id.span()),
                        format!("certify_under[{i}]"),
                        format!("no rule has the id \"{}\"", id.get_ref()),
                    ));
                }
            }
            ids.iter().map(|i| i.get_ref().clone()).collect()
        }
        None => parent
            .map(|p| p.certify_under.clone())
            .unwrap_or_else(|| rules.iter().map(|r| r.id.clone()).collect()),
    };
    let certificate = match (&raw.certificate, parent) {
        (Some(c), _) => c.get_ref().clone(),
        (None, Some(p)) => p.certificate.clone(),
        (None, None) => {
            return Err(err(
                Some(raw.id.span()),
                "certificate".into(),
                "missing key `certificate` (the template id)".into(),
            ));
        }
    };
    let motions = raw
        .motions
        .clone()
        .or_else(|| parent.map(|p| p.motions.clone()))
        .unwrap_or_else(|| MotionKind::ALL.to_vec());
    if raw.selectable && checks.is_empty() {
        return Err(err(Some(raw.id.span()), "checks".into(), "a court pack needs at least one check (or `extends` a pack that has them); with none, every record would pass".into()));
    }
    let mut notes = parent.map(|p| p.notes.clone()).unwrap_or_default();
    notes.extend(raw.notes.iter().cloned());

    Ok(CourtPack {
        id: raw.id.get_ref().clone(),
        name: raw.name.clone(),
        short_name: raw.short_name.clone(),
        caption_name: raw.caption_name.clone().unwrap_or_else(|| raw.name.clone()),
        certify_under,
        certificate_span: raw
            .certificate
            .as_ref()
            .map(|c| c.span())
            .or(Some(raw.id.span())),
        extends: raw.extends.as_ref().map(|e| e.get_ref().clone()),
        certificate,
        motions,
        local_rule_encoded: raw.local_rule_encoded.unwrap_or(parent.is_some()),
        selectable: raw.selectable,
        circuit: String::new(),
        notes,
        rules,
        authorities,
        checks,
        file: file.to_string(),
    })
}

/// A list keyed by id, in order: a child pack's rule, authority or check
/// with a parent's id overrides it in place, any other is appended. The
/// index makes each insert and lookup constant time.
struct Upserts<T> {
    list: Vec<T>,
    index: HashMap<String, usize>,
    key: fn(&T) -> &String,
}

impl<T> Upserts<T> {
    fn new(list: Vec<T>, key: fn(&T) -> &String) -> Self {
        let index = list
            .iter()
            .enumerate()
            .map(|(i, x)| (key(x).clone(), i))
            .collect();
        Upserts { list, index, key }
    }

    fn contains(&self, id: &str) -> bool {
        self.index.contains_key(id)
    }

    fn upsert(&mut self, item: T) {
        let k = (self.key)(&item).clone();
        match self.index.get(&k) {
            Some(&i) => {
                if let Some(slot) = self.list.get_mut(i) {
                    *slot = item;
                }
            }
            None => {
                self.index.insert(k, self.list.len());
                self.list.push(item);
            }
        }
    }
}
