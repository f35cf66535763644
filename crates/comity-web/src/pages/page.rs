//! What every page shares: the page's language and messages (`Page`), the same page's address
//! in the other five languages, rendering (public or private), and the localized error pages.

use askama::Template;
use axum::extract::FromRequestParts;
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{Html, IntoResponse, Response};
use comity_i18n::{Lang, MessageArg, Messages, negotiate_accept_language};

use crate::AppState;

/// The language a visitor without one in the address is sent to: their browser's preference
/// among the six, else English.
pub(crate) fn preferred_language(headers: &HeaderMap) -> Lang {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(negotiate_accept_language)
        .unwrap_or(Lang::En)
}

/// The page's language from the first path segment; only the exact lower-case code counts,
/// so each page has one address per language.
pub(crate) fn page_lang(segment: &str) -> Option<Lang> {
    segment.parse::<Lang>().ok().filter(|l| l.code() == segment)
}

/// The language of the page being asked for; any other first segment is answered with the
/// "page not found" page in the visitor's preferred language.
pub(crate) struct PageLang(pub Lang);

impl FromRequestParts<AppState> for PageLang {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        app: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let segment = parts.uri.path().trim_start_matches('/').split('/').next().unwrap_or("");
        page_lang(segment).map(PageLang).ok_or_else(|| not_found(app, preferred_language(&parts.headers)))
    }
}

/// A text typed into a page's search or filter box: trimmed, at most 200 characters.
pub(crate) fn clean_query(text: &str) -> String {
    text.chars().take(200).collect::<String>().trim().to_string()
}

/// One entry of the language switcher.
pub(crate) struct Alternate {
    pub code: &'static str,
    pub native: &'static str,
    pub dir: &'static str,
    pub href: String,
    pub current: bool,
}

/// One row per official language, for the tables that show a value in all six.
pub(crate) struct LangRow<'a> {
    pub code: &'static str,
    pub dir: &'static str,
    pub language: &'static str,
    pub cells: Vec<&'a str>,
}

pub(crate) fn lang_rows<'a>(cells: impl Fn(Lang) -> Vec<&'a str>) -> Vec<LangRow<'a>> {
    Lang::ALL
        .into_iter()
        .map(|l| LangRow { code: l.code(), dir: l.direction().as_str(), language: l.native_name(), cells: cells(l) })
        .collect()
}

/// What every page template gets.
pub(crate) struct Page<'a> {
    pub lang: Lang,
    pub messages: &'a Messages,
    /// Which part of the site, to mark the current navigation link.
    pub section: &'static str,
    /// The address after the language segment, with its query, e.g. `/states?q=korea`.
    rest: String,
    /// The signed-in visitor's links by role (see [`super::nav`]).
    pub nav: Vec<super::nav::NavLink>,
}

impl<'a> Page<'a> {
    pub fn new(lang: Lang, messages: &'a Messages, section: &'static str, uri: &Uri) -> Self {
        let path = uri.path();
        let after_lang = path.get(3..).unwrap_or("");
        let rest = match uri.query() {
            Some(q) => format!("{after_lang}?{q}"),
            None => after_lang.to_string(),
        };
        let nav = super::nav::links(
            lang,
            |id| messages.get(lang, id),
            |link, state| {
                messages.format(
                    lang,
                    "nav-for-state",
                    &[("link", MessageArg::from(link)), ("state", MessageArg::from(state))],
                )
            },
        );
        Page { lang, messages, section, rest, nav }
    }

    pub fn t(&self, id: &str) -> String {
        self.messages.get(self.lang, id)
    }

    pub fn t_count(&self, id: &str, count: impl std::borrow::Borrow<usize>) -> String {
        self.messages.format(self.lang, id, &[("count", MessageArg::from(*count.borrow()))])
    }

    /// The page language by value, for calls such as `element.title(page.language())`.
    pub fn language(&self) -> Lang {
        self.lang
    }

    pub fn t_with(&self, id: &str, name: &str, value: &str) -> String {
        self.messages.format(self.lang, id, &[(name, MessageArg::from(value))])
    }

    pub fn t_with2(&self, id: &str, name1: &str, value1: &str, name2: &str, value2: &str) -> String {
        self.messages.format(self.lang, id, &[(name1, MessageArg::from(value1)), (name2, MessageArg::from(value2))])
    }

