//! Reporting cycles and States' replies: opening and closing cycles, saving versions of a
//! reply (optimistic concurrency: a save names the version it was made from), and moving a
//! reply through the workflow (comity-reporting), every change audited in its transaction.
// Rows are read as tuples that mirror their SELECT lists, next to the query.
#![allow(clippy::type_complexity)]

use crate::Refusal;
use crate::refused;
use comity_reporting::{Action, Cycle, NewCycle, Question, Status, transition};
use serde::Serialize;
use sqlx::Row;

use crate::identity::{Actor, append_audit, content};
use crate::{Result, Store, StoreError, now, with_pool};

/// A reply as listed.
#[derive(Debug, Clone, Serialize)]
pub struct SubmissionSummary {
    pub id: String,
    pub cycle_id: String,
    pub state: String,
    pub status: String,
    pub original_lang: String,
    pub version: i64,
    pub submitted_at: Option<String>,
    pub late: bool,
    pub published_at: Option<String>,
}

/// One saved version of a reply: the answers by question label (Markdown).
#[derive(Debug, Clone, Serialize)]
pub struct SubmissionVersion {
    pub version: i64,
    pub answers: std::collections::BTreeMap<String, String>,
    pub author_account: Option<String>,
    pub created_at: String,
}

/// A reply that arrived as a file, ready to be written.
#[derive(Debug, Clone)]
pub struct ReplyImport {
    pub original_lang: String,
    pub answers: std::collections::BTreeMap<String, String>,
    /// Submit it on the Secretariat's authority.
    pub submit: bool,
    /// What the file was (name, checksum, format), for the audit trail.
    pub source: serde_json::Value,
}

/// A save waiting for the next group commit, checked and serialised by its caller.
pub(crate) struct SaveJob {
    cycle: Cycle,
    state: String,
    original_lang: String,
    answers_json: String,
    mode: SaveMode,
    actor: Actor,
    at: String,
}

/// Most saves one group commit takes.
const GROUP_COMMIT_MAX: usize = 64;

fn write_saves<'a>(
    store: &'a Store,
    jobs: &'a [SaveJob],
) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Vec<Result<i64>>>> + Send + 'a>> {
    Box::pin(commit_saves(store, jobs))
}

