//! Choosing a page language from an HTTP `Accept-Language` header.

use crate::Lang;

/// The best official language for an `Accept-Language` header, honouring q-values and order;
/// `None` when the header names none of the six (the caller decides the fallback).
pub fn negotiate_accept_language(header: &str) -> Option<Lang> {
    let mut best: Option<(f32, usize, Lang)> = None;
    for (position, item) in header.split(',').enumerate() {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or("").trim();
        let q =
            parts.filter_map(|p| p.trim().strip_prefix("q=")).find_map(|v| v.trim().parse::<f32>().ok()).unwrap_or(1.0);
        // q=0 refuses a language; a NaN q is treated the same.
        if q.is_nan() || q <= 0.0 {
            continue;
        }
        let Ok(lang) = tag.parse::<Lang>() else {
            continue;
        };
        let better = match best {
            None => true,
            Some((bq, bpos, _)) => q > bq || (q == bq && position < bpos),
        };
        if better {
            best = Some((q, position, lang));
        }
    }
    best.map(|(_, _, lang)| lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_highest_quality_official_language() {
        assert_eq!(negotiate_accept_language("de-DE,de;q=0.9,fr;q=0.8,en;q=0.7"), Some(Lang::Fr));
        assert_eq!(negotiate_accept_language("ar-EG"), Some(Lang::Ar));
        assert_eq!(negotiate_accept_language("en;q=0.5, zh-CN;q=0.9"), Some(Lang::Zh));
        assert_eq!(negotiate_accept_language("ru, es"), Some(Lang::Ru));
    }

    #[test]
    fn ignores_refused_and_unknown_languages() {
        assert_eq!(negotiate_accept_language("fr;q=0, de"), None);
        assert_eq!(negotiate_accept_language(""), None);
        assert_eq!(negotiate_accept_language("*"), None);
        assert_eq!(negotiate_accept_language("es;q=abc"), Some(Lang::Es));
    }
}
