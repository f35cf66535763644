//! What goes with a reply: translations into the other official languages and attached files.

use super::SubmissionSummary;
use crate::Refusal;
use crate::identity::{Actor, append_audit, content};
use crate::{Result, Store, StoreError, now, with_pool};
use comity_reporting::{Action, Status, transition};
use serde::Serialize;

/// A translation of a reply, as listed.
#[derive(Debug, Clone, Serialize)]
pub struct Translation {
    pub lang: String,
    /// `official` or `pending`.
    pub status: String,
    pub answers: std::collections::BTreeMap<String, String>,
    /// The reply version it translates; older than the reply's means it needs updating.
    pub source_version: i64,
    pub updated_at: String,
}

/// A file attached to a reply (without its content).
#[derive(Debug, Clone, Serialize)]
pub struct Attachment {
    pub id: String,
    pub submission_id: String,
    pub name: String,
    pub media_type: String,
    pub size: i64,
    pub sha256: String,
    pub created_at: String,
}

impl Store {
    /// Attaches (or replaces) the translation of a reply into `lang`: `official` with the
    /// answers translated, or `pending` while it is being prepared. Not into the reply's own
    /// language, and only for the cycle's questions.
    pub async fn set_translation(
        &self,
        cycle_id: &str,
        state: &str,
        lang: &str,
        status: &str,
        answers: &std::collections::BTreeMap<String, String>,
        actor: &Actor,
    ) -> Result<()> {
        let cycle = self
            .cycle(cycle_id)
            .await?
            .ok_or_else(|| StoreError::Refused(Refusal::UnknownCycle { id: cycle_id.to_string() }))?;
        if lang.parse::<comity_i18n::Lang>().is_err() {
            return Err(StoreError::Refused(Refusal::UnknownLanguage { given: lang.to_string() }));
        }
        if !matches!(status, "official" | "pending") {
            return Err(Refusal::NotOneOf {
                field: "translation_status",
                allowed: "official, pending",
                given: status.to_string(),
            }
            .into());
        }
        let (id, _, original, version) = self.reply_row(cycle_id, state).await?;
        if original == lang {
            return Err(Refusal::TranslationOfOriginal { state: state.to_string(), lang: lang.to_string() }.into());
        }
        self.check_answers(&cycle, answers).await?;
        if status == "official" && answers.values().all(|a| a.trim().is_empty()) {
            return Err(Refusal::Required { field: "translation_text" }.into());
        }
        let json = serde_json::to_string(answers).map_err(crate::internal)?;
        let engine = self.engine();
        let at = now();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let before: Option<(String,)> =
                sqlx::query_as("SELECT status FROM submission_translations WHERE submission_id = $1 AND lang = $2")
                    .bind(&id)
                    .bind(lang)
                    .fetch_optional(&mut *tx)
                    .await?;
            sqlx::query("DELETE FROM submission_translations WHERE submission_id = $1 AND lang = $2")
                .bind(&id)
                .bind(lang)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO submission_translations (submission_id, lang, status, \
                answers, source_version, updated_by, updated_at) VALUES ($1, $2, $3, \
                $4, $5, $6, $7)",
            )
            .bind(&id)
            .bind(lang)
            .bind(status)
            .bind(&json)
            .bind(version)
            .bind(&actor.account)
            .bind(&at)
            .execute(&mut *tx)
            .await?;
            let details = serde_json::json!({
                "lang": lang,
                "status": { "before": before.map(|b| b.0), "after": status },
                "source_version": version,
            });
            append_audit!(
                tx,
                content(actor, "reply.translation", format!("reply:{id}"), Some(state.to_string()), details),
                engine
            );
            tx.commit().await?;
        });
        Ok(())
    }

    /// The translations of a reply.
    pub async fn translations(&self, submission_id: &str) -> Result<Vec<Translation>> {
        let rows: Vec<(String, String, String, i64, String)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT lang, status, answers, source_version, updated_at FROM \
                submission_translations WHERE submission_id = $1 ORDER BY lang",
            )
            .bind(submission_id)
            .fetch_all(pool)
            .await?
        });
        rows.into_iter()
            .map(|(lang, status, answers, source_version, updated_at)| {
                Ok(Translation {
                    answers: serde_json::from_str(&answers)
                        .map_err(|e| StoreError::Damaged(format!("stored translation into {lang} is damaged: {e}")))?,
                    lang,
                    status,
                    source_version,
                    updated_at,
                })
            })
            .collect()
    }

    /// Attaches a file to a State's reply while it is a draft in an open cycle. The file is
    /// checked first (type by content, size, name; at most a set number per reply).
    pub async fn add_attachment(
        &self,
        cycle_id: &str,
        state: &str,
        name: &str,
        bytes: &[u8],
        actor: &Actor,
    ) -> Result<String> {
        use base64::Engine as _;
        let media = comity_reporting::attachments::check_attachment(name, bytes).map_err(Refusal::from)?;
        let cycle = self
            .cycle(cycle_id)
            .await?
            .ok_or_else(|| StoreError::Refused(Refusal::UnknownCycle { id: cycle_id.to_string() }))?;
        let (submission, status, _, _) = self.reply_row(cycle_id, state).await?;
        transition(Status::parse(&status).unwrap_or(Status::Draft), Action::Save, cycle.status == "open")
            .map_err(|e| StoreError::Refused(e.into()))?;
        let sha256 = comity_access::secrets::sha256_hex(bytes);
        let encoded = base64::engine::general_purpose::STANDARD.encode(bytes);
        let id = uuid::Uuid::now_v7().to_string();
        let engine = self.engine();
        let at = now();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let (count,): (i64,) =
                sqlx::query_as("SELECT COUNT(*) FROM submission_attachments WHERE submission_id = $1")
                    .bind(&submission)
                    .fetch_one(&mut *tx)
                    .await?;
            if count as usize >= comity_reporting::attachments::MAX_ATTACHMENTS {
                return Err(Refusal::from(comity_reporting::attachments::AttachmentError::TooMany {
                    limit: comity_reporting::attachments::MAX_ATTACHMENTS,
                })
                .into());
            }
            sqlx::query(
                "INSERT INTO submission_attachments (id, submission_id, name, \
                media_type, size, sha256, content, uploaded_by, created_at) VALUES ($1, \
                $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(&id)
            .bind(&submission)
            .bind(name.trim())
            .bind(media.as_str())
            .bind(bytes.len() as i64)
            .bind(&sha256)
            .bind(&encoded)
            .bind(&actor.account)
            .bind(&at)
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
                content(actor, "reply.attach", format!("reply:{submission}"), Some(state.to_string()), details),
                engine
            );
            tx.commit().await?;
        });
        Ok(id)
    }

    /// The files attached to a reply, oldest first.
    pub async fn attachments(&self, submission_id: &str) -> Result<Vec<Attachment>> {
        let rows: Vec<(String, String, String, String, i64, String, String)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT id, submission_id, name, media_type, size, sha256, created_at \
                FROM submission_attachments WHERE submission_id = $1 ORDER BY \
                created_at, id",
            )
            .bind(submission_id)
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(|(id, submission_id, name, media_type, size, sha256, created_at)| Attachment {
                id,
                submission_id,
                name,
                media_type,
                size,
                sha256,
                created_at,
            })
            .collect())
    }

    /// One attachment with its content, and the cycle, State and status of its reply (for
    /// the caller to decide who may read it).
    pub async fn attachment(&self, id: &str) -> Result<Option<(Attachment, Vec<u8>, SubmissionSummary)>> {
        use base64::Engine as _;
        let row: Option<(String, String, String, String, i64, String, String, String)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT id, submission_id, name, media_type, size, sha256, created_at, \
                content FROM submission_attachments WHERE id = $1",
            )
            .bind(id)
            .fetch_optional(pool)
            .await?
        });
        let Some((id, submission_id, name, media_type, size, sha256, created_at, content)) = row else {
            return Ok(None);
        };
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(content)
            .map_err(|e| StoreError::Damaged(format!("stored attachment {id} is damaged: {e}")))?;
        let Some(summary) = self.load_replies(None, None, Some(&submission_id)).await?.pop() else { return Ok(None) };
        Ok(Some((Attachment { id, submission_id, name, media_type, size, sha256, created_at }, bytes, summary)))
    }

    /// Removes an attachment from a draft reply.
    pub async fn remove_attachment(&self, id: &str, actor: &Actor) -> Result<bool> {
        let Some((attachment, _, reply)) = self.attachment(id).await? else { return Ok(false) };
        let cycle = self
            .cycle(&reply.cycle_id)
            .await?
            .ok_or_else(|| StoreError::Refused(Refusal::UnknownCycle { id: reply.cycle_id.clone() }))?;
        transition(Status::parse(&reply.status).unwrap_or(Status::Draft), Action::Save, cycle.status == "open")
            .map_err(|e| StoreError::Refused(e.into()))?;
        let engine = self.engine();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            sqlx::query("DELETE FROM submission_attachments WHERE id = $1").bind(id).execute(&mut *tx).await?;
            let details = serde_json::json!({ "name": attachment.name, "sha256": attachment.sha256 });
            append_audit!(
                tx,
                content(actor, "reply.detach", format!("reply:{}", reply.id), Some(reply.state.clone()), details),
                engine
            );
            tx.commit().await?;
        });
        Ok(true)
    }
}
