//! The public side of views and assessments: every cycle with its count of published
//! replies and charts (States per cycle, States per norm), each cycle's report as a page and
//! as a Word file in the page's language (the same text as `comity report compile`), each
//! State's published replies across cycles, and what States reported on each element of the
//! framework. Built from published replies only; report pages are kept while the cycle's
//! publications are unchanged.

// The error of these helpers is the finished page to answer with (made at most once a request).
#![allow(clippy::result_large_err)]

use std::collections::{BTreeMap, BTreeSet};

use askama::Template;
use axum::extract::Path;
use axum::http::{StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use comity_framework::ElementKind;
use comity_i18n::Lang;
use comity_reporting::Cycle;
use comity_reporting::report::ReportHeader;
use comity_reporting::survey;
use comity_store::PublishedReply;

use super::page::{Page, PageCtx, PageError, failure};
use crate::AppState;
use crate::charts::{Bar, bars};

struct ViewRow {
    cycle: Cycle,
    published: usize,
}

#[derive(Template)]
#[template(path = "views.html")]
struct ViewsPage<'a> {
    page: Page<'a>,
    rows: Vec<ViewRow>,
    cycles_chart: String,
    norms_chart: String,
    /// Norms (id, heading, States reporting).
    norms: Vec<(String, String, usize)>,
    /// States with published replies (code, name), in the page language's order.
    states: Vec<(String, String)>,
}

fn today() -> String {
    jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::UTC).date().to_string()
}

fn norm_heading(element: &comity_framework::Element, lang: Lang) -> String {
    match &element.letter {
        Some(letter) => format!("({letter}) {}", element.title(lang)),
        None => element.title(lang).to_string(),
    }
}

pub(crate) async fn list(PageCtx { app, lang, uri, .. }: PageCtx) -> Result<Response, PageError> {
    let body = cached(&app, uri.path(), None, || build_list(&app, lang, &uri)).await;
    super::page::cached_response(body)
}

async fn build_list(app: &AppState, lang: Lang, uri: &Uri) -> Result<Option<Vec<u8>>, PageError> {
    let (cycles, published) = match (app.store.cycles().await, app.store.published_replies(None).await) {
        (Ok(c), Ok(p)) => (c, p),
        (Err(e), _) | (_, Err(e)) => return Err(failure("listing cycles", &e)),
    };
    let rows: Vec<ViewRow> = cycles
        .into_iter()
        .map(|cycle| ViewRow { published: published.iter().filter(|r| r.cycle_id == cycle.id).count(), cycle })
        .collect();
    let rtl = lang.direction().as_str() == "rtl";
    let page = Page::new(lang, &app.catalog.messages, "views", uri);
    let cycles_chart = bars(
        &page.t("views-chart-cycles"),
        &rows
            .iter()
            .map(|r| Bar {
                label: format!("{} ({})", r.cycle.details.resolution, r.cycle.details.session),
                value: r.published as u64,
            })
            .collect::<Vec<_>>(),
        rtl,
    );
    let norms: Vec<(String, String, usize)> = app
        .catalog
        .framework
        .elements
        .iter()
        .filter(|e| e.kind == ElementKind::Norm)
        .map(|norm| {
            let states: BTreeSet<&str> = published
                .iter()
                .filter(|r| survey::reports_on(&r.answers, &norm.id))
                .map(|r| r.state.as_str())
                .collect();
            (norm.id.clone(), norm_heading(norm, lang), states.len())
        })
        .collect();
    let norms_chart = bars(
        &page.t("views-chart-norms"),
        &norms.iter().map(|(_, label, n)| Bar { label: label.clone(), value: *n as u64 }).collect::<Vec<_>>(),
        rtl,
    );
    let with_replies: BTreeSet<&str> = published.iter().map(|r| r.state.as_str()).collect();
    let states = app
        .catalog
        .states
        .in_language_order(lang)
        .filter(|s| with_replies.contains(s.iso3.as_str()))
        .map(|s| (s.iso3.clone(), s.short_name(lang).to_string()))
        .collect();
    super::page::html_of(&ViewsPage { page, rows, cycles_chart, norms_chart, norms, states })
}

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPage<'a> {
    page: Page<'a>,
    cycle_id: String,
    /// The report rendered from Markdown by comity-reporting (raw HTML in replies escaped).
    report_html: String,
}

