//! Printing: the rendered PDF goes to the system printer through CUPS (`lp`)
//! when it is installed, otherwise it opens in the system's PDF viewer. The
//! user is told which happened.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A printed PDF on disk: private to the user (0600) under an unpredictable
/// name in the temporary folder, and removed when dropped, or by the
/// interrupt handler if the app is killed first.
pub struct PrintFile {
    path: tempfile::TempPath,
    _tracked: crate::save::Tracked,
}

impl PrintFile {
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Writes `bytes` to a new private temporary PDF.
pub fn private_pdf(bytes: &[u8]) -> std::io::Result<PrintFile> {
    use std::io::Write;
    let mut f = tempfile::Builder::new()
        .prefix("goodfaith-certificate-")
        .suffix(".pdf")
        .tempfile()?;
    f.write_all(bytes)?;
    f.as_file().sync_all()?;
    let path = f.into_temp_path();
    let tracked = crate::save::Tracked::new(&path);
    Ok(PrintFile {
        path,
        _tracked: tracked,
    })
}

/// What printing did, in words for the status line.
pub fn print_pdf(pdf: &Path) -> Result<String, String> {
    print_with(pdf, find_in_path("lp").map(Command::new), system_viewer())
}

/// How a PDF is handed to the desktop's viewer where the answer can be
/// trusted. On Linux and the BSDs that is `xdg-open`, run and waited for:
/// the `opener` crate only starts it, so it reported success on machines with
/// no viewer at all. Elsewhere `None`: the system opener (Launch Services,
/// the Windows shell) reports its own failures through `opener`.
fn system_viewer() -> Option<Command> {
    if cfg!(any(target_os = "windows", target_os = "macos")) {
        None
    } else {
        Some(Command::new("xdg-open"))
    }
}

/// How long to wait for the viewer launcher to fail. `xdg-open` returns at
/// once when it hands the file to the desktop and fails at once when it finds
/// no viewer; without a desktop it may run the viewer itself and not return,
/// which means a viewer is open.
const VIEWER_VERDICT: std::time::Duration = std::time::Duration::from_secs(2);

/// Prints with the given `lp` command (the PDF is its last argument), or
/// opens the viewer (`viewer`, else the system opener) when there is none.
fn print_with(pdf: &Path, lp: Option<Command>, viewer: Option<Command>) -> Result<String, String> {
    if let Some(mut lp) = lp {
        let out = lp
            .arg(pdf)
            .output()
            .map_err(|e| format!("could not run lp: {e}"))?;
        if out.status.success() {
            let said = String::from_utf8_lossy(&out.stdout).trim().to_string();
            return Ok(if said.is_empty() {
                "Sent to the default printer (lp).".into()
            } else {
                format!("Sent to the printer: {said}")
            });
        }
        let err = String::from_utf8_lossy(&out.stderr).trim().to_string();
        return Err(format!("The printer system (lp) refused the job: {err}"));
    }
    let no_viewer = |why: String| {
        format!(
            "No printer system (CUPS lp) was found, and no PDF viewer could be opened ({why}). \
             Export the PDF (Ctrl+E) and print it from a PDF viewer."
        )
    };
    match viewer {
        Some(viewer) => open_and_wait(viewer, pdf).map_err(no_viewer)?,
        None => opener::open(pdf).map_err(|e| no_viewer(e.to_string()))?,
    }
    Ok(format!(
        "No printer system (CUPS lp) was found, so the certificate opened in your PDF viewer ({}); print it from there.",
        pdf.display()
    ))
}

/// Runs the viewer launcher on `pdf` and waits up to `VIEWER_VERDICT` for it
/// to fail.
fn open_and_wait(mut viewer: Command, pdf: &Path) -> Result<(), String> {
    use std::process::Stdio;
    let name = viewer.get_program().to_string_lossy().into_owned();
    let mut child = viewer
        .arg(pdf)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => format!("{name} is not installed"),
            _ => format!("{name}: {e}"),
        })?;
    let started = std::time::Instant::now();
    while started.elapsed() < VIEWER_VERDICT {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => return Ok(()),
            Ok(Some(status)) => {
                return Err(format!(
                    "{name} found no application for PDF files: {status}"
                ));
            }
            Ok(None) => std::thread::sleep(std::time::Duration::from_millis(25)),
            Err(e) => return Err(format!("{name}: {e}")),
        }
    }
    // Still running: it is showing the file. Reap it when it ends.
    std::thread::spawn(move || child.wait());
    Ok(())
}

