//! Akoma Ntoso 3.0 output following the UN's AKN4UN conventions for General Assembly texts:
//! a `statement` with FRBR identifiers built from the symbol, language and date, a preface
//! (symbol, session, committee, agenda items, sponsors, title), the preambular paragraphs as
//! recitals, the operative paragraphs with their sub-items, footnotes as authorial notes at the
//! paragraph where their marker stood, and every citation as a `ref`.

use std::fmt::Write;

use comity_i18n::Lang;

use crate::{CitationKind, Document, Item, Kind};

const NS: &str = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

/// Text escaped for XML, without the characters XML 1.0 does not allow.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // Characters XML 1.0 does not allow.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// ISO 639-2 codes, as FRBR language elements take them.
pub fn language_code(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => "ara",
        Lang::Zh => "zho",
        Lang::En => "eng",
        Lang::Fr => "fra",
        Lang::Ru => "rus",
        Lang::Es => "spa",
    }
}

fn subtype(kind: Kind) -> &'static str {
    match kind {
        Kind::Resolution => "resolution",
        Kind::DraftResolution => "draftResolution",
        Kind::Decision => "decision",
        Kind::DraftDecision => "draftDecision",
        Kind::Report => "report",
        Kind::Other => "document",
    }
}

/// The FRBR work URI of a cited text.
fn cited_uri(kind: CitationKind, symbol: &str, part: Option<&str>, date: Option<&str>) -> String {
    let name = symbol.replace('/', "-");
    let date = date.unwrap_or("unknown");
    match kind {
        CitationKind::Resolution => format!(
            "/akn/un/statement/resolution/unga/{date}/{name}{}",
            part.map(|p| format!("-{p}")).unwrap_or_default()
        ),
        CitationKind::Decision => format!("/akn/un/statement/decision/unga/{date}/{name}"),
        CitationKind::Document => format!("/akn/un/doc/document/un/{date}/{name}"),
    }
}

/// Escapes a paragraph's text and turns the citations standing at `place` into `ref`s.
fn with_refs(doc: &Document, text: &str, place: &str) -> String {
    let mut cites: Vec<(usize, usize, String)> = Vec::new();
    let mut from = 0;
    for c in doc.citations.iter().filter(|c| c.cited_in == place) {
        if let Some(at) = text[from..].find(&c.symbol).map(|p| p + from) {
            cites.push((at, at + c.symbol.len(), cited_uri(c.kind, &c.symbol, c.part.as_deref(), c.date.as_deref())));
            from = at + c.symbol.len();
        }
    }
    cites.sort_by_key(|c| c.0);
    let mut out = String::new();
    let mut pos = 0;
    for (start, end, href) in cites {
        if start < pos {
            continue;
        }
        out.push_str(&esc(&text[pos..start]));
        let _ = write!(out, "<ref href=\"{}\">{}</ref>", esc(&href), esc(&text[start..end]));
        pos = end;
    }
    out.push_str(&esc(&text[pos..]));
    out
}

fn notes_for(doc: &Document, place: &str, e_id: &str) -> String {
    let mut out = String::new();
    for (k, f) in doc.footnotes.iter().enumerate() {
        if f.attached_to.as_deref() == Some(place) {
            let note = format!("{e_id}__authorialNote_{}", k + 1);
            let _ = write!(
                out,
                "<authorialNote marker=\"{}\" placement=\"bottom\" eId=\"{note}\"><p>{}</p></authorialNote>",
                esc(&f.marker),
                with_refs(doc, &f.text, &format!("footnote {}", k + 1))
            );
        }
    }
    out
}

fn item_id(label: &str) -> String {
    label.chars().filter(|c| c.is_alphanumeric()).collect::<String>()
}

fn write_items(out: &mut String, doc: &Document, items: &[Item], parent_eid: &str, parent_place: &str, depth: usize) {
    let list = format!("{parent_eid}__list_1");
    let indent = "  ".repeat(depth);
    let _ = writeln!(out, "{indent}<list eId=\"{list}\">");
    for item in items {
        let eid = format!("{list}__point_{}", item_id(&item.label));
        let place = format!("{parent_place} {}", item.place_label());
        let _ = writeln!(out, "{indent}  <point eId=\"{eid}\">");
        let _ = writeln!(out, "{indent}    <num>{}</num>", esc(&item.label));
        if item.items.is_empty() {
            let _ = writeln!(
                out,
                "{indent}    <content><p>{}{}</p></content>",
                with_refs(doc, &item.text, &place),
                notes_for(doc, &place, &eid)
            );
        } else {
            let _ = writeln!(
                out,
                "{indent}    <intro><p>{}{}</p></intro>",
                with_refs(doc, &item.text, &place),
                notes_for(doc, &place, &eid)
            );
            write_items(out, doc, &item.items, &eid, &place, depth + 2);
        }
        let _ = writeln!(out, "{indent}  </point>");
    }
    let _ = writeln!(out, "{indent}</list>");
}

