//! A negotiating text: its paragraphs in order, each at a place that keeps its name through
//! every revision (`p7` stays `p7` when paragraphs before it come and go), and the numbers
//! and letters a reader sees, counted afresh in each revision.

use serde::{Deserialize, Serialize};

/// What a paragraph of a negotiating text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = ParagraphKind))]
pub enum Kind {
    /// A section heading, written with its own label ("II. Norms of responsible State behaviour").
    Heading,
    /// A numbered paragraph: numbers run through the whole text, as in a UN report.
    Numbered,
    /// A paragraph without a number (a chapeau, a closing line).
    Unnumbered,
    /// A sub-item of the numbered paragraph before it: (a), (b), ...
    Item,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Heading => "heading",
            Kind::Numbered => "numbered",
            Kind::Unnumbered => "unnumbered",
            Kind::Item => "item",
        }
    }

    pub fn parse(given: &str) -> Option<Kind> {
        [Kind::Heading, Kind::Numbered, Kind::Unnumbered, Kind::Item].into_iter().find(|k| k.as_str() == given)
    }
}

/// One paragraph of a revision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = NegotiatingParagraph))]
pub struct Paragraph {
    /// Its place, language-neutral and kept through revisions (`p1`, `p2`, ...; a paragraph a
    /// proposal adds gets a place never used before in the negotiation).
    pub place: String,
    pub kind: Kind,
    pub text: String,
    /// The proposals this revision took into the paragraph (empty when it came unchanged).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub from: Vec<String>,
}

/// A revision's text: the paragraphs in order, and the number the next new place takes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = NegotiatingText))]
pub struct Text {
    pub paragraphs: Vec<Paragraph>,
    pub next_place: u32,
}

/// What was wrong with a draft, and on which line of the input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DraftError {
    #[error("the draft has no text")]
    Empty,
    #[error("line {line}: a sub-item comes before any numbered paragraph it could belong to")]
    ItemWithoutParagraph { line: usize },
    #[error("line {line}: a control character (U+{code:04X}) cannot be part of a negotiating text")]
    ControlCharacter { line: usize, code: u32 },
    #[error("the draft has {count} paragraphs; more than {max} is not a negotiating text")]
    TooLong { count: usize, max: usize },
}

