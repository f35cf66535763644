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
    /// Received after the deadline (for an addendum).
    pub late: bool,
    /// The State's name in the report's language.
    pub state_name: String,
    pub original_lang: Lang,
    /// The language the answers below are in: the report's when an official translation
    /// exists, otherwise the original's.
    pub shown_lang: Lang,
    /// A translation into the report's language is being prepared.
    pub translation_pending: bool,
    /// ISO date of the reply.
    pub date: String,
    /// What the report prints, in order: the answer to each question (by label), then the
    /// structured part by framework element (by heading); Markdown, as received.
    pub answers: Vec<(String, String)>,
    /// The reply as saved, in its original language: answers by key (question labels and
    /// the structured reply's keys, see [`crate::survey`]); for open data.
    #[serde(skip)]
    pub raw: std::collections::BTreeMap<String, String>,
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

/// Paragraph 1 of the introduction: the resolution with its date and title when the record
/// has them, without them otherwise.
fn invited(cycle: &Cycle, header: &ReportHeader, messages: &Messages, lang: Lang) -> String {
    let resolution = cycle.details.resolution.as_str();
    match (&header.resolution_date, &header.resolution_title) {
        (Some(date), Some(title)) => {
            let date = comity_i18n::format::date(lang, date);
            t(messages, lang, "report-intro-invited", &[("resolution", resolution), ("date", &date), ("title", title)])
        }
        _ => t(messages, lang, "report-intro-invited-bare", &[("resolution", resolution)]),
    }
}

/// The report in Markdown (the form the HTML, DOCX and Akoma Ntoso renderings start from).
pub fn markdown(
    cycle: &Cycle,
    header: &ReportHeader,
    replies: &[ReportReply],
    messages: &Messages,
    lang: Lang,
) -> String {
    runs(cycle, header, replies, messages, lang).into_iter().map(|(_, text)| text).collect()
}

/// The report's body as HTML: its Markdown rendered safely, each reply shown in another
/// language than the report's marked with that language and its direction, so that readers,
/// screen readers and fonts treat a Chinese reply on the Arabic report as Chinese.
pub fn body_html(
    cycle: &Cycle,
    header: &ReportHeader,
    replies: &[ReportReply],
    messages: &Messages,
    lang: Lang,
) -> String {
    let mut out = String::new();
    for (run_lang, text) in runs(cycle, header, replies, messages, lang) {
        let html = crate::markdown::to_html(&text);
        if run_lang == lang {
            out.push_str(&html);
        } else {
            out.push_str(&format!(
                "<div lang=\"{}\" dir=\"{}\">\n{html}</div>\n",
                run_lang.code(),
                run_lang.direction().as_str()
            ));
        }
    }
    out
}

/// The report's Markdown in runs, each with the language it is written in: the frame in the
/// report's language, each reply's answers in the language they are shown in. A run is whole
/// blocks of Markdown (a reply's footnotes stay in the run that refers to them).
fn runs(
    cycle: &Cycle,
    header: &ReportHeader,
    replies: &[ReportReply],
    messages: &Messages,
    lang: Lang,
) -> Vec<(Lang, String)> {
    let session = cycle.details.session.to_string();
    let mut runs: Vec<(Lang, String)> = Vec::new();
    let mut out = String::new();
    let symbol = header
        .symbol
        .as_ref()
        .map(|s| if header.addendum > 0 { format!("{s}/Add.{}", header.addendum) } else { s.clone() });
    out.push_str(&format!("{}  \n{}  \n", t(messages, lang, "report-un", &[]), t(messages, lang, "report-ga", &[])));
    if let Some(s) = &symbol {
        out.push_str(&format!("{s}  \n"));
    }
    let date = |iso: &str| comity_i18n::format::date(lang, iso);
    out.push_str(&format!("{}  \n{}  \n", t(messages, lang, "report-distribution", &[]), date(&header.date)));
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
    out.push_str(&format!("1. {}\n\n", invited(cycle, header, messages, lang)));
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
            &[("reference", &cycle.details.note_verbale), ("date", &date(&cycle.details.note_verbale_date))]
        )
    ));
    out.push_str(&format!("## {}[^as-received]\n\n", t(messages, lang, "report-replies", &[])));
    out.push_str(&format!("[^as-received]: {}\n\n", t(messages, lang, "report-as-received", &[])));
    if replies.is_empty() {
        out.push_str(&format!("{}\n\n", t(messages, lang, "report-no-replies", &[])));
    }
    for r in replies {
        out.push_str(&format!("### {}\n\n", r.state_name));
        let original = messages.get(lang, &format!("lang-name-{}", r.original_lang.code()));
        out.push_str(&format!(
            "\\[{}\\]  \n\\[{}\\]\n\n",
            t(messages, lang, "report-original", &[("language", &original)]),
            date(&r.date)
        ));
        if r.shown_lang != lang {
            let note = if r.translation_pending { "report-translation-pending" } else { "report-untranslated" };
            out.push_str(&format!("*{}*\n\n", t(messages, lang, note, &[])));
        }
        for (label, answer) in &r.answers {
            if answer.trim().is_empty() {
                continue;
            }
            out.push_str(&format!("**{label}**\n\n"));
            if r.shown_lang == lang {
                out.push_str(&format!("{}\n\n", as_part_of_report(answer.trim(), &r.state)));
            } else {
                runs.push((lang, std::mem::take(&mut out)));
                runs.push((r.shown_lang, format!("{}\n\n", as_part_of_report(answer.trim(), &r.state))));
            }
        }
    }
    runs.push((lang, out));
    runs.retain(|(_, text)| !text.is_empty());
    runs
}

