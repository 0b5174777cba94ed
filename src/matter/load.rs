//! Reading a matter file: JSON syntax, types and dates via serde, then the
//! cross-references serde cannot see (ids that must exist, ids that must be
//! unique). Every error names the file, line, column and field.

use std::collections::HashSet;
use std::path::Path;

use serde::Deserialize;

use super::locate::{DisplayPath, PathSeg, locate_json};
use super::shape::check_shape;
use super::{Matter, SCHEMA_VERSION};

/// Why a matter file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum MatterError {
    #[error(transparent)]
    Read(#[from] crate::input::InputError),
    #[error("{file}:{line}:{column}: {}{message}", field_prefix(.field))]
    Invalid {
        file: String,
        line: usize,
        column: usize,
        /// The field's path, e.g. `conferrals[2].date`; empty for syntax errors.
        field: String,
        message: String,
    },
}

fn field_prefix(field: &str) -> String {
    if field.is_empty() {
        String::new()
    } else {
        format!("field `{field}`: ")
    }
}

impl MatterError {
    /// An error about the value at `path` in `src`, located in the file.
    pub fn at(file: &str, src: &str, path: &[PathSeg], message: impl Into<String>) -> Self {
        let (line, column) = locate_json(src, path).unwrap_or((1, 1));
        MatterError::Invalid {
            file: file.to_string(),
            line,
            column,
            field: DisplayPath(path).to_string(),
            message: message.into(),
        }
    }
}

/// Reads and validates a matter file (a regular file of at most
/// `input::MAX_INPUT` bytes).
pub fn read_matter(path: &Path) -> Result<(Matter, String), MatterError> {
    let file = path.display().to_string();
    let src = crate::input::read_text(path)?;
    let matter = parse_matter(&src, &file)?;
    Ok((matter, src))
}

/// Parses and validates matter JSON; `file` is only used in messages.
pub fn parse_matter(src: &str, file: &str) -> Result<Matter, MatterError> {
    // Some Windows editors start UTF-8 files with a byte-order mark.
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    check_version(src, file)?;
    check_shape(src).map_err(|(path, message)| MatterError::at(file, src, &path, message))?;
    let mut de = serde_json::Deserializer::from_str(src);
    let matter: Matter = match serde_path_to_error::deserialize(&mut de) {
        Ok(m) => m,
        Err(e) => {
            let field = e.path().to_string();
            let inner = e.into_inner();
            let (line, column) = position(src, inner.line(), inner.column());
            return Err(MatterError::Invalid {
                file: file.to_string(),
                line,
                column,
                // "." is the root; "?" is where a syntax error stopped the parse.
                field: if field == "." || field == "?" {
                    String::new()
                } else {
                    field
                },
                message: strip_location(&inner.to_string()),
            });
        }
    };
    de.end().map_err(|e| {
        let (line, column) = position(src, e.line(), e.column());
        MatterError::Invalid {
            file: file.to_string(),
            line,
            column,
            field: String::new(),
            message: strip_location(&e.to_string()),
        }
    })?;
    validate_references(&matter, src, file)?;
    Ok(matter)
}

/// A file from a newer goodfaith must be refused before its unknown fields
/// produce a confusing error, so the version is read on its own first.
fn check_version(src: &str, file: &str) -> Result<(), MatterError> {
    #[derive(Deserialize)]
    struct VersionOnly {
        schema_version: Option<serde_json::Value>,
    }
    let Ok(v) = serde_json::from_str::<VersionOnly>(src) else {
        return Ok(()); // the full parse reports the problem with its location
    };
    let path = [PathSeg::Key("schema_version")];
    match v
        .schema_version
        .as_ref()
        .and_then(serde_json::Value::as_u64)
    {
        Some(n) if n > u64::from(SCHEMA_VERSION) => Err(MatterError::at(
            file,
            src,
            &path,
            format!(
                "this file is schema version {n}, written by a newer goodfaith; \
                 this build reads version {SCHEMA_VERSION} and older. Update goodfaith to open it."
            ),
        )),
        Some(0) => Err(MatterError::at(
            file,
            src,
            &path,
            "schema_version must be 1 or more",
        )),
        _ => Ok(()),
    }
}

/// serde_json's position, with its column 0 (the error is the line break
/// that ends a line, e.g. a raw newline inside a string) given as the column
/// just past the end of that line, so every error names a real column.
fn position(src: &str, line: usize, column: usize) -> (usize, usize) {
    if column > 0 {
        return (line.max(1), column);
    }
    match line.checked_sub(2).and_then(|i| src.lines().nth(i)) {
        Some(prev) => (line - 1, prev.chars().count() + 1),
        None => (line.max(1), 1),
    }
}

