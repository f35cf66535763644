//! Right-to-left lines drawn in visual order turned back into logical order, decided per page
//! and per column, with ligatures kept whole and mirrored brackets.

use crate::GLYPH;

/// A right-to-left letter (Hebrew, Arabic, their presentation forms); the Arabic comma and
/// digits are neutral or weak and take the direction around them.
pub(super) fn is_rtl(c: char) -> bool {
    (c.is_alphabetic() && matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF))
        || matches!(c, '\u{61B}' | '\u{61F}')
}

/// Which way a line's paragraph runs, told by where the line stands between the margins.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Base {
    LeftToRight,
    RightToLeft,
}

/// Glyph clusters of a line: a right-to-left glyph's characters stay together (a lam-alef
/// ligature is two letters in one glyph); everything else is one character a cluster.
fn clusters(line: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in line.split(GLYPH) {
        if line.contains(GLYPH) && part.chars().any(is_rtl) {
            out.push(part.to_string());
        } else {
            out.extend(part.chars().map(String::from));
        }
    }
    out
}

/// How many words of the line read as drawn in visual order, and how many in logical order:
/// the letters that only end a word (ة, ى) or only open one (the article ال) at the wrong end.
pub(super) fn order_signals(line: &str) -> (usize, usize) {
    let flat = line.replace(GLYPH, "");
    let (mut visual, mut logical) = (0, 0);
    for word in flat.split_whitespace() {
        let word: Vec<char> = word.chars().filter(|c| is_rtl(*c) && c.is_alphabetic()).collect();
        if word.len() < 2 {
            continue;
        }
        let (first, last) = (word[0], word[word.len() - 1]);
        if matches!(first, 'ة' | 'ى') || (word[word.len() - 2] == 'ل' && last == 'ا') {
            visual += 1;
        }
        if matches!(last, 'ة' | 'ى') || (first == 'ا' && word[1] == 'ل') {
            logical += 1;
        }
    }
    (visual, logical)
}

/// Turns a stretch of clusters drawn in visual order back: reversed, and the numbers and Latin words inside reading forwards again.
fn turn(stretch: &[String]) -> Vec<String> {
    let forwards = |c: &String| c.chars().all(|c| c.is_ascii_alphanumeric());
    let joins = |c: &String| matches!(c.as_str(), "/" | "." | "-" | ":" | ",");
    let turned: Vec<String> = stretch.iter().rev().cloned().collect();
    let mut fixed: Vec<String> = Vec::with_capacity(turned.len());
    let mut i = 0;
    while i < turned.len() {
        if forwards(&turned[i]) {
            let mut j = i;
            while j < turned.len()
                && (forwards(&turned[j]) || (joins(&turned[j]) && turned.get(j + 1).is_some_and(forwards)))
            {
                j += 1;
            }
            fixed.extend(turned[i..j].iter().rev().cloned());
            i = j;
        } else {
            fixed.push(turned[i].clone());
            i += 1;
        }
    }
    fixed
}

/// A line read off the page left to right, in the order it is read, when the page draws its
/// right-to-left text in visual order (`visual`). Columns (three spaces apart) stay columns, in
/// reading order; a column mostly of right-to-left letters turns whole; in a column mostly of
/// Latin text, each stretch of right-to-left letters turns.
pub(super) fn logical_order(line: &str, base: Base, visual: bool) -> String {
    let read = read_order(line, base, visual);
    // Brackets come as the characters of the glyphs drawn, which a right-to-left paragraph
    // mirrors: ")أ(" for "(أ)".
    let mirrored = base == Base::RightToLeft
        && read.chars().any(is_rtl)
        && read.find(')').is_some_and(|close| read.find('(').is_none_or(|open| close < open));
    if !mirrored {
        return read;
    }
    read.chars()
        .map(|c| match c {
            '(' => ')',
            ')' => '(',
            other => other,
        })
        .collect()
}

fn read_order(line: &str, base: Base, visual: bool) -> String {
    if !visual || !line.chars().any(is_rtl) {
        return line.replace(GLYPH, "");
    }
    let columns: Vec<&str> = line.split("   ").filter(|c| !c.replace(GLYPH, "").trim().is_empty()).collect();
    let mut out: Vec<String> = Vec::new();
    for column in columns {
        let cl = clusters(column);
        let rtl = cl.iter().filter(|c| c.chars().any(is_rtl)).count();
        let letters = cl.iter().filter(|c| c.chars().any(char::is_alphabetic)).count();
        let turned = if rtl * 2 >= letters {
            turn(&cl)
        } else {
            let mut cl = cl;
            let mut spans = Vec::new();
            let mut start: Option<usize> = None;
            let mut last = 0;
            for (i, c) in cl.iter().enumerate() {
                if c.chars().any(is_rtl) {
                    start.get_or_insert(i);
                    last = i;
                } else if c.chars().all(|c| c.is_ascii_alphabetic())
                    && !c.is_empty()
                    && let Some(s) = start.take()
                {
                    spans.push((s, last + 1));
                }
            }
            if let Some(s) = start {
                spans.push((s, last + 1));
            }
            for (from, to) in spans {
                let t = turn(&cl[from..to]);
                cl.splice(from..to, t);
            }
            cl
        };
        out.push(turned.concat().trim().to_string());
    }
    if base == Base::RightToLeft {
        out.reverse();
    }
    out.join("   ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::GLYPH;

    #[test]
    fn right_to_left_lines_read_in_logical_order() {
        let rtl = Base::RightToLeft;
        let reversed = |s: &str| s.chars().rev().collect::<String>();
        assert_eq!(logical_order(&reversed("الأمم المتحدة"), rtl, true), "الأمم المتحدة");
        let drawn = reversed("البند 95 من جدول الأعمال").replace("59", "95");
        assert_eq!(logical_order(&drawn, rtl, true), "البند 95 من جدول الأعمال");
        assert_eq!(logical_order("الأمم المتحدة", rtl, false), "الأمم المتحدة", "logical order stays");
        assert_eq!(logical_order("A/C.1/81/L.9", rtl, true), "A/C.1/81/L.9");
        // Columns keep their places: the symbol stays in its column.
        let drawn = format!("{}   A/C.1/81/L.9", reversed("الأمم المتحدة"));
        assert_eq!(logical_order(&drawn, Base::LeftToRight, true), "الأمم المتحدة   A/C.1/81/L.9");
        assert_eq!(logical_order(&drawn, rtl, true), "A/C.1/81/L.9   الأمم المتحدة");
        // A ligature's two letters keep their order: "الاستجابة" drawn glyph by glyph.
        let drawn = ["ة", "ب", "ا", "ج", "ت", "س", "لا", "ا"].join(GLYPH);
        assert_eq!(logical_order(&format!("{GLYPH}{drawn}{GLYPH}"), rtl, true), "الاستجابة");
        assert_eq!(order_signals(&reversed("الجمعية العامة")), (2, 0));
    }
}
