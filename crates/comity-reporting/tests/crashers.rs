//! Hostile Markdown, replayed on every test run as the `markdown` fuzz target takes it: the
//! table check, the safe HTML and the Word round trip must each finish without a panic, and
//! nothing unsafe may come out of the HTML.

#[test]
fn hostile_markdown_is_checked_rendered_and_written() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/crashers");
    let mut replayed = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().is_some_and(|n| n == "README.md") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let _ = comity_reporting::markdown::check(&text);
        let html = comity_reporting::markdown::to_html(&text);
        assert!(!html.contains("href=\"javascript"), "{}", path.display());
        let document = comity_docx::from_markdown(&text);
        let bytes =
            comity_docx::write(&document, &comity_docx::Properties { title: "t".into(), language: "en".into() });
        let _ = comity_docx::read(&bytes).map(|d| comity_docx::to_markdown(&d));
        replayed += 1;
    }
    assert!(replayed >= 3, "tests/crashers holds the hostile texts");
}
