//! From bytes to clean lines: refusing what is not text, removing Markdown syntax, splitting the
//! column gaps of PDF-extracted text, and recognising page furniture (running symbols, job
//! numbers, page numbers, barcodes) so that it is neither content nor "unrecognized".

use crate::ParseError;
use crate::symbols;

/// One line of the input after cleaning, with its line number in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Line {
    pub number: usize,
    pub text: String,
    /// Text was bold in Markdown at the start of the line (`**Welcomes**`): the bold part.
    pub bold_lead: Option<String>,
    /// A blank line (a Markdown paragraph break) came before this one.
    pub blank_before: bool,
    /// Page furniture (see [`crate::pages`]): never content.
    pub furniture: bool,
    /// Page furniture came between the previous content line and this one: a blank line here
    /// is the page's end, not a paragraph's.
    pub page_break_before: bool,
    /// In the footnote zone at a page's foot (under its separator rule).
    pub footnote_zone: bool,
    /// Next to page furniture: a running title when its text is the document's title.
    pub by_furniture: bool,
    /// Input lines merged into this one (a paragraph number or item label alone on its line).
    pub also: Vec<usize>,
}

pub(crate) fn decode(bytes: &[u8]) -> Result<String, ParseError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ParseError::Empty);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(ParseError::Binary { what: "a ZIP or Word (.docx) header" });
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(ParseError::Binary { what: "a Word (.doc) header" });
    }
    if bytes.contains(&0) {
        return Err(ParseError::Binary { what: "NUL bytes" });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| ParseError::NotUtf8 { offset: e.valid_up_to() })?;
    let controls =
        text.bytes().filter(|b| (*b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)) || *b == 0x7f).count();
    if controls * 100 > text.chars().count() {
        return Err(ParseError::Binary { what: "control characters" });
    }
    let text = text.trim_start_matches('\u{feff}');
    if !text.contains(['\r', '\u{c}']) {
        return Ok(text.to_string());
    }
    Ok(text.replace("\r\n", "\n").replace(['\r', '\u{c}'], "\n"))
}

/// Removes Markdown syntax from one line; returns the text and the bold lead, if any.
fn strip_markdown(raw: &str) -> (String, Option<String>) {
    // The rule above a page's footnotes is not Markdown emphasis, and a star note
    // ("* Reissued for technical reasons", "** Any changes ...") is not a bullet.
    let stars = raw.trim_start().chars().take_while(|c| *c == '*').count();
    if is_separator(raw) || (1..=3).contains(&stars) && raw.trim_start()[stars..].starts_with(' ') {
        return (raw.trim().to_string(), None);
    }
    let trimmed = raw.trim();
    // Most lines of extracted text carry no Markdown at all.
    if !trimmed.bytes().any(|b| matches!(b, b'[' | b'*' | b'_' | b'\\' | b'#' | b'>'))
        && !trimmed.starts_with(['-', '+'])
    {
        return (trimmed.to_string(), None);
    }
    let mut s = trimmed.to_string();
    // Headings, block quotes, list bullets.
    while let Some(rest) = s.strip_prefix('#') {
        s = rest.to_string();
    }
    for prefix in ["> ", "- ", "+ "] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest.to_string();
        }
    }
    let s = s.trim();
    // Links: [text](target) -> text.
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        match after.find("](").and_then(|close| after[close + 2..].find(')').map(|end| (close, close + 2 + end))) {
            Some((close, end)) if !after[..close].contains('[') => {
                out.push_str(&rest[..open]);
                out.push_str(&after[..close]);
                rest = &after[end + 1..];
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    // Bold at the start marks the verb in the Markdown versions of resolutions.
    let mut bold_lead = None;
    let trimmed = out.trim_start();
    let number_len = trimmed.bytes().take_while(u8::is_ascii_digit).count();
    let after_number =
        if number_len > 0 { trimmed[number_len..].trim_start_matches(['.', '．']).trim_start() } else { trimmed };
    if let Some(after) = after_number.strip_prefix("**")
        && let Some(end) = after.find("**")
    {
        let lead = after[..end].trim();
        if !lead.is_empty() {
            bold_lead = Some(lead.to_string());
        }
    }
    // Emphasis comes in pairs; a lone "**" is a footnote marker ("Palestine:** draft decision").
    let text = if out.matches("**").count() >= 2 { out.replace("**", "") } else { out.clone() };
    let text = if text.matches("__").count() >= 2 { text.replace("__", "") } else { text };
    // Backslash escapes (1\. or \*).
    let mut unescaped = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(|n| n.is_ascii_punctuation()) {
            continue;
        }
        unescaped.push(c);
    }
    (unescaped.trim().to_string(), bold_lead)
}

