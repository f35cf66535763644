//! `/negotiations`: negotiating texts for delegations' own tools, and for the Secretariat's to
//! open one (`manage_negotiations`). Reading needs the `read_negotiations` permission, except
//! for a negotiation the Secretariat opened to the public (answered to anyone; the others are
//! 404 to those who may not read them). A State's
//! negotiators file proposals, take positions and break silence for their own State (`{org}`);
//! the Chair and support staff decide and circulate, as the store checks.

use super::{ApiError, ApiFailure, ApiResult, internal, json};
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use comity_access::Permission;
use comity_negotiation::proposal::{Change, Position, Proposal, Stance};
use comity_negotiation::revise::Decision;
use comity_store::{Negotiation, NegotiationRevision, NegotiationSummary, NewNegotiation, NewProposal};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// This part's operations, added to the API's router.
pub(super) fn routes(router: OpenApiRouter<AppState>) -> OpenApiRouter<AppState> {
    router
        .routes(routes!(list_negotiations, open_negotiation))
        .routes(routes!(get_negotiation))
        .routes(routes!(get_revision))
        .routes(routes!(compare_revisions))
        .routes(routes!(list_proposals))
        .routes(routes!(list_inputs))
        .routes(routes!(file_proposal))
        .routes(routes!(withdraw_proposal))
        .routes(routes!(take_position))
        .routes(routes!(decide_revision))
        .routes(routes!(replace_zero_draft))
        .routes(routes!(start_silence))
        .routes(routes!(break_silence))
        .routes(routes!(adopt))
        .routes(routes!(issue))
        .routes(routes!(lineage))
        .routes(routes!(list_explanations))
        .routes(routes!(record_explanation))
}

fn may_read(visitor: &crate::access::Visitor, n: &NegotiationSummary) -> bool {
    visitor.may_read_negotiation(n.readers)
}

fn bad_body(r: axum::extract::rejection::JsonRejection) -> ApiFailure {
    ApiFailure::new(StatusCode::BAD_REQUEST, "bad_body", r.body_text())
}

/// The negotiation, if the visitor may read it; 404 otherwise, as if it did not exist.
async fn readable(app: &AppState, visitor: &crate::access::Visitor, name: &str) -> Result<Negotiation, ApiFailure> {
    let unknown = || ApiFailure::new(StatusCode::NOT_FOUND, "unknown_negotiation", format!("no negotiation {name}"));
    match app.store.negotiation(name).await {
        Ok(n) if may_read(visitor, &n.summary) => Ok(n),
        Ok(_) | Err(comity_store::StoreError::Refused(comity_store::Refusal::UnknownNegotiation { .. })) => {
            Err(unknown())
        }
        Err(e) => Err(internal(e)),
    }
}

fn stored<T>(r: Result<T, comity_store::StoreError>) -> Result<T, ApiFailure> {
    r.map_err(internal)
}

/// The negotiations the visitor may read, newest first.
#[utoipa::path(get, path = "/negotiations", tag = "negotiations",
    responses((status = 200, body = Vec<NegotiationSummary>)))]
