//! UN General Assembly documents as structured data: reading a resolution, decision or draft in
//! any of the six official languages (plain text extracted from the official PDFs, or Markdown)
//! and recovering its symbol, session, committee, agenda items, sponsors, preambular and
//! operative paragraphs with their verbs, footnotes and every citation, without dropping a line.
#![forbid(unsafe_code)]

mod akn;
mod citations;
mod clean;
mod detect;
/// The official language a text is written in, when it can be told.
pub use detect::language as detect_language;
mod diff;
mod lexicon;
mod pages;
mod structure;
mod symbols;

use comity_i18n::Lang;
use comity_states::StateRegistry;
use serde::{Deserialize, Serialize};

pub use akn::{
    Frbr, esc as xml_escape, identification as akn_identification, language_code as akn_language, to_akoma_ntoso,
};
pub use comity_pdf::PdfError;
pub use diff::{Change, ParagraphChange, Segment, SegmentOp, diff, diff_paired, word_diff};
pub use symbols::normalise_symbol;

/// What a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Resolution,
    DraftResolution,
    Decision,
    DraftDecision,
    Report,
    Other,
}

/// An agenda item as the document numbers it (the number changes between sessions and lists).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AgendaItem {
    /// As written, e.g. `95` or `99 (k)`.
    pub number: String,
    pub title: Option<String>,
}

