//! Single-use links: invitations and password resets, issued, read and used once.

use super::{now_ms, random_failure};
use crate::identity::{Actor, append_audit, content};
use crate::{Result, Store, with_pool};
use comity_access::secrets;
use serde::Serialize;

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
            sqlx::query_as(
                "SELECT id, email, name, lang FROM accounts WHERE email = $1 AND \
                disabled_at IS NULL AND password_hash IS NOT NULL",
            )
            .bind(&email)
            .fetch_optional(pool)
            .await?
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
            sqlx::query(
                "INSERT INTO account_links (token_hash, account_id, purpose, created_at, \
                expires_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(secrets::digest(&secret))
            .bind(account_id)
            .bind(purpose)
            .bind(now)
            .bind(now + valid_ms)
            .execute(&mut *tx)
            .await?;
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
            sqlx::query_as(
                "SELECT a.id, a.email, a.name, a.lang, l.purpose, l.expires_at, l.used_at FROM \
                account_links l JOIN accounts a ON a.id = l.account_id WHERE l.token_hash = $1 \
                AND a.disabled_at IS NULL",
            )
            .bind(secrets::digest(secret))
            .fetch_optional(pool)
            .await?
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
