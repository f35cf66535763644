//! Two app nodes on one PostgreSQL database behind HAProxy (Debian's, with the repository's
//! `deploy/haproxy/haproxy.cfg`), under a mixed load through the balancer: States' drafts saved
//! through the API, messages posted over TAXII, public pages, and a person signed in on the
//! portal with a password and TOTP. During the load one node is killed with SIGKILL and started again, then the other
//! is stopped with SIGTERM while requests are in flight and started again. Checked: every write
//! acknowledged is held, the signed-in person stays signed in whichever node answers, the audit
//! trail verifies; the failures clients saw are counted and printed.
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
    Acknowledged, OnFailure, PostgresSchema, agent, assert_held, collection_of, drafter, poster, prepare, serve_at,
};

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

/// Until `stop`: a public page and the signed-in person's account page through the balancer,
/// counting the answers that were not pages and the times the person was sent to sign in.
fn reader(
    base: String,
    session: String,
    stop: Arc<AtomicBool>,
    failures: Arc<AtomicUsize>,
    signed_out: Arc<AtomicUsize>,
) {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .timeout_global(Some(Duration::from_secs(5)))
        .build()
        .into();
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

const PASSWORD: &str = "a long cluster passphrase";

/// The text of `page` between `start` and the next `end`.
fn between<'a>(page: &'a str, start: &str, end: &str) -> &'a str {
    let from = page.find(start).map(|i| i + start.len()).unwrap_or_else(|| panic!("{start:?} not in {page}"));
    &page[from..from + page[from..].find(end).unwrap()]
}