async fn list_negotiations(State(app): State<AppState>, visitor: crate::access::Visitor) -> ApiResult {
    let list = stored(app.store.negotiations().await)?;
    let shown: Vec<&NegotiationSummary> = list.iter().filter(|n| may_read(&visitor, n)).collect();
    Ok(json(StatusCode::OK, &shown))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct OpenRequest {
    /// Short name, letters, digits and hyphens: the negotiation's handle in every address.
    #[schema(example = "gm-2026-apr")]
    name: String,
    title: String,
    /// The process it belongs to ("Global Mechanism, second substantive plenary").
    #[serde(default)]
    process: String,
    /// The negotiating language: ar, zh, en, fr, ru or es.
    #[schema(example = "en")]
    lang: String,
    /// Who reads the drafts: `states`, `stakeholders` (States and accredited stakeholders) or
    /// `public`.
    #[schema(example = "states")]
    readers: String,
    /// The Chair's account, by email.
    chair: String,
    /// Support staff's accounts, by email.
    #[serde(default)]
    support: Vec<String>,
    /// RFC 3339: proposals on the zero draft are taken until then; none for no end.
    #[serde(default)]
    deadline: Option<String>,
    /// The zero draft as Markdown or text: headings, numbered paragraphs, sub-items.
    #[serde(default)]
    zero_draft: Option<String>,
    /// Or the zero draft as a Word file (DOCX), base64-encoded.
    #[serde(default)]
    zero_draft_docx: Option<String>,
}

fn bad_field(field: &str, detail: impl Into<String>) -> ApiFailure {
    ApiFailure::new(StatusCode::BAD_REQUEST, "invalid", format!("{field}: {}", detail.into()))
}

/// A zero draft as a request gives it: text (Markdown or plain), or a Word file in base64.
fn zero_draft(text: Option<String>, docx: Option<String>) -> Result<comity_negotiation::text::Text, ApiFailure> {
    use base64::Engine;
    match (text, docx) {
        (Some(text), None) => comity_negotiation::text::Text::read_file(text.as_bytes(), ""),
        (None, Some(encoded)) => {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(encoded.trim())
                .map_err(|e| bad_field("zero_draft_docx", format!("not base64: {e}")))?;
            comity_negotiation::text::Text::read_file(&bytes, "zero-draft.docx")
        }
        _ => return Err(bad_field("zero_draft", "give the zero draft once: as zero_draft (text) or zero_draft_docx")),
    }
    .map_err(|e| ApiFailure::new(StatusCode::BAD_REQUEST, "bad_draft", format!("the zero draft: {e}")))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct ZeroDraftRequest {
    /// The zero draft as Markdown or text: headings, numbered paragraphs, sub-items.
    #[serde(default)]
    zero_draft: Option<String>,
    /// Or the zero draft as a Word file (DOCX), base64-encoded.
    #[serde(default)]
    zero_draft_docx: Option<String>,
}

/// The Chair puts the Chair's zero draft in place of the one the negotiation was opened on,
/// while nothing rests on it (no proposal or written input on it, no Rev.1).
#[utoipa::path(put, path = "/negotiations/{name}/zero-draft", tag = "negotiations", security(("bearer" = [])),
    params(("name" = String, Path)), request_body = ZeroDraftRequest,
    responses((status = 204), (status = 400, body = ApiError), (status = 401, body = ApiError),
        (status = 403, body = ApiError), (status = 404, body = ApiError)))]
async fn replace_zero_draft(
    State(app): State<AppState>,
    Path(name): Path<String>,
    visitor: crate::access::Visitor,
    body: Result<axum::Json<ZeroDraftRequest>, axum::extract::rejection::JsonRejection>,
) -> ApiResult {
    let axum::Json(request) = body.map_err(bad_body)?;
    readable(&app, &visitor, &name).await?;
    let zero = zero_draft(request.zero_draft, request.zero_draft_docx)?;
    let actor = visitor.actor(Some(Permission::ReadNegotiations));
    stored(app.store.replace_zero_draft(&name, &zero, &actor).await)?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// The Secretariat opens a negotiation on its zero draft (needs `manage_negotiations`).
#[utoipa::path(post, path = "/negotiations", tag = "negotiations", security(("bearer" = [])),
    request_body = OpenRequest,
    responses((status = 201, body = Negotiation), (status = 400, body = ApiError), (status = 401, body = ApiError),
        (status = 403, body = ApiError)))]
async fn open_negotiation(
    State(app): State<AppState>,
    visitor: crate::access::Visitor,
    body: Result<axum::Json<OpenRequest>, axum::extract::rejection::JsonRejection>,
) -> ApiResult {
    let axum::Json(request) = body.map_err(bad_body)?;
    let lang = request
        .lang
        .parse::<comity_i18n::Lang>()
        .map_err(|_| bad_field("lang", format!("{:?} is not one of ar, zh, en, fr, ru, es", request.lang)))?;
    let readers = comity_negotiation::Readers::parse(&request.readers).ok_or_else(|| {
        bad_field("readers", format!("{:?} is not one of states, stakeholders, public", request.readers))
    })?;
    let deadline = request.deadline.as_deref().map(when).transpose()?;
    let zero = zero_draft(request.zero_draft, request.zero_draft_docx)?;
    let new = NewNegotiation {
        name: request.name.trim().to_string(),
        title: request.title.trim().to_string(),
        process: request.process.trim().to_string(),
        lang,
        readers,
        chair: request.chair.trim().to_string(),
        support: request.support.iter().map(|e| e.trim().to_string()).filter(|e| !e.is_empty()).collect(),
        deadline,
    };
    let actor = visitor.actor(Some(Permission::ManageNegotiations));
    stored(app.store.create_negotiation(&new, &zero, &actor).await)?;
    Ok(json(StatusCode::CREATED, &stored(app.store.negotiation(&new.name).await)?))
}

