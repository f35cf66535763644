//! `/documents`: the record of the agenda item, one document with its language versions, and its lineage.

use super::{ApiError, ApiFailure, ApiResult, LangCode, internal, json, parse_lang};
use crate::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use comity_documents::{Document, Kind};
use comity_i18n::Lang;
use comity_store::{DocumentSummary, Lineage};
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// This part's operations, added to the API's router.
pub(super) fn routes(router: OpenApiRouter<AppState>) -> OpenApiRouter<AppState> {
    router.routes(routes!(list_documents)).routes(routes!(get_document)).routes(routes!(get_lineage))
}

pub(super) fn parse_kind(kind: Option<&str>) -> Result<Option<&str>, ApiFailure> {
    kind.map(|k| {
        serde_json::from_value::<Kind>(serde_json::Value::String(k.to_string())).map(|_| k).map_err(|_| {
            ApiFailure::new(
                StatusCode::BAD_REQUEST,
                "unknown_kind",
                format!(
                    "{k:?} is not a kind of document; use resolution, draft_resolution, decision, draft_decision, report or other"
                ),
            )
        })
    })
    .transpose()
}

fn parse_symbol(symbol: &str) -> Result<String, ApiFailure> {
    comity_documents::normalise_symbol(symbol).ok_or_else(|| {
        ApiFailure::new(
            StatusCode::NOT_FOUND,
            "unknown_document",
            format!("{symbol:?} is not a document symbol (e.g. A/RES/76/19, written A%2FRES%2F76%2F19 in the path)"),
        )
    })
}

fn not_in_record(symbol: &str) -> ApiFailure {
    ApiFailure::new(StatusCode::NOT_FOUND, "unknown_document", format!("{symbol} is not in the record"))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
struct ListDocumentsQuery {
    /// Only documents of this session of the General Assembly.
    session: Option<i64>,
    /// Only documents of this kind: `resolution`, `draft_resolution`, `decision`,
    /// `draft_decision`, `report` or `other`.
    #[param(value_type = Option<comity_documents::Kind>)]
    kind: Option<String>,
}

/// The documents of the record, newest session first.
#[utoipa::path(get, path = "/documents", tag = "documents", params(ListDocumentsQuery),
    responses((status = 200, body = Vec<DocumentSummary>), (status = 400, body = ApiError)))]
async fn list_documents(
    State(app): State<AppState>,
    query: Result<Query<ListDocumentsQuery>, QueryRejection>,
) -> ApiResult {
    let Query(query) = query?;
    let kind = parse_kind(query.kind.as_deref())?;
    let docs = app.store.list_documents(query.session, kind).await.map_err(internal)?;
    Ok(json(StatusCode::OK, &docs))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
struct DocumentQuery {
    /// The language version; without it, English when held, else the first version held.
    #[param(value_type = Option<LangCode>)]
    lang: Option<String>,
}

/// One language version of a document: its structure as the parser reads it (paragraphs with
/// their verbs, items, footnotes, citations, sponsors).
#[utoipa::path(get, path = "/documents/{symbol}", tag = "documents",
    params(("symbol" = String, Path, description = "The document symbol, its slashes percent-encoded", example = "A%2FRES%2F76%2F19"), DocumentQuery),
    responses((status = 200, body = Document), (status = 404, body = ApiError), (status = 400, body = ApiError)))]
async fn get_document(
    State(app): State<AppState>,
    Path(symbol): Path<String>,
    query: Result<Query<DocumentQuery>, QueryRejection>,
) -> ApiResult {
    let Query(query) = query?;
    let lang = parse_lang(query.lang.as_deref())?;
    let symbol = parse_symbol(&symbol)?;
    let summary = app.store.document_summary(&symbol).await.map_err(internal)?.ok_or_else(|| not_in_record(&symbol))?;
    let held: Vec<Lang> = summary.languages.iter().filter_map(|c| c.parse().ok()).collect();
    let chosen = match lang {
        Some(l) if held.contains(&l) => l,
        Some(l) => {
            return Err(ApiFailure::new(
                StatusCode::NOT_FOUND,
                "language_not_held",
                format!("{symbol} is not held in {}; it is held in {}", l.code(), summary.languages.join(", ")),
            ));
        }
        None => held
            .iter()
            .copied()
            .find(|l| *l == Lang::En)
            .or(held.first().copied())
            .ok_or_else(|| not_in_record(&symbol))?,
    };
    let value = app
        .store
        .document_version(&symbol, chosen.code())
        .await
        .map_err(internal)?
        .ok_or_else(|| not_in_record(&symbol))?;
    Ok(json(StatusCode::OK, &value))
}

/// What a document cites and what cites it, transitively, with the texts the record lacks and
/// the agenda item's history across sessions.
#[utoipa::path(get, path = "/documents/{symbol}/lineage", tag = "documents",
    params(("symbol" = String, Path, description = "The document symbol, its slashes percent-encoded", example = "A%2FRES%2F76%2F19")),
    responses((status = 200, body = Lineage), (status = 404, body = ApiError)))]
async fn get_lineage(State(app): State<AppState>, Path(symbol): Path<String>) -> ApiResult {
    let symbol = parse_symbol(&symbol)?;
    let lineage = app.store.lineage(&symbol).await.map_err(internal)?.ok_or_else(|| not_in_record(&symbol))?;
    Ok(json(StatusCode::OK, &lineage))
}