/// Why a draft's file could not be read: not a Word file Comity can read, text that is not
/// UTF-8, or a draft that does not hold together.
#[derive(Debug, thiserror::Error)]
pub enum DraftFileError {
    #[error("{0}")]
    Word(#[from] comity_docx::ReadError),
    #[error("not UTF-8 text (byte {byte}); save it as UTF-8 text, Markdown or Word")]
    NotUtf8 { byte: usize },
    #[error("{0}")]
    Draft(#[from] DraftError),
}

/// Most paragraphs a negotiating text may have (outcome documents run to a few hundred).
pub const MAX_PARAGRAPHS: usize = 5_000;

impl Text {
    /// Reads a draft's file as sent: a Word file (a ZIP package, or named `.docx`) through
    /// `comity_docx`, else UTF-8 Markdown or text; then as [`Text::parse_draft`] does.
    pub fn read_file(bytes: &[u8], file_name: &str) -> Result<Text, DraftFileError> {
        let word = bytes.starts_with(b"PK\x03\x04")
            || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
            || std::path::Path::new(file_name).extension().is_some_and(|e| e.eq_ignore_ascii_case("docx"));
        let markdown = if word {
            comity_docx::to_markdown(&comity_docx::read(bytes)?)
        } else {
            let text = std::str::from_utf8(bytes).map_err(|e| DraftFileError::NotUtf8 { byte: e.valid_up_to() })?;
            text.strip_prefix('\u{feff}').unwrap_or(text).to_string()
        };
        Ok(Text::parse_draft(&markdown)?)
    }

    /// Reads a draft written as Markdown or plain text (a .docx is first turned into Markdown
    /// by `comity_docx`): headings (`#`, or a short line labelled `I.`, `A.` without a full
    /// stop at its end), numbered paragraphs (`1.`, `12.`), sub-items (`(a)`, `a)`, `(iv)`, `-`),
    /// and other paragraphs, separated by blank lines; lines that follow one another belong
    /// to one paragraph. The numbers written are not kept: each revision counts its own.
    pub fn parse_draft(input: &str) -> Result<Text, DraftError> {
        let mut paragraphs: Vec<Paragraph> = Vec::new();
        // Whether the last line read can take the next one as its continuation.
        let mut open = false;
        let mut seen_numbered = false;
        for (index, raw) in input.lines().enumerate() {
            let line_no = index + 1;
            if let Some(c) = raw.chars().find(|c| c.is_control() && *c != '\t') {
                return Err(DraftError::ControlCharacter { line: line_no, code: c as u32 });
            }
            let line = raw.trim();
            if line.is_empty() {
                open = false;
                continue;
            }
            // A backslash keeps a paragraph that opens like a label ("1. We, the Heads of
            // State", in an annex) an unnumbered paragraph, as in Markdown.
            let (kind, text) = match line.strip_prefix('\\') {
                Some(rest) => (None, rest),
                None => classify(line),
            };
            match kind {
                None if open => {
                    if let Some(last) = paragraphs.last_mut() {
                        last.text.push(' ');
                        last.text.push_str(text);
                    }
                    continue;
                }
                _ => {}
            }
            let kind = kind.unwrap_or(Kind::Unnumbered);
            if kind == Kind::Item && !seen_numbered {
                return Err(DraftError::ItemWithoutParagraph { line: line_no });
            }
            seen_numbered |= kind == Kind::Numbered;
            let place = format!("p{}", paragraphs.len() + 1);
            paragraphs.push(Paragraph { place, kind, text: text.to_string(), from: Vec::new() });
            // A heading is one line; a paragraph may run on.
            open = kind != Kind::Heading;
        }
        if paragraphs.is_empty() {
            return Err(DraftError::Empty);
        }
        if paragraphs.len() > MAX_PARAGRAPHS {
            return Err(DraftError::TooLong { count: paragraphs.len(), max: MAX_PARAGRAPHS });
        }
        let next_place = paragraphs.len() as u32 + 1;
        Ok(Text { paragraphs, next_place })
    }

    /// A document of the record as a negotiating text, so that a draft resolution or report
    /// read by `comity_documents` (from its official PDF or its text) can be negotiated on:
    /// a report's section headings as headings, preambular paragraphs as unnumbered ones,
    /// operative paragraphs numbered (unless the text had none), their sub-items, at every
    /// depth, as items; footnotes stay with the record.
    pub fn from_document(doc: &comity_documents::Document) -> Result<Text, DraftError> {
        fn items(out: &mut Vec<(Kind, String)>, list: &[comity_documents::Item]) {
            for item in list {
                out.push((Kind::Item, item.text.clone()));
                items(out, &item.items);
            }
        }
        let mut flat: Vec<(Kind, String)> = Vec::new();
        if let Some(title) = &doc.title {
            flat.push((Kind::Heading, title.clone()));
        }
        for p in &doc.preamble {
            flat.push((Kind::Unnumbered, p.text.clone()));
        }
        for p in &doc.operative {
            for section in doc.sections.iter().filter(|s| s.first_paragraph == p.number) {
                flat.push((Kind::Heading, format!("{}. {}", section.label, section.title)));
            }
            flat.push((if p.numbered { Kind::Numbered } else { Kind::Unnumbered }, p.text.clone()));
            items(&mut flat, &p.items);
        }
        for annex in &doc.annexes {
            let heading = match &annex.title {
                Some(title) => format!("{} {title}", annex.label),
                None => annex.label.clone(),
            };
            flat.push((Kind::Heading, heading));
            flat.extend(annex.paragraphs.iter().map(|p| (Kind::Unnumbered, p.clone())));
        }
        // An item needs a numbered paragraph before it (an unnumbered decision's items).
        let mut seen_numbered = false;
        let paragraphs: Vec<Paragraph> = flat
            .into_iter()
            .filter(|(_, t)| !t.trim().is_empty())
            .map(|(kind, text)| {
                let kind = match kind {
                    Kind::Item if !seen_numbered => Kind::Unnumbered,
                    k => k,
                };
                seen_numbered |= kind == Kind::Numbered;
                (kind, text)
            })
            .enumerate()
            .map(|(i, (kind, text))| Paragraph { place: format!("p{}", i + 1), kind, text, from: Vec::new() })
            .collect();
        if paragraphs.is_empty() {
            return Err(DraftError::Empty);
        }
        if paragraphs.len() > MAX_PARAGRAPHS {
            return Err(DraftError::TooLong { count: paragraphs.len(), max: MAX_PARAGRAPHS });
        }
        let next_place = paragraphs.len() as u32 + 1;
        Ok(Text { paragraphs, next_place })
    }

    /// The paragraph at `place`, if this revision has it.
    pub fn paragraph(&self, place: &str) -> Option<&Paragraph> {
        self.paragraphs.iter().find(|p| p.place == place)
    }

    /// The label a reader sees for each paragraph, in order: `5` for the fifth numbered
    /// paragraph, `5 (b)` for its second sub-item, the heading's own words for a heading, and
    /// nothing for an unnumbered paragraph.
    pub fn labels(&self) -> Vec<Label> {
        let mut numbered = 0;
        let mut item = 0;
        self.paragraphs
            .iter()
            .map(|p| match p.kind {
                Kind::Numbered => {
                    numbered += 1;
                    item = 0;
                    Label { number: Some(numbered), item: None }
                }
                Kind::Item => {
                    item += 1;
                    Label { number: Some(numbered), item: Some(item) }
                }
                Kind::Heading | Kind::Unnumbered => Label { number: None, item: None },
            })
            .collect()
    }

    /// The label of the paragraph at `place` ("12", "12 (c)"), or None.
    pub fn label_of(&self, place: &str) -> Option<Label> {
        let at = self.paragraphs.iter().position(|p| p.place == place)?;
        self.labels().into_iter().nth(at)
    }

    /// The text as Markdown again: headings with `#`, numbered paragraphs with their number,
    /// sub-items with their letter, an unnumbered paragraph that opens like a label behind a
    /// backslash. `parse_draft` reads it back to the same paragraphs.
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        for (p, label) in self.paragraphs.iter().zip(self.labels()) {
            if !out.is_empty() {
                out.push('\n');
            }
            match p.kind {
                Kind::Heading => out.push_str("# "),
                Kind::Numbered | Kind::Item => {
                    out.push_str(&label.to_string());
                    out.push(' ');
                }
                Kind::Unnumbered if classify(&p.text).0.is_some() || p.text.starts_with('\\') => out.push('\\'),
                Kind::Unnumbered => {}
            }
            out.push_str(&p.text);
            out.push('\n');
        }
        out
    }
}

/// A paragraph's number and sub-item as the reader sees them in one revision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = ParagraphLabel))]
pub struct Label {
    pub number: Option<u32>,
    /// 1 for (a), 2 for (b), ...
    pub item: Option<u32>,
}

impl std::fmt::Display for Label {
    /// `12.` for a numbered paragraph, `(c)` for a sub-item, nothing otherwise.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.number, self.item) {
            (_, Some(item)) => write!(f, "({})", letters(item)),
            (Some(n), None) => write!(f, "{n}."),
            (None, None) => Ok(()),
        }
    }
}

