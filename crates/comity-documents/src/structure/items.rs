//! The pieces of a body: numbered paragraphs and their lettered and roman items, section
//! headings, and where a paragraph ends.

use comity_i18n::Lang;

use crate::Item;

#[derive(Debug)]
pub(super) enum Block {
    Preamble { text: String, bold: Option<String> },
    Operative { number: u32, numbered: bool, text: String, bold: Option<String>, items: Vec<Item> },
}

pub(super) fn item_label(lang: Lang, text: &str) -> Option<(String, usize)> {
    let (inner, used) = if let Some(rest) = text.strip_prefix('(').or_else(|| text.strip_prefix('（')) {
        let close = rest.find([')', '）'])?;
        (&rest[..close], 1 + close + rest[close..].chars().next()?.len_utf8())
    } else if lang != Lang::En && lang != Lang::Zh {
        let close = text.find(')')?;
        (&text[..close], close + 1)
    } else {
        return None;
    };
    let ok = !inner.is_empty()
        && inner.chars().count() <= 4
        && (inner.chars().all(|c| c.is_ascii_lowercase())
            && (inner.len() == 1 || inner.chars().all(|c| "ivxl".contains(c)))
            || inner.len() <= 2 && inner.chars().all(|c| c.is_ascii_digit())
            || lang == Lang::Ar
                && inner.chars().count() <= 2
                && inner.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c)));
    if !ok || !text[used..].starts_with(char::is_whitespace) {
        return None;
    }
    let label = if text.starts_with(['(', '（']) { format!("({inner})") } else { format!("{inner})") };
    Some((label, used))
}

/// An operative paragraph number at the start of a line: `6.`, `6 -` (Arabic), `6．`.
pub(super) fn operative_number(text: &str) -> Option<(u32, usize)> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 4 {
        return None;
    }
    let n: u32 = text[..digits].parse().ok()?;
    let rest = &text[digits..];
    for sep in [". ", "．", ".", " - ", " – ", "- ", " -"] {
        if let Some(after) = rest.strip_prefix(sep) {
            if sep == "." && after.starts_with(|c: char| c.is_ascii_digit()) {
                return None;
            }
            return Some((n, text.len() - after.trim_start().len()));
        }
    }
    None
}

fn is_roman(inner: &str) -> bool {
    !inner.is_empty() && inner.chars().all(|c| "ivxl".contains(c))
}

fn label_inner(label: &str) -> &str {
    label.trim_start_matches(['(', '（']).trim_end_matches([')', '）'])
}

/// Adds an item under the right parent: (i) after (h) is a letter; (i) inside (a) is a sub-item.
pub(super) fn push_item(items: &mut Vec<Item>, label: String, text: String) {
    let inner = label_inner(&label).to_string();
    if let Some(last) = items.last_mut() {
        let last_inner = label_inner(&last.label).to_string();
        let letter_after =
            last_inner.len() == 1 && inner.len() == 1 && inner.as_bytes()[0] == last_inner.as_bytes()[0] + 1;
        let is_sub =
            !letter_after && is_roman(&inner) && !is_roman(&last_inner) && (inner == "i" || !last.items.is_empty());
        let is_sub = is_sub || (!last.items.is_empty() && is_roman(&inner) && !letter_after);
        if is_sub {
            push_item(&mut last.items, label, text);
            return;
        }
    }
    items.push(Item { label, text, items: Vec::new() });
}

pub(super) fn last_item_text(items: &mut [Item]) -> Option<&mut String> {
    let last = items.last_mut()?;
    if last.items.is_empty() { Some(&mut last.text) } else { last_item_text(&mut last.items) }
}

pub(super) fn last_item_text_ref(items: &[Item]) -> Option<&String> {
    let last = items.last()?;
    if last.items.is_empty() { Some(&last.text) } else { last_item_text_ref(&last.items) }
}

pub(super) fn item_place(items: &[Item]) -> String {
    match items.last() {
        Some(last) if !last.items.is_empty() => format!("{} {}", last.place_label(), item_place(&last.items)),
        Some(last) => last.place_label(),
        None => String::new(),
    }
}

pub(super) fn ends_paragraph(text: &str) -> bool {
    text.trim_end().ends_with([',', ';', '.', ':', '，', '；', '。', '：', '،', '؛'])
}

/// A section heading of a report, with its number made language-neutral (`II`, `II.A`):
/// `II. Title`, `二. 标题` / `二、标题`, `ثانيا - العنوان`, and lettered subsections `A. Title`,
/// `ألف - العنوان`.
pub(super) fn section_heading(lang: Lang, text: &str) -> Option<(String, String, String)> {
    const ROMAN: [&str; 12] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
    const ZH: [&str; 12] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];
    const AR: [&str; 12] = [
        "أولا",
        "ثانيا",
        "ثالثا",
        "رابعا",
        "خامسا",
        "سادسا",
        "سابعا",
        "ثامنا",
        "تاسعا",
        "عاشرا",
        "حادي عشر",
        "ثاني عشر",
    ];
    const AR_LETTERS: [&str; 8] = ["ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء"];
    let t = text.trim();
    // The number comes first and is short: `II.`, `A.`, `二、`, `ثانيا -`.
    let head_len = t.find([' ', '.', '．', '、']).unwrap_or(t.len());
    if head_len > 24
        || t.len() > 600
        || t.chars().count() > 150
        || t.ends_with(['.', '。', ';', '；', ',', '，', ':', '：'])
    {
        return None;
    }
    let (head, title) = ["．", ". ", "、", " - ", " – "].iter().find_map(|sep| t.split_once(sep))?;
    let (head, title) = (head.trim(), title.trim());
    if title.is_empty() || title.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let number = if lang == Lang::Zh {
        ZH.iter().position(|z| *z == head).map(|i| ROMAN[i].to_string())
    } else if lang == Lang::Ar {
        AR.iter()
            .position(|a| *a == head)
            .map(|i| ROMAN[i].to_string())
            .or_else(|| AR_LETTERS.iter().position(|a| *a == head).map(|i| ((b'A' + i as u8) as char).to_string()))
    } else {
        None
    };
    let number = number.or_else(|| {
        let lettered = head.len() == 1 && head.bytes().all(|b| b.is_ascii_uppercase()) && lang != Lang::Ar;
        (ROMAN.contains(&head) || lettered).then(|| head.to_string())
    })?;
    Some((number, head.to_string(), title.to_string()))
}