/// A cycle's report (the replies on time), its header dated today.
async fn report_source(
    app: &AppState,
    lang: Lang,
    id: &str,
) -> Result<Option<(comity_store::ReportSource, ReportHeader)>, PageError> {
    let source = match app.store.report_source(id, lang, Some(false), &app.catalog.report_context()).await {
        Ok(Some(s)) => s,
        Ok(None) => return Ok(None),
        Err(e) => return Err(failure("gathering a report", &e)),
    };
    let header = ReportHeader {
        symbol: None,
        date: today(),
        agenda_item: None,
        item_title: source.item_title.clone(),
        resolution_title: source.resolution_title.clone(),
        resolution_date: source.resolution_date.clone(),
        addendum: 0,
    };
    Ok(Some((source, header)))
}

/// A public page from the cache while the publications it is made of (a cycle's, or with
/// `None` every cycle's) are unchanged — checked in the database on every request — else
/// built and kept. `Ok(None)`: no such page.
async fn cached<F, Fut>(
    app: &AppState,
    key: &str,
    cycle: Option<&str>,
    build: F,
) -> Result<Option<axum::body::Bytes>, PageError>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<Option<Vec<u8>>, PageError>>,
{
    let print = async {
        let print = app.store.publication_fingerprint(cycle).await;
        print.map(|p| format!("{p}|{}", today())).map_err(|e| failure("checking a cycle's publications", &e))
    };
    super::page::from_cache(app, key, print, build).await
}

/// The whole report of a cycle as a page, in the page's language.
pub(crate) async fn report(
    PageCtx { app, lang, uri, .. }: PageCtx,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let body = cached(&app, uri.path(), Some(id.as_str()), || async {
        let Some((source, header)) = report_source(&app, lang, &id).await? else { return Ok(None) };
        let report_html =
            comity_reporting::report::body_html(&source.cycle, &header, &source.replies, &app.catalog.messages, lang);
        super::page::html_of(&ReportPage {
            page: Page::new(lang, &app.catalog.messages, "views", &uri),
            cycle_id: source.cycle.id.clone(),
            report_html,
        })
    })
    .await;
    super::page::cached_response(body)
}

/// The report as a Word file in the page's language.
pub(crate) async fn docx(
    PageCtx { app, lang, uri, .. }: PageCtx,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let body = cached(&app, uri.path(), Some(id.as_str()), || async {
        let Some((source, header)) = report_source(&app, lang, &id).await? else { return Ok(None) };
        Ok(Some(comity_reporting::report::docx(&source.cycle, &header, &source.replies, &app.catalog.messages, lang)))
    })
    .await;
    let Some(body) = body? else { return Err(PageError::NotFound) };
    Ok((
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, comity_reporting::attachments::MediaType::Docx.as_str().to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"report-{id}-{}.docx\"", lang.code())),
            (header::CACHE_CONTROL, "public, max-age=300".to_string()),
        ],
        body,
    )
        .into_response())
}

/// A published reply in a cycle's list.
struct CycleReplyRow {
    code: String,
    name: String,
    language: String,
    date: String,
    late: bool,
}

#[derive(Template)]
#[template(path = "view.html")]
struct CyclePage<'a> {
    page: Page<'a>,
    cycle: Cycle,
    /// (label, question in the page's language).
    questions: Vec<(String, String)>,
    published: String,
    replies: Vec<CycleReplyRow>,
}

/// A cycle's public page: its questions, and the published replies in the UN's order with
/// links to each and to the whole report (page, Word, open data).
pub(crate) async fn show(
    PageCtx { app, lang, uri, .. }: PageCtx,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let body = cached(&app, uri.path(), Some(id.as_str()), || async {
        let (cycle, replies) = match (app.store.cycle(&id).await, app.store.replies(&id, None).await) {
            (Ok(Some(c)), Ok(r)) => (c, r),
            (Ok(None), _) => return Ok(None),
            (Err(e), _) | (_, Err(e)) => return Err(failure("reading a cycle", &e)),
        };
        let page = Page::new(lang, &app.catalog.messages, "views", &uri);
        let rows: Vec<CycleReplyRow> = app
            .catalog
            .states
            .un_order()
            .iter()
            .filter_map(|s| replies.iter().find(|r| r.state == s.iso3 && r.status == "published").map(|r| (s, r)))
            .map(|(s, r)| CycleReplyRow {
                code: s.iso3.clone(),
                name: s.short_name(lang).to_string(),
                language: page.t(&format!("lang-name-{}", r.original_lang)),
                date: r.submitted_at.as_deref().unwrap_or_default().chars().take(10).collect(),
                late: r.late,
            })
            .collect();
        let questions = cycle
            .details
            .questions
            .iter()
            .map(|q| {
                let text = q.texts.get(lang.code()).or(q.texts.get("en")).or(q.texts.values().next());
                (q.label.clone(), text.cloned().unwrap_or_default())
            })
            .collect();
        super::page::html_of(&CyclePage {
            published: page.t_with("views-states-reporting", "count", &rows.len().to_string()),
            page,
            cycle,
            questions,
            replies: rows,
        })
    })
    .await;
    super::page::cached_response(body)
}

