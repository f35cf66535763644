//! The parser on real UN documents: the text PyMuPDF extracted from the official PDFs, read from
//! `shared/corpus/real` beside the project (never copied into it). What each document must come
//! out as was written by reading it, one line a document, in `tests/real/expected.txt`:
//! symbol, kind, committee, agenda items, adoption date, plenary meeting, sponsors, the number of
//! preambular paragraphs, the operative paragraphs with their items, and the footnotes.
//! `COMITY_UPDATE_EXPECTATIONS=1` rewrites that file from the parser (then read the diff: it is
//! expectations written by reading, not a snapshot accepted unread).

use crate::common;

use comity_documents::{ParseOptions, parse};
use comity_i18n::Collation;
use comity_states::StateRegistry;
use common::shape;
use std::path::PathBuf;

fn corpus() -> Option<PathBuf> {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/real"));
    dir.is_dir().then_some(dir)
}

/// The text of a corpus file without its provenance line.
fn body(path: &std::path::Path) -> Vec<u8> {
    let raw = std::fs::read(path).unwrap();
    let nl = raw.iter().position(|b| *b == b'\n').unwrap();
    raw[nl + 1..].to_vec()
}

fn files(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for lang in ["en", "fr", "ru"] {
        let Ok(entries) = std::fs::read_dir(dir.join(lang)) else { continue };
        out.extend(
            entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "txt")),
        );
    }
    out.sort();
    out
}

#[test]
fn every_real_document_comes_out_as_read() {
    let Some(dir) = corpus() else {
        eprintln!("shared/corpus/real is not beside the project: skipped");
        return;
    };
    let states = StateRegistry::embedded(&Collation::new()).unwrap();
    let mut got = Vec::new();
    for path in files(&dir) {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        match parse(&body(&path), &ParseOptions::default(), &states) {
            Ok(doc) => got.push(shape(&name, &doc)),
            Err(e) => got.push(format!("{name} | refused: {e}")),
        }
    }
    let expected_path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/real/expected.txt");
    if std::env::var_os("COMITY_UPDATE_EXPECTATIONS").is_some() {
        std::fs::write(expected_path, got.join("\n") + "\n").unwrap();
        return;
    }
    let expected = std::fs::read_to_string(expected_path).unwrap();
    let expected: Vec<&str> = expected.lines().collect();
    let wrong: Vec<String> = got
        .iter()
        .filter(|g| !expected.contains(&g.as_str()))
        .map(|g| {
            let name = g.split(" | ").next().unwrap();
            let want = expected.iter().find(|e| e.split(" | ").next() == Some(name)).unwrap_or(&"(not expected)");
            format!("got:  {g}\nwant: {want}")
        })
        .collect();
    assert!(wrong.is_empty(), "{} of {} documents differ:\n{}", wrong.len(), got.len(), wrong.join("\n"));
    assert_eq!(got.len(), expected.len(), "a document of the corpus is missing or new");
}