/// Splits the input into cleaned, non-empty lines. A run of three or more spaces (a column gap
/// in PDF-extracted text) separates two lines with the same number.
pub(crate) fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut blank = true;
    for (i, raw) in text.lines().enumerate() {
        let (clean, bold_lead) = strip_markdown(raw);
        if clean.is_empty() {
            blank = true;
            continue;
        }
        let blank_before = std::mem::replace(&mut blank, false);
        let gapped = clean.as_bytes().windows(3).any(|w| w == b"   ");
        let mut segments: Vec<String> = Vec::new();
        if gapped {
            for seg in clean.split("   ").map(str::trim).filter(|s| !s.is_empty()) {
                // A paragraph number or item label stays with its text: "1.    Encourages".
                match segments.last_mut() {
                    Some(prev) if is_number_or_label(prev) => {
                        prev.push(' ');
                        prev.push_str(seg);
                    }
                    _ => segments.push(seg.to_string()),
                }
            }
        } else {
            // Most lines are one segment: no splitting, no copy.
            segments.push(clean);
        }
        let mut first = true;
        for seg in segments {
            // One pass tells what the segment needs: spaces collapsed (two spaces, a tab, a
            // no-break space), and spaces between Chinese characters dropped (non-ASCII only).
            let (mut spaced, mut ascii, mut prev) = (false, true, 0u8);
            for &b in seg.as_bytes() {
                spaced |= (b == b' ' && prev == b' ') || b == b'\t' || (prev == 0xC2 && b == 0xA0);
                ascii &= b < 0x80;
                prev = b;
            }
            let collapsed = if spaced { seg.split_whitespace().collect::<Vec<_>>().join(" ") } else { seg };
            let collapsed =
                if !ascii && collapsed.chars().any(is_han) { drop_spaces_between_han(&collapsed) } else { collapsed };
            out.push(Line {
                number: i + 1,
                text: collapsed,
                bold_lead: if first { bold_lead.clone() } else { None },
                blank_before: first && blank_before,
                furniture: false,
                page_break_before: false,
                footnote_zone: false,
                by_furniture: false,
                also: Vec::new(),
            });
            first = false;
        }
    }
    out
}

fn is_number_or_label(seg: &str) -> bool {
    let s = seg.trim();
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    // "1." "1 -" (paragraphs), "1" (a footnote number in its own column).
    let numbered = digits > 0 && digits <= 3 && matches!(&s[digits..], "." | "-" | " -" | "．" | "");
    let inner = s.strip_prefix('(').unwrap_or(s).strip_suffix(')');
    let label = inner.is_some_and(|i| !i.is_empty() && i.chars().count() <= 4 && i.chars().all(char::is_alphanumeric));
    numbered || label
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0x3000..=0x303F | 0xFF00..=0xFFEF)
}

/// A space between two Chinese characters carries no meaning (it is left over from Markdown
/// emphasis or PDF extraction); spaces next to Latin letters or digits stay (`1988 年`).
fn drop_spaces_between_han(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            !(**c == ' ' && *i > 0 && is_han(chars[i - 1]) && chars.get(i + 1).is_some_and(|n| is_han(*n)))
        })
        .map(|(_, c)| *c)
        .collect()
}

pub(crate) fn is_job_number(token: &str) -> bool {
    // 21-18253, optionally with a language letter in parentheses (21-18253(E)), a reissue star
    // (25-16535*), or Geneva's prefix (GE.09-17087).
    let t = token.split('(').next().unwrap_or(token).trim_end_matches('*');
    let t = t.strip_prefix("GE.").unwrap_or(t);
    let b = t.as_bytes();
    b.len() == 8 && b[2] == b'-' && b.iter().enumerate().all(|(i, c)| i == 2 || c.is_ascii_digit())
}

fn is_barcode(token: &str) -> bool {
    let inner = token.strip_prefix('*').and_then(|t| t.strip_suffix('*'));
    inner.is_some_and(|i| (6..=9).contains(&i.len()) && i.bytes().all(|b| b.is_ascii_digit()))
}

pub(crate) fn is_page_number(token: &str) -> bool {
    match token.split_once('/') {
        Some((a, b)) => {
            !a.is_empty()
                && !b.is_empty()
                && a.len() <= 3
                && b.len() <= 3
                && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
        }
        None => false,
    }
}

