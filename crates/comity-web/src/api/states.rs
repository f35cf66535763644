//! `/states`: Member and observer States, one or all, and a name in any language resolved to its State.

use super::{ApiError, ApiFailure, ApiResult, LangCode, json, parse_lang};
use crate::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use comity_states::{Resolution, State as MemberState};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// This part's operations, added to the API's router.
pub(super) fn routes(router: OpenApiRouter<AppState>) -> OpenApiRouter<AppState> {
    router.routes(routes!(list_states)).routes(routes!(resolve_state)).routes(routes!(get_state))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
struct ListStatesQuery {
    /// Keep States whose name (any language, current or former), or code, contains this text.
    #[param(max_length = 200)]
    q: Option<String>,
    /// Order by this language's alphabetical order of short names; without it, the UN order
    /// (English short names).
    #[param(value_type = Option<LangCode>)]
    lang: Option<String>,
}

/// List Member States and observer States.
#[utoipa::path(get, path = "/states", tag = "states", params(ListStatesQuery),
    responses((status = 200, description = "States in the requested order", body = Vec<MemberState>), (status = 400, body = ApiError)))]
async fn list_states(State(app): State<AppState>, query: Result<Query<ListStatesQuery>, QueryRejection>) -> ApiResult {
    let Query(query) = query?;
    let lang = parse_lang(query.lang.as_deref())?;
    if query.q.as_deref().is_some_and(|q| q.chars().count() > MAX_NAME_CHARS) {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "query_too_long",
            format!("q holds at most {MAX_NAME_CHARS} characters"),
        ));
    }
    let states = &app.catalog.states;
    let filter = query.q.as_deref().filter(|q| !q.trim().is_empty()).map(|q| states.matching(q));
    let keep = |s: &&MemberState| filter.as_ref().is_none_or(|f| f.contains(s.iso3.as_str()));
    let list: Vec<&MemberState> = match lang {
        Some(lang) => states.in_language_order(lang).filter(keep).collect(),
        None => states.un_order().iter().filter(keep).collect(),
    };
    Ok(json(StatusCode::OK, &list))
}

/// One State, by ISO 3166-1 alpha-3, alpha-2 or M49 code.
#[utoipa::path(get, path = "/states/{code}", tag = "states",
    params(("code" = String, Path, description = "ISO 3166-1 alpha-3 or alpha-2 code, or M49 code", example = "CZE")),
    responses((status = 200, body = MemberState), (status = 404, body = ApiError)))]
async fn get_state(State(app): State<AppState>, Path(code): Path<String>) -> ApiResult {
    let state = app.catalog.states.get(&code).ok_or_else(|| {
        ApiFailure::new(StatusCode::NOT_FOUND, "unknown_state", format!("no State has the code {code:?}"))
    })?;
    Ok(json(StatusCode::OK, state))
}

/// The longest name `resolve` takes: the longest formal name of a State is under 70 characters.
const MAX_NAME_CHARS: usize = 200;

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
struct ResolveQuery {
    /// A State's name as written in a document, in any official language, current or former.
    #[param(max_length = 200)]
    name: String,
}

/// The State a name designates, or the closest candidates.
#[derive(Serialize, ToSchema)]
pub(super) struct Resolved<'a> {
    /// The State, when the name designates exactly one.
    #[schema(value_type = Option<MemberState>)]
    state: Option<&'a MemberState>,
    /// What the name matched: `code`, `short_name`, `formal_name` or `alias`.
    matched: Option<comity_states::Matched>,
    #[schema(value_type = Vec<Candidate>)]
    candidates: Vec<comity_states::Candidate<'a>>,
}

#[derive(ToSchema)]
#[allow(dead_code)]
/// A State a name came close to.
pub(super) struct Candidate {
    iso3: String,
    name: String,
    distance: f32,
}

/// Resolve a name to a State.
#[utoipa::path(get, path = "/states/resolve", tag = "states", params(ResolveQuery),
    responses((status = 200, description = "The name designates a State", body = Resolved),
              (status = 404, description = "No State has this name; closest candidates listed", body = Resolved),
              (status = 400, body = ApiError)))]
async fn resolve_state(State(app): State<AppState>, query: Result<Query<ResolveQuery>, QueryRejection>) -> ApiResult {
    let Query(query) = query?;
    // Resolution compares the name with every State's names: its cost grows with the length.
    if query.name.chars().count() > MAX_NAME_CHARS {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "name_too_long",
            format!("name holds at most {MAX_NAME_CHARS} characters; no State's name is longer"),
        ));
    }
    Ok(match app.catalog.states.resolve(&query.name) {
        Resolution::Found { state, matched } => {
            json(StatusCode::OK, &Resolved { state: Some(state), matched: Some(matched), candidates: vec![] })
        }
        Resolution::NotFound { candidates } => {
            json(StatusCode::NOT_FOUND, &Resolved { state: None, matched: None, candidates })
        }
    })
}