#[derive(Template)]
#[template(path = "view_reply.html")]
struct ReplyPage<'a> {
    page: Page<'a>,
    cycle_id: String,
    state_name: String,
    reply: ReplyView,
    /// The note when the text is not in the page's language (untranslated, or pending).
    note: Option<String>,
    /// Shown in the page's language from an official translation.
    translated: bool,
}

/// One State's published reply in a cycle, in the page's language when officially translated.
pub(crate) async fn reply(
    PageCtx { app, lang, uri, .. }: PageCtx,
    Path((_, id, code)): Path<(String, String, String)>,
) -> Result<Response, PageError> {
    let Some(state) = app.catalog.states.get(&code) else { return Err(PageError::NotFound) };
    let body = cached(&app, uri.path(), Some(id.as_str()), || async {
        let (cycles, published) = match (app.store.cycles().await, app.store.published_replies(Some(&state.iso3)).await)
        {
            (Ok(c), Ok(p)) => (c, p),
            (Err(e), _) | (_, Err(e)) => return Err(failure("reading a reply", &e)),
        };
        let Some(mut found) = published.into_iter().find(|r| r.cycle_id == id) else { return Ok(None) };
        let translations = match app.store.translations(&found.submission_id).await {
            Ok(t) => t,
            Err(e) => return Err(failure("reading a reply's translations", &e)),
        };
        let page = Page::new(lang, &app.catalog.messages, "views", &uri);
        let translation = translations.into_iter().find(|t| t.lang == lang.code());
        let mut translated = false;
        let note = match translation {
            Some(t) if t.status == "official" => {
                found.answers.extend(t.answers);
                translated = true;
                None
            }
            _ if found.original_lang == lang.code() => None,
            Some(_) => Some(page.t("report-translation-pending")),
            None => Some(page.t("report-untranslated")),
        };
        if translated {
            found.original_lang = lang.code().to_string();
        }
        let mut view = reply_view(&app, lang, &cycles, &found);
        view.attachments = match app.store.attachments(&found.submission_id).await {
            Ok(a) => a.into_iter().map(|a| (a.id, a.name)).collect(),
            Err(e) => return Err(failure("reading a reply's attachments", &e)),
        };
        super::page::html_of(&ReplyPage {
            cycle_id: id.clone(),
            state_name: state.short_name(lang).to_string(),
            reply: view,
            note,
            translated,
            page,
        })
    })
    .await;
    super::page::cached_response(body)
}

/// A published reply as a page shows it: where it was given, and its sections as HTML.
struct ReplyView {
    state_code: String,
    /// Attachments (id, file name), for replies shown alone.
    attachments: Vec<(String, String)>,
    cycle_id: String,
    resolution: String,
    session: i64,
    date: String,
    original_lang: String,
    sections: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "view_state.html")]
struct StateViewsPage<'a> {
    page: Page<'a>,
    state_code: String,
    state_name: String,
    replies: Vec<ReplyView>,
}

fn reply_view(app: &AppState, lang: Lang, cycles: &[Cycle], reply: &PublishedReply) -> ReplyView {
    let cycle = cycles.iter().find(|c| c.id == reply.cycle_id);
    let mut sections: Vec<(String, String)> = cycle
        .map(|c| {
            c.details
                .questions
                .iter()
                .filter_map(|q| {
                    let answer = reply.answers.get(&q.label).filter(|a| !a.trim().is_empty())?;
                    let text = q.texts.get(lang.code()).or(q.texts.get("en")).cloned().unwrap_or_default();
                    Some((format!("{} {text}", q.label), comity_reporting::markdown::to_html(answer)))
                })
                .collect()
        })
        .unwrap_or_default();
    sections.extend(
        survey::sections(&reply.answers, &app.catalog.framework, &app.catalog.messages, lang)
            .into_iter()
            .map(|(h, md)| (h, comity_reporting::markdown::to_html(&md))),
    );
    ReplyView {
        state_code: reply.state.clone(),
        attachments: Vec::new(),
        cycle_id: reply.cycle_id.clone(),
        resolution: reply.resolution.clone(),
        session: reply.session,
        date: reply.submitted_at.as_deref().unwrap_or_default().chars().take(10).collect(),
        original_lang: reply.original_lang.clone(),
        sections,
    }
}