/// A negotiation with its Chair, its current revision and its silence procedure.
#[utoipa::path(get, path = "/negotiations/{name}", tag = "negotiations",
    params(("name" = String, Path, example = "gm-2026-apr")),
    responses((status = 200, body = Negotiation), (status = 404, body = ApiError)))]
async fn get_negotiation(
    State(app): State<AppState>,
    Path(name): Path<String>,
    visitor: crate::access::Visitor,
) -> ApiResult {
    Ok(json(StatusCode::OK, &readable(&app, &visitor, &name).await?))
}

/// One revision's text (0 is the zero draft): paragraphs at their lasting places, each with
/// the proposals it came from.
#[utoipa::path(get, path = "/negotiations/{name}/revisions/{number}", tag = "negotiations",
    params(("name" = String, Path), ("number" = i64, Path)),
    responses((status = 200, body = NegotiationRevision), (status = 400, body = ApiError), (status = 404, body = ApiError)))]
async fn get_revision(
    State(app): State<AppState>,
    Path((name, number)): Path<(String, String)>,
    visitor: crate::access::Visitor,
) -> ApiResult {
    let n = readable(&app, &visitor, &name).await?;
    let number = revision_number(&n, &number)?;
    match app.store.negotiation_revision(&n.summary.id, number).await {
        Ok(rev) => Ok(json(StatusCode::OK, &rev)),
        Err(comity_store::StoreError::NotFound(_)) => Err(ApiFailure::new(
            StatusCode::NOT_FOUND,
            "unknown_revision",
            format!("{name} has revisions 0 to {}", n.summary.current_revision),
        )),
        Err(e) => Err(internal(e)),
    }
}

/// A revision number as a path or query gives it, checked against the negotiation's revisions.
fn revision_number(n: &Negotiation, given: &str) -> Result<i64, ApiFailure> {
    let number: i64 = given.trim().parse().map_err(|_| {
        ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "bad_revision",
            format!("{given:?} is not a revision number (0, 1, 2, ...)"),
        )
    })?;
    if !(0..=n.summary.current_revision).contains(&number) {
        return Err(ApiFailure::new(
            StatusCode::NOT_FOUND,
            "unknown_revision",
            format!("{} has revisions 0 to {}", n.summary.name, n.summary.current_revision),
        ));
    }
    Ok(number)
}

#[derive(Deserialize, utoipa::IntoParams)]
struct CompareQuery {
    /// The earlier revision (0 is the zero draft); the one before `to` when left out.
    from: Option<String>,
    /// The later revision; the current one when left out.
    to: Option<String>,
}

#[derive(Serialize, ToSchema)]
struct ComparisonView {
    from: i64,
    to: i64,
    /// Paragraph by paragraph in the later revision's order (places are the lasting ones,
    /// `p7`), with the words changed as runs of equal, inserted and deleted text.
    changes: Vec<comity_documents::ParagraphChange>,
}

/// One revision against another (by default the current one against the one before it).
#[utoipa::path(get, path = "/negotiations/{name}/compare", tag = "negotiations",
    params(("name" = String, Path), CompareQuery),
    responses((status = 200, body = ComparisonView), (status = 400, body = ApiError), (status = 404, body = ApiError)))]
async fn compare_revisions(
    State(app): State<AppState>,
    Path(name): Path<String>,
    Query(query): Query<CompareQuery>,
    visitor: crate::access::Visitor,
) -> ApiResult {
    let n = readable(&app, &visitor, &name).await?;
    let to = match query.to.as_deref() {
        Some(given) => revision_number(&n, given)?,
        None => n.summary.current_revision,
    };
    let from = match query.from.as_deref() {
        Some(given) => revision_number(&n, given)?,
        None => (to - 1).max(0),
    };
    let old = app.store.negotiation_revision(&n.summary.id, from).await.map_err(internal)?;
    let new = app.store.negotiation_revision(&n.summary.id, to).await.map_err(internal)?;
    let lang: comity_i18n::Lang = n.summary.lang.parse().unwrap_or(comity_i18n::Lang::En);
    let changes = comity_negotiation::revise::compare(lang, &old.text, &new.text);
    Ok(json(StatusCode::OK, &ComparisonView { from, to, changes }))
}