/// A reply's Markdown placed under its State's heading: its headings one level below it,
/// and its footnote labels made its own, so that two replies' `[^1]` stay two notes.
fn as_part_of_report(answer: &str, state: &str) -> String {
    let mut out = String::with_capacity(answer.len() + 64);
    for line in answer.lines() {
        let hashes = line.len() - line.trim_start_matches('#').len();
        if (1..=3).contains(&hashes) && line[hashes..].starts_with(' ') {
            out.push_str("###");
        }
        out.push_str(&line.replace("[^", &format!("[^{state}-")));
        out.push('\n');
    }
    out
}

/// The report as a Word file: the same content as the Markdown, with real headings, numbered
/// paragraphs, footnotes (the cover note on replies reproduced as received among them) and
/// each paragraph's direction from its script.
pub fn docx(cycle: &Cycle, header: &ReportHeader, replies: &[ReportReply], messages: &Messages, lang: Lang) -> Vec<u8> {
    let document = comity_docx::from_markdown(&markdown(cycle, header, replies, messages, lang));
    let heading = if header.addendum > 0 { "report-heading-addendum" } else { "report-heading" };
    comity_docx::write(
        &document,
        &comity_docx::Properties { title: t(messages, lang, heading, &[]), language: word_language(lang).to_string() },
    )
}

/// The language tag a Word file carries: Word's proofing languages want a region; these are
/// the UN's usual ones.
pub fn word_language(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => "ar-SA",
        Lang::Zh => "zh-CN",
        Lang::En => "en-GB",
        Lang::Fr => "fr-FR",
        Lang::Ru => "ru-RU",
        Lang::Es => "es-ES",
    }
}

/// The report as a web page: its Markdown rendered safely, in the language's direction.
pub fn html(cycle: &Cycle, header: &ReportHeader, replies: &[ReportReply], messages: &Messages, lang: Lang) -> String {
    page_html(lang, &messages.get(lang, "report-heading"), &body_html(cycle, header, replies, messages, lang))
}

/// A document's Markdown as a web page of its own, titled, in the language's direction.
pub fn standalone_html(lang: Lang, title: &str, markdown: &str) -> String {
    page_html(lang, title, &crate::markdown::to_html(markdown))
}

fn page_html(lang: Lang, title: &str, body: &str) -> String {
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

/// The text blocks of a reply's Markdown (paragraphs, list items, headings, table rows), as
/// plain text: what an Akoma Ntoso `p` holds.
fn blocks(markdown: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Options, Parser, TagEnd};
    let mut out = Vec::new();
    let mut current = String::new();
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => current.push_str(&t),
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            Event::End(TagEnd::TableCell) => current.push_str(" | "),
            Event::End(
                TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_) | TagEnd::TableRow | TagEnd::TableHead,
            ) => {
                let text = current.trim().trim_end_matches('|').trim().to_string();
                if !text.is_empty() {
                    out.push(text);
                }
                current.clear();
            }
            _ => {}
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_string());
    }
    out
}

/// A heading such as "II. Replies received from Governments" or "ثانيا - ..." as (num, heading).
fn numbered(heading: &str) -> (String, String) {
    for sep in [". ", " - "] {
        if let Some((num, rest)) = heading.split_once(sep) {
            return (format!("{num}{}", sep.trim_end()), rest.to_string());
        }
    }
    (String::new(), heading.to_string())
}

