//! The public pages, one module per part of the site, sharing the page context: the page's
//! language, its messages, and the same page's address in the other five languages.

mod account;
mod checks;
mod contacts;
mod diff;
mod documents;
mod fetches;
mod framework;
mod home;
pub(crate) mod messages;
mod passkeys;
mod replies;
mod search;
mod states;
mod views;

use askama::Template;
use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use comity_i18n::{Lang, MessageArg, Messages, negotiate_accept_language};

use crate::AppState;

pub(crate) fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(root))
        .route("/{lang}", get(lang_root))
        .route("/{lang}/", get(home::home))
        .route("/{lang}/states", get(states::list))
        .route("/{lang}/states/{code}", get(states::show))
        .route("/{lang}/framework", get(framework::overview))
        .route("/{lang}/framework/{id}", get(framework::element))
        .route("/{lang}/documents", get(documents::list))
        .route("/{lang}/search", get(search::search))
        .route("/{lang}/diff", get(diff::diff))
        .route("/{lang}/documents/{*symbol}", get(documents::show))
        .route("/{lang}/fetches", get(fetches::form).post(fetches::start))
        .route("/{lang}/fetches/{id}", get(fetches::show))
        .route("/{lang}/sign-in", get(account::sign_in_form).post(account::sign_in))
        .route("/{lang}/sign-in/code", get(account::code_form).post(account::code))
        .route("/{lang}/sign-in/enrol", get(account::enrol_form).post(account::enrol))
        .route("/{lang}/sign-out", post(account::sign_out))
        .route("/{lang}/account", get(account::account))
        .route("/{lang}/account/tokens", post(account::create_token))
        .route("/{lang}/account/tokens/{id}/revoke", post(account::revoke_token))
        .route("/{lang}/account/sessions/end-all", post(account::end_all_sessions))
        .route("/{lang}/account/checks/{id}/acknowledge", post(checks::acknowledge_in_portal))
        .route("/{lang}/orgs/{org}/users", get(account::org_users).post(account::invite))
        .route("/{lang}/orgs/{org}/users/{id}/remove", post(account::remove_user))
        .route("/{lang}/welcome/{token}", get(account::welcome_form).post(account::welcome))
        .route("/{lang}/sign-in/reset", get(account::reset_form).post(account::reset))
        .route("/{lang}/account/passkeys/begin", post(passkeys::register_begin))
        .route("/{lang}/account/passkeys/finish", post(passkeys::register_finish))
        .route("/{lang}/sign-in/passkey/begin", post(passkeys::sign_in_begin))
        .route("/{lang}/sign-in/passkey/finish", post(passkeys::sign_in_finish))
        .route("/{lang}/orgs/{org}/audit", get(account::org_audit))
        .route("/{lang}/audit", get(account::whole_audit))
        .route("/{lang}/views", get(views::list))
        .route("/{lang}/views/{id}", get(views::show))
        .route("/{lang}/views/{id}/report", get(views::report))
        .route("/{lang}/views/{id}/report.docx", get(views::docx))
        .route("/{lang}/views/{id}/states/{code}", get(views::reply))
        .route("/{lang}/views/states/{code}", get(views::by_state))
        .route("/{lang}/views/elements/{id}", get(views::by_element))
        .route("/{lang}/ack/{token}", get(checks::ack_form).post(checks::ack))
        .route("/{lang}/checks", get(checks::rounds).post(checks::start))
        .route("/{lang}/checks/{id}", get(checks::round))
        .route("/{lang}/checks/{id}/{format}", get(checks::report))
        .route("/{lang}/checks/schedules", post(checks::schedule))
        .route("/{lang}/checks/schedules/{id}/cancel", post(checks::unschedule))
        .route("/{lang}/orgs/{org}/checks", get(checks::own_rounds))
        .route("/{lang}/checks/states/{code}", get(checks::own_rounds))
        .route("/{lang}/messages", get(messages::inbox).post(messages::create))
        .route("/{lang}/messages/new", get(messages::compose))
        .route("/{lang}/messages/escalated", get(messages::escalated))
        .route("/{lang}/messages/{id}", get(messages::thread))
        .route("/{lang}/messages/{id}/reply", post(messages::reply))
        .route("/{lang}/messages/{id}/acknowledge", post(messages::acknowledge))
        .route("/{lang}/messages/{id}/attachments", post(messages::attach))
        .route("/{lang}/messages/{id}/attachments/{att}", get(messages::attachment))
        .route("/{lang}/contacts", get(contacts::directory))
        .route("/{lang}/contacts/changes", get(contacts::queue))
        .route("/{lang}/contacts/changes/{id}/verify", post(contacts::verify))
        .route("/{lang}/contacts/changes/{id}/reject", post(contacts::reject))
        .route("/{lang}/orgs/{org}/contacts", get(contacts::own).post(contacts::nominate))
        .route("/{lang}/orgs/{org}/contacts/export", get(contacts::export))
        .route("/{lang}/orgs/{org}/contacts/{id}/remove", post(contacts::remove))
        .route("/{lang}/cycles", get(replies::cycles))
        .route("/{lang}/cycles/{id}", get(replies::cycle_overview))
        .route("/{lang}/cycles/{id}/replies/{org}", get(replies::reply).post(replies::save))
        .route("/{lang}/cycles/{id}/replies/{org}/versions", get(replies::versions))
        .route("/{lang}/cycles/{id}/replies/{org}/submit", post(replies::submit))
        .route("/{lang}/cycles/{id}/replies/{org}/withdraw", post(replies::withdraw))
        .route("/{lang}/cycles/{id}/replies/{org}/publish", post(replies::publish))
        .route("/{lang}/cycles/{id}/replies/{org}/attachments", post(replies::attach))
        .route("/{lang}/cycles/{id}/replies/{org}/attachments/{att}", get(replies::attachment))
        .route("/{lang}/cycles/{id}/replies/{org}/attachments/{att}/remove", post(replies::detach))
        .route("/{lang}/cycles/{id}/replies/{org}/translations", post(replies::translate))
        .route("/{lang}/views/attachments/{att}", get(replies::public_attachment))
        .fallback(not_found_fallback)
}

