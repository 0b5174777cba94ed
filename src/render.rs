//! From a matter to certificate pages and PDF bytes: the one path the CLI and
//! the app share, so the preview and the filed PDF cannot differ.

use jiff::civil::Date;

use crate::certificate::{Certificate, compose};
use crate::court::{CourtPack, Registry};
use crate::layout::{LayoutOptions, Metrics, Page, layout};
use crate::matter::Matter;
use crate::pdf::{PdfError, PdfInfo, write_pdf};

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("court {court} names certificate template \"{template}\", which does not exist")]
    NoTemplate { court: String, template: String },
    #[error("the built-in fonts could not be read")]
    Fonts,
    #[error(transparent)]
    Pdf(#[from] PdfError),
    #[error("the Word document could not be written: {0}")]
    Docx(String),
}

/// A composed and laid-out certificate.
pub struct Rendered {
    pub certificate: Certificate,
    pub pages: Vec<Page>,
    /// Characters the certificate's font cannot draw (they would be blank in
    /// the PDF): the user must be told before filing.
    pub missing_glyphs: Vec<char>,
}

/// The characters laid out on `pages` that the font cannot draw: blank in
/// the PDF. The certificate refuses to render them unless a draft; the
/// letter and the exhibit, which the checker never sees, warn.
pub fn missing_glyphs(pages: &[Page], metrics: &Metrics) -> Vec<char> {
    let mut missing: Vec<char> = Vec::new();
    for page in pages {
        for item in &page.items {
            if let crate::layout::Item::Text { text, style, .. } = item
                && !metrics.covers(text, *style)
            {
                for c in text.chars() {
                    if !c.is_whitespace()
                        && !metrics.covers(&c.to_string(), *style)
                        && !missing.contains(&c)
                    {
                        missing.push(c);
                    }
                }
            }
        }
    }
    missing
}

/// Composes and lays out the certificate.
pub fn render_pages(
    m: &Matter,
    registry: &Registry,
    pack: &CourtPack,
    today: Date,
    metrics: &Metrics,
    draft: bool,
) -> Result<Rendered, RenderError> {
    let template = registry
        .template_for(pack)
        .ok_or_else(|| RenderError::NoTemplate {
            court: pack.id.clone(),
            template: pack.certificate.clone(),
        })?;
    let certificate = compose(m, pack, template, today);
    let pages = layout(
        &certificate.blocks,
        metrics,
        &LayoutOptions {
            draft,
            ..LayoutOptions::default()
        },
    );
    let missing_glyphs = missing_glyphs(&pages, metrics);
    Ok(Rendered {
        certificate,
        pages,
        missing_glyphs,
    })
}

/// The PDF's document information for a matter.
pub fn pdf_info(m: &Matter, r: &Rendered, created: &jiff::Zoned) -> PdfInfo {
    let case = m.caption.case_number.trim();
    let title = if case.is_empty() {
        r.certificate.title.clone()
    } else {
        format!("{} \u{2014} Case No. {case}", r.certificate.title)
    };
    let author = m
        .counsel
        .iter()
        .find(|c| m.side_of(&c.id) == Some(m.motion.movant))
        .map(|c| c.name.clone())
        .unwrap_or_default();
    let subject = if m.motion.title.trim().is_empty() {
        m.motion.kind.label().to_string()
    } else {
        m.motion.title.trim().to_string()
    };
    PdfInfo {
        title,
        author,
        subject,
        created: created.clone(),
    }
}

/// Renders the certificate straight to PDF bytes.
pub fn render_pdf(
    m: &Matter,
    registry: &Registry,
    pack: &CourtPack,
    today: Date,
    draft: bool,
    created: &jiff::Zoned,
) -> Result<(Vec<u8>, Rendered), RenderError> {
    let metrics = Metrics::new().ok_or(RenderError::Fonts)?;
    let r = render_pages(m, registry, pack, today, &metrics, draft)?;
    let bytes = write_pdf(&r.pages, &pdf_info(m, &r, created))?;
    Ok((bytes, r))
}

/// Renders the certificate in `format`: the PDF, or the same composed
/// blocks as a Word document or as plain text. Every format comes from the
/// one composition, so none can say what the others do not.
pub fn render_certificate(
    m: &Matter,
    registry: &Registry,
    pack: &CourtPack,
    today: Date,
    draft: bool,
    created: &jiff::Zoned,
    format: crate::export::Format,
) -> Result<(Vec<u8>, Rendered), RenderError> {
    use crate::export::Format;
    let metrics = Metrics::new().ok_or(RenderError::Fonts)?;
    let r = render_pages(m, registry, pack, today, &metrics, draft)?;
    let bytes = match format {
        Format::Pdf => write_pdf(&r.pages, &pdf_info(m, &r, created))?,
        Format::Docx => crate::export::docx::to_docx(
            &r.certificate.blocks,
            &crate::export::docx::DocxOptions {
                draft,
                highlight_placeholders: false,
            },
        )
        .map_err(|e| match e {
            crate::export::ExportError::Docx(why) => RenderError::Docx(why),
            other => RenderError::Docx(other.to_string()),
        })?,
        Format::Txt => crate::export::text::to_text(&r.certificate.blocks, draft).into_bytes(),
    };
    Ok((bytes, r))
}
