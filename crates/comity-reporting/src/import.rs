//! Replies that arrive as files (a Word document, Markdown or plain text) turned into a
//! reply's answers: the text is read into blocks, cut where a question of the cycle begins
//! (its label, "(a)", or the start of its text as a heading), and kept as Markdown with its
//! headings, numbered paragraphs, lists, tables and footnotes.

use std::collections::BTreeMap;

use comity_docx::{Block, Document, Inline};
use serde::Serialize;

use crate::Question;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ImportFormat {
    Docx,
    Markdown,
    Text,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{file}: {reason}")]
    Docx { file: String, reason: comity_docx::ReadError },
    #[error("{file}: the text is not UTF-8 (first bad byte at offset {offset}); save it as UTF-8 text")]
    NotUtf8 { file: String, offset: usize },
    #[error("{file}: {error}")]
    Markdown { file: String, error: crate::markdown::MarkdownError },
    #[error("{file}: only .docx, .md (Markdown) and .txt files can be imported")]
    UnknownFormat { file: String },
    #[error("{file}: the file holds no text")]
    Empty { file: String },
    #[error(
        "{file}: {size} bytes; a reply imported from a file is at most {limit} bytes (attach larger documents as files)"
    )]
    TooLarge { file: String, size: usize, limit: usize },
    #[error("{file}: {reason}")]
    Nul { file: String, reason: comity_access::untrusted::NulInText },
}

/// The largest file a reply is imported from, as large as an attachment: no reply's text is
/// near it, and the reply page serves what is imported.
pub const MAX_IMPORT_BYTES: usize = crate::attachments::MAX_ATTACHMENT_BYTES;

/// What an import found.
#[derive(Debug, Clone, Serialize)]
pub struct ImportedReply {
    pub format: ImportFormat,
    /// Markdown by question label; questions without text are absent.
    pub answers: BTreeMap<String, String>,
    /// Whether each question's start was found in the text (false: its text came before any
    /// question's heading and was put under the first question).
    pub found: BTreeMap<String, bool>,
}

fn text_of(block: &Block) -> String {
    match block {
        Block::Heading { inlines, .. } | Block::Paragraph { inlines } | Block::ListItem { inlines, .. } => {
            comity_docx::plain_text(inlines)
        }
        Block::Table { .. } => String::new(),
    }
}

