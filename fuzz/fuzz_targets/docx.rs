//! Fuzzes the Word reader (a State's reply uploaded or imported): no input may make it panic,
//! overflow the stack or run away. Half the inputs are packages as they come; the other half
//! are put into a package as word/document.xml, so the XML paths are reached too.
#![no_main]

use std::io::Write;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let bytes = match data.split_first() {
        Some((first, rest)) if first % 2 == 0 => {
            let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
            let _ = zip.start_file("word/document.xml", zip::write::SimpleFileOptions::default());
            let _ = zip.write_all(rest);
            match zip.finish() {
                Ok(cursor) => cursor.into_inner(),
                Err(_) => return,
            }
        }
        _ => data.to_vec(),
    };
    if let Ok(document) = comity_docx::read(&bytes) {
        let _ = comity_docx::to_markdown(&document);
    }
});