fn strip_location(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// Cross-reference checks: ids unique per list, and every reference resolves.
fn validate_references(m: &Matter, src: &str, file: &str) -> Result<(), MatterError> {
    use PathSeg::{Index, Key};
    let err = |path: &[PathSeg], msg: String| MatterError::at(file, src, path, msg);

    unique(m.parties.iter().map(|p| p.id.as_str()), "parties", &err)?;
    unique(m.counsel.iter().map(|c| c.id.as_str()), "counsel", &err)?;
    // A participant id must name one person: a counsel and a party may not share it.
    for (ci, c) in m.counsel.iter().enumerate() {
        if m.party_by_id(&c.id).is_some() {
            return Err(err(
                &[Key("counsel"), Index(ci), Key("id")],
                format!(
                    "the id \"{}\" is used by a party too; ids must differ across parties and counsel",
                    c.id
                ),
            ));
        }
    }
    unique(m.items.iter().map(|i| i.id.as_str()), "items", &err)?;
    unique(
        m.conferrals.iter().map(|e| e.id.as_str()),
        "conferrals",
        &err,
    )?;

    let parties: HashSet<&str> = m.parties.iter().map(|p| p.id.as_str()).collect();
    let counsel: HashSet<&str> = m.counsel.iter().map(|c| c.id.as_str()).collect();
    let items: HashSet<&str> = m.items.iter().map(|i| i.id.as_str()).collect();
    let person = |id: &str| counsel.contains(id) || parties.contains(id);
    let known_people = || {
        let mut ids: Vec<&str> = counsel.iter().chain(parties.iter()).copied().collect();
        ids.sort_unstable();
        if ids.is_empty() {
            "none are defined yet".to_string()
        } else {
            format!("known ids: {}", ids.join(", "))
        }
    };

    for (ci, c) in m.counsel.iter().enumerate() {
        for (pi, p) in c.represents.iter().enumerate() {
            let path = [Key("counsel"), Index(ci), Key("represents"), Index(pi)];
            match m.party_by_id(p) {
                None => return Err(err(&path, format!("no party has the id \"{p}\""))),
                Some(party) if party.pro_se => {
                    return Err(err(
                        &path,
                        format!(
                            "party \"{p}\" is marked pro se but {} is listed as its counsel",
                            c.name
                        ),
                    ));
                }
                Some(_) => {}
            }
        }
    }
    for (ii, it) in m.items.iter().enumerate() {
        for (pi, p) in it.disputed_with.iter().enumerate() {
            if !parties.contains(p.as_str()) {
                return Err(err(
                    &[Key("items"), Index(ii), Key("disputed_with"), Index(pi)],
                    format!("no party has the id \"{p}\""),
                ));
            }
        }
    }
    for (ei, e) in m.conferrals.iter().enumerate() {
        // An empty id means "not recorded yet" (an entry being filled in).
        if !e.initiated_by.is_empty() && !person(&e.initiated_by) {
            return Err(err(
                &[Key("conferrals"), Index(ei), Key("initiated_by")],
                format!(
                    "no counsel or party has the id \"{}\" ({})",
                    e.initiated_by,
                    known_people()
                ),
            ));
        }
        for (pi, p) in e.participants.iter().enumerate() {
            if !person(p) {
                return Err(err(
                    &[Key("conferrals"), Index(ei), Key("participants"), Index(pi)],
                    format!(
                        "no counsel or party has the id \"{p}\" ({})",
                        known_people()
                    ),
                ));
            }
        }
        for (si, s) in e.staff.iter().enumerate() {
            if !counsel.contains(s.works_for.as_str()) {
                return Err(err(
                    &[
                        Key("conferrals"),
                        Index(ei),
                        Key("staff"),
                        Index(si),
                        Key("works_for"),
                    ],
                    format!("no counsel has the id \"{}\"", s.works_for),
                ));
            }
        }
        for (ii, d) in e.items.iter().enumerate() {
            if !items.contains(d.item.as_str()) {
                return Err(err(
                    &[
                        Key("conferrals"),
                        Index(ei),
                        Key("items"),
                        Index(ii),
                        Key("item"),
                    ],
                    format!("no disputed item has the id \"{}\"", d.item),
                ));
            }
        }
        if let Some(f) = &e.follow_up
            && !f.promised_by.is_empty()
            && !person(&f.promised_by)
        {
            return Err(err(
                &[
                    Key("conferrals"),
                    Index(ei),
                    Key("follow_up"),
                    Key("promised_by"),
                ],
                format!("no counsel or party has the id \"{}\"", f.promised_by),
            ));
        }
    }
    for (i, u) in m.unavailable.iter().enumerate() {
        if !person(&u.person) {
            return Err(err(
                &[Key("unavailable"), Index(i), Key("person")],
                format!("no counsel or party has the id \"{}\"", u.person),
            ));
        }
        if u.to < u.from {
            return Err(err(
                &[Key("unavailable"), Index(i), Key("to")],
                format!("`to` ({}) is before `from` ({})", u.to, u.from),
            ));
        }
    }
    for (i, en) in m.certificate.endorsements.iter().enumerate() {
        if !counsel.contains(en.counsel.as_str()) {
            return Err(err(
                &[
                    Key("certificate"),
                    Key("endorsements"),
                    Index(i),
                    Key("counsel"),
                ],
                format!("no counsel has the id \"{}\"", en.counsel),
            ));
        }
    }
    Ok(())
}

fn unique<'a>(
    ids: impl Iterator<Item = &'a str>,
    list: &'static str,
    err: &impl Fn(&[PathSeg], String) -> MatterError,
) -> Result<(), MatterError> {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        if id.trim().is_empty() {
            return Err(err(
                &[PathSeg::Key(list), PathSeg::Index(i), PathSeg::Key("id")],
                "an id may not be empty".into(),
            ));
        }
        if !seen.insert(id) {
            return Err(err(
                &[PathSeg::Key(list), PathSeg::Index(i), PathSeg::Key("id")],
                format!("the id \"{id}\" is used twice in {list}"),
            ));
        }
    }
    Ok(())
}
