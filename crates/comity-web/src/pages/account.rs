//! Signing in and out, the second factor, and what a signed-in person sees of their own
//! account (sessions, API tokens) and of the organisations their roles cover (users, audit
//! trail). Every form is a plain POST; every state change is audited by the store.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query};
use axum::http::{StatusCode, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};
use comity_access::{Decision, OrgRef, Permission, Role, Target, decide, totp};
use comity_i18n::Lang;
use comity_store::{AccountSummary, SessionSummary, SignIn, TokenSummary};
use serde::Deserialize;

use super::page::{OrFail, Page, PageCtx, PageError, failure, render_private};
use crate::AppState;
use crate::access::{SESSION_COOKIE, Visitor};

/// Fields of a posted form, each at most once, none unknown: anything else is refused.
fn form_fields(body: &Bytes, known: &[&str]) -> Result<Vec<(String, String)>, String> {
    let mut out: Vec<(String, String)> = Vec::new();
    for (k, v) in form_urlencoded::parse(body) {
        if !known.contains(&k.as_ref()) {
            return Err(k.into_owned());
        }
        if v.chars().count() > 1000 {
            return Err(k.into_owned());
        }
        out.push((k.into_owned(), v.into_owned()));
    }
    Ok(out)
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("")
}

/// Only paths on this site are followed after sign-in: one that parses back to itself as a
/// path and query, with no control character or white space (browsers drop tabs and newlines,
/// so `/\t/evil.example` would be read as `//evil.example`), no `//` and no backslash.
pub(crate) fn safe_next(lang: Lang, next: &str) -> String {
    let same_origin_path = next.starts_with('/')
        && !next.contains("//")
        && !next.contains('\\')
        && !next.chars().any(|c| c.is_control() || c.is_whitespace())
        && !next.contains("/sign-")
        && next.parse::<axum::http::uri::PathAndQuery>().is_ok_and(|p| p.as_str() == next);
    if same_origin_path { next.to_string() } else { format!("/{}/account", lang.code()) }
}

fn session_cookie(token: &str, max_age: i64) -> String {
    format!("{SESSION_COOKIE}={token}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age={max_age}")
}

fn with_cookie(mut response: Response, cookie: String) -> Response {
    if let Ok(value) = header::HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

#[derive(Template)]
#[template(path = "sign_in.html")]
struct SignInPage<'a> {
    page: Page<'a>,
    /// `password`, `code` or `enrol`.
    step: &'static str,
    next: String,
    email: String,
    problem: Option<String>,
    /// Enrolment: the secret to type into an authenticator app, and its otpauth address.
    secret: String,
    otpauth: String,
}

#[derive(Deserialize, Default)]
pub(crate) struct NextQuery {
    #[serde(default)]
    next: String,
}

fn sign_in_page<'a>(app: &'a AppState, lang: Lang, uri: &Uri, step: &'static str, next: &str) -> SignInPage<'a> {
    SignInPage {
        page: Page::new(lang, &app.catalog.messages, "account", uri),
        step,
        next: safe_next(lang, next),
        email: String::new(),
        problem: None,
        secret: String::new(),
        otpauth: String::new(),
    }
}

