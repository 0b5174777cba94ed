//! The files a log entry refers to (its `attachments`: the letters and
//! emails as PDF), read and appended to the exhibit after the chronology with
//! lopdf, each page given the exhibit's running page footer.
//!
//! An attached page keeps its own content, whole and uncovered: it is
//! scaled a little (about 97 %) towards the top of the page as shown, and
//! the footer is drawn in the strip that frees at the bottom. Review 349
//! found the footer's white box painted over a letter's last line and its
//! own page numbers, which are the evidence filed. The page keeps its size,
//! and its content is wrapped in a saved graphics state, clipped to its own
//! box, so nothing it leaves behind (a transformation, a colour) moves the
//! footer.

use std::path::{Path, PathBuf};

use lopdf::content::{Content, Operation};
use lopdf::{Dictionary, Document, Object, ObjectId, Stream, dictionary};

/// An attachment larger than this is refused before it is read (a scanned
/// letter is a few MiB; this guards against a wrong path to a disk image).
pub const MAX_ATTACHMENT_BYTES: u64 = 256 * 1024 * 1024;

/// Why an attachment could not be used. Each names the log entry and the
/// file as the matter gives it, so the user knows which line to fix.
#[derive(Debug, thiserror::Error)]
pub enum AttachError {
    #[error("conferral entry {entry}: attachment {file}: no such file ({path})")]
    Missing {
        entry: String,
        file: String,
        path: String,
    },
    #[error("conferral entry {entry}: attachment {file}: {why}")]
    NotAFile {
        entry: String,
        file: String,
        why: String,
    },
    #[error(
        "conferral entry {entry}: attachment {file}: not a PDF (it does not start with %PDF-); save the letter or email as a PDF and attach that"
    )]
    NotPdf { entry: String, file: String },
    // lopdf repairs no broken cross-reference table, as viewers do: the
    // fix in the user's hands is a fresh copy (review 349).
    #[error(
        "conferral entry {entry}: attachment {file}: the PDF cannot be read ({why}); open it in a PDF viewer, save or print it as a new PDF, and attach that copy"
    )]
    BadPdf {
        entry: String,
        file: String,
        why: String,
    },
    #[error(
        "conferral entry {entry}: attachment {file}: the PDF is password-protected; attach an unprotected copy"
    )]
    Encrypted { entry: String, file: String },
    #[error("conferral entry {entry}: attachment {file}: the PDF has no pages")]
    NoPages { entry: String, file: String },
    #[error("the exhibit could not be assembled: {0}")]
    Merge(String),
}

/// Where an attachment path written in the matter points: absolute paths
/// as they are, relative ones from the matter file's folder (so a matter
/// and its letters can move together).
pub fn resolve(matter_path: Option<&Path>, file: &str) -> PathBuf {
    let p = Path::new(file);
    if p.is_absolute() {
        return p.to_path_buf();
    }
    match matter_path.and_then(Path::parent) {
        Some(dir) if !dir.as_os_str().is_empty() => dir.join(p),
        _ => p.to_path_buf(),
    }
}

/// A read attachment.
pub struct Attachment {
    /// The log entry's id.
    pub entry: String,
    /// The path as the matter writes it.
    pub file: String,
    pub pages: usize,
    doc: Document,
}