/// Signs in as a person does the first time: the password, then the authenticator app's key
/// shown by the enrolment page and a code from it (RFC 6238). Returns the session cookie.
fn sign_in_with_totp(base: &str, email: &str) -> String {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .timeout_global(Some(Duration::from_secs(5)))
        .build()
        .into();
    let form = |path: &str, body: String, session: Option<&str>| {
        let mut request =
            agent.post(&format!("{base}{path}")).header("content-type", "application/x-www-form-urlencoded");
        if let Some(s) = session {
            request = request.header("cookie", &format!("comity_session={s}"));
        }
        request.send(body).unwrap()
    };
    let signed = form(
        "/en/sign-in",
        format!("email={}&password={}&next=%2Fen%2Faccount", email.replace('@', "%40"), PASSWORD.replace(' ', "+")),
        None,
    );
    assert_eq!(signed.status(), 303);
    let cookie = signed.headers().get("set-cookie").unwrap().to_str().unwrap();
    let session = cookie.split(';').next().unwrap().trim_start_matches("comity_session=").to_string();
    let mut enrol = agent
        .get(&format!("{base}/en/sign-in/enrol"))
        .header("cookie", &format!("comity_session={session}"))
        .call()
        .unwrap();
    let page = enrol.body_mut().read_to_string().unwrap();
    let secret_text = between(&page, "<code id=\"totp-secret\" dir=\"ltr\">", "</code>").to_string();
    let secret = comity_access::totp::base32_decode(&secret_text).unwrap();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    let code = format!("{:06}", comity_access::totp::code_at_step(&secret, now / 30));
    let enrolled =
        form("/en/sign-in/enrol", format!("secret={secret_text}&code={code}&next=%2Fen%2Faccount"), Some(&session));
    assert_eq!(enrolled.status(), 200, "enrolled with the app's code");
    session
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
    // One data directory for both nodes: they sign the audit trail with the same key, as a
    // deployment's nodes do.
    let dir = std::env::temp_dir().join(format!("comity_cluster_{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap();

    let database: DatabaseUrl = url.parse().unwrap();
    let (cycle, tokens, cert) = prepare(&database).await;
    // A person who will sign in on the portal with a password and an authenticator app.
    let store = Store::open(&database, OpenOptions::default()).await.unwrap();
    let person = NewAccount {
        email: "focal@fra.example".into(),
        name: "Focal".into(),
        lang: "en".into(),
        password_hash: Some(comity_access::password::hash(PASSWORD).unwrap()),
        memberships: vec![Membership { org: OrgRef::State("FRA".into()), role: Role::FocalPoint }],
    };
    store.create_account(&person, &Actor::cli()).await.unwrap();
    store.close().await;

    let ports = [free_port(), free_port()];
    let front = free_port();
    let bind = |port: u16| format!("127.0.0.1:{port}");
    let (mut first, _) = serve_at(&dir, &url, &bind(ports[0]));
    let (mut second, _) = serve_at(&dir, &url, &bind(ports[1]));
    let mut balancer = haproxy(&dir, front, ports);
    let base = format!("http://127.0.0.1:{front}");
    let ready = Instant::now();
    while agent().get(&format!("{base}/readyz")).call().map(|r| r.status() != 200).unwrap_or(true) {
        assert!(ready.elapsed() < Duration::from_secs(10), "the balancer did not answer");
        std::thread::sleep(Duration::from_millis(100));
    }
    let collection = collection_of(&base, &cert);
    // Signed in through the balancer; the session lives in the database, not in a node.
    let session = sign_in_with_totp(&base, "focal@fra.example");

    let stop_load = Arc::new(AtomicBool::new(false));
    let acked = Arc::new(Mutex::new(Acknowledged::default()));
    let (failures, signed_out) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let mut load = Vec::new();
    for &(state, ref token) in &tokens {
        let who = (base.clone(), cycle.clone(), state, token.clone());
        let (s, a, f) = (stop_load.clone(), acked.clone(), OnFailure::Count(failures.clone()));
        load.push(std::thread::spawn(move || drafter(who, s, a, f)));
    }
    let who = (base.clone(), cert.clone(), collection);
    let (s, a, f) = (stop_load.clone(), acked.clone(), OnFailure::Count(failures.clone()));
    load.push(std::thread::spawn(move || poster(who, s, a, f)));
    let (b, s, f, o) = (base.clone(), stop_load.clone(), failures.clone(), signed_out.clone());
    let sess = session.clone();
    load.push(std::thread::spawn(move || reader(b, sess, s, f, o)));

    let phase = |label: &str, wait: Duration| {
        std::thread::sleep(wait);
        let n = failures.load(Ordering::Relaxed);
        let saves = acked.lock().unwrap().saves.len();
        eprintln!("cluster: {label}: {saves} saves acknowledged so far, {n} failed requests so far");
    };
    phase("both nodes serving", Duration::from_millis(1500));
    let killed = failures.load(Ordering::Relaxed);
    stop(&mut first, "-KILL");
    phase("node 1 killed (SIGKILL)", Duration::from_millis(3000));
    let after_kill = failures.load(Ordering::Relaxed) - killed;
    let (restarted, _) = serve_at(&dir, &url, &bind(ports[0]));
    first = restarted;
    phase("node 1 started again", Duration::from_millis(3000));
    let before_term = failures.load(Ordering::Relaxed);
    stop(&mut second, "-TERM");
    phase("node 2 stopped (SIGTERM)", Duration::from_millis(2000));
    let after_term = failures.load(Ordering::Relaxed) - before_term;
    let (restarted, _) = serve_at(&dir, &url, &bind(ports[1]));
    second = restarted;
    phase("node 2 started again", Duration::from_millis(2000));
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
    assert_held("cluster", &dir, &url, &cycle, &acked).await;
    eprintln!(
        "cluster: {} saves and {} messages acknowledged, all held; audit trail verified; failed requests: {after_kill} from SIGKILL to 3 s after, {after_term} from SIGTERM to 2 s after, {} in all",
        acked.saves.len(),
        acked.messages.len(),
        failures.load(Ordering::Relaxed)
    );
    std::fs::remove_dir_all(&dir).ok();
}
