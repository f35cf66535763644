//! Signing in and out, the second factor, and what a signed-in person sees of their own
//! account (sessions, API tokens) and of the organisations their roles cover (users, audit
//! trail). Every form is a plain POST; every state change is audited by the store.

pub(crate) mod links;
pub(crate) mod org;
pub(crate) mod own;
pub(crate) mod signin;

use super::page::Page;
use crate::AppState;
use crate::access::SESSION_COOKIE;
use axum::body::Bytes;
use axum::http::header;
use axum::response::Response;
use comity_access::OrgRef;
use comity_i18n::Lang;

/// Fields of a posted form, each at most once, none unknown: anything else is refused.
fn form_fields(body: &Bytes, known: &[&str]) -> Result<Vec<(String, String)>, String> {
    let mut out: Vec<(String, String)> = Vec::new();
    for (k, v) in form_urlencoded::parse(body) {
        if !known.contains(&k.as_ref()) {
            return Err(k.into_owned());
        }
        if v.chars().count() > 1000 {
            return Err(k.into_owned());
        }
        out.push((k.into_owned(), v.into_owned()));
    }
    Ok(out)
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("")
}

/// Only paths on this site are followed after sign-in: one that parses back to itself as a
/// path and query, with no control character or white space (browsers drop tabs and newlines,
/// so `/\t/evil.example` would be read as `//evil.example`), no `//` and no backslash.
pub(crate) fn safe_next(lang: Lang, next: &str) -> String {
    let same_origin_path = next.starts_with('/')
        && !next.contains("//")
        && !next.contains('\\')
        && !next.chars().any(|c| c.is_control() || c.is_whitespace())
        && !next.contains("/sign-")
        && next.parse::<axum::http::uri::PathAndQuery>().is_ok_and(|p| p.as_str() == next);
    if same_origin_path { next.to_string() } else { format!("/{}/account", lang.code()) }
}

fn session_cookie(token: &str, max_age: i64) -> String {
    format!("{SESSION_COOKIE}={token}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age={max_age}")
}

fn with_cookie(mut response: Response, cookie: String) -> Response {
    if let Ok(value) = header::HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

pub(super) struct ScopeChoice {
    value: &'static str,
    label: String,
}

fn org_label(app: &AppState, lang: Lang, org: &OrgRef, page: &Page<'_>) -> String {
    match org {
        OrgRef::Secretariat => page.t("org-secretariat"),
        OrgRef::State(iso3) => {
            app.catalog.states.get(iso3).map(|s| s.short_name(lang).to_string()).unwrap_or_else(|| iso3.clone())
        }
    }
}
