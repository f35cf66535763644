//! States' replies to a reporting cycle: the list of cycles, and one State's reply — written
//! by its drafters question by question (each save a version; a save made from an older
//! version is refused, not merged), submitted or withdrawn by its approver, published by the
//! Secretariat.

use askama::Template;
use axum::body::Bytes;
use axum::extract::Path;
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use comity_access::{Decision, OrgRef, Permission, Target, decide};
use comity_i18n::Lang;
use comity_reporting::{Action, Cycle};
use comity_store::StoreError;

use super::page::{OrFail, Page, PageCtx, PageError, failure, render_private};
use crate::AppState;
use crate::access::Visitor;

struct CycleRow {
    cycle: Cycle,
    /// The visitor's States (ISO3) that may reply, for links.
    own: Vec<String>,
}

#[derive(Template)]
#[template(path = "cycles.html")]
struct CyclesPage<'a> {
    page: Page<'a>,
    rows: Vec<CycleRow>,
    /// The visitor works for the Secretariat's reporting: each cycle links to its replies.
    secretariat: bool,
}

pub(crate) async fn cycles(PageCtx { app, lang, visitor, uri }: PageCtx) -> Result<Response, PageError> {
    let cycles = app.store.cycles().await.or_fail("listing cycles")?;
    let own: Vec<String> = visitor
        .account
        .iter()
        .flat_map(|a| a.memberships.iter())
        .filter_map(|m| match &m.org {
            OrgRef::State(iso3) => Some(iso3.clone()),
            OrgRef::Secretariat => None,
        })
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let rows = cycles.into_iter().map(|cycle| CycleRow { cycle, own: own.clone() }).collect();
    let secretariat =
        visitor.principal().is_some_and(|p| decide(Some(&p), Permission::EditReport, &Target::Any) == Decision::Allow);
    Ok(render_private(
        StatusCode::OK,
        &CyclesPage { page: Page::new(lang, &app.catalog.messages, "account", &uri), rows, secretariat },
    ))
}

struct QuestionView {
    index: usize,
    label: String,
    text: String,
    answer: String,
    answer_html: String,
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
    notice: Option<String>,
}

/// The question a form field `answer-N` answers (the Nth of the cycle).
fn question_field<'a>(cycle: &'a Cycle, field: &str) -> Option<&'a comity_reporting::Question> {
    field.strip_prefix("answer-").and_then(|i| i.parse::<usize>().ok()).and_then(|i| cycle.details.questions.get(i))
}

fn allowed(visitor: &Visitor, permission: Permission, org: &OrgRef) -> bool {
    visitor.principal().is_some_and(|p| decide(Some(&p), permission, &Target::Org(org.clone())) == Decision::Allow)
}

