//! Translations of a reply attached by the Secretariat's translation services.

use super::question_field;
use super::reply::reply_page;
use crate::pages::page::{Found, Page, PageCtx, PageError, failure};
use axum::body::Bytes;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use comity_access::Permission;
use comity_store::StoreError;

/// Attaches a translation of the reply (the Secretariat's translation services): a language,
/// its status, and the translated answers.
pub(crate) async fn translate(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, id, org)): Path<(String, String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let state = org.to_ascii_uppercase();
    let page = Page::new(lang, &app.catalog.messages, "reply", &uri);
    let cycle = app.store.cycle(&id).await.found("reading a cycle")?;
    let (mut into, mut status) = (String::new(), String::new());
    let mut answers = std::collections::BTreeMap::new();
    for (key, value) in form_urlencoded::parse(&body) {
        match key.as_ref() {
            "into" => into = value.into_owned(),
            "status" => status = value.into_owned(),
            k => match question_field(&cycle, k) {
                Some(q) => {
                    if !value.trim().is_empty() {
                        answers.insert(q.label.clone(), value.replace("\r\n", "\n"));
                    }
                }
                None => {
                    let notice = Some(page.t_with("form-unknown-field", "field", k));
                    return reply_page(&app, lang, &uri, &visitor, (&id, &state), (notice, StatusCode::BAD_REQUEST))
                        .await;
                }
            },
        }
    }
    let actor = visitor.actor(Some(Permission::EditReport));
    let (notice, code) = match app.store.set_translation(&id, &state, &into, &status, &answers, &actor).await {
        Ok(()) => (Some(page.t("reply-translation-saved")), StatusCode::OK),
        Err(StoreError::Refused(reason)) => (Some(page.refusal(&reason)), StatusCode::BAD_REQUEST),
        Err(e) => return Err(failure("saving a translation", &e)),
    };
    reply_page(&app, lang, &uri, &visitor, (&id, &state), (notice, code)).await
}
