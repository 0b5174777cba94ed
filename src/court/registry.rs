//! All court packs, loaded and validated together so that `extends` can be
//! resolved and duplicate ids caught.

use std::collections::HashMap;
use std::path::Path;

use include_dir::{Dir, include_dir};

use super::load::{PackError, PackFile, build, parse_raw};
use super::pack::CourtPack;
use crate::certificate::{Template, parse_template};

/// The forms directory compiled into the binary.
static FORMS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/forms");

/// Id of the Federal Rules baseline pack, used by courts without their own.
pub const BASELINE_ID: &str = "federal";

/// What every district without a pack of its own is told.
pub const NO_LOCAL_RULE: &str = "No local rule is encoded for this court; goodfaith checks the record against the Federal Rules only. Check the court's local rules and the assigned judge's practices, which usually add to them.";

/// One of the 94 district courts, from forms/districts.toml.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct District {
    id: toml::Spanned<String>,
    name: String,
    short_name: String,
    circuit: String,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Districts {
    district: Vec<District>,
}

/// The loaded court packs and certificate templates.
#[derive(Debug, Clone)]
pub struct Registry {
    packs: Vec<CourtPack>,
    templates: Vec<Template>,
    /// Each pack file's text by file name, to locate errors found after the
    /// packs are built (a pack that is not a listed district).
    sources: HashMap<String, String>,
}

/// Whether a file is TOML by its name: `.toml` in any case (`RULES.TOML` is
/// not silently skipped).
fn is_toml(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
}

/// Where the top-level `id = "…"` of a TOML file is, to point an error about
/// a whole file (a pack that is not a district, a template id used twice) at
/// its id rather than at line 1.
fn id_span(src: &str) -> Option<std::ops::Range<usize>> {
    #[derive(serde::Deserialize)]
    struct IdOnly {
        id: toml::Spanned<String>,
    }
    toml::from_str::<IdOnly>(src).ok().map(|i| i.id.span())
}

/// (file name, contents) of every `.toml` file in a directory of the embedded forms.
fn embedded_dir(sub: &str) -> Result<Vec<(String, String)>, PackError> {
    let mut files = Vec::new();
    if let Some(dir) = FORMS.get_dir(sub) {
        for f in dir.files() {
            if is_toml(f.path()) {
                let name = format!("forms/{}", f.path().display());
                let src = f
                    .contents_utf8()
                    .ok_or_else(|| PackError::at(&name, "", None, "", "file is not UTF-8"))?;
                files.push((name, src.to_string()));
            }
        }
    }
    Ok(files)
}

/// (file name, contents) of every `.toml` file in a directory on disk.
fn disk_dir(dir: &Path) -> Result<Vec<(String, String)>, PackError> {
    let mut files = Vec::new();
    let entries = std::fs::read_dir(dir).map_err(|e| {
        PackError::at(
            &dir.display().to_string(),
            "",
            None,
            "",
            format!("cannot read directory: {e}"),
        )
    })?;
    for entry in entries.flatten() {
        let path = entry.path();
        if is_toml(&path) {
            let name = path.display().to_string();
            let src = crate::input::read_text(&path).map_err(|e| read_failure(&name, &e))?;
            files.push((name, src));
        }
    }
    Ok(files)
}

/// A pack file that could not be read, as a `PackError`.
fn read_failure(file: &str, e: &crate::input::InputError) -> PackError {
    let (line, column) = e.location().unwrap_or((1, 1));
    PackError {
        file: file.to_string(),
        line,
        column,
        key: String::new(),
        message: e.reason(),
    }
}

/// The certificate templates compiled into the binary, as (file, contents).
pub fn embedded_certificate_sources() -> Vec<(String, String)> {
    embedded_dir("certificates").unwrap_or_default()
}

