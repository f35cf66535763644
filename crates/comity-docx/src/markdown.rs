//! Markdown to and from the block model: how the report's Markdown becomes a Word file, and
//! how a State's Word file becomes the Markdown its reply is kept in.

use std::collections::HashMap;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::{Block, Document, Inline};

type Row = Vec<Vec<Inline>>;

/// Where inline content is going.
enum Target {
    Body,
    Item,
    Cell,
    Footnote(usize),
}

#[derive(Default)]
struct Builder {
    document: Document,
    inlines: Vec<Inline>,
    bold: u32,
    italic: u32,
    strike: u32,
    heading: Option<u8>,
    /// Open lists: (list id, ordered, next number, whether the current item was emitted).
    lists: Vec<(u32, bool, u32, bool)>,
    next_list: u32,
    /// An open table: its finished rows, and the row being read (cells of inlines).
    table: Option<(Vec<Row>, Row)>,
    footnote: Option<usize>,
    labels: HashMap<String, usize>,
    link: Vec<String>,
}

impl Builder {
    fn target(&self) -> Target {
        if let Some(i) = self.footnote {
            Target::Footnote(i)
        } else if self.table.is_some() {
            Target::Cell
        } else if !self.lists.is_empty() {
            Target::Item
        } else {
            Target::Body
        }
    }

    fn footnote_index(&mut self, label: &str) -> usize {
        if let Some(i) = self.labels.get(label) {
            return *i;
        }
        self.document.footnotes.push(Vec::new());
        let i = self.document.footnotes.len() - 1;
        self.labels.insert(label.to_string(), i);
        i
    }

    fn text(&mut self, text: &str) {
        let (bold, italic, strike) = (self.bold > 0, self.italic > 0, self.strike > 0);
        match self.inlines.last_mut() {
            Some(Inline::Text { text: last, bold: b, italic: i, strike: s })
                if (*b, *i, *s) == (bold, italic, strike) =>
            {
                last.push_str(text)
            }
            _ => self.inlines.push(Inline::Text { text: text.to_string(), bold, italic, strike }),
        }
    }

    /// Ends a paragraph-like piece of text where it belongs.
    fn flush(&mut self) {
        let inlines = std::mem::take(&mut self.inlines);
        if inlines.is_empty() {
            return;
        }
        match self.target() {
            Target::Footnote(i) => {
                let note = &mut self.document.footnotes[i];
                if !note.is_empty() {
                    note.push(Inline::Break);
                }
                note.extend(inlines);
            }
            Target::Cell => {
                if let Some((_, row)) = &mut self.table {
                    match row.last_mut() {
                        Some(cell) => cell.extend(inlines),
                        None => row.push(inlines),
                    }
                }
            }
            Target::Item => {
                let level = (self.lists.len() - 1) as u8;
                let Some(list) = self.lists.last_mut() else { return };
                if list.3 {
                    // More text in an item already shown: a paragraph of its own.
                    self.document.blocks.push(Block::Paragraph { inlines });
                } else {
                    list.3 = true;
                    self.document.blocks.push(Block::ListItem {
                        list: list.0,
                        ordered: list.1,
                        level,
                        number: list.2,
                        inlines,
                    });
                    list.2 += 1;
                }
            }
            Target::Body => match self.heading.take() {
                Some(level) => self.document.blocks.push(Block::Heading { level, inlines }),
                None => self.document.blocks.push(Block::Paragraph { inlines }),
            },
        }
    }
}

