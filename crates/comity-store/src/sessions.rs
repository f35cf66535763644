//! Signing in: password checks throttled per account and per address (kept in the database, so
//! the limits hold across app nodes), second factors (TOTP, recovery codes), server-side
//! sessions with idle and absolute timeouts, and API tokens. Every outcome is audited; no
//! secret is ever stored or recorded, only digests.
// Rows are read as tuples that mirror their SELECT lists, next to the query.
#![allow(clippy::type_complexity)]

use comity_access::{Membership, Permission, secrets, totp};
use serde::Serialize;
use sqlx::Row;

use crate::identity::{Actor, append_audit, content};
use crate::{Result, Store, StoreError, with_pool};

/// A session ends after this long without a request...
pub const IDLE_MS: i64 = 30 * 60 * 1000;
/// ...and this long after sign-in in any case.
pub const ABSOLUTE_MS: i64 = 12 * 60 * 60 * 1000;
/// The session cookie lives as long as the session can.
pub const SESSION_ABSOLUTE_SECONDS: i64 = ABSOLUTE_MS / 1000;
/// Failed sign-ins allowed per account, and per address, within the window.
pub const MAX_FAILURES_PER_ACCOUNT: i64 = 5;
pub const MAX_FAILURES_PER_ADDRESS: i64 = 20;
pub const THROTTLE_WINDOW_MS: i64 = 15 * 60 * 1000;
/// A session's last use is written at most this often (reads must stay cheap).
const TOUCH_EVERY_MS: i64 = 60 * 1000;

pub(crate) fn now_ms() -> i64 {
    jiff::Timestamp::now().as_millisecond()
}

/// The signed-in account behind a session or token.
#[derive(Debug, Clone, Serialize)]
pub struct SessionInfo {
    pub account_id: String,
    pub email: String,
    pub name: String,
    pub lang: String,
    pub second_factor_done: bool,
    pub has_totp: bool,
    pub memberships: Vec<Membership>,
    /// For API tokens: the permissions the token is limited to.
    pub scopes: Option<Vec<Permission>>,
}

/// What a password check came to. The pages say the same for `Failed` whatever the reason,
/// so that nobody learns whether an account exists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignIn {
    Throttled,
    Failed,
    Succeeded { account_id: String, has_totp: bool },
}

#[derive(Debug, Clone, Serialize)]
pub struct TokenSummary {
    pub id: String,
    pub name: String,
    pub scopes: Vec<String>,
    pub created_at: i64,
    pub expires_at: i64,
    pub revoked: bool,
    pub last_used_at: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SessionSummary {
    pub created_at: i64,
    pub last_seen_at: i64,
    pub address: Option<String>,
    pub user_agent: Option<String>,
    pub current: bool,
}

/// The roles read alongside an account (a LEFT JOIN gives NULLs for an account without one).
fn memberships_in<'a>(rows: impl Iterator<Item = (&'a Option<String>, &'a Option<String>)>) -> Vec<Membership> {
    rows.filter_map(|(org, role)| {
        Some(Membership {
            org: comity_access::OrgRef::from_code(org.as_deref()?),
            role: role.as_deref()?.parse().ok()?,
        })
    })
    .collect()
}

fn random_failure(e: getrandom::Error) -> StoreError {
    crate::refused(format!("no randomness available: {e}"))
}

impl Store {
    /// Checks an email and password; records the attempt and audits its outcome.
    pub async fn check_password(&self, email: &str, password: &str, actor: &Actor) -> Result<SignIn> {
        let email = email.trim().to_lowercase();
        let address = actor.address.clone().unwrap_or_default();
        if self.throttled(&email, &address).await? {
            self.record_attempt(&email, &address, false, "sign_in.throttled", None, actor).await?;
            return Ok(SignIn::Throttled);
        }
        let row: Option<(String, Option<String>, Option<String>, Option<String>)> = with_pool!(self, |pool| {
            sqlx::query_as("SELECT id, password_hash, totp_secret, disabled_at FROM accounts WHERE email = $1")
                .bind(&email)
                .fetch_optional(pool)
                .await?
        });
        // The same work whether or not the account exists.
        let stored = row.as_ref().and_then(|r| r.1.clone());
        let matches = comity_access::password::verify(
            password,
            stored.as_deref().unwrap_or(comity_access::password::decoy_hash()),
        )
        .unwrap_or(false);
        match row {
            Some((id, Some(_), totp, None)) if matches => {
                self.record_attempt(&email, &address, true, "sign_in.password", Some(&id), actor).await?;
                Ok(SignIn::Succeeded { account_id: id, has_totp: totp.is_some() })
            }
            other => {
                let id = other.map(|r| r.0);
                self.record_attempt(&email, &address, false, "sign_in.failure", id.as_deref(), actor).await?;
                Ok(SignIn::Failed)
            }
        }
    }

