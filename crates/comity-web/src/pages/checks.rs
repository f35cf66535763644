//! Communication checks in the portal: the acknowledgement link a contact opens (opening it
//! records nothing; the button does, so mail scanners that fetch links do not answer for
//! people), and the directory manager's rounds: start one, read its answers with their
//! times, overall and by category, with a chart.

use askama::Template;
use axum::body::Bytes;
use axum::extract::Path;
use axum::http::{StatusCode, Uri, header};
use axum::response::IntoResponse;
use axum::response::Response;
use comity_access::Permission;
use comity_contacts::checks::{Answer, RoundSummary, Summary, round_summary};
use comity_store::{Acknowledgement, CheckRound, CheckSchedule, CheckScope, CheckTarget, Refusal, StoreError};

use super::page::{Found, Page, PageCtx, PageError, failure, render_private};
use crate::AppState;
use crate::charts::{Bar, bars};
use crate::middleware::noindex;

#[derive(Template)]
#[template(path = "ack.html")]
struct AckPage<'a> {
    page: Page<'a>,
    token: String,
    /// The outcome once the button was pressed.
    outcome: Option<String>,
}

pub(crate) async fn ack_form(
    PageCtx { app, lang, uri, .. }: PageCtx,
    Path((_, token)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let page = Page::new(lang, &app.catalog.messages, "", &uri);
    Ok(noindex(render_private(StatusCode::OK, &AckPage { page, token, outcome: None })))
}

pub(crate) async fn ack(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, token)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let page = Page::new(lang, &app.catalog.messages, "", &uri);
    let (key, status) = match app.store.acknowledge(&token, "link", &visitor.actor(None)).await {
        Ok(Acknowledgement::Recorded { .. }) => ("ack-recorded", StatusCode::OK),
        Ok(Acknowledgement::AlreadyRecorded { .. }) => ("ack-already", StatusCode::CONFLICT),
        Ok(Acknowledgement::Expired { .. }) => ("ack-expired", StatusCode::GONE),
        Ok(Acknowledgement::Unknown) => ("ack-unknown", StatusCode::NOT_FOUND),
        Err(e) => return Err(failure("recording an acknowledgement", &e)),
    };
    let outcome = Some(page.t(key));
    Ok(noindex(render_private(status, &AckPage { page, token, outcome })))
}

/// A contact signed in acknowledges a check from its account page (the portal's task).
pub(crate) async fn acknowledge_in_portal(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let Some(account) = &visitor.account else { return Err(PageError::Forbidden) };
    let page = Page::new(lang, &app.catalog.messages, "", &uri);
    let (key, status) = match app.store.acknowledge_in_portal(&id, &account.email, &visitor.actor(None)).await {
        Ok(Acknowledgement::Recorded { .. }) => ("ack-recorded", StatusCode::OK),
        Ok(Acknowledgement::AlreadyRecorded { .. }) => ("ack-already", StatusCode::CONFLICT),
        Ok(Acknowledgement::Expired { .. }) => ("ack-expired", StatusCode::GONE),
        Ok(Acknowledgement::Unknown) => return Err(PageError::NotFound),
        Err(e) => return Err(failure("recording an acknowledgement", &e)),
    };
    let outcome = Some(page.t(key));
    Ok(noindex(render_private(status, &AckPage { page, token: String::new(), outcome })))
}

#[derive(Template)]
#[template(path = "checks.html")]
struct RoundsPage<'a> {
    page: Page<'a>,
    rounds: Vec<CheckRound>,
    schedules: Vec<CheckSchedule>,
    notice: Option<String>,
}

async fn rounds_page(
    app: &AppState,
    lang: comity_i18n::Lang,
    uri: &Uri,
    (notice, status): (Option<String>, StatusCode),
) -> Result<Response, PageError> {
    let (rounds, schedules) = match (app.store.check_rounds().await, app.store.check_schedules().await) {
        (Ok(r), Ok(s)) => (r, s),
        (Err(e), _) | (_, Err(e)) => return Err(failure("listing checks", &e)),
    };
    let page = Page::new(lang, &app.catalog.messages, "account", uri);
    Ok(noindex(render_private(status, &RoundsPage { page, rounds, schedules, notice })))
}

