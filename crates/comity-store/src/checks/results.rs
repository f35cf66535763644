//! What rounds found: the rounds, each contact's answer and time, and a State's history.

use super::{CheckRound, CheckTarget, parse_time};
use crate::{Result, Store, with_pool};
use comity_contacts::{Category, Contact};

impl Store {
    /// Every round, newest first, with its counts.
    pub async fn check_rounds(&self) -> Result<Vec<CheckRound>> {
        self.load_rounds(None).await
    }

    /// Every round, or the one with this id, with its counts: one query.
    async fn load_rounds(&self, id: Option<&str>) -> Result<Vec<CheckRound>> {
        let rows: Vec<(String, String, String, String, i64, i64)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT r.id, r.title, r.started_at, r.deadline, COUNT(t.contact_id), \
                COUNT(t.acknowledged_at) FROM check_rounds r LEFT JOIN check_targets t ON \
                t.round_id = r.id WHERE CAST($1 AS TEXT) IS NULL OR r.id = $1 GROUP BY r.id, \
                r.title, r.started_at, r.deadline ORDER BY r.started_at DESC",
            )
            .bind(id)
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(|(id, title, started_at, deadline, asked, acknowledged)| CheckRound {
                id,
                title,
                started_at,
                deadline,
                asked,
                acknowledged,
            })
            .collect())
    }

    /// A round and its contacts (one State's when `state` is given), in State order.
    pub async fn check_results(
        &self,
        round_id: &str,
        state: Option<&str>,
    ) -> Result<Option<(CheckRound, Vec<CheckTarget>)>> {
        let Some(round) = self.load_rounds(Some(round_id)).await?.pop() else { return Ok(None) };
        let targets = self.load_targets(Some(round_id), state).await?.into_iter().map(|(_, t)| t).collect();
        Ok(Some((round, targets)))
    }

    /// A State's answers in every round that asked it, newest round first: its reliability
    /// over time, in two queries whatever the number of rounds.
    pub async fn state_check_history(&self, state: &str) -> Result<Vec<(CheckRound, Vec<CheckTarget>)>> {
        let rounds = self.load_rounds(None).await?;
        let mut targets = self.load_targets(None, Some(state)).await?;
        Ok(rounds
            .into_iter()
            .filter_map(|round| {
                let own: Vec<CheckTarget> = targets.extract_if(.., |(r, _)| *r == round.id).map(|(_, t)| t).collect();
                (!own.is_empty()).then_some((round, own))
            })
            .collect())
    }

    /// Targets of one round or all, of one State or all, with their round's id; timed from
    /// their round's start.
    async fn load_targets(&self, round_id: Option<&str>, state: Option<&str>) -> Result<Vec<(String, CheckTarget)>> {
        let rows: Vec<(
            String,
            String,
            String,
            String,
            String,
            Option<String>,
            Option<String>,
            String,
            Option<String>,
            String,
        )> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT t.round_id, t.contact_id, t.state, t.category, t.email, \
                t.acknowledged_at, t.via, c.details, m.bounced_at, r.started_at FROM \
                check_targets t JOIN check_rounds r ON r.id = t.round_id JOIN contacts c ON \
                c.id = t.contact_id LEFT JOIN mail_outbox m ON m.id = t.mail_id WHERE (CAST($1 \
                AS TEXT) IS NULL OR t.round_id = $1) AND (CAST($2 AS TEXT) IS NULL OR t.state = \
                $2) ORDER BY t.state, t.category, t.contact_id",
            )
            .bind(round_id)
            .bind(state)
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(
                |(
                    round_id,
                    contact_id,
                    state,
                    category,
                    email,
                    acknowledged_at,
                    via,
                    details,
                    bounced_at,
                    started_at,
                )| {
                    let contact: Option<Contact> = serde_json::from_str(&details).ok();
                    let seconds = match (parse_time(&started_at), acknowledged_at.as_deref().and_then(parse_time)) {
                        (Some(s), Some(a)) => Some(a.duration_since(s).as_secs_f64()),
                        _ => None,
                    };
                    let target = CheckTarget {
                        contact_id,
                        state,
                        category: Category::parse(&category).unwrap_or(Category::Technical),
                        name: contact.map(|c| c.name).unwrap_or_default(),
                        email,
                        acknowledged_at,
                        via,
                        bounced: bounced_at.is_some(),
                        seconds,
                    };
                    (round_id, target)
                },
            )
            .collect())
    }
}