#[derive(Deserialize, utoipa::IntoParams)]
struct RevisionQuery {
    /// The revision (the current one when left out).
    revision: Option<i64>,
}

#[derive(Serialize, ToSchema)]
struct ProposalsView {
    revision: i64,
    proposals: Vec<Proposal>,
    positions: Vec<Position>,
}

#[derive(Deserialize, utoipa::IntoParams)]
struct ProposalsQuery {
    /// The revision (the current one when left out).
    revision: Option<i64>,
    /// Only the proposals standing so: `standing` (not withdrawn), `late`, `opposed` (by a
    /// State), `unopposed`, `withdrawn`; every one, withdrawn ones too, when left out or `all`.
    status: Option<String>,
}

/// The proposals on a revision, withdrawn ones marked, and the positions States took on them.
#[utoipa::path(get, path = "/negotiations/{name}/proposals", tag = "negotiations",
    params(("name" = String, Path), ProposalsQuery),
    responses((status = 200, body = ProposalsView), (status = 400, body = ApiError), (status = 404, body = ApiError)))]
async fn list_proposals(
    State(app): State<AppState>,
    Path(name): Path<String>,
    query: Result<Query<ProposalsQuery>, axum::extract::rejection::QueryRejection>,
    visitor: crate::access::Visitor,
) -> ApiResult {
    use comity_negotiation::compilation::Status;
    let Query(query) = query?;
    let status = match query.status.as_deref() {
        None => Status::All,
        Some(given) => Status::parse(given).ok_or_else(|| {
            ApiFailure::new(
                StatusCode::BAD_REQUEST,
                "bad_status",
                format!("status {given:?}: one of standing, late, opposed, unopposed, withdrawn, all"),
            )
        })?,
    };
    let n = readable(&app, &visitor, &name).await?;
    let revision = query.revision.unwrap_or(n.summary.current_revision);
    let mut proposals = stored(app.store.negotiation_proposals(&n.summary.id, revision).await)?;
    let mut positions = stored(app.store.negotiation_positions(&n.summary.id, revision).await)?;
    if status != Status::All {
        let opposed: std::collections::HashSet<String> =
            comity_negotiation::compilation::opposed(&positions).into_iter().map(str::to_string).collect();
        proposals.retain(|p| status.keeps(p, opposed.contains(&p.id)));
        let shown: std::collections::HashSet<&str> = proposals.iter().map(|p| p.id.as_str()).collect();
        positions.retain(|x| shown.contains(x.proposal.as_str()));
    }
    Ok(json(StatusCode::OK, &ProposalsView { revision, proposals, positions }))
}

#[derive(Serialize, ToSchema)]
struct InputsView {
    revision: i64,
    /// Stakeholders' written inputs, in the order they came: a voice, not a vote (never
    /// proposals, never positions).
    inputs: Vec<comity_store::StakeholderInput>,
}

/// The written inputs stakeholders gave on a revision's paragraphs.
#[utoipa::path(get, path = "/negotiations/{name}/inputs", tag = "negotiations",
    params(("name" = String, Path), RevisionQuery),
    responses((status = 200, body = InputsView), (status = 404, body = ApiError)))]
async fn list_inputs(
    State(app): State<AppState>,
    Path(name): Path<String>,
    query: Result<Query<RevisionQuery>, axum::extract::rejection::QueryRejection>,
    visitor: crate::access::Visitor,
) -> ApiResult {
    let Query(query) = query?;
    let n = readable(&app, &visitor, &name).await?;
    let revision = query.revision.unwrap_or(n.summary.current_revision);
    let inputs = stored(app.store.negotiation_inputs(&n.summary.id, revision).await)?;
    Ok(json(StatusCode::OK, &InputsView { revision, inputs }))
}

/// A proposal as a delegation's tool sends it.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct ProposalRequest {
    /// The place of the paragraph in the current revision (`p7`).
    place: String,
    change: Change,
    #[serde(default)]
    justification: String,
    /// A group the State speaks in, with the States that make it up.
    #[serde(default)]
    group: Option<GroupRequest>,
    #[serde(default)]
    co_sponsors: Vec<String>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct GroupRequest {
    name: String,
    members: Vec<String>,
}

fn codes(list: Vec<String>) -> Vec<String> {
    list.into_iter().map(|c| c.trim().to_ascii_uppercase()).collect()
}

