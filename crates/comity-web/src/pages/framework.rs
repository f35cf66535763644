//! The normative framework: an overview by pillar, and one page per element.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use comity_framework::{Element, ElementKind};

use super::{LangRow, Page, PageLang, lang_rows, render};
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

pub(crate) async fn overview(State(app): State<AppState>, PageLang(lang): PageLang, uri: Uri) -> Response {
    let framework = &app.catalog.framework;
    let pillars =
        framework.pillars().map(|p| PillarView { pillar: p, children: framework.children(&p.id).collect() }).collect();
    render(&FrameworkPage {
        page: Page::new(lang, &app.catalog.messages, "framework", &uri),
        version: &framework.version,
        pillars,
    })
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
    lang_table_id: &'static str,
    lang_headers: Vec<String>,
    lang_rows: Vec<LangRow<'a>>,
}

/// The label of an element's kind, with the norm's letter where it has one.
fn kind_label(page: &Page<'_>, element: &Element) -> String {
    match (element.kind, &element.letter) {
        (ElementKind::Norm, Some(letter)) => page.t_with("framework-norm-letter", "letter", letter),
        (kind, _) => page.t(&format!("framework-kind-{}", kind.as_str())),
    }
}

pub(crate) async fn element(
    State(app): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    uri: Uri,
) -> Response {
    let framework = &app.catalog.framework;
    let Some(element) = framework.get(&id) else { return super::not_found(&app, lang) };
    let page = Page::new(lang, &app.catalog.messages, "framework", &uri);
    render(&ElementPage {
        kind_label: kind_label(&page, element),
        title: element.title(lang),
        parent: element.parent.as_deref().and_then(|p| framework.get(p)),
        children: framework.children(&element.id).collect(),
        lang_table_id: "titles",
        lang_headers: ["state-column-language", "framework-column-title"].map(|id| page.t(id)).to_vec(),
        lang_rows: lang_rows(|l| vec![element.title(l)]),
        element,
        page,
    })
}
