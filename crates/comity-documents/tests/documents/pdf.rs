//! PDFs in every official language, made here from the team's fixtures the way a UN text is
//! laid out (right-to-left paragraphs in Arabic) by LibreOffice, headless, read back: the same
//! structure and the same paragraphs as the fixture's text, Arabic in logical order, Chinese
//! lines rejoined without spaces.
//!
//! Needs `soffice` (Debian's libreoffice-writer-nogui, installed by scripts/test); skipped
//! without it unless COMITY_REQUIRE_VALIDATORS is set.

use crate::common;

use comity_documents::{Document, ParseOptions, parse};
use comity_i18n::Collation;
use comity_states::StateRegistry;
use std::path::{Path, PathBuf};
use std::process::Command;

fn soffice() -> Option<&'static str> {
    let found = Command::new("soffice").arg("--version").output().is_ok_and(|o| o.status.success());
    if !found && std::env::var_os("COMITY_REQUIRE_VALIDATORS").is_some() {
        panic!("soffice (libreoffice-writer-nogui) is required here");
    }
    found.then_some("soffice")
}

/// The fixture as an HTML page: a paragraph a line (columns of the masthead on lines of their
/// own), right to left for Arabic.
fn html(text: &str, rtl: bool) -> String {
    let esc = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let mut out = format!(
        "<html><head><meta charset=\"utf-8\"><style>p {{ margin: 0 0 6pt 0; font-size: 10pt; }}</style></head>\
         <body dir=\"{}\"><p>&#160;</p>\n",
        if rtl { "rtl" } else { "ltr" }
    );
    for line in text.lines() {
        for column in line.split("   ").map(str::trim).filter(|c| !c.is_empty()) {
            out.push_str(&format!("<p>{}</p>\n", esc(column)));
        }
    }
    out.push_str("</body></html>\n");
    out
}

fn to_pdf(dir: &Path, name: &str, text: &str, rtl: bool) -> Vec<u8> {
    let page = dir.join(format!("{name}.html"));
    std::fs::write(&page, html(text, rtl)).unwrap();
    let status = Command::new("soffice")
        .args(["--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir"])
        .arg(dir)
        .arg(&page)
        .env("HOME", dir)
        .output()
        .unwrap();
    assert!(status.status.success(), "soffice: {}", String::from_utf8_lossy(&status.stderr));
    std::fs::read(dir.join(format!("{name}.pdf"))).unwrap()
}

/// Paragraphs with spaces made single and Arabic short vowels taken off: LibreOffice's PDF
/// maps some of its combining marks (ُ) to no character.
fn paragraphs(doc: &Document) -> Vec<(String, String)> {
    doc.paragraphs()
        .into_iter()
        .map(|(place, _, text)| {
            let text: String = text.chars().filter(|c| !('\u{64b}'..='\u{652}').contains(c)).collect();
            (place, text.split_whitespace().collect::<Vec<_>>().join(" "))
        })
        .collect()
}

#[test]
fn pdfs_in_six_languages_read_as_their_text() {
    if soffice().is_none() {
        eprintln!("soffice is not installed: skipped");
        return;
    }
    let dir = std::env::temp_dir().join(format!("comity_pdf_languages_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let states = StateRegistry::embedded(&Collation::new()).unwrap();
    let fixtures = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures"));
    let mut wrong = Vec::new();
    for name in [
        "ar-draft",
        "ar-report",
        "zh-draft",
        "zh-report",
        "ru-draft",
        "es-draft",
        "fr-draft",
        "fr-resolution",
        "en-draft",
        "en-resolution",
    ] {
        let text = std::fs::read_to_string(fixtures.join(format!("{name}.txt"))).unwrap();
        let from_text = parse(text.as_bytes(), &ParseOptions::default(), &states).unwrap();
        let pdf = to_pdf(&dir, name, &text, name.starts_with("ar"));
        let from_pdf = match parse(&pdf, &ParseOptions::default(), &states) {
            Ok(d) => d,
            Err(e) => {
                wrong.push(format!("{name}: the PDF was refused: {e}"));
                continue;
            }
        };
        let (a, b) = (common::shape(name, &from_text), common::shape(name, &from_pdf));
        if a != b {
            wrong.push(format!("{name}:\n  text {a}\n  pdf  {b}"));
        }
        for (t, p) in paragraphs(&from_text).iter().zip(paragraphs(&from_pdf)) {
            if *t != p {
                wrong.push(format!("{name} {}:\n  text {:?}\n  pdf  {:?}", t.0, t.1, p.1));
            }
        }
    }
    std::fs::remove_dir_all(&dir).ok();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
