//! Ingest throughput: 10,000 generated documents (the parser's fixtures in four languages with
//! their symbols and operative paragraphs varied) parsed and stored one transaction each, as
//! `comity documents ingest` does, into a fresh SQLite file (or the PostgreSQL database named by
//! COMITY_BENCH_DATABASE_URL).
//!
//!     cargo run --release -p comity-store --example ingest-throughput [COUNT]

use std::time::Instant;

use comity_documents::{ParseOptions, parse};
use comity_i18n::Collation;
use comity_states::StateRegistry;
use comity_store::{DatabaseUrl, OpenOptions, ReferenceData, Store};

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let count: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../comity-documents/tests/fixtures");
    let bases: Vec<String> = ["en-draft-pdf.txt", "en-resolution.txt", "fr-resolution.txt", "ar-draft.txt"]
        .iter()
        .map(|n| std::fs::read_to_string(format!("{dir}/{n}")).unwrap())
        .collect();
    let url: DatabaseUrl = match std::env::var("COMITY_BENCH_DATABASE_URL") {
        Ok(u) => u.parse().unwrap(),
        Err(_) => {
            DatabaseUrl::embedded(&std::env::temp_dir().join(format!("comity-ingest-bench-{}", std::process::id())))
        }
    };
    let store = Store::open(&url, OpenOptions::default()).await.unwrap();
    store.migrate_to(None).await.unwrap();
    let collation = Collation::new();
    store.sync_reference(&ReferenceData::load(None, &collation).unwrap()).await.unwrap();
    let states = StateRegistry::embedded(&collation).unwrap();

    // Each generated document gets a symbol of its own and slightly different paragraphs.
    let texts: Vec<(String, String)> = (0..count)
        .map(|n| {
            let base = &bases[n % bases.len()];
            let symbol = format!("A/C.1/{}/L.{}", 81 + n / 2000, n % 2000 + 1);
            let text = base.replace("keep the matter", &format!("keep matter {n}"));
            (symbol, format!("{text}\n"))
        })
        .collect();
    let started = Instant::now();
    let mut bytes = 0;
    for (symbol, text) in &texts {
        let mut doc = parse(text.as_bytes(), &ParseOptions::default(), &states).unwrap();
        doc.symbol = Some(symbol.clone());
        doc.kind = comity_documents::Kind::DraftResolution;
        store.ingest_document(&doc, symbol, text.as_bytes()).await.unwrap();
        bytes += text.len();
    }
    let seconds = started.elapsed().as_secs_f64();
    let counts = store.row_counts().await.unwrap();
    println!(
        "{} on {}: {count} documents ({:.1} MB, {} paragraphs, {} citations) ingested in {seconds:.1} s: {:.0} documents/s",
        url.redacted(),
        url.engine().as_str(),
        bytes as f64 / 1e6,
        counts["document_paragraphs"],
        counts["document_citations"],
        count as f64 / seconds
    );
    store.close().await;
    if let Some(path) = url.as_str().strip_prefix("sqlite://") {
        std::fs::remove_dir_all(std::path::Path::new(path).parent().unwrap()).ok();
    }
}
