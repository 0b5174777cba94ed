//! Where the app keeps the attachments of mail it imports: in a folder
//! beside the matter, "<matter name> attachments", as `goodfaith import
//! --attachments DIR` keeps them in the folder it is given. The entries then
//! name files the exhibit can attach (review 347: the app recorded only the
//! attachments' names, so "Export exhibit…" failed on every imported
//! message that had one).

use std::path::Path;

use crate::import::Proposal;

/// What became of the attachments, for the status line.
pub struct Saved {
    /// Appended to the status ("" when there were none).
    pub note: String,
    /// Some could not be saved: the status is shown as an error.
    pub failed: bool,
}

/// Saves the attachments of `proposals` beside the matter at `matter`
/// (each entry then lists their paths, relative to the matter's folder).
/// A matter not yet saved has no folder: its entries keep the names only,
/// and the note says how to attach them. A message whose attachments could
/// not be saved is taken out of `proposals`, as `goodfaith import` leaves
/// it out: added, its entry would name files that are not there, and
/// importing it again would skip it as already in the log (review 347).
pub fn save_attachments(proposals: &mut Vec<Proposal>, matter: Option<&Path>) -> Saved {
    let count: usize = proposals.iter().map(|p| p.attachments.len()).sum();
    if count == 0 {
        return Saved {
            note: String::new(),
            failed: false,
        };
    }
    let Some(matter) = matter else {
        return Saved {
            note: format!(
                " {} listed by name only: the matter has no folder yet. Save it, then put PDF copies beside it to attach them to the exhibit.",
                plural(count, "Its attachment is", "Their attachments are")
            ),
            failed: false,
        };
    };
    let folder = match matter.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let stem = matter
        .file_stem()
        .map_or("matter".into(), |s| s.to_string_lossy().into_owned());
    let dir = folder.join(format!("{stem} attachments"));
    let mut problems = vec![];
    proposals.retain_mut(
        |p| match crate::import::save_attachments(p, &dir, &folder) {
            Ok(()) => true,
            Err(e) => {
                problems.push(format!(
                    "\u{201c}{}\u{201d} of {}: {e}",
                    p.info.subject, p.event.date
                ));
                false
            }
        },
    );
    if problems.is_empty() {
        Saved {
            note: format!(
                " {} saved in {}.",
                plural(count, "Its attachment is", "Their attachments are"),
                dir.display()
            ),
            failed: false,
        }
    } else {
        Saved {
            note: format!(
                " Not added, because {} could not be saved: {}. Fix this and import {} again.",
                plural(problems.len(), "its attachments", "their attachments"),
                problems.join("; "),
                plural(problems.len(), "it", "them")
            ),
            failed: true,
        }
    }
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}
