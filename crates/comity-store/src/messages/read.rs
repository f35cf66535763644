//! Reading messages: the rows a reader may see, threads opened (and the opening audited),
//! acknowledgements, and a TAXII add's status.

use super::{MESSAGE_COLUMNS, MessageRow, MessageView, RecipientState, placeholders};
use crate::Refusal;
use crate::identity::{Actor, append_audit, content};
use crate::stamp;
use crate::{Result, Store, StoreError, with_pool};
use comity_contacts::messages::{Draft, Kind, Reader, Tlp, Urgency};

/// Which messages to read: a State's (sent or received), one thread's, a page after a message.
#[derive(Debug, Clone, Default)]
pub struct MessageFilter<'a> {
    pub thread: Option<&'a str>,
    pub after_id: Option<&'a str>,
    pub added_after: Option<&'a str>,
    pub id: Option<&'a str>,
}

impl Store {
    /// Messages matching `filter` that involve `state` (sent or received; None: any), in id
    /// order, at most `limit`, with their recipients and named persons. Not filtered by
    /// marking: callers keep only what the reader may read.
    pub(super) async fn message_rows(
        &self,
        filter: &MessageFilter<'_>,
        state: Option<&str>,
        limit: i64,
    ) -> Result<Vec<MessageView>> {
        // Only the conditions given, so that each uses its index (the message's id, the
        // thread); a catch-all `($n IS NULL OR ...)` made every look-up read the whole table.
        let rows: Vec<MessageRow> = with_pool!(self, |pool| {
            let mut q = sqlx::QueryBuilder::new(format!("SELECT {MESSAGE_COLUMNS} FROM messages m WHERE 1 = 1"));
            if let Some(state) = state {
                q.push(" AND (m.sender_state = ").push_bind(state);
                q.push(" OR EXISTS (SELECT 1 FROM message_recipients r WHERE r.message_id = m.id AND r.state = ");
                q.push_bind(state).push("))");
            }
            if let Some(thread) = filter.thread {
                q.push(" AND m.thread_id = ").push_bind(thread);
            }
            if let Some(after) = filter.after_id {
                q.push(" AND m.id > ").push_bind(after);
            }
            if let Some(added) = filter.added_after {
                q.push(" AND m.created_at > ").push_bind(added);
            }
            if let Some(id) = filter.id {
                q.push(" AND m.id = ").push_bind(id);
            }
            q.push(" ORDER BY m.id LIMIT ").push_bind(limit);
            q.build_query_as().fetch_all(pool).await?
        });
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let ids: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
        let recipients_sql = format!(
            "SELECT message_id, state, deadline, stage, acknowledged_at FROM \
                message_recipients WHERE message_id IN ({}) ORDER BY state",
            placeholders(1, ids.len())
        );
        let named_sql = format!(
            "SELECT n.message_id, n.account_id, a.email FROM message_named n JOIN \
                accounts a ON a.id = n.account_id WHERE n.message_id IN ({}) ORDER BY \
                a.email",
            placeholders(1, ids.len())
        );
        let (recipients, named): (Vec<(String, String, String, i64, Option<String>)>, Vec<(String, String, String)>) =
            with_pool!(self, |pool| {
                let mut q = sqlx::query_as(sqlx::AssertSqlSafe(recipients_sql.as_str()));
                for id in &ids {
                    q = q.bind(*id);
                }
                let recipients = q.fetch_all(pool).await?;
                let mut q = sqlx::query_as(sqlx::AssertSqlSafe(named_sql.as_str()));
                for id in &ids {
                    q = q.bind(*id);
                }
                (recipients, q.fetch_all(pool).await?)
            });
        rows.into_iter()
            .map(|r| {
                let (id, thread_id, in_reply_to, sender_state, sender_account, kind, subject, sector) =
                    (r.0, r.1, r.2, r.3, r.4, r.5, r.6, r.7);
                let damaged = |what: &str| StoreError::Damaged(format!("message {id} is damaged: {what}"));
                let draft = Draft {
                    kind: Kind::parse(&kind).ok_or_else(|| damaged("kind"))?,
                    subject,
                    sector,
                    window_start: r.8,
                    window_end: r.9,
                    urgency: Urgency::parse(&r.10).ok_or_else(|| damaged("urgency"))?,
                    tlp: Tlp::parse(&r.11).ok_or_else(|| damaged("tlp"))?,
                    elements: serde_json::from_str(&r.12).map_err(|_| damaged("elements"))?,
                    body: r.13,
                    recipients: recipients.iter().filter(|x| x.0 == id).map(|x| x.1.clone()).collect(),
                    named: named.iter().filter(|x| x.0 == id).map(|x| x.2.clone()).collect(),
                };
                Ok(MessageView {
                    named_accounts: named.iter().filter(|x| x.0 == id).map(|x| x.1.clone()).collect(),
                    recipients: recipients
                        .iter()
                        .filter(|x| x.0 == id)
                        .map(|x| RecipientState {
                            state: x.1.clone(),
                            deadline: x.2.clone(),
                            stage: x.3,
                            acknowledged_at: x.4.clone(),
                        })
                        .collect(),
                    id,
                    thread_id,
                    in_reply_to,
                    replies_to_opening: r.15 == 1,
                    sender_state,
                    sender_account,
                    created_at: r.14,
                    draft,
                })
            })
            .collect()
    }

    /// A message `reader` may read; any other (unknown, another State's, or marked beyond
    /// the reader) is answered alike, as not found.
    pub(super) async fn readable_message(&self, id: &str, reader: &Reader) -> Result<MessageView> {
        self.message_rows(&MessageFilter { id: Some(id), ..Default::default() }, Some(&reader.state), 1)
            .await?
            .pop()
            .filter(|m| m.readable_by(reader))
            .ok_or(StoreError::NotFound("message"))
    }

