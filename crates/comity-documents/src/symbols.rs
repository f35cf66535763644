//! UN document symbols (`A/RES/76/19`, `A/C.1/76/L.13`, `A/AC.292/2025/CRP.1`) and
//! resolution or decision numbers (`43/78 H`, `75/564`), found in running text.

const ORGANS: [&str; 7] = ["A", "S", "E", "ST", "DP", "UNEP", "TD"];

/// The canonical form of a document symbol, or `None` if `text` is not one. Accepts lower case
/// and a trailing reissue star or punctuation; rejects bare numbers like `76/19`.
pub fn normalise_symbol(text: &str) -> Option<String> {
    let t = text.trim().trim_end_matches(['.', ',', ';', ':', '，', '；', '。', '、', ')', '）']).trim_end_matches('*');
    let mut parts = t.split('/');
    let organ = parts.next()?.to_ascii_uppercase();
    if !ORGANS.contains(&organ.as_str()) {
        return None;
    }
    let rest: Vec<&str> = parts.collect();
    if rest.is_empty()
        || rest.iter().any(|p| {
            p.is_empty() || !p.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '(' | ')' | '-'))
        })
    {
        return None;
    }
    if !rest.iter().any(|p| p.chars().any(|c| c.is_ascii_digit())) {
        return None;
    }
    let rest: Vec<String> = rest
        .iter()
        .map(|p| {
            let upper = p.to_ascii_uppercase();
            // Keep the UN's mixed case for the modifiers: Add.1, Rev.1, Corr.1, Amend.1.
            for m in ["ADD.", "REV.", "CORR.", "AMEND."] {
                if let Some(n) = upper.strip_prefix(m) {
                    let mut word = m[..1].to_string();
                    word.push_str(&m[1..].to_ascii_lowercase());
                    return format!("{word}{n}");
                }
            }
            upper
        })
        .collect();
    Some(format!("{organ}/{}", rest.join("/")))
}

/// Every document symbol in `text`, with its byte range.
pub(crate) fn find_document_symbols(text: &str) -> Vec<(usize, usize, String)> {
    let mut found = Vec::new();
    // Every symbol has a slash.
    if !text.as_bytes().contains(&b'/') {
        return found;
    }
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let at_boundary = i == 0 || !(bytes[i - 1] as char).is_ascii_alphanumeric() && bytes[i - 1] != b'/';
        if at_boundary && bytes[i].is_ascii_uppercase() {
            let end = text[i..]
                .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '(' | ')' | '-' | '*')))
                .map(|e| i + e)
                .unwrap_or(text.len());
            let candidate = &text[i..end];
            if candidate.contains('/')
                && let Some(sym) = normalise_symbol(candidate)
            {
                // Trim what normalise_symbol dropped from the end, so the range covers the symbol.
                let mut stop = end;
                while stop > i && matches!(bytes[stop - 1], b'.' | b')' | b'*' | b'-') {
                    stop -= 1;
                }
                found.push((i, stop, sym));
                i = end;
                continue;
            }
        }
        i += text[i..].chars().next().map(char::len_utf8).unwrap_or(1);
    }
    found
}

/// A resolution or decision number at the start of `text`: `43/78 H`, `43/78H`, `75/564`.
/// Returns the number, the part letter and the bytes consumed.
pub(crate) fn resolution_number(text: &str) -> Option<(String, Option<String>, usize)> {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let a = digits(text);
    if !(1..=3).contains(&a) || text.as_bytes().get(a) != Some(&b'/') {
        return None;
    }
    let b = digits(&text[a + 1..]);
    if !(1..=4).contains(&b) {
        return None;
    }
    let mut used = a + 1 + b;
    let number = text[..used].to_string();
    let rest = &text[used..];
    // A part letter: one capital, alone (`43/78 H`, `43/78H`), not the start of a word.
    let (space, after) = match rest.strip_prefix(' ') {
        Some(r) => (1, r),
        None => (0, rest),
    };
    let mut chars = after.chars();
    let part = match (chars.next(), chars.next()) {
        (Some(c), next) if c.is_ascii_uppercase() && next.is_none_or(|n| !n.is_alphanumeric()) => {
            used += space + 1;
            Some(c.to_string())
        }
        _ => None,
    };
    Some((number, part, used))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_are_recognised_and_normalised() {
        assert_eq!(normalise_symbol("A/RES/76/19").as_deref(), Some("A/RES/76/19"));
        assert_eq!(normalise_symbol("a/c.1/76/l.13").as_deref(), Some("A/C.1/76/L.13"));
        assert_eq!(normalise_symbol("A/76/136*").as_deref(), Some("A/76/136"));
        assert_eq!(normalise_symbol("A/65/154/ADD.1").as_deref(), Some("A/65/154/Add.1"));
        assert_eq!(normalise_symbol("A/70/174。").as_deref(), Some("A/70/174"));
        assert_eq!(normalise_symbol("76/19"), None);
        assert_eq!(normalise_symbol("and/or"), None);
        assert_eq!(normalise_symbol("A/B"), None);
    }

    #[test]
    fn symbols_are_found_in_text() {
        let found: Vec<String> =
            find_document_symbols("¹ A/65/201，A/68/98 和 A/70/174。").into_iter().map(|f| f.2).collect();
        assert_eq!(found, ["A/65/201", "A/68/98", "A/70/174"]);
        let found: Vec<String> =
            find_document_symbols("(A/76/441, para. 8) and A/AC.290/2021/CRP.2.").into_iter().map(|f| f.2).collect();
        assert_eq!(found, ["A/76/441", "A/AC.290/2021/CRP.2"]);
    }

    #[test]
    fn resolution_numbers_with_parts() {
        assert_eq!(resolution_number("43/78 H of 7 December"), Some(("43/78".into(), Some("H".into()), 7)));
        assert_eq!(resolution_number("43/78H 号"), Some(("43/78".into(), Some("H".into()), 6)));
        assert_eq!(resolution_number("75/564 of"), Some(("75/564".into(), None, 6)));
        assert_eq!(resolution_number("74/28 and"), Some(("74/28".into(), None, 5)));
        assert_eq!(resolution_number("2021-2025"), None);
    }
}
