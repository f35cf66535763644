//! Citations of resolutions, decisions and documents in running text, with the date the text
//! gives for each.

use comity_i18n::Lang;

use crate::lexicon::dates_in;
use crate::symbols::{find_document_symbols, resolution_number};
use crate::{Citation, CitationKind};

/// Arabic names of the letters that label the parts of a resolution (`43/78 حاء` = `43/78 H`).
const ARABIC_PARTS: [(&str, &str); 12] = [
    ("ألف", "A"),
    ("باء", "B"),
    ("جيم", "C"),
    ("دال", "D"),
    ("هاء", "E"),
    ("واو", "F"),
    ("زاي", "G"),
    ("حاء", "H"),
    ("طاء", "I"),
    ("ياء", "J"),
    ("كاف", "K"),
    ("لام", "L"),
];

fn keyword_kind(lang: Lang, window: &str, forward: bool) -> Option<CitationKind> {
    let (res, dec): (&[&str], &[&str]) = match lang {
        Lang::En => (&["resolution"], &["decision"]),
        Lang::Fr => (&["résolution"], &["décision"]),
        Lang::Es => (&["resoluci"], &["decisi"]),
        Lang::Ru => (&["резолюци"], &["решени"]),
        Lang::Ar => (&["قرار"], &["مقرر"]),
        Lang::Zh => (&["决议"], &["决定"]),
    };
    let lower = window.to_lowercase();
    let find = |words: &[&str]| -> Option<usize> {
        words
            .iter()
            .filter_map(|w| if forward { lower.find(w) } else { lower.rfind(w) })
            .reduce(|a, b| if forward { a.min(b) } else { a.max(b) })
    };
    match (find(res), find(dec)) {
        (Some(r), Some(d)) => Some(if (r < d) == forward { CitationKind::Resolution } else { CitationKind::Decision }),
        (Some(_), None) => Some(CitationKind::Resolution),
        (None, Some(_)) => Some(CitationKind::Decision),
        (None, None) => None,
    }
}

struct Number {
    start: usize,
    end: usize,
    symbol: String,
    part: Option<String>,
}

/// Every citation in `text`, which stands at `place` (`preamble 1`, `footnote 2`).
pub(crate) fn find(lang: Lang, text: &str, place: &str) -> Vec<Citation> {
    // Every citation has a number.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let documents = find_document_symbols(text);
    let mut numbers = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        let boundary = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || matches!(bytes[i - 1], b'/' | b'.' | b'-'));
        let inside_document = documents.iter().any(|(s, e, _)| (*s..*e).contains(&i));
        if boundary
            && !inside_document
            && bytes[i].is_ascii_digit()
            && let Some((symbol, mut part, mut used)) = resolution_number(&text[i..])
        {
            let after = &text[i + used..];
            if after.starts_with(|c: char| c.is_ascii_digit() || c == '/') {
                i += used;
                continue;
            }
            if lang == Lang::Ar && part.is_none() {
                let trimmed = after.trim_start();
                if let Some((name, letter)) = ARABIC_PARTS.iter().find(|(n, _)| trimmed.starts_with(n)) {
                    part = Some(letter.to_string());
                    used += after.len() - trimmed.len() + name.len();
                }
            }
            numbers.push(Number { start: i, end: i + used, symbol, part });
            i += used;
            continue;
        }
        i += text[i..].chars().next().map(char::len_utf8).unwrap_or(1);
    }
    let dates = dates_in(lang, text);
    let mut out = Vec::new();
    for (k, n) in numbers.iter().enumerate() {
        let (kind, date) = if lang == Lang::Zh {
            // 1988 年 12 月 7 日第 43/78H 号 ... 决议: the date before, the noun after.
            let prev_end = if k == 0 { 0 } else { numbers[k - 1].end };
            let mut date = dates.iter().rev().find(|(at, _)| *at >= prev_end && *at < n.start).map(|(_, d)| d.clone());
            if date.is_none() && k > 0 && joined(&text[numbers[k - 1].end..n.start]) {
                date = out.last().and_then(|c: &Citation| c.date.clone());
            }
            (keyword_kind(lang, &text[n.end..], true), date)
        } else {
            // resolutions 43/78 H of 7 December 1988: the noun before, the date after.
            let next_start = numbers.get(k + 1).map(|m| m.start).unwrap_or(text.len());
            let mut date = dates.iter().find(|(at, _)| *at >= n.end && *at < next_start).map(|(_, d)| d.clone());
            if date.is_none() && k + 1 < numbers.len() && joined(&text[n.end..next_start]) {
                let after_next = numbers.get(k + 2).map(|m| m.start).unwrap_or(text.len());
                date =
                    dates.iter().find(|(at, _)| *at >= numbers[k + 1].end && *at < after_next).map(|(_, d)| d.clone());
            }
            (keyword_kind(lang, &text[..n.start], false), date)
        };
        out.push(Citation {
            kind: kind.unwrap_or(CitationKind::Resolution),
            symbol: n.symbol.clone(),
            part: n.part.clone(),
            date,
            cited_in: place.to_string(),
        });
    }
    for (_, _, symbol) in documents {
        out.push(Citation {
            kind: CitationKind::Document,
            symbol,
            part: None,
            date: None,
            cited_in: place.to_string(),
        });
    }
    out
}

