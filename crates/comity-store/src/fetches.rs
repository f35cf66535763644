//! Fetches from the Official Document System asked for in the portal: the queue of (symbol,
//! language) items, taken by one node at a time under a lease, each item's outcome as it
//! comes, and the audit of who asked and what came of it.

use crate::Refusal;
use serde::Serialize;
use sqlx::Row;

use crate::identity::{Actor, append_audit, content};
use crate::{IngestOutcome, Result, Store, StoreError, with_pool};
use crate::{lease_end, stamp};

/// Items one fetch may hold: a hundred symbols in six languages.
pub const FETCH_ITEMS_MAX: usize = 600;

/// One language version of a fetch and, once done, its outcome.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct FetchItem {
    pub position: i64,
    pub symbol: String,
    pub lang: String,
    /// `stored`, `updated`, `unchanged` or `refused`; None while it waits.
    pub outcome: Option<String>,
    /// What kind of refusal (`not-found`, `pdf-encrypted`...), for the page to translate.
    pub reason_code: Option<String>,
    /// The refusal in English, for the log and the curious.
    pub reason: Option<String>,
    /// How many things look wrong in the reading (the document page lists them).
    pub warnings: i64,
}

/// A fetch with its items.
#[derive(Debug, Clone, Serialize)]
pub struct Fetch {
    pub id: String,
    pub requested_by: Option<String>,
    pub requested_at: String,
    pub finished_at: Option<String>,
    pub items: Vec<FetchItem>,
}

impl Fetch {
    pub fn done(&self) -> usize {
        self.items.iter().filter(|i| i.outcome.is_some()).count()
    }

    pub fn refused(&self) -> usize {
        self.items.iter().filter(|i| i.outcome.as_deref() == Some("refused")).count()
    }
}

/// A fetch in a list: how far it has come.
#[derive(Debug, Clone, Serialize)]
pub struct FetchSummary {
    pub id: String,
    pub requested_at: String,
    pub finished_at: Option<String>,
    pub items: i64,
    pub done: i64,
    pub refused: i64,
}

/// What became of one item.
pub enum FetchOutcome<'a> {
    Ingested { outcome: IngestOutcome, warnings: usize },
    Refused { code: &'a str, reason: &'a str },
}

