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
use comity_documents::{Document, Kind};
use comity_store::{DocumentSummary, Lineage, SearchQuery, SearchResults};

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
        (name = "accounts", description = "The signed-in account, and the users and audit trail of the organisations its roles cover (API token as Authorization: Bearer)"),
    ),
    modifiers(&BearerAuth, &LayerRefusals),
    components(schemas(MemberState, Names, Status, Element, Framework, ApiError, ErrorBody, Language, Resolved, Candidate,
        DocumentSummary, Document, Lineage, SearchResults, Me, UserView, AuditEntryView, PublishedReply))
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
        .routes(routes!(list_documents))
        .routes(routes!(get_document))
        .routes(routes!(get_lineage))
        .routes(routes!(search))
        .routes(routes!(me))
        .routes(routes!(org_users))
        .routes(routes!(org_audit))
        .routes(routes!(whole_audit))
        .routes(routes!(audit_checkpoints))
        .routes(routes!(published_replies))
        .route("/cycles/{id}/replies.csv", axum::routing::get(published_replies_csv))
        .routes(routes!(acknowledge_check))
        .routes(routes!(list_cycles))
        .routes(routes!(get_draft, put_draft))
        .routes(routes!(all_published_replies))
        .route("/replies.csv", axum::routing::get(all_published_replies_csv))
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

/// A refusal of the store, as the API tells it: its code, the English sentence, and 409 for a
/// stale version (the client reads the reply again), 400 otherwise.
fn refusal(r: comity_store::Refusal) -> ApiFailure {
    let status = match r {
        comity_store::Refusal::StaleVersion { .. } => StatusCode::CONFLICT,
        _ => StatusCode::BAD_REQUEST,
    };
    ApiFailure::new(status, r.code(), r.to_string())
}

/// A failure of the store: a refusal is the client's to mend; anything else is logged and
/// answered without its details.
fn internal(e: comity_store::StoreError) -> ApiFailure {
    if let comity_store::StoreError::Refused(r) = e {
        return refusal(r);
    }
    tracing::error!(error = %e, "reading the record failed");
    ApiFailure::new(StatusCode::INTERNAL_SERVER_ERROR, "internal_error", "the record could not be read")
}

fn parse_kind(kind: Option<&str>) -> Result<Option<&str>, ApiFailure> {
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
}

/// Search every paragraph of the record; hits newest session first, with highlighted snippets,
/// a total and facets counted up to 1,000 matches per language.
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
    let results =
        app.store.search(&SearchQuery { text, lang, kind, session: query.session, limit }).await.map_err(internal)?;
    Ok(json(StatusCode::OK, &results))
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

/// The signed-in account.
#[derive(Serialize, ToSchema)]
struct Me {
    email: String,
    name: String,
    lang: String,
    /// `ORG:role`, e.g. `FRA:focal_point`, `SECRETARIAT:admin`.
    roles: Vec<String>,
    /// For an API token: the permissions it is limited to.
    scopes: Option<Vec<String>>,
}

fn roles(memberships: &[comity_access::Membership]) -> Vec<String> {
    memberships.iter().map(|m| format!("{}:{}", m.org.code(), m.role.as_str())).collect()
}

/// Who is asking.
#[utoipa::path(get, path = "/me", tag = "accounts", security(("bearer" = [])),
    responses((status = 200, body = Me), (status = 401, body = ApiError)))]
async fn me(visitor: crate::access::Visitor) -> ApiResult {
    let a =
        visitor.account.ok_or_else(|| ApiFailure::new(StatusCode::UNAUTHORIZED, "unauthenticated", "sign in first"))?;
    Ok(json(
        StatusCode::OK,
        &Me {
            email: a.email.clone(),
            name: a.name.clone(),
            lang: a.lang.clone(),
            roles: roles(&a.memberships),
            scopes: a.scopes.as_ref().map(|s| s.iter().map(|p| p.as_str().to_string()).collect()),
        },
    ))
}

