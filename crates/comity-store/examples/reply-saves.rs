//! Saving drafts under load: 50 drafters (one per State) saving their replies at once, each
//! save a new version with its audit entry, as the portal does; per-save latency.
//!
//!     cargo run --release -p comity-store --example reply-saves [SAVES_PER_DRAFTER]
//!
//! SQLite in a temporary directory; PostgreSQL with COMITY_BENCH_DATABASE_URL.

use std::time::{Duration, Instant};

use comity_i18n::Collation;
use comity_reporting::{NewCycle, Question};
use comity_states::StateRegistry;
use comity_store::{Actor, DatabaseUrl, OpenOptions, ReferenceData, Store};

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let saves: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(20);
    let url: DatabaseUrl = match std::env::var("COMITY_BENCH_DATABASE_URL") {
        Ok(u) => u.parse().unwrap(),
        Err(_) => {
            DatabaseUrl::embedded(&std::env::temp_dir().join(format!("comity-saves-bench-{}", std::process::id())))
        }
    };
    let store = Store::open(&url, OpenOptions::default()).await.unwrap();
    store.migrate_to(None).await.unwrap();
    let collation = Collation::new();
    store.sync_reference(&ReferenceData::load(None, &collation).unwrap()).await.unwrap();
    let mut cycle = NewCycle {
        resolution: "A/RES/76/19".into(),
        session: 1,
        questions: vec![Question { label: "(a)".into(), texts: [("en".into(), "National efforts".into())].into() }],
        note_verbale: "ODA/1".into(),
        note_verbale_date: "2022-02-15".into(),
        deadline: "2099-05-20".into(),
    };
    // A session of its own, so that runs against one PostgreSQL database do not collide.
    let id = loop {
        match store.create_cycle(&cycle, &Actor::cli()).await {
            Ok(id) => break id,
            Err(_) if cycle.session < 200 => cycle.session += 1,
            Err(e) => panic!("{e}"),
        }
    };
    let states: Vec<String> =
        StateRegistry::embedded(&collation).unwrap().un_order().iter().take(50).map(|s| s.iso3.clone()).collect();
    let text = "The Government continues to strengthen the security of ICTs. ".repeat(200);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for state in states {
        let (store, id, text) = (store.clone(), id.clone(), text.clone());
        tasks.push(tokio::spawn(async move {
            let mut times = Vec::with_capacity(saves);
            let actor = Actor { org: Some(state.clone()), role: Some("drafter".into()), ..Actor::default() };
            for version in 0..saves as i64 {
                let answers = [("(a)".to_string(), format!("{text} {version}"))].into();
                let t = Instant::now();
                store.save_reply(&id, &state, "en", &answers, version, &actor).await.unwrap();
                times.push(t.elapsed());
            }
            times
        }));
    }
    let mut all: Vec<Duration> = Vec::new();
    // A reply's first save creates it, once a cycle; the edits after it are what drafters wait
    // for all through the cycle.
    let mut edits: Vec<Duration> = Vec::new();
    for t in tasks {
        let times = t.await.unwrap();
        edits.extend(&times[1..]);
        all.extend(times);
    }
    let wall = started.elapsed();
    all.sort();
    edits.sort();
    let pick = |v: &[Duration], p: f64| v[((v.len() as f64 - 1.0) * p).round() as usize].as_secs_f64() * 1e3;
    println!("database: {}", url.redacted());
    println!(
        "50 drafters x {saves} saves ({} in all, ~12 KB each, with audit entries): p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms; {:.0} saves/s; without the first save of each reply: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        all.len(),
        pick(&all, 0.5),
        pick(&all, 0.99),
        all.last().unwrap().as_secs_f64() * 1e3,
        all.len() as f64 / wall.as_secs_f64(),
        pick(&edits, 0.5),
        pick(&edits, 0.99),
        edits.last().unwrap().as_secs_f64() * 1e3,
    );
    store.close().await;
}
