//! What signing in adds to a request's server time, through the whole router in process (no
//! network): the same small JSON answer asked anonymously (`/api/v1/languages`), and asked by a
//! signed-in session (`/api/v1/me`: session lookup, policy decision, the account as JSON).
//!
//!     cargo run --release -p comity-web --example auth-overhead [REQUESTS]
//!
//! SQLite in a temporary directory; PostgreSQL with COMITY_BENCH_DATABASE_URL.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Request, header};
use comity_access::{Membership, OrgRef, Role};
use comity_i18n::Collation;
use comity_store::{Actor, DatabaseUrl, NewAccount, OpenOptions, ReferenceData, Store};
use comity_web::{App, Catalog, router};
use http_body_util::BodyExt;
use tower::ServiceExt;

fn summary(mut times: Vec<Duration>) -> (f64, f64) {
    times.sort();
    let pick = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize].as_secs_f64() * 1e3;
    (pick(0.5), pick(0.99))
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(5000);
    let url: DatabaseUrl = match std::env::var("COMITY_BENCH_DATABASE_URL") {
        Ok(u) => u.parse().unwrap(),
        Err(_) => {
            DatabaseUrl::embedded(&std::env::temp_dir().join(format!("comity-auth-bench-{}", std::process::id())))
        }
    };
    let store = Store::open(&url, OpenOptions::default()).await.unwrap();
    store.migrate_to(None).await.unwrap();
    store.sync_reference(&ReferenceData::load(None, &Collation::new()).unwrap()).await.unwrap();
    let email = format!("bench{}@example.org", std::process::id());
    let id = store
        .create_account(
            &NewAccount {
                email,
                name: "Bench".into(),
                lang: "en".into(),
                password_hash: None,
                memberships: vec![Membership { org: OrgRef::State("FRA".into()), role: Role::FocalPoint }],
            },
            &Actor::cli(),
        )
        .await
        .unwrap();
    let session = store.create_session(&id, true, &Actor::default()).await.unwrap();
    let catalog = Catalog::load(&store).await.unwrap();
    let app = Arc::new(App::for_benchmarks(store.clone(), catalog));
    let routes = router(app);
    let run = async |uri: &str, cookie: Option<&str>| {
        let mut times = Vec::with_capacity(n);
        for _ in 0..n {
            let mut request = Request::get(uri);
            if let Some(c) = cookie {
                request = request.header(header::COOKIE, format!("comity_session={c}"));
            }
            let t = Instant::now();
            let response = routes.clone().oneshot(request.body(Body::empty()).unwrap()).await.unwrap();
            assert!(response.status().is_success(), "{uri}: {}", response.status());
            response.into_body().collect().await.unwrap();
            times.push(t.elapsed());
        }
        summary(times)
    };
    println!("database: {}", url.redacted());
    let (a50, a99) = run("/api/v1/languages", None).await;
    println!("anonymous GET /api/v1/languages: p50 {a50:.3} ms, p99 {a99:.3} ms");
    let (p50, p99) = run("/api/v1/languages", Some(&session)).await;
    println!("signed-in GET /api/v1/languages (public: no lookup): p50 {p50:.3} ms, p99 {p99:.3} ms");
    let (m50, m99) = run("/api/v1/me", Some(&session)).await;
    println!("signed-in GET /api/v1/me (lookup + policy): p50 {m50:.3} ms, p99 {m99:.3} ms");
    println!("added by authentication: p50 {:.3} ms, p99 {:.3} ms", m50 - a50, m99 - a99);
    store.close().await;
}
