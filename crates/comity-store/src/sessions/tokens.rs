//! API tokens: made with scopes and an end date, listed, revoked, and looked up as a session.

use super::{SessionInfo, TOUCH_EVERY_MS, now_ms, random_failure};
use crate::Refusal;
use crate::identity::{Actor, append_audit, content};
use crate::{Result, Store, with_pool};
use comity_access::{Membership, OrgRef, Permission, secrets};
use serde::Serialize;

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

impl Store {
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
        let length = name.chars().count();
        if !(1..=100).contains(&length) {
            return Err(
                Refusal::OutOfRange { field: "token_name_length", min: 1, max: 100, given: length as i64 }.into()
            );
        }
        if scopes.is_empty() {
            return Err(Refusal::Required { field: "token_permissions" }.into());
        }
        if !(1..=366).contains(&days) {
            return Err(Refusal::OutOfRange { field: "token_days", min: 1, max: 366, given: days }.into());
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
            sqlx::query(
                "INSERT INTO api_tokens (id, account_id, name, token_hash, scopes, \
                created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(&id)
            .bind(account_id)
            .bind(name)
            .bind(secrets::digest(&secret))
            .bind(&scope_text)
            .bind(now)
            .bind(now + days * 86_400_000)
            .execute(&mut *tx)
            .await?;
            append_audit!(tx, content(actor, "token.create", format!("token:{id}"), org, details), engine);
            tx.commit().await?;
        });
        Ok((id, secret))
    }

    pub async fn list_tokens(&self, account_id: &str) -> Result<Vec<TokenSummary>> {
        let rows: Vec<(String, String, String, i64, i64, Option<String>, Option<i64>)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT id, name, scopes, created_at, expires_at, revoked_at, \
                last_used_at FROM api_tokens WHERE account_id = $1 ORDER BY created_at \
                DESC",
            )
            .bind(account_id)
            .fetch_all(pool)
            .await?
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
        // The account's roles come in the same read (one round trip a request, not two).
        let roles = match self.engine() {
            crate::Engine::Sqlite => "group_concat(m.org || ' ' || m.role, ',')",
            crate::Engine::Postgres => "string_agg(m.org || ' ' || m.role, ',')",
        };
        let sql = format!(
            "SELECT a.id, a.email, a.name, a.lang, t.scopes, a.totp_secret, t.id, t.last_used_at, \
            (SELECT {roles} FROM memberships m WHERE m.account_id = a.id) FROM api_tokens t JOIN accounts a \
            ON a.id = t.account_id WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > $2 AND \
            a.disabled_at IS NULL"
        );
        type TokenRow = (String, String, String, String, String, Option<String>, String, Option<i64>, Option<String>);
        let row: Option<TokenRow> = with_pool!(self, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
                .bind(secrets::digest(secret))
                .bind(now)
                .fetch_optional(pool)
                .await?
        });
        let Some((id, email, name, lang, scopes, totp_secret, token_id, last_used, roles)) = row else {
            return Ok(None);
        };
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
        let mut memberships: Vec<Membership> = roles
            .unwrap_or_default()
            .split(',')
            .filter_map(|pair| {
                let (org, role) = pair.rsplit_once(' ')?;
                Some(Membership { org: OrgRef::from_code(org), role: role.parse().ok()? })
            })
            .collect();
        memberships.sort_by(|a, b| (a.org.code(), a.role.as_str()).cmp(&(b.org.code(), b.role.as_str())));
        Ok(Some(SessionInfo {
            memberships,
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
