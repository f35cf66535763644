//! Consistent backups and restores, engine-neutral: a backup taken from SQLite restores into
//! PostgreSQL and the other way round, which is the documented way to move a deployment.
//!
//! The file is JSON lines: a header (format, schema version, engine, time), then for each table a
//! line naming it and its columns followed by one JSON array per row, then a trailer with the
//! row count and the SHA-256 of every line before it, so a truncated or altered file is
//! recognised. One reader ([`BackupReader`]) checks a file for both `verify_backup` and `restore`.
//! The server's own scheduled backups (one a period across nodes, claimed in the database) are
//! recorded in `scheduled_backups`.

use crate::Refusal;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};
use sqlx::Row;

use crate::identity::{Actor, append_audit, content};
use crate::migrate::LATEST;
use crate::{PoolRef, Result, Store, StoreError, now, stamp, with_pool};

/// Every table that holds data, parents before children, with the order rows are written in
/// (parents first within self-referencing tables). A test checks this list against the schema.
pub(crate) const TABLES: &[(&str, &str)] = &[
    ("reference_meta", "key"),
    ("states", "iso3"),
    ("state_names", "iso3, lang"),
    ("state_aliases", "iso3, lang, name"),
    ("framework_elements", "display_order"),
    ("framework_titles", "element_id, lang"),
    ("framework_refs", "element_id, seq"),
    ("documents", "symbol"),
    ("document_versions", "symbol, lang"),
    ("document_agenda_items", "symbol, lang, number"),
    ("document_paragraphs", "symbol, lang, place"),
    ("document_sponsors", "symbol, position"),
    ("document_citations", "symbol, lang, position"),
    ("accounts", "id"),
    ("memberships", "account_id, org, role"),
    ("audit_entries", "seq"),
    ("audit_checkpoints", "seq"),
    ("sessions", "token_hash"),
    ("sign_in_attempts", "id"),
    ("api_tokens", "id"),
    ("recovery_codes", "account_id, code_hash"),
    ("account_links", "token_hash"),
    ("passkeys", "credential_id"),
    ("reporting_cycles", "id"),
    ("cycle_questions", "cycle_id, position, lang"),
    ("submissions", "id"),
    ("submission_versions", "submission_id, version"),
    ("submission_translations", "submission_id, lang"),
    ("submission_attachments", "id"),
    ("cycle_reminders", "cycle_id, days_before"),
    ("contacts", "id"),
    ("contact_changes", "id"),
    ("check_rounds", "id"),
    ("check_targets", "round_id, contact_id"),
    ("check_reminders", "round_id, due_at"),
    ("check_schedules", "id"),
    ("mail_outbox", "id"),
    // A reply comes after what it answers; ids posted by CERTs need not be time-ordered.
    ("messages", "created_at, id"),
    ("message_recipients", "message_id, state"),
    ("message_named", "message_id, account_id"),
    ("message_reads", "message_id, account_id"),
    ("message_attachments", "id"),
    ("taxii_statuses", "id"),
    ("document_fetches", "id"),
    ("document_fetch_items", "fetch_id, position"),
    ("scheduled_backups", "slot"),
    ("negotiations", "id"),
    ("negotiation_members", "negotiation_id, account_id"),
    ("negotiation_revisions", "negotiation_id, number"),
    ("negotiation_proposals", "id"),
    ("negotiation_positions", "proposal_id, state"),
    ("negotiation_decisions", "proposal_id"),
    ("negotiation_silences", "negotiation_id, revision"),
    ("negotiation_silence_breaks", "negotiation_id, revision, state"),
    ("negotiation_explanations", "negotiation_id, state"),
    ("negotiation_stakeholders", "negotiation_id, account_id"),
    ("negotiation_inputs", "id"),
];

/// Tables that `db migrate` fills from the release's data: a restore may replace them in a
/// database that holds nothing else.
const REFERENCE_TABLES: &[&str] = &[
    "reference_meta",
    "states",
    "state_names",
    "state_aliases",
    "framework_elements",
    "framework_titles",
    "framework_refs",
];

const FORMAT: &str = "comity-backup";
const FORMAT_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Header {
    format: String,
    format_version: u32,
    schema_version: i64,
    comity_version: String,
    engine: String,
    created_at: String,
}

#[derive(Serialize, Deserialize)]
struct TableStart {
    table: String,
    columns: Vec<String>,
}

