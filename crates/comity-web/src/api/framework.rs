//! `/framework`: the normative framework whole, and one element of it.

use super::{ApiError, ApiFailure, ApiResult, json};
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use comity_framework::{Element, Framework};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// This part's operations, added to the API's router.
pub(super) fn routes(router: OpenApiRouter<AppState>) -> OpenApiRouter<AppState> {
    router.routes(routes!(get_framework)).routes(routes!(get_element))
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
