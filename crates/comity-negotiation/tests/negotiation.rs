//! The negotiation model on real input and with the real tools users open its files with:
//! real UN drafts (their official PDFs and the text extracted from them, read from
//! `shared/corpus/real` beside the project, never copied in) turned into negotiating texts
//! and revised; the Akoma Ntoso forms checked against the official schema; the compilation's
//! Word file opened by LibreOffice with its tracked changes under each proposer's name.

use std::path::{Path, PathBuf};
use std::process::Command;

use comity_documents::{ParseOptions, parse};
use comity_i18n::{Collation, Lang};
use comity_negotiation::akn::{RevisionWork, compilation_collection, proposal_amendment, revision_doc};
use comity_negotiation::compilation::{Filter, Words, compile, to_docx, to_html};
use comity_negotiation::proposal::{Change, Position, Proposal, Proposer, Stance};
use comity_negotiation::revise::{Decision, Outcome, next_revision};
use comity_negotiation::text::{Kind, Text};
use comity_states::StateRegistry;

fn corpus() -> Option<PathBuf> {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/real"));
    dir.is_dir().then_some(dir)
}

fn body(path: &Path) -> Vec<u8> {
    let raw = std::fs::read(path).unwrap();
    let nl = raw.iter().position(|b| *b == b'\n').unwrap();
    raw[nl + 1..].to_vec()
}

fn required(what: &str) {
    assert!(std::env::var("COMITY_REQUIRE_VALIDATORS").as_deref() != Ok("1"), "{what} is required");
}

fn words() -> Words {
    Words {
        title: "Compilation of proposals on the zero draft".into(),
        proposed_by: "Proposed by {proposer}".into(),
        co_sponsors: "co-sponsors: {states}".into(),
        late: "late".into(),
        withdrawn: "withdrawn".into(),
        delete: "delete the paragraph".into(),
        move_after: "move after paragraph {label}".into(),
        move_first: "move to the beginning".into(),
        add_after: "add a paragraph after it".into(),
        comment: "comment".into(),
        stances: ["Support".into(), "Oppose".into(), "Can live with".into(), "Reserve".into()],
    }
}

fn name_of(code: &str) -> String {
    match code {
        "FRA" => "France".into(),
        "CHN" => "China".into(),
        "KEN" => "Kenya".into(),
        "MEX" => "Mexico".into(),
        other => other.into(),
    }
}

fn proposal(id: &str, place: &str, state: &str, change: Change) -> Proposal {
    Proposal {
        id: id.into(),
        revision: 0,
        place: place.into(),
        change,
        justification: format!("Proposed by {state} for clarity."),
        proposer: Proposer::State { state: state.into() },
        co_sponsors: Vec::new(),
        filed_at: "2026-03-14T12:00:00Z".into(),
        late: false,
        withdrawn: false,
    }
}

/// Every real draft and resolution the documents parser reads becomes a negotiating text with
/// one paragraph for each of its preambular and operative paragraphs and sub-items; written
/// out as Markdown (what the portal's editor holds) it reads back to the same paragraphs.
#[test]
fn real_un_texts_become_negotiating_texts_that_read_back_the_same() {
    let Some(dir) = corpus() else { return };
    let states = StateRegistry::embedded(&Collation::new()).unwrap();
    let mut read = 0;
    let mut entries: Vec<PathBuf> =
        std::fs::read_dir(dir.join("en")).unwrap().filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries.iter().filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("A_"))) {
        let options = ParseOptions { lang: Some(Lang::En), symbol: None };
        let Ok(doc) = parse(&body(path), &options, &states) else { continue };
        let text = Text::from_document(&doc).unwrap();
        // Paragraphs with words: a decision's operative part may be its items alone.
        let said = |t: &str| usize::from(!t.trim().is_empty());
        fn count(items: &[comity_documents::Item]) -> usize {
            items.iter().map(|i| usize::from(!i.text.trim().is_empty()) + count(&i.items)).sum()
        }
        let expected = doc.preamble.iter().map(|p| said(&p.text)).sum::<usize>()
            + doc.operative.iter().map(|p| said(&p.text) + count(&p.items)).sum::<usize>();
        let headings = text.paragraphs.iter().filter(|p| p.kind == Kind::Heading).count();
        let annexed: usize =
            doc.annexes.iter().map(|a| a.paragraphs.iter().filter(|p| !p.trim().is_empty()).count()).sum();
        assert_eq!(text.paragraphs.len() - headings - annexed, expected, "{}", path.display());
        let numbered = text.paragraphs.iter().filter(|p| p.kind == Kind::Numbered).count();
        assert_eq!(
            numbered,
            doc.operative.iter().filter(|p| p.numbered && !p.text.trim().is_empty()).count(),
            "{}",
            path.display()
        );
        let again = Text::parse_draft(&text.to_markdown()).unwrap();
        let shape = |t: &Text| t.paragraphs.iter().map(|p| (p.kind, p.text.clone())).collect::<Vec<_>>();
        assert_eq!(shape(&again), shape(&text), "{}", path.display());
        read += 1;
    }
    assert!(read >= 30, "only {read} real documents read");
}