/// Files a proposal for the State `{org}` on the current revision, before its deadline.
#[utoipa::path(post, path = "/negotiations/{name}/proposals/{org}", tag = "negotiations", security(("bearer" = [])),
    params(("name" = String, Path), ("org" = String, Path, example = "FRA")), request_body = ProposalRequest,
    responses((status = 201, body = Proposal), (status = 400, body = ApiError), (status = 401, body = ApiError),
        (status = 403, body = ApiError), (status = 404, body = ApiError)))]
async fn file_proposal(
    State(app): State<AppState>,
    Path((name, org)): Path<(String, String)>,
    visitor: crate::access::Visitor,
    body: Result<axum::Json<ProposalRequest>, axum::extract::rejection::JsonRejection>,
) -> ApiResult {
    let axum::Json(request) = body.map_err(bad_body)?;
    readable(&app, &visitor, &name).await?;
    let state = org.to_ascii_uppercase();
    let new = NewProposal {
        place: request.place,
        change: request.change,
        justification: request.justification,
        group: request.group.map(|g| (g.name, codes(g.members))),
        co_sponsors: codes(request.co_sponsors),
    };
    let actor = visitor.actor(Some(Permission::Negotiate));
    let filed = stored(app.store.file_proposal(&name, &state, &new, &actor, jiff::Timestamp::now()).await)?;
    Ok(json(StatusCode::CREATED, &filed))
}

/// Withdraws a proposal the State `{org}` filed on the current revision.
#[utoipa::path(post, path = "/negotiations/{name}/proposals/{org}/{id}/withdraw", tag = "negotiations",
    security(("bearer" = [])), params(("name" = String, Path), ("org" = String, Path), ("id" = String, Path)),
    responses((status = 204), (status = 400, body = ApiError), (status = 401, body = ApiError),
        (status = 403, body = ApiError), (status = 404, body = ApiError)))]
async fn withdraw_proposal(
    State(app): State<AppState>,
    Path((name, org, id)): Path<(String, String, String)>,
    visitor: crate::access::Visitor,
) -> ApiResult {
    readable(&app, &visitor, &name).await?;
    let actor = visitor.actor(Some(Permission::Negotiate));
    stored(app.store.withdraw_proposal(&name, &id, &org.to_ascii_uppercase(), &actor).await)?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct PositionRequest {
    stance: Stance,
    #[serde(default)]
    statement: Option<String>,
}

/// Records the State `{org}`'s position on a proposal (again, it replaces the earlier one).
#[utoipa::path(put, path = "/negotiations/{name}/positions/{org}/{proposal}", tag = "negotiations",
    security(("bearer" = [])), params(("name" = String, Path), ("org" = String, Path), ("proposal" = String, Path)),
    request_body = PositionRequest,
    responses((status = 204), (status = 400, body = ApiError), (status = 401, body = ApiError),
        (status = 403, body = ApiError), (status = 404, body = ApiError)))]
async fn take_position(
    State(app): State<AppState>,
    Path((name, org, proposal)): Path<(String, String, String)>,
    visitor: crate::access::Visitor,
    body: Result<axum::Json<PositionRequest>, axum::extract::rejection::JsonRejection>,
) -> ApiResult {
    let axum::Json(request) = body.map_err(bad_body)?;
    readable(&app, &visitor, &name).await?;
    let actor = visitor.actor(Some(Permission::Negotiate));
    let state = org.to_ascii_uppercase();
    stored(
        app.store.take_position(&name, &proposal, &state, request.stance, request.statement.as_deref(), &actor).await,
    )?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct DecisionRequest {
    proposal: String,
    /// `accept`, `merge` or `set_aside`.
    outcome: String,
    /// The Chair's wording, for a merge.
    #[serde(default)]
    text: Option<String>,
    reason: String,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct RevisionRequest {
    decisions: Vec<DecisionRequest>,
    /// Proposals on the new revision are taken until then (RFC 3339).
    #[serde(default)]
    deadline: Option<String>,
}

#[derive(Serialize, ToSchema)]
struct Revised {
    revision: i64,
}

fn when(given: &str) -> Result<jiff::Timestamp, ApiFailure> {
    given.parse().map_err(|_| {
        ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "not_a_time",
            format!("{given:?} is not an RFC 3339 time (2026-03-14T22:00:00Z)"),
        )
    })
}

/// The Chair's decisions on every proposal of the current revision; builds the next one.
#[utoipa::path(post, path = "/negotiations/{name}/revisions", tag = "negotiations", security(("bearer" = [])),
    params(("name" = String, Path)), request_body = RevisionRequest,
    responses((status = 201, body = Revised), (status = 400, body = ApiError), (status = 401, body = ApiError),
        (status = 403, body = ApiError), (status = 404, body = ApiError)))]