/// Reads one attachment of entry `entry`, refusing anything but a readable,
/// unprotected PDF with pages.
pub fn load(entry: &str, file: &str, path: &Path) -> Result<Attachment, AttachError> {
    let (e, f) = (entry.to_string(), file.to_string());
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            return Err(AttachError::Missing {
                entry: e,
                file: f,
                path: path.display().to_string(),
            });
        }
        Err(err) => {
            return Err(AttachError::NotAFile {
                entry: e,
                file: f,
                why: format!("cannot be read: {err}"),
            });
        }
    };
    // A directory, a device or a named pipe is never opened (a pipe would block).
    if !meta.is_file() {
        return Err(AttachError::NotAFile {
            entry: e,
            file: f,
            why: "is not a regular file".into(),
        });
    }
    if meta.len() > MAX_ATTACHMENT_BYTES {
        return Err(AttachError::NotAFile {
            entry: e,
            file: f,
            why: format!(
                "is {} bytes, over the {} MiB limit for an attachment",
                meta.len(),
                MAX_ATTACHMENT_BYTES / 1024 / 1024
            ),
        });
    }
    let bytes = std::fs::read(path).map_err(|err| AttachError::NotAFile {
        entry: e.clone(),
        file: f.clone(),
        why: format!("cannot be read: {err}"),
    })?;
    // An empty file is a broken copy (a download cut short, a failed
    // save), not a Word letter to name as not attached: the chronology
    // would tell the court the recorded letter "is not a PDF" (review 349).
    if bytes.is_empty() {
        return Err(AttachError::NotAFile {
            entry: e,
            file: f,
            why: "is empty (0 bytes), a broken copy; save the letter or email again".into(),
        });
    }
    // The header may follow up to 1024 bytes of junk (PDF 1.7, 7.5.2 note).
    let head = &bytes[..bytes.len().min(1024)];
    if !head.windows(5).any(|w| w == b"%PDF-") {
        return Err(AttachError::NotPdf { entry: e, file: f });
    }
    let doc = Document::load_mem(&bytes).map_err(|err| match err {
        lopdf::Error::Decryption(_) | lopdf::Error::InvalidPassword => AttachError::Encrypted {
            entry: e.clone(),
            file: f.clone(),
        },
        other => AttachError::BadPdf {
            entry: e.clone(),
            file: f.clone(),
            why: other.to_string(),
        },
    })?;
    if doc.is_encrypted() {
        return Err(AttachError::Encrypted { entry: e, file: f });
    }
    let pages = doc.get_pages().len();
    if pages == 0 {
        return Err(AttachError::NoPages { entry: e, file: f });
    }
    Ok(Attachment {
        entry: e,
        file: f,
        pages,
        doc,
    })
}

fn merge_err(e: lopdf::Error) -> AttachError {
    AttachError::Merge(e.to_string())
}

/// Page attributes a page may inherit from its parents in the page tree,
/// copied onto the page itself before it moves to another tree.
const INHERITED: [&[u8]; 4] = [b"Resources", b"MediaBox", b"CropBox", b"Rotate"];

fn page_with_inherited(doc: &Document, id: ObjectId) -> Result<Dictionary, AttachError> {
    let mut page = doc.get_dictionary(id).map_err(merge_err)?.clone();
    let mut parent = page.get(b"Parent").and_then(Object::as_reference).ok();
    let mut depth = 0;
    while let Some(pid) = parent {
        depth += 1;
        if depth > 64 {
            break; // a cycle in a broken page tree
        }
        let Ok(node) = doc.get_dictionary(pid) else {
            break;
        };
        for key in INHERITED {
            if !page.has(key)
                && let Ok(v) = node.get(key)
            {
                page.set(key, v.clone());
            }
        }
        parent = node.get(b"Parent").and_then(Object::as_reference).ok();
    }
    Ok(page)
}

/// An object, following a reference.
fn resolved<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    doc.dereference(o).map(|(_, o)| o).unwrap_or(o)
}

/// The visible box of a page: [left, bottom, right, top].
fn page_box(doc: &Document, page: &Dictionary) -> [f32; 4] {
    for key in [b"CropBox".as_slice(), b"MediaBox"] {
        if let Ok(o) = page.get(key)
            && let Ok(a) = resolved(doc, o).as_array()
        {
            let v: Vec<f32> = a
                .iter()
                .filter_map(|x| resolved(doc, x).as_float().ok())
                .collect();
            if v.len() == 4 {
                return [
                    v[0].min(v[2]),
                    v[1].min(v[3]),
                    v[0].max(v[2]),
                    v[1].max(v[3]),
                ];
            }
        }
    }
    [0.0, 0.0, 612.0, 792.0]
}

/// Width of `text` in Helvetica (measured on Liberation Sans, which has
/// Helvetica's metrics), to centre the footer.
fn helvetica_width(text: &str, size: f32) -> f32 {
    let Ok(face) = ttf_parser::Face::parse(crate::fonts::SANS_REGULAR, 0) else {
        return text.chars().count() as f32 * size * 0.5;
    };
    let units = f32::from(face.units_per_em());
    text.chars()
        .map(|c| {
            face.glyph_index(c)
                .and_then(|g| face.glyph_hor_advance(g))
                .map_or(size * 0.5, |a| f32::from(a) / units * size)
        })
        .sum()
}

