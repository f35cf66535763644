//! A reply's steps: saves (each a version; one made from an older version is refused), submit,
//! withdraw and publish.

use super::question_field;
use super::reply::{Kept, reply_page, reply_page_keeping};
use crate::AppState;
use crate::access::Visitor;
use crate::pages::page::{Found, Page, PageCtx, PageError, failure};
use axum::body::Bytes;
use axum::extract::Path;
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use comity_access::Permission;
use comity_i18n::Lang;
use comity_reporting::Action;
use comity_store::StoreError;

/// Saves the reply's answers as a new version (from the version the form was made from).
pub(crate) async fn save(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, id, org)): Path<(String, String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let state = org.to_ascii_uppercase();
    let page = Page::new(lang, &app.catalog.messages, "reply", &uri);
    let cycle = app.store.cycle(&id).await.found("reading a cycle")?;
    let mut version = None;
    let mut original = lang.code().to_string();
    let mut answers = std::collections::BTreeMap::new();
    let mut measures: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for (key, value) in form_urlencoded::parse(&body) {
        match key.as_ref() {
            "version" => version = value.parse::<i64>().ok(),
            "lang" => original = value.into_owned(),
            // The structured reply: its keys go to the store as they are (it checks them);
            // the kinds of measures arrive one checkbox each.
            k if k.starts_with("survey/") && k.contains("/measures/") => {
                if let Some((norm, measure)) = k.trim_start_matches("survey/").split_once("/measures/") {
                    measures.entry(norm.to_string()).or_default().push(measure.to_string());
                }
            }
            k if (k.starts_with("element/") || k.starts_with("survey/")) && value.chars().count() <= 200_000 => {
                if !value.trim().is_empty() {
                    answers.insert(k.to_string(), value.replace("\r\n", "\n"));
                }
            }
            k => match question_field(&cycle, k) {
                Some(q) if value.chars().count() <= 200_000 => {
                    answers.insert(q.label.clone(), value.replace("\r\n", "\n"));
                }
                _ => {
                    let notice = Some(page.t_with("form-unknown-field", "field", k));
                    return reply_page(&app, lang, &uri, &visitor, (&id, &state), (notice, StatusCode::BAD_REQUEST))
                        .await;
                }
            },
        }
    }
    for (norm, chosen) in measures {
        answers.insert(format!("survey/{norm}/measures"), chosen.join(","));
    }
    let Some(version) = version else {
        let notice = Some(page.t_with("form-unknown-field", "field", "version"));
        return reply_page(&app, lang, &uri, &visitor, (&id, &state), (notice, StatusCode::BAD_REQUEST)).await;
    };
    let actor = visitor.actor(Some(Permission::DraftSubmission));
    Ok(match app.store.save_reply(&id, &state, &original, &answers, version, &actor).await {
        Ok(v) => {
            let notice = Some(page.t_with("reply-saved", "version", &v.to_string()));
            reply_page(&app, lang, &uri, &visitor, (&id, &state), (notice, StatusCode::OK)).await?
        }
        Err(StoreError::Refused(reason @ comity_store::Refusal::StaleVersion { current, .. })) => {
            // Nothing typed is lost: the form comes back with the visitor's text, what was saved
            // meanwhile beside it, and the newer version to save on top of.
            let notice = format!(
                "{} {}",
                page.refusal(&reason),
                page.t_with("reply-conflict-kept", "version", &current.to_string())
            );
            let kept = Kept { answers, lang: original };
            reply_page_keeping(
                &app,
                lang,
                &uri,
                &visitor,
                (&id, &state),
                (Some(notice), StatusCode::CONFLICT),
                Some(&kept),
            )
            .await?
        }
        Err(StoreError::Refused(reason)) => {
            let notice = Some(page.refusal(&reason));
            reply_page(&app, lang, &uri, &visitor, (&id, &state), (notice, StatusCode::BAD_REQUEST)).await?
        }
        Err(e) => return Err(failure("saving a reply", &e)),
    })
}

async fn act(
    app: AppState,
    lang: Lang,
    id: String,
    org: String,
    visitor: Visitor,
    uri: Uri,
    action: Action,
) -> Result<Response, PageError> {
    let state = org.to_ascii_uppercase();
    let page = Page::new(lang, &app.catalog.messages, "reply", &uri);
    Ok(match app.store.reply_action(&id, &state, action, &visitor.actor(Some(action.permission()))).await {
        Ok(to) => {
            let notice = Some(page.t_key("reply-now-", to.as_str()));
            reply_page(&app, lang, &uri, &visitor, (&id, &state), (notice, StatusCode::OK)).await?
        }
        Err(StoreError::Refused(reason)) => {
            let notice = Some(page.refusal(&reason));
            reply_page(&app, lang, &uri, &visitor, (&id, &state), (notice, StatusCode::CONFLICT)).await?
        }
        Err(e) => return Err(failure("moving a reply", &e)),
    })
}

pub(crate) async fn submit(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, id, org)): Path<(String, String, String)>,
) -> Result<Response, PageError> {
    act(app, lang, id, org, visitor, uri, Action::Submit).await
}

pub(crate) async fn withdraw(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, id, org)): Path<(String, String, String)>,
) -> Result<Response, PageError> {
    act(app, lang, id, org, visitor, uri, Action::Withdraw).await
}

pub(crate) async fn publish(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, id, org)): Path<(String, String, String)>,
) -> Result<Response, PageError> {
    act(app, lang, id, org, visitor, uri, Action::Publish).await
}
