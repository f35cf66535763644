//! Fresh databases for the storage suite: an SQLite file always, and a PostgreSQL schema of its
//! own when COMITY_TEST_DATABASE_URL names a server.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use comity_store::{DatabaseUrl, OpenOptions, Store};

static COUNTER: AtomicUsize = AtomicUsize::new(0);

pub struct TestDb {
    pub store: Store,
    pub label: &'static str,
    cleanup: Cleanup,
}

enum Cleanup {
    Dir(PathBuf),
    Schema { admin_url: String, schema: String },
}

fn unique(prefix: &str) -> String {
    format!("{prefix}_{}_{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::SeqCst), jiff_free_nanos())
}

fn jiff_free_nanos() -> u128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() % 1_000_000).unwrap_or(0)
}

pub fn postgres_url() -> Option<String> {
    let url = std::env::var("COMITY_TEST_DATABASE_URL").ok().filter(|u| !u.is_empty());
    if url.is_none() && std::env::var("COMITY_REQUIRE_POSTGRES").as_deref() == Ok("1") {
        panic!("COMITY_REQUIRE_POSTGRES=1 but COMITY_TEST_DATABASE_URL is not set");
    }
    url
}

pub async fn sqlite() -> TestDb {
    let dir = std::env::temp_dir().join(unique("comity_store_test"));
    std::fs::create_dir_all(&dir).unwrap();
    let store = Store::open(&DatabaseUrl::embedded(&dir), OpenOptions::default()).await.unwrap();
    TestDb { store, label: "sqlite", cleanup: Cleanup::Dir(dir) }
}

pub async fn postgres() -> Option<TestDb> {
    let admin_url = postgres_url()?;
    let schema = unique("comity_t");
    admin(&admin_url, &format!("CREATE SCHEMA {schema}")).await;
    let sep = if admin_url.contains('?') { '&' } else { '?' };
    let url: DatabaseUrl = format!("{admin_url}{sep}options=-c%20search_path%3D{schema}").parse().unwrap();
    let store = Store::open(&url, OpenOptions { create: false, max_connections: 4 }).await.unwrap();
    Some(TestDb { store, label: "postgres", cleanup: Cleanup::Schema { admin_url, schema } })
}

/// SQLite, then PostgreSQL when configured.
pub async fn all() -> Vec<TestDb> {
    let mut dbs = vec![sqlite().await];
    dbs.extend(postgres().await);
    dbs
}

impl TestDb {
    pub async fn drop_db(self) {
        self.store.close().await;
        match self.cleanup {
            Cleanup::Dir(dir) => {
                std::fs::remove_dir_all(dir).ok();
            }
            Cleanup::Schema { admin_url, schema } => {
                admin(&admin_url, &format!("DROP SCHEMA {schema} CASCADE")).await;
            }
        }
    }
}

async fn admin(url: &str, sql: &str) {
    use sqlx::Connection;
    let mut conn = sqlx::PgConnection::connect(url).await.expect("COMITY_TEST_DATABASE_URL is reachable");
    sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_string())).execute(&mut conn).await.unwrap();
    conn.close().await.ok();
}

/// Runs SQL directly against a test database, bypassing the store (to damage it on purpose).
// Not every suite edits rows behind the store's back.
#[allow(dead_code)]
pub async fn raw(db: &TestDb, sql: &str) {
    comity_store::with_pool!(db.store, |pool| {
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_string())).execute(pool).await.unwrap();
    });
}

/// Reads rows directly, as the test's tuple type, to see what the store wrote.
#[allow(dead_code)]
pub async fn rows<T>(db: &TestDb, sql: &str) -> Vec<T>
where
    T: for<'r> sqlx::FromRow<'r, sqlx::sqlite::SqliteRow>
        + for<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow>
        + Send
        + Unpin,
{
    comity_store::with_pool!(db.store, |pool| {
        sqlx::query_as(sqlx::AssertSqlSafe(sql.to_string())).fetch_all(pool).await.unwrap()
    })
}

/// How many rows a table holds.
#[allow(dead_code)]
pub async fn count(db: &TestDb, table: &str) -> i64 {
    db.store.row_counts().await.unwrap()[table]
}

/// Prepares a database for the directory's suites: migrated, the reference data loaded, and
/// `rows` (nominations CSV rows, without the header) listed at once on `actor`'s authority.
#[allow(dead_code)]
pub async fn with_directory(db: &TestDb, rows: &str, actor: &comity_store::Actor) {
    let collation = comity_i18n::Collation::new();
    db.store.migrate_to(None).await.unwrap();
    db.store.sync_reference(&comity_store::ReferenceData::load(None, &collation).unwrap()).await.unwrap();
    let states = comity_states::StateRegistry::embedded(&collation).unwrap();
    let csv =
        format!("state,category,name,position,institution,emails,phones,languages,hours,time_zone,openpgp_key\n{rows}");
    let (nominations, _) = comity_contacts::read_csv(csv.as_bytes(), &states).unwrap();
    db.store.import_nominations(&nominations, true, "nominations.csv", actor).await.unwrap();
}
