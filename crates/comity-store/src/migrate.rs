//! Schema migrations for both engines, and the refusal to touch a database written by a newer
//! Comity. Migrations are never edited once released, only added; each one's checksum is recorded
//! so an edited migration is detected.

use serde::Serialize;
use sqlx::Row;

use crate::{Engine, PoolRef, Result, Store, StoreError, digest, now};

pub(crate) struct Migration {
    pub version: i64,
    pub description: &'static str,
    pub sql: &'static str,
}

pub(crate) const SQLITE: &[Migration] = &[
    Migration { version: 1, description: "reference", sql: include_str!("../migrations/sqlite/0001_reference.sql") },
    Migration { version: 2, description: "documents", sql: include_str!("../migrations/sqlite/0002_documents.sql") },
    Migration { version: 3, description: "search", sql: include_str!("../migrations/sqlite/0003_search.sql") },
    Migration { version: 4, description: "identity", sql: include_str!("../migrations/sqlite/0004_identity.sql") },
    Migration { version: 5, description: "reporting", sql: include_str!("../migrations/sqlite/0005_reporting.sql") },
    Migration {
        version: 6,
        description: "translations_attachments",
        sql: include_str!("../migrations/sqlite/0006_translations_attachments.sql"),
    },
    Migration { version: 7, description: "contacts", sql: include_str!("../migrations/sqlite/0007_contacts.sql") },
    Migration { version: 8, description: "checks", sql: include_str!("../migrations/sqlite/0008_checks.sql") },
    Migration { version: 9, description: "messages", sql: include_str!("../migrations/sqlite/0009_messages.sql") },
    Migration { version: 10, description: "fetches", sql: include_str!("../migrations/sqlite/0010_fetches.sql") },
];

pub(crate) const POSTGRES: &[Migration] = &[
    Migration { version: 1, description: "reference", sql: include_str!("../migrations/postgres/0001_reference.sql") },
    Migration { version: 2, description: "documents", sql: include_str!("../migrations/postgres/0002_documents.sql") },
    Migration { version: 3, description: "search", sql: include_str!("../migrations/postgres/0003_search.sql") },
    Migration { version: 4, description: "identity", sql: include_str!("../migrations/postgres/0004_identity.sql") },
    Migration { version: 5, description: "reporting", sql: include_str!("../migrations/postgres/0005_reporting.sql") },
    Migration {
        version: 6,
        description: "translations_attachments",
        sql: include_str!("../migrations/postgres/0006_translations_attachments.sql"),
    },
    Migration { version: 7, description: "contacts", sql: include_str!("../migrations/postgres/0007_contacts.sql") },
    Migration { version: 8, description: "checks", sql: include_str!("../migrations/postgres/0008_checks.sql") },
    Migration { version: 9, description: "messages", sql: include_str!("../migrations/postgres/0009_messages.sql") },
    Migration { version: 10, description: "fetches", sql: include_str!("../migrations/postgres/0010_fetches.sql") },
];

/// The newest schema version this Comity knows.
pub const LATEST: i64 = 10;

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

fn migrations(engine: Engine) -> &'static [Migration] {
    match engine {
        Engine::Sqlite => SQLITE,
        Engine::Postgres => POSTGRES,
    }
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
        let rows = crate::with_pool!(self, pool => {
            sqlx::query("SELECT version, description, checksum FROM comity_schema ORDER BY version").fetch_all(pool).await?
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
        let known = migrations(self.engine());
        for (version, _, checksum) in &rows {
            if *version > LATEST {
                return Err(StoreError::NewerSchema { url: self.url.redacted(), found: *version, known: LATEST });
            }
            match known.iter().find(|m| m.version == *version) {
                Some(m) if digest(&[m.sql.as_bytes()]) == *checksum => {}
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
        let pending: Vec<&Migration> = migrations(self.engine())
            .iter()
            .filter(|m| m.version <= target && !state.applied.contains(&m.version))
            .collect();
        if pending.is_empty() {
            return Ok(report);
        }
        crate::with_pool!(self, pool => { sqlx::query(CREATE_SCHEMA_TABLE).execute(pool).await?; });
        for m in pending {
            let applied = match self.pool() {
                PoolRef::Sqlite(pool) => {
                    let _turn = self.write_turn().await;
                    let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
                    let applied = apply::<sqlx::Sqlite>(&mut tx, m).await?;
                    tx.commit().await?;
                    applied
                }
                PoolRef::Postgres(pool) => {
                    let _turn = self.write_turn().await;
                    let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
                    sqlx::query("SELECT pg_advisory_xact_lock($1)").bind(PG_MIGRATION_LOCK).execute(&mut *tx).await?;
                    let applied = apply::<sqlx::Postgres>(&mut tx, m).await?;
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
async fn apply<'c, DB>(conn: &'c mut DB::Connection, m: &Migration) -> Result<bool>
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
        .bind(m.version)
        .fetch_one(&mut *conn)
        .await?
        .try_get(0)?;
    if already > 0 {
        return Ok(false);
    }
    sqlx::raw_sql(m.sql).execute(&mut *conn).await?;
    sqlx::query("INSERT INTO comity_schema (version, description, checksum, applied_at, comity_version) VALUES ($1, $2, $3, $4, $5)")
        .bind(m.version)
        .bind(m.description.to_string())
        .bind(digest(&[m.sql.as_bytes()]))
        .bind(now())
        .bind(env!("CARGO_PKG_VERSION").to_string())
        .execute(&mut *conn)
        .await?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_engines_have_the_same_migrations() {
        let versions = |ms: &[Migration]| ms.iter().map(|m| (m.version, m.description)).collect::<Vec<_>>();
        assert_eq!(versions(SQLITE), versions(POSTGRES));
        assert_eq!(SQLITE.last().map(|m| m.version), Some(LATEST));
        for (i, m) in SQLITE.iter().enumerate() {
            assert_eq!(m.version, i as i64 + 1, "versions are consecutive");
        }
    }
}
