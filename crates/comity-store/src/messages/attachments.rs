//! Files attached to messages: checked by content, kept, listed and opened under the thread's TLP.

use super::{MessageAttachment, placeholders};
use crate::Refusal;
use crate::identity::{Actor, append_audit, content};
use crate::{Result, Store, StoreError, with_pool};
use comity_contacts::messages::Reader;

impl Store {
    /// Attaches a file (PDF or Word, checked by content; at most ten a message) to a message
    /// `reader` wrote: only its author attaches, and the file is read by whoever may read
    /// the message. Audited. Returns the attachment's id.
    pub async fn attach_to_message(
        &self,
        message_id: &str,
        reader: &Reader,
        name: &str,
        bytes: &[u8],
        actor: &Actor,
    ) -> Result<String> {
        use base64::Engine as _;
        let message = self.readable_message(message_id, reader).await?;
        if message.sender_account != reader.account_id {
            return Err(Refusal::NotTheAuthor.into());
        }
        let media = comity_reporting::attachments::check_attachment(name, bytes).map_err(Refusal::from)?;
        let sha256 = comity_access::secrets::sha256_hex(bytes);
        let encoded = base64::engine::general_purpose::STANDARD.encode(bytes);
        let id = uuid::Uuid::now_v7().to_string();
        let engine = self.engine();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM message_attachments WHERE message_id = $1")
                .bind(message_id)
                .fetch_one(&mut *tx)
                .await?;
            if count as usize >= comity_reporting::attachments::MAX_ATTACHMENTS {
                return Err(Refusal::from(comity_reporting::attachments::AttachmentError::TooMany {
                    limit: comity_reporting::attachments::MAX_ATTACHMENTS,
                })
                .into());
            }
            sqlx::query(
                "INSERT INTO message_attachments (id, message_id, name, media_type, \
                size, sha256, content, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, \
                $8)",
            )
            .bind(&id)
            .bind(message_id)
            .bind(name.trim())
            .bind(media.as_str())
            .bind(bytes.len() as i64)
            .bind(&sha256)
            .bind(&encoded)
            .bind(crate::now())
            .execute(&mut *tx)
            .await?;
            let details = serde_json::json!({
                "name": name.trim(),
                "media_type": media.as_str(),
                "size": bytes.len(),
                "sha256": sha256,
            });
            append_audit!(
                tx,
                content(actor, "message.attach", format!("message:{message_id}"), Some(reader.state.clone()), details),
                engine
            );
            tx.commit().await?;
        });
        Ok(id)
    }

    /// The files attached to these messages, oldest first (no content).
    pub async fn message_attachments(&self, message_ids: &[&str]) -> Result<Vec<MessageAttachment>> {
        if message_ids.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT id, message_id, name, media_type, size, sha256 FROM \
                message_attachments WHERE message_id IN ({}) ORDER BY created_at, id",
            placeholders(1, message_ids.len())
        );
        let rows: Vec<(String, String, String, String, i64, String)> = with_pool!(self, |pool| {
            let mut q = sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()));
            for id in message_ids {
                q = q.bind(*id);
            }
            q.fetch_all(pool).await?
        });
        Ok(rows
            .into_iter()
            .map(|(id, message_id, name, media_type, size, sha256)| MessageAttachment {
                id,
                message_id,
                name,
                media_type,
                size,
                sha256,
            })
            .collect())
    }

    /// An attachment with its bytes, when `reader` may read its message; the opening is
    /// audited like a thread's.
    pub async fn open_message_attachment(
        &self,
        id: &str,
        reader: &Reader,
        actor: &Actor,
    ) -> Result<Option<(MessageAttachment, Vec<u8>)>> {
        use base64::Engine as _;
        let row: Option<(String, String, String, i64, String, String)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT message_id, name, media_type, size, sha256, content FROM message_attachments WHERE id = $1",
            )
            .bind(id)
            .fetch_optional(pool)
            .await?
        });
        let Some((message_id, name, media_type, size, sha256, encoded)) = row else { return Ok(None) };
        let message = match self.readable_message(&message_id, reader).await {
            Ok(m) => m,
            Err(StoreError::NotFound(_)) => return Ok(None),
            Err(e) => return Err(e),
        };
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(encoded)
            .map_err(|_| StoreError::Damaged(format!("attachment {id} is damaged")))?;
        let engine = self.engine();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let details = serde_json::json!({ "attachment": id, "name": name, "thread": message.thread_id });
            append_audit!(
                tx,
                content(actor, "message.open", format!("message:{message_id}"), Some(reader.state.clone()), details),
                engine
            );
            tx.commit().await?;
        });
        Ok(Some((MessageAttachment { id: id.to_string(), message_id, name, media_type, size, sha256 }, bytes)))
    }
}
