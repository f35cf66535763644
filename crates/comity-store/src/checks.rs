//! Communication checks of the Points of Contact directory (a round asks contacts to
//! acknowledge by a deadline through a one-time link; answers are timed) and the mail outbox
//! every such mail leaves from: written in the transaction of what it tells, taken by one node
//! at a time under a lease, retried with backoff.
// Rows are read as tuples that mirror their SELECT lists, next to the query.
#![allow(clippy::type_complexity)]

use comity_contacts::{Category, Contact};
use serde::Serialize;
use sqlx::Row as _;

use crate::identity::{Actor, append_audit, content};
use crate::refused;
use crate::{Result, Store, StoreError, now, with_pool};

/// Which listed contacts a round asks: all, or some States', of one category or both.
#[derive(Debug, Clone, Default, Serialize, serde::Deserialize)]
pub struct CheckScope {
    pub states: Vec<String>,
    pub category: Option<Category>,
}

/// What a round's mail to one contact is made from (the token travels only in the mail).
pub struct CheckMail<'a> {
    pub round_id: &'a str,
    pub state: &'a str,
    pub contact: &'a Contact,
    pub token: &'a str,
    pub deadline: &'a str,
}

/// A round as listed.
#[derive(Debug, Clone, Serialize)]
pub struct CheckRound {
    pub id: String,
    pub title: String,
    pub started_at: String,
    pub deadline: String,
    pub asked: i64,
    pub acknowledged: i64,
}

/// A round to start later, once or again and again.
#[derive(Debug, Clone, Serialize)]
pub struct CheckSchedule {
    pub id: String,
    pub title: String,
    pub scope: CheckScope,
    pub next_at: String,
    pub window_hours: i64,
    pub every_days: Option<i64>,
}

/// One contact's place in a round.
#[derive(Debug, Clone, Serialize)]
pub struct CheckTarget {
    pub contact_id: String,
    pub state: String,
    pub category: Category,
    pub name: String,
    pub email: String,
    pub acknowledged_at: Option<String>,
    pub via: Option<String>,
    /// The relay refused the check's mail for good (an unknown mailbox, say).
    pub bounced: bool,
    /// Seconds from the round's start to the acknowledgement.
    pub seconds: Option<f64>,
}

/// What became of an acknowledgement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Acknowledgement {
    Recorded {
        round_id: String,
        state: String,
        at: String,
    },
    /// The link was used before (replayed): the first time stands.
    AlreadyRecorded {
        round_id: String,
        at: String,
    },
    /// The round's deadline has passed.
    Expired {
        round_id: String,
        deadline: String,
    },
    Unknown,
}

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
                "SELECT t.round_id, t.contact_id, t.state, t.acknowledged_at, r.deadline FROM check_targets t JOIN check_rounds r ON r.id = t.round_id WHERE t.token_hash = $1")
                .bind(&job.hash).fetch_optional(&mut *tx).await?;
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
            sqlx::query("UPDATE check_targets SET acknowledged_at = $1, via = $2 WHERE token_hash = $3 AND acknowledged_at IS NULL")
                .bind(&at).bind(&job.via).bind(&job.hash).execute(&mut *tx).await?;
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

/// A mail to queue in the outbox.
#[derive(Debug, Clone)]
pub struct QueuedMail {
    pub name: String,
    pub email: String,
    pub subject: String,
    pub body: String,
}

/// Now, written as the outbox writes its times.
pub(crate) fn outbox_now() -> String {
    stamp(jiff::Timestamp::now())
}

/// Outbox times always with six decimals, so that comparing them as text in SQL orders them
/// as times.
pub(crate) fn stamp(t: jiff::Timestamp) -> String {
    format!("{t:.6}")
}

fn parse_time(text: &str) -> Option<jiff::Timestamp> {
    text.parse().ok()
}