/// A sponsor as named in the document, and the State the name designates (none for a group).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Sponsor {
    pub name: String,
    pub iso3: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PreambularParagraph {
    pub number: u32,
    /// The opening verb phrase as written (`Recalling`, `又表示关切`), when one is recognised.
    pub verb: Option<String>,
    /// The same verb in every language (`recalling`, `expressing_concern_also`).
    pub verb_key: Option<String>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Item {
    /// As written: `(a)`, `(i)`, `1.1`.
    pub label: String,
    pub text: String,
    #[cfg_attr(feature = "openapi", schema(no_recursion))]
    pub items: Vec<Item>,
}

impl Item {
    /// The label in one form for every language, as places use it to align language versions:
    /// `(a)` for `(a)`, `a)` (French, Spanish, Russian), `（a）` and `(أ)` (Arabic letters in
    /// their abjad order).
    pub fn place_label(&self) -> String {
        const ABJAD: [&str; 28] = [
            "أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص", "ق", "ر", "ش",
            "ت", "ث", "خ", "ذ", "ض", "ظ", "غ",
        ];
        let inner = self.label.trim_start_matches(['(', '（']).trim_end_matches([')', '）']);
        let latin = match ABJAD.iter().position(|a| *a == inner || (*a == "هـ" && inner == "ه")).filter(|k| *k < 26)
        {
            Some(k) => ((b'a' + k as u8) as char).to_string(),
            None => inner.to_string(),
        };
        format!("({latin})")
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OperativeParagraph {
    pub number: u32,
    /// False for the unnumbered operative part of a decision or of a one-sentence resolution
    /// ("Approves the report ..."), numbered here from 1 so that places stay aligned.
    #[serde(default = "numbered_by_default", skip_serializing_if = "Clone::clone")]
    pub numbered: bool,
    pub verb: Option<String>,
    pub verb_key: Option<String>,
    pub text: String,
    pub items: Vec<Item>,
}

fn numbered_by_default() -> bool {
    true
}

/// An annex after the closing lines (a declaration, a programme, a table), its paragraphs as
/// the text gives them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Annex {
    /// As written: `Annex`, `Annex II`.
    pub label: String,
    pub title: Option<String>,
    pub paragraphs: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Footnote {
    pub marker: String,
    pub text: String,
    /// Document symbols the footnote names.
    pub symbols: Vec<String>,
    /// Where its marker stands, e.g. `preamble 13`, `operative 2`; none if the marker was not found.
    pub attached_to: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CitationKind {
    Resolution,
    Decision,
    Document,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Citation {
    /// Another organ than the General Assembly: `security_council`, `human_rights_council`,
    /// `economic_and_social_council` (its resolution is then a document: `S/RES/862 (1993)`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organ: Option<String>,
    pub kind: CitationKind,
    /// `43/78`, `75/564`, `A/70/174`.
    pub symbol: String,
    /// The part letter of a resolution adopted in several parts (`H` of `43/78 H`).
    pub part: Option<String>,
    /// ISO date when the text gives one.
    pub date: Option<String>,
    /// Where it is cited: `preamble 1`, `operative 4`, `footnote 2`, `title`.
    #[serde(rename = "in")]
    pub cited_in: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Unrecognized {
    pub line: usize,
    pub text: String,
}

/// Where one input line went. Every line of the input has exactly one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placement {
    pub line: usize,
    /// `furniture`, `masthead`, `symbol`, `session`, `committee`, `agenda_item`, `agenda_title`,
    /// `adopted`, `sponsors`, `title`, `opening`, `preamble N`, `operative N`, `footnote N`,
    /// `plenary`, `unrecognized`.
    pub role: String,
}

/// A section of a report (`II. Recommended practices`); its paragraphs run from
/// `first_paragraph` to the paragraph before the next section's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Section {
    /// Language-neutral: `II`, or `II.A` for a lettered subsection.
    pub number: String,
    /// As the text writes it: `II`, `二`, `ثانيا`.
    pub label: String,
    pub title: String,
    pub first_paragraph: u32,
}

/// A parsed document.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Document {
    pub symbol: Option<String>,
    pub kind: Kind,
    /// `ar`, `zh`, `en`, `fr`, `ru` or `es`.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub language: Lang,
    pub session: Option<u32>,
    pub committee: Option<String>,
    pub agenda_items: Vec<AgendaItem>,
    pub title: Option<String>,
    pub adopted_on: Option<String>,
    /// The date in the masthead (drafts and reports), when the text carries one.
    pub issued_on: Option<String>,
    pub plenary_meeting: Option<u32>,
    pub sponsors: Vec<Sponsor>,
    pub preamble: Vec<PreambularParagraph>,
    pub operative: Vec<OperativeParagraph>,
    pub footnotes: Vec<Footnote>,
    /// Reports only: the section headings, in order (a report's numbered paragraphs are in
    /// `operative`, its unnumbered front paragraphs in `preamble`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Section>,
    /// What follows the closing lines, annex by annex.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub annexes: Vec<Annex>,
    /// Drafts without sponsors: who submitted them ("Draft resolution submitted by the
    /// Vice-Chair of the Committee, ...").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submitted_by: Option<String>,
    /// Amendments: the draft (or report) they amend, by symbol when the text gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amends: Option<String>,
    pub citations: Vec<Citation>,
    pub unrecognized: Vec<Unrecognized>,
    /// Where each input line went (not part of the JSON output; for checks and diagnostics).
    #[serde(skip, default)]
    #[cfg_attr(feature = "openapi", schema(ignore))]
    pub placements: Vec<Placement>,
}

impl Document {
    /// A document as stored in the record (the JSON the parser produced).
    pub fn from_stored(value: &serde_json::Value) -> Result<Document, String> {
        Document::deserialize(value).map_err(|e| format!("the stored structure cannot be read: {e}"))
    }

    /// Every paragraph with its place: `preamble 1`, `operative 6`, `operative 6 (a)`,
    /// `footnote 1`, and its verb key where it has one. Places are the same in every language
    /// version, which is how versions are aligned.
    pub fn paragraphs(&self) -> Vec<(String, Option<String>, String)> {
        fn items(out: &mut Vec<(String, Option<String>, String)>, list: &[Item], place: &str) {
            for i in list {
                let here = format!("{place} {}", i.place_label());
                out.push((here.clone(), None, i.text.clone()));
                items(out, &i.items, &here);
            }
        }
        let mut out = Vec::new();
        for p in &self.preamble {
            out.push((format!("preamble {}", p.number), p.verb_key.clone(), p.text.clone()));
        }
        for p in &self.operative {
            let place = format!("operative {}", p.number);
            out.push((place.clone(), p.verb_key.clone(), p.text.clone()));
            items(&mut out, &p.items, &place);
        }
        for (k, f) in self.footnotes.iter().enumerate() {
            out.push((format!("footnote {}", k + 1), None, f.text.clone()));
        }
        // A place names one paragraph. Real texts restart a list inside a paragraph (a report's
        // `a) ... d)` then `a)` again) or repeat a number; the repeat is told apart by its rank,
        // the same in every language version, so that versions still align.
        let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for (place, _, _) in &mut out {
            let n = seen.entry(place.clone()).or_insert(0);
            *n += 1;
            if *n > 1 {
                *place = format!("{place} [{n}]");
            }
        }
        out
    }

    /// Every citation the text makes, where it makes it (`title`, `preamble 1`, `operative 4
    /// (a)`, `footnote 2`): what the parser keeps in `citations`, and what a text built
    /// otherwise (an adopted negotiating text) is given.
    pub fn find_citations(&self) -> Vec<Citation> {
        let lang = self.language;
        let mut cites = Vec::new();
        if let Some(title) = self.title.as_deref().filter(|t| !t.is_empty()) {
            cites.extend(citations::find(lang, title, "title"));
        }
        for p in &self.preamble {
            cites.extend(citations::find(lang, &p.text, &format!("preamble {}", p.number)));
        }
        for p in &self.operative {
            cites.extend(citations::find(lang, &p.text, &format!("operative {}", p.number)));
            let mut stack: Vec<(&Item, String)> =
                p.items.iter().map(|i| (i, format!("operative {} {}", p.number, i.place_label()))).collect();
            while let Some((item, place)) = stack.pop() {
                cites.extend(citations::find(lang, &item.text, &place));
                stack.extend(item.items.iter().map(|i| (i, format!("{place} {}", i.place_label()))));
            }
        }
        for (k, f) in self.footnotes.iter().enumerate() {
            cites.extend(citations::find(lang, &f.text, &format!("footnote {}", k + 1)));
        }
        cites
    }

    /// The paragraphs a framework locator points to, with their places, in this language
    /// version: `para 13`, `para 13 (a)` (the first item, whatever the language writes as its
    /// label: `(a)`, `a)`, `(أ)`), `para 56, item 1`, `section II`. None when the locator
    /// names nothing this version holds.
    pub fn locate(&self, locator: &str) -> Option<Vec<(String, String)>> {
        fn with_items(out: &mut Vec<(String, String)>, place: &str, list: &[Item]) {
            for i in list {
                let here = format!("{place} {}", i.place_label());
                out.push((here.clone(), i.text.clone()));
                with_items(out, &here, &i.items);
            }
        }
        let whole = |p: &OperativeParagraph| {
            let place = format!("operative {}", p.number);
            let mut out = vec![(place.clone(), p.text.clone())];
            with_items(&mut out, &place, &p.items);
            out
        };
        let locator = locator.trim();
        if let Some(number) = locator.strip_prefix("section ") {
            let at = self.sections.iter().position(|s| s.number == number.trim())?;
            let first = self.sections[at].first_paragraph;
            let next = self.sections[at + 1..].iter().find(|s| !s.number.starts_with(&format!("{number}.")));
            let end = next.map(|s| s.first_paragraph).unwrap_or(u32::MAX);
            let out: Vec<_> =
                self.operative.iter().filter(|p| (first..end).contains(&p.number)).flat_map(whole).collect();
            return (!out.is_empty()).then_some(out);
        }
        let rest = locator.strip_prefix("para ")?;
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let number: u32 = rest[..digits].parse().ok()?;
        let paragraph = self.operative.iter().find(|p| p.number == number)?;
        let rest = rest[digits..].trim();
        let item = if rest.is_empty() {
            return Some(whole(paragraph));
        } else if let Some(k) = rest.strip_prefix(", item ") {
            paragraph.items.get(k.trim().parse::<usize>().ok()?.checked_sub(1)?)?
        } else {
            paragraph.items.iter().find(|i| i.place_label() == rest)?
        };
        let place = format!("operative {} {}", paragraph.number, item.place_label());
        let mut out = vec![(place.clone(), item.text.clone())];
        with_items(&mut out, &place, &item.items);
        Some(out)
    }
}

/// Something that looks wrong in a document that was read, though nothing was refused: for the
/// Secretariat to check against the official text. `at` and `expected` are data (a place, a
/// label, a name), the same in every language; the sentence is the reader's language's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// `numbering_gap`, `footnote_unmarked`, `items_skip`, `sponsor_unresolved`, `lines_unplaced`.
    pub code: &'static str,
    /// What is wrong: the paragraph number, `operative 7 (d)`, the footnote's marker, the
    /// sponsor's name, the number of lines.
    pub at: String,
    /// What was due instead: the next number, the label before, the first unplaced lines.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<String>,
}

impl Warning {
    /// The warning in English, for the command line and logs.
    pub fn detail(&self) -> String {
        let expected = self.expected.as_deref().unwrap_or("");
        match self.code {
            "numbering_gap" => format!("operative paragraph {} comes where {expected} was due", self.at),
            "items_skip" => format!("{} follows {expected}", self.at),
            "footnote_unmarked" => format!("footnote {} has no marker in the text", self.at),
            "sponsor_unresolved" => format!("sponsor {:?} names no State", self.at),
            "lines_unplaced" => format!("{} lines not placed (lines {expected})", self.at),
            other => format!("{other}: {} {expected}", self.at),
        }
    }
}

impl Document {
    /// What looks wrong: operative numbering with a gap, a footnote whose marker was not found,
    /// a sub-item sequence that skips, sponsors that name no State, lines not placed.
    pub fn warnings(&self) -> Vec<Warning> {
        fn ordinal(label: &str) -> Option<(bool, u32)> {
            let inner = label.trim_start_matches(['(', '（']).trim_end_matches([')', '）']);
            const ROMAN: [&str; 20] = [
                "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi",
                "xvii", "xviii", "xix", "xx",
            ];
            if let Some(k) = ROMAN.iter().position(|r| *r == inner) {
                return Some((true, k as u32 + 1));
            }
            let mut c = inner.chars();
            match (c.next(), c.next()) {
                (Some(l), None) if l.is_ascii_lowercase() => Some((false, l as u32 - 'a' as u32 + 1)),
                _ => inner.parse().ok().map(|n| (false, n)),
            }
        }
        fn skips(out: &mut Vec<Warning>, place: &str, items: &[Item]) {
            let mut prev: Option<(bool, u32)> = None;
            for (k, item) in items.iter().enumerate() {
                let here = ordinal(&item.label);
                if let (Some((roman_prev, p)), Some((roman, n))) = (prev, here) {
                    // (i) after (h) is the ninth letter, not the first roman numeral.
                    let letter_i = !roman_prev && roman && n == 1 && p == 8;
                    if !letter_i && roman == roman_prev && n != p + 1 {
                        out.push(Warning {
                            code: "items_skip",
                            at: format!("{place} {}", item.label),
                            expected: Some(items[k - 1].label.clone()),
                        });
                    }
                }
                prev = here.map(|(r, n)| {
                    if prev.is_some_and(|(rp, p)| !rp && p == 8) && r && n == 1 { (false, 9) } else { (r, n) }
                });
                skips(out, &format!("{place} {}", item.place_label()), &item.items);
            }
        }
        let mut out = Vec::new();
        let numbered: Vec<u32> = self.operative.iter().filter(|p| p.numbered).map(|p| p.number).collect();
        for (k, n) in numbered.iter().enumerate() {
            if *n != k as u32 + 1 {
                out.push(Warning { code: "numbering_gap", at: n.to_string(), expected: Some((k + 1).to_string()) });
                break;
            }
        }
        for p in &self.operative {
            skips(&mut out, &format!("operative {}", p.number), &p.items);
        }
        for f in self.footnotes.iter().filter(|f| f.attached_to.is_none()) {
            out.push(Warning { code: "footnote_unmarked", at: f.marker.clone(), expected: None });
        }
        for s in self.sponsors.iter().filter(|s| s.iso3.is_none()) {
            out.push(Warning { code: "sponsor_unresolved", at: s.name.clone(), expected: None });
        }
        if !self.unrecognized.is_empty() {
            let mut lines: Vec<String> = self.unrecognized.iter().take(5).map(|u| u.line.to_string()).collect();
            if self.unrecognized.len() > 5 {
                lines.push("...".into());
            }
            out.push(Warning {
                code: "lines_unplaced",
                at: self.unrecognized.len().to_string(),
                expected: Some(lines.join(", ")),
            });
        }
        out
    }
}

/// How to read a document.
#[derive(Debug, Clone, Default)]
pub struct ParseOptions {
    /// The language, when known; detected otherwise.
    pub lang: Option<Lang>,
    /// The symbol, when known; it must agree with the one the text carries.
    pub symbol: Option<String>,
}

/// Why a document could not be read. Nothing is partly returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is not UTF-8 text (invalid byte at offset {offset}); save it as UTF-8 plain text or Markdown")]
    NotUtf8 { offset: usize },
    #[error(
        "the file looks binary (it contains {what}); give the text extracted from the document, not the PDF or Word file"
    )]
    Binary { what: &'static str },
    #[error("the text carries the symbol {found} but {given} was given")]
    SymbolMismatch { given: String, found: String },
    #[error("{0:?} is not a document symbol like A/RES/76/19 or A/C.1/76/L.13")]
    BadSymbol(String),
    #[error("no document structure found: no \"The General Assembly,\" opening nor numbered paragraphs in {lang}")]
    NoStructure { lang: Lang },
    #[error("the language could not be told from the text; give it with --lang")]
    UnknownLanguage,
    #[error(transparent)]
    Pdf(#[from] comity_pdf::PdfError),
}

/// Reads one document from raw bytes: text or Markdown, or the official PDF (its text layer).
pub fn parse(bytes: &[u8], options: &ParseOptions, states: &StateRegistry) -> Result<Document, ParseError> {
    let from_pdf;
    let bytes = if bytes.starts_with(b"%PDF-") {
        from_pdf = comity_pdf::text(bytes)?;
        from_pdf.as_bytes()
    } else {
        bytes
    };
    let text = clean::decode(bytes)?;
    let given_symbol = options
        .symbol
        .as_deref()
        .map(|s| normalise_symbol(s).ok_or_else(|| ParseError::BadSymbol(s.to_string())))
        .transpose()?;
    let lang = match options.lang {
        Some(l) => l,
        None => detect::language(&text).ok_or(ParseError::UnknownLanguage)?,
    };
    let lines = pages::lay_out(clean::lines(&text));
    structure::build(lines, lang, given_symbol, states)
}