    /// A refusal in the page's language: its own message (`refusal-<code>`), with the
    /// arguments that are keys translated too.
    pub fn refusal(&self, refusal: &comity_store::Refusal) -> String {
        let args: Vec<(&str, String)> = refusal
            .args()
            .into_iter()
            .map(|(name, value)| match name {
                "status" => (name, self.t_key("reply-status-", &value)),
                "action" => (name, self.t_key("refusal-action-", &value)),
                "field" => (name, self.t_key("refusal-field-", &value)),
                "decision" => (name, self.t_key("refusal-decision-", &value)),
                "recorded" | "kind" => (name, self.t_key("kind-", &value)),
                "role" => (name, self.t_key("role-", &value)),
                // A date or time told back is written as the page's language writes it.
                _ => (name, self.date_time(&value)),
            })
            .collect();
        let args: Vec<(&str, MessageArg<'_>)> = args.iter().map(|(n, v)| (*n, MessageArg::from(v.as_str()))).collect();
        self.messages.format(self.lang, &format!("refusal-{}", refusal.code()), &args)
    }

    /// A stored date (ISO 8601, or the date of a timestamp) as the page's language writes it.
    pub fn date(&self, iso: impl AsRef<str>) -> String {
        comity_i18n::format::date(self.lang, iso.as_ref())
    }

    /// A stored timestamp (UTC) as date and time to the minute in the page's language.
    pub fn date_time(&self, iso: impl AsRef<str>) -> String {
        comity_i18n::format::date_time(self.lang, iso.as_ref())
    }

    /// A deadline (UTC) as New York's clocks read it, in the page's words ("14 March 2026,
    /// 18:00 New York time"), where negotiations set their deadlines; the UTC form when the
    /// zone cannot be read.
    pub fn new_york_time(&self, iso: impl AsRef<str>) -> String {
        match comity_i18n::format::new_york_time(self.lang, iso.as_ref()) {
            Some(time) => self.t_with("time-new-york", "time", &time),
            None => self.date_time(iso),
        }
    }

    /// A duration in seconds as the page's language writes it (`2 min 5 s`).
    pub fn duration(&self, seconds: f64) -> String {
        self.messages.duration(self.lang, seconds)
    }

    /// A count with the page language's grouping.
    pub fn number(&self, n: &usize) -> String {
        comity_i18n::format::number(self.lang, i64::try_from(*n).unwrap_or(i64::MAX))
    }

    /// A message whose id is built from a prefix and a data key, e.g. `cb-group-` + `people`.
    pub fn t_key(&self, prefix: &str, key: &str) -> String {
        self.messages.get(self.lang, &format!("{prefix}{key}"))
    }

    pub fn code(&self) -> &'static str {
        self.lang.code()
    }

    pub fn dir(&self) -> &'static str {
        self.lang.direction().as_str()
    }

    pub fn alternates(&self) -> Vec<Alternate> {
        Lang::ALL
            .into_iter()
            .map(|l| Alternate {
                code: l.code(),
                native: l.native_name(),
                dir: l.direction().as_str(),
                href: format!("/{}{}", l.code(), self.rest),
                current: l == self.lang,
            })
            .collect()
    }
}

/// A component of a URL (a `next` address in a query), percent-encoded.
pub(crate) fn encode_component(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// Renders a page that belongs to one signed-in person: never cached, never shared.
pub(crate) fn render_private(status: StatusCode, template: &impl Template) -> Response {
    let mut response = render_with_status(status, template);
    response.headers_mut().insert(header::CACHE_CONTROL, crate::middleware::NO_STORE);
    response
}

/// A Word file to download, named `file`, that belongs to whoever may read it: never cached.
pub(crate) fn private_word_file(file: &str, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, comity_reporting::attachments::MediaType::Docx.as_str().to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{file}\"")),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
        ],
        bytes,
    )
        .into_response()
}

/// A localized page refusing a request, its words from `error-{key}-title` and
/// `error-{key}-text`: too large, a NUL character, too many requests, not allowed.
pub(crate) fn refusal_page(app: &AppState, lang: Lang, status: StatusCode, key: &str) -> Response {
    let uri: Uri = format!("/{}/", lang.code()).parse().expect("static URI is valid");
    let page = Page::new(lang, &app.catalog.messages, "", &uri);
    let template =
        ErrorPage { title: page.t(&format!("error-{key}-title")), text: page.t(&format!("error-{key}-text")), page };
    render_private(status, &template)
}

/// The localized "not allowed" page: signed in, but no role of the visitor's grants this.
pub(crate) fn forbidden(app: &AppState, lang: Lang) -> Response {
    refusal_page(app, lang, StatusCode::FORBIDDEN, "forbidden")
}

