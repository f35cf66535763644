//! The compilation as a delegate downloads it, end to end through the portal's router: 1,000
//! proposals and 3,000 positions filed through the store on a 120-paragraph text (SQLite in a
//! temporary directory, or PostgreSQL with COMITY_BENCH_DATABASE_URL), then the compilation
//! page, its Word file and its Akoma Ntoso file requested RUNS times each (each request reads
//! the negotiation, the proposals and the positions, compiles and writes). Prints the median
//! and the slowest of each.
//!
//!     cargo run --release -p comity-web --example compilation-latency [RUNS]

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Request, StatusCode};
use comity_access::{Membership, OrgRef, Role};
use comity_i18n::Collation;
use comity_negotiation::Readers;
use comity_negotiation::proposal::{Change, Stance};
use comity_negotiation::text::{Kind, Text};
use comity_states::{StateRegistry, Status};
use comity_store::{Actor, DatabaseUrl, NewAccount, NewNegotiation, NewProposal, OpenOptions, ReferenceData, Store};
use comity_web::{App, Catalog};
use tower::ServiceExt;

const PROPOSALS: usize = 1_000;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let runs: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(20);
    let dir = std::env::temp_dir().join(format!("comity-compilation-bench-{}", std::process::id()));
    let url: DatabaseUrl = match std::env::var("COMITY_BENCH_DATABASE_URL") {
        Ok(u) => u.parse().expect("COMITY_BENCH_DATABASE_URL is a database URL"),
        Err(_) => DatabaseUrl::embedded(&dir),
    };
    let store = Store::open(&url, OpenOptions::default()).await.unwrap();
    store.migrate_to(None).await.unwrap();
    let collation = Collation::new();
    store.sync_reference(&ReferenceData::load(None, &collation).unwrap()).await.unwrap();
    let run = format!("{}-{}", std::process::id(), jiff::Timestamp::now().as_second());
    let states: Vec<String> = StateRegistry::embedded(&collation)
        .unwrap()
        .un_order()
        .iter()
        .filter(|s| s.status == Status::Member)
        .map(|s| s.iso3.clone())
        .collect();
    let mut actors = Vec::new();
    for state in &states {
        let new = NewAccount {
            email: format!("negotiator-{}-{run}@example.org", state.to_lowercase()),
            name: format!("Negotiator {state}"),
            lang: "en".into(),
            password_hash: None,
            memberships: vec![Membership { org: OrgRef::State(state.clone()), role: Role::Negotiator }],
        };
        let id = store.create_account(&new, &Actor::cli()).await.unwrap();
        let actor =
            Actor { account: Some(id), org: Some(state.clone()), role: Some("negotiator".into()), ..Actor::default() };
        actors.push((state.clone(), actor));
    }

    // 120 numbered paragraphs under 7 headings, as the negotiation bench's text.
    let mut md = String::from("# Draft annual progress report\n\n");
    for n in 1..=120 {
        if n % 20 == 1 {
            md.push_str(&format!("Section {}\n\n", n / 20 + 1));
        }
        md.push_str(&format!(
            "{n}. States recalled that the framework of responsible State behaviour in the use of ICTs rests on \
             international law, the norms, confidence-building and capacity-building (paragraph {n}).\n\n"
        ));
    }
    let zero = Text::parse_draft(&md).unwrap();
    let places: Vec<String> =
        zero.paragraphs.iter().filter(|p| p.kind == Kind::Numbered).map(|p| p.place.clone()).collect();
    let name = format!("bench-{run}");
    let negotiation = NewNegotiation {
        name: name.clone(),
        title: "Annual progress report".into(),
        process: "Global Mechanism".into(),
        lang: comity_i18n::Lang::En,
        readers: Readers::Public,
        chair: format!("negotiator-sgp-{run}@example.org"),
        support: vec![],
        deadline: None,
    };
    store.create_negotiation(&negotiation, &zero, &Actor::cli()).await.unwrap();
    let mut filed = Vec::new();
    for n in 0..PROPOSALS {
        let (state, actor) = &actors[n % actors.len()];
        let place = places[n % places.len()].clone();
        let change = match n % 10 {
            0..=5 => Change::Replace { text: format!("States recalled the framework and the norms ({state}, {n}).") },
            6 | 7 => Change::AddAfter { kind: Kind::Numbered, text: format!("{state} proposes more ({n}).") },
            8 => Change::Delete,
            _ => Change::Comment,
        };
        let co_sponsor = actors[(n + 1) % actors.len()].0.clone();
        let proposal = NewProposal {
            place,
            change,
            justification: format!("Because {state} says so."),
            group: None,
            co_sponsors: vec![co_sponsor],
        };
        let p = store.file_proposal(&name, state, &proposal, actor, jiff::Timestamp::now()).await.unwrap();
        filed.push((p.id, n));
    }
    for (id, n) in &filed {
        for k in 2..5 {
            let (state, actor) = &actors[(n + k) % actors.len()];
            let stance = Stance::ALL[(n + k) % Stance::ALL.len()];
            store.take_position(&name, id, state, stance, None, actor).await.unwrap();
        }
    }

    let catalog = Catalog::load(&store).await.unwrap();
    let app = Arc::new(App::for_benchmarks(store, catalog));
    let router = comity_web::router(app.clone());
    println!("database: {}; {PROPOSALS} proposals, 3,000 positions, 127 paragraphs; {runs} runs each", url.redacted());
    for (label, path) in [
        ("the compilation page (HTML)", format!("/en/negotiations/{name}")),
        ("the compilation as Word with tracked changes", format!("/en/negotiations/{name}/compilation.docx")),
        ("the compilation as Akoma Ntoso", format!("/en/negotiations/{name}/compilation.xml")),
    ] {
        let mut times: Vec<Duration> = Vec::new();
        let mut size = 0;
        for _ in 0..runs {
            let request = Request::get(&path).body(Body::empty()).unwrap();
            let started = Instant::now();
            let response = router.clone().oneshot(request).await.unwrap();
            assert_eq!(response.status(), StatusCode::OK, "{path}");
            let body = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
            times.push(started.elapsed());
            size = body.len();
        }
        times.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        println!(
            "{label:<48} {:>8.1} ms {:>8.1} ms  ({size} bytes)",
            ms(times[times.len() / 2]),
            ms(*times.last().unwrap())
        );
    }
    app.store.close().await;
    std::fs::remove_dir_all(dir).ok();
}
