//! Preferences kept across restarts (the text scale), in a small JSON file
//! next to the recovery copies. Written atomically; a missing or unreadable
//! file means the defaults, never an error the user must deal with.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// egui's zoom factor (Ctrl+plus / Ctrl+minus).
    pub zoom: f32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { zoom: 1.0 }
    }
}

/// The zoom factors the app accepts from the file: a hand-edited or corrupt
/// value cannot make the window unusable.
const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.5..=3.0;

fn file(dir: &Path) -> PathBuf {
    dir.join("settings.json")
}

impl Settings {
    pub fn load(dir: &Path) -> Settings {
        let mut s: Settings = std::fs::read_to_string(file(dir))
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default();
        if !s.zoom.is_finite() || !ZOOM_RANGE.contains(&s.zoom) {
            s.zoom = 1.0;
        }
        s
    }

    pub fn save(&self, dir: &Path) -> Result<(), crate::save::SaveError> {
        std::fs::create_dir_all(dir)?;
        let json = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        crate::save::write_atomic(&file(dir), &json)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_zoom_survives_a_restart_and_nonsense_falls_back() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert_eq!(Settings::load(dir.path()), Settings::default());
        Settings { zoom: 1.4 }.save(dir.path()).expect("saved");
        assert_eq!(Settings::load(dir.path()).zoom, 1.4);
        std::fs::write(file(dir.path()), r#"{"zoom": 40}"#).expect("write");
        assert_eq!(Settings::load(dir.path()).zoom, 1.0);
    }
}