impl Store {
    /// Queues a fetch of each (symbol, language), in order, once each; audited as asked by
    /// `actor`. Returns the fetch's id.
    pub async fn queue_fetch(&self, items: &[(String, comity_i18n::Lang)], actor: &Actor) -> Result<String> {
        let mut unique: Vec<&(String, comity_i18n::Lang)> = Vec::with_capacity(items.len());
        for item in items {
            if !unique.contains(&item) {
                unique.push(item);
            }
        }
        if unique.is_empty() {
            return Err(Refusal::Required { field: "fetch_items" }.into());
        }
        if unique.len() > FETCH_ITEMS_MAX {
            return Err(Refusal::OutOfRange {
                field: "fetch_items",
                min: 1,
                max: FETCH_ITEMS_MAX as i64,
                given: unique.len() as i64,
            }
            .into());
        }
        let id = uuid::Uuid::now_v7().to_string();
        let at = stamp(jiff::Timestamp::now());
        let mut symbols: Vec<&str> = Vec::new();
        for (s, _) in &unique {
            if !symbols.contains(&s.as_str()) {
                symbols.push(s);
            }
        }
        let engine = self.engine();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            sqlx::query("INSERT INTO document_fetches (id, requested_by, requested_at) VALUES ($1, $2, $3)")
                .bind(&id)
                .bind(&actor.account)
                .bind(&at)
                .execute(&mut *tx)
                .await?;
            for (position, (symbol, lang)) in unique.iter().enumerate() {
                sqlx::query(
                    "INSERT INTO document_fetch_items (fetch_id, position, symbol, lang) VALUES ($1, $2, $3, $4)",
                )
                .bind(&id)
                .bind(position as i64)
                .bind(symbol)
                .bind(lang.code())
                .execute(&mut *tx)
                .await?;
            }
            let details = serde_json::json!({ "symbols": symbols, "versions": unique.len() });
            append_audit!(
                tx,
                content(actor, "documents.fetch", format!("fetch:{id}"), Some("SECRETARIAT".into()), details),
                engine
            );
            tx.commit().await?;
        });
        Ok(id)
    }

    /// Takes the oldest unfinished fetch no other node holds, for `node`, for `lease`; returns
    /// it with the items still waiting.
    pub async fn claim_fetch(&self, node: &str, lease: std::time::Duration) -> Result<Option<Fetch>> {
        let now_text = stamp(jiff::Timestamp::now());
        let until = lease_end(lease)?;
        // PostgreSQL: a fetch another node is taking is skipped, and the conditions are checked
        // again on the row as locked, so a fetch is never taken twice; SQLite has one writer.
        let sql = match self.engine() {
            crate::Engine::Sqlite => {
                "UPDATE document_fetches SET claimed_by = $1, claimed_until = $2 WHERE id = \
                    (SELECT id FROM document_fetches WHERE finished_at IS NULL AND (claimed_until \
                    IS NULL OR claimed_until < $3) ORDER BY requested_at, id LIMIT 1) RETURNING id"
            }
            crate::Engine::Postgres => {
                "UPDATE document_fetches SET claimed_by = $1, claimed_until = $2 WHERE id = \
                    (SELECT id FROM document_fetches WHERE finished_at IS NULL AND (claimed_until \
                    IS NULL OR claimed_until < $3) ORDER BY requested_at, id LIMIT 1 FOR UPDATE \
                    SKIP LOCKED) AND finished_at IS NULL AND (claimed_until IS NULL OR \
                    claimed_until < $3) RETURNING id"
            }
        };
        let taken: Option<String> = with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let row = sqlx::query(sql).bind(node).bind(&until).bind(&now_text).fetch_optional(&mut *tx).await?;
            tx.commit().await?;
            row.map(|r| r.try_get(0)).transpose()?
        });
        let Some(id) = taken else { return Ok(None) };
        let mut fetch = self.fetch(&id).await?.ok_or(StoreError::NotFound("fetch"))?;
        fetch.items.retain(|i| i.outcome.is_none());
        Ok(Some(fetch))
    }

    /// Records one item's outcome and keeps the lease of `node` for another `lease`; the fetch
    /// is finished (and its end audited) with its last item. A node whose lease was taken over
    /// records nothing: the node that holds it now does the item again.
    pub async fn record_fetch_item(
        &self,
        id: &str,
        position: i64,
        outcome: FetchOutcome<'_>,
        node: &str,
        lease: std::time::Duration,
    ) -> Result<bool> {
        let (word, code, reason, warnings) = match outcome {
            FetchOutcome::Ingested { outcome, warnings } => {
                let word = match outcome {
                    IngestOutcome::Stored => "stored",
                    IngestOutcome::Updated => "updated",
                    IngestOutcome::Unchanged => "unchanged",
                };
                (word, None, None, warnings as i64)
            }
            FetchOutcome::Refused { code, reason } => ("refused", Some(code), Some(reason), 0),
        };
        let now = jiff::Timestamp::now();
        let until = lease_end(lease)?;
        let engine = self.engine();
        let actor = Actor { org: Some("SECRETARIAT".into()), ..Actor::system() };
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let held = sqlx::query(
                "UPDATE document_fetches SET claimed_until = $1 WHERE id = $2 AND \
                claimed_by = $3 AND finished_at IS NULL",
            )
            .bind(&until)
            .bind(id)
            .bind(node)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if held != 1 {
                return Ok(false);
            }
            sqlx::query(
                "UPDATE document_fetch_items SET outcome = $1, reason_code = $2, reason \
                = $3, warnings = $4, done_at = $5 WHERE fetch_id = $6 AND position = $7 \
                AND outcome IS NULL",
            )
            .bind(word)
            .bind(code)
            .bind(reason)
            .bind(warnings)
            .bind(stamp(now))
            .bind(id)
            .bind(position)
            .execute(&mut *tx)
            .await?;
            let counts = sqlx::query(
                "SELECT COUNT(*), COALESCE(SUM(CASE WHEN outcome IS NULL THEN 1 ELSE 0 \
                END), 0), COALESCE(SUM(CASE WHEN outcome = 'refused' THEN 1 ELSE 0 \
                END), 0) FROM document_fetch_items WHERE fetch_id = $1",
            )
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
            let (total, waiting, refused): (i64, i64, i64) =
                (counts.try_get(0)?, counts.try_get(1)?, counts.try_get(2)?);
            if waiting == 0 {
                sqlx::query("UPDATE document_fetches SET finished_at = $1, claimed_until = NULL WHERE id = $2")
                    .bind(stamp(now))
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                let details = serde_json::json!({ "versions": total, "refused": refused });
                append_audit!(
                    tx,
                    content(
                        &actor,
                        "documents.fetch.finish",
                        format!("fetch:{id}"),
                        Some("SECRETARIAT".into()),
                        details
                    ),
                    engine
                );
            }
            tx.commit().await?;
        });
        Ok(true)
    }

    /// Lets go of the fetches `node` held when it stopped, so that they go on at once.
    pub(crate) async fn release_fetches(&self, node: &str) -> Result<u64> {
        Ok(with_pool!(self, |pool| {
            sqlx::query(
                "UPDATE document_fetches SET claimed_until = NULL WHERE claimed_by = $1 \
                AND finished_at IS NULL AND claimed_until IS NOT NULL",
            )
            .bind(node)
            .execute(pool)
            .await?
            .rows_affected()
        }))
    }

    /// One fetch with all its items, in the order asked.
    pub async fn fetch(&self, id: &str) -> Result<Option<Fetch>> {
        with_pool!(self, |pool| {
            let Some(head) =
                sqlx::query("SELECT id, requested_by, requested_at, finished_at FROM document_fetches WHERE id = $1")
                    .bind(id)
                    .fetch_optional(pool)
                    .await?
            else {
                return Ok(None);
            };
            let rows = sqlx::query(
                "SELECT position, symbol, lang, outcome, reason_code, reason, warnings \
                FROM document_fetch_items WHERE fetch_id = $1 ORDER BY position",
            )
            .bind(id)
            .fetch_all(pool)
            .await?;
            let items = rows
                .iter()
                .map(|r| {
                    Ok(FetchItem {
                        position: r.try_get(0)?,
                        symbol: r.try_get(1)?,
                        lang: r.try_get(2)?,
                        outcome: r.try_get(3)?,
                        reason_code: r.try_get(4)?,
                        reason: r.try_get(5)?,
                        warnings: r.try_get(6)?,
                    })
                })
                .collect::<std::result::Result<Vec<_>, sqlx::Error>>()?;
            Ok(Some(Fetch {
                id: head.try_get(0)?,
                requested_by: head.try_get(1)?,
                requested_at: head.try_get(2)?,
                finished_at: head.try_get(3)?,
                items,
            }))
        })
    }

    /// The newest fetches first, at most `limit`, with how far each has come.
    pub async fn fetches(&self, limit: i64) -> Result<Vec<FetchSummary>> {
        with_pool!(self, |pool| {
            let rows = sqlx::query(
                "SELECT f.id, f.requested_at, f.finished_at, COUNT(i.position), \
                 COALESCE(SUM(CASE WHEN i.outcome IS NOT NULL THEN 1 ELSE 0 END), 0), \
                 COALESCE(SUM(CASE WHEN i.outcome = 'refused' THEN 1 ELSE 0 END), 0) \
                 FROM document_fetches f LEFT JOIN document_fetch_items i ON i.fetch_id = f.id \
                 GROUP BY f.id, f.requested_at, f.finished_at ORDER BY f.requested_at DESC, f.id DESC LIMIT $1",
            )
            .bind(limit)
            .fetch_all(pool)
            .await?;
            rows.iter()
                .map(|r| {
                    Ok(FetchSummary {
                        id: r.try_get(0)?,
                        requested_at: r.try_get(1)?,
                        finished_at: r.try_get(2)?,
                        items: r.try_get(3)?,
                        done: r.try_get(4)?,
                        refused: r.try_get(5)?,
                    })
                })
                .collect::<std::result::Result<Vec<_>, sqlx::Error>>()
                .map_err(StoreError::from)
        })
    }
}
