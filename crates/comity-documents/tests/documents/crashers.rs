//! Hostile inputs, replayed on every test run: hand-written edge cases aimed at the parser's
//! riskiest paths (markers, labels, numbering, hyphenation, bidirectional and zero-width
//! characters), and any crasher scripts/fuzz finds. Each must parse or be refused, and what
//! parses must be writable as Akoma Ntoso.

use comity_documents::{ParseOptions, parse, to_akoma_ntoso};
use comity_i18n::Collation;
use comity_states::StateRegistry;

#[test]
fn hostile_inputs_parse_or_are_refused() {
    let states = StateRegistry::embedded(&Collation::new()).unwrap();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/crashers");
    let mut replayed = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        if let Ok(doc) = parse(&bytes, &ParseOptions::default(), &states) {
            to_akoma_ntoso(&doc, "2026-11-24");
        }
        replayed += 1;
    }
    assert!(replayed > 0, "tests/crashers holds no inputs");
}