async fn decide_revision(
    State(app): State<AppState>,
    Path(name): Path<String>,
    visitor: crate::access::Visitor,
    body: Result<axum::Json<RevisionRequest>, axum::extract::rejection::JsonRejection>,
) -> ApiResult {
    let axum::Json(request) = body.map_err(bad_body)?;
    readable(&app, &visitor, &name).await?;
    let decisions = request
        .decisions
        .into_iter()
        .enumerate()
        .map(|(n, d)| {
            Decision::from_parts(d.proposal, &d.outcome, d.text, d.reason).map_err(|e| {
                ApiFailure::new(StatusCode::BAD_REQUEST, "bad_decision", format!("decision {}: {e}", n + 1))
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let deadline = request.deadline.as_deref().map(when).transpose()?;
    let actor = visitor.actor(Some(Permission::ReadNegotiations));
    let revision = stored(app.store.revise_negotiation(&name, &decisions, deadline, &actor).await)?;
    Ok(json(StatusCode::CREATED, &Revised { revision }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct SilenceRequest {
    /// RFC 3339; unbroken until then, the text is adopted.
    deadline: String,
}

/// The Chair circulates the current revision under silence.
#[utoipa::path(post, path = "/negotiations/{name}/silence", tag = "negotiations", security(("bearer" = [])),
    params(("name" = String, Path)), request_body = SilenceRequest,
    responses((status = 204), (status = 400, body = ApiError), (status = 401, body = ApiError),
        (status = 403, body = ApiError), (status = 404, body = ApiError)))]
async fn start_silence(
    State(app): State<AppState>,
    Path(name): Path<String>,
    visitor: crate::access::Visitor,
    body: Result<axum::Json<SilenceRequest>, axum::extract::rejection::JsonRejection>,
) -> ApiResult {
    let axum::Json(request) = body.map_err(bad_body)?;
    readable(&app, &visitor, &name).await?;
    let deadline = when(&request.deadline)?;
    let actor = visitor.actor(Some(Permission::ReadNegotiations));
    stored(app.store.start_silence(&name, deadline, &actor).await)?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct BreakRequest {
    reason: String,
}

/// The State `{org}` breaks silence, once, before the deadline, with its reason.
#[utoipa::path(post, path = "/negotiations/{name}/silence/{org}/break", tag = "negotiations", security(("bearer" = [])),
    params(("name" = String, Path), ("org" = String, Path)), request_body = BreakRequest,
    responses((status = 204), (status = 400, body = ApiError), (status = 401, body = ApiError),
        (status = 403, body = ApiError), (status = 404, body = ApiError)))]
async fn break_silence(
    State(app): State<AppState>,
    Path((name, org)): Path<(String, String)>,
    visitor: crate::access::Visitor,
    body: Result<axum::Json<BreakRequest>, axum::extract::rejection::JsonRejection>,
) -> ApiResult {
    let axum::Json(request) = body.map_err(bad_body)?;
    readable(&app, &visitor, &name).await?;
    let actor = visitor.actor(Some(Permission::Negotiate));
    stored(
        app.store
            .break_silence(&name, &org.to_ascii_uppercase(), &request.reason, &actor, jiff::Timestamp::now())
            .await,
    )?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct AdoptRequest {
    /// The symbol the adopted text is issued under (`A/AC.292/2026/CRP.1`).
    #[serde(default)]
    symbol: Option<String>,
}

/// The Chair records the current revision as adopted by consensus at a meeting.
#[utoipa::path(post, path = "/negotiations/{name}/adopt", tag = "negotiations", security(("bearer" = [])),
    params(("name" = String, Path)), request_body = AdoptRequest,
    responses((status = 204), (status = 400, body = ApiError), (status = 401, body = ApiError),
        (status = 403, body = ApiError), (status = 404, body = ApiError)))]
async fn adopt(
    State(app): State<AppState>,
    Path(name): Path<String>,
    visitor: crate::access::Visitor,
    body: Result<axum::Json<AdoptRequest>, axum::extract::rejection::JsonRejection>,
) -> ApiResult {
    let axum::Json(request) = body.map_err(bad_body)?;
    readable(&app, &visitor, &name).await?;
    let actor = visitor.actor(Some(Permission::ReadNegotiations));
    stored(app.store.adopt_negotiation(&name, request.symbol.as_deref(), &actor).await)?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct IssueRequest {
    /// The symbol the adopted text is issued under (`A/AC.292/2026/CRP.1`).
    symbol: String,
}

/// The Chair issues an adopted text that has no symbol yet (adopted by silence, say): it
/// enters the document record under the symbol, once.
#[utoipa::path(post, path = "/negotiations/{name}/issue", tag = "negotiations", security(("bearer" = [])),
    params(("name" = String, Path)), request_body = IssueRequest,
    responses((status = 204), (status = 400, body = ApiError), (status = 401, body = ApiError),
        (status = 403, body = ApiError), (status = 404, body = ApiError)))]
async fn issue(
    State(app): State<AppState>,
    Path(name): Path<String>,
    visitor: crate::access::Visitor,
    body: Result<axum::Json<IssueRequest>, axum::extract::rejection::JsonRejection>,
) -> ApiResult {
    let axum::Json(request) = body.map_err(bad_body)?;
    readable(&app, &visitor, &name).await?;
    let actor = visitor.actor(Some(Permission::ReadNegotiations));
    stored(app.store.issue_adopted_text(&name, &request.symbol, &actor).await)?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Where each paragraph of the current (or adopted) text came from: the zero draft or the
/// proposal that added it, every proposal taken into it with the Chair's decision, and, once
/// issued, its place in the document of the record.
#[utoipa::path(get, path = "/negotiations/{name}/lineage", tag = "negotiations", params(("name" = String, Path)),
    responses((status = 200, body = comity_store::NegotiationLineage), (status = 404, body = ApiError)))]
async fn lineage(State(app): State<AppState>, Path(name): Path<String>, visitor: crate::access::Visitor) -> ApiResult {
    let n = readable(&app, &visitor, &name).await?;
    let lineage = stored(app.store.negotiation_lineage(&n.summary.id).await)?;
    Ok(json(StatusCode::OK, &lineage))
}

/// The compendium: every explanation of position on the adopted text, in the UN's order of
/// States, with the paragraphs each State disassociates from.
#[utoipa::path(get, path = "/negotiations/{name}/explanations", tag = "negotiations", params(("name" = String, Path)),
    responses((status = 200, body = Vec<comity_store::NegotiationExplanation>), (status = 404, body = ApiError)))]
