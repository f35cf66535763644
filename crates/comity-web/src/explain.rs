//! Refusals answered without a handler's own words (a body over the limit, a NUL character,
//! too many requests, the access policy's "not found", "not allowed" and "sign in", a page
//! that failed on the server's side) are marked on a bare response where they happen and
//! explained here, once, in the channel's own form: a page in its language, an API error, a
//! TAXII error.

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use comity_i18n::Lang;

use crate::AppState;
use crate::middleware::Unexplained;
use crate::pages::page;

/// The outermost layer: puts the refusals marked by [`crate::middleware::unexplained`] (and a body over the size
/// limit) in the words of the channel the request came by.
pub(crate) async fn explain(State(app): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    let back = request.uri().path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| "/".into());
    let response = next.run(request).await;
    let why = response.extensions().get::<Unexplained>().copied();
    let status = response.status();
    // A handler's own refusal in JSON (TAXII's "too many objects", say) says more than ours.
    let explained_already =
        response.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|t| t.contains("json"));
    if explained_already || (why.is_none() && status != StatusCode::PAYLOAD_TOO_LARGE) {
        return response;
    }
    let retry_after = response.headers().get(header::RETRY_AFTER).cloned();
    let mut explained = if path.starts_with("/taxii2/") {
        let (title, description) = taxii_words(status, why);
        crate::taxii::error(status, title, &description)
    } else if path.starts_with("/api/") {
        api_error(status, why)
    } else {
        let lang = page::page_lang(path.trim_start_matches('/').split('/').next().unwrap_or("")).unwrap_or(Lang::En);
        match (status, why) {
            (_, Some(Unexplained::SignIn)) => {
                let to = format!("/{}/sign-in?next={}", lang.code(), page::encode_component(&back));
                axum::response::Redirect::to(&to).into_response()
            }
            (StatusCode::NOT_FOUND, _) => page::not_found(&app, lang),
            (_, Some(Unexplained::Failed)) => page::error_page(&app, lang),
            (_, Some(Unexplained::Denied)) => page::forbidden(&app, lang),
            (_, Some(Unexplained::Nul)) => page::refusal_page(&app, lang, status, "nul"),
            (_, Some(Unexplained::RateLimited)) => page::refusal_page(&app, lang, status, "rate-limited"),
            _ => page::refusal_page(&app, lang, status, "too-large"),
        }
    };
    if let Some(after) = retry_after {
        explained.headers_mut().insert(header::RETRY_AFTER, after);
    }
    explained
}

fn too_large(path_is_taxii: bool) -> String {
    if path_is_taxii {
        format!("the request body is over {} bytes (the API root's max_content_length)", crate::middleware::TAXII_LIMIT)
    } else {
        format!("the request body is over {} bytes", crate::middleware::BODY_LIMIT)
    }
}

const NUL: &str = "the request contains a NUL character (U+0000), which is not text: remove it and send again";
const RATE_LIMITED: &str = "more requests than this address or token may send in a minute: wait, then try again";
const FAILED: &str = "the server failed to answer this request; it is logged: try again later";

fn taxii_words(status: StatusCode, why: Option<Unexplained>) -> (&'static str, String) {
    match (status, why) {
        (StatusCode::PAYLOAD_TOO_LARGE, _) => ("envelope too large", too_large(true)),
        (_, Some(Unexplained::Nul)) => ("NUL character", NUL.into()),
        (_, Some(Unexplained::RateLimited)) => ("too many requests", RATE_LIMITED.into()),
        (_, Some(Unexplained::Failed)) => ("internal error", FAILED.into()),
        (StatusCode::NOT_FOUND, _) => ("not found", "no such resource".into()),
        (StatusCode::UNAUTHORIZED, _) => (
            "unauthenticated",
            "send an API token as Authorization: Bearer, or as the password of Basic authentication".into(),
        ),
        _ => ("forbidden", "this token's roles (or scopes) do not allow exchanging messages".into()),
    }
}

fn api_error(status: StatusCode, why: Option<Unexplained>) -> Response {
    let (code, message) = match (status, why) {
        (StatusCode::PAYLOAD_TOO_LARGE, _) => ("too_large", too_large(false)),
        (_, Some(Unexplained::Nul)) => ("nul_character", NUL.into()),
        (_, Some(Unexplained::RateLimited)) => ("rate_limited", RATE_LIMITED.into()),
        (_, Some(Unexplained::Failed)) => ("internal", FAILED.into()),
        (StatusCode::NOT_FOUND, _) => ("not_found", "no such resource".into()),
        (StatusCode::UNAUTHORIZED, _) => {
            ("unauthenticated", "sign in, or send an API token as Authorization: Bearer".into())
        }
        _ => ("forbidden", "your roles (or this token's scopes) do not allow this".into()),
    };
    let body = serde_json::json!({ "error": { "code": code, "message": message } });
    let mut response = (status, axum::Json(body)).into_response();
    if status == StatusCode::UNAUTHORIZED {
        response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    response
}
