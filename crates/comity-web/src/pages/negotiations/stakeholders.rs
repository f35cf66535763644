//! A stakeholder's written input, given from the negotiation's page without JavaScript: on a
//! paragraph of the current revision, by the account accredited to speak for its
//! organisation, shown apart from States' proposals and never counted as a position.

use axum::body::Bytes;
use axum::extract::Path;
use axum::response::Response;

use super::{CompilationQuery, back, compilation_page, told};
use crate::pages::page::{PageCtx, PageError};

/// Gives the visitor's organisation's written input (`place`, `text`); refused in the page's
/// language, with the input kept in its form and nothing changed.
pub(crate) async fn give_input(
    ctx: PageCtx,
    Path((_, name)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let (mut place, mut text) = (String::new(), String::new());
    for (key, value) in form_urlencoded::parse(&body) {
        match key.as_ref() {
            "place" => place = value.into_owned(),
            "text" => text = value.replace("\r\n", "\n"),
            _ => {}
        }
    }
    let actor = ctx.visitor.actor(None);
    match ctx.app.store.give_input(&name, &place, &text, &actor, jiff::Timestamp::now()).await {
        Ok(input) => Ok(back(&ctx, &name, "input", &format!("#{}", input.place))),
        Err(e) => {
            let errors = told(&ctx, e)?;
            let query = CompilationQuery { input: Some(place), input_text: Some(text), ..CompilationQuery::default() };
            compilation_page(&ctx, &name, &query, errors, None).await
        }
    }
}
