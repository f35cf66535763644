//! `/search`: full-text search over every paragraph of the record.

use super::documents::parse_kind;
use super::{ApiError, ApiFailure, ApiResult, LangCode, internal, json, parse_lang};
use crate::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use comity_store::{SearchQuery, SearchResults};
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// This part's operations, added to the API's router.
pub(super) fn routes(router: OpenApiRouter<AppState>) -> OpenApiRouter<AppState> {
    router.routes(routes!(search))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
struct SearchParams {
    /// Words to find; each must occur in the paragraph (after the language's analysis: Chinese
    /// word segmentation, stemming, Arabic normalisation, accents folded).
    #[param(min_length = 1, max_length = 500, pattern = r"\S")]
    q: String,
    /// Only this language; otherwise every language the query's script allows.
    #[param(value_type = Option<LangCode>)]
    lang: Option<String>,
    /// Only documents of this kind.
    #[param(value_type = Option<comity_documents::Kind>)]
    kind: Option<String>,
    /// Only documents of this session.
    session: Option<i64>,
    /// How many hits to return (1-100, default 20).
    #[param(minimum = 1, maximum = 100)]
    limit: Option<usize>,
    /// `relevance` (BM25, the default) or `newest` (newest session first).
    #[param(value_type = Option<SearchOrder>)]
    sort: Option<String>,
}

/// The order of search hits.
#[derive(serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
#[allow(dead_code)] // Named in the OpenAPI document; the query carries it as text.
pub(super) enum SearchOrder {
    Relevance,
    Newest,
}

/// Search every paragraph of the record; hits most relevant first (BM25 over at most the newest
/// 1,000 matches per language, newest first among equals) or newest first, with highlighted
/// snippets, a total and facets counted up to 1,000 matches per language.
#[utoipa::path(get, path = "/search", tag = "search", params(SearchParams),
    responses((status = 200, body = SearchResults), (status = 400, body = ApiError)))]
async fn search(State(app): State<AppState>, query: Result<Query<SearchParams>, QueryRejection>) -> ApiResult {
    let Query(query) = query?;
    let lang = parse_lang(query.lang.as_deref())?;
    let kind = parse_kind(query.kind.as_deref())?;
    let text = query.q.trim();
    if text.is_empty() || text.chars().count() > 500 {
        return Err(ApiFailure::new(StatusCode::BAD_REQUEST, "bad_query", "q must hold 1 to 500 characters"));
    }
    let limit = query.limit.unwrap_or(20);
    if !(1..=100).contains(&limit) {
        return Err(ApiFailure::new(StatusCode::BAD_REQUEST, "bad_limit", "limit must be between 1 and 100"));
    }
    let newest_first = match query.sort.as_deref() {
        None | Some("relevance") => false,
        Some("newest") => true,
        Some(_) => {
            return Err(ApiFailure::new(StatusCode::BAD_REQUEST, "bad_sort", "sort must be relevance or newest"));
        }
    };
    let results = app
        .store
        .search(&SearchQuery { text, lang, kind, session: query.session, limit, newest_first })
        .await
        .map_err(internal)?;
    Ok(json(StatusCode::OK, &results))
}
