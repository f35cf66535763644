//! Reporting cycles and States' replies: opening and closing cycles, saving versions of a
//! reply (optimistic concurrency: a save names the version it was made from), and moving a
//! reply through the workflow (comity-reporting), every change audited in its transaction.
// Rows are read as tuples that mirror their SELECT lists, next to the query.
#![allow(clippy::type_complexity)]

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

fn refused(e: impl std::fmt::Display) -> StoreError {
    StoreError::Refused(e.to_string())
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
        with_pool!(self, pool => {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let exists: Option<(String,)> = sqlx::query_as("SELECT id FROM reporting_cycles WHERE id = $1").bind(&id).fetch_optional(&mut *tx).await?;
            if exists.is_some() {
                return Err(StoreError::Refused(format!("a cycle for {} reporting to session {} exists already ({id})", cycle.resolution, cycle.session)));
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
            append_audit!(tx, content(actor, "cycle.create", format!("cycle:{id}"), Some("SECRETARIAT".into()), details), engine);
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
        let rows: Vec<(String, String, i64, String, String, String, String)> = with_pool!(self, pool => {
            sqlx::query_as(cycles_sql).bind(id).fetch_all(pool).await?
        });
        let questions: Vec<(String, i64, String, String, String)> = with_pool!(self, pool => {
            sqlx::query_as(questions_sql).bind(id).fetch_all(pool).await?
        });
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

    /// Closes a cycle: replies can no longer be saved or submitted (publication goes on).
    pub async fn close_cycle(&self, id: &str, actor: &Actor) -> Result<bool> {
        let engine = self.engine();
        Ok(with_pool!(self, pool => {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let n = sqlx::query("UPDATE reporting_cycles SET status = 'closed', closed_at = $1 WHERE id = $2 AND status = 'open'")
                .bind(now()).bind(id).execute(&mut *tx).await?.rows_affected();
            if n > 0 {
                let details = serde_json::json!({ "status": { "before": "open", "after": "closed" } });
                append_audit!(tx, content(actor, "cycle.close", format!("cycle:{id}"), Some("SECRETARIAT".into()), details), engine);
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
        let cycle = self.cycle(cycle_id).await?.ok_or_else(|| StoreError::Refused(format!("no cycle {cycle_id}")))?;
        for label in answers.keys() {
            if !cycle.details.questions.iter().any(|q| &q.label == label) {
                return Err(StoreError::Refused(format!(
                    "{label:?} is not a question of cycle {cycle_id} (its questions: {})",
                    cycle.details.questions.iter().map(|q| q.label.as_str()).collect::<Vec<_>>().join(", ")
                )));
            }
        }
        if original_lang.parse::<comity_i18n::Lang>().is_err() {
            return Err(StoreError::Refused(format!("{original_lang:?} is not one of ar, zh, en, fr, ru, es")));
        }
        let answers_json = serde_json::to_string(answers).map_err(refused)?;
        let engine = self.engine();
        let at = now();
        with_pool!(self, pool => {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let row = sqlx::query("SELECT id, status, version FROM submissions WHERE cycle_id = $1 AND state = $2")
                .bind(cycle_id).bind(state).fetch_optional(&mut *tx).await?;
            let (id, status, version): (String, String, i64) = match row {
                Some(r) => (r.try_get(0)?, r.try_get(1)?, r.try_get(2)?),
                None => (uuid::Uuid::now_v7().to_string(), "draft".into(), 0),
            };
            let status = Status::parse(&status).unwrap_or(Status::Draft);
            transition(status, Action::Save, cycle.status == "open").map_err(refused)?;
            if version != expected_version {
                return Err(StoreError::Refused(format!(
                    "this reply was saved by someone else in the meantime (version {version}, yours was made from version {expected_version}); nothing was saved: reload it, then apply your changes"
                )));
            }
            let next = version + 1;
            if version == 0 {
                sqlx::query("INSERT INTO submissions (id, cycle_id, state, status, original_lang, version) VALUES ($1, $2, $3, 'draft', $4, 1)")
                    .bind(&id).bind(cycle_id).bind(state).bind(original_lang).execute(&mut *tx).await?;
            } else {
                // The version named in the WHERE clause makes a race lose cleanly.
                let n = sqlx::query("UPDATE submissions SET version = $1, original_lang = $2 WHERE id = $3 AND version = $4")
                    .bind(next).bind(original_lang).bind(&id).bind(version).execute(&mut *tx).await?.rows_affected();
                if n != 1 {
                    return Err(StoreError::Refused("this reply was saved by someone else in the meantime; nothing was saved".into()));
                }
            }
            sqlx::query("INSERT INTO submission_versions (submission_id, version, answers, author_account, created_at) VALUES ($1, $2, $3, $4, $5)")
                .bind(&id).bind(next).bind(&answers_json).bind(&actor.account).bind(&at).execute(&mut *tx).await?;
            let details = serde_json::json!({ "version": { "before": version, "after": next } });
            append_audit!(tx, content(actor, "reply.save", format!("reply:{id}"), Some(state.to_string()), details), engine);
            tx.commit().await?;
            Ok(next)
        })
    }

    /// Moves a reply through the workflow (submit, withdraw, publish); a reply submitted
    /// after the deadline is marked late (it goes to an addendum).
    pub async fn reply_action(&self, cycle_id: &str, state: &str, action: Action, actor: &Actor) -> Result<Status> {
        let cycle = self.cycle(cycle_id).await?.ok_or_else(|| StoreError::Refused(format!("no cycle {cycle_id}")))?;
        let engine = self.engine();
        let at = now();
        with_pool!(self, pool => {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let row = sqlx::query("SELECT id, status FROM submissions WHERE cycle_id = $1 AND state = $2")
                .bind(cycle_id).bind(state).fetch_optional(&mut *tx).await?;
            let Some(row) = row else { return Err(StoreError::Refused(format!("{state} has no reply in cycle {cycle_id}"))) };
            let (id, status): (String, String) = (row.try_get(0)?, row.try_get(1)?);
            let from = Status::parse(&status).unwrap_or(Status::Draft);
            let to = transition(from, action, cycle.status == "open").map_err(refused)?;
            match action {
                Action::Submit => {
                    sqlx::query("UPDATE submissions SET status = $1, submitted_at = $2, late = $3 WHERE id = $4")
                        .bind(to.as_str()).bind(&at).bind(cycle.details.is_late(&at) as i64).bind(&id).execute(&mut *tx).await?;
                }
                Action::Publish => {
                    sqlx::query("UPDATE submissions SET status = $1, published_at = $2 WHERE id = $3")
                        .bind(to.as_str()).bind(&at).bind(&id).execute(&mut *tx).await?;
                }
                _ => {
                    sqlx::query("UPDATE submissions SET status = $1, submitted_at = NULL WHERE id = $2").bind(to.as_str()).bind(&id).execute(&mut *tx).await?;
                }
            }
            let details = serde_json::json!({ "status": { "before": from.as_str(), "after": to.as_str() } });
            append_audit!(tx, content(actor, &format!("reply.{}", action.as_str()), format!("reply:{id}"), Some(state.to_string()), details), engine);
            tx.commit().await?;
            Ok(to)
        })
    }

    /// The replies of a cycle (one State's when `state` is given).
    pub async fn replies(&self, cycle_id: &str, state: Option<&str>) -> Result<Vec<SubmissionSummary>> {
        let sql_state = state.map(str::to_string);
        let rows: Vec<(String, String, String, String, String, i64, Option<String>, i64, Option<String>)> = with_pool!(self, pool => {
            sqlx::query_as("SELECT id, cycle_id, state, status, original_lang, version, submitted_at, late, published_at FROM submissions WHERE cycle_id = $1 ORDER BY state")
                .bind(cycle_id).fetch_all(pool).await?
        });
        Ok(rows
            .into_iter()
            .filter(|r| sql_state.as_deref().is_none_or(|s| s == r.2))
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
        let rows: Vec<(i64, String, Option<String>, String)> = with_pool!(self, pool => {
            sqlx::query_as("SELECT version, answers, author_account, created_at FROM submission_versions WHERE submission_id = $1 ORDER BY version")
                .bind(submission_id).fetch_all(pool).await?
        });
        rows.into_iter()
            .map(|(version, answers, author_account, created_at)| {
                Ok(SubmissionVersion {
                    version,
                    answers: serde_json::from_str(&answers)
                        .map_err(|e| StoreError::Refused(format!("stored reply version {version} is damaged: {e}")))?,
                    author_account,
                    created_at,
                })
            })
            .collect()
    }
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
        states: &comity_states::StateRegistry,
    ) -> Result<Option<ReportSource>> {
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
        let newest: Vec<(String, String)> = with_pool!(self, pool => {
            sqlx::query_as(
                "SELECT v.submission_id, v.answers FROM submission_versions v JOIN submissions s ON s.id = v.submission_id \
                 WHERE s.cycle_id = $1 AND s.status = 'published' AND v.version = s.version",
            )
            .bind(&cycle.id)
            .fetch_all(pool)
            .await?
        });
        let mut gathered = Vec::new();
        for r in self.replies(&cycle.id, None).await?.into_iter() {
            if r.status != "published" || late.is_some_and(|l| l != r.late) {
                continue;
            }
            let answers: std::collections::BTreeMap<String, String> = match newest.iter().find(|(id, _)| *id == r.id) {
                Some((_, json)) => serde_json::from_str(json)
                    .map_err(|e| StoreError::Refused(format!("stored reply of {} is damaged: {e}", r.state)))?,
                None => Default::default(),
            };
            gathered.push((r, answers));
        }
        let order: Vec<&str> = states.un_order().iter().map(|s| s.iso3.as_str()).collect();
        gathered.sort_by_key(|(r, _)| (r.late, order.iter().position(|c| *c == r.state).unwrap_or(usize::MAX)));
        let replies = gathered
            .into_iter()
            .map(|(r, answers)| comity_reporting::report::ReportReply {
                state: r.state.clone(),
                late: r.late,
                state_name: states.get(&r.state).map(|s| s.short_name(lang).to_string()).unwrap_or(r.state.clone()),
                original_lang: r.original_lang.parse().unwrap_or(comity_i18n::Lang::En),
                date: r.submitted_at.as_deref().unwrap_or_default().chars().take(10).collect(),
                answers: cycle
                    .details
                    .questions
                    .iter()
                    .map(|q| (q.label.clone(), answers.get(&q.label).cloned().unwrap_or_default()))
                    .collect(),
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
