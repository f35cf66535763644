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
    /// `862 (1993)`: numbered by year (the Security Council's way).
    dated: bool,
}

/// The councils other than the General Assembly whose resolutions GA texts cite.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Organ {
    Security,
    HumanRights,
    EconomicAndSocial,
}

impl Organ {
    fn key(self) -> &'static str {
        match self {
            Organ::Security => "security_council",
            Organ::HumanRights => "human_rights_council",
            Organ::EconomicAndSocial => "economic_and_social_council",
        }
    }

    /// The organ's symbol for its resolution numbered `number`.
    fn symbol(self, number: &str) -> String {
        match self {
            Organ::Security => format!("S/RES/{number}"),
            Organ::HumanRights => format!("A/HRC/RES/{number}"),
            Organ::EconomicAndSocial => format!("E/RES/{number}"),
        }
    }
}

/// The organ a stretch of text names last, in any official language.
fn organ_named(window: &str) -> Option<Organ> {
    const NAMES: [(Organ, &str); 18] = [
        (Organ::Security, "Security Council"),
        (Organ::Security, "Conseil de sécurité"),
        (Organ::Security, "Consejo de Seguridad"),
        (Organ::Security, "Совета Безопасности"),
        (Organ::Security, "مجلس الأمن"),
        (Organ::Security, "安全理事会"),
        (Organ::HumanRights, "Human Rights Council"),
        (Organ::HumanRights, "Conseil des droits de l"),
        (Organ::HumanRights, "Consejo de Derechos Humanos"),
        (Organ::HumanRights, "Совета по правам человека"),
        (Organ::HumanRights, "مجلس حقوق الإنسان"),
        (Organ::HumanRights, "人权理事会"),
        (Organ::EconomicAndSocial, "Economic and Social Council"),
        (Organ::EconomicAndSocial, "Conseil économique et social"),
        (Organ::EconomicAndSocial, "Consejo Económico y Social"),
        (Organ::EconomicAndSocial, "Экономического и Социального Совета"),
        (Organ::EconomicAndSocial, "المجلس الاقتصادي والاجتماعي"),
        (Organ::EconomicAndSocial, "经济及社会理事会"),
    ];
    // The Assembly named after the organ takes the citation back ("... and General Assembly
    // resolution 70/1").
    let assembly = [
        "General Assembly",
        "Assemblée générale",
        "Asamblea General",
        "Генеральной Ассамблеи",
        "الجمعية العامة",
        "大会",
    ]
    .iter()
    .filter_map(|a| window.rfind(a))
    .max();
    let (at, organ) =
        NAMES.iter().filter_map(|(o, name)| window.rfind(name).map(|at| (at, *o))).max_by_key(|(at, _)| *at)?;
    (assembly.is_none_or(|a| a < at)).then_some(organ)
}

/// `862 (1993)`, `169 (II)`, `1874 (S-IV)`, `3363 (XXX)`: the symbol and bytes used, and whether
/// the parenthesis holds a year.
fn parenthesised_number(text: &str) -> Option<(String, usize, bool)> {
    let n = text.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=4).contains(&n) {
        return None;
    }
    let rest = text[n..].strip_prefix(" (").or_else(|| text[n..].strip_prefix('('))?;
    let close = rest.find(')')?;
    let inner = &rest[..close];
    let year = inner.len() == 4
        && inner.bytes().all(|b| b.is_ascii_digit())
        && (inner.starts_with("19") || inner.starts_with("20"));
    let session = {
        let roman = inner.strip_prefix("ES-").or_else(|| inner.strip_prefix("S-")).unwrap_or(inner);
        !roman.is_empty() && roman.len() <= 8 && roman.chars().all(|c| "IVXL".contains(c))
    };
    if !(year || session) {
        return None;
    }
    let used = text.len() - rest.len() + close + 1;
    Some((format!("{} ({inner})", &text[..n]), used, year))
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
            numbers.push(Number { start: i, end: i + used, symbol, part, dated: false });
            i += used;
            continue;
        }
        // `862 (1993)` (the Security Council's numbering) and `169 (II)`, `1874 (S-IV)` (the
        // Assembly's before its thirty-first session).
        if boundary
            && !inside_document
            && bytes[i].is_ascii_digit()
            && let Some((symbol, used, dated)) = parenthesised_number(&text[i..])
        {
            numbers.push(Number { start: i, end: i + used, symbol, part: None, dated });
            i += used;
            continue;
        }
        i += text[i..].chars().next().map(char::len_utf8).unwrap_or(1);
    }
    // Which organ adopted each: named before it (since the number before), or, in a list, the
    // organ of the number it is listed with.
    let mut organs: Vec<Option<Organ>> = Vec::with_capacity(numbers.len());
    for (k, n) in numbers.iter().enumerate() {
        let from = if k == 0 { 0 } else { numbers[k - 1].end };
        let window = &text[from..n.start];
        let named = organ_named(window);
        let organ =
            named.or_else(|| (k > 0 && joined(&text[numbers[k - 1].end..n.start])).then(|| organs[k - 1]).flatten());
        organs.push(organ);
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
        // Another organ's resolution is that organ's document (S/RES/862 (1993),
        // A/HRC/RES/20/8); a year in parentheses without the Security Council named is none.
        let (kind, symbol, organ) = match organs[k] {
            Some(organ) => (Some(CitationKind::Document), organ.symbol(&n.symbol), Some(organ.key().to_string())),
            None if n.dated => continue,
            None => (kind, n.symbol.clone(), None),
        };
        out.push(Citation {
            organ,
            kind: kind.unwrap_or(CitationKind::Resolution),
            symbol,
            part: n.part.clone(),
            date,
            cited_in: place.to_string(),
        });
    }
    for (_, _, symbol) in documents {
        out.push(Citation {
            organ: None,
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
    fn other_organs_and_the_older_numbering() {
        let text = "Recalling Security Council resolutions 1325 (2000) and 2250 (2015), Human Rights Council resolution 20/8, and its resolutions 169 (II), 1874 (S-IV) and 3363 (XXX) and 70/1,";
        let c = find(Lang::En, text, "preamble 1");
        let got: Vec<(String, Option<String>)> = c.iter().map(|c| (c.symbol.clone(), c.organ.clone())).collect();
        assert_eq!(
            got,
            [
                ("S/RES/1325 (2000)".to_string(), Some("security_council".to_string())),
                ("S/RES/2250 (2015)".into(), Some("security_council".into())),
                ("A/HRC/RES/20/8".into(), Some("human_rights_council".into())),
                ("169 (II)".into(), None),
                ("1874 (S-IV)".into(), None),
                ("3363 (XXX)".into(), None),
                ("70/1".into(), None),
            ]
        );
        // "in 2015 (see above)" and a year alone in parentheses cite nothing.
        assert!(find(Lang::En, "adopted in 2015 (2016) ", "preamble 1").is_empty());
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
