//! Crash durability: a server killed with SIGKILL at random moments under a mixed write load
//! (States' drafts saved through the API, messages posted over TAXII), started again each
//! time; at the end every write the server had acknowledged is in the database, and the audit
//! trail verifies. SQLite always (COMITY_KILLS, default 20); PostgreSQL when
//! COMITY_TEST_DATABASE_URL names a server (COMITY_PG_KILLS, default 5), in a schema of its own.
//! `scripts/crash-durability KILLS` runs it with more kills (docs/benchmarks.md).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use comity_access::{Membership, OrgRef, Permission, Role};
use comity_store::{Actor, DatabaseUrl, NewAccount, OpenOptions, ReferenceData, Store};

const STATES: [&str; 4] = ["FRA", "KEN", "CHN", "BRA"];

fn comity(dir: &Path, url: &str, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_comity"));
    c.current_dir(dir)
        .args(["--data-dir", dir.to_str().unwrap()])
        .args(args)
        .env("COMITY_DATABASE_URL", url)
        // One loopback address and a few tokens send everything: no budget applies here.
        .env("COMITY_RATE_LIMIT_TOKEN", "0")
        .env("COMITY_RATE_LIMIT_ANONYMOUS", "0")
        .env_remove("COMITY_CONFIG")
        .env_remove("COMITY_DATA_DIR");
    c
}

/// Starts the server and waits for its address.
fn serve(dir: &Path, url: &str) -> (Child, String) {
    let mut child = comity(dir, url, &["serve", "--bind", "127.0.0.1:0"])
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let mut address = None;
    for line in lines.by_ref() {
        let line = line.unwrap();
        if line.contains("serving") {
            address = line.split_whitespace().find_map(|w| {
                let w = w.trim_matches(|c: char| c == '"' || c == ',');
                w.strip_prefix("address=").map(str::to_string)
            });
            break;
        }
    }
    std::thread::spawn(move || for _ in lines {});
    (child, address.expect("the server says where it listens"))
}

/// What the server acknowledged: (State, version, text) of draft saves, ids of messages.
#[derive(Default)]
struct Acknowledged {
    saves: Vec<(String, i64, String)>,
    messages: Vec<String>,
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(5)))
        .build()
        .into()
}

/// One State's drafter saving versions back to back until `stop`; after a failure it reads the
/// version the server holds and goes on from there.
fn drafter(
    base: String,
    cycle: String,
    state: &'static str,
    token: String,
    stop: Arc<AtomicBool>,
    acked: Arc<Mutex<Acknowledged>>,
) {
    let agent = agent();
    let url = format!("{base}/api/v1/cycles/{cycle}/replies/{state}/draft");
    let mut version: Option<i64> = None;
    let mut n = 0u64;
    while !stop.load(Ordering::Relaxed) {
        let current = match version {
            Some(v) => v,
            None => {
                let Ok(mut r) = agent.get(&url).header("authorization", &format!("Bearer {token}")).call() else {
                    return;
                };
                let Ok(body) = r.body_mut().read_to_string() else { return };
                let Ok(view) = serde_json::from_str::<serde_json::Value>(&body) else { return };
                view["version"].as_i64().unwrap_or(0)
            }
        };
        n += 1;
        let text = format!("{state} save {n} at {}", std::process::id());
        let body = serde_json::json!({ "version": current, "original_language": "en", "answers": { "(a)": text } });
        match agent
            .put(&url)
            .header("authorization", &format!("Bearer {token}"))
            .header("content-type", "application/json")
            .send(body.to_string())
        {
            Ok(mut r) if r.status() == 200 => {
                let saved: serde_json::Value =
                    serde_json::from_str(&r.body_mut().read_to_string().unwrap_or_default()).unwrap_or_default();
                let Some(v) = saved["version"].as_i64() else { return };
                acked.lock().unwrap().saves.push((state.to_string(), v, text));
                version = Some(v);
            }
            Ok(_) => version = None,
            Err(_) => return,
        }
    }
}