async fn reply_page(
    app: &AppState,
    lang: Lang,
    uri: &Uri,
    visitor: &Visitor,
    (cycle_id, state): (&str, &str),
    (notice, status): (Option<String>, StatusCode),
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
    let answers = match &reply {
        Some(r) => match app.store.reply_versions(&r.id).await {
            Ok(v) => v.into_iter().last().map(|v| v.answers).unwrap_or_default(),
            Err(e) => return Err(failure("reading a reply's versions", &e)),
        },
        None => Default::default(),
    };
    let org = OrgRef::State(state_entry.iso3.clone());
    let current = reply.as_ref().map(|r| r.status.clone()).unwrap_or_else(|| "draft".into());
    let open = cycle.status == "open";
    let page = Page::new(lang, &app.catalog.messages, "account", uri);
    let questions = cycle
        .details
        .questions
        .iter()
        .enumerate()
        .map(|(index, q)| {
            let answer = answers.get(&q.label).cloned().unwrap_or_default();
            QuestionView {
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
    let survey = survey_parts(app, &page, &answers);
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
    let structured = comity_reporting::survey::sections(&answers, &app.catalog.framework, &app.catalog.messages, lang)
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
            original_lang: reply.as_ref().map(|r| r.original_lang.clone()).unwrap_or_else(|| lang.code().to_string()),
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

/// Saves the reply's answers as a new version (from the version the form was made from).
pub(crate) async fn save(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, id, org)): Path<(String, String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let state = org.to_ascii_uppercase();
    let page = Page::new(lang, &app.catalog.messages, "account", &uri);
    let cycle = match app.store.cycle(&id).await {
        Ok(Some(c)) => c,
        Ok(None) => return Err(PageError::NotFound),
        Err(e) => return Err(failure("reading a cycle", &e)),
    };
    let mut version = None;
    let mut original = lang.code().to_string();
    let mut answers = std::collections::BTreeMap::new();
    let mut measures: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for (key, value) in form_urlencoded::parse(&body) {
        match key.as_ref() {
            "version" => version = value.parse::<i64>().ok(),
            "lang" => original = value.into_owned(),
            // The structured reply: its keys go to the store as they are (it checks them);
            // the kinds of measures arrive one checkbox each.
            k if k.starts_with("survey/") && k.contains("/measures/") => {
                if let Some((norm, measure)) = k.trim_start_matches("survey/").split_once("/measures/") {
                    measures.entry(norm.to_string()).or_default().push(measure.to_string());
                }
            }
            k if (k.starts_with("element/") || k.starts_with("survey/")) && value.chars().count() <= 200_000 => {
                if !value.trim().is_empty() {
                    answers.insert(k.to_string(), value.replace("\r\n", "\n"));
                }
            }
            k => match question_field(&cycle, k) {
                Some(q) if value.chars().count() <= 200_000 => {
                    answers.insert(q.label.clone(), value.replace("\r\n", "\n"));
                }
                _ => {
                    let notice = Some(page.t_with("form-unknown-field", "field", k));
                    return reply_page(&app, lang, &uri, &visitor, (&id, &state), (notice, StatusCode::BAD_REQUEST))
                        .await;
                }
            },
        }
    }
    for (norm, chosen) in measures {
        answers.insert(format!("survey/{norm}/measures"), chosen.join(","));
    }
    let Some(version) = version else {
        let notice = Some(page.t_with("form-unknown-field", "field", "version"));
        return reply_page(&app, lang, &uri, &visitor, (&id, &state), (notice, StatusCode::BAD_REQUEST)).await;
    };
    let actor = visitor.actor(Some(Permission::DraftSubmission));
    Ok(match app.store.save_reply(&id, &state, &original, &answers, version, &actor).await {
        Ok(v) => {
            let notice = Some(page.t_with("reply-saved", "version", &v.to_string()));
            reply_page(&app, lang, &uri, &visitor, (&id, &state), (notice, StatusCode::OK)).await?
        }
        Err(StoreError::Refused(reason)) => {
            let status = match reason {
                comity_store::Refusal::StaleVersion { .. } => StatusCode::CONFLICT,
                _ => StatusCode::BAD_REQUEST,
            };
            let notice = Some(page.refusal("reply-refused", &reason));
            reply_page(&app, lang, &uri, &visitor, (&id, &state), (notice, status)).await?
        }
        Err(e) => return Err(failure("saving a reply", &e)),
    })
}

async fn act(
    app: AppState,
    lang: Lang,
    id: String,
    org: String,
    visitor: Visitor,
    uri: Uri,
    action: Action,
) -> Result<Response, PageError> {
    let state = org.to_ascii_uppercase();
    let page = Page::new(lang, &app.catalog.messages, "account", &uri);
    Ok(match app.store.reply_action(&id, &state, action, &visitor.actor(Some(action.permission()))).await {
        Ok(to) => {
            let notice = Some(page.t_key("reply-now-", to.as_str()));
            reply_page(&app, lang, &uri, &visitor, (&id, &state), (notice, StatusCode::OK)).await?
        }
        Err(StoreError::Refused(reason)) => {
            let notice = Some(page.refusal("reply-refused", &reason));
            reply_page(&app, lang, &uri, &visitor, (&id, &state), (notice, StatusCode::CONFLICT)).await?
        }
        Err(e) => return Err(failure("moving a reply", &e)),
    })
}

pub(crate) async fn submit(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, id, org)): Path<(String, String, String)>,
) -> Result<Response, PageError> {
    act(app, lang, id, org, visitor, uri, Action::Submit).await
}

pub(crate) async fn withdraw(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, id, org)): Path<(String, String, String)>,
) -> Result<Response, PageError> {
    act(app, lang, id, org, visitor, uri, Action::Withdraw).await
}

