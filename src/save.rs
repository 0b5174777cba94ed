//! Writing files without losing any: the new content goes to a temporary file
//! in the same directory, is flushed to disk, then renamed over the target. If
//! anything fails, the previous file is untouched.
//!
//! Before writing, the target is checked: a write must never replace the file
//! being read (`render m.json -o m.json`), nor anything that is not a regular
//! file (`-o /dev/null` as root would otherwise swap the device node for a
//! file). The CLI and the app share these checks.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Why a file was not written.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error(
        "{output}: this is the matter file itself ({input}); writing the output there would destroy it. Choose another file name"
    )]
    SameAsInput { output: String, input: String },
    #[error(
        "{output}: this is {file}, a document attached to log entry {entry}; writing the output there would destroy it. Choose another file name"
    )]
    SameAsAttachment {
        output: String,
        file: String,
        entry: String,
    },
    #[error(
        "{path}: exists and is {kind}, not a regular file; goodfaith only replaces regular files"
    )]
    NotAFile { path: String, kind: String },
    #[error("{path}: is inside {dir}, a system directory; goodfaith does not write there")]
    SystemDir { path: String, dir: String },
    /// The folder refused the new file: it does not exist, or is not
    /// writable. Said of the folder, not of the hidden temporary file the
    /// system names (review 347: "at path …/.goodfaith-6lkUQX.tmp").
    #[error("{path}: {why}; choose another folder")]
    Folder { path: String, why: String },
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// Refuses an `output` that is the `input` file under another name: the same
/// path, `./m.json`, a symbolic or hard link to it. Call it before rendering,
/// so the matter is never read and then overwritten with the PDF.
pub fn refuse_input_as_output(output: &Path, input: &Path) -> Result<(), SaveError> {
    if same_file(output, input) {
        return Err(SaveError::SameAsInput {
            output: output.display().to_string(),
            input: input.display().to_string(),
        });
    }
    Ok(())
}

/// Refuses an `output` that is one of the documents the log's entries attach
/// (`attachments`, resolved as the exhibit resolves them): the exhibit would
/// otherwise replace the very letter it exists to attach, and every later
/// exhibit would carry the old one (review 347).
pub fn refuse_attachment_as_output(
    output: &Path,
    matter: &crate::matter::Matter,
    matter_path: Option<&Path>,
) -> Result<(), SaveError> {
    for e in &matter.conferrals {
        for file in &e.attachments {
            let attached = crate::export::attach::resolve(matter_path, file);
            if same_file(output, &attached) {
                return Err(SaveError::SameAsAttachment {
                    output: output.display().to_string(),
                    file: file.clone(),
                    entry: e.id.clone(),
                });
            }
        }
    }
    Ok(())
}

/// Whether two paths name the same existing file (after following links).
fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (std::fs::metadata(a), std::fs::metadata(b)) {
            (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
            (Ok(x), Ok(y)) => x == y,
            _ => false,
        }
    }
}

/// Directories whose entries are devices or kernel state, not documents: a
/// path there (even one that does not exist yet, or `/dev/stdout`, a link to
/// whatever standard output is) is never written to.
const SYSTEM_DIRS: [&str; 3] = ["/dev", "/proc", "/sys"];

/// Checks that `path` may be replaced and returns the permissions the new file
/// must keep: those of the regular file it replaces, or `None` for a new file
/// (which then gets a new file's default permissions, as the umask allows).
/// A symbolic link is replaced by the new file, never followed, so the new
/// file does not take its target's permissions; a link to anything but a
/// regular file is refused.
fn check_target(path: &Path) -> Result<Option<std::fs::Permissions>, SaveError> {
    let dir = parent(path);
    if let Ok(canonical) = std::fs::canonicalize(dir)
        && let Some(sys) = SYSTEM_DIRS.iter().find(|d| canonical.starts_with(d))
    {
        return Err(SaveError::SystemDir {
            path: path.display().to_string(),
            dir: (*sys).to_string(),
        });
    }
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    let ft = meta.file_type();
    if ft.is_file() {
        return Ok(Some(meta.permissions()));
    }
    if ft.is_symlink() {
        return match std::fs::metadata(path) {
            Ok(target) if target.is_file() => Ok(None),
            Ok(target) => Err(SaveError::NotAFile {
                path: path.display().to_string(),
                kind: format!(
                    "a symbolic link to {}",
                    crate::input::kind(target.file_type())
                ),
            }),
            // A dangling link: nothing is lost by replacing it.
            Err(_) => Ok(None),
        };
    }
    Err(SaveError::NotAFile {
        path: path.display().to_string(),
        kind: crate::input::kind(ft).to_string(),
    })
}

/// Refuses a `path` that `write_atomic` would refuse, before any work is done
/// to produce its content.
pub fn ensure_replaceable(path: &Path) -> Result<(), SaveError> {
    check_target(path).map(|_| ())
}

fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// Files that must not outlive the process: temporaries being written, and
/// the app's print file. `remove_tracked_files` deletes them when the process
/// is interrupted (main installs it for SIGINT, SIGTERM and SIGHUP), since a
/// killed process runs no destructors.
static TRACKED: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn tracked() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    TRACKED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Keeps `path` on the list `remove_tracked_files` deletes, until dropped.
pub struct Tracked(PathBuf);

