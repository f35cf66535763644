//! What the tests that drive a running server share: starting `comity serve`, the prepared
//! record (accounts with API tokens, contacts, an open cycle), and the load's clients: States'
//! drafters saving through the API and Kenya's CERT posting over TAXII, each keeping what the
//! server acknowledged, so a test can check afterwards that all of it is held.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use comity_access::{Membership, OrgRef, Permission, Role};
use comity_store::{Actor, DatabaseUrl, NewAccount, OpenOptions, ReferenceData, Store};

pub const STATES: [&str; 4] = ["FRA", "KEN", "CHN", "BRA"];

pub fn comity(dir: &Path, url: &str, args: &[&str]) -> Command {
    comity_release(env!("CARGO_BIN_EXE_comity"), dir, url, args)
}

/// [`comity`] with another release's binary.
pub fn comity_release(bin: &str, dir: &Path, url: &str, args: &[&str]) -> Command {
    let mut c = Command::new(bin);
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
pub fn serve(dir: &Path, url: &str) -> (Child, String) {
    serve_at(dir, url, "127.0.0.1:0")
}

/// Starts the server on `bind` and waits for its address.
pub fn serve_at(dir: &Path, url: &str, bind: &str) -> (Child, String) {
    serve_with(dir, url, bind, &[])
}

/// Starts the server on `bind` with settings in its environment, and waits for its address.
pub fn serve_with(dir: &Path, url: &str, bind: &str, env: &[(&str, &str)]) -> (Child, String) {
    serve_release(env!("CARGO_BIN_EXE_comity"), dir, url, bind, env)
}

/// [`serve_with`] with another release's binary (an upgrade starts from one).
pub fn serve_release(bin: &str, dir: &Path, url: &str, bind: &str, env: &[(&str, &str)]) -> (Child, String) {
    let mut child = comity_release(bin, dir, url, &["serve", "--bind", bind])
        .envs(env.iter().copied())
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

/// The processes a test started (servers, the balancer), killed when it ends however it ends:
/// a test that fails halfway leaves nothing running to slow the tests after it.
#[derive(Default)]
pub struct Reaper(Mutex<Vec<u32>>);

impl Reaper {
    pub fn watch(&self, child: &Child) {
        self.0.lock().unwrap().push(child.id());
    }
}

impl Drop for Reaper {
    fn drop(&mut self) {
        for pid in self.0.lock().unwrap_or_else(|p| p.into_inner()).drain(..) {
            // Already ended (and reaped by the test) is the usual case: nothing to do then.
            let _ = Command::new("kill").args(["-KILL", &pid.to_string()]).stderr(Stdio::null()).status();
        }
    }
}

/// Message-ID -> how many times it arrived, and how many recipients were reached: SMTP cannot
/// say "once" across a crash, so a mail in flight when a node died goes again with the same
/// Message-ID, and deliveries are counted by it.
pub fn by_message_id(mails: &[comity_mail::sink::Delivered]) -> (std::collections::BTreeMap<String, usize>, usize) {
    let mut ids = std::collections::BTreeMap::new();
    let mut recipients = std::collections::BTreeSet::new();
    for m in mails {
        let id = m
            .data
            .lines()
            .find_map(|l| l.strip_prefix("Message-ID: ").or_else(|| l.strip_prefix("Message-Id: ")))
            .expect("every mail carries a Message-ID")
            .to_string();
        *ids.entry(id).or_insert(0) += 1;
        recipients.extend(m.to.iter().cloned());
    }
    (ids, recipients.len())
}

/// What the server acknowledged: (State, version, text) of draft saves, ids of messages.
#[derive(Default)]
pub struct Acknowledged {
    pub saves: Vec<(String, i64, String)>,
    pub messages: Vec<String>,
}

pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(5)))
        .build()
        .into()
}

/// What a client does when the server does not answer: stop (the server is dead and the test
/// starts another), or count the failure and go on (a balancer sends the next request to a
/// node that lives).
#[derive(Clone)]
pub enum OnFailure {
    Stop,
    Count(Arc<AtomicUsize>),
}

impl OnFailure {
    /// True when the client should stop.
    fn failed(&self) -> bool {
        match self {
            OnFailure::Stop => true,
            OnFailure::Count(n) => {
                n.fetch_add(1, Ordering::Relaxed);
                std::thread::sleep(Duration::from_millis(20));
                false
            }
        }
    }
}

/// One State's drafter saving versions until `stop`, `pause` apart (zero: back to back);
/// after a refusal or a failure it reads the version the server holds and goes on from there.
pub fn drafter(
    (base, cycle, state, token): (String, String, &'static str, String),
    stop: Arc<AtomicBool>,
    acked: Arc<Mutex<Acknowledged>>,
    on_failure: OnFailure,
    pause: Duration,
) {
    let agent = agent();
    let url = format!("{base}/api/v1/cycles/{cycle}/replies/{state}/draft");
    let mut version: Option<i64> = None;
    let mut n = 0u64;
    while !stop.load(Ordering::Relaxed) {
        let current = match version {
            Some(v) => v,
            None => {
                let read = agent.get(&url).header("authorization", &format!("Bearer {token}")).call();
                let view = read.ok().filter(|r| r.status() == 200).and_then(|mut r| r.body_mut().read_to_string().ok());
                match view.and_then(|b| serde_json::from_str::<serde_json::Value>(&b).ok()) {
                    Some(view) => view["version"].as_i64().unwrap_or(0),
                    None if on_failure.failed() => return,
                    None => continue,
                }
            }
        };
        n += 1;
        std::thread::sleep(pause);
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
            // A conflict (the save raced a failed one that did land) or a node going down.
            Ok(r) => {
                if r.status().is_server_error() && on_failure.failed() {
                    return;
                }
                version = None;
            }
            Err(_) if on_failure.failed() => return,
            Err(_) => version = None,
        }
    }
}