/// The report in Akoma Ntoso 3.0 (a `doc` named report): the same frame and replies as the
/// Markdown, each reply an `hcontainer` under section II.
pub fn akoma_ntoso(
    cycle: &Cycle,
    header: &ReportHeader,
    replies: &[ReportReply],
    messages: &Messages,
    lang: Lang,
) -> String {
    use comity_documents::xml_escape as esc;
    let number = header
        .symbol
        .clone()
        .map(|s| if header.addendum > 0 { format!("{s}/Add.{}", header.addendum) } else { s })
        .unwrap_or_else(|| format!("cycle-{}", cycle.id));
    let work = format!("/akn/un/doc/report/unga/{}/{}", header.date, number.replace('/', "-"));
    let expression = format!("{work}/{}@", comity_documents::akn_language(lang));
    let heading_id = if header.addendum > 0 { "report-heading-addendum" } else { "report-heading" };
    let title = t(messages, lang, heading_id, &[]);
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n<doc name=\"report\" contains=\"originalVersion\">\n<meta>\n");
    out.push_str(&comity_documents::akn_identification(&comity_documents::Frbr {
        work: &work,
        expression: &expression,
        date: &header.date,
        date_name: "issued",
        author: "#secretary-general",
        subtype: "report",
        number: header.symbol.as_deref(),
        name: Some(&title),
        lang: comity_documents::akn_language(lang),
        generated_on: &header.date,
    }));
    out.push_str("  <references source=\"#comity\">\n    <TLCRole eId=\"secretary-general\" href=\"/ontology/role/un/secretaryGeneral\" showAs=\"Secretary-General\"/>\n    <TLCOrganization eId=\"comity\" href=\"/ontology/organization/comity\" showAs=\"Comity\"/>\n  </references>\n</meta>\n<preface>\n");
    if header.symbol.is_some() {
        out.push_str(&format!("  <p class=\"symbol\"><docNumber>{}</docNumber></p>\n", esc(&number)));
    }
    out.push_str(&format!(
        "  <p class=\"session\">{}</p>\n",
        esc(&t(messages, lang, "report-session", &[("session", &cycle.details.session.to_string())]))
    ));
    if let Some(item) = &header.agenda_item {
        out.push_str(&format!(
            "  <p class=\"item\">{}</p>\n",
            esc(&t(messages, lang, "report-item", &[("item", item)]))
        ));
    }
    if let Some(item_title) = &header.item_title {
        out.push_str(&format!("  <p class=\"itemTitle\">{}</p>\n", esc(item_title)));
    }
    out.push_str(&format!("  <p class=\"title\"><docTitle>{}</docTitle></p>\n</preface>\n<mainBody>\n", esc(&title)));
    let (num, heading) = numbered(&t(messages, lang, "report-introduction", &[]));
    out.push_str(&format!(
        "  <section eId=\"sec_1\">\n    <num>{}</num>\n    <heading>{}</heading>\n",
        esc(&num),
        esc(&heading)
    ));
    let invited = invited(cycle, header, messages, lang);
    out.push_str(&format!(
        "    <paragraph eId=\"sec_1__para_1\">\n      <num>1.</num>\n      <content>\n        <p>{}</p>\n",
        esc(&invited)
    ));
    for q in &cycle.details.questions {
        let text =
            q.texts.get(lang.code()).or(q.texts.get("en")).or(q.texts.values().next()).cloned().unwrap_or_default();
        out.push_str(&format!("        <p>{} {}</p>\n", esc(&q.label), esc(&text)));
    }
    out.push_str("      </content>\n    </paragraph>\n");
    let note = t(
        messages,
        lang,
        "report-intro-note-verbale",
        &[("reference", &cycle.details.note_verbale), ("date", &cycle.details.note_verbale_date)],
    );
    out.push_str(&format!("    <paragraph eId=\"sec_1__para_2\">\n      <num>2.</num>\n      <content>\n        <p>{}</p>\n      </content>\n    </paragraph>\n  </section>\n", esc(&note)));
    let (num, heading) = numbered(&t(messages, lang, "report-replies", &[]));
    out.push_str(&format!(
        "  <section eId=\"sec_2\">\n    <num>{}</num>\n    <heading>{}</heading>\n",
        esc(&num),
        esc(&heading)
    ));
    if replies.is_empty() {
        out.push_str(&format!("    <hcontainer name=\"noReplies\" eId=\"sec_2__hcontainer_none\">\n      <content>\n        <p>{}</p>\n      </content>\n    </hcontainer>\n", esc(&t(messages, lang, "report-no-replies", &[]))));
    }
    for r in replies {
        let original = messages.get(lang, &format!("lang-name-{}", r.original_lang.code()));
        out.push_str(&format!(
            "    <hcontainer name=\"reply\" eId=\"sec_2__hcontainer_{}\">\n      <heading>{}</heading>\n      <content>\n        <p class=\"original\">[{}]</p>\n        <p class=\"date\">[{}]</p>\n",
            esc(&r.state),
            esc(&r.state_name),
            esc(&t(messages, lang, "report-original", &[("language", &original)])),
            esc(&r.date)
        ));
        for (label, answer) in &r.answers {
            let paragraphs = blocks(answer);
            if paragraphs.is_empty() {
                continue;
            }
            out.push_str(&format!("        <p class=\"question\">{}</p>\n", esc(label)));
            for p in paragraphs {
                out.push_str(&format!("        <p xml:lang=\"{}\">{}</p>\n", r.original_lang.code(), esc(&p)));
            }
        }
        out.push_str("      </content>\n    </hcontainer>\n");
    }
    out.push_str("  </section>\n</mainBody>\n</doc>\n</akomaNtoso>\n");
    out
}
