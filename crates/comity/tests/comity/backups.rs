//! Scheduled backups and the restore drill. Servers back the database up on their own
//! (`COMITY_BACKUP_EVERY`) while States' drafts are saved through the API: one backup a period
//! however many nodes run, each read back whole before it counts, the oldest removed beyond
//! `COMITY_BACKUP_KEEP`. Then the newest backup is restored into a fresh database of the other
//! engine: its row counts are the backup's, `db check` passes, and the audit trail verifies up
//! to the backup's head with the deployment's public key.

use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use comity_store::{DatabaseUrl, OpenOptions, Store};

use crate::load::{Acknowledged, OnFailure, PostgresSchema, Reaper, comity, drafter, prepare, serve_with};

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