pub(crate) async fn publish(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, id, org)): Path<(String, String, String)>,
) -> Result<Response, PageError> {
    act(app, lang, id, org, visitor, uri, Action::Publish).await
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct CompareQuery {
    from: Option<i64>,
    to: Option<i64>,
}

struct VersionRow {
    version: i64,
    saved: String,
}

struct ChangedAnswer {
    label: String,
    /// Runs of (mark, text): mark is `ins`, `del` or empty.
    runs: Vec<(&'static str, String)>,
}

#[derive(Template)]
#[template(path = "reply_versions.html")]
struct VersionsPage<'a> {
    page: Page<'a>,
    cycle_id: String,
    state_code: String,
    state_name: String,
    versions: Vec<VersionRow>,
    from: i64,
    to: i64,
    text_lang: String,
    answers: Vec<ChangedAnswer>,
}

/// Every saved version of a State's reply, and two of them compared word by word (by default
/// the last two).
pub(crate) async fn versions(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, id, org)): Path<(String, String, String)>,
    query: Result<axum::extract::Query<CompareQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, PageError> {
    let state = org.to_ascii_uppercase();
    // The versions before submission are the State's workings: its own users read them.
    if !visitor.reads_for_state(&state) {
        return Err(PageError::NotFound);
    }
    let Some(state_entry) = app.catalog.states.get(&state) else { return Err(PageError::NotFound) };
    let reply = match app.store.replies(&id, Some(&state)).await {
        Ok(r) => r.into_iter().next(),
        Err(e) => return Err(failure("reading a reply", &e)),
    };
    let Some(reply) = reply else { return Err(PageError::NotFound) };
    let all = match app.store.reply_versions(&reply.id).await {
        Ok(v) => v,
        Err(e) => return Err(failure("reading a reply's versions", &e)),
    };
    let latest = all.last().map(|v| v.version).unwrap_or(0);
    let axum::extract::Query(q) = query.unwrap_or_default();
    let to = q.to.filter(|v| all.iter().any(|x| x.version == *v)).unwrap_or(latest);
    let from = q.from.filter(|v| all.iter().any(|x| x.version == *v)).unwrap_or((to - 1).max(1));
    let empty = std::collections::BTreeMap::new();
    let answers_of = |n: i64| all.iter().find(|v| v.version == n).map(|v| &v.answers).unwrap_or(&empty);
    let (old, new) = (answers_of(from), answers_of(to));
    let text_lang: Lang = reply.original_lang.parse().unwrap_or(Lang::En);
    let mut labels: Vec<&String> = old.keys().chain(new.keys()).collect();
    labels.sort();
    labels.dedup();
    let answers = labels
        .into_iter()
        .filter(|label| !(old.get(*label).is_none_or(|a| a.is_empty()) && new.get(*label).is_none_or(|a| a.is_empty())))
        .map(|label| {
            let a = old.get(label).map(String::as_str).unwrap_or("");
            let b = new.get(label).map(String::as_str).unwrap_or("");
            let runs = comity_documents::word_diff(text_lang, a, b)
                .into_iter()
                .map(|s| {
                    let mark = match s.op {
                        comity_documents::SegmentOp::Equal => "",
                        comity_documents::SegmentOp::Insert => "ins",
                        comity_documents::SegmentOp::Delete => "del",
                    };
                    (mark, s.text)
                })
                .collect();
            ChangedAnswer { label: label.clone(), runs }
        })
        .collect();
    let page = Page::new(lang, &app.catalog.messages, "account", &uri);
    Ok(render_private(
        StatusCode::OK,
        &VersionsPage {
            versions: all
                .iter()
                .map(|v| VersionRow {
                    version: v.version,
                    saved: v.created_at.chars().take(16).collect::<String>().replace('T', " "),
                })
                .collect(),
            cycle_id: id,
            state_code: state_entry.iso3.clone(),
            state_name: state_entry.short_name(lang).to_string(),
            text_lang: text_lang.code().to_string(),
            from,
            to,
            answers,
            page,
        },
    ))
}

