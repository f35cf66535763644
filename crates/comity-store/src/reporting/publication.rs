//! What is published: the replies as open data, the fingerprint that tells a cached page it is
//! current, and the source a report is compiled from.

use crate::{Result, Store, StoreError, with_pool};
use comity_reporting::Cycle;
use serde::Serialize;

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
                "SELECT s.id, c.id, c.resolution, c.session, s.state, s.original_lang, \
                    s.submitted_at, s.late, v.answers FROM submissions s JOIN reporting_cycles c ON \
                    c.id = s.cycle_id JOIN submission_versions v ON v.submission_id = s.id AND \
                    v.version = s.version WHERE s.status = 'published' AND ($1 IS NULL OR s.state = \
                    $1) ORDER BY c.session DESC, c.id, s.state"
            }
            crate::Engine::Postgres => {
                "SELECT s.id, c.id, c.resolution, c.session, s.state, s.original_lang, \
                    s.submitted_at, s.late, v.answers FROM submissions s JOIN reporting_cycles c ON \
                    c.id = s.cycle_id JOIN submission_versions v ON v.submission_id = s.id AND \
                    v.version = s.version WHERE s.status = 'published' AND ($1::text IS NULL OR \
                    s.state = $1) ORDER BY c.session DESC, c.id, s.state"
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
    /// Pages built from it stay valid while it is unchanged. As this process last read it,
    /// within [`crate::FINGERPRINT_TTL`] (see `fingerprints`).
    pub async fn publication_fingerprint(&self, cycle_id: Option<&str>) -> Result<String> {
        let key = format!("published {}", cycle_id.unwrap_or("*"));
        self.remembered(key, || self.read_publication_fingerprint(cycle_id)).await
    }

    async fn read_publication_fingerprint(&self, cycle_id: Option<&str>) -> Result<String> {
        let sql = match self.engine() {
            crate::Engine::Sqlite => {
                "SELECT COUNT(*), MAX(s.published_at), (SELECT MAX(t.updated_at) FROM \
                    submission_translations t JOIN submissions s2 ON s2.id = t.submission_id WHERE \
                    $1 IS NULL OR s2.cycle_id = $1) FROM submissions s WHERE ($1 IS NULL OR \
                    s.cycle_id = $1) AND s.status = 'published'"
            }
            crate::Engine::Postgres => {
                "SELECT COUNT(*), MAX(s.published_at), (SELECT MAX(t.updated_at) FROM \
                    submission_translations t JOIN submissions s2 ON s2.id = t.submission_id WHERE \
                    $1::text IS NULL OR s2.cycle_id = $1) FROM submissions s WHERE ($1::text IS \
                    NULL OR s.cycle_id = $1) AND s.status = 'published'"
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
                "SELECT v.submission_id, v.answers FROM submission_versions v JOIN submissions s \
                    ON s.id = v.submission_id WHERE s.cycle_id = $1 AND s.status = 'published' AND \
                    v.version = s.version",
            )
            .bind(&cycle.id)
            .fetch_all(pool)
            .await?
        });
        let translated: Vec<(String, String, String)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT t.submission_id, t.status, t.answers FROM submission_translations t JOIN \
                    submissions s ON s.id = t.submission_id WHERE s.cycle_id = $1 AND s.status = \
                    'published' AND t.lang = $2",
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