/// A user of an organisation.
#[derive(Serialize, ToSchema)]
struct UserView {
    email: String,
    name: String,
    lang: String,
    disabled: bool,
    roles: Vec<String>,
}

/// The users of an organisation (its focal point, the Secretariat's admins).
#[utoipa::path(get, path = "/orgs/{org}/users", tag = "accounts", security(("bearer" = [])),
    params(("org" = String, Path, description = "SECRETARIAT, or a State's ISO 3166-1 alpha-3 code", example = "FRA")),
    responses((status = 200, body = Vec<UserView>), (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError)))]
async fn org_users(State(app): State<AppState>, Path(org): Path<String>) -> ApiResult {
    let org = comity_access::OrgRef::from_code(&org);
    let accounts = app.store.list_accounts(Some(&org)).await.map_err(internal)?;
    let users: Vec<UserView> = accounts
        .into_iter()
        .map(|a| UserView {
            roles: roles(&a.memberships),
            email: a.email,
            name: a.name,
            lang: a.lang,
            disabled: a.disabled,
        })
        .collect();
    Ok(json(StatusCode::OK, &users))
}

/// One entry of the audit trail.
#[derive(Serialize, ToSchema)]
struct AuditEntryView {
    seq: i64,
    at: String,
    actor_account: Option<String>,
    actor_org: Option<String>,
    actor_role: Option<String>,
    action: String,
    object: String,
    org: Option<String>,
    /// Changed fields as JSON: `{"field": {"before": .., "after": ..}}`.
    details: String,
    address: Option<String>,
    request_id: Option<String>,
    prev_hash: String,
    hash: String,
}

/// A page of the audit trail: entries after `after`, at most `limit`.
#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
struct AuditQuery {
    /// Only entries after this one (the last `seq` of the page before).
    #[param(minimum = 0)]
    after: Option<i64>,
    /// How many entries (1-1000, default 1000). When more follow, a `Link` header with
    /// `rel="next"` gives the next page's address.
    #[param(minimum = 1, maximum = 1000)]
    limit: Option<usize>,
}

/// The audit trail's entries about an organisation, oldest first, a page at a time.
#[utoipa::path(get, path = "/orgs/{org}/audit", tag = "accounts", security(("bearer" = [])),
    params(("org" = String, Path, description = "SECRETARIAT, or a State's ISO 3166-1 alpha-3 code", example = "FRA"), AuditQuery),
    responses((status = 200, body = Vec<AuditEntryView>), (status = 400, body = ApiError), (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError)))]
async fn org_audit(
    State(app): State<AppState>,
    Path(org): Path<String>,
    query: Result<Query<AuditQuery>, QueryRejection>,
) -> ApiResult {
    let Query(query) = query?;
    let org = comity_access::OrgRef::from_code(&org).code().to_string();
    audit_entries(&app, Some(&org), &query, &format!("/api/v1/orgs/{org}/audit")).await
}

/// The whole audit trail, oldest first, a page at a time (the Secretariat's).
#[utoipa::path(get, path = "/audit", tag = "accounts", security(("bearer" = [])), params(AuditQuery),
    responses((status = 200, body = Vec<AuditEntryView>), (status = 400, body = ApiError), (status = 401, body = ApiError), (status = 403, body = ApiError)))]
async fn whole_audit(State(app): State<AppState>, query: Result<Query<AuditQuery>, QueryRejection>) -> ApiResult {
    let Query(query) = query?;
    audit_entries(&app, None, &query, "/api/v1/audit").await
}

/// A signed statement that the audit trail's entry `seq` had hash `hash`.
#[derive(Serialize, ToSchema)]
struct CheckpointView {
    seq: i64,
    /// SHA-256 of the entry, hex.
    hash: String,
    at: String,
    /// The deployment's Ed25519 public key, hex.
    public_key: String,
    /// Ed25519 signature over `comity-audit-checkpoint-v1\n{seq}\n{hash}`, hex.
    signature: String,
}