/// One State's published replies, every cycle, newest first.
pub(crate) async fn by_state(
    PageCtx { app, lang, uri, .. }: PageCtx,
    Path((_, code)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let body = cached(&app, uri.path(), None, || build_by_state(&app, lang, &code, &uri)).await;
    super::page::cached_response(body)
}

async fn build_by_state(app: &AppState, lang: Lang, code: &str, uri: &Uri) -> Result<Option<Vec<u8>>, PageError> {
    let Some(state) = app.catalog.states.get(code) else { return Ok(None) };
    let (cycles, published) = match (app.store.cycles().await, app.store.published_replies(Some(&state.iso3)).await) {
        (Ok(c), Ok(p)) => (c, p),
        (Err(e), _) | (_, Err(e)) => return Err(failure("reading a State's replies", &e)),
    };
    let replies = published.iter().map(|r| reply_view(app, lang, &cycles, r)).collect();
    super::page::html_of(&StateViewsPage {
        page: Page::new(lang, &app.catalog.messages, "views", uri),
        state_code: state.iso3.clone(),
        state_name: state.short_name(lang).to_string(),
        replies,
    })
}

struct ElementReport {
    state_code: String,
    state_name: String,
    cycle_id: String,
    resolution: String,
    original_lang: String,
    status: Option<String>,
    measures: Vec<String>,
    html: String,
}

#[derive(Template)]
#[template(path = "view_element.html")]
struct ElementViewsPage<'a> {
    page: Page<'a>,
    element_id: String,
    heading: String,
    states_reporting: usize,
    chart: String,
    /// (status label, count): the chart's numbers.
    counts: Vec<(String, usize)>,
    reports: Vec<ElementReport>,
}

/// What States reported on one element of the framework, across cycles.
pub(crate) async fn by_element(
    PageCtx { app, lang, uri, .. }: PageCtx,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let body = cached(&app, uri.path(), None, || build_by_element(&app, lang, &id, &uri)).await;
    super::page::cached_response(body)
}

async fn build_by_element(app: &AppState, lang: Lang, id: &str, uri: &Uri) -> Result<Option<Vec<u8>>, PageError> {
    let Some(element) = app.catalog.framework.get(id) else { return Ok(None) };
    let published = match app.store.published_replies(None).await {
        Ok(p) => p,
        Err(e) => return Err(failure("reading published replies", &e)),
    };
    let page = Page::new(lang, &app.catalog.messages, "views", uri);
    let reporting: Vec<&PublishedReply> = published.iter().filter(|r| survey::reports_on(&r.answers, id)).collect();
    let states: BTreeSet<&str> = reporting.iter().map(|r| r.state.as_str()).collect();
    // Each State counts once, with its newest answer (replies come newest session first).
    let mut newest: BTreeMap<&str, &str> = BTreeMap::new();
    for r in &reporting {
        if let Some(status) = r.answers.get(&format!("survey/{id}/status")).filter(|s| !s.is_empty()) {
            newest.entry(r.state.as_str()).or_insert(status.as_str());
        }
    }
    let counts: Vec<(String, usize)> = survey::STATUSES
        .iter()
        .map(|s| (page.t(&format!("survey-status-{s}")), newest.values().filter(|v| *v == s).count()))
        .collect();
    let chart = if element.kind == ElementKind::Norm {
        bars(
            &page.t("views-chart-statuses"),
            &counts.iter().map(|(label, n)| Bar { label: label.clone(), value: *n as u64 }).collect::<Vec<_>>(),
            lang.direction().as_str() == "rtl",
        )
    } else {
        String::new()
    };
    let reports = reporting
        .iter()
        .map(|r| {
            let get = |k: String| r.answers.get(&k).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
            ElementReport {
                state_name: app
                    .catalog
                    .states
                    .get(&r.state)
                    .map(|s| s.short_name(lang).to_string())
                    .unwrap_or_default(),
                state_code: r.state.clone(),
                cycle_id: r.cycle_id.clone(),
                resolution: r.resolution.clone(),
                original_lang: r.original_lang.clone(),
                status: get(format!("survey/{id}/status")).map(|s| page.t(&format!("survey-status-{s}"))),
                measures: get(format!("survey/{id}/measures"))
                    .map(|m| {
                        m.split(',')
                            .filter(|x| !x.trim().is_empty())
                            .map(|x| page.t(&format!("survey-measure-{}", x.trim())))
                            .collect()
                    })
                    .unwrap_or_default(),
                html: get(format!("element/{id}"))
                    .map(|t| comity_reporting::markdown::to_html(t.as_str()))
                    .unwrap_or_default(),
            }
        })
        .collect();
    super::page::html_of(&ElementViewsPage {
        element_id: element.id.clone(),
        heading: norm_heading(element, lang),
        states_reporting: states.len(),
        chart,
        counts: if element.kind == ElementKind::Norm { counts } else { Vec::new() },
        reports,
        page,
    })
}
