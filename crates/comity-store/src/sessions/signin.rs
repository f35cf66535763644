//! Signing in: passwords checked under throttles, sessions made, looked up and ended, the
//! second factor (TOTP and recovery codes) and its enrolment.

use super::{
    ABSOLUTE_MS, IDLE_MS, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, SessionInfo, SessionSummary, SignIn,
    THROTTLE_WINDOW_MS, TOUCH_EVERY_MS, memberships_in, now_ms, random_failure,
};
use crate::identity::{Actor, append_audit, content};
use crate::{Result, Store, StoreError, with_pool};
use comity_access::{secrets, totp};

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
            sqlx::query(
                "INSERT INTO sessions (token_hash, account_id, second_factor_done, \
                created_at, last_seen_at, expires_at, address, user_agent) VALUES ($1, \
                $2, $3, $4, $4, $5, $6, $7)",
            )
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
        let rows: Vec<(String, String, String, String, i64, Option<String>, i64, Option<String>, Option<String>)> =
            with_pool!(self, |pool| {
                sqlx::query_as(
                    "SELECT a.id, a.email, a.name, a.lang, s.second_factor_done, a.totp_secret, \
                    s.last_seen_at, m.org, m.role FROM sessions s JOIN accounts a ON a.id = \
                    s.account_id LEFT JOIN memberships m ON m.account_id = a.id WHERE s.token_hash \
                    = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND s.last_seen_at > $3 AND \
                    a.disabled_at IS NULL ORDER BY m.org, m.role",
                )
                .bind(&hash)
                .bind(now)
                .bind(now - IDLE_MS)
                .fetch_all(pool)
                .await?
            });
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

    pub(super) async fn finish_second_factor(
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
            sqlx::query_as(
                "SELECT token_hash, created_at, last_seen_at, address, user_agent FROM \
                sessions WHERE account_id = $1 AND revoked_at IS NULL AND expires_at > \
                $2 AND last_seen_at > $3 ORDER BY created_at DESC",
            )
            .bind(account_id)
            .bind(now)
            .bind(now - IDLE_MS)
            .fetch_all(pool)
            .await?
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
}
