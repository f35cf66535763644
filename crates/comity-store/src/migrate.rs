//! Schema migrations for both engines, and the refusal to touch a database written by a newer
//! Comity. Migrations are never edited once released, only added; each one's checksum is recorded
//! so an edited migration is detected.

use serde::Serialize;
use sqlx::Row;

use crate::{Engine, PoolRef, Result, Store, StoreError, digest, now};

pub(crate) struct Migration {
    pub version: i64,
    pub description: &'static str,
    sqlite: &'static str,
    postgres: &'static str,
}

impl Migration {
    /// The SQL this engine runs.
    pub fn sql(&self, engine: Engine) -> &'static str {
        match engine {
            Engine::Sqlite => self.sqlite,
            Engine::Postgres => self.postgres,
        }
    }
}

/// A migration both engines run as written: `migrations/NNNN_name.sql`.
macro_rules! shared {
    ($version:literal, $file:literal, $name:literal) => {
        Migration {
            version: $version,
            description: $name,
            sqlite: include_str!(concat!("../migrations/", $file, ".sql")),
            postgres: include_str!(concat!("../migrations/", $file, ".sql")),
        }
    };
}

/// A migration whose SQL differs by engine: `NNNN_name.sqlite.sql` and `NNNN_name.postgres.sql`.
macro_rules! per_engine {
    ($version:literal, $file:literal, $name:literal) => {
        Migration {
            version: $version,
            description: $name,
            sqlite: include_str!(concat!("../migrations/", $file, ".sqlite.sql")),
            postgres: include_str!(concat!("../migrations/", $file, ".postgres.sql")),
        }
    };
}

/// The one history of the schema, in order: version, file, description (the file's name
/// without its number; a test holds the three together).
pub(crate) const HISTORY: &[Migration] = &[
    shared!(1, "0001_reference", "reference"),
    shared!(2, "0002_documents", "documents"),
    per_engine!(3, "0003_search", "search"),
    shared!(4, "0004_identity", "identity"),
    shared!(5, "0005_reporting", "reporting"),
    shared!(6, "0006_translations_attachments", "translations_attachments"),
    shared!(7, "0007_contacts", "contacts"),
    shared!(8, "0008_checks", "checks"),
    shared!(9, "0009_messages", "messages"),
    shared!(10, "0010_fetches", "fetches"),
    shared!(11, "0011_scheduled_backups", "scheduled_backups"),
    per_engine!(12, "0012_negotiator_role", "negotiator_role"),
    shared!(13, "0013_negotiations", "negotiations"),
    shared!(14, "0014_negotiation_stakeholders", "negotiation_stakeholders"),
    shared!(15, "0015_input_language", "input_language"),
];

/// The newest schema version this Comity knows.
pub const LATEST: i64 = 15;

const CREATE_SCHEMA_TABLE: &str = "CREATE TABLE IF NOT EXISTS comity_schema (
    version BIGINT PRIMARY KEY,
    description TEXT NOT NULL,
    checksum TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    comity_version TEXT NOT NULL
)";

// An arbitrary constant shared by every Comity node: holders of this advisory lock are migrating.
const PG_MIGRATION_LOCK: i64 = 0x0c0_3117;

/// The schema of a database as found.
#[derive(Debug, Clone, Serialize)]
pub struct SchemaState {
    /// Versions applied, ascending.
    pub applied: Vec<i64>,
    pub latest_known: i64,
}

impl SchemaState {
    pub fn current(&self) -> Option<i64> {
        self.applied.last().copied()
    }

    pub fn pending(&self) -> i64 {
        self.latest_known - self.current().unwrap_or(0)
    }
}

/// What `migrate` did.
#[derive(Debug, Clone, Serialize)]
pub struct MigrationReport {
    pub applied: Vec<String>,
    pub version: i64,
}