/// The audit trail's signed checkpoints, for anyone to keep copies of.
#[derive(Serialize, ToSchema)]
struct Checkpoints {
    /// The newest checkpoint: the signed head of the trail.
    latest: Option<CheckpointView>,
    /// Oldest first, after `after`, at most 1,000.
    checkpoints: Vec<CheckpointView>,
    /// The `after` that gives the next page, when there is one.
    next: Option<i64>,
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
struct CheckpointsQuery {
    /// Only checkpoints of entries after this one.
    #[param(minimum = 0)]
    after: Option<i64>,
}

/// The signed head of the audit trail and its history, public: copies kept elsewhere let
/// `comity audit verify --checkpoints FILE` catch a trail rewritten with its checkpoints.
#[utoipa::path(get, path = "/audit/checkpoints", tag = "accounts", params(CheckpointsQuery),
    responses((status = 200, body = Checkpoints), (status = 400, body = ApiError)))]
async fn audit_checkpoints(
    State(app): State<AppState>,
    query: Result<Query<CheckpointsQuery>, QueryRejection>,
) -> ApiResult {
    let Query(query) = query?;
    let view = |c: comity_access::audit::Checkpoint| CheckpointView {
        seq: c.seq,
        hash: c.hash,
        at: c.at,
        public_key: c.public_key,
        signature: c.signature,
    };
    let all = app.store.audit_checkpoints().await.map_err(internal)?;
    let latest = all.last().cloned().map(view);
    let after = query.after.unwrap_or(0);
    let mut page: Vec<CheckpointView> = all.into_iter().filter(|c| c.seq > after).take(1_001).map(view).collect();
    let next = (page.len() > 1_000).then(|| {
        page.truncate(1_000);
        page.last().map(|c| c.seq).unwrap_or(after)
    });
    Ok(json(StatusCode::OK, &Checkpoints { latest, checkpoints: page, next }))
}

async fn audit_entries(app: &AppState, org: Option<&str>, query: &AuditQuery, path: &str) -> ApiResult {
    let limit = query.limit.unwrap_or(1000);
    if !(1..=1000).contains(&limit) {
        return Err(ApiFailure::new(StatusCode::BAD_REQUEST, "bad_limit", "limit must be between 1 and 1000"));
    }
    let mut out = Vec::new();
    let mut more = false;
    app.store
        .audit_entries_after(org, query.after.unwrap_or(0), |e| {
            if out.len() == limit {
                more = true;
                return false;
            }
            out.push(AuditEntryView {
                seq: e.seq,
                at: e.content.at,
                actor_account: e.content.actor_account,
                actor_org: e.content.actor_org,
                actor_role: e.content.actor_role,
                action: e.content.action,
                object: e.content.object,
                org: e.content.org,
                details: e.content.details,
                address: e.content.address,
                request_id: e.content.request_id,
                prev_hash: e.prev_hash,
                hash: e.hash,
            });
            true
        })
        .await
        .map_err(internal)?;
    let mut response = json(StatusCode::OK, &out);
    if more && let Some(last) = out.last() {
        let next = format!("<{path}?after={}&limit={limit}>; rel=\"next\"", last.seq);
        if let Ok(v) = axum::http::HeaderValue::from_str(&next) {
            response.headers_mut().insert(axum::http::header::LINK, v);
        }
    }
    Ok(response)
}

/// A published reply, as open data.
#[derive(Serialize, ToSchema)]
struct PublishedReply {
    /// The cycle, e.g. 77-76-19.
    cycle: String,
    /// ISO 3166-1 alpha-3.
    state: String,
    /// The State's short name in English.
    state_name: String,
    original_language: String,
    /// ISO date of the reply.
    date: String,
    /// Received after the deadline (issued in an addendum).
    late: bool,
    /// The reply in its original language, by key: question labels (Markdown as received),
    /// and the structured reply — `element/{id}` (Markdown on a framework element),
    /// `survey/{norm}/status` (implemented, partly, planned, not-started, not-applicable),
    /// `survey/{norm}/measures` (comma-separated: legislation, policy, institution,
    /// cooperation, capacity-building, other), `survey/{part}/measures|challenges|needs`.
    answers: std::collections::BTreeMap<String, String>,
}