fn folded(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Which question a block opens, if any: it starts with the question's label, or it is a
/// heading that starts with the question's text in one of its languages.
fn opens(block: &Block, questions: &[Question]) -> Option<usize> {
    let text = text_of(block);
    let text = text.trim();
    if text.is_empty() || matches!(block, Block::Table { .. }) {
        return None;
    }
    questions.iter().position(|q| {
        let label = q.label.trim();
        let by_label =
            text.strip_prefix(label).is_some_and(|rest| rest.is_empty() || rest.starts_with(char::is_whitespace));
        let by_text = matches!(block, Block::Heading { .. })
            && q.texts.values().any(|t| {
                let start: String = folded(t).chars().take(40).collect();
                start.chars().count() >= 12 && folded(text).contains(&start)
            });
        by_label || by_text
    })
}

/// The Markdown of some blocks, with only the footnotes they cite (renumbered).
fn section_markdown(blocks: Vec<Block>, footnotes: &[Vec<Inline>]) -> String {
    let mut map: Vec<(usize, usize)> = Vec::new();
    let mut renumber = |inlines: &mut Vec<Inline>| {
        for inline in inlines.iter_mut() {
            if let Inline::Footnote(i) = inline {
                let new = match map.iter().find(|(old, _)| old == i) {
                    Some((_, n)) => *n,
                    None => {
                        map.push((*i, map.len()));
                        map.len() - 1
                    }
                };
                *i = new;
            }
        }
    };
    let mut blocks = blocks;
    for block in &mut blocks {
        match block {
            Block::Heading { inlines, .. } | Block::Paragraph { inlines } | Block::ListItem { inlines, .. } => {
                renumber(inlines)
            }
            Block::Table { rows, .. } => rows.iter_mut().flatten().for_each(&mut renumber),
        }
    }
    let notes = map.iter().map(|(old, _)| footnotes.get(*old).cloned().unwrap_or_default()).collect();
    comity_docx::to_markdown(&Document { blocks, footnotes: notes })
}

/// Reads a reply from a file's bytes; the format comes from the name's extension and is
/// checked against the content.
pub fn import_reply(file: &str, bytes: &[u8], questions: &[Question]) -> Result<ImportedReply, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { file: file.into(), size: bytes.len(), limit: MAX_IMPORT_BYTES });
    }
    let extension = file.rsplit_once('.').map(|(_, e)| e.to_lowercase()).unwrap_or_default();
    let (format, document) = match extension.as_str() {
        "docx" => (
            ImportFormat::Docx,
            comity_docx::read(bytes).map_err(|reason| ImportError::Docx { file: file.into(), reason })?,
        ),
        "md" | "markdown" | "txt" | "text" => {
            let text = std::str::from_utf8(bytes)
                .map_err(|e| ImportError::NotUtf8 { file: file.into(), offset: e.valid_up_to() })?;
            let text = text.strip_prefix('\u{feff}').unwrap_or(text);
            comity_access::untrusted::refuse_nul("the text", text)
                .map_err(|reason| ImportError::Nul { file: file.into(), reason })?;
            if extension.starts_with('m') {
                crate::markdown::check(text).map_err(|error| ImportError::Markdown { file: file.into(), error })?;
                (ImportFormat::Markdown, comity_docx::from_markdown(text))
            } else {
                // Plain text: paragraphs are separated by blank lines and nothing is markup.
                let blocks = text
                    .replace("\r\n", "\n")
                    .split("\n\n")
                    .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
                    .filter(|p| !p.is_empty())
                    .map(|p| Block::Paragraph { inlines: vec![Inline::plain(p)] })
                    .collect();
                (ImportFormat::Text, Document { blocks, footnotes: Vec::new() })
            }
        }
        _ => return Err(ImportError::UnknownFormat { file: file.into() }),
    };
    if document.blocks.is_empty() {
        return Err(ImportError::Empty { file: file.into() });
    }
    let mut sections: Vec<Vec<Block>> = vec![Vec::new(); questions.len().max(1)];
    let mut found = vec![false; questions.len()];
    let mut current = 0;
    for block in document.blocks.iter().cloned() {
        if let Some(q) = opens(&block, questions).filter(|q| !found[*q]) {
            found[q] = true;
            current = q;
            let text = text_of(&block);
            let label = questions[q].label.trim();
            let rest = folded(text.trim().strip_prefix(label).unwrap_or(&text));
            let restates = rest.is_empty()
                || questions[q].texts.values().any(|t| {
                    let t = folded(t);
                    let n = rest.chars().count().min(40);
                    let head: String = rest.chars().take(n).collect();
                    t.starts_with(&head) || rest.starts_with(&t.chars().take(40).collect::<String>())
                });
            // A heading, or a line that only names the question, is the report's to print.
            if matches!(block, Block::Heading { .. }) || restates {
                continue;
            }
            if let Block::Paragraph { inlines } = &block {
                let mut inlines = inlines.clone();
                if let Some(Inline::Text { text, .. }) = inlines.first_mut() {
                    *text = text.trim_start().trim_start_matches(label).trim_start().to_string();
                }
                sections[q].push(Block::Paragraph { inlines });
                continue;
            }
        }
        sections[current].push(block);
    }
    let mut answers = BTreeMap::new();
    for (q, blocks) in sections.into_iter().enumerate() {
        if blocks.is_empty() || questions.is_empty() {
            continue;
        }
        answers.insert(questions[q].label.clone(), section_markdown(blocks, &document.footnotes));
    }
    Ok(ImportedReply {
        format,
        answers,
        found: questions.iter().zip(found).map(|(q, f)| (q.label.clone(), f)).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn questions() -> Vec<Question> {
        vec![
            Question {
                label: "(a)".into(),
                texts: [("en".into(), "General appreciation of the issues of information security".into())].into(),
            },
            Question {
                label: "(b)".into(),
                texts: [("en".into(), "Efforts taken at the national level to strengthen information security".into())]
                    .into(),
            },
        ]
    }

    #[test]
    fn a_reply_is_cut_where_its_questions_begin() {
        let md = "Preamble text.\n\n## (a) General appreciation\n\n1. First point.[^1]\n\n## Efforts taken at the national level to strengthen information security\n\n| Body | Role |\n| --- | --- |\n| CERT | Response |\n\n[^1]: A note.\n";
        let reply = import_reply("reply.md", md.as_bytes(), &questions()).unwrap();
        assert!(reply.found["(a)"]);
        assert!(reply.found["(b)"]);
        let a = &reply.answers["(a)"];
        assert!(
            a.starts_with("Preamble text.") && a.contains("1. First point.[^1]") && a.contains("[^1]: A note."),
            "{a}"
        );
        let b = &reply.answers["(b)"];
        assert!(b.contains("| CERT | Response |") && !b.contains("[^1]"), "{b}");
    }

    #[test]
    fn bad_files_say_what_is_wrong() {
        let e = import_reply("reply.txt", b"caf\xe9", &questions()).unwrap_err().to_string();
        assert!(e.contains("not UTF-8") && e.contains("offset 3"), "{e}");
        let e = import_reply("reply.md", b"| a | b |\n| --- | --- |\n| 1 |", &questions()).unwrap_err().to_string();
        assert!(e.contains("line 3"), "{e}");
        let e = import_reply("reply.docx", b"plain text", &questions()).unwrap_err().to_string();
        assert!(e.contains("not a .docx"), "{e}");
        assert!(import_reply("reply.pdf", b"%PDF", &questions()).is_err());
        assert!(import_reply("reply.txt", b"  \n\n ", &questions()).is_err());
        // What `documents ingest` refuses, imports refuse too, on either engine; and no reply
        // is a 200 MB text.
        let e = import_reply("reply.md", b"(a) We\0 cooperate.", &questions()).unwrap_err().to_string();
        assert!(e.starts_with("reply.md: the text contains a NUL character"), "{e}");
        let e = import_reply("reply.txt", &vec![b'a'; MAX_IMPORT_BYTES + 1], &questions()).unwrap_err().to_string();
        assert!(e.contains("at most 10485760 bytes"), "{e}");
    }

    #[test]
    fn plain_text_is_never_markup() {
        let reply = import_reply("r.txt", b"# not a heading\n\n(b) Our efforts *stars*", &questions()).unwrap();
        assert!(reply.answers["(a)"].contains("\\# not a heading"), "{:?}", reply.answers);
        assert!(reply.answers["(b)"].contains("\\*stars\\*"), "{:?}", reply.answers);
    }
}
