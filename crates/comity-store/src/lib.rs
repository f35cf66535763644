//! Comity's storage: one interface over an embedded SQLite file (the default) and PostgreSQL (for
//! deployments where several app nodes share one database). It owns the schema and its
//! migrations, the reference data held in the database, and consistent backup and restore, which
//! is also the way from SQLite to PostgreSQL.
//!
//! Queries are written once in SQL that both engines accept (`$1` placeholders, portable types)
//! and run through [`with_pool!`], which expands the same body for each engine's pool type.
#![forbid(unsafe_code)]

mod backup;
mod checks;
mod contacts;
mod documents;
mod fetches;
mod fingerprints;
mod groups;
mod identity;
mod messages;
mod migrate;
mod negotiations;
mod operations;
mod outbox;
mod reference;
mod refusal;
mod reporting;
mod search;
mod sessions;
mod sponsorship;
mod url;

use std::time::Duration;

use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};

pub use backup::{BackupSummary, RestoreSummary, ScheduledBackup, VerifiedBackup, verify_backup};
pub use checks::{Acknowledgement, CheckMail, CheckRound, CheckSchedule, CheckScope, CheckTarget};
pub use comity_access::normalise_email;
pub use contacts::{ChangeKind, ContactChange, ListedContact};
pub use documents::{AgendaSession, CitedText, Citing, DocumentSummary, IngestOutcome, Lineage, citation_target};
pub use fetches::{FETCH_ITEMS_MAX, Fetch, FetchItem, FetchOutcome, FetchSummary};
pub use fingerprints::FINGERPRINT_TTL;
pub use identity::{AccountSummary, Actor, AuditReport, NewAccount};
pub use messages::{
    Escalated, MessageAttachment, MessageFilter, MessageNotice, MessageView, NOT_TAKEN, Origin, PreparedMessage,
    RecipientState, Sent,
};
pub use migrate::{LATEST as LATEST_SCHEMA_VERSION, MigrationReport, SchemaState};
pub use negotiations::{
    Explanation as NegotiationExplanation, Input as StakeholderInput, MAX_INPUT, Negotiation, NegotiationLineage,
    NegotiationSummary, NewNegotiation, NewProposal, Revision as NegotiationRevision, SilenceRecord, Stakeholder,
};
pub use operations::{Operations, PoolUsage};
pub use outbox::{OutboxCounts, OutboxEntry, OutboxMail, QueuedMail};
pub use reference::{ReferenceData, SyncOutcome};
pub use refusal::Refusal;
pub use reporting::{
    Attachment, PublishedReply, ReplyImport, ReportContext, ReportSource, SubmissionSummary, SubmissionVersion,
    Translation,
};
pub use search::{
    COUNT_CAP, DocumentTitle, Facet, Facets, Fragment, RANKED, SearchHit, SearchQuery, SearchResults, snippet,
};
pub use sessions::{
    INVITATION_MS, LinkProblem, LinkTarget, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, PasskeySummary,
    RESET_MS, SESSION_ABSOLUTE_SECONDS, SessionInfo, SessionSummary, SignIn, TokenSummary,
};

pub use url::DatabaseUrl;

/// Which database engine a store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    pub fn as_str(self) -> &'static str {
        match self {
            Engine::Sqlite => "sqlite",
            Engine::Postgres => "postgres",
        }
    }
}

