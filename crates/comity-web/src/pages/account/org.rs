//! The people of an organisation (invited, removed) and its audit trail, as the person's
//! roles there allow.

use super::links::mail_link;
use super::{ScopeChoice, field, form_fields, org_label};
use crate::AppState;
use crate::access::Visitor;
use crate::pages::page::{Page, PageCtx, PageError, failure, render_private};
use askama::Template;
use axum::body::Bytes;
use axum::extract::Path;
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use comity_access::{Decision, OrgRef, Permission, Role, Target, decide};
use comity_i18n::Lang;
use comity_store::AccountSummary;

#[derive(Template)]
#[template(path = "org_users.html")]
struct OrgUsersPage<'a> {
    page: Page<'a>,
    org: String,
    org_code: String,
    accounts: Vec<(AccountSummary, String)>,
    /// Roles one may invite to in this organisation.
    roles: Vec<ScopeChoice>,
    languages: Vec<(&'static str, &'static str)>,
    problem: Option<String>,
    /// Whether the visitor may invite and remove this organisation's users.
    can_manage: bool,
}

pub(crate) async fn org_users(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, org)): Path<(String, String)>,
) -> Result<Response, PageError> {
    org_users_page(&app, lang, &uri, &OrgRef::from_code(&org), &visitor, None, StatusCode::OK).await
}

async fn org_users_page(
    app: &AppState,
    lang: Lang,
    uri: &Uri,
    org: &OrgRef,
    visitor: &Visitor,
    problem: Option<String>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let can_manage = visitor
        .principal()
        .is_some_and(|p| decide(Some(&p), Permission::ManageStateUsers, &Target::Org(org.clone())) == Decision::Allow);
    let (app, org) = (app.clone(), org.clone());
    let Ok(accounts) = app.store.list_accounts(Some(&org)).await else { return Err(PageError::Failed) };
    let page = Page::new(lang, &app.catalog.messages, "account", uri);
    let accounts = accounts
        .into_iter()
        .map(|a| {
            let roles = a
                .memberships
                .iter()
                .filter(|m| m.org == org)
                .map(|m| page.t_key("role-", m.role.as_str()))
                .collect::<Vec<_>>()
                .join(", ");
            (a, roles)
        })
        .collect();
    let roles = Role::ALL
        .into_iter()
        .filter(|r| r.fits(&org))
        .map(|r| ScopeChoice { value: r.as_str(), label: page.t_key("role-", r.as_str()) })
        .collect();
    let languages = Lang::ALL.into_iter().map(|l| (l.code(), l.native_name())).collect();
    Ok(render_private(
        status,
        &OrgUsersPage {
            org: org_label(&app, lang, &org, &page),
            org_code: org.code().to_string(),
            accounts,
            roles,
            languages,
            problem,
            can_manage,
            page,
        },
    ))
}

struct AuditRow {
    seq: i64,
    at: String,
    action: String,
    object: String,
    actor: String,
    details: String,
}

#[derive(Template)]
#[template(path = "org_audit.html")]
struct OrgAuditPage<'a> {
    page: Page<'a>,
    org: String,
    rows: Vec<AuditRow>,
}

pub(crate) async fn org_audit(
    PageCtx { app, lang, uri, .. }: PageCtx,
    Path((_, org)): Path<(String, String)>,
) -> Result<Response, PageError> {
    audit_page(&app, lang, &uri, Some(OrgRef::from_code(&org))).await
}

/// The whole trail, for the Secretariat.
pub(crate) async fn whole_audit(PageCtx { app, lang, uri, .. }: PageCtx) -> Result<Response, PageError> {
    audit_page(&app, lang, &uri, None).await
}

async fn audit_page(app: &AppState, lang: Lang, uri: &Uri, org: Option<OrgRef>) -> Result<Response, PageError> {
    let app = app.clone();
    let mut rows = Vec::new();
    let read = app
        .store
        .audit_entries(org.as_ref().map(|o| o.code()), |e| {
            rows.push(AuditRow {
                seq: e.seq,
                at: e.content.at.chars().take(19).collect::<String>().replace('T', " "),
                action: e.content.action,
                object: e.content.object,
                actor: [e.content.actor_org, e.content.actor_role].into_iter().flatten().collect::<Vec<_>>().join(" "),
                details: e.content.details,
            });
            true
        })
        .await;
    if read.is_err() {
        return Err(PageError::Failed);
    }
    // Newest first, the last 500.
    rows.reverse();
    rows.truncate(500);
    let page = Page::new(lang, &app.catalog.messages, "account", uri);
    let org = match &org {
        Some(o) => org_label(&app, lang, o, &page),
        None => page.t("audit-whole"),
    };
    Ok(render_private(StatusCode::OK, &OrgAuditPage { org, rows, page }))
}