#[derive(Serialize, Deserialize)]
struct Trailer {
    end: EndCounts,
}

#[derive(Serialize, Deserialize)]
struct EndCounts {
    rows: usize,
    /// Hex SHA-256 of every line before the trailer, newlines included (files written before
    /// it was added have none, and are read without the check).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sha256: Option<String>,
}

/// What a backup wrote.
#[derive(Debug, Clone, Serialize)]
pub struct BackupSummary {
    pub file: String,
    pub schema_version: i64,
    pub tables: BTreeMap<String, usize>,
    pub rows: usize,
    /// Hex SHA-256 of the file's lines before its trailer (the trailer carries it too).
    pub sha256: String,
}

/// What reading a backup through found: it is whole, its trailer's count and checksum match,
/// and this Comity can restore it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct VerifiedBackup {
    pub file: String,
    pub engine: String,
    pub created_at: String,
    pub schema_version: i64,
    pub tables: BTreeMap<String, usize>,
    pub rows: usize,
    /// None for a file written before backups carried a checksum.
    pub sha256: Option<String>,
}

/// What a restore loaded.
#[derive(Debug, Clone, Serialize)]
pub struct RestoreSummary {
    pub file: String,
    pub from_engine: String,
    pub schema_version: i64,
    pub tables: BTreeMap<String, usize>,
    pub rows: usize,
}

impl Store {
    /// Every table of the schema with its columns and their declared types, lower-cased.
    pub async fn table_columns(&self) -> Result<BTreeMap<String, Vec<(String, String)>>> {
        let mut out = BTreeMap::new();
        match self.pool() {
            PoolRef::Sqlite(pool) => {
                let tables: Vec<String> =
                    sqlx::query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                        .fetch_all(pool)
                        .await?
                        .iter()
                        .map(|r| r.try_get(0))
                        .collect::<Result<_, _>>()?;
                for t in tables {
                    let cols = sqlx::query("SELECT name, type FROM pragma_table_info($1) ORDER BY cid")
                        .bind(&t)
                        .fetch_all(pool)
                        .await?
                        .iter()
                        .map(|r| Ok((r.try_get::<String, _>(0)?, r.try_get::<String, _>(1)?.to_lowercase())))
                        .collect::<Result<_, sqlx::Error>>()?;
                    out.insert(t, cols);
                }
            }
            PoolRef::Postgres(pool) => {
                let rows = sqlx::query(
                    "SELECT c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod) \
                        FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid WHERE c.relnamespace \
                        = current_schema()::regnamespace AND c.relkind = 'r' AND a.attnum > 0 AND NOT \
                        a.attisdropped ORDER BY c.relname, a.attnum",
                )
                .fetch_all(pool)
                .await?;
                for r in rows {
                    let entry: &mut Vec<(String, String)> = out.entry(r.try_get::<String, _>(0)?).or_default();
                    entry.push((r.try_get(1)?, r.try_get::<String, _>(2)?.to_lowercase()));
                }
            }
        }
        Ok(out)
    }

