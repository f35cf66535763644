//! The `comity` command as a person or a script uses it: help, JSON output, bad settings and
//! bad data refused with a message naming where, the database upgrade path, serving and stopping.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

struct Sandbox {
    dir: PathBuf,
}

impl Sandbox {
    fn new(name: &str) -> Sandbox {
        let dir = std::env::temp_dir().join(format!("comity_cli_{name}_{}", std::process::id()));
        std::fs::remove_dir_all(&dir).ok();
        std::fs::create_dir_all(&dir).unwrap();
        Sandbox { dir }
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_comity"));
        c.current_dir(&self.dir)
            .args(args)
            .env_remove("COMITY_DATABASE_URL")
            .env_remove("COMITY_CONFIG")
            .env_remove("COMITY_DATA_DIR");
        c
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().unwrap()
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.join(rel)
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.dir).ok();
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("stdout is not one JSON document ({e}): {}", stdout(o)))
}

#[test]
fn every_command_has_help_and_the_binary_a_version() {
    let s = Sandbox::new("help");
    let commands: &[&[&str]] = &[
        &[],
        &["serve"],
        &["demo"],
        &["db"],
        &["db", "migrate"],
        &["db", "backup"],
        &["db", "restore"],
        &["db", "verify"],
        &["db", "copy"],
        &["db", "backups"],
        &["db", "check"],
        &["states"],
        &["states", "list"],
        &["states", "show"],
        &["states", "resolve"],
        &["framework"],
        &["framework", "list"],
        &["framework", "show"],
        &["users"],
        &["users", "create"],
        &["users", "list"],
        &["users", "disable"],
        &["users", "roles"],
        &["users", "invite"],
        &["users", "revoke-sessions"],
        &["audit"],
        &["audit", "verify"],
        &["audit", "export"],
        &["audit", "checkpoint"],
        &["audit", "key"],
        &["api"],
        &["cycles"],
        &["cycles", "create"],
        &["cycles", "list"],
        &["cycles", "show"],
        &["cycles", "close"],
        &["cycles", "remind"],
        &["submissions"],
        &["submissions", "import"],
        &["submissions", "translate"],
        &["submissions", "attach"],
        &["report"],
        &["report", "compile"],
        &["contacts"],
        &["contacts", "list"],
        &["contacts", "show"],
        &["contacts", "import"],
        &["contacts", "export"],
        &["contacts", "verify"],
        &["contacts", "reject"],
        &["checks"],
        &["checks", "start"],
        &["checks", "list"],
        &["checks", "show"],
        &["checks", "deliver"],
        &["negotiations"],
        &["negotiations", "create"],
        &["negotiations", "list"],
        &["negotiations", "show"],
        &["negotiations", "revise"],
        &["negotiations", "reopen"],
        &["negotiations", "silence"],
        &["negotiations", "adopt"],
        &["negotiations", "diff"],
        &["negotiations", "accredit"],
        &["proposals"],
        &["proposals", "list"],
        &["proposals", "export"],
    ];
    for args in commands {
        let mut full = args.to_vec();
        full.push("--help");
        let out = s.run(&full);
        assert!(out.status.success(), "{full:?}");
        assert!(stdout(&out).contains("Usage: comity"), "{full:?}");
        assert!(stdout(&out).contains("--database-url"), "{full:?}: global options are listed everywhere");
    }
    let out = s.run(&["--version"]);
    assert_eq!(stdout(&out).trim(), format!("comity {}", env!("CARGO_PKG_VERSION")));
    assert!(!s.path("comity-data").exists(), "help writes nothing");
}

