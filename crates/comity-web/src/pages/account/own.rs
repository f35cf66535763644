//! What a signed-in person sees and manages of their own account: sessions, API tokens.

use super::{ScopeChoice, field, form_fields, org_label, session_cookie, with_cookie};
use crate::AppState;
use crate::access::Visitor;
use crate::pages::page::{Page, PageCtx, PageError, failure, render_private};
use askama::Template;
use axum::body::Bytes;
use axum::extract::Path;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use comity_access::{Decision, OrgRef, Permission, Target, decide};
use comity_i18n::Lang;
use comity_store::{SessionSummary, TokenSummary};

struct TokenRow {
    summary: TokenSummary,
    created: String,
    expires: String,
}

struct SessionRow {
    summary: SessionSummary,
    created: String,
    last_seen: String,
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage<'a> {
    page: Page<'a>,
    name: String,
    email: String,
    roles: Vec<String>,
    orgs: Vec<String>,
    sessions: Vec<SessionRow>,
    tokens: Vec<TokenRow>,
    /// (name, added on)
    passkeys: Vec<(String, String)>,
    scopes: Vec<ScopeChoice>,
    /// Whether the visitor reads the whole audit trail (the Secretariat).
    whole_audit: bool,
    /// Links to the Points of Contact directory the visitor's roles open.
    directory: bool,
    manages_directory: bool,
    keeps_record: bool,
    exchanges_messages: bool,
    /// Communication checks waiting for the visitor's acknowledgement, as a listed contact:
    /// (round id, title, deadline).
    pending_checks: Vec<(String, String, String)>,
    /// The visitor is a listed Point of Contact: the checks section shows even when empty.
    contact: bool,
    /// The States whose contacts the visitor nominates (its focal point).
    nominates_for: Vec<String>,
    /// A token just created, shown this once.
    new_token: Option<String>,
    problem: Option<String>,
}

/// A stored instant as ISO 8601 (UTC), which the page shows in its language.
fn date(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms).map(|t| t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()).unwrap_or_default()
}

/// The permissions the visitor's roles grant, which a token may carry.
fn grantable(visitor: &Visitor) -> Vec<Permission> {
    let Some(principal) = visitor.principal() else { return vec![] };
    Permission::ALL
        .into_iter()
        .filter(|p| !matches!(p, Permission::ReadPublic | Permission::ReadOwnAccount))
        .filter(|p| {
            principal
                .memberships
                .iter()
                .any(|m| decide(Some(&principal), *p, &Target::Org(m.org.clone())) == Decision::Allow)
        })
        .collect()
}

async fn account_page(
    app: &AppState,
    lang: Lang,
    uri: &Uri,
    visitor: &Visitor,
    new_token: Option<String>,
    problem: Option<String>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let Some(account) = &visitor.account else { return Err(PageError::Forbidden) };
    let page = Page::new(lang, &app.catalog.messages, "account", uri);
    let sessions = app.store.list_sessions(&account.account_id, visitor.session_token.as_deref()).await;
    let tokens = app.store.list_tokens(&account.account_id).await;
    let passkeys = app.store.list_passkeys(&account.account_id).await;
    let pending = app.store.pending_checks(&account.email).await;
    let (Ok(sessions), Ok(tokens), Ok(passkeys), Ok(pending)) = (sessions, tokens, passkeys, pending) else {
        return Err(PageError::Failed);
    };
    let mut orgs: Vec<String> = account.memberships.iter().map(|m| m.org.code().to_string()).collect();
    orgs.dedup();
    Ok(render_private(
        status,
        &AccountPage {
            name: account.name.clone(),
            email: account.email.clone(),
            roles: account
                .memberships
                .iter()
                .map(|m| format!("{} — {}", org_label(app, lang, &m.org, &page), page.t_key("role-", m.role.as_str())))
                .collect(),
            orgs,
            sessions: sessions
                .into_iter()
                .map(|s| SessionRow { created: date(s.created_at), last_seen: date(s.last_seen_at), summary: s })
                .collect(),
            tokens: tokens
                .into_iter()
                .map(|t| TokenRow { created: date(t.created_at), expires: date(t.expires_at), summary: t })
                .collect(),
            whole_audit: visitor
                .principal()
                .is_some_and(|p| decide(Some(&p), Permission::ReadAudit, &Target::Any) == Decision::Allow),
            directory: visitor
                .principal()
                .is_some_and(|p| decide(Some(&p), Permission::ReadDirectory, &Target::Any) == Decision::Allow),
            manages_directory: visitor
                .principal()
                .is_some_and(|p| decide(Some(&p), Permission::ManageDirectory, &Target::Any) == Decision::Allow),
            keeps_record: visitor
                .principal()
                .is_some_and(|p| decide(Some(&p), Permission::KeepRecord, &Target::Any) == Decision::Allow),
            exchanges_messages: visitor.message_reader().is_some(),
            contact: account
                .memberships
                .iter()
                .any(|m| matches!(m.role, comity_access::Role::PocDiplomatic | comity_access::Role::PocTechnical)),
            pending_checks: pending.into_iter().map(|(id, title, deadline, _)| (id, title, deadline)).collect(),
            nominates_for: account
                .memberships
                .iter()
                .map(|m| m.org.code().to_string())
                .filter(|o| {
                    visitor.principal().is_some_and(|p| {
                        decide(Some(&p), Permission::NominatePoc, &Target::Org(OrgRef::from_code(o))) == Decision::Allow
                    })
                })
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect(),
            passkeys: passkeys.into_iter().map(|p| (p.name, date(p.created_at))).collect(),
            scopes: grantable(visitor)
                .into_iter()
                .map(|p| ScopeChoice { value: p.as_str(), label: page.t_key("permission-", p.as_str()) })
                .collect(),
            new_token,
            problem,
            page,
        },
    ))
}

