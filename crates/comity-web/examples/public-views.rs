//! Load on the public pages of a cycle with 193 published replies (about five pages each):
//! the server runs in this process on 127.0.0.1, and wrk (Debian's package) asks each page for
//! ten seconds with 64 connections, then stops; requests per second and latency are printed.
//!
//!     cargo run --release -p comity-web --example public-views [SECONDS]
//!
//! SQLite in a temporary directory; PostgreSQL with COMITY_BENCH_DATABASE_URL.

use std::sync::Arc;

use comity_i18n::Collation;
use comity_store::{Actor, DatabaseUrl, OpenOptions, ReferenceData, Store};
use comity_web::{App, Catalog};

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let seconds: u32 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(10);
    let url: DatabaseUrl = match std::env::var("COMITY_BENCH_DATABASE_URL") {
        Ok(u) => u.parse().unwrap(),
        Err(_) => {
            DatabaseUrl::embedded(&std::env::temp_dir().join(format!("comity-views-bench-{}", std::process::id())))
        }
    };
    let store = Store::open(&url, OpenOptions::default()).await.unwrap();
    store.migrate_to(None).await.unwrap();
    store.sync_reference(&ReferenceData::load(None, &Collation::new()).unwrap()).await.unwrap();
    let catalog = Catalog::load(&store).await.unwrap();
    // A session of its own, so that runs against one PostgreSQL database do not collide.
    let session = 100 + (std::process::id() % 100);
    let cycle = comity_reporting::NewCycle {
        resolution: "A/RES/76/19".into(),
        session,
        questions: ["(a)", "(b)"]
            .iter()
            .map(|l| comity_reporting::Question {
                label: l.to_string(),
                texts: [("en".into(), "A question".into())].into(),
            })
            .collect(),
        note_verbale: "BENCH/1".into(),
        note_verbale_date: "2026-01-01".into(),
        deadline: "2099-05-20".into(),
    };
    let id = store.create_cycle(&cycle, &Actor::cli()).await.unwrap();
    let paragraph = "The Government continues to strengthen the security of information and communications technologies through national legislation, a computer emergency response team that works with its regional counterparts, and programmes that build the capacity of public institutions.";
    let text: String = (1..=60).map(|n| format!("{n}. {paragraph}\n\n")).collect();
    let members: Vec<String> = catalog.states.un_order().iter().take(193).map(|s| s.iso3.clone()).collect();
    for (i, state) in members.iter().enumerate() {
        let mut answers: std::collections::BTreeMap<String, String> =
            [("(a)".to_string(), text.clone()), ("(b)".to_string(), text.clone())].into();
        answers.insert("survey/norm-g/status".into(), comity_reporting::survey::STATUSES[i % 5].into());
        answers.insert("element/norm-g".into(), paragraph.into());
        let lang = comity_i18n::Lang::ALL[i % 6].code();
        store.save_reply(&id, state, lang, &answers, 0, &Actor::cli()).await.unwrap();
        store.reply_action(&id, state, comity_reporting::Action::Submit, &Actor::cli()).await.unwrap();
        store.reply_action(&id, state, comity_reporting::Action::Publish, &Actor::cli()).await.unwrap();
    }
    let app = Arc::new(App::for_benchmarks(store.clone(), catalog));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(comity_web::serve(app, listener, async {
        let _ = stopped.await;
    }));
    println!("database: {}; cycle {id} with {} published replies", url.redacted(), members.len());
    for path in [
        format!("/en/views/{id}"),
        format!("/ar/views/{id}"),
        format!("/zh/views/{id}/states/{}", members[40]),
        "/en/views".to_string(),
        "/ar/views/elements/norm-g".to_string(),
        format!("/fr/views/states/{}", members[7]),
    ] {
        let target = format!("http://{addr}{path}");
        let out = tokio::process::Command::new("wrk")
            .args(["-t2", "-c64", &format!("-d{seconds}s"), "--latency", &target])
            .output()
            .await
            .expect("wrk (apt install wrk)");
        let text = String::from_utf8_lossy(&out.stdout);
        let pick = |key: &str| {
            text.lines()
                .find(|l| l.trim_start().starts_with(key))
                .map(|l| l.split_whitespace().nth(1).unwrap_or("").to_string())
                .unwrap_or_default()
        };
        let errors = text.lines().find(|l| l.contains("Non-2xx") || l.contains("Socket errors")).unwrap_or("").trim();
        println!(
            "{path:<40} {:>9} req/s  p50 {:>8}  p99 {:>8}  {errors}",
            text.lines()
                .find(|l| l.starts_with("Requests/sec"))
                .and_then(|l| l.split_whitespace().nth(1))
                .unwrap_or("?"),
            pick("50%"),
            pick("99%"),
        );
    }
    let _ = stop.send(());
    server.await.unwrap().unwrap();
    store.close().await;
}
