//! The storage conformance suite: every test runs on SQLite, and on PostgreSQL when
//! COMITY_TEST_DATABASE_URL is set (CI sets it).

use crate::engines;

use comity_i18n::{Collation, Lang};
use comity_store::{DatabaseUrl, OpenOptions, ReferenceData, Store, StoreError, SyncOutcome};
use engines::{TestDb, raw, rows};

fn reference() -> ReferenceData {
    ReferenceData::load(None, &Collation::new()).unwrap()
}

async fn prepared(db: &TestDb) {
    db.store.migrate_to(None).await.unwrap();
    db.store.sync_reference(&reference()).await.unwrap();
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/../comity-documents/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn parse(bytes: &[u8]) -> comity_documents::Document {
    let states = comity_states::StateRegistry::embedded(&Collation::new()).unwrap();
    comity_documents::parse(bytes, &comity_documents::ParseOptions::default(), &states).unwrap()
}

#[tokio::test]
async fn migrate_sync_and_read_back_reference_data() {
    let data = reference();
    for db in engines::all().await {
        let report = db.store.migrate_to(None).await.unwrap();
        assert_eq!(
            report.applied,
            [
                "0001_reference",
                "0002_documents",
                "0003_search",
                "0004_identity",
                "0005_reporting",
                "0006_translations_attachments",
                "0007_contacts",
                "0008_checks",
                "0009_messages",
                "0010_fetches",
                "0011_scheduled_backups",
                "0012_negotiator_role",
                "0013_negotiations",
                "0014_negotiation_stakeholders",
                "0015_input_language"
            ],
            "{}",
            db.label
        );
        assert!(db.store.migrate_to(None).await.unwrap().applied.is_empty(), "second migrate is a no-op");
        assert!(!db.store.reference_in_sync(&data).await.unwrap());
        assert!(matches!(db.store.sync_reference(&data).await.unwrap(), SyncOutcome::Updated { states: 195, .. }));
        assert!(matches!(db.store.sync_reference(&data).await.unwrap(), SyncOutcome::Unchanged));
        assert!(db.store.reference_in_sync(&data).await.unwrap());

        let (states, framework) = db.store.load_reference(&Collation::new()).await.unwrap();
        assert_eq!(states.len(), 195);
        let order: Vec<&str> = states.un_order().iter().map(|s| s.iso3.as_str()).collect();
        let expected: Vec<&str> = data.states.un_order().iter().map(|s| s.iso3.as_str()).collect();
        assert_eq!(order, expected, "{}: UN order survives the database", db.label);
        assert_eq!(states.get("SWZ").unwrap().short_name(Lang::Zh), "埃斯瓦蒂尼");
        assert_eq!(states.get("TUR").unwrap().short_name(Lang::Ar), "تركيا");
        assert_eq!(states.aliases().len(), data.states.aliases().len());
        assert!(matches!(states.resolve("Swaziland"), comity_states::Resolution::Found { .. }));
        assert_eq!(framework.version, data.framework.version);
        let ids = |f: &comity_framework::Framework| f.elements.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&framework), ids(&data.framework));
        assert_eq!(framework.get("norm-h").unwrap().refs, data.framework.get("norm-h").unwrap().refs);
        db.drop_db().await;
    }
}