/// The block model of some Markdown (CommonMark with tables, footnotes and strikethrough).
/// Raw HTML is kept as text; links keep their address after their text.
pub fn from_markdown(markdown: &str) -> Document {
    let options = Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    let mut b = Builder::default();
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                b.flush();
                b.heading = Some(level as u8);
            }
            Event::End(TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::CodeBlock | TagEnd::Item) => b.flush(),
            Event::Start(Tag::List(start)) => {
                b.flush();
                b.next_list += 1;
                b.lists.push((b.next_list, start.is_some(), start.unwrap_or(1).min(u32::MAX as u64) as u32, false));
            }
            Event::End(TagEnd::List(_)) => {
                b.flush();
                b.lists.pop();
            }
            Event::Start(Tag::Item) => {
                b.flush();
                if let Some(list) = b.lists.last_mut() {
                    list.3 = false;
                }
            }
            Event::Start(Tag::Table(_)) => {
                b.flush();
                b.table = Some((Vec::new(), Vec::new()));
            }
            Event::Start(Tag::TableCell) => {
                if let Some((_, row)) = &mut b.table {
                    row.push(Vec::new());
                }
            }
            Event::End(TagEnd::TableCell) => b.flush(),
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => {
                if let Some((rows, row)) = &mut b.table {
                    rows.push(std::mem::take(row));
                }
            }
            Event::End(TagEnd::Table) => {
                if let Some((rows, _)) = b.table.take() {
                    b.document.blocks.push(Block::Table { header: true, rows });
                }
            }
            Event::Start(Tag::FootnoteDefinition(label)) => {
                b.flush();
                b.footnote = Some(b.footnote_index(&label));
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                b.flush();
                b.footnote = None;
            }
            Event::FootnoteReference(label) => {
                let i = b.footnote_index(&label);
                b.inlines.push(Inline::Footnote(i));
            }
            Event::Start(Tag::Strong) => b.bold += 1,
            Event::End(TagEnd::Strong) => b.bold = b.bold.saturating_sub(1),
            Event::Start(Tag::Emphasis) => b.italic += 1,
            Event::End(TagEnd::Emphasis) => b.italic = b.italic.saturating_sub(1),
            Event::Start(Tag::Strikethrough) => b.strike += 1,
            Event::End(TagEnd::Strikethrough) => b.strike = b.strike.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) => b.link.push(dest_url.to_string()),
            Event::End(TagEnd::Link) => {
                if let Some(url) = b.link.pop() {
                    let shown = crate::plain_text(&b.inlines);
                    if !url.is_empty() && !shown.ends_with(url.as_str()) {
                        b.text(&format!(" ({url})"));
                    }
                }
            }
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                if b.table.is_some() && b.table.as_ref().is_some_and(|(_, row)| row.is_empty()) {
                    continue;
                }
                b.text(&t)
            }
            Event::SoftBreak => b.text(" "),
            Event::HardBreak => b.inlines.push(Inline::Break),
            _ => {}
        }
    }
    b.flush();
    b.document
}

/// Text as Markdown shows it literally.
fn escape(text: &str, in_table: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '~') || (in_table && c == '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn inline_markdown(inlines: &[Inline], continuation: &str, in_table: bool) -> String {
    let mut out = String::new();
    for inline in inlines {
        match inline {
            Inline::Text { text, bold, italic, strike } => {
                // Markdown's markers must touch the text: spaces stay outside them.
                let core = text.trim();
                if core.is_empty() {
                    out.push_str(&escape(text, in_table));
                    continue;
                }
                let leading = &text[..text.len() - text.trim_start().len()];
                let trailing = &text[text.trim_end().len()..];
                let mut marked = escape(core, in_table);
                if *strike {
                    marked = format!("~~{marked}~~");
                }
                if *italic {
                    marked = format!("*{marked}*");
                }
                if *bold {
                    marked = format!("**{marked}**");
                }
                out.push_str(leading);
                out.push_str(&marked);
                out.push_str(trailing);
            }
            Inline::Break if in_table => out.push(' '),
            Inline::Break => {
                out.push_str("\\\n");
                out.push_str(continuation);
            }
            Inline::Footnote(i) => out.push_str(&format!("[^{}]", i + 1)),
        }
    }
    out.trim().to_string()
}

