//! The text layer of a PDF, as a reader of the page sees it: each page's lines in the order the
//! page draws them, a blank line where a paragraph's spacing parts two lines, footnote markers
//! raised above the line as superscript digits, and a page break between pages. Files that hold
//! no text (scans), encrypted and damaged files are refused with the reason.
//!
//! The output is plain text in the shape of the text extracted from the official PDFs, so that
//! one parser (`comity-documents`) reads both; page furniture is left in, marked by what it says.
#![forbid(unsafe_code)]

mod bidi;
mod content;
mod fonts;
mod layout;

use lopdf::{Document, ObjectId};

use content::page_runs;
use fonts::FontCache;
use layout::lay_out;

/// The largest page content stream or font program decompressed (a zip bomb stops here).
const MAX_STREAM: usize = 64 << 20;
/// Form XObjects inside Form XObjects: deeper than this is refused as damaged.
const MAX_FORM_DEPTH: usize = 8;

/// Why a PDF's text could not be read. Nothing is partly returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    #[error("the file is not a PDF (it does not begin with %PDF-)")]
    NotPdf,
    #[error("the PDF is damaged and cannot be read ({0}); download it again")]
    Damaged(String),
    #[error("the PDF is cut short (no %%EOF at its end); download it again")]
    Truncated,
    #[error("the PDF is encrypted; give a copy saved without a password")]
    Encrypted,
    #[error("the PDF has no pages")]
    NoPages,
    #[error("the PDF has no text layer (a scan?); give the official PDF or its text")]
    NoText,
}

/// The text of every page, pages parted by an empty line and a form feed.
pub fn text(bytes: &[u8]) -> Result<String, PdfError> {
    Ok(pages(bytes)?.join("\n\u{c}"))
}

/// The text of each page, in order.
pub fn pages(bytes: &[u8]) -> Result<Vec<String>, PdfError> {
    let start = bytes.windows(5).take(1024).position(|w| w == b"%PDF-").ok_or(PdfError::NotPdf)?;
    // A download cut short has no end-of-file marker; lopdf would rebuild what it can of it.
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    if !tail.windows(5).any(|w| w == b"%%EOF") {
        return Err(PdfError::Truncated);
    }
    let doc = Document::load_mem(&bytes[start..]).map_err(|e| {
        let message = e.to_string();
        if message.to_lowercase().contains("encrypt") || message.to_lowercase().contains("password") {
            PdfError::Encrypted
        } else {
            PdfError::Damaged(message)
        }
    })?;
    if doc.is_encrypted() || doc.trailer.get(b"Encrypt").is_ok() {
        return Err(PdfError::Encrypted);
    }
    let page_ids: Vec<ObjectId> = doc.get_pages().into_values().collect();
    if page_ids.is_empty() {
        return Err(PdfError::NoPages);
    }
    let mut fonts = FontCache::default();
    let mut out = Vec::with_capacity(page_ids.len());
    for id in page_ids {
        let runs = page_runs(&doc, id, &mut fonts)?;
        out.push(lay_out(runs));
    }
    if out.iter().all(|p| p.trim().is_empty()) {
        return Err(PdfError::NoText);
    }
    Ok(out)
}

/// Parts the glyphs of right-to-left runs until their order is settled.
const GLYPH: &str = "\u{1f}";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_not_a_pdf_is_refused() {
        assert_eq!(text(b"The General Assembly,"), Err(PdfError::NotPdf));
        assert_eq!(text(b"%PDF-1.7\n1 0 obj <<"), Err(PdfError::Truncated));
        assert!(matches!(text(b"%PDF-1.7\n1 0 obj <<\n%%EOF\n"), Err(PdfError::Damaged(_) | PdfError::NoPages)));
    }
}