impl Label {
    /// `12`, `12 (c)`: how a proposal names the paragraph it is on.
    pub fn reference(&self) -> String {
        match (self.number, self.item) {
            (Some(n), Some(item)) => format!("{n} ({})", letters(item)),
            (Some(n), None) => n.to_string(),
            _ => String::new(),
        }
    }
}

/// a, b, ..., z, aa, bb, ...: the UN's lettering of sub-items.
fn letters(n: u32) -> String {
    let n = n.max(1) - 1;
    let letter = (b'a' + (n % 26) as u8) as char;
    std::iter::repeat_n(letter, (n / 26 + 1) as usize).collect()
}

/// What a line opens, and its text without the label.
fn classify(line: &str) -> (Option<Kind>, &str) {
    if let Some(rest) = line.strip_prefix('#') {
        return (Some(Kind::Heading), rest.trim_start_matches('#').trim());
    }
    for bullet in ["- ", "* ", "+ "] {
        if let Some(rest) = line.strip_prefix(bullet) {
            return (Some(Kind::Item), rest.trim());
        }
    }
    // 12. Text
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && digits <= 4 {
        let rest = &line[digits..];
        if let Some(text) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(".\t")) {
            return (Some(Kind::Numbered), text.trim());
        }
    }
    // (a) Text, a) Text, (iv) Text
    let (inner, rest) = match line.strip_prefix('(') {
        Some(after) => match after.split_once(')') {
            Some((inner, rest)) => (inner, rest),
            None => ("", ""),
        },
        None => match line.split_once(") ") {
            Some((inner, rest)) => (inner, rest),
            None => ("", ""),
        },
    };
    if !inner.is_empty()
        && inner.len() <= 4
        && inner.chars().all(|c| c.is_ascii_lowercase())
        && rest.starts_with([' ', '\t'])
    {
        return (Some(Kind::Item), rest.trim());
    }
    // II. Heading, B. Heading: a short line, no full stop at its end.
    if let Some((label, text)) = line.split_once(". ") {
        let roman = !label.is_empty() && label.len() <= 5 && label.chars().all(|c| "IVXLC".contains(c));
        let letter = label.len() == 1 && label.chars().all(|c| c.is_ascii_uppercase());
        if (roman || letter) && text.chars().count() <= 120 && !text.ends_with(['.', ';', ',', ':']) {
            return (Some(Kind::Heading), line);
        }
    }
    (None, line)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DRAFT: &str = "# Draft annual progress report\n\nI. Introduction\n\n1. The Global Mechanism held its\nsecond substantive plenary.\n\n2. States recalled the framework:\n(a) the norms;\n(b) confidence-building measures.\n\nII. Norms\n\n3. States reaffirmed the eleven norms.\n\nStates will continue their dialogue.\n";

    #[test]
    fn a_draft_is_read_into_headings_numbered_paragraphs_and_items() {
        let text = Text::parse_draft(DRAFT).unwrap();
        let kinds: Vec<Kind> = text.paragraphs.iter().map(|p| p.kind).collect();
        use Kind::*;
        assert_eq!(kinds, vec![Heading, Heading, Numbered, Numbered, Item, Item, Heading, Numbered, Unnumbered]);
        assert_eq!(text.paragraphs[2].text, "The Global Mechanism held its second substantive plenary.");
        assert_eq!(text.paragraphs[1].text, "I. Introduction");
        assert_eq!(text.paragraphs[5].text, "confidence-building measures.");
        assert_eq!(text.next_place, 10);
        let labels: Vec<String> = text.labels().iter().map(Label::reference).collect();
        assert_eq!(labels, vec!["", "", "1", "2", "2 (a)", "2 (b)", "", "3", ""]);
    }

    #[test]
    fn the_markdown_written_reads_back_to_the_same_paragraphs() {
        let text = Text::parse_draft(DRAFT).unwrap();
        let again = Text::parse_draft(&text.to_markdown()).unwrap();
        let strip = |t: &Text| t.paragraphs.iter().map(|p| (p.kind, p.text.clone())).collect::<Vec<_>>();
        assert_eq!(strip(&again), strip(&text));
    }

    #[test]
    fn an_unnumbered_paragraph_that_opens_like_a_label_stays_unnumbered() {
        let text = Text {
            paragraphs: vec![
                Paragraph {
                    place: "p1".into(),
                    kind: Kind::Numbered,
                    text: "Endorses the annex;".into(),
                    from: vec![],
                },
                Paragraph {
                    place: "p2".into(),
                    kind: Kind::Unnumbered,
                    text: "1. We, the Heads of State".into(),
                    from: vec![],
                },
                Paragraph { place: "p3".into(), kind: Kind::Unnumbered, text: "(a) as written".into(), from: vec![] },
                Paragraph { place: "p4".into(), kind: Kind::Unnumbered, text: "II. Context".into(), from: vec![] },
            ],
            next_place: 5,
        };
        let again = Text::parse_draft(&text.to_markdown()).unwrap();
        assert_eq!(again.paragraphs, text.paragraphs);
    }

    #[test]
    fn labels_follow_the_order_not_the_places() {
        let mut text = Text::parse_draft(DRAFT).unwrap();
        text.paragraphs.remove(2);
        assert_eq!(text.label_of("p4").unwrap().reference(), "1");
        assert_eq!(text.label_of("p8").unwrap().reference(), "2");
        assert_eq!(text.label_of("p3"), None);
    }

    #[test]
    fn bad_drafts_are_refused_with_the_line() {
        assert_eq!(Text::parse_draft(" \n\n"), Err(DraftError::Empty));
        assert_eq!(Text::parse_draft("Chapeau\n\n(a) item"), Err(DraftError::ItemWithoutParagraph { line: 3 }));
        assert_eq!(
            Text::parse_draft("1. Text\n2. Bad \u{7} bell"),
            Err(DraftError::ControlCharacter { line: 2, code: 7 })
        );
    }

    #[test]
    fn many_sub_items_are_lettered_as_the_un_does() {
        assert_eq!(letters(1), "a");
        assert_eq!(letters(26), "z");
        assert_eq!(letters(27), "aa");
    }
}
