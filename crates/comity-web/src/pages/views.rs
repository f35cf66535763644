//! The public side of views and assessments: every cycle with its count of published replies,
//! and each cycle's report as a page in the page's language (the same text as `comity report
//! compile`), built from published replies only.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use comity_reporting::Cycle;
use comity_reporting::report::ReportHeader;

use super::{Page, PageLang, render};
use crate::AppState;

struct ViewRow {
    cycle: Cycle,
    published: usize,
}

#[derive(Template)]
#[template(path = "views.html")]
struct ViewsPage<'a> {
    page: Page<'a>,
    rows: Vec<ViewRow>,
}

pub(crate) async fn list(State(app): State<AppState>, PageLang(lang): PageLang, uri: Uri) -> Response {
    let cycles = match app.store.cycles().await {
        Ok(c) => c,
        Err(e) => return super::failed(&app, lang, "listing cycles", &e),
    };
    let mut rows = Vec::new();
    for cycle in cycles {
        let published = match app.store.replies(&cycle.id, None).await {
            Ok(r) => r.iter().filter(|r| r.status == "published").count(),
            Err(e) => return super::failed(&app, lang, "counting replies", &e),
        };
        rows.push(ViewRow { cycle, published });
    }
    render(&ViewsPage { page: Page::new(lang, &app.catalog.messages, "views", &uri), rows })
}

#[derive(Template)]
#[template(path = "view.html")]
struct ViewPage<'a> {
    page: Page<'a>,
    cycle_id: String,
    /// The report rendered from Markdown by comity-reporting (raw HTML in replies escaped).
    report_html: String,
}

pub(crate) async fn show(
    State(app): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    uri: Uri,
) -> Response {
    let source = match app.store.report_source(&id, lang, Some(false), &app.catalog.states).await {
        Ok(Some(s)) => s,
        Ok(None) => return super::not_found(&app, lang),
        Err(e) => return super::failed(&app, lang, "gathering a report", &e),
    };
    let header = ReportHeader {
        symbol: None,
        date: jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::UTC).date().to_string(),
        agenda_item: None,
        item_title: source.item_title,
        resolution_title: source.resolution_title,
        resolution_date: source.resolution_date,
        addendum: 0,
    };
    let markdown =
        comity_reporting::report::markdown(&source.cycle, &header, &source.replies, &app.catalog.messages, lang);
    let page = Page::new(lang, &app.catalog.messages, "views", &uri);
    let mut response = render(&ViewPage {
        page,
        cycle_id: source.cycle.id.clone(),
        report_html: comity_reporting::markdown::to_html(&markdown),
    });
    *response.status_mut() = StatusCode::OK;
    response
}