/// Kenya's CERT posting one message at a time to France over TAXII until `stop`.
fn poster(base: String, token: String, collection: String, stop: Arc<AtomicBool>, acked: Arc<Mutex<Acknowledged>>) {
    let agent = agent();
    let url = format!("{base}/taxii2/api/collections/{collection}/objects/");
    while !stop.load(Ordering::Relaxed) {
        let id = uuid::Uuid::now_v7().to_string();
        let message = comity_contacts::stix::Message {
            id: id.clone(),
            thread_id: id.clone(),
            in_reply_to: None,
            replies_to_opening: false,
            sender_state: "KEN".into(),
            created_at: "2026-12-01T08:00:00.000000Z".into(),
            draft: comity_contacts::messages::Draft {
                kind: comity_contacts::messages::Kind::Notification,
                subject: "Scan from a botnet".into(),
                sector: None,
                window_start: None,
                window_end: None,
                urgency: comity_contacts::messages::Urgency::Low,
                tlp: comity_contacts::messages::Tlp::Green,
                elements: Vec::new(),
                body: "Indicators attached.".into(),
                recipients: vec!["FRA".into()],
                named: Vec::new(),
            },
        };
        let envelope = serde_json::json!({ "objects": comity_contacts::stix::to_stix(&message) });
        match agent
            .post(&url)
            .header("authorization", &format!("Bearer {token}"))
            .header("accept", "application/taxii+json;version=2.1")
            .header("content-type", "application/taxii+json;version=2.1")
            .send(envelope.to_string())
        {
            Ok(mut r) if r.status() == 202 => {
                let status: serde_json::Value =
                    serde_json::from_str(&r.body_mut().read_to_string().unwrap_or_default()).unwrap_or_default();
                if status["success_count"] == 2 {
                    acked.lock().unwrap().messages.push(id);
                }
            }
            Ok(_) => {}
            Err(_) => return,
        }
    }
}

