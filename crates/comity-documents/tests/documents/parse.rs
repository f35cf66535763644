//! The parser on whole documents: the founding resolution (Chinese, from shared/corpus), and
//! fixtures written by the team in the shapes of UN documents in the other languages.

use crate::common;

use comity_documents::{CitationKind, Document, Kind, ParseError, ParseOptions, parse};
use comity_i18n::{Collation, Lang};
use comity_states::StateRegistry;

fn states() -> StateRegistry {
    StateRegistry::embedded(&Collation::new()).unwrap()
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn founding() -> Option<Vec<u8>> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/ga76-c1-item95-draft-resolution.zh.md");
    std::fs::read(path).ok()
}

fn parsed(bytes: &[u8]) -> Document {
    parse(bytes, &ParseOptions::default(), &states()).unwrap()
}

/// Every input line is placed somewhere, and every word of four letters or more of a line
/// placed as content appears in the output: nothing is dropped silently.
fn assert_nothing_dropped(input: &[u8], doc: &Document) {
    // Sponsors lines are checked by their names below.
    let out = serde_json::to_string(doc).unwrap().replace("\\\"", "\"");
    let text = String::from_utf8_lossy(input);
    for (i, line) in text.lines().enumerate() {
        if !line.chars().any(char::is_alphanumeric) {
            continue;
        }
        let roles: Vec<&str> = doc.placements.iter().filter(|p| p.line == i + 1).map(|p| p.role.as_str()).collect();
        assert!(!roles.is_empty(), "line {} {line:?} was placed nowhere", i + 1);
        if roles.iter().all(|r| common::DATA_ROLES.contains(r)) {
            continue;
        }
        for word in line
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 4 && !w.chars().all(|c| c.is_ascii_digit()))
        {
            // Words hyphenated across lines come back whole.
            let found = out.contains(word);
            assert!(found, "{word:?} from line {} {line:?} ({roles:?}) is nowhere in the output", i + 1);
        }
    }
    let sponsor_lines: String = text
        .lines()
        .enumerate()
        .filter(|(i, _)| doc.placements.iter().any(|p| p.line == i + 1 && p.role == "sponsors"))
        .map(|(_, l)| l)
        .collect();
    for s in &doc.sponsors {
        let first_word = s.name.split_whitespace().next().unwrap_or(&s.name);
        assert!(sponsor_lines.contains(first_word), "sponsor {} is not from the sponsors lines", s.name);
    }
}

#[test]
fn the_founding_resolution_comes_out_exactly_right() {
    let Some(bytes) = founding() else {
        eprintln!("shared/corpus not beside the repository: founding document test skipped");
        return;
    };
    let d = parsed(&bytes);
    assert_eq!(d.language, Lang::Zh);
    assert_eq!(d.kind, Kind::DraftResolution);
    assert_eq!(d.symbol, None);
    assert_eq!(d.session, Some(76));
    assert_eq!(d.committee.as_deref(), Some("First Committee"));
    assert_eq!(d.agenda_items.len(), 1);
    assert_eq!(d.agenda_items[0].number, "95");
    assert_eq!(d.agenda_items[0].title.as_deref(), Some("从国际安全角度看信息和电信领域的发展"));
    assert!(d.title.as_deref().unwrap().ends_with("负责任国家行为"));
    assert_eq!(d.sponsors.len(), 52);
    assert!(
        d.sponsors.iter().all(|s| s.iso3.is_some()),
        "{:?}",
        d.sponsors.iter().filter(|s| s.iso3.is_none()).collect::<Vec<_>>()
    );
    assert_eq!(d.sponsors.iter().find(|s| s.name == "埃斯瓦蒂尼").and_then(|s| s.iso3.as_deref()), Some("SWZ"));
    assert_eq!(d.preamble.len(), 13);
    assert_eq!(d.operative.len(), 7);
    assert_eq!(d.operative[5].items.iter().map(|i| i.label.as_str()).collect::<Vec<_>>(), ["(a)", "(b)"]);
    assert_eq!(d.preamble[5].verb.as_deref(), Some("又表示关切"));
    assert_eq!(d.preamble[5].verb_key.as_deref(), Some("expressing_concern_also"));
    assert_eq!(d.operative[2].verb_key.as_deref(), Some("calls_upon"));
    assert!(d.operative.iter().all(|p| p.verb.is_some()) && d.preamble.iter().all(|p| p.verb_key.is_some()));
    assert_eq!(d.footnotes.len(), 3);
    let attached: Vec<(&str, Option<&str>, usize)> =
        d.footnotes.iter().map(|f| (f.marker.as_str(), f.attached_to.as_deref(), f.symbols.len())).collect();
    assert_eq!(attached, [("1", Some("preamble 13"), 3), ("2", Some("operative 1"), 1), ("3", Some("operative 2"), 1)]);
    assert!(!d.preamble[12].text.contains('¹'), "footnote markers are removed from the text");
    let p1 = |k: CitationKind| d.citations.iter().filter(|c| c.cited_in == "preamble 1" && c.kind == k).count();
    assert_eq!((p1(CitationKind::Resolution), p1(CitationKind::Decision)), (26, 2));
    assert!(d.citations.iter().filter(|c| c.cited_in == "preamble 1").all(|c| c.date.is_some()));
    let first = &d.citations[0];
    assert_eq!(
        (first.symbol.as_str(), first.part.as_deref(), first.date.as_deref()),
        ("43/78", Some("H"), Some("1988-12-07"))
    );
    let again: Vec<&str> = d.citations.iter().filter(|c| c.symbol == "75/240").map(|c| c.cited_in.as_str()).collect();
    assert_eq!(again, ["preamble 1", "operative 4"]);
    assert!(d.unrecognized.is_empty(), "{:?}", d.unrecognized);
    assert_nothing_dropped(&bytes, &d);
}