    /// Whether failures (wrong passwords and wrong second factors alike) for this account or
    /// from this address within the window have reached the limit.
    async fn throttled(&self, email: &str, address: &str) -> Result<bool> {
        let since = now_ms() - THROTTLE_WINDOW_MS;
        let (by_account, by_address): (i64, i64) = with_pool!(self, |pool| {
            let a: i64 = sqlx::query_scalar(
                "SELECT count(*) FROM sign_in_attempts WHERE email = $1 AND succeeded = 0 AND at > $2",
            )
            .bind(email)
            .bind(since)
            .fetch_one(pool)
            .await?;
            let b: i64 = sqlx::query_scalar(
                "SELECT count(*) FROM sign_in_attempts WHERE address = $1 AND succeeded = 0 AND at > $2",
            )
            .bind(address)
            .bind(since)
            .fetch_one(pool)
            .await?;
            (a, b)
        });
        Ok(by_account >= MAX_FAILURES_PER_ACCOUNT || by_address >= MAX_FAILURES_PER_ADDRESS)
    }

    /// A half-signed-in session that has failed its second factor too often ends: the next
    /// try starts again from the password, which the same limit holds back.
    async fn second_factor_throttled(&self, token: &str, info: &SessionInfo, actor: &Actor) -> Result<bool> {
        if !self.throttled(&info.email, actor.address.as_deref().unwrap_or_default()).await? {
            return Ok(false);
        }
        self.end_session(token, actor).await?;
        Ok(true)
    }

