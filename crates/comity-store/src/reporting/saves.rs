//! A State's reply: saves of versions (group-committed; a save names the version it was made
//! from), imports, the workflow's steps, and reading replies and their versions back.

use super::{ReplyImport, SubmissionSummary, SubmissionVersion};
use crate::Refusal;
use crate::identity::{Actor, append_audit, content};
use crate::{Result, Store, StoreError, now, with_pool};
use comity_reporting::{Action, Cycle, Status, transition};
use sqlx::Row;

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
        let mut head = crate::identity::audit_head!(&mut *tx, engine);
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
        // The usual saves (a draft edited from its newest version, or a reply's first save, in
        // an open cycle): all of the group's in two statements, the first save of each reply
        // only (a second save of the same reply in the group goes the long way, after the
        // first). What these statements do not take goes the long way below, which says what
        // is wrong.
        let usual: Vec<(usize, i64)> = (0..jobs.len())
            .filter_map(|i| {
                let job = &jobs[i];
                let open = open_cycles.iter().any(|(id, open)| *id == job.cycle.id && *open);
                let first_of_reply = !jobs[..i].iter().any(|o| o.cycle.id == job.cycle.id && o.state == job.state);
                match job.mode {
                    SaveMode::Edit { expected_version } if open && first_of_reply => Some((i, expected_version)),
                    _ => None,
                }
            })
            .collect();
        let (edits, firsts): (Vec<(usize, i64)>, Vec<(usize, i64)>) = usual.iter().partition(|(_, v)| *v > 0);
        // (id, cycle, state) of each reply the statements saved.
        let mut saved_usual: Vec<(String, String, String)> = Vec::new();
        if !edits.is_empty() {
            let mut update = sqlx::QueryBuilder::new("WITH v (cycle_id, state, expected, lang) AS (");
            update.push_values(&edits, |mut row, &(i, expected)| {
                let job = &jobs[i];
                row.push_bind(job.cycle.id.as_str())
                    .push_bind(job.state.as_str())
                    .push_bind(expected)
                    .push_bind(job.original_lang.as_str());
            });
            update.push(
                ") UPDATE submissions SET version = version + 1, original_lang = v.lang FROM v WHERE \
                submissions.cycle_id = v.cycle_id AND submissions.state = v.state AND submissions.version = \
                v.expected AND submissions.status = 'draft' RETURNING submissions.id, submissions.cycle_id, \
                submissions.state",
            );
            saved_usual = update.build_query_as().fetch_all(&mut *tx).await?;
        }
        if !firsts.is_empty() {
            // A State the registry does not know, or a reply another save created first, is
            // not inserted (and goes the long way, which names it).
            let mut insert = sqlx::QueryBuilder::new("WITH v (id, cycle_id, state, lang) AS (");
            insert.push_values(&firsts, |mut row, &(i, _)| {
                let job = &jobs[i];
                row.push_bind(uuid::Uuid::now_v7().to_string())
                    .push_bind(job.cycle.id.as_str())
                    .push_bind(job.state.as_str())
                    .push_bind(job.original_lang.as_str());
            });
            insert.push(
                ") INSERT INTO submissions (id, cycle_id, state, status, original_lang, version) SELECT v.id, \
                v.cycle_id, v.state, 'draft', v.lang, 1 FROM v JOIN states ON states.iso3 = v.state WHERE true \
                ON CONFLICT (cycle_id, state) DO NOTHING RETURNING id, cycle_id, state",
            );
            saved_usual.extend(insert.build_query_as::<(String, String, String)>().fetch_all(&mut *tx).await?);
        }
        for (index, job) in jobs.iter().enumerate() {
            let SaveJob { cycle, state, original_lang, answers_json, mode, actor, at } = job;
            let cycle_id = cycle.id.as_str();
            let open = open_cycles.iter().any(|(id, open)| *id == cycle_id && *open);
            if let Some(&(_, expected_version)) = usual.iter().find(|(i, _)| *i == index) {
                let saved = saved_usual.iter().find(|(_, c, s)| c == cycle_id && s == state).map(|(id, _, _)| id);
                if let Some(id) = saved {
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
                sqlx::query(
                    "INSERT INTO submissions (id, cycle_id, state, status, original_lang, \
                    version) VALUES ($1, $2, $3, 'draft', $4, 1)",
                )
                .bind(&id)
                .bind(cycle_id)
                .bind(state)
                .bind(original_lang)
                .execute(&mut *tx)
                .await?;
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
                    let details = serde_json::json!({
                        "version": { "before": version, "after": next },
                        "source": source,
                        "submitted": submit,
                    });
                    audit.push(content(actor, "reply.import", format!("reply:{id}"), Some(state.to_string()), details));
                    if *submit {
                        sqlx::query("UPDATE submissions SET status = $1, submitted_at = $2, late = $3 WHERE id = $4")
                            .bind(submitted_status.as_str())
                            .bind(at)
                            .bind(cycle.details.is_late(at) as i64)
                            .bind(&id)
                            .execute(&mut *tx)
                            .await?;
                        let details = serde_json::json!({
                            "status": { "before": "draft", "after": submitted_status.as_str() },
                            "on_authority_of": "secretariat",
                        });
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
        crate::identity::insert_audit_entries!(&mut *tx, &entries);
        tx.commit().await?;
        Ok(outcomes)
    })
}

/// How a reply's text arrives: edited in the portal (from a known version) or imported.
enum SaveMode {
    Edit { expected_version: i64 },
    Import { submit: bool, source: serde_json::Value },
}

impl Store {
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
        let answers_json = serde_json::to_string(answers).map_err(crate::internal)?;
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
    pub(super) async fn load_replies(
        &self,
        cycle_id: Option<&str>,
        state: Option<&str>,
        id: Option<&str>,
    ) -> Result<Vec<SubmissionSummary>> {
        let rows: Vec<(String, String, String, String, String, i64, Option<String>, i64, Option<String>)> =
            with_pool!(self, |pool| {
                sqlx::query_as(
                    "SELECT id, cycle_id, state, status, original_lang, version, submitted_at, late, \
                    published_at FROM submissions WHERE (CAST($1 AS TEXT) IS NULL OR cycle_id = $1) \
                    AND (CAST($2 AS TEXT) IS NULL OR state = $2) AND (CAST($3 AS TEXT) IS NULL OR \
                    id = $3) ORDER BY state",
                )
                .bind(cycle_id)
                .bind(state)
                .bind(id)
                .fetch_all(pool)
                .await?
            });
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
            sqlx::query_as(
                "SELECT version, answers, author_account, created_at FROM \
                submission_versions WHERE submission_id = $1 ORDER BY version",
            )
            .bind(submission_id)
            .fetch_all(pool)
            .await?
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
    pub(super) async fn check_answers(
        &self,
        cycle: &Cycle,
        answers: &std::collections::BTreeMap<String, String>,
    ) -> Result<()> {
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
            comity_reporting::survey::check(key, text.trim(), questions, &elements)
                .map_err(|detail| Refusal::Invalid { field: key.clone(), detail })?;
            comity_reporting::markdown::check(text)
                .map_err(|e| Refusal::Invalid { field: key.clone(), detail: e.to_string() })?;
        }
        Ok(())
    }

    /// The reply of a State in a cycle: its id, status, original language and version.
    pub(super) async fn reply_row(&self, cycle_id: &str, state: &str) -> Result<(String, String, String, i64)> {
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
}
