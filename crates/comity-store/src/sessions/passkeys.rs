//! Passkeys (WebAuthn): the ceremony's state between its two steps, the keys kept, and sign-in
//! completed with one.

use super::now_ms;
use crate::identity::{Actor, append_audit, content};
use crate::{Result, Store, with_pool};
use comity_access::secrets;
use serde::Serialize;

/// A passkey as listed on the account page.
#[derive(Debug, Clone, Serialize)]
pub struct PasskeySummary {
    pub credential_id: String,
    pub name: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

impl Store {
    /// Parks a WebAuthn ceremony's state on the session, between its two requests.
    pub async fn set_webauthn_state(&self, session_token: &str, state: Option<&str>) -> Result<()> {
        with_pool!(self, |pool| {
            sqlx::query("UPDATE sessions SET webauthn_state = $1 WHERE token_hash = $2")
                .bind(state)
                .bind(secrets::digest(session_token))
                .execute(pool)
                .await?;
        });
        Ok(())
    }

    /// Takes the parked ceremony state (it is good for one attempt).
    pub async fn take_webauthn_state(&self, session_token: &str) -> Result<Option<String>> {
        let hash = secrets::digest(session_token);
        let state: Option<Option<String>> = with_pool!(self, |pool| {
            sqlx::query_scalar("SELECT webauthn_state FROM sessions WHERE token_hash = $1")
                .bind(&hash)
                .fetch_optional(pool)
                .await?
        });
        self.set_webauthn_state(session_token, None).await?;
        Ok(state.flatten())
    }

    /// The account's passkeys as stored (JSON), for a ceremony.
    pub async fn passkeys(&self, account_id: &str) -> Result<Vec<(String, String)>> {
        Ok(with_pool!(self, |pool| {
            sqlx::query_as("SELECT credential_id, passkey FROM passkeys WHERE account_id = $1 ORDER BY created_at")
                .bind(account_id)
                .fetch_all(pool)
                .await?
        }))
    }

    pub async fn list_passkeys(&self, account_id: &str) -> Result<Vec<PasskeySummary>> {
        let rows: Vec<(String, String, i64, Option<i64>)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT credential_id, name, created_at, last_used_at FROM passkeys \
                WHERE account_id = $1 ORDER BY created_at",
            )
            .bind(account_id)
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(|(credential_id, name, created_at, last_used_at)| PasskeySummary {
                credential_id,
                name,
                created_at,
                last_used_at,
            })
            .collect())
    }

    /// Adds a passkey the account has just proven it holds; audited.
    pub async fn add_passkey(
        &self,
        account_id: &str,
        credential_id: &str,
        name: &str,
        passkey: &str,
        actor: &Actor,
    ) -> Result<()> {
        let name: String = name.trim().chars().take(100).collect();
        let engine = self.engine();
        let org = self.memberships_of(account_id).await?.first().map(|m| m.org.code().to_string());
        let details = serde_json::json!({ "passkey": { "after": name } });
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            sqlx::query(
                "INSERT INTO passkeys (credential_id, account_id, name, passkey, \
                created_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(credential_id)
            .bind(account_id)
            .bind(&name)
            .bind(passkey)
            .bind(now_ms())
            .execute(&mut *tx)
            .await?;
            append_audit!(
                tx,
                content(actor, "second_factor.passkey_add", format!("account:{account_id}"), org, details),
                engine
            );
            tx.commit().await?;
        });
        Ok(())
    }

    /// Completes a pending session with a passkey assertion already verified by the caller,
    /// storing the credential's new state (its signature counter).
    pub async fn complete_with_passkey(
        &self,
        session_token: &str,
        credential_id: &str,
        passkey: &str,
        actor: &Actor,
    ) -> Result<bool> {
        let Some(info) = self.session(session_token).await? else { return Ok(false) };
        with_pool!(self, |pool| {
            sqlx::query(
                "UPDATE passkeys SET passkey = $1, last_used_at = $2 WHERE credential_id = $3 AND account_id = $4",
            )
            .bind(passkey)
            .bind(now_ms())
            .bind(credential_id)
            .bind(&info.account_id)
            .execute(pool)
            .await?;
        });
        self.finish_second_factor(session_token, &info, Some(-1), "passkey", actor).await
    }

    /// Audits a passkey assertion that did not verify.
    pub async fn passkey_failed(&self, session_token: &str, actor: &Actor) -> Result<()> {
        if let Some(info) = self.session(session_token).await? {
            self.finish_second_factor(session_token, &info, None, "passkey", actor).await?;
        }
        Ok(())
    }
}
