//! `/cycles`, `/replies`: reporting cycles, published replies as open data (JSON and CSV), and a State's draft read and saved with a token.

use super::{ApiError, ApiFailure, ApiResult, LangCode, internal, json, parse_lang, refusal};
use crate::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use comity_i18n::Lang;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// This part's operations, added to the API's router.
pub(super) fn routes(router: OpenApiRouter<AppState>) -> OpenApiRouter<AppState> {
    router
        .routes(routes!(published_replies))
        .routes(routes!(list_cycles))
        .routes(routes!(get_draft, put_draft))
        .routes(routes!(all_published_replies))
        .routes(routes!(published_replies_csv))
        .routes(routes!(all_published_replies_csv))
}

/// A published reply, as open data.
#[derive(Serialize, ToSchema)]
pub(super) struct PublishedReply {
    /// The cycle, e.g. 77-76-19.
    cycle: String,
    /// ISO 3166-1 alpha-3.
    state: String,
    /// The State's short name: in English in JSON; in the CSV, in the language asked for.
    state_name: String,
    original_language: String,
    /// ISO date of the reply.
    date: String,
    /// Received after the deadline (issued in an addendum).
    late: bool,
    /// The reply in its original language, by key: question labels (Markdown as received),
    /// and the structured reply — `element/{id}` (Markdown on a framework element),
    /// `survey/{norm}/status` (implemented, partly, planned, not-started, not-applicable),
    /// `survey/{norm}/measures` (comma-separated: legislation, policy, institution,
    /// cooperation, capacity-building, other), `survey/{part}/measures|challenges|needs`.
    answers: std::collections::BTreeMap<String, String>,
}

async fn published(app: &AppState, id: &str, lang: Lang) -> Result<Vec<PublishedReply>, ApiFailure> {
    let source = app.store.report_source(id, lang, None, &app.catalog.report_context()).await.map_err(internal)?;
    let Some(source) = source else {
        return Err(ApiFailure::new(StatusCode::NOT_FOUND, "unknown_cycle", format!("no cycle {id}")));
    };
    Ok(source
        .replies
        .into_iter()
        .map(|r| PublishedReply {
            cycle: id.to_string(),
            state: r.state,
            state_name: r.state_name,
            original_language: r.original_lang.code().to_string(),
            date: r.date,
            late: r.late,
            answers: r.raw.into_iter().filter(|(_, a)| !a.trim().is_empty()).collect(),
        })
        .collect())
}

/// The published replies of a cycle, in the UN's order (on-time replies first, then late ones).
#[utoipa::path(get, path = "/cycles/{id}/replies", tag = "views",
    params(("id" = String, Path, description = "The cycle, e.g. 77-76-19", example = "77-76-19")),
    responses((status = 200, body = Vec<PublishedReply>), (status = 404, body = ApiError)))]
async fn published_replies(State(app): State<AppState>, Path(id): Path<String>) -> ApiResult {
    Ok(json(StatusCode::OK, &published(&app, &id, Lang::En).await?))
}

/// What a CSV download is asked for with.
#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
struct CsvQuery {
    /// The language of the column headings and the State names, for people opening the file
    /// in a spreadsheet (the answers stay in the language they were given in). Without it:
    /// English names under the columns' stable keys (`cycle`, `state`, ...), for programs.
    #[param(value_type = Option<LangCode>)]
    lang: Option<String>,
}

/// The columns of the replies' CSV, by key: the heading without `lang`, and the message
/// naming it in a language.
const CSV_COLUMNS: [&str; 8] =
    ["cycle", "state", "state_name", "original_language", "date", "late", "question", "answer"];

impl CsvQuery {
    /// The language asked for, if any.
    fn lang(query: Result<Query<CsvQuery>, QueryRejection>) -> Result<Option<Lang>, ApiFailure> {
        let Query(query) = query?;
        parse_lang(query.lang.as_deref())
    }

    /// The heading row: the keys, or their names in the language asked for.
    fn headings(app: &AppState, lang: Option<Lang>) -> Vec<String> {
        CSV_COLUMNS
            .iter()
            .map(|key| match lang {
                Some(l) => app.catalog.messages.get(l, &format!("csv-column-{}", key.replace('_', "-"))),
                None => key.to_string(),
            })
            .collect()
    }
}

/// The same as CSV (RFC 4180, UTF-8 with a byte-order mark): one row per State and answer.
#[utoipa::path(get, path = "/cycles/{id}/replies.csv", tag = "views",
    params(("id" = String, Path, description = "The cycle, e.g. 77-76-19", example = "77-76-19"), CsvQuery),
    responses((status = 200, content_type = "text/csv", body = String), (status = 404, body = ApiError),
        (status = 400, body = ApiError)))]
