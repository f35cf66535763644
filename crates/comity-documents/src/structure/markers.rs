//! Footnote markers in running text: raised digits, digits glued to a word or a year or spaced
//! after it, star markers and the notes they point to, told apart from numbers that belong to
//! a word (`paragraph 2`) or a date.

use comity_i18n::Lang;

use crate::lexicon;

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

pub(super) fn superscript_digit(c: char) -> Option<char> {
    SUPERSCRIPTS.iter().find(|(s, _)| *s == c).map(|(_, d)| *d)
}

/// Footnote markers in a line of body text: superscript digits anywhere, or (text extracted
/// from PDFs) the next expected footnote number glued to the end of a word or punctuation
/// (`Nations1`, `2024/25;4`), or standing after it with a space (`Crime, 2 and`) when the
/// document has a footnote of that number (`notes`) and no word before it makes it a number
/// of something (`paragraph 2`).
pub(super) fn take_markers(lang: Lang, text: &str, next_expected: u32, notes: &[u32]) -> (String, Vec<String>) {
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

/// Star markers glued to a word or punctuation: `A/C.1/80/L.23*`, `Peru:**`, `Court,**`.
pub(super) fn star_markers(text: &str) -> Vec<String> {
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

/// A note marked with stars (`* Reissued for technical reasons.`, `** Any changes ...`).
pub(super) fn star_note(text: &str) -> Option<(String, String)> {
    let stars = text.chars().take_while(|c| *c == '*').count();
    let rest = &text[stars..];
    (stars > 0 && stars <= 4 && rest.starts_with(char::is_whitespace) && rest.trim().chars().count() > 3)
        .then(|| ("*".repeat(stars), rest.trim().to_string()))
}