/// A real draft resolution from its official PDF, negotiated: proposals on its operative
/// paragraphs, the Chair's decisions, Rev.1 with each paragraph's proposals, renumbered.
#[test]
fn a_real_draft_from_its_pdf_is_revised_from_the_chairs_decisions() {
    let Some(dir) = corpus() else { return };
    let states = StateRegistry::embedded(&Collation::new()).unwrap();
    let pdf = std::fs::read(dir.join("pdf/A_C.1_80_L.5.pdf")).unwrap();
    let doc = parse(&pdf, &ParseOptions { lang: Some(Lang::En), symbol: None }, &states).unwrap();
    let zero = Text::from_document(&doc).unwrap();
    let numbered: Vec<&str> =
        zero.paragraphs.iter().filter(|p| p.kind == Kind::Numbered).map(|p| p.place.as_str()).collect();
    assert!(numbered.len() >= 3, "{numbered:?}");
    let (first, second, third) = (numbered[0], numbered[1], numbered[2]);
    let proposals = vec![
        proposal(
            "fra-1",
            first,
            "FRA",
            Change::Replace { text: format!("{} (as amended)", zero.paragraph(first).unwrap().text) },
        ),
        proposal("chn-1", second, "CHN", Change::Delete),
        proposal(
            "ken-1",
            third,
            "KEN",
            Change::AddAfter { kind: Kind::Numbered, text: "Requests a report on capacity-building.".into() },
        ),
    ];
    for p in &proposals {
        p.check(&zero, p.proposer.name()).unwrap();
    }
    // The compilation of the real text as one Akoma Ntoso file, valid against the schema.
    let work = RevisionWork {
        name: "c1-80-l5",
        number: 0,
        title: doc.title.as_deref().unwrap_or("A/C.1/80/L.5"),
        date: "2025-10-01",
        lang: Lang::En,
        generated_on: "2025-10-02",
    };
    let collection = compilation_collection(&zero, &work, &proposals, name_of);
    assert_eq!(collection.matches("<amendment name=").count(), 3);
    xmllint(&collection, "real-compilation.xml");
    let decisions = vec![
        Decision { proposal: "fra-1".into(), outcome: Outcome::Accept, reason: "Agreed at the informals.".into() },
        Decision { proposal: "chn-1".into(), outcome: Outcome::SetAside, reason: "No support.".into() },
        Decision { proposal: "ken-1".into(), outcome: Outcome::Accept, reason: "Broad support.".into() },
    ];
    let rev1 = next_revision(&zero, &proposals, &decisions).unwrap();
    assert_eq!(rev1.paragraphs.len(), zero.paragraphs.len() + 1);
    assert!(rev1.paragraph(first).unwrap().text.ends_with("(as amended)"));
    assert_eq!(rev1.paragraph(first).unwrap().from, vec!["fra-1"]);
    let added = rev1.paragraphs.iter().find(|p| p.from == ["ken-1"] && p.place != first).unwrap();
    assert_eq!(added.place, format!("p{}", zero.next_place));
    let after_third = rev1.paragraphs.iter().position(|p| p.place == third).unwrap();
    assert_eq!(rev1.paragraphs[after_third + 1].place, added.place);
    // Renumbered: what followed the third operative paragraph is one number further on.
    if let Some(fourth) = numbered.get(3) {
        let before = zero.label_of(fourth).unwrap().number.unwrap();
        assert_eq!(rev1.label_of(fourth).unwrap().number.unwrap(), before + 1);
    }
}

