//! Turning clean lines into a document: the header before "The General Assembly," (masthead,
//! symbol, session, committee, agenda item, sponsors, title), then the body (preambular and
//! operative paragraphs, nested items, footnotes), with every line accounted for.

use comity_i18n::Lang;
use comity_states::StateRegistry;

use crate::clean::{Line, is_furniture};
use crate::lexicon;
use crate::symbols::normalise_symbol;
use crate::{
    AgendaItem, Document, Footnote, Item, Kind, OperativeParagraph, ParseError, PreambularParagraph, Section, Sponsor,
    Unrecognized, citations,
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
    } else if acc.ends_with('\u{ad}')
        || (acc.ends_with('-') && next.starts_with(|c: char| c.is_lowercase()) && !keeps_hyphen(acc))
    {
        acc.pop();
        acc.push_str(next);
    } else {
        acc.push(' ');
        acc.push_str(next);
    }
}

/// A hyphen at the end of a line is kept when it belongs to a compound (confidence-building).
fn keeps_hyphen(acc: &str) -> bool {
    let word = acc.trim_end_matches('-').rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("").to_lowercase();
    [
        "confidence",
        "capacity",
        "decision",
        "non",
        "self",
        "co",
        "multi",
        "cross",
        "well",
        "long",
        "so",
        "follow",
        "anti",
        "inter",
        "cyber",
        "state",
        "policy",
        "law",
        "peace",
        "post",
        "pre",
        "sub",
        "high",
        "low",
        "small",
        "member",
        "secretary",
        "ill",
        "fact",
        "good",
        "multi-stakeholder",
        "rule",
        "gender",
    ]
    .contains(&word.as_str())
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
    FIXED.contains(&t)
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
/// from PDFs) the next expected footnote number glued to the end of a word or punctuation.
fn take_markers(text: &str, next_expected: u32) -> (String, Vec<String>) {
    let mut out = String::with_capacity(text.len());
    let mut markers = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
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
    // Plain digits as markers: "by consensus;2" or "2015,1 " (only the number expected next).
    let want = next_expected.to_string();
    let mut expected = next_expected;
    let mut search_from = 0;
    loop {
        let want_now = expected.to_string();
        let Some(pos) = out[search_from..].find(&want_now).map(|p| p + search_from) else { break };
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
        let in_symbol = out[token_start..pos].contains('/');
        let glued = before.is_some_and(|b| {
            matches!(b, ',' | ';' | '.' | ':' | ')' | '"' | '”' | '，' | '；' | '。' | '،')
                || b.is_alphabetic() && !b.is_ascii_digit()
        });
        let ends = after.is_none_or(|a| a.is_whitespace() || matches!(a, ',' | ';' | '.'));
        if glued && ends && !in_symbol && !want.is_empty() {
            out.replace_range(pos..pos + want_now.len(), "");
            markers.push(want_now);
            expected += 1;
            search_from = pos;
        } else {
            search_from = pos + want_now.len();
        }
    }
    (out, markers)
}

#[derive(Debug)]
enum Block {
    Preamble { text: String, bold: Option<String> },
    Operative { number: u32, text: String, bold: Option<String>, items: Vec<Item> },
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
            || inner.chars().all(|c| c.is_ascii_digit())
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
    if t.chars().count() > 150 || t.ends_with(['.', '。', ';', '；', ',', '，', ':', '：']) {
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
    lines: &[Line],
    lang: Lang,
    given_symbol: Option<String>,
    states: &StateRegistry,
) -> Result<Document, ParseError> {
    // A resolution or draft opens with "The General Assembly,"; a report has numbered
    // paragraphs under section headings, and a header like the others'.
    let opening = lines.iter().position(|l| lexicon::is_assembly_opening(lang, &l.text));
    let (opening, body_start, is_report) = match opening {
        Some(opening) => (opening, opening + 1, false),
        None => match report_body_start(lang, lines) {
            Some(start) => (start, start, true),
            None => return Err(ParseError::NoStructure { lang }),
        },
    };
    let mut unrecognized = Vec::new();
    let mut roles: Vec<Option<String>> = vec![None; lines.len()];
    if !is_report {
        roles[opening] = Some("opening".into());
    }

    // ---- Header ----
    let mut symbol: Option<String> = None;
    let mut session = None;
    let mut committee: Option<&'static str> = None;
    let mut agenda_numbers: Vec<(usize, String)> = Vec::new();
    let mut adopted_on = None;
    let mut issued_on: Option<String> = None;
    let mut adopted_at: Option<usize> = None;
    let mut is_resolution = false;
    let mut content: Vec<usize> = Vec::new();
    for (i, line) in lines[..opening].iter().enumerate() {
        let t = line.text.as_str();
        let role = if let Some(s) = normalise_symbol(t).filter(|_| !t.contains(' ')) {
            symbol.get_or_insert(s);
            "symbol"
        } else if is_furniture(t) {
            "furniture"
        } else if is_masthead(t) {
            "masthead"
        } else if is_date_line(lang, t) {
            issued_on.get_or_insert_with(|| lexicon::date_at(lang, t).map(|d| d.0).unwrap_or_default());
            "masthead"
        } else if let Some(n) = lexicon::session(lang, t) {
            session = Some(n);
            "session"
        } else if let Some(n) = lexicon::agenda_item(lang, t) {
            agenda_numbers.push((i, n));
            "agenda_item"
        } else if let Some(c) = lexicon::committee(lang, t).filter(|_| t.chars().count() <= 40) {
            committee = Some(c);
            "committee"
        } else if let Some(d) = lexicon::adopted_on(lang, t) {
            adopted_on = Some(d);
            is_resolution = true;
            adopted_at.get_or_insert(i);
            "adopted"
        } else if let Some(c) = lexicon::report_of(lang, t) {
            committee = c;
            is_resolution = true;
            "adopted"
        } else {
            content.push(i);
            continue;
        };
        roles[i] = Some(role.into());
    }
    // Sponsors: the block of lines ending with ": draft resolution".
    let mut kind = None;
    let mut sponsors_range: Option<(usize, usize)> = None;
    let mut sponsors_text = String::new();
    if let Some(pos) = content.iter().position(|&i| lexicon::sponsors_suffix(lang, &lines[i].text).is_some()) {
        let mut start = pos;
        while start > 0 {
            let above = &lines[content[start - 1]].text;
            let here = &lines[content[start]].text;
            let continues = above.ends_with([',', '、', '，', '،'])
                || above.ends_with(" and")
                || above.ends_with(" et")
                || above.ends_with(" y")
                || above.ends_with(" и")
                || here.starts_with(|c: char| c.is_lowercase());
            let after_item = agenda_numbers.iter().any(|(a, _)| *a + 1 == content[start - 1])
                && !above.ends_with([',', '、', '，', '،']);
            let listed = names_states(lang, above, states);
            let belongs = listed || (continues && !after_item);
            if !belongs || lines[content[start]].blank_before {
                break;
            }
            start -= 1;
        }
        for &i in &content[start..=pos] {
            join_into(lang, &mut sponsors_text, &lines[i].text);
            roles[i] = Some("sponsors".into());
        }
        let (cut, k) = lexicon::sponsors_suffix(lang, &sponsors_text).expect("suffix was found on the last line");
        sponsors_text.truncate(cut);
        kind = Some(k);
        sponsors_range = Some((start, pos));
    }
    // Agenda item titles: the content lines right after each agenda item line, up to the
    // sponsors (drafts) or, without sponsors, the first line only.
    let mut agenda_items = Vec::new();
    let mut consumed = vec![false; content.len()];
    if let Some((start, end)) = sponsors_range {
        consumed[start..=end].iter_mut().for_each(|c| *c = true);
    }
    for (k, (at, number)) in agenda_numbers.iter().enumerate() {
        let next_item = agenda_numbers.get(k + 1).map(|(a, _)| *a).unwrap_or(opening);
        let mut title = String::new();
        for (ci, &li) in content.iter().enumerate() {
            if li <= *at || li >= next_item || consumed[ci] {
                continue;
            }
            let before_sponsors = sponsors_range.is_some_and(|(s, _)| ci < s);
            let first_line = title.is_empty();
            // In a resolution the item's title, when the text gives one, stands before the
            // "Resolution adopted by ..." line; in a draft, before the sponsors.
            let next_is_item_title = match adopted_at {
                // A report's item title runs to the first blank line.
                _ if is_report => first_line || !lines[li].blank_before,
                Some(adopted) => li < adopted,
                None => !is_resolution && (before_sponsors || (sponsors_range.is_none() && first_line)),
            };
            if !next_is_item_title {
                break;
            }
            join_into(lang, &mut title, &lines[li].text);
            consumed[ci] = true;
            roles[li] = Some("agenda_title".into());
        }
        agenda_items.push(AgendaItem { number: number.clone(), title: (!title.is_empty()).then_some(title) });
    }
    // The document's title: the remaining content lines (after the sponsors, or after the
    // resolution's header), joined. A report's title is the first block of them; the blocks
    // after it (a note of transmittal, say) are its unnumbered front paragraphs.
    let mut title = String::new();
    let mut blocks: Vec<Block> = Vec::new();
    for (ci, &li) in content.iter().enumerate() {
        if consumed[ci] || sponsors_range.is_some_and(|(s, _)| ci < s) {
            continue;
        }
        if is_report && !title.is_empty() && (lines[li].blank_before || !blocks.is_empty()) {
            if lines[li].blank_before || blocks.is_empty() {
                blocks.push(Block::Preamble { text: String::new(), bold: None });
            }
            if let Some(Block::Preamble { text, .. }) = blocks.last_mut() {
                join_into(lang, text, &lines[li].text);
            }
            roles[li] = Some(format!("preamble {}", blocks.len()));
            continue;
        }
        join_into(lang, &mut title, &lines[li].text);
        roles[li] = Some("title".into());
    }
    // "76/19. Title" in resolutions.
    if let Some((number, _, used)) = crate::symbols::resolution_number(&title)
        && (title[used..].starts_with(". ") || title[used..].starts_with('.'))
    {
        title = title[used..].trim_start_matches('.').trim().to_string();
        is_resolution = true;
        symbol.get_or_insert(format!("A/RES/{number}"));
    }

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
    let mut in_footnote = false;
    let mut next_marker = 1u32;
    let mut marker_places: Vec<(String, String)> = Vec::new();
    let mut plenary_meeting = None;
    let mut finished = false;
    let mut last_operative = 0u32;
    for (index, line) in lines.iter().enumerate().skip(body_start) {
        let t = line.text.as_str();
        if is_furniture(t) || (normalise_symbol(t).is_some() && !t.contains(' ')) {
            in_footnote = false;
            roles[index] = Some("furniture".into());
            continue;
        }
        if let Some(n) = lexicon::plenary_meeting(lang, t) {
            plenary_meeting = Some(n);
            finished = true;
            in_footnote = false;
            roles[index] = Some("plenary".into());
            continue;
        }
        if finished && is_date_line(lang, t) {
            if adopted_on.is_none() {
                adopted_on = lexicon::date_at(lang, t).map(|d| d.0);
            }
            roles[index] = Some("plenary".into());
            continue;
        }
        // Footnote text: "¹ A/65/201" or, in PDF text, "1 A/65/201" for a marker already seen.
        let sup: String =
            t.chars().take_while(|c| superscript_digit(*c).is_some()).filter_map(superscript_digit).collect();
        let plain_digits = t.bytes().take_while(u8::is_ascii_digit).count();
        let plain = (plain_digits > 0 && t[plain_digits..].starts_with(' ') && !t[plain_digits..].starts_with(" -"))
            .then(|| t[..plain_digits].to_string())
            .filter(|m| marker_places.iter().any(|(k, _)| k == m) && !footnotes.iter().any(|f| &f.marker == m));
        let footnote_marker = if !sup.is_empty() { Some(sup) } else { plain };
        if let Some(marker) = footnote_marker {
            let prefix_len = t
                .char_indices()
                .find(|(_, c)| !(c.is_ascii_digit() || superscript_digit(*c).is_some()))
                .map(|(i, _)| i)
                .unwrap_or(t.len());
            footnotes.push(Footnote {
                marker,
                text: t[prefix_len..].trim().to_string(),
                symbols: Vec::new(),
                attached_to: None,
            });
            in_footnote = true;
            roles[index] = Some(format!("footnote {}", footnotes.len()));
            continue;
        }
        let new_operative = operative_number(t).filter(|(n, _)| *n == last_operative + 1);
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
        if in_footnote && !line.blank_before && new_operative.is_none() && item_label(lang, t).is_none() {
            if let Some(f) = footnotes.last_mut() {
                join_into(lang, &mut f.text, t);
            }
            roles[index] = Some(format!("footnote {}", footnotes.len()));
            continue;
        }
        in_footnote = false;
        if finished {
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
            let (clean, markers) = take_markers(text, *next_marker);
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
        if let Some((label, used)) = item_label(lang, t).filter(|_| {
            matches!(blocks.last(), Some(Block::Operative { .. }))
                || matches!(blocks.last(), Some(Block::Preamble { .. }))
        }) && let Some(Block::Operative { items, .. }) = blocks.last_mut()
        {
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
        let continues = match blocks.last() {
            None => false,
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
            Block::Operative { number, text, bold, items } => {
                let text = text.trim().to_string();
                let (verb, verb_key) = verb_of(&text, &bold, true);
                operative.push(OperativeParagraph { number, verb, verb_key, text, items });
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
            take_markers("2010 年、2013 年和 2015 年的报告，¹", 1),
            ("2010 年、2013 年和 2015 年的报告，".into(), vec!["1".into()])
        );
        assert_eq!(
            take_markers("the reports of 2010, 2013 and 2015,1", 1),
            ("the reports of 2010, 2013 and 2015,".into(), vec!["1".into()])
        );
        assert_eq!(take_markers("adopted by consensus;2", 2), ("adopted by consensus;".into(), vec!["2".into()]));
        assert_eq!(take_markers("document A/C.1/76/L.13 and item 1", 1).1, Vec::<String>::new());
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