/// How long others may keep a page: a public page five minutes; a page built for a signed-in
/// visitor (its header names their work) never.
pub(crate) fn shared_cache_control() -> axum::http::HeaderValue {
    if super::nav::signed_in() {
        crate::middleware::NO_STORE
    } else {
        axum::http::HeaderValue::from_static("public, max-age=300")
    }
}

/// Renders a template as a 200 page.
/// A public page from the server's cache while `print` (what the page is made of, read from
/// the database on every request, so every node stays right) is unchanged, else built and
/// kept. A signed-in visitor's page carries their own header: built for them, kept for nobody.
/// `Ok(None)`: no such page.
pub(crate) async fn from_cache<F, Fut>(
    app: &crate::AppState,
    key: &str,
    print: impl std::future::Future<Output = Result<String, PageError>>,
    build: F,
) -> Result<Option<axum::body::Bytes>, PageError>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<Option<Vec<u8>>, PageError>>,
{
    if super::nav::signed_in() {
        return Ok(build().await?.map(axum::body::Bytes::from));
    }
    let print = print.await?;
    if let Some(body) = app.pages.get(key, &print) {
        return Ok(Some(body));
    }
    // One build per page at a time; the others wait for it and take what it kept.
    let turn = app.pages.building(key);
    let held = turn.lock().await;
    let body = match app.pages.get(key, &print) {
        Some(body) => Ok(Some(body)),
        None => match build().await {
            Ok(Some(body)) => {
                let body = axum::body::Bytes::from(body);
                app.pages.put(key.to_string(), print, body.clone());
                Ok(Some(body))
            }
            other => other.map(|_| None),
        },
    };
    drop(held);
    drop(turn);
    app.pages.built(key);
    body
}

/// A page rendered for [`from_cache`].
pub(crate) fn html_of(template: &impl Template) -> Result<Option<Vec<u8>>, PageError> {
    template.render().map(|html| Some(html.into_bytes())).or_fail("rendering a template")
}

/// The answer for a page [`from_cache`] gave: the kept bytes themselves, not a copy.
pub(crate) fn cached_response(body: Result<Option<axum::body::Bytes>, PageError>) -> Result<Response, PageError> {
    let Some(body) = body? else { return Err(PageError::NotFound) };
    let html = axum::http::HeaderValue::from_static("text/html; charset=utf-8");
    Ok((StatusCode::OK, [(header::CONTENT_TYPE, html), (header::CACHE_CONTROL, shared_cache_control())], body)
        .into_response())
}

pub(crate) fn render(template: &impl Template) -> Response {
    render_with_status(StatusCode::OK, template)
}