/// What the FRBR identification of a document says.
pub struct Frbr<'a> {
    pub work: &'a str,
    pub expression: &'a str,
    pub date: &'a str,
    pub date_name: &'a str,
    pub author: &'a str,
    pub subtype: &'a str,
    pub number: Option<&'a str>,
    pub name: Option<&'a str>,
    /// ISO 639-2.
    pub lang: &'a str,
    pub generated_on: &'a str,
}

/// The `<identification>` block (work, expression, manifestation), as AKN4UN builds it.
pub fn identification(f: &Frbr<'_>) -> String {
    let (work, expression, date, date_name, lang) = (f.work, f.expression, f.date, f.date_name, f.lang);
    let mut out = String::new();
    let _ = writeln!(out, "  <identification source=\"#comity\">");
    let _ = writeln!(out, "    <FRBRWork>");
    let _ = writeln!(out, "      <FRBRthis value=\"{work}/!main\"/>");
    let _ = writeln!(out, "      <FRBRuri value=\"{work}\"/>");
    let _ = writeln!(out, "      <FRBRdate date=\"{date}\" name=\"{date_name}\"/>");
    let _ = writeln!(out, "      <FRBRauthor href=\"{}\"/>", f.author);
    let _ = writeln!(out, "      <FRBRcountry value=\"un\"/>");
    let _ = writeln!(out, "      <FRBRsubtype value=\"{}\"/>", f.subtype);
    if let Some(symbol) = f.number {
        let _ = writeln!(out, "      <FRBRnumber value=\"{}\"/>", esc(symbol));
    }
    if let Some(title) = f.name {
        let _ = writeln!(out, "      <FRBRname value=\"{}\"/>", esc(title));
    }
    let _ = writeln!(out, "    </FRBRWork>");
    let _ = writeln!(out, "    <FRBRExpression>");
    let _ = writeln!(out, "      <FRBRthis value=\"{expression}/!main\"/>");
    let _ = writeln!(out, "      <FRBRuri value=\"{expression}\"/>");
    let _ = writeln!(out, "      <FRBRdate date=\"{date}\" name=\"{date_name}\"/>");
    let _ = writeln!(out, "      <FRBRauthor href=\"{}\"/>", f.author);
    let _ = writeln!(out, "      <FRBRlanguage language=\"{lang}\"/>");
    let _ = writeln!(out, "    </FRBRExpression>");
    let _ = writeln!(out, "    <FRBRManifestation>");
    let _ = writeln!(out, "      <FRBRthis value=\"{expression}/!main.xml\"/>");
    let _ = writeln!(out, "      <FRBRuri value=\"{expression}.akn\"/>");
    let _ = writeln!(out, "      <FRBRdate date=\"{}\" name=\"generation\"/>", esc(f.generated_on));
    let _ = writeln!(out, "      <FRBRauthor href=\"#comity\"/>");
    let _ = writeln!(out, "    </FRBRManifestation>");
    let _ = writeln!(out, "  </identification>");
    out
}

