//! Turning clean lines into a document: the header before "The General Assembly," (masthead,
//! symbol, session, committee, agenda item, sponsors, title), then the body (preambular and
//! operative paragraphs, nested items, footnotes), with every line accounted for.

use comity_i18n::Lang;
use comity_states::StateRegistry;

use crate::clean::Line;
use crate::lexicon;
use crate::symbols::normalise_symbol;
use crate::{
    AgendaItem, Annex, Document, Footnote, Item, Kind, OperativeParagraph, ParseError, PreambularParagraph, Section,
    Sponsor, Unrecognized, citations,
};

const SUPERSCRIPTS: [(char, char); 10] = [
    ('⁰', '0'),
    ('¹', '1'),
    ('²', '2'),
    ('³', '3'),
    ('⁴', '4'),
    ('⁵', '5'),
    ('⁶', '6'),
    ('⁷', '7'),
    ('⁸', '8'),
    ('⁹', '9'),
];

fn superscript_digit(c: char) -> Option<char> {
    SUPERSCRIPTS.iter().find(|(s, _)| *s == c).map(|(_, d)| *d)
}

/// Joins wrapped lines: without a space in Chinese, re-joining words hyphenated across lines.
fn join_into(lang: Lang, acc: &mut String, next: &str) {
    if acc.is_empty() {
        acc.push_str(next);
        return;
    }
    // Chinese joins without a space unless Latin letters or digits meet across the break.
    let latin_meets =
        acc.ends_with(|c: char| c.is_ascii_alphanumeric()) && next.starts_with(|c: char| c.is_ascii_alphanumeric());
    let cjk_boundary = lang == Lang::Zh && !latin_meets;
    if cjk_boundary {
        acc.push_str(next);
    } else if acc.ends_with('\u{ad}') {
        // A soft hyphen is a word broken at the line's end.
        acc.pop();
        acc.push_str(next);
    } else if acc.ends_with(['-', '‑']) && next.starts_with(|c: char| c.is_alphanumeric()) {
        // UN texts are not hyphenated: a hyphen ending a line belongs to its compound
        // (nuclear-weapon-free, Secretary-General, thirty-fifth).
        acc.push_str(next);
    } else {
        acc.push(' ');
        acc.push_str(next);
    }
}

fn is_masthead(text: &str) -> bool {
    const FIXED: [&str; 18] = [
        "United Nations",
        "General Assembly",
        "Nations Unies",
        "Assemblée générale",
        "Naciones Unidas",
        "Asamblea General",
        "Организация Объединенных Наций",
        "Организация Объединённых Наций",
        "Генеральная Ассамблея",
        "الأمم المتحدة",
        "الجمعية العامة",
        "联合国",
        "大会",
        "Distr.: General",
        "Distr.: Limited",
        "Distr. générale",
        "Distr. limitée",
        "Distr. general",
    ];
    let t = text.trim();
    // The older layout sets the masthead in capitals: NATIONS UNIES, UNITED NATIONS.
    FIXED.iter().any(|f| f.eq_ignore_ascii_case(t) || f.to_uppercase() == t)
        || t.starts_with("Distr.")
        || t.starts_with("Distr ")
        || t.starts_with("Original:")
        || t.starts_with("Original :")
        || t.starts_with("Originale")
        || t.starts_with("Original ")
        || t.starts_with("Orig.")
        || t.starts_with("Язык оригинала")
        || t.starts_with("Оригинал")
        || t.starts_with("الأصل:")
        || t.starts_with("原文：")
        || t.starts_with("原件：")
        || t.starts_with("General Assembly Official Records")
        // The language of a translation, under the date in the masthead.
        || ["Arabic", "Chinese", "English", "French", "Russian", "Spanish"].contains(&t)
}

/// A date standing alone on a line (the masthead's date, the date after the plenary meeting).
fn is_date_line(lang: Lang, text: &str) -> bool {
    lexicon::date_at(lang, text).is_some_and(|(_, used)| text[used..].trim().is_empty())
}