impl Store {
    /// Starts a round now: every listed contact in `scope` is asked to acknowledge by
    /// `deadline` (RFC 3339, in the future); a one-time token each, its hash stored, and the
    /// mail `compose` writes (subject, body) queued in the outbox, all in one transaction.
    pub async fn start_check(
        &self,
        title: &str,
        deadline: &str,
        scope: &CheckScope,
        compose: impl Fn(&CheckMail<'_>) -> (String, String),
        actor: &Actor,
    ) -> Result<(String, usize)> {
        self.start_round(title, deadline, scope, compose, None, actor)
            .await?
            .ok_or_else(|| refused("the round did not start"))
    }

    /// [`Store::start_check`], taking with it one occurrence of a schedule (`(id, next_at as
    /// read, the next one or None)`) in the same transaction: None when another node took it.
    async fn start_round(
        &self,
        title: &str,
        deadline: &str,
        scope: &CheckScope,
        compose: impl Fn(&CheckMail<'_>) -> (String, String),
        occurrence: Option<(&str, &str, Option<String>)>,
        actor: &Actor,
    ) -> Result<Option<(String, usize)>> {
        let started = jiff::Timestamp::now();
        let deadline_at: jiff::Timestamp = deadline.parse().map_err(|_| {
            refused(format!("the deadline {deadline:?} is not a time (RFC 3339, such as 2026-12-08T17:00:00Z)"))
        })?;
        if deadline_at <= started {
            return Err(refused(format!("the deadline {deadline} has passed")));
        }
        if title.trim().is_empty() {
            return Err(refused("a round needs a title"));
        }
        let contacts: Vec<_> = self
            .contacts(None, true)
            .await?
            .into_iter()
            .filter(|c| scope.states.is_empty() || scope.states.contains(&c.state))
            .filter(|c| scope.category.is_none_or(|k| k == c.contact.category))
            .collect();
        if contacts.is_empty() {
            return Err(refused("no listed contact is in this round's scope"));
        }
        let id = uuid::Uuid::now_v7().to_string();
        let (started_at, deadline_text) = (stamp(started), deadline_at.to_string());
        let mut rows = Vec::with_capacity(contacts.len());
        for c in &contacts {
            let token = comity_access::secrets::new_secret("ack_").map_err(refused)?;
            let email = c.contact.emails.first().cloned().unwrap_or_default();
            let (subject, body) = compose(&CheckMail {
                round_id: &id,
                state: &c.state,
                contact: &c.contact,
                token: &token,
                deadline: &deadline_text,
            });
            rows.push((c, comity_access::secrets::digest(&token), email, subject, body));
        }
        let engine = self.engine();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            if let Some((schedule, was, next)) = &occurrence {
                let taken = sqlx::query("UPDATE check_schedules SET next_at = COALESCE($1, next_at), active = $2 WHERE id = $3 AND next_at = $4 AND active = 1")
                    .bind(next).bind(i64::from(next.is_some())).bind(schedule).bind(was).execute(&mut *tx).await?.rows_affected();
                if taken != 1 {
                    return Ok(None);
                }
            }
            sqlx::query(
                "INSERT INTO check_rounds (id, title, started_at, deadline, created_by) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(&id)
            .bind(title.trim())
            .bind(&started_at)
            .bind(&deadline_text)
            .bind(&actor.account)
            .execute(&mut *tx)
            .await?;
            for (c, token_hash, email, subject, body) in &rows {
                let mail_id = uuid::Uuid::now_v7().to_string();
                sqlx::query("INSERT INTO mail_outbox (id, recipient_name, recipient, subject, body, created_at, next_attempt_at) VALUES ($1, $2, $3, $4, $5, $6, $6)")
                    .bind(&mail_id).bind(&c.contact.name).bind(email).bind(subject).bind(body).bind(&started_at)
                    .execute(&mut *tx).await?;
                sqlx::query("INSERT INTO check_targets (round_id, contact_id, state, category, email, token_hash, mail_id) VALUES ($1, $2, $3, $4, $5, $6, $7)")
                    .bind(&id).bind(&c.id).bind(&c.state).bind(c.contact.category.as_str()).bind(email).bind(token_hash).bind(&mail_id).execute(&mut *tx).await?;
            }
            // Reminders halfway and at nine tenths of the round's time.
            let window = deadline_at.duration_since(started);
            for fraction in [0.5, 0.9] {
                let due = started.checked_add(window.mul_f64(fraction)).map_err(refused)?;
                sqlx::query("INSERT INTO check_reminders (round_id, due_at) VALUES ($1, $2)")
                    .bind(&id)
                    .bind(stamp(due))
                    .execute(&mut *tx)
                    .await?;
            }
            let schedule = occurrence.as_ref().map(|o| o.0);
            let details = serde_json::json!({ "title": title.trim(), "deadline": deadline_text, "asked": rows.len(), "schedule": schedule });
            append_audit!(
                tx,
                content(actor, "check.start", format!("check:{id}"), Some("SECRETARIAT".into()), details),
                engine
            );
            tx.commit().await?;
        });
        Ok(Some((id, rows.len())))
    }

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
        let at_time: jiff::Timestamp = at
            .parse()
            .map_err(|_| refused(format!("the start {at:?} is not a time (RFC 3339, such as 2026-12-08T09:00:00Z)")))?;
        if at_time < jiff::Timestamp::now().checked_sub(jiff::SignedDuration::from_mins(1)).map_err(refused)? {
            return Err(refused(format!("the start {at} has passed")));
        }
        if title.trim().is_empty() {
            return Err(refused("a round needs a title"));
        }
        if !(1..=720).contains(&window_hours) {
            return Err(refused(format!("a round lasts 1 to 720 hours, not {window_hours}")));
        }
        if let Some(days) = every_days.filter(|d| !(1..=366).contains(d)) {
            return Err(refused(format!("a round repeats every 1 to 366 days, not {days}")));
        }
        let id = uuid::Uuid::now_v7().to_string();
        let scope_json = serde_json::to_string(scope).map_err(refused)?;
        let engine = self.engine();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            sqlx::query("INSERT INTO check_schedules (id, title, scope, next_at, window_seconds, every_days, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
                .bind(&id).bind(title.trim()).bind(&scope_json).bind(stamp(at_time)).bind(window_hours * 3600).bind(every_days)
                .bind(&actor.account).bind(now()).execute(&mut *tx).await?;
            let details = serde_json::json!({ "title": title.trim(), "at": stamp(at_time), "window_hours": window_hours, "every_days": every_days });
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
            sqlx::query_as("SELECT id, title, scope, next_at, window_seconds, every_days FROM check_schedules WHERE active = 1 ORDER BY next_at, id")
                .fetch_all(pool).await?
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
            sqlx::query_as("SELECT id, title, scope, next_at, window_seconds, every_days FROM check_schedules WHERE active = 1 AND next_at <= $1 ORDER BY next_at")
                .bind(stamp(now_at)).fetch_all(pool).await?
        });
        let mut done = Vec::new();
        for (id, title, scope, next_at, window_seconds, every_days) in due {
            let scope: CheckScope = serde_json::from_str(&scope).unwrap_or_default();
            let next = match (every_days, parse_time(&next_at)) {
                (Some(days), Some(mut t)) => {
                    let step = jiff::SignedDuration::from_hours(24 * days);
                    while t <= now_at {
                        t = t.checked_add(step).map_err(refused)?;
                    }
                    Some(stamp(t))
                }
                _ => None,
            };
            let deadline =
                now_at.checked_add(jiff::SignedDuration::from_secs(window_seconds)).map_err(refused)?.to_string();
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
                        sqlx::query("UPDATE check_schedules SET next_at = COALESCE($1, next_at), active = $2 WHERE id = $3 AND next_at = $4")
                            .bind(&next).bind(i64::from(next.is_some())).bind(&id).bind(&next_at).execute(pool).await?;
                    });
                    done.push((id, Err(reason.to_string())));
                }
                Err(e) => return Err(e),
            }
        }
        Ok(done)
    }

    /// Records an acknowledgement by its one-time token: once, before the deadline.
    /// Acknowledgements that arrive together share one transaction and one flush to disk
    /// (a round's contacts answer in bursts).
    pub async fn acknowledge(&self, token: &str, via: &str, actor: &Actor) -> Result<Acknowledgement> {
        if !matches!(via, "link" | "portal" | "api") {
            return Err(refused(format!("an acknowledgement comes by link, portal or api, not {via:?}")));
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
            sqlx::query_as("SELECT r.id, r.title, r.deadline, t.contact_id FROM check_targets t JOIN check_rounds r ON r.id = t.round_id \
                WHERE t.email = $1 AND t.acknowledged_at IS NULL AND r.deadline > $2 ORDER BY r.deadline, r.id")
                .bind(email).bind(&now_text).fetch_all(pool).await?
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
                "SELECT t.contact_id, t.state, t.acknowledged_at, r.deadline FROM check_targets t JOIN check_rounds r ON r.id = t.round_id WHERE t.round_id = $1 AND t.email = $2")
                .bind(round_id).bind(email).fetch_optional(&mut *tx).await?;
            let Some((contact_id, state, acknowledged_at, deadline)) = row else { return Ok(Acknowledgement::Unknown) };
            if let Some(first) = acknowledged_at {
                return Ok(Acknowledgement::AlreadyRecorded { round_id: round_id.to_string(), at: first });
            }
            if parse_time(&deadline).is_some_and(|d| d < jiff::Timestamp::now()) {
                return Ok(Acknowledgement::Expired { round_id: round_id.to_string(), deadline });
            }
            sqlx::query("UPDATE check_targets SET acknowledged_at = $1, via = 'portal' WHERE round_id = $2 AND contact_id = $3 AND acknowledged_at IS NULL")
                .bind(&at).bind(round_id).bind(&contact_id).execute(&mut *tx).await?;
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

    /// Sends the reminders due at `now`: for each round with one due (claimed once, across
    /// nodes), every contact that has not answered and whose mail did not bounce gets a new
    /// link (the earlier one stops working) in a mail `compose` writes, queued in the outbox;
    /// reminders due together for one round go as one. Returns (round, contacts reminded).
    pub async fn send_check_reminders(
        &self,
        now_at: jiff::Timestamp,
        compose: impl Fn(&CheckMail<'_>) -> (String, String),
        actor: &Actor,
    ) -> Result<Vec<(String, usize)>> {
        let now_text = stamp(now_at);
        let due: Vec<(String, String)> = with_pool!(self, |pool| {
            sqlx::query_as("SELECT r.round_id, c.deadline FROM check_reminders r JOIN check_rounds c ON c.id = r.round_id WHERE r.sent_at IS NULL AND r.due_at <= $1 GROUP BY r.round_id, c.deadline")
                .bind(&now_text).fetch_all(pool).await?
        });
        let engine = self.engine();
        let mut done = Vec::new();
        for (round_id, deadline) in due {
            if parse_time(&deadline).is_some_and(|d| d <= now_at) {
                continue;
            }
            let waiting: Vec<(String, String, String, String)> = with_pool!(self, |pool| {
                sqlx::query_as("SELECT t.contact_id, t.state, t.email, c.details FROM check_targets t JOIN contacts c ON c.id = t.contact_id LEFT JOIN mail_outbox m ON m.id = t.mail_id \
                    WHERE t.round_id = $1 AND t.acknowledged_at IS NULL AND m.bounced_at IS NULL ORDER BY t.state, t.contact_id")
                    .bind(&round_id).fetch_all(pool).await?
            });
            let mut mails = Vec::with_capacity(waiting.len());
            for (contact_id, state, email, details) in &waiting {
                let Ok(contact) = serde_json::from_str::<Contact>(details) else { continue };
                let token = comity_access::secrets::new_secret("ack_").map_err(refused)?;
                let (subject, body) = compose(&CheckMail {
                    round_id: &round_id,
                    state,
                    contact: &contact,
                    token: &token,
                    deadline: &deadline,
                });
                mails.push((
                    contact_id.clone(),
                    contact.name.clone(),
                    email.clone(),
                    comity_access::secrets::digest(&token),
                    subject,
                    body,
                ));
            }
            let claimed = with_pool!(self, |pool| {
                let _turn = self.write_turn().await;
                let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
                let n = sqlx::query(
                    "UPDATE check_reminders SET sent_at = $1 WHERE round_id = $2 AND due_at <= $1 AND sent_at IS NULL",
                )
                .bind(&now_text)
                .bind(&round_id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if n > 0 {
                    for (contact_id, name, email, token_hash, subject, body) in &mails {
                        let mail_id = uuid::Uuid::now_v7().to_string();
                        // Someone who answered a moment ago is not reminded.
                        let still_waiting = sqlx::query("UPDATE check_targets SET token_hash = $1, mail_id = $2 WHERE round_id = $3 AND contact_id = $4 AND acknowledged_at IS NULL")
                            .bind(token_hash).bind(&mail_id).bind(&round_id).bind(contact_id).execute(&mut *tx).await?.rows_affected();
                        if still_waiting == 1 {
                            sqlx::query("INSERT INTO mail_outbox (id, recipient_name, recipient, subject, body, created_at, next_attempt_at) VALUES ($1, $2, $3, $4, $5, $6, $6)")
                                .bind(&mail_id).bind(name).bind(email).bind(subject).bind(body).bind(&now_text).execute(&mut *tx).await?;
                        }
                    }
                    let details = serde_json::json!({ "reminded": mails.len() });
                    append_audit!(
                        tx,
                        content(
                            actor,
                            "check.remind",
                            format!("check:{round_id}"),
                            Some("SECRETARIAT".into()),
                            details
                        ),
                        engine
                    );
                }
                tx.commit().await?;
                n > 0
            });
            if claimed {
                done.push((round_id, mails.len()));
            }
        }
        Ok(done)
    }

    /// Every round, newest first, with its counts.
    pub async fn check_rounds(&self) -> Result<Vec<CheckRound>> {
        self.load_rounds(None).await
    }

    /// Every round, or the one with this id, with its counts: one query.
    async fn load_rounds(&self, id: Option<&str>) -> Result<Vec<CheckRound>> {
        let rows: Vec<(String, String, String, String, i64, i64)> = with_pool!(self, |pool| {
            sqlx::query_as("SELECT r.id, r.title, r.started_at, r.deadline, COUNT(t.contact_id), COUNT(t.acknowledged_at) FROM check_rounds r LEFT JOIN check_targets t ON t.round_id = r.id \
                WHERE CAST($1 AS TEXT) IS NULL OR r.id = $1 GROUP BY r.id, r.title, r.started_at, r.deadline ORDER BY r.started_at DESC")
                .bind(id).fetch_all(pool).await?
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
            sqlx::query_as("SELECT t.round_id, t.contact_id, t.state, t.category, t.email, t.acknowledged_at, t.via, c.details, m.bounced_at, r.started_at \
                FROM check_targets t JOIN check_rounds r ON r.id = t.round_id JOIN contacts c ON c.id = t.contact_id LEFT JOIN mail_outbox m ON m.id = t.mail_id \
                WHERE (CAST($1 AS TEXT) IS NULL OR t.round_id = $1) AND (CAST($2 AS TEXT) IS NULL OR t.state = $2) ORDER BY t.state, t.category, t.contact_id")
                .bind(round_id).bind(state).fetch_all(pool).await?
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

    /// Takes up to `limit` mails due for sending, for `node`, for `lease` (another node takes
    /// them again only after it); each take counts as an attempt.
    pub async fn claim_mail(&self, limit: i64, lease: std::time::Duration, node: &str) -> Result<Vec<OutboxMail>> {
        let now_at = jiff::Timestamp::now();
        let until = now_at.checked_add(jiff::SignedDuration::try_from(lease).map_err(refused)?).map_err(refused)?;
        let (now_text, until_text) = (stamp(now_at), stamp(until));
        // On PostgreSQL, rows another node is taking are skipped (SKIP LOCKED) and the
        // conditions are checked again on the row as it is when locked, so a mail is never
        // taken twice; SQLite has one writer at a time.
        let sql = match self.engine() {
            crate::Engine::Sqlite => {
                "UPDATE mail_outbox SET claimed_until = $1, claimed_by = $4, attempts = attempts + 1 \
                 WHERE id IN (SELECT id FROM mail_outbox WHERE sent_at IS NULL AND bounced_at IS NULL AND next_attempt_at <= $2 AND (claimed_until IS NULL OR claimed_until < $2) ORDER BY created_at, id LIMIT $3) \
                 RETURNING id, recipient_name, recipient, subject, body, attempts"
            }
            crate::Engine::Postgres => {
                "UPDATE mail_outbox SET claimed_until = $1, claimed_by = $4, attempts = attempts + 1 \
                 WHERE id IN (SELECT id FROM mail_outbox WHERE sent_at IS NULL AND bounced_at IS NULL AND next_attempt_at <= $2 AND (claimed_until IS NULL OR claimed_until < $2) ORDER BY created_at, id LIMIT $3 FOR UPDATE SKIP LOCKED) \
                 AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < $2) \
                 RETURNING id, recipient_name, recipient, subject, body, attempts"
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

    /// Takes back the leases `node` held when it stopped: a node starting again has nothing in
    /// flight, so what it had taken and not sent (mail, fetches from the ODS) is due again now
    /// rather than when the lease ends. Returns how many mails and fetches.
    pub async fn release_claims(&self, node: &str) -> Result<u64> {
        let mails = with_pool!(self, |pool| {
            sqlx::query("UPDATE mail_outbox SET claimed_until = NULL WHERE claimed_by = $1 AND sent_at IS NULL AND bounced_at IS NULL AND claimed_until IS NOT NULL")
                .bind(node).execute(pool).await?.rows_affected()
        });
        Ok(mails + self.release_fetches(node).await?)
    }

    /// Queues mails in the outbox, all in one transaction; every node's delivery sends them.
    pub async fn queue_mail(&self, mails: &[QueuedMail]) -> Result<()> {
        let at = outbox_now();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            for m in mails {
                sqlx::query("INSERT INTO mail_outbox (id, recipient_name, recipient, subject, body, created_at, next_attempt_at) VALUES ($1, $2, $3, $4, $5, $6, $6)")
                    .bind(uuid::Uuid::now_v7().to_string()).bind(&m.name).bind(&m.email).bind(&m.subject).bind(&m.body).bind(&at)
                    .execute(&mut *tx).await?;
            }
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
        let next = stamp(jiff::Timestamp::now().checked_add(jiff::SignedDuration::from_secs(wait)).map_err(refused)?);
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
            sqlx::query_as("SELECT recipient, subject, attempts, last_error FROM mail_outbox WHERE sent_at IS NULL AND bounced_at IS NULL ORDER BY created_at")
                .fetch_all(pool).await?
        }))
    }
}
