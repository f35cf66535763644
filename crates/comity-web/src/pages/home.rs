//! The home page of each language.

use askama::Template;
use axum::response::Response;

use super::page::{Page, PageCtx, PageError, render};

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage<'a> {
    page: Page<'a>,
    state_count: usize,
}

pub(crate) async fn home(PageCtx { app, lang, uri, .. }: PageCtx) -> Result<Response, PageError> {
    Ok(render(&HomePage {
        page: Page::new(lang, &app.catalog.messages, "home", &uri),
        state_count: app.catalog.states.len(),
    }))
}
