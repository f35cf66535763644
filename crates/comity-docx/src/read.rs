//! Reads a .docx package into a [`Document`]: headings from the styles' names and outline
//! levels, numbered and bulleted lists from numbering.xml (with their numbers as Word shows
//! them), tables, footnotes, bold, italic and struck-through runs. Tracked deletions are left
//! out and insertions kept, as Word shows the text with changes accepted.

use std::collections::HashMap;
use std::io::Read;

use roxmltree::Node;

use crate::{Block, Document, Inline};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/// No part of a reply is this large; a bigger one is a ZIP bomb or not a reply.
const PART_LIMIT: u64 = 64 * 1024 * 1024;
/// Word nests tables in tables and content controls a few dozen levels deep at most; the XML
/// parser recurses once per level, so a part nested deeper is refused before it is parsed.
pub const DEPTH_LIMIT: usize = 256;

/// Why a file could not be read as a Word document; the message says what would be right.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("this is a Word 97-2003 .doc file, not a .docx: open it in Word or LibreOffice and save it as .docx")]
    LegacyDoc,
    #[error("this is not a .docx file (a .docx is a ZIP package): {0}")]
    NotZip(String),
    #[error("this ZIP package has no word/document.xml, so it is not a Word document")]
    NoDocumentPart,
    #[error("{part} is larger than {limit} bytes when unpacked; a reply is never that large")]
    TooLarge { part: String, limit: u64 },
    #[error("{part} line {line}: elements are nested more than {limit} levels deep; a Word document never is")]
    TooDeep { part: String, line: u32, limit: usize },
    #[error("{part} line {line}, column {column}: {message}")]
    BadXml { part: String, line: u32, column: u32, message: String },
}

fn part(archive: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>, name: &str) -> Result<Option<String>, ReadError> {
    let file = match archive.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(ReadError::NotZip(e.to_string())),
    };
    let mut text = String::new();
    file.take(PART_LIMIT + 1).read_to_string(&mut text).map_err(|e| ReadError::NotZip(format!("{name}: {e}")))?;
    if text.len() as u64 > PART_LIMIT {
        return Err(ReadError::TooLarge { part: name.into(), limit: PART_LIMIT });
    }
    Ok(Some(text))
}

/// Refuses XML whose elements nest deeper than [`DEPTH_LIMIT`], in one pass without parsing
/// (comments, processing instructions, CDATA and quoted attribute values are skipped).
fn check_depth(name: &str, text: &str) -> Result<(), ReadError> {
    let bytes = text.as_bytes();
    let skip_past = |from: usize, end: &[u8]| {
        bytes[from..].windows(end.len()).position(|w| w == end).map_or(bytes.len(), |p| from + p + end.len())
    };
    let (mut depth, mut i) = (0usize, 0usize);
    while let Some(offset) = bytes[i..].iter().position(|b| *b == b'<') {
        let start = i + offset;
        let rest = &bytes[start..];
        if rest.starts_with(b"<!--") {
            i = skip_past(start + 4, b"-->");
        } else if rest.starts_with(b"<![CDATA[") {
            i = skip_past(start + 9, b"]]>");
        } else if rest.starts_with(b"<?") {
            i = skip_past(start + 2, b"?>");
        } else if rest.starts_with(b"</") {
            depth = depth.saturating_sub(1);
            i = skip_past(start + 2, b">");
        } else if rest.starts_with(b"<!") {
            i = skip_past(start + 2, b">");
        } else {
            let (mut j, mut quote, mut empty) = (start + 1, None, false);
            while j < bytes.len() {
                match (quote, bytes[j]) {
                    (Some(q), b) if b == q => quote = None,
                    (Some(_), _) => {}
                    (None, b'"' | b'\'') => quote = Some(bytes[j]),
                    (None, b'>') => {
                        empty = bytes[j - 1] == b'/';
                        break;
                    }
                    _ => {}
                }
                j += 1;
            }
            if !empty {
                depth += 1;
                if depth > DEPTH_LIMIT {
                    let line = 1 + bytes[..start].iter().filter(|b| **b == b'\n').count();
                    return Err(ReadError::TooDeep {
                        part: name.into(),
                        line: u32::try_from(line).unwrap_or(u32::MAX),
                        limit: DEPTH_LIMIT,
                    });
                }
            }
            i = j + 1;
        }
        if i >= bytes.len() {
            break;
        }
    }
    Ok(())
}