    /// Writes a consistent snapshot of every table to `file` (via a temporary file, so a failed
    /// or cancelled backup never leaves a partial file). Safe while the server runs.
    pub async fn backup(&self, file: &Path) -> Result<BackupSummary> {
        let state = self.schema_state().await?;
        let schema_version = state.current().ok_or_else(|| StoreError::NotMigrated { url: self.url.redacted() })?;
        let columns = self.table_columns().await?;
        let display = file.display().to_string();
        let io = |e: std::io::Error| StoreError::Io { file: display.clone(), detail: e.to_string() };
        let partial = file.with_extension("partial");
        let _unfinished = RemovedUnlessRenamed(partial.clone());
        let mut out =
            Hashed { inner: BufWriter::new(std::fs::File::create(&partial).map_err(io)?), hasher: Sha256::new() };
        let header = Header {
            format: FORMAT.into(),
            format_version: FORMAT_VERSION,
            schema_version,
            comity_version: env!("CARGO_PKG_VERSION").into(),
            engine: self.engine().as_str().into(),
            created_at: now(),
        };
        writeln!(out, "{}", serde_json::to_string(&header).expect("header serialises")).map_err(io)?;
        let mut tables = BTreeMap::new();
        let mut total = 0;
        macro_rules! dump {
            ($tx:expr, $json_fn:literal, $cast:literal) => {{
                let tx = $tx;
                for (table, order) in TABLES {
                    let cols: Vec<String> = columns
                        .get(*table)
                        .ok_or_else(|| crate::internal(format!("table {table} is missing from the database")))?
                        .iter()
                        .map(|(c, _)| c.clone())
                        .collect();
                    let start = TableStart { table: table.to_string(), columns: cols.clone() };
                    writeln!(out, "{}", serde_json::to_string(&start).expect("table line serialises")).map_err(io)?;
                    let sql =
                        format!("SELECT {}({}){} FROM {table} ORDER BY {order}", $json_fn, cols.join(", "), $cast);
                    let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_all(&mut *tx).await?;
                    for r in &rows {
                        let line: String = r.try_get(0)?;
                        writeln!(out, "{line}").map_err(io)?;
                    }
                    tables.insert(table.to_string(), rows.len());
                    total += rows.len();
                }
            }};
        }
        match self.pool() {
            PoolRef::Sqlite(pool) => {
                // In WAL mode a read transaction sees one snapshot from its first read to its end
                // (and, deferred, it does not hold writers back).
                let mut tx = pool.begin().await?;
                dump!(&mut *tx, "json_array", "");
                tx.rollback().await?;
            }
            PoolRef::Postgres(pool) => {
                let mut tx = pool.begin().await?;
                sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").execute(&mut *tx).await?;
                dump!(&mut *tx, "json_build_array", "::text");
                tx.rollback().await?;
            }
        }
        let Hashed { inner: mut out, hasher } = out;
        let sha256 = hex::encode(hasher.finalize());
        let trailer = Trailer { end: EndCounts { rows: total, sha256: Some(sha256.clone()) } };
        writeln!(out, "{}", serde_json::to_string(&trailer).expect("trailer serialises")).map_err(io)?;
        out.into_inner().map_err(|e| io(e.into_error()))?.sync_all().map_err(io)?;
        std::fs::rename(&partial, file).map_err(io)?;
        Ok(BackupSummary { file: display, schema_version, tables, rows: total, sha256 })
    }

    /// SQLite only: a consistent copy of the database file at `file`, made by SQLite itself
    /// (`VACUUM INTO`) while writes go on, through a temporary file so that a failed copy leaves
    /// nothing under that name. The copy opens as a database as it is. Returns its size.
    pub async fn copy_sqlite_file(&self, file: &Path) -> Result<u64> {
        let PoolRef::Sqlite(pool) = self.pool() else {
            return Err(crate::internal("a file copy is SQLite's; PostgreSQL is backed up with pg_basebackup"));
        };
        let display = file.display().to_string();
        let io = |e: std::io::Error| StoreError::Io { file: display.clone(), detail: e.to_string() };
        if file.exists() {
            return Err(StoreError::Io { file: display.clone(), detail: "already exists; name a new file".into() });
        }
        let partial = file.with_extension("partial");
        std::fs::remove_file(&partial).ok();
        let target = partial.to_str().ok_or_else(|| io(std::io::Error::other("the path is not UTF-8")))?;
        sqlx::query("VACUUM INTO $1").bind(target).execute(pool).await?;
        std::fs::File::open(&partial).and_then(|f| f.sync_all()).map_err(io)?;
        std::fs::rename(&partial, file).map_err(io)?;
        Ok(std::fs::metadata(file).map_err(io)?.len())
    }

