//! Fetching documents from the Official Document System in the portal, for those who keep the
//! record: a form of symbols and languages that queues a fetch, which a server node works
//! through in the background (`comity_ods::work_through_fetches`), and the fetch's page, which
//! shows each language version's outcome as it comes and refreshes itself until done.

use askama::Template;
use axum::body::Bytes;
use axum::extract::Path;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use comity_access::Permission;
use comity_i18n::Lang;
use comity_store::FETCH_ITEMS_MAX;

use super::page::{Found, OrFail, Page, PageCtx, PageError, failure, render_private};
use crate::AppState;
use crate::middleware::noindex;

/// Fetches listed under the form.
const RECENT: i64 = 20;

struct RecentFetch {
    id: String,
    requested_at: String,
    items: usize,
    done: usize,
    refused: usize,
    finished: bool,
}

#[derive(Template)]
#[template(path = "fetches.html")]
struct FetchesPage<'a> {
    page: Page<'a>,
    /// The symbols as typed, kept when the form is refused.
    symbols: String,
    /// (code, name in the page's language, checked).
    languages: Vec<(&'static str, String, bool)>,
    problems: Vec<String>,
    recent: Vec<RecentFetch>,
}

struct ItemRow {
    symbol: String,
    lang: String,
    /// `waiting`, `stored`, `updated`, `unchanged`, `refused`.
    outcome: String,
    /// The record holds it: link to the document.
    linked: bool,
    warnings: usize,
    reason_code: Option<String>,
    reason: Option<String>,
}

#[derive(Template)]
#[template(path = "fetch.html")]
struct FetchPage<'a> {
    page: Page<'a>,
    requested_at: String,
    finished: bool,
    done: usize,
    refused: usize,
    items: Vec<ItemRow>,
}

/// `2026-12-02T04:10:11.123456Z` as `2026-12-02 04:10`.
fn minute(stamp: &str) -> String {
    stamp.chars().take(16).collect::<String>().replace('T', " ")
}

async fn form_page(
    app: &AppState,
    lang: Lang,
    uri: &Uri,
    (symbols, chosen): (String, Vec<Lang>),
    (problems, status): (Vec<String>, StatusCode),
) -> Result<Response, PageError> {
    let recent = app.store.fetches(RECENT).await.or_fail("listing fetches")?;
    let page = Page::new(lang, &app.catalog.messages, "documents", uri);
    let languages =
        Lang::ALL.into_iter().map(|l| (l.code(), page.t_key("lang-name-", l.code()), chosen.contains(&l))).collect();
    let recent = recent
        .into_iter()
        .map(|f| RecentFetch {
            id: f.id,
            requested_at: minute(&f.requested_at),
            items: f.items.max(0) as usize,
            done: f.done.max(0) as usize,
            refused: f.refused.max(0) as usize,
            finished: f.finished_at.is_some(),
        })
        .collect();
    Ok(noindex(render_private(status, &FetchesPage { page, symbols, languages, problems, recent })))
}

pub(crate) async fn form(PageCtx { app, lang, uri, .. }: PageCtx) -> Result<Response, PageError> {
    form_page(&app, lang, &uri, (String::new(), Lang::ALL.to_vec()), (Vec::new(), StatusCode::OK)).await
}

/// Queues a fetch of every symbol given in every language ticked, then shows its page; a form
/// with a symbol that is not one, or nothing to fetch, is shown again with the text as typed
/// and what to mend, and nothing is queued.
pub(crate) async fn start(PageCtx { app, lang, visitor, uri }: PageCtx, body: Bytes) -> Result<Response, PageError> {
    let (mut typed, mut langs) = (String::new(), Vec::new());
    for (k, v) in form_urlencoded::parse(&body) {
        match k.as_ref() {
            "symbols" => typed = v.into_owned(),
            "lang" => {
                if let Ok(l) = v.parse::<Lang>()
                    && !langs.contains(&l)
                {
                    langs.push(l);
                }
            }
            _ => {}
        }
    }
    let page = Page::new(lang, &app.catalog.messages, "documents", &uri);
    let (mut symbols, mut bad) = (Vec::new(), Vec::new());
    for given in typed.split(|c: char| c.is_whitespace() || c == ',' || c == ';').filter(|s| !s.is_empty()) {
        match comity_ods::symbol(given) {
            Ok(s) if !symbols.contains(&s) => symbols.push(s),
            Ok(_) => {}
            Err(_) => bad.push(given.chars().take(60).collect::<String>()),
        }
    }
    let mut problems = Vec::new();
    if !bad.is_empty() {
        problems.push(page.t_with("fetches-bad-symbol", "symbols", &bad.join(", ")));
    } else if symbols.is_empty() {
        problems.push(page.t("fetches-no-symbol"));
    }
    if langs.is_empty() {
        problems.push(page.t("fetches-no-language"));
    }
    let asked = symbols.len() * langs.len();
    if asked > FETCH_ITEMS_MAX {
        problems.push(page.t_with2(
            "fetches-too-many",
            "max",
            &FETCH_ITEMS_MAX.to_string(),
            "count",
            &asked.to_string(),
        ));
    }
    if !problems.is_empty() {
        return form_page(&app, lang, &uri, (typed, langs), (problems, StatusCode::BAD_REQUEST)).await;
    }
    let items: Vec<(String, Lang)> = symbols.iter().flat_map(|s| langs.iter().map(move |l| (s.clone(), *l))).collect();
    Ok(match app.store.queue_fetch(&items, &visitor.actor(Some(Permission::KeepRecord))).await {
        Ok(id) => Redirect::to(&format!("/{}/fetches/{id}", lang.code())).into_response(),
        // The form was checked above against what the store refuses.
        Err(e) => return Err(failure("queuing a fetch", &e)),
    })
}

/// A fetch's progress, item by item; refreshes itself while items wait.
pub(crate) async fn show(
    PageCtx { app, lang, uri, .. }: PageCtx,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let fetch = app.store.fetch(&id).await.found("reading a fetch")?;
    let page = Page::new(lang, &app.catalog.messages, "documents", &uri);
    let (done, refused) = (fetch.done(), fetch.refused());
    let items = fetch
        .items
        .into_iter()
        .map(|i| ItemRow {
            linked: i.outcome.as_deref().is_some_and(|o| o != "refused"),
            outcome: i.outcome.unwrap_or_else(|| "waiting".into()),
            symbol: i.symbol,
            lang: i.lang,
            warnings: i.warnings.max(0) as usize,
            reason_code: i.reason_code,
            reason: i.reason,
        })
        .collect();
    let template = FetchPage {
        page,
        requested_at: minute(&fetch.requested_at),
        finished: fetch.finished_at.is_some(),
        done,
        refused,
        items,
    };
    Ok(noindex(render_private(StatusCode::OK, &template)))
}
