//! What operators watch, read from the database so that every node reports the same: the
//! outbox, the newest audit checkpoint, the scheduled check rounds overdue, the reminders not
//! yet sent on their day, the escalations of messages overdue, the newest verified backup, the
//! oldest fetch from the ODS still waiting; and this node's connection pool.

use crate::{OutboxCounts, Result, Store, with_pool};

/// This node's connections to the database.
#[derive(Debug, Clone, Copy)]
pub struct PoolUsage {
    pub open: u32,
    pub idle: usize,
    pub max: u32,
}

impl PoolUsage {
    pub fn in_use(&self) -> usize {
        (self.open as usize).saturating_sub(self.idle)
    }
}

/// One reading for `/metrics`.
#[derive(Debug, Clone)]
pub struct Operations {
    pub outbox: OutboxCounts,
    /// When the newest audit checkpoint was signed (RFC 3339), if any.
    pub last_checkpoint_at: Option<String>,
    /// When the earliest active schedule's next round is due (RFC 3339), if any: overdue when
    /// in the past.
    pub oldest_due_schedule: Option<String>,
    /// Reporting-cycle reminders whose day has come (UTC) and that no node has sent yet: 0
    /// while the reminder job keeps up.
    pub reminders_due: usize,
    /// The earliest acknowledgement deadline of a message still waiting to be escalated
    /// (RFC 3339), if any: overdue when in the past (the escalation job has not yet taken it).
    pub oldest_escalation_due: Option<String>,
    /// When the newest scheduled backup that was read back whole finished (RFC 3339), if any.
    pub last_backup_at: Option<String>,
    /// When the oldest fetch from the ODS not yet finished was asked for (RFC 3339), if any.
    pub oldest_waiting_fetch: Option<String>,
    pub pool: PoolUsage,
}

impl Store {
    /// The connections of this node's pool.
    pub fn pool_usage(&self) -> PoolUsage {
        match self.pool() {
            crate::PoolRef::Sqlite(p) => {
                PoolUsage { open: p.size(), idle: p.num_idle(), max: p.options().get_max_connections() }
            }
            crate::PoolRef::Postgres(p) => {
                PoolUsage { open: p.size(), idle: p.num_idle(), max: p.options().get_max_connections() }
            }
        }
    }

    /// What operators watch, in a few small reads.
    pub async fn operations(&self) -> Result<Operations> {
        let (_, outbox) = self.outbox(0).await?;
        let [last_checkpoint_at, oldest_due_schedule, oldest_escalation_due, last_backup_at, oldest_waiting_fetch]: [Option<String>; 5] = with_pool!(self, |pool| {
            let checkpoint: Option<String> =
                sqlx::query_scalar("SELECT MAX(at) FROM audit_checkpoints").fetch_one(pool).await?;
            let due: Option<String> =
                sqlx::query_scalar("SELECT MIN(next_at) FROM check_schedules WHERE active = 1").fetch_one(pool).await?;
            let escalation: Option<String> = sqlx::query_scalar(
                "SELECT MIN(r.deadline) FROM message_recipients r JOIN messages m ON m.id = r.message_id \
                WHERE r.acknowledged_at IS NULL AND r.stage < 2 AND m.kind <> 'reply'",
            )
            .fetch_one(pool)
            .await?;
            let backup: Option<String> = sqlx::query_scalar(
                "SELECT MAX(finished_at) FROM scheduled_backups WHERE outcome = 'verified'",
            )
            .fetch_one(pool)
            .await?;
            let fetch: Option<String> =
                sqlx::query_scalar("SELECT MIN(requested_at) FROM document_fetches WHERE finished_at IS NULL")
                    .fetch_one(pool)
                    .await?;
            [checkpoint, due, escalation, backup, fetch]
        });
        let today = jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::UTC).date().to_string();
        let reminders_due = self.due_reminders(&today).await?.len();
        Ok(Operations {
            outbox,
            last_checkpoint_at,
            oldest_due_schedule,
            reminders_due,
            oldest_escalation_due,
            last_backup_at,
            oldest_waiting_fetch,
            pool: self.pool_usage(),
        })
    }
}
