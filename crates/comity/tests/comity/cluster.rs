//! Two app nodes on one PostgreSQL database behind HAProxy (Debian's, with the repository's
//! `deploy/haproxy/haproxy.cfg`), each with a data folder of its own (its own name in leases,
//! the deployment's one signing key), under a mixed load through the balancer: States' drafts
//! saved through the API, messages posted over TAXII, public pages, a person signed in on the
//! portal, and more people signing in for the first time with a password and TOTP. A scheduled
//! communication check falls due as the nodes start; its mail goes to a loopback SMTP server
//! from both nodes' outboxes, and contacts acknowledge from the links in it through the
//! balancer. During the load one node is killed with SIGKILL and started again, then the other
//! is stopped with SIGTERM while requests are in flight and started again. Checked: every write
//! acknowledged is held, the signed-in person stays signed in whichever node answers, everyone
//! who signed in did, the scheduled round started once, each of its mails arrived (counted by
//! Message-ID: repeats at most the mails in flight at the kill), each acknowledgement counted
//! once, the audit trail verifies; the failures clients saw are counted and printed. A text
//! under silence reaches its deadline while both nodes look for it: it is adopted once.
//!
//! Runs when COMITY_TEST_DATABASE_URL names a PostgreSQL server and haproxy is installed (CI
//! requires both: COMITY_REQUIRE_POSTGRES=1).

use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use comity_access::{Membership, OrgRef, Role};
use comity_store::{Actor, DatabaseUrl, NewAccount, OpenOptions, Store};

use crate::load::{
    Acknowledged, OnFailure, PostgresSchema, Reaper, agent, assert_held, by_message_id, collection_of, comity_release,
    drafter, poster, prepare, prepare_at, serve_release, serve_with,
};
use crate::smtp;

/// Contacts the scheduled round asks, beside the two the load's record lists.
const MORE_STATES: usize = 99;
/// The outbox keeps this many conversations with the relay open at once, on each node.
const IN_FLIGHT: usize = 32;
/// People who sign in for the first time during the load.
const NEWCOMERS: usize = 6;

/// A loopback port nothing listens on now.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// The repository's balancer configuration, listening on `front` and sending to `nodes`.
fn haproxy(dir: &Path, front: u16, nodes: [u16; 2]) -> Child {
    let config = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../deploy/haproxy/haproxy.cfg"))
        .unwrap()
        .replace("127.0.0.1:8443", &format!("127.0.0.1:{front}"))
        .replace("127.0.0.1:8081", &format!("127.0.0.1:{}", nodes[0]))
        .replace("127.0.0.1:8082", &format!("127.0.0.1:{}", nodes[1]));
    let file = dir.join("haproxy.cfg");
    std::fs::write(&file, config).unwrap();
    Command::new("haproxy").arg("-db").arg("-f").arg(&file).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap()
}

fn stop(child: &mut Child, signal: &str) {
    Command::new("kill").args([signal, &child.id().to_string()]).status().unwrap();
    child.wait().unwrap();
}

/// An HTTP client that does not follow redirects: where the portal sends a person (to sign
/// in again, say) is what these tests look at.
fn unredirected() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .timeout_global(Some(Duration::from_secs(5)))
        .build()
        .into()
}

/// Until `stop`: a public page and the signed-in person's account page through the balancer,
/// counting the answers that were not pages and the times the person was sent to sign in.
fn reader(
    base: String,
    session: String,
    stop: Arc<AtomicBool>,
    failures: Arc<AtomicUsize>,
    signed_out: Arc<AtomicUsize>,
) {
    let agent = unredirected();
    let mut asked = 0usize;
    while !stop.load(Ordering::Relaxed) {
        asked += 1;
        match agent.get(&format!("{base}/en/states")).call() {
            Ok(r) if r.status() == 200 => {}
            _ => {
                failures.fetch_add(1, Ordering::Relaxed);
            }
        }
        match agent.get(&format!("{base}/en/account")).header("cookie", &format!("comity_session={session}")).call() {
            Ok(r) if r.status() == 200 => {}
            Ok(r) if r.status().is_redirection() => {
                signed_out.fetch_add(1, Ordering::Relaxed);
            }
            _ => {
                failures.fetch_add(1, Ordering::Relaxed);
            }
        }
    }
    assert!(asked > 0);
}

