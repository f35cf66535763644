//! The home page of each language.

use askama::Template;
use axum::extract::State;
use axum::http::Uri;
use axum::response::Response;

use super::page::{Page, PageLang, render};
use crate::AppState;

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage<'a> {
    page: Page<'a>,
    state_count: usize,
}

pub(crate) async fn home(State(app): State<AppState>, PageLang(lang): PageLang, uri: Uri) -> Response {
    render(&HomePage {
        page: Page::new(lang, &app.catalog.messages, "home", &uri),
        state_count: app.catalog.states.len(),
    })
}