/// Attaches a file (PDF or Word, one per request) to a State's draft reply.
pub(crate) async fn attach(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, id, org)): Path<(String, String, String)>,
    multipart: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<Response, PageError> {
    let state = org.to_ascii_uppercase();
    let page = Page::new(lang, &app.catalog.messages, "account", &uri);
    let refuse = |reason: String, status: StatusCode| {
        let notice = Some(page.t_with("reply-refused", "reason", &reason));
        (notice, status)
    };
    let mut file: Option<(String, Bytes)> = None;
    let outcome = match multipart {
        Ok(mut multipart) => loop {
            match multipart.next_field().await {
                Ok(Some(field)) if field.name() == Some("file") => {
                    let name = field.file_name().unwrap_or_default().to_string();
                    match field.bytes().await {
                        Ok(bytes) => file = Some((name, bytes)),
                        Err(e) => break Err(super::files::multipart_refusal(&page, e)),
                    }
                }
                Ok(Some(_)) => {}
                Ok(None) => break Ok(()),
                Err(e) => break Err(super::files::multipart_refusal(&page, e)),
            }
        },
        Err(e) => Err(refuse(e.body_text(), StatusCode::BAD_REQUEST)),
    };
    let (notice, status) = match (outcome, file) {
        (Err(refusal), _) => refusal,
        (Ok(()), None) => refuse(page.t_with("form-unknown-field", "field", "file"), StatusCode::BAD_REQUEST),
        (Ok(()), Some((name, bytes))) => {
            let actor = visitor.actor(Some(Permission::DraftSubmission));
            match app.store.add_attachment(&id, &state, &name, &bytes, &actor).await {
                Ok(_) => (Some(page.t_with("reply-attached", "name", &name)), StatusCode::OK),
                Err(StoreError::Refused(reason)) => {
                    (Some(page.refusal("reply-refused", &reason)), StatusCode::BAD_REQUEST)
                }
                Err(e) => return Err(failure("attaching a file", &e)),
            }
        }
    };
    reply_page(&app, lang, &uri, &visitor, (&id, &state), (notice, status)).await
}

/// The attachment, when it belongs to this cycle's reply of this State.
async fn attachment_of(
    app: &AppState,
    (cycle, state, attachment): (&str, &str, &str),
) -> Result<Option<(comity_store::Attachment, Vec<u8>, comity_store::SubmissionSummary)>, StoreError> {
    Ok(app.store.attachment(attachment).await?.filter(|(_, _, reply)| reply.cycle_id == cycle && reply.state == state))
}

/// Downloads an attachment of a State's reply (its users and the Secretariat).
pub(crate) async fn attachment(
    PageCtx { app, lang: _, visitor, .. }: PageCtx,
    Path((_, id, org, att)): Path<(String, String, String, String)>,
) -> Result<Response, PageError> {
    let state = org.to_ascii_uppercase();
    Ok(match attachment_of(&app, (&id, &state, &att)).await {
        Ok(Some((a, bytes, reply))) if visitor.may_see_reply(&state, &reply.status) => {
            super::files::file_response((&a.name, &a.media_type), bytes)
        }
        Ok(Some(_)) => return Err(PageError::NotFound),
        Ok(None) => return Err(PageError::NotFound),
        Err(e) => return Err(failure("reading an attachment", &e)),
    })
}

/// Removes an attachment from a draft reply.
pub(crate) async fn detach(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, id, org, att)): Path<(String, String, String, String)>,
) -> Result<Response, PageError> {
    let state = org.to_ascii_uppercase();
    let page = Page::new(lang, &app.catalog.messages, "account", &uri);
    match attachment_of(&app, (&id, &state, &att)).await {
        Ok(Some(_)) => {}
        Ok(None) => return Err(PageError::NotFound),
        Err(e) => return Err(failure("reading an attachment", &e)),
    }
    let (notice, status) =
        match app.store.remove_attachment(&att, &visitor.actor(Some(Permission::DraftSubmission))).await {
            Ok(_) => (Some(page.t("reply-detached")), StatusCode::OK),
            Err(StoreError::Refused(reason)) => (Some(page.refusal("reply-refused", &reason)), StatusCode::CONFLICT),
            Err(e) => return Err(failure("removing an attachment", &e)),
        };
    reply_page(&app, lang, &uri, &visitor, (&id, &state), (notice, status)).await
}

