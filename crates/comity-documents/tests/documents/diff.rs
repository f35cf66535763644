//! Comparing a draft with its revision paragraph by paragraph.

use comity_documents::{Change, ParseOptions, SegmentOp, diff, parse};
use comity_i18n::Collation;
use comity_states::StateRegistry;

fn doc(name: &str, symbol: Option<&str>) -> comity_documents::Document {
    let states = StateRegistry::embedded(&Collation::new()).unwrap();
    let bytes = std::fs::read(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    parse(&bytes, &ParseOptions { symbol: symbol.map(str::to_string), ..Default::default() }, &states).unwrap()
}

#[test]
fn a_revision_against_its_draft() {
    let old = doc("en-draft-pdf.txt", None);
    let new = doc("en-draft-rev1.txt", Some("A/C.1/81/L.7/Rev.1"));
    let changes = diff(&old, &new);
    let summary: Vec<(Change, Option<&str>, Option<&str>)> =
        changes.iter().map(|c| (c.change, c.old.as_deref(), c.new.as_deref())).collect();
    assert_eq!(
        summary,
        [
            (Change::Same, Some("preamble 1"), Some("preamble 1")),
            (Change::Changed, Some("preamble 2"), Some("preamble 2")),
            (Change::Removed, Some("preamble 3"), None),
            (Change::Same, Some("operative 2"), Some("operative 1")),
            (Change::Same, Some("operative 2 (a)"), Some("operative 1 (a)")),
            (Change::Same, Some("operative 2 (b)"), Some("operative 1 (b)")),
            (Change::Same, Some("operative 2 (b) (i)"), Some("operative 1 (b) (i)")),
            (Change::Same, Some("operative 2 (b) (ii)"), Some("operative 1 (b) (ii)")),
            (Change::Moved, Some("operative 1"), Some("operative 2")),
            (Change::Same, Some("operative 3"), Some("operative 3")),
            (Change::Added, None, Some("operative 4")),
            (Change::Removed, Some("footnote 1"), None),
            (Change::Removed, Some("footnote 2"), None),
        ]
    );
    let changed = &changes[1];
    let inserted: Vec<&str> =
        changed.segments.iter().filter(|s| s.op == SegmentOp::Insert).map(|s| s.text.as_str()).collect();
    assert_eq!(inserted, ["regular "]);
    assert!(changed.segments.iter().all(|s| s.op != SegmentOp::Delete));
    // Putting the equal and inserted runs together gives the new text back.
    let rebuilt: String =
        changed.segments.iter().filter(|s| s.op != SegmentOp::Delete).map(|s| s.text.as_str()).collect();
    assert_eq!(rebuilt, new.preamble[1].text);
}

#[test]
fn a_document_against_itself_is_all_same() {
    let d = doc("fr-resolution.txt", None);
    assert!(diff(&d, &d).iter().all(|c| c.change == Change::Same && c.old == c.new));
}
