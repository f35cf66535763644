//! Search latency over a large record: fills a SQLite file (kept between runs) with generated
//! documents until it holds the requested number of paragraphs, then times queries of three
//! kinds: a rare term (a few hits), a medium one (hundreds), and very common words (most
//! paragraphs), each asking for the first 20 hits with total and facets, as the page does.
//!
//!     cargo run --release -p comity-store --example search-latency [PARAGRAPHS] [DB_DIR]

use std::time::{Duration, Instant};

use comity_documents::{Kind, ParseOptions, parse};
use comity_i18n::Collation;
use comity_states::StateRegistry;
use comity_store::{DatabaseUrl, OpenOptions, ReferenceData, SearchQuery, Store};

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let target: i64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1_000_000);
    let dir = std::env::args()
        .nth(2)
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("comity-search-bench"));
    let url = DatabaseUrl::embedded(&dir);
    let store = Store::open(&url, OpenOptions::default()).await.unwrap();
    store.migrate_to(None).await.unwrap();
    let collation = Collation::new();
    store.sync_reference(&ReferenceData::load(None, &collation).unwrap()).await.unwrap();
    let states = StateRegistry::embedded(&collation).unwrap();
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/../comity-documents/tests/fixtures");
    let bases: Vec<String> = ["en-draft-pdf.txt", "en-resolution.txt", "fr-resolution.txt", "ar-draft.txt"]
        .iter()
        .map(|n| std::fs::read_to_string(format!("{fixtures}/{n}")).unwrap())
        .collect();

    let mut paragraphs = store.row_counts().await.unwrap()["document_paragraphs"];
    let mut n = store.row_counts().await.unwrap()["documents"] as usize;
    let started = Instant::now();
    while paragraphs < target {
        let base = &bases[n % bases.len()];
        // A term shared by about 1 document in 5,000 (medium) and one unique to the document
        // (rare), in a first preambular paragraph of every document.
        let noting = format!("Noting reference{} and marker{n},", n % 5000);
        let text = base
            .replace("The General Assembly,\n", &format!("The General Assembly,\n{noting}\n"))
            .replace(
                "L'Assemblée générale,\n",
                &format!("L'Assemblée générale,\nNotant reference{} et marker{n},\n", n % 5000),
            )
            .replace(
                "إن الجمعية العامة،\n",
                &format!("إن الجمعية العامة،\nوإذ تلاحظ reference{} marker{n}،\n", n % 5000),
            );
        let mut doc = parse(text.as_bytes(), &ParseOptions::default(), &states).unwrap();
        doc.symbol = Some(format!("A/C.1/{}/L.{}", 100 + n / 5000, n % 5000 + 1));
        doc.kind = Kind::DraftResolution;
        doc.session = Some(100 + (n / 5000) as u32);
        paragraphs += doc.paragraphs().len() as i64;
        store.ingest_document(&doc, "generated", text.as_bytes()).await.unwrap();
        n += 1;
        if n.is_multiple_of(10_000) {
            eprintln!("{n} documents, {paragraphs} paragraphs, {:.0} s", started.elapsed().as_secs_f64());
        }
    }
    println!("record: {n} documents, {paragraphs} paragraphs in {}", url.redacted());

    type MakeQuery<'a> = Box<dyn Fn(usize) -> String + 'a>;
    let kinds: [(&str, MakeQuery<'_>); 3] = [
        // Latin-script queries search en/fr/es; the Arabic documents (every fourth) are left out.
        ("rare (one document)", Box::new(|i| format!("marker{}", ((i * 7919) % n) / 4 * 4))),
        ("medium (about 1 in 5,000 documents)", Box::new(|i| format!("reference{}", (i * 31) % 5000 / 4 * 4))),
        (
            "common (most paragraphs)",
            Box::new(|i| ["Member States", "Decides", "national response", "Secretary-General"][i % 4].to_string()),
        ),
    ];
    for (label, make) in kinds.iter() {
        let mut times = Vec::new();
        let mut totals = 0;
        for i in 0..300 {
            let q = make(i);
            let t = Instant::now();
            let r = store
                .search(&SearchQuery { text: &q, lang: None, kind: None, session: None, limit: 20 })
                .await
                .unwrap();
            times.push(t.elapsed());
            totals += r.total;
        }
        times.sort();
        println!(
            "{label}: 300 queries, p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms, mean hits {:.0}",
            percentile(&times, 0.5).as_secs_f64() * 1e3,
            percentile(&times, 0.99).as_secs_f64() * 1e3,
            times.last().unwrap().as_secs_f64() * 1e3,
            totals as f64 / 300.0
        );
    }
    store.close().await;
}