    async fn record_attempt(
        &self,
        email: &str,
        address: &str,
        succeeded: bool,
        action: &str,
        account: Option<&str>,
        actor: &Actor,
    ) -> Result<()> {
        let engine = self.engine();
        let org = match account {
            Some(id) => self.memberships_of(id).await?.first().map(|m| m.org.code().to_string()),
            None => None,
        };
        let object = account.map(|id| format!("account:{id}")).unwrap_or_else(|| "account:unknown".into());
        // The email tried is recorded for a failure only when it names an account: a mistyped
        // password typed into the email field must not end up in the trail.
        let details = serde_json::json!({ "email_known": account.is_some() });
        let actor = Actor { account: account.map(str::to_string), ..actor.clone() };
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            sqlx::query("INSERT INTO sign_in_attempts (id, email, address, succeeded, at) VALUES ($1, $2, $3, $4, $5)")
                .bind(uuid::Uuid::now_v7().to_string())
                .bind(email)
                .bind(address)
                .bind(succeeded as i64)
                .bind(now_ms())
                .execute(&mut *tx)
                .await?;
            append_audit!(tx, content(&actor, action, object, org, details), engine);
            tx.commit().await?;
        });
        Ok(())
    }

    /// Starts a session after the password; returns the cookie's secret (shown once, stored as
    /// a digest).
    pub async fn create_session(&self, account_id: &str, second_factor_done: bool, actor: &Actor) -> Result<String> {
        let token = secrets::new_secret("").map_err(random_failure)?;
        let now = now_ms();
        with_pool!(self, |pool| {
            sqlx::query("INSERT INTO sessions (token_hash, account_id, second_factor_done, created_at, last_seen_at, expires_at, address, user_agent) VALUES ($1, $2, $3, $4, $4, $5, $6, $7)")
                .bind(secrets::digest(&token))
                .bind(account_id)
                .bind(second_factor_done as i64)
                .bind(now)
                .bind(now + ABSOLUTE_MS)
                .bind(&actor.address)
                .bind(&actor.user_agent)
                .execute(pool)
                .await?;
        });
        Ok(token)
    }

    /// The account behind a session cookie, if the session is live (not revoked, not idle too
    /// long, not past its absolute end, account not disabled). One read; a write at most once
    /// a minute to note the use.
    pub async fn session(&self, token: &str) -> Result<Option<SessionInfo>> {
        let hash = secrets::digest(token);
        let now = now_ms();
        // One query, a row per role held (the account's columns repeated): the lookup every
        // signed-in request makes.
        let rows: Vec<(String, String, String, String, i64, Option<String>, i64, Option<String>, Option<String>)> = with_pool!(
            self,
            |pool| {
                sqlx::query_as(
                "SELECT a.id, a.email, a.name, a.lang, s.second_factor_done, a.totp_secret, s.last_seen_at, m.org, m.role \
                 FROM sessions s JOIN accounts a ON a.id = s.account_id LEFT JOIN memberships m ON m.account_id = a.id \
                 WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND s.last_seen_at > $3 AND a.disabled_at IS NULL \
                 ORDER BY m.org, m.role",
            )
            .bind(&hash)
            .bind(now)
            .bind(now - IDLE_MS)
            .fetch_all(pool)
            .await?
            }
        );
        let memberships = memberships_in(rows.iter().map(|r| (&r.7, &r.8)));
        let Some((id, email, name, lang, done, totp_secret, last_seen, _, _)) = rows.into_iter().next() else {
            return Ok(None);
        };
        if now - last_seen > TOUCH_EVERY_MS {
            with_pool!(self, |pool| {
                sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
                    .bind(now)
                    .bind(&hash)
                    .execute(pool)
                    .await?;
            });
        }
        Ok(Some(SessionInfo {
            memberships,
            account_id: id,
            email,
            name,
            lang,
            second_factor_done: done != 0,
            has_totp: totp_secret.is_some(),
            scopes: None,
        }))
    }

    /// Checks a TOTP code for the session's account; on success the session is complete.
    /// A code is accepted once (its time step is remembered).
    pub async fn complete_with_totp(&self, token: &str, code: &str, actor: &Actor) -> Result<bool> {
        let Some(info) = self.session(token).await? else { return Ok(false) };
        if self.second_factor_throttled(token, &info, actor).await? {
            return Ok(false);
        }
        let row: Option<(Option<String>, Option<i64>)> = with_pool!(self, |pool| {
            sqlx::query_as("SELECT totp_secret, totp_last_step FROM accounts WHERE id = $1")
                .bind(&info.account_id)
                .fetch_optional(pool)
                .await?
        });
        let Some((Some(secret), last)) = row else { return Ok(false) };
        let secret = hex::decode(secret).map_err(|_| StoreError::Damaged("stored TOTP secret".into()))?;
        let step = totp::verify(&secret, code, (now_ms() / 1000) as u64, last.map(|l| l as u64));
        self.finish_second_factor(token, &info, step.map(|s| s as i64), "totp", actor).await
    }

    /// Checks a recovery code (each works once); on success the session is complete.
    pub async fn complete_with_recovery_code(&self, token: &str, code: &str, actor: &Actor) -> Result<bool> {
        let Some(info) = self.session(token).await? else { return Ok(false) };
        if self.second_factor_throttled(token, &info, actor).await? {
            return Ok(false);
        }
        let used = with_pool!(self, |pool| {
            sqlx::query(
                "UPDATE recovery_codes SET used_at = $1 WHERE account_id = $2 AND code_hash = $3 AND used_at IS NULL",
            )
            .bind(crate::now())
            .bind(&info.account_id)
            .bind(secrets::digest(code.trim()))
            .execute(pool)
            .await?
            .rows_affected()
        });
        self.finish_second_factor(token, &info, (used > 0).then_some(-1), "recovery_code", actor).await
    }

    async fn finish_second_factor(
        &self,
        token: &str,
        info: &SessionInfo,
        step: Option<i64>,
        method: &str,
        actor: &Actor,
    ) -> Result<bool> {
        let engine = self.engine();
        let org = info.memberships.first().map(|m| m.org.code().to_string());
        let actor = Actor { account: Some(info.account_id.clone()), ..actor.clone() };
        let object = format!("account:{}", info.account_id);
        let ok = step.is_some();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            if let Some(step) = step.filter(|s| *s >= 0) {
                sqlx::query("UPDATE accounts SET totp_last_step = $1 WHERE id = $2")
                    .bind(step)
                    .bind(&info.account_id)
                    .execute(&mut *tx)
                    .await?;
            }
            if ok {
                sqlx::query("UPDATE sessions SET second_factor_done = 1 WHERE token_hash = $1")
                    .bind(secrets::digest(token))
                    .execute(&mut *tx)
                    .await?;
            } else {
                // A wrong second factor counts towards the same limit as a wrong password.
                sqlx::query(
                    "INSERT INTO sign_in_attempts (id, email, address, succeeded, at) VALUES ($1, $2, $3, 0, $4)",
                )
                .bind(uuid::Uuid::now_v7().to_string())
                .bind(&info.email)
                .bind(actor.address.clone().unwrap_or_default())
                .bind(now_ms())
                .execute(&mut *tx)
                .await?;
            }
            let action = if ok { "sign_in.success" } else { "sign_in.second_factor_failure" };
            append_audit!(tx, content(&actor, action, object, org, serde_json::json!({ "method": method })), engine);
            tx.commit().await?;
        });
        Ok(ok)
    }

    /// Enrols a TOTP secret after the user proved it with a code; returns fresh recovery codes
    /// (shown once). The session becomes complete.
    pub async fn enrol_totp(
        &self,
        token: &str,
        secret: &[u8],
        code: &str,
        actor: &Actor,
    ) -> Result<Option<Vec<String>>> {
        let Some(info) = self.session(token).await? else { return Ok(None) };
        let Some(step) = totp::verify(secret, code, (now_ms() / 1000) as u64, None) else { return Ok(None) };
        let codes = secrets::recovery_codes().map_err(random_failure)?;
        let engine = self.engine();
        let org = info.memberships.first().map(|m| m.org.code().to_string());
        let actor = Actor { account: Some(info.account_id.clone()), ..actor.clone() };
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            sqlx::query("UPDATE accounts SET totp_secret = $1, totp_last_step = $2 WHERE id = $3")
                .bind(hex::encode(secret))
                .bind(step as i64)
                .bind(&info.account_id)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM recovery_codes WHERE account_id = $1")
                .bind(&info.account_id)
                .execute(&mut *tx)
                .await?;
            for c in &codes {
                sqlx::query("INSERT INTO recovery_codes (account_id, code_hash) VALUES ($1, $2)")
                    .bind(&info.account_id)
                    .bind(secrets::digest(c))
                    .execute(&mut *tx)
                    .await?;
            }
            sqlx::query("UPDATE sessions SET second_factor_done = 1 WHERE token_hash = $1")
                .bind(secrets::digest(token))
                .execute(&mut *tx)
                .await?;
            let details =
                serde_json::json!({ "totp": { "before": info.has_totp, "after": true }, "recovery_codes": "renewed" });
            append_audit!(
                tx,
                content(&actor, "second_factor.enrol", format!("account:{}", info.account_id), org, details),
                engine
            );
            tx.commit().await?;
        });
        Ok(Some(codes))
    }

    /// Ends one session (sign out).
    pub async fn end_session(&self, token: &str, actor: &Actor) -> Result<()> {
        let info = self.session(token).await?;
        let engine = self.engine();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            sqlx::query("UPDATE sessions SET revoked_at = $1 WHERE token_hash = $2 AND revoked_at IS NULL")
                .bind(crate::now())
                .bind(secrets::digest(token))
                .execute(&mut *tx)
                .await?;
            if let Some(info) = &info {
                let actor = Actor { account: Some(info.account_id.clone()), ..actor.clone() };
                let org = info.memberships.first().map(|m| m.org.code().to_string());
                append_audit!(
                    tx,
                    content(&actor, "sign_out", format!("account:{}", info.account_id), org, serde_json::json!({})),
                    engine
                );
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// Ends every session of an account (sign out everywhere, or an admin's revocation).
    pub async fn end_all_sessions(&self, account_id: &str, actor: &Actor) -> Result<u64> {
        let engine = self.engine();
        let org = self.memberships_of(account_id).await?.first().map(|m| m.org.code().to_string());
        Ok(with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let n = sqlx::query("UPDATE sessions SET revoked_at = $1 WHERE account_id = $2 AND revoked_at IS NULL")
                .bind(crate::now())
                .bind(account_id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            let details = serde_json::json!({ "sessions_ended": n });
            append_audit!(
                tx,
                content(actor, "sessions.revoke_all", format!("account:{account_id}"), org, details),
                engine
            );
            tx.commit().await?;
            n
        }))
    }

    pub async fn list_sessions(&self, account_id: &str, current: Option<&str>) -> Result<Vec<SessionSummary>> {
        let current = current.map(secrets::digest);
        let now = now_ms();
        let rows: Vec<(String, i64, i64, Option<String>, Option<String>)> = with_pool!(self, |pool| {
            sqlx::query_as("SELECT token_hash, created_at, last_seen_at, address, user_agent FROM sessions WHERE account_id = $1 AND revoked_at IS NULL AND expires_at > $2 AND last_seen_at > $3 ORDER BY created_at DESC")
                .bind(account_id).bind(now).bind(now - IDLE_MS).fetch_all(pool).await?
        });
        Ok(rows
            .into_iter()
            .map(|(hash, created_at, last_seen_at, address, user_agent)| SessionSummary {
                current: current.as_deref() == Some(hash.as_str()),
                created_at,
                last_seen_at,
                address,
                user_agent,
            })
            .collect())
    }

    /// Creates an API token for the account itself, limited to `scopes` (which must be among
    /// what its roles grant; the caller checks), valid for `days`. Returns (id, secret).
    pub async fn create_token(
        &self,
        account_id: &str,
        name: &str,
        scopes: &[Permission],
        days: i64,
        actor: &Actor,
    ) -> Result<(String, String)> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 100 {
            return Err(crate::refused("a token needs a name of 1 to 100 characters"));
        }
        if scopes.is_empty() {
            return Err(crate::refused("a token needs at least one permission"));
        }
        if !(1..=366).contains(&days) {
            return Err(crate::refused("a token is valid for 1 to 366 days"));
        }
        let secret = secrets::new_secret("comity_pat_").map_err(random_failure)?;
        let id = uuid::Uuid::now_v7().to_string();
        let now = now_ms();
        let scope_text = scopes.iter().map(|p| p.as_str()).collect::<Vec<_>>().join(" ");
        let engine = self.engine();
        let org = self.memberships_of(account_id).await?.first().map(|m| m.org.code().to_string());
        let details = serde_json::json!({ "name": {"after": name}, "scopes": {"after": scope_text}, "days": days });
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            sqlx::query("INSERT INTO api_tokens (id, account_id, name, token_hash, scopes, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)")
                .bind(&id).bind(account_id).bind(name).bind(secrets::digest(&secret)).bind(&scope_text).bind(now).bind(now + days * 86_400_000)
                .execute(&mut *tx).await?;
            append_audit!(tx, content(actor, "token.create", format!("token:{id}"), org, details), engine);
            tx.commit().await?;
        });
        Ok((id, secret))
    }

    pub async fn list_tokens(&self, account_id: &str) -> Result<Vec<TokenSummary>> {
        let rows: Vec<(String, String, String, i64, i64, Option<String>, Option<i64>)> = with_pool!(self, |pool| {
            sqlx::query_as("SELECT id, name, scopes, created_at, expires_at, revoked_at, last_used_at FROM api_tokens WHERE account_id = $1 ORDER BY created_at DESC")
                .bind(account_id).fetch_all(pool).await?
        });
        Ok(rows
            .into_iter()
            .map(|(id, name, scopes, created_at, expires_at, revoked, last_used_at)| TokenSummary {
                id,
                name,
                scopes: scopes.split_whitespace().map(str::to_string).collect(),
                created_at,
                expires_at,
                revoked: revoked.is_some(),
                last_used_at,
            })
            .collect())
    }

    /// Revokes one of the account's own tokens.
    pub async fn revoke_token(&self, account_id: &str, token_id: &str, actor: &Actor) -> Result<bool> {
        let engine = self.engine();
        let org = self.memberships_of(account_id).await?.first().map(|m| m.org.code().to_string());
        Ok(with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let n = sqlx::query(
                "UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND account_id = $3 AND revoked_at IS NULL",
            )
            .bind(crate::now())
            .bind(token_id)
            .bind(account_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if n > 0 {
                let details = serde_json::json!({ "revoked": {"before": false, "after": true} });
                append_audit!(tx, content(actor, "token.revoke", format!("token:{token_id}"), org, details), engine);
            }
            tx.commit().await?;
            n > 0
        }))
    }

    /// The account behind an API token, limited to the token's scopes; none for an unknown,
    /// expired or revoked token or a disabled account.
    pub async fn token_session(&self, secret: &str) -> Result<Option<SessionInfo>> {
        let now = now_ms();
        let row: Option<(String, String, String, String, String, Option<String>, String, Option<i64>)> = with_pool!(
            self,
            |pool| {
                sqlx::query_as("SELECT a.id, a.email, a.name, a.lang, t.scopes, a.totp_secret, t.id, t.last_used_at FROM api_tokens t JOIN accounts a ON a.id = t.account_id \
                            WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > $2 AND a.disabled_at IS NULL")
                .bind(secrets::digest(secret)).bind(now).fetch_optional(pool).await?
            }
        );
        let Some((id, email, name, lang, scopes, totp_secret, token_id, last_used)) = row else { return Ok(None) };
        if last_used.is_none_or(|t| now - t > TOUCH_EVERY_MS) {
            with_pool!(self, |pool| {
                sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
                    .bind(now)
                    .bind(&token_id)
                    .execute(pool)
                    .await?;
            });
        }
        let scopes =
            scopes.split_whitespace().filter_map(|s| Permission::ALL.into_iter().find(|p| p.as_str() == s)).collect();
        Ok(Some(SessionInfo {
            memberships: self.memberships_of(&id).await?,
            account_id: id,
            email,
            name,
            lang,
            second_factor_done: true,
            has_totp: totp_secret.is_some(),
            scopes: Some(scopes),
        }))
    }
}