#[test]
fn english_text_extracted_from_a_pdf() {
    let bytes = fixture("en-draft-pdf.txt");
    let d = parsed(&bytes);
    assert_eq!((d.symbol.as_deref(), d.kind, d.session), (Some("A/C.1/81/L.7"), Kind::DraftResolution, Some(81)));
    assert_eq!(d.agenda_items[0].number, "99 (k)");
    let sponsors: Vec<&str> = d.sponsors.iter().map(|s| s.iso3.as_deref().unwrap_or("?")).collect();
    assert_eq!(sponsors, ["AUT", "CHL", "CRI", "GHA", "KEN", "TTO", "GBR", "URY"]);
    assert_eq!(d.title.as_deref(), Some("Timely cooperation between national computer emergency response teams"));
    assert_eq!(d.preamble.len(), 3);
    assert_eq!(d.operative.len(), 3);
    let items = &d.operative[1].items;
    assert_eq!(
        items[0].text, "The practical arrangements for exchanging contact details;",
        "a wrapped item is rejoined"
    );
    assert_eq!(items[1].items.iter().map(|i| i.label.as_str()).collect::<Vec<_>>(), ["(i)", "(ii)"]);
    assert!(
        d.operative[2].text.ends_with("keep the matter under review."),
        "a paragraph continues across the page break"
    );
    assert_eq!(
        d.footnotes.iter().map(|f| f.attached_to.as_deref()).collect::<Vec<_>>(),
        [Some("preamble 2"), Some("operative 1")]
    );
    assert!(d.preamble[1].text.ends_with("time zones,"), "the marker digit is gone: {}", d.preamble[1].text);
    let dated: Vec<(&str, Option<&str>)> = d
        .citations
        .iter()
        .filter(|c| c.kind != CitationKind::Document)
        .map(|c| (c.symbol.as_str(), c.date.as_deref()))
        .collect();
    assert_eq!(dated, [("70/237", Some("2015-12-23")), ("76/19", Some("2021-12-06")), ("75/564", Some("2021-04-28"))]);
    assert!(d.unrecognized.is_empty(), "{:?}", d.unrecognized);
    assert_nothing_dropped(&bytes, &d);
}

