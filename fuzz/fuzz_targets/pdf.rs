//! Fuzzes the PDF reader (an official PDF ingested, fetched or uploaded): no input may make it
//! panic, overflow the stack or run away. Half the inputs are files as they come; the other
//! half become the content stream of a one-page PDF, so the text interpreter is reached too.
#![no_main]

use libfuzzer_sys::fuzz_target;

fn one_page(content: &[u8]) -> Vec<u8> {
    let objects: [Vec<u8>; 5] = [
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_vec(),
        [format!("<< /Length {} >>\nstream\n", content.len()).into_bytes(), content.to_vec(), b"\nendstream".to_vec()].concat(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_vec(),
    ];
    let mut out = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend(body);
        out.extend(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend(b"xref\n0 6\n0000000000 65535 f \n");
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend(format!("trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").as_bytes());
    out
}

fuzz_target!(|data: &[u8]| {
    let bytes = match data.split_first() {
        Some((first, rest)) if first % 2 == 0 => one_page(rest),
        _ => data.to_vec(),
    };
    let _ = comity_pdf::pages(&bytes);
});
