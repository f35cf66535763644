//! Rounds scheduled ahead, once or repeating; each occurrence started by one node only.

use super::{CheckMail, CheckSchedule, CheckScope, parse_time};
use crate::Refusal;
use crate::identity::{Actor, append_audit, content};
use crate::{Result, Store, StoreError, now, stamp, with_pool};

impl Store {
    /// Schedules a round of `scope` to start at `at` (RFC 3339, not in the past), with its
    /// deadline `window_hours` later (1 to 720), again every `every_days` days (1 to 366)
    /// when given. Audited. Returns the schedule's id.
    pub async fn schedule_check(
        &self,
        title: &str,
        at: &str,
        window_hours: i64,
        every_days: Option<i64>,
        scope: &CheckScope,
        actor: &Actor,
    ) -> Result<String> {
        let at_time: jiff::Timestamp =
            at.parse().map_err(|_| Refusal::NotATime { field: "start", given: at.to_string() })?;
        if at_time < jiff::Timestamp::now().checked_sub(jiff::SignedDuration::from_mins(1)).map_err(crate::internal)? {
            return Err(Refusal::TimePassed { field: "start", given: at.to_string() }.into());
        }
        if title.trim().is_empty() {
            return Err(Refusal::Required { field: "round_title" }.into());
        }
        if !(1..=720).contains(&window_hours) {
            return Err(Refusal::OutOfRange { field: "round_hours", min: 1, max: 720, given: window_hours }.into());
        }
        if let Some(days) = every_days.filter(|d| !(1..=366).contains(d)) {
            return Err(Refusal::OutOfRange { field: "repeat_days", min: 1, max: 366, given: days }.into());
        }
        let id = uuid::Uuid::now_v7().to_string();
        let scope_json = serde_json::to_string(scope).map_err(crate::internal)?;
        let engine = self.engine();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            sqlx::query(
                "INSERT INTO check_schedules (id, title, scope, next_at, window_seconds, \
                every_days, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, \
                $8)",
            )
            .bind(&id)
            .bind(title.trim())
            .bind(&scope_json)
            .bind(stamp(at_time))
            .bind(window_hours * 3600)
            .bind(every_days)
            .bind(&actor.account)
            .bind(now())
            .execute(&mut *tx)
            .await?;
            let details = serde_json::json!({
                "title": title.trim(),
                "at": stamp(at_time),
                "window_hours": window_hours,
                "every_days": every_days,
            });
            append_audit!(
                tx,
                content(actor, "check.schedule", format!("check-schedule:{id}"), Some("SECRETARIAT".into()), details),
                engine
            );
            tx.commit().await?;
        });
        Ok(id)
    }

    /// The schedules still to run, soonest first.
    pub async fn check_schedules(&self) -> Result<Vec<CheckSchedule>> {
        let rows: Vec<(String, String, String, String, i64, Option<i64>)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT id, title, scope, next_at, window_seconds, every_days FROM \
                check_schedules WHERE active = 1 ORDER BY next_at, id",
            )
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(|(id, title, scope, next_at, window_seconds, every_days)| CheckSchedule {
                id,
                title,
                scope: serde_json::from_str(&scope).unwrap_or_default(),
                next_at,
                window_hours: window_seconds / 3600,
                every_days,
            })
            .collect())
    }

    /// Stops a schedule (the rounds it started stay). False when there was none to stop.
    pub async fn cancel_schedule(&self, id: &str, actor: &Actor) -> Result<bool> {
        let engine = self.engine();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let n = sqlx::query("UPDATE check_schedules SET active = 0 WHERE id = $1 AND active = 1")
                .bind(id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if n == 1 {
                append_audit!(
                    tx,
                    content(
                        actor,
                        "check.unschedule",
                        format!("check-schedule:{id}"),
                        Some("SECRETARIAT".into()),
                        serde_json::json!({})
                    ),
                    engine
                );
            }
            tx.commit().await?;
            Ok(n == 1)
        })
    }

    /// Starts the scheduled rounds due at `now_at`, each occurrence once across nodes (a
    /// schedule late by several periods starts one round and moves to its next time after
    /// now). Returns (schedule, round or the reason it could not start).
    pub async fn start_due_checks(
        &self,
        now_at: jiff::Timestamp,
        compose: impl Fn(&CheckMail<'_>) -> (String, String),
        actor: &Actor,
    ) -> Result<Vec<(String, std::result::Result<(String, usize), String>)>> {
        let due: Vec<(String, String, String, String, i64, Option<i64>)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT id, title, scope, next_at, window_seconds, every_days FROM \
                check_schedules WHERE active = 1 AND next_at <= $1 ORDER BY next_at",
            )
            .bind(stamp(now_at))
            .fetch_all(pool)
            .await?
        });
        let mut done = Vec::new();
        for (id, title, scope, next_at, window_seconds, every_days) in due {
            let scope: CheckScope = serde_json::from_str(&scope).unwrap_or_default();
            let next = match (every_days, parse_time(&next_at)) {
                (Some(days), Some(mut t)) => {
                    let step = jiff::SignedDuration::from_hours(24 * days);
                    while t <= now_at {
                        t = t.checked_add(step).map_err(crate::internal)?;
                    }
                    Some(stamp(t))
                }
                _ => None,
            };
            let deadline = now_at
                .checked_add(jiff::SignedDuration::from_secs(window_seconds))
                .map_err(crate::internal)?
                .to_string();
            match self
                .start_round(&title, &deadline, &scope, &compose, Some((&id, &next_at, next.clone())), actor)
                .await
            {
                Ok(Some(started)) => done.push((id, Ok(started))),
                Ok(None) => {}
                Err(StoreError::Refused(reason)) => {
                    // Nobody to ask this time (say): this occurrence is passed over, the
                    // schedule carries on.
                    with_pool!(self, |pool| {
                        sqlx::query(
                            "UPDATE check_schedules SET next_at = COALESCE($1, next_at), active = $2 \
                            WHERE id = $3 AND next_at = $4",
                        )
                        .bind(&next)
                        .bind(i64::from(next.is_some()))
                        .bind(&id)
                        .bind(&next_at)
                        .execute(pool)
                        .await?;
                    });
                    done.push((id, Err(reason.to_string())));
                }
                Err(e) => return Err(e),
            }
        }
        Ok(done)
    }
}
