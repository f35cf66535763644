//! Reads every text file of a folder of real UN documents (the first line a provenance comment,
//! as in `shared/corpus/real`) and prints what the parser made of each, one block a document:
//! `cargo run -p comity-documents --example corpus -- ../shared/corpus/real/en [FILE-STEM]`.

use comity_documents::{Item, ParseOptions, parse};
use comity_i18n::Collation;
use comity_states::StateRegistry;

fn labels(items: &[Item]) -> String {
    items
        .iter()
        .map(|i| if i.items.is_empty() { i.label.clone() } else { format!("{}[{}]", i.label, labels(&i.items)) })
        .collect::<Vec<_>>()
        .join("")
}

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "../shared/corpus/real/en".into());
    let only = args.next();
    let states = StateRegistry::embedded(&Collation::new())?;
    let mut files: Vec<_> = std::fs::read_dir(&dir)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.sort();
    for path in files {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        if only.as_deref().is_some_and(|o| o != stem) {
            continue;
        }
        let raw = std::fs::read(&path)?;
        let body = match raw.iter().position(|b| *b == b'\n') {
            Some(nl) if raw.starts_with(b"# ") => &raw[nl + 1..],
            _ => &raw[..],
        };
        println!("== {stem}");
        let doc = match parse(body, &ParseOptions::default(), &states) {
            Ok(d) => d,
            Err(e) => {
                println!("   REFUSED: {e}");
                continue;
            }
        };
        if only.is_some() {
            println!("{}", serde_json::to_string_pretty(&doc)?);
        }
        println!(
            "   {:?} {:?} {} s{:?} c{:?} items {:?}",
            doc.symbol,
            doc.kind,
            doc.language,
            doc.session,
            doc.committee,
            doc.agenda_items.iter().map(|a| format!("{} {:?}", a.number, a.title)).collect::<Vec<_>>()
        );
        println!(
            "   title {:?} adopted {:?} issued {:?} plenary {:?}",
            doc.title, doc.adopted_on, doc.issued_on, doc.plenary_meeting
        );
        let unresolved: Vec<_> = doc.sponsors.iter().filter(|s| s.iso3.is_none()).map(|s| s.name.as_str()).collect();
        println!("   sponsors {} unresolved {:?}", doc.sponsors.len(), unresolved);
        let ops: Vec<String> = doc
            .operative
            .iter()
            .map(
                |p| if p.items.is_empty() { p.number.to_string() } else { format!("{}{}", p.number, labels(&p.items)) },
            )
            .collect();
        println!("   preamble {} operative [{}]", doc.preamble.len(), ops.join(" "));
        println!(
            "   footnotes {:?}",
            doc.footnotes
                .iter()
                .map(|f| format!("{}@{}", f.marker, f.attached_to.as_deref().unwrap_or("?")))
                .collect::<Vec<_>>()
        );
        for u in &doc.unrecognized {
            println!("   ? {}: {}", u.line, u.text);
        }
    }
    Ok(())
}
