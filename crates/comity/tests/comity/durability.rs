//! Crash durability: a server killed with SIGKILL at random moments under a mixed write load
//! (States' drafts saved through the API, messages posted over TAXII), started again each
//! time; at the end every write the server had acknowledged is in the database, and the audit
//! trail verifies. SQLite always (COMITY_KILLS, default 20); PostgreSQL when
//! COMITY_TEST_DATABASE_URL names a server (COMITY_PG_KILLS, default 5), in a schema of its own.
//! `scripts/crash-durability KILLS` runs it with more kills (docs/benchmarks.md).

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use comity_store::DatabaseUrl;

use crate::load::{
    Acknowledged, OnFailure, PostgresSchema, assert_held, collection_of, drafter, poster, prepare, serve,
};

async fn kill_and_check(label: &str, dir: PathBuf, url: String, kills: usize) {
    let database: DatabaseUrl = url.parse().unwrap();
    let (cycle, tokens, cert) = prepare(&database).await;
    let acked = Arc::new(Mutex::new(Acknowledged::default()));
    let mut seed = u64::from(std::process::id());
    for round in 0..kills {
        let (mut server, address) = serve(&dir, &url);
        let base = format!("http://{address}");
        let collection = collection_of(&base, &cert);
        let stop = Arc::new(AtomicBool::new(false));
        let mut load = Vec::new();
        for &(state, ref token) in &tokens {
            let who = (base.clone(), cycle.clone(), state, token.clone());
            let (stop, acked) = (stop.clone(), acked.clone());
            load.push(std::thread::spawn(move || drafter(who, stop, acked, OnFailure::Stop, Duration::ZERO)));
        }
        let (who, s, a) = ((base.clone(), cert.clone(), collection), stop.clone(), acked.clone());
        load.push(std::thread::spawn(move || poster(who, s, a, OnFailure::Stop, Duration::ZERO)));
        // A random moment between 50 and 450 ms into the load (xorshift: no dependency).
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        std::thread::sleep(Duration::from_millis(50 + seed % 400));
        server.kill().unwrap();
        server.wait().unwrap();
        stop.store(true, Ordering::Relaxed);
        for l in load {
            l.join().unwrap();
        }
        eprintln!("{label}: kill {} of {kills}", round + 1);
    }
    // Started once more and stopped cleanly, so the trail is signed up to its end.
    let (mut server, _) = serve(&dir, &url);
    std::thread::sleep(Duration::from_millis(300));
    server.kill().unwrap();
    server.wait().unwrap();

    let acked = std::mem::take(&mut *acked.lock().unwrap());
    assert!(acked.saves.len() >= kills && !acked.messages.is_empty(), "{label}: the load wrote little");
    assert_held(label, &dir, &url, &cycle, &acked).await;
    eprintln!(
        "{label}: {kills} kills, {} saves and {} messages acknowledged, all held; audit trail verified",
        acked.saves.len(),
        acked.messages.len()
    );
}

fn kills(variable: &str, default: usize) -> usize {
    std::env::var(variable).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_survive_kill_9_on_sqlite() {
    let dir = std::env::temp_dir().join(format!("comity_durability_{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}", dir.join("comity.sqlite3").display());
    kill_and_check("sqlite", dir.clone(), url, kills("COMITY_KILLS", 20)).await;
    std::fs::remove_dir_all(&dir).ok();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_survive_kill_9_on_postgres() {
    let Some(schema) = PostgresSchema::create("comity_durability") else { return };
    let dir = std::env::temp_dir().join(format!("comity_durability_pg_{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap();
    kill_and_check("postgres", dir.clone(), schema.url.clone(), kills("COMITY_PG_KILLS", 5)).await;
    std::fs::remove_dir_all(&dir).ok();
}
