//! Reading the files a user names (matter files, and pack files given with
//! `--forms`) with bounds: only regular files, no larger than `MAX_INPUT`,
//! read through a bounded reader. `goodfaith check /dev/zero` would otherwise
//! grow until memory runs out, and a named pipe would block forever.

use std::io::Read;
use std::path::Path;

/// The largest file goodfaith reads: 32 MiB. A matter with thousands of log
/// entries is well under 1 MiB; anything near this size is not a matter.
pub const MAX_INPUT: u64 = 32 * 1024 * 1024;

/// Why an input file was not read.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{file}: is {kind}, not a regular file; give the path of a file")]
    NotAFile { file: String, kind: &'static str },
    #[error(
        "{file}: the file is {size} bytes, over the {} MiB limit for an input file",
        MAX_INPUT / (1024 * 1024)
    )]
    TooLarge { file: String, size: u64 },
    #[error("{file}:{line}:{column}: the file is not UTF-8 text")]
    NotUtf8 {
        file: String,
        line: usize,
        column: usize,
    },
    #[error("{file}: cannot read the file: {source}")]
    Io {
        file: String,
        #[source]
        source: std::io::Error,
    },
}

impl InputError {
    /// The message without the file name and location, for errors that give
    /// them in their own way (a pack file's `PackError`).
    pub fn reason(&self) -> String {
        match self {
            InputError::NotAFile { kind, .. } => {
                format!("is {kind}, not a regular file; give the path of a file")
            }
            InputError::TooLarge { size, .. } => format!(
                "the file is {size} bytes, over the {} MiB limit for an input file",
                MAX_INPUT / (1024 * 1024)
            ),
            InputError::NotUtf8 { .. } => "the file is not UTF-8 text".into(),
            InputError::Io { source, .. } => format!("cannot read the file: {source}"),
        }
    }

    /// The line and column where reading stopped, when there is one.
    pub fn location(&self) -> Option<(usize, usize)> {
        match self {
            InputError::NotUtf8 { line, column, .. } => Some((*line, *column)),
            _ => None,
        }
    }
}

/// What a non-regular file is, in words for a message (input, output and
/// import all refuse such files and say what they found).
pub(crate) fn kind(ft: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if ft.is_char_device() || ft.is_block_device() {
            return "a device";
        }
        if ft.is_socket() {
            return "a socket";
        }
    }
    if ft.is_dir() {
        "a directory"
    } else if ft.is_symlink() {
        "a symbolic link"
    } else {
        "something other than a regular file"
    }
}

/// Reads `path` as UTF-8 text, refusing what is not a regular file and files
/// over `MAX_INPUT` before reading them. A leading UTF-8 byte-order mark (some
/// Windows editors write one) is dropped.
pub fn read_text(path: &Path) -> Result<String, InputError> {
    let file = path.display().to_string();
    let io = |source| InputError::Io {
        file: file.clone(),
        source,
    };
    // Checked before opening: opening a FIFO blocks until a writer appears.
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        return Err(InputError::NotAFile {
            file,
            kind: kind(meta.file_type()),
        });
    }
    if meta.len() > MAX_INPUT {
        return Err(InputError::TooLarge {
            file,
            size: meta.len(),
        });
    }
    let f = std::fs::File::open(path).map_err(io)?;
    // The path may have been replaced between the check and the open.
    let opened = f.metadata().map_err(io)?;
    if !opened.is_file() {
        return Err(InputError::NotAFile {
            file,
            kind: kind(opened.file_type()),
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(opened.len().min(MAX_INPUT)).unwrap_or(0));
    f.take(MAX_INPUT + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > MAX_INPUT {
        // It grew while being read.
        return Err(InputError::TooLarge {
            file,
            size: bytes.len() as u64,
        });
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let bytes = e.into_bytes();
        let before = String::from_utf8_lossy(bytes.get(..valid).unwrap_or_default());
        let (line, column) = crate::matter::locate::line_col(&before, before.len());
        InputError::NotUtf8 { file, line, column }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_a_directory_and_a_device_without_reading() {
        let dir = tempfile::tempdir().expect("tempdir");
        let err = read_text(dir.path()).expect_err("directory");
        assert!(err.to_string().contains("is a directory"), "{err}");
        #[cfg(unix)]
        {
            let err = read_text(Path::new("/dev/zero")).expect_err("device");
            assert_eq!(
                err.to_string(),
                "/dev/zero: is a device, not a regular file; give the path of a file"
            );
        }
    }

    #[test]
    fn refuses_a_file_over_the_limit_naming_it() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("big.json");
        let f = std::fs::File::create(&p).expect("create");
        f.set_len(MAX_INPUT + 1).expect("sparse file");
        let err = read_text(&p).expect_err("too large");
        let msg = err.to_string();
        assert!(
            msg.starts_with(&p.display().to_string()) && msg.contains("32 MiB limit"),
            "{msg}"
        );
    }

    #[test]
    fn drops_a_byte_order_mark_and_locates_bad_utf8() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("m.json");
        std::fs::write(&p, b"\xEF\xBB\xBF{}").expect("write");
        assert_eq!(read_text(&p).expect("read"), "{}");
        std::fs::write(&p, b"{\n  \"a\": \"\xFF\"\n}").expect("write");
        let err = read_text(&p).expect_err("not utf-8");
        assert!(
            err.to_string()
                .ends_with("m.json:2:9: the file is not UTF-8 text"),
            "{err}"
        );
    }
}