/// Footnote markers in a line of body text: superscript digits anywhere, or (text extracted
/// from PDFs) the next expected footnote number glued to the end of a word or punctuation
/// (`Nations1`, `2024/25;4`), or standing after it with a space (`Crime, 2 and`) when the
/// document has a footnote of that number (`notes`) and no word before it makes it a number
/// of something (`paragraph 2`).
fn take_markers(lang: Lang, text: &str, next_expected: u32, notes: &[u32]) -> (String, Vec<String>) {
    let mut markers = Vec::new();
    if !text.bytes().any(|b| b.is_ascii_digit()) && text.is_ascii() {
        return (text.to_string(), markers);
    }
    // Superscript digits are all outside ASCII: most lines have none to take out.
    let has_superscript = !text.is_ascii() && text.chars().any(|c| superscript_digit(c).is_some());
    let mut out = String::with_capacity(text.len());
    if !has_superscript {
        out.push_str(text);
    }
    let mut chars = text.chars().peekable();
    while has_superscript && let Some(c) = chars.next() {
        if let Some(d) = superscript_digit(c) {
            let mut m = d.to_string();
            while let Some(d2) = chars.peek().copied().and_then(superscript_digit) {
                m.push(d2);
                chars.next();
            }
            markers.push(m);
            continue;
        }
        out.push(c);
    }
    if !out.bytes().any(|b| b.is_ascii_digit()) {
        return (out, markers);
    }
    let mut expected = next_expected;
    let mut search_from = 0;
    loop {
        // A footnote the text lacks is skipped, so that the ones after it are still found.
        if !notes.is_empty() && !notes.contains(&expected) {
            match notes.iter().copied().filter(|n| *n > expected).min() {
                Some(n) if n <= expected + 3 => expected = n,
                _ => break,
            }
        }
        let want_now = expected.to_string();
        let found = match want_now.as_bytes() {
            [digit] => out.as_bytes()[search_from..].iter().position(|b| b == digit),
            _ => out[search_from..].find(&want_now),
        };
        let Some(pos) = found.map(|p| p + search_from) else { break };
        let before = out[..pos].chars().last();
        let after = out[pos + want_now.len()..].chars().next();
        // The token the digits end: Chinese runs on without spaces, so a symbol cited earlier
        // in the sentence must not count.
        let token_start = out[..pos]
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace() || !c.is_ascii())
            .map(|(p, c)| p + c.len_utf8())
            .unwrap_or(0);
        let in_symbol = out[token_start..pos].contains('/') && !out[token_start..pos].ends_with([';', ',']);
        let glued = before.is_some_and(|b| {
            matches!(b, ',' | ';' | '.' | ':' | ')' | '"' | '”' | '’' | '，' | '；' | '。' | '،')
                || b.is_alphabetic() && !b.is_ascii_digit()
        });
        let ends = after.is_none_or(|a| a.is_whitespace() || matches!(a, ',' | ';' | '.' | ':' | ')'));
        // "of 1 December 1999" is a date, not a marker.
        let starts_date = || lexicon::date_at(lang, &out[pos..]).is_some();
        let spaced = before == Some(' ') && notes.contains(&expected) && ends && !starts_date() && {
            let head = out[..pos].trim_end();
            let word: String = head
                .rsplit(|c: char| c.is_whitespace())
                .next()
                .unwrap_or("")
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            let last = head.chars().last();
            let year = word.len() == 4 && (word.starts_with("19") || word.starts_with("20"));
            let after_punctuation = last.is_some_and(|c| matches!(c, ',' | ';' | ':' | '”' | ')'))
                || (last == Some('.') && !NUMBERED_WORDS.contains(&word.as_str()));
            let after_word = last.is_some_and(char::is_alphabetic) && !NUMBERED_WORDS.contains(&word.as_str());
            (after_punctuation || after_word || (year && last.is_some_and(|c| c.is_ascii_digit())))
                && !after.is_some_and(|a| {
                    a == '.' && out[pos + want_now.len() + 1..].starts_with(|c: char| c.is_ascii_digit())
                })
        };
        // "on 16 September 20055": a year with the marker after it.
        let after_year = notes.contains(&expected) && ends && {
            let head = &out[..pos];
            match head.len().checked_sub(4).and_then(|at| Some((head.get(at..)?, &head[..at]))) {
                Some((year, before)) => {
                    year.bytes().all(|b| b.is_ascii_digit())
                        && (year.starts_with("19") || year.starts_with("20"))
                        && !before.ends_with(|c: char| c.is_ascii_digit() || c == '/')
                }
                None => false,
            }
        };
        if (glued && ends && !in_symbol) || spaced || after_year {
            let start = if spaced { pos - 1 } else { pos };
            out.replace_range(start..pos + want_now.len(), "");
            markers.push(want_now);
            expected += 1;
            search_from = start;
        } else {
            search_from = pos + want_now.len();
        }
    }
    (out, markers)
}

/// Words a number after them belongs to: `paragraph 2`, `item 4`, `Goal 6`.
const NUMBERED_WORDS: [&str; 44] = [
    "paragraph",
    "paragraphs",
    "para",
    "paras",
    "item",
    "items",
    "article",
    "articles",
    "annex",
    "chapter",
    "section",
    "goal",
    "goals",
    "target",
    "targets",
    "no",
    "vol",
    "resolution",
    "resolutions",
    "decision",
    "decisions",
    "page",
    "pages",
    "rule",
    "rules",
    "principle",
    "principles",
    "part",
    "phase",
    "level",
    "group",
    "protocol",
    "recommendation",
    "recommendations",
    "covid",
    "session",
    "meeting",
    "table",
    "figure",
    "step",
    "option",
    "module",
    "volume",
    "cluster",
];

#[derive(Debug)]
enum Block {
    Preamble { text: String, bold: Option<String> },
    Operative { number: u32, numbered: bool, text: String, bold: Option<String>, items: Vec<Item> },
}

