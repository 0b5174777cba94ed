//! The open matter, where it lives on disk, whether it has unsaved changes,
//! and its undo history.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::matter::{Caption, CertificateRecord, Matter, Motion, MotionKind, SCHEMA_VERSION, Side};

/// A new, empty matter: no court chosen yet.
pub fn empty_matter() -> Matter {
    Matter {
        unavailable: vec![],
        schema_version: SCHEMA_VERSION,
        court: String::new(),
        judge: String::new(),
        motion: Motion {
            kind: MotionKind::Compel,
            title: String::new(),
            movant: Side::Plaintiff,
            planned_filing: None,
            served: None,
            opposition_served: None,
            reply_served: None,
        },
        caption: Caption::default(),
        parties: vec![],
        counsel: vec![],
        items: vec![],
        conferrals: vec![],
        certificate: CertificateRecord::default(),
    }
}

/// Revisions are unique across every document of the process, so a cache
/// keyed on a revision can never show one matter's results for another.
fn next_revision() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Edits within this many seconds of each other undo together (typing a word
/// is one step, not one per letter).
const COALESCE_SECONDS: f64 = 1.0;
const UNDO_LIMIT: usize = 200;

pub struct Document {
    pub matter: Matter,
    pub path: Option<PathBuf>,
    /// Bumped on every change; the checker and the preview key their caches on it.
    pub revision: u64,
    saved_revision: u64,
    /// The matter as last saved (or opened), so undoing back to it is not
    /// "unsaved changes".
    saved: Option<Matter>,
    /// The matter as it was before the current burst of edits.
    base: Matter,
    in_burst: bool,
    last_change: f64,
    undo: Vec<Matter>,
    redo: Vec<Matter>,
}

impl Document {
    pub fn new(matter: Matter, path: Option<PathBuf>) -> Self {
        let revision = next_revision();
        Document {
            base: matter.clone(),
            saved: Some(matter.clone()),
            matter,
            path,
            revision,
            saved_revision: revision,
            in_burst: false,
            last_change: f64::NEG_INFINITY,
            undo: vec![],
            redo: vec![],
        }
    }

    /// Unsaved changes exist.
    pub fn dirty(&self) -> bool {
        self.revision != self.saved_revision
    }

    pub fn mark_saved(&mut self) {
        self.saved_revision = self.revision;
        self.saved = Some(self.matter.clone());
    }

    /// After undo or redo: back at the saved matter means nothing unsaved.
    fn recheck_saved(&mut self) {
        if self.saved.as_ref() == Some(&self.matter) {
            self.saved_revision = self.revision;
        }
    }

    /// Marks that no file holds this matter yet, so closing must ask.
    pub fn mark_unsaved(&mut self) {
        self.saved_revision = 0; // no revision is ever 0
        self.saved = None;
    }

    /// Call after the UI changed `matter`; `now` is in seconds.
    pub fn changed(&mut self, now: f64) {
        if !self.in_burst || now - self.last_change > COALESCE_SECONDS {
            self.end_burst();
            self.undo.push(self.base.clone());
            if self.undo.len() > UNDO_LIMIT {
                self.undo.remove(0);
            }
            self.in_burst = true;
        }
        self.redo.clear();
        self.last_change = now;
        self.revision = next_revision();
    }

    /// Applies one change that undoes on its own (an import of many entries):
    /// never merged with typing just before or after it.
    pub fn change_as_one_step(&mut self, now: f64, edit: impl FnOnce(&mut Matter)) {
        self.end_burst();
        edit(&mut self.matter);
        let before = std::mem::replace(&mut self.base, self.matter.clone());
        self.undo.push(before);
        if self.undo.len() > UNDO_LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
        self.last_change = now;
        self.revision = next_revision();
    }

    /// Call once a frame: closes a burst of edits after a pause.
    pub fn tick(&mut self, now: f64) {
        if self.in_burst && now - self.last_change > COALESCE_SECONDS {
            self.end_burst();
        }
    }

    fn end_burst(&mut self) {
        if self.in_burst {
            self.base = self.matter.clone();
            self.in_burst = false;
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn undo(&mut self) {
        self.end_burst();
        if let Some(prev) = self.undo.pop() {
            self.redo.push(std::mem::replace(&mut self.matter, prev));
            self.base = self.matter.clone();
            self.revision = next_revision();
            self.recheck_saved();
        }
    }

    pub fn redo(&mut self) {
        self.end_burst();
        if let Some(next) = self.redo.pop() {
            self.undo.push(std::mem::replace(&mut self.matter, next));
            self.base = self.matter.clone();
            self.revision = next_revision();
            self.recheck_saved();
        }
    }

    /// The file name for titles and prompts.
    pub fn name(&self) -> String {
        self.path
            .as_ref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "Untitled matter".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_undoes_as_one_step_and_redo_restores() {
        let mut d = Document::new(empty_matter(), None);
        for (i, c) in "ksd".chars().enumerate() {
            d.matter.court.push(c);
            d.changed(i as f64 * 0.2);
        }
        d.tick(5.0);
        d.matter.judge = "Judge".into();
        d.changed(6.0);
        assert!(d.dirty());
        d.undo();
        assert_eq!(d.matter.judge, "");
        assert_eq!(d.matter.court, "ksd");
        d.undo();
        assert_eq!(d.matter.court, "");
        assert!(!d.dirty(), "undone back to the saved matter");
        assert!(!d.can_undo());
        d.redo();
        assert_eq!(d.matter.court, "ksd");
        d.redo();
        assert_eq!(d.matter.judge, "Judge");
    }
}
