//! Text-to-Akoma-Ntoso throughput on one core: the parser's fixtures (and the founding
//! resolution when shared/corpus is beside the repository), each read and written as Akoma
//! Ntoso `REPEAT` times, the same work scripts/bench-bluebell.py gives bluebell-akn.
//!
//!     cargo run --release -p comity-documents --example akn-throughput [REPEAT]

use std::time::Instant;

use comity_documents::{ParseOptions, parse, to_akoma_ntoso};
use comity_i18n::Collation;
use comity_states::StateRegistry;

fn main() {
    let repeat: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(200);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut texts: Vec<String> = ["en-draft-pdf.txt", "en-resolution.txt", "fr-resolution.txt", "ar-draft.txt"]
        .iter()
        .map(|n| std::fs::read_to_string(format!("{dir}/{n}")).unwrap())
        .collect();
    if let Ok(zh) = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus/ga76-c1-item95-draft-resolution.zh.md"
    )) {
        texts.push(zh);
    }
    let states = StateRegistry::embedded(&Collation::new()).unwrap();
    let bytes: usize = texts.iter().map(String::len).sum::<usize>() * repeat;
    let started = Instant::now();
    let mut xml_bytes = 0;
    for _ in 0..repeat {
        for t in &texts {
            let doc = parse(t.as_bytes(), &ParseOptions::default(), &states).unwrap();
            xml_bytes += to_akoma_ntoso(&doc, "2026-11-24").len();
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "comity: {} documents, {:.2} MB of text -> {:.2} MB of Akoma Ntoso in {seconds:.3} s: {:.2} MB/s, {:.0} documents/s",
        texts.len() * repeat,
        bytes as f64 / 1e6,
        xml_bytes as f64 / 1e6,
        bytes as f64 / 1e6 / seconds,
        (texts.len() * repeat) as f64 / seconds
    );
}
