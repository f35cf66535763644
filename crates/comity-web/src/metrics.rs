//! What operators scrape at `/metrics`, in the Prometheus text format: requests by route
//! template and status with their latency, sign-ins, TAXII objects, and, read from the database
//! at each scrape so that every node reports the same, the outbox, the audit checkpoints, the
//! scheduled rounds overdue, the reminders not sent on their day, the escalations overdue, the
//! newest verified backup, the oldest ODS fetch waiting, and this node's connection pool. Off unless `metrics_token` is set; then only a scrape that brings it as a bearer token
//! is answered.

use std::sync::atomic::AtomicU64;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

use crate::AppState;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    route: String,
    method: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub(crate) struct OutcomeLabels {
    pub outcome: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub(crate) struct DirectionLabels {
    pub direction: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct StatusLabels {
    status: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct StateLabels {
    state: &'static str,
}

type FloatGauge = Gauge<f64, AtomicU64>;

/// The node's metrics, and the digest of the token a scrape must bring.
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Family<RouteLabels, Histogram>,
    /// Portal sign-ins by outcome (`succeeded`, `failed`, `throttled`).
    pub(crate) sign_ins: Family<OutcomeLabels, Counter>,
    /// STIX objects through TAXII (`served`, `added`).
    pub(crate) taxii_objects: Family<DirectionLabels, Counter>,
    outbox: Family<StatusLabels, Gauge>,
    outbox_oldest: FloatGauge,
    checkpoint_age: FloatGauge,
    schedule_lag: FloatGauge,
    reminders_due: Gauge,
    escalation_lag: FloatGauge,
    backup_age: FloatGauge,
    fetch_lag: FloatGauge,
    pool: Family<StateLabels, Gauge>,
    pool_max: Gauge,
    /// The SHA-256 of the token scrapes bring.
    token: Option<String>,
}

/// The names of every metric `/metrics` serves (the dashboard in `deploy/` uses only these;
/// a test checks both ways).
pub const NAMES: [&str; 15] = [
    "comity_http_requests_total",
    "comity_http_request_duration_seconds",
    "comity_sign_ins_total",
    "comity_taxii_objects_total",
    "comity_outbox_mails",
    "comity_outbox_oldest_unsent_age_seconds",
    "comity_audit_checkpoint_age_seconds",
    "comity_check_schedule_lag_seconds",
    "comity_cycle_reminders_due",
    "comity_message_escalation_lag_seconds",
    "comity_backup_age_seconds",
    "comity_document_fetch_oldest_age_seconds",
    "comity_db_pool_connections",
    "comity_db_pool_max_connections",
    "comity_up",
];

impl Metrics {
    /// Metrics answered to scrapes bringing `token`; `None`: `/metrics` is off (404).
    pub fn new(token: Option<&str>) -> Metrics {
        let mut registry = Registry::default();
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "comity_http_requests",
            "Requests answered, by route template, method and status",
            requests.clone(),
        );
        let latency = Family::<RouteLabels, Histogram>::new_with_constructor(|| {
            Histogram::new(exponential_buckets(0.000_25, 2.0, 16))
        });
        registry.register("comity_http_request_duration_seconds", "Time to answer, by route template", latency.clone());
        let sign_ins = Family::<OutcomeLabels, Counter>::default();
        registry.register("comity_sign_ins", "Portal sign-ins with a password, by outcome", sign_ins.clone());
        let taxii_objects = Family::<DirectionLabels, Counter>::default();
        registry.register("comity_taxii_objects", "STIX objects served and added through TAXII", taxii_objects.clone());
        let outbox = Family::<StatusLabels, Gauge>::default();
        registry.register("comity_outbox_mails", "Mail in the outbox, by status", outbox.clone());
        let outbox_oldest = FloatGauge::default();
        registry.register(
            "comity_outbox_oldest_unsent_age_seconds",
            "Age of the oldest mail not yet sent (0 when none waits)",
            outbox_oldest.clone(),
        );
        let checkpoint_age = FloatGauge::default();
        registry.register(
            "comity_audit_checkpoint_age_seconds",
            "Age of the newest signed audit checkpoint (-1 when none yet)",
            checkpoint_age.clone(),
        );
        let schedule_lag = FloatGauge::default();
        registry.register(
            "comity_check_schedule_lag_seconds",
            "How long the most overdue scheduled check round has been due (0 when none is)",
            schedule_lag.clone(),
        );
        let reminders_due: Gauge = Gauge::default();
        registry.register(
            "comity_cycle_reminders_due",
            "Reporting-cycle reminders whose day has come and that no node has sent yet",
            reminders_due.clone(),
        );
        let escalation_lag = FloatGauge::default();
        registry.register(
            "comity_message_escalation_lag_seconds",
            "How long the most overdue message has waited past its deadline to be escalated (0 when none has)",
            escalation_lag.clone(),
        );
        let backup_age = FloatGauge::default();
        registry.register(
            "comity_backup_age_seconds",
            "Age of the newest scheduled backup written and read back whole (-1 when none yet)",
            backup_age.clone(),
        );
        let fetch_lag = FloatGauge::default();
        registry.register(
            "comity_document_fetch_oldest_age_seconds",
            "How long the oldest unfinished fetch from the ODS has waited since it was asked for (0 when none waits)",
            fetch_lag.clone(),
        );
        let pool = Family::<StateLabels, Gauge>::default();
        registry.register(
            "comity_db_pool_connections",
            "This node's database connections, idle or in use",
            pool.clone(),
        );
        let pool_max = Gauge::default();
        registry.register("comity_db_pool_max_connections", "This node's pool size limit", pool_max.clone());
        // Outcomes and directions start at 0, so that rates are defined before the first one.
        for outcome in ["succeeded", "failed", "throttled"] {
            let _ = sign_ins.get_or_create(&OutcomeLabels { outcome });
        }
        for direction in ["served", "added"] {
            let _ = taxii_objects.get_or_create(&DirectionLabels { direction });
        }
        let up: Gauge = Gauge::default();
        up.set(1);
        registry.register("comity_up", "1 while this node answers scrapes", up);
        Metrics {
            registry,
            requests,
            latency,
            sign_ins,
            taxii_objects,
            outbox,
            outbox_oldest,
            checkpoint_age,
            schedule_lag,
            reminders_due,
            escalation_lag,
            backup_age,
            fetch_lag,
            pool,
            pool_max,
            token: token.filter(|t| !t.is_empty()).map(comity_access::secrets::digest),
        }
    }

    pub(crate) fn sign_in(&self, outcome: &'static str) {
        self.sign_ins.get_or_create(&OutcomeLabels { outcome }).inc();
    }

    pub(crate) fn taxii(&self, direction: &'static str, objects: usize) {
        self.taxii_objects.get_or_create(&DirectionLabels { direction }).inc_by(objects as u64);
    }
}

/// Counts each routed request under its route template (never its address, which would name
/// documents, States and tokens), with the time it took.
pub(crate) async fn track(State(app): State<AppState>, request: Request, next: Next) -> Response {
    let route = request.extensions().get::<MatchedPath>().map(|m| m.as_str().to_string()).unwrap_or_default();
    let method = request.method().as_str().to_string();
    let started = Instant::now();
    let response = next.run(request).await;
    let status = response.status().as_u16();
    app.metrics.latency.get_or_create(&RouteLabels { route: route.clone() }).observe(started.elapsed().as_secs_f64());
    app.metrics.requests.get_or_create(&RequestLabels { route, method, status }).inc();
    response
}

/// Seconds since an RFC 3339 time, or None when it does not parse.
fn age(at: &str, now: jiff::Timestamp) -> Option<f64> {
    let then: jiff::Timestamp = at.parse().ok()?;
    Some(now.duration_since(then).as_secs_f64())
}

/// `GET /metrics`: 404 while no token is set, 401 without the right one.
pub(crate) async fn scrape(State(app): State<AppState>, headers: HeaderMap) -> Response {
    let metrics = &app.metrics;
    let Some(expected) = &metrics.token else { return StatusCode::NOT_FOUND.into_response() };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(comity_access::secrets::digest);
    if given.as_ref() != Some(expected) {
        let body = serde_json::json!({ "error": { "code": "unauthorized",
            "message": "a scrape of /metrics brings the deployment's metrics_token as `Authorization: Bearer <token>`" } });
        return (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"))],
            axum::Json(body),
        )
            .into_response();
    }
    let now = jiff::Timestamp::now();
    match app.store.operations().await {
        Ok(ops) => {
            for (status, n) in [
                ("queued", ops.outbox.queued),
                ("retrying", ops.outbox.retrying),
                ("sent", ops.outbox.sent),
                ("bounced", ops.outbox.bounced),
            ] {
                metrics.outbox.get_or_create(&StatusLabels { status }).set(n);
            }
            metrics.outbox_oldest.set(ops.outbox.oldest_unsent.as_deref().and_then(|t| age(t, now)).unwrap_or(0.0));
            metrics.checkpoint_age.set(ops.last_checkpoint_at.as_deref().and_then(|t| age(t, now)).unwrap_or(-1.0));
            metrics
                .schedule_lag
                .set(ops.oldest_due_schedule.as_deref().and_then(|t| age(t, now)).map(|s| s.max(0.0)).unwrap_or(0.0));
            metrics.reminders_due.set(ops.reminders_due as i64);
            metrics
                .escalation_lag
                .set(ops.oldest_escalation_due.as_deref().and_then(|t| age(t, now)).map(|s| s.max(0.0)).unwrap_or(0.0));
            metrics.backup_age.set(ops.last_backup_at.as_deref().and_then(|t| age(t, now)).unwrap_or(-1.0));
            metrics
                .fetch_lag
                .set(ops.oldest_waiting_fetch.as_deref().and_then(|t| age(t, now)).map(|s| s.max(0.0)).unwrap_or(0.0));
            metrics.pool.get_or_create(&StateLabels { state: "idle" }).set(ops.pool.idle as i64);
            metrics.pool.get_or_create(&StateLabels { state: "in_use" }).set(ops.pool.in_use() as i64);
            metrics.pool_max.set(i64::from(ops.pool.max));
        }
        Err(e) => tracing::warn!(error = %e, "metrics: the database did not answer"),
    }
    let mut out = String::new();
    if let Err(e) = prometheus_client::encoding::text::encode(&mut out, &metrics.registry) {
        tracing::error!(error = %e, "metrics: encoding failed");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    (
        StatusCode::OK,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/openmetrics-text; version=1.0.0; charset=utf-8"),
        )],
        out,
    )
        .into_response()
}