/// An invitation is good for a week; a password reset for an hour.
pub const INVITATION_MS: i64 = 7 * 24 * 60 * 60 * 1000;
pub const RESET_MS: i64 = 60 * 60 * 1000;
/// Reset links sent to one account per hour, at most.
const RESETS_PER_HOUR: i64 = 3;

/// Why a single-use link can no longer be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkProblem {
    Unknown,
    Used,
    Expired,
}

/// The account a link was sent to, for the page that uses it.
#[derive(Debug, Clone, Serialize)]
pub struct LinkTarget {
    pub account_id: String,
    pub email: String,
    pub name: String,
    pub lang: String,
    pub purpose: String,
}

impl Store {
    /// Creates an account without a password, with its roles, and an invitation link for it;
    /// returns the link's secret (to be mailed, never stored).
    pub async fn invite(&self, account: &crate::NewAccount, actor: &Actor) -> Result<(String, String)> {
        let invited = crate::NewAccount { password_hash: None, ..account.clone() };
        let id = self.create_account(&invited, actor).await?;
        let secret = self.new_link(&id, "invitation", INVITATION_MS, actor).await?;
        Ok((id, secret))
    }

    /// A password reset link for the account with this email, if there is one that may sign
    /// in, and not too many were sent within the hour. None otherwise (the page says the same
    /// either way).
    pub async fn request_reset(&self, email: &str, actor: &Actor) -> Result<Option<(LinkTarget, String)>> {
        let email = email.trim().to_lowercase();
        let row: Option<(String, String, String, String)> = with_pool!(self, |pool| {
            sqlx::query_as("SELECT id, email, name, lang FROM accounts WHERE email = $1 AND disabled_at IS NULL AND password_hash IS NOT NULL")
                .bind(&email).fetch_optional(pool).await?
        });
        let Some((id, email, name, lang)) = row else { return Ok(None) };
        let recent: i64 = with_pool!(self, |pool| {
            sqlx::query_scalar(
                "SELECT count(*) FROM account_links WHERE account_id = $1 AND purpose = 'reset' AND created_at > $2",
            )
            .bind(&id)
            .bind(now_ms() - 60 * 60 * 1000)
            .fetch_one(pool)
            .await?
        });
        if recent >= RESETS_PER_HOUR {
            return Ok(None);
        }
        let secret = self.new_link(&id, "reset", RESET_MS, actor).await?;
        Ok(Some((LinkTarget { account_id: id, email, name, lang, purpose: "reset".into() }, secret)))
    }