impl Tracked {
    pub fn new(path: &Path) -> Self {
        tracked().push(path.to_path_buf());
        Tracked(path.to_path_buf())
    }
}

impl Drop for Tracked {
    fn drop(&mut self) {
        let mut list = tracked();
        if let Some(i) = list.iter().position(|p| *p == self.0) {
            list.swap_remove(i);
        }
    }
}

/// Deletes every tracked file (for an interrupted process; see `TRACKED`).
pub fn remove_tracked_files() {
    for p in tracked().iter() {
        let _ = std::fs::remove_file(p);
    }
}

const TMP_PREFIX: &str = ".goodfaith-";
const TMP_SUFFIX: &str = ".tmp";

/// Removes temporaries that a killed goodfaith left in `dir`. A writer holds
/// an exclusive lock on its temporary for as long as it writes, and the
/// system drops the lock when the process dies, so a temporary that can be
/// locked is abandoned; one that cannot is being written by someone else and
/// is left alone. With this, a directory never holds more than one partial
/// file per write in progress plus the last one killed.
fn remove_abandoned_temporaries(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(TMP_PREFIX) && name.ends_with(TMP_SUFFIX)) {
            continue;
        }
        if !entry.file_type().is_ok_and(|t| t.is_file()) {
            continue;
        }
        let path = entry.path();
        if let Ok(f) = std::fs::File::open(&path)
            && f.try_lock().is_ok()
        {
            let _ = std::fs::remove_file(&path);
        }
    }
}

/// Whether `file` is still what `path` names (a cleaner in another process
/// may have removed it between its creation and our lock).
fn still_named(file: &std::fs::File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), std::fs::symlink_metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        path.exists()
    }
}

/// Saves the matter file at `path` atomically, as `write_atomic` does, but
/// through a symbolic link: the file the link names is replaced (keeping
/// its permissions), and the link stays. A matter kept in a synced or
/// shared folder and opened through a link must get the new entries, not a
/// new file beside the link that the real one never sees (review 347).
/// (A hard link cannot be kept by an atomic save: the renamed file is a
/// new one, and the other name keeps the previous content.)
pub fn write_matter(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    match std::fs::canonicalize(path) {
        Ok(target) if is_link => write_atomic(&target, bytes),
        // Not a link, or one that names nothing: written where it is.
        _ => write_atomic(path, bytes),
    }
}

/// Writes `bytes` to `path` atomically, replacing a regular file (keeping its
/// permissions) or creating a new one; refuses anything else (see `check_target`).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let keep = check_target(path)?;
    let dir = parent(path);
    remove_abandoned_temporaries(dir);
    let mut builder = tempfile::Builder::new();
    builder.prefix(TMP_PREFIX).suffix(TMP_SUFFIX);
    // A temporary file is private (0600) by default; a new document should get
    // the permissions any new file gets (0666 less the umask).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut attempts = 0;
    let mut tmp = loop {
        let tmp = builder
            .tempfile_in(dir)
            .map_err(|e| folder_error(path, dir, &e))?;
        tmp.as_file().lock()?;
        attempts += 1;
        if still_named(tmp.as_file(), tmp.path()) || attempts == 3 {
            break tmp;
        }
    };
    let _tracked = Tracked::new(tmp.path());
    if let Some(perms) = keep {
        tmp.as_file().set_permissions(perms)?;
    }
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Why `dir` would not take a new file, in the user's terms.
fn folder_error(path: &Path, dir: &Path, e: &std::io::Error) -> SaveError {
    let shown = dir.display();
    let why = match e.kind() {
        std::io::ErrorKind::NotFound => format!("the folder {shown} does not exist"),
        std::io::ErrorKind::PermissionDenied => {
            format!("the folder {shown} does not let you save in it (no permission)")
        }
        std::io::ErrorKind::ReadOnlyFilesystem => format!("the folder {shown} is read-only"),
        std::io::ErrorKind::StorageFull => format!("the disk holding {shown} is full"),
        _ => format!("cannot write in the folder {shown}: {}", io_reason(e)),
    };
    SaveError::Folder {
        path: path.display().to_string(),
        why,
    }
}

