//! Runs into lines: grouped by baseline in drawing order, spaces and column gaps from the
//! distances between runs, raised small digits as footnote markers, blank lines from paragraph
//! spacing, compatibility forms (Arabic presentation forms, Latin ligatures) undone.

use crate::bidi::{Base, is_rtl, logical_order, order_signals};
use crate::content::Run;
use unicode_normalization::UnicodeNormalization;

/// Chinese next to Latin letters or digits is set a little apart without a space in the
/// text (`第70/237号`): only a wider gap is a space there.
fn is_han_boundary(before: &str, after: &str) -> bool {
    let han = |c: char| matches!(c as u32, 0x3000..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF);
    before.chars().last().is_some_and(han) || after.chars().next().is_some_and(han)
}

/// Arabic presentation forms (how some PDFs map their shaped glyphs) and Latin ligatures
/// (ﬁ, ﬂ) become the letters they stand for (NFKC); nothing else is touched: the full-width
/// punctuation of Chinese text (，：；) stays. No-break spaces are spaces; unmapped glyphs
/// (U+FFFD) and NULs are dropped.
fn compatibility_forms(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c as u32 {
            0xFB00..=0xFB06 | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => out.extend(std::iter::once(c).nfkc()),
            // No-break and fixed-width spaces are spaces to a reader.
            0xA0 | 0x2000..=0x200A | 0x202F => out.push(' '),
            0xFFFD | 0 => {}
            _ => out.push(c),
        }
    }
    out
}

/// Digits raised above the line in smaller type: footnote markers.
pub(super) fn superscript(text: &str) -> Option<String> {
    const SUP: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let t = text.trim();
    (!t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.bytes().map(|b| SUP[(b - b'0') as usize]).collect())
}

/// Lines from runs: the runs on one baseline, in the order the page draws them, make a line,
/// read left to right by position; a space goes where the gap between two runs is a space's
/// width, three where it is a column gap; digits raised in smaller type are superscript
/// markers; a paragraph's spacing between two lines becomes a blank line. Right-to-left lines
/// drawn in visual order are put back in the order they are read.
pub(super) fn lay_out(runs: Vec<Run>) -> String {
    struct Line {
        y: f32,
        size: f32,
        runs: Vec<Run>,
    }
    let mut lines: Vec<Line> = Vec::new();
    for mut run in runs {
        run.text = compatibility_forms(&run.text);
        match lines.last_mut() {
            Some(l) if (l.y - run.y).abs() < l.size.max(run.size) * 0.5 => {
                if run.size > l.size && run.y <= l.y + 0.5 {
                    l.size = run.size;
                }
                l.runs.push(run);
            }
            _ if run.text.trim().is_empty() => {}
            _ => lines.push(Line { y: run.y, size: run.size, runs: vec![run] }),
        }
    }
    // A page draws its right-to-left text one way throughout: decide once for the page.
    let (visual, logical) = lines
        .iter()
        .map(|l| order_signals(&l.runs.iter().map(|r| r.text.as_str()).collect::<String>()))
        .fold((0, 0), |(v, l), (a, b)| (v + a, l + b));
    let visual = visual > logical;
    let left_margin = lines.iter().flat_map(|l| l.runs.iter().map(|r| r.x)).fold(f32::MAX, f32::min);
    let right_margin = lines.iter().flat_map(|l| l.runs.iter().map(|r| r.end_x)).fold(f32::MIN, f32::max);
    let mut out = String::new();
    let mut prev: Option<(f32, f32)> = None;
    for l in &mut lines {
        l.runs.sort_by(|a, b| a.x.total_cmp(&b.x));
        let mut text = String::new();
        let mut end_x = f32::MIN;
        for run in &l.runs {
            let raised = run.y - l.y > l.size * 0.2 && run.size < l.size * 0.8;
            let body =
                if raised { superscript(&run.text).unwrap_or_else(|| run.text.clone()) } else { run.text.clone() };
            if end_x > f32::MIN {
                let gap = run.x - end_x;
                if gap > l.size * 2.5 {
                    text.push_str("   ");
                } else if gap > l.size * if is_han_boundary(&text, &body) { 0.5 } else { 0.15 }
                    && !text.ends_with(' ')
                    && !body.starts_with(' ')
                    && !raised
                {
                    text.push(' ');
                }
            }
            text.push_str(&body);
            end_x = end_x.max(run.end_x);
        }
        let (first_x, last_x) = (l.runs.first().map(|r| r.x).unwrap_or(0.0), end_x);
        let base = if right_margin - last_x < l.size * 2.0 && first_x - left_margin > l.size * 2.0 {
            Base::RightToLeft
        } else if first_x - left_margin <= l.size * 2.0 && right_margin - last_x > l.size * 2.0 {
            Base::LeftToRight
        } else if text.chars().filter(|c| is_rtl(*c)).count() * 2 > text.chars().filter(|c| c.is_alphabetic()).count() {
            Base::RightToLeft
        } else {
            Base::LeftToRight
        };
        let text = logical_order(text.trim_end(), base, visual);
        if text.trim().is_empty() {
            continue;
        }
        if let Some((py, psize)) = prev {
            let gap = py - l.y;
            // Down more than a line and a half, or back up the page (a new block): a blank.
            if gap > psize.max(l.size) * 1.6 || gap < -psize {
                out.push_str(" \n");
            }
        }
        out.push_str(&text);
        out.push('\n');
        prev = Some((l.y, l.size));
    }
    out
}