async fn published(app: &AppState, id: &str) -> Result<Vec<PublishedReply>, ApiFailure> {
    let source = app.store.report_source(id, Lang::En, None, &app.catalog.report_context()).await.map_err(internal)?;
    let Some(source) = source else {
        return Err(ApiFailure::new(StatusCode::NOT_FOUND, "unknown_cycle", format!("no cycle {id}")));
    };
    Ok(source
        .replies
        .into_iter()
        .map(|r| PublishedReply {
            cycle: id.to_string(),
            state: r.state,
            state_name: r.state_name,
            original_language: r.original_lang.code().to_string(),
            date: r.date,
            late: r.late,
            answers: r.raw.into_iter().filter(|(_, a)| !a.trim().is_empty()).collect(),
        })
        .collect())
}

/// The published replies of a cycle, in the UN's order (on-time replies first, then late ones).
#[utoipa::path(get, path = "/cycles/{id}/replies", tag = "views",
    params(("id" = String, Path, description = "The cycle, e.g. 77-76-19", example = "77-76-19")),
    responses((status = 200, body = Vec<PublishedReply>), (status = 404, body = ApiError)))]
async fn published_replies(State(app): State<AppState>, Path(id): Path<String>) -> ApiResult {
    Ok(json(StatusCode::OK, &published(&app, &id).await?))
}

/// The same as CSV: one row per State and answer.
async fn published_replies_csv(State(app): State<AppState>, Path(id): Path<String>) -> ApiResult {
    Ok(replies_csv(&published(&app, &id).await?))
}

/// Published replies as CSV (RFC 4180): one row per reply and answer key; an answer that
/// begins like a spreadsheet formula is written behind a quote.
fn replies_csv(replies: &[PublishedReply]) -> Response {
    let mut out = String::from("cycle,state,state_name,original_language,date,late,question,answer\r\n");
    let field = |v: &str| format!("\"{}\"", comity_access::untrusted::spreadsheet_cell(v).replace('"', "\"\""));
    for r in replies {
        for (question, answer) in &r.answers {
            out.push_str(&format!(
                "{},{},{},{},{},{},{},{}\r\n",
                r.cycle,
                r.state,
                field(&r.state_name),
                r.original_language,
                r.date,
                r.late,
                field(question),
                field(answer)
            ));
        }
    }
    (StatusCode::OK, [(header::CONTENT_TYPE, "text/csv; charset=utf-8")], out).into_response()
}

async fn all_published(app: &AppState) -> Result<Vec<PublishedReply>, ApiFailure> {
    let replies = app.store.published_replies(None).await.map_err(internal)?;
    Ok(replies
        .into_iter()
        .map(|r| PublishedReply {
            state_name: app
                .catalog
                .states
                .get(&r.state)
                .map(|s| s.short_name(Lang::En).to_string())
                .unwrap_or_default(),
            cycle: r.cycle_id,
            state: r.state,
            original_language: r.original_lang,
            date: r.submitted_at.as_deref().unwrap_or_default().chars().take(10).collect(),
            late: r.late,
            answers: r.answers.into_iter().filter(|(_, a)| !a.trim().is_empty()).collect(),
        })
        .collect())
}

/// Every published reply of every cycle (newest session first, then by State code): the
/// open-data download of views and assessments.
#[utoipa::path(get, path = "/replies", tag = "views",
    responses((status = 200, body = Vec<PublishedReply>)))]
async fn all_published_replies(State(app): State<AppState>) -> ApiResult {
    Ok(json(StatusCode::OK, &all_published(&app).await?))
}

/// The same as CSV: one row per reply and answer key.
async fn all_published_replies_csv(State(app): State<AppState>) -> ApiResult {
    Ok(replies_csv(&all_published(&app).await?))
}

