//! Autosave to a recovery file in the user's data directory a few seconds
//! after each change, offered back on the next start if the app did not close
//! cleanly; and the recent-files list. Both are written atomically.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::matter::Matter;
use crate::save::write_atomic;

/// How long after the last change the recovery copy is written.
pub const AUTOSAVE_SECONDS: f64 = 3.0;
const RECENT_LIMIT: usize = 8;

/// The user's data directory for goodfaith (e.g. ~/.local/share/goodfaith).
pub fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "goodfaith").map(|d| d.data_dir().to_path_buf())
}

#[derive(Serialize, Deserialize)]
pub struct RecoveryFile {
    /// Where the matter was saved, if it ever was.
    pub path: Option<PathBuf>,
    /// When the copy was written (local time, for the prompt).
    pub written: String,
    pub matter: Matter,
    /// The copy on disk this was read from, held locked while it is on
    /// offer so that no other running copy offers or deletes it too.
    #[serde(skip)]
    claim: Option<Claim>,
}

/// A recovery copy left by a copy of goodfaith that is no longer running,
/// locked by this one.
struct Claim {
    json: PathBuf,
    lock_path: PathBuf,
    _lock: std::fs::File,
}

/// The recovery copies of one running copy of goodfaith.
///
/// Each running copy writes its own `sessions/<id>.json` and holds
/// `sessions/<id>.lock` locked (fs4; released by the system when the process
/// ends, even if it is killed). A copy whose lock can be taken belongs to no
/// live process: only such copies are offered back, so two running copies
/// never offer, recover or delete each other's work.
pub struct Recovery {
    dir: PathBuf,
    id: String,
    /// Held for the life of this copy; `None` if the lock could not be made
    /// (then this copy writes no recovery copy rather than share one).
    lock: Option<std::fs::File>,
}

fn try_lock(file: &std::fs::File) -> bool {
    fs4::FileExt::try_lock(file).is_ok()
}

impl Recovery {
    pub fn new(dir: PathBuf) -> Self {
        let id = format!(
            "{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos())
        );
        let sessions = dir.join("sessions");
        let lock = std::fs::create_dir_all(&sessions)
            .and_then(|()| {
                std::fs::OpenOptions::new()
                    .create(true)
                    .truncate(false)
                    .write(true)
                    .open(sessions.join(format!("{id}.lock")))
            })
            .ok()
            .filter(try_lock);
        if lock.is_none() {
            log::warn!(
                "no recovery lock in {}: recovery copies are off",
                dir.display()
            );
        }
        Recovery { dir, id, lock }
    }

    fn sessions(&self) -> PathBuf {
        self.dir.join("sessions")
    }

    fn file(&self) -> PathBuf {
        self.sessions().join(format!("{}.json", self.id))
    }

    pub fn write(
        &self,
        matter: &Matter,
        path: Option<&Path>,
    ) -> Result<(), crate::save::SaveError> {
        if self.lock.is_none() {
            return Ok(());
        }
        std::fs::create_dir_all(self.sessions())?;
        let rec = RecoveryFile {
            path: path.map(Path::to_path_buf),
            written: jiff::Zoned::now()
                .strftime("%B %-d, %Y at %-I:%M %p")
                .to_string(),
            matter: matter.clone(),
            claim: None,
        };
        let json = serde_json::to_vec_pretty(&rec).map_err(std::io::Error::other)?;
        write_atomic(&self.file(), &json)
    }