pub(crate) async fn rounds(PageCtx { app, lang, uri, .. }: PageCtx) -> Result<Response, PageError> {
    rounds_page(&app, lang, &uri, (None, StatusCode::OK)).await
}

/// Starts a round of every listed contact (the form gives a title and a deadline in UTC).
pub(crate) async fn start(PageCtx { app, lang, visitor, uri }: PageCtx, body: Bytes) -> Result<Response, PageError> {
    let page = Page::new(lang, &app.catalog.messages, "account", &uri);
    let (mut title, mut deadline) = (String::new(), String::new());
    for (k, v) in form_urlencoded::parse(&body) {
        match k.as_ref() {
            "title" => title = v.into_owned(),
            // A datetime-local field: "2026-12-08T17:00", read as UTC.
            "deadline" => deadline = if v.len() == 16 { format!("{v}:00Z") } else { v.into_owned() },
            _ => {}
        }
    }
    let Some(mail) = &app.mail else {
        let notice = Some(page.t("mail-not-configured"));
        return rounds_page(&app, lang, &uri, (notice, StatusCode::SERVICE_UNAVAILABLE)).await;
    };
    let actor = visitor.actor(Some(Permission::ManageDirectory));
    let scope = CheckScope::default();
    Ok(
        match comity_jobs::start_check(mail, &app.catalog.messages, &app.store, (&title, &deadline), &scope, &actor)
            .await
        {
            Ok((_, asked)) => {
                let notice = Some(page.t_with("checks-started", "count", &asked.to_string()));
                rounds_page(&app, lang, &uri, (notice, StatusCode::OK)).await?
            }
            Err(StoreError::Refused(reason)) => {
                let notice = Some(page.refusal(&reason));
                rounds_page(&app, lang, &uri, (notice, StatusCode::BAD_REQUEST)).await?
            }
            Err(e) => return Err(failure("starting a check", &e)),
        },
    )
}

/// Schedules a round of every listed contact (the form gives a title, a start in UTC, the
/// hours to answer and, to repeat, a number of days).
pub(crate) async fn schedule(PageCtx { app, lang, visitor, uri }: PageCtx, body: Bytes) -> Result<Response, PageError> {
    let page = Page::new(lang, &app.catalog.messages, "account", &uri);
    let (mut title, mut at, mut window, mut every) = (String::new(), String::new(), String::new(), String::new());
    for (k, v) in form_urlencoded::parse(&body) {
        match k.as_ref() {
            "title" => title = v.into_owned(),
            "start_at" => at = if v.len() == 16 { format!("{v}:00Z") } else { v.into_owned() },
            "window_hours" => window = v.trim().to_string(),
            "every_days" => every = v.trim().to_string(),
            _ => {}
        }
    }
    let parsed = match (window.parse::<i64>(), every.as_str()) {
        (Err(_), _) => Err(Refusal::NotANumber { field: "round_hours", given: window.clone() }),
        (Ok(w), "") => Ok((w, None)),
        (Ok(w), text) => text
            .parse::<i64>()
            .map(|d| (w, Some(d)))
            .map_err(|_| Refusal::NotANumber { field: "repeat_days", given: text.to_string() }),
    };
    let actor = visitor.actor(Some(Permission::ManageDirectory));
    let outcome = match parsed {
        Ok((window, every)) => {
            app.store.schedule_check(&title, &at, window, every, &CheckScope::default(), &actor).await
        }
        Err(refusal) => Err(StoreError::Refused(refusal)),
    };
    let notice = match outcome {
        Ok(_) => (Some(page.t_with("checks-scheduled", "at", &at.replace('T', " "))), StatusCode::OK),
        Err(StoreError::Refused(reason)) => (Some(page.refusal(&reason)), StatusCode::BAD_REQUEST),
        Err(e) => return Err(failure("scheduling a check", &e)),
    };
    rounds_page(&app, lang, &uri, notice).await
}

