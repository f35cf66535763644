//! The pages of text extracted from PDFs: which lines are page furniture (the running symbol,
//! job number, `n/m` counter, barcode, `Page 2` and `/...` of the older layout), where a page
//! ends inside a paragraph, the footnote zone under each page's separator rule, and paragraph
//! numbers or item labels standing alone on their line, so that the body reads as one flow.

use crate::clean::{Line, is_furniture, is_page_number, is_separator};
use crate::symbols::normalise_symbol;

/// Marks the furniture, page breaks and footnote zones of `lines` and joins lone labels to the
/// text they number.
pub(crate) fn lay_out(lines: Vec<Line>) -> Vec<Line> {
    let mut lines = lines;
    // Furniture by what a line says, then in the light of the document's counters and symbol.
    for l in &mut lines {
        l.furniture = is_furniture(&l.text);
    }
    let total = page_total(&lines);
    let own_symbol = lines.iter().take(20).find_map(|l| lone_symbol(&l.text));
    for l in &mut lines {
        l.furniture =
            (l.furniture || is_separator(&l.text)) && is_page_furniture(&l.text, total, own_symbol.as_deref());
    }
    let mut lines = merge_lone_labels(lines);
    let mut zone = false;
    for i in 0..lines.len() {
        if is_separator(&lines[i].text) {
            zone = true;
            continue;
        }
        if lines[i].furniture {
            zone = false;
            continue;
        }
        lines[i].footnote_zone = zone;
        lines[i].page_break_before = i > 0 && lines[i - 1].furniture && !is_separator(&lines[i - 1].text);
        let window = i.saturating_sub(3)..(i + 4).min(lines.len());
        lines[i].by_furniture = lines[window].iter().any(|l| l.furniture && !is_separator(&l.text));
    }
    lines
}

fn lone_symbol(text: &str) -> Option<String> {
    let t = text.trim();
    if t.contains(' ') {
        return None;
    }
    normalise_symbol(t).filter(|s| s.contains('/') && s.starts_with(|c: char| c.is_ascii_uppercase()))
}

/// The number of pages the `n/m` counters give, when at least two of them agree.
fn page_total(lines: &[Line]) -> Option<u32> {
    let mut counts: Vec<(u32, usize)> = Vec::new();
    // Only lines of furniture count: running text cites resolutions like 31/71.
    for l in lines.iter().filter(|l| l.furniture) {
        for tok in l.text.split_whitespace().filter(|t| is_page_number(t)) {
            let Some((n, m)) = tok.split_once('/') else { continue };
            let (Ok(n), Ok(m)) = (n.parse::<u32>(), m.parse::<u32>()) else { continue };
            if n <= m {
                match counts.iter_mut().find(|(t, _)| *t == m) {
                    Some(c) => c.1 += 1,
                    None => counts.push((m, 1)),
                }
            }
        }
    }
    counts.into_iter().filter(|(_, c)| *c >= 2).max_by_key(|(_, c)| *c).map(|(m, _)| m)
}

/// Furniture in the light of the whole document: a lone `n/m` is a page counter only when it
/// counts the document's pages (`73/89` in running text is a resolution), and a lone symbol only
/// when it is the document's own (another symbol may wrap onto its own line).
fn is_page_furniture(text: &str, total: Option<u32>, own_symbol: Option<&str>) -> bool {
    if is_separator(text) {
        return true;
    }
    let t = text.trim();
    // "* A/80/150." is a star note naming a document, not a running symbol.
    if !is_furniture(text) || t.starts_with("* ") || t.starts_with("** ") {
        return false;
    }
    if is_page_number(t) {
        let (n, m) = t.split_once('/').unwrap_or_default();
        let (n, m) = (n.parse::<u32>().unwrap_or(0), m.parse::<u32>().unwrap_or(0));
        return n <= m && total.is_none_or(|total| total == m);
    }
    match lone_symbol(t) {
        Some(symbol) => own_symbol.is_none_or(|own| own == symbol),
        // A line of symbols only is a list in a footnote unless it holds the document's own.
        None if t.split_whitespace().all(|tok| normalise_symbol(tok).is_some()) => {
            own_symbol.is_some_and(|own| t.split_whitespace().any(|tok| normalise_symbol(tok).as_deref() == Some(own)))
        }
        None => true,
    }
}

/// `4.`, `(a)`, `(iii)`, `II.`, `A.`: a number or label with nothing after it.
fn is_lone_label(text: &str) -> bool {
    let t = text.trim();
    if let Some(number) = t.strip_suffix(['.', '．']) {
        let digits = !number.is_empty() && number.len() <= 3 && number.bytes().all(|b| b.is_ascii_digit());
        let roman = !number.is_empty() && number.len() <= 4 && number.chars().all(|c| "IVXL".contains(c));
        let letter = number.len() == 1 && number.bytes().all(|b| b.is_ascii_uppercase());
        return digits || roman || letter;
    }
    let inner = t.strip_prefix(['(', '（']).and_then(|r| r.strip_suffix([')', '）']));
    inner.is_some_and(|i| !i.is_empty() && i.chars().count() <= 4 && i.chars().all(char::is_alphanumeric))
}

fn merge_lone_labels(lines: Vec<Line>) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut pending: Option<Line> = None;
    for line in lines {
        if let Some(mut label) = pending.take() {
            if !line.furniture && !is_lone_label(&line.text) {
                label.text = format!("{} {}", label.text.trim(), line.text);
                label.also.push(line.number);
                label.also.extend(line.also);
                if label.bold_lead.is_none() {
                    label.bold_lead = line.bold_lead;
                }
                out.push(label);
                continue;
            }
            out.push(label);
        }
        if !line.furniture && is_lone_label(&line.text) {
            pending = Some(line);
        } else {
            out.push(line);
        }
    }
    out.extend(pending);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::lines;

    #[test]
    fn counters_count_the_pages_and_labels_join_their_text() {
        let text = "A/RES/80/12\nThe General Assembly,\nRecalling\n73/89\nof 2018,\n\nA/RES/80/12\n25-19970\n2/3\n\
                    4.\nAlso invites States;\n(a)\nTo report;\n__________\n1 A/80/225.\n\n3/3\n25-19970\nText\n";
        let out = lay_out(lines(text));
        let texts: Vec<(&str, bool)> = out.iter().map(|l| (l.text.as_str(), l.furniture)).collect();
        assert!(texts.contains(&("73/89", false)), "{texts:?}");
        assert!(texts.contains(&("2/3", true)));
        assert!(texts.contains(&("4. Also invites States;", false)));
        assert!(texts.contains(&("(a) To report;", false)));
        let note = out.iter().find(|l| l.text == "1 A/80/225.").unwrap();
        assert!(note.footnote_zone);
        let after = out.iter().find(|l| l.text == "Text").unwrap();
        assert!(after.page_break_before && !after.footnote_zone);
        let joined = out.iter().find(|l| l.text.starts_with("4.")).unwrap();
        assert_eq!((joined.number, joined.also.clone()), (10, vec![11]));
    }
}
