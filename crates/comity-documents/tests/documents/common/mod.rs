//! What the document tests share: one line that says what a document is made of, and which
//! lines become data rather than text.
// Each test file uses part of this.
#![allow(dead_code)]

use comity_documents::{Document, Item};

/// Roles of lines that become data (a symbol, a date, the sponsors) rather than text.
pub const DATA_ROLES: [&str; 10] = [
    "furniture",
    "masthead",
    "symbol",
    "session",
    "committee",
    "agenda_item",
    "adopted",
    "plenary",
    "opening",
    "sponsors",
];

pub fn labels(items: &[Item]) -> String {
    items
        .iter()
        .map(|i| if i.items.is_empty() { i.label.clone() } else { format!("{}[{}]", i.label, labels(&i.items)) })
        .collect()
}

/// Symbol, kind, committee, agenda items, adoption, plenary, sponsors, the number of
/// preambular paragraphs, the operative paragraphs with their items, footnotes and annexes.
pub fn shape(name: &str, doc: &Document) -> String {
    let ops: Vec<String> = doc
        .operative
        .iter()
        .map(|p| format!("{}{}{}", p.number, if p.numbered { "" } else { "u" }, labels(&p.items)))
        .collect();
    let agenda: Vec<&str> = doc.agenda_items.iter().map(|a| a.number.as_str()).collect();
    format!(
        "{name} | {} | {} | {} | items {} | adopted {} | plenary {} | sponsors {} | preamble {} | operative {} | footnotes {} | annexes {}",
        doc.symbol.as_deref().unwrap_or("-"),
        serde_json::to_value(doc.kind).unwrap().as_str().unwrap(),
        doc.committee.as_deref().unwrap_or("-"),
        agenda.join(", "),
        doc.adopted_on.as_deref().unwrap_or("-"),
        doc.plenary_meeting.map(|n| n.to_string()).unwrap_or("-".into()),
        doc.sponsors.len(),
        doc.preamble.len(),
        ops.join(" "),
        doc.footnotes.iter().map(|f| f.marker.as_str()).collect::<Vec<_>>().join(","),
        doc.annexes.len(),
    )
}