#[test]
fn an_english_resolution_with_its_item_title_and_adoption() {
    let bytes = fixture("en-resolution.txt");
    let d = parsed(&bytes);
    assert_eq!((d.kind, d.symbol.as_deref(), d.session), (Kind::Resolution, Some("A/RES/76/19"), Some(76)));
    assert_eq!(d.committee.as_deref(), Some("First Committee"));
    assert_eq!(
        d.agenda_items[0].title.as_deref(),
        Some(
            "Developments in the field of information and telecommunications in the context of international security"
        )
    );
    assert_eq!(d.title.as_deref(), Some("A fixture resolution written for testing lineage"));
    assert_eq!(
        (d.adopted_on.as_deref(), d.plenary_meeting, d.issued_on.as_deref()),
        (Some("2021-12-06"), Some(46), Some("2021-12-08"))
    );
    assert_eq!(d.preamble[1].verb_key.as_deref(), Some("taking_note"));
    assert!(d.unrecognized.is_empty(), "{:?}", d.unrecognized);
    assert_nothing_dropped(&bytes, &d);
}

#[test]
fn a_french_resolution() {
    let bytes = fixture("fr-resolution.txt");
    let d = parsed(&bytes);
    assert_eq!((d.language, d.kind, d.symbol.as_deref()), (Lang::Fr, Kind::Resolution, Some("A/RES/81/5")));
    assert_eq!((d.session, d.committee.as_deref()), (Some(81), Some("First Committee")));
    assert_eq!((d.adopted_on.as_deref(), d.plenary_meeting), (Some("2026-12-07"), Some(46)));
    assert_eq!(d.title.as_deref(), Some("Coopération entre les équipes nationales d'intervention informatique"));
    assert_eq!(d.preamble[1].verb_key.as_deref(), Some("noting_with_appreciation"));
    assert_eq!(
        d.operative.iter().map(|p| p.verb_key.as_deref().unwrap()).collect::<Vec<_>>(),
        ["encourages", "requests", "decides"]
    );
    assert_eq!(d.operative[1].items.iter().map(|i| i.label.as_str()).collect::<Vec<_>>(), ["a)", "b)"]);
    assert_eq!(d.citations[0].part.as_deref(), Some("H"));
    assert!(d.unrecognized.is_empty(), "{:?}", d.unrecognized);
    assert_nothing_dropped(&bytes, &d);
}

#[test]
fn an_arabic_draft_numbered_the_arabic_way() {
    let bytes = fixture("ar-draft.txt");
    let d = parsed(&bytes);
    assert_eq!((d.language, d.kind, d.session), (Lang::Ar, Kind::DraftResolution, Some(81)));
    assert_eq!(d.sponsors.iter().map(|s| s.iso3.as_deref().unwrap_or("?")).collect::<Vec<_>>(), ["AUT", "CHL", "GHA"]);
    assert_eq!(d.operative.len(), 3);
    assert_eq!(d.operative[1].items.iter().map(|i| i.label.as_str()).collect::<Vec<_>>(), ["(أ)", "(ب)"]);
    assert_eq!(d.preamble[0].verb_key.as_deref(), Some("recalling"));
    assert_eq!(
        d.citations.iter().map(|c| c.date.as_deref()).collect::<Vec<_>>(),
        [Some("2015-12-23"), Some("2021-12-06")]
    );
    assert_nothing_dropped(&bytes, &d);
}

#[test]
fn russian_and_spanish_drafts() {
    let ru = "Семьдесят шестая сессия\nПервый комитет\nПункт 95 повестки дня\nАвстрия и Чили: проект резолюции\nСотрудничество национальных групп\nГенеральная Ассамблея,\nссылаясь на свои резолюции 70/237 от 23 декабря 2015 года и 76/19 от 6 декабря 2021 года,\n1. Призывает государства-члены назначить контактных лиц;\n2. Просит Генерального секретаря представить доклад о:\na) практических мерах;\nb) частоте проверок;\n3. Постановляет продолжить рассмотрение этого вопроса.\n";
    let d = parsed(ru.as_bytes());
    assert_eq!((d.language, d.session, d.committee.as_deref()), (Lang::Ru, Some(76), Some("First Committee")));
    assert_eq!(d.sponsors.iter().map(|s| s.iso3.as_deref().unwrap_or("?")).collect::<Vec<_>>(), ["AUT", "CHL"]);
    assert_eq!(
        d.operative.iter().map(|p| p.verb_key.as_deref().unwrap_or("?")).collect::<Vec<_>>(),
        ["calls_upon", "requests", "decides"]
    );
    assert_eq!(d.operative[1].items.len(), 2);
    assert_eq!(d.citations[1].date.as_deref(), Some("2021-12-06"));

    let es = "Septuagésimo sexto período de sesiones\nPrimera Comisión\nTema 95 del programa\nAustria, Chile y Ghana: proyecto de resolución\nCooperación entre los equipos nacionales\nLa Asamblea General,\nRecordando sus resoluciones 70/237, de 23 de diciembre de 2015, y 76/19, de 6 de diciembre de 2021,\n1. Alienta a los Estados Miembros a designar puntos de contacto;\n2. Decide seguir examinando la cuestión.\n";
    let d = parsed(es.as_bytes());
    assert_eq!((d.language, d.session), (Lang::Es, Some(76)));
    assert_eq!(d.sponsors.iter().map(|s| s.iso3.as_deref().unwrap_or("?")).collect::<Vec<_>>(), ["AUT", "CHL", "GHA"]);
    assert_eq!(
        d.citations.iter().map(|c| c.date.as_deref()).collect::<Vec<_>>(),
        [Some("2015-12-23"), Some("2021-12-06")]
    );
    assert_eq!(d.operative[0].verb_key.as_deref(), Some("encourages"));
}