/// The document as Akoma Ntoso XML. `generated_on` is the manifestation's date (ISO).
pub fn to_akoma_ntoso(doc: &Document, generated_on: &str) -> String {
    let kind = subtype(doc.kind);
    let lang = language_code(doc.language);
    let number = doc.symbol.as_deref().map(|s| s.replace('/', "-")).unwrap_or_else(|| "unnumbered".into());
    let (date, date_name) = match (&doc.adopted_on, &doc.issued_on) {
        (Some(d), _) => (d.as_str(), "adoption"),
        (None, Some(d)) => (d.as_str(), "issued"),
        (None, None) => ("0001-01-01", "unknown"),
    };
    let work = format!("/akn/un/statement/{kind}/unga/{date}/{number}");
    let expression = format!("{work}/{lang}@");
    let mut out = String::new();
    let _ = writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    let _ = writeln!(out, "<akomaNtoso xmlns=\"{NS}\">");
    let _ = writeln!(out, "<statement name=\"{kind}\" contains=\"originalVersion\">");
    let _ = writeln!(out, "<meta>");
    out.push_str(&identification(&Frbr {
        work: &work,
        expression: &expression,
        date,
        date_name,
        author: "#unga",
        subtype: kind,
        number: doc.symbol.as_deref(),
        name: doc.title.as_deref(),
        lang,
        generated_on,
    }));
    let _ = writeln!(out, "  <references source=\"#comity\">");
    let _ = writeln!(
        out,
        "    <TLCOrganization eId=\"unga\" href=\"/ontology/organization/un/generalAssembly\" showAs=\"General Assembly\"/>"
    );
    let _ =
        writeln!(out, "    <TLCOrganization eId=\"comity\" href=\"/ontology/organization/comity\" showAs=\"Comity\"/>");
    let mut seen = std::collections::HashSet::new();
    for s in &doc.sponsors {
        if let Some(iso3) = &s.iso3
            && seen.insert(iso3.clone())
        {
            let _ = writeln!(
                out,
                "    <TLCOrganization eId=\"state-{iso3}\" href=\"/ontology/organization/un/state/{iso3}\" showAs=\"{}\"/>",
                esc(&s.name)
            );
        }
    }
    let _ = writeln!(out, "  </references>");
    let _ = writeln!(out, "</meta>");

    let _ = writeln!(out, "<preface>");
    if let Some(symbol) = &doc.symbol {
        let _ = writeln!(out, "  <p class=\"symbol\"><docNumber>{}</docNumber></p>", esc(symbol));
    }
    if let Some(session) = doc.session {
        let _ = writeln!(out, "  <p class=\"session\"><session value=\"{session}\">{session}</session></p>");
    }
    if let Some(committee) = &doc.committee {
        let _ = writeln!(out, "  <p class=\"committee\"><docCommittee>{}</docCommittee></p>", esc(committee));
    }
    for item in &doc.agenda_items {
        let title = item.title.as_deref().map(|t| format!(" {}", esc(t))).unwrap_or_default();
        let _ = writeln!(out, "  <p class=\"agendaItem\"><docNumber>{}</docNumber>{title}</p>", esc(&item.number));
    }
    if !doc.sponsors.is_empty() {
        let _ = write!(out, "  <p class=\"sponsors\">");
        for (i, s) in doc.sponsors.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            match &s.iso3 {
                Some(iso3) => {
                    let _ = write!(out, "<docProponent refersTo=\"#state-{iso3}\">{}</docProponent>", esc(&s.name));
                }
                None => {
                    let _ = write!(out, "<docProponent>{}</docProponent>", esc(&s.name));
                }
            }
        }
        let _ = writeln!(out, "</p>");
    }
    let _ = writeln!(out, "  <p class=\"kind\"><docType>{kind}</docType></p>");
    if let Some(title) = &doc.title {
        let _ = writeln!(out, "  <p class=\"title\"><docTitle>{}</docTitle></p>", with_refs(doc, title, "title"));
    }
    let _ = writeln!(out, "</preface>");

    if !doc.preamble.is_empty() {
        let _ = writeln!(out, "<preamble>");
        let _ = writeln!(out, "  <recitals eId=\"recs_1\">");
        for p in &doc.preamble {
            let place = format!("preamble {}", p.number);
            let eid = format!("recs_1__rec_{}", p.number);
            let _ = writeln!(
                out,
                "    <recital eId=\"{eid}\"><p>{}{}</p></recital>",
                with_refs(doc, &p.text, &place),
                notes_for(doc, &place, &eid)
            );
        }
        let _ = writeln!(out, "  </recitals>");
        let _ = writeln!(out, "</preamble>");
    }
    let _ = writeln!(out, "<mainBody>");
    for p in &doc.operative {
        let place = format!("operative {}", p.number);
        let eid = format!("para_{}", p.number);
        let _ = writeln!(out, "  <paragraph eId=\"{eid}\">");
        let _ = writeln!(out, "    <num>{}.</num>", p.number);
        if p.items.is_empty() {
            let _ = writeln!(
                out,
                "    <content><p>{}{}</p></content>",
                with_refs(doc, &p.text, &place),
                notes_for(doc, &place, &eid)
            );
        } else {
            let _ = writeln!(
                out,
                "    <intro><p>{}{}</p></intro>",
                with_refs(doc, &p.text, &place),
                notes_for(doc, &place, &eid)
            );
            write_items(&mut out, doc, &p.items, &eid, &place, 2);
        }
        let _ = writeln!(out, "  </paragraph>");
    }
    if doc.operative.is_empty() {
        let _ = writeln!(out, "  <p/>");
    }
    let _ = writeln!(out, "</mainBody>");
    let _ = writeln!(out, "</statement>");
    let _ = writeln!(out, "</akomaNtoso>");
    out
}
