//! Every saved version of a reply, and two of them compared word by word.

use super::word_runs;
use crate::pages::page::{Page, PageCtx, PageError, failure, render_private};
use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use comity_i18n::Lang;

#[derive(serde::Deserialize, Default)]
pub(crate) struct CompareQuery {
    from: Option<i64>,
    to: Option<i64>,
}

struct VersionRow {
    version: i64,
    saved: String,
}

struct ChangedAnswer {
    label: String,
    /// Runs of (mark, text): mark is `ins`, `del` or empty.
    runs: Vec<(&'static str, String)>,
}

#[derive(Template)]
#[template(path = "reply_versions.html")]
struct VersionsPage<'a> {
    page: Page<'a>,
    cycle_id: String,
    state_code: String,
    state_name: String,
    versions: Vec<VersionRow>,
    from: i64,
    to: i64,
    text_lang: String,
    answers: Vec<ChangedAnswer>,
}

/// Every saved version of a State's reply, and two of them compared word by word (by default
/// the last two).
pub(crate) async fn versions(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, id, org)): Path<(String, String, String)>,
    query: Result<axum::extract::Query<CompareQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, PageError> {
    let state = org.to_ascii_uppercase();
    // The versions before submission are the State's workings: its own users read them.
    if !visitor.reads_for_state(&state) {
        return Err(PageError::NotFound);
    }
    let Some(state_entry) = app.catalog.states.get(&state) else { return Err(PageError::NotFound) };
    let reply = match app.store.replies(&id, Some(&state)).await {
        Ok(r) => r.into_iter().next(),
        Err(e) => return Err(failure("reading a reply", &e)),
    };
    let Some(reply) = reply else { return Err(PageError::NotFound) };
    let all = match app.store.reply_versions(&reply.id).await {
        Ok(v) => v,
        Err(e) => return Err(failure("reading a reply's versions", &e)),
    };
    let latest = all.last().map(|v| v.version).unwrap_or(0);
    let axum::extract::Query(q) = query.unwrap_or_default();
    let to = q.to.filter(|v| all.iter().any(|x| x.version == *v)).unwrap_or(latest);
    let from = q.from.filter(|v| all.iter().any(|x| x.version == *v)).unwrap_or((to - 1).max(1));
    let empty = std::collections::BTreeMap::new();
    let answers_of = |n: i64| all.iter().find(|v| v.version == n).map(|v| &v.answers).unwrap_or(&empty);
    let (old, new) = (answers_of(from), answers_of(to));
    let text_lang: Lang = reply.original_lang.parse().unwrap_or(Lang::En);
    let mut labels: Vec<&String> = old.keys().chain(new.keys()).collect();
    labels.sort();
    labels.dedup();
    let answers = labels
        .into_iter()
        .filter(|label| !(old.get(*label).is_none_or(|a| a.is_empty()) && new.get(*label).is_none_or(|a| a.is_empty())))
        .map(|label| {
            let a = old.get(label).map(String::as_str).unwrap_or("");
            let b = new.get(label).map(String::as_str).unwrap_or("");
            ChangedAnswer { label: label.clone(), runs: word_runs(text_lang, a, b) }
        })
        .collect();
    let page = Page::new(lang, &app.catalog.messages, "reply", &uri);
    Ok(render_private(
        StatusCode::OK,
        &VersionsPage {
            versions: all
                .iter()
                .map(|v| VersionRow {
                    version: v.version,
                    saved: v.created_at.chars().take(16).collect::<String>().replace('T', " "),
                })
                .collect(),
            cycle_id: id,
            state_code: state_entry.iso3.clone(),
            state_name: state_entry.short_name(lang).to_string(),
            text_lang: text_lang.code().to_string(),
            from,
            to,
            answers,
            page,
        },
    ))
}