/// Reports (a group of experts' report, a note by the Secretary-General) have no "The General
/// Assembly," opening: numbered paragraphs under section headings that each language writes
/// its own way (II., 二., ثانيا -), which come out with one neutral number.
#[test]
fn reports_in_english_chinese_and_arabic() {
    for (name, lang, first_item) in
        [("en-report.txt", Lang::En, "(a)"), ("zh-report.txt", Lang::Zh, "(a)"), ("ar-report.txt", Lang::Ar, "(أ)")]
    {
        // Items keep their label as written; their places are the same in every language.
        let input = fixture(name);
        let doc = parsed(&input);
        assert_nothing_dropped(&input, &doc);
        assert_eq!(doc.language, lang, "{name}");
        assert_eq!(doc.kind, Kind::Report, "{name}");
        assert_eq!(doc.symbol.as_deref(), Some("A/80/412"), "{name}");
        assert_eq!(doc.session, Some(80), "{name}");
        assert_eq!(doc.issued_on.as_deref(), Some("2025-07-30"), "{name}");
        assert_eq!(doc.agenda_items.len(), 1, "{name}");
        assert_eq!(doc.agenda_items[0].number, "95", "{name}");
        assert!(doc.agenda_items[0].title.as_deref().is_some_and(|t| t.chars().count() > 10), "{name}");
        assert_eq!(doc.sections.iter().map(|s| s.number.as_str()).collect::<Vec<_>>(), ["I", "II", "III"], "{name}");
        assert_eq!(doc.sections.iter().map(|s| s.first_paragraph).collect::<Vec<_>>(), [1, 3, 5], "{name}");
        assert_eq!(doc.operative.iter().map(|p| p.number).collect::<Vec<_>>(), [1, 2, 3, 4, 5], "{name}");
        assert_eq!(doc.operative[2].items.len(), 3, "{name}");
        assert_eq!(doc.preamble.len(), 2, "{name}: the note and its text are the front paragraphs");
        assert_eq!(doc.footnotes.len(), 1, "{name}");
        assert_eq!(doc.footnotes[0].symbols, ["A/70/174"], "{name}");
        assert_eq!(doc.footnotes[0].attached_to.as_deref(), Some("operative 4"), "{name}");
        assert!(doc.citations.iter().any(|c| c.symbol == "70/237" && c.cited_in == "operative 4"), "{name}");
        assert!(doc.unrecognized.is_empty(), "{name}: {:?}", doc.unrecognized);

        // Framework locators find the same paragraphs in every language.
        let section: Vec<String> = doc.locate("section II").unwrap().into_iter().map(|(p, _)| p).collect();
        assert_eq!(section.len(), 5, "{name}: paragraphs 3 (with its three items) and 4: {section:?}");
        assert_eq!(section[0], "operative 3");
        assert_eq!(section[4], "operative 4");
        let item = doc.locate("para 3 (a)").unwrap();
        assert_eq!(item[0].0, "operative 3 (a)", "{name}");
        assert_eq!(doc.operative[2].items[0].label, first_item, "{name}");
        assert_eq!(doc.locate("para 3, item 2").unwrap()[0].0, doc.locate("para 3 (b)").unwrap()[0].0);
        assert!(doc.locate("para 3 (z)").is_none());
        assert!(doc.locate("para 9").is_none());
        assert!(doc.locate("section IX").is_none());
        assert!(doc.locate("nonsense").is_none());
    }
}

