//! Liveness (`/healthz`: the process answers), readiness (`/readyz`: the database answers with
//! a schema this release works with, or the reason it does not) and `/metrics` (see
//! [`crate::metrics`]).

use std::time::Duration;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Json};
use axum::routing::get;
use serde_json::json;

use comity_store::StoreError;

use crate::AppState;

pub(crate) fn router() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(crate::metrics::scrape))
}

async fn healthz() -> impl IntoResponse {
    Json(json!({ "status": "ok", "version": env!("CARGO_PKG_VERSION") }))
}

/// Ready when the database answers with the schema this release works with. A schema a newer
/// release has migrated is still served: releases migrate additively, and a rolling upgrade
/// migrates while the older nodes keep serving until each is restarted; the answer says so.
async fn readyz(State(app): State<AppState>) -> impl IntoResponse {
    let engine = app.store.engine().as_str();
    let unavailable =
        |reason: String| (StatusCode::SERVICE_UNAVAILABLE, Json(json!({ "status": "unavailable", "reason": reason })));
    match tokio::time::timeout(Duration::from_secs(2), app.store.schema_state()).await {
        Ok(Ok(state)) if state.pending() > 0 => unavailable(format!(
            "migrations pending: the database is at schema version {} and this release needs {}; run `comity db migrate`",
            state.current().unwrap_or(0),
            state.latest_known
        )),
        Ok(Ok(state)) => (
            StatusCode::OK,
            Json(json!({ "status": "ready", "database": engine, "schema": state.current().unwrap_or(0) })),
        ),
        Ok(Err(StoreError::NewerSchema { found, known, .. })) => (
            StatusCode::OK,
            Json(json!({ "status": "ready", "database": engine, "schema": found,
                "note": format!("newer schema: a newer release migrated the database to version {found} (this node knows {known}); restart this node on that release") })),
        ),
        Ok(Err(StoreError::MigrationMismatch { version, .. })) => {
            unavailable(format!("schema differs: migration {version} in the database is not this release's"))
        }
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "readiness check failed");
            unavailable("database unreachable".into())
        }
        Err(_) => unavailable("database timed out".into()),
    }
}