impl Store {
    async fn applied_rows(&self) -> Result<Vec<(i64, String, String)>> {
        let exists: bool = match self.pool() {
            PoolRef::Sqlite(p) => {
                sqlx::query("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'comity_schema'")
                    .fetch_one(p)
                    .await?
                    .try_get::<i64, _>(0)?
                    > 0
            }
            PoolRef::Postgres(p) => {
                sqlx::query("SELECT to_regclass('comity_schema') IS NOT NULL").fetch_one(p).await?.try_get(0)?
            }
        };
        if !exists {
            return Ok(Vec::new());
        }
        let rows = crate::with_pool!(self, |pool| {
            sqlx::query("SELECT version, description, checksum FROM comity_schema ORDER BY version")
                .fetch_all(pool)
                .await?
                .into_iter()
                .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?)))
                .collect::<Result<Vec<_>, sqlx::Error>>()?
        });
        Ok(rows)
    }

    /// The schema as found, after checking that this Comity can work with it: a database from a
    /// newer Comity, or one whose applied migrations differ from this Comity's, is refused.
    pub async fn schema_state(&self) -> Result<SchemaState> {
        let rows = self.applied_rows().await?;
        let (known, engine) = (HISTORY, self.engine());
        for (version, _, checksum) in &rows {
            if *version > LATEST {
                return Err(StoreError::NewerSchema { url: self.url.redacted(), found: *version, known: LATEST });
            }
            match known.iter().find(|m| m.version == *version) {
                Some(m) if digest(&[m.sql(engine).as_bytes()]) == *checksum => {}
                Some(m) => {
                    return Err(StoreError::MigrationMismatch {
                        version: *version,
                        description: m.description.to_string(),
                    });
                }
                None => {
                    return Err(StoreError::MigrationMismatch { version: *version, description: "unknown".into() });
                }
            }
        }
        Ok(SchemaState { applied: rows.into_iter().map(|r| r.0).collect(), latest_known: LATEST })
    }

    /// Applies every migration not yet applied, up to `target` (default: the latest), each in
    /// its own transaction.
    pub async fn migrate_to(&self, target: Option<i64>) -> Result<MigrationReport> {
        let target = target.unwrap_or(LATEST);
        let state = self.schema_state().await?;
        let mut report = MigrationReport { applied: Vec::new(), version: state.current().unwrap_or(0) };
        let pending: Vec<&Migration> =
            HISTORY.iter().filter(|m| m.version <= target && !state.applied.contains(&m.version)).collect();
        if pending.is_empty() {
            return Ok(report);
        }
        crate::with_pool!(self, |pool| {
            sqlx::query(CREATE_SCHEMA_TABLE).execute(pool).await?;
        });
        for m in pending {
            let applied = match self.pool() {
                PoolRef::Sqlite(pool) => {
                    let _turn = self.write_turn().await;
                    let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
                    let applied =
                        apply::<sqlx::Sqlite>(&mut tx, m.version, m.description, m.sql(Engine::Sqlite)).await?;
                    tx.commit().await?;
                    applied
                }
                PoolRef::Postgres(pool) => {
                    let _turn = self.write_turn().await;
                    let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
                    sqlx::query("SELECT pg_advisory_xact_lock($1)").bind(PG_MIGRATION_LOCK).execute(&mut *tx).await?;
                    let applied =
                        apply::<sqlx::Postgres>(&mut tx, m.version, m.description, m.sql(Engine::Postgres)).await?;
                    tx.commit().await?;
                    applied
                }
            };
            if applied {
                tracing::info!(version = m.version, description = m.description, "applied migration");
                report.applied.push(format!("{:04}_{}", m.version, m.description));
            }
            report.version = m.version;
        }
        Ok(report)
    }
}

/// Applies one migration unless another node applied it meanwhile; returns whether it did.
async fn apply<'c, DB>(conn: &'c mut DB::Connection, version: i64, description: &str, sql: &'static str) -> Result<bool>
where
    DB: sqlx::Database,
    for<'q> i64: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> String: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> <DB as sqlx::Database>::Arguments: sqlx::IntoArguments<DB>,
    for<'e> &'e mut DB::Connection: sqlx::Executor<'e, Database = DB>,
    usize: sqlx::ColumnIndex<DB::Row>,
    i64: for<'r> sqlx::Decode<'r, DB>,
{
    let already: i64 = sqlx::query("SELECT count(*) FROM comity_schema WHERE version = $1")
        .bind(version)
        .fetch_one(&mut *conn)
        .await?
        .try_get(0)?;
    if already > 0 {
        return Ok(false);
    }
    sqlx::raw_sql(sql).execute(&mut *conn).await?;
    sqlx::query(
        "INSERT INTO comity_schema (version, description, checksum, applied_at, \
        comity_version) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(version)
    .bind(description.to_string())
    .bind(digest(&[sql.as_bytes()]))
    .bind(now())
    .bind(env!("CARGO_PKG_VERSION").to_string())
    .execute(&mut *conn)
    .await?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// As `comity_schema.checksum` holds them in databases migrated by the releases before.
    const CHECKSUMS_BEFORE_ONE_HISTORY: [(i64, &str, &str); 10] = [
        (1, "a6622aeae24bf07e", "a6622aeae24bf07e"),
        (2, "4fb330dad620caea", "4fb330dad620caea"),
        (3, "9dc905ce39f90dbb", "027128529c6268b0"),
        (4, "5a7ba1895481e788", "5a7ba1895481e788"),
        (5, "119f7ec02fbf5764", "119f7ec02fbf5764"),
        (6, "8ccbf6ac99d3fc0c", "8ccbf6ac99d3fc0c"),
        (7, "426d11440d712dfa", "426d11440d712dfa"),
        (8, "b99a7c95732ecfb1", "b99a7c95732ecfb1"),
        (9, "b49e2354b7dcf6d6", "b49e2354b7dcf6d6"),
        (10, "66a172f5c7392588", "66a172f5c7392588"),
    ];

    #[test]
    fn the_history_is_consecutive_and_each_file_is_listed() {
        assert_eq!(HISTORY.last().map(|m| m.version), Some(LATEST));
        for (i, m) in HISTORY.iter().enumerate() {
            assert_eq!(m.version, i as i64 + 1, "versions are consecutive");
        }
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/migrations");
        for entry in std::fs::read_dir(dir).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().to_string();
            let (number, rest) = name.split_once('_').unwrap();
            let description = rest.trim_end_matches(".sql").trim_end_matches(".sqlite").trim_end_matches(".postgres");
            let listed = HISTORY.iter().find(|m| m.version == number.parse::<i64>().unwrap()).unwrap();
            assert_eq!(listed.description, description, "{name} is listed under its number");
        }
    }

    /// The checksums recorded by databases migrated before the history was one list: the
    /// files were moved, not changed, so every database already migrated still opens.
    #[test]
    fn checksums_recorded_by_earlier_releases_still_match() {
        let recorded: [(i64, &str, &str); 10] = CHECKSUMS_BEFORE_ONE_HISTORY;
        for (version, sqlite, postgres) in recorded {
            let m = &HISTORY[version as usize - 1];
            assert_eq!(digest(&[m.sql(Engine::Sqlite).as_bytes()]), sqlite, "migration {version} on SQLite");
            assert_eq!(digest(&[m.sql(Engine::Postgres).as_bytes()]), postgres, "migration {version} on PostgreSQL");
        }
    }
}
