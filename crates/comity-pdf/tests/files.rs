//! PDFs written here by hand, each the smallest of its kind: text in two paragraphs with a
//! raised footnote marker, a page with no text (a scan), an encrypted file, a damaged one.

use comity_pdf::{PdfError, pages, text};

/// A PDF of the given objects (numbered from 1; the first is the catalog), with a correct
/// cross-reference table and `trailer_extra` added to the trailer.
fn pdf(objects: &[String], trailer_extra: &str) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend(
        format!("trailer\n<< /Size {} /Root 1 0 R {trailer_extra}>>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1)
            .as_bytes(),
    );
    out
}

fn one_page(content: &str) -> Vec<String> {
    vec![
        "<< /Type /Catalog /Pages 2 0 R >>".into(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".into(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
            .into(),
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 \
         /Widths [278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 \
         556 278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 556 833 722 778 667 778 722 667 \
         611 722 667 944 667 667 611 278 278 278 469 556 333 556 556 500 556 556 278 556 556 222 222 500 222 833 556 \
         556 556 556 333 500 278 556 500 722 500 500 500 334 260 334 584] >>"
            .into(),
    ]
}

#[test]
fn lines_paragraphs_and_raised_markers() {
    // Two lines of one paragraph, a paragraph's spacing, then a line with a marker raised in
    // smaller type, and a word drawn on its own further along the same baseline.
    let content = "BT /F1 10 Tf 72 700 Td (The General Assembly,) Tj ET \
                   BT /F1 10 Tf 72 676 Td (Recalling its resolution 70/237 of) Tj 0 -12 Td (23 December 2015,) Tj ET \
                   BT /F1 10 Tf 72 640 Td (Taking note of the report) Tj ET \
                   BT /F1 6 Tf 195 644 Td (1) Tj ET \
                   BT /F1 10 Tf 220 640 Td (and) Tj ET";
    let out = text(&pdf(&one_page(content), "")).unwrap();
    assert_eq!(
        out,
        "The General Assembly,\n \nRecalling its resolution 70/237 of\n23 December 2015,\n \nTaking note of the report¹ and\n"
    );
}

#[test]
fn a_page_without_text_is_a_scan() {
    let content = "q 500 0 0 700 50 50 cm 0.5 g 0 0 1 1 re f Q";
    assert_eq!(text(&pdf(&one_page(content), "")), Err(PdfError::NoText));
}

#[test]
fn encrypted_and_damaged_files_are_refused() {
    let mut objects = one_page("BT /F1 10 Tf 72 700 Td (secret) Tj ET");
    objects.push("<< /Filter /Standard /V 2 /R 3 /Length 128 /O <00> /U <00> /P -4 >>".into());
    let encrypted = pdf(&objects, "/Encrypt 6 0 R /ID [<01> <01>] ");
    assert_eq!(text(&encrypted), Err(PdfError::Encrypted));

    let whole = pdf(&one_page("BT /F1 10 Tf 72 700 Td (text) Tj ET"), "");
    assert_eq!(text(&whole[..whole.len() - 30]), Err(PdfError::Truncated));
    let mut broken = whole.clone();
    let at = broken.windows(6).position(|w| w == b"stream").unwrap();
    broken.splice(at..at + 6, b"garbge".iter().copied());
    assert!(matches!(pages(&broken), Err(PdfError::Damaged(_) | PdfError::NoText)), "{:?}", pages(&broken));
    assert_eq!(text(b"<html>not found</html>"), Err(PdfError::NotPdf));
}
