//! Fuzzes what is done with a reply's Markdown: the table check, the safe HTML rendering and
//! the Word round trip (Markdown to blocks to .docx, read back). Nothing may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = comity_reporting::markdown::check(text);
    let _ = comity_reporting::markdown::to_html(text);
    let document = comity_docx::from_markdown(text);
    let bytes = comity_docx::write(&document, &comity_docx::Properties { title: "t".into(), language: "en".into() });
    let _ = comity_docx::read(&bytes).map(|d| comity_docx::to_markdown(&d));
});