/// Whether two numbers are joined by nothing but a conjunction ("74/28 and 74/29", "第 74/28 号和第 74/29 号").
fn joined(between: &str) -> bool {
    let t = between.trim();
    let t = t.trim_start_matches('号').trim_end_matches('第').trim();
    matches!(t, "and" | "et" | "y" | "и" | "و" | "和" | "号和第" | "、" | "," | "")
        || t.len() <= 4 && t.chars().all(|c| !c.is_alphanumeric() || "和及".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(c: &[Citation]) -> Vec<String> {
        c.iter()
            .map(|c| {
                format!(
                    "{:?} {}{} {}",
                    c.kind,
                    c.symbol,
                    c.part.as_deref().map(|p| format!(" {p}")).unwrap_or_default(),
                    c.date.as_deref().unwrap_or("-")
                )
            })
            .collect()
    }

    #[test]
    fn english_lists_with_dates_after() {
        let text = "Recalling its resolutions 43/78 H of 7 December 1988, 53/70 of 4 December 1998, 74/28 and 74/29 of 12 December 2019 and 75/240 of 31 December 2020, and its decisions 72/512 of 4 December 2017 and 75/564 of 28 April 2021,";
        assert_eq!(
            summary(&find(Lang::En, text, "preamble 1")),
            [
                "Resolution 43/78 H 1988-12-07",
                "Resolution 53/70 1998-12-04",
                "Resolution 74/28 2019-12-12",
                "Resolution 74/29 2019-12-12",
                "Resolution 75/240 2020-12-31",
                "Decision 72/512 2017-12-04",
                "Decision 75/564 2021-04-28"
            ]
        );
    }

    #[test]
    fn chinese_lists_with_dates_before() {
        let text = "回顾其 1988 年 12 月 7 日第 43/78H 号、2019 年 12 月 12 日第 74/28 号和第 74/29 号、2020 年 12 月 31 日第 75/240 号决议，以及 2017 年 12 月 4 日第 72/512 号和 2021 年 4 月 28 日第 75/564 号决定，";
        assert_eq!(
            summary(&find(Lang::Zh, text, "preamble 1")),
            [
                "Resolution 43/78 H 1988-12-07",
                "Resolution 74/28 2019-12-12",
                "Resolution 74/29 2019-12-12",
                "Resolution 75/240 2020-12-31",
                "Decision 72/512 2017-12-04",
                "Decision 75/564 2021-04-28"
            ]
        );
    }

    #[test]
    fn documents_and_other_languages() {
        let c = find(Lang::En, "the reports (A/65/201, A/68/98 and A/70/174) and resolution 75/240;", "operative 4");
        assert_eq!(
            summary(&c),
            ["Resolution 75/240 -", "Document A/65/201 -", "Document A/68/98 -", "Document A/70/174 -"]
        );
        let es = find(
            Lang::Es,
            "sus resoluciones 43/78 H, de 7 de diciembre de 1988, y 53/70, de 4 de diciembre de 1998,",
            "preamble 1",
        );
        assert_eq!(summary(&es), ["Resolution 43/78 H 1988-12-07", "Resolution 53/70 1998-12-04"]);
        let ar = find(Lang::Ar, "قراراتها 43/78 حاء المؤرخ 7 كانون الأول/ديسمبر 1988", "preamble 1");
        assert_eq!(summary(&ar), ["Resolution 43/78 H 1988-12-07"]);
        let ru = find(
            Lang::Ru,
            "свои резолюции 43/78 H от 7 декабря 1988 года и решение 75/564 от 28 апреля 2021 года",
            "preamble 1",
        );
        assert_eq!(summary(&ru), ["Resolution 43/78 H 1988-12-07", "Decision 75/564 2021-04-28"]);
    }
}