/// What went wrong in storage, in terms a person running Comity can act on.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database URL {url:?} is not usable: {detail}")]
    BadUrl { url: String, detail: String },
    #[error("cannot open the database at {url}: {detail}")]
    Unreachable { url: String, detail: String },
    #[error(
        "the database at {url} was written by a newer Comity (schema version {found}; this Comity knows \
         up to {known}). Run the newer Comity, or restore a backup taken with this version; nothing was \
         changed"
    )]
    NewerSchema { url: String, found: i64, known: i64 },
    #[error(
        "migration {version} ({description}) applied to this database differs \
            from this Comity's; the database was not changed"
    )]
    MigrationMismatch { version: i64, description: String },
    #[error("the database at {url} has no Comity schema yet; run `comity db migrate` first")]
    NotMigrated { url: String },
    #[error("backup file {file}{}: {detail}", line.map(|l| format!(" line {l}")).unwrap_or_default())]
    BadBackup { file: String, line: Option<usize>, detail: String },
    /// The request was not carried out, and why (typed, translated by the pages).
    #[error("{0}")]
    Refused(Refusal),
    /// A value read back from the database does not parse: the database was changed outside
    /// Comity or is corrupt. Not the asker's doing: an internal error, logged.
    #[error("a stored value is damaged: {0}")]
    Damaged(String),
    /// One of the store's own steps failed (see [`internal`]): logged, answered as a 500.
    #[error("an internal step failed: {0}")]
    Internal(String),
    /// Unknown, or not the asker's to see: answered alike, so existence does not leak.
    #[error("no such {0}")]
    NotFound(&'static str),
    #[error("reference data: {0}")]
    Reference(String),
    #[error("{file}: {detail}")]
    Io { file: String, detail: String },
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    /// A failure shared by every save of one group commit.
    #[error("the save could not be written: {0}")]
    Shared(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

#[derive(Clone)]
pub(crate) enum Pool {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Runs `$body` with `$pool` bound to the concrete pool of whichever engine the store uses; the
/// body is compiled once per engine, so it must be SQL both accept.
#[macro_export]
#[doc(hidden)]
macro_rules! with_pool {
    // Written like a closure so that rustfmt formats the body; it is not one: `return` and `?`
    // inside leave the enclosing function.
    ($store:expr, |$pool:ident| $body:expr) => {
        match $store.pool() {
            $crate::PoolRef::Sqlite($pool) => $body,
            $crate::PoolRef::Postgres($pool) => $body,
        }
    };
}

/// How a transaction that will write begins. On SQLite it takes the write lock at once
/// (`BEGIN IMMEDIATE`): a deferred transaction that reads and then writes fails with "database
/// is locked" when another writer got there first, instead of waiting its turn (found by 50
/// drafters saving at once).
pub(crate) trait WriteBegin: sqlx::Database {
    const BEGIN: &'static str;
}

impl WriteBegin for sqlx::Sqlite {
    const BEGIN: &'static str = "BEGIN IMMEDIATE";
}

impl WriteBegin for sqlx::Postgres {
    const BEGIN: &'static str = "BEGIN";
}

/// The statement that begins a writing transaction on this pool's engine.
pub(crate) fn write_begin<DB: WriteBegin>(_: &sqlx::Pool<DB>) -> &'static str {
    DB::BEGIN
}

/// Borrowed access to the engine-specific pool, for [`with_pool!`].
#[doc(hidden)]
pub enum PoolRef<'a> {
    Sqlite(&'a SqlitePool),
    Postgres(&'a PgPool),
}

/// An open database.
#[derive(Clone)]
pub struct Store {
    pool: Pool,
    url: DatabaseUrl,
    /// SQLite has one writer at a time; writers take turns here, in arrival order, instead of
    /// polling the database lock (which left the unlucky waiting hundreds of milliseconds).
    writer: std::sync::Arc<tokio::sync::Mutex<()>>,
    /// Drafts are saved in group commits: saves that arrive together share one transaction
    /// (each in a savepoint of its own) and one flush to disk. Started on the first save.
    saves: groups::Queue<reporting::SaveJob, i64>,
    /// Messages between States are committed the same way (a TAXII envelope, a portal
    /// message: each job in a savepoint of its own).
    message_commits: groups::Queue<messages::MessageJob, ()>,
    /// And acknowledgements of communication checks.
    ack_commits: groups::Queue<checks::AckJob, checks::Acknowledgement>,
    /// And proposals on negotiating texts (the last hour before a deadline).
    proposal_commits: groups::Queue<negotiations::ProposalJob, ()>,
    /// Cycles as opened (their questions and dates never change; their status is read in
    /// each save's transaction), so that a save does not read them again.
    cycle_definitions: std::sync::Arc<std::sync::Mutex<std::collections::HashMap<String, comity_reporting::Cycle>>>,
    /// The search index's size and mean paragraph length, with when they were read (ranking).
    search_statistics: std::sync::Arc<std::sync::Mutex<Option<search::Statistics>>>,
    /// Writes this process has committed (or given up), counted as each ends: what this
    /// process remembers of the database is stale once the count moves (see [`Fingerprints`]).
    writes: std::sync::Arc<std::sync::atomic::AtomicU64>,
    /// The record's and the publications' fingerprints as last read (see [`Fingerprints`]).
    fingerprints: std::sync::Arc<fingerprints::Fingerprints>,
}

/// A writer's turn (see [`Store::write_turn`]): when it ends, after the transaction, the
/// process's count of writes moves on.
pub(crate) struct WriteTurn<'a> {
    _queue: Option<tokio::sync::MutexGuard<'a, ()>>,
    writes: &'a std::sync::atomic::AtomicU64,
}

impl Drop for WriteTurn<'_> {
    fn drop(&mut self) {
        self.writes.fetch_add(1, std::sync::atomic::Ordering::Release);
    }
}

/// How to open a store.
#[derive(Debug, Clone, Copy)]
pub struct OpenOptions {
    /// Create the SQLite file (and its directory) when it does not exist.
    pub create: bool,
    pub max_connections: u32,
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions { create: true, max_connections: 8 }
    }
}

