//! The Points of Contact directory in the portal: the directory itself (never public, never
//! indexed: for the directory manager and the users of States with a verified contact), a
//! State's own entries with their history, nominations and removals, and the directory
//! manager's queue of changes to verify or reject.

use askama::Template;
use axum::body::Bytes;
use axum::extract::Path;
use axum::http::{StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use comity_access::{Decision, OrgRef, Permission, Target, decide};
use comity_contacts::{Category, Contact};
use comity_i18n::Lang;
use comity_store::{ChangeKind, ContactChange, ListedContact, StoreError};

use super::page::{OrFail, Page, PageCtx, PageError, failure, render_private};
use crate::AppState;
use crate::access::Visitor;
use crate::middleware::noindex;

fn allowed(visitor: &Visitor, permission: Permission, target: &Target) -> bool {
    visitor.principal().is_some_and(|p| decide(Some(&p), permission, target) == Decision::Allow)
}

/// The States a visitor works for.
fn own_states(visitor: &Visitor) -> Vec<String> {
    let mut states: Vec<String> = visitor
        .account
        .iter()
        .flat_map(|a| a.memberships.iter())
        .filter_map(|m| match &m.org {
            OrgRef::State(iso3) => Some(iso3.clone()),
            OrgRef::Secretariat => None,
        })
        .collect();
    states.sort();
    states.dedup();
    states
}

struct StateContacts {
    name: String,
    contacts: Vec<ListedContact>,
}

#[derive(Template)]
#[template(path = "contacts.html")]
struct DirectoryPage<'a> {
    page: Page<'a>,
    /// None when the visitor's States have no verified contact yet.
    states: Option<Vec<StateContacts>>,
}

/// The directory, by State in the UN's order.
pub(crate) async fn directory(PageCtx { app, lang, visitor, uri }: PageCtx) -> Result<Response, PageError> {
    let manager = allowed(&visitor, Permission::ManageDirectory, &Target::Any);
    let mut participates = manager;
    for state in own_states(&visitor) {
        match app.store.participates_in_directory(&state).await {
            Ok(true) => participates = true,
            Ok(false) => {}
            Err(e) => return Err(failure("checking a State's place in the directory", &e)),
        }
    }
    let page = Page::new(lang, &app.catalog.messages, "account", &uri);
    if !participates {
        return Ok(noindex(render_private(StatusCode::FORBIDDEN, &DirectoryPage { page, states: None })));
    }
    let contacts = app.store.contacts(None, true).await.or_fail("reading the directory")?;
    let states = app
        .catalog
        .states
        .un_order()
        .iter()
        .filter_map(|s| {
            let contacts: Vec<ListedContact> = contacts.iter().filter(|c| c.state == s.iso3).cloned().collect();
            (!contacts.is_empty()).then(|| StateContacts { name: s.short_name(lang).to_string(), contacts })
        })
        .collect();
    Ok(noindex(render_private(StatusCode::OK, &DirectoryPage { page, states: Some(states) })))
}

#[derive(Template)]
#[template(path = "org_contacts.html")]
struct OwnPage<'a> {
    page: Page<'a>,
    org: String,
    state_name: String,
    contacts: Vec<ListedContact>,
    history: Vec<ContactChange>,
    can_nominate: bool,
    notice: Option<String>,
    /// What was typed, shown again when a nomination is refused.
    form: NominationForm,
}

#[derive(Default, Clone)]
struct NominationForm {
    category: String,
    name: String,
    position: String,
    institution: String,
    emails: String,
    phones: String,
    languages: String,
    hours: String,
    time_zone: String,
    openpgp_key: String,
}

impl NominationForm {
    fn parse(body: &[u8]) -> NominationForm {
        let mut f = NominationForm::default();
        for (key, value) in form_urlencoded::parse(body) {
            let value = value.replace("\r\n", "\n");
            match key.as_ref() {
                "category" => f.category = value,
                "name" => f.name = value,
                "position" => f.position = value,
                "institution" => f.institution = value,
                "emails" => f.emails = value,
                "phones" => f.phones = value,
                "languages" => f.languages = value,
                "hours" => f.hours = value,
                "time_zone" => f.time_zone = value,
                "openpgp_key" => f.openpgp_key = value,
                _ => {}
            }
        }
        f
    }

