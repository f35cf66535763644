//! The mail outbox every mail leaves from: written in the transaction of what it tells, taken by
//! one node at a time under a lease, retried with backoff, marked sent, failed or bounced.

use crate::{Result, Store, StoreError, now, stamp, with_pool};
use sqlx::Row as _;

/// The outbox's columns, for inserting many mails in one statement (values pushed after:
/// id, name, email, subject, body, created_at, next_attempt_at).
pub(crate) const OUTBOX_COLUMNS: &str =
    "INSERT INTO mail_outbox (id, recipient_name, recipient, subject, body, created_at, next_attempt_at) ";

/// Writes one mail into the outbox inside the caller's transaction, so that a mail is kept (or
/// rolled back) with what it tells: `put_mail!(executor, id, name, email, subject, body, at)`.
macro_rules! put_mail {
    ($executor:expr, $id:expr, $name:expr, $email:expr, $subject:expr, $body:expr, $at:expr) => {
        sqlx::query(concat!(
            "INSERT INTO mail_outbox (id, recipient_name, recipient, subject, body, created_at, next_attempt_at) ",
            "VALUES ($1, $2, $3, $4, $5, $6, $6)"
        ))
        .bind($id)
        .bind($name)
        .bind($email)
        .bind($subject)
        .bind($body)
        .bind($at)
        .execute($executor)
        .await
    };
}
pub(crate) use put_mail;

/// Writes each of `mails` (`&[QueuedMail]`) into the outbox inside the caller's transaction,
/// all stamped `at`: `put_mails!(tx, mails, at)`.
macro_rules! put_mails {
    ($tx:ident, $mails:expr, $at:expr) => {
        for m in $mails {
            crate::outbox::put_mail!(
                &mut *$tx,
                uuid::Uuid::now_v7().to_string(),
                &m.name,
                &m.email,
                &m.subject,
                &m.body,
                &$at
            )?;
        }
    };
}
pub(crate) use put_mails;

/// A mail taken from the outbox for sending.
#[derive(Debug, Clone)]
pub struct OutboxMail {
    pub id: String,
    pub recipient_name: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub attempts: i64,
}

/// A mail to queue in the outbox.
#[derive(Debug, Clone)]
pub struct QueuedMail {
    pub name: String,
    pub email: String,
    pub subject: String,
    pub body: String,
}

/// A mail as the outbox page lists it: the mail, and what became of it.
#[derive(Debug, Clone)]
pub struct OutboxEntry {
    pub mail: OutboxMail,
    pub created_at: String,
    pub next_attempt_at: String,
    pub sent_at: Option<String>,
    pub bounced_at: Option<String>,
    pub last_error: Option<String>,
}

impl OutboxEntry {
    /// `sent`, `bounced`, `retrying` (tried and failed, to be tried again) or `queued`.
    pub fn status(&self) -> &'static str {
        match (&self.sent_at, &self.bounced_at, self.mail.attempts) {
            (Some(_), _, _) => "sent",
            (None, Some(_), _) => "bounced",
            (None, None, 0) => "queued",
            _ => "retrying",
        }
    }
}

/// How many mails the outbox holds in each state, and when the oldest unsent one was queued.
#[derive(Debug, Clone, Default)]
pub struct OutboxCounts {
    pub queued: i64,
    pub retrying: i64,
    pub sent: i64,
    pub bounced: i64,
    pub oldest_unsent: Option<String>,
}

/// Now, written as the outbox writes its times.
pub(crate) fn outbox_now() -> String {
    stamp(jiff::Timestamp::now())
}

