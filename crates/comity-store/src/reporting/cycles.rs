//! Reporting cycles: opening one (its questions checked), reading them, closing one, and the
//! reminders due before a deadline, each claimed once across nodes.

use crate::Refusal;
use crate::identity::{Actor, append_audit, content};
use crate::{Result, Store, StoreError, now, with_pool};
use comity_reporting::{Cycle, NewCycle, Question};

/// When reminders go to States that have not submitted: days before the deadline.
pub const DEFAULT_REMINDER_DAYS: [i64; 3] = [14, 7, 1];

impl Store {
    /// Opens a cycle; the whole definition is checked first.
    pub async fn create_cycle(&self, cycle: &NewCycle, actor: &Actor) -> Result<String> {
        cycle.validate().map_err(Refusal::from)?;
        let id = cycle.id();
        let engine = self.engine();
        let details = serde_json::json!({
            "resolution": cycle.resolution, "session": cycle.session, "deadline": cycle.deadline,
            "questions": cycle.questions.iter().map(|q| q.label.clone()).collect::<Vec<_>>(),
        });
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let exists: Option<(String,)> = sqlx::query_as("SELECT id FROM reporting_cycles WHERE id = $1")
                .bind(&id)
                .fetch_optional(&mut *tx)
                .await?;
            if exists.is_some() {
                return Err(Refusal::DuplicateCycle {
                    resolution: cycle.resolution.clone(),
                    session: cycle.session,
                    id,
                }
                .into());
            }
            sqlx::query(
                "INSERT INTO reporting_cycles (id, resolution, session, note_verbale, \
                note_verbale_date, deadline, status, created_at) VALUES ($1, $2, $3, \
                $4, $5, $6, 'open', $7)",
            )
            .bind(&id)
            .bind(&cycle.resolution)
            .bind(cycle.session as i64)
            .bind(cycle.note_verbale.trim())
            .bind(cycle.note_verbale_date.trim())
            .bind(cycle.deadline.trim())
            .bind(now())
            .execute(&mut *tx)
            .await?;
            for (position, q) in cycle.questions.iter().enumerate() {
                for (lang, text) in &q.texts {
                    sqlx::query(
                        "INSERT INTO cycle_questions (cycle_id, position, label, lang, text) \
                        VALUES ($1, $2, $3, $4, $5)",
                    )
                    .bind(&id)
                    .bind(position as i64)
                    .bind(q.label.trim())
                    .bind(lang)
                    .bind(text.trim())
                    .execute(&mut *tx)
                    .await?;
                }
            }
            for days in DEFAULT_REMINDER_DAYS {
                sqlx::query("INSERT INTO cycle_reminders (cycle_id, days_before) VALUES ($1, $2)")
                    .bind(&id)
                    .bind(days)
                    .execute(&mut *tx)
                    .await?;
            }
            append_audit!(
                tx,
                content(actor, "cycle.create", format!("cycle:{id}"), Some("SECRETARIAT".into()), details),
                engine
            );
            tx.commit().await?;
        });
        Ok(id)
    }

    pub async fn cycles(&self) -> Result<Vec<Cycle>> {
        self.load_cycles(None).await
    }

    /// All cycles, or the one with this id (one filtered query each for cycles and questions).
    async fn load_cycles(&self, id: Option<&str>) -> Result<Vec<Cycle>> {
        let (cycles_sql, questions_sql) = match self.engine() {
            crate::Engine::Sqlite => (
                "SELECT id, resolution, session, note_verbale, note_verbale_date, \
                    deadline, status FROM reporting_cycles WHERE ($1 IS NULL OR id = $1) \
                    ORDER BY session DESC, id",
                "SELECT cycle_id, position, label, lang, text FROM cycle_questions WHERE \
                    ($1 IS NULL OR cycle_id = $1) ORDER BY cycle_id, position, lang",
            ),
            crate::Engine::Postgres => (
                "SELECT id, resolution, session, note_verbale, note_verbale_date, \
                    deadline, status FROM reporting_cycles WHERE ($1::text IS NULL OR id = \
                    $1) ORDER BY session DESC, id",
                "SELECT cycle_id, position, label, lang, text FROM cycle_questions WHERE \
                    ($1::text IS NULL OR cycle_id = $1) ORDER BY cycle_id, position, lang",
            ),
        };
        let rows: Vec<(String, String, i64, String, String, String, String)> =
            with_pool!(self, |pool| { sqlx::query_as(cycles_sql).bind(id).fetch_all(pool).await? });
        let questions: Vec<(String, i64, String, String, String)> =
            with_pool!(self, |pool| { sqlx::query_as(questions_sql).bind(id).fetch_all(pool).await? });
        Ok(rows
            .into_iter()
            .map(|(id, resolution, session, note_verbale, note_verbale_date, deadline, status)| {
                let mut list: Vec<(i64, Question)> = Vec::new();
                for (_, position, label, lang, text) in questions.iter().filter(|q| q.0 == id) {
                    match list.iter_mut().find(|(p, _)| p == position) {
                        Some((_, q)) => {
                            q.texts.insert(lang.clone(), text.clone());
                        }
                        None => list.push((
                            *position,
                            Question { label: label.clone(), texts: [(lang.clone(), text.clone())].into() },
                        )),
                    }
                }
                Cycle {
                    id,
                    status,
                    details: NewCycle {
                        resolution,
                        session: session as u32,
                        questions: list.into_iter().map(|(_, q)| q).collect(),
                        note_verbale,
                        note_verbale_date,
                        deadline,
                    },
                }
            })
            .collect())
    }

    pub async fn cycle(&self, id: &str) -> Result<Option<Cycle>> {
        Ok(self.load_cycles(Some(id)).await?.pop())
    }

    /// The reminders due on `today` (YYYY-MM-DD): per open cycle, the one nearest the
    /// deadline whose day has come and that no node has sent yet, as (cycle, days before).
    pub async fn due_reminders(&self, today: &str) -> Result<Vec<(String, i64)>> {
        let today: jiff::civil::Date = today.parse().map_err(|_| Refusal::NotADate { given: today.to_string() })?;
        let rows: Vec<(String, String, i64)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT c.id, c.deadline, r.days_before FROM cycle_reminders r JOIN \
                reporting_cycles c ON c.id = r.cycle_id WHERE c.status = 'open' AND r.sent_at \
                IS NULL ORDER BY c.id, r.days_before",
            )
            .fetch_all(pool)
            .await?
        });
        let mut due: Vec<(String, i64)> = Vec::new();
        for (cycle, deadline, days) in rows {
            let Ok(deadline) = deadline.parse::<jiff::civil::Date>() else { continue };
            let Ok(from) = deadline.checked_sub(jiff::Span::new().days(days)) else { continue };
            if from <= today && today < deadline && !due.iter().any(|(c, _)| *c == cycle) {
                due.push((cycle, days));
            }
        }
        Ok(due)
    }

    /// Queues a reminder the Secretariat sends now, outside the schedule, to the focal points
    /// of the States that have not submitted; audited with who sent it and how many.
    pub async fn remind_now(&self, cycle_id: &str, mails: &[crate::QueuedMail], actor: &Actor) -> Result<()> {
        let engine = self.engine();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            crate::outbox::put_mails!(tx, mails, crate::outbox::outbox_now());
            let details = serde_json::json!({ "now": true, "mails": mails.len() });
            append_audit!(
                tx,
                content(actor, "cycle.remind", format!("cycle:{cycle_id}"), Some("SECRETARIAT".into()), details),
                engine
            );
            tx.commit().await?;
            Ok(())
        })
    }

    /// Takes a due reminder and queues its `mails` in the outbox, in one transaction: true for
    /// the one node that gets it. Reminders due earlier and not sent are marked skipped (one
    /// reminder, the latest, is enough).
    pub async fn claim_reminder(
        &self,
        cycle_id: &str,
        days_before: i64,
        mails: &[crate::QueuedMail],
        actor: &Actor,
    ) -> Result<bool> {
        let engine = self.engine();
        let at = now();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let n = sqlx::query(
                "UPDATE cycle_reminders SET sent_at = $1 WHERE cycle_id = $2 AND days_before = $3 AND sent_at IS NULL",
            )
            .bind(&at)
            .bind(cycle_id)
            .bind(days_before)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if n == 1 {
                sqlx::query(
                    "UPDATE cycle_reminders SET sent_at = 'skipped' WHERE cycle_id = $1 AND \
                    days_before > $2 AND sent_at IS NULL",
                )
                .bind(cycle_id)
                .bind(days_before)
                .execute(&mut *tx)
                .await?;
                crate::outbox::put_mails!(tx, mails, crate::outbox::outbox_now());
                let details = serde_json::json!({ "days_before": days_before });
                append_audit!(
                    tx,
                    content(actor, "cycle.remind", format!("cycle:{cycle_id}"), Some("SECRETARIAT".into()), details),
                    engine
                );
            }
            tx.commit().await?;
            Ok(n == 1)
        })
    }

    /// Closes a cycle: replies can no longer be saved or submitted (publication goes on).
    pub async fn close_cycle(&self, id: &str, actor: &Actor) -> Result<bool> {
        let engine = self.engine();
        Ok(with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let n = sqlx::query(
                "UPDATE reporting_cycles SET status = 'closed', closed_at = $1 WHERE id = $2 AND status = 'open'",
            )
            .bind(now())
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if n > 0 {
                let details = serde_json::json!({ "status": { "before": "open", "after": "closed" } });
                append_audit!(
                    tx,
                    content(actor, "cycle.close", format!("cycle:{id}"), Some("SECRETARIAT".into()), details),
                    engine
                );
            }
            tx.commit().await?;
            n > 0
        }))
    }

    /// A cycle's definition from memory, read once (its status in it may be stale: saves
    /// read the status again in their transaction).
    pub(super) async fn cycle_definition(&self, cycle_id: &str) -> Result<Cycle> {
        let known = self.cycle_definitions.lock().unwrap_or_else(|p| p.into_inner()).get(cycle_id).cloned();
        if let Some(cycle) = known {
            return Ok(cycle);
        }
        let cycle = self
            .cycle(cycle_id)
            .await?
            .ok_or_else(|| StoreError::Refused(Refusal::UnknownCycle { id: cycle_id.to_string() }))?;
        self.cycle_definitions.lock().unwrap_or_else(|p| p.into_inner()).insert(cycle_id.to_string(), cycle.clone());
        Ok(cycle)
    }
}
