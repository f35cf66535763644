//! The normative framework: an overview by pillar, and one page per element.

use askama::Template;
use axum::extract::Path;
use axum::http::Uri;
use axum::response::Response;
use comity_framework::{Element, ElementKind};
use comity_i18n::Lang;
use comity_reporting::survey;

use super::documents::{place_label, version};
use super::page::{LangRow, OrFail, Page, PageCtx, PageError, failure, lang_rows, render};
use crate::AppState;

struct PillarView<'a> {
    pillar: &'a Element,
    children: Vec<&'a Element>,
}

#[derive(Template)]
#[template(path = "framework.html")]
struct FrameworkPage<'a> {
    page: Page<'a>,
    version: &'a str,
    pillars: Vec<PillarView<'a>>,
}

pub(crate) async fn overview(PageCtx { app, lang, uri, .. }: PageCtx) -> Result<Response, PageError> {
    let framework = &app.catalog.framework;
    let pillars =
        framework.pillars().map(|p| PillarView { pillar: p, children: framework.children(&p.id).collect() }).collect();
    Ok(render(&FrameworkPage {
        page: Page::new(lang, &app.catalog.messages, "framework", &uri),
        version: &framework.version,
        pillars,
    }))
}

#[derive(Template)]
#[template(path = "element.html")]
struct ElementPage<'a> {
    page: Page<'a>,
    element: &'a Element,
    title: &'a str,
    kind_label: String,
    parent: Option<&'a Element>,
    children: Vec<&'a Element>,
    refs: Vec<RefView>,
    lang_table_id: &'static str,
    lang_headers: Vec<String>,
    lang_rows: Vec<LangRow<'a>>,
    /// The States whose published replies report on the element, each linked to its newest.
    reported_by: Vec<ReportedBy>,
    /// Per text the element stands in: the documents of the record citing it.
    citing: Vec<(String, Vec<String>)>,
}

/// A State that reported on an element: its name in the page's language and its newest reply.
struct ReportedBy {
    name: String,
    href: String,
}

/// One reference of an element, with its official text when the record holds the document.
struct RefView {
    label: String,
    /// A section named by its heading in the document's English (`section: regular
    /// institutional dialogue`): shown after the label, marked as English.
    label_heading: Option<String>,
    href: Option<String>,
    /// The language the text is shown in, when the page's language is not held.
    notice: Option<String>,
    /// Why no text is shown.
    absent: Option<String>,
    text_lang: Lang,
    paragraphs: Vec<(String, String)>,
}

/// Finds each reference's paragraphs in the record, in the page's language when held, else
/// English, else the first language held (the same choice as the document page).
async fn ref_views(app: &AppState, page: &Page<'_>, element: &Element) -> Vec<RefView> {
    let lang = page.language();
    let mut out = Vec::new();
    for r in &element.refs {
        let mut view = RefView {
            label: page.t_with2("framework-ref", "symbol", &r.symbol, "locator", &locator_label(page, &r.locator)),
            label_heading: r.locator.split_once(": ").map(|(_, heading)| heading.to_string()),
            href: None,
            notice: None,
            absent: None,
            text_lang: lang,
            paragraphs: Vec::new(),
        };
        let summary = app.store.document_summary(&r.symbol).await.ok().flatten();
        let held: Vec<Lang> = summary.iter().flat_map(|s| s.languages.iter()).filter_map(|c| c.parse().ok()).collect();
        let Some(shown) = [lang, Lang::En].into_iter().chain(held.iter().copied()).find(|l| held.contains(l)) else {
            view.absent = Some(page.t_with("framework-text-missing", "symbol", &r.symbol));
            out.push(view);
            continue;
        };
        view.href = Some(format!("/{}/documents/{}", lang.code(), r.symbol));
        view.text_lang = shown;
        let located = version(app, &r.symbol, shown).await.and_then(|doc| doc.locate(&r.locator));
        match located {
            Some(paragraphs) => {
                view.paragraphs = paragraphs.into_iter().map(|(place, text)| (place_label(&place), text)).collect();
                view.notice = (shown != lang).then(|| {
                    page.t_with("document-not-in-language", "language", &page.t_key("lang-name-", shown.code()))
                });
            }
            None => {
                view.absent =
                    Some(page.t_with2("framework-text-not-located", "symbol", &r.symbol, "locator", &r.locator))
            }
        }
        out.push(view);
    }
    out
}

