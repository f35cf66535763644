//! Comparing two documents paragraph by paragraph (a draft and the adopted text, this year's
//! resolution and last year's): which paragraphs were added, removed, moved or changed, and
//! within a changed paragraph which words (characters, in Chinese) were.

use std::collections::HashMap;

use comity_i18n::Lang;
use serde::Serialize;

use crate::Document;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = ParagraphChangeKind))]
pub enum Change {
    Same,
    Changed,
    Moved,
    Added,
    Removed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = DiffSegmentOp))]
pub enum SegmentOp {
    Equal,
    Insert,
    Delete,
}

/// A run of text that both versions share, or that one of them alone has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = DiffSegment))]
pub struct Segment {
    pub op: SegmentOp,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ParagraphChange {
    pub change: Change,
    /// Place in the old document (`preamble 3`), when it is there.
    pub old: Option<String>,
    /// Place in the new document, when it is there.
    pub new: Option<String>,
    /// For changed (and moved-and-changed) paragraphs, the text as runs of equal, inserted and
    /// deleted words; empty otherwise.
    pub segments: Vec<Segment>,
}

/// Words and the spaces and punctuation between them, so the text can be put back together;
/// Chinese is compared character by character.
fn tokens(lang: Lang, text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev_word: Option<bool> = None;
    for (i, c) in text.char_indices() {
        let han = lang == Lang::Zh && !c.is_ascii();
        let word = c.is_alphanumeric() && !han;
        if han {
            if start < i {
                out.push(&text[start..i]);
            }
            out.push(&text[i..i + c.len_utf8()]);
            start = i + c.len_utf8();
            prev_word = None;
            continue;
        }
        if prev_word.is_some_and(|p| p != word) && start < i {
            out.push(&text[start..i]);
            start = i;
        }
        prev_word = Some(word);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// How alike two paragraphs are, 0 to 1 (Dice coefficient over their words).
fn similarity(a: &HashMap<String, usize>, b: &HashMap<String, usize>) -> f64 {
    let (na, nb): (usize, usize) = (a.values().sum(), b.values().sum());
    if na + nb == 0 {
        return 1.0;
    }
    let common: usize = a.iter().map(|(w, n)| (*n).min(*b.get(w).unwrap_or(&0))).sum();
    2.0 * common as f64 / (na + nb) as f64
}

fn bag(lang: Lang, text: &str) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for t in tokens(lang, text) {
        if t.chars().any(char::is_alphanumeric) {
            *m.entry(t.to_lowercase()).or_insert(0) += 1;
        }
    }
    m
}

/// Two texts compared word by word (character by character in Chinese; longest common
/// subsequence of tokens): runs of equal, inserted and deleted text that put both back together.
pub fn word_diff(lang: Lang, old: &str, new: &str) -> Vec<Segment> {
    let a = tokens(lang, old);
    let b = tokens(lang, new);
    let mut out: Vec<Segment> = Vec::new();
    let mut push = |op: SegmentOp, text: &str| match out.last_mut() {
        Some(last) if last.op == op => last.text.push_str(text),
        _ => out.push(Segment { op, text: text.to_string() }),
    };
    if a.len() * b.len() > 4_000_000 {
        push(SegmentOp::Delete, old);
        push(SegmentOp::Insert, new);
        return out;
    }
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            push(SegmentOp::Equal, a[i]);
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            push(SegmentOp::Insert, b[j]);
            j += 1;
        } else {
            push(SegmentOp::Delete, a[i]);
            i += 1;
        }
    }
    out
}

/// Paragraphs of `old` and `new` paired up: identical first, then the most alike (at least
/// half their words shared); pairs out of order are moves.
pub fn diff(old: &Document, new: &Document) -> Vec<ParagraphChange> {
    let lang = new.language;
    let a = old.paragraphs();
    let b = new.paragraphs();
    let bags_a: Vec<_> = a.iter().map(|p| bag(lang, &p.2)).collect();
    let bags_b: Vec<_> = b.iter().map(|p| bag(lang, &p.2)).collect();
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    // A footnote is only ever the same as a footnote, a paragraph as a paragraph.
    let footnote = |place: &str| place.starts_with("footnote ");
    for (i, ba) in bags_a.iter().enumerate() {
        for (j, bb) in bags_b.iter().enumerate() {
            if footnote(&a[i].0) != footnote(&b[j].0) {
                continue;
            }
            let s = if a[i].2 == b[j].2 { 2.0 } else { similarity(ba, bb) };
            if s >= 0.5 {
                // Prefer pairs at similar positions when similarity ties.
                candidates.push((s - (i as f64 - j as f64).abs() * 1e-6, i, j));
            }
        }
    }
    candidates.sort_by(|x, y| y.0.total_cmp(&x.0));
    let mut pair_of_old = vec![None; a.len()];
    let mut pair_of_new = vec![None; b.len()];
    for (_, i, j) in candidates {
        if pair_of_old[i].is_none() && pair_of_new[j].is_none() {
            pair_of_old[i] = Some(j);
            pair_of_new[j] = Some(i);
        }
    }
    let pairs: Vec<(usize, usize)> = pair_of_old.iter().enumerate().filter_map(|(i, j)| j.map(|j| (i, j))).collect();
    let place_text = |p: &[(String, Option<String>, String)]| -> Vec<(String, String)> {
        p.iter().map(|(place, _, text)| (place.clone(), text.clone())).collect()
    };
    diff_paired(lang, &place_text(&a), &place_text(&b), &pairs)
}