    /// The messages `reader` may read, in id order, after `filter`'s cursor, at most `limit`
    /// of them: pages of the State's messages with those beyond the reader's marking left out.
    pub async fn messages_for(
        &self,
        reader: &Reader,
        filter: &MessageFilter<'_>,
        limit: usize,
    ) -> Result<Vec<MessageView>> {
        let mut out = Vec::new();
        let mut after = filter.after_id.map(str::to_string);
        let batch = (limit as i64 + 1).clamp(16, 1000);
        loop {
            let page = self
                .message_rows(
                    &MessageFilter { after_id: after.as_deref(), ..filter.clone() },
                    Some(&reader.state),
                    batch,
                )
                .await?;
            let full = page.len() as i64 == batch;
            after = page.last().map(|m| m.id.clone());
            out.extend(page.into_iter().filter(|m| m.readable_by(reader)));
            if out.len() >= limit || !full {
                out.truncate(limit);
                return Ok(out);
            }
        }
    }

    /// A thread as `reader` may read it, in time order; its opening is audited (who opened
    /// which messages). None when the reader may read none of it.
    pub async fn open_thread(
        &self,
        thread_id: &str,
        reader: &Reader,
        actor: &Actor,
    ) -> Result<Option<Vec<MessageView>>> {
        let mut messages =
            self.messages_for(reader, &MessageFilter { thread: Some(thread_id), ..Default::default() }, 10_000).await?;
        if messages.is_empty() {
            return Ok(None);
        }
        messages.sort_by(|a, b| a.created_at.cmp(&b.created_at).then(a.id.cmp(&b.id)));
        self.audit_opening(&messages, reader, actor, false).await?;
        Ok(Some(messages))
    }

    /// Records who opened which messages: every opening of a thread page; for a CERT's TAXII
    /// reads (`first_only`), the first time the account takes each message, so that polling
    /// writes nothing new. Reading changes nothing else: acknowledging is a POST (or a reply).
    pub async fn audit_opening(
        &self,
        messages: &[MessageView],
        reader: &Reader,
        actor: &Actor,
        first_only: bool,
    ) -> Result<()> {
        if messages.is_empty() {
            return Ok(());
        }
        let read_before: Vec<(String,)> = with_pool!(self, |pool| {
            let sql = format!(
                "SELECT message_id FROM message_reads WHERE account_id = $1 AND message_id IN ({})",
                placeholders(2, messages.len())
            );
            let mut q = sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(&reader.account_id);
            for m in messages {
                q = q.bind(&m.id);
            }
            q.fetch_all(pool).await?
        });
        let new: Vec<&MessageView> = messages.iter().filter(|m| !read_before.iter().any(|(r,)| *r == m.id)).collect();
        if first_only && new.is_empty() {
            return Ok(());
        }
        let engine = self.engine();
        let shown: Vec<&MessageView> = if first_only { new.clone() } else { messages.iter().collect() };
        let ids: Vec<&str> = shown.iter().map(|m| m.id.as_str()).collect();
        let threads: std::collections::BTreeSet<&str> = shown.iter().map(|m| m.thread_id.as_str()).collect();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let details = serde_json::json!({ "messages": ids, "threads": threads });
            let object =
                if threads.len() == 1 { format!("thread:{}", shown[0].thread_id) } else { "messages".to_string() };
            append_audit!(tx, content(actor, "message.open", object, Some(reader.state.clone()), details), engine);
            let at = stamp(jiff::Timestamp::now());
            for m in &new {
                sqlx::query(
                    "INSERT INTO message_reads (message_id, account_id, first_at) VALUES \
                    ($1, $2, $3) ON CONFLICT DO NOTHING",
                )
                .bind(&m.id)
                .bind(&reader.account_id)
                .bind(&at)
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// Acknowledges a message for the reader's State (which must be one it went to). Returns
    /// false when it had been acknowledged already.
    pub async fn acknowledge_message(&self, id: &str, reader: &Reader, actor: &Actor) -> Result<bool> {
        let message = self.readable_message(id, reader).await?;
        if !message.recipients.iter().any(|r| r.state == reader.state) {
            return Err(Refusal::NotARecipient { state: reader.state.clone() }.into());
        }
        let engine = self.engine();
        let at = stamp(jiff::Timestamp::now());
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let n = sqlx::query(
                "UPDATE message_recipients SET acknowledged_at = $1, acknowledged_by = \
                $2 WHERE message_id = $3 AND state = $4 AND acknowledged_at IS NULL",
            )
            .bind(&at)
            .bind(&reader.account_id)
            .bind(id)
            .bind(&reader.state)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if n == 1 {
                let details = serde_json::json!({ "thread": message.thread_id });
                append_audit!(
                    tx,
                    content(actor, "message.acknowledge", format!("message:{id}"), Some(reader.state.clone()), details),
                    engine
                );
            }
            tx.commit().await?;
            Ok(n == 1)
        })
    }

    /// A TAXII status resource, for the account that posted it only.
    pub async fn taxii_status(&self, id: &str, account_id: &str) -> Result<Option<serde_json::Value>> {
        let row: Option<(String,)> = with_pool!(self, |pool| {
            sqlx::query_as("SELECT body FROM taxii_statuses WHERE id = $1 AND account_id = $2")
                .bind(id)
                .bind(account_id)
                .fetch_optional(pool)
                .await?
        });
        row.map(|(b,)| serde_json::from_str(&b).map_err(crate::internal)).transpose()
    }
}