fn parse<'a>(name: &str, text: &'a str) -> Result<roxmltree::Document<'a>, ReadError> {
    check_depth(name, text)?;
    roxmltree::Document::parse_with_options(text, roxmltree::ParsingOptions { allow_dtd: false, ..Default::default() })
        .map_err(|e| {
            let pos = e.pos();
            ReadError::BadXml { part: name.into(), line: pos.row, column: pos.col, message: e.to_string() }
        })
}

fn is(node: &Node, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name && node.tag_name().namespace() == Some(W)
}

fn child<'a, 'i>(node: &Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|c| is(c, name))
}

fn val<'a>(node: &Node<'a, '_>) -> Option<&'a str> {
    node.attribute((W, "val"))
}

/// A toggle property (`<w:b/>`, `<w:b w:val="0"/>`).
fn on(properties: Option<Node>, name: &str) -> bool {
    properties.and_then(|p| child(&p, name)).is_some_and(|n| !matches!(val(&n), Some("0" | "false" | "off")))
}

/// Heading level by style id, from the styles' names ("heading 2") or outline levels.
fn heading_styles(styles: Option<&roxmltree::Document>) -> HashMap<String, u8> {
    let mut out = HashMap::new();
    let Some(styles) = styles else { return out };
    for style in styles.root_element().children().filter(|n| is(n, "style")) {
        let Some(id) = style.attribute((W, "styleId")) else { continue };
        let name = child(&style, "name").and_then(|n| val(&n)).unwrap_or_default().to_lowercase();
        let outline =
            child(&style, "pPr").and_then(|p| child(&p, "outlineLvl")).and_then(|n| val(&n)?.parse::<u8>().ok());
        let level = if name == "title" {
            Some(0)
        } else if let Some(n) = name.strip_prefix("heading ") {
            n.trim().parse::<u8>().ok()
        } else {
            outline.filter(|l| *l < 9).map(|l| l + 1)
        };
        if let Some(level) = level {
            out.insert(id.to_string(), level);
        }
    }
    out
}

/// For each list (numId): per level, whether it is numbered and where it starts.
fn list_formats(numbering: Option<&roxmltree::Document>) -> HashMap<String, HashMap<u8, (bool, u32)>> {
    let mut out = HashMap::new();
    let Some(numbering) = numbering else { return out };
    let root = numbering.root_element();
    let mut abstracts: HashMap<String, HashMap<u8, (bool, u32)>> = HashMap::new();
    for a in root.children().filter(|n| is(n, "abstractNum")) {
        let Some(id) = a.attribute((W, "abstractNumId")) else { continue };
        let mut levels = HashMap::new();
        for lvl in a.children().filter(|n| is(n, "lvl")) {
            let Some(level) = lvl.attribute((W, "ilvl")).and_then(|v| v.parse::<u8>().ok()) else { continue };
            let format = child(&lvl, "numFmt").and_then(|n| val(&n)).unwrap_or("decimal");
            let start = child(&lvl, "start").and_then(|n| val(&n)?.parse().ok()).unwrap_or(1);
            levels.insert(level, (!matches!(format, "bullet" | "none"), start));
        }
        abstracts.insert(id.to_string(), levels);
    }
    for num in root.children().filter(|n| is(n, "num")) {
        let Some(id) = num.attribute((W, "numId")) else { continue };
        let Some(abstract_id) = child(&num, "abstractNumId").and_then(|n| val(&n)) else { continue };
        let mut levels = abstracts.get(abstract_id).cloned().unwrap_or_default();
        for o in num.children().filter(|n| is(n, "lvlOverride")) {
            let Some(level) = o.attribute((W, "ilvl")).and_then(|v| v.parse::<u8>().ok()) else { continue };
            if let Some(start) = child(&o, "startOverride").and_then(|n| val(&n)?.parse().ok()) {
                levels.entry(level).or_insert((true, 1)).1 = start;
            }
        }
        out.insert(id.to_string(), levels);
    }
    out
}

struct Reader<'d> {
    headings: HashMap<String, u8>,
    lists: HashMap<String, HashMap<u8, (bool, u32)>>,
    /// Next number per (list, level).
    counters: HashMap<(String, u8), u32>,
    footnote_text: HashMap<String, Vec<Inline>>,
    footnote_index: HashMap<String, usize>,
    document: &'d mut Document,
}

