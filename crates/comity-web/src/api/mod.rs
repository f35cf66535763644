//! The JSON API under `/api/v1`: the same reference data as the pages, for scripts and other
//! systems. Each route is declared once with its OpenAPI description (utoipa-axum), so the
//! document served at `/api/v1/openapi.json` cannot drift from the router. One module per
//! OpenAPI tag; here, what they share: the document, the error body, and how store errors
//! are told.

mod accounts;
mod contacts;
mod documents;
mod framework;
mod languages;
mod negotiations;
mod search;
mod states;
mod views;

use axum::extract::rejection::QueryRejection;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use comity_framework::{Element, Framework};
use comity_i18n::Lang;
use comity_states::{Names, State as MemberState, Status};
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;

use crate::AppState;
use comity_documents::Document;
use comity_store::{DocumentSummary, Lineage, SearchResults};

#[derive(OpenApi)]
#[openapi(
    info(title = "Comity API", description = "Reference data of the UN framework of responsible State behaviour in the use of ICTs: Member and observer States, the six official languages, the normative framework."),
    tags(
        (name = "states", description = "Member States and non-member observer States"),
        (name = "framework", description = "The normative framework"),
        (name = "languages", description = "The six official languages"),
        (name = "documents", description = "The record of the agenda item: resolutions, decisions, drafts and reports, their structure and lineage"),
        (name = "search", description = "Full-text search over every paragraph of the record"),
        (name = "views", description = "Reporting cycles, States' replies (drafts with a token; published ones as open data)"),
        (name = "contacts", description = "The Points of Contact directory: acknowledging communication checks"),
        (name = "negotiations", description = "Negotiating outcome texts: opening one (manage_negotiations), revisions, States' proposals and positions, the Chair's decisions, the silence procedure (reading needs read_negotiations unless a negotiation is public; a State's negotiators act for their own State)"),
        (name = "accounts", description = "The signed-in account, and the users and audit trail of the organisations its roles cover (API token as Authorization: Bearer)"),
    ),
    modifiers(&BearerAuth, &LayerRefusals),
    components(schemas(MemberState, Names, Status, Element, Framework, ApiError, ErrorBody, languages::Language, states::Resolved, states::Candidate,
        DocumentSummary, Document, Lineage, SearchResults, search::SearchOrder, accounts::Me, accounts::UserView, accounts::AuditEntryView, views::PublishedReply))
)]
struct ApiDoc;

/// Where the OpenAPI document is served under `/api/v1` (a route of its own, not an operation
/// it describes).
pub(crate) const DOCUMENT_PATH: &str = "/openapi.json";

pub(crate) fn router() -> OpenApiRouter<AppState> {
    let router = OpenApiRouter::with_openapi(ApiDoc::openapi());
    let router = states::routes(framework::routes(languages::routes(router)));
    let router = documents::routes(search::routes(router));
    let router = negotiations::routes(views::routes(contacts::routes(accounts::routes(router))));
    router.route(DOCUMENT_PATH, axum::routing::get(openapi_json))
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
pub(super) fn json<T: Serialize + ?Sized>(status: StatusCode, body: &T) -> Response {
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
pub(crate) struct ApiFailure {
    status: StatusCode,
    code: &'static str,
    message: String,
}

impl ApiFailure {
    pub(super) fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
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

pub(super) type ApiResult = Result<Response, ApiFailure>;

pub(super) fn parse_lang(lang: Option<&str>) -> Result<Option<Lang>, ApiFailure> {
    lang.map(|l| {
        l.parse::<Lang>().map_err(|e| ApiFailure::new(StatusCode::BAD_REQUEST, "unknown_language", e.to_string()))
    })
    .transpose()
}

/// An official language's code, as the API takes it.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
#[allow(dead_code)]
enum LangCode {
    Ar,
    Zh,
    En,
    Fr,
    Ru,
    Es,
}

/// A refusal of the store, as the API tells it: its code, the English sentence, and 409 for a
/// stale version (the client reads the reply again), 400 otherwise.
pub(super) fn refusal(r: comity_store::Refusal) -> ApiFailure {
    let status = match r {
        comity_store::Refusal::StaleVersion { .. } => StatusCode::CONFLICT,
        _ => StatusCode::BAD_REQUEST,
    };
    ApiFailure::new(status, r.code(), r.to_string())
}

/// A failure of the store: a refusal is the client's to mend; anything else is logged and
/// answered without its details.
pub(super) fn internal(e: comity_store::StoreError) -> ApiFailure {
    if let comity_store::StoreError::Refused(r) = e {
        return refusal(r);
    }
    tracing::error!(error = %e, "reading the record failed");
    ApiFailure::new(StatusCode::INTERNAL_SERVER_ERROR, "internal_error", "the record could not be read")
}

/// API tokens travel as `Authorization: Bearer comity_pat_...`.
struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("An API token created on the account page"))
                    .build(),
            ),
        );
    }
}

/// What the layers in front of every operation may answer, whatever the operation: 400 for a
/// NUL character in the query or body, 413 for a body over the limit, 429 past the rate limit
/// (with `Retry-After`). Written into every operation so that the document says what the
/// server does.
struct LayerRefusals;

impl utoipa::Modify for LayerRefusals {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        let refusal = |description: &str| {
            ResponseBuilder::new()
                .description(description)
                .content(
                    "application/json",
                    ContentBuilder::new().schema(Some(Ref::from_schema_name("ApiError"))).build(),
                )
                .build()
        };
        for item in openapi.paths.paths.values_mut() {
            for operation in [&mut item.get, &mut item.put, &mut item.post].into_iter().flatten() {
                let responses = &mut operation.responses.responses;
                responses.entry("400".into()).or_insert_with(|| refusal("A NUL character in the request").into());
                responses.entry("429".into()).or_insert_with(|| {
                    refusal("More requests than the address or token may send in a minute; see Retry-After").into()
                });
                if operation.request_body.is_some() {
                    responses.entry("413".into()).or_insert_with(|| refusal("The body is over the limit").into());
                }
            }
        }
    }
}