pub(crate) async fn account(PageCtx { app, lang, visitor, uri }: PageCtx) -> Result<Response, PageError> {
    account_page(&app, lang, &uri, &visitor, None, None, StatusCode::OK).await
}

pub(crate) async fn create_token(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    body: Bytes,
) -> Result<Response, PageError> {
    let Some(account) = &visitor.account else { return Err(PageError::Forbidden) };
    let fields = match form_fields(&body, &["name", "days", "scope"]) {
        Ok(f) => f,
        Err(name) => {
            let problem = Page::new(lang, &app.catalog.messages, "", &uri).t_with("form-unknown-field", "field", &name);
            return account_page(&app, lang, &uri, &visitor, None, Some(problem), StatusCode::BAD_REQUEST).await;
        }
    };
    let allowed = grantable(&visitor);
    let mut scopes = Vec::new();
    for (_, value) in fields.iter().filter(|(k, _)| k == "scope") {
        match allowed.iter().find(|p| p.as_str() == value) {
            Some(p) => scopes.push(*p),
            None => {
                let problem = Page::new(lang, &app.catalog.messages, "", &uri).t("token-scope-not-held");
                return account_page(&app, lang, &uri, &visitor, None, Some(problem), StatusCode::BAD_REQUEST).await;
            }
        }
    }
    let days = field(&fields, "days").trim().parse::<i64>().unwrap_or(0);
    let actor = visitor.actor(Some(Permission::ManageOwnTokens));
    Ok(match app.store.create_token(&account.account_id, field(&fields, "name"), &scopes, days, &actor).await {
        Ok((_, secret)) => account_page(&app, lang, &uri, &visitor, Some(secret), None, StatusCode::OK).await?,
        Err(comity_store::StoreError::Refused(_)) => {
            let problem = Page::new(lang, &app.catalog.messages, "", &uri).t("token-invalid");
            account_page(&app, lang, &uri, &visitor, None, Some(problem), StatusCode::BAD_REQUEST).await?
        }
        Err(e) => return Err(failure("creating a token", &e)),
    })
}

pub(crate) async fn revoke_token(
    PageCtx { app, lang, visitor, .. }: PageCtx,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let Some(account) = &visitor.account else { return Err(PageError::Forbidden) };
    Ok(
        match app.store.revoke_token(&account.account_id, &id, &visitor.actor(Some(Permission::ManageOwnTokens))).await
        {
            Ok(true) => Redirect::to(&format!("/{}/account", lang.code())).into_response(),
            // Another person's token, or none: not found, whoever asks.
            Ok(false) => return Err(PageError::NotFound),
            Err(e) => return Err(failure("revoking a token", &e)),
        },
    )
}

pub(crate) async fn end_all_sessions(PageCtx { app, lang, visitor, .. }: PageCtx) -> Result<Response, PageError> {
    let Some(account) = &visitor.account else { return Err(PageError::Forbidden) };
    if let Err(e) =
        app.store.end_all_sessions(&account.account_id, &visitor.actor(Some(Permission::ManageOwnTokens))).await
    {
        return Err(failure("ending sessions", &e));
    }
    Ok(with_cookie(Redirect::to(&format!("/{}/sign-in", lang.code())).into_response(), session_cookie("", 0)))
}
