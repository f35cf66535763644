//! The search page: full text over every paragraph of the record, in any of the six languages,
//! with facets by kind, session and language, matched words highlighted, and links to the
//! paragraph in its document.

use askama::Template;
use axum::extract::Query;
use axum::extract::rejection::QueryRejection;
use axum::response::Response;
use comity_i18n::Lang;
use comity_store::{Fragment, SearchQuery};
use serde::Deserialize;

use super::page::{Page, PageCtx, PageError, failure, render};

#[derive(Deserialize, Default, Clone)]
pub(crate) struct Params {
    #[serde(default)]
    q: String,
    #[serde(default)]
    doclang: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    session: String,
}

impl Params {
    /// This search's address with one filter changed (`None` removes it).
    fn href(&self, lang: Lang, key: &str, value: Option<&str>) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        out.append_pair("q", &self.q);
        for (k, v) in [("doclang", &self.doclang), ("kind", &self.kind), ("session", &self.session)] {
            let v = if k == key { value.unwrap_or("") } else { v.as_str() };
            if !v.is_empty() {
                out.append_pair(k, v);
            }
        }
        format!("/{}/search?{}", lang.code(), out.finish())
    }
}

struct Hit {
    symbol: String,
    place: String,
    href: String,
    code: &'static str,
    dir: &'static str,
    fragments: Vec<Fragment>,
}

struct FacetLink {
    label: String,
    count: usize,
    href: String,
}

struct LangOption {
    code: &'static str,
    native: &'static str,
    selected: bool,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage<'a> {
    page: Page<'a>,
    query: String,
    searched: bool,
    total: usize,
    /// More paragraphs match than were counted.
    capped: bool,
    hits: Vec<Hit>,
    languages: Vec<LangOption>,
    kinds: Vec<FacetLink>,
    sessions: Vec<FacetLink>,
    doc_languages: Vec<FacetLink>,
    clear_href: Option<String>,
}

pub(crate) async fn search(
    PageCtx { app, lang, uri, .. }: PageCtx,
    params: Result<Query<Params>, QueryRejection>,
) -> Result<Response, PageError> {
    let Query(params) = params.unwrap_or_else(|_| Query(Params::default()));
    let query = super::page::clean_query(&params.q);
    let doclang = params.doclang.parse::<Lang>().ok();
    let page = Page::new(lang, &app.catalog.messages, "search", &uri);
    let languages = Lang::ALL
        .into_iter()
        .map(|l| LangOption { code: l.code(), native: l.native_name(), selected: Some(l) == doclang })
        .collect();
    let mut view = SearchPage {
        page,
        query: query.clone(),
        searched: !query.is_empty(),
        total: 0,
        capped: false,
        hits: Vec::new(),
        languages,
        kinds: Vec::new(),
        sessions: Vec::new(),
        doc_languages: Vec::new(),
        clear_href: None,
    };
    if query.is_empty() {
        return Ok(render(&view));
    }
    let session = params.session.parse::<i64>().ok();
    let kind = Some(params.kind.as_str()).filter(|k| !k.is_empty());
    let results = match app.store.search(&SearchQuery { text: &query, lang: doclang, kind, session, limit: 50 }).await {
        Ok(r) => r,
        Err(e) => return Err(failure("search failed", &e)),
    };
    view.capped = results.total_is_lower_bound;
    view.total = if view.capped { comity_store::COUNT_CAP } else { results.total };
    view.hits = results
        .hits
        .into_iter()
        .map(|h| {
            let l = h.lang.parse::<Lang>().unwrap_or(Lang::En);
            Hit {
                href: format!("/{}/documents/{}?compare={}", lang.code(), h.symbol, h.lang),
                symbol: h.symbol,
                place: super::documents::place_label(&h.place),
                code: l.code(),
                dir: l.direction().as_str(),
                fragments: h.snippet,
            }
        })
        .collect();
    view.kinds = results
        .facets
        .kind
        .iter()
        .map(|f| FacetLink {
            label: view.page.t_key("kind-", &f.value),
            count: f.count,
            href: params.href(lang, "kind", Some(&f.value)),
        })
        .collect();
    view.sessions = results
        .facets
        .session
        .iter()
        .map(|f| FacetLink {
            label: f.value.clone(),
            count: f.count,
            href: params.href(lang, "session", Some(&f.value)),
        })
        .collect();
    view.doc_languages = results
        .facets
        .language
        .iter()
        .map(|f| FacetLink {
            label: f.value.parse::<Lang>().map(|l| l.native_name().to_string()).unwrap_or_else(|_| f.value.clone()),
            count: f.count,
            href: params.href(lang, "doclang", Some(&f.value)),
        })
        .collect();
    if kind.is_some() || session.is_some() {
        let unfiltered = Params { kind: String::new(), session: String::new(), ..params.clone() };
        view.clear_href = Some(unfiltered.href(lang, "", None));
    }
    Ok(render(&view))
}