pub(crate) async fn unschedule(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let actor = visitor.actor(Some(Permission::ManageDirectory));
    Ok(match app.store.cancel_schedule(&id, &actor).await {
        Ok(true) => {
            let page = Page::new(lang, &app.catalog.messages, "account", &uri);
            let notice = Some(page.t("checks-unscheduled"));
            rounds_page(&app, lang, &uri, (notice, StatusCode::OK)).await?
        }
        Ok(false) => return Err(PageError::NotFound),
        Err(e) => return Err(failure("stopping a schedule", &e)),
    })
}

/// A round's report as a Word file or a page of its own, in the page's language.
pub(crate) async fn report(
    PageCtx { app, lang, .. }: PageCtx,
    Path((_, id, format)): Path<(String, String, String)>,
) -> Result<Response, PageError> {
    let (round, targets) = app.store.check_results(&id, None).await.found("reading a check")?;
    let markdown = crate::round_report_markdown(&app.catalog, lang, &round, &targets);
    let mut response = match format.as_str() {
        "report.docx" => (
            [(
                header::CONTENT_TYPE,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document".to_string(),
            )],
            crate::round_report_docx(lang, &round.title, &markdown),
        )
            .into_response(),
        "report.html" => (
            [(header::CONTENT_TYPE, "text/html; charset=utf-8".to_string())],
            crate::round_report_html(lang, &round.title, &markdown),
        )
            .into_response(),
        _ => return Err(PageError::NotFound),
    };
    response.headers_mut().insert(header::CACHE_CONTROL, crate::middleware::NO_STORE);
    Ok(noindex(response))
}

/// A summary line as a page shows it.
struct SummaryRow {
    label: String,
    asked: usize,
    acknowledged: usize,
    rate: String,
    median: String,
    p90: String,
}

fn duration(page: &Page<'_>, seconds: Option<f64>) -> String {
    seconds.map(|s| page.duration(s)).unwrap_or_else(|| "—".into())
}

fn row(page: &Page<'_>, label: String, s: &Summary) -> SummaryRow {
    SummaryRow {
        label,
        asked: s.asked,
        acknowledged: s.acknowledged,
        rate: format!("{:.0} %", s.rate * 100.0),
        median: duration(page, s.median_seconds),
        p90: duration(page, s.p90_seconds),
    }
}

#[derive(Template)]
#[template(path = "check.html")]
struct RoundPage<'a> {
    page: Page<'a>,
    round: CheckRound,
    summary: Vec<SummaryRow>,
    chart: String,
    /// (State name, target, time shown).
    targets: Vec<(String, CheckTarget, String)>,
}