/// What holds for every real document, whatever it is: nothing refused, nothing unplaced,
/// every sponsor a State, every footnote's marker found, no paragraph holding page furniture.
#[test]
fn real_documents_lose_nothing_and_keep_furniture_out() {
    let Some(dir) = corpus() else { return };
    let states = StateRegistry::embedded(&Collation::new()).unwrap();
    let mut problems = Vec::new();
    for path in files(&dir) {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let input = body(&path);
        let doc = match parse(&input, &ParseOptions::default(), &states) {
            Ok(d) => d,
            Err(e) => {
                problems.push(format!("{name}: refused: {e}"));
                continue;
            }
        };
        for u in &doc.unrecognized {
            problems.push(format!("{name}: line {} unplaced: {}", u.line + 1, u.text));
        }
        for s in doc.sponsors.iter().filter(|s| s.iso3.is_none()) {
            problems.push(format!("{name}: sponsor {:?} is no State", s.name));
        }
        let is_ga = name.starts_with("A_");
        if is_ga {
            for f in doc.footnotes.iter().filter(|f| f.attached_to.is_none()) {
                problems.push(format!("{name}: footnote {} has no marker in the text", f.marker));
            }
        }
        // The running symbol, job number and page counter never end up inside a paragraph.
        let text = String::from_utf8_lossy(&input);
        let job = text.lines().take(15).find_map(|l| {
            let t = l.split_whitespace().next()?;
            (t.len() == 8 && t.as_bytes()[2] == b'-' && t[..2].bytes().all(|b| b.is_ascii_digit()))
                .then(|| t.to_string())
        });
        // Each paragraph has a place of its own (the record stores them by place).
        let mut places = std::collections::HashSet::new();
        for (place, _, _) in doc.paragraphs() {
            if !places.insert(place.clone()) {
                problems.push(format!("{name}: two paragraphs at {place}"));
            }
        }
        for (place, _, para) in doc.paragraphs() {
            if let Some(job) = &job
                && para.contains(job.as_str())
            {
                problems.push(format!("{name}: {place} holds the job number {job}"));
            }
            if let Some(symbol) = &doc.symbol
                && is_ga
                && para.contains(&format!("{symbol} "))
            {
                problems.push(format!("{name}: {place} holds the running symbol"));
            }
        }
        // Every word of four letters or more of the input is somewhere in the output.
        let out = serde_json::to_string(&doc).unwrap().replace("\\\"", "\"");
        // UN texts are not hyphenated: a compound broken at a line's end keeps its hyphen.
        let raw: Vec<&str> = text.lines().map(str::trim_end).collect();
        for pair in raw.windows(2) {
            let left = pair[0].rsplit(' ').next().unwrap_or("");
            let right = pair[1].trim_start().split([' ', ',', ';', '.']).next().unwrap_or("");
            if left.len() > 2
                && left.ends_with('-')
                && left[..left.len() - 1].chars().all(char::is_alphabetic)
                && right.chars().next().is_some_and(char::is_alphabetic)
                && !out.contains(&format!("{left}{right}"))
            {
                problems.push(format!("{name}: {left}{right} lost its hyphen"));
            }
        }
        for (i, line) in text.lines().enumerate() {
            let roles: Vec<&str> = doc.placements.iter().filter(|p| p.line == i + 1).map(|p| p.role.as_str()).collect();
            if roles.iter().all(|r| common::DATA_ROLES.contains(r)) {
                continue;
            }
            // The opening's own words ("The General Assembly,") are data, the rest of its line not.
            let line =
                if roles.contains(&"opening") { line.split_once(',').map(|(_, r)| r).unwrap_or("") } else { line };
            // Markers glued to words ("Weapons6") are taken off: compare the letters.
            for word in line.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() >= 4) {
                if !out.contains(word) {
                    problems.push(format!("{name}: {word:?} of line {} ({roles:?}) is nowhere in the output", i + 2));
                    break;
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

/// The official PDF of each General Assembly document reads as the same structure as PyMuPDF's
/// text of it. (The Human Rights Council reports are read too, by the test above from their
/// text; their PDFs' layout differs from PyMuPDF's reading in the blank lines of the title
/// page, so they are not compared here.)
#[test]
fn the_official_pdfs_read_as_their_text() {
    let Some(dir) = corpus() else { return };
    let states = StateRegistry::embedded(&Collation::new()).unwrap();
    let mut wrong = Vec::new();
    let mut pdfs: Vec<PathBuf> =
        std::fs::read_dir(dir.join("pdf")).unwrap().filter_map(|e| e.ok().map(|e| e.path())).collect();
    pdfs.sort();
    for pdf in pdfs {
        let name = pdf.file_stem().unwrap().to_string_lossy().to_string();
        let lang = name.rsplit('_').next().filter(|l| l.len() == 2 && !name.starts_with("A_")).unwrap_or("en");
        let txt = dir.join(lang).join(format!("{name}.txt"));
        if !txt.exists() || !name.starts_with("A_") {
            continue;
        }
        let from_text = parse(&body(&txt), &ParseOptions::default(), &states).map(|d| shape(&name, &d));
        let from_pdf =
            parse(&std::fs::read(&pdf).unwrap(), &ParseOptions::default(), &states).map(|d| shape(&name, &d));
        if from_text != from_pdf {
            wrong.push(format!("text: {from_text:?}\npdf:  {from_pdf:?}"));
        }
    }
    assert!(wrong.is_empty(), "{} PDFs read differently from their text:\n{}", wrong.len(), wrong.join("\n"));
}

/// Every official PDF, the Human Rights Council's too, is read, and each of its paragraphs
/// has a place of its own: the record stores paragraphs by place (a report that restarts a
/// list inside a paragraph once failed to be stored).
#[test]
fn every_official_pdf_reads_with_a_place_for_each_paragraph() {
    let Some(dir) = corpus() else { return };
    let states = StateRegistry::embedded(&Collation::new()).unwrap();
    let mut problems = Vec::new();
    let mut read = 0;
    for entry in std::fs::read_dir(dir.join("pdf")).unwrap() {
        let pdf = entry.unwrap().path();
        let name = pdf.file_name().unwrap().to_string_lossy().to_string();
        match parse(&std::fs::read(&pdf).unwrap(), &ParseOptions::default(), &states) {
            Ok(doc) => {
                read += 1;
                let mut places = std::collections::HashSet::new();
                for (place, _, _) in doc.paragraphs() {
                    if !places.insert(place.clone()) {
                        problems.push(format!("{name}: two paragraphs at {place}"));
                    }
                }
            }
            Err(e) => problems.push(format!("{name}: {e}")),
        }
    }
    assert!(read >= 40, "only {read} PDFs read");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The real documents read clean; a damaged reading of one is flagged for the Secretariat.
#[test]
fn warnings_flag_what_looks_wrong() {
    let Some(dir) = corpus() else { return };
    let states = StateRegistry::embedded(&Collation::new()).unwrap();
    let clean = parse(&body(&dir.join("en/A_RES_80_12.txt")), &ParseOptions::default(), &states).unwrap();
    assert_eq!(clean.warnings(), Vec::new());
    // Paragraph 4 and item (c) taken out, a footnote's marker and a sponsor garbled.
    let text = String::from_utf8(body(&dir.join("en/A_C.1_80_L.28.txt"))).unwrap();
    let damaged = text
        .replacen("\n4. \n", "\n", 1)
        .replacen("\n(c) \n", "\n", 1)
        .replacen("Secretary-General;5", "Secretary-General;", 1)
        .replacen("Albania", "Albanja", 1);
    let doc = parse(damaged.as_bytes(), &ParseOptions::default(), &states).unwrap();
    let codes: Vec<&str> = doc.warnings().iter().map(|w| w.code).collect();
    for code in ["numbering_gap", "items_skip", "footnote_unmarked", "sponsor_unresolved"] {
        assert!(codes.contains(&code), "{code} missing from {:?}", doc.warnings());
    }
}