    /// Loads a backup into this database, which must hold no data but reference data (a new
    /// database, or one only migrated). Everything is loaded in one transaction: on any error
    /// nothing is changed. The schema is then brought to this Comity's version.
    pub async fn restore(&self, file: &Path) -> Result<RestoreSummary> {
        let mut reader = BackupReader::open(file)?;
        let header_schema = reader.header.schema_version;
        let state = self.schema_state().await?;
        if state.current().is_some_and(|v| v > header_schema) {
            return Err(
                Refusal::BackupOlderThanTarget { target: state.current().unwrap_or(0), backup: header_schema }.into()
            );
        }
        if state.current().is_some() {
            for (table, count) in self.row_counts().await? {
                if count > 0 && !REFERENCE_TABLES.contains(&table.as_str()) {
                    return Err(Refusal::TargetNotEmpty { table, count }.into());
                }
            }
        }
        self.migrate_to(Some(header_schema)).await?;
        let target_columns = self.table_columns().await?;

        macro_rules! load {
            ($tx:expr, $cast:expr) => {{
                let tx = $tx;
                for table in REFERENCE_TABLES.iter().rev() {
                    sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM {table}"))).execute(&mut *tx).await?;
                }
                let mut insert: Option<(String, String)> = None;
                while let Some((n, item)) = reader.next_item()? {
                    match item {
                        Item::Row(values) => {
                            let (table, sql) = insert.as_ref().expect("the reader yields a table line before rows");
                            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql.clone()));
                            for v in values {
                                q = $cast(q, v);
                            }
                            q.execute(&mut *tx)
                                .await
                                .map_err(|e| reader.bad(Some(n), format!("table {table}: {e}")))?;
                        }
                        Item::Table(start) => {
                            let Some(cols) = target_columns.get(&start.table) else {
                                return Err(reader.bad(Some(n), format!("unknown table {:?}", start.table)));
                            };
                            let mut expected: Vec<&str> = cols.iter().map(|(c, _)| c.as_str()).collect();
                            let mut got: Vec<&str> = start.columns.iter().map(String::as_str).collect();
                            expected.sort_unstable();
                            got.sort_unstable();
                            if expected != got {
                                return Err(reader.bad(
                                    Some(n),
                                    format!("table {} has columns {got:?}, the schema has {expected:?}", start.table),
                                ));
                            }
                            let placeholders: Vec<String> = start
                                .columns
                                .iter()
                                .enumerate()
                                .map(|(i, c)| {
                                    let ty = &cols.iter().find(|(name, _)| name == c).expect("column checked above").1;
                                    placeholder(self.engine(), i + 1, ty)
                                })
                                .collect();
                            let sql = format!(
                                "INSERT INTO {} ({}) VALUES ({})",
                                start.table,
                                start.columns.join(", "),
                                placeholders.join(", ")
                            );
                            insert = Some((start.table, sql));
                        }
                    }
                }
            }};
        }
        match self.pool() {
            PoolRef::Sqlite(pool) => {
                let _turn = self.write_turn().await;
                let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
                load!(&mut *tx, bind_sqlite);
                tx.commit().await?;
            }
            PoolRef::Postgres(pool) => {
                let _turn = self.write_turn().await;
                let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
                load!(&mut *tx, bind_postgres);
                tx.commit().await?;
            }
        }
        self.migrate_to(None).await?;
        // The search index is derived from the paragraphs; backups leave it out.
        self.reindex_search().await?;
        let read = reader.finish();
        Ok(RestoreSummary {
            file: read.file,
            from_engine: read.engine,
            schema_version: read.schema_version,
            tables: read.tables,
            rows: read.rows,
        })
    }

    /// What the engine's own consistency checks find wrong (SQLite's integrity and foreign-key
    /// checks; PostgreSQL enforces both as it writes). Empty when all is well.
    pub async fn integrity_problems(&self) -> Result<Vec<String>> {
        match self.pool() {
            PoolRef::Sqlite(pool) => {
                let mut problems: Vec<String> = sqlx::query("PRAGMA integrity_check")
                    .fetch_all(pool)
                    .await?
                    .iter()
                    .map(|r| r.try_get::<String, _>(0))
                    .collect::<Result<Vec<_>, _>>()?
                    .into_iter()
                    .filter(|line| line != "ok")
                    .collect();
                for r in sqlx::query("PRAGMA foreign_key_check").fetch_all(pool).await? {
                    let table: String = r.try_get(0)?;
                    let parent: String = r.try_get(2)?;
                    problems.push(format!("a row of {table} refers to a missing row of {parent}"));
                }
                Ok(problems)
            }
            PoolRef::Postgres(_) => Ok(Vec::new()),
        }
    }

    /// Row count of every table in [`TABLES`].
    pub async fn row_counts(&self) -> Result<BTreeMap<String, i64>> {
        let mut out = BTreeMap::new();
        for (table, _) in TABLES {
            let n: i64 = with_pool!(self, |pool| {
                sqlx::query(sqlx::AssertSqlSafe(format!("SELECT count(*) FROM {table}")))
                    .fetch_one(pool)
                    .await?
                    .try_get(0)?
            });
            out.insert(table.to_string(), n);
        }
        Ok(out)
    }
}