    async fn new_link(&self, account_id: &str, purpose: &str, valid_ms: i64, actor: &Actor) -> Result<String> {
        let secret = secrets::new_secret("").map_err(random_failure)?;
        let now = now_ms();
        let engine = self.engine();
        let org = self.memberships_of(account_id).await?.first().map(|m| m.org.code().to_string());
        let details = serde_json::json!({ "expires_in_hours": valid_ms / 3_600_000 });
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            sqlx::query("INSERT INTO account_links (token_hash, account_id, purpose, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
                .bind(secrets::digest(&secret)).bind(account_id).bind(purpose).bind(now).bind(now + valid_ms)
                .execute(&mut *tx).await?;
            append_audit!(
                tx,
                content(actor, &format!("{purpose}.send"), format!("account:{account_id}"), org, details),
                engine
            );
            tx.commit().await?;
        });
        Ok(secret)
    }

    /// Whom a link was sent to, or why it cannot be used.
    pub async fn link_target(&self, secret: &str) -> Result<std::result::Result<LinkTarget, LinkProblem>> {
        let row: Option<(String, String, String, String, String, i64, Option<i64>)> = with_pool!(self, |pool| {
            sqlx::query_as("SELECT a.id, a.email, a.name, a.lang, l.purpose, l.expires_at, l.used_at FROM account_links l JOIN accounts a ON a.id = l.account_id \
                            WHERE l.token_hash = $1 AND a.disabled_at IS NULL")
                .bind(secrets::digest(secret)).fetch_optional(pool).await?
        });
        Ok(match row {
            None => Err(LinkProblem::Unknown),
            Some((.., Some(_))) => Err(LinkProblem::Used),
            Some((.., expires, None)) if expires <= now_ms() => Err(LinkProblem::Expired),
            Some((account_id, email, name, lang, purpose, _, None)) => {
                Ok(LinkTarget { account_id, email, name, lang, purpose })
            }
        })
    }

    /// Uses a link: sets the password, marks the link used and, for a reset, ends every
    /// session and asks for the second factor anew at the next sign-in. All or nothing.
    pub async fn use_link(
        &self,
        secret: &str,
        password_hash: &str,
        actor: &Actor,
    ) -> Result<std::result::Result<LinkTarget, LinkProblem>> {
        let target = match self.link_target(secret).await? {
            Ok(t) => t,
            Err(p) => return Ok(Err(p)),
        };
        let engine = self.engine();
        let org = self.memberships_of(&target.account_id).await?.first().map(|m| m.org.code().to_string());
        let actor = Actor { account: Some(target.account_id.clone()), ..actor.clone() };
        let now = now_ms();
        let used = with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            // The link is claimed first: of two uses at once, one finds it used.
            let claimed = sqlx::query(
                "UPDATE account_links SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1",
            )
            .bind(now)
            .bind(secrets::digest(secret))
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if claimed == 1 {
                sqlx::query("UPDATE accounts SET password_hash = $1 WHERE id = $2")
                    .bind(password_hash)
                    .bind(&target.account_id)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query("UPDATE sessions SET revoked_at = $1 WHERE account_id = $2 AND revoked_at IS NULL")
                    .bind(crate::now())
                    .bind(&target.account_id)
                    .execute(&mut *tx)
                    .await?;
                let action = if target.purpose == "reset" { "password.reset" } else { "invitation.accept" };
                let details = serde_json::json!({ "password": "set" });
                append_audit!(
                    tx,
                    content(&actor, action, format!("account:{}", target.account_id), org, details),
                    engine
                );
            }
            tx.commit().await?;
            claimed == 1
        });
        Ok(if used { Ok(target) } else { Err(LinkProblem::Used) })
    }
}

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
            sqlx::query_as("SELECT credential_id, name, created_at, last_used_at FROM passkeys WHERE account_id = $1 ORDER BY created_at")
                .bind(account_id).fetch_all(pool).await?
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
            sqlx::query("INSERT INTO passkeys (credential_id, account_id, name, passkey, created_at) VALUES ($1, $2, $3, $4, $5)")
                .bind(credential_id).bind(account_id).bind(&name).bind(passkey).bind(now_ms())
                .execute(&mut *tx).await?;
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