impl Store {
    /// Takes up to `limit` mails due for sending, for `node`, for `lease` (another node takes
    /// them again only after it); each take counts as an attempt.
    pub async fn claim_mail(&self, limit: i64, lease: std::time::Duration, node: &str) -> Result<Vec<OutboxMail>> {
        let now_at = jiff::Timestamp::now();
        let until = now_at
            .checked_add(jiff::SignedDuration::try_from(lease).map_err(crate::internal)?)
            .map_err(crate::internal)?;
        let (now_text, until_text) = (stamp(now_at), stamp(until));
        // On PostgreSQL, rows another node is taking are skipped (SKIP LOCKED) and the
        // conditions are checked again on the row as it is when locked, so a mail is never
        // taken twice; SQLite has one writer at a time.
        let sql = match self.engine() {
            crate::Engine::Sqlite => {
                "UPDATE mail_outbox SET claimed_until = $1, claimed_by = $4, attempts = attempts \
                    + 1 WHERE id IN (SELECT id FROM mail_outbox WHERE sent_at IS NULL AND \
                    bounced_at IS NULL AND next_attempt_at <= $2 AND (claimed_until IS NULL OR \
                    claimed_until < $2) ORDER BY created_at, id LIMIT $3) RETURNING id, \
                    recipient_name, recipient, subject, body, attempts"
            }
            crate::Engine::Postgres => {
                "UPDATE mail_outbox SET claimed_until = $1, claimed_by = $4, attempts = attempts \
                    + 1 WHERE id IN (SELECT id FROM mail_outbox WHERE sent_at IS NULL AND \
                    bounced_at IS NULL AND next_attempt_at <= $2 AND (claimed_until IS NULL OR \
                    claimed_until < $2) ORDER BY created_at, id LIMIT $3 FOR UPDATE SKIP LOCKED) \
                    AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < $2) RETURNING \
                    id, recipient_name, recipient, subject, body, attempts"
            }
        };
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let rows =
                sqlx::query(sql).bind(&until_text).bind(&now_text).bind(limit).bind(node).fetch_all(&mut *tx).await?;
            tx.commit().await?;
            rows.iter()
                .map(|r| {
                    Ok(OutboxMail {
                        id: r.try_get(0)?,
                        recipient_name: r.try_get(1)?,
                        recipient: r.try_get(2)?,
                        subject: r.try_get(3)?,
                        body: r.try_get(4)?,
                        attempts: r.try_get(5)?,
                    })
                })
                .collect::<std::result::Result<Vec<_>, sqlx::Error>>()
                .map_err(StoreError::from)
        })
    }

    /// Takes back the leases `node` held when it stopped: a node starting again (or stopping)
    /// has nothing in flight, so what it had taken and not done (mail, fetches from the ODS, a
    /// period's backup) is due again now rather than when the lease ends. Returns how many.
    pub async fn release_claims(&self, node: &str) -> Result<u64> {
        let mails = with_pool!(self, |pool| {
            sqlx::query(
                "UPDATE mail_outbox SET claimed_until = NULL WHERE claimed_by = $1 AND \
                sent_at IS NULL AND bounced_at IS NULL AND claimed_until IS NOT NULL",
            )
            .bind(node)
            .execute(pool)
            .await?
            .rows_affected()
        });
        Ok(mails + self.release_fetches(node).await? + self.release_backups(node).await?)
    }

    /// Queues mails in the outbox, all in one transaction; every node's delivery sends them.
    pub async fn queue_mail(&self, mails: &[QueuedMail]) -> Result<()> {
        let at = outbox_now();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            put_mails!(tx, mails, at);
            tx.commit().await?;
        });
        Ok(())
    }

    /// The relay took the mail.
    pub async fn mail_sent(&self, id: &str) -> Result<()> {
        with_pool!(self, |pool| {
            sqlx::query("UPDATE mail_outbox SET sent_at = $1, claimed_until = NULL, last_error = NULL WHERE id = $2")
                .bind(now())
                .bind(id)
                .execute(pool)
                .await?;
        });
        Ok(())
    }

    /// The relay refused or could not be reached: tried again after a wait that doubles with
    /// each attempt (30 s, 1 min, 2 min, ... at most 1 h).
    pub async fn mail_failed(&self, id: &str, attempts: i64, error: &str) -> Result<()> {
        let wait = 30i64.saturating_mul(1 << attempts.clamp(1, 7).saturating_sub(1)).min(3600);
        let next =
            stamp(jiff::Timestamp::now().checked_add(jiff::SignedDuration::from_secs(wait)).map_err(crate::internal)?);
        with_pool!(self, |pool| {
            sqlx::query(
                "UPDATE mail_outbox SET next_attempt_at = $1, claimed_until = NULL, last_error = $2 WHERE id = $3",
            )
            .bind(&next)
            .bind(error.chars().take(500).collect::<String>())
            .bind(id)
            .execute(pool)
            .await?;
        });
        Ok(())
    }

    /// The relay refused the mail for good: kept with the reason, never tried again.
    pub async fn mail_bounced(&self, id: &str, error: &str) -> Result<()> {
        with_pool!(self, |pool| {
            sqlx::query("UPDATE mail_outbox SET bounced_at = $1, claimed_until = NULL, last_error = $2 WHERE id = $3")
                .bind(now())
                .bind(error.chars().take(500).collect::<String>())
                .bind(id)
                .execute(pool)
                .await?;
        });
        Ok(())
    }

    /// Mails not yet sent (waiting, or failing with their last error).
    pub async fn mail_waiting(&self) -> Result<Vec<(String, String, i64, Option<String>)>> {
        Ok(with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT recipient, subject, attempts, last_error FROM mail_outbox WHERE \
                sent_at IS NULL AND bounced_at IS NULL ORDER BY created_at",
            )
            .fetch_all(pool)
            .await?
        }))
    }

    /// The newest `limit` mails of the outbox, newest first, with the counts of every state.
    pub async fn outbox(&self, limit: i64) -> Result<(Vec<OutboxEntry>, OutboxCounts)> {
        type Row = (
            String,
            String,
            String,
            String,
            String,
            String,
            i64,
            String,
            Option<String>,
            Option<String>,
            Option<String>,
        );
        let (rows, counts) = with_pool!(self, |pool| {
            let rows: Vec<Row> = sqlx::query_as(
                "SELECT id, recipient_name, recipient, subject, body, created_at, attempts, next_attempt_at, \
                    sent_at, bounced_at, last_error FROM mail_outbox ORDER BY created_at DESC, id DESC LIMIT $1",
            )
            .bind(limit)
            .fetch_all(pool)
            .await?;
            let counts: (i64, i64, i64, i64, Option<String>) = sqlx::query_as(
                "SELECT \
                    COALESCE(SUM(CASE WHEN sent_at IS NULL AND bounced_at IS NULL AND attempts = 0 THEN 1 ELSE 0 END), 0), \
                    COALESCE(SUM(CASE WHEN sent_at IS NULL AND bounced_at IS NULL AND attempts > 0 THEN 1 ELSE 0 END), 0), \
                    COALESCE(SUM(CASE WHEN sent_at IS NOT NULL THEN 1 ELSE 0 END), 0), \
                    COALESCE(SUM(CASE WHEN sent_at IS NULL AND bounced_at IS NOT NULL THEN 1 ELSE 0 END), 0), \
                    MIN(CASE WHEN sent_at IS NULL AND bounced_at IS NULL THEN created_at END) FROM mail_outbox",
            )
            .fetch_one(pool)
            .await?;
            (rows, counts)
        });
        let entries = rows
            .into_iter()
            .map(|r| OutboxEntry {
                mail: OutboxMail {
                    id: r.0,
                    recipient_name: r.1,
                    recipient: r.2,
                    subject: r.3,
                    body: r.4,
                    attempts: r.6,
                },
                created_at: r.5,
                next_attempt_at: r.7,
                sent_at: r.8,
                bounced_at: r.9,
                last_error: r.10,
            })
            .collect();
        let (queued, retrying, sent, bounced, oldest_unsent) = counts;
        Ok((entries, OutboxCounts { queued, retrying, sent, bounced, oldest_unsent }))
    }
}
