//! What `check` and `render` agree to read and to write: `render` never
//! replaces its own input nor anything that is not a regular file, `-o -`
//! writes to standard output, and only regular files of bounded size are read.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on broken setup

mod common;

use std::path::Path;

use common::*;

const TODAY: &str = "2026-03-20";

fn render(matter: &Path, output: &str) -> std::process::Output {
    goodfaith(&[
        "render",
        matter.to_str().unwrap(),
        "-o",
        output,
        "--today",
        TODAY,
    ])
}

#[test]
fn render_refuses_to_write_over_its_own_input_by_any_name() {
    let dir = tempfile::tempdir().unwrap();
    let matter = temp_matter(&dir, "m.json", VALID);
    let link = dir.path().join("link.pdf");
    std::os::unix::fs::symlink(&matter, &link).unwrap();
    let dotted = dir.path().join(".").join("m.json");
    for out in [&matter, &dotted, &link] {
        let o = render(&matter, out.to_str().unwrap());
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{}: {err}", out.display());
        assert!(err.contains("is the matter file itself"), "{err}");
        assert_eq!(std::fs::read_to_string(&matter).unwrap(), VALID);
    }
    // Relative to the working directory, too.
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_goodfaith"))
        .current_dir(dir.path())
        .args(["render", "m.json", "-o", "./m.json", "--today", TODAY])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&matter).unwrap(), VALID);
}

#[test]
fn dash_writes_the_certificate_text_to_standard_output_and_the_pdf_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let matter = temp_matter(&dir, "m.json", VALID);
    let o = render(&matter, "-");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("Case No. 2:26-cv-01234"), "{text}");
    assert!(
        text.contains("/s/ Jane Roe") || text.contains("Jane Roe"),
        "{text}"
    );
    assert!(
        stderr(&o).contains("wrote the certificate text to standard output"),
        "{}",
        stderr(&o)
    );
    assert!(!dir.path().join("-").exists());

    let o = goodfaith(&[
        "render",
        matter.to_str().unwrap(),
        "-o",
        "-",
        "--format",
        "pdf",
        "--today",
        TODAY,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stdout.starts_with(b"%PDF-"), "stdout holds the PDF");
    assert!(stderr(&o).contains("1 page"), "{}", stderr(&o));
}

#[test]
fn render_never_replaces_a_device_a_directory_or_a_pipe() {
    let dir = tempfile::tempdir().unwrap();
    let matter = temp_matter(&dir, "m.json", VALID);
    for out in ["/dev/null", "/dev/stdout"] {
        let o = render(&matter, out);
        assert_eq!(o.status.code(), Some(2), "{out}: {}", stderr(&o));
        assert!(stderr(&o).contains("system directory"), "{}", stderr(&o));
    }
    let o = render(&matter, dir.path().to_str().unwrap());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("is a directory"), "{}", stderr(&o));
    let link = dir.path().join("null.pdf");
    std::os::unix::fs::symlink("/dev/null", &link).unwrap();
    let o = render(&matter, link.to_str().unwrap());
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("symbolic link to a device"),
        "{}",
        stderr(&o)
    );
    let fifo = dir.path().join("pipe.pdf");
    if std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success())
    {
        let o = render(&matter, fifo.to_str().unwrap());
        assert_eq!(o.status.code(), Some(2));
        assert!(stderr(&o).contains("named pipe"), "{}", stderr(&o));
    }
}

#[test]
fn only_regular_files_of_bounded_size_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let check = |p: &Path| goodfaith(&["check", p.to_str().unwrap(), "--today", TODAY]);

    let o = check(Path::new("/dev/zero"));
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("/dev/zero: is a device, not a regular file"),
        "{}",
        stderr(&o)
    );

    let o = check(dir.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("is a directory"), "{}", stderr(&o));

    let fifo = dir.path().join("pipe.json");
    if std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success())
    {
        // Returns at once instead of waiting for a writer.
        let o = check(&fifo);
        assert_eq!(o.status.code(), Some(2));
        assert!(stderr(&o).contains("named pipe (FIFO)"), "{}", stderr(&o));
    }

    let big = dir.path().join("big.json");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(goodfaith::input::MAX_INPUT + 1)
        .unwrap();
    let o = check(&big);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains(&big.display().to_string()) && err.contains("32 MiB limit"),
        "{err}"
    );
}
