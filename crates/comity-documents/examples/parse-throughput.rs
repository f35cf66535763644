//! Parsing throughput on one core: generates a corpus of UN-style documents in the six
//! languages (the test fixtures with their paragraphs repeated and numbers varied, plus the
//! founding resolution when shared/corpus is beside the repository), parses all of it and
//! reports megabytes per second.
//!
//!     cargo run --release -p comity-documents --example parse-throughput [MEGABYTES]

use std::time::Instant;

use comity_documents::{ParseOptions, parse};
use comity_i18n::{Collation, Lang};
use comity_states::StateRegistry;

/// A document in the shape of `base`, with its operative part repeated `copies` times and
/// renumbered, so documents are of realistic and varied length.
fn grow(base: &str, copies: usize, seed: usize) -> String {
    let mut head = String::new();
    let mut operative = Vec::new();
    let mut in_operative = false;
    for line in base.lines() {
        let t = line.trim_start();
        let numbered =
            t.split_once(['.', ' ']).is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        if numbered && !in_operative && (t.contains(". ") || t.contains(" - ")) {
            in_operative = true;
        }
        if in_operative {
            operative.push(t.to_string());
        } else {
            head.push_str(line);
            head.push('\n');
        }
    }
    let mut out = head;
    let mut n = 0;
    for copy in 0..copies {
        for line in &operative {
            let rest = line
                .split_once(". ")
                .or_else(|| line.split_once(" - "))
                .map(|(num, rest)| (num.bytes().all(|b| b.is_ascii_digit()), rest));
            match rest {
                Some((true, rest)) => {
                    n += 1;
                    out.push_str(&format!("{n}. {rest} ({})\n", seed * 31 + copy));
                }
                _ => {
                    out.push_str(line);
                    out.push('\n');
                }
            }
        }
    }
    out
}

fn main() {
    let megabytes: f64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(50.0);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut bases: Vec<(String, Lang)> = vec![
        (std::fs::read_to_string(format!("{dir}/en-draft-pdf.txt")).unwrap(), Lang::En),
        (std::fs::read_to_string(format!("{dir}/fr-resolution.txt")).unwrap(), Lang::Fr),
        (std::fs::read_to_string(format!("{dir}/ar-draft.txt")).unwrap(), Lang::Ar),
        ("Семьдесят шестая сессия\nПервый комитет\nПункт 95 повестки дня\nАвстрия и Чили: проект резолюции\nСотрудничество национальных групп\nГенеральная Ассамблея,\nссылаясь на свои резолюции 70/237 от 23 декабря 2015 года и 76/19 от 6 декабря 2021 года,\n1. Призывает государства-члены назначить контактных лиц;\n2. Просит Генерального секретаря представить доклад о:\na) практических мерах;\nb) частоте проверок;\n3. Постановляет продолжить рассмотрение этого вопроса.\n".to_string(), Lang::Ru),
        ("Septuagésimo sexto período de sesiones\nPrimera Comisión\nTema 95 del programa\nAustria, Chile y Ghana: proyecto de resolución\nCooperación entre los equipos nacionales\nLa Asamblea General,\nRecordando sus resoluciones 70/237, de 23 de diciembre de 2015, y 76/19, de 6 de diciembre de 2021,\n1. Alienta a los Estados Miembros a designar puntos de contacto;\n2. Decide seguir examinando la cuestión.\n".to_string(), Lang::Es),
    ];
    if let Ok(zh) = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus/ga76-c1-item95-draft-resolution.zh.md"
    )) {
        bases.push((zh, Lang::Zh));
    }
    let target = (megabytes * 1_000_000.0) as usize;
    let mut corpus: Vec<(String, Lang)> = Vec::new();
    let mut size = 0;
    let mut seed = 0;
    while size < target {
        let (base, lang) = &bases[seed % bases.len()];
        let doc = grow(base, 5 + seed % 20, seed);
        size += doc.len();
        corpus.push((doc, *lang));
        seed += 1;
    }
    let states = StateRegistry::embedded(&Collation::new()).unwrap();
    // Warm up, then measure with the language detected, as `comity documents parse` does.
    for (doc, _) in corpus.iter().take(50) {
        parse(doc.as_bytes(), &ParseOptions::default(), &states).unwrap();
    }
    let started = Instant::now();
    let mut paragraphs = 0;
    for (doc, lang) in &corpus {
        let d = parse(doc.as_bytes(), &ParseOptions::default(), &states).unwrap();
        assert_eq!(d.language, *lang);
        paragraphs += d.preamble.len() + d.operative.len();
    }
    let seconds = started.elapsed().as_secs_f64();
    let mb = size as f64 / 1_000_000.0;
    println!(
        "parsed {} documents, {mb:.1} MB, {paragraphs} paragraphs in {seconds:.2} s: {:.1} MB/s, {:.0} documents/s (one core)",
        corpus.len(),
        mb / seconds,
        corpus.len() as f64 / seconds
    );
}