async fn published_replies_csv(
    State(app): State<AppState>,
    Path(id): Path<String>,
    query: Result<Query<CsvQuery>, QueryRejection>,
) -> ApiResult {
    let asked = CsvQuery::lang(query)?;
    let lang = asked.unwrap_or(Lang::En);
    let replies = published(&app, &id, lang).await?;
    // The cycle id is known to the record here (else 404 above): safe in a header.
    Ok(replies_csv(&CsvQuery::headings(&app, asked), &replies, &format!("replies-{id}-{}.csv", lang.code())))
}

/// Published replies as CSV (RFC 4180): one row per reply and answer key; an answer that
/// begins like a spreadsheet formula is written behind a quote. UTF-8 with a byte-order mark,
/// which spreadsheets need to read Arabic and Chinese as such; a download under `file_name`.
fn replies_csv(headings: &[String], replies: &[PublishedReply], file_name: &str) -> Response {
    let field = |v: &str| format!("\"{}\"", comity_access::untrusted::spreadsheet_cell(v).replace('"', "\"\""));
    let mut out = String::from("\u{feff}");
    // Headings are quoted only where RFC 4180 needs it, so the keys read as before.
    let heading = |h: &String| if h.contains([',', '"', '\r', '\n']) { field(h) } else { h.clone() };
    out.push_str(&headings.iter().map(heading).collect::<Vec<_>>().join(","));
    out.push_str("\r\n");
    for r in replies {
        for (question, answer) in &r.answers {
            out.push_str(&format!(
                "{},{},{},{},{},{},{},{}\r\n",
                r.cycle,
                r.state,
                field(&r.state_name),
                r.original_language,
                r.date,
                r.late,
                field(question),
                field(answer)
            ));
        }
    }
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{file_name}\"")),
        ],
        out,
    )
        .into_response()
}

async fn all_published(app: &AppState, lang: Lang) -> Result<Vec<PublishedReply>, ApiFailure> {
    let replies = app.store.published_replies(None).await.map_err(internal)?;
    Ok(replies
        .into_iter()
        .map(|r| PublishedReply {
            state_name: app.catalog.states.get(&r.state).map(|s| s.short_name(lang).to_string()).unwrap_or_default(),
            cycle: r.cycle_id,
            state: r.state,
            original_language: r.original_lang,
            date: r.submitted_at.as_deref().unwrap_or_default().chars().take(10).collect(),
            late: r.late,
            answers: r.answers.into_iter().filter(|(_, a)| !a.trim().is_empty()).collect(),
        })
        .collect())
}

/// Every published reply of every cycle (newest session first, then by State code): the
/// open-data download of views and assessments.
#[utoipa::path(get, path = "/replies", tag = "views",
    responses((status = 200, body = Vec<PublishedReply>)))]
async fn all_published_replies(State(app): State<AppState>) -> ApiResult {
    Ok(json(StatusCode::OK, &all_published(&app, Lang::En).await?))
}

/// The same as CSV (RFC 4180, UTF-8 with a byte-order mark): one row per reply and answer key.
#[utoipa::path(get, path = "/replies.csv", tag = "views", params(CsvQuery),
    responses((status = 200, content_type = "text/csv", body = String), (status = 400, body = ApiError)))]
async fn all_published_replies_csv(
    State(app): State<AppState>,
    query: Result<Query<CsvQuery>, QueryRejection>,
) -> ApiResult {
    let asked = CsvQuery::lang(query)?;
    let lang = asked.unwrap_or(Lang::En);
    let replies = all_published(&app, lang).await?;
    Ok(replies_csv(&CsvQuery::headings(&app, asked), &replies, &format!("replies-{}.csv", lang.code())))
}

/// A reporting cycle: the resolution, the session the report goes to, its questions in each
/// language held, the note verbale and the deadline.
#[derive(Serialize, ToSchema)]
struct CycleView {
    id: String,
    resolution: String,
    session: u32,
    /// `open` or `closed`.
    status: String,
    deadline: String,
    note_verbale: String,
    note_verbale_date: String,
    /// Label and text by language code.
    questions: Vec<QuestionView>,
}

#[derive(Serialize, ToSchema)]
struct QuestionView {
    label: String,
    texts: std::collections::BTreeMap<String, String>,
}

/// Every reporting cycle, newest session first.
#[utoipa::path(get, path = "/cycles", tag = "views", responses((status = 200, body = Vec<CycleView>)))]
async fn list_cycles(State(app): State<AppState>) -> ApiResult {
    let cycles = app.store.cycles().await.map_err(internal)?;
    let out: Vec<CycleView> = cycles
        .into_iter()
        .map(|c| CycleView {
            id: c.id,
            resolution: c.details.resolution,
            session: c.details.session,
            status: c.status,
            deadline: c.details.deadline,
            note_verbale: c.details.note_verbale,
            note_verbale_date: c.details.note_verbale_date,
            questions: c
                .details
                .questions
                .into_iter()
                .map(|q| QuestionView { label: q.label, texts: q.texts })
                .collect(),
        })
        .collect();
    Ok(json(StatusCode::OK, &out))
}