/// One transaction for several saves. Each save's conditions (the version it was made from,
/// the reply's status, the cycle open) are read before it writes anything, so a save refused
/// writes nothing and the others go on; the audit chain's head is read once and extended in
/// memory; one commit (one flush to disk) for all.
async fn commit_saves(store: &Store, jobs: &[SaveJob]) -> Result<Vec<Result<i64>>> {
    let engine = store.engine();
    with_pool!(store, |pool| {
        let _turn = store.write_turn().await;
        let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
        if engine == crate::Engine::Postgres {
            // Appends to the chain are serialised across nodes (as in `append_audit!`).
            sqlx::query("SELECT pg_advisory_xact_lock(7261001)").execute(&mut *tx).await?;
        }
        let mut head: Option<(i64, String)> =
            sqlx::query_as("SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1")
                .fetch_optional(&mut *tx)
                .await?;
        let mut outcomes = Vec::with_capacity(jobs.len());
        let mut versions: Vec<(String, i64, &String, &Option<String>, &String)> = Vec::with_capacity(jobs.len());
        let mut entries: Vec<comity_access::audit::Entry> = Vec::with_capacity(jobs.len());
        // Whether each cycle is open, read now (a cycle closed a moment ago takes no save).
        let mut open_cycles: Vec<(&str, bool)> = Vec::new();
        for job in jobs {
            if !open_cycles.iter().any(|(id, _)| *id == job.cycle.id) {
                let status: Option<(String,)> = sqlx::query_as("SELECT status FROM reporting_cycles WHERE id = $1")
                    .bind(&job.cycle.id)
                    .fetch_optional(&mut *tx)
                    .await?;
                open_cycles.push((job.cycle.id.as_str(), status.is_some_and(|s| s.0 == "open")));
            }
        }
        for job in jobs {
            let SaveJob { cycle, state, original_lang, answers_json, mode, actor, at } = job;
            let cycle_id = cycle.id.as_str();
            let open = open_cycles.iter().any(|(id, open)| *id == cycle_id && *open);
            // The usual save (a draft, from its newest version, in an open cycle) in one
            // statement; anything else goes the long way below, which says what is wrong.
            if let (SaveMode::Edit { expected_version }, true) = (mode, open)
                && *expected_version > 0
            {
                let saved: Option<(String,)> = sqlx::query_as(
                    "UPDATE submissions SET version = version + 1, original_lang = $1 WHERE cycle_id = $2 AND state = $3 AND version = $4 AND status = 'draft' RETURNING id",
                )
                .bind(original_lang).bind(cycle_id).bind(state).bind(expected_version).fetch_optional(&mut *tx).await?;
                if let Some((id,)) = saved {
                    let next = expected_version + 1;
                    versions.push((id.clone(), next, answers_json, &actor.account, at));
                    let details = serde_json::json!({ "version": { "before": expected_version, "after": next } });
                    let entry = comity_access::audit::chain(
                        head.as_ref().map(|(s, h)| (*s, h.as_str())),
                        content(actor, "reply.save", format!("reply:{id}"), Some(state.to_string()), details),
                    );
                    head = Some((entry.seq, entry.hash.clone()));
                    entries.push(entry);
                    outcomes.push(Ok(next));
                    continue;
                }
            }
            let row: Option<(String, String, i64)> =
                sqlx::query_as("SELECT id, status, version FROM submissions WHERE cycle_id = $1 AND state = $2")
                    .bind(cycle_id)
                    .bind(state)
                    .fetch_optional(&mut *tx)
                    .await?;
            let (id, status, version) = row.unwrap_or_else(|| (uuid::Uuid::now_v7().to_string(), "draft".into(), 0));
            let status = Status::parse(&status).unwrap_or(Status::Draft);
            let expected_version = match mode {
                SaveMode::Edit { expected_version } => *expected_version,
                SaveMode::Import { .. } => version,
            };
            let submit = matches!(mode, SaveMode::Import { submit: true, .. });
            let checked = transition(status, Action::Save, open)
                .and_then(|_| if submit { transition(Status::Draft, Action::Submit, open) } else { Ok(Status::Draft) })
                .map_err(|e| StoreError::Refused(e.into()))
                .and_then(|to| {
                    if version == expected_version {
                        Ok(to)
                    } else {
                        Err(StoreError::Refused(Refusal::StaleVersion { current: version, yours: expected_version }))
                    }
                });
            let submitted_status = match checked {
                Ok(to) => to,
                Err(e) => {
                    outcomes.push(Err(e));
                    continue;
                }
            };
            if version == 0 {
                let known: Option<(String,)> = sqlx::query_as("SELECT iso3 FROM states WHERE iso3 = $1")
                    .bind(state)
                    .fetch_optional(&mut *tx)
                    .await?;
                if known.is_none() {
                    outcomes.push(Err(StoreError::Refused(Refusal::UnknownState { code: state.to_string() })));
                    continue;
                }
            }
            let next = version + 1;
            if version == 0 {
                sqlx::query("INSERT INTO submissions (id, cycle_id, state, status, original_lang, version) VALUES ($1, $2, $3, 'draft', $4, 1)")
                    .bind(&id).bind(cycle_id).bind(state).bind(original_lang).execute(&mut *tx).await?;
            } else {
                // The version named in the WHERE clause makes a race with another node lose
                // cleanly (this is the save's first write: nothing to undo).
                let n = sqlx::query(
                    "UPDATE submissions SET version = $1, original_lang = $2 WHERE id = $3 AND version = $4",
                )
                .bind(next)
                .bind(original_lang)
                .bind(&id)
                .bind(version)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if n != 1 {
                    // Another node saved the next version between the read and this write.
                    outcomes.push(Err(StoreError::Refused(Refusal::StaleVersion {
                        current: version + 1,
                        yours: expected_version,
                    })));
                    continue;
                }
            }
            versions.push((id.clone(), next, answers_json, &actor.account, at));
            let mut audit = Vec::new();
            match mode {
                SaveMode::Edit { .. } => {
                    let details = serde_json::json!({ "version": { "before": version, "after": next } });
                    audit.push(content(actor, "reply.save", format!("reply:{id}"), Some(state.to_string()), details));
                }
                SaveMode::Import { submit, source } => {
                    let details = serde_json::json!({ "version": { "before": version, "after": next }, "source": source, "submitted": submit });
                    audit.push(content(actor, "reply.import", format!("reply:{id}"), Some(state.to_string()), details));
                    if *submit {
                        sqlx::query("UPDATE submissions SET status = $1, submitted_at = $2, late = $3 WHERE id = $4")
                            .bind(submitted_status.as_str())
                            .bind(at)
                            .bind(cycle.details.is_late(at) as i64)
                            .bind(&id)
                            .execute(&mut *tx)
                            .await?;
                        let details = serde_json::json!({ "status": { "before": "draft", "after": submitted_status.as_str() }, "on_authority_of": "secretariat" });
                        audit.push(content(
                            actor,
                            "reply.submit",
                            format!("reply:{id}"),
                            Some(state.to_string()),
                            details,
                        ));
                    }
                }
            }
            for entry_content in audit {
                let entry = comity_access::audit::chain(head.as_ref().map(|(s, h)| (*s, h.as_str())), entry_content);
                head = Some((entry.seq, entry.hash.clone()));
                entries.push(entry);
            }
            outcomes.push(Ok(next));
        }
        // The versions and audit entries of the whole group in one statement each.
        if !versions.is_empty() {
            let mut insert = sqlx::QueryBuilder::new(
                "INSERT INTO submission_versions (submission_id, version, answers, author_account, created_at) ",
            );
            insert.push_values(&versions, |mut row, (id, version, answers, account, at)| {
                row.push_bind(id).push_bind(version).push_bind(answers).push_bind(account).push_bind(at);
            });
            insert.build().execute(&mut *tx).await?;
        }
        if !entries.is_empty() {
            let mut insert = sqlx::QueryBuilder::new(crate::identity::AUDIT_ENTRY_COLUMNS);
            insert.push_values(&entries, |mut row, entry| {
                let c = &entry.content;
                row.push_bind(entry.seq)
                    .push_bind(&c.at)
                    .push_bind(&c.actor_account)
                    .push_bind(&c.actor_org)
                    .push_bind(&c.actor_role)
                    .push_bind(&c.action)
                    .push_bind(&c.object)
                    .push_bind(&c.org)
                    .push_bind(&c.details)
                    .push_bind(&c.address)
                    .push_bind(&c.user_agent)
                    .push_bind(&c.request_id)
                    .push_bind(&entry.prev_hash)
                    .push_bind(&entry.hash);
            });
            insert.build().execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(outcomes)
    })
}

/// How a reply's text arrives: edited in the portal (from a known version) or imported.
enum SaveMode {
    Edit { expected_version: i64 },
    Import { submit: bool, source: serde_json::Value },
}

/// When reminders go to States that have not submitted: days before the deadline.
pub const DEFAULT_REMINDER_DAYS: [i64; 3] = [14, 7, 1];

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
    /// Opens a cycle; the whole definition is checked first.
    pub async fn create_cycle(&self, cycle: &NewCycle, actor: &Actor) -> Result<String> {
        cycle.validate().map_err(refused)?;
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
                return Err(crate::refused(format!(
                    "a cycle for {} reporting to session {} exists already ({id})",
                    cycle.resolution, cycle.session
                )));
            }
            sqlx::query("INSERT INTO reporting_cycles (id, resolution, session, note_verbale, note_verbale_date, deadline, status, created_at) VALUES ($1, $2, $3, $4, $5, $6, 'open', $7)")
                .bind(&id).bind(&cycle.resolution).bind(cycle.session as i64).bind(cycle.note_verbale.trim())
                .bind(cycle.note_verbale_date.trim()).bind(cycle.deadline.trim()).bind(now())
                .execute(&mut *tx).await?;
            for (position, q) in cycle.questions.iter().enumerate() {
                for (lang, text) in &q.texts {
                    sqlx::query("INSERT INTO cycle_questions (cycle_id, position, label, lang, text) VALUES ($1, $2, $3, $4, $5)")
                        .bind(&id).bind(position as i64).bind(q.label.trim()).bind(lang).bind(text.trim())
                        .execute(&mut *tx).await?;
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
                "SELECT id, resolution, session, note_verbale, note_verbale_date, deadline, status FROM reporting_cycles WHERE ($1 IS NULL OR id = $1) ORDER BY session DESC, id",
                "SELECT cycle_id, position, label, lang, text FROM cycle_questions WHERE ($1 IS NULL OR cycle_id = $1) ORDER BY cycle_id, position, lang",
            ),
            crate::Engine::Postgres => (
                "SELECT id, resolution, session, note_verbale, note_verbale_date, deadline, status FROM reporting_cycles WHERE ($1::text IS NULL OR id = $1) ORDER BY session DESC, id",
                "SELECT cycle_id, position, label, lang, text FROM cycle_questions WHERE ($1::text IS NULL OR cycle_id = $1) ORDER BY cycle_id, position, lang",
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
        let today: jiff::civil::Date =
            today.parse().map_err(|_| crate::refused(format!("{today:?} is not a date (YYYY-MM-DD)")))?;
        let rows: Vec<(String, String, i64)> = with_pool!(self, |pool| {
            sqlx::query_as("SELECT c.id, c.deadline, r.days_before FROM cycle_reminders r JOIN reporting_cycles c ON c.id = r.cycle_id \
                WHERE c.status = 'open' AND r.sent_at IS NULL ORDER BY c.id, r.days_before")
                .fetch_all(pool).await?
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
                sqlx::query("UPDATE cycle_reminders SET sent_at = 'skipped' WHERE cycle_id = $1 AND days_before > $2 AND sent_at IS NULL")
                    .bind(cycle_id).bind(days_before).execute(&mut *tx).await?;
                for m in mails {
                    sqlx::query("INSERT INTO mail_outbox (id, recipient_name, recipient, subject, body, created_at, next_attempt_at) VALUES ($1, $2, $3, $4, $5, $6, $6)")
                        .bind(uuid::Uuid::now_v7().to_string()).bind(&m.name).bind(&m.email).bind(&m.subject).bind(&m.body).bind(crate::checks::outbox_now())
                        .execute(&mut *tx).await?;
                }
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

    /// Saves a new version of a State's reply. `expected_version` is the version the text was
    /// edited from (0 for a first save); if someone saved in between, nothing is written and
    /// the error says so. The answers must name the cycle's questions.
    pub async fn save_reply(
        &self,
        cycle_id: &str,
        state: &str,
        original_lang: &str,
        answers: &std::collections::BTreeMap<String, String>,
        expected_version: i64,
        actor: &Actor,
    ) -> Result<i64> {
        self.write_reply(cycle_id, state, original_lang, answers, SaveMode::Edit { expected_version }, actor).await
    }

    /// Brings in a reply that arrived as a file: a new version of the State's draft (or the
    /// first), and, when `submit` is set, submitted on the Secretariat's authority — all in
    /// one transaction, so a failed import leaves nothing behind. `source` (file name,
    /// checksum, format) goes into the audit entry.
    pub async fn import_reply(&self, cycle_id: &str, state: &str, import: ReplyImport, actor: &Actor) -> Result<i64> {
        let mode = SaveMode::Import { submit: import.submit, source: import.source };
        self.write_reply(cycle_id, state, &import.original_lang, &import.answers, mode, actor).await
    }

    /// A cycle's definition from memory, read once (its status in it may be stale: saves
    /// read the status again in their transaction).
    async fn cycle_definition(&self, cycle_id: &str) -> Result<Cycle> {
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

    async fn write_reply(
        &self,
        cycle_id: &str,
        state: &str,
        original_lang: &str,
        answers: &std::collections::BTreeMap<String, String>,
        mode: SaveMode,
        actor: &Actor,
    ) -> Result<i64> {
        let cycle = self.cycle_definition(cycle_id).await?;
        self.check_answers(&cycle, answers).await?;
        if original_lang.parse::<comity_i18n::Lang>().is_err() {
            return Err(StoreError::Refused(Refusal::UnknownLanguage { given: original_lang.to_string() }));
        }
        let answers_json = serde_json::to_string(answers).map_err(refused)?;
        let job = SaveJob {
            cycle,
            state: state.to_string(),
            original_lang: original_lang.to_string(),
            answers_json,
            mode,
            actor: actor.clone(),
            at: now(),
        };
        self.in_group(&self.saves, (GROUP_COMMIT_MAX, "saves", write_saves), job).await
    }

    /// Moves a reply through the workflow (submit, withdraw, publish); a reply submitted
    /// after the deadline is marked late (it goes to an addendum).
    pub async fn reply_action(&self, cycle_id: &str, state: &str, action: Action, actor: &Actor) -> Result<Status> {
        let cycle = self
            .cycle(cycle_id)
            .await?
            .ok_or_else(|| StoreError::Refused(Refusal::UnknownCycle { id: cycle_id.to_string() }))?;
        let engine = self.engine();
        let at = now();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let row = sqlx::query("SELECT id, status FROM submissions WHERE cycle_id = $1 AND state = $2")
                .bind(cycle_id)
                .bind(state)
                .fetch_optional(&mut *tx)
                .await?;
            let Some(row) = row else {
                return Err(StoreError::Refused(Refusal::NoReply {
                    state: state.to_string(),
                    cycle: cycle_id.to_string(),
                }));
            };
            let (id, status): (String, String) = (row.try_get(0)?, row.try_get(1)?);
            let from = Status::parse(&status).unwrap_or(Status::Draft);
            let to = transition(from, action, cycle.status == "open").map_err(|e| StoreError::Refused(e.into()))?;
            match action {
                Action::Submit => {
                    sqlx::query("UPDATE submissions SET status = $1, submitted_at = $2, late = $3 WHERE id = $4")
                        .bind(to.as_str())
                        .bind(&at)
                        .bind(cycle.details.is_late(&at) as i64)
                        .bind(&id)
                        .execute(&mut *tx)
                        .await?;
                }
                Action::Publish => {
                    sqlx::query("UPDATE submissions SET status = $1, published_at = $2 WHERE id = $3")
                        .bind(to.as_str())
                        .bind(&at)
                        .bind(&id)
                        .execute(&mut *tx)
                        .await?;
                }
                _ => {
                    sqlx::query("UPDATE submissions SET status = $1, submitted_at = NULL WHERE id = $2")
                        .bind(to.as_str())
                        .bind(&id)
                        .execute(&mut *tx)
                        .await?;
                }
            }
            let details = serde_json::json!({ "status": { "before": from.as_str(), "after": to.as_str() } });
            append_audit!(
                tx,
                content(
                    actor,
                    &format!("reply.{}", action.as_str()),
                    format!("reply:{id}"),
                    Some(state.to_string()),
                    details
                ),
                engine
            );
            tx.commit().await?;
            Ok(to)
        })
    }

    /// The replies of a cycle (one State's when `state` is given).
    pub async fn replies(&self, cycle_id: &str, state: Option<&str>) -> Result<Vec<SubmissionSummary>> {
        self.load_replies(Some(cycle_id), state, None).await
    }

    /// Replies filtered in the query by cycle, State and id (each when given).
    async fn load_replies(
        &self,
        cycle_id: Option<&str>,
        state: Option<&str>,
        id: Option<&str>,
    ) -> Result<Vec<SubmissionSummary>> {
        let rows: Vec<(String, String, String, String, String, i64, Option<String>, i64, Option<String>)> = with_pool!(
            self,
            |pool| {
                sqlx::query_as("SELECT id, cycle_id, state, status, original_lang, version, submitted_at, late, published_at FROM submissions \
                WHERE (CAST($1 AS TEXT) IS NULL OR cycle_id = $1) AND (CAST($2 AS TEXT) IS NULL OR state = $2) AND (CAST($3 AS TEXT) IS NULL OR id = $3) ORDER BY state")
                .bind(cycle_id).bind(state).bind(id).fetch_all(pool).await?
            }
        );
        Ok(rows
            .into_iter()
            .map(|(id, cycle_id, state, status, original_lang, version, submitted_at, late, published_at)| {
                SubmissionSummary {
                    id,
                    cycle_id,
                    state,
                    status,
                    original_lang,
                    version,
                    submitted_at,
                    late: late != 0,
                    published_at,
                }
            })
            .collect())
    }

    /// Every saved version of a reply, oldest first.
    pub async fn reply_versions(&self, submission_id: &str) -> Result<Vec<SubmissionVersion>> {
        let rows: Vec<(i64, String, Option<String>, String)> = with_pool!(self, |pool| {
            sqlx::query_as("SELECT version, answers, author_account, created_at FROM submission_versions WHERE submission_id = $1 ORDER BY version")
                .bind(submission_id).fetch_all(pool).await?
        });
        rows.into_iter()
            .map(|(version, answers, author_account, created_at)| {
                Ok(SubmissionVersion {
                    version,
                    answers: serde_json::from_str(&answers)
                        .map_err(|e| StoreError::Damaged(format!("stored reply version {version} is damaged: {e}")))?,
                    author_account,
                    created_at,
                })
            })
            .collect()
    }
}

impl Store {
    /// Checks a reply's answers before anything is written: each names a question of the
    /// cycle or a part of the structured reply that exists, and its Markdown tables are whole.
    async fn check_answers(&self, cycle: &Cycle, answers: &std::collections::BTreeMap<String, String>) -> Result<()> {
        let questions = &cycle.details.questions;
        let structured = answers.keys().any(|k| !questions.iter().any(|q| &q.label == k));
        let elements: Vec<(String, comity_framework::ElementKind)> = if structured {
            let rows: Vec<(String, String)> = with_pool!(self, |pool| {
                sqlx::query_as("SELECT id, kind FROM framework_elements ORDER BY display_order").fetch_all(pool).await?
            });
            rows.into_iter()
                .map(|(id, kind)| {
                    let kind = match kind.as_str() {
                        "pillar" => comity_framework::ElementKind::Pillar,
                        "norm" => comity_framework::ElementKind::Norm,
                        _ => comity_framework::ElementKind::CapacityBuildingPrinciple,
                    };
                    (id, kind)
                })
                .collect()
        } else {
            Vec::new()
        };
        for (key, text) in answers {
            comity_reporting::survey::check(key, text.trim(), questions, &elements).map_err(crate::refused)?;
            comity_reporting::markdown::check(text).map_err(|e| crate::refused(format!("the answer to {key}, {e}")))?;
        }
        Ok(())
    }

    /// The reply of a State in a cycle: its id, status, original language and version.
    async fn reply_row(&self, cycle_id: &str, state: &str) -> Result<(String, String, String, i64)> {
        let row: Option<(String, String, String, i64)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT id, status, original_lang, version FROM submissions WHERE cycle_id = $1 AND state = $2",
            )
            .bind(cycle_id)
            .bind(state)
            .fetch_optional(pool)
            .await?
        });
        row.ok_or_else(|| {
            StoreError::Refused(Refusal::NoReply { state: state.to_string(), cycle: cycle_id.to_string() })
        })
    }

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
            return Err(crate::refused(format!("a translation's status is official or pending, not {status:?}")));
        }
        let (id, _, original, version) = self.reply_row(cycle_id, state).await?;
        if original == lang {
            return Err(crate::refused(format!("the reply of {state} is in {lang} already (its original language)")));
        }
        self.check_answers(&cycle, answers).await?;
        if status == "official" && answers.values().all(|a| a.trim().is_empty()) {
            return Err(refused("an official translation needs its text; mark it pending until it is ready"));
        }
        let json = serde_json::to_string(answers).map_err(refused)?;
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
            sqlx::query("INSERT INTO submission_translations (submission_id, lang, status, answers, source_version, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)")
                .bind(&id).bind(lang).bind(status).bind(&json).bind(version).bind(&actor.account).bind(&at).execute(&mut *tx).await?;
            let details = serde_json::json!({ "lang": lang, "status": { "before": before.map(|b| b.0), "after": status }, "source_version": version });
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
            sqlx::query_as("SELECT lang, status, answers, source_version, updated_at FROM submission_translations WHERE submission_id = $1 ORDER BY lang")
                .bind(submission_id).fetch_all(pool).await?
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
        let media = comity_reporting::attachments::check_attachment(name, bytes).map_err(refused)?;
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
                return Err(refused(comity_reporting::attachments::AttachmentError::TooMany {
                    limit: comity_reporting::attachments::MAX_ATTACHMENTS,
                }));
            }
            sqlx::query("INSERT INTO submission_attachments (id, submission_id, name, media_type, size, sha256, content, uploaded_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)")
                .bind(&id).bind(&submission).bind(name.trim()).bind(media.as_str()).bind(bytes.len() as i64).bind(&sha256).bind(&encoded).bind(&actor.account).bind(&at)
                .execute(&mut *tx).await?;
            let details = serde_json::json!({ "name": name.trim(), "media_type": media.as_str(), "size": bytes.len(), "sha256": sha256 });
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
            sqlx::query_as("SELECT id, submission_id, name, media_type, size, sha256, created_at FROM submission_attachments WHERE submission_id = $1 ORDER BY created_at, id")
                .bind(submission_id).fetch_all(pool).await?
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
            sqlx::query_as("SELECT id, submission_id, name, media_type, size, sha256, created_at, content FROM submission_attachments WHERE id = $1")
                .bind(id).fetch_optional(pool).await?
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