#[test]
fn bad_input_is_refused_with_the_reason() {
    let s = states();
    let opts = ParseOptions::default();
    assert_eq!(parse(b"", &opts, &s).unwrap_err(), ParseError::Empty);
    assert!(matches!(parse(b"%PDF-1.7\n%\xe2\xe3", &opts, &s), Err(ParseError::Pdf(_))));
    assert!(matches!(parse(b"The General Assembly,\n\xff\xfe", &opts, &s), Err(ParseError::NotUtf8 { .. })));
    let prose =
        "Dear colleagues, thank you for the meeting of the working group and for the minutes of the session.".repeat(3);
    assert_eq!(parse(prose.as_bytes(), &opts, &s).unwrap_err(), ParseError::NoStructure { lang: Lang::En });
    let wrong = ParseOptions { symbol: Some("A/C.1/81/L.99".into()), ..Default::default() };
    assert_eq!(
        parse(&fixture("en-draft-pdf.txt"), &wrong, &s).unwrap_err(),
        ParseError::SymbolMismatch { given: "A/C.1/81/L.99".into(), found: "A/C.1/81/L.7".into() }
    );
    let bad = ParseOptions { symbol: Some("hello".into()), ..Default::default() };
    assert!(matches!(parse(&fixture("en-draft-pdf.txt"), &bad, &s), Err(ParseError::BadSymbol(_))));
    assert_eq!(
        parse(b"12345 67890 ... --- !!! 12345 67890 ... --- !!! 12345", &opts, &s).unwrap_err(),
        ParseError::UnknownLanguage
    );
    // A symbol given for a text without one is used.
    if let Some(bytes) = founding() {
        let with = ParseOptions { symbol: Some("a/c.1/76/l.13".into()), ..Default::default() };
        assert_eq!(parse(&bytes, &with, &s).unwrap().symbol.as_deref(), Some("A/C.1/76/L.13"));
    }
}

/// The parser never panics: every prefix of each fixture, and each fixture with its lines in
/// reverse order, either parses or is refused.
#[test]
fn never_panics_on_damaged_input() {
    let s = states();
    let mut inputs = vec![
        fixture("en-draft-pdf.txt"),
        fixture("en-resolution.txt"),
        fixture("fr-resolution.txt"),
        fixture("ar-draft.txt"),
    ];
    inputs.extend(founding());
    for input in inputs {
        let text = String::from_utf8(input.clone()).unwrap();
        let mut cut = 0;
        while cut < input.len() {
            let _ = parse(&input[..cut], &ParseOptions::default(), &s);
            cut += 97;
        }
        let reversed: Vec<&str> = text.lines().rev().collect();
        let _ = parse(reversed.join("\n").as_bytes(), &ParseOptions::default(), &s);
        for lang in Lang::ALL {
            let _ = parse(&input, &ParseOptions { lang: Some(lang), symbol: None }, &s);
        }
    }
}

/// A document issued to the Assembly and the Security Council at once has one joint symbol,
/// kept whole as its own and where it is cited (not two documents).
#[test]
fn a_joint_symbol_is_one_document() {
    let text = "United Nations      A/42/521-S/19085\nGeneral Assembly\nSecurity Council      Distr.: General\n\
                1 September 1987\n\nGeneral Assembly\nForty-second session\nAgenda item 12\nA test item\n\n\
                Letter dated 31 August 1987 from the Permanent Representative\n\n\
                1. I have the honour to transmit a text, as in my letter (A/41/872-S/18490, annex).\n\n\
                2. I should be grateful if it were circulated.\n";
    let doc = parsed(text.as_bytes());
    assert_eq!(doc.symbol.as_deref(), Some("A/42/521-S/19085"));
    assert_eq!(doc.session, Some(42));
    let cited: Vec<&str> =
        doc.citations.iter().filter(|c| c.kind == CitationKind::Document).map(|c| c.symbol.as_str()).collect();
    assert_eq!(cited, ["A/41/872-S/18490"]);
}