pub(crate) async fn sign_in_form(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    query: Result<Query<NextQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, PageError> {
    let next = query.map(|q| q.0.next).unwrap_or_default();
    if visitor.account.is_some() {
        return Ok(Redirect::to(&safe_next(lang, &next)).into_response());
    }
    Ok(render_private(StatusCode::OK, &sign_in_page(&app, lang, &uri, "password", &next)))
}

fn bad_form(app: &AppState, lang: Lang, uri: &Uri, step: &'static str, field: &str) -> Response {
    let mut page = sign_in_page(app, lang, uri, step, "");
    page.problem = Some(page.page.t_with("form-unknown-field", "field", field));
    render_private(StatusCode::BAD_REQUEST, &page)
}

pub(crate) async fn sign_in(PageCtx { app, lang, visitor, uri }: PageCtx, body: Bytes) -> Result<Response, PageError> {
    let fields = match form_fields(&body, &["email", "password", "next"]) {
        Ok(f) => f,
        Err(name) => return Ok(bad_form(&app, lang, &uri, "password", &name)),
    };
    let (email, password, next) = (field(&fields, "email"), field(&fields, "password"), field(&fields, "next"));
    let outcome = match app.store.check_password(email, password, &visitor.actor(None)).await {
        Ok(o) => o,
        Err(e) => return Err(failure("checking a password", &e)),
    };
    let mut page = sign_in_page(&app, lang, &uri, "password", next);
    page.email = email.chars().take(254).collect();
    Ok(match outcome {
        SignIn::Throttled => {
            page.problem = Some(page.page.t("sign-in-throttled"));
            render_private(StatusCode::TOO_MANY_REQUESTS, &page)
        }
        SignIn::Failed => {
            // The same words whether the email, the password or the account's state was wrong.
            page.problem = Some(page.page.t("sign-in-failed"));
            render_private(StatusCode::UNAUTHORIZED, &page)
        }
        SignIn::Succeeded { account_id, has_totp } => {
            let token = app
                .store
                .create_session(&account_id, false, &visitor.actor(None))
                .await
                .or_fail("creating a session")?;
            let step = if has_totp { "code" } else { "enrol" };
            let to = format!("/{}/sign-in/{step}?next={}", lang.code(), super::page::encode_component(&page.next));
            with_cookie(
                Redirect::to(&to).into_response(),
                session_cookie(&token, comity_store::SESSION_ABSOLUTE_SECONDS),
            )
        }
    })
}

pub(crate) async fn code_form(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    query: Result<Query<NextQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, PageError> {
    let next = query.map(|q| q.0.next).unwrap_or_default();
    Ok(match &visitor.pending {
        Some(p) if p.has_totp => render_private(StatusCode::OK, &sign_in_page(&app, lang, &uri, "code", &next)),
        Some(_) => Redirect::to(&format!("/{}/sign-in/enrol", lang.code())).into_response(),
        None => Redirect::to(&format!("/{}/sign-in", lang.code())).into_response(),
    })
}

pub(crate) async fn code(PageCtx { app, lang, visitor, uri }: PageCtx, body: Bytes) -> Result<Response, PageError> {
    let fields = match form_fields(&body, &["code", "next"]) {
        Ok(f) => f,
        Err(name) => return Ok(bad_form(&app, lang, &uri, "code", &name)),
    };
    let (Some(token), Some(_)) = (&visitor.session_token, &visitor.pending) else {
        return Ok(Redirect::to(&format!("/{}/sign-in", lang.code())).into_response());
    };
    let code = field(&fields, "code").trim();
    let actor = visitor.actor(None);
    let accepted = if code.contains('-') {
        app.store.complete_with_recovery_code(token, code, &actor).await
    } else {
        app.store.complete_with_totp(token, code, &actor).await
    };
    Ok(match accepted {
        Ok(true) => Redirect::to(&safe_next(lang, field(&fields, "next"))).into_response(),
        Ok(false) => {
            let mut page = sign_in_page(&app, lang, &uri, "code", field(&fields, "next"));
            page.problem = Some(page.page.t("sign-in-code-failed"));
            render_private(StatusCode::UNAUTHORIZED, &page)
        }
        Err(e) => return Err(failure("second factor check", &e)),
    })
}

fn enrol_page<'a>(app: &'a AppState, lang: Lang, uri: &Uri, email: &str, secret: &[u8], next: &str) -> SignInPage<'a> {
    let mut page = sign_in_page(app, lang, uri, "enrol", next);
    page.secret = totp::base32(secret);
    page.otpauth = totp::otpauth_url(secret, email, "Comity");
    page
}

/// First sign-in: the second factor is set up before the session counts. The secret travels
/// in the form (the person types it into their app from this page anyway) and is kept only
/// once a code made from it is given back.
pub(crate) async fn enrol_form(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    query: Result<Query<NextQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, PageError> {
    let next = query.map(|q| q.0.next).unwrap_or_default();
    let Some(pending) = visitor.pending.filter(|p| !p.has_totp) else {
        return Ok(Redirect::to(&format!("/{}/sign-in", lang.code())).into_response());
    };
    let Ok(secret) = totp::new_secret() else { return Err(PageError::Failed) };
    Ok(render_private(StatusCode::OK, &enrol_page(&app, lang, &uri, &pending.email, &secret, &next)))
}

#[derive(Template)]
#[template(path = "recovery_codes.html")]
struct RecoveryCodesPage<'a> {
    page: Page<'a>,
    codes: Vec<String>,
    next: String,
}