/// Two texts' paragraphs, (place, text) in order, compared once it is known which paragraph of
/// the old is which of the new (`pairs`: (old index, new index), in old order, each index at
/// most once): unpaired ones are added or removed (shown where they stood), pairs out of
/// order are moves, paired texts that differ are compared word by word. [`diff`] pairs by
/// likeness; a negotiating text pairs by its lasting places.
pub fn diff_paired(
    lang: Lang,
    a: &[(String, String)],
    b: &[(String, String)],
    pairs: &[(usize, usize)],
) -> Vec<ParagraphChange> {
    let mut pair_of_old = vec![None; a.len()];
    let mut pair_of_new = vec![None; b.len()];
    for &(i, j) in pairs {
        pair_of_old[i] = Some(j);
        pair_of_new[j] = Some(i);
    }
    // Pairs in order are those on the longest increasing run of new positions (by old order).
    let in_order = longest_increasing(&pairs.iter().map(|p| p.1).collect::<Vec<_>>());
    let mut moved = vec![true; b.len()];
    for k in in_order {
        moved[pairs[k].1] = false;
    }
    let mut out = Vec::new();
    let mut next_old = 0;
    for (j, p) in b.iter().enumerate() {
        let Some(i) = pair_of_new[j] else {
            out.push(ParagraphChange {
                change: Change::Added,
                old: None,
                new: Some(p.0.clone()),
                segments: Vec::new(),
            });
            continue;
        };
        if !moved[j] {
            // Removed paragraphs are shown where they stood.
            while next_old < i {
                if pair_of_old[next_old].is_none() {
                    out.push(ParagraphChange {
                        change: Change::Removed,
                        old: Some(a[next_old].0.clone()),
                        new: None,
                        segments: Vec::new(),
                    });
                }
                next_old += 1;
            }
            next_old = next_old.max(i + 1);
        }
        let same_text = a[i].1 == p.1;
        let change = if moved[j] {
            Change::Moved
        } else if same_text {
            Change::Same
        } else {
            Change::Changed
        };
        let segments = if same_text { Vec::new() } else { word_diff(lang, &a[i].1, &p.1) };
        out.push(ParagraphChange { change, old: Some(a[i].0.clone()), new: Some(p.0.clone()), segments });
    }
    for (i, p) in a.iter().enumerate().skip(next_old) {
        if pair_of_old[i].is_none() {
            out.push(ParagraphChange {
                change: Change::Removed,
                old: Some(p.0.clone()),
                new: None,
                segments: Vec::new(),
            });
        }
    }
    out
}

/// Indexes (into `values`) of one longest strictly increasing subsequence.
fn longest_increasing(values: &[usize]) -> Vec<usize> {
    let mut tails: Vec<usize> = Vec::new();
    let mut prev = vec![usize::MAX; values.len()];
    for (k, v) in values.iter().enumerate() {
        let pos = tails.partition_point(|&t| values[t] < *v);
        if pos > 0 {
            prev[k] = tails[pos - 1];
        }
        if pos == tails.len() {
            tails.push(k);
        } else {
            tails[pos] = k;
        }
    }
    let mut out = Vec::new();
    let mut k = tails.last().copied().unwrap_or(usize::MAX);
    while k != usize::MAX {
        out.push(k);
        k = prev[k];
    }
    out.reverse();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &[Segment], op: SegmentOp) -> String {
        s.iter().filter(|x| x.op == op).map(|x| x.text.as_str()).collect::<Vec<_>>().join("|")
    }

    #[test]
    fn changed_words_are_marked() {
        let s = word_diff(
            Lang::En,
            "Calls upon Member States to be guided by the report;",
            "Calls upon all Member States to be guided by the 2021 report;",
        );
        assert_eq!(text(&s, SegmentOp::Insert), "all |2021 ");
        assert_eq!(text(&s, SegmentOp::Delete), "");
        let s = word_diff(Lang::Zh, "促请会员国遵循报告；", "吁请会员国遵循报告；");
        assert_eq!(
            (text(&s, SegmentOp::Delete), text(&s, SegmentOp::Insert)),
            ("促".into(), "吁".into()),
            "Chinese by character"
        );
    }

    #[test]
    fn longest_run_in_order() {
        assert_eq!(longest_increasing(&[0, 1, 5, 2, 3]), vec![0, 1, 3, 4]);
        assert_eq!(longest_increasing(&[]), Vec::<usize>::new());
    }

    #[test]
    fn a_footnote_is_never_paired_with_a_paragraph() {
        let states = comity_states::StateRegistry::embedded(&comity_i18n::Collation::new()).unwrap();
        let doc = |body: &str| {
            let text = format!(
                "Eighty-first session\nAgenda item 95\nChile: draft resolution\nA title\nThe General Assembly,\n{body}"
            );
            crate::parse(text.as_bytes(), &crate::ParseOptions::default(), &states).unwrap()
        };
        let mut old = doc("1. Decides to convene the working group on security;\n");
        let mut new = doc("1. Decides to convene the open-ended working group on security;\n");
        // The old text's footnote says what its new paragraph 1 says, word for word.
        old.footnotes.push(crate::Footnote {
            marker: "1".into(),
            text: "Decides to convene the open-ended working group on security;".into(),
            symbols: Vec::new(),
            attached_to: None,
        });
        new.footnotes.clear();
        let changes = diff(&old, &new);
        let paired: Vec<(Option<&str>, Option<&str>, Change)> =
            changes.iter().map(|c| (c.old.as_deref(), c.new.as_deref(), c.change)).collect();
        assert!(paired.contains(&(Some("operative 1"), Some("operative 1"), Change::Changed)), "{paired:?}");
        assert!(paired.contains(&(Some("footnote 1"), None, Change::Removed)), "{paired:?}");
    }
}