/// An I/O error's own words, without the path a wrapper appends.
fn io_reason(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" at path ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_folder_is_named_not_the_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("no such folder").join("cert.pdf");
        let e = write_atomic(&target, b"x").expect_err("no folder");
        let said = e.to_string();
        assert!(
            said.contains("the folder") && said.contains("does not exist"),
            "{said}"
        );
        assert!(!said.contains(".goodfaith-"), "{said}");
    }

    #[test]
    fn replaces_the_file_and_leaves_no_temporaries() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("m.json");
        std::fs::write(&p, "old").expect("seed");
        write_atomic(&p, b"new").expect("write");
        assert_eq!(std::fs::read_to_string(&p).expect("read"), "new");
        assert_eq!(std::fs::read_dir(dir.path()).expect("ls").count(), 1);
    }

    /// The process umask, read without changing it (Linux).
    #[cfg(target_os = "linux")]
    fn umask() -> u32 {
        let status = std::fs::read_to_string("/proc/self/status").expect("status");
        let line = status
            .lines()
            .find_map(|l| l.strip_prefix("Umask:"))
            .expect("Umask line");
        u32::from_str_radix(line.trim(), 8).expect("octal")
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_new_file_gets_default_permissions_and_a_replaced_one_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("cert.pdf");
        write_atomic(&p, b"pdf").expect("write");
        assert_eq!(
            std::fs::metadata(&p).expect("meta").permissions().mode() & 0o777,
            0o666 & !umask()
        );
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).expect("chmod");
        write_atomic(&p, b"pdf2").expect("write");
        assert_eq!(
            std::fs::metadata(&p).expect("meta").permissions().mode() & 0o777,
            0o640
        );
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_replaced_link_becomes_a_new_file_and_its_target_is_untouched() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let target = dir.path().join("secret.pdf");
        std::fs::write(&target, "old").expect("seed");
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        let link = dir.path().join("cert.pdf");
        std::os::unix::fs::symlink(&target, &link).expect("symlink");
        write_atomic(&link, b"new").expect("write");
        let meta = std::fs::symlink_metadata(&link).expect("meta");
        assert!(meta.file_type().is_file(), "the link became a file");
        assert_eq!(meta.permissions().mode() & 0o777, 0o666 & !umask());
        assert_eq!(std::fs::read_to_string(&target).expect("read"), "old");
    }

    #[cfg(unix)]
    #[test]
    fn what_is_not_a_regular_file_is_never_replaced() {
        let dir = tempfile::tempdir().expect("tempdir");
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).expect("mkdir");
        let err = write_atomic(&sub, b"x").expect_err("a directory");
        assert!(err.to_string().contains("is a directory"), "{err}");
        assert!(sub.is_dir());

        let fifo = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            let err = write_atomic(&fifo, b"x").expect_err("a FIFO");
            assert!(err.to_string().contains("named pipe"), "{err}");
        }

        let link = dir.path().join("null.pdf");
        std::os::unix::fs::symlink("/dev/null", &link).expect("symlink");
        let err = write_atomic(&link, b"x").expect_err("a link to a device");
        assert!(
            err.to_string().contains("symbolic link to a device"),
            "{err}"
        );
        assert!(
            std::fs::symlink_metadata(&link)
                .expect("meta")
                .file_type()
                .is_symlink()
        );

        let err = write_atomic(Path::new("/dev/null"), b"x").expect_err("/dev");
        assert!(err.to_string().contains("system directory"), "{err}");
        let err = write_atomic(Path::new("/dev/stdout"), b"x").expect_err("/dev");
        assert!(err.to_string().contains("system directory"), "{err}");
        // No temporary file was left behind.
        let left = std::fs::read_dir(dir.path())
            .expect("ls")
            .filter(|e| {
                e.as_ref()
                    .is_ok_and(|e| e.file_name().to_string_lossy().starts_with(".goodfaith-"))
            })
            .count();
        assert_eq!(left, 0);
    }

    #[cfg(unix)]
    #[test]
    fn the_input_under_another_name_is_refused_as_the_output() {
        let dir = tempfile::tempdir().expect("tempdir");
        let input = dir.path().join("m.json");
        std::fs::write(&input, "{}").expect("seed");
        let link = dir.path().join("link.pdf");
        std::os::unix::fs::symlink(&input, &link).expect("symlink");
        let hard = dir.path().join("hard.pdf");
        std::fs::hard_link(&input, &hard).expect("hard link");
        let dotted = dir.path().join(".").join("m.json");
        for out in [&input, &link, &hard, &dotted] {
            let err = refuse_input_as_output(out, &input).expect_err("same file");
            assert!(err.to_string().contains("matter file itself"), "{err}");
        }
        let other = dir.path().join("cert.pdf");
        assert!(refuse_input_as_output(&other, &input).is_ok());
        std::fs::write(&other, "pdf").expect("seed");
        assert!(refuse_input_as_output(&other, &input).is_ok());
    }

    #[test]
    fn an_abandoned_temporary_is_removed_and_one_being_written_is_not() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("cert.pdf");
        // Left by a killed write: nobody holds its lock.
        for i in 0..5 {
            std::fs::write(dir.path().join(format!(".goodfaith-dead{i}.tmp")), "part")
                .expect("seed");
        }
        // Being written by another process: locked.
        let busy = dir.path().join(".goodfaith-busy.tmp");
        let held = std::fs::File::create(&busy).expect("busy");
        held.lock().expect("lock");
        write_atomic(&p, b"pdf").expect("write");
        let mut names: Vec<String> = std::fs::read_dir(dir.path())
            .expect("ls")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, [".goodfaith-busy.tmp", "cert.pdf"]);
    }

    #[test]
    fn a_tracked_file_is_on_the_interrupt_list_until_dropped() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("partial.tmp");
        let t = Tracked::new(&p);
        assert!(tracked().contains(&p));
        drop(t);
        assert!(!tracked().contains(&p));
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