pub(crate) async fn enrol(PageCtx { app, lang, visitor, uri }: PageCtx, body: Bytes) -> Result<Response, PageError> {
    let fields = match form_fields(&body, &["secret", "code", "next"]) {
        Ok(f) => f,
        Err(name) => return Ok(bad_form(&app, lang, &uri, "enrol", &name)),
    };
    let (Some(token), Some(pending)) = (&visitor.session_token, visitor.pending.as_ref().filter(|p| !p.has_totp))
    else {
        return Ok(Redirect::to(&format!("/{}/sign-in", lang.code())).into_response());
    };
    let secret = base32_decode(field(&fields, "secret"));
    let next = field(&fields, "next");
    let enrolled = match &secret {
        Some(s) if s.len() >= 16 => app.store.enrol_totp(token, s, field(&fields, "code"), &visitor.actor(None)).await,
        _ => Ok(None),
    };
    Ok(match enrolled {
        Ok(Some(codes)) => {
            let page = Page::new(lang, &app.catalog.messages, "account", &uri);
            render_private(StatusCode::OK, &RecoveryCodesPage { page, codes, next: safe_next(lang, next) })
        }
        Ok(None) => {
            let secret = secret.filter(|s| s.len() >= 16).or_else(|| totp::new_secret().ok()).unwrap_or_default();
            let mut page = enrol_page(&app, lang, &uri, &pending.email, &secret, next);
            page.problem = Some(page.page.t("sign-in-code-failed"));
            render_private(StatusCode::UNAUTHORIZED, &page)
        }
        Err(e) => return Err(failure("enrolment", &e)),
    })
}

fn base32_decode(text: &str) -> Option<Vec<u8>> {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = Vec::new();
    let (mut buffer, mut bits) = (0u32, 0);
    for c in text.trim().bytes().filter(|b| *b != b' ' && *b != b'=') {
        let v = ALPHABET.iter().position(|a| *a == c.to_ascii_uppercase())? as u32;
        buffer = (buffer << 5) | v;
        bits += 5;
        if bits >= 8 {
            out.push((buffer >> (bits - 8)) as u8);
            bits -= 8;
        }
    }
    Some(out)
}

pub(crate) async fn sign_out(PageCtx { app, lang, visitor, .. }: PageCtx) -> Result<Response, PageError> {
    if let Some(token) = &visitor.session_token
        && let Err(e) = app.store.end_session(token, &visitor.actor(None)).await
    {
        tracing::error!(error = %e, "signing out failed");
    }
    Ok(with_cookie(Redirect::to(&format!("/{}/", lang.code())).into_response(), session_cookie("", 0)))
}

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

struct ScopeChoice {
    value: &'static str,
    label: String,
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
    /// The States whose contacts the visitor nominates (its focal point).
    nominates_for: Vec<String>,
    /// A token just created, shown this once.
    new_token: Option<String>,
    problem: Option<String>,
}

fn date(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms).map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string()).unwrap_or_default()
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

fn org_label(app: &AppState, lang: Lang, org: &OrgRef, page: &Page<'_>) -> String {
    match org {
        OrgRef::Secretariat => page.t("org-secretariat"),
        OrgRef::State(iso3) => {
            app.catalog.states.get(iso3).map(|s| s.short_name(lang).to_string()).unwrap_or_else(|| iso3.clone())
        }
    }
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

/// Mails a single-use link in the recipient's language (see [`comity_jobs::send_link`]).
async fn mail_link(app: &AppState, to: &comity_store::LinkTarget, secret: &str, org: &str) -> Result<(), String> {
    let Some(mail) = &app.mail else { return Err("no mail relay is configured".into()) };
    comity_jobs::send_link(mail, &app.catalog.messages, to, secret, org).await.map_err(|e| e.to_string())
}

#[derive(Template)]
#[template(path = "welcome.html")]
struct WelcomePage<'a> {
    page: Page<'a>,
    /// `set`, `done`, `reset_request` or `reset_sent`.
    step: &'static str,
    name: String,
    problem: Option<String>,
}

fn link_problem(page: &Page<'_>, problem: comity_store::LinkProblem) -> String {
    match problem {
        comity_store::LinkProblem::Unknown => page.t("welcome-link-unknown"),
        comity_store::LinkProblem::Used => page.t("welcome-link-used"),
        comity_store::LinkProblem::Expired => page.t("welcome-link-expired"),
    }
}

