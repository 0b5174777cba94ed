//! Printing: the rendered PDF goes to the system printer through CUPS (`lp`)
//! when it is installed, otherwise it opens in the system's PDF viewer. The
//! user is told which happened.

use std::path::Path;
use std::process::Command;

/// What printing did, in words for the status line.
pub fn print_pdf(pdf: &Path) -> Result<String, String> {
    if which("lp") {
        let out = Command::new("lp")
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
    opener::open(pdf).map_err(|e| {
        format!(
            "No printer system (CUPS lp) was found, and the PDF viewer could not be opened: {e}"
        )
    })?;
    Ok(format!(
        "No printer system (CUPS lp) was found, so the certificate opened in your PDF viewer ({}); print it from there.",
        pdf.display()
    ))
}

fn which(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}