    fn contact(&self) -> Contact {
        let list = |text: &str| {
            text.split(['\n', ';', ','].as_ref()).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
        };
        Contact {
            category: Category::parse(&self.category).unwrap_or(Category::Technical),
            name: self.name.clone(),
            position: self.position.clone(),
            institution: self.institution.clone(),
            emails: list(&self.emails),
            phones: list(&self.phones),
            languages: list(&self.languages),
            hours: self.hours.clone(),
            time_zone: self.time_zone.clone(),
            openpgp_key: Some(self.openpgp_key.clone()),
        }
    }
}

async fn own_page(
    app: &AppState,
    lang: Lang,
    uri: &Uri,
    visitor: &Visitor,
    org: &str,
    (notice, status, form): (Option<String>, StatusCode, NominationForm),
) -> Result<Response, PageError> {
    let Some(state) = app.catalog.states.get(org) else { return Err(PageError::NotFound) };
    let (contacts, changes) = match (
        app.store.contacts(Some(&state.iso3), true).await,
        app.store.contact_changes(None, None, Some(&state.iso3)).await,
    ) {
        (Ok(c), Ok(h)) => (c, h),
        (Err(e), _) | (_, Err(e)) => return Err(failure("reading a State's contacts", &e)),
    };
    let page = Page::new(lang, &app.catalog.messages, "account", uri);
    let template = OwnPage {
        org: state.iso3.clone(),
        state_name: state.short_name(lang).to_string(),
        contacts,
        history: changes,
        can_nominate: allowed(visitor, Permission::NominatePoc, &Target::Org(OrgRef::State(state.iso3.clone()))),
        notice,
        form,
        page,
    };
    Ok(noindex(render_private(status, &template)))
}

/// A State's own entries, in full, with their history.
pub(crate) async fn own(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, org)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let form = NominationForm { category: "technical".into(), ..Default::default() };
    own_page(&app, lang, &uri, &visitor, &org.to_ascii_uppercase(), (None, StatusCode::OK, form)).await
}

/// A focal point nominates a contact; it waits for the directory manager.
pub(crate) async fn nominate(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, org)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let org = org.to_ascii_uppercase();
    let form = NominationForm::parse(&body);
    let page = Page::new(lang, &app.catalog.messages, "account", &uri);
    let actor = visitor.actor(Some(Permission::NominatePoc));
    let outcome = if Category::parse(&form.category).is_none() {
        Err(StoreError::Refused(comity_store::Refusal::NotOneOf {
            field: "contact_category",
            allowed: "diplomatic, technical",
            given: form.category.clone(),
        }))
    } else {
        app.store.propose_contact_change(&org, ChangeKind::Nominate, None, Some(&form.contact()), &actor).await
    };
    Ok(match outcome {
        Ok(_) => {
            let fresh = NominationForm { category: "technical".into(), ..Default::default() };
            own_page(&app, lang, &uri, &visitor, &org, (Some(page.t("contacts-nominated")), StatusCode::OK, fresh))
                .await?
        }
        Err(StoreError::Refused(reason)) => {
            let notice = Some(page.refusal(&reason));
            own_page(&app, lang, &uri, &visitor, &org, (notice, StatusCode::BAD_REQUEST, form)).await?
        }
        Err(e) => return Err(failure("nominating a contact", &e)),
    })
}

/// A focal point asks for one of its State's contacts to be removed.
pub(crate) async fn remove(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, org, id)): Path<(String, String, String)>,
) -> Result<Response, PageError> {
    let org = org.to_ascii_uppercase();
    let page = Page::new(lang, &app.catalog.messages, "account", &uri);
    let actor = visitor.actor(Some(Permission::NominatePoc));
    let form = NominationForm { category: "technical".into(), ..Default::default() };
    Ok(match app.store.propose_contact_change(&org, ChangeKind::Remove, Some(&id), None, &actor).await {
        Ok(_) => {
            own_page(&app, lang, &uri, &visitor, &org, (Some(page.t("contacts-removal-asked")), StatusCode::OK, form))
                .await?
        }
        Err(StoreError::Refused(_)) => return Err(PageError::NotFound),
        Err(e) => return Err(failure("asking for a removal", &e)),
    })
}

