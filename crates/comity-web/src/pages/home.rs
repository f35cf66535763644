//! The home page of each language.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, Uri};
use axum::response::Response;

use super::{Page, page_lang, render};
use crate::AppState;

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage<'a> {
    page: Page<'a>,
    state_count: usize,
}

pub(crate) async fn home(
    State(app): State<AppState>,
    Path(lang): Path<String>,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let Some(lang) = page_lang(&lang) else { return super::not_found(&app, super::preferred_language(&headers)) };
    render(&HomePage {
        page: Page::new(lang, &app.catalog.messages, "home", &uri),
        state_count: app.catalog.states.len(),
    })
}
