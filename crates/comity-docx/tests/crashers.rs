//! Hostile Word files, replayed on every test run as the `docx` fuzz target takes its input
//! (an even first byte: the rest as word/document.xml in a package; otherwise the package as
//! it is). Each must be read or refused with a reason, never crash.

use std::io::Write;

#[test]
fn hostile_word_files_are_read_or_refused() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/crashers");
    let mut replayed = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().is_some_and(|n| n == "README.md") {
            continue;
        }
        let data = std::fs::read(&path).unwrap();
        let bytes = match data.split_first() {
            Some((first, rest)) if first % 2 == 0 => {
                let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
                zip.start_file("word/document.xml", zip::write::SimpleFileOptions::default()).unwrap();
                zip.write_all(rest).unwrap();
                zip.finish().unwrap().into_inner()
            }
            _ => data.clone(),
        };
        match comity_docx::read(&bytes) {
            Ok(document) => drop(comity_docx::to_markdown(&document)),
            Err(e) => assert!(!e.to_string().is_empty(), "{}", path.display()),
        }
        replayed += 1;
    }
    assert!(replayed >= 4, "tests/crashers holds the hostile files");
}
