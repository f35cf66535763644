//! One State's reply as a page: its questions (or the National Survey's parts) with the answers
//! of the last version, what the visitor may do with it, its attachments and translations.

use super::allowed;
use crate::AppState;
use crate::access::Visitor;
use crate::pages::page::{Page, PageCtx, PageError, failure, render_private};
use askama::Template;
use axum::extract::Path;
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use comity_access::{OrgRef, Permission};
use comity_i18n::Lang;
use comity_reporting::Cycle;

struct QuestionView {
    index: usize,
    label: String,
    text: String,
    answer: String,
    answer_html: String,
    /// After a save refused as stale: the answer saved meanwhile, and the visitor's own (kept in
    /// the form) compared with it word by word, when the two differ.
    theirs: Option<(String, Vec<(&'static str, String)>)>,
}

/// What a visitor typed and could not save because someone saved in between: shown again in
/// the form, with what was saved meanwhile beside it, so nothing typed is lost.
pub(super) struct Kept {
    pub(super) answers: std::collections::BTreeMap<String, String>,
    pub(super) lang: String,
}

/// A choice offered in the structured reply, and whether the reply has made it.
struct Choice {
    code: &'static str,
    label: String,
    chosen: bool,
}

struct SurveyNorm {
    id: String,
    heading: String,
    statuses: Vec<Choice>,
    measures: Vec<Choice>,
    text: String,
}

struct SurveyList {
    code: &'static str,
    label: String,
    value: String,
}

/// One part of the National Survey (a pillar): comments, its norms, its three lists.
struct SurveyPart {
    id: String,
    title: String,
    text: String,
    norms: Vec<SurveyNorm>,
    lists: Vec<SurveyList>,
}

fn survey_parts(
    app: &AppState,
    page: &Page<'_>,
    answers: &std::collections::BTreeMap<String, String>,
) -> Vec<SurveyPart> {
    use comity_reporting::survey::{LISTS, MEASURES, PARTS, STATUSES};
    let framework = &app.catalog.framework;
    let value = |k: String| answers.get(&k).cloned().unwrap_or_default();
    PARTS
        .iter()
        .filter_map(|part| framework.get(part))
        .map(|pillar| SurveyPart {
            id: pillar.id.clone(),
            title: pillar.title(page.lang).to_string(),
            text: value(format!("element/{}", pillar.id)),
            norms: framework
                .children(&pillar.id)
                .filter(|e| e.kind == comity_framework::ElementKind::Norm)
                .map(|norm| {
                    let status = value(format!("survey/{}/status", norm.id));
                    let measures = value(format!("survey/{}/measures", norm.id));
                    let chosen: Vec<&str> = measures.split(',').map(str::trim).collect();
                    SurveyNorm {
                        heading: format!("({}) {}", norm.letter.clone().unwrap_or_default(), norm.title(page.lang)),
                        statuses: STATUSES
                            .iter()
                            .map(|c| Choice {
                                code: c,
                                label: page.t(&format!("survey-status-{c}")),
                                chosen: status == *c,
                            })
                            .collect(),
                        measures: MEASURES
                            .iter()
                            .map(|c| Choice {
                                code: c,
                                label: page.t(&format!("survey-measure-{c}")),
                                chosen: chosen.contains(c),
                            })
                            .collect(),
                        text: value(format!("element/{}", norm.id)),
                        id: norm.id.clone(),
                    }
                })
                .collect(),
            lists: LISTS
                .iter()
                .map(|l| SurveyList {
                    code: l,
                    label: page.t(&format!("survey-list-{l}")),
                    value: value(format!("survey/{}/{l}", pillar.id)),
                })
                .collect(),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "reply.html")]
struct ReplyPage<'a> {
    page: Page<'a>,
    cycle: Cycle,
    state_code: String,
    state_name: String,
    status: String,
    status_label: String,
    version: i64,
    version_label: String,
    late: bool,
    original_lang: String,
    languages: Vec<(&'static str, &'static str)>,
    questions: Vec<QuestionView>,
    survey: Vec<SurveyPart>,
    attachments: Vec<comity_store::Attachment>,
    /// (language code, language name, status label, outdated) of each translation.
    translations: Vec<(String, String, String, bool)>,
    can_translate: bool,
    /// The languages a translation can be into (all but the original's).
    translation_languages: Vec<(&'static str, &'static str)>,
    /// The structured part as it reads in the report (heading, HTML), for reading.
    structured: Vec<(String, String)>,
    can_edit: bool,
    can_submit: bool,
    can_withdraw: bool,
    can_publish: bool,
    /// The form holds the visitor's own text after a stale save (see [`Kept`]).
    conflict: bool,
    notice: Option<String>,
}

pub(super) async fn reply_page(
    app: &AppState,
    lang: Lang,
    uri: &Uri,
    visitor: &Visitor,
    reply_of: (&str, &str),
    answer: (Option<String>, StatusCode),
) -> Result<Response, PageError> {
    reply_page_keeping(app, lang, uri, visitor, reply_of, answer, None).await
}

/// The reply page; with `kept`, the form holds the visitor's own text instead of the last
/// version's, and each answer saved differently meanwhile is shown beside it.
pub(super) async fn reply_page_keeping(
    app: &AppState,
    lang: Lang,
    uri: &Uri,
    visitor: &Visitor,
    (cycle_id, state): (&str, &str),
    (notice, status): (Option<String>, StatusCode),
    kept: Option<&Kept>,
) -> Result<Response, PageError> {
    let (cycle, replies) = match (app.store.cycle(cycle_id).await, app.store.replies(cycle_id, Some(state)).await) {
        (Ok(Some(c)), Ok(r)) => (c, r),
        (Ok(None), _) => return Err(PageError::NotFound),
        (Err(e), _) | (_, Err(e)) => return Err(failure("reading a reply", &e)),
    };
    let Some(state_entry) = app.catalog.states.get(state) else { return Err(PageError::NotFound) };
    let reply = replies.into_iter().next();
    if !visitor.may_see_reply(state, reply.as_ref().map_or("none", |r| r.status.as_str())) {
        return Err(PageError::NotFound);
    }
    let saved = match &reply {
        Some(r) => match app.store.reply_versions(&r.id).await {
            Ok(v) => v.into_iter().last().map(|v| v.answers).unwrap_or_default(),
            Err(e) => return Err(failure("reading a reply's versions", &e)),
        },
        None => Default::default(),
    };
    let answers = kept.map_or(&saved, |k| &k.answers);
    let text_lang: Lang = kept
        .map(|k| k.lang.as_str())
        .or(reply.as_ref().map(|r| r.original_lang.as_str()))
        .and_then(|l| l.parse().ok())
        .unwrap_or(lang);
    let org = OrgRef::State(state_entry.iso3.clone());
    let current = reply.as_ref().map(|r| r.status.clone()).unwrap_or_else(|| "draft".into());
    let open = cycle.status == "open";
    let page = Page::new(lang, &app.catalog.messages, "reply", uri);
    let questions = cycle
        .details
        .questions
        .iter()
        .enumerate()
        .map(|(index, q)| {
            let answer = answers.get(&q.label).cloned().unwrap_or_default();
            let theirs = saved.get(&q.label).map(String::as_str).unwrap_or("");
            QuestionView {
                theirs: (kept.is_some() && theirs.trim() != answer.trim())
                    .then(|| (theirs.to_string(), super::word_runs(text_lang, theirs, &answer))),
                index,
                label: q.label.clone(),
                text: q
                    .texts
                    .get(lang.code())
                    .or(q.texts.get("en"))
                    .or(q.texts.values().next())
                    .cloned()
                    .unwrap_or_default(),
                answer_html: comity_reporting::markdown::to_html(&answer),
                answer,
            }
        })
        .collect();
    let survey = survey_parts(app, &page, answers);
    let (attachments, translations) = match &reply {
        Some(r) => match (app.store.attachments(&r.id).await, app.store.translations(&r.id).await) {
            (Ok(a), Ok(t)) => (a, t),
            (Err(e), _) | (_, Err(e)) => return Err(failure("reading a reply's attachments", &e)),
        },
        None => (Vec::new(), Vec::new()),
    };
    let version_now = reply.as_ref().map(|r| r.version).unwrap_or(0);
    let original_code = reply.as_ref().map(|r| r.original_lang.clone()).unwrap_or_else(|| lang.code().to_string());
    let translations = translations
        .into_iter()
        .map(|t| {
            let name = t.lang.parse::<Lang>().map(|l| l.native_name()).unwrap_or("").to_string();
            let status = page.t(&format!("translation-status-{}", t.status));
            (t.lang, name, status, t.source_version < version_now)
        })
        .collect();
    let structured = comity_reporting::survey::sections(answers, &app.catalog.framework, &app.catalog.messages, lang)
        .into_iter()
        .map(|(heading, md)| (heading, comity_reporting::markdown::to_html(&md)))
        .collect();
    Ok(render_private(
        status,
        &ReplyPage {
            survey,
            structured,
            attachments,
            translations,
            can_translate: reply.is_some() && allowed(visitor, Permission::EditReport, &org),
            translation_languages: Lang::ALL
                .into_iter()
                .filter(|l| l.code() != original_code)
                .map(|l| (l.code(), l.native_name()))
                .collect(),
            state_name: state_entry.short_name(lang).to_string(),
            state_code: state_entry.iso3.clone(),
            status_label: page.t_key("reply-status-", &current),
            can_edit: open && current == "draft" && allowed(visitor, Permission::DraftSubmission, &org),
            can_submit: open
                && current == "draft"
                && reply.is_some()
                && allowed(visitor, Permission::ApproveSubmission, &org),
            can_withdraw: current == "submitted" && allowed(visitor, Permission::ApproveSubmission, &org),
            can_publish: current == "submitted" && allowed(visitor, Permission::EditReport, &org),
            version: reply.as_ref().map(|r| r.version).unwrap_or(0),
            version_label: page.t_with(
                "reply-version",
                "version",
                &reply.as_ref().map(|r| r.version).unwrap_or(0).to_string(),
            ),
            late: reply.as_ref().is_some_and(|r| r.late),
            original_lang: kept.map(|k| k.lang.clone()).unwrap_or_else(|| {
                reply.as_ref().map(|r| r.original_lang.clone()).unwrap_or_else(|| lang.code().to_string())
            }),
            conflict: kept.is_some(),
            languages: Lang::ALL.into_iter().map(|l| (l.code(), l.native_name())).collect(),
            status: current,
            questions,
            notice,
            cycle,
            page,
        },
    ))
}

pub(crate) async fn reply(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, id, org)): Path<(String, String, String)>,
) -> Result<Response, PageError> {
    reply_page(&app, lang, &uri, &visitor, (&id, &org.to_ascii_uppercase()), (None, StatusCode::OK)).await
}