/// One period's scheduled backup as recorded: who took it, and what came of it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ScheduledBackup {
    /// The period's start (RFC 3339).
    pub slot: String,
    pub node: String,
    pub started_at: String,
    pub finished_at: Option<String>,
    /// `verified` or `failed`; None while it is being taken.
    pub outcome: Option<String>,
    pub file: Option<String>,
    pub rows: Option<i64>,
    pub sha256: Option<String>,
    /// Why it failed.
    pub detail: Option<String>,
}

impl Store {
    /// Claims the backup of the period starting at `slot` for `node`, for `lease`: true when
    /// this node is to take it. Another node's claim holds until it finishes or its lease
    /// lapses (the node stopped), so one backup is taken a period however many nodes run.
    pub async fn claim_backup(&self, slot: jiff::Timestamp, node: &str, lease: std::time::Duration) -> Result<bool> {
        let until = crate::lease_end(lease)?;
        let now = stamp(jiff::Timestamp::now());
        let claimed = with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            sqlx::query(
                "INSERT INTO scheduled_backups (slot, claimed_by, claimed_until, started_at) VALUES ($1, $2, $3, $4) \
                ON CONFLICT (slot) DO UPDATE SET claimed_by = excluded.claimed_by, claimed_until = \
                excluded.claimed_until, started_at = excluded.started_at WHERE scheduled_backups.outcome IS NULL \
                AND scheduled_backups.claimed_until < excluded.started_at",
            )
            .bind(stamp(slot))
            .bind(node)
            .bind(&until)
            .bind(&now)
            .execute(pool)
            .await?
            .rows_affected()
        });
        Ok(claimed == 1)
    }

    /// Records what came of the backup `node` claimed for `slot`, and audits it as the
    /// system's. False (nothing recorded) when the claim had passed to another node.
    pub async fn finish_backup(
        &self,
        slot: jiff::Timestamp,
        node: &str,
        outcome: std::result::Result<&VerifiedBackup, &str>,
    ) -> Result<bool> {
        let now = stamp(jiff::Timestamp::now());
        let engine = self.engine();
        let actor = Actor { org: Some("SECRETARIAT".into()), ..Actor::system() };
        let (word, file, rows, sha256, detail) = match outcome {
            Ok(v) => ("verified", Some(v.file.clone()), Some(v.rows as i64), v.sha256.clone(), None),
            Err(reason) => ("failed", None, None, None, Some(reason.to_string())),
        };
        let details =
            serde_json::json!({ "outcome": word, "file": file, "rows": rows, "sha256": sha256, "detail": detail });
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let held = sqlx::query(
                "UPDATE scheduled_backups SET finished_at = $1, claimed_until = $1, outcome = $2, file = $3, \
                rows_written = $4, sha256 = $5, detail = $6 WHERE slot = $7 AND claimed_by = $8 AND outcome IS NULL",
            )
            .bind(&now)
            .bind(word)
            .bind(&file)
            .bind(rows)
            .bind(&sha256)
            .bind(&detail)
            .bind(stamp(slot))
            .bind(node)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if held != 1 {
                return Ok(false);
            }
            append_audit!(
                tx,
                content(
                    &actor,
                    "db.backup.scheduled",
                    format!("backup:{}", stamp(slot)),
                    Some("SECRETARIAT".into()),
                    details
                ),
                engine
            );
            tx.commit().await?;
        });
        Ok(true)
    }

    /// Forgets the backups `node` had claimed and not finished (it stopped, or was killed,
    /// mid-backup): their periods are open again, to this node or another.
    pub(crate) async fn release_backups(&self, node: &str) -> Result<u64> {
        Ok(with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            sqlx::query("DELETE FROM scheduled_backups WHERE claimed_by = $1 AND outcome IS NULL")
                .bind(node)
                .execute(pool)
                .await?
                .rows_affected()
        }))
    }

    /// The newest scheduled backups, newest first.
    pub async fn scheduled_backups(&self, limit: i64) -> Result<Vec<ScheduledBackup>> {
        let rows = with_pool!(self, |pool| {
            sqlx::query(
                "SELECT slot, claimed_by, started_at, finished_at, outcome, file, rows_written, sha256, detail \
                FROM scheduled_backups ORDER BY slot DESC LIMIT $1",
            )
            .bind(limit)
            .fetch_all(pool)
            .await?
            .iter()
            .map(|r| {
                Ok(ScheduledBackup {
                    slot: r.try_get(0)?,
                    node: r.try_get(1)?,
                    started_at: r.try_get(2)?,
                    finished_at: r.try_get(3)?,
                    outcome: r.try_get(4)?,
                    file: r.try_get(5)?,
                    rows: r.try_get(6)?,
                    sha256: r.try_get(7)?,
                    detail: r.try_get(8)?,
                })
            })
            .collect::<Result<Vec<_>, sqlx::Error>>()?
        });
        Ok(rows)
    }
}

