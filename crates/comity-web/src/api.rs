//! The JSON API under `/api/v1`: the same reference data as the pages, for scripts and other
//! systems. Each route is declared once with its OpenAPI description (utoipa-axum), so the
//! document served at `/api/v1/openapi.json` cannot drift from the router.

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use comity_framework::{Element, Framework};
use comity_i18n::Lang;
use comity_states::{Names, Resolution, State as MemberState, Status};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;

#[derive(OpenApi)]
#[openapi(
    info(title = "Comity API", description = "Reference data of the UN framework of responsible State behaviour in the use of ICTs: Member and observer States, the six official languages, the normative framework."),
    tags(
        (name = "states", description = "Member States and non-member observer States"),
        (name = "framework", description = "The normative framework"),
        (name = "languages", description = "The six official languages"),
    ),
    components(schemas(MemberState, Names, Status, Element, Framework, ApiError, ErrorBody, Language, Resolved, Candidate))
)]
struct ApiDoc;

pub(crate) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(list_states))
        .routes(routes!(resolve_state))
        .routes(routes!(get_state))
        .routes(routes!(get_framework))
        .routes(routes!(get_element))
        .routes(routes!(list_languages))
        .route("/openapi.json", axum::routing::get(openapi_json))
}

/// The OpenAPI document of the API, as served.
pub fn openapi_document() -> utoipa::openapi::OpenApi {
    let (_, mut doc) = router().split_for_parts();
    doc.servers = Some(vec![utoipa::openapi::Server::new("/api/v1")]);
    doc
}

async fn openapi_json() -> Response {
    json(StatusCode::OK, &openapi_document())
}

/// Serialises a body once; references into the catalog need no cloning.
fn json<T: Serialize + ?Sized>(status: StatusCode, body: &T) -> Response {
    match serde_json::to_vec(body) {
        Ok(bytes) => (status, [(header::CONTENT_TYPE, "application/json")], bytes).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "response failed to serialise");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// An error answer: a stable machine-readable code and a sentence for people.
#[derive(Serialize, ToSchema)]
pub(crate) struct ApiError {
    error: ErrorBody,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct ErrorBody {
    /// Stable, snake_case; clients translate by it.
    code: &'static str,
    message: String,
}

/// A request the API cannot answer; rendered as an [`ApiError`] body.
struct ApiFailure {
    status: StatusCode,
    code: &'static str,
    message: String,
}

impl ApiFailure {
    fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ApiFailure { status, code, message: message.into() }
    }
}

impl IntoResponse for ApiFailure {
    fn into_response(self) -> Response {
        json(self.status, &ApiError { error: ErrorBody { code: self.code, message: self.message } })
    }
}

impl From<QueryRejection> for ApiFailure {
    fn from(rejection: QueryRejection) -> Self {
        ApiFailure::new(StatusCode::BAD_REQUEST, "bad_query", rejection.body_text())
    }
}

type ApiResult = Result<Response, ApiFailure>;

fn parse_lang(lang: Option<&str>) -> Result<Option<Lang>, ApiFailure> {
    lang.map(|l| {
        l.parse::<Lang>().map_err(|e| ApiFailure::new(StatusCode::BAD_REQUEST, "unknown_language", e.to_string()))
    })
    .transpose()
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
struct ListStatesQuery {
    /// Keep States whose name (any language, current or former), or code, contains this text.
    q: Option<String>,
    /// Order by this language's alphabetical order of short names; without it, the UN order
    /// (English short names).
    lang: Option<String>,
}

/// List Member States and observer States.
#[utoipa::path(get, path = "/states", tag = "states", params(ListStatesQuery),
    responses((status = 200, description = "States in the requested order", body = Vec<MemberState>), (status = 400, body = ApiError)))]
async fn list_states(State(app): State<AppState>, query: Result<Query<ListStatesQuery>, QueryRejection>) -> ApiResult {
    let Query(query) = query?;
    let lang = parse_lang(query.lang.as_deref())?;
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

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
struct ResolveQuery {
    /// A State's name as written in a document, in any official language, current or former.
    name: String,
}

/// The State a name designates, or the closest candidates.
#[derive(Serialize, ToSchema)]
struct Resolved<'a> {
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
struct Candidate {
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
    Ok(match app.catalog.states.resolve(&query.name) {
        Resolution::Found { state, matched } => {
            json(StatusCode::OK, &Resolved { state: Some(state), matched: Some(matched), candidates: vec![] })
        }
        Resolution::NotFound { candidates } => {
            json(StatusCode::NOT_FOUND, &Resolved { state: None, matched: None, candidates })
        }
    })
}

/// The whole normative framework, pillars each followed by their elements.
#[utoipa::path(get, path = "/framework", tag = "framework", responses((status = 200, body = Framework)))]
async fn get_framework(State(app): State<AppState>) -> Response {
    json(StatusCode::OK, &app.catalog.framework)
}

/// One element of the framework.
#[utoipa::path(get, path = "/framework/{id}", tag = "framework",
    params(("id" = String, Path, description = "Stable identifier of the element", example = "norm-h")),
    responses((status = 200, body = Element), (status = 404, body = ApiError)))]
async fn get_element(State(app): State<AppState>, Path(id): Path<String>) -> ApiResult {
    let element = app.catalog.framework.get(&id).ok_or_else(|| {
        ApiFailure::new(
            StatusCode::NOT_FOUND,
            "unknown_framework_element",
            format!("no framework element has the id {id:?}"),
        )
    })?;
    Ok(json(StatusCode::OK, element))
}

/// One official language.
#[derive(Serialize, ToSchema)]
struct Language {
    /// BCP 47 code.
    code: &'static str,
    /// The language's name in itself.
    native_name: &'static str,
    /// `ltr` or `rtl`.
    direction: &'static str,
}

/// The six official languages, in the UN's order.
#[utoipa::path(get, path = "/languages", tag = "languages", responses((status = 200, body = Vec<Language>)))]
async fn list_languages() -> Response {
    let languages: Vec<Language> = Lang::ALL
        .into_iter()
        .map(|l| Language { code: l.code(), native_name: l.native_name(), direction: l.direction().as_str() })
        .collect();
    json(StatusCode::OK, &languages)
}
