//! The cycles a visitor may reply to, and the Secretariat's view of one cycle: every State's
//! reply with its status, in the UN's order, the Member States that have not submitted, and a
//! reminder to their focal points in one action.

use crate::pages::page::{Found, OrFail, Page, PageCtx, PageError, failure, render_private};
use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use comity_access::{Decision, OrgRef, Permission, Target, decide};
use comity_reporting::Cycle;

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
        &CyclesPage { page: Page::new(lang, &app.catalog.messages, "cycles", &uri), rows, secretariat },
    ))
}

/// A State's reply to the newest open cycle, from the header in one click; the list of cycles
/// when none is open.
pub(crate) async fn own_reply(
    PageCtx { app, lang, .. }: PageCtx,
    Path((_, org)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let cycles = app.store.cycles().await.or_fail("listing cycles")?;
    // Cycles come newest session first.
    let target = match cycles.iter().find(|c| c.status == "open") {
        Some(cycle) => format!("/{}/cycles/{}/replies/{}", lang.code(), cycle.id, org),
        None => format!("/{}/cycles", lang.code()),
    };
    Ok(Redirect::to(&target).into_response())
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
    /// Member States without a submitted reply (ISO3, name), in the UN's order.
    waiting: Vec<(String, String)>,
    notice: Option<String>,
}

/// The Secretariat's view of a cycle: every State's reply with its status, in the UN's order.
pub(crate) async fn cycle_overview(
    PageCtx { app, lang, uri, .. }: PageCtx,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    overview_page(&app, lang, &uri, &id, (None, StatusCode::OK)).await
}

/// Reminds the focal points of the Member States that have not submitted, now.
pub(crate) async fn remind(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let page = Page::new(lang, &app.catalog.messages, "cycles", &uri);
    let cycle = app.store.cycle(&id).await.found("reading a cycle")?;
    let Some(mail) = &app.mail else {
        return overview_page(
            &app,
            lang,
            &uri,
            &id,
            (Some(page.t("mail-not-configured")), StatusCode::SERVICE_UNAVAILABLE),
        )
        .await;
    };
    let actor = visitor.actor(Some(Permission::EditReport));
    let sent = comity_jobs::remind_now(mail, &app.catalog.messages, &app.store, &cycle, &actor)
        .await
        .map_err(|e| failure("reminding focal points", &e))?;
    let notice = page.t_count("cycle-reminded", sent);
    overview_page(&app, lang, &uri, &id, (Some(notice), StatusCode::OK)).await
}

async fn overview_page(
    app: &crate::AppState,
    lang: comity_i18n::Lang,
    uri: &axum::http::Uri,
    id: &str,
    (notice, status): (Option<String>, StatusCode),
) -> Result<Response, PageError> {
    let (cycle, replies) = match (app.store.cycle(id).await, app.store.replies(id, None).await) {
        (Ok(Some(c)), Ok(r)) => (c, r),
        (Ok(None), _) => return Err(PageError::NotFound),
        (Err(e), _) | (_, Err(e)) => return Err(failure("reading a cycle's replies", &e)),
    };
    let page = Page::new(lang, &app.catalog.messages, "cycles", uri);
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
    let waiting = app
        .catalog
        .states
        .un_order()
        .iter()
        .filter(|s| s.status == comity_states::Status::Member)
        .filter(|s| !replies.iter().any(|r| r.state == s.iso3 && r.status != "draft"))
        .map(|s| (s.iso3.clone(), s.short_name(lang).to_string()))
        .collect();
    Ok(render_private(status, &CyclePage { page, cycle, counts, rows, waiting, notice }))
}
