//! Escalation: messages not acknowledged in time go to the State's diplomatic contacts, step by
//! step, each step once across nodes; the directory manager's list of what escalated.

use super::{MessageFilter, MessageNotice};
use crate::identity::{Actor, append_audit, content};
use crate::stamp;
use crate::{Result, Store, with_pool};
use comity_contacts::messages::{Kind, Tlp, Urgency};
use serde::Serialize;

/// A message not acknowledged in time, as the directory manager sees it: who wrote to whom,
/// how urgent and how marked, never what it says.
#[derive(Debug, Clone, Serialize)]
pub struct Escalated {
    pub message_id: String,
    pub sender_state: String,
    pub state: String,
    pub kind: Kind,
    pub urgency: Urgency,
    pub tlp: Tlp,
    pub created_at: String,
    pub deadline: String,
    pub stage: i64,
}

impl Store {
    /// Escalates the notifications and requests (not replies, which ask nothing) not
    /// acknowledged by their deadline at `now_at`: from the technical
    /// contacts to the diplomatic ones (told by mail, with a new deadline of the same length;
    /// at TLP:RED the persons named are told again instead), then onto the directory
    /// manager's list. Each step is taken once across nodes. Returns (message, State, stage).
    pub async fn escalate_messages(
        &self,
        now_at: jiff::Timestamp,
        compose: impl Fn(&MessageNotice<'_>) -> (String, String),
        actor: &Actor,
    ) -> Result<Vec<(String, String, i64)>> {
        let now_text = stamp(now_at);
        let due: Vec<(String, String, i64)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT r.message_id, r.state, r.stage FROM message_recipients r JOIN messages m \
                ON m.id = r.message_id WHERE r.acknowledged_at IS NULL AND r.stage < 2 AND \
                r.deadline <= $1 AND m.kind <> 'reply' ORDER BY r.deadline",
            )
            .bind(&now_text)
            .fetch_all(pool)
            .await?
        });
        let engine = self.engine();
        let mut done = Vec::new();
        for (message_id, state, stage) in due {
            let Some(message) =
                self.message_rows(&MessageFilter { id: Some(&message_id), ..Default::default() }, None, 1).await?.pop()
            else {
                continue;
            };
            let next_deadline =
                stamp(now_at.checked_add(message.draft.urgency.acknowledge_within()).map_err(crate::internal)?);
            let mut notices = Vec::new();
            if stage == 0 {
                let people: Vec<(String, String, Vec<String>)> = if message.draft.tlp == Tlp::Red {
                    let rows: Vec<(String, String, String)> = with_pool!(self, |pool| {
                        sqlx::query_as(
                            "SELECT a.name, a.email, a.lang FROM message_named n JOIN accounts a ON a.id = \
                            n.account_id JOIN memberships m ON m.account_id = a.id AND m.org = $2 WHERE \
                            n.message_id = $1 GROUP BY a.name, a.email, a.lang",
                        )
                        .bind(&message_id)
                        .bind(&state)
                        .fetch_all(pool)
                        .await?
                    });
                    rows.into_iter().map(|(n, e, l)| (n, e, vec![l])).collect()
                } else {
                    self.contacts_to_tell(&state, comity_contacts::Category::Diplomatic).await?
                };
                for (name, email, languages) in people {
                    let (subject, body) = compose(&MessageNotice {
                        thread_id: &message.thread_id,
                        sender_state: &message.sender_state,
                        recipient_name: &name,
                        languages: &languages,
                        kind: message.draft.kind,
                        urgency: message.draft.urgency,
                        tlp: message.draft.tlp,
                        deadline: &next_deadline,
                        escalated: true,
                    });
                    notices.push((name, email, subject, body));
                }
            }
            let claimed = with_pool!(self, |pool| {
                let _turn = self.write_turn().await;
                let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
                let n = sqlx::query(
                    "UPDATE message_recipients SET stage = $1, deadline = $2 WHERE \
                    message_id = $3 AND state = $4 AND stage = $5 AND acknowledged_at IS \
                    NULL",
                )
                .bind(stage + 1)
                .bind(&next_deadline)
                .bind(&message_id)
                .bind(&state)
                .bind(stage)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if n == 1 {
                    for (name, email, subject, body) in &notices {
                        crate::outbox::put_mail!(
                            &mut *tx,
                            uuid::Uuid::now_v7().to_string(),
                            name,
                            email,
                            subject,
                            body,
                            &now_text
                        )?;
                    }
                    let details = serde_json::json!({ "state": state, "stage": stage + 1, "notified": notices.len() });
                    append_audit!(
                        tx,
                        content(
                            actor,
                            "message.escalate",
                            format!("message:{message_id}"),
                            Some(state.clone()),
                            details
                        ),
                        engine
                    );
                }
                tx.commit().await?;
                n == 1
            });
            if claimed {
                done.push((message_id, state, stage + 1));
            }
        }
        Ok(done)
    }

    /// What was escalated to the directory manager (or is on its way: `min_stage` 1), newest
    /// first, without the messages' words.
    pub async fn escalated_messages(&self, min_stage: i64) -> Result<Vec<Escalated>> {
        let rows: Vec<(String, String, String, String, String, String, String, String, i64)> =
            with_pool!(self, |pool| {
                sqlx::query_as(
                    "SELECT m.id, m.sender_state, r.state, m.kind, m.urgency, m.tlp, m.created_at, \
                    r.deadline, r.stage FROM message_recipients r JOIN messages m ON m.id = \
                    r.message_id WHERE r.acknowledged_at IS NULL AND r.stage >= $1 ORDER BY \
                    m.created_at DESC",
                )
                .bind(min_stage)
                .fetch_all(pool)
                .await?
            });
        Ok(rows
            .into_iter()
            .filter_map(|(message_id, sender_state, state, kind, urgency, tlp, created_at, deadline, stage)| {
                Some(Escalated {
                    message_id,
                    sender_state,
                    state,
                    kind: Kind::parse(&kind)?,
                    urgency: Urgency::parse(&urgency)?,
                    tlp: Tlp::parse(&tlp)?,
                    created_at,
                    deadline,
                    stage,
                })
            })
            .collect())
    }
}
