//! Charts drawn on the server as SVG: horizontal bars with their labels and values, mirrored
//! for right-to-left languages, titled for screen readers. No script draws them; each page
//! that shows one also gives its numbers as text.

use comity_documents::xml_escape as esc;

/// One bar: what it counts and how many.
pub struct Bar {
    pub label: String,
    pub value: u64,
}

const WIDTH: u64 = 640;
const LABEL: u64 = 240;
const ROW: u64 = 26;
/// What a label may take of its column, leaving a gap before the bar.
const LABEL_ROOM: u64 = LABEL - 16;

/// About how wide a character is drawn at the charts' 13 px: a full em for the wide scripts
/// (Chinese, Japanese, Korean), less for Arabic's joined letters, a generous half em for the
/// others (uppercase Latin included). The browser tests measure the labels as drawn.
fn drawn_width(c: char) -> u64 {
    match c as u32 {
        0x1100..=0x115F
        | 0x2E80..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x20000..=0x3FFFD => 13,
        0x0600..=0x06FF => 6,
        _ => 8,
    }
}

/// A label that fits its column: whole when it does, else cut with an ellipsis (the bar's
/// tooltip and the page's table keep it whole), so that no label runs into its bar.
fn fitted(label: &str) -> String {
    if label.chars().map(drawn_width).sum::<u64>() <= LABEL_ROOM {
        return label.to_string();
    }
    let mut used = drawn_width('…');
    let mut out = String::new();
    for c in label.chars() {
        used += drawn_width(c);
        if used > LABEL_ROOM {
            break;
        }
        out.push(c);
    }
    format!("{}…", out.trim_end())
}

/// A horizontal bar chart. In a right-to-left page the labels stand on the right and the
/// bars grow leftwards, as a reader of Arabic expects.
pub fn bars(title: &str, bars: &[Bar], rtl: bool) -> String {
    let height = ROW * bars.len() as u64 + 8;
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    let room = WIDTH - LABEL - 48;
    let mut out = format!(
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" width=\"100%\" role=\"img\" aria-label=\"{t}\"><title>{t}</title>",
        t = esc(title)
    );
    for (i, bar) in bars.iter().enumerate() {
        let y = i as u64 * ROW + 4;
        let length = bar.value * room / max;
        let text_y = y + ROW / 2 + 5;
        let (label_x, anchor, bar_x, value_x, value_anchor) = if rtl {
            (WIDTH - 4, "start", WIDTH - LABEL - length, WIDTH - LABEL - length - 6, "end")
        } else {
            (LABEL - 8, "end", LABEL, LABEL + length + 6, "start")
        };
        // In a right-to-left chart "start" is the right edge: the direction attribute says so.
        let direction = if rtl { " direction=\"rtl\"" } else { "" };
        let label_anchor = if rtl { anchor } else { "end" };
        out.push_str(&format!(
            "<g><text x=\"{label_x}\" y=\"{text_y}\" text-anchor=\"{label_anchor}\"{direction} class=\"chart-label\">{}</text><rect x=\"{bar_x}\" y=\"{}\" width=\"{length}\" height=\"{}\" class=\"chart-bar\"><title>{}: {}</title></rect><text x=\"{value_x}\" y=\"{text_y}\" text-anchor=\"{value_anchor}\" class=\"chart-value\">{}</text></g>",
            esc(&fitted(&bar.label)),
            y + 3,
            ROW - 8,
            esc(&bar.label),
            bar.value,
            bar.value
        ));
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_and_mirror_for_arabic() {
        let data = [Bar { label: "A/RES/76/19 <77>".into(), value: 40 }, Bar { label: "b".into(), value: 10 }];
        let svg = bars("Replies", &data, false);
        assert!(svg.contains("<title>Replies</title>") && svg.contains("&lt;77&gt;"));
        let room = WIDTH - LABEL - 48;
        assert!(svg.contains(&format!("width=\"{room}\"")) && svg.contains(&format!("width=\"{}\"", room / 4)));
        let rtl = bars("الردود", &data, true);
        assert!(rtl.contains("direction=\"rtl\"") && rtl.contains(&format!("x=\"{}\"", WIDTH - LABEL - room)));
        assert!(bars("empty", &[], false).ends_with("</svg>"));
    }

    #[test]
    fn long_labels_are_cut_to_their_column_and_kept_whole_in_the_tooltip() {
        let long = "Protection of critical infrastructure from ICT threats and attacks";
        let cut = fitted(long);
        assert!(cut.ends_with('…') && long.starts_with(cut.trim_end_matches('…')));
        assert!(cut.chars().map(drawn_width).sum::<u64>() <= LABEL_ROOM);
        let chinese = "保护关键基础设施免受信息和通信技术威胁的措施与合作";
        let cut_zh = fitted(chinese);
        assert!(cut_zh.ends_with('…') && cut_zh.chars().count() < chinese.chars().count());
        assert!(cut_zh.chars().map(drawn_width).sum::<u64>() <= LABEL_ROOM);
        assert_eq!(fitted("Norm (a)"), "Norm (a)");
        let svg = bars("Norms", &[Bar { label: long.into(), value: 3 }], true);
        assert!(svg.contains(&format!(">{cut}</text>")) && svg.contains(&format!("<title>{long}: 3</title>")));
    }
}