/// An attachment of a published reply, for everyone.
pub(crate) async fn public_attachment(
    PageCtx { app, lang: _, .. }: PageCtx,
    Path((_, att)): Path<(String, String)>,
) -> Result<Response, PageError> {
    Ok(match app.store.attachment(&att).await {
        Ok(Some((a, bytes, reply))) if reply.status == "published" => {
            super::files::file_response((&a.name, &a.media_type), bytes)
        }
        Ok(_) => return Err(PageError::NotFound),
        Err(e) => return Err(failure("reading an attachment", &e)),
    })
}

/// Attaches a translation of the reply (the Secretariat's translation services): a language,
/// its status, and the translated answers.
pub(crate) async fn translate(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, id, org)): Path<(String, String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let state = org.to_ascii_uppercase();
    let page = Page::new(lang, &app.catalog.messages, "account", &uri);
    let cycle = match app.store.cycle(&id).await {
        Ok(Some(c)) => c,
        Ok(None) => return Err(PageError::NotFound),
        Err(e) => return Err(failure("reading a cycle", &e)),
    };
    let (mut into, mut status) = (String::new(), String::new());
    let mut answers = std::collections::BTreeMap::new();
    for (key, value) in form_urlencoded::parse(&body) {
        match key.as_ref() {
            "into" => into = value.into_owned(),
            "status" => status = value.into_owned(),
            k => match question_field(&cycle, k) {
                Some(q) => {
                    if !value.trim().is_empty() {
                        answers.insert(q.label.clone(), value.replace("\r\n", "\n"));
                    }
                }
                None => {
                    let notice = Some(page.t_with("form-unknown-field", "field", k));
                    return reply_page(&app, lang, &uri, &visitor, (&id, &state), (notice, StatusCode::BAD_REQUEST))
                        .await;
                }
            },
        }
    }
    let actor = visitor.actor(Some(Permission::EditReport));
    let (notice, code) = match app.store.set_translation(&id, &state, &into, &status, &answers, &actor).await {
        Ok(()) => (Some(page.t("reply-translation-saved")), StatusCode::OK),
        Err(StoreError::Refused(reason)) => (Some(page.refusal("reply-refused", &reason)), StatusCode::BAD_REQUEST),
        Err(e) => return Err(failure("saving a translation", &e)),
    };
    reply_page(&app, lang, &uri, &visitor, (&id, &state), (notice, code)).await
}

struct OverviewRow {
    code: String,
    name: String,
    status: String,
    status_label: String,
    submitted: String,
    late: bool,
}

#[derive(Template)]
#[template(path = "cycle.html")]
struct CyclePage<'a> {
    page: Page<'a>,
    cycle: Cycle,
    counts: String,
    rows: Vec<OverviewRow>,
}

/// The Secretariat's view of a cycle: every State's reply with its status, in the UN's order.
pub(crate) async fn cycle_overview(
    PageCtx { app, lang, uri, .. }: PageCtx,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (cycle, replies) = match (app.store.cycle(&id).await, app.store.replies(&id, None).await) {
        (Ok(Some(c)), Ok(r)) => (c, r),
        (Ok(None), _) => return Err(PageError::NotFound),
        (Err(e), _) | (_, Err(e)) => return Err(failure("reading a cycle's replies", &e)),
    };
    let page = Page::new(lang, &app.catalog.messages, "account", &uri);
    let count = |s: &str| replies.iter().filter(|r| r.status == s).count().to_string();
    let messages = &app.catalog.messages;
    let counts = messages.format(
        lang,
        "cycle-overview-counts",
        &[
            ("draft", count("draft").as_str().into()),
            ("submitted", count("submitted").as_str().into()),
            ("published", count("published").as_str().into()),
        ],
    );
    let rows = app
        .catalog
        .states
        .un_order()
        .iter()
        .filter_map(|s| replies.iter().find(|r| r.state == s.iso3).map(|r| (s, r)))
        .map(|(s, r)| OverviewRow {
            code: s.iso3.clone(),
            name: s.short_name(lang).to_string(),
            status_label: page.t_key("reply-status-", &r.status),
            status: r.status.clone(),
            submitted: r.submitted_at.as_deref().unwrap_or_default().chars().take(10).collect(),
            late: r.late,
        })
        .collect();
    Ok(render_private(StatusCode::OK, &CyclePage { page, cycle, counts, rows }))
}
