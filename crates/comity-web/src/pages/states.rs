//! The list of States (filterable, in the page language's order or the UN's) and one page per State.

use askama::Template;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use comity_i18n::Lang;
use comity_states::{State as MemberState, Status};
use serde::Deserialize;

use super::page::{LangRow, Page, PageCtx, PageError, lang_rows, render};

#[derive(Deserialize, Default)]
pub(crate) struct ListQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    order: String,
}

struct Row<'a> {
    state: &'a MemberState,
    name: &'a str,
    formal: &'a str,
    observer: bool,
}

impl<'a> Row<'a> {
    fn new(state: &'a MemberState, lang: Lang) -> Self {
        Row {
            name: state.short_name(lang),
            formal: &state.names(lang).formal,
            observer: state.status == Status::Observer,
            state,
        }
    }
}

#[derive(Template)]
#[template(path = "states.html")]
struct StatesPage<'a> {
    page: Page<'a>,
    query: String,
    un_order: bool,
    rows: Vec<Row<'a>>,
    member_label: String,
    observer_label: String,
}

pub(crate) async fn list(
    PageCtx { app, lang, uri, .. }: PageCtx,
    query: Result<Query<ListQuery>, QueryRejection>,
) -> Result<Response, PageError> {
    // A malformed query string is treated as no filter rather than an error page.
    let Query(query) = query.unwrap_or_else(|_| Query(ListQuery::default()));
    let q = super::page::clean_query(&query.q);
    let states = &app.catalog.states;
    let un_order = query.order == "un";
    let filter = (!q.is_empty()).then(|| states.matching(&q));
    let keep = |s: &&MemberState| filter.as_ref().is_none_or(|f| f.contains(s.iso3.as_str()));
    let rows: Vec<Row<'_>> = if un_order {
        states.un_order().iter().filter(keep).map(|s| Row::new(s, lang)).collect()
    } else {
        states.in_language_order(lang).filter(keep).map(|s| Row::new(s, lang)).collect()
    };
    let page = Page::new(lang, &app.catalog.messages, "states", &uri);
    Ok(render(&StatesPage {
        member_label: page.t("state-status-member"),
        observer_label: page.t("state-status-observer"),
        page,
        query: q,
        un_order,
        rows,
    }))
}

#[derive(Template)]
#[template(path = "state.html")]
struct StatePage<'a> {
    page: Page<'a>,
    state: &'a MemberState,
    name: &'a str,
    formal: &'a str,
    observer: bool,
    lang_table_id: &'static str,
    lang_headers: Vec<String>,
    lang_rows: Vec<LangRow<'a>>,
}

pub(crate) async fn show(
    PageCtx { app, lang, uri, .. }: PageCtx,
    Path((_, code)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let Some(state) = app.catalog.states.get(&code) else { return Err(PageError::NotFound) };
    if state.iso3 != code {
        // One address per State: other codes (FR, 250, fra) lead to the ISO alpha-3 one.
        return Ok(Redirect::permanent(&format!("/{}/states/{}", lang.code(), state.iso3)).into_response());
    }
    let page = Page::new(lang, &app.catalog.messages, "states", &uri);
    Ok(render(&StatePage {
        lang_table_id: "names",
        lang_headers: ["state-column-language", "state-column-short", "state-column-formal"]
            .map(|id| page.t(id))
            .to_vec(),
        lang_rows: lang_rows(|l| vec![state.names(l).short.as_str(), state.names(l).formal.as_str()]),
        page,
        name: state.short_name(lang),
        formal: &state.names(lang).formal,
        observer: state.status == Status::Observer,
        state,
    }))
}