impl Registry {
    /// The packs and templates shipped inside the binary.
    pub fn embedded() -> Result<Registry, PackError> {
        let mut r = Registry::from_sources(embedded_dir("courts")?, embedded_dir("certificates")?)?;
        if let Some(f) = FORMS.get_file("districts.toml") {
            let src = f.contents_utf8().ok_or_else(|| {
                PackError::at("forms/districts.toml", "", None, "", "file is not UTF-8")
            })?;
            r.add_districts("forms/districts.toml", src)?;
        }
        Ok(r)
    }

    /// Packs and templates read from a forms directory on disk (for pack
    /// authors: check a new court without rebuilding).
    pub fn from_dir(forms: &Path) -> Result<Registry, PackError> {
        let mut r = Registry::from_sources(
            disk_dir(&forms.join("courts"))?,
            disk_dir(&forms.join("certificates"))?,
        )?;
        let path = forms.join("districts.toml");
        if path.exists() {
            let name = path.display().to_string();
            let src = crate::input::read_text(&path).map_err(|e| read_failure(&name, &e))?;
            r.add_districts(&name, &src)?;
        }
        Ok(r)
    }

    /// Adds every district court: a district with its own pack gets its name
    /// and circuit from the list; one without is checked against the Federal
    /// Rules baseline under its own name, and says so. The baseline itself is
    /// then no longer offered as a court.
    pub fn add_districts(&mut self, file: &str, src: &str) -> Result<(), PackError> {
        let list: Districts = crate::court::parse_toml(file, src)?;
        let Some(baseline) = self.get(BASELINE_ID).cloned() else {
            return Err(PackError::at(
                file,
                src,
                None,
                "",
                format!("the baseline pack \"{BASELINE_ID}\" is missing"),
            ));
        };
        let mut listed: std::collections::HashSet<&str> = std::collections::HashSet::new();
        for (i, d) in list.district.iter().enumerate() {
            if d.id.get_ref().trim().is_empty() {
                return Err(PackError::at(
                    file,
                    src,
                    Some(d.id.span()),
                    format!("district[{i}].id"),
                    "a district's id may not be empty",
                ));
            }
            if !listed.insert(d.id.get_ref().as_str()) {
                return Err(PackError::at(
                    file,
                    src,
                    Some(d.id.span()),
                    format!("district[{i}].id"),
                    format!("the id \"{}\" is listed twice", d.id.get_ref()),
                ));
            }
            match self.packs.iter_mut().find(|p| p.id == *d.id.get_ref()) {
                Some(p) => p.circuit = d.circuit.clone(),
                None => {
                    let mut p = baseline.clone();
                    p.id = d.id.get_ref().clone();
                    p.name = d.name.clone();
                    p.short_name = d.short_name.clone();
                    p.caption_name = d.name.clone();
                    p.circuit = d.circuit.clone();
                    p.extends = Some(BASELINE_ID.to_string());
                    p.local_rule_encoded = false;
                    p.selectable = true;
                    p.notes = vec![NO_LOCAL_RULE.to_string()];
                    self.packs.push(p);
                }
            }
        }
        // Every court offered must be a real district.
        for p in &self.packs {
            if p.selectable && p.id != BASELINE_ID && !listed.contains(p.id.as_str()) {
                let pack_src = self.sources.get(&p.file).map_or("", String::as_str);
                return Err(PackError::at(
                    &p.file,
                    pack_src,
                    id_span(pack_src),
                    "id",
                    format!("court pack \"{}\" is not a district listed in {file}", p.id),
                ));
            }
        }
        if let Some(b) = self.packs.iter_mut().find(|p| p.id == BASELINE_ID) {
            b.selectable = false;
        }
        self.packs.sort_by(|a, b| a.short_name.cmp(&b.short_name));
        Ok(())
    }