/// A published reply as the public side lists it.
#[derive(Debug, Clone, Serialize)]
pub struct PublishedReply {
    pub submission_id: String,
    pub cycle_id: String,
    pub resolution: String,
    pub session: i64,
    pub state: String,
    pub original_lang: String,
    /// When it was submitted (ISO 8601).
    pub submitted_at: Option<String>,
    pub late: bool,
    /// The reply as saved, by key (questions and the structured reply).
    pub answers: std::collections::BTreeMap<String, String>,
}

impl Store {
    /// Every published reply of every cycle (or one State's), newest session first, then by
    /// State code — one query.
    pub async fn published_replies(&self, state: Option<&str>) -> Result<Vec<PublishedReply>> {
        let sql = match self.engine() {
            crate::Engine::Sqlite => {
                "SELECT s.id, c.id, c.resolution, c.session, s.state, s.original_lang, s.submitted_at, s.late, v.answers \
                FROM submissions s JOIN reporting_cycles c ON c.id = s.cycle_id JOIN submission_versions v ON v.submission_id = s.id AND v.version = s.version \
                WHERE s.status = 'published' AND ($1 IS NULL OR s.state = $1) ORDER BY c.session DESC, c.id, s.state"
            }
            crate::Engine::Postgres => {
                "SELECT s.id, c.id, c.resolution, c.session, s.state, s.original_lang, s.submitted_at, s.late, v.answers \
                FROM submissions s JOIN reporting_cycles c ON c.id = s.cycle_id JOIN submission_versions v ON v.submission_id = s.id AND v.version = s.version \
                WHERE s.status = 'published' AND ($1::text IS NULL OR s.state = $1) ORDER BY c.session DESC, c.id, s.state"
            }
        };
        let rows: Vec<(String, String, String, i64, String, String, Option<String>, i64, String)> =
            with_pool!(self, |pool| { sqlx::query_as(sql).bind(state).fetch_all(pool).await? });
        rows.into_iter()
            .map(|(submission_id, cycle_id, resolution, session, state, original_lang, submitted_at, late, answers)| {
                Ok(PublishedReply {
                    submission_id,
                    answers: serde_json::from_str(&answers)
                        .map_err(|e| StoreError::Damaged(format!("stored reply of {state} is damaged: {e}")))?,
                    cycle_id,
                    resolution,
                    session,
                    state,
                    original_lang,
                    submitted_at,
                    late: late != 0,
                })
            })
            .collect()
    }