/// Invites a person to an organisation: an account with one role, and a link by mail. A
/// State's focal point invites the State's other users; only the Secretariat invites focal
/// points and Secretariat staff.
pub(crate) async fn invite(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, org)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let org = OrgRef::from_code(&org);
    let back = |problem: Option<String>, status: StatusCode| {
        let app = app.clone();
        let uri = uri.clone();
        let org = org.clone();
        let visitor = visitor.clone();
        async move { org_users_page(&app, lang, &uri, &org, &visitor, problem, status).await }
    };
    let page = Page::new(lang, &app.catalog.messages, "account", &uri);
    let fields = match form_fields(&body, &["email", "name", "lang", "role"]) {
        Ok(f) => f,
        Err(name) => {
            return back(Some(page.t_with("form-unknown-field", "field", &name)), StatusCode::BAD_REQUEST).await;
        }
    };
    let Ok(role) = field(&fields, "role").parse::<Role>() else {
        return back(Some(page.t("invite-bad-role")), StatusCode::BAD_REQUEST).await;
    };
    let is_admin = visitor
        .principal()
        .is_some_and(|p| decide(Some(&p), Permission::ManageAccounts, &Target::Any) == Decision::Allow);
    if !role.fits(&org) || (role == Role::FocalPoint && !is_admin) {
        return back(Some(page.t("invite-bad-role")), StatusCode::FORBIDDEN).await;
    }
    if app.mail.is_none() {
        return back(Some(page.t("mail-not-configured")), StatusCode::SERVICE_UNAVAILABLE).await;
    }
    let account = comity_store::NewAccount {
        email: field(&fields, "email").to_string(),
        name: field(&fields, "name").to_string(),
        lang: field(&fields, "lang").to_string(),
        password_hash: None,
        memberships: vec![comity_access::Membership { org: org.clone(), role }],
    };
    let actor = visitor.actor(Some(Permission::ManageStateUsers));
    Ok(match app.store.invite(&account, &actor).await {
        Ok((id, secret)) => {
            let target = comity_store::LinkTarget {
                account_id: id,
                email: comity_store::normalise_email(&account.email).unwrap_or_default(),
                name: account.name.trim().to_string(),
                lang: account.lang.clone(),
                purpose: "invitation".into(),
            };
            let org_name = org_label(&app, target.lang.parse().unwrap_or(Lang::En), &org, &page);
            match mail_link(&app, &target, &secret, &org_name).await {
                Ok(()) => back(Some(page.t_with("invite-sent", "email", &target.email)), StatusCode::OK).await?,
                Err(e) => {
                    tracing::error!(error = %e, "an invitation could not be mailed");
                    back(Some(page.t("mail-failed")), StatusCode::BAD_GATEWAY).await?
                }
            }
        }
        Err(comity_store::StoreError::Refused(reason)) => {
            back(Some(page.refusal(&reason)), StatusCode::BAD_REQUEST).await?
        }
        Err(_) => return Err(PageError::Failed),
    })
}

/// Removes a person from an organisation: their roles there end, and so do their sessions. A
/// State's focal point removes the State's other users; a focal point is removed by the
/// Secretariat.
pub(crate) async fn remove_user(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, org, id)): Path<(String, String, String)>,
) -> Result<Response, PageError> {
    let org = OrgRef::from_code(&org);
    let page = Page::new(lang, &app.catalog.messages, "account", &uri);
    let accounts = match app.store.list_accounts(Some(&org)).await {
        Ok(a) => a,
        Err(e) => return Err(failure("listing users", &e)),
    };
    let Some(target) = accounts.into_iter().find(|a| a.id == id) else { return Err(PageError::NotFound) };
    let is_admin = visitor
        .principal()
        .is_some_and(|p| decide(Some(&p), Permission::ManageAccounts, &Target::Any) == Decision::Allow);
    let removes_focal_point = target.memberships.iter().any(|m| m.org == org && m.role == Role::FocalPoint);
    let back_uri: Uri = format!("/{}/orgs/{}/users", lang.code(), org.code()).parse().unwrap_or(uri.clone());
    if removes_focal_point && !is_admin {
        let problem = Some(page.t("remove-focal-point"));
        return org_users_page(&app, lang, &back_uri, &org, &visitor, problem, StatusCode::FORBIDDEN).await;
    }
    Ok(match app.store.remove_from_org(&target.id, &org, &visitor.actor(Some(Permission::ManageStateUsers))).await {
        Ok(Some(_)) => {
            let problem = Some(page.t_with("remove-done", "email", &target.email));
            org_users_page(&app, lang, &back_uri, &org, &visitor, problem, StatusCode::OK).await?
        }
        Ok(None) => return Err(PageError::NotFound),
        Err(e) => return Err(failure("removing a user", &e)),
    })
}
