//! The Secretary-General's report compiled from a cycle's published replies, in the pattern of
//! the reports under this item: the header block, I. Introduction (from the cycle), II.
//! Replies received from Governments (one heading per State, in the UN's order, with the
//! original language and the date of the reply, the reply as received). The frame text is
//! Comity's own wording in each language (the Fluent files); replies stay as written.

use comity_i18n::{Lang, Messages};
use serde::Serialize;

use crate::Cycle;

/// One published reply, ready for the report.
#[derive(Debug, Clone, Serialize)]
pub struct ReportReply {
    /// ISO 3166-1 alpha-3.
    pub state: String,
    /// The State's name in the report's language.
    pub state_name: String,
    pub original_lang: Lang,
    /// ISO date of the reply.
    pub date: String,
    /// Answers by question label, Markdown, as received.
    pub answers: Vec<(String, String)>,
}

/// What the report says about itself.
#[derive(Debug, Clone, Serialize)]
pub struct ReportHeader {
    /// `A/77/92`, when the report has its symbol; `/Add.1` is appended for an addendum.
    pub symbol: Option<String>,
    /// ISO date of the report.
    pub date: String,
    pub agenda_item: Option<String>,
    /// The item's title and the resolution's, in the report's language when known.
    pub item_title: Option<String>,
    pub resolution_title: Option<String>,
    pub resolution_date: Option<String>,
    /// 0 for the report, N for its Nth addendum (late replies).
    pub addendum: u32,
}

fn t(messages: &Messages, lang: Lang, id: &str, args: &[(&str, &str)]) -> String {
    let args: Vec<(&str, comity_i18n::MessageArg)> = args.iter().map(|(k, v)| (*k, (*v).into())).collect();
    messages.format(lang, id, &args)
}

/// The report in Markdown (the form the HTML, DOCX and Akoma Ntoso renderings start from).
pub fn markdown(
    cycle: &Cycle,
    header: &ReportHeader,
    replies: &[ReportReply],
    messages: &Messages,
    lang: Lang,
) -> String {
    let session = cycle.details.session.to_string();
    let mut out = String::new();
    let symbol = header
        .symbol
        .as_ref()
        .map(|s| if header.addendum > 0 { format!("{s}/Add.{}", header.addendum) } else { s.clone() });
    out.push_str(&format!("{}  \n{}  \n", t(messages, lang, "report-un", &[]), t(messages, lang, "report-ga", &[])));
    if let Some(s) = &symbol {
        out.push_str(&format!("{s}  \n"));
    }
    out.push_str(&format!("{}  \n{}  \n", t(messages, lang, "report-distribution", &[]), header.date));
    out.push_str(&format!("{}  \n\n", t(messages, lang, "report-session", &[("session", &session)])));
    if let Some(item) = &header.agenda_item {
        out.push_str(&format!("{}  \n", t(messages, lang, "report-item", &[("item", item)])));
    }
    if let Some(title) = &header.item_title {
        out.push_str(&format!("**{title}**\n\n"));
    }
    let heading = if header.addendum > 0 { "report-heading-addendum" } else { "report-heading" };
    out.push_str(&format!("# {}\n\n", t(messages, lang, heading, &[])));

    out.push_str(&format!("## {}\n\n", t(messages, lang, "report-introduction", &[])));
    let title = header.resolution_title.clone().unwrap_or_default();
    let date = header.resolution_date.clone().unwrap_or_default();
    out.push_str(&format!(
        "1. {}\n\n",
        t(
            messages,
            lang,
            "report-intro-invited",
            &[("resolution", &cycle.details.resolution), ("date", &date), ("title", &title)]
        )
    ));
    for q in &cycle.details.questions {
        let text =
            q.texts.get(lang.code()).or(q.texts.get("en")).or(q.texts.values().next()).cloned().unwrap_or_default();
        out.push_str(&format!("   {} {}\n\n", q.label, text));
    }
    out.push_str(&format!(
        "2. {}\n\n",
        t(
            messages,
            lang,
            "report-intro-note-verbale",
            &[("reference", &cycle.details.note_verbale), ("date", &cycle.details.note_verbale_date)]
        )
    ));
    out.push_str(&format!("## {}\n\n", t(messages, lang, "report-replies", &[])));
    if replies.is_empty() {
        out.push_str(&format!("{}\n\n", t(messages, lang, "report-no-replies", &[])));
    }
    for r in replies {
        out.push_str(&format!("### {}\n\n", r.state_name));
        let original = messages.get(lang, &format!("lang-name-{}", r.original_lang.code()));
        out.push_str(&format!(
            "\\[{}\\]  \n\\[{}\\]\n\n",
            t(messages, lang, "report-original", &[("language", &original)]),
            r.date
        ));
        if r.original_lang != lang {
            out.push_str(&format!("*{}*\n\n", t(messages, lang, "report-untranslated", &[])));
        }
        for (label, answer) in &r.answers {
            if answer.trim().is_empty() {
                continue;
            }
            out.push_str(&format!("**{label}**\n\n{}\n\n", answer.trim()));
        }
    }
    out
}

/// The report as a web page: its Markdown rendered safely, in the language's direction.
pub fn html(cycle: &Cycle, header: &ReportHeader, replies: &[ReportReply], messages: &Messages, lang: Lang) -> String {
    let body = crate::markdown::to_html(&markdown(cycle, header, replies, messages, lang));
    let title = messages.get(lang, "report-heading");
    let escaped: String = title
        .chars()
        .map(|c| match c {
            '<' => "&lt;".to_string(),
            '>' => "&gt;".to_string(),
            '&' => "&amp;".to_string(),
            c => c.to_string(),
        })
        .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{escaped}</title>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        lang.code(),
        lang.direction().as_str()
    )
}
