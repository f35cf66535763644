//! The search page: one search over everything public. States, the framework, document titles
//! and published replies come first, grouped by kind; then full text over every paragraph of
//! the record, in any of the six languages, ranked by relevance or newest first, with facets by
//! kind, session and language, matched words highlighted, and links to the paragraph.

mod public;

pub use public::PublicIndexCache;
use public::Target;

use askama::Template;
use axum::extract::Query;
use axum::extract::rejection::QueryRejection;
use axum::response::Response;
use comity_i18n::Lang;
use comity_store::{Fragment, SearchQuery};
use serde::Deserialize;

use super::page::{Page, PageCtx, PageError, failure, html_of};

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
    /// `newest` for newest session first; otherwise most relevant first.
    #[serde(default)]
    sort: String,
}

impl Params {
    /// This search's address with one filter changed (`None` removes it).
    fn href(&self, lang: Lang, key: &str, value: Option<&str>) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        out.append_pair("q", &self.q);
        let keys = [("doclang", &self.doclang), ("kind", &self.kind), ("session", &self.session), ("sort", &self.sort)];
        for (k, v) in keys {
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

/// A group of things found beside the paragraphs: its heading and the best few.
struct FoundGroup {
    /// The heading's message id, also the section's id.
    id: &'static str,
    total: usize,
    items: Vec<FoundItem>,
}

struct FoundItem {
    href: String,
    label: String,
    /// A symbol, written left to right on every page.
    label_ltr: bool,
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
    groups: Vec<FoundGroup>,
    /// Links to the other order of the paragraphs, and whether it is newest first now.
    newest_first: bool,
    relevance_href: String,
    newest_href: String,
}

/// The search page, from the server's page cache while the record and the publications are
/// unchanged: a search is a dozen reads and the ranking, the same for every anonymous reader.
pub(crate) async fn search(
    PageCtx { app, lang, uri, .. }: PageCtx,
    params: Result<Query<Params>, QueryRejection>,
) -> Result<Response, PageError> {
    let Query(params) = params.unwrap_or_else(|_| Query(Params::default()));
    let print = async {
        let record = app.store.record_fingerprint().await.map_err(|e| failure("checking the record", &e))?;
        let published =
            app.store.publication_fingerprint(None).await.map_err(|e| failure("checking the publications", &e))?;
        Ok(format!("{record}|{published}"))
    };
    let body = super::page::from_cache(&app, &uri.to_string(), print, || build(&app, lang, &uri, params)).await;
    super::page::cached_response(body)
}

async fn build(
    app: &crate::AppState,
    lang: Lang,
    uri: &axum::http::Uri,
    params: Params,
) -> Result<Option<Vec<u8>>, PageError> {
    let query = super::page::clean_query(&params.q);
    let doclang = params.doclang.parse::<Lang>().ok();
    let page = Page::new(lang, &app.catalog.messages, "search", uri);
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
        groups: Vec::new(),
        newest_first: params.sort == "newest",
        relevance_href: params.href(lang, "sort", None),
        newest_href: params.href(lang, "sort", Some("newest")),
    };
    if query.is_empty() {
        return html_of(&view);
    }
    let session = params.session.parse::<i64>().ok();
    let kind = Some(params.kind.as_str()).filter(|k| !k.is_empty());
    let newest_first = view.newest_first;
    let results = match app
        .store
        .search(&SearchQuery { text: &query, lang: doclang, kind, session, limit: 50, newest_first })
        .await
    {
        Ok(r) => r,
        Err(e) => return Err(failure("search failed", &e)),
    };
    view.groups = found_groups(app, &view.page, &query, doclang).await?;
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
    html_of(&view)
}

/// How many of each kind the page shows.
const SHOWN: usize = 5;

/// States whose name (in any language), alias or code holds the query, then what the public
/// index finds, each kind under its heading; kinds that found nothing are left out.
async fn found_groups(
    app: &crate::AppState,
    page: &Page<'_>,
    query: &str,
    only: Option<Lang>,
) -> Result<Vec<FoundGroup>, PageError> {
    let lang = page.language();
    let mut groups = Vec::new();
    if query.chars().count() >= 2 {
        let matching = app.catalog.states.matching(query);
        let states: Vec<FoundItem> = app
            .catalog
            .states
            .in_language_order(lang)
            .filter(|s| matching.contains(s.iso3.as_str()))
            .map(|s| FoundItem {
                href: format!("/{}/states/{}", lang.code(), s.iso3),
                label: s.short_name(lang).to_string(),
                label_ltr: false,
                code: lang.code(),
                dir: lang.direction().as_str(),
                fragments: Vec::new(),
            })
            .collect();
        if !states.is_empty() {
            let total = states.len();
            groups.push(FoundGroup {
                id: "search-group-states",
                total,
                items: states.into_iter().take(SHOWN).collect(),
            });
        }
    }
    let index = public::current(app).await.map_err(|e| failure("building the search index", &e))?;
    let cycles = app.store.cycles().await.map_err(|e| failure("reading the cycles", &e))?;
    let [elements, documents, replies] = index.search(query, only, SHOWN);
    let item = |found: public::Found| {
        let (href, label, label_ltr) = match &found.target {
            Target::Element(id) => {
                let title =
                    app.catalog.framework.get(id).map(|e| e.title(lang).to_string()).unwrap_or_else(|| id.clone());
                (format!("/{}/framework/{id}", lang.code()), title, false)
            }
            Target::Document(symbol) => (format!("/{}/documents/{symbol}", lang.code()), symbol.clone(), true),
            Target::Reply(cycle, state) => {
                let name = app.catalog.states.get(state).map(|s| s.short_name(lang)).unwrap_or(state);
                let resolution = cycles.iter().find(|c| &c.id == cycle).map(|c| c.details.resolution.as_str());
                let label =
                    page.t_with2("search-found-reply", "state", name, "resolution", resolution.unwrap_or(cycle));
                (format!("/{}/views/{cycle}/states/{state}", lang.code()), label, false)
            }
        };
        FoundItem {
            href,
            label,
            label_ltr,
            code: found.lang.code(),
            dir: found.lang.direction().as_str(),
            fragments: found.snippet,
        }
    };
    for (id, group) in
        [("search-group-framework", elements), ("search-group-documents", documents), ("search-group-replies", replies)]
    {
        if group.total > 0 {
            groups.push(FoundGroup { id, total: group.total, items: group.found.into_iter().map(item).collect() });
        }
    }
    Ok(groups)
}