/// Waits until the balancer at `base` answers ready.
fn wait_ready(base: &str) {
    let ready = Instant::now();
    while agent().get(&format!("{base}/readyz")).call().map(|r| r.status() != 200).unwrap_or(true) {
        assert!(ready.elapsed() < Duration::from_secs(10), "the balancer did not answer");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The writing load through the balancer until `stop`: each State's drafter and Kenya's CERT
/// posting to its collection, back to back, counting failures and going on.
fn writers(
    base: &str,
    cycle: &str,
    tokens: &[(&'static str, String)],
    (cert, collection): (&str, String),
    (stop, acked, failures): (&Arc<AtomicBool>, &Arc<Mutex<Acknowledged>>, &Arc<AtomicUsize>),
) -> Vec<std::thread::JoinHandle<()>> {
    let mut load = Vec::new();
    for &(state, ref token) in tokens {
        let who = (base.to_string(), cycle.to_string(), state, token.clone());
        let (s, a, f) = (stop.clone(), acked.clone(), OnFailure::Count(failures.clone()));
        load.push(std::thread::spawn(move || drafter(who, s, a, f, Duration::ZERO)));
    }
    let who = (base.to_string(), cert.to_string(), collection);
    let (s, a, f) = (stop.clone(), acked.clone(), OnFailure::Count(failures.clone()));
    load.push(std::thread::spawn(move || poster(who, s, a, f, Duration::ZERO)));
    load
}

const PASSWORD: &str = "a long cluster passphrase";

/// The text of `page` between `start` and the next `end`.
fn between<'a>(page: &'a str, start: &str, end: &str) -> &'a str {
    let from = page.find(start).map(|i| i + start.len()).unwrap_or_else(|| panic!("{start:?} not in {page}"));
    &page[from..from + page[from..].find(end).unwrap()]
}

/// A person's authenticator app: the key it was given at enrolment, and the last time step
/// whose code it showed (a server takes each code once, so a second sign-in in the same 30 s
/// waits for the next code, as a person does).
#[derive(Default)]
struct Authenticator {
    secret: Option<Vec<u8>>,
    shown: u64,
}

impl Authenticator {
    fn code(&mut self, fresh: bool) -> Result<String, String> {
        let secret = self.secret.as_ref().ok_or("no key in the app")?;
        loop {
            let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap();
            let step = now.as_secs() / 30;
            if !fresh || step > self.shown {
                self.shown = step;
                return Ok(format!("{:06}", comity_access::totp::code_at_step(secret, step)));
            }
            std::thread::sleep(Duration::from_secs(30 * (step + 1)).saturating_sub(now) + Duration::from_millis(50));
        }
    }
}

/// Signs in through the portal's forms with a password and TOTP: enrols the app on a first
/// sign-in, or gives its code when the account has one already (an enrolment whose answer was
/// lost to a killed node still stands). Returns the session cookie's value.
fn sign_in_with_totp(base: &str, email: &str, app: &mut Authenticator) -> Result<String, String> {
    let agent = unredirected();
    let form = |path: &str, body: String, session: Option<&str>| {
        let mut request =
            agent.post(&format!("{base}{path}")).header("content-type", "application/x-www-form-urlencoded");
        if let Some(s) = session {
            request = request.header("cookie", &format!("comity_session={s}"));
        }
        request.send(body).map_err(|e| format!("{path}: {e}"))
    };
    let signed = form(
        "/en/sign-in",
        format!("email={}&password={}&next=%2Fen%2Faccount", email.replace('@', "%40"), PASSWORD.replace(' ', "+")),
        None,
    )?;
    if signed.status() != 303 {
        return Err(format!("sign-in answered {}", signed.status()));
    }
    let cookie = signed.headers().get("set-cookie").and_then(|c| c.to_str().ok()).ok_or("no session cookie")?;
    let session = cookie.split(';').next().unwrap_or_default().trim_start_matches("comity_session=").to_string();
    let to = signed.headers().get("location").and_then(|l| l.to_str().ok()).unwrap_or_default();
    if to.starts_with("/en/sign-in/code") {
        let code = app.code(true)?;
        let done = form("/en/sign-in/code", format!("code={code}&next=%2Fen%2Faccount"), Some(&session))?;
        if done.status() != 303 {
            return Err(format!("the code answered {}", done.status()));
        }
        return Ok(session);
    }
    let mut enrol = agent
        .get(&format!("{base}/en/sign-in/enrol"))
        .header("cookie", &format!("comity_session={session}"))
        .call()
        .map_err(|e| format!("enrol page: {e}"))?;
    let page = enrol.body_mut().read_to_string().map_err(|e| e.to_string())?;
    if !page.contains("totp-secret") {
        return Err(format!("the enrolment page answered {}", enrol.status()));
    }
    let secret_text = between(&page, "<code id=\"totp-secret\" dir=\"ltr\">", "</code>").to_string();
    app.secret = Some(comity_access::totp::base32_decode(&secret_text).ok_or("the key is not base32")?);
    let code = app.code(false)?;
    let enrolled =
        form("/en/sign-in/enrol", format!("secret={secret_text}&code={code}&next=%2Fen%2Faccount"), Some(&session))?;
    if enrolled.status() != 200 {
        return Err(format!("enrolment answered {}", enrolled.status()));
    }
    Ok(session)
}

/// A person who will sign in on the portal with a password and an authenticator app.
fn person(email: &str) -> NewAccount {
    NewAccount {
        email: email.into(),
        name: "Focal".into(),
        lang: "en".into(),
        password_hash: Some(comity_access::password::hash(PASSWORD).unwrap()),
        memberships: vec![Membership { org: OrgRef::State("FRA".into()), role: Role::FocalPoint }],
    }
}

/// The round's mail (it carries an acknowledgement link; the notices of messages do not).
fn round_mail(inbox: &smtp::Inbox) -> Vec<comity_mail::sink::Delivered> {
    inbox
        .messages()
        .into_iter()
        .filter(|m| m.data.replace("\r\n", "\n").replace("=\n", "").contains("/ack/ack_"))
        .collect()
}

/// Message-ID -> how many times the round's mail arrived, and the recipients reached.
fn counted(inbox: &smtp::Inbox) -> (std::collections::BTreeMap<String, usize>, usize) {
    by_message_id(&round_mail(inbox))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_nodes_behind_haproxy_lose_nothing_when_one_is_killed_and_one_stopped() {
    let Some(schema) = PostgresSchema::create("comity_cluster") else { return };
    if Command::new("haproxy").arg("-v").output().is_err() {
        assert!(
            std::env::var("COMITY_REQUIRE_POSTGRES").as_deref() != Ok("1"),
            "haproxy is needed for the two-node test: apt-get install haproxy"
        );
        eprintln!("cluster: haproxy not installed, skipped");
        return;
    }
    let url = schema.url.clone();
    // A data folder for each node (its own name in leases), with the deployment's one
    // signing key in both, as operators copy it.
    let root = std::env::temp_dir().join(format!("comity_cluster_{}", std::process::id()));
    std::fs::remove_dir_all(&root).ok();
    let dirs = [root.join("node1"), root.join("node2")];
    for dir in &dirs {
        std::fs::create_dir_all(dir).unwrap();
    }
    let dir = &dirs[0];

    let database: DatabaseUrl = url.parse().unwrap();
    let (cycle, tokens, cert) = prepare(&database).await;
    let store = Store::open(&database, OpenOptions::default()).await.unwrap();
    store.create_account(&person("focal@fra.example"), &Actor::cli()).await.unwrap();
    for n in 0..NEWCOMERS {
        store.create_account(&person(&format!("newcomer{n}@fra.example")), &Actor::cli()).await.unwrap();
    }
    // Two contacts of each of MORE_STATES more States, and a weekly check of all of them that
    // falls due as the nodes start: both look for it; one starts it.
    let states = comity_states::StateRegistry::embedded(&comity_i18n::Collation::new()).unwrap();
    let mut csv = comity_contacts::CSV_COLUMNS.join(",") + "\n";
    for (n, state) in
        states.un_order().iter().filter(|s| s.iso3 != "KEN" && s.iso3 != "FRA").take(MORE_STATES).enumerate()
    {
        for category in ["technical", "diplomatic"] {
            let domain = state.iso3.to_lowercase();
            csv.push_str(&format!(
                "{},{category},Contact {n},Officer,Ministry,{category}.{n}@{domain}.example,,en,24/7,UTC,\n",
                state.iso3
            ));
        }
    }
    let (rows, problems) = comity_contacts::read_csv(csv.as_bytes(), &states).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    store.import_nominations(&rows, true, "more.csv", &Actor::cli()).await.unwrap();
    let contacts = 2 + 2 * MORE_STATES;
    let now = format!("{:.0}", jiff::Timestamp::now());
    let everyone = comity_store::CheckScope { states: Vec::new(), category: None };
    store.schedule_check("Weekly check", &now, 24, Some(7), &everyone, &Actor::cli()).await.unwrap();
    // A text under silence until just after the nodes start: both settle silence procedures
    // every two seconds; it is adopted once, by whichever looks first.
    store.create_account(&person("chair@fra.example"), &Actor::cli()).await.unwrap();
    let silent = comity_store::NewNegotiation {
        name: "gm-cluster".into(),
        title: "Annual progress report".into(),
        process: "Global Mechanism".into(),
        lang: comity_i18n::Lang::En,
        readers: comity_negotiation::Readers::States,
        chair: "chair@fra.example".into(),
        support: Vec::new(),
        deadline: None,
    };
    let zero = comity_negotiation::text::Text::parse_draft("1. The Global Mechanism met.").unwrap();
    store.create_negotiation(&silent, &zero, &Actor::cli()).await.unwrap();
    let silence_ends = jiff::Timestamp::now().checked_add(jiff::SignedDuration::from_secs(4)).unwrap();
    store.start_silence("gm-cluster", silence_ends, &Actor::cli()).await.unwrap();
    store.close().await;
    let key = crate::load::comity(dir, &url, &["audit", "key"]).output().unwrap();
    assert!(key.status.success());
    std::fs::copy(dir.join("audit-signing.key"), dirs[1].join("audit-signing.key")).unwrap();

    // A relay that takes 400 ms a mail, so that the round's mail is still leaving when node 1
    // is killed.
    let (relay, inbox) = smtp::start_with_delay(Duration::from_millis(400)).await;
    let ports = [free_port(), free_port()];
    let front = free_port();
    let base = format!("http://127.0.0.1:{front}");
    let env = [("COMITY_SMTP_RELAY", relay.as_str()), ("COMITY_PUBLIC_URL", base.as_str())];
    let bind = |port: u16| format!("127.0.0.1:{port}");
    let reaper = Reaper::default();
    let (mut first, _) = serve_with(&dirs[0], &url, &bind(ports[0]), &env);
    reaper.watch(&first);
    let (mut second, _) = serve_with(&dirs[1], &url, &bind(ports[1]), &env);
    reaper.watch(&second);
    let mut balancer = haproxy(&root, front, ports);
    reaper.watch(&balancer);
    wait_ready(&base);
    let collection = collection_of(&base, &cert);
    // Signed in through the balancer; the session lives in the database, not in a node.
    let session = sign_in_with_totp(&base, "focal@fra.example", &mut Authenticator::default()).unwrap();

    let stop_load = Arc::new(AtomicBool::new(false));
    let acked = Arc::new(Mutex::new(Acknowledged::default()));
    let (failures, signed_out) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let mut load = writers(&base, &cycle, &tokens, (&cert, collection), (&stop_load, &acked, &failures));
    let (b, s, f, o) = (base.clone(), stop_load.clone(), failures.clone(), signed_out.clone());
    let sess = session.clone();
    load.push(std::thread::spawn(move || reader(b, sess, s, f, o)));
    // Newcomers sign in one after another through the kills, each trying until it works.
    let signed_in = Arc::new(AtomicUsize::new(0));
    let (b, s, f, done) = (base.clone(), stop_load.clone(), failures.clone(), signed_in.clone());
    load.push(std::thread::spawn(move || {
        for n in 0..NEWCOMERS {
            let mut app = Authenticator::default();
            while !s.load(Ordering::Relaxed) {
                match sign_in_with_totp(&b, &format!("newcomer{n}@fra.example"), &mut app) {
                    Ok(_) => {
                        done.fetch_add(1, Ordering::Relaxed);
                        break;
                    }
                    Err(_) => {
                        f.fetch_add(1, Ordering::Relaxed);
                        std::thread::sleep(Duration::from_millis(50));
                    }
                }
            }
            std::thread::sleep(Duration::from_millis(1000));
        }
    }));

    let phase = |label: &str, wait: Duration| {
        std::thread::sleep(wait);
        let n = failures.load(Ordering::Relaxed);
        let saves = acked.lock().unwrap().saves.len();
        eprintln!("cluster: {label}: {saves} saves acknowledged so far, {n} failed requests so far");
    };
    phase("both nodes serving", Duration::from_millis(1500));
    let killed = failures.load(Ordering::Relaxed);
    stop(&mut first, "-KILL");
    let mail_at_kill = counted(&inbox).0.len();
    phase("node 1 killed (SIGKILL)", Duration::from_millis(3000));
    let after_kill = failures.load(Ordering::Relaxed) - killed;
    let (restarted, _) = serve_with(&dirs[0], &url, &bind(ports[0]), &env);
    reaper.watch(&restarted);
    first = restarted;
    phase("node 1 started again", Duration::from_millis(3000));
    let before_term = failures.load(Ordering::Relaxed);
    stop(&mut second, "-TERM");
    phase("node 2 stopped (SIGTERM)", Duration::from_millis(2000));
    let after_term = failures.load(Ordering::Relaxed) - before_term;
    let (restarted, _) = serve_with(&dirs[1], &url, &bind(ports[1]), &env);
    reaper.watch(&restarted);
    second = restarted;
    phase("node 2 started again", Duration::from_millis(2000));
    // Every mail of the round arrives; a third of the contacts acknowledge from their link,
    // through the balancer, and a second press of a link is refused.
    let deadline = Instant::now() + Duration::from_secs(30);
    while counted(&inbox).0.len() < contacts {
        assert!(Instant::now() < deadline, "{} of {contacts} mails arrived", counted(&inbox).0.len());
        std::thread::sleep(Duration::from_millis(100));
    }
    let mut links: Vec<String> = round_mail(&inbox)
        .iter()
        .filter_map(|m| {
            let text = m.data.replace("\r\n", "\n").replace("=\n", "").replace("=3D", "=");
            text.split_whitespace().find(|w| w.starts_with(&base) && w.contains("/ack/")).map(str::to_string)
        })
        .collect();
    links.sort();
    links.dedup();
    assert_eq!(links.len(), contacts, "one link a contact");
    let answering = contacts / 3;
    let form = |link: &str| {
        agent().post(link).header("content-type", "application/x-www-form-urlencoded").send("").map(|r| r.status())
    };
    for link in &links[..answering] {
        assert_eq!(form(link).map(|s| s.as_u16()).ok(), Some(200), "{link}");
    }
    assert_eq!(form(&links[0]).map(|s| s.as_u16()).ok(), Some(409), "a link works once");
    // A newcomer whose enrolment landed as a node died signs in with the app's next code,
    // which may be up to 30 s away.
    let deadline = Instant::now() + Duration::from_secs(75);
    while signed_in.load(Ordering::Relaxed) < NEWCOMERS && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    stop_load.store(true, Ordering::Relaxed);
    for l in load {
        l.join().unwrap();
    }
    stop(&mut balancer, "-TERM");
    stop(&mut first, "-TERM");
    stop(&mut second, "-TERM");

    let acked = std::mem::take(&mut *acked.lock().unwrap());
    assert!(acked.saves.len() > 50 && !acked.messages.is_empty(), "the load wrote little: {}", acked.saves.len());
    assert_eq!(signed_out.load(Ordering::Relaxed), 0, "the signed-in person was never sent to sign in again");
    assert_eq!(signed_in.load(Ordering::Relaxed), NEWCOMERS, "every newcomer signed in");
    assert_held("cluster", dir, &url, &cycle, &acked).await;
    let store = Store::open(&database, OpenOptions::default()).await.unwrap();
    let rounds = store.check_rounds().await.unwrap();
    let adopted = store.negotiation("gm-cluster").await.unwrap().summary.stage;
    let mut adoptions = 0;
    store
        .audit_entries(None, |e| {
            adoptions += usize::from(e.content.action == "negotiation.adopt");
            true
        })
        .await
        .unwrap();
    store.close().await;
    assert_eq!(adopted, comity_negotiation::Stage::Adopted, "silence was kept: the text is adopted");
    assert_eq!(adoptions, 1, "adopted once, by one node");
    let weekly: Vec<_> = rounds.iter().filter(|r| r.title == "Weekly check").collect();
    assert_eq!(weekly.len(), 1, "the scheduled round started once, whichever node looked first");
    assert_eq!(weekly[0].acknowledged as usize, answering, "each acknowledgement counted once");
    let (ids, recipients) = counted(&inbox);
    assert_eq!((ids.len(), recipients), (contacts, contacts), "every mail of the round, every contact");
    let repeats: usize = ids.values().map(|n| n - 1).sum();
    assert!(repeats <= IN_FLIGHT, "{repeats} repeats: more than one node's mails in flight at the kill");
    eprintln!(
        "cluster: {} saves and {} messages acknowledged, all held; audit trail verified; {NEWCOMERS} newcomers signed in with TOTP; the scheduled round started once, its {contacts} mails arrived ({mail_at_kill} before the kill, {repeats} repeated after it, same Message-ID), {answering} acknowledgements counted; failed requests: {after_kill} from SIGKILL to 3 s after, {after_term} from SIGTERM to 2 s after, {} in all",
        acked.saves.len(),
        acked.messages.len(),
        failures.load(Ordering::Relaxed)
    );
    std::fs::remove_dir_all(&root).ok();
}

/// The upgrade the deployment notes prescribe, under load through the balancer: two nodes of
/// the earlier release serve a database at its schema; the new release migrates it while they
/// serve (additive migrations only, so they go on); node 1 is restarted on the new release,
/// then node 2. Every acknowledged write is held and the audit trail verifies; the failed
/// requests are counted and printed. The earlier release is COMITY_UPGRADE_FROM (a binary of
/// it: `scripts/upgrade-drill REF` builds one and runs this); without it, both releases are
/// this one and the test checks the rolling restart alone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rolling_upgrade_under_load_loses_nothing() {
    let Some(schema) = PostgresSchema::create("comity_upgrade") else { return };
    if Command::new("haproxy").arg("-v").output().is_err() {
        assert!(std::env::var("COMITY_REQUIRE_POSTGRES").as_deref() != Ok("1"), "haproxy is needed");
        return;
    }
    let new = env!("CARGO_BIN_EXE_comity").to_string();
    let old = std::env::var("COMITY_UPGRADE_FROM").ok().filter(|b| !b.is_empty()).unwrap_or_else(|| new.clone());
    let root = std::env::temp_dir().join(format!("comity_upgrade_{}", std::process::id()));
    std::fs::remove_dir_all(&root).ok();
    let dirs = [root.join("node1"), root.join("node2")];
    for dir in &dirs {
        std::fs::create_dir_all(dir).unwrap();
    }
    // The schema the earlier release knows: what it migrates a fresh database to.
    let probe = format!("sqlite://{}", root.join("probe.sqlite3").display());
    assert!(comity_release(&old, &root, &probe, &["db", "migrate"]).output().unwrap().status.success());
    let checked = comity_release(&old, &root, &probe, &["--format", "json", "db", "check"]).output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&checked.stdout).unwrap();
    let old_version = report["schema_version"].as_i64().unwrap();

    let url = schema.url.clone();
    let database: DatabaseUrl = url.parse().unwrap();
    let (cycle, tokens, cert) = prepare_at(&database, Some(old_version)).await;
    assert!(comity_release(&old, &dirs[0], &url, &["audit", "key"]).output().unwrap().status.success());
    std::fs::copy(dirs[0].join("audit-signing.key"), dirs[1].join("audit-signing.key")).unwrap();
    let ports = [free_port(), free_port()];
    let front = free_port();
    let base = format!("http://127.0.0.1:{front}");
    let bind = |port: u16| format!("127.0.0.1:{port}");
    let reaper = Reaper::default();
    let (mut first, _) = serve_release(&old, &dirs[0], &url, &bind(ports[0]), &[]);
    let (mut second, _) = serve_release(&old, &dirs[1], &url, &bind(ports[1]), &[]);
    let mut balancer = haproxy(&root, front, ports);
    for child in [&first, &second, &balancer] {
        reaper.watch(child);
    }
    wait_ready(&base);
    let collection = collection_of(&base, &cert);
    let stop_load = Arc::new(AtomicBool::new(false));
    let acked = Arc::new(Mutex::new(Acknowledged::default()));
    let failures = Arc::new(AtomicUsize::new(0));
    let load = writers(&base, &cycle, &tokens, (&cert, collection), (&stop_load, &acked, &failures));

    std::thread::sleep(Duration::from_millis(1500));
    // The new release migrates while the earlier one serves; both nodes stay ready.
    let migrated = crate::load::comity(&dirs[0], &url, &["db", "migrate"]).output().unwrap();
    assert!(migrated.status.success(), "{}", String::from_utf8_lossy(&migrated.stderr));
    for port in ports {
        let r = agent().get(&format!("http://127.0.0.1:{port}/readyz")).call().unwrap();
        assert_eq!(r.status(), 200, "a node of the earlier release stays ready on the migrated database");
    }
    std::thread::sleep(Duration::from_millis(1000));
    let before_restarts = failures.load(Ordering::Relaxed);
    stop(&mut first, "-TERM");
    let (restarted, _) = serve_release(&new, &dirs[0], &url, &bind(ports[0]), &[]);
    reaper.watch(&restarted);
    first = restarted;
    std::thread::sleep(Duration::from_millis(2500));
    stop(&mut second, "-TERM");
    let (restarted, _) = serve_release(&new, &dirs[1], &url, &bind(ports[1]), &[]);
    reaper.watch(&restarted);
    second = restarted;
    std::thread::sleep(Duration::from_millis(2500));
    stop_load.store(true, Ordering::Relaxed);
    for l in load {
        l.join().unwrap();
    }
    for child in [&mut balancer, &mut first, &mut second] {
        stop(child, "-TERM");
    }
    let acked = std::mem::take(&mut *acked.lock().unwrap());
    assert!(acked.saves.len() > 50 && !acked.messages.is_empty(), "the load wrote little: {}", acked.saves.len());
    assert_held("upgrade", &dirs[0], &url, &cycle, &acked).await;
    let failed = failures.load(Ordering::Relaxed);
    eprintln!(
        "upgrade: schema {old_version} -> {}, {} saves and {} messages acknowledged, all held; audit trail verified; {} failed requests during the restarts, {failed} in all",
        comity_store::LATEST_SCHEMA_VERSION,
        acked.saves.len(),
        acked.messages.len(),
        failed - before_restarts,
    );
    std::fs::remove_dir_all(&root).ok();
}
