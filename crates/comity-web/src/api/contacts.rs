//! `/checks/acknowledge`: a communication check acknowledged by a contact's link token.

use super::{ApiError, ApiFailure, ApiResult, internal, json};
use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// This part's operations, added to the API's router.
pub(super) fn routes(router: OpenApiRouter<AppState>) -> OpenApiRouter<AppState> {
    router.routes(routes!(acknowledge_check))
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