async fn list_explanations(
    State(app): State<AppState>,
    Path(name): Path<String>,
    visitor: crate::access::Visitor,
) -> ApiResult {
    let n = readable(&app, &visitor, &name).await?;
    let mut list = stored(app.store.negotiation_explanations(&n.summary.id).await)?;
    crate::pages::in_un_order(&app.catalog.states, &mut list);
    Ok(json(StatusCode::OK, &list))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct ExplanationRequest {
    explanation: String,
    /// Places of the adopted revision (`p7`) the State disassociates from.
    #[serde(default)]
    disassociates: Vec<String>,
}

/// Records the State `{org}`'s explanation of position on the adopted text (again, it
/// replaces the first).
#[utoipa::path(put, path = "/negotiations/{name}/explanations/{org}", tag = "negotiations",
    security(("bearer" = [])), params(("name" = String, Path), ("org" = String, Path, example = "FRA")),
    request_body = ExplanationRequest,
    responses((status = 204), (status = 400, body = ApiError), (status = 401, body = ApiError),
        (status = 403, body = ApiError), (status = 404, body = ApiError)))]
async fn record_explanation(
    State(app): State<AppState>,
    Path((name, org)): Path<(String, String)>,
    visitor: crate::access::Visitor,
    body: Result<axum::Json<ExplanationRequest>, axum::extract::rejection::JsonRejection>,
) -> ApiResult {
    let axum::Json(request) = body.map_err(bad_body)?;
    readable(&app, &visitor, &name).await?;
    let actor = visitor.actor(Some(Permission::Negotiate));
    let state = org.to_ascii_uppercase();
    stored(app.store.record_explanation(&name, &state, &request.disassociates, &request.explanation, &actor).await)?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
