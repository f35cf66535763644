//! The single-use links sent by mail: an invitation's or a reset's page that sets a password,
//! and the form that asks for a reset.

use super::{field, form_fields};
use crate::AppState;
use crate::pages::page::{Page, PageCtx, PageError, render_private};
use askama::Template;
use axum::body::Bytes;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

/// Mails a single-use link in the recipient's language (see [`comity_jobs::send_link`]).
pub(super) async fn mail_link(
    app: &AppState,
    to: &comity_store::LinkTarget,
    secret: &str,
    org: &str,
) -> Result<(), String> {
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