#[test]
fn states_and_framework_as_json() {
    let s = Sandbox::new("json");
    let out = s.run(&["states", "list", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let states = json(&out);
    let states = states.as_array().unwrap();
    assert_eq!(states.len(), 195);
    let names: Vec<&str> = states.iter().map(|s| s["names"]["en"]["short"].as_str().unwrap()).collect();
    assert_eq!(names.first(), Some(&"Afghanistan"));
    let pos = |n: &str| names.iter().position(|x| *x == n).unwrap();
    assert!(pos("Czechia") < pos("Democratic People's Republic of Korea"));
    for s in states {
        assert!(s["iso3"].is_string() && s["iso2"].is_string() && s["m49"].is_string() && s["status"].is_string());
        for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
            assert!(s["names"][lang]["short"].is_string() && s["names"][lang]["formal"].is_string());
        }
    }

    // --format is global: accepted before the subcommand too.
    let out = s.run(&["--format", "json", "states", "resolve", "Czech Republic"]);
    assert_eq!(json(&out)["iso3"], "CZE");
    let out = s.run(&["states", "resolve", "ex-République yougoslave de Macédoine", "--format", "json"]);
    assert_eq!(json(&out)["iso3"], "MKD");
    let out = s.run(&["states", "resolve", "Atlantis"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no State is called \"Atlantis\""));
    let out = s.run(&["states", "resolve", "Kazakstan"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("KAZ"), "closest candidates listed: {}", stderr(&out));

    let out = s.run(&["framework", "list", "--format", "json"]);
    let elements = json(&out);
    let elements = elements.as_array().unwrap();
    assert_eq!(elements.len(), 27);
    let h = elements.iter().find(|e| e["id"] == "norm-h").unwrap();
    assert_eq!((h["kind"].as_str(), h["letter"].as_str()), (Some("norm"), Some("h")));
    assert_eq!(h["titles"].as_object().unwrap().len(), 6);
    assert_eq!(h["refs"][0]["symbol"], "A/70/174");
    let out = s.run(&["framework", "show", "norm-z"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("norm-h"), "known ids are suggested");
}

#[test]
fn bad_settings_are_named_and_nothing_is_written() {
    let s = Sandbox::new("settings");
    std::fs::write(s.path("broken.toml"), "database_url = \"sqlite://x.sqlite3\"\nbind = [\n").unwrap();
    let out = s.run(&["--config", "broken.toml", "states", "list"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("broken.toml line"), "{}", stderr(&out));

    std::fs::write(s.path("typo.toml"), "# settings\ndatabse_url = \"sqlite://x.sqlite3\"\n").unwrap();
    let out = s.run(&["--config", "typo.toml", "states", "list"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2));
    assert!(err.contains("typo.toml line 2") && err.contains("databse_url"), "{err}");

    std::fs::write(s.path("bind.toml"), "bind = \"somewhere\"\n").unwrap();
    let out = s.run(&["--config", "bind.toml", "serve"]);
    assert!(stderr(&out).contains("setting bind in bind.toml"), "{}", stderr(&out));

    let out = s.run(&["--database-url", "mysql://root@localhost/comity", "states", "list"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--database-url"), "{}", stderr(&out));

    let started = Instant::now();
    let out = s.run(&["--database-url", "postgres://comity:s3cret@127.0.0.1:1/comity", "db", "migrate"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("cannot open the database at postgres://comity:***@127.0.0.1:1/comity") && !err.contains("s3cret"),
        "{err}"
    );
    assert!(started.elapsed() < Duration::from_secs(15), "an unreachable database fails fast");

    assert!(!s.path("comity-data").exists() && !s.path("x.sqlite3").exists(), "nothing was written");
}

fn copy_reference(to: &Path) {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data");
    std::fs::create_dir_all(to).unwrap();
    for (from, name) in [
        ("states/states.csv", "states.csv"),
        ("states/aliases.csv", "aliases.csv"),
        ("framework/framework.toml", "framework.toml"),
    ] {
        std::fs::copy(format!("{data}/{from}"), to.join(name)).unwrap();
    }
}

#[test]
fn corrupt_reference_data_stops_start_up_before_the_database_is_touched() {
    let s = Sandbox::new("reference");
    copy_reference(&s.path("ref"));
    let states =
        std::fs::read_to_string(s.path("ref/states.csv")).unwrap().replacen(",1945-10-24,", ",24 Oct 1945,", 1);
    std::fs::write(s.path("ref/states.csv"), states).unwrap();
    std::fs::write(s.path("comity.toml"), "reference_dir = \"ref\"\n").unwrap();
    let out = s.run(&["--config", "comity.toml", "serve", "--bind", "127.0.0.1:0"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.contains("ref/states.csv line") && err.contains("24 Oct 1945") && err.contains("admitted_on"), "{err}");
    assert!(!s.path("comity-data").exists(), "no database was created");

    copy_reference(&s.path("ref"));
    std::fs::write(
        s.path("ref/framework.toml"),
        std::fs::read_to_string(s.path("ref/framework.toml")).unwrap().replacen(
            "kind = \"norm\"",
            "kind = \"rule\"",
            1,
        ),
    )
    .unwrap();
    let out = s.run(&["--config", "comity.toml", "db", "migrate"]);
    assert!(stderr(&out).contains("framework.toml line") && stderr(&out).contains("rule"), "{}", stderr(&out));
    assert!(!s.path("comity-data").exists());
}

#[test]
fn a_database_from_a_newer_comity_is_refused() {
    let s = Sandbox::new("newer");
    assert!(s.run(&["db", "migrate"]).status.success());
    // Simulate a later Comity having migrated this database further, through the backup format.
    assert!(s.run(&["db", "backup", "b.jsonl"]).status.success());
    let db = s.path("comity-data/comity.sqlite3");
    let before = std::fs::read(&db).unwrap();
    let text = std::fs::read_to_string(s.path("b.jsonl")).unwrap().replacen(
        &format!("\"schema_version\":{}", comity_store::LATEST_SCHEMA_VERSION),
        "\"schema_version\":99",
        1,
    );
    std::fs::write(s.path("newer.jsonl"), text).unwrap();
    let out = s.run(&["--database-url", "sqlite://fresh.sqlite3", "db", "restore", "newer.jsonl"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("newer.jsonl line 1") && stderr(&out).contains("newer Comity"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

/// `db backup` reads its file back; `db verify` checks a file without a database and names
/// what is wrong; `db backups` lists what the server took (nothing here).
#[test]
fn backups_are_read_back_and_a_damaged_one_is_named() {
    let s = Sandbox::new("verify");
    assert!(s.run(&["db", "migrate"]).status.success());
    let out = s.run(&["db", "backup", "b.jsonl"]);
    assert!(stdout(&out).contains("read back whole") && stdout(&out).contains("SHA-256"), "{}", stdout(&out));
    let out = s.run(&["--format", "json", "db", "verify", "b.jsonl"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let read = json(&out);
    assert_eq!((read["engine"].as_str(), read["tables"]["states"].as_u64()), (Some("sqlite"), Some(195)));
    assert_eq!(read["sha256"].as_str().map(str::len), Some(64));
    let text = std::fs::read_to_string(s.path("b.jsonl")).unwrap();
    let cut = text.lines().take(40).collect::<Vec<_>>().join("\n");
    std::fs::write(s.path("cut.jsonl"), cut).unwrap();
    let out = s.run(&["db", "verify", "cut.jsonl"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("cut.jsonl") && stderr(&out).contains("truncated"), "{}", stderr(&out));
    let out = s.run(&["db", "backups"]);
    assert!(out.status.success() && stdout(&out).contains("no scheduled backups yet"), "{}", stdout(&out));
    assert_eq!(json(&s.run(&["--format", "json", "db", "backups"])), serde_json::json!([]));
}

#[test]
fn check_reports_a_missing_database_without_creating_one() {
    let s = Sandbox::new("check");
    let out = s.run(&["db", "check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("does not exist"), "{}", stderr(&out));
    assert!(s.run(&["db", "migrate"]).status.success());
    let out = s.run(&["db", "check", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = json(&out);
    assert_eq!(
        (report["ok"].as_bool(), report["schema_version"].as_i64()),
        (Some(true), Some(comity_store::LATEST_SCHEMA_VERSION))
    );
}

/// The documented upgrade path: an embedded SQLite deployment moved to PostgreSQL by backup
/// and restore. Runs when COMITY_TEST_DATABASE_URL names a PostgreSQL server.
#[test]
fn sqlite_to_postgres_by_backup_and_restore() {
    let Some(admin) = std::env::var("COMITY_TEST_DATABASE_URL").ok().filter(|u| !u.is_empty()) else {
        eprintln!("COMITY_TEST_DATABASE_URL not set: upgrade path checked on SQLite only");
        let s = Sandbox::new("upgrade_sqlite");
        assert!(s.run(&["db", "backup", "b.jsonl"]).status.success());
        let out = s.run(&["--database-url", "sqlite://other/new.sqlite3", "db", "restore", "b.jsonl"]);
        assert!(out.status.success(), "{}", stderr(&out));
        return;
    };
    let s = Sandbox::new("upgrade");
    assert!(s.run(&["db", "migrate"]).status.success());
    let out = s.run(&["db", "backup", "backup.jsonl", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = json(&out)["rows"].as_u64().unwrap();

    let schema = format!("comity_cli_{}", std::process::id());
    let psql = |sql: &str| {
        let ok = Command::new("psql")
            .arg(&admin)
            .args(["-q", "-v", "ON_ERROR_STOP=1", "-c", sql])
            .status()
            .map(|st| st.success())
            .unwrap_or(false);
        assert!(ok, "psql could not run {sql}");
    };
    psql(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"));
    let sep = if admin.contains('?') { '&' } else { '?' };
    let pg = format!("{admin}{sep}options=-c%20search_path%3D{schema}");
    let out = s.run(&["--database-url", &pg, "db", "restore", "backup.jsonl", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["rows"].as_u64(), Some(rows));
    let out = s.run(&["--database-url", &pg, "db", "check", "--format", "json"]);
    assert_eq!(json(&out)["ok"], true, "{}", stdout(&out));
    let out = s.run(&["--database-url", &pg, "states", "resolve", "Swaziland", "--format", "json"]);
    assert_eq!(json(&out)["iso3"], "SWZ");
    // And back: a PostgreSQL backup restores into a new SQLite file.
    assert!(s.run(&["--database-url", &pg, "db", "backup", "from-pg.jsonl"]).status.success());
    let out = s.run(&[
        "--database-url",
        "sqlite://back/comity.sqlite3",
        "db",
        "restore",
        "from-pg.jsonl",
        "--format",
        "json",
    ]);
    assert_eq!(json(&out)["rows"].as_u64(), Some(rows), "{}", stderr(&out));
    psql(&format!("DROP SCHEMA {schema} CASCADE"));
}

/// Reads the child's standard error until a line contains `needle`; returns that line.
fn wait_for_line(stream: impl Read, needle: &str) -> String {
    for line in BufReader::new(stream).lines() {
        let line = line.unwrap();
        if line.contains(needle) {
            return line;
        }
    }
    panic!("the server ended without printing {needle:?}");
}

fn http_get(addr: &str, path: &str) -> String {
    use std::io::Write;
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response
}

#[test]
fn serve_answers_and_stops_cleanly_on_sigterm() {
    let s = Sandbox::new("serve");
    let mut child =
        s.command(&["serve", "--bind", "127.0.0.1:0"]).stderr(Stdio::piped()).stdout(Stdio::null()).spawn().unwrap();
    // The log pipe is closed after this line on purpose: a server whose log reader has gone
    // must keep serving and still stop cleanly.
    let line = wait_for_line(child.stderr.take().unwrap(), "serving");
    let addr = line.split("address=").nth(1).unwrap().split_whitespace().next().unwrap().to_string();
    assert!(http_get(&addr, "/readyz").starts_with("HTTP/1.1 200"));
    assert!(http_get(&addr, "/ar/states").contains("dir=\"rtl\""));
    // A consistent backup while the server holds the database open.
    let out = s.run(&["db", "backup", "live.jsonl", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["tables"]["states"], 195);
    let killed = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(killed.success());
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "graceful shutdown exits 0, got {status}");
            break;
        }
        assert!(Instant::now() < deadline, "the server did not stop within 10 s of SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn demo_prints_its_address_on_a_fresh_database() {
    let s = Sandbox::new("demo");
    for _ in 0..2 {
        let mut child =
            s.command(&["demo", "--bind", "127.0.0.1:0"]).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
        let line = wait_for_line(child.stdout.take().unwrap(), "Comity demo: http://");
        let addr = line.split("http://").nth(1).unwrap().split('/').next().unwrap().to_string();
        assert!(http_get(&addr, "/zh/states").contains("埃斯瓦蒂尼"));
        child.kill().unwrap();
        child.wait().unwrap();
    }
    assert!(s.path("comity-data/demo/comity.sqlite3").exists());
}

#[test]
fn documents_parse_prints_structure_and_refuses_bad_files() {
    let s = Sandbox::new("documents");
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/../comity-documents/tests/fixtures/en-draft-pdf.txt");
    let out = s.run(&["documents", "parse", fixture, "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let d = json(&out);
    assert_eq!(d["symbol"], "A/C.1/81/L.7");
    assert_eq!(d["operative"].as_array().unwrap().len(), 3);
    for key in [
        "symbol",
        "kind",
        "language",
        "session",
        "committee",
        "agenda_items",
        "title",
        "adopted_on",
        "plenary_meeting",
        "sponsors",
        "preamble",
        "operative",
        "footnotes",
        "citations",
        "unrecognized",
    ] {
        assert!(d.get(key).is_some(), "field {key} missing");
    }
    assert!(d.get("placements").is_none());
    let out = s.run(&["documents", "parse", fixture, "--format", "text"]);
    assert!(stdout(&out).contains("footnote 1 -> preamble 2"), "{}", stdout(&out));

    std::fs::write(s.path("scan.pdf"), b"%PDF-1.7\n%binary").unwrap();
    let out = s.run(&["documents", "parse", "scan.pdf"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("scan.pdf") && stderr(&out).contains("PDF"), "{}", stderr(&out));
    let out = s.run(&["documents", "parse", fixture, "--symbol", "A/C.1/81/L.8"]);
    assert!(stderr(&out).contains("A/C.1/81/L.7") && stderr(&out).contains("A/C.1/81/L.8"), "{}", stderr(&out));
    let out = s.run(&["documents", "parse", "missing.txt"]);
    assert!(stderr(&out).contains("missing.txt"), "{}", stderr(&out));
    assert!(!s.path("comity-data").exists(), "parsing needs no database");
}

#[test]
fn documents_ingest_list_show() {
    let s = Sandbox::new("ingest");
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/../comity-documents/tests/fixtures");
    std::fs::write(s.path("scan.pdf"), b"%PDF-1.7\n%binary").unwrap();
    let en = format!("{fixtures}/en-draft-pdf.txt");
    let fr = format!("{fixtures}/fr-resolution.txt");
    let out = s.run(&["documents", "ingest", &en, "scan.pdf", &fr, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "a refused file makes the batch exit 1");
    let report = json(&out);
    assert_eq!((report["stored"].as_u64(), report["refused"].as_u64()), (Some(2), Some(1)));
    assert_eq!(report["files"][1]["outcome"], "refused");
    assert!(report["files"][1]["reason"].as_str().unwrap().contains("PDF"));
    assert_eq!(report["files"][2]["outcome"], "stored", "the batch goes on after a refusal");

    let out = s.run(&["documents", "ingest", &en]);
    assert!(
        out.status.success() && stdout(&out).contains("0 stored, 0 updated, 1 unchanged, 0 refused"),
        "{}",
        stdout(&out)
    );
    let out = s.run(&["documents", "ingest", &en, &fr, "--symbol", "A/C.1/81/L.7"]);
    assert_eq!(out.status.code(), Some(2));

    let out = s.run(&["documents", "list", "--format", "json"]);
    let listed = json(&out);
    assert_eq!(
        listed.as_array().unwrap().iter().map(|d| d["symbol"].as_str().unwrap()).collect::<Vec<_>>(),
        ["A/C.1/81/L.7", "A/RES/81/5"]
    );
    let out = s.run(&["documents", "show", "a/res/81/5", "--format", "json"]);
    assert_eq!(json(&out)["language"], "fr", "the only version held");
    let out = s.run(&["documents", "show", "A/RES/81/5", "--lang", "zh"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no zh version") && stderr(&out).contains("fr"), "{}", stderr(&out));
    let out = s.run(&["documents", "show", "A/RES/99/1"]);
    assert!(stderr(&out).contains("not in the record"), "{}", stderr(&out));

    let res = format!("{fixtures}/en-resolution.txt");
    assert!(s.run(&["documents", "ingest", &res]).status.success());
    let out = s.run(&["documents", "lineage", "A/RES/76/19", "--format", "json"]);
    let l = json(&out);
    let by: Vec<&str> = l["cited_by"].as_array().unwrap().iter().map(|c| c["symbol"].as_str().unwrap()).collect();
    assert_eq!(by, ["A/C.1/81/L.7", "A/RES/81/5"]);
    assert!(l["missing"].as_array().unwrap().iter().any(|m| m == "A/RES/70/237"));
    let rev = format!("{fixtures}/en-draft-rev1.txt");
    let out = s.run(&["documents", "diff", "A/C.1/81/L.7", &rev, "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let changes = json(&out)["changes"].as_array().unwrap().clone();
    assert_eq!(changes.iter().filter(|c| c["change"] == "moved").count(), 1);
    let out = s.run(&["documents", "diff", &en, &rev]);
    assert!(
        stdout(&out).contains("{+regular +}") && stdout(&out).contains("1 moved, 1 added, 3 removed"),
        "{}",
        stdout(&out)
    );
    let out = s.run(&["search", "response teams", "--format", "json"]);
    let r = json(&out);
    assert!(r["total"].as_u64().unwrap() >= 2, "{r}");
    assert_eq!(r["hits"][0]["symbol"], "A/C.1/81/L.7");
    assert!(r["hits"][0]["snippet"].as_array().unwrap().iter().any(|f| f["hit"] == true));
    let out = s.run(&["search", "securite", "--lang", "fr"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = s.run(&["documents", "lineage", "A/C.1/81/L.7"]);
    assert!(
        stdout(&out).contains("resolution 76/19 (in the record)") && stdout(&out).contains("via A/RES/76/19"),
        "{}",
        stdout(&out)
    );
}

/// An operator bootstraps accounts from the command line; every change is in the audit trail,
/// which verifies, exports as JSON lines, and names an entry someone edited in the database.
#[test]
fn users_are_managed_and_audited_from_the_command_line() {
    use std::io::Write;
    let s = Sandbox::new("users");
    let mut child = s
        .command(&[
            "users",
            "create",
            "--email",
            "Admin@UN.example",
            "--name",
            "Ana",
            "--role",
            "SECRETARIAT:admin",
            "--password-stdin",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"a long enough passphrase\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let out = s.run(&[
        "users",
        "create",
        "--email",
        "fp@example.org",
        "--name",
        "Focal",
        "--lang",
        "ar",
        "--role",
        "FRA:focal_point",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let key = std::fs::metadata(s.path("comity-data/audit-signing.key")).unwrap();
    #[cfg(unix)]
    assert_eq!(
        std::os::unix::fs::PermissionsExt::mode(&key.permissions()) & 0o777,
        0o600,
        "the key is the owner's only"
    );

    // Refusals say what was wrong and change nothing.
    for (args, why) in [
        (
            vec!["users", "create", "--email", "x@example.org", "--name", "X", "--role", "FRA:admin"],
            "held in the Secretariat",
        ),
        (vec!["users", "create", "--email", "x@example.org", "--name", "X", "--role", "FRA"], "ORG:ROLE"),
        (vec!["users", "create", "--email", "x@example.org", "--name", "X", "--role", "FRA:king"], "is not a role"),
        (vec!["users", "create", "--email", "fp@example.org", "--name", "Again"], "exists already"),
        (vec!["users", "roles", "nobody@example.org", "--grant", "FRA:drafter"], "no account"),
    ] {
        let out = s.run(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(stderr(&out).contains(why), "{args:?}: {}", stderr(&out));
    }
    let out = s.run(&["users", "create", "--email", "weak@example.org", "--name", "W"]);
    assert!(out.status.success(), "no password: an invited account");
    let out = s
        .command(&["users", "create", "--email", "w2@example.org", "--name", "W"])
        .env("COMITY_NEW_PASSWORD", "short")
        .output()
        .unwrap();
    assert!(stderr(&out).contains("at least 12 characters"), "{}", stderr(&out));

    let out = s.run(&["users", "roles", "fp@example.org", "--grant", "FRA:drafter", "--revoke", "FRA:focal_point"]);
    assert_eq!(stdout(&out).trim(), "fp@example.org: FRA:drafter");
    assert!(s.run(&["users", "disable", "weak@example.org"]).status.success());
    let list = json(&s.run(&["--format", "json", "users", "list", "--org", "FRA"]));
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["email"], "fp@example.org");
    assert_eq!(list[0]["lang"], "ar");
    let all = json(&s.run(&["--format", "json", "users", "list"]));
    assert_eq!(all[0]["email"], "admin@un.example", "stored lower-cased");
    assert_eq!(all[0]["has_password"], true);
    assert!(!stdout(&s.run(&["--format", "json", "users", "list"])).contains("argon2"), "hashes never leave");

    let report = json(&s.run(&["--format", "json", "audit", "verify"]));
    assert_eq!(report["entries"], 6, "{report}");
    assert!(report["problem"].is_null());
    let export = stdout(&s.run(&["audit", "export"]));
    let lines: Vec<serde_json::Value> = export.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let actions: Vec<&str> = lines.iter().map(|l| l["action"].as_str().unwrap()).collect();
    assert_eq!(
        actions,
        ["account.create", "account.create", "account.create", "role.grant", "role.revoke", "account.disable"]
    );
    assert!(!export.contains("passphrase") && !export.contains("argon2"), "secrets are never recorded");
    let fra = stdout(&s.run(&["audit", "export", "--org", "fra"]));
    assert_eq!(fra.lines().count(), 3, "the entries about France: {fra}");

    // Someone edits the trail in the database: verify names the entry and fails.
    let public = stdout(&s.run(&["audit", "key"])).trim().to_string();
    assert_eq!(public.len(), 64);
    let db = s.path("comity-data/comity.sqlite3");
    let edited = Command::new("python3")
        .args(["-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"UPDATE audit_entries SET action='role.revoke' WHERE seq=4\"); c.commit()"])
        .arg(&db)
        .status()
        .expect("python3 edits the database as an intruder would");
    assert!(edited.success());
    let out = s.run(&["audit", "verify", "--public-key", &public]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("entry 4 was altered"), "{}", stdout(&out));

    // Every command that wrote signed the trail and kept the checkpoint beside the data too:
    // with the database's checkpoints and the later entries gone, the file still tells.
    let kept = std::fs::read_to_string(s.path("comity-data/audit-checkpoints.jsonl")).unwrap();
    assert!(kept.lines().count() >= 5 && kept.lines().all(|l| l.contains("\"signature\"")), "{kept}");
    let emptied = Command::new("python3")
        .args(["-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('DELETE FROM audit_entries'); c.execute('DELETE FROM audit_checkpoints'); c.commit()"])
        .arg(&db)
        .status()
        .unwrap();
    assert!(emptied.success());
    let out = s.run(&["audit", "verify"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("entries up to the signed entry 1 are missing"), "{}", stdout(&out));
    let bad = s.path("bad-checkpoints.jsonl");
    std::fs::write(&bad, "{\"seq\": 1}\n").unwrap();
    let out = s.run(&["audit", "verify", "--checkpoints", bad.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad-checkpoints.jsonl line 1: not a checkpoint"));
}

#[test]
fn invitations_from_the_command_line_print_the_link_when_no_relay_is_configured() {
    let s = Sandbox::new("invite");
    let out = s.run(&[
        "users",
        "invite",
        "--email",
        "fp@example.org",
        "--name",
        "Focal",
        "--lang",
        "zh",
        "--role",
        "KEN:focal_point",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("no smtp_relay is configured"), "{text}");
    let link = text.lines().find(|l| l.contains("/zh/welcome/")).expect("the link");
    assert_eq!(link.trim().rsplit('/').next().unwrap().len(), 64);
    let listed = json(&s.run(&["--format", "json", "users", "list"]));
    assert_eq!(listed[0]["has_password"], false, "invited, not yet accepted");
    let out = s.run(&["--format", "json", "users", "revoke-sessions", "fp@example.org"]);
    assert_eq!(json(&out)["sessions_ended"], 0);
    let out = s.run(&["users", "revoke-sessions", "nobody@example.org"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no account"));
    // A relay that is not one is named with its setting, before anything happens.
    std::fs::write(s.path("comity.toml"), "smtp_relay = \"mail.example.org:25\"\n").unwrap();
    let out = s.run(&["--config", "comity.toml", "users", "list"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("smtp_relay") && stderr(&out).contains("smtp://"), "{}", stderr(&out));
    // So is a metrics token too short to be one.
    std::fs::write(s.path("comity.toml"), "metrics_token = \"short\"\n").unwrap();
    let out = s.run(&["--config", "comity.toml", "users", "list"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("metrics_token") && stderr(&out).contains("at least 16"), "{}", stderr(&out));
    // A backup period nobody could mean, and keeping no backup at all.
    for (setting, named, says) in [
        ("backup_every = \"daily\"\n", "backup_every", "not a period like"),
        ("backup_every = \"6h\"\nbackup_keep = 0\n", "backup_keep", "keep at least 1"),
    ] {
        std::fs::write(s.path("comity.toml"), setting).unwrap();
        let out = s.run(&["--config", "comity.toml", "users", "list"]);
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains(named) && stderr(&out).contains(says), "{}", stderr(&out));
    }
    let actions = stdout(&s.run(&["audit", "export"]));
    assert!(actions.contains("invitation.send") && actions.contains("sessions.revoke_all"));
    assert!(!actions.contains(link.trim().rsplit('/').next().unwrap()), "the link's secret is not in the trail");
}

/// A script on another machine: `comity api` with a token (from COMITY_TOKEN) against a
/// running server; without a token, or with a revoked one, it is refused and says why.
#[test]
fn the_cli_asks_a_remote_server_with_an_api_token() {
    let s = Sandbox::new("api");
    assert!(
        s.run(&["users", "create", "--email", "fp@example.org", "--name", "Focal", "--role", "FRA:focal_point"])
            .status
            .success()
    );
    // The token is made as the account page makes it (a person creates their own).
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let url = comity_store::DatabaseUrl::embedded(&s.path("comity-data"));
    let (token, token_id, account) = runtime.block_on(async {
        let store = comity_store::Store::open(&url, comity_store::OpenOptions::default()).await.unwrap();
        let account = store.list_accounts(None).await.unwrap()[0].id.clone();
        let (id, token) = store
            .create_token(&account, "cli", &[comity_access::Permission::ListUsers], 30, &comity_store::Actor::cli())
            .await
            .unwrap();
        store.close().await;
        (token, id, account)
    });
    let mut child =
        s.command(&["serve", "--bind", "127.0.0.1:0"]).stderr(Stdio::piped()).stdout(Stdio::null()).spawn().unwrap();
    let line = wait_for_line(child.stderr.take().unwrap(), "serving");
    let addr = line.split("address=").nth(1).unwrap().split_whitespace().next().unwrap().to_string();
    let server = format!("http://{addr}");
    let api = |path: &str, token: Option<&str>| {
        let mut c = s.command(&["api", path, "--server", &server]);
        c.env_remove("COMITY_TOKEN");
        if let Some(t) = token {
            c.env("COMITY_TOKEN", t);
        }
        c.output().unwrap()
    };
    let out = api("/me", Some(&token));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["email"], "fp@example.org");
    let out = api("orgs/FRA/users", Some(&token));
    assert_eq!(json(&out)[0]["roles"][0], "FRA:focal_point");
    let out = api("/orgs/FRA/audit", Some(&token));
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("403 forbidden"), "{}", stderr(&out));
    let out = api("/me", None);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("401") && stderr(&out).contains("COMITY_TOKEN"), "{}", stderr(&out));
    runtime.block_on(async {
        let store = comity_store::Store::open(&url, comity_store::OpenOptions::default()).await.unwrap();
        assert!(store.revoke_token(&account, &token_id, &comity_store::Actor::cli()).await.unwrap());
        store.close().await;
    });
    assert_eq!(api("/me", Some(&token)).status.code(), Some(1), "a revoked token stops at once");
    let out = s.command(&["api", "/me", "--server", "ftp://x"]).output().unwrap();
    assert!(stderr(&out).contains("not an http(s) address"));
    child.kill().unwrap();
    child.wait().unwrap();
}

/// The Secretariat opens a cycle with the questions of a resolution in the record, in each
/// language held; bad definitions are refused with the reason and change nothing.
#[test]
fn cycles_take_their_questions_from_the_resolution_in_the_record() {
    let s = Sandbox::new("cycles");
    std::fs::write(
        s.path("en.txt"),
        "Resolution adopted by the General Assembly on 1 December 2026\n[on the report of the First Committee (A/81/400)]\n\
         81/7. A fictional resolution asking for views\nThe General Assembly,\nRecalling its resolution 76/19,\n\
         1. Welcomes the reports received;\n2. Invites Member States to inform the Secretary-General of their views on:\n\
         (a) National efforts to cooperate;\n(b) The practice of points of contact;\n3. Decides to remain seized of the matter.\n",
    )
    .unwrap();
    std::fs::write(
        s.path("fr.txt"),
        "Résolution adoptée par l'Assemblée générale le 1er décembre 2026\n[sur la base du rapport de la Première Commission (A/81/400)]\n\
         81/7. Une résolution fictive qui demande des vues\nL'Assemblée générale,\nRappelant sa résolution 76/19,\n\
         1. Se félicite des rapports reçus ;\n2. Invite les États Membres à communiquer au Secrétaire général leurs vues sur :\n\
         a) Les efforts nationaux de coopération ;\nb) La pratique des points de contact ;\n3. Décide de rester saisie de la question.\n",
    )
    .unwrap();
    let out = s.run(&["documents", "ingest", "en.txt", "fr.txt"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let create = |extra: &[&str]| {
        let mut args = vec!["--format", "json", "cycles", "create", "--resolution", "A/RES/81/7", "--session", "82"];
        args.extend_from_slice(&["--note-verbale", "ODA/2027-0012/ICT", "--note-verbale-date", "2027-02-01"]);
        args.extend_from_slice(extra);
        s.run(&args)
    };
    for (extra, why) in [
        (vec!["--deadline", "2027-05-01", "--questions-from", "9"], "no operative paragraph 9"),
        (vec!["--deadline", "2027-05-01", "--questions-from", "1"], "has no items"),
        (vec!["--deadline", "1 May", "--questions-from", "2"], "YYYY-MM-DD"),
        (vec!["--deadline", "2027-01-01", "--questions-from", "2"], "comes before"),
        (vec!["--deadline", "2027-05-01", "--questions-from", "2", "--question", "(a)=x"], "not both"),
        (vec!["--deadline", "2027-05-01", "--question", "nolabel"], "LABEL=TEXT"),
    ] {
        let out = create(&extra);
        assert_eq!(out.status.code(), Some(1), "{extra:?}");
        assert!(stderr(&out).contains(why), "{extra:?}: {}", stderr(&out));
    }
    assert!(stdout(&s.run(&["cycles", "list"])).lines().count() <= 1, "refusals created nothing");
    let out = create(&["--deadline", "2027-05-01", "--questions-from", "2"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["id"], "82-81-7");
    let shown = json(&s.run(&["--format", "json", "cycles", "show", "82-81-7"]));
    let questions = shown["cycle"]["questions"].as_array().unwrap();
    assert_eq!(questions.len(), 2);
    assert_eq!(questions[0]["label"], "(a)");
    assert_eq!(questions[0]["texts"]["en"], "National efforts to cooperate;");
    assert_eq!(
        questions[0]["texts"]["fr"], "Les efforts nationaux de coopération ;",
        "the same question in French, aligned by its label"
    );
    assert!(stdout(&s.run(&["cycles", "list"])).contains("82-81-7"));

    // Two published replies (France in French, Kenya in English) and a draft (Germany).
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let url = comity_store::DatabaseUrl::embedded(&s.path("comity-data"));
        let store = comity_store::Store::open(&url, comity_store::OpenOptions::default()).await.unwrap();
        let actor = comity_store::Actor::cli();
        for (state, lang, text) in [
            ("KEN", "en", "Kenya cooperates through its **national CERT**."),
            ("FRA", "fr", "La France coopère.\n\n1. Premier point"),
        ] {
            let answers = [("(a)".to_string(), text.to_string())].into();
            store.save_reply("82-81-7", state, lang, &answers, 0, &actor).await.unwrap();
            store.reply_action("82-81-7", state, comity_reporting::Action::Submit, &actor).await.unwrap();
            store.reply_action("82-81-7", state, comity_reporting::Action::Publish, &actor).await.unwrap();
        }
        store
            .save_reply("82-81-7", "DEU", "en", &[("(a)".to_string(), "Not yet".to_string())].into(), 0, &actor)
            .await
            .unwrap();
        store.close().await;
    });
    let out = s.run(&[
        "--format",
        "md",
        "report",
        "compile",
        "--cycle",
        "82-81-7",
        "--lang",
        "fr",
        "--symbol",
        "A/82/99",
        "--date",
        "2027-07-01",
        "--agenda-item",
        "94",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = stdout(&out);
    for expected in [
        "Nations Unies",
        "A/82/99",
        "Point 94 de la liste préliminaire",
        "# Rapport du Secrétaire général",
        "## I. Introduction",
        "Les efforts nationaux de coopération",
        "ODA/2027-0012/ICT",
        "## II. Réponses reçues des gouvernements",
        "### France",
        "Original : français",
        "### Kenya",
        "Original : anglais",
    ] {
        assert!(report.contains(expected), "{expected:?} not in the report:\n{report}");
    }
    assert!(report.find("### France").unwrap() < report.find("### Kenya").unwrap(), "in the UN's order");
    assert!(!report.contains("Not yet") && !report.contains("Allemagne"), "drafts are not in the report");
    assert!(report.contains("aucune traduction"), "Kenya's reply is reproduced in English with a note");
    let out =
        s.run(&["--format", "html", "report", "compile", "--cycle", "82-81-7", "--lang", "ar", "-o", "report-ar.html"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = std::fs::read_to_string(s.path("report-ar.html")).unwrap();
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">") && html.contains("تقرير الأمين العام"));
    assert!(html.contains("<strong>national CERT</strong>"), "the reply's Markdown rendered");
    let out = s.run(&["--format", "md", "cycles", "list"]);
    assert_eq!(out.status.code(), Some(2), "md is for the report only");
    let out = s.run(&["report", "compile", "--cycle", "82-81-7"]);
    assert!(stderr(&out).contains("md, html, docx or akn"));
    // Akoma Ntoso, checked against the official schema when the validator is at hand (CI
    // requires it: COMITY_REQUIRE_VALIDATORS=1, COMITY_AKN_XSD).
    for lang in ["en", "ar", "zh"] {
        let file = format!("report-{lang}.xml");
        let out = s.run(&[
            "--format",
            "akn",
            "report",
            "compile",
            "--cycle",
            "82-81-7",
            "--lang",
            lang,
            "--symbol",
            "A/82/99",
            "--date",
            "2027-07-01",
            "-o",
            &file,
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
        let xml = std::fs::read_to_string(s.path(&file)).unwrap();
        assert!(xml.contains("<doc name=\"report\"") && xml.contains("eId=\"sec_2__hcontainer_FRA\""));
        match std::env::var_os("COMITY_AKN_XSD") {
            Some(xsd) => {
                let check = Command::new("xmllint")
                    .arg("--noout")
                    .arg("--schema")
                    .arg(&xsd)
                    .arg(s.path(&file))
                    .output()
                    .unwrap();
                assert!(check.status.success(), "{lang}: {}", String::from_utf8_lossy(&check.stderr));
            }
            None => {
                assert!(std::env::var("COMITY_REQUIRE_VALIDATORS").as_deref() != Ok("1"), "COMITY_AKN_XSD is required")
            }
        }
    }
    assert_eq!(stdout(&s.run(&["cycles", "close", "82-81-7"])).trim(), "closed cycle 82-81-7");
    let out = s.run(&["cycles", "show", "nope"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&s.run(&["audit", "export"])).contains("cycle.create"));
}

/// The text of a Word file as LibreOffice prints it (to PDF, read back with pdftotext), or
/// None when LibreOffice is not installed (CI installs it and requires it).
fn docx_as_printed(dir: &Path, file: &str) -> Option<String> {
    let have = Command::new("soffice").arg("--version").output().is_ok_and(|o| o.status.success());
    if !have {
        assert!(std::env::var("COMITY_REQUIRE_VALIDATORS").as_deref() != Ok("1"), "LibreOffice (soffice) is required");
        return None;
    }
    let profile = format!("file://{}", dir.join("lo-profile").display());
    let out = Command::new("soffice")
        .arg(format!("-env:UserInstallation={profile}"))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir)
        .arg(dir.join(file))
        .output()
        .unwrap();
    assert!(out.status.success(), "LibreOffice: {}", String::from_utf8_lossy(&out.stderr));
    let pdf = dir.join(file.replace(".docx", ".pdf"));
    let text = Command::new("pdftotext").arg(&pdf).arg("-").output().unwrap();
    assert!(text.status.success(), "pdftotext: {}", String::from_utf8_lossy(&text.stderr));
    // pdftotext marks runs of each direction with Unicode's embedding controls; the words are what counts.
    let printed = String::from_utf8_lossy(&text.stdout);
    Some(printed.chars().filter(|c| !matches!(*c as u32, 0x200E | 0x200F | 0x202A..=0x202E)).collect())
}

fn document_xml(path: &Path) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml").unwrap().read_to_string(&mut xml).unwrap();
    xml
}

/// Replies that arrive as Word, Markdown or text files are imported (as drafts, or submitted
/// on the Secretariat's authority), bad files change nothing, translations are attached with
/// their status, and the report comes out as a Word file that LibreOffice prints with its
/// headings, numbered paragraphs, footnotes and Arabic text.
#[test]
fn replies_arrive_as_files_and_the_report_is_a_word_file() {
    let s = Sandbox::new("import");
    let out = s.run(&[
        "cycles",
        "create",
        "--resolution",
        "A/RES/76/19",
        "--session",
        "82",
        "--question",
        "(a)=General appreciation of the issues of information security",
        "--question",
        "(b)=Efforts taken at the national level to strengthen information security",
        "--note-verbale",
        "ODA/2027-0001/ICT",
        "--note-verbale-date",
        "2027-02-01",
        "--deadline",
        "2099-05-01",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let cycle = "82-76-19";
    // Kenya's reply as Word: headings naming the questions, numbered paragraphs, a table, a footnote.
    let kenya = comity_docx::from_markdown(
        "Permanent Mission of Kenya\n\n## (a) General appreciation of the issues of information security\n\n\
         1. Kenya regards the security of ICTs as a shared responsibility.[^1]\n2. Threats to critical infrastructure are growing.\n\n\
         ## (b) Efforts taken at the national level to strengthen information security\n\n\
         | Institution | Role |\n| --- | --- |\n| National KE-CIRT/CC | Incident response |\n\n\
         [^1]: Computer Misuse and Cybercrimes Act, 2018.\n",
    );
    let bytes =
        comity_docx::write(&kenya, &comity_docx::Properties { title: "Kenya".into(), language: "en-GB".into() });
    std::fs::write(s.path("kenya.docx"), bytes).unwrap();
    std::fs::write(s.path("broken.docx"), "this is not a Word file").unwrap();
    std::fs::write(s.path("table.md"), "(a) Views\n\n| Norm | Measure |\n| --- | --- |\n| (g) | Law | extra |\n")
        .unwrap();
    std::fs::write(
        s.path("egypt.md"),
        "(a) تؤكد مصر أهمية التعاون الدولي في مجال أمن المعلومات.\n\n(b) أنشأت مصر مركزا وطنيا للاستجابة لطوارئ الحاسب.\n",
    )
    .unwrap();
    let import = |args: &[&str]| {
        let mut all = vec!["--format", "json", "submissions", "import", "--cycle", cycle];
        all.extend_from_slice(args);
        s.run(&all)
    };
    for (args, why) in [
        (vec!["--state", "KEN", "broken.docx"], "not a .docx"),
        (vec!["--state", "KEN", "table.md"], "line 5: this table row has 3 cells"),
        (vec!["--state", "Atlantis", "kenya.docx"], "no State's code or name"),
        (vec!["--state", "KEN", "missing.docx"], "missing.docx"),
        (vec!["--state", "KEN", "--lang", "xx", "kenya.docx"], "--lang"),
    ] {
        let out = import(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(stderr(&out).contains(why), "{args:?}: {}", stderr(&out));
    }
    let out = import(&["--state", "Kenya", "--dry-run", "kenya.docx"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["version"], serde_json::Value::Null);
    let shown = json(&s.run(&["--format", "json", "cycles", "show", cycle]));
    assert_eq!(shown["replies"].as_array().unwrap().len(), 0, "refusals and a dry run wrote nothing");

    let out = import(&["--state", "Kenya", "--submit", "kenya.docx"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let imported = json(&out);
    assert_eq!(imported["lang"], "en", "the language is told from the text");
    assert_eq!(imported["submitted"], true);
    assert_eq!(imported["questions_found"]["(b)"], true);
    let a = imported["answers"]["(a)"].as_str().unwrap();
    assert!(a.starts_with("Permanent Mission of Kenya"), "{a}");
    assert!(a.contains("1. Kenya regards") && a.contains("2. Threats") && a.contains("[^1]: Computer Misuse"), "{a}");
    assert!(!a.contains("General appreciation"), "the question's heading is the report's to print: {a}");
    assert!(imported["answers"]["(b)"].as_str().unwrap().contains("| National KE-CIRT/CC | Incident response |"));
    let out = import(&["--state", "EGY", "egypt.md"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["lang"], "ar");
    assert_eq!(json(&out)["submitted"], false);
    let audit = stdout(&s.run(&["audit", "export"]));
    assert!(
        audit.contains("reply.import") && audit.contains("on_authority_of") && audit.contains("\"reply.submit\""),
        "{audit}"
    );

    // Attachments: checked by content; only to a draft.
    std::fs::write(s.path("photo.pdf"), b"\x89PNG\r\n\x1a\nnot a pdf").unwrap();
    std::fs::write(s.path("strategy.pdf"), b"%PDF-1.7\n% a national strategy\n").unwrap();
    let out = s.run(&["submissions", "attach", "--cycle", cycle, "--state", "EGY", "photo.pdf"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("PNG image"), "{}", stderr(&out));
    let out = s.run(&["submissions", "attach", "--cycle", cycle, "--state", "EGY", "strategy.pdf"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = s.run(&["submissions", "attach", "--cycle", cycle, "--state", "KEN", "strategy.pdf"]);
    assert_eq!(out.status.code(), Some(1), "Kenya's reply is submitted: no more changes");

    // Translations: Kenya's into French (official), Egypt's into French (pending).
    std::fs::write(
        s.path("kenya-fr.md"),
        "(a) Le Kenya considère la sécurité des TIC comme une responsabilité partagée.\n\n(b) Le KE-CIRT/CC répond aux incidents.\n",
    )
    .unwrap();
    let out = s.run(&["submissions", "translate", "--cycle", cycle, "--state", "KEN", "--lang", "en", "kenya-fr.md"]);
    assert_eq!(out.status.code(), Some(1), "not into the original's language");
    let out = s.run(&["submissions", "translate", "--cycle", cycle, "--state", "KEN", "--lang", "fr", "kenya-fr.md"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out =
        s.run(&["submissions", "translate", "--cycle", cycle, "--state", "EGY", "--lang", "fr", "--status", "pending"]);
    assert!(out.status.success(), "{}", stderr(&out));

    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let url = comity_store::DatabaseUrl::embedded(&s.path("comity-data"));
        let store = comity_store::Store::open(&url, comity_store::OpenOptions::default()).await.unwrap();
        let actor = comity_store::Actor::cli();
        store.reply_action(cycle, "EGY", comity_reporting::Action::Submit, &actor).await.unwrap();
        for state in ["KEN", "EGY"] {
            store.reply_action(cycle, state, comity_reporting::Action::Publish, &actor).await.unwrap();
        }
        store.close().await;
    });

    let compile = |lang: &str, file: &str| {
        let out = s.run(&[
            "--format",
            "docx",
            "report",
            "compile",
            "--cycle",
            cycle,
            "--lang",
            lang,
            "--symbol",
            "A/82/99",
            "--date",
            "2027-07-01",
            "-o",
            file,
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
    };
    let out = s.run(&["--format", "docx", "report", "compile", "--cycle", cycle]);
    assert!(stderr(&out).contains("-o FILE.docx"), "{}", stderr(&out));
    compile("fr", "report-fr.docx");
    compile("ar", "report-ar.docx");
    // The structure as Word sees it.
    let fr = comity_docx::read(&std::fs::read(s.path("report-fr.docx")).unwrap()).unwrap();
    let headings: Vec<(u8, String)> = fr
        .blocks
        .iter()
        .filter_map(|b| match b {
            comity_docx::Block::Heading { level, inlines } => Some((*level, comity_docx::plain_text(inlines))),
            _ => None,
        })
        .collect();
    for expected in [
        (1, "Rapport du Secrétaire général"),
        (2, "I. Introduction"),
        (2, "II. Réponses reçues des gouvernements"),
        (3, "Égypte"),
        (3, "Kenya"),
    ] {
        assert!(headings.iter().any(|(l, t)| *l == expected.0 && t == expected.1), "{expected:?} in {headings:?}");
    }
    assert!(
        fr.blocks.iter().any(|b| matches!(b, comity_docx::Block::ListItem { ordered: true, number: 2, .. })),
        "numbered paragraphs of the introduction"
    );
    assert!(fr.footnotes.iter().any(|n| comity_docx::plain_text(n).contains("telles qu'elles ont été reçues")));
    let xml = document_xml(&s.path("report-fr.docx"));
    let arabic = xml.find("تؤكد مصر").expect("Egypt's reply in Arabic, pending its French translation");
    let paragraph = xml[..arabic].rfind("<w:p>").unwrap();
    assert!(xml[paragraph..arabic].contains("<w:bidi/>"), "Arabic paragraphs run right to left");
    let ar = document_xml(&s.path("report-ar.docx"));
    assert!(ar.contains("<w:bidi/></w:sectPr>"), "the Arabic report is a right-to-left document");

    if let Some(text) = docx_as_printed(&s.dir, "report-fr.docx") {
        for expected in [
            "Rapport du Secrétaire général",
            "A/82/99",
            "I. Introduction",
            "ODA/2027-0001/ICT",
            "Le Kenya considère la sécurité des TIC",
            "telles qu'elles ont été reçues",
            "traduction dans cette langue est en préparation",
        ] {
            assert!(text.contains(expected), "{expected:?} not in the printed report:\n{text}");
        }
        assert!(!text.contains("Kenya regards"), "the official translation replaces the original");
    }
    if let Some(text) = docx_as_printed(&s.dir, "report-ar.docx") {
        // pdftotext takes the lam-alef ligature apart, so words are chosen without it.
        assert!(text.contains("تقرير") && text.contains("الجمعية العامة"), "{text}");
        assert!(text.contains("تؤكد مصر أهمية التعاون الدولي"), "{text}");
        assert!(text.contains("A/82/99") && text.contains("KE-CIRT/CC"), "{text}");
    }
}

/// The directory manager's work at the command line: the Secretariat's CSV is checked row by
/// row (one bad row: the report names line and field, nothing is imported), imported as
/// pending or verified, changes verified or rejected with a reason, the directory exported in
/// the import's own columns.
#[test]
fn the_directory_is_kept_from_the_command_line() {
    let s = Sandbox::new("contacts");
    let header = "state,category,name,position,institution,emails,phones,languages,hours,time_zone,openpgp_key\n";
    let good = "Kenya,technical,Wanjiru Kamau,Head of incident response,National KE-CIRT/CC,incidents@ke-cirt.example,+254 20 123 4567,en;sw,24/7,Africa/Nairobi,\n\
                France,diplomatic,Jeanne Martin,Conseillère cyber,Ministère des affaires étrangères,cyber@diplomatie.example,,fr;en,09:00-18:00,Europe/Paris,\n";
    std::fs::write(s.path("bad.csv"), format!("{header}{good}Atlantis,technical,X,Y,Z,x@y.example,,en,24/7,UTC,\nCHN,technical,Li Wei,Engineer,CNCERT,cert@cncert.example,+86 10 1234 5678,zh,24/7,Beijing,\n")).unwrap();
    let out = s.run(&["contacts", "import", "bad.csv"]);
    assert_eq!(out.status.code(), Some(1));
    let report = stderr(&out);
    assert!(report.contains("line 4, state") && report.contains("line 5, time_zone"), "{report}");
    assert!(report.contains("nothing was imported"), "{report}");
    assert_eq!(json(&s.run(&["--format", "json", "contacts", "list"])).as_array().map(Vec::len), Some(0));

    std::fs::write(s.path("good.csv"), format!("{header}{good}")).unwrap();
    let out = s.run(&["contacts", "import", "good.csv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("waiting for verification"));
    let pending = json(&s.run(&["--format", "json", "contacts", "list", "--pending"]));
    let pending = pending.as_array().unwrap();
    assert_eq!(pending.len(), 2);
    let kenya = pending.iter().find(|c| c["state"] == "KEN").unwrap()["id"].as_str().unwrap().to_string();
    let france = pending.iter().find(|c| c["state"] == "FRA").unwrap()["id"].as_str().unwrap().to_string();
    assert!(s.run(&["contacts", "verify", &kenya]).status.success());
    let out = s.run(&["contacts", "reject", &france, "--reason", "The nomination must come by note verbale"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = s.run(&["contacts", "verify", &france]);
    assert_eq!(out.status.code(), Some(1), "decided once");
    assert!(stderr(&out).contains("rejected already"), "{}", stderr(&out));

    let listed = json(&s.run(&["--format", "json", "contacts", "list"]));
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["contact"]["phones"][0], "+254201234567");
    let id = listed[0]["id"].as_str().unwrap().to_string();
    let shown = stdout(&s.run(&["contacts", "show", &id]));
    assert!(shown.contains("Wanjiru Kamau") && shown.contains("nominate verified"), "{shown}");
    let out = s.run(&["contacts", "export", "--state", "Kenya", "-o", "kenya.csv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let exported = std::fs::read_to_string(s.path("kenya.csv")).unwrap();
    assert!(
        exported.starts_with("state,category,name,") && exported.contains("KEN,technical,Wanjiru Kamau"),
        "{exported}"
    );
    let again = s.run(&["contacts", "import", "--dry-run", "kenya.csv"]);
    assert!(stdout(&again).contains("1 rows are right"), "the export reads back: {}", stderr(&again));
    let out = s.run(&["contacts", "import", "--verify", "good.csv"]);
    assert!(out.status.success());
    assert_eq!(json(&s.run(&["--format", "json", "contacts", "list"])).as_array().map(Vec::len), Some(3));
    let audit = stdout(&s.run(&["audit", "export"]));
    assert!(audit.contains("contact.import") && audit.contains("contact.reject"), "{audit}");

    // Checks go by mail: without a relay nothing starts.
    let out = s.run(&["checks", "start", "--title", "Ping", "--deadline", "2099-01-01"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no smtp_relay"), "{}", stderr(&out));
    assert_eq!(json(&s.run(&["--format", "json", "checks", "list"])).as_array().map(Vec::len), Some(0));
    assert_eq!(s.run(&["checks", "show", "nope"]).status.code(), Some(1));
}

/// Rounds from the command line with the mail left to the server: one started with its mail
/// queued, one scheduled weekly and stopped; the round's report in Arabic as a Word file that
/// LibreOffice prints (by region, by contact), and as Markdown and HTML.
#[test]
fn rounds_are_scheduled_and_reported_from_the_command_line() {
    let s = Sandbox::new("rounds");
    // A relay nobody listens on: with --queue nothing is sent from the command line.
    std::fs::create_dir_all(s.path("comity-data")).unwrap();
    std::fs::write(s.path("comity-data/comity.toml"), "smtp_relay = \"smtp://127.0.0.1:9\"\n").unwrap();
    let header = "state,category,name,position,institution,emails,phones,languages,hours,time_zone,openpgp_key\n";
    let rows = "Kenya,technical,Wanjiru Kamau,Head,KE-CIRT,incidents@ke-cirt.example,,en,24/7,Africa/Nairobi,\n\
                France,diplomatic,Jeanne Martin,Conseillère,MEAE,cyber@diplomatie.example,,fr,09:00-18:00,Europe/Paris,\n";
    std::fs::write(s.path("c.csv"), format!("{header}{rows}")).unwrap();
    assert!(s.run(&["contacts", "import", "--verify", "c.csv"]).status.success());
    let out = s.run(&["--format", "json", "checks", "start", "--queue", "--title", "Ping", "--deadline", "2099-01-01"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let started = json(&out);
    assert_eq!((started["asked"].as_i64(), started["sent"].as_i64()), (Some(2), Some(0)), "queued, not sent");
    let id = started["id"].as_str().unwrap().to_string();

    let out = s.run(&["checks", "schedule", "--title", "Weekly", "--at", "2099-01-05T09:00:00Z", "--every-days", "0"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("days between rounds must be 1 to 366, not 0"), "{}", stderr(&out));
    let out = s.run(&[
        "--format",
        "json",
        "checks",
        "schedule",
        "--title",
        "Weekly",
        "--at",
        "2099-01-05T09:00:00Z",
        "--every-days",
        "7",
        "--state",
        "Kenya",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let schedule = json(&out)["id"].as_str().unwrap().to_string();
    let listed = json(&s.run(&["--format", "json", "checks", "schedules"]));
    assert_eq!(listed[0]["scope"]["states"][0], "KEN");
    assert_eq!(listed[0]["every_days"], 7);
    assert!(s.run(&["checks", "unschedule", &schedule]).status.success());
    assert_eq!(s.run(&["checks", "unschedule", &schedule]).status.code(), Some(1), "stopped already");

    let md = s.run(&["checks", "report", &id, "--lang", "fr"]);
    assert!(md.status.success(), "{}", stderr(&md));
    let md = stdout(&md);
    assert!(md.starts_with("# Ping") && md.contains("| Afrique |") && md.contains("| Europe |"), "{md}");
    let out = s.run(&["checks", "report", &id, "--lang", "ar", "-o", "round.html"]);
    assert!(out.status.success());
    assert!(std::fs::read_to_string(s.path("round.html")).unwrap().contains("dir=\"rtl\""));
    let out = s.run(&["checks", "report", &id, "--lang", "ar", "--as", "docx"]);
    assert_eq!(out.status.code(), Some(1), "a Word file goes to a file");
    let out = s.run(&["checks", "report", &id, "--lang", "ar", "-o", "round.docx"]);
    assert!(out.status.success(), "{}", stderr(&out));
    if let Some(printed) = docx_as_printed(&s.dir, "round.docx") {
        for words in ["أفريقيا", "أوروبا", "Wanjiru Kamau", "كينيا"] {
            assert!(printed.contains(words), "{words} not printed: {printed}");
        }
    }
}

/// The official PDFs go in as they are; what is not a whole PDF is refused naming the file,
/// and nothing of it is stored.
#[test]
fn documents_ingest_reads_official_pdfs() {
    let real = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/real/pdf");
    let Ok(official) = std::fs::read(format!("{real}/A_C.1_80_L.28.pdf")) else {
        eprintln!("shared/corpus/real is not beside the project: skipped");
        return;
    };
    let s = Sandbox::new("ingest_pdf");
    std::fs::write(s.path("A_C.1_80_L.28.pdf"), &official).unwrap();
    std::fs::write(s.path("cut.pdf"), &official[..official.len() / 2]).unwrap();
    std::fs::write(s.path("error-page.pdf"), b"<!DOCTYPE html><html><body>Document not found</body></html>").unwrap();
    let out = s.run(&["documents", "ingest", "cut.pdf", "A_C.1_80_L.28.pdf", "error-page.pdf", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report = json(&out);
    assert_eq!((report["stored"].as_u64(), report["refused"].as_u64()), (Some(1), Some(2)), "{report}");
    assert!(report["files"][0]["reason"].as_str().unwrap().contains("cut short"), "{report}");
    assert_eq!(report["files"][1]["symbol"], "A/C.1/80/L.28");
    assert!(report["files"][1].get("warnings").is_none(), "the official PDF reads without warnings: {report}");
    assert!(report["files"][2]["reason"].as_str().unwrap().contains("not a PDF"), "{report}");

    let out = s.run(&["documents", "show", "A/C.1/80/L.28", "--format", "json"]);
    let doc = json(&out);
    assert_eq!(doc["operative"].as_array().map(Vec::len), Some(10), "{doc}");
    assert_eq!(doc["sponsors"].as_array().map(Vec::len), Some(33));
    let out = s.run(&["documents", "list", "--format", "json"]);
    assert_eq!(json(&out).as_array().map(Vec::len), Some(1), "the refused files left nothing behind");
}

/// A stand-in for the Official Document System on loopback, answering its URL shape: the
/// symbol's PDF after a redirect, 404 for a version that does not exist, an HTML page, a
/// redirect loop, and a 503 once before the file (a retry gets it).
fn ods_server(pdfs: Vec<(&'static str, Vec<u8>)>) -> (String, Arc<AtomicUsize>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let requests = Arc::new(AtomicUsize::new(0));
    let count = requests.clone();
    let unavailable_once = Arc::new(std::sync::atomic::AtomicBool::new(true));
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            count.fetch_add(1, Ordering::SeqCst);
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request = String::new();
            if reader.read_line(&mut request).is_err() {
                continue;
            }
            loop {
                let mut header = String::new();
                if reader.read_line(&mut header).is_err() || header.trim().is_empty() {
                    break;
                }
            }
            let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
            let respond = |stream: &mut std::net::TcpStream, status: &str, headers: &str, body: &[u8]| {
                let head = format!(
                    "HTTP/1.1 {status}\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = stream.write_all(head.as_bytes());
                let _ = stream.write_all(body);
            };
            if let Some(file) = path.strip_prefix("/files/") {
                match pdfs.iter().find(|(name, _)| *name == file) {
                    Some((_, bytes)) => respond(&mut stream, "200 OK", "Content-Type: application/pdf\r\n", bytes),
                    None => respond(&mut stream, "404 Not Found", "", b""),
                }
                continue;
            }
            let query = path.split_once('?').map(|(_, q)| q.to_string()).unwrap_or_default();
            let arg =
                |k: &str| query.split('&').find_map(|p| p.strip_prefix(&format!("{k}="))).unwrap_or("").to_string();
            let (symbol, lang) = (arg("s"), arg("l"));
            if !path.starts_with("/api/symbol/access") || arg("t") != "pdf" {
                respond(&mut stream, "400 Bad Request", "", b"");
            } else if symbol == "A/RES/80/3" {
                respond(&mut stream, "302 Found", &format!("Location: {path}\r\n"), b"");
            } else if symbol == "A/RES/80/12" && lang == "en" {
                respond(
                    &mut stream,
                    "200 OK",
                    "Content-Type: text/html\r\n",
                    b"<!DOCTYPE html><html><body>Error</body></html>",
                );
            } else if symbol == "A/80/L.7" && unavailable_once.swap(false, Ordering::SeqCst) {
                respond(&mut stream, "503 Service Unavailable", "", b"");
            } else if lang == "en"
                && let Some((name, _)) =
                    pdfs.iter().find(|(n, _)| n.replace('_', "/").trim_end_matches(".pdf") == symbol)
            {
                respond(&mut stream, "302 Found", &format!("Location: /files/{name}\r\n"), b"");
            } else {
                respond(&mut stream, "404 Not Found", "Content-Type: text/html\r\n", b"<html>not found</html>");
            }
        }
    });
    (base, requests)
}

#[test]
fn documents_fetch_by_symbol_from_the_ods() {
    let real = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/real/pdf");
    let (Ok(l28), Ok(l7)) =
        (std::fs::read(format!("{real}/A_C.1_80_L.28.pdf")), std::fs::read(format!("{real}/A_80_L.7.pdf")))
    else {
        eprintln!("shared/corpus/real is not beside the project: skipped");
        return;
    };
    let (base, requests) = ods_server(vec![("A_C.1_80_L.28.pdf", l28), ("A_80_L.7.pdf", l7)]);
    let s = Sandbox::new("fetch");
    let out = s
        .command(&[
            "documents",
            "fetch",
            "A/C.1/80/L.28",
            "A/RES/80/12",
            "A/RES/80/3",
            "A/80/L.7",
            "not a symbol",
            "--lang",
            "en,fr",
            "--format",
            "json",
        ])
        .env("COMITY_ODS_URL", &base)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "a version not fetched makes the batch exit 1: {}", stderr(&out));
    let report = json(&out);
    let outcome = |file: &str| {
        let f = report["files"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["file"] == file)
            .unwrap_or_else(|| panic!("{file} not in {report}"));
        (f["outcome"].as_str().unwrap().to_string(), f["reason"].as_str().unwrap_or("").to_string())
    };
    assert_eq!(outcome("A/C.1/80/L.28 (en)").0, "stored");
    assert_eq!(outcome("A/80/L.7 (en)").0, "stored", "the 503 was retried");
    assert!(outcome("A/C.1/80/L.28 (fr)").1.contains("no fr version"), "{report}");
    assert!(outcome("A/RES/80/12 (en)").1.contains("web page"), "{report}");
    assert!(outcome("A/RES/80/3 (en)").1.contains("loop"), "{report}");
    assert!(outcome("not a symbol").1.contains("not a document symbol"), "{report}");
    assert_eq!((report["stored"].as_u64(), report["refused"].as_u64()), (Some(2), Some(7)), "{report}");
    assert!(requests.load(Ordering::SeqCst) >= 10);

    let out = s.run(&["documents", "list", "--format", "json"]);
    let listed: Vec<String> =
        json(&out).as_array().unwrap().iter().map(|d| d["symbol"].as_str().unwrap().to_string()).collect();
    assert_eq!(listed.len(), 2, "only what was fetched whole is in the record: {listed:?}");
    let out =
        s.command(&["documents", "fetch", "A/RES/80/1", "--lang", "xx"]).env("COMITY_ODS_URL", &base).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("--lang"), "{}", stderr(&out));
}

/// `config check` with the deployment's example settings file: every key in it is one Comity
/// knows, the settings in force are printed with the secret masked, and the database is
/// checked (not migrated yet: exit 1; migrated: exit 0).
#[test]
fn config_check_reads_the_example_settings_file_and_masks_secrets() {
    let s = Sandbox::new("config");
    let example = format!("{}/../../deploy/comity.toml", env!("CARGO_MANIFEST_DIR"));
    let url = format!("sqlite://{}", s.path("comity.sqlite3").display());
    let check = |s: &Sandbox| {
        s.command(&["--config", &example, "--format", "json", "config", "check"])
            .env("COMITY_DATABASE_URL", &url)
            .env("COMITY_METRICS_TOKEN", "a-token-of-twenty-chars")
            .output()
            .unwrap()
    };
    let out = s.command(&["--database-url", &url, "db", "migrate"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let out = check(&s);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = json(&out);
    assert_eq!(report["ok"], true, "{report}");
    assert_eq!(report["settings"]["smtp_relay"], "smtp://127.0.0.1:25");
    assert_eq!(report["settings"]["public_url"], "https://comity.example.org");
    assert_eq!(report["settings"]["metrics_token"], "set (not shown)");
    assert_eq!(
        (&report["settings"]["backup_every_seconds"], &report["settings"]["backup_keep"]),
        (&serde_json::json!(6 * 3600), &serde_json::json!(28))
    );
    assert_eq!(report["settings"]["backup_dir"], "/var/lib/comity/backups");
    assert!(!stdout(&out).contains("a-token-of-twenty-chars"), "the secret is never printed");
    assert_eq!(report["database"]["engine"], "sqlite");
    // In words, for people.
    let out = s.command(&["--config", &example, "config", "check"]).env("COMITY_DATABASE_URL", &url).output().unwrap();
    assert!(stdout(&out).contains("metrics_token:         not set"), "{}", stdout(&out));
    // A database not migrated: named, exit 1.
    let other = format!("sqlite://{}", s.path("empty.sqlite3").display());
    std::fs::write(s.path("empty.sqlite3"), b"").unwrap();
    let out =
        s.command(&["--config", &example, "config", "check"]).env("COMITY_DATABASE_URL", &other).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}\n{}", stdout(&out), stderr(&out));
    assert!(stdout(&out).contains("none (not migrated)"), "{}", stdout(&out));
}

/// A negotiation from the command line: opened on a Word zero draft with its Chair, shown,
/// revised from a decisions file, its compilation written as Word, HTML and Akoma Ntoso (valid
/// against the schema), put under silence and adopted; a broken draft, a bad decisions file and
/// a second negotiation of the same name are refused naming what is wrong, and change nothing.
#[test]
fn a_negotiation_from_the_command_line() {
    let s = Sandbox::new("negotiation");
    let out =
        s.run(&["users", "create", "--email", "chair@example.org", "--name", "Chair", "--role", "SGP:negotiator"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let markdown = "# Draft annual progress report\n\n1. The Global Mechanism met.\n\n2. States recalled the norms.\n";
    let docx = comity_docx::write(
        &comity_docx::from_markdown(markdown),
        &comity_docx::Properties { title: "Zero draft".into(), language: "en".into() },
    );
    std::fs::write(s.path("zero.docx"), &docx).unwrap();
    std::fs::write(s.path("broken.docx"), b"PK\x03\x04 truncated").unwrap();
    let create = |draft: &str| {
        s.run(&[
            "--format",
            "json",
            "negotiations",
            "create",
            "--name",
            "gm-2026-apr",
            "--title",
            "Annual progress report",
            "--process",
            "Global Mechanism",
            "--chair",
            "chair@example.org",
            "--draft",
            draft,
        ])
    };
    let out = create("broken.docx");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("broken.docx"), "{}", stderr(&out));
    let out = s.run(&["--format", "json", "negotiations", "list"]);
    assert_eq!(json(&out).as_array().unwrap().len(), 0, "nothing was opened");
    let out = create("zero.docx");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["paragraphs"], 3);
    let out = create("zero.docx");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("gm-2026-apr exists already"), "{}", stderr(&out));
    let out = s.run(&["negotiations", "show", "gm-2026-apr"]);
    assert!(stdout(&out).contains("1. The Global Mechanism met."), "{}", stdout(&out));
    // The Chair's own zero draft, in place while nothing rests on it; a broken file changes nothing.
    std::fs::write(s.path("chairs.md"), "1. The Global Mechanism met in New York.\n\n2. States recalled the norms.\n")
        .unwrap();
    let out = s.run(&["negotiations", "redraft", "gm-2026-apr", "--draft", "broken.docx"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("broken.docx"), "{}", stderr(&out));
    let out = s.run(&["--format", "json", "negotiations", "redraft", "gm-2026-apr", "--draft", "chairs.md"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["paragraphs"], 2);
    let out = s.run(&["negotiations", "show", "gm-2026-apr"]);
    assert!(stdout(&out).contains("1. The Global Mechanism met in New York."), "{}", stdout(&out));
    // A stakeholder: not on a negotiation for States only, nor a State's delegate; an account
    // with no role, on a negotiation opened to stakeholders.
    let out = s.run(&["users", "create", "--email", "ngo@example.org", "--name", "NGO"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let accredit = |negotiation: &str, email: &str| {
        s.run(&[
            "--format",
            "json",
            "negotiations",
            "accredit",
            negotiation,
            "--email",
            email,
            "--organisation",
            "Cyber Peace NGO",
        ])
    };
    let out = accredit("gm-2026-apr", "ngo@example.org");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("for States only"), "{}", stderr(&out));
    let out = s.run(&[
        "negotiations",
        "create",
        "--name",
        "gm-2026-voices",
        "--title",
        "Annual progress report",
        "--process",
        "Global Mechanism",
        "--chair",
        "chair@example.org",
        "--readers",
        "stakeholders",
        "--draft",
        "zero.docx",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = accredit("gm-2026-voices", "chair@example.org");
    assert!(stderr(&out).contains("holds a role"), "{}", stderr(&out));
    let out = accredit("gm-2026-voices", "ngo@example.org");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["organisation"], "Cyber Peace NGO");
    std::fs::write(s.path("bad.json"), "[{\"proposal\": \"x\", \"outcome\": \"maybe\", \"reason\": \"r\"}]").unwrap();
    let out = s.run(&["negotiations", "revise", "gm-2026-apr", "--decisions", "bad.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("bad.json: decision 1: outcome \"maybe\""), "{}", stderr(&out));
    std::fs::write(s.path("unknown.json"), "[{\"proposal\": \"x\", \"outcome\": \"accept\", \"reason\": \"r\"}]")
        .unwrap();
    let out = s.run(&["negotiations", "revise", "gm-2026-apr", "--decisions", "unknown.json"]);
    assert!(stderr(&out).contains("no proposal x"), "{}", stderr(&out));
    std::fs::write(s.path("none.json"), "[]").unwrap();
    let out = s.run(&["--format", "json", "negotiations", "revise", "gm-2026-apr", "--decisions", "none.json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["revision"], 1);
    let out = s.run(&["negotiations", "redraft", "gm-2026-apr", "--draft", "chairs.md"]);
    assert_eq!(out.status.code(), Some(1), "Rev.1 rests on the zero draft now");
    assert!(stderr(&out).contains("only while nothing rests on it"), "{}", stderr(&out));
    let out = s.run(&["--format", "json", "negotiations", "diff", "gm-2026-apr", "--from", "0"]);
    assert!(json(&out).as_array().unwrap().iter().all(|c| c["change"] == "same"));
    for (format, file) in [("docx", "compilation.docx"), ("html", "compilation.html"), ("akn", "compilation.xml")] {
        let out = s.run(&["proposals", "export", "gm-2026-apr", "--as", format, "--lang", "ar", "-o", file]);
        assert!(out.status.success(), "{format}: {}", stderr(&out));
    }
    let out = s.run(&["proposals", "export", "gm-2026-apr", "--as", "html", "--status", "decided", "-o", "x.html"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("'decided'") && stderr(&out).contains("unopposed"), "{}", stderr(&out));
    assert!(!s.path("x.html").exists(), "nothing written");
    let html = std::fs::read_to_string(s.path("compilation.html")).unwrap();
    assert!(
        html.contains("<html lang=\"en\" dir=\"ltr\">") && html.contains("تجميع المقترحات"),
        "the text in English, the words in Arabic"
    );
    assert!(s.path("compilation.docx").exists());
    let rev = s.path("compilation.xml");
    assert!(std::fs::read_to_string(&rev).unwrap().contains("<documentCollection name=\"compilation\">"));
    match std::env::var_os("COMITY_AKN_XSD") {
        Some(xsd) => {
            let check = Command::new("xmllint").arg("--noout").arg("--schema").arg(&xsd).arg(&rev).output().unwrap();
            assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stderr));
        }
        None => assert!(std::env::var("COMITY_REQUIRE_VALIDATORS").as_deref() != Ok("1"), "COMITY_AKN_XSD is required"),
    }
    let out = s.run(&["negotiations", "silence", "gm-2026-apr", "--until", "2099-01-01T00:00:00Z"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = s.run(&["negotiations", "adopt", "gm-2026-apr", "--symbol", "A/AC.292/2026/CRP.1"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("under silence"), "{}", stderr(&out));
    let out = s.run(&["--format", "json", "negotiations", "list"]);
    let listed = json(&out);
    let apr = listed.as_array().unwrap().iter().find(|n| n["name"] == "gm-2026-apr").unwrap();
    assert_eq!(apr["stage"], "silence");
    let trail = stdout(&s.run(&["audit", "export"]));
    for action in
        ["negotiation.create", "negotiation.zero_draft", "negotiation.revise", "silence.start", "negotiation.accredit"]
    {
        assert!(trail.contains(action), "{action}");
    }
    assert_eq!(trail.matches("negotiation.create").count(), 2);
    assert_eq!(trail.matches("negotiation.accredit").count(), 1, "the refusals changed nothing");
}