impl Store {
    /// Connects to the database, checking that it can be reached. Does not touch the schema.
    pub async fn open(url: &DatabaseUrl, options: OpenOptions) -> Result<Store> {
        let unreachable =
            |e: &dyn std::fmt::Display| StoreError::Unreachable { url: url.redacted(), detail: e.to_string() };
        let pool = match url.engine() {
            Engine::Sqlite => {
                let path = url.sqlite_path().expect("sqlite URL has a path");
                if options.create {
                    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                        std::fs::create_dir_all(dir).map_err(|e| unreachable(&e))?;
                    }
                } else if !path.exists() {
                    return Err(StoreError::Unreachable {
                        url: url.redacted(),
                        detail: "the file does not exist".into(),
                    });
                }
                let connect = SqliteConnectOptions::new()
                    .filename(path)
                    .create_if_missing(options.create)
                    .journal_mode(SqliteJournalMode::Wal)
                    // FULL: an acknowledged commit survives a crash of the machine, not only of Comity.
                    .synchronous(SqliteSynchronous::Full)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(10));
                let pool = SqlitePoolOptions::new()
                    .max_connections(options.max_connections)
                    .min_connections(1)
                    .acquire_timeout(Duration::from_secs(10))
                    .connect_with(connect)
                    .await
                    .map_err(|e| unreachable(&e))?;
                Pool::Sqlite(pool)
            }
            Engine::Postgres => {
                let connect = url.postgres_options()?;
                let pool = PgPoolOptions::new()
                    .max_connections(options.max_connections)
                    .min_connections(1)
                    .acquire_timeout(Duration::from_secs(5))
                    .connect_with(connect)
                    .await
                    .map_err(|e| unreachable(&e))?;
                Pool::Postgres(pool)
            }
        };
        Ok(Store {
            pool,
            url: url.clone(),
            writer: Default::default(),
            saves: Default::default(),
            message_commits: Default::default(),
            ack_commits: Default::default(),
            proposal_commits: Default::default(),
            cycle_definitions: Default::default(),
            search_statistics: Default::default(),
            writes: Default::default(),
            fingerprints: Default::default(),
        })
    }

    /// This process's turn to write, held until the transaction ends. On SQLite writers queue
    /// here; PostgreSQL has row locks and needs no queue. Every write takes a turn, so that the
    /// end of each is counted (see [`WriteTurn`]).
    pub(crate) async fn write_turn(&self) -> WriteTurn<'_> {
        let queue = match self.engine() {
            Engine::Sqlite => Some(self.writer.lock().await),
            Engine::Postgres => None,
        };
        WriteTurn { _queue: queue, writes: &self.writes }
    }

    /// How many writes this process has ended so far.
    pub(crate) fn writes_ended(&self) -> u64 {
        self.writes.load(std::sync::atomic::Ordering::Acquire)
    }

    pub fn engine(&self) -> Engine {
        self.url.engine()
    }

    pub fn url(&self) -> &DatabaseUrl {
        &self.url
    }

    #[doc(hidden)]
    pub fn pool(&self) -> PoolRef<'_> {
        match &self.pool {
            Pool::Sqlite(p) => PoolRef::Sqlite(p),
            Pool::Postgres(p) => PoolRef::Postgres(p),
        }
    }

    /// A round trip to the database (readiness).
    pub async fn ping(&self) -> Result<()> {
        with_pool!(self, |pool| {
            sqlx::query("SELECT 1").execute(pool).await?;
        });
        Ok(())
    }

    pub async fn close(&self) {
        with_pool!(self, |pool| pool.close().await)
    }
}

/// A step of the store's own that cannot fail for any input (serialising what it built, time
/// arithmetic within range, the system's randomness) failed all the same: an internal error.
pub(crate) fn internal(e: impl std::fmt::Display) -> StoreError {
    StoreError::Internal(e.to_string())
}

impl From<Refusal> for StoreError {
    fn from(r: Refusal) -> StoreError {
        StoreError::Refused(r)
    }
}

/// A time as the outbox, checks and messages write it: always six decimals, so that comparing
/// such times as text in SQL orders them as times.
pub(crate) fn stamp(t: jiff::Timestamp) -> String {
    format!("{t:.6}")
}

/// When a lease of `lease` taken now ends, as stored.
pub(crate) fn lease_end(lease: std::time::Duration) -> Result<String> {
    let until = jiff::SignedDuration::try_from(lease)
        .ok()
        .and_then(|d| jiff::Timestamp::now().checked_add(d).ok())
        .ok_or_else(|| crate::internal(format!("a lease of {lease:?} is out of range")))?;
    Ok(stamp(until))
}

/// Current time as an RFC 3339 UTC timestamp, the one format timestamps are stored in.
pub(crate) fn now() -> String {
    jiff::Timestamp::now().to_string()
}

/// FNV-1a, 64-bit: a stable digest for change detection (not for security).
pub(crate) fn digest(parts: &[&[u8]]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in *part {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        hash ^= 0xff;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}