/// A round's answers: summary overall and by category, how soon contacts answered, each one.
pub(crate) async fn round(
    PageCtx { app, lang, uri, .. }: PageCtx,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (round, targets) = app.store.check_results(&id, None).await.found("reading a check")?;
    let page = Page::new(lang, &app.catalog.messages, "account", &uri);
    let answers: Vec<Answer> =
        targets.iter().map(|t| Answer { state: t.state.clone(), category: t.category, seconds: t.seconds }).collect();
    let RoundSummary { overall, diplomatic, technical, regions } = round_summary(&answers);
    let mut summary = vec![
        row(&page, page.t("checks-overall"), &overall),
        row(&page, page.t("contacts-category-diplomatic"), &diplomatic),
        row(&page, page.t("contacts-category-technical"), &technical),
    ];
    summary.extend(regions.iter().map(|(region, s)| row(&page, page.t_key("region-", region), s)));
    // How soon contacts answered, in bands a directory manager reads at a glance.
    let bands: [(&str, f64); 6] = [
        ("≤ 5 min", 300.0),
        ("≤ 15 min", 900.0),
        ("≤ 1 h", 3600.0),
        ("≤ 4 h", 14400.0),
        ("≤ 24 h", 86400.0),
        ("> 24 h", f64::MAX),
    ];
    let mut counts = [0u64; 7];
    for a in &answers {
        match a.seconds {
            Some(s) => counts[bands.iter().position(|(_, limit)| s <= *limit).unwrap_or(5)] += 1,
            None => counts[6] += 1,
        }
    }
    let chart_bars: Vec<Bar> = bands
        .iter()
        .map(|(label, _)| label.to_string())
        .chain([page.t("checks-no-answer")])
        .zip(counts)
        .map(|(label, value)| Bar { label, value })
        .collect();
    let chart = bars(&page.t("checks-chart"), &chart_bars, lang.direction().as_str() == "rtl");
    let targets = targets
        .into_iter()
        .map(|t| {
            let name = app.catalog.states.get(&t.state).map(|s| s.short_name(lang).to_string()).unwrap_or_default();
            let shown = match t.seconds {
                Some(s) => page.duration(s),
                None if t.bounced => page.t("checks-bounced"),
                None => page.t("checks-no-answer"),
            };
            (name, t, shown)
        })
        .collect();
    Ok(noindex(render_private(StatusCode::OK, &RoundPage { page, round, summary, chart, targets })))
}

/// One round as a State reads its own part of it.
struct OwnRound {
    round: CheckRound,
    /// The State's own summary in this round.
    summary: SummaryRow,
    /// (contact name, category, time shown).
    answers: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "org_checks.html")]
struct OwnRoundsPage<'a> {
    page: Page<'a>,
    state_name: String,
    /// All rounds together.
    overall: Option<SummaryRow>,
    chart: String,
    rounds: Vec<OwnRound>,
}

/// A State's answers in every round that asked it, with its reliability over time (each
/// round's rate and times, a chart of the rates, all rounds together): the State's focal
/// point's view of its own, and the directory manager's of any State.
pub(crate) async fn own_rounds(
    PageCtx { app, lang, uri, .. }: PageCtx,
    Path((_, org)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let Some(state) = app.catalog.states.get(&org) else { return Err(PageError::NotFound) };
    let history = match app.store.state_check_history(&state.iso3).await {
        Ok(h) => h,
        Err(e) => return Err(failure("reading a State's checks", &e)),
    };
    let page = Page::new(lang, &app.catalog.messages, "account", &uri);
    let mut all = Vec::new();
    let mut rounds = Vec::new();
    for (round, targets) in history {
        let answers: Vec<Answer> = targets
            .iter()
            .map(|t| Answer { state: t.state.clone(), category: t.category, seconds: t.seconds })
            .collect();
        let summary = row(&page, round.title.clone(), &round_summary(&answers).overall);
        all.extend(answers);
        let shown = targets
            .into_iter()
            .map(|t| {
                let shown = match t.seconds {
                    Some(s) => page.duration(s),
                    None if t.bounced => page.t("checks-bounced"),
                    None => page.t("checks-no-answer"),
                };
                (t.name, page.t(&format!("contacts-category-{}", t.category.as_str())), shown)
            })
            .collect();
        rounds.push(OwnRound { round, summary, answers: shown });
    }
    let overall = (!all.is_empty()).then(|| row(&page, page.t("checks-overall"), &round_summary(&all).overall));
    // Oldest first, as a history reads.
    let history_bars: Vec<Bar> = rounds
        .iter()
        .rev()
        .map(|r| Bar {
            label: r.round.started_at.chars().take(10).collect(),
            value: (r.summary.acknowledged * 100).checked_div(r.summary.asked).unwrap_or(0) as u64,
        })
        .collect();
    let chart = if history_bars.is_empty() {
        String::new()
    } else {
        bars(&page.t("checks-history"), &history_bars, lang.direction().as_str() == "rtl")
    };
    let template = OwnRoundsPage { state_name: state.short_name(lang).to_string(), overall, chart, rounds, page };
    Ok(noindex(render_private(StatusCode::OK, &template)))
}