/// A State's reply as its users see it, published or not.
#[derive(Serialize, ToSchema)]
struct DraftView {
    cycle: String,
    state: String,
    /// `none` (nothing saved yet), `draft`, `submitted` or `published`.
    status: String,
    /// The newest version; a save names it to succeed.
    version: i64,
    original_language: Option<String>,
    late: bool,
    /// By key: question labels, and the structured reply's keys (see `/replies`).
    answers: std::collections::BTreeMap<String, String>,
}

/// A new version of a State's reply.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct DraftSave {
    /// The version the text was edited from (0 for the first save): a save made from an
    /// older version is refused with 409, never merged.
    version: i64,
    /// ar, zh, en, fr, ru or es.
    original_language: String,
    answers: std::collections::BTreeMap<String, String>,
}

#[derive(Serialize, ToSchema)]
struct Saved {
    version: i64,
}

async fn draft_view(
    app: &AppState,
    visitor: &crate::access::Visitor,
    id: &str,
    state: &str,
) -> Result<DraftView, ApiFailure> {
    if app.store.cycle(id).await.map_err(internal)?.is_none() {
        return Err(ApiFailure::new(StatusCode::NOT_FOUND, "unknown_cycle", format!("no cycle {id}")));
    }
    let reply = app.store.replies(id, Some(state)).await.map_err(internal)?.into_iter().next();
    if !visitor.may_see_reply(state, reply.as_ref().map_or("none", |r| r.status.as_str())) {
        return Err(ApiFailure::new(StatusCode::NOT_FOUND, "not_found", "no such resource"));
    }
    let answers = match &reply {
        Some(r) => {
            app.store.reply_versions(&r.id).await.map_err(internal)?.pop().map(|v| v.answers).unwrap_or_default()
        }
        None => Default::default(),
    };
    Ok(DraftView {
        cycle: id.to_string(),
        state: state.to_string(),
        status: reply.as_ref().map(|r| r.status.clone()).unwrap_or_else(|| "none".into()),
        version: reply.as_ref().map(|r| r.version).unwrap_or(0),
        original_language: reply.as_ref().map(|r| r.original_lang.clone()),
        late: reply.as_ref().is_some_and(|r| r.late),
        answers,
    })
}

/// A State's reply to a cycle: for the State's users at every stage; for the Secretariat once
/// the State has submitted it (a draft is answered 404, as if it did not exist).
#[utoipa::path(get, path = "/cycles/{id}/replies/{org}/draft", tag = "views", security(("bearer" = [])),
    params(("id" = String, Path, example = "77-76-19"), ("org" = String, Path, description = "The State's ISO 3166-1 alpha-3 code", example = "FRA")),
    responses((status = 200, body = DraftView), (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError)))]
async fn get_draft(
    State(app): State<AppState>,
    Path((id, org)): Path<(String, String)>,
    visitor: crate::access::Visitor,
) -> ApiResult {
    Ok(json(StatusCode::OK, &draft_view(&app, &visitor, &id, &org.to_ascii_uppercase()).await?))
}

/// Saves a new version of a State's reply (its drafters): the same rules as the portal.
#[utoipa::path(put, path = "/cycles/{id}/replies/{org}/draft", tag = "views", security(("bearer" = [])),
    params(("id" = String, Path, example = "77-76-19"), ("org" = String, Path, example = "FRA")),
    request_body = DraftSave,
    responses((status = 200, body = Saved), (status = 400, body = ApiError), (status = 401, body = ApiError),
        (status = 403, body = ApiError), (status = 404, body = ApiError), (status = 409, body = ApiError)))]
async fn put_draft(
    State(app): State<AppState>,
    Path((id, org)): Path<(String, String)>,
    visitor: crate::access::Visitor,
    body: Result<axum::Json<DraftSave>, axum::extract::rejection::JsonRejection>,
) -> ApiResult {
    let axum::Json(save) = body.map_err(|r| ApiFailure::new(StatusCode::BAD_REQUEST, "bad_body", r.body_text()))?;
    if app.store.cycle(&id).await.map_err(internal)?.is_none() {
        return Err(ApiFailure::new(StatusCode::NOT_FOUND, "unknown_cycle", format!("no cycle {id}")));
    }
    let actor = visitor.actor(Some(comity_access::Permission::DraftSubmission));
    let state = org.to_ascii_uppercase();
    match app.store.save_reply(&id, &state, &save.original_language, &save.answers, save.version, &actor).await {
        Ok(version) => Ok(json(StatusCode::OK, &Saved { version })),
        Err(comity_store::StoreError::Refused(reason)) => Err(refusal(reason)),
        Err(e) => Err(internal(e)),
    }
}
