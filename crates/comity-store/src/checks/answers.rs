//! Contacts' answers to a round (by link, portal or API), written in groups so that 800
//! answers in a minute are a few transactions.

use super::{Acknowledgement, parse_time};
use crate::Refusal;
use crate::identity::{Actor, append_audit, content};
use crate::{Result, Store, now, with_pool};

/// An acknowledgement waiting for the next group commit.
pub(crate) struct AckJob {
    hash: String,
    via: String,
    actor: Actor,
}

/// Most acknowledgements one group commit takes.
const ACK_GROUP_MAX: usize = 128;

fn write_acks<'a>(
    store: &'a Store,
    jobs: &'a [AckJob],
) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Vec<Result<Acknowledgement>>>> + Send + 'a>> {
    Box::pin(async move { Ok(record_acks(store, jobs).await?.into_iter().map(Ok).collect()) })
}

/// One transaction for several acknowledgements, each decided on the row as it stands then
/// (a token used a moment ago, in this group or before, counts once).
async fn record_acks(store: &Store, jobs: &[AckJob]) -> Result<Vec<Acknowledgement>> {
    let engine = store.engine();
    let at = now();
    let now_at = jiff::Timestamp::now();
    with_pool!(store, |pool| {
        let _turn = store.write_turn().await;
        let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
        let mut outcomes = Vec::with_capacity(jobs.len());
        for job in jobs {
            let row: Option<(String, String, String, Option<String>, String)> = sqlx::query_as(
                "SELECT t.round_id, t.contact_id, t.state, t.acknowledged_at, r.deadline \
                    FROM check_targets t JOIN check_rounds r ON r.id = t.round_id WHERE \
                    t.token_hash = $1",
            )
            .bind(&job.hash)
            .fetch_optional(&mut *tx)
            .await?;
            let Some((round_id, contact_id, state, acknowledged_at, deadline)) = row else {
                outcomes.push(Acknowledgement::Unknown);
                continue;
            };
            if let Some(first) = acknowledged_at {
                outcomes.push(Acknowledgement::AlreadyRecorded { round_id, at: first });
                continue;
            }
            if parse_time(&deadline).is_some_and(|d| d < now_at) {
                outcomes.push(Acknowledgement::Expired { round_id, deadline });
                continue;
            }
            sqlx::query(
                "UPDATE check_targets SET acknowledged_at = $1, via = $2 WHERE \
                token_hash = $3 AND acknowledged_at IS NULL",
            )
            .bind(&at)
            .bind(&job.via)
            .bind(&job.hash)
            .execute(&mut *tx)
            .await?;
            let details = serde_json::json!({ "contact": contact_id, "via": job.via });
            append_audit!(
                tx,
                content(&job.actor, "check.acknowledge", format!("check:{round_id}"), Some(state.clone()), details),
                engine
            );
            outcomes.push(Acknowledgement::Recorded { round_id, state, at: at.clone() });
        }
        tx.commit().await?;
        Ok(outcomes)
    })
}

impl Store {
    /// Records an acknowledgement by its one-time token: once, before the deadline.
    /// Acknowledgements that arrive together share one transaction and one flush to disk
    /// (a round's contacts answer in bursts).
    pub async fn acknowledge(&self, token: &str, via: &str, actor: &Actor) -> Result<Acknowledgement> {
        if !matches!(via, "link" | "portal" | "api") {
            return Err(Refusal::NotOneOf {
                field: "ack_channel",
                allowed: "link, portal, api",
                given: via.to_string(),
            }
            .into());
        }
        let job =
            AckJob { hash: comity_access::secrets::digest(token.trim()), via: via.to_string(), actor: actor.clone() };
        self.in_group(&self.ack_commits, (ACK_GROUP_MAX, "acknowledgements", write_acks), job).await
    }

    /// The rounds waiting for an acknowledgement from the contact with this email (a Point
    /// of Contact signed in to the portal with the address they were nominated with), open
    /// ones only, soonest deadline first: (round id, title, deadline, contact id).
    pub async fn pending_checks(&self, email: &str) -> Result<Vec<(String, String, String, String)>> {
        let now_text = jiff::Timestamp::now().to_string();
        Ok(with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT r.id, r.title, r.deadline, t.contact_id FROM check_targets t JOIN \
                check_rounds r ON r.id = t.round_id WHERE t.email = $1 AND t.acknowledged_at IS \
                NULL AND r.deadline > $2 ORDER BY r.deadline, r.id",
            )
            .bind(email)
            .bind(&now_text)
            .fetch_all(pool)
            .await?
        }))
    }

    /// Records an acknowledgement from the portal: by the contact whose email the signed-in
    /// account holds, once, before the deadline.
    pub async fn acknowledge_in_portal(&self, round_id: &str, email: &str, actor: &Actor) -> Result<Acknowledgement> {
        let at = now();
        let engine = self.engine();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let row: Option<(String, String, Option<String>, String)> = sqlx::query_as(
                "SELECT t.contact_id, t.state, t.acknowledged_at, r.deadline FROM \
                    check_targets t JOIN check_rounds r ON r.id = t.round_id WHERE \
                    t.round_id = $1 AND t.email = $2",
            )
            .bind(round_id)
            .bind(email)
            .fetch_optional(&mut *tx)
            .await?;
            let Some((contact_id, state, acknowledged_at, deadline)) = row else { return Ok(Acknowledgement::Unknown) };
            if let Some(first) = acknowledged_at {
                return Ok(Acknowledgement::AlreadyRecorded { round_id: round_id.to_string(), at: first });
            }
            if parse_time(&deadline).is_some_and(|d| d < jiff::Timestamp::now()) {
                return Ok(Acknowledgement::Expired { round_id: round_id.to_string(), deadline });
            }
            sqlx::query(
                "UPDATE check_targets SET acknowledged_at = $1, via = 'portal' WHERE \
                round_id = $2 AND contact_id = $3 AND acknowledged_at IS NULL",
            )
            .bind(&at)
            .bind(round_id)
            .bind(&contact_id)
            .execute(&mut *tx)
            .await?;
            let details = serde_json::json!({ "contact": contact_id, "via": "portal" });
            append_audit!(
                tx,
                content(actor, "check.acknowledge", format!("check:{round_id}"), Some(state.clone()), details),
                engine
            );
            tx.commit().await?;
            Ok(Acknowledgement::Recorded { round_id: round_id.to_string(), state, at })
        })
    }
}