/// Kenya's CERT posting one message at a time to France over TAXII until `stop`, `pause`
/// apart (zero: back to back).
pub fn poster(
    (base, token, collection): (String, String, String),
    stop: Arc<AtomicBool>,
    acked: Arc<Mutex<Acknowledged>>,
    on_failure: OnFailure,
    pause: Duration,
) {
    let agent = agent();
    let url = format!("{base}/taxii2/api/collections/{collection}/objects/");
    while !stop.load(Ordering::Relaxed) {
        std::thread::sleep(pause);
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
            Ok(r) if r.status().is_server_error() && on_failure.failed() => return,
            Ok(_) => {}
            Err(_) if on_failure.failed() => return,
            Err(_) => {}
        }
    }
}

/// Accounts, tokens, contacts and a cycle, written before the first start.
pub async fn prepare(url: &DatabaseUrl) -> (String, Vec<(&'static str, String)>, String) {
    prepare_at(url, None).await
}

/// [`prepare`] on a schema migrated only to `version` (an earlier release's), for an upgrade.
pub async fn prepare_at(url: &DatabaseUrl, version: Option<i64>) -> (String, Vec<(&'static str, String)>, String) {
    let store = Store::open(url, OpenOptions::default()).await.unwrap();
    store.migrate_to(version).await.unwrap();
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

/// The poster's collection; asked again for a few seconds while a balancer in front is still
/// marking its nodes up (it answers 503 until then).
pub fn collection_of(base: &str, token: &str) -> String {
    let started = std::time::Instant::now();
    loop {
        let answer = agent()
            .get(&format!("{base}/taxii2/api/collections/"))
            .header("authorization", &format!("Bearer {token}"))
            .header("accept", "application/taxii+json;version=2.1")
            .call();
        if let Ok(mut r) = answer
            && r.status() == 200
        {
            let v: serde_json::Value = serde_json::from_str(&r.body_mut().read_to_string().unwrap()).unwrap();
            return v["collections"][0]["id"].as_str().unwrap().to_string();
        }
        assert!(started.elapsed() < Duration::from_secs(10), "the collections of {base} did not answer");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Every write in `acked` is in the database (each save under its version with its text, each
/// message), and the audit trail verifies; panics naming the first one lost.
pub async fn assert_held(label: &str, dir: &Path, url: &str, cycle: &str, acked: &Acknowledged) {
    let database: DatabaseUrl = url.parse().unwrap();
    let store = Store::open(&database, OpenOptions::default()).await.unwrap();
    for state in STATES {
        let reply = store.replies(cycle, Some(state)).await.unwrap().pop().expect("a reply");
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
    let verify = comity(dir, url, &["audit", "verify", "--interval-minutes", "0"]).output().unwrap();
    assert!(verify.status.success(), "{label}: {}", String::from_utf8_lossy(&verify.stdout));
}

/// A schema of its own on the PostgreSQL server COMITY_TEST_DATABASE_URL names, dropped when
/// this is: for a test that starts servers on it.
pub struct PostgresSchema {
    admin: String,
    schema: String,
    /// The database URL the servers are given (its search path set to the schema).
    pub url: String,
}

impl PostgresSchema {
    /// None when no server is named (an error when CI requires one: COMITY_REQUIRE_POSTGRES=1).
    pub fn create(prefix: &str) -> Option<PostgresSchema> {
        let Some(admin) = std::env::var("COMITY_TEST_DATABASE_URL").ok().filter(|u| !u.is_empty()) else {
            assert!(
                std::env::var("COMITY_REQUIRE_POSTGRES").as_deref() != Ok("1"),
                "COMITY_TEST_DATABASE_URL is not set"
            );
            return None;
        };
        let schema = format!("{prefix}_{}", std::process::id());
        let sep = if admin.contains('?') { '&' } else { '?' };
        let url = format!("{admin}{sep}options=-c%20search_path%3D{schema}");
        let created = PostgresSchema { admin, schema, url };
        assert!(created.psql(&format!("CREATE SCHEMA {}", created.schema)), "psql reaches {}", created.admin);
        Some(created)
    }

    fn psql(&self, sql: &str) -> bool {
        Command::new("psql")
            .args([self.admin.as_str(), "-qc", sql])
            .env("PGOPTIONS", "--client-min-messages=warning")
            .status()
            .is_ok_and(|s| s.success())
    }
}

impl Drop for PostgresSchema {
    fn drop(&mut self) {
        self.psql(&format!("DROP SCHEMA {} CASCADE", self.schema));
    }
}
