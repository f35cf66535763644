//! What operators rely on: readiness with its reason, and `/metrics` behind its token, with
//! every metric the dashboard in `deploy/` reads.

use crate::common::{METRICS_TOKEN, TestApp};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};

async fn raw(t: &TestApp, sql: &str) {
    comity_store::with_pool!(t.app.store, |pool| {
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_string())).execute(pool).await.unwrap();
    });
}

async fn scrape(t: &TestApp, token: Option<&str>) -> (StatusCode, axum::http::HeaderMap, String) {
    let mut request = Request::get("/metrics");
    if let Some(token) = token {
        request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    t.request(request.body(Body::empty()).unwrap()).await
}

#[tokio::test]
async fn readiness_names_its_reason_and_serves_on_while_a_newer_release_has_migrated() {
    let t = TestApp::new().await;
    let (status, body) = t.json("/readyz").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["schema"], comity_store::LATEST_SCHEMA_VERSION);

    // A rolling upgrade: the new release has migrated; this older node keeps serving, and says so.
    let newer = comity_store::LATEST_SCHEMA_VERSION + 1;
    raw(&t, &format!("INSERT INTO comity_schema (version, description, checksum, applied_at, comity_version) VALUES ({newer}, 'next', 'x', '2026-12-03T00:00:00Z', '9.9.9')")).await;
    let (status, body) = t.json("/readyz").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(body["note"].as_str().unwrap().starts_with("newer schema"), "{body}");
    raw(&t, &format!("DELETE FROM comity_schema WHERE version >= {}", comity_store::LATEST_SCHEMA_VERSION)).await;
    let (status, body) = t.json("/readyz").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    let reason = body["reason"].as_str().unwrap();
    assert!(reason.starts_with("migrations pending") && reason.contains("comity db migrate"), "{reason}");
    t.app.store.close().await;
    let (status, body) = t.json("/readyz").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(body["reason"], "database unreachable");
}

#[tokio::test]
async fn metrics_answer_only_their_token_and_count_requests_by_route_template() {
    let t = TestApp::new().await.with_documents().await;
    for (token, what) in [(None, "no token"), (Some("wrong-token-wrong-token"), "a wrong token")] {
        let (status, headers, body) = scrape(&t, token).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{what}");
        assert_eq!(headers[header::WWW_AUTHENTICATE], "Bearer");
        assert!(body.contains("\"code\":\"unauthorized\"") && body.contains("metrics_token"), "{body}");
    }
    for path in ["/en/documents/A/RES/76/19", "/ar/states", "/en/documents/A/RES/1/1"] {
        t.get(path).await;
    }
    // A cycle whose deadline is three days away: its seven-day reminder is due and unsent.
    let soon =
        jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::UTC).date().checked_add(jiff::Span::new().days(3));
    let cycle =
        comity_reporting::NewCycle { deadline: soon.unwrap().to_string(), ..crate::common::one_question_cycle(&[]) };
    t.app.store.create_cycle(&cycle, &comity_store::Actor::cli()).await.unwrap();
    let wrong = crate::common::client::form("/en/sign-in", "email=nobody%40example.org&password=wrong&next=", None);
    assert_eq!(t.request(wrong).await.0, StatusCode::UNAUTHORIZED);
    let (status, headers, body) = scrape(&t, Some(METRICS_TOKEN)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers[header::CONTENT_TYPE].to_str().unwrap().starts_with("application/openmetrics-text"));
    let line = |prefix: &str| body.lines().find(|l| l.starts_with(prefix)).map(str::to_string);
    let documents = "comity_http_requests_total{route=\"/{lang}/documents/{*symbol}\",method=\"GET\",status=";
    assert!(line(&format!("{documents}\"200\"}} 1")).is_some(), "{body}");
    assert!(line(&format!("{documents}\"404\"}} 1")).is_some(), "{body}");
    assert!(!body.contains("A/RES/76/19"), "addresses never become labels");
    assert!(
        line("comity_http_request_duration_seconds_bucket{le=").is_some()
            || body.contains("comity_http_request_duration_seconds_bucket{route=")
    );
    assert!(line("comity_outbox_mails{status=\"queued\"} 0").is_some(), "{body}");
    assert!(line("comity_audit_checkpoint_age_seconds -1").is_some(), "no checkpoint signed yet: {body}");
    assert!(line("comity_db_pool_max_connections ").is_some(), "{body}");
    assert!(line("comity_cycle_reminders_due 1").is_some(), "the due reminder is counted: {body}");
    assert!(line("comity_message_escalation_lag_seconds 0").is_some(), "no message waits: {body}");
    assert!(line("comity_backup_age_seconds -1").is_some(), "no scheduled backup yet: {body}");
    assert!(line("comity_document_fetch_oldest_age_seconds 0").is_some(), "no fetch waits: {body}");
    for name in comity_web::metrics::NAMES
        .iter()
        .filter(|n| !n.starts_with("comity_sign_ins") && !n.starts_with("comity_taxii"))
    {
        assert!(
            body.contains(&format!("\n{name}")) || body.contains(&format!("{name}_bucket")),
            "{name} is served: {body}"
        );
    }
    // Every metric is declared, used or not yet.
    for name in comity_web::metrics::NAMES {
        let family = name.trim_end_matches("_total");
        assert!(body.contains(&format!("# TYPE {family} ")), "{family} declared: {body}");
    }
}

/// The Grafana dashboard in `deploy/` reads only metrics that `/metrics` serves, and shows
/// requests, latency, the outbox, jobs and errors.
#[tokio::test]
async fn the_dashboard_uses_only_metrics_that_exist() {
    let t = TestApp::new().await;
    t.get("/en/").await;
    let (_, _, body) = scrape(&t, Some(METRICS_TOKEN)).await;
    let path = format!("{}/../../deploy/grafana/comity.json", env!("CARGO_MANIFEST_DIR"));
    let dashboard: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let mut expressions = Vec::new();
    for panel in dashboard["panels"].as_array().unwrap() {
        for target in panel["targets"].as_array().unwrap() {
            expressions
                .push((panel["title"].as_str().unwrap().to_string(), target["expr"].as_str().unwrap().to_string()));
        }
    }
    assert!(expressions.len() >= 5, "{expressions:?}");
    for (title, expr) in &expressions {
        let mut rest = expr.as_str();
        while let Some(at) = rest.find("comity_") {
            let name: String = rest[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            rest = &rest[at + name.len()..];
            let family = ["_bucket", "_sum", "_count", "_total"]
                .iter()
                .fold(name.as_str(), |n, suffix| n.strip_suffix(suffix).unwrap_or(n))
                .to_string();
            assert!(
                body.contains(&format!("# TYPE {family} ")),
                "panel {title:?} reads {name}, which /metrics does not serve"
            );
        }
    }
    let titles: Vec<&str> = expressions.iter().map(|(t, _)| t.as_str()).collect();
    for wanted in ["Requests", "Latency", "Outbox", "Jobs", "Errors"] {
        assert!(titles.iter().any(|t| t.contains(wanted)), "a panel on {wanted}: {titles:?}");
    }
}

#[tokio::test]
async fn metrics_are_off_without_a_token() {
    let mut t = TestApp::new().await;
    std::sync::Arc::get_mut(&mut t.app).expect("not shared yet").metrics = comity_web::metrics::Metrics::new(None);
    let (status, _, _) = scrape(&t, Some(METRICS_TOKEN)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
