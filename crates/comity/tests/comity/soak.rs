//! The memory soak (`scripts/soak`, not run by `cargo test`: it takes half an hour): one
//! `comity serve` on SQLite under a steady mixed load — four States' drafters saving every
//! 100 ms, Kenya's CERT posting a message every 200 ms over TAXII, two readers asking for
//! public pages back to back, a Prometheus scrape every 15 s — for COMITY_SOAK_MINUTES (30 by
//! default), with the server's resident memory read from /proc every minute. Memory must stay
//! flat: the last reading no more than a quarter above the one after the first five minutes
//! (the caches' fill-up).

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use comity_store::DatabaseUrl;

use crate::load::{Acknowledged, OnFailure, agent, collection_of, drafter, poster, prepare, serve_with};

const METRICS_TOKEN: &str = "soak-metrics-token-0123";

/// The server's resident set, in MiB.
fn resident_mib(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let kib: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap();
    kib / 1024.0
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "half an hour: scripts/soak runs it"]
async fn memory_stays_flat_under_a_steady_load() {
    let minutes: u64 = std::env::var("COMITY_SOAK_MINUTES").ok().and_then(|m| m.parse().ok()).unwrap_or(30);
    let dir = std::env::temp_dir().join(format!("comity_soak_{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}", dir.join("comity.sqlite3").display());
    let database: DatabaseUrl = url.parse().unwrap();
    let (cycle, tokens, cert) = prepare(&database).await;
    let (mut server, address) = serve_with(&dir, &url, "127.0.0.1:0", &[("COMITY_METRICS_TOKEN", METRICS_TOKEN)]);
    let base = format!("http://{address}");
    let collection = collection_of(&base, &cert);

    let stop = Arc::new(AtomicBool::new(false));
    let acked = Arc::new(Mutex::new(Acknowledged::default()));
    let failures = Arc::new(AtomicUsize::new(0));
    let pages = Arc::new(AtomicUsize::new(0));
    let mut load = Vec::new();
    for &(state, ref token) in &tokens {
        let who = (base.clone(), cycle.clone(), state, token.clone());
        let (s, a, f) = (stop.clone(), acked.clone(), OnFailure::Count(failures.clone()));
        load.push(std::thread::spawn(move || drafter(who, s, a, f, Duration::from_millis(100))));
    }
    let who = (base.clone(), cert.clone(), collection);
    let (s, a, f) = (stop.clone(), acked.clone(), OnFailure::Count(failures.clone()));
    load.push(std::thread::spawn(move || poster(who, s, a, f, Duration::from_millis(200))));
    for reader in 0..2 {
        let (base, stop, failures, pages) = (base.clone(), stop.clone(), failures.clone(), pages.clone());
        load.push(std::thread::spawn(move || {
            let agent = agent();
            let paths =
                ["/en/states", "/zh/search?q=%E5%90%88%E4%BD%9C", "/ar/framework", "/fr/documents", "/es/views"];
            let mut n = reader;
            while !stop.load(Ordering::Relaxed) {
                n += 1;
                match agent.get(&format!("{base}{}", paths[n % paths.len()])).call() {
                    Ok(r) if r.status() == 200 => pages.fetch_add(1, Ordering::Relaxed),
                    _ => failures.fetch_add(1, Ordering::Relaxed),
                };
            }
        }));
    }
    {
        let (base, stop, failures) = (base.clone(), stop.clone(), failures.clone());
        load.push(std::thread::spawn(move || {
            let agent = agent();
            while !stop.load(Ordering::Relaxed) {
                let scrape = agent
                    .get(&format!("{base}/metrics"))
                    .header("authorization", &format!("Bearer {METRICS_TOKEN}"))
                    .call();
                if !matches!(scrape, Ok(ref r) if r.status() == 200) {
                    failures.fetch_add(1, Ordering::Relaxed);
                }
                std::thread::sleep(Duration::from_secs(15));
            }
        }));
    }

    let started = Instant::now();
    let mut readings = Vec::new();
    println!("| minute | resident MiB | saves | messages | pages | failures |");
    println!("|---|---|---|---|---|---|");
    for minute in 1..=minutes {
        let due = Duration::from_secs(60 * minute);
        std::thread::sleep(due.saturating_sub(started.elapsed()));
        let rss = resident_mib(server.id());
        let (saves, messages) = {
            let a = acked.lock().unwrap();
            (a.saves.len(), a.messages.len())
        };
        println!(
            "| {minute} | {rss:.1} | {saves} | {messages} | {} | {} |",
            pages.load(Ordering::Relaxed),
            failures.load(Ordering::Relaxed)
        );
        readings.push(rss);
    }
    stop.store(true, Ordering::Relaxed);
    for l in load {
        l.join().unwrap();
    }
    server.kill().unwrap();
    server.wait().unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(failures.load(Ordering::Relaxed), 0, "requests failed during the soak");
    let settled = readings[(readings.len() - 1).min(4)];
    let last = *readings.last().unwrap();
    assert!(last <= settled * 1.25, "resident memory grew from {settled:.1} MiB to {last:.1} MiB");
}
