//! Word files (.docx, WordprocessingML): the block model both ways share, the writer the
//! report uses, the reader `comity submissions import` uses, and their bridges to Markdown,
//! the form Comity keeps text in.
#![forbid(unsafe_code)]

mod markdown;
mod read;
pub mod tracked;
mod write;

pub use markdown::{from_markdown, to_markdown};
pub use read::{ReadError, read};
pub use write::{Properties, write};

/// A run of text and how it looks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text {
        text: String,
        bold: bool,
        italic: bool,
        strike: bool,
    },
    /// A line break inside a paragraph.
    Break,
    /// A reference to the footnote at this index of [`Document::footnotes`].
    Footnote(usize),
}

impl Inline {
    pub fn plain(text: impl Into<String>) -> Self {
        Inline::Text { text: text.into(), bold: false, italic: false, strike: false }
    }
}

/// A block of the body, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// Level 0 is the document's title; 1-3 are Heading 1-3.
    Heading {
        level: u8,
        inlines: Vec<Inline>,
    },
    Paragraph {
        inlines: Vec<Inline>,
    },
    /// An item of a numbered (`ordered`) or bulleted list. Items with the same `list` belong
    /// to one list; `number` is the item's number in an ordered list.
    ListItem {
        list: u32,
        ordered: bool,
        level: u8,
        number: u32,
        inlines: Vec<Inline>,
    },
    /// Rows of cells; the first row is a header row when `header` is set.
    Table {
        header: bool,
        rows: Vec<Vec<Vec<Inline>>>,
    },
}

/// A document: the body and its footnotes (each a paragraph of inlines).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    pub blocks: Vec<Block>,
    pub footnotes: Vec<Vec<Inline>>,
}

/// The plain text of some inlines (footnote references left out).
pub fn plain_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for inline in inlines {
        match inline {
            Inline::Text { text, .. } => out.push_str(text),
            Inline::Break => out.push('\n'),
            Inline::Footnote(_) => {}
        }
    }
    out
}

/// Whether text reads right to left: its first strongly directional letter is Hebrew or
/// Arabic script (the rule of the Unicode bidirectional algorithm, P2-P3).
pub fn is_rtl(text: &str) -> bool {
    for c in text.chars() {
        let u = c as u32;
        if (0x0590..=0x08FF).contains(&u) || (0xFB1D..=0xFDFF).contains(&u) || (0xFE70..=0xFEFF).contains(&u) {
            return true;
        }
        if c.is_alphabetic() {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direction_follows_the_first_strong_letter() {
        assert!(is_rtl("1. تعزيز أمن المعلومات"));
        assert!(!is_rtl("1. Strengthening (تعزيز)"));
        assert!(!is_rtl("中国支持"));
        assert!(!is_rtl("2024"));
    }
}
