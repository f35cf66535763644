//! WebAuthn passkeys as a second factor: adding one on the account page, and signing in with
//! one instead of a TOTP code. The ceremonies need the browser's WebAuthn API, so these are
//! JSON endpoints driven by /static/passkeys.js; the pages work without it (TOTP).

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use comity_i18n::Lang;
use serde::Deserialize;
use webauthn_rs::prelude::{
    Passkey, PasskeyAuthentication, PasskeyRegistration, PublicKeyCredential, RegisterPublicKeyCredential, Uuid,
};

use super::page::{PageCtx, PageError};
use crate::AppState;

/// A JSON refusal, its message in the page's language.
fn refusal(app: &AppState, lang: Lang, status: StatusCode, code: &'static str, message_id: &str) -> Response {
    let message = app.catalog.messages.get(lang, message_id);
    (status, Json(serde_json::json!({ "error": { "code": code, "message": message } }))).into_response()
}

fn internal(app: &AppState, lang: Lang, doing: &str, e: &dyn std::fmt::Display) -> Response {
    tracing::error!(error = %e, doing, "passkey request failed");
    refusal(app, lang, StatusCode::INTERNAL_SERVER_ERROR, "internal_error", "error-internal-text")
}

/// The credential id as webauthn-rs writes it (base64url).
fn credential_id(passkey: &Passkey) -> String {
    serde_json::to_value(passkey.cred_id()).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

fn stored(passkeys: Vec<(String, String)>) -> Vec<(String, Passkey)> {
    passkeys.into_iter().filter_map(|(id, json)| Some((id, serde_json::from_str(&json).ok()?))).collect()
}

/// Starts adding a passkey to the signed-in account.
pub(crate) async fn register_begin(PageCtx { app, lang, visitor, .. }: PageCtx) -> Result<Response, PageError> {
    let (Some(webauthn), Some(account), Some(token)) = (&app.webauthn, &visitor.account, &visitor.session_token) else {
        return Ok(refusal(&app, lang, StatusCode::SERVICE_UNAVAILABLE, "passkeys_unavailable", "passkey-unavailable"));
    };
    let user = Uuid::parse_str(&account.account_id).unwrap_or_else(|_| Uuid::new_v4());
    let existing = match app.store.passkeys(&account.account_id).await {
        Ok(p) => stored(p).into_iter().map(|(_, p)| p.cred_id().clone()).collect(),
        Err(e) => return Ok(internal(&app, lang, "reading passkeys", &e)),
    };
    Ok(match webauthn.start_passkey_registration(user, &account.email, &account.name, Some(existing)) {
        Ok((challenge, state)) => {
            let state = serde_json::to_string(&state).unwrap_or_default();
            if let Err(e) = app.store.set_webauthn_state(token, Some(&state)).await {
                return Ok(internal(&app, lang, "parking a passkey ceremony", &e));
            }
            Json(challenge).into_response()
        }
        Err(e) => internal(&app, lang, "starting a passkey registration", &e),
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RegisterFinish {
    name: String,
    credential: RegisterPublicKeyCredential,
}

pub(crate) async fn register_finish(
    PageCtx { app, lang, visitor, .. }: PageCtx,
    body: Result<Json<RegisterFinish>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, PageError> {
    let (Some(webauthn), Some(account), Some(token)) = (&app.webauthn, &visitor.account, &visitor.session_token) else {
        return Ok(refusal(&app, lang, StatusCode::SERVICE_UNAVAILABLE, "passkeys_unavailable", "passkey-unavailable"));
    };
    let Ok(Json(body)) = body else {
        return Ok(refusal(&app, lang, StatusCode::BAD_REQUEST, "bad_request", "passkey-failed"));
    };
    let state = match app.store.take_webauthn_state(token).await {
        Ok(Some(s)) => serde_json::from_str::<PasskeyRegistration>(&s).ok(),
        Ok(None) => None,
        Err(e) => return Ok(internal(&app, lang, "reading a passkey ceremony", &e)),
    };
    let Some(state) = state else {
        return Ok(refusal(&app, lang, StatusCode::BAD_REQUEST, "no_ceremony", "passkey-failed"));
    };
    let passkey = match webauthn.finish_passkey_registration(&body.credential, &state) {
        Ok(p) => p,
        Err(e) => {
            tracing::info!(error = %e, "a passkey registration did not verify");
            return Ok(refusal(&app, lang, StatusCode::BAD_REQUEST, "not_verified", "passkey-failed"));
        }
    };
    let name = if body.name.trim().is_empty() { "passkey".to_string() } else { body.name };
    let json = serde_json::to_string(&passkey).unwrap_or_default();
    let actor = visitor.actor(Some(comity_access::Permission::ManageOwnTokens));
    Ok(match app.store.add_passkey(&account.account_id, &credential_id(&passkey), &name, &json, &actor).await {
        Ok(()) => Json(serde_json::json!({ "ok": true })).into_response(),
        Err(e) => internal(&app, lang, "storing a passkey", &e),
    })
}

/// Starts signing in with a passkey, after the password.
pub(crate) async fn sign_in_begin(PageCtx { app, lang, visitor, .. }: PageCtx) -> Result<Response, PageError> {
    let (Some(webauthn), Some(pending), Some(token)) = (&app.webauthn, &visitor.pending, &visitor.session_token) else {
        return Ok(refusal(&app, lang, StatusCode::SERVICE_UNAVAILABLE, "passkeys_unavailable", "passkey-unavailable"));
    };
    let passkeys = match app.store.passkeys(&pending.account_id).await {
        Ok(p) => stored(p).into_iter().map(|(_, p)| p).collect::<Vec<_>>(),
        Err(e) => return Ok(internal(&app, lang, "reading passkeys", &e)),
    };
    if passkeys.is_empty() {
        return Ok(refusal(&app, lang, StatusCode::NOT_FOUND, "no_passkeys", "passkey-none"));
    }
    Ok(match webauthn.start_passkey_authentication(&passkeys) {
        Ok((challenge, state)) => {
            let state = serde_json::to_string(&state).unwrap_or_default();
            if let Err(e) = app.store.set_webauthn_state(token, Some(&state)).await {
                return Ok(internal(&app, lang, "parking a passkey ceremony", &e));
            }
            Json(challenge).into_response()
        }
        Err(e) => internal(&app, lang, "starting a passkey sign-in", &e),
    })
}

pub(crate) async fn sign_in_finish(
    PageCtx { app, lang, visitor, .. }: PageCtx,
    body: Result<Json<PublicKeyCredential>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, PageError> {
    let (Some(webauthn), Some(pending), Some(token)) = (&app.webauthn, &visitor.pending, &visitor.session_token) else {
        return Ok(refusal(&app, lang, StatusCode::SERVICE_UNAVAILABLE, "passkeys_unavailable", "passkey-unavailable"));
    };
    let state = match app.store.take_webauthn_state(token).await {
        Ok(Some(s)) => serde_json::from_str::<PasskeyAuthentication>(&s).ok(),
        Ok(None) => None,
        Err(e) => return Ok(internal(&app, lang, "reading a passkey ceremony", &e)),
    };
    let actor = visitor.actor(None);
    let verified = match (body, state) {
        (Ok(Json(credential)), Some(state)) => webauthn.finish_passkey_authentication(&credential, &state).ok(),
        _ => None,
    };
    let Some(result) = verified else {
        if let Err(e) = app.store.passkey_failed(token, &actor).await {
            tracing::error!(error = %e, "auditing a failed passkey sign-in failed");
        }
        return Ok(refusal(&app, lang, StatusCode::UNAUTHORIZED, "not_verified", "passkey-failed"));
    };
    let passkeys = match app.store.passkeys(&pending.account_id).await {
        Ok(p) => stored(p),
        Err(e) => return Ok(internal(&app, lang, "reading passkeys", &e)),
    };
    let Some((id, mut passkey)) = passkeys.into_iter().find(|(_, p)| p.cred_id() == result.cred_id()) else {
        return Ok(refusal(&app, lang, StatusCode::UNAUTHORIZED, "not_verified", "passkey-failed"));
    };
    passkey.update_credential(&result);
    let json = serde_json::to_string(&passkey).unwrap_or_default();
    Ok(match app.store.complete_with_passkey(token, &id, &json, &actor).await {
        Ok(true) => Json(serde_json::json!({ "ok": true })).into_response(),
        Ok(false) => refusal(&app, lang, StatusCode::UNAUTHORIZED, "not_verified", "passkey-failed"),
        Err(e) => internal(&app, lang, "completing a passkey sign-in", &e),
    })
}
