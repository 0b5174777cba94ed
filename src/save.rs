//! Atomic file writes: the new content goes to a temporary file in the same
//! directory, is flushed to disk, then renamed over the target. If anything
//! fails, the previous file is untouched.

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` atomically.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".goodfaith-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    // A temporary file is private (0600); the saved file should keep the
    // permissions of the one it replaces, or get ordinary ones.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)
            .map(|m| m.permissions().mode() & 0o7777)
            .unwrap_or(0o644);
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_no_temporaries() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("m.json");
        std::fs::write(&p, "old").expect("seed");
        write_atomic(&p, b"new").expect("write");
        assert_eq!(std::fs::read_to_string(&p).expect("read"), "new");
        assert_eq!(std::fs::read_dir(dir.path()).expect("ls").count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_new_file_is_not_left_private_and_a_replaced_one_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("cert.pdf");
        write_atomic(&p, b"pdf").expect("write");
        assert_eq!(
            std::fs::metadata(&p).expect("meta").permissions().mode() & 0o777,
            0o644
        );
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).expect("chmod");
        write_atomic(&p, b"pdf2").expect("write");
        assert_eq!(
            std::fs::metadata(&p).expect("meta").permissions().mode() & 0o777,
            0o640
        );
    }

    #[test]
    fn a_failed_write_keeps_the_previous_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("m.json");
        std::fs::write(&p, "old").expect("seed");
        // The target's directory does not exist: the write fails and nothing changes.
        assert!(write_atomic(&dir.path().join("missing/m.json"), b"new").is_err());
        assert_eq!(std::fs::read_to_string(&p).expect("read"), "old");
    }
}