    /// What the public pages of a cycle (or, with `None`, of every cycle) are made of, in one
    /// short string: the published replies (publication is final) and their translations.
    /// Pages built from it stay valid while it is unchanged.
    pub async fn publication_fingerprint(&self, cycle_id: Option<&str>) -> Result<String> {
        let sql = match self.engine() {
            crate::Engine::Sqlite => {
                "SELECT COUNT(*), MAX(s.published_at), (SELECT MAX(t.updated_at) FROM submission_translations t JOIN submissions s2 ON s2.id = t.submission_id WHERE $1 IS NULL OR s2.cycle_id = $1) \
                 FROM submissions s WHERE ($1 IS NULL OR s.cycle_id = $1) AND s.status = 'published'"
            }
            crate::Engine::Postgres => {
                "SELECT COUNT(*), MAX(s.published_at), (SELECT MAX(t.updated_at) FROM submission_translations t JOIN submissions s2 ON s2.id = t.submission_id WHERE $1::text IS NULL OR s2.cycle_id = $1) \
                 FROM submissions s WHERE ($1::text IS NULL OR s.cycle_id = $1) AND s.status = 'published'"
            }
        };
        let (count, published, translated): (i64, Option<String>, Option<String>) =
            with_pool!(self, |pool| { sqlx::query_as(sql).bind(cycle_id).fetch_one(pool).await? });
        Ok(format!("{count}|{}|{}", published.unwrap_or_default(), translated.unwrap_or_default()))
    }
}