/// The language a visitor without one in the address is sent to: their browser's preference
/// among the six, else English.
fn preferred_language(headers: &HeaderMap) -> Lang {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(negotiate_accept_language)
        .unwrap_or(Lang::En)
}

async fn root(headers: HeaderMap) -> Response {
    let lang = preferred_language(&headers);
    let mut response = Redirect::to(&format!("/{}/", lang.code())).into_response();
    response.headers_mut().insert(header::VARY, header::HeaderValue::from_static("Accept-Language"));
    response
}

async fn lang_root(
    State(app): State<AppState>,
    axum::extract::Path(lang): axum::extract::Path<String>,
    headers: HeaderMap,
) -> Response {
    match lang.parse::<Lang>() {
        Ok(l) if l.code() == lang => Redirect::permanent(&format!("/{lang}/")).into_response(),
        _ => not_found(&app, preferred_language(&headers)),
    }
}

/// The page's language from the first path segment; only the exact lower-case code counts,
/// so each page has one address per language.
pub(crate) fn page_lang(segment: &str) -> Option<Lang> {
    segment.parse::<Lang>().ok().filter(|l| l.code() == segment)
}

/// The language of the page being asked for; any other first segment is answered with the
/// "page not found" page in the visitor's preferred language.
pub(crate) struct PageLang(pub Lang);

impl axum::extract::FromRequestParts<AppState> for PageLang {
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
}

impl<'a> Page<'a> {
    pub fn new(lang: Lang, messages: &'a Messages, section: &'static str, uri: &Uri) -> Self {
        let path = uri.path();
        let after_lang = path.get(3..).unwrap_or("");
        let rest = match uri.query() {
            Some(q) => format!("{after_lang}?{q}"),
            None => after_lang.to_string(),
        };
        Page { lang, messages, section, rest }
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

    /// A refusal in the page's language: its own message (`refusal-<code>`), or, for a refusal
    /// not yet typed, the English reason inside `sentence` (a message with `$reason`).
    pub fn refusal(&self, sentence: &str, refusal: &comity_store::Refusal) -> String {
        use comity_store::Refusal;
        if let Refusal::Other(reason) = refusal {
            return self.t_with(sentence, "reason", reason);
        }
        let args: Vec<(&str, String)> = refusal
            .args()
            .into_iter()
            .map(|(name, value)| match name {
                "status" => (name, self.t_key("reply-status-", &value)),
                "action" => (name, self.t_key("refusal-action-", &value)),
                _ => (name, value),
            })
            .collect();
        let args: Vec<(&str, MessageArg<'_>)> = args.iter().map(|(n, v)| (*n, MessageArg::from(v.as_str()))).collect();
        self.messages.format(self.lang, &format!("refusal-{}", refusal.code()), &args)
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

/// Renders a template as a 200 page.
pub(crate) fn render(template: &impl Template) -> Response {
    render_with_status(StatusCode::OK, template)
}

fn render_with_status(status: StatusCode, template: &impl Template) -> Response {
    match template.render() {
        Ok(html) => (status, [(header::CACHE_CONTROL, "public, max-age=300")], Html(html)).into_response(),
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

/// A request that failed on the server's side: the cause goes to the log (with what was being
/// done), the visitor gets the localized error page.
pub(crate) fn failed(app: &AppState, lang: Lang, doing: &str, e: &dyn std::fmt::Display) -> Response {
    tracing::error!(error = %e, doing, "request failed");
    error_page(app, lang)
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

async fn not_found_fallback(State(app): State<AppState>, request: Request) -> Response {
    let segment = request.uri().path().trim_start_matches('/').split('/').next().unwrap_or("");
    let lang = page_lang(segment).unwrap_or_else(|| preferred_language(request.headers()));
    not_found(&app, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every refusal is told in every language by its own message, with its arguments and no
    /// English words in the Chinese and Arabic sentences.
    #[test]
    fn every_refusal_is_told_in_every_language() {
        let messages = Messages::load().unwrap();
        let uri: Uri = "/en/".parse().unwrap();
        for refusal in comity_store::Refusal::samples() {
            assert!(messages.has(&format!("refusal-{}", refusal.code())), "{} has no message", refusal.code());
            for lang in Lang::ALL {
                let page = Page::new(lang, &messages, "", &uri);
                let told = page.refusal("reply-refused", &refusal);
                assert!(!told.contains("refusal-") && !told.contains("reply-status-"), "{lang:?}: {told}");
                // Data arguments appear as given; `status` and `action` are translated.
                for (name, value) in refusal.args() {
                    if !matches!(name, "status" | "action") {
                        assert!(told.contains(&value), "{lang:?}: {told} lacks {value}");
                    }
                }
                if matches!(lang, Lang::Zh | Lang::Ar) && !matches!(refusal, comity_store::Refusal::Other(_)) {
                    let english = ["reply", "cannot", "saved", "edited", "someone", "account", "cycle"];
                    for word in english {
                        assert!(!told.to_lowercase().contains(word), "{lang:?}: English {word:?} in {told}");
                    }
                }
            }
        }
    }
}