/// The Markdown of a document: headings, paragraphs, lists with their numbers, tables and
/// footnotes as CommonMark with the table and footnote extensions.
pub fn to_markdown(document: &Document) -> String {
    let mut out = String::new();
    let mut previous_list: Option<u32> = None;
    for block in &document.blocks {
        let same_list = matches!(block, Block::ListItem { list, .. } if Some(*list) == previous_list);
        if !out.is_empty() {
            out.push_str(if same_list { "\n" } else { "\n\n" });
        }
        previous_list = None;
        match block {
            Block::Heading { level, inlines } => {
                let hashes = "#".repeat((*level).clamp(1, 6) as usize);
                out.push_str(&format!("{hashes} {}", inline_markdown(inlines, "", false)));
            }
            Block::Paragraph { inlines } => {
                let text = inline_markdown(inlines, "", false);
                // A paragraph that would read as a heading, quote or bullet stays a paragraph.
                if text.starts_with(['#', '-', '+', '=']) {
                    out.push('\\');
                }
                out.push_str(&text);
            }
            Block::ListItem { list, ordered, level, number, inlines } => {
                let indent = "    ".repeat(*level as usize);
                let marker = if *ordered { format!("{number}. ") } else { "- ".to_string() };
                let continuation = format!("{indent}{}", " ".repeat(marker.len()));
                out.push_str(&format!("{indent}{marker}{}", inline_markdown(inlines, &continuation, false)));
                previous_list = Some(*list);
            }
            Block::Table { rows, .. } => {
                let columns = rows.iter().map(Vec::len).max().unwrap_or(0).max(1);
                for (r, row) in rows.iter().enumerate() {
                    let cells: Vec<String> = (0..columns)
                        .map(|c| row.get(c).map(|cell| inline_markdown(cell, "", true)).unwrap_or_default())
                        .collect();
                    out.push_str(&format!("| {} |\n", cells.join(" | ")));
                    if r == 0 {
                        out.push_str(&format!("|{}\n", " --- |".repeat(columns)));
                    }
                }
                if out.ends_with('\n') {
                    out.pop();
                }
            }
        }
    }
    for (i, note) in document.footnotes.iter().enumerate() {
        out.push_str(&format!("\n\n[^{}]: {}", i + 1, inline_markdown(note, "    ", false)));
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPLY: &str = "# National efforts\n\n1. Kenya adopted a **national strategy**.[^1]\n2. It set up a *CERT*.\n    - with sector teams\n\n| Norm | Measure |\n| --- | --- |\n| (g) | Critical infrastructure law |\n\n[^1]: Adopted in 2022.\n";

    #[test]
    fn markdown_survives_the_block_model() {
        let document = from_markdown(REPLY);
        assert_eq!(document.footnotes.len(), 1);
        assert!(matches!(&document.blocks[0], Block::Heading { level: 1, .. }));
        assert!(matches!(&document.blocks[2], Block::ListItem { ordered: true, number: 2, level: 0, .. }));
        assert!(matches!(&document.blocks[3], Block::ListItem { ordered: false, level: 1, .. }));
        let again = to_markdown(&document);
        assert_eq!(from_markdown(&again), document, "{again}");
        assert!(again.contains("**national strategy**.[^1]"), "{again}");
        assert!(again.contains("| (g) | Critical infrastructure law |"));
    }

    #[test]
    fn the_word_file_reads_back_as_written() {
        let document = from_markdown(REPLY);
        let bytes = crate::write(&document, &crate::Properties { title: "Kenya".into(), language: "en-GB".into() });
        let read = crate::read(&bytes).unwrap();
        assert_eq!(read, document);
        // Arabic paragraphs are marked right to left; the English ones are not.
        let arabic = from_markdown("تعزيز أمن المعلومات\n\nEnglish text");
        let bytes = crate::write(&arabic, &crate::Properties { title: "x".into(), language: "ar".into() });
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml).unwrap();
        let first = xml.find("تعزيز").unwrap();
        let english = xml.find("English").unwrap();
        assert!(xml[..first].contains("<w:bidi/>"));
        assert!(!xml[first..english].contains("<w:bidi/>"));
    }

    #[test]
    fn what_is_not_a_word_file_is_named() {
        let error = crate::read(b"%PDF-1.7 not a docx").unwrap_err().to_string();
        assert!(error.contains("not a .docx"), "{error}");
        let error = crate::read(&[0xD0, 0xCF, 0x11, 0xE0, 0, 0]).unwrap_err().to_string();
        assert!(error.contains("save it as .docx"), "{error}");
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        zip.start_file("word/document.xml", zip::write::SimpleFileOptions::default()).unwrap();
        std::io::Write::write_all(&mut zip, b"<w:document xmlns:w=\"x\">\n<w:body><w:p></w:body>").unwrap();
        let bytes = zip.finish().unwrap().into_inner();
        let error = crate::read(&bytes).unwrap_err().to_string();
        assert!(error.starts_with("word/document.xml line 2"), "{error}");
    }
}