/// What a report's frame is made with: the States' names, the framework (for the structured
/// part of replies) and the messages in six languages.
pub struct ReportContext<'a> {
    pub states: &'a comity_states::StateRegistry,
    pub framework: &'a comity_framework::Framework,
    pub messages: &'a comity_i18n::Messages,
}

/// What a report is compiled from: the cycle, the resolution's details from the record, and
/// the published replies (on time, or late for an addendum) in the UN's order of States.
pub struct ReportSource {
    pub cycle: Cycle,
    pub resolution_title: Option<String>,
    pub resolution_date: Option<String>,
    pub item_title: Option<String>,
    pub replies: Vec<comity_reporting::report::ReportReply>,
}

impl Store {
    /// Gathers a cycle's published replies for the report in `lang` — those on time, those
    /// late (for an addendum), or both with the late ones last (`late: None`); None for an
    /// unknown cycle. The newest version of every reply is read in one query.
    pub async fn report_source(
        &self,
        cycle_id: &str,
        lang: comity_i18n::Lang,
        late: Option<bool>,
        context: &ReportContext<'_>,
    ) -> Result<Option<ReportSource>> {
        let states = context.states;
        let Some(cycle) = self.cycle(cycle_id).await? else { return Ok(None) };
        let summary = self.document_summary(&cycle.details.resolution).await?;
        let version = match &summary {
            Some(s) => {
                let code = if s.languages.iter().any(|l| l == lang.code()) {
                    lang.code().to_string()
                } else {
                    s.languages[0].clone()
                };
                self.document_version(&cycle.details.resolution, &code).await?
            }
            None => None,
        };
        let doc = version.and_then(|v| comity_documents::Document::from_stored(&v).ok());
        let newest: Vec<(String, String)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT v.submission_id, v.answers FROM submission_versions v JOIN submissions s ON s.id = v.submission_id \
                 WHERE s.cycle_id = $1 AND s.status = 'published' AND v.version = s.version",
            )
            .bind(&cycle.id)
            .fetch_all(pool)
            .await?
        });
        let translated: Vec<(String, String, String)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT t.submission_id, t.status, t.answers FROM submission_translations t JOIN submissions s ON s.id = t.submission_id \
                 WHERE s.cycle_id = $1 AND s.status = 'published' AND t.lang = $2",
            )
            .bind(&cycle.id)
            .bind(lang.code())
            .fetch_all(pool)
            .await?
        });
        let mut gathered = Vec::new();
        for r in self.replies(&cycle.id, None).await?.into_iter() {
            if r.status != "published" || late.is_some_and(|l| l != r.late) {
                continue;
            }
            let translation = translated.iter().find(|(id, _, _)| *id == r.id);
            let official = translation.filter(|(_, status, _)| status == "official");
            let source = match official {
                Some((_, _, json)) => Some(json),
                None => newest.iter().find(|(id, _)| *id == r.id).map(|(_, json)| json),
            };
            let parse = |json: Option<&String>| -> Result<std::collections::BTreeMap<String, String>> {
                match json {
                    Some(json) => serde_json::from_str(json)
                        .map_err(|e| StoreError::Damaged(format!("stored reply of {} is damaged: {e}", r.state))),
                    None => Ok(Default::default()),
                }
            };
            let answers = parse(source)?;
            let raw = parse(newest.iter().find(|(id, _)| *id == r.id).map(|(_, json)| json))?;
            let pending = translation.is_some_and(|(_, status, _)| status == "pending");
            gathered.push((r, answers, raw, official.is_some(), pending));
        }
        let order: Vec<&str> = states.un_order().iter().map(|s| s.iso3.as_str()).collect();
        gathered.sort_by_key(|(r, ..)| (r.late, order.iter().position(|c| *c == r.state).unwrap_or(usize::MAX)));
        let replies = gathered
            .into_iter()
            .map(|(r, answers, raw, official, pending)| {
                let original_lang = r.original_lang.parse().unwrap_or(comity_i18n::Lang::En);
                comity_reporting::report::ReportReply {
                    state: r.state.clone(),
                    late: r.late,
                    state_name: states.get(&r.state).map(|s| s.short_name(lang).to_string()).unwrap_or(r.state.clone()),
                    original_lang,
                    shown_lang: if official { lang } else { original_lang },
                    translation_pending: pending,
                    date: r.submitted_at.as_deref().unwrap_or_default().chars().take(10).collect(),
                    answers: cycle
                        .details
                        .questions
                        .iter()
                        .map(|q| (q.label.clone(), answers.get(&q.label).cloned().unwrap_or_default()))
                        .chain(comity_reporting::survey::sections(&answers, context.framework, context.messages, lang))
                        .collect(),
                    raw,
                }
            })
            .collect();
        Ok(Some(ReportSource {
            resolution_title: doc.as_ref().and_then(|d| d.title.clone()),
            resolution_date: summary.as_ref().and_then(|s| s.adopted_on.clone()),
            item_title: doc.as_ref().and_then(|d| d.agenda_items.first()).and_then(|i| i.title.clone()),
            cycle,
            replies,
        }))
    }
}
