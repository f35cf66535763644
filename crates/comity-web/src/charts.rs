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
            esc(&bar.label),
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
}
