//! The list of States (filterable by name and region, in the page language's order or the
//! UN's) and one page per State: its names, its published replies over the years, the drafts
//! it sponsored, and, for those who may see them, its Points of Contact and check results.

use askama::Template;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use comity_i18n::Lang;
use comity_states::{State as MemberState, Status};
use serde::Deserialize;

use comity_access::{OrgRef, Permission, Target};
use comity_contacts::Category;

use super::nav;
use super::page::{LangRow, OrFail, Page, PageCtx, PageError, lang_rows, render};
use crate::AppState;

#[derive(Deserialize, Default)]
pub(crate) struct ListQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    order: String,
    /// An M49 region code (`002` Africa, ...).
    #[serde(default)]
    region: String,
}

/// A region of the filter, and whether it is the one chosen.
struct RegionOption {
    code: &'static str,
    label: String,
    selected: bool,
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
    regions: Vec<RegionOption>,
}

/// The list of States, from the page cache: it is made of the reference data loaded at start
/// alone, so a page once built stands until the server restarts.
pub(crate) async fn list(
    PageCtx { app, lang, uri, .. }: PageCtx,
    query: Result<Query<ListQuery>, QueryRejection>,
) -> Result<Response, PageError> {
    // A malformed query string is treated as no filter rather than an error page.
    let Query(query) = query.unwrap_or_else(|_| Query(ListQuery::default()));
    let body = super::page::from_cache(&app, &uri.to_string(), async { Ok(String::new()) }, || async {
        super::page::html_of(&list_page(&app, lang, &uri, &query))
    })
    .await;
    super::page::cached_response(body)
}

fn list_page<'a>(app: &'a AppState, lang: Lang, uri: &axum::http::Uri, query: &ListQuery) -> StatesPage<'a> {
    let q = super::page::clean_query(&query.q);
    let states = &app.catalog.states;
    let un_order = query.order == "un";
    let filter = (!q.is_empty()).then(|| states.matching(&q));
    let region = comity_states::M49_REGIONS.into_iter().find(|r| *r == query.region);
    let keep = |s: &&MemberState| {
        filter.as_ref().is_none_or(|f| f.contains(s.iso3.as_str()))
            && region.is_none_or(|r| comity_states::m49_region(&s.iso3) == Some(r))
    };
    let rows: Vec<Row<'_>> = if un_order {
        states.un_order().iter().filter(keep).map(|s| Row::new(s, lang)).collect()
    } else {
        states.in_language_order(lang).filter(keep).map(|s| Row::new(s, lang)).collect()
    };
    let page = Page::new(lang, &app.catalog.messages, "states", uri);
    let regions = comity_states::M49_REGIONS
        .into_iter()
        .map(|code| RegionOption { code, label: page.t_key("region-", code), selected: region == Some(code) })
        .collect();
    StatesPage {
        regions,
        member_label: page.t("state-status-member"),
        observer_label: page.t("state-status-observer"),
        page,
        query: q,
        un_order,
        rows,
    }
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
    replies: Vec<ReplyRow>,
    sponsored: Vec<SponsoredRow>,
    /// For those who may read the directory or keep this State's contacts.
    contacts: Option<Vec<ContactRow>>,
    /// For those who keep the directory or this State's contacts.
    checks: Option<Vec<CheckRow>>,
}

/// A published reply of the State's.
struct ReplyRow {
    href: String,
    resolution: String,
    session: i64,
    date: String,
    language: String,
}

/// A document whose sponsors include the State.
struct SponsoredRow {
    href: String,
    symbol: String,
    kind: String,
    session: Option<i64>,
    /// In the page's language when held, else in English or the first language held.
    title: Option<(String, &'static str, &'static str)>,
}

/// A Point of Contact category and its listed contact's verification.
struct ContactRow {
    category: String,
    verified_at: Option<String>,
}

/// A communication check the State's contacts were asked in.
struct CheckRow {
    href: String,
    title: String,
    started_at: String,
    acknowledged: usize,
    asked: usize,
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
    let iso3 = state.iso3.as_str();
    let cycles = app.store.cycles().await.or_fail("reading the cycles")?;
    let replies = app
        .store
        .published_replies(Some(iso3))
        .await
        .or_fail("reading a State's replies")?
        .into_iter()
        .map(|r| ReplyRow {
            href: format!("/{}/views/{}/states/{iso3}", lang.code(), r.cycle_id),
            resolution: cycles
                .iter()
                .find(|c| c.id == r.cycle_id)
                .map(|c| c.details.resolution.clone())
                .unwrap_or_default(),
            session: r.session,
            date: r.submitted_at.unwrap_or_default(),
            language: r
                .original_lang
                .parse::<Lang>()
                .map(|l| page.t_key("lang-name-", l.code()))
                .unwrap_or(r.original_lang),
        })
        .collect();
    let sponsored = app
        .store
        .sponsored_by(iso3)
        .await
        .or_fail("reading what a State sponsored")?
        .into_iter()
        .map(|d| {
            let title = super::documents::title_for(&d, lang).map(|(t, l)| (t, l.code(), l.direction().as_str()));
            SponsoredRow {
                href: format!("/{}/documents/{}", lang.code(), d.symbol),
                kind: page.t_key("kind-", &d.kind),
                session: d.session,
                symbol: d.symbol,
                title,
            }
        })
        .collect();
    let own = Target::Org(OrgRef::State(iso3.to_string()));
    let contacts = if nav::may(Permission::ReadDirectory, Target::Any) || nav::may(Permission::NominatePoc, own.clone())
    {
        let listed = app.store.contacts(Some(iso3), true).await.or_fail("reading a State's contacts")?;
        Some(
            [Category::Diplomatic, Category::Technical]
                .into_iter()
                .map(|category| ContactRow {
                    category: page.t_key("contacts-category-", category.as_str()),
                    verified_at: listed.iter().find(|c| c.contact.category == category).map(|c| c.verified_at.clone()),
                })
                .collect(),
        )
    } else {
        None
    };
    let manager = nav::may(Permission::ManageDirectory, Target::Any);
    let checks = if manager || nav::may(Permission::NominatePoc, own) {
        let history = app.store.state_check_history(iso3).await.or_fail("reading a State's checks")?;
        Some(
            history
                .into_iter()
                .map(|(round, targets)| CheckRow {
                    href: if manager {
                        format!("/{}/checks/{}", lang.code(), round.id)
                    } else {
                        format!("/{}/orgs/{iso3}/checks", lang.code())
                    },
                    title: round.title,
                    started_at: round.started_at,
                    acknowledged: targets.iter().filter(|t| t.acknowledged_at.is_some()).count(),
                    asked: targets.len(),
                })
                .collect(),
        )
    } else {
        None
    };
    Ok(render(&StatePage {
        replies,
        sponsored,
        contacts,
        checks,
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