/// A locator as framework.toml writes it (`para 13 (a)`, `section II`, `para 56, item 1`,
/// `section: heading`) in the page's words; a heading is left to `label_heading`.
fn locator_label(page: &Page<'_>, locator: &str) -> String {
    let locator = locator.split_once(": ").map(|(kind, _)| kind).unwrap_or(locator);
    locator
        .split(' ')
        .map(|word| {
            let (bare, rest) = word.find([',', ':']).map(|i| word.split_at(i)).unwrap_or((word, ""));
            match bare {
                "para" | "section" | "item" => format!("{}{rest}", page.t_key("locator-", bare)),
                _ => word.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The label of an element's kind, with the norm's letter where it has one.
fn kind_label(page: &Page<'_>, element: &Element) -> String {
    match (element.kind, &element.letter) {
        (ElementKind::Norm, Some(letter)) => page.t_with("framework-norm-letter", "letter", letter),
        (kind, _) => page.t(&format!("framework-kind-{}", kind.as_str())),
    }
}

/// An element's page: its official text, what States reported on it and the documents citing
/// the texts it stands in; from the page cache for anonymous readers while the record and the
/// publications are unchanged.
pub(crate) async fn element(
    PageCtx { app, lang, uri, .. }: PageCtx,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let print = async {
        let record = app.store.record_fingerprint().await.map_err(|e| failure("checking the record", &e))?;
        let published =
            app.store.publication_fingerprint(None).await.map_err(|e| failure("checking the publications", &e))?;
        Ok(format!("{record}|{published}"))
    };
    let body = super::page::from_cache(&app, uri.path(), print, || build_element(&app, lang, &uri, &id)).await;
    super::page::cached_response(body)
}

async fn build_element(app: &AppState, lang: Lang, uri: &Uri, id: &str) -> Result<Option<Vec<u8>>, PageError> {
    let framework = &app.catalog.framework;
    let Some(element) = framework.get(id) else { return Ok(None) };
    let page = Page::new(lang, &app.catalog.messages, "framework", uri);
    let refs = ref_views(app, &page, element).await;
    let published = app.store.published_replies(None).await.or_fail("reading published replies")?;
    // Replies come newest session first: each State links to its newest that reports on it.
    let mut newest: std::collections::HashMap<&str, &str> = std::collections::HashMap::new();
    for r in published.iter().filter(|r| survey::reports_on(&r.answers, id)) {
        newest.entry(r.state.as_str()).or_insert(r.cycle_id.as_str());
    }
    let reported_by = app
        .catalog
        .states
        .in_language_order(lang)
        .filter_map(|s| {
            let cycle = newest.get(s.iso3.as_str())?;
            Some(ReportedBy {
                name: s.short_name(lang).to_string(),
                href: format!("/{}/views/{cycle}/states/{}", lang.code(), s.iso3),
            })
        })
        .collect();
    let mut citing: Vec<(String, Vec<String>)> = Vec::new();
    for symbol in element.refs.iter().map(|r| r.symbol.as_str()) {
        if citing.iter().any(|(s, _)| s == symbol) {
            continue;
        }
        let by = app.store.citing(symbol).await.or_fail("reading the record")?;
        citing.push((symbol.to_string(), by));
    }
    super::page::html_of(&ElementPage {
        refs,
        kind_label: kind_label(&page, element),
        title: element.title(lang),
        parent: element.parent.as_deref().and_then(|p| framework.get(p)),
        children: framework.children(&element.id).collect(),
        lang_table_id: "titles",
        lang_headers: ["state-column-language", "framework-column-title"].map(|id| page.t(id)).to_vec(),
        lang_rows: lang_rows(|l| vec![element.title(l)]),
        reported_by,
        citing,
        element,
        page,
    })
}