/// A State's own entries as CSV, in the columns the Secretariat's import reads.
pub(crate) async fn export(
    PageCtx { app, lang: _, .. }: PageCtx,
    Path((_, org)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let org = org.to_ascii_uppercase();
    let contacts = match app.store.contacts(Some(&org), true).await {
        Ok(c) => c,
        Err(e) => return Err(failure("exporting contacts", &e)),
    };
    // With a byte-order mark, so spreadsheets read names in Arabic or Chinese as written (the
    // import skips it).
    let csv =
        format!("\u{feff}{}", comity_contacts::write_csv(contacts.iter().map(|c| (c.state.as_str(), &c.contact))));
    Ok(noindex(
        (
            StatusCode::OK,
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                (header::CONTENT_DISPOSITION, format!("attachment; filename=\"contacts-{org}.csv\"")),
                (header::CACHE_CONTROL, "private, no-store".to_string()),
            ],
            csv,
        )
            .into_response(),
    ))
}

#[derive(Template)]
#[template(path = "contact_changes.html")]
struct QueuePage<'a> {
    page: Page<'a>,
    /// (State name, change) waiting, oldest first: the first page of the queue.
    pending: Vec<(String, ContactChange)>,
    /// "The oldest 100 of N are shown", when there are more.
    more: Option<String>,
    notice: Option<String>,
}

/// The changes the queue shows at once: decided ones make room for the next.
const QUEUE_PAGE: i64 = 100;

async fn queue_page(
    app: &AppState,
    lang: Lang,
    uri: &Uri,
    (notice, status): (Option<String>, StatusCode),
) -> Result<Response, PageError> {
    let (pending, total) =
        app.store.contact_changes_counted(Some("pending"), QUEUE_PAGE).await.or_fail("reading pending changes")?;
    let pending: Vec<(String, ContactChange)> = pending
        .into_iter()
        .map(|c| (app.catalog.states.get(&c.state).map(|s| s.short_name(lang).to_string()).unwrap_or_default(), c))
        .collect();
    let page = Page::new(lang, &app.catalog.messages, "account", uri);
    let more = (total > pending.len() as i64)
        .then(|| page.t_with2("contacts-queue-more", "shown", &pending.len().to_string(), "total", &total.to_string()));
    Ok(noindex(render_private(status, &QueuePage { page, pending, more, notice })))
}

/// The directory manager's queue of nominations, changes and removals.
pub(crate) async fn queue(PageCtx { app, lang, uri, .. }: PageCtx) -> Result<Response, PageError> {
    queue_page(&app, lang, &uri, (None, StatusCode::OK)).await
}

async fn decide_change(
    app: AppState,
    lang: Lang,
    id: String,
    visitor: Visitor,
    uri: Uri,
    verify: bool,
    body: Bytes,
) -> Result<Response, PageError> {
    let reason = form_urlencoded::parse(&body).find(|(k, _)| k == "reason").map(|(_, v)| v.into_owned());
    let page = Page::new(lang, &app.catalog.messages, "account", &uri);
    let actor = visitor.actor(Some(Permission::ManageDirectory));
    Ok(match app.store.decide_contact_change(&id, verify, reason.as_deref(), &actor).await {
        Ok(()) => {
            let status = page.t(if verify { "contacts-status-verified" } else { "contacts-status-rejected" });
            queue_page(&app, lang, &uri, (Some(page.t_with("contacts-decided", "status", &status)), StatusCode::OK))
                .await?
        }
        Err(StoreError::Refused(reason)) => {
            queue_page(&app, lang, &uri, (Some(page.refusal(&reason)), StatusCode::CONFLICT)).await?
        }
        Err(e) => return Err(failure("deciding on a change", &e)),
    })
}

pub(crate) async fn verify(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, id)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    decide_change(app, lang, id, visitor, uri, true, body).await
}

pub(crate) async fn reject(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, id)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    decide_change(app, lang, id, visitor, uri, false, body).await
}