/// The page an invitation or reset link opens: choose a password.
pub(crate) async fn welcome_form(
    PageCtx { app, lang, uri, .. }: PageCtx,
    Path((_, secret)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let page = Page::new(lang, &app.catalog.messages, "account", &uri);
    Ok(match app.store.link_target(&secret).await {
        Ok(Ok(target)) => {
            render_private(StatusCode::OK, &WelcomePage { page, step: "set", name: target.name, problem: None })
        }
        Ok(Err(p)) => {
            let problem = Some(link_problem(&page, p));
            render_private(StatusCode::NOT_FOUND, &WelcomePage { page, step: "done", name: String::new(), problem })
        }
        Err(_) => return Err(PageError::Failed),
    })
}

pub(crate) async fn welcome(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, secret)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let page = Page::new(lang, &app.catalog.messages, "account", &uri);
    let fields = match form_fields(&body, &["password", "confirm"]) {
        Ok(f) => f,
        Err(name) => {
            let problem = Some(page.t_with("form-unknown-field", "field", &name));
            return Ok(render_private(
                StatusCode::BAD_REQUEST,
                &WelcomePage { page, step: "set", name: String::new(), problem },
            ));
        }
    };
    let (password, confirm) = (field(&fields, "password"), field(&fields, "confirm"));
    let refuse = |page: Page<'_>, message: String| -> Response {
        render_private(
            StatusCode::BAD_REQUEST,
            &WelcomePage { page, step: "set", name: String::new(), problem: Some(message) },
        )
    };
    if password != confirm {
        let message = page.t("welcome-mismatch");
        return Ok(refuse(page, message));
    }
    let hash = match comity_access::password::hash(password) {
        Ok(h) => h,
        Err(comity_access::password::PasswordError::TooShort { min }) => {
            let message = page.t_count("welcome-too-short", min);
            return Ok(refuse(page, message));
        }
        Err(_) => {
            let message = page.t("welcome-too-long");
            return Ok(refuse(page, message));
        }
    };
    Ok(match app.store.use_link(&secret, &hash, &visitor.actor(None)).await {
        Ok(Ok(_)) => Redirect::to(&format!("/{}/sign-in", lang.code())).into_response(),
        Ok(Err(p)) => {
            let problem = Some(link_problem(&page, p));
            render_private(StatusCode::NOT_FOUND, &WelcomePage { page, step: "done", name: String::new(), problem })
        }
        Err(_) => return Err(PageError::Failed),
    })
}

pub(crate) async fn reset_form(PageCtx { app, lang, uri, .. }: PageCtx) -> Result<Response, PageError> {
    let page = Page::new(lang, &app.catalog.messages, "account", &uri);
    Ok(render_private(StatusCode::OK, &WelcomePage { page, step: "reset_request", name: String::new(), problem: None }))
}

/// Asks for a reset link. The answer is the same whether or not the address has an account.
pub(crate) async fn reset(PageCtx { app, lang, visitor, uri }: PageCtx, body: Bytes) -> Result<Response, PageError> {
    let page = Page::new(lang, &app.catalog.messages, "account", &uri);
    let fields = match form_fields(&body, &["email"]) {
        Ok(f) => f,
        Err(name) => {
            let problem = Some(page.t_with("form-unknown-field", "field", &name));
            return Ok(render_private(
                StatusCode::BAD_REQUEST,
                &WelcomePage { page, step: "reset_request", name: String::new(), problem },
            ));
        }
    };
    if app.mail.is_none() {
        let problem = Some(page.t("mail-not-configured"));
        return Ok(render_private(
            StatusCode::SERVICE_UNAVAILABLE,
            &WelcomePage { page, step: "reset_request", name: String::new(), problem },
        ));
    }
    match app.store.request_reset(field(&fields, "email"), &visitor.actor(None)).await {
        Ok(Some((target, secret))) => {
            if let Err(e) = mail_link(&app, &target, &secret, "").await {
                tracing::error!(error = %e, "a password reset could not be mailed");
            }
        }
        Ok(None) => {}
        Err(e) => tracing::error!(error = %e, "a password reset failed"),
    }
    Ok(render_private(StatusCode::OK, &WelcomePage { page, step: "reset_sent", name: String::new(), problem: None }))
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
            back(Some(page.refusal("invite-refused", &reason)), StatusCode::BAD_REQUEST).await?
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
