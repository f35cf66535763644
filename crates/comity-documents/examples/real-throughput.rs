//! Throughput on the real UN documents beside the repository (`shared/corpus/real`), one core:
//! the PyMuPDF text of the 44 documents parsed over and over (megabytes a second), and the 38
//! official PDFs read and parsed to structure (pages a second).
//!
//!     cargo run --release -p comity-documents --example real-throughput [SECONDS [text|pdf]]

use std::time::{Duration, Instant};

use comity_documents::{ParseOptions, parse};
use comity_i18n::Collation;
use comity_states::StateRegistry;

fn files(dir: &std::path::Path, ext: &str) -> Vec<std::path::PathBuf> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == ext)).collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

fn main() -> anyhow::Result<()> {
    let seconds: u64 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(5);
    // "text" or "pdf" alone (for profiling one of them).
    let only = std::env::args().nth(2);
    let real = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/real");
    let states = StateRegistry::embedded(&Collation::new())?;
    let mut texts = Vec::new();
    for lang in ["en", "fr", "ru"] {
        for path in files(&real.join(lang), "txt") {
            let raw = std::fs::read(&path)?;
            let nl = raw.iter().position(|b| *b == b'\n').unwrap_or(0);
            texts.push(raw[nl + 1..].to_vec());
        }
    }
    anyhow::ensure!(!texts.is_empty(), "shared/corpus/real is not beside the repository");
    let bytes: usize = texts.iter().map(Vec::len).sum();
    let text_seconds = if only.as_deref() == Some("pdf") { 0 } else { seconds };
    let (mut rounds, started) = (0usize, Instant::now());
    while rounds == 0 || started.elapsed() < Duration::from_secs(text_seconds) {
        for t in &texts {
            parse(t, &ParseOptions::default(), &states)?;
        }
        rounds += 1;
    }
    let s = started.elapsed().as_secs_f64();
    println!(
        "text: {} documents ({:.2} MB) x {rounds}: {:.1} MB/s, {:.0} documents/s",
        texts.len(),
        bytes as f64 / 1e6,
        (bytes * rounds) as f64 / 1e6 / s,
        (texts.len() * rounds) as f64 / s
    );

    if only.as_deref() == Some("text") {
        return Ok(());
    }
    let pdfs: Vec<Vec<u8>> = files(&real.join("pdf"), "pdf").iter().map(std::fs::read).collect::<Result<_, _>>()?;
    let pages: usize = pdfs.iter().map(|p| comity_pdf::pages(p).map(|p| p.len()).unwrap_or(0)).sum();
    let (mut rounds, started) = (0usize, Instant::now());
    while started.elapsed() < Duration::from_secs(seconds) {
        for p in &pdfs {
            parse(p, &ParseOptions::default(), &states)?;
        }
        rounds += 1;
    }
    let s = started.elapsed().as_secs_f64();
    println!(
        "pdf to structure: {} PDFs, {pages} pages x {rounds}: {:.0} pages/s ({:.1} ms a PDF)",
        pdfs.len(),
        (pages * rounds) as f64 / s,
        s * 1e3 / (pdfs.len() * rounds) as f64
    );
    let (mut rounds, started) = (0usize, Instant::now());
    while started.elapsed() < Duration::from_secs(seconds) {
        for p in &pdfs {
            comity_pdf::pages(p)?;
        }
        rounds += 1;
    }
    let s = started.elapsed().as_secs_f64();
    println!("pdf text layer only: {:.0} pages/s", (pages * rounds) as f64 / s);
    Ok(())
}