/// The footer text in the standard font's encoding: anything outside
/// printable ASCII (a file name's accents) becomes "?" rather than garbage.
fn ascii(s: &str) -> String {
    s.chars()
        .map(|c| if (' '..='~').contains(&c) { c } else { '?' })
        .collect()
}

const FOOTER_FONT: &str = "GoodfaithExhibitFooter";
const FOOTER_SIZE: f32 = 9.0;

/// The footer text shortened, from its end, with "..." to fit `room`
/// points: the page number comes first and always stays; a long attachment
/// file name is cut (review 347: "Exhibit page N of M" was pushed off both
/// edges of the page by a realistic file name).
fn fitted(label: &str, room: f32) -> String {
    if helvetica_width(label, FOOTER_SIZE) <= room {
        return label.to_string();
    }
    let mut kept: String = label.to_string();
    while !kept.is_empty() && helvetica_width(&format!("{kept}..."), FOOTER_SIZE) > room {
        kept.pop();
    }
    format!("{}...", kept.trim_end())
}

/// The page as it is shown and printed: its width and height, and the
/// matrix (`cm`) from that upright view to the page's own space. A page
/// with `/Rotate` (a scanned letter, a fax) is shown turned clockwise by
/// that many degrees, so the footer is drawn in the turned view, at the
/// bottom as the reader sees it, not along a side edge (review 347).
fn upright(bx: [f32; 4], rotate: i64) -> (f32, f32, [f32; 6]) {
    let [x0, y0, x1, y1] = bx;
    let (w, h) = (x1 - x0, y1 - y0);
    match rotate.rem_euclid(360) {
        90 => (h, w, [0.0, 1.0, -1.0, 0.0, x1, y0]),
        180 => (w, h, [-1.0, 0.0, 0.0, -1.0, x1, y1]),
        270 => (h, w, [0.0, -1.0, 1.0, 0.0, x0, y1]),
        _ => (w, h, [1.0, 0.0, 0.0, 1.0, x0, y0]),
    }
}

/// The height of the strip freed for the footer at the bottom of the page
/// as shown, in points.
const STRIP: f32 = 24.0;

/// What comes before the page's own content: a saved graphics state, the
/// page scaled towards the middle of its top edge as shown so that a strip
/// of `STRIP` points is free at its bottom as shown, and a clip to the
/// page's own box (so nothing it drew outside that box shows in the strip).
/// A uniform scale about a point commutes with the page's rotation, so the
/// point is found in the upright view and taken to the page's own space.
fn shrink_ops(bx: [f32; 4], rotate: i64) -> Result<Vec<u8>, AttachError> {
    let [x0, y0, x1, y1] = bx;
    let ops = vec![
        Operation::new("q", vec![]),
        Operation::new(
            "cm",
            shrink_matrix(bx, rotate)
                .iter()
                .map(|&v| v.into())
                .collect(),
        ),
        Operation::new(
            "re",
            vec![x0.into(), y0.into(), (x1 - x0).into(), (y1 - y0).into()],
        ),
        Operation::new("W", vec![]),
        Operation::new("n", vec![]),
    ];
    Content { operations: ops }.encode().map_err(merge_err)
}

/// `shrink_ops`' matrix: a uniform scale about the middle of the page's
/// top edge as shown.
fn shrink_matrix(bx: [f32; 4], rotate: i64) -> [f32; 6] {
    let (width, height, m) = upright(bx, rotate);
    let s = if height > 4.0 * STRIP {
        (height - STRIP) / height
    } else {
        0.75
    };
    let (u, v) = (width / 2.0, height);
    let (px, py) = (m[0] * u + m[2] * v + m[4], m[1] * u + m[3] * v + m[5]);
    [s, 0.0, 0.0, s, px * (1.0 - s), py * (1.0 - s)]
}

