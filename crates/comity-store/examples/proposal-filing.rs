//! The last hour before a negotiation's deadline: 193 States' negotiators filing 5 proposals
//! each (965 in all) from 64 clients at once on a 120-paragraph text, as the API does (each
//! filing checked against the current revision and written with its audit entry); latency of
//! each filing.
//!
//!     cargo run --release -p comity-store --example proposal-filing
//!
//! SQLite in a temporary directory; PostgreSQL with COMITY_BENCH_DATABASE_URL.

use std::sync::Arc;
use std::time::{Duration, Instant};

use comity_access::{Membership, OrgRef, Role};
use comity_i18n::Collation;
use comity_negotiation::Readers;
use comity_negotiation::proposal::Change;
use comity_negotiation::text::Text;
use comity_states::{StateRegistry, Status};
use comity_store::{Actor, DatabaseUrl, NewAccount, NewNegotiation, NewProposal, OpenOptions, ReferenceData, Store};

const CLIENTS: usize = 64;
const EACH: usize = 5;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let url: DatabaseUrl = match std::env::var("COMITY_BENCH_DATABASE_URL") {
        Ok(u) => u.parse().unwrap(),
        Err(_) => {
            DatabaseUrl::embedded(&std::env::temp_dir().join(format!("comity-filing-bench-{}", std::process::id())))
        }
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
    assert_eq!(states.len(), 193);
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
        actors.push((
            state.clone(),
            Actor { account: Some(id), org: Some(state.clone()), role: Some("negotiator".into()), ..Actor::default() },
        ));
    }
    let mut md = String::from("# Draft annual progress report\n\n");
    for n in 1..=120 {
        md.push_str(&format!(
            "{n}. States recalled that the framework of responsible State behaviour in the use of ICTs rests on \
             international law, the norms, confidence-building and capacity-building (paragraph {n}).\n\n"
        ));
    }
    let zero = Text::parse_draft(&md).unwrap();
    let name = format!("bench-{run}");
    let negotiation = NewNegotiation {
        name: name.clone(),
        title: "Annual progress report".into(),
        process: "Global Mechanism".into(),
        lang: comity_i18n::Lang::En,
        readers: Readers::States,
        chair: format!("negotiator-sgp-{run}@example.org"),
        support: vec![],
        deadline: None,
    };
    store.create_negotiation(&negotiation, &zero, &Actor::cli()).await.unwrap();
    // Every filing to make, dealt out to the clients in turn.
    let mut work: Vec<(String, Actor, NewProposal)> = Vec::new();
    for k in 0..EACH {
        for (i, (state, actor)) in actors.iter().enumerate() {
            let place = format!("p{}", 2 + (i * EACH + k) % 120);
            let change = match k {
                0 | 1 => Change::Replace { text: format!("States recalled the framework ({state}, {k}).") },
                2 => Change::AddAfter {
                    kind: comity_negotiation::text::Kind::Numbered,
                    text: format!("{state} proposes more ({k})."),
                },
                3 => Change::Comment,
                _ => Change::Delete,
            };
            let proposal = NewProposal {
                place,
                change,
                justification: format!("Because {state} says so."),
                group: None,
                co_sponsors: vec![],
            };
            work.push((state.clone(), actor.clone(), proposal));
        }
    }
    let work = Arc::new(std::sync::Mutex::new(work));
    let started = Instant::now();
    let mut clients = Vec::new();
    for _ in 0..CLIENTS {
        let (store, work, name) = (store.clone(), work.clone(), name.clone());
        clients.push(tokio::spawn(async move {
            let mut times = Vec::new();
            loop {
                let next = work.lock().unwrap().pop();
                let Some((state, actor, proposal)) = next else { break };
                let t = Instant::now();
                store.file_proposal(&name, &state, &proposal, &actor, jiff::Timestamp::now()).await.unwrap();
                times.push(t.elapsed());
            }
            times
        }));
    }
    let mut all: Vec<Duration> = Vec::new();
    for c in clients {
        all.extend(c.await.unwrap());
    }
    let wall = started.elapsed();
    all.sort();
    let pick = |p: f64| all[((all.len() as f64 - 1.0) * p).round() as usize].as_secs_f64() * 1e3;
    println!("database: {}", url.redacted());
    println!(
        "193 States x {EACH} proposals ({} in all) from {CLIENTS} clients: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms; {:.0} filings/s",
        all.len(),
        pick(0.5),
        pick(0.99),
        all.last().unwrap().as_secs_f64() * 1e3,
        all.len() as f64 / wall.as_secs_f64()
    );
    store.close().await;
}
