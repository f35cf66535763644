//! `/me`, `/orgs/{org}/users`, `/orgs/{org}/audit`, `/audit`: the signed-in account, its organisations' users and audit trail, and the signed checkpoints.

use super::{ApiError, ApiFailure, ApiResult, internal, json};
use crate::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// This part's operations, added to the API's router.
pub(super) fn routes(router: OpenApiRouter<AppState>) -> OpenApiRouter<AppState> {
    router
        .routes(routes!(me))
        .routes(routes!(org_users))
        .routes(routes!(org_audit))
        .routes(routes!(whole_audit))
        .routes(routes!(audit_checkpoints))
}

/// The signed-in account.
#[derive(Serialize, ToSchema)]
pub(super) struct Me {
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
pub(super) struct UserView {
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
pub(super) struct AuditEntryView {
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