/// Whether a line is page furniture: running symbols, job numbers, page numbers, barcodes,
/// recycling notes, or a line made only of those.
pub(crate) fn is_furniture(text: &str) -> bool {
    let t = text.trim();
    // Furniture is short.
    if t.len() > 80 {
        return false;
    }
    if t.eq_ignore_ascii_case("please recycle") || t == "♲" || t.chars().all(|c| c == '♲' || c.is_whitespace()) {
        return true;
    }
    if t.len() >= 3 && t.chars().all(|c| c == '_' || c == '-' || c == '—' || c == '─') {
        return true;
    }
    if t.get(..5).is_some_and(|p| p.eq_ignore_ascii_case("page ")) && t[5..].trim().bytes().all(|b| b.is_ascii_digit())
    {
        return true;
    }
    // Furniture is made of symbols, numbers and stars: a line with a word of four lower-case
    // letters is text.
    if t.split(|c: char| !c.is_alphabetic()).any(|w| w.len() >= 4 && w.chars().all(char::is_lowercase)) {
        return false;
    }
    // "/..." at the foot of a page of the older layout; a barcode drawn in a private-use font.
    if t == "/..." || t == "/…" || t.chars().all(|c| ('\u{e000}'..='\u{f8ff}').contains(&c) || c.is_whitespace()) {
        return true;
    }
    let tokens: Vec<&str> = t.split_whitespace().collect();
    !tokens.is_empty()
        && tokens.iter().all(|tok| {
            is_job_number(tok)
                || is_barcode(tok)
                || is_page_number(tok)
                || symbols::normalise_symbol(tok)
                    .is_some_and(|s| s.contains('/') && s.starts_with(|c: char| c.is_ascii_uppercase()))
                || matches!(*tok, "(E)" | "(F)" | "(S)" | "(R)" | "(A)" | "(C)" | "*")
                || (tok.len() == 6 && tok.bytes().all(|b| b.is_ascii_digit()))
        })
        && tokens.iter().any(|tok| {
            is_job_number(tok) || is_barcode(tok) || is_page_number(tok) || tok.contains('/') || tok.len() == 6
        })
}

/// The rule above a page's footnotes: `__________________` (a table cell `___` is not one).
pub(crate) fn is_separator(text: &str) -> bool {
    let t = text.trim();
    if !t.starts_with('_') {
        return false;
    }
    t.chars().count() >= 8 && t.chars().all(|c| c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_what_is_not_text() {
        assert_eq!(decode(b""), Err(ParseError::Empty));
        assert_eq!(decode(b" \n\t\n"), Err(ParseError::Empty));
        assert!(matches!(decode(b"PK\x03\x04word"), Err(ParseError::Binary { .. })));
        assert!(matches!(decode(b"abc\x00def"), Err(ParseError::Binary { .. })));
        assert_eq!(decode(b"ok \xff\xfe"), Err(ParseError::NotUtf8 { offset: 3 }));
        assert_eq!(decode("\u{feff}The General Assembly,\r\n".as_bytes()).unwrap(), "The General Assembly,\n");
    }

    #[test]
    fn markdown_is_reduced_to_text() {
        let l = lines("1. **欢迎**联合国报告；³\n\n- (a) 努力；\n¹ [A/65/201](#)，[A/68/98](#)。\n# 第七十六届会议\n");
        assert_eq!(l[0].text, "1. 欢迎联合国报告；³");
        assert_eq!(l[0].bold_lead.as_deref(), Some("欢迎"));
        assert_eq!(l[1].text, "(a) 努力；");
        assert_eq!(l[2].text, "¹ A/65/201，A/68/98。");
        assert_eq!(l[3].text, "第七十六届会议");
        assert_eq!(l[3].number, 5);
    }

    #[test]
    fn column_gaps_split_and_furniture_is_recognised() {
        let l = lines("   1.    Encourages States\n        (a)   The practical\n");
        assert_eq!(
            l.iter().map(|x| x.text.as_str()).collect::<Vec<_>>(),
            ["1. Encourages States", "(a) The practical"]
        );
        let l = lines("United Nations      A/C.1/76/L.13\n");
        assert_eq!(l.iter().map(|x| x.text.as_str()).collect::<Vec<_>>(), ["United Nations", "A/C.1/76/L.13"]);
        for f in [
            "151026",
            "____________",
            "21-18253",
            "21-18253 (E) 221021",
            "*2118253*",
            "2/3",
            "A/C.1/76/L.13 21-18253 2/3",
            "21-18253 3/4 A/C.1/76/L.13",
            "Please recycle",
            "Page 4",
        ] {
            assert!(is_furniture(f), "{f}");
        }
        for t in
            ["1. Welcomes the report;", "Agenda item 95", "(a) National efforts;", "2021-2025", "76/19. Developments"]
        {
            assert!(!is_furniture(t), "{t}");
        }
    }
}