fn xmllint(xml: &str, name: &str) {
    let Some(xsd) = std::env::var_os("COMITY_AKN_XSD") else {
        required("COMITY_AKN_XSD");
        return;
    };
    let dir = std::env::temp_dir().join(format!("comity-negotiation-akn-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(name);
    std::fs::write(&file, xml).unwrap();
    let out = Command::new("xmllint").arg("--noout").arg("--schema").arg(&xsd).arg(&file).output().unwrap();
    assert!(out.status.success(), "{name}: {}\n{xml}", String::from_utf8_lossy(&out.stderr));
}

/// Each revision as an Akoma Ntoso `doc` and each proposal as an `amendment` referring to its
/// paragraph, valid against the official schema.
#[test]
fn revisions_and_proposals_are_valid_akoma_ntoso() {
    let zero = Text::parse_draft(
        "# Draft progress report\n\nI. Introduction\n\n1. The Mechanism met.\n\n2. States recalled:\n(a) the norms;\n(b) the CBMs & their use.\n\nStates will continue.",
    )
    .unwrap();
    let work = RevisionWork {
        name: "gm-2026-apr",
        number: 0,
        title: "Draft annual progress report",
        date: "2026-03-01",
        lang: Lang::En,
        generated_on: "2026-03-02",
    };
    let doc = revision_doc(&zero, &work);
    assert!(doc.contains("<point eId=\"para_p5\"><num>(a)</num>"), "{doc}");
    xmllint(&doc, "rev0.xml");
    let changes = [
        Change::Replace { text: "The Global Mechanism met.".into() },
        Change::AddAfter { kind: Kind::Numbered, text: "New <text>.".into() },
        Change::Delete,
        Change::Move { after: Some("p4".into()) },
        Change::Move { after: None },
        Change::Comment,
    ];
    let mut proposals = Vec::new();
    for (n, change) in changes.into_iter().enumerate() {
        let mut p = proposal(&format!("x{n}"), "p3", "FRA", change);
        p.co_sponsors = vec!["MEX".into()];
        let xml = proposal_amendment(&p, &zero, &work, "France");
        assert!(xml.contains("#para_p3"), "{xml}");
        xmllint(&xml, &format!("proposal-{n}.xml"));
        proposals.push(p);
    }
    // The whole compilation in one file: every document inside keeps its eIds apart from the
    // others' (the schema refuses a collection where two share one).
    let collection = compilation_collection(&zero, &work, &proposals, name_of);
    assert_eq!(collection.matches("<amendment name=").count(), proposals.len());
    assert!(collection.contains("<paragraph eId=\"cmp_1__para_p3\">"), "{collection}");
    assert!(collection.contains("<docProponent refersTo=\"#cmp_7__proposer\">France</docProponent>"), "{collection}");
    xmllint(&collection, "compilation.xml");
}

/// The compilation as Word, opened by LibreOffice: the changes are tracked changes under the
/// proposers' names, and the justifications are comments.
#[test]
fn the_compilation_opens_in_libreoffice_with_each_states_changes_tracked() {
    let zero =
        Text::parse_draft("1. States reaffirmed the norms.\n\n2. States will meet again.\n\n3. Closing.").unwrap();
    let mut fra = proposal("a", "p1", "FRA", Change::Replace { text: "States recalled the eleven norms.".into() });
    fra.co_sponsors = vec!["MEX".into()];
    let proposals = vec![
        fra,
        proposal("b", "p2", "CHN", Change::Delete),
        proposal(
            "c",
            "p2",
            "KEN",
            Change::AddAfter { kind: Kind::Numbered, text: "States welcomed the portal.".into() },
        ),
    ];
    let positions =
        vec![Position { proposal: "a".into(), state: "CHN".into(), stance: Stance::CanLiveWith, statement: None }];
    let c = compile(Lang::En, &zero, &proposals, &positions, &Filter::default());
    let html = to_html(&c, &zero, Lang::En, &words(), &name_of);
    assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"));
    let docx = to_docx(&c, &zero, Lang::En, &words(), &name_of);
    let Some(fodt) = opened_in_libreoffice(&docx, "compilation") else { return };
    let doc = roxmltree::Document::parse(&fodt).unwrap();
    let changes = tracked_changes(&doc);
    assert!(changes.contains(&("insertion".into(), "France".into())), "{changes:?}");
    assert!(changes.contains(&("deletion".into(), "France".into())), "{changes:?}");
    assert!(changes.contains(&("deletion".into(), "China".into())), "{changes:?}");
    assert!(changes.contains(&("insertion".into(), "Kenya".into())), "{changes:?}");
    let comments: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name((OFFICE, "annotation")))
        .map(|n| n.descendants().filter_map(|t| t.text()).collect::<String>())
        .collect();
    assert!(
        comments.iter().any(|c| c.contains("Proposed by FRA for clarity.") && c.contains("Can live with: China")),
        "{comments:?}"
    );
}

const TEXT: &str = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const OFFICE: &str = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

/// `docx` as LibreOffice reads it, saved in its own flat format (`.fodt`); none without
/// LibreOffice (an error where the tools are required).
fn opened_in_libreoffice(docx: &[u8], stem: &str) -> Option<String> {
    let have = Command::new("soffice").arg("--version").output().is_ok_and(|o| o.status.success());
    if !have {
        required("LibreOffice (soffice)");
        return None;
    }
    let dir = std::env::temp_dir().join(format!("comity-negotiation-lo-{stem}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(format!("{stem}.docx")), docx).unwrap();
    let out = Command::new("soffice")
        .arg(format!("-env:UserInstallation=file://{}", dir.join("profile").display()))
        .args(["--headless", "--convert-to", "fodt", "--outdir"])
        .arg(&dir)
        .arg(dir.join(format!("{stem}.docx")))
        .output()
        .unwrap();
    assert!(out.status.success(), "LibreOffice: {}", String::from_utf8_lossy(&out.stderr));
    let fodt = std::fs::read_to_string(dir.join(format!("{stem}.fodt"))).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    Some(fodt)
}

/// (kind, author) of every change LibreOffice holds: `insertion` or `deletion`, by whom.
fn tracked_changes(doc: &roxmltree::Document<'_>) -> Vec<(String, String)> {
    const DC: &str = "http://purl.org/dc/elements/1.1/";
    let mut changes: Vec<(String, String)> = doc
        .descendants()
        .filter(|n| n.has_tag_name((TEXT, "changed-region")))
        .filter_map(|region| {
            let kind = region.children().find(|c| c.is_element())?.tag_name().name().to_string();
            let author = region.descendants().find(|n| n.has_tag_name((DC, "creator")))?.text()?.to_string();
            Some((kind, author))
        })
        .collect();
    changes.sort();
    changes.dedup();
    changes
}

/// A real UN draft revised by the Chair (a paragraph reworded, one struck, one added), Rev.1
/// against the zero draft as Word: LibreOffice opens it with the rewording, the struck
/// paragraph and the added one as changes to review under Rev.1's name, and Rev.1's text is
/// what is left once they are accepted.
#[test]
fn a_real_draft_revised_compares_with_its_zero_draft_in_libreoffice() {
    use comity_docx::tracked::Author;
    use comity_negotiation::comparison::{ComparisonWords, to_docx};
    use comity_negotiation::revise::compare;
    let Some(dir) = corpus() else { return };
    let states = StateRegistry::embedded(&Collation::new()).unwrap();
    // A First Committee draft resolution: preambular and numbered operative paragraphs.
    let path = dir.join("en").join("A_C.1_80_L.22.txt");
    let doc = parse(&body(&path), &ParseOptions { lang: Some(Lang::En), symbol: None }, &states).unwrap();
    let zero = Text::from_document(&doc).unwrap();
    let numbered: Vec<&str> =
        zero.paragraphs.iter().filter(|p| p.kind == Kind::Numbered).map(|p| p.place.as_str()).collect();
    assert!(numbered.len() >= 3, "{path:?}: {} numbered paragraphs", numbered.len());
    let (reworded, struck, after) = (numbered[0], numbered[1], numbered[2]);
    let old_words = zero.paragraphs.iter().find(|p| p.place == reworded).unwrap().text.clone();
    let struck_text = zero.paragraphs.iter().find(|p| p.place == struck).unwrap().text.clone();
    let proposals = vec![
        proposal("a", reworded, "FRA", Change::Replace { text: format!("{old_words} Comity was here.") }),
        proposal("b", struck, "CHN", Change::Delete),
        proposal(
            "c",
            after,
            "KEN",
            Change::AddAfter { kind: Kind::Numbered, text: "States welcomed the portal.".into() },
        ),
    ];
    let decisions: Vec<Decision> = ["a", "b", "c"]
        .map(|id| Decision { proposal: id.into(), outcome: Outcome::Accept, reason: "Agreed.".into() })
        .into();
    let rev1 = next_revision(&zero, &proposals, &decisions).unwrap();
    let changes = compare(Lang::En, &zero, &rev1);
    let words =
        ComparisonWords { title: "Rev.1 compared with the zero draft".into(), moved_from: "Moved from {place}".into() };
    let author = Author { name: "Rev.1".into(), date: "2026-03-20T12:00:00Z".into() };
    let docx = to_docx(Lang::En, &zero, &rev1, &changes, &words, &author);
    let Some(fodt) = opened_in_libreoffice(&docx, "comparison") else { return };
    let doc = roxmltree::Document::parse(&fodt).unwrap();
    assert_eq!(
        tracked_changes(&doc),
        [("deletion".to_string(), "Rev.1".to_string()), ("insertion".into(), "Rev.1".into())]
    );
    // What LibreOffice holds as inserted and as deleted: the body's text between each change's
    // start and end marks, by the kind of its region.
    let kinds: std::collections::HashMap<&str, &str> = doc
        .descendants()
        .filter(|n| n.has_tag_name((TEXT, "changed-region")))
        .filter_map(|r| Some((r.attribute((TEXT, "id"))?, r.children().find(|c| c.is_element())?.tag_name().name())))
        .collect();
    let (mut open, mut inserted, mut deleted) = (Vec::new(), String::new(), String::new());
    for node in doc.descendants() {
        let id = || node.attribute((TEXT, "change-id")).unwrap_or_default();
        if node.has_tag_name((TEXT, "change-start")) {
            open.push(kinds[id()]);
        } else if node.has_tag_name((TEXT, "change-end")) {
            open.pop();
        } else if node.is_text() {
            match open.last() {
                Some(&"insertion") => inserted.push_str(node.text().unwrap()),
                Some(&"deletion") => deleted.push_str(node.text().unwrap()),
                _ => {}
            }
        }
    }
    assert!(inserted.contains("Comity was here.") && inserted.contains("States welcomed the portal."), "{inserted}");
    assert!(deleted.contains(&struck_text), "the struck paragraph: {deleted}");
    assert!(!deleted.contains(&old_words) && !inserted.contains(&old_words), "the reworded paragraph's own words stay");
    let body: String = doc
        .descendants()
        .filter(|n| n.has_tag_name((OFFICE, "text")))
        .flat_map(|b| b.descendants().filter_map(|t| t.text()).collect::<Vec<_>>())
        .collect();
    assert!(body.contains(old_words.split_whitespace().next().unwrap()));
}

/// A zero draft written in Word reads into the same paragraphs as its Markdown; a file that
/// is not a Word document is refused.
/// A zero draft as the Secretariat sends it: a Word file (by its signature or its name), or
/// UTF-8 Markdown or text with or without a byte-order mark; a damaged Word file, a Word
/// 97-2003 file and text in another encoding are each refused with what is wrong.
#[test]
fn a_zero_draft_in_word_is_read_and_a_broken_one_refused() {
    use comity_negotiation::text::DraftFileError;
    let markdown = "# Draft report\n\n1. The Mechanism met.\n\n2. States recalled the norms.\n";
    let docx = comity_docx::write(
        &comity_docx::from_markdown(markdown),
        &comity_docx::Properties { title: "Draft".into(), language: "en".into() },
    );
    let shape = |t: &Text| t.paragraphs.iter().map(|p| (p.kind, p.text.clone())).collect::<Vec<_>>();
    let from_word = Text::read_file(&docx, "zero draft").unwrap();
    assert_eq!(
        from_word.paragraphs.iter().map(|p| p.kind).collect::<Vec<_>>(),
        [Kind::Heading, Kind::Numbered, Kind::Numbered]
    );
    assert_eq!(from_word.paragraphs[2].text, "States recalled the norms.");
    let with_bom = [b"\xEF\xBB\xBF".as_slice(), markdown.as_bytes()].concat();
    assert_eq!(shape(&Text::read_file(&with_bom, "draft.md").unwrap()), shape(&from_word));

    let damaged = Text::read_file(b"PK\x03\x04 not really a zip", "draft.docx").unwrap_err();
    assert!(matches!(damaged, DraftFileError::Word(_)), "{damaged:?}");
    let named = Text::read_file(markdown.as_bytes(), "draft.DOCX").unwrap_err();
    assert!(matches!(named, DraftFileError::Word(_)), "a .docx that is not one: {named:?}");
    let legacy = Text::read_file(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "draft").unwrap_err();
    assert!(matches!(legacy, DraftFileError::Word(comity_docx::ReadError::LegacyDoc)), "{legacy:?}");
    assert!(legacy.to_string().contains(".doc"), "{legacy}");
    let latin1 = b"1. Les \xC9tats ont rappel\xE9 les normes.";
    let e = Text::read_file(latin1, "draft.txt").unwrap_err();
    assert!(matches!(e, DraftFileError::NotUtf8 { byte: 7 }), "{e:?}");
    assert!(matches!(Text::read_file(b"  \n", "draft.txt"), Err(DraftFileError::Draft(_))));
}

/// Real UN texts saved as Word by LibreOffice, as a Chair's office saves its zero draft
/// (headings in a heading style, numbers and letters typed), are read into the same paragraphs
/// as their text.
#[test]
fn real_drafts_saved_as_word_by_libreoffice_read_as_their_text() {
    let Some(dir) = corpus() else { return };
    let have = Command::new("soffice").arg("--version").output().is_ok_and(|o| o.status.success());
    if !have {
        required("LibreOffice (soffice)");
        return;
    }
    let states = StateRegistry::embedded(&Collation::new()).unwrap();
    let work = std::env::temp_dir().join(format!("comity-zero-draft-lo-{}", std::process::id()));
    std::fs::create_dir_all(&work).unwrap();
    let escape = |t: &str| t.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let mut texts = Vec::new();
    for name in ["A_80_L.1.txt", "A_80_L.15.txt", "A_C.1_80_L.22.txt"] {
        let path = dir.join("en").join(name);
        let Ok(doc) = parse(&body(&path), &ParseOptions { lang: Some(Lang::En), symbol: None }, &states) else {
            panic!("{name} no longer parses")
        };
        let text = Text::from_document(&doc).unwrap();
        let mut html = String::from("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"></head><body>");
        for (p, label) in text.paragraphs.iter().zip(text.labels()) {
            html.push_str(&match p.kind {
                Kind::Heading => format!("<h2>{}</h2>", escape(&p.text)),
                Kind::Numbered | Kind::Item => format!("<p>{label} {}</p>", escape(&p.text)),
                Kind::Unnumbered => format!("<p>{}</p>", escape(&p.text)),
            });
        }
        html.push_str("</body></html>");
        let stem = name.trim_end_matches(".txt").replace('.', "-");
        std::fs::write(work.join(format!("{stem}.html")), html).unwrap();
        texts.push((stem, text));
    }
    let out = Command::new("soffice")
        .arg(format!("-env:UserInstallation=file://{}", work.join("profile").display()))
        .args(["--headless", "--writer", "--convert-to", "docx:MS Word 2007 XML", "--outdir"])
        .arg(&work)
        .args(texts.iter().map(|(stem, _)| work.join(format!("{stem}.html"))))
        .output()
        .unwrap();
    assert!(out.status.success(), "LibreOffice: {}", String::from_utf8_lossy(&out.stderr));
    let shape = |t: &Text| t.paragraphs.iter().map(|p| (p.kind, p.text.clone())).collect::<Vec<_>>();
    for (stem, text) in &texts {
        let docx = std::fs::read(work.join(format!("{stem}.docx"))).unwrap();
        assert!(docx.starts_with(b"PK\x03\x04"), "{stem}: LibreOffice wrote Word");
        let read = Text::read_file(&docx, &format!("{stem}.docx")).unwrap();
        assert!(read.paragraphs.len() > 5, "{stem}");
        assert_eq!(shape(&read), shape(text), "{stem}");
    }
    std::fs::remove_dir_all(&work).ok();
}

/// Every real UN text the documents parser reads, negotiated and adopted unchanged, enters the
/// record as a document with the same numbered paragraphs, sections and citations as the
/// official text it came from, each paragraph of the negotiating text at one place of it.
#[test]
fn real_un_texts_adopted_enter_the_record_with_their_paragraphs_and_citations() {
    use comity_negotiation::record::to_document;
    use std::collections::BTreeSet;
    let Some(dir) = corpus() else { return };
    let states = StateRegistry::embedded(&Collation::new()).unwrap();
    let (mut read, mut with_sections) = (0, 0);
    for lang in [Lang::En, Lang::Fr, Lang::Ru] {
        let mut entries: Vec<PathBuf> =
            std::fs::read_dir(dir.join(lang.code())).unwrap().filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for path in &entries {
            let options = ParseOptions { lang: Some(lang), symbol: None };
            let Ok(doc) = parse(&body(path), &options, &states) else { continue };
            if doc.operative.iter().any(|p| !p.numbered || p.text.trim().is_empty()) {
                continue;
            }
            let text = Text::from_document(&doc).unwrap();
            let (adopted, places) = to_document(&text, "A/AC.292/2026/CRP.1", lang, None);
            let here = path.display();
            assert_eq!(places.len(), text.paragraphs.len(), "{here}");
            let numbered =
                |d: &comity_documents::Document| d.operative.iter().map(|p| p.text.clone()).collect::<Vec<_>>();
            assert_eq!(numbered(&adopted), numbered(&doc), "{here}");
            let sections = |d: &comity_documents::Document| {
                d.sections.iter().map(|s| (s.label.clone(), s.title.clone(), s.first_paragraph)).collect::<Vec<_>>()
            };
            assert_eq!(sections(&adopted), sections(&doc), "{here}");
            with_sections += usize::from(!doc.sections.is_empty());
            // What the text cites outside its footnotes (which stay with the record's own copy).
            let cited = |d: &comity_documents::Document| {
                d.citations
                    .iter()
                    .filter(|c| !c.cited_in.starts_with("footnote"))
                    .map(|c| c.symbol.clone())
                    .collect::<BTreeSet<_>>()
            };
            assert_eq!(cited(&adopted), cited(&doc), "{here}");
            read += 1;
        }
    }
    assert!(read >= 30 && with_sections >= 1, "only {read} real documents read, {with_sections} with sections");
}