fn render_with_status(status: StatusCode, template: &impl Template) -> Response {
    match template.render() {
        Ok(html) => (status, [(header::CACHE_CONTROL, shared_cache_control())], Html(html)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template failed to render");
            (StatusCode::INTERNAL_SERVER_ERROR, "Internal server error").into_response()
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    page: Page<'a>,
    title: String,
    text: String,
}

/// The localized "page not found" page.
pub(crate) fn not_found(app: &AppState, lang: Lang) -> Response {
    let uri: Uri = format!("/{}/", lang.code()).parse().expect("static URI is valid");
    let page = Page::new(lang, &app.catalog.messages, "", &uri);
    let template = ErrorPage { title: page.t("error-not-found-title"), text: page.t("error-not-found-text"), page };
    let mut response = render_with_status(StatusCode::NOT_FOUND, &template);
    response.headers_mut().remove(header::CACHE_CONTROL);
    response
}

/// The localized "something went wrong" page (the cause goes to the log, not the page).
pub(crate) fn error_page(app: &AppState, lang: Lang) -> Response {
    let uri: Uri = format!("/{}/", lang.code()).parse().expect("static URI is valid");
    let page = Page::new(lang, &app.catalog.messages, "", &uri);
    let template = ErrorPage { title: page.t("error-internal-title"), text: page.t("error-internal-text"), page };
    let mut response = render_with_status(StatusCode::INTERNAL_SERVER_ERROR, &template);
    response.headers_mut().remove(header::CACHE_CONTROL);
    response
}

/// Why a page handler could not answer with its page: the answer is the localized error page
/// in the page's language (put in words by [`crate::explain::explain`], from the address's
/// language segment, as [`PageLang`] reads it). Handlers return `Result<Response, PageError>`
/// and use `?`.
#[derive(Debug)]
pub(crate) enum PageError {
    /// No such thing here (or not for this visitor: another State's is not theirs to know of).
    NotFound,
    /// Signed in, but no role of the visitor's grants this.
    Forbidden,
    /// The server failed; the cause was logged where it happened.
    Failed,
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        use crate::middleware::{Unexplained, unexplained};
        match self {
            PageError::NotFound => unexplained(StatusCode::NOT_FOUND, Unexplained::Denied),
            PageError::Forbidden => unexplained(StatusCode::FORBIDDEN, Unexplained::Denied),
            PageError::Failed => unexplained(StatusCode::INTERNAL_SERVER_ERROR, Unexplained::Failed),
        }
    }
}

/// A store error met while making a page: a refusal the page did not expect to be told is
/// "not found" to the visitor; anything else failed (and is logged).
impl From<comity_store::StoreError> for PageError {
    fn from(e: comity_store::StoreError) -> Self {
        match e {
            comity_store::StoreError::Refused(_) => PageError::NotFound,
            e => {
                tracing::error!(error = %e, "request failed");
                PageError::Failed
            }
        }
    }
}

/// A failure met while `doing` something: logged with its cause; the visitor is told only
/// that the server failed.
pub(crate) fn failure(doing: &str, e: &dyn std::fmt::Display) -> PageError {
    tracing::error!(error = %e, doing, "request failed");
    PageError::Failed
}

/// `result.or_fail("reading the record")?`: a failure logged with what was being done.
pub(crate) trait OrFail<T> {
    fn or_fail(self, doing: &'static str) -> Result<T, PageError>;
}

impl<T, E: std::fmt::Display> OrFail<T> for Result<T, E> {
    fn or_fail(self, doing: &'static str) -> Result<T, PageError> {
        self.map_err(|e| failure(doing, &e))
    }
}

/// A lookup that may find nothing: `store.cycle(&id).await.found("reading a cycle")?` is the
/// thing, a page not found when there is none, a failure (logged) when the lookup failed.
pub(crate) trait Found<T> {
    fn found(self, doing: &'static str) -> Result<T, PageError>;
}

impl<T, E: std::fmt::Display> Found<T> for Result<Option<T>, E> {
    fn found(self, doing: &'static str) -> Result<T, PageError> {
        self.or_fail(doing)?.ok_or(PageError::NotFound)
    }
}

/// What nearly every page handler reads from its request: the application, the page's
/// language, the visitor (as the access policy found them) and the address asked for. Taken
/// apart in the handler's parameters: `PageCtx { app, lang, uri, .. }: PageCtx`.
pub(crate) struct PageCtx {
    pub app: AppState,
    pub lang: Lang,
    pub visitor: crate::access::Visitor,
    pub uri: Uri,
}

impl FromRequestParts<AppState> for PageCtx {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        app: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let PageLang(lang) = PageLang::from_request_parts(parts, app).await?;
        let visitor = parts.extensions.get::<crate::access::Visitor>().cloned().unwrap_or_default();
        Ok(PageCtx { app: app.clone(), lang, visitor, uri: parts.uri.clone() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every refusal is told in every language by its own message, with its arguments, the
    /// field keys translated, and no English words in the Chinese and Arabic sentences.
    #[test]
    fn every_refusal_is_told_in_every_language() {
        let messages = Messages::load().unwrap();
        let uri: Uri = "/en/".parse().unwrap();
        for field in comity_store::Refusal::FIELDS {
            assert!(messages.has(&format!("refusal-field-{field}")), "refusal-field-{field} has no message");
        }
        for refusal in comity_store::Refusal::samples() {
            assert!(messages.has(&format!("refusal-{}", refusal.code())), "{} has no message", refusal.code());
            for lang in Lang::ALL {
                let page = Page::new(lang, &messages, "", &uri);
                let told = page.refusal(&refusal);
                for key in ["refusal-", "reply-status-", "kind-"] {
                    assert!(!told.contains(key), "{lang:?}: a message id in {told}");
                }
                // Data arguments appear as given, dates as the language writes them; keys are
                // translated.
                for (name, value) in refusal.args() {
                    if !matches!(
                        name,
                        "status" | "action" | "field" | "decision" | "recorded" | "kind" | "role" | "holder" | "detail"
                    ) {
                        let shown = comity_i18n::format::date_time(lang, &value);
                        assert!(told.contains(&shown), "{lang:?}: {told} lacks {shown}");
                    }
                }
                if matches!(lang, Lang::Zh | Lang::Ar) {
                    let english = [
                        "reply", "cannot", "saved", "edited", "someone", "account", "cycle", "the ", "not ", " is ",
                        "missing", "contact", "message", "round", "token", "deadline",
                    ];
                    for word in english {
                        assert!(!told.to_lowercase().contains(word), "{lang:?}: English {word:?} in {told}");
                    }
                }
            }
        }
    }
}