/// Accounts, tokens, contacts and a cycle, written before the first start.
async fn prepare(url: &DatabaseUrl) -> (String, Vec<(&'static str, String)>, String) {
    let store = Store::open(url, OpenOptions::default()).await.unwrap();
    store.migrate_to(None).await.unwrap();
    store.sync_reference(&ReferenceData::load(None, &comity_i18n::Collation::new()).unwrap()).await.unwrap();
    let states = comity_states::StateRegistry::embedded(&comity_i18n::Collation::new()).unwrap();
    let csv = "state,category,name,position,institution,emails,phones,languages,hours,time_zone,openpgp_key\n\
        KEN,technical,Wanjiru Kamau,Head,KE-CIRT,incidents@ke-cirt.example,,en,24/7,Africa/Nairobi,\n\
        FRA,technical,Luc Bernard,Analyste,CERT-FR,cert@cert-fr.example,,fr,24/7,Europe/Paris,\n";
    let (rows, _) = comity_contacts::read_csv(csv.as_bytes(), &states).unwrap();
    store.import_nominations(&rows, true, "n.csv", &Actor::cli()).await.unwrap();
    let cycle = comity_reporting::NewCycle {
        resolution: "A/RES/76/19".into(),
        session: 77,
        questions: vec![comity_reporting::Question {
            label: "(a)".into(),
            texts: [("en".into(), "Efforts".into())].into(),
        }],
        note_verbale: "ODA/1".into(),
        note_verbale_date: "2022-02-15".into(),
        deadline: "2099-05-20".into(),
    };
    let cycle = store.create_cycle(&cycle, &Actor::cli()).await.unwrap();
    let mut tokens = Vec::new();
    let account = |email: String, state: &str, role| NewAccount {
        email,
        name: "Test".into(),
        lang: "en".into(),
        password_hash: None,
        memberships: vec![Membership { org: OrgRef::State(state.into()), role }],
    };
    for state in STATES {
        let id = store
            .create_account(&account(format!("drafter@{state}.example"), state, Role::Drafter), &Actor::cli())
            .await
            .unwrap();
        let scopes = [Permission::DraftSubmission, Permission::ReadStateSubmissions];
        tokens.push((state, store.create_token(&id, "load", &scopes, 30, &Actor::cli()).await.unwrap().1));
    }
    let id = store
        .create_account(&account("analyst@ke-cirt.example".into(), "KEN", Role::PocTechnical), &Actor::cli())
        .await
        .unwrap();
    let cert = store.create_token(&id, "CERT", &[Permission::ExchangeMessages], 30, &Actor::cli()).await.unwrap().1;
    store.close().await;
    (cycle, tokens, cert)
}

fn collection_of(base: &str, token: &str) -> String {
    let mut r = agent()
        .get(&format!("{base}/taxii2/api/collections/"))
        .header("authorization", &format!("Bearer {token}"))
        .header("accept", "application/taxii+json;version=2.1")
        .call()
        .unwrap();
    let v: serde_json::Value = serde_json::from_str(&r.body_mut().read_to_string().unwrap()).unwrap();
    v["collections"][0]["id"].as_str().unwrap().to_string()
}

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
            let (base, cycle, token, stop, acked) =
                (base.clone(), cycle.clone(), token.clone(), stop.clone(), acked.clone());
            load.push(std::thread::spawn(move || drafter(base, cycle, state, token, stop, acked)));
        }
        let (b, c, s, a) = (base.clone(), cert.clone(), stop.clone(), acked.clone());
        load.push(std::thread::spawn(move || poster(b, c, collection, s, a)));
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
    let store = Store::open(&database, OpenOptions::default()).await.unwrap();
    for state in STATES {
        let reply = store.replies(&cycle, Some(state)).await.unwrap().pop().expect("a reply");
        let versions = store.reply_versions(&reply.id).await.unwrap();
        for (_, version, text) in acked.saves.iter().filter(|(s, _, _)| s == state) {
            let held = versions.iter().find(|v| v.version == *version);
            assert_eq!(held.and_then(|v| v.answers.get("(a)")), Some(text), "{label}: {state} version {version} lost");
        }
    }
    let reader =
        comity_contacts::messages::Reader { account_id: String::new(), state: "KEN".into(), contact_role: true };
    let held: std::collections::HashSet<String> =
        store.messages_for(&reader, &Default::default(), 1_000_000).await.unwrap().into_iter().map(|m| m.id).collect();
    for id in &acked.messages {
        assert!(held.contains(id), "{label}: message {id} lost");
    }
    store.close().await;
    let verify = comity(&dir, &url, &["audit", "verify", "--interval-minutes", "0"]).output().unwrap();
    assert!(verify.status.success(), "{label}: {}", String::from_utf8_lossy(&verify.stdout));
    eprintln!(
        "{label}: {kills} kills, {} saves and {} messages acknowledged, all held; {}",
        acked.saves.len(),
        acked.messages.len(),
        String::from_utf8_lossy(&verify.stdout).trim()
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
    let Some(admin) = std::env::var("COMITY_TEST_DATABASE_URL").ok().filter(|u| !u.is_empty()) else {
        assert!(std::env::var("COMITY_REQUIRE_POSTGRES").as_deref() != Ok("1"), "COMITY_TEST_DATABASE_URL is not set");
        return;
    };
    let schema = format!("comity_durability_{}", std::process::id());
    let psql = |sql: &str| {
        Command::new("psql")
            .args([admin.as_str(), "-qc", sql])
            .env("PGOPTIONS", "--client-min-messages=warning")
            .status()
            .is_ok_and(|s| s.success())
    };
    assert!(psql(&format!("CREATE SCHEMA {schema}")), "psql reaches {admin}");
    let sep = if admin.contains('?') { '&' } else { '?' };
    let url = format!("{admin}{sep}options=-c%20search_path%3D{schema}");
    let dir = std::env::temp_dir().join(format!("comity_durability_pg_{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap();
    kill_and_check("postgres", dir.clone(), url, kills("COMITY_PG_KILLS", 5)).await;
    psql(&format!("DROP SCHEMA {schema} CASCADE"));
    std::fs::remove_dir_all(&dir).ok();
}
