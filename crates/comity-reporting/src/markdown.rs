//! States write their replies in Markdown; this renders it to HTML safely: raw HTML in the text
//! is shown as text, links keep only http(s) and mailto addresses, and tables, footnotes and
//! strikethrough are understood.

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, html};

fn safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("https://")
        || lower.starts_with("http://")
        || lower.starts_with("mailto:")
        || lower.starts_with('#')
}

/// HTML for a reply's Markdown, with nothing in it that could run or load.
pub fn to_html(markdown: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    let events = Parser::new_ext(markdown, options).map(|event| match event {
        // Raw HTML is text, shown as written.
        Event::Html(text) | Event::InlineHtml(text) => Event::Text(text),
        Event::Start(Tag::Link { link_type, dest_url, title, id }) if !safe_url(&dest_url) => {
            Event::Start(Tag::Link { link_type, dest_url: CowStr::from(""), title, id })
        }
        // Images would load from elsewhere: their description stands instead.
        Event::Start(Tag::Image { .. }) => Event::Text(CowStr::from("")),
        Event::End(pulldown_cmark::TagEnd::Image) => Event::Text(CowStr::from("")),
        other => other,
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    out
}

#[cfg(test)]
mod tests {
    use super::to_html;

    #[test]
    fn nothing_runs_and_structure_stays() {
        let html =
            to_html("1. First\n2. Second\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) [y](https://un.org)");
        assert!(html.contains("<ol>") && html.contains("<li>First</li>"));
        assert!(!html.contains("<script>") && html.contains("&lt;script&gt;"));
        assert!(!html.contains("javascript:") && html.contains("href=\"https://un.org\""));
        let table = to_html("| Norm | Measures |\n|---|---|\n| (a) | Cooperation |\n\nText.[^1]\n\n[^1]: A note.");
        assert!(table.contains("<table>") && table.contains("<td>Cooperation</td>"));
        assert!(table.contains("footnote"));
        assert!(!to_html("![x](https://evil.example/t.png)").contains("<img"));
        assert!(to_html("مرحبا **بكم**").contains("<strong>بكم</strong>"));
    }
}