/// Reads `file` through and checks it as `restore` would, without a database: the header is
/// one this Comity restores, every line is a table line, a row of its table's width or the
/// trailer, and the trailer's row count and checksum match what came before it.
pub fn verify_backup(file: &Path) -> Result<VerifiedBackup> {
    let mut reader = BackupReader::open(file)?;
    while reader.next_item()?.is_some() {}
    Ok(reader.finish())
}

/// A line of a backup after the header.
enum Item {
    Table(TableStart),
    Row(Vec<Value>),
}

/// A backup file read line by line, each line checked as it comes; the line numbers in its
/// errors are the file's.
struct BackupReader {
    file: String,
    lines: std::iter::Enumerate<std::io::Lines<BufReader<std::fs::File>>>,
    header: Header,
    hasher: Sha256,
    /// The table whose rows follow, and its width.
    table: Option<(String, usize)>,
    tables: BTreeMap<String, usize>,
    rows: usize,
    sha256: Option<String>,
    ended: bool,
}

impl BackupReader {
    fn open(file: &Path) -> Result<BackupReader> {
        let display = file.display().to_string();
        let bad = |line: Option<usize>, detail: String| StoreError::BadBackup { file: display.clone(), line, detail };
        let handle =
            std::fs::File::open(file).map_err(|e| StoreError::Io { file: display.clone(), detail: e.to_string() })?;
        let mut lines = BufReader::new(handle).lines().enumerate();
        let (_, first) = lines.next().ok_or_else(|| bad(None, "the file is empty".into()))?;
        let first = first.map_err(|e| bad(Some(1), e.to_string()))?;
        let header: Header =
            serde_json::from_str(&first).map_err(|_| bad(Some(1), "not a Comity backup (no header line)".into()))?;
        if header.format != FORMAT || header.format_version != FORMAT_VERSION {
            return Err(bad(
                Some(1),
                format!("format {} version {} is not one this Comity reads", header.format, header.format_version),
            ));
        }
        if header.schema_version > LATEST {
            return Err(bad(
                Some(1),
                format!(
                    "written by a newer Comity (schema version {}; this Comity knows up to {LATEST})",
                    header.schema_version
                ),
            ));
        }
        let mut hasher = Sha256::new();
        hasher.update(first.as_bytes());
        hasher.update(b"\n");
        Ok(BackupReader {
            file: display,
            lines,
            header,
            hasher,
            table: None,
            tables: BTreeMap::new(),
            rows: 0,
            sha256: None,
            ended: false,
        })
    }

    fn bad(&self, line: Option<usize>, detail: String) -> StoreError {
        StoreError::BadBackup { file: self.file.clone(), line, detail }
    }

