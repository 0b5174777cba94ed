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
}

pub struct Recovery {
    dir: PathBuf,
}

impl Recovery {
    pub fn new(dir: PathBuf) -> Self {
        Recovery { dir }
    }

    fn file(&self) -> PathBuf {
        self.dir.join("recovery.json")
    }

    pub fn write(
        &self,
        matter: &Matter,
        path: Option<&Path>,
    ) -> Result<(), crate::save::SaveError> {
        std::fs::create_dir_all(&self.dir)?;
        let rec = RecoveryFile {
            path: path.map(Path::to_path_buf),
            written: jiff::Zoned::now()
                .strftime("%B %-d, %Y at %-I:%M %p")
                .to_string(),
            matter: matter.clone(),
        };
        let json = serde_json::to_vec_pretty(&rec).map_err(std::io::Error::other)?;
        write_atomic(&self.file(), &json)
    }

    /// The recovery copy left by a session that did not close cleanly.
    pub fn read(&self) -> Option<RecoveryFile> {
        let text = std::fs::read_to_string(self.file()).ok()?;
        serde_json::from_str(&text).ok()
    }

    /// Nothing to recover any more (saved, or the user discarded it).
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