/// A reporting cycle: the resolution, the session the report goes to, its questions in each
/// language held, the note verbale and the deadline.
#[derive(Serialize, ToSchema)]
struct CycleView {
    id: String,
    resolution: String,
    session: u32,
    /// `open` or `closed`.
    status: String,
    deadline: String,
    note_verbale: String,
    note_verbale_date: String,
    /// Label and text by language code.
    questions: Vec<QuestionView>,
}

#[derive(Serialize, ToSchema)]
struct QuestionView {
    label: String,
    texts: std::collections::BTreeMap<String, String>,
}

/// Every reporting cycle, newest session first.
#[utoipa::path(get, path = "/cycles", tag = "views", responses((status = 200, body = Vec<CycleView>)))]
async fn list_cycles(State(app): State<AppState>) -> ApiResult {
    let cycles = app.store.cycles().await.map_err(internal)?;
    let out: Vec<CycleView> = cycles
        .into_iter()
        .map(|c| CycleView {
            id: c.id,
            resolution: c.details.resolution,
            session: c.details.session,
            status: c.status,
            deadline: c.details.deadline,
            note_verbale: c.details.note_verbale,
            note_verbale_date: c.details.note_verbale_date,
            questions: c
                .details
                .questions
                .into_iter()
                .map(|q| QuestionView { label: q.label, texts: q.texts })
                .collect(),
        })
        .collect();
    Ok(json(StatusCode::OK, &out))
}

/// A State's reply as its users see it, published or not.
#[derive(Serialize, ToSchema)]
struct DraftView {
    cycle: String,
    state: String,
    /// `none` (nothing saved yet), `draft`, `submitted` or `published`.
    status: String,
    /// The newest version; a save names it to succeed.
    version: i64,
    original_language: Option<String>,
    late: bool,
    /// By key: question labels, and the structured reply's keys (see `/replies`).
    answers: std::collections::BTreeMap<String, String>,
}

/// A new version of a State's reply.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct DraftSave {
    /// The version the text was edited from (0 for the first save): a save made from an
    /// older version is refused with 409, never merged.
    version: i64,
    /// ar, zh, en, fr, ru or es.
    original_language: String,
    answers: std::collections::BTreeMap<String, String>,
}

#[derive(Serialize, ToSchema)]
struct Saved {
    version: i64,
}

async fn draft_view(
    app: &AppState,
    visitor: &crate::access::Visitor,
    id: &str,
    state: &str,
) -> Result<DraftView, ApiFailure> {
    if app.store.cycle(id).await.map_err(internal)?.is_none() {
        return Err(ApiFailure::new(StatusCode::NOT_FOUND, "unknown_cycle", format!("no cycle {id}")));
    }
    let reply = app.store.replies(id, Some(state)).await.map_err(internal)?.into_iter().next();
    if !visitor.may_see_reply(state, reply.as_ref().map_or("none", |r| r.status.as_str())) {
        return Err(ApiFailure::new(StatusCode::NOT_FOUND, "not_found", "no such resource"));
    }
    let answers = match &reply {
        Some(r) => {
            app.store.reply_versions(&r.id).await.map_err(internal)?.pop().map(|v| v.answers).unwrap_or_default()
        }
        None => Default::default(),
    };
    Ok(DraftView {
        cycle: id.to_string(),
        state: state.to_string(),
        status: reply.as_ref().map(|r| r.status.clone()).unwrap_or_else(|| "none".into()),
        version: reply.as_ref().map(|r| r.version).unwrap_or(0),
        original_language: reply.as_ref().map(|r| r.original_lang.clone()),
        late: reply.as_ref().is_some_and(|r| r.late),
        answers,
    })
}

/// A State's reply to a cycle: for the State's users at every stage; for the Secretariat once
/// the State has submitted it (a draft is answered 404, as if it did not exist).
#[utoipa::path(get, path = "/cycles/{id}/replies/{org}/draft", tag = "views", security(("bearer" = [])),
    params(("id" = String, Path, example = "77-76-19"), ("org" = String, Path, description = "The State's ISO 3166-1 alpha-3 code", example = "FRA")),
    responses((status = 200, body = DraftView), (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError)))]