impl Reader<'_> {
    fn inlines(&mut self, container: Node) -> Vec<Inline> {
        let mut out: Vec<Inline> = Vec::new();
        for run in container.descendants().filter(|n| is(n, "r")) {
            // Text deleted with changes tracked is not part of the reply.
            if run.ancestors().any(|a| is(&a, "del")) {
                continue;
            }
            let properties = child(&run, "rPr");
            let (bold, italic, strike) = (on(properties, "b"), on(properties, "i"), on(properties, "strike"));
            for part in run.children() {
                if is(&part, "t") {
                    let text = part.text().unwrap_or_default();
                    match out.last_mut() {
                        Some(Inline::Text { text: last, bold: b, italic: i, strike: s })
                            if (*b, *i, *s) == (bold, italic, strike) =>
                        {
                            last.push_str(text)
                        }
                        _ => out.push(Inline::Text { text: text.to_string(), bold, italic, strike }),
                    }
                } else if is(&part, "tab") {
                    out.push(Inline::plain(" "));
                } else if is(&part, "br") || is(&part, "cr") {
                    out.push(Inline::Break);
                } else if is(&part, "footnoteReference")
                    && let Some(id) = part.attribute((W, "id"))
                {
                    let index = match self.footnote_index.get(id) {
                        Some(i) => *i,
                        None => {
                            let note = self.footnote_text.get(id).cloned().unwrap_or_default();
                            self.document.footnotes.push(note);
                            let i = self.document.footnotes.len() - 1;
                            self.footnote_index.insert(id.to_string(), i);
                            i
                        }
                    };
                    out.push(Inline::Footnote(index));
                }
            }
        }
        out
    }

    fn paragraph(&mut self, p: Node) -> Option<Block> {
        let properties = child(&p, "pPr");
        let inlines = self.inlines(p);
        if crate::plain_text(&inlines).trim().is_empty() && !inlines.iter().any(|i| matches!(i, Inline::Footnote(_))) {
            return None;
        }
        let style = properties.and_then(|pp| child(&pp, "pStyle")).and_then(|n| val(&n)).unwrap_or_default();
        let outline = properties
            .and_then(|pp| child(&pp, "outlineLvl"))
            .and_then(|n| val(&n)?.parse::<u8>().ok())
            .filter(|l| *l < 9);
        if let Some(level) = self.headings.get(style).copied().or(outline.map(|l| l + 1)) {
            return Some(Block::Heading { level, inlines });
        }
        let numbering = properties.and_then(|pp| child(&pp, "numPr"));
        let num_id = numbering.and_then(|n| child(&n, "numId")).and_then(|n| val(&n)).unwrap_or("0");
        if num_id != "0" {
            let level =
                numbering.and_then(|n| child(&n, "ilvl")).and_then(|n| val(&n)?.parse::<u8>().ok()).unwrap_or(0).min(8);
            let (ordered, start) = self.lists.get(num_id).and_then(|l| l.get(&level)).copied().unwrap_or((true, 1));
            // A shallower item restarts the deeper levels' numbers.
            self.counters.retain(|(list, l), _| list != num_id || *l <= level);
            let counter = self.counters.entry((num_id.to_string(), level)).or_insert(start);
            let number = *counter;
            *counter += 1;
            return Some(Block::ListItem { list: num_id.parse().unwrap_or(0), ordered, level, number, inlines });
        }
        Some(Block::Paragraph { inlines })
    }

    fn table(&mut self, table: Node) -> Block {
        let mut rows = Vec::new();
        let mut header = false;
        for (r, row) in table.children().filter(|n| is(n, "tr")).enumerate() {
            if r == 0 {
                header = child(&row, "trPr").and_then(|p| child(&p, "tblHeader")).is_some();
            }
            let mut cells = Vec::new();
            for cell in row.children().filter(|n| is(n, "tc")) {
                let mut inlines = Vec::new();
                for p in cell.descendants().filter(|n| is(n, "p")) {
                    if !inlines.is_empty() {
                        inlines.push(Inline::Break);
                    }
                    inlines.extend(self.inlines(p));
                }
                cells.push(inlines);
            }
            rows.push(cells);
        }
        // Markdown tables have a header row; a table without one takes its first row as such.
        Block::Table { header: header || !rows.is_empty(), rows }
    }

    fn blocks(&mut self, container: Node) {
        for node in container.children() {
            if is(&node, "p") {
                if let Some(block) = self.paragraph(node) {
                    self.document.blocks.push(block);
                }
            } else if is(&node, "tbl") {
                let table = self.table(node);
                self.document.blocks.push(table);
            } else if is(&node, "sdt") || is(&node, "sdtContent") || is(&node, "customXml") {
                self.blocks(node);
            }
        }
    }
}

