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

/// A mistake in a reply's Markdown that would change what readers see: where, and what.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct MarkdownError {
    pub line: usize,
    pub message: String,
}

/// The cells of a table row: `| a | b |` has two (escaped pipes are text).
fn cells(line: &str) -> usize {
    let inner = line.trim();
    let inner = inner.strip_prefix('|').unwrap_or(inner);
    let inner = inner.strip_suffix('|').filter(|s| !s.ends_with('\\')).unwrap_or(inner);
    let mut count = 1;
    let mut escaped = false;
    for c in inner.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => count += 1,
            _ => escaped = false,
        }
    }
    count
}

/// Checks the tables of a reply (the one part of Markdown that silently drops or pads cells):
/// after a header row comes a delimiter row (`| --- | --- |`) with as many cells, and every
/// row has as many cells as the header.
pub fn check(markdown: &str) -> Result<(), MarkdownError> {
    let mut fenced = false;
    let mut table: Option<(usize, usize)> = None; // (cells, line of the header)
    let lines: Vec<&str> = markdown.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim();
        if line.starts_with("```") || line.starts_with("~~~") {
            fenced = !fenced;
            table = None;
        } else if !fenced && line.starts_with('|') {
            match table {
                None => {
                    let header = cells(line);
                    let Some(delimiter) = lines.get(i + 1).map(|l| l.trim()) else {
                        return Err(MarkdownError {
                            line: i + 1,
                            message: "a table needs a line of dashes under its header row, such as | --- | --- |"
                                .into(),
                        });
                    };
                    let is_delimiter = delimiter.starts_with('|')
                        && delimiter.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
                        && delimiter.contains('-');
                    if !is_delimiter {
                        return Err(MarkdownError {
                            line: i + 2,
                            message: format!(
                                "a table needs a line of dashes under its header row, such as |{}",
                                " --- |".repeat(header)
                            ),
                        });
                    }
                    if cells(delimiter) != header {
                        return Err(MarkdownError {
                            line: i + 2,
                            message: format!(
                                "the line under the table's header has {} cells, the header has {header}",
                                cells(delimiter)
                            ),
                        });
                    }
                    table = Some((header, i + 1));
                    i += 1;
                }
                Some((header, at)) => {
                    let n = cells(line);
                    if n != header {
                        return Err(MarkdownError {
                            line: i + 1,
                            message: format!(
                                "this table row has {n} cells, the table's header (line {at}) has {header}"
                            ),
                        });
                    }
                }
            }
        } else {
            table = None;
        }
        i += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{check, to_html};

    #[test]
    fn malformed_tables_are_found_by_line() {
        assert!(check("| Norm | Measure |\n| --- | --- |\n| (a) | Law \\| decree |\n\nText | with a pipe").is_ok());
        let e = check("Intro\n\n| Norm | Measure |\n| --- | --- |\n| (a) | Law | extra |").unwrap_err();
        assert_eq!(e.line, 5);
        assert!(e.message.contains("3 cells"), "{e}");
        let e = check("| Norm | Measure |\n| (a) | Law |").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.to_string().contains("| --- | --- |"), "{e}");
        assert!(check("```\n| not | a table\n```").is_ok());
    }

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
