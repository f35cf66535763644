//! Signing in and out: the password, the second factor (a code, or its enrolment on the first
//! sign-in, with the recovery codes shown once).

use super::{field, form_fields, safe_next, session_cookie, with_cookie};
use crate::AppState;
use crate::pages::page::{OrFail, Page, PageCtx, PageError, failure, render_private};
use askama::Template;
use axum::body::Bytes;
use axum::extract::Query;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use comity_access::totp;
use comity_i18n::Lang;
use comity_store::SignIn;
use serde::Deserialize;

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
    /// The otpauth address as a QR code (inline SVG), for phones that scan it.
    otpauth_qr: String,
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
        otpauth_qr: String::new(),
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
    app.metrics.sign_in(match outcome {
        SignIn::Throttled => "throttled",
        SignIn::Failed => "failed",
        SignIn::Succeeded { .. } => "succeeded",
    });
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
            let to =
                format!("/{}/sign-in/{step}?next={}", lang.code(), crate::pages::page::encode_component(&page.next));
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
    page.otpauth_qr = qr_svg(&page.otpauth, &page.page.t("sign-in-enrol-qr"));
    page
}

/// A QR code of `text` as an SVG element to put in a page, labelled for screen readers; empty
/// when the text is too long for a QR code (an otpauth address never is).
fn qr_svg(text: &str, label: &str) -> String {
    let Ok(code) = qrcode::QrCode::new(text.as_bytes()) else { return String::new() };
    let svg = code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(200, 200)
        .dark_color(qrcode::render::svg::Color("#000"))
        .light_color(qrcode::render::svg::Color("#fff"))
        .build();
    // Inline in HTML: no XML declaration; an image with a name.
    let svg = svg.split_once("?>").map(|(_, rest)| rest).unwrap_or(&svg);
    let label = label.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    svg.replacen("<svg ", &format!("<svg role=\"img\" aria-label=\"{label}\" "), 1)
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
    let secret = totp::base32_decode(field(&fields, "secret"));
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

pub(crate) async fn sign_out(PageCtx { app, lang, visitor, .. }: PageCtx) -> Result<Response, PageError> {
    if let Some(token) = &visitor.session_token
        && let Err(e) = app.store.end_session(token, &visitor.actor(None)).await
    {
        tracing::error!(error = %e, "signing out failed");
    }
    Ok(with_cookie(Redirect::to(&format!("/{}/", lang.code())).into_response(), session_cookie("", 0)))
}