/// Reads a .docx file's bytes.
pub fn read(bytes: &[u8]) -> Result<Document, ReadError> {
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(ReadError::LegacyDoc);
    }
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| ReadError::NotZip(e.to_string()))?;
    let document_text = part(&mut archive, "word/document.xml")?.ok_or(ReadError::NoDocumentPart)?;
    let styles_text = part(&mut archive, "word/styles.xml")?;
    let numbering_text = part(&mut archive, "word/numbering.xml")?;
    let footnotes_text = part(&mut archive, "word/footnotes.xml")?;
    let xml = parse("word/document.xml", &document_text)?;
    let styles = styles_text.as_deref().map(|t| parse("word/styles.xml", t)).transpose()?;
    let numbering = numbering_text.as_deref().map(|t| parse("word/numbering.xml", t)).transpose()?;
    let footnotes = footnotes_text.as_deref().map(|t| parse("word/footnotes.xml", t)).transpose()?;

    let mut document = Document::default();
    let mut reader = Reader {
        headings: heading_styles(styles.as_ref()),
        lists: list_formats(numbering.as_ref()),
        counters: HashMap::new(),
        footnote_text: HashMap::new(),
        footnote_index: HashMap::new(),
        document: &mut document,
    };
    if let Some(footnotes) = &footnotes {
        for note in footnotes.root_element().children().filter(|n| is(n, "footnote")) {
            if note.attribute((W, "type")).is_some_and(|t| t != "normal") {
                continue;
            }
            let Some(id) = note.attribute((W, "id")) else { continue };
            let mut inlines = Vec::new();
            for p in note.children().filter(|n| is(n, "p")) {
                if !inlines.is_empty() {
                    inlines.push(Inline::Break);
                }
                inlines.extend(reader.inlines(p));
            }
            // The footnote's own mark run is empty text; the leading space after it goes.
            if let Some(Inline::Text { text, .. }) = inlines.first_mut() {
                *text = text.trim_start().to_string();
            }
            reader.footnote_text.insert(id.to_string(), inlines);
        }
    }
    let body = xml.root_element().children().find(|n| is(n, "body")).ok_or_else(|| ReadError::BadXml {
        part: "word/document.xml".into(),
        line: 1,
        column: 1,
        message: "the document has no w:body".into(),
    })?;
    reader.blocks(body);
    Ok(document)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn package(document_xml: &str) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        zip.start_file("word/document.xml", zip::write::SimpleFileOptions::default()).unwrap();
        std::io::Write::write_all(&mut zip, document_xml.as_bytes()).unwrap();
        zip.finish().unwrap().into_inner()
    }

    fn nested(open: &str, close: &str, levels: usize, inner: &str) -> String {
        format!(
            "<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"{W}\"><w:body>{}{inner}{}</w:body></w:document>",
            open.repeat(levels),
            close.repeat(levels)
        )
    }

    #[test]
    fn a_small_file_nested_ten_thousand_deep_is_refused_not_a_crash() {
        // The attack as found: about a kilobyte deflated, ten thousand paragraphs in paragraphs.
        let bytes = package(&nested("<w:p>", "</w:p>", 10_000, ""));
        assert!(bytes.len() < 2_048, "{} bytes", bytes.len());
        let error = read(&bytes).unwrap_err();
        assert!(matches!(error, ReadError::TooDeep { line: 2, .. }), "{error:?}");
        assert!(error.to_string().contains("nested more than 256 levels"), "{error}");
        // Content controls are read recursively by Comity itself: bounded by the same check.
        assert!(matches!(read(&package(&nested("<w:sdt>", "</w:sdt>", 5_000, ""))), Err(ReadError::TooDeep { .. })));
    }

    #[test]
    fn documents_within_the_bound_read_whatever_their_markup() {
        let text = "<w:p><w:r><w:t>Kenya &gt; 1</w:t></w:r></w:p>";
        // Comments, CDATA, attribute values with '>' and '/' and empty elements do not count as levels.
        let tricky = format!(
            "<!-- <w:p> <w:p> --><w:sdt w:x=\"a>b/\" w:y='c/>'><w:sdtContent><w:bookmarkStart w:id=\"1\"/>{text}</w:sdtContent></w:sdt>"
        );
        let xml = nested("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", 120, &tricky);
        let document = read(&package(&xml)).unwrap();
        assert_eq!(document.blocks.len(), 1);
        assert_eq!(
            crate::plain_text(match &document.blocks[0] {
                crate::Block::Paragraph { inlines } => inlines,
                other => panic!("{other:?}"),
            }),
            "Kenya > 1"
        );
    }
}