#[tokio::test]
async fn corrected_reference_data_replaces_the_old() {
    for db in engines::all().await {
        prepared(&db).await;
        // A deployment's own data, with one State's English short name changed and an alias dropped.
        let dir = std::env::temp_dir().join(format!("comity_ref_{}_{}", db.label, std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data");
        let states = std::fs::read_to_string(format!("{root}/states/states.csv"))
            .unwrap()
            .replace(",Czechia,", ",Czechia (test),");
        std::fs::write(dir.join("states.csv"), states).unwrap();
        let aliases: String = std::fs::read_to_string(format!("{root}/states/aliases.csv"))
            .unwrap()
            .lines()
            .filter(|l| !l.contains("Swaziland"))
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::write(dir.join("aliases.csv"), aliases).unwrap();
        std::fs::copy(format!("{root}/framework/framework.toml"), dir.join("framework.toml")).unwrap();
        let custom = ReferenceData::load(Some(&dir), &Collation::new()).unwrap();
        assert!(matches!(db.store.sync_reference(&custom).await.unwrap(), SyncOutcome::Updated { .. }));
        let (states, _) = db.store.load_reference(&Collation::new()).await.unwrap();
        assert_eq!(states.get("CZE").unwrap().short_name(Lang::En), "Czechia (test)");
        assert!(matches!(states.resolve("Swaziland"), comity_states::Resolution::NotFound { .. }));
        std::fs::remove_dir_all(dir).ok();
        db.drop_db().await;
    }
}

#[tokio::test]
async fn both_engines_have_the_same_tables_and_columns() {
    let mut schemas = Vec::new();
    for db in engines::all().await {
        db.store.migrate_to(None).await.unwrap();
        let mut columns = db.store.table_columns().await.unwrap();
        columns.remove("comity_schema");
        // The search index is engine-specific by design (FTS5 and its shadow tables on SQLite,
        // a tsvector table on PostgreSQL); both engines must have one.
        assert!(columns.contains_key("paragraph_search"), "{}: no search index", db.label);
        columns.retain(|table, _| !table.starts_with("paragraph_search"));
        let counted: Vec<String> = db.store.row_counts().await.unwrap().into_keys().collect();
        let actual: Vec<String> = columns.keys().cloned().collect();
        assert_eq!(counted, actual, "{}: backup's table list must name every table", db.label);
        schemas.push((db.label, columns));
        db.drop_db().await;
    }
    if let [(_, sqlite), (_, postgres)] = schemas.as_slice() {
        assert_eq!(sqlite, postgres, "SQLite and PostgreSQL schemas differ");
    } else {
        eprintln!("COMITY_TEST_DATABASE_URL not set: schema parity checked on SQLite only");
    }
}

#[tokio::test]
async fn a_database_from_a_newer_comity_is_refused_untouched() {
    for db in engines::all().await {
        db.store.migrate_to(None).await.unwrap();
        raw(&db, "INSERT INTO comity_schema (version, description, checksum, applied_at, comity_version) VALUES (999, 'future', 'x', 'now', '9.9.9')").await;
        let err = db.store.migrate_to(None).await.unwrap_err();
        assert!(matches!(err, StoreError::NewerSchema { found: 999, .. }), "{}: {err}", db.label);
        let text = err.to_string();
        assert!(
            text.contains("newer Comity") && text.contains("999") && text.contains("nothing was changed"),
            "{text}"
        );
        assert!(
            db.store.sync_reference(&reference()).await.is_ok(),
            "sync itself does not check; callers migrate first"
        );
        db.drop_db().await;
    }
}

#[tokio::test]
async fn an_edited_migration_is_detected() {
    for db in engines::all().await {
        db.store.migrate_to(None).await.unwrap();
        raw(&db, "UPDATE comity_schema SET checksum = 'edited' WHERE version = 1").await;
        let err = db.store.schema_state().await.unwrap_err();
        assert!(matches!(err, StoreError::MigrationMismatch { version: 1, .. }), "{}: {err}", db.label);
        db.drop_db().await;
    }
}

#[tokio::test]
async fn backup_restores_into_either_engine() {
    let dbs = engines::all().await;
    let dir = std::env::temp_dir().join(format!("comity_backup_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for source in &dbs {
        prepared(source).await;
        let en = fixture("en-draft-pdf.txt");
        source.store.ingest_document(&parse(&en), "en-draft-pdf.txt", &en).await.unwrap();
        let file = dir.join(format!("from-{}.jsonl", source.label));
        let summary = source.store.backup(&file).await.unwrap();
        assert_eq!(summary.tables["states"], 195);
        assert!(!file.with_extension("partial").exists());
        let expected = source.store.row_counts().await.unwrap();
        for target in engines::all().await {
            let restored = target.store.restore(&file).await.unwrap();
            assert_eq!(restored.rows, summary.rows, "{} -> {}", source.label, target.label);
            assert_eq!(target.store.row_counts().await.unwrap(), expected, "{} -> {}", source.label, target.label);
            assert!(target.store.reference_in_sync(&reference()).await.unwrap());
            let (states, framework) = target.store.load_reference(&Collation::new()).await.unwrap();
            assert_eq!(states.get("NLD").unwrap().short_name(Lang::Fr), "Pays-Bas (Royaume des)");
            assert_eq!(framework.elements.len(), 27);
            // A second restore into the now-populated database is refused and changes nothing.
            let err = target.store.restore(&file).await.unwrap_err().to_string();
            assert!(err.contains("already holds data") && err.contains("new database"), "{err}");
            assert_eq!(target.store.row_counts().await.unwrap(), expected);
            target.drop_db().await;
        }
    }
    std::fs::remove_dir_all(dir).ok();
    for db in dbs {
        db.drop_db().await;
    }
}

#[tokio::test]
async fn a_damaged_backup_is_refused_and_changes_nothing() {
    let source = engines::sqlite().await;
    prepared(&source).await;
    let dir = std::env::temp_dir().join(format!("comity_badbackup_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.jsonl");
    let written = source.store.backup(&good).await.unwrap();
    let verified = comity_store::verify_backup(&good).unwrap();
    assert_eq!((&verified.tables, verified.rows), (&written.tables, written.rows));
    assert_eq!(verified.sha256.as_deref(), Some(written.sha256.as_str()));
    assert_eq!((verified.engine.as_str(), verified.schema_version), ("sqlite", comity_store::LATEST_SCHEMA_VERSION));
    let text = std::fs::read_to_string(&good).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let write = |name: &str, content: String| {
        let p = dir.join(name);
        std::fs::write(&p, content).unwrap();
        p
    };
    let truncated = write("truncated.jsonl", lines[..lines.len() - 1].join("\n"));
    let mut broken = lines.clone();
    broken[5] = "[\"AFG\", oops";
    let broken = write("broken.jsonl", broken.join("\n"));
    let newer = write(
        "newer.jsonl",
        text.replacen(
            &format!("\"schema_version\":{}", comity_store::LATEST_SCHEMA_VERSION),
            "\"schema_version\":42",
            1,
        ),
    );
    // One value changed, every count still right: only the checksum tells.
    let altered = write("altered.jsonl", text.replacen("\"Afghanistan\"", "\"Afghanistam\"", 1));
    assert_ne!(std::fs::read_to_string(&altered).unwrap(), text, "the fixture changes a value");
    let not_backup = write("notes.txt", "Dear colleague,\nplease find attached\n".into());
    let empty = write("empty.jsonl", String::new());

    for target in engines::all().await {
        target.store.migrate_to(None).await.unwrap();
        target.store.sync_reference(&reference()).await.unwrap();
        let before = target.store.row_counts().await.unwrap();
        let cases = [
            (&truncated, "truncated"),
            (&broken, "line 6"),
            (&newer, "newer Comity"),
            (&altered, "it was altered"),
            (&not_backup, "not a Comity backup"),
            (&empty, "empty"),
        ];
        for (file, expect) in cases {
            let err = comity_store::verify_backup(file).unwrap_err().to_string();
            assert!(err.contains(expect) && err.contains(&file.display().to_string()), "verify: {err}");
            let err = target.store.restore(file).await.unwrap_err().to_string();
            assert!(err.contains(expect) && err.contains(&file.display().to_string()), "{}: {err}", target.label);
            assert_eq!(
                target.store.row_counts().await.unwrap(),
                before,
                "{}: {expect} changed the database",
                target.label
            );
        }
        target.drop_db().await;
    }
    std::fs::remove_dir_all(dir).ok();
    source.drop_db().await;
}

/// Two nodes on one database take one backup a period: the first claim wins, the other node
/// takes the period over only when the first one's lease has lapsed (it stopped), and a node
/// whose claim passed on records nothing.
#[tokio::test]
async fn a_periods_backup_is_claimed_by_one_node() {
    use std::time::Duration;
    for db in engines::all().await {
        prepared(&db).await;
        let other = Store::open(db.store.url(), OpenOptions { create: false, max_connections: 2 }).await.unwrap();
        let slot: jiff::Timestamp = "2026-12-03T12:00:00Z".parse().unwrap();
        let hour = Duration::from_secs(3600);
        assert!(db.store.claim_backup(slot, "node-a", hour).await.unwrap(), "{}", db.label);
        assert!(!other.claim_backup(slot, "node-b", hour).await.unwrap(), "{}: a held claim stands", db.label);
        assert!(!db.store.claim_backup(slot, "node-a", hour).await.unwrap(), "{}: not twice either", db.label);
        // Node a stops mid-backup: once its lease has lapsed, node b takes the period over.
        raw(&db, "UPDATE scheduled_backups SET claimed_until = '2026-01-01T00:00:00.000000Z'").await;
        assert!(other.claim_backup(slot, "node-b", hour).await.unwrap(), "{}: a lapsed claim passes on", db.label);
        let done = comity_store::VerifiedBackup {
            file: "/backups/comity-20261203T120000Z.backup".into(),
            engine: db.store.engine().as_str().into(),
            created_at: "2026-12-03T12:00:01Z".into(),
            schema_version: comity_store::LATEST_SCHEMA_VERSION,
            tables: Default::default(),
            rows: 1234,
            sha256: Some("ab".repeat(32)),
        };
        assert!(!db.store.finish_backup(slot, "node-a", Ok(&done)).await.unwrap(), "{}: a's claim passed", db.label);
        assert!(other.finish_backup(slot, "node-b", Ok(&done)).await.unwrap(), "{}", db.label);
        assert!(
            !db.store.claim_backup(slot, "node-a", hour).await.unwrap(),
            "{}: a finished period stays done",
            db.label
        );
        let next: jiff::Timestamp = "2026-12-03T18:00:00Z".parse().unwrap();
        assert!(db.store.claim_backup(next, "node-a", hour).await.unwrap(), "{}: the next period is open", db.label);
        assert!(db.store.finish_backup(next, "node-a", Err("disk full")).await.unwrap());

        let recorded = db.store.scheduled_backups(10).await.unwrap();
        assert_eq!(recorded.len(), 2, "{}", db.label);
        assert_eq!(
            (recorded[0].outcome.as_deref(), recorded[0].detail.as_deref(), recorded[0].node.as_str()),
            (Some("failed"), Some("disk full"), "node-a")
        );
        assert_eq!(
            (recorded[1].outcome.as_deref(), recorded[1].rows, recorded[1].node.as_str()),
            (Some("verified"), Some(1234), "node-b")
        );
        // Only the verified one counts as the newest backup.
        let ops = db.store.operations().await.unwrap();
        assert_eq!(ops.last_backup_at, recorded[1].finished_at, "{}", db.label);
        let audited: Vec<(String, String)> =
            rows(&db, "SELECT action, object FROM audit_entries WHERE action = 'db.backup.scheduled' ORDER BY seq")
                .await;
        assert_eq!(
            audited,
            [
                ("db.backup.scheduled".to_string(), "backup:2026-12-03T12:00:00.000000Z".to_string()),
                ("db.backup.scheduled".to_string(), "backup:2026-12-03T18:00:00.000000Z".to_string())
            ],
            "{}",
            db.label
        );
        other.close().await;
        db.drop_db().await;
    }
}

#[tokio::test]
async fn unreachable_databases_are_named_without_their_password() {
    let url: DatabaseUrl = "postgres://comity:s3cret@127.0.0.1:1/comity".parse().unwrap();
    let err = Store::open(&url, OpenOptions::default()).await.err().unwrap().to_string();
    assert!(err.contains("postgres://comity:***@127.0.0.1:1/comity") && !err.contains("s3cret"), "{err}");

    let missing = DatabaseUrl::embedded(&std::env::temp_dir().join("comity_no_such_dir_for_test"));
    let err = Store::open(&missing, OpenOptions { create: false, max_connections: 1 }).await.err().unwrap().to_string();
    assert!(err.contains("does not exist"), "{err}");
}

#[tokio::test]
async fn documents_are_ingested_once_per_language_and_version() {
    use comity_store::IngestOutcome;
    let en = fixture("en-draft-pdf.txt");
    let fr = fixture("fr-resolution.txt");
    for db in engines::all().await {
        prepared(&db).await;
        let doc = parse(&en);
        assert_eq!(db.store.ingest_document(&doc, "en.txt", &en).await.unwrap(), IngestOutcome::Stored, "{}", db.label);
        assert_eq!(db.store.ingest_document(&doc, "en.txt", &en).await.unwrap(), IngestOutcome::Unchanged);
        let edited = String::from_utf8(en.clone()).unwrap().replace("under review", "under consideration");
        let edited_doc = parse(edited.as_bytes());
        assert_eq!(
            db.store.ingest_document(&edited_doc, "en-v2.txt", edited.as_bytes()).await.unwrap(),
            IngestOutcome::Updated
        );
        // The replaced text's words left the search index with it.
        let search = |text: &'static str| comity_store::SearchQuery {
            text,
            lang: Some(comity_i18n::Lang::En),
            kind: None,
            session: None,
            limit: 10,
            newest_first: true,
        };
        assert_eq!(db.store.search(&search("review")).await.unwrap().total, 0, "{}", db.label);
        assert_eq!(db.store.search(&search("consideration")).await.unwrap().total, 1, "{}", db.label);
        assert_eq!(db.store.ingest_document(&parse(&fr), "fr.txt", &fr).await.unwrap(), IngestOutcome::Stored);

        let listed = db.store.list_documents(None, None).await.unwrap();
        let symbols: Vec<&str> = listed.iter().map(|d| d.symbol.as_str()).collect();
        assert_eq!(symbols, ["A/C.1/81/L.7", "A/RES/81/5"], "{}", db.label);
        assert_eq!(listed[0].languages, ["en"]);
        assert_eq!(db.store.list_documents(Some(81), Some("resolution")).await.unwrap().len(), 1);
        let stored = db.store.document_version("A/C.1/81/L.7", "en").await.unwrap().unwrap();
        assert!(stored["operative"][2]["text"].as_str().unwrap().contains("under consideration"));
        assert!(db.store.document_version("A/C.1/81/L.7", "zh").await.unwrap().is_none());
        let counts = db.store.row_counts().await.unwrap();
        assert_eq!(counts["document_versions"], 2);
        assert_eq!(counts["document_sponsors"], 8);
        // English: 3 preambular, 3 operative, 4 items, 2 footnotes; French: 2, 3, 2.
        assert_eq!(counts["document_paragraphs"], 12 + 7, "{counts:?}");
        db.drop_db().await;
    }
}

#[tokio::test]
async fn a_refused_or_failed_ingest_leaves_nothing_behind() {
    let en = fixture("en-draft-pdf.txt");
    for db in engines::all().await {
        prepared(&db).await;
        let before = db.store.row_counts().await.unwrap();
        let mut unnamed = parse(&en);
        unnamed.symbol = None;
        let err = db.store.ingest_document(&unnamed, "unnamed.txt", &en).await.unwrap_err().to_string();
        assert!(err.contains("unnamed.txt") && err.contains("--symbol"), "{err}");

        // A failure in the middle of the transaction (a sponsor that is no State, refused by the
        // foreign key after the version and paragraphs were written) rolls everything back.
        let mut broken = parse(&en);
        broken.sponsors[3].iso3 = Some("XXX".into());
        assert!(db.store.ingest_document(&broken, "broken.txt", &en).await.is_err(), "{}", db.label);
        assert_eq!(db.store.row_counts().await.unwrap(), before, "{}: a failed ingest left rows behind", db.label);

        db.store.ingest_document(&parse(&en), "en.txt", &en).await.unwrap();
        let mut other_kind = parse(&en);
        other_kind.kind = comity_documents::Kind::Resolution;
        other_kind.language = comity_i18n::Lang::Fr;
        let err = db.store.ingest_document(&other_kind, "fr.txt", b"other").await.unwrap_err().to_string();
        assert!(err.contains("recorded as a draft_resolution"), "{err}");
        assert!(db.store.document_version("A/C.1/81/L.7", "fr").await.unwrap().is_none());
        db.drop_db().await;
    }
}

#[tokio::test]
async fn lineage_follows_citations_both_ways_and_the_agenda_item_across_sessions() {
    let files = ["en-resolution.txt", "en-draft-pdf.txt", "fr-resolution.txt"];
    let later = "Seventy-eighth session\nFirst Committee\nAgenda item 94\nDevelopments in the field of information and telecommunications in the context of international security\nChile and Ghana: draft resolution\nA later fixture\nThe General Assembly,\nRecalling its resolution 76/19 of 6 December 2021,\n1. Decides to remain seized of the matter.\n";
    for db in engines::all().await {
        prepared(&db).await;
        for f in files {
            let bytes = fixture(f);
            db.store.ingest_document(&parse(&bytes), f, &bytes).await.unwrap();
        }
        let mut later_doc = parse(later.as_bytes());
        later_doc.symbol = Some("A/C.1/78/L.3".into());
        db.store.ingest_document(&later_doc, "later", later.as_bytes()).await.unwrap();

        let l = db.store.lineage("A/RES/76/19").await.unwrap().unwrap();
        let cites: Vec<(&str, bool, usize)> =
            l.cites.iter().map(|c| (c.cited.as_str(), c.in_record, c.depth)).collect();
        assert_eq!(cites, [("A/70/174", false, 1), ("70/237", false, 1)], "{}", db.label);
        assert_eq!(l.missing, ["A/70/174", "A/RES/70/237"]);
        let cited_by: Vec<&str> = l.cited_by.iter().map(|c| c.symbol.as_str()).collect();
        assert_eq!(cited_by, ["A/C.1/78/L.3", "A/C.1/81/L.7", "A/RES/81/5"]);
        let history: Vec<(Option<i64>, &str, Vec<&str>)> = l
            .agenda_history
            .iter()
            .map(|h| (h.session, h.number.as_str(), h.symbols.iter().map(String::as_str).collect()))
            .collect();
        assert_eq!(
            history,
            [(Some(76), "95", vec!["A/RES/76/19"]), (Some(78), "94", vec!["A/C.1/78/L.3"])],
            "the item's number changed"
        );

        // Transitively: the draft cites 76/19, which is held and cites what it cites.
        let l = db.store.lineage("A/C.1/81/L.7").await.unwrap().unwrap();
        let deep: Vec<(&str, usize, &str)> =
            l.cites.iter().filter(|c| c.depth == 2).map(|c| (c.cited.as_str(), c.depth, c.via.as_str())).collect();
        assert_eq!(deep, [("A/70/174", 2, "A/RES/76/19")], "{}", db.label);
        assert!(l.cites.iter().any(|c| c.cited == "76/19" && c.in_record && c.depth == 1));
        assert!(l.missing.contains(&"decision 75/564".to_string()));
        assert!(db.store.lineage("A/RES/1/1").await.unwrap().is_none());
        db.drop_db().await;
    }
}

#[tokio::test]
async fn search_finds_the_same_paragraphs_on_both_engines() {
    use comity_i18n::Lang;
    use comity_store::SearchQuery;
    let mut inputs: Vec<(String, Vec<u8>, Option<&str>)> =
        ["en-draft-pdf.txt", "en-resolution.txt", "fr-resolution.txt", "ar-draft.txt"]
            .iter()
            .map(|n| (n.to_string(), fixture(n), None))
            .collect();
    if let Ok(zh) = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus/ga76-c1-item95-draft-resolution.zh.md"
    )) {
        inputs.push(("founding.zh.md".into(), zh, Some("A/C.1/76/L.13")));
    }
    let queries: [(&str, Option<Lang>); 9] = [
        ("response teams", None),
        ("national response team", Some(Lang::En)),
        ("point de contact", Some(Lang::Fr)),
        ("الاستجابة الوطنية", None),
        ("关键基础设施", None),
        ("resolution 70/237", None),
        ("nothing-like-this-anywhere", None),
        // The article is not needed to find a word, nor a preposition joined to it.
        ("استجابة", Some(Lang::Ar)),
        ("بالاستجابة", Some(Lang::Ar)),
    ];
    let mut per_engine = Vec::new();
    for db in engines::all().await {
        prepared(&db).await;
        for (name, bytes, symbol) in &inputs {
            let mut doc = parse(bytes);
            if let Some(s) = symbol {
                doc.symbol = Some(s.to_string());
            }
            db.store.ingest_document(&doc, name, bytes).await.unwrap();
        }
        let mut results = Vec::new();
        for (text, lang) in queries {
            let r = db
                .store
                .search(&SearchQuery { text, lang, kind: None, session: None, limit: 50, newest_first: false })
                .await
                .unwrap();
            results.push(r.hits.iter().map(|h| format!("{} {} {}", h.symbol, h.lang, h.place)).collect::<Vec<_>>());
        }
        let hits = |i: usize| results[i].clone();
        assert!(hits(0).iter().any(|h| h.starts_with("A/C.1/81/L.7 en")), "{}: {:?}", db.label, hits(0));
        assert!(!hits(1).is_empty());
        assert!(hits(2).iter().all(|h| h.contains(" fr ")) && !hits(2).is_empty(), "{:?}", hits(2));
        assert!(hits(3).iter().all(|h| h.starts_with("A/C.1/81/L.9 ar")) && !hits(3).is_empty(), "{:?}", hits(3));
        if inputs.len() == 5 {
            assert_eq!(hits(4), ["A/C.1/76/L.13 zh preamble 6"], "{}", db.label);
        }
        assert!(hits(5).iter().any(|h| h == "A/RES/76/19 en preamble 1"), "{:?}", hits(5));
        assert!(hits(6).is_empty());
        assert!(!hits(7).is_empty() && hits(7).iter().all(|h| h.contains(" ar ")), "{}: {:?}", db.label, hits(7));
        assert_eq!(hits(7), hits(8), "{}: with or without the preposition", db.label);

        // Facets, filters and snippets.
        let r = db
            .store
            .search(&SearchQuery {
                text: "Decides",
                lang: Some(Lang::En),
                kind: Some("resolution"),
                session: None,
                limit: 1,
                newest_first: true,
            })
            .await
            .unwrap();
        assert_eq!((r.total, r.hits.len()), (1, 1), "{}", db.label);
        assert_eq!(r.facets.kind[0].value, "resolution");
        assert!(r.hits[0].snippet.iter().any(|f| f.hit && f.text == "Decides"));
        let r = db
            .store
            .search(&SearchQuery {
                text: "teams",
                lang: None,
                kind: None,
                session: Some(81),
                limit: 10,
                newest_first: true,
            })
            .await
            .unwrap();
        assert!(r.hits.iter().all(|h| h.session == Some(81)));
        per_engine.push(results);
        db.drop_db().await;
    }
    if let [sqlite, postgres] = per_engine.as_slice() {
        assert_eq!(sqlite, postgres, "the same queries must give the same hits on both engines");
    }
}

/// A release that finds words differently rebuilds the index once, on `db migrate`.
#[tokio::test]
async fn the_search_index_is_rebuilt_when_the_analysis_changes() {
    let ar = fixture("ar-draft.txt");
    for db in engines::all().await {
        prepared(&db).await;
        db.store.ingest_document(&parse(&ar), "ar", &ar).await.unwrap();
        db.store.refresh_search_analysis().await.unwrap();
        assert_eq!(db.store.refresh_search_analysis().await.unwrap(), None, "{}: current, nothing to do", db.label);
        engines::raw(&db, "UPDATE reference_meta SET value = 'an older analysis' WHERE key = 'search_analysis'").await;
        let reindexed = db.store.refresh_search_analysis().await.unwrap();
        assert!(reindexed.is_some_and(|n| n > 5), "{}: {reindexed:?}", db.label);
        assert_eq!(db.store.refresh_search_analysis().await.unwrap(), None, "{}", db.label);
        db.drop_db().await;
    }
}

#[tokio::test]
async fn restore_rebuilds_the_search_index() {
    use comity_store::SearchQuery;
    let en = fixture("en-resolution.txt");
    for db in engines::all().await {
        prepared(&db).await;
        db.store.ingest_document(&parse(&en), "en", &en).await.unwrap();
        let file = std::env::temp_dir().join(format!("comity_search_backup_{}_{}.jsonl", db.label, std::process::id()));
        db.store.backup(&file).await.unwrap();
        let target = engines::sqlite().await;
        target.store.restore(&file).await.unwrap();
        let r = target
            .store
            .search(&SearchQuery {
                text: "invites",
                lang: None,
                kind: None,
                session: None,
                limit: 5,
                newest_first: true,
            })
            .await
            .unwrap();
        assert_eq!(r.hits.len(), 1, "{} -> sqlite", db.label);
        std::fs::remove_file(file).ok();
        target.drop_db().await;
        db.drop_db().await;
    }
}

#[tokio::test]
async fn common_words_are_served_in_order_and_counted_up_to_the_cap() {
    use comity_store::{COUNT_CAP, SearchQuery};
    let mut text = String::from(
        "Eighty-first session\nFirst Committee\nAgenda item 95\nChile and Ghana: draft resolution\nA long fixture\nThe General Assembly,\nRecalling its resolution 76/19,\n",
    );
    for n in 1..=1200 {
        text.push_str(&format!("{n}. Decides to act, step {n};\n"));
    }
    for db in engines::all().await {
        prepared(&db).await;
        let mut doc = parse(text.as_bytes());
        doc.symbol = Some("A/C.1/81/L.99".into());
        db.store.ingest_document(&doc, "long", text.as_bytes()).await.unwrap();
        let older = fixture("en-resolution.txt");
        db.store.ingest_document(&parse(&older), "older", &older).await.unwrap();
        let r = db
            .store
            .search(&SearchQuery {
                text: "Decides",
                lang: Some(comity_i18n::Lang::En),
                kind: None,
                session: None,
                limit: 5,
                newest_first: true,
            })
            .await
            .unwrap();
        assert!(r.total_is_lower_bound, "{}", db.label);
        assert_eq!(r.total, COUNT_CAP + 1);
        let places: Vec<&str> = r.hits.iter().map(|h| h.place.as_str()).collect();
        assert_eq!(
            places,
            ["operative 1", "operative 2", "operative 3", "operative 4", "operative 5"],
            "{}: newest session first, in paragraph order",
            db.label
        );
        let r = db
            .store
            .search(&SearchQuery {
                text: "Decides",
                lang: Some(comity_i18n::Lang::En),
                kind: None,
                session: Some(76),
                limit: 5,
                newest_first: true,
            })
            .await
            .unwrap();
        assert_eq!((r.total, r.total_is_lower_bound), (1, false), "{}", db.label);
        assert_eq!(r.hits[0].symbol, "A/RES/76/19");
        db.drop_db().await;
    }
}

#[tokio::test]
async fn the_most_relevant_paragraph_comes_first_and_newest_breaks_ties() {
    use comity_store::SearchQuery;
    // An older resolution whose short paragraph is about attribution; a newer draft mentions
    // it once in a long paragraph, and twice in a third, equal to a fourth but for its place.
    let older = "Seventy-ninth session\nAgenda item 94\nResolution adopted by the General Assembly\nA short one\nThe General Assembly,\n1. Stresses attribution of incidents and attribution;\n";
    let mut newer = String::from(
        "Eighty-first session\nFirst Committee\nAgenda item 95\nChile and Ghana: draft resolution\nA long one\nThe General Assembly,\n",
    );
    newer.push_str("1. Notes the many views of States on capacity-building, confidence-building measures, international law, the norms of responsible behaviour, the regular institutional dialogue and, once, attribution;\n");
    newer.push_str("2. Decides to continue the work on capacity-building and on confidence-building measures;\n");
    for db in engines::all().await {
        prepared(&db).await;
        let mut doc = parse(older.as_bytes());
        doc.symbol = Some("A/RES/79/99".into());
        db.store.ingest_document(&doc, "older", older.as_bytes()).await.unwrap();
        let mut doc = parse(newer.as_bytes());
        doc.symbol = Some("A/C.1/81/L.98".into());
        db.store.ingest_document(&doc, "newer", newer.as_bytes()).await.unwrap();
        let search = |newest_first| SearchQuery {
            text: "attribution",
            lang: Some(comity_i18n::Lang::En),
            kind: None,
            session: None,
            limit: 5,
            newest_first,
        };
        let ranked: Vec<String> =
            db.store.search(&search(false)).await.unwrap().hits.iter().map(|h| h.symbol.clone()).collect();
        assert_eq!(ranked, ["A/RES/79/99", "A/C.1/81/L.98"], "{}: twice in a short paragraph first", db.label);
        let newest: Vec<String> =
            db.store.search(&search(true)).await.unwrap().hits.iter().map(|h| h.symbol.clone()).collect();
        assert_eq!(newest, ["A/C.1/81/L.98", "A/RES/79/99"], "{}: newest session first", db.label);
        // Two words: the paragraph holding both, and of equal ones the newest.
        let r = db
            .store
            .search(&SearchQuery { text: "confidence-building capacity-building", ..search(false) })
            .await
            .unwrap();
        let places: Vec<&str> = r.hits.iter().map(|h| h.place.as_str()).collect();
        assert_eq!(places, ["operative 2", "operative 1"], "{}: the shorter paragraph first", db.label);
        db.drop_db().await;
    }
}

/// The record's fingerprint as a node remembers it: its own writes are seen at once, another
/// node's (another process on the same database) within the second a reading stands for.
#[tokio::test]
async fn a_node_sees_its_own_writes_at_once_and_another_nodes_within_the_fingerprint_ttl() {
    for db in engines::all().await {
        prepared(&db).await;
        let other = Store::open(db.store.url(), OpenOptions { create: false, max_connections: 2 }).await.unwrap();
        let empty = db.store.record_fingerprint().await.unwrap();
        assert_eq!(other.record_fingerprint().await.unwrap(), empty, "{}", db.label);
        let en = fixture("en-resolution.txt");
        db.store.ingest_document(&parse(&en), "en.txt", &en).await.unwrap();
        let stored = db.store.record_fingerprint().await.unwrap();
        assert_ne!(stored, empty, "{}: this node's own write is seen at once", db.label);
        tokio::time::sleep(comity_store::FINGERPRINT_TTL + std::time::Duration::from_millis(50)).await;
        assert_eq!(other.record_fingerprint().await.unwrap(), stored, "{}: the other node's, after the TTL", db.label);
        let published = other.publication_fingerprint(None).await.unwrap();
        assert_eq!(db.store.publication_fingerprint(None).await.unwrap(), published, "{}", db.label);
        other.close().await;
    }
}

/// What `/metrics` reads from the database answers on both engines, empty and after a signed
/// checkpoint, and names this node's pool.
#[tokio::test]
async fn operations_read_the_same_on_both_engines() {
    for db in engines::all().await {
        prepared(&db).await;
        let ops = db.store.operations().await.unwrap();
        assert_eq!((ops.outbox.queued, ops.outbox.sent), (0, 0), "{}", db.label);
        assert!(ops.last_checkpoint_at.is_none() && ops.oldest_due_schedule.is_none(), "{}", db.label);
        assert!(ops.oldest_escalation_due.is_none() && ops.reminders_due == 0, "{}", db.label);
        assert!(ops.pool.max >= 1 && ops.pool.open >= 1, "{}: {:?}", db.label, ops.pool);
        // A change, audited, and its checkpoint signed.
        let account = comity_store::NewAccount {
            email: "ops@example.org".into(),
            name: "Ops".into(),
            lang: "en".into(),
            password_hash: None,
            memberships: Vec::new(),
        };
        db.store.create_account(&account, &comity_store::Actor::cli()).await.unwrap();
        let key = ed25519_dalek::SigningKey::from_bytes(&[7; 32]);
        assert!(db.store.audit_checkpoint(&key).await.unwrap().is_some(), "{}", db.label);
        let ops = db.store.operations().await.unwrap();
        let at: jiff::Timestamp = ops.last_checkpoint_at.expect("a checkpoint").parse().unwrap();
        assert!(jiff::Timestamp::now().duration_since(at).as_secs() < 60, "{}", db.label);
    }
}