fn find_in_path(program: &str) -> Option<PathBuf> {
    let paths = std::env::var_os("PATH")?;
    std::env::split_paths(&paths)
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    /// A stand-in `lp`: a script run by `sh`, never executed itself. (A
    /// freshly written executable can fail with "Text file busy" when another
    /// test thread forks while its write handle is open.)
    #[allow(clippy::expect_used)] // test set-up
    fn fake_lp(dir: &Path, body: &str) -> Command {
        let p = dir.join("lp");
        std::fs::write(&p, format!("{body}\n")).expect("write script");
        let mut lp = Command::new("sh");
        lp.arg(p);
        lp
    }

    #[test]
    fn sends_the_pdf_to_cups_and_says_so() {
        let dir = tempfile::tempdir().expect("tempdir");
        let pdf = dir.path().join("cert.pdf");
        std::fs::write(&pdf, b"%PDF-1.3").expect("pdf");
        let printed = dir.path().join("printed.pdf");
        let lp = fake_lp(
            dir.path(),
            &format!(
                "cp \"$1\" '{}'; echo 'request id is office-7 (1 file(s))'",
                printed.display()
            ),
        );
        let said = print_with(&pdf, Some(lp), None).expect("printed");
        assert_eq!(
            said,
            "Sent to the printer: request id is office-7 (1 file(s))"
        );
        assert_eq!(
            std::fs::read(&printed).expect("lp got the file"),
            b"%PDF-1.3"
        );
    }

    #[test]
    fn the_print_file_is_private_and_removed_when_dropped() {
        let f = private_pdf(b"%PDF-1.3").expect("written");
        let path = f.path().to_path_buf();
        let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
        assert_eq!(mode & 0o077, 0, "no access for others: {mode:o}");
        drop(f);
        assert!(!path.exists());
    }

    #[test]
    fn a_refused_job_is_reported() {
        let dir = tempfile::tempdir().expect("tempdir");
        let pdf = dir.path().join("cert.pdf");
        std::fs::write(&pdf, b"%PDF-1.3").expect("pdf");
        let lp = fake_lp(
            dir.path(),
            "echo 'lp: Error - no default destination available.' >&2; exit 1",
        );
        let err = print_with(&pdf, Some(lp), None).expect_err("refused");
        assert!(
            err.contains("refused the job") && err.contains("no default destination"),
            "{err}"
        );
    }

    #[test]
    fn without_cups_a_machine_with_no_pdf_viewer_says_so() {
        let dir = tempfile::tempdir().expect("tempdir");
        let pdf = dir.path().join("cert.pdf");
        std::fs::write(&pdf, b"%PDF-1.3").expect("pdf");
        // xdg-open's answer when no application handles PDF files.
        let viewer = fake_lp(dir.path(), "exit 3");
        let err = print_with(&pdf, None, Some(viewer)).expect_err("no viewer");
        assert!(
            err.contains("no PDF viewer could be opened") && err.contains("Export the PDF"),
            "{err}"
        );
        let viewer = fake_lp(dir.path(), "exit 0");
        let said = print_with(&pdf, None, Some(viewer)).expect("opened");
        assert!(said.contains("opened in your PDF viewer"), "{said}");
        let missing = Command::new(dir.path().join("no-such-xdg-open"));
        let err = print_with(&pdf, None, Some(missing)).expect_err("no launcher");
        assert!(
            err.contains("no PDF viewer could be opened") && err.contains("is not installed"),
            "{err}"
        );
    }
}