    /// Parses, validates and merges a set of pack files.
    pub fn from_sources(
        mut files: Vec<(String, String)>,
        mut certificates: Vec<(String, String)>,
    ) -> Result<Registry, PackError> {
        certificates.sort();
        let mut templates: Vec<Template> = Vec::new();
        for (name, src) in &certificates {
            let t = parse_template(name, src)?;
            if let Some(prev) = templates.iter().find(|x| x.id == t.id) {
                return Err(PackError::at(
                    name,
                    src,
                    id_span(src),
                    "id",
                    format!(
                        "the template id \"{}\" is already used by {}",
                        t.id, prev.file
                    ),
                ));
            }
            templates.push(t);
        }
        files.sort();
        let mut parsed: Vec<PackFile> = Vec::with_capacity(files.len());
        let mut by_id: HashMap<String, usize> = HashMap::new();
        for (name, src) in &files {
            let pf = parse_raw(name, src)?;
            let id = pf.raw.id.get_ref().clone();
            if let Some(&prev) = by_id.get(&id) {
                return Err(PackError::at(
                    name,
                    src,
                    Some(pf.raw.id.span()),
                    "id",
                    format!("the id \"{id}\" is already used by {}", parsed[prev].file),
                ));
            }
            by_id.insert(id, parsed.len());
            parsed.push(pf);
        }
        // Build parents before children; a chain longer than the number of
        // packs is a cycle.
        let mut built: HashMap<String, CourtPack> = HashMap::new();
        let mut order: Vec<String> = Vec::new();
        for start in 0..parsed.len() {
            let mut chain = vec![start];
            while let Some(parent) = parsed[*chain.last().unwrap_or(&start)].raw.extends.as_ref() {
                let pf = &parsed[*chain.last().unwrap_or(&start)];
                let Some(&pi) = by_id.get(parent.get_ref()) else {
                    return Err(PackError::at(
                        &pf.file,
                        &pf.src,
                        Some(parent.span()),
                        "extends",
                        format!("no pack has the id \"{}\"", parent.get_ref()),
                    ));
                };
                if chain.contains(&pi) {
                    return Err(PackError::at(
                        &pf.file,
                        &pf.src,
                        Some(parent.span()),
                        "extends",
                        "packs extend each other in a cycle",
                    ));
                }
                chain.push(pi);
            }
            for &i in chain.iter().rev() {
                let id = parsed[i].raw.id.get_ref();
                if built.contains_key(id) {
                    continue;
                }
                let parent = parsed[i]
                    .raw
                    .extends
                    .as_ref()
                    .and_then(|p| built.get(p.get_ref()));
                let pack = build(&parsed[i], parent)?;
                order.push(pack.id.clone());
                built.insert(pack.id.clone(), pack);
            }
        }
        let mut packs: Vec<CourtPack> = order.iter().filter_map(|id| built.remove(id)).collect();
        packs.sort_by(|a, b| a.short_name.cmp(&b.short_name));
        for p in &packs {
            if !templates.iter().any(|t| t.id == p.certificate) {
                let src = files
                    .iter()
                    .find(|(n, _)| *n == p.file)
                    .map(|(_, s)| s.as_str())
                    .unwrap_or("");
                let known: Vec<&str> = templates.iter().map(|t| t.id.as_str()).collect();
                return Err(PackError::at(
                    &p.file,
                    src,
                    p.certificate_span.clone(),
                    "certificate",
                    format!(
                        "no certificate template has the id \"{}\"; known: {}",
                        p.certificate,
                        known.join(", ")
                    ),
                ));
            }
        }
        let sources = files.into_iter().collect();
        Ok(Registry {
            packs,
            templates,
            sources,
        })
    }

    pub fn get(&self, id: &str) -> Option<&CourtPack> {
        self.packs.iter().find(|p| p.id == id)
    }

    /// The template a pack uses.
    pub fn template_for(&self, pack: &CourtPack) -> Option<&Template> {
        self.templates.iter().find(|t| t.id == pack.certificate)
    }

    pub fn templates(&self) -> &[Template] {
        &self.templates
    }

    pub fn packs(&self) -> &[CourtPack] {
        &self.packs
    }

    /// The packs a user can pick as their court.
    pub fn courts(&self) -> impl Iterator<Item = &CourtPack> {
        self.packs.iter().filter(|p| p.selectable)
    }
}
