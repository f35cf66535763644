//! A communication check of 193 States x 4 contacts (772): from the start of the round to
//! the last mail handed to an SMTP server on 127.0.0.1 (the tests' own loopback server), then
//! 772 acknowledgements recorded, 16 at a time, as people clicking their links.
//!
//!     cargo run --release -p comity-web --example check-delivery
//!
//! SQLite in a temporary directory; PostgreSQL with COMITY_BENCH_DATABASE_URL.

// The tests' loopback SMTP server, shared rather than copied; this example reads only part of
// what it keeps.
#[allow(dead_code)]
#[path = "../tests/web/common/smtp.rs"]
mod smtp;

use std::time::Instant;

use comity_i18n::Collation;
use comity_store::{Actor, CheckScope, DatabaseUrl, OpenOptions, ReferenceData, Store};

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let url: DatabaseUrl = match std::env::var("COMITY_BENCH_DATABASE_URL") {
        Ok(u) => u.parse().unwrap(),
        Err(_) => {
            DatabaseUrl::embedded(&std::env::temp_dir().join(format!("comity-checks-bench-{}", std::process::id())))
        }
    };
    let store = Store::open(&url, OpenOptions::default()).await.unwrap();
    store.migrate_to(None).await.unwrap();
    store.sync_reference(&ReferenceData::load(None, &Collation::new()).unwrap()).await.unwrap();
    let states = comity_states::StateRegistry::embedded(&Collation::new()).unwrap();
    let mut csv = comity_contacts::CSV_COLUMNS.join(",") + "\n";
    let run = std::process::id();
    for s in states.un_order().iter().take(193) {
        for (n, category) in ["diplomatic", "diplomatic", "technical", "technical"].iter().enumerate() {
            csv.push_str(&format!(
                "{},{category},Contact {n},Officer,Ministry,poc{n}-{run}@{}.example,+41 22 917 1234,en,24/7,UTC,\n",
                s.iso3,
                s.iso3.to_lowercase()
            ));
        }
    }
    let (rows, problems) = comity_contacts::read_csv(csv.as_bytes(), &states).unwrap();
    assert!(problems.is_empty());
    store.import_nominations(&rows, true, "bench.csv", &Actor::cli()).await.unwrap();
    let (relay, inbox) = smtp::start().await;
    let mail = comity_jobs::Mail {
        mailer: comity_mail::Mailer::new(&relay, "Comity <comity@bench.example>", None).unwrap(),
        public_url: "https://comity.bench.example".into(),
        node: "bench".into(),
        own_mailbox: false,
    };
    let messages = comity_i18n::Messages::load().unwrap();
    let scope =
        CheckScope { states: states.un_order().iter().take(193).map(|s| s.iso3.clone()).collect(), category: None };
    let started = Instant::now();
    let (round, asked) =
        comity_jobs::start_check(&mail, &messages, &store, ("Bench", "2099-01-01T00:00:00Z"), &scope, &Actor::cli())
            .await
            .unwrap();
    let queued = started.elapsed();
    let (sent, failed) = comity_jobs::deliver_outbox(&mail, &store).await.unwrap();
    let delivered = started.elapsed();
    assert_eq!((sent, failed), (asked, 0));
    assert!(inbox.messages().len() >= asked);
    println!("database: {}", url.redacted());
    println!(
        "{asked} contacts: round queued in {:.2} s; all {sent} mails handed to the SMTP server {:.2} s after the start",
        queued.as_secs_f64(),
        delivered.as_secs_f64()
    );
    // The tokens travel only in the mail: read them back from what the server received.
    let tokens: Vec<String> = inbox
        .messages()
        .iter()
        .filter_map(|m| {
            let text = m.data.replace("=\n", "");
            let at = text.find("/ack/")? + 5;
            Some(text[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect())
        })
        .collect();
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for chunk in tokens.chunks(tokens.len().div_ceil(16)) {
        let (store, chunk) = (store.clone(), chunk.to_vec());
        tasks.spawn(async move {
            for token in chunk {
                let outcome = store.acknowledge(&token, "link", &Actor::default()).await.unwrap();
                assert!(matches!(outcome, comity_store::Acknowledgement::Recorded { .. }), "{outcome:?}");
            }
        });
    }
    while let Some(done) = tasks.join_next().await {
        done.unwrap();
    }
    let elapsed = started.elapsed().as_secs_f64();
    let results = store.check_results(&round, None).await.unwrap().unwrap();
    println!(
        "{} acknowledgements recorded in {elapsed:.2} s: {:.0} per second",
        results.0.acknowledged,
        results.0.acknowledged as f64 / elapsed
    );
    store.close().await;
}
