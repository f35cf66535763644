//! Search latency over a large record: fills a SQLite file (kept between runs) with generated
//! documents until it holds the requested number of paragraphs, then times queries of four
//! kinds: a rare term (a few hits), a medium one (hundreds), very common words (most
//! paragraphs), and words drawn as often as they occur in the record. Each query asks for the
//! first 20 hits with total and facets, as the page does, ranked by relevance and newest first;
//! beside them, the same match ranked by SQLite FTS5's own bm25 over every match, on the same file.
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

    // Words of the generated documents, each as often as it occurs in them: queries drawn from
    // this list are as frequent as their words (one word, or two for every third query).
    let vocabulary: Vec<&str> = bases
        .iter()
        .flat_map(|b| b.split(|c: char| !c.is_alphanumeric() && c != '-'))
        .filter(|w| w.chars().count() > 2)
        .collect();
    let mut seed: u64 = 0x5eed;
    let mut draw = move || {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };
    let weighted: Vec<String> = (0..300)
        .map(|i| {
            let first = vocabulary[draw() % vocabulary.len()];
            if i % 3 == 2 { format!("{first} {}", vocabulary[draw() % vocabulary.len()]) } else { first.to_string() }
        })
        .collect();

    type MakeQuery<'a> = Box<dyn Fn(usize) -> String + 'a>;
    let kinds: [(&str, MakeQuery<'_>); 4] = [
        // Latin-script queries search en/fr/es; the Arabic documents (every fourth) are left out.
        ("rare (one document)", Box::new(|i| format!("marker{}", ((i * 7919) % n) / 4 * 4))),
        ("medium (about 1 in 5,000 documents)", Box::new(|i| format!("reference{}", (i * 31) % 5000 / 4 * 4))),
        (
            "common (most paragraphs)",
            Box::new(|i| ["Member States", "Decides", "national response", "Secretary-General"][i % 4].to_string()),
        ),
        ("frequency-weighted (words as often as they occur)", Box::new(|i| weighted[i].clone())),
    ];
    // FTS5 ranking every match by its bm25, per language searched as Comity does, on the same file.
    let fts5 = sqlx::SqlitePool::connect(&format!("sqlite://{}", dir.join("comity.sqlite3").display())).await.unwrap();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!("| queries | Comity, by relevance | Comity, newest first | FTS5 bm25 over every match |");
    println!("|---|---|---|---|");
    for (label, make) in kinds.iter() {
        let mut times = [Vec::new(), Vec::new(), Vec::new()];
        let mut totals = 0;
        for i in 0..300 {
            let q = make(i);
            // Once untimed, so that none of the three reads pages another has just brought
            // into memory.
            store
                .search(&SearchQuery {
                    text: &q,
                    lang: None,
                    kind: None,
                    session: None,
                    limit: 20,
                    newest_first: false,
                })
                .await
                .unwrap();
            for (order, newest_first) in [false, true].into_iter().enumerate() {
                let t = Instant::now();
                let r = store
                    .search(&SearchQuery { text: &q, lang: None, kind: None, session: None, limit: 20, newest_first })
                    .await
                    .unwrap();
                times[order].push(t.elapsed());
                totals += r.total;
            }
            let t = Instant::now();
            for lang in comity_search::query_languages(&q) {
                let expr = comity_search::query_terms(lang, &q)
                    .iter()
                    .map(|t| format!("\"{}\"", comity_search::indexed(lang, t).replace('"', "\"\"")))
                    .collect::<Vec<_>>()
                    .join(" ");
                if expr.is_empty() {
                    continue;
                }
                let _: Vec<i64> = sqlx::query_scalar(
                    "SELECT rowid FROM paragraph_search WHERE paragraph_search MATCH $1 ORDER BY rank LIMIT 20",
                )
                .bind(&expr)
                .fetch_all(&fts5)
                .await
                .unwrap();
            }
            times[2].push(t.elapsed());
        }
        let cells: Vec<String> = times
            .iter_mut()
            .map(|t| {
                t.sort();
                format!(
                    "p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
                    ms(percentile(t, 0.5)),
                    ms(percentile(t, 0.99)),
                    ms(*t.last().unwrap())
                )
            })
            .collect();
        println!("| {label}, mean {:.0} hits | {} | {} | {} |", totals as f64 / 600.0, cells[0], cells[1], cells[2]);
    }
    fts5.close().await;
    store.close().await;
}