async fn get_draft(
    State(app): State<AppState>,
    Path((id, org)): Path<(String, String)>,
    visitor: crate::access::Visitor,
) -> ApiResult {
    Ok(json(StatusCode::OK, &draft_view(&app, &visitor, &id, &org.to_ascii_uppercase()).await?))
}

/// Saves a new version of a State's reply (its drafters): the same rules as the portal.
#[utoipa::path(put, path = "/cycles/{id}/replies/{org}/draft", tag = "views", security(("bearer" = [])),
    params(("id" = String, Path, example = "77-76-19"), ("org" = String, Path, example = "FRA")),
    request_body = DraftSave,
    responses((status = 200, body = Saved), (status = 400, body = ApiError), (status = 401, body = ApiError),
        (status = 403, body = ApiError), (status = 404, body = ApiError), (status = 409, body = ApiError)))]
async fn put_draft(
    State(app): State<AppState>,
    Path((id, org)): Path<(String, String)>,
    visitor: crate::access::Visitor,
    body: Result<axum::Json<DraftSave>, axum::extract::rejection::JsonRejection>,
) -> ApiResult {
    let axum::Json(save) = body.map_err(|r| ApiFailure::new(StatusCode::BAD_REQUEST, "bad_body", r.body_text()))?;
    if app.store.cycle(&id).await.map_err(internal)?.is_none() {
        return Err(ApiFailure::new(StatusCode::NOT_FOUND, "unknown_cycle", format!("no cycle {id}")));
    }
    let actor = visitor.actor(Some(comity_access::Permission::DraftSubmission));
    let state = org.to_ascii_uppercase();
    match app.store.save_reply(&id, &state, &save.original_language, &save.answers, save.version, &actor).await {
        Ok(version) => Ok(json(StatusCode::OK, &Saved { version })),
        Err(comity_store::StoreError::Refused(reason)) => Err(refusal(reason)),
        Err(e) => Err(internal(e)),
    }
}

/// An acknowledgement of a communication check by a contact's systems.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct AckRequest {
    /// The one-time token of the contact's acknowledgement link (the part after `/ack/`).
    token: String,
}

#[derive(Serialize, ToSchema)]
struct AckRecorded {
    round: String,
    at: String,
}

/// Acknowledges a communication check with the token from the contact's mail: once, before
/// the deadline (409 when used before, 410 after the deadline, 404 for an unknown token).
#[utoipa::path(post, path = "/checks/acknowledge", tag = "contacts", request_body = AckRequest,
    responses((status = 200, body = AckRecorded), (status = 400, body = ApiError), (status = 404, body = ApiError),
        (status = 409, body = ApiError), (status = 410, body = ApiError)))]
async fn acknowledge_check(
    State(app): State<AppState>,
    visitor: crate::access::Visitor,
    body: Result<axum::Json<AckRequest>, axum::extract::rejection::JsonRejection>,
) -> ApiResult {
    let axum::Json(request) = body.map_err(|r| ApiFailure::new(StatusCode::BAD_REQUEST, "bad_body", r.body_text()))?;
    match app.store.acknowledge(&request.token, "api", &visitor.actor(None)).await.map_err(internal)? {
        comity_store::Acknowledgement::Recorded { round_id, at, .. } => {
            Ok(json(StatusCode::OK, &AckRecorded { round: round_id, at }))
        }
        comity_store::Acknowledgement::AlreadyRecorded { at, .. } => Err(ApiFailure::new(
            StatusCode::CONFLICT,
            "already_acknowledged",
            format!("this token was used at {at}; the first acknowledgement stands"),
        )),
        comity_store::Acknowledgement::Expired { deadline, .. } => Err(ApiFailure::new(
            StatusCode::GONE,
            "deadline_passed",
            format!("the check's deadline ({deadline}) has passed; nothing was recorded"),
        )),
        comity_store::Acknowledgement::Unknown => {
            Err(ApiFailure::new(StatusCode::NOT_FOUND, "unknown_token", "no check has this token"))
        }
    }
}