    /// The next table line or row with its line number; None after the trailer, which must
    /// end the file.
    fn next_item(&mut self) -> Result<Option<(usize, Item)>> {
        while let Some((i, line)) = self.lines.next() {
            let n = i + 1;
            let line = line.map_err(|e| self.bad(Some(n), e.to_string()))?;
            if self.ended {
                return Err(self.bad(Some(n), "text after the end of the backup".into()));
            }
            let value: Value = serde_json::from_str(&line).map_err(|e| self.bad(Some(n), format!("not JSON: {e}")))?;
            let item = match value {
                Value::Array(values) => {
                    let (table, width) =
                        self.table.as_ref().ok_or_else(|| self.bad(Some(n), "a row before any table line".into()))?;
                    if values.len() != *width {
                        return Err(self.bad(
                            Some(n),
                            format!("a row of {} values in table {table} of {width} columns", values.len()),
                        ));
                    }
                    *self.tables.entry(table.clone()).or_insert(0) += 1;
                    self.rows += 1;
                    Item::Row(values)
                }
                Value::Object(_) if value.get("table").is_some() => {
                    let start: TableStart =
                        serde_json::from_value(value).map_err(|e| self.bad(Some(n), e.to_string()))?;
                    if !TABLES.iter().any(|(t, _)| *t == start.table) {
                        return Err(self.bad(Some(n), format!("unknown table {:?}", start.table)));
                    }
                    if self.tables.contains_key(&start.table) {
                        return Err(self.bad(Some(n), format!("table {} comes twice", start.table)));
                    }
                    self.tables.insert(start.table.clone(), 0);
                    self.table = Some((start.table.clone(), start.columns.len()));
                    Item::Table(start)
                }
                Value::Object(_) if value.get("end").is_some() => {
                    let t: Trailer = serde_json::from_value(value).map_err(|e| self.bad(Some(n), e.to_string()))?;
                    if t.end.rows != self.rows {
                        return Err(self.bad(
                            Some(n),
                            format!("the trailer counts {} rows but the file holds {}", t.end.rows, self.rows),
                        ));
                    }
                    if let Some(expected) = &t.end.sha256 {
                        let found = hex::encode(std::mem::take(&mut self.hasher).finalize());
                        if &found != expected {
                            return Err(self.bad(
                                Some(n),
                                format!(
                                    "the file's lines have SHA-256 {found}, the trailer says {expected}: it was altered"
                                ),
                            ));
                        }
                    }
                    self.sha256 = t.end.sha256;
                    self.ended = true;
                    continue;
                }
                _ => return Err(self.bad(Some(n), "neither a table line, a row nor the end line".into())),
            };
            self.hasher.update(line.as_bytes());
            self.hasher.update(b"\n");
            return Ok(Some((n, item)));
        }
        if self.ended {
            Ok(None)
        } else {
            Err(self.bad(None, "the file ends before its end line: it is truncated".into()))
        }
    }

    fn finish(self) -> VerifiedBackup {
        VerifiedBackup {
            file: self.file,
            engine: self.header.engine,
            created_at: self.header.created_at,
            schema_version: self.header.schema_version,
            tables: self.tables,
            rows: self.rows,
            sha256: self.sha256,
        }
    }
}

/// A file being written under a temporary name: removed if the backup stops before renaming
/// it (an error, or the job cancelled as the server stops), so no partial file stays behind.
struct RemovedUnlessRenamed(std::path::PathBuf);

impl Drop for RemovedUnlessRenamed {
    fn drop(&mut self) {
        // After the rename nothing is at this name any more, and this does nothing.
        let _ = std::fs::remove_file(&self.0);
    }
}

/// A writer that hashes what it writes (the backup's lines, for the trailer's checksum).
struct Hashed<W> {
    inner: W,
    hasher: Sha256,
}

impl<W: Write> Write for Hashed<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

fn placeholder(engine: crate::Engine, n: usize, ty: &str) -> String {
    match engine {
        crate::Engine::Sqlite => format!("${n}"),
        // Values travel as text and PostgreSQL converts them to the column's type.
        crate::Engine::Postgres => format!("${n}::{ty}"),
    }
}

type SqliteQuery<'q> = sqlx::query::Query<'q, sqlx::Sqlite, sqlx::sqlite::SqliteArguments>;
type PgQuery<'q> = sqlx::query::Query<'q, sqlx::Postgres, sqlx::postgres::PgArguments>;

fn bind_sqlite(q: SqliteQuery<'_>, v: Value) -> SqliteQuery<'_> {
    match v {
        Value::Null => q.bind(None::<String>),
        Value::Bool(b) => q.bind(i64::from(b)),
        Value::Number(n) => match n.as_i64() {
            Some(i) => q.bind(i),
            None => q.bind(n.as_f64()),
        },
        Value::String(s) => q.bind(s),
        other => q.bind(other.to_string()),
    }
}

fn bind_postgres(q: PgQuery<'_>, v: Value) -> PgQuery<'_> {
    match v {
        Value::Null => q.bind(None::<String>),
        Value::String(s) => q.bind(s),
        other => q.bind(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_tables_are_known_tables() {
        for t in REFERENCE_TABLES {
            assert!(TABLES.iter().any(|(name, _)| name == t), "{t}");
        }
    }
}