fn footer_ops(label: &str, bx: [f32; 4], rotate: i64) -> Result<Vec<u8>, AttachError> {
    let (width, _, matrix) = upright(bx, rotate);
    // Inside the page with a margin of half an inch a side, or a tenth of
    // a very small page.
    let margin = (width * 0.1).min(36.0);
    let label = fitted(&ascii(label), width - 2.0 * margin);
    let w = helvetica_width(&label, FOOTER_SIZE);
    let x = (width - w) / 2.0;
    // In the strip `shrink_ops` freed, clear of the page's own content.
    let y = (STRIP - FOOTER_SIZE) / 2.0;
    let ops = vec![
        Operation::new("Q", vec![]),
        Operation::new("q", vec![]),
        Operation::new("cm", matrix.iter().map(|&v| v.into()).collect()),
        Operation::new("BT", vec![]),
        Operation::new("rg", vec![0.into(), 0.into(), 0.into()]),
        Operation::new("Tf", vec![FOOTER_FONT.into(), FOOTER_SIZE.into()]),
        Operation::new("Td", vec![x.into(), y.into()]),
        Operation::new("Tj", vec![Object::string_literal(label)]),
        Operation::new("ET", vec![]),
        Operation::new("Q", vec![]),
    ];
    Content { operations: ops }.encode().map_err(merge_err)
}

/// Appends the attachments' pages to `base` (the chronology's PDF), in
/// order, giving the n-th appended page the n-th of `labels` as its footer.
pub fn append(
    base: &[u8],
    attachments: Vec<Attachment>,
    labels: &[String],
) -> Result<Vec<u8>, AttachError> {
    let mut doc = Document::load_mem(base).map_err(merge_err)?;
    let pages_id = doc
        .catalog()
        .and_then(|c| c.get(b"Pages"))
        .and_then(Object::as_reference)
        .map_err(merge_err)?;
    let mut kids: Vec<Object> = doc
        .get_dictionary(pages_id)
        .and_then(|d| d.get(b"Kids"))
        .and_then(Object::as_array)
        .map_err(merge_err)?
        .clone();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let mut labels = labels.iter();
    for mut a in attachments {
        a.doc.renumber_objects_with(doc.max_id + 1);
        let page_ids: Vec<ObjectId> = a.doc.get_pages().into_values().collect();
        let mut pages = Vec::with_capacity(page_ids.len());
        for id in &page_ids {
            let mut page = page_with_inherited(&a.doc, *id)?;
            let bx = page_box(&a.doc, &page);
            // The page's own resources, with the footer's font added.
            let mut resources = match page.get(b"Resources") {
                Ok(o) => resolved(&a.doc, o).as_dict().cloned().unwrap_or_default(),
                Err(_) => Dictionary::new(),
            };
            let mut fonts = match resources.get(b"Font") {
                Ok(o) => resolved(&a.doc, o).as_dict().cloned().unwrap_or_default(),
                Err(_) => Dictionary::new(),
            };
            fonts.set(FOOTER_FONT, font_id);
            resources.set("Font", fonts);
            page.set("Resources", resources);
            page.set("Parent", pages_id);
            let label = labels.next().map(String::as_str).unwrap_or("");
            let rotate = page
                .get(b"Rotate")
                .ok()
                .map(|o| resolved(&a.doc, o))
                .and_then(|o| o.as_i64().ok())
                .unwrap_or(0);
            pages.push((*id, page, bx, rotate, label.to_string()));
        }
        let max = a.doc.max_id;
        for (id, obj) in a.doc.objects {
            let skip = matches!(
                obj.type_name(),
                Ok(b"Catalog") | Ok(b"Pages") | Ok(b"Outlines") | Ok(b"Outline")
            );
            if !skip {
                doc.objects.insert(id, obj);
            }
        }
        doc.max_id = doc.max_id.max(max);
        for (id, mut page, bx, rotate, label) in pages {
            let mut contents: Vec<Object> = match page.get(b"Contents") {
                Ok(Object::Reference(r)) => vec![Object::Reference(*r)],
                Ok(Object::Array(arr)) => arr.clone(),
                _ => vec![],
            };
            let save = doc.add_object(Stream::new(Dictionary::new(), shrink_ops(bx, rotate)?));
            let footer = doc.add_object(Stream::new(
                Dictionary::new(),
                footer_ops(&label, bx, rotate)?,
            ));
            contents.insert(0, Object::Reference(save));
            contents.push(Object::Reference(footer));
            page.set("Contents", contents);
            doc.objects.insert(id, Object::Dictionary(page));
            kids.push(Object::Reference(id));
        }
    }
    let count = kids.len() as i64;
    let root = doc
        .get_object_mut(pages_id)
        .and_then(Object::as_dict_mut)
        .map_err(merge_err)?;
    root.set("Kids", kids);
    root.set("Count", count);
    doc.prune_objects();
    doc.compress();
    let mut out = Vec::new();
    doc.save_to(&mut out)
        .map_err(|e| AttachError::Merge(e.to_string()))?;
    Ok(out)
}