fn item_label(lang: Lang, text: &str) -> Option<(String, usize)> {
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
fn operative_number(text: &str) -> Option<(u32, usize)> {
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
fn push_item(items: &mut Vec<Item>, label: String, text: String) {
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

fn last_item_text(items: &mut [Item]) -> Option<&mut String> {
    let last = items.last_mut()?;
    if last.items.is_empty() { Some(&mut last.text) } else { last_item_text(&mut last.items) }
}

fn last_item_text_ref(items: &[Item]) -> Option<&String> {
    let last = items.last()?;
    if last.items.is_empty() { Some(&last.text) } else { last_item_text_ref(&last.items) }
}

fn item_place(items: &[Item]) -> String {
    match items.last() {
        Some(last) if !last.items.is_empty() => format!("{} {}", last.place_label(), item_place(&last.items)),
        Some(last) => last.place_label(),
        None => String::new(),
    }
}

fn ends_paragraph(text: &str) -> bool {
    text.trim_end().ends_with([',', ';', '.', ':', '，', '；', '。', '：', '،', '؛'])
}

/// A section heading of a report, with its number made language-neutral (`II`, `II.A`):
/// `II. Title`, `二. 标题` / `二、标题`, `ثانيا - العنوان`, and lettered subsections `A. Title`,
/// `ألف - العنوان`.
fn section_heading(lang: Lang, text: &str) -> Option<(String, String, String)> {
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

/// Star markers glued to a word or punctuation: `A/C.1/80/L.23*`, `Peru:**`, `Court,**`.
fn star_markers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    if !text.contains('*') {
        return out;
    }
    let mut before: Option<char> = None;
    let mut run = 0;
    for c in text.chars().chain(std::iter::once(' ')) {
        if c == '*' {
            run += 1;
            continue;
        }
        if (1..=4).contains(&run) && before.is_some_and(|b| !b.is_whitespace()) {
            out.push("*".repeat(run));
        }
        run = 0;
        before = Some(c);
    }
    out
}

/// Whether a header line comes right after an agenda item line.
fn follows_agenda(lines: &[Line], agenda: &[(usize, String)], at: usize) -> bool {
    !lines[at].blank_before && agenda.iter().any(|(a, _)| *a + 1 == at)
}

/// A note marked with stars (`* Reissued for technical reasons.`, `** Any changes ...`).
fn star_note(text: &str) -> Option<(String, String)> {
    let stars = text.chars().take_while(|c| *c == '*').count();
    let rest = &text[stars..];
    (stars > 0 && stars <= 4 && rest.starts_with(char::is_whitespace) && rest.trim().chars().count() > 3)
        .then(|| ("*".repeat(stars), rest.trim().to_string()))
}

/// An amendment has no "The General Assembly,": its instructions begin after the block that
/// follows its sponsors (the title of the draft amended).
fn amendment_body_start(lang: Lang, lines: &[Line]) -> Option<usize> {
    let limit = lines.len().min(80);
    let mut joined = String::new();
    let mut at = None;
    for (i, l) in lines[..limit].iter().enumerate() {
        if l.blank_before || l.furniture {
            joined.clear();
        }
        if l.furniture {
            continue;
        }
        join_into(lang, &mut joined, &l.text.replace('*', ""));
        if lexicon::sponsors_marker(lang, &joined).is_some_and(|m| m.amendment) {
            at = Some(i);
        }
    }
    let sponsors_end = at?;
    // Skip any lines that continue the sponsors block, then the title block.
    let mut i = sponsors_end + 1;
    while i < lines.len() && !lines[i].blank_before {
        i += 1;
    }
    let title_start = i;
    i += 1;
    while i < lines.len() && !lines[i].blank_before {
        i += 1;
    }
    (title_start < lines.len() && i < lines.len()).then_some(i)
}

/// Where the numbered body of a report begins: the first paragraph numbered 1, or the section
/// heading right above it.
fn report_body_start(lang: Lang, lines: &[Line]) -> Option<usize> {
    let first = lines.iter().position(|l| operative_number(&l.text).is_some_and(|(n, _)| n == 1))?;
    let mut start = first;
    while start > 0 && section_heading(lang, &lines[start - 1].text).is_some() {
        start -= 1;
    }
    Some(start)
}

pub(crate) fn build(
    mut lines: Vec<Line>,
    lang: Lang,
    given_symbol: Option<String>,
    states: &StateRegistry,
) -> Result<Document, ParseError> {
    // A resolution or draft opens with "The General Assembly,"; a decision in one sentence
    // runs on after it ("The General Assembly, recalling ..., decides ..."), which becomes a
    // line of its own here.
    let opening = lines.iter().position(|l| !l.furniture && lexicon::assembly_opening(lang, &l.text).is_some());
    if let Some(at) = opening
        && let Some(used) = lexicon::assembly_opening(lang, &lines[at].text)
        && used < lines[at].text.len()
    {
        let rest = lines[at].text[used..].trim().to_string();
        lines[at].text.truncate(used);
        let mut tail = lines[at].clone();
        tail.text = rest;
        tail.also = Vec::new();
        tail.blank_before = false;
        lines.insert(at + 1, tail);
    }
    let lines = lines.as_slice();
    // A report (or a note) has numbered paragraphs under section headings; an amendment, its
    // instructions after the title of the draft it amends. Both have a header like the others'.
    let has_opening = opening.is_some();
    let (opening, body_start, is_report) = match opening {
        Some(opening) => (opening, opening + 1, false),
        None => match amendment_body_start(lang, lines) {
            Some(start) => (start, start, false),
            None => match report_body_start(lang, lines) {
                Some(start) => (start, start, true),
                None => return Err(ParseError::NoStructure { lang }),
            },
        },
    };
    let mut unrecognized = Vec::new();
    let mut roles: Vec<Option<String>> = vec![None; lines.len()];
    if has_opening {
        roles[opening] = Some("opening".into());
    }

    // ---- Header ----
    let mut symbol: Option<String> = None;
    let mut session = None;
    let mut committee: Option<&'static str> = None;
    let mut agenda_numbers: Vec<(usize, String)> = Vec::new();
    let mut adopted_on = None;
    let mut issued_on: Option<String> = None;
    let mut is_resolution = false;
    let mut content: Vec<usize> = Vec::new();
    for (i, line) in lines[..opening].iter().enumerate() {
        let t = line.text.as_str();
        let lone_symbol = normalise_symbol(t).filter(|_| !t.contains(' '));
        let role = if let Some(s) = lone_symbol.filter(|s| symbol.as_ref().is_none_or(|own| own == s)) {
            symbol.get_or_insert(s);
            "symbol"
        } else if line.furniture {
            "furniture"
        } else if is_masthead(t) && (line.blank_before || content.last() != Some(&(i.wrapping_sub(1)))) {
            // "General Assembly" ends a wrapped title too ("... to the eighty-first session of
            // the\nGeneral Assembly"): there it is content.
            "masthead"
        } else if is_date_line(lang, t) {
            issued_on.get_or_insert_with(|| lexicon::date_at(lang, t).map(|d| d.0).unwrap_or_default());
            "masthead"
        } else if let Some(n) = lexicon::session(lang, t) {
            session = Some(n);
            "session"
        } else if let Some(n) = lexicon::agenda_item(lang, t.trim_end_matches('*')) {
            agenda_numbers.push((i, n));
            "agenda_item"
        } else if let Some(c) = lexicon::committee(lang, t).filter(|_| t.chars().count() <= 40) {
            committee = Some(c);
            "committee"
        } else {
            content.push(i);
            continue;
        };
        roles[i] = Some(role.into());
    }
    // The rest of the header, in blocks of lines (a blank line or a line placed above ends one):
    // each block is one thing, told by what it says.
    // Text without blank lines (typed, or Markdown written tight) is parted where a line is a
    // thing of its own: the adoption line, "[on the report ...]", "76/19. Title", a line the
    // sponsors end on.
    let opens_unit = |t: &str| {
        lexicon::adopted_on(lang, t).is_some()
            || lexicon::is_adoption_heading(lang, t)
            || t.starts_with(['[', '［'])
            || star_note(t).is_some()
            || crate::symbols::resolution_number(t).is_some_and(|(_, _, used)| t[used..].starts_with('.'))
    };
    let closes_unit = |t: &str| {
        t.ends_with([']', '］'])
            || lexicon::adopted_on(lang, t).is_some()
            || lexicon::sponsors_marker(lang, &t.replace('*', "")).is_some_and(|m| !m.amendment)
    };
    let mut header_blocks: Vec<Vec<usize>> = Vec::new();
    for &i in &content {
        match header_blocks.last_mut() {
            Some(block)
                if !lines[i].blank_before
                    && block.last() == Some(&(i - 1))
                    && !opens_unit(&lines[i].text)
                    && !closes_unit(&lines[i - 1].text) =>
            {
                block.push(i)
            }
            _ => header_blocks.push(vec![i]),
        }
    }
    let mut kind = None;
    let mut sponsors_text = String::new();
    let mut submitted_by = None;
    let mut amends = None;
    let mut title = String::new();
    let mut agenda_titles: Vec<String> = vec![String::new(); agenda_numbers.len()];
    let mut front: Vec<Block> = Vec::new();
    let mut header_notes: Vec<(usize, String, String)> = Vec::new();
    for block in &header_blocks {
        let joined = |range: &[usize]| {
            let mut s = String::new();
            for &i in range {
                join_into(lang, &mut s, &lines[i].text);
            }
            s
        };
        let text = joined(block);
        let mark = |roles: &mut Vec<Option<String>>, range: &[usize], role: &str| {
            for &i in range {
                roles[i] = Some(role.to_string());
            }
        };
        // Notes at the foot of the first page: "* Reissued for technical reasons".
        if let Some((marker, note)) = star_note(&text) {
            header_notes.push((block[0], marker, note));
            continue;
        }
        let next_line = lines.get(block[block.len() - 1] + 1).map(|l| l.text.as_str()).unwrap_or("");
        if let Some(d) = lexicon::adopted_on(lang, &text).or_else(|| {
            lexicon::adopted_on(lang, &format!("{text} {next_line}"))
                .filter(|_| lexicon::adopted_on(lang, next_line).is_none())
        }) {
            adopted_on = Some(d);
            is_resolution = true;
            mark(&mut roles, block, "adopted");
            continue;
        }
        if lexicon::is_adoption_heading(lang, &text) {
            // "Resolution adopted by the General Assembly" without its date (the older layout
            // gives it in the closing lines).
            is_resolution = true;
            mark(&mut roles, block, "adopted");
            continue;
        }
        if let Some(c) = lexicon::report_of(lang, &text) {
            committee = c;
            is_resolution = true;
            mark(&mut roles, block, "adopted");
            continue;
        }
        // Sponsors end with the kind of text (": draft resolution"), or name what they amend.
        let starred: String = text.replace('*', "");
        if let Some(found) = lexicon::sponsors_marker(lang, &starred) {
            let (cut, k) = (found.cut, found.kind);
            // The block may open with the agenda item's title when no blank line parts them.
            let mut start = 0;
            if follows_agenda(lines, &agenda_numbers, block[0]) {
                let end_line = block.len() - 1;
                start = end_line;
                while start > 0 {
                    let above = &lines[block[start - 1]].text;
                    let here = &lines[block[start]].text;
                    let continues = above.ends_with([',', '、', '，', '،'])
                        || above.ends_with(" and")
                        || above.ends_with(" et")
                        || above.ends_with(" y")
                        || above.ends_with(" и")
                        || here.starts_with(|c: char| c.is_lowercase());
                    if !(continues || names_states(lang, above, states)) {
                        break;
                    }
                    start -= 1;
                }
                if start > 0 {
                    let k = agenda_numbers.iter().position(|(a, _)| *a + 1 == block[0]).unwrap_or(0);
                    agenda_titles[k] = joined(&block[..start]);
                    mark(&mut roles, &block[..start], "agenda_title");
                }
            }
            let sponsor_lines = joined(&block[start..]).replace('*', "");
            let cut = cut.saturating_sub(starred.len() - sponsor_lines.len()).min(sponsor_lines.len());
            sponsors_text = sponsor_lines[..cut].trim().to_string();
            kind = Some(k);
            let after = starred[found.end..].trim();
            if found.amendment {
                // "amendment to draft resolution A/80/L.18": the draft amended.
                amends = crate::symbols::find_document_symbols(after)
                    .into_iter()
                    .next()
                    .map(|(_, _, s)| s)
                    .or_else(|| (!after.is_empty()).then(|| after.to_string()));
            } else if !after.is_empty() && title.is_empty() {
                title = after.to_string();
            }
            mark(&mut roles, &block[start..], "sponsors");
            continue;
        }
        if let Some(k) = lexicon::submitted_by(lang, &starred) {
            kind = Some(k);
            submitted_by = Some(starred.trim().to_string());
            mark(&mut roles, block, "sponsors");
            continue;
        }
        if let Some(k) = agenda_numbers.iter().position(|(a, _)| *a + 1 == block[0])
            && agenda_titles[k].is_empty()
        {
            agenda_titles[k] = text;
            mark(&mut roles, block, "agenda_title");
            continue;
        }
        if title.is_empty() {
            title = text;
            mark(&mut roles, block, "title");
            continue;
        }
        if is_report {
            // After a report's title, its unnumbered front paragraphs (a note of transmittal).
            front.push(Block::Preamble { text, bold: None });
            mark(&mut roles, block, &format!("preamble {}", front.len()));
        }
        // Anything else stays unplaced and is reported.
    }
    let agenda_items: Vec<AgendaItem> = agenda_numbers
        .iter()
        .zip(agenda_titles)
        .map(|((_, number), title)| AgendaItem { number: number.clone(), title: (!title.is_empty()).then_some(title) })
        .collect();
    let mut blocks: Vec<Block> = front;
    // "76/19. Title" in resolutions: the resolution's own number, not a citation.
    if let Some((number, _, used)) = crate::symbols::resolution_number(&title)
        && (title[used..].starts_with(". ") || title[used..].starts_with('.'))
    {
        title = title[used..].trim_start_matches('.').trim().to_string();
        is_resolution = true;
        symbol.get_or_insert(format!("A/RES/{number}"));
    }
    let title = title.replace('*', "").trim().to_string();

    // ---- Symbol, kind, session, committee ----
    if let (Some(given), Some(found)) = (&given_symbol, &symbol)
        && given != found
    {
        return Err(ParseError::SymbolMismatch { given: given.clone(), found: found.clone() });
    }
    let symbol = given_symbol.or(symbol);
    if is_report && symbol.is_none() && session.is_none() {
        // Numbered lines without a UN header are not a report of the agenda item.
        return Err(ParseError::NoStructure { lang });
    }
    let kind = if is_report {
        Kind::Report
    } else if is_resolution || symbol.as_deref().is_some_and(|s| s.contains("/RES/")) {
        Kind::Resolution
    } else if let Some(k) = kind {
        k
    } else if symbol.as_deref().is_some_and(|s| s.contains("/L.")) {
        Kind::DraftResolution
    } else {
        Kind::Other
    };
    let session = session.or_else(|| {
        symbol
            .as_deref()
            .and_then(|s| s.split('/').find_map(|p| p.parse::<u32>().ok().filter(|n| (1..=200).contains(n))))
    });
    let committee = match kind {
        Kind::Resolution | Kind::Decision => committee,
        _ => committee.or_else(|| symbol.as_deref().and_then(lexicon::committee_from_symbol)),
    };

    // ---- Sponsors ----
    let sponsors = lexicon::split_sponsors(lang, &sponsors_text)
        .into_iter()
        .flat_map(|part| split_on_conjunction(lang, &part, states))
        .map(|name| {
            let iso3 = states.lookup(&name).map(|s| s.iso3.clone());
            Sponsor { name, iso3 }
        })
        .collect();

    // ---- Body ----
    let mut sections: Vec<Section> = Vec::new();
    let mut footnotes: Vec<Footnote> = Vec::new();
    let mut marker_places: Vec<(String, String)> = Vec::new();
    for (at, marker, text) in header_notes {
        footnotes.push(Footnote { marker: marker.clone(), text, symbols: Vec::new(), attached_to: None });
        roles[at] = Some(format!("footnote {}", footnotes.len()));
        for i in at + 1..lines.len() {
            if lines[i].blank_before || roles[i].is_some() || !content.contains(&i) {
                break;
            }
            roles[i] = Some(format!("footnote {}", footnotes.len()));
        }
        // A star note's marker stands in the header (the symbol, the sponsors, the title).
        marker_places.push((marker, "header".into()));
    }
    // The numbers of the footnotes under the pages' rules, to find their markers in the text.
    let notes: Vec<u32> = lines[body_start..]
        .iter()
        .filter(|l| l.footnote_zone)
        .filter_map(|l| {
            let digits = l.text.bytes().take_while(u8::is_ascii_digit).count();
            (digits > 0 && digits <= 3 && l.text[digits..].starts_with([' ', '/']))
                .then(|| l.text[..digits].parse().ok())?
        })
        .collect();
    // Star markers in the header stand on the symbol (reissued), the agenda item, the sponsors
    // (on behalf of a group) or the title.
    for (i, line) in lines[..opening].iter().enumerate() {
        let Some(role) = roles[i].clone() else { continue };
        if role.starts_with("footnote") {
            continue;
        }
        for marker in star_markers(&line.text) {
            marker_places.push((marker, role.clone()));
        }
    }
    let has_zones = lines.iter().any(|l| l.footnote_zone);
    let mut in_footnote = false;
    let mut next_marker = 1u32;
    let mut plenary_meeting = None;
    let mut finished = false;
    let mut last_operative = 0u32;
    let mut annexes: Vec<Annex> = Vec::new();
    // The running title of each page, as the document's title or its agenda item's.
    let squash = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase();
    let known_titles: Vec<String> = std::iter::once(title.as_str())
        .chain(agenda_items.iter().filter_map(|a| a.title.as_deref()))
        .map(squash)
        .filter(|t| t.chars().count() >= 8)
        .collect();
    let is_running_title = |line: &Line| {
        line.by_furniture && {
            let s = squash(&line.text);
            s.chars().count() >= 4 && known_titles.iter().any(|t| t.contains(&s))
        }
    };
    for (index, line) in lines.iter().enumerate().skip(body_start) {
        let t = line.text.as_str();
        if line.furniture || (!line.footnote_zone && is_running_title(line)) {
            in_footnote = false;
            roles[index] = Some("furniture".into());
            continue;
        }
        if !line.footnote_zone
            && let Some(n) = lexicon::plenary_meeting(lang, t)
        {
            plenary_meeting = Some(n);
            finished = true;
            in_footnote = false;
            roles[index] = Some("plenary".into());
            continue;
        }
        if finished && annexes.is_empty() && is_date_line(lang, t) {
            if adopted_on.is_none() {
                adopted_on = lexicon::date_at(lang, t).map(|d| d.0);
            }
            roles[index] = Some("plenary".into());
            continue;
        }
        // Footnote text: "¹ A/65/201"; in PDF text "1 A/65/201" under the page's rule, or for a
        // marker already seen; "1/ A/65/201" in older documents; "* Reissued ...".
        let sup: String =
            t.chars().take_while(|c| superscript_digit(*c).is_some()).filter_map(superscript_digit).collect();
        let plain_digits = t.bytes().take_while(u8::is_ascii_digit).count();
        let after_digits = &t[plain_digits..];
        let old_style = after_digits.starts_with("/ ");
        let plain = (plain_digits > 0
            && plain_digits <= 3
            && (after_digits.starts_with(' ') || old_style)
            && !after_digits.starts_with(" -"))
        .then(|| t[..plain_digits].to_string())
        .filter(|m| {
            let seen = marker_places.iter().any(|(k, _)| k == m);
            // Where the pages have rules, footnotes are under them (a table cell "1 October"
            // elsewhere is not one).
            let placed = if has_zones { line.footnote_zone } else { seen };
            // Under a rule, a number that does not follow the footnote above ("7 December
            // 2015" wrapped) goes on with that footnote.
            let in_sequence = !(line.footnote_zone && in_footnote)
                || footnotes
                    .last()
                    .and_then(|f| f.marker.parse::<u32>().ok())
                    .is_none_or(|last| m.parse() == Ok(last + 1));
            (placed || old_style) && in_sequence && !footnotes.iter().any(|f| &f.marker == m)
        });
        // Star notes ("* Any changes to the list of sponsors ...") stand at a page's foot,
        // with or without a rule above them.
        let star = star_note(t).filter(|_| line.footnote_zone || line.blank_before || in_footnote).map(|(m, _)| m);
        let footnote_marker = if !sup.is_empty() { Some(sup) } else { plain.or(star) };
        if let Some(marker) = footnote_marker {
            let prefix_len = t
                .char_indices()
                .find(|(_, c)| !(c.is_ascii_digit() || superscript_digit(*c).is_some() || *c == '*'))
                .map(|(i, _)| i)
                .unwrap_or(t.len());
            let text = t[prefix_len..].trim_start_matches('/').trim().to_string();
            footnotes.push(Footnote { marker, text, symbols: Vec::new(), attached_to: None });
            in_footnote = true;
            roles[index] = Some(format!("footnote {}", footnotes.len()));
            continue;
        }
        // The next paragraph number; a number a little further on is taken too when the
        // paragraph above is complete (a paragraph lost in the text is then seen as a gap).
        let new_operative = operative_number(t).filter(|(n, used)| {
            *n == last_operative + 1
                || (last_operative > 0
                    && *n > last_operative + 1
                    && *n <= last_operative + 3
                    && t[*used..].starts_with(char::is_uppercase)
                    && matches!(blocks.last(), Some(Block::Operative { text, items, .. })
                        if ends_paragraph(last_item_text_ref(items).unwrap_or(text))))
        });
        if is_report
            && new_operative.is_none()
            && let Some((number, label, title)) = section_heading(lang, t)
        {
            // Lettered subsections belong to the section above them.
            let number = match sections.iter().rev().find(|s| !s.number.contains('.')) {
                Some(parent) if number.len() == 1 && number != "I" && number != "V" && number != "X" => {
                    format!("{}.{number}", parent.number)
                }
                _ => number,
            };
            roles[index] = Some(format!("section {number}"));
            sections.push(Section { number, label, title, first_paragraph: last_operative + 1 });
            in_footnote = false;
            continue;
        }
        // Under the page's rule, a footnote runs on over blank lines and labels, up to the page's
        // end (or, in text without pages, the next numbered paragraph).
        let zone_goes_on = line.footnote_zone && new_operative.is_none();
        if in_footnote
            && (zone_goes_on || (!line.blank_before && new_operative.is_none() && item_label(lang, t).is_none()))
        {
            if let Some(f) = footnotes.last_mut() {
                join_into(lang, &mut f.text, t);
            }
            roles[index] = Some(format!("footnote {}", footnotes.len()));
            continue;
        }
        in_footnote = false;
        // An annex heading after the operative part closes it (drafts and notes have no
        // plenary line before their annexes).
        if !finished && last_operative > 0 && !line.footnote_zone && lexicon::annex_heading(lang, t) {
            finished = true;
        }
        if finished {
            // After the closing lines: annexes, each a heading ("Annex", "Annex II") and its
            // paragraphs as the text gives them.
            if lexicon::annex_heading(lang, t) {
                annexes.push(Annex { label: t.to_string(), title: None, paragraphs: Vec::new() });
                roles[index] = Some(format!("annex {}", annexes.len()));
                continue;
            }
            let n = annexes.len();
            let (clean, markers) = take_markers(lang, t, next_marker, &notes);
            if n > 0 {
                for m in markers {
                    if let Ok(k) = m.parse::<u32>() {
                        next_marker = next_marker.max(k + 1);
                    }
                    marker_places.push((m, format!("annex {n}")));
                }
            }
            let t = clean.as_str();
            if let Some(annex) = annexes.last_mut() {
                if annex.title.is_none() && annex.paragraphs.is_empty() {
                    annex.title = Some(t.to_string());
                } else if annex.paragraphs.is_empty() || (line.blank_before && !line.page_break_before) {
                    if annex.title.is_some() && annex.paragraphs.is_empty() && !line.blank_before {
                        let title = annex.title.get_or_insert_with(String::new);
                        join_into(lang, title, t);
                    } else {
                        annex.paragraphs.push(t.to_string());
                    }
                } else if let Some(last) = annex.paragraphs.last_mut() {
                    join_into(lang, last, t);
                }
                roles[index] = Some(format!("annex {n}"));
            }
            continue;
        }
        let place_of = |blocks: &Vec<Block>| -> String {
            // Preambular blocks all come before the first operative one, so while the last block
            // is preambular, the number of blocks is its paragraph number.
            let preamble_count = blocks.len();
            match blocks.last() {
                Some(Block::Operative { number, items, .. }) if !items.is_empty() => {
                    format!("operative {number} {}", item_place(items))
                }
                Some(Block::Operative { number, .. }) => format!("operative {number}"),
                _ => format!("preamble {preamble_count}"),
            }
        };
        let mut add_markers = |text: &str, blocks: &Vec<Block>, next_marker: &mut u32| -> String {
            for marker in star_markers(text) {
                marker_places.push((marker, place_of(blocks)));
            }
            let (clean, markers) = take_markers(lang, text, *next_marker, &notes);
            for m in markers {
                if let Ok(n) = m.parse::<u32>() {
                    *next_marker = (*next_marker).max(n + 1);
                }
                marker_places.push((m, place_of(blocks)));
            }
            clean
        };
        if let Some((number, used)) = new_operative {
            last_operative = number;
            blocks.push(Block::Operative {
                number,
                numbered: true,
                text: String::new(),
                bold: line.bold_lead.clone(),
                items: Vec::new(),
            });
            let clean = add_markers(&t[used..], &blocks, &mut next_marker);
            if let Some(Block::Operative { text, .. }) = blocks.last_mut() {
                *text = clean;
            }
            roles[index] = Some(place_of(&blocks));
            continue;
        }
        if let Some((label, used)) = item_label(lang, t) {
            // Items before any numbered paragraph: the lettered operative part of a decision,
            // under its "Decides:" or under the last recital's colon.
            if last_operative == 0 && !matches!(blocks.last(), Some(Block::Operative { .. })) {
                let chapeau = match blocks.last() {
                    Some(Block::Preamble { text, .. })
                        if lexicon::opening_verb(lang, text, true).is_some()
                            && lexicon::opening_verb(lang, text, false).is_none() =>
                    {
                        blocks.pop()
                    }
                    _ => None,
                };
                let (text, bold) = match chapeau {
                    Some(Block::Preamble { text, bold }) => (text, bold),
                    _ => (String::new(), None),
                };
                last_operative = 1;
                blocks.push(Block::Operative { number: 1, numbered: false, text, bold, items: Vec::new() });
            }
            if let Some(Block::Operative { items, .. }) = blocks.last_mut() {
                push_item(items, label, String::new());
                let clean = add_markers(t[used..].trim(), &blocks, &mut next_marker);
                if let Some(Block::Operative { items, .. }) = blocks.last_mut()
                    && let Some(text) = last_item_text(items)
                {
                    *text = clean;
                }
                roles[index] = Some(place_of(&blocks));
                continue;
            }
        }
        // A page's end is not a paragraph's: across it, a paragraph goes on unless the one
        // above was complete and this line opens a new one.
        let opens_new = |prev: &str| {
            ends_paragraph(prev)
                && (lexicon::opening_verb(lang, t, false).is_some()
                    || lexicon::opening_verb(lang, t, true).is_some()
                    || t.starts_with(|c: char| c.is_uppercase()))
        };
        let continues = match blocks.last() {
            None => false,
            Some(Block::Preamble { text, .. }) if line.page_break_before => !opens_new(text),
            Some(Block::Preamble { text, .. }) => {
                let starts_new = ends_paragraph(text) && lexicon::opening_verb(lang, t, false).is_some();
                !(line.blank_before || starts_new)
            }
            Some(Block::Operative { .. }) => true,
        };
        if continues {
            let clean = add_markers(t, &blocks, &mut next_marker);
            match blocks.last_mut() {
                Some(Block::Preamble { text, .. }) => join_into(lang, text, &clean),
                Some(Block::Operative { text, items, .. }) => match last_item_text(items) {
                    Some(item) => join_into(lang, item, &clean),
                    None => join_into(lang, text, &clean),
                },
                None => {}
            }
        } else {
            blocks.push(Block::Preamble { text: String::new(), bold: line.bold_lead.clone() });
            let clean = add_markers(t, &blocks, &mut next_marker);
            if let Some(Block::Preamble { text, .. }) = blocks.last_mut() {
                *text = clean;
            }
        }
        roles[index] = Some(place_of(&blocks));
    }
    if blocks.is_empty() {
        return Err(ParseError::NoStructure { lang });
    }
    // Without numbered paragraphs, the operative part is unnumbered: the closing paragraphs
    // that open with an operative verb ("Approves the report ..."), or, in a decision of one
    // sentence ("The General Assembly, recalling ..., decides ..."), that sentence.
    if !is_report && !blocks.iter().any(|b| matches!(b, Block::Operative { .. })) {
        // Where each block goes: its index after merging.
        let mut new_index: Vec<usize> = (0..blocks.len()).collect();
        if amends.is_some() {
            // An amendment's instructions quote the text they delete or insert: a paragraph
            // after "... reading:" is part of its instruction.
            let mut merged: Vec<Block> = Vec::new();
            for (old, block) in blocks.drain(..).enumerate() {
                match (merged.last_mut(), block) {
                    (Some(Block::Preamble { text: prev, .. }), Block::Preamble { text, .. }) if prev.ends_with(':') => {
                        join_into(lang, prev, &text)
                    }
                    (_, block) => merged.push(block),
                }
                new_index[old] = merged.len() - 1;
            }
            blocks = merged;
        }
        let operative_verb = |text: &str| {
            lexicon::opening_verb(lang, text, true).is_some() && lexicon::opening_verb(lang, text, false).is_none()
        };
        let one_sentence = blocks.len() == 1
            && matches!(&blocks[0], Block::Preamble { text, .. } if !text.starts_with(|c: char| c.is_uppercase()));
        let mut from = blocks.len();
        if one_sentence || amends.is_some() {
            from = 0;
        } else {
            while from > 0 && matches!(&blocks[from - 1], Block::Preamble { text, .. } if operative_verb(text)) {
                from -= 1;
            }
            if from == 0 {
                from = blocks.len();
            }
        }
        for (k, block) in blocks[from..].iter_mut().enumerate() {
            if let Block::Preamble { text, bold } = block {
                *block = Block::Operative {
                    number: k as u32 + 1,
                    numbered: false,
                    text: std::mem::take(text),
                    bold: bold.take(),
                    items: Vec::new(),
                };
            }
        }
        let place = |new: usize| {
            if new < from { format!("preamble {}", new + 1) } else { format!("operative {}", new - from + 1) }
        };
        for role in roles.iter_mut().skip(body_start).flatten() {
            if let Some(n) = role.strip_prefix("preamble ").and_then(|n| n.parse::<usize>().ok())
                && let Some(&new) = n.checked_sub(1).and_then(|i| new_index.get(i))
            {
                *role = place(new);
            }
        }
        for (_, at) in &mut marker_places {
            if let Some(n) = at.strip_prefix("preamble ").and_then(|n| n.parse::<usize>().ok())
                && let Some(&new) = n.checked_sub(1).and_then(|i| new_index.get(i))
            {
                *at = place(new);
            }
        }
    }

    // ---- Paragraphs, verbs, footnote places, citations ----
    let verb_of = |text: &str, bold: &Option<String>, operative: bool| -> (Option<String>, Option<String>) {
        match lexicon::opening_verb(lang, text, operative) {
            Some((verb, key, _)) => {
                // A bold lead in Markdown marks the verb exactly; prefer it when longer.
                let verb = bold
                    .as_ref()
                    .filter(|b| text.starts_with(b.as_str()) && b.len() > verb.len())
                    .cloned()
                    .unwrap_or(verb);
                (Some(verb), Some(key))
            }
            None => (bold.as_ref().filter(|b| text.starts_with(b.as_str())).cloned(), None),
        }
    };
    let mut preamble = Vec::new();
    let mut operative = Vec::new();
    for block in blocks {
        match block {
            Block::Preamble { text, bold } => {
                let text = text.trim().to_string();
                let (verb, verb_key) = verb_of(&text, &bold, false);
                preamble.push(PreambularParagraph { number: preamble.len() as u32 + 1, verb, verb_key, text });
            }
            Block::Operative { number, numbered, text, bold, items } => {
                let text = text.trim().to_string();
                let (verb, verb_key) = verb_of(&text, &bold, true);
                operative.push(OperativeParagraph { number, numbered, verb, verb_key, text, items });
            }
        }
    }
    for f in &mut footnotes {
        f.symbols = crate::symbols::find_document_symbols(&f.text).into_iter().map(|(_, _, s)| s).collect();
        f.attached_to = marker_places.iter().find(|(m, _)| *m == f.marker).map(|(_, p)| p.clone());
    }
    let mut cites = Vec::new();
    if !title.is_empty() {
        cites.extend(citations::find(lang, &title, "title"));
    }
    for p in &preamble {
        cites.extend(citations::find(lang, &p.text, &format!("preamble {}", p.number)));
    }
    for p in &operative {
        cites.extend(citations::find(lang, &p.text, &format!("operative {}", p.number)));
        let mut stack: Vec<(&Item, String)> =
            p.items.iter().map(|i| (i, format!("operative {} {}", p.number, i.place_label()))).collect();
        while let Some((item, place)) = stack.pop() {
            cites.extend(citations::find(lang, &item.text, &place));
            stack.extend(item.items.iter().map(|i| (i, format!("{place} {}", i.place_label()))));
        }
    }
    for (k, f) in footnotes.iter().enumerate() {
        cites.extend(citations::find(lang, &f.text, &format!("footnote {}", k + 1)));
    }

    // Any line no rule placed is reported, never dropped.
    let mut placements = Vec::with_capacity(lines.len());
    for (line, role) in lines.iter().zip(roles) {
        let role = role.unwrap_or_else(|| {
            unrecognized.push(Unrecognized { line: line.number, text: line.text.clone() });
            "unrecognized".into()
        });
        for &also in &line.also {
            placements.push(crate::Placement { line: also, role: role.clone() });
        }
        placements.push(crate::Placement { line: line.number, role });
    }

    Ok(Document {
        placements,
        symbol,
        kind,
        language: lang,
        session,
        committee: committee.map(str::to_string),
        agenda_items,
        title: (!title.is_empty()).then_some(title),
        adopted_on,
        issued_on,
        plenary_meeting,
        sponsors,
        preamble,
        operative,
        footnotes,
        sections,
        annexes,
        submitted_by,
        amends,
        citations: cites,
        unrecognized,
    })
}

/// Whether a line is (part of) a list of States: most of its comma-separated parts name one.
fn names_states(lang: Lang, line: &str, states: &StateRegistry) -> bool {
    let parts = lexicon::split_sponsors(lang, line);
    let named = parts
        .iter()
        .filter(|p| split_on_conjunction(lang, p, states).iter().all(|n| states.lookup(n).is_some()))
        .count();
    parts.len() >= 2 && named * 2 >= parts.len()
}

/// "Trinidad and Tobago" stays one name; "Chile and Chad" is two: a part is split on a
/// conjunction only where both sides name States.
fn split_on_conjunction(lang: Lang, part: &str, states: &StateRegistry) -> Vec<String> {
    let found = |name: &str| states.lookup(name).is_some();
    if found(part) {
        return vec![part.to_string()];
    }
    for conj in lexicon::conjunctions(lang) {
        for (at, _) in part.match_indices(conj) {
            let (left, right) = (part[..at].trim(), part[at + conj.len()..].trim());
            if !left.is_empty() && !right.is_empty() && found(right) {
                let mut v = split_on_conjunction(lang, left, states);
                if v.iter().all(|n| found(n)) {
                    v.push(right.to_string());
                    return v;
                }
            }
        }
    }
    vec![part.to_string()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_taken_from_text() {
        assert_eq!(
            take_markers(Lang::En, "2010 年、2013 年和 2015 年的报告，¹", 1, &[]),
            ("2010 年、2013 年和 2015 年的报告，".into(), vec!["1".into()])
        );
        assert_eq!(
            take_markers(Lang::En, "the reports of 2010, 2013 and 2015,1", 1, &[]),
            ("the reports of 2010, 2013 and 2015,".into(), vec!["1".into()])
        );
        assert_eq!(
            take_markers(Lang::En, "adopted by consensus;2", 2, &[]),
            ("adopted by consensus;".into(), vec!["2".into()])
        );
        assert_eq!(take_markers(Lang::En, "document A/C.1/76/L.13 and item 1", 1, &[1]).1, Vec::<String>::new());
        assert_eq!(
            take_markers(Lang::En, "Organized Crime, 2 and the Weapons,3", 2, &[2, 3]).0,
            "Organized Crime, and the Weapons,"
        );
        assert_eq!(
            take_markers(Lang::En, "Human Rights 1  and paragraph 2 of", 1, &[1, 2]).0,
            "Human Rights  and paragraph 2 of"
        );
        assert_eq!(take_markers(Lang::En, "budget for 2024/25;4 and", 4, &[4]).0, "budget for 2024/25; and");
        assert_eq!(take_markers(Lang::En, "54/51 of 1 December 1999", 1, &[1]).1, Vec::<String>::new());
    }

    #[test]
    fn the_older_masthead_is_in_capitals() {
        for m in ["NATIONS UNIES", "UNITED NATIONS", "ASSEMBLÉE GÉNÉRALE", "General Assembly"] {
            assert!(is_masthead(m), "{m}");
        }
        assert!(!is_masthead("UNITED NATIONS CONFERENCE ON TRADE"));
    }

    #[test]
    fn items_nest_by_label() {
        let mut items = Vec::new();
        for l in ["(a)", "(i)", "(ii)", "(b)", "(h)"] {
            push_item(&mut items, l.into(), String::new());
        }
        push_item(&mut items, "(i)".into(), String::new());
        let labels: Vec<String> = items.iter().map(|i| format!("{}{}", i.label, i.items.len())).collect();
        assert_eq!(labels, ["(a)2", "(b)0", "(h)0", "(i)0"]);
    }
}