    /// A recovery copy left by a copy of goodfaith that did not close
    /// cleanly and is no longer running (the newest first), claimed by this
    /// one. Copies of live processes are never returned.
    pub fn read(&self) -> Option<RecoveryFile> {
        let mut found: Vec<(std::time::SystemTime, PathBuf)> = std::fs::read_dir(self.sessions())
            .ok()?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json") && *p != self.file())
            .map(|p| {
                (
                    std::fs::metadata(&p)
                        .and_then(|m| m.modified())
                        .unwrap_or(std::time::UNIX_EPOCH),
                    p,
                )
            })
            .collect();
        found.sort();
        for (_, json) in found.into_iter().rev() {
            let lock_path = json.with_extension("lock");
            let Ok(lock) = std::fs::OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(&lock_path)
            else {
                continue;
            };
            if !try_lock(&lock) {
                continue; // a live copy's work
            }
            let Some(mut rec) = std::fs::read_to_string(&json)
                .ok()
                .and_then(|t| serde_json::from_str::<RecoveryFile>(&t).ok())
            else {
                continue;
            };
            rec.claim = Some(Claim {
                json,
                lock_path,
                _lock: lock,
            });
            return Some(rec);
        }
        None
    }

    /// The user decided about an offered copy (recovered or discarded it):
    /// it goes. A recovered matter is first written as this copy's own.
    pub fn settle(&self, rec: RecoveryFile, recovered: bool) {
        if recovered && let Err(e) = self.write(&rec.matter, rec.path.as_deref()) {
            log::warn!("could not keep the recovered copy: {e}");
            return; // keep the old copy rather than lose the work
        }
        if let Some(c) = rec.claim {
            let _ = std::fs::remove_file(&c.json);
            let _ = std::fs::remove_file(&c.lock_path);
        }
    }

    /// Nothing of this copy's to recover any more (saved, or discarded).
    pub fn clear(&self) {
        let _ = std::fs::remove_file(self.file());
    }

    fn recent_file(&self) -> PathBuf {
        self.dir.join("recent.json")
    }

    pub fn recent(&self) -> Vec<PathBuf> {
        std::fs::read_to_string(self.recent_file())
            .ok()
            .and_then(|t| serde_json::from_str::<Vec<PathBuf>>(&t).ok())
            .unwrap_or_default()
    }

    /// Puts `path` at the top of the recent list.
    pub fn add_recent(&self, path: &Path) -> Vec<PathBuf> {
        let mut list = self.recent();
        list.retain(|p| p != path);
        list.insert(0, path.to_path_buf());
        list.truncate(RECENT_LIMIT);
        if std::fs::create_dir_all(&self.dir).is_ok()
            && let Ok(json) = serde_json::to_vec_pretty(&list)
        {
            let _ = write_atomic(&self.recent_file(), &json);
        }
        list
    }
}

impl Drop for Recovery {
    /// Closing cleanly with nothing to recover leaves no lock file behind.
    fn drop(&mut self) {
        if self.lock.is_some() && !self.file().exists() {
            let _ = std::fs::remove_file(self.sessions().join(format!("{}.lock", self.id)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[allow(clippy::expect_used)]
    fn matter(judge: &str) -> Matter {
        let mut m = crate::app::document::empty_matter();
        m.judge = judge.into();
        m
    }

    #[test]
    fn a_running_copys_work_is_never_offered_to_another_and_a_dead_ones_is() {
        let dir = tempfile::tempdir().expect("tempdir");
        let first = Recovery::new(dir.path().to_path_buf());
        first.write(&matter("first"), None).expect("written");
        // A second copy starts while the first runs: nothing to offer.
        let second = Recovery::new(dir.path().to_path_buf());
        assert!(second.read().is_none());
        // The first is killed (its lock goes with its process).
        let mut first = first;
        first.lock = None;
        let offered = second.read().expect("the dead copy's work is offered");
        assert_eq!(offered.matter.judge, "first");
        // While it is on offer here, a third copy does not see it.
        let third = Recovery::new(dir.path().to_path_buf());
        assert!(third.read().is_none());
        second.settle(offered, true);
        assert!(
            third.read().is_none(),
            "recovered: now the second's own, live"
        );
        drop(second);
        assert_eq!(third.read().map(|r| r.matter.judge), Some("first".into()));
    }
}