#[cfg(test)]
mod footer_tests {
    use super::{FOOTER_SIZE, STRIP, fitted, helvetica_width, shrink_matrix, upright};

    /// The page's content, scaled, leaves the strip at the bottom of the
    /// page as shown free for the footer, whatever its rotation, and keeps
    /// its top edge where it was (review 349: the footer's box covered the
    /// letter's own last line).
    #[test]
    fn the_content_frees_a_strip_at_the_bottom_as_shown() {
        let bx = [0.0, 0.0, 612.0, 792.0];
        let at =
            |m: [f32; 6], x: f32, y: f32| (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]);
        let near = |a: f32, b: f32| (a - b).abs() < 0.01;
        for rotate in [0, 90, 180, 270] {
            // The content's corners, scaled, into the upright view.
            let m = shrink_matrix(bx, rotate);
            let (w, h, up) = upright(bx, rotate);
            let inverse = |(x, y): (f32, f32)| {
                // `up` is a rotation and a shift: undo the shift, then turn back.
                let (dx, dy) = (x - up[4], y - up[5]);
                (up[0] * dx + up[1] * dy, up[2] * dx + up[3] * dy)
            };
            let shown: Vec<(f32, f32)> = [(0.0, 0.0), (612.0, 0.0), (0.0, 792.0), (612.0, 792.0)]
                .into_iter()
                .map(|(x, y)| inverse(at(m, x, y)))
                .collect();
            let bottom = shown.iter().map(|p| p.1).fold(f32::MAX, f32::min);
            let top = shown.iter().map(|p| p.1).fold(f32::MIN, f32::max);
            let (left, right) = (
                shown.iter().map(|p| p.0).fold(f32::MAX, f32::min),
                shown.iter().map(|p| p.0).fold(f32::MIN, f32::max),
            );
            assert!(near(bottom, STRIP), "{rotate}: bottom {bottom}");
            assert!(near(top, h), "{rotate}: top {top}");
            assert!(left > 0.0 && right < w && near(left, w - right), "{rotate}");
        }
    }

    #[test]
    fn a_long_file_name_is_cut_so_the_page_number_stays_on_the_page() {
        let label = "Exhibit page 2 of 5 - entry e1: 2026-02-20 Letter from Jane Roe to John Doe re deficiencies in Defendant Acme Freight Corp responses to Plaintiff First Set of Interrogatories and Requests for Production (final signed version).pdf";
        let room = 612.0 - 72.0;
        let fit = fitted(label, room);
        assert!(fit.starts_with("Exhibit page 2 of 5 - entry e1: 2026-02-20 Letter"));
        assert!(fit.ends_with("..."), "{fit}");
        assert!(helvetica_width(&fit, FOOTER_SIZE) <= room);
        assert_eq!(fitted("Exhibit page 2 of 5", room), "Exhibit page 2 of 5");
    }

    /// The footer's place in the upright view (centre, 18 points up) lands
    /// at the bottom edge of the page as shown, for every rotation.
    #[test]
    fn the_footer_sits_at_the_bottom_of_the_page_as_shown_whatever_its_rotate() {
        let bx = [0.0, 0.0, 612.0, 792.0];
        let at =
            |m: [f32; 6], u: f32, v: f32| (m[0] * u + m[2] * v + m[4], m[1] * u + m[3] * v + m[5]);
        // Rotate 0: the bottom of the page.
        let (w, h, m) = upright(bx, 0);
        assert_eq!((w, h), (612.0, 792.0));
        assert_eq!(at(m, w / 2.0, 18.0), (306.0, 18.0));
        // Rotate 90 (shown turned clockwise): its bottom is the page's right edge.
        let (w, h, m) = upright(bx, 90);
        assert_eq!((w, h), (792.0, 612.0));
        assert_eq!(at(m, w / 2.0, 18.0), (594.0, 396.0));
        // Rotate 180: the page's top edge.
        let (w, _, m) = upright(bx, 180);
        assert_eq!(at(m, w / 2.0, 18.0), (306.0, 774.0));
        // Rotate 270 (-90): the page's left edge.
        let (w, _, m) = upright(bx, -90);
        assert_eq!(at(m, w / 2.0, 18.0), (18.0, 396.0));
    }
}
