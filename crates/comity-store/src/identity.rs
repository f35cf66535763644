//! Accounts, the roles they hold in organisations, and the audit trail every change of them
//! appends to, in the same transaction as the change (see comity-access for the policy and the
//! chain's hashing).

use crate::Refusal;
use comity_access::audit::{self, ChainVerifier, Checkpoint, Entry, EntryContent, Problem};
use comity_access::{Membership, OrgRef, Role, normalise_email};
use serde::Serialize;
use sqlx::Row;

use crate::{Result, Store, StoreError, now, with_pool};

/// Who makes a change, as the audit trail records it.
#[derive(Debug, Clone, Default)]
pub struct Actor {
    pub account: Option<String>,
    pub org: Option<String>,
    /// The role used, or `cli` for an operator at the command line.
    pub role: Option<String>,
    pub address: Option<String>,
    pub user_agent: Option<String>,
    pub request_id: Option<String>,
}

impl Actor {
    /// An operator running `comity` on the server itself.
    pub fn cli() -> Actor {
        Actor { role: Some("cli".into()), address: Some("local".into()), ..Default::default() }
    }

    /// The server acting on its own schedule (reminders, say).
    pub fn system() -> Actor {
        Actor { role: Some("scheduler".into()), address: Some("local".into()), ..Default::default() }
    }
}

#[derive(Debug, Clone)]
pub struct NewAccount {
    pub email: String,
    pub name: String,
    pub lang: String,
    /// Argon2id PHC string (comity_access::password::hash); none for an invited account.
    pub password_hash: Option<String>,
    pub memberships: Vec<Membership>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AccountSummary {
    pub id: String,
    pub email: String,
    pub name: String,
    pub lang: String,
    pub disabled: bool,
    pub has_password: bool,
    pub has_totp: bool,
    pub memberships: Vec<Membership>,
}

/// What `audit verify` found.
#[derive(Debug, Clone, Serialize)]
pub struct AuditReport {
    pub entries: u64,
    /// Checkpoints held against the trail: the database's and those kept elsewhere, each once.
    pub checkpoints: usize,
    /// Of those, the ones kept elsewhere that the database no longer (or never) held.
    pub only_outside: usize,
    pub problem: Option<Problem>,
}

/// One audit entry, as `append_audit!` and imports write it.
pub(crate) const INSERT_AUDIT_ENTRY: &str = "INSERT INTO audit_entries (seq, at, actor_account, actor_org, actor_role, \
    action, object, org, details, address, user_agent, request_id, prev_hash, hash) \
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)";
/// The same columns, for inserting many entries in one statement (values pushed after).
pub(crate) const AUDIT_ENTRY_COLUMNS: &str = "INSERT INTO audit_entries (seq, at, actor_account, actor_org, \
    actor_role, action, object, org, details, address, user_agent, \
    request_id, prev_hash, hash) ";

macro_rules! append_audit {
    ($tx:ident, $content:expr, $engine:expr) => {{
        let tx = &mut $tx;
        let last = $crate::identity::audit_head!(&mut **tx, $engine);
        let entry = comity_access::audit::chain(last.as_ref().map(|(s, h)| (*s, h.as_str())), $content);
        $crate::identity::insert_audit_entry!(&mut **tx, &entry);
        entry.seq
    }};
}

/// The audit chain's head `(seq, hash)` read inside a writing transaction on `$conn`, which
/// then holds the right to append (on PostgreSQL an advisory lock to the transaction's end,
/// so that two transactions, on any nodes, never chain after the same entry; SQLite has one
/// writer).
macro_rules! audit_head {
    ($conn:expr, $engine:expr) => {{
        if $engine == crate::Engine::Postgres {
            sqlx::query("SELECT pg_advisory_xact_lock(7261001)").execute(&mut *$conn).await?;
        }
        let head: Option<(i64, String)> =
            sqlx::query_as("SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1")
                .fetch_optional(&mut *$conn)
                .await?;
        head
    }};
}
pub(crate) use audit_head;

/// Writes one chained entry (`comity_access::audit::Entry`) on `$conn`, for a writer that
/// keeps the chain's head itself (a group commit reads it once and extends it in memory).
macro_rules! insert_audit_entry {
    ($conn:expr, $entry:expr) => {{
        let entry: &comity_access::audit::Entry = $entry;
        let c = &entry.content;
        sqlx::query($crate::identity::INSERT_AUDIT_ENTRY)
            .bind(entry.seq)
            .bind(&c.at)
            .bind(&c.actor_account)
            .bind(&c.actor_org)
            .bind(&c.actor_role)
            .bind(&c.action)
            .bind(&c.object)
            .bind(&c.org)
            .bind(&c.details)
            .bind(&c.address)
            .bind(&c.user_agent)
            .bind(&c.request_id)
            .bind(&entry.prev_hash)
            .bind(&entry.hash)
            .execute($conn)
            .await?;
    }};
}
/// Writes many chained entries (`&[comity_access::audit::Entry]`, in chain order) on `$conn`
/// with one statement per thousand, for a group commit that chained them in memory.
macro_rules! insert_audit_entries {
    ($conn:expr, $entries:expr) => {{
        let entries: &[comity_access::audit::Entry] = $entries;
        for chunk in entries.chunks(1000) {
            let mut insert = sqlx::QueryBuilder::new($crate::identity::AUDIT_ENTRY_COLUMNS);
            insert.push_values(chunk, |mut row, entry| {
                let c = &entry.content;
                row.push_bind(entry.seq)
                    .push_bind(&c.at)
                    .push_bind(&c.actor_account)
                    .push_bind(&c.actor_org)
                    .push_bind(&c.actor_role)
                    .push_bind(&c.action)
                    .push_bind(&c.object)
                    .push_bind(&c.org)
                    .push_bind(&c.details)
                    .push_bind(&c.address)
                    .push_bind(&c.user_agent)
                    .push_bind(&c.request_id)
                    .push_bind(&entry.prev_hash)
                    .push_bind(&entry.hash);
            });
            insert.build().execute(&mut *$conn).await?;
        }
    }};
}
pub(crate) use append_audit;
pub(crate) use insert_audit_entries;
pub(crate) use insert_audit_entry;

pub(crate) fn content(
    actor: &Actor,
    action: &str,
    object: String,
    org: Option<String>,
    details: serde_json::Value,
) -> EntryContent {
    EntryContent {
        at: now(),
        actor_account: actor.account.clone(),
        actor_org: actor.org.clone(),
        actor_role: actor.role.clone(),
        action: action.to_string(),
        object,
        org,
        details: details.to_string(),
        address: actor.address.clone(),
        user_agent: actor.user_agent.clone(),
        request_id: actor.request_id.clone(),
    }
}

impl Store {
    fn check_org(&self, org: &OrgRef, role: Role) -> Result<()> {
        if !role.fits(org) {
            return Err(Refusal::RoleOutsideOrg {
                role: role.as_str(),
                org: org.code().to_string(),
                state_role: role.is_state_role(),
            }
            .into());
        }
        Ok(())
    }

    pub(crate) async fn state_exists(&self, org: &OrgRef) -> Result<()> {
        if let OrgRef::State(iso3) = org {
            let found: Option<(String,)> = with_pool!(self, |pool| {
                sqlx::query_as("SELECT iso3 FROM states WHERE iso3 = $1").bind(iso3).fetch_optional(pool).await?
            });
            if found.is_none() {
                return Err(StoreError::Refused(Refusal::UnknownState { code: iso3.to_string() }));
            }
        }
        Ok(())
    }

    /// Creates an account with its roles, audited, in one transaction.
    pub async fn create_account(&self, account: &NewAccount, actor: &Actor) -> Result<String> {
        let email =
            normalise_email(&account.email).map_err(|_| Refusal::InvalidEmail { given: account.email.clone() })?;
        if account.name.trim().is_empty() {
            return Err(Refusal::Required { field: "account_name" }.into());
        }
        if account.lang.parse::<comity_i18n::Lang>().is_err() {
            return Err(StoreError::Refused(Refusal::UnknownLanguage { given: account.lang.clone() }));
        }
        for m in &account.memberships {
            self.check_org(&m.org, m.role)?;
            self.state_exists(&m.org).await?;
        }
        let id = uuid::Uuid::now_v7().to_string();
        let at = now();
        let engine = self.engine();
        let org = account.memberships.first().map(|m| m.org.code().to_string());
        let roles: Vec<String> =
            account.memberships.iter().map(|m| format!("{}:{}", m.org.code(), m.role.as_str())).collect();
        let details = serde_json::json!({
            "email": {"after": email},
            "name": {"after": account.name.trim()},
            "lang": {"after": account.lang},
            "roles": {"after": roles},
        });
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let exists: Option<(String,)> = sqlx::query_as("SELECT id FROM accounts WHERE email = $1")
                .bind(&email)
                .fetch_optional(&mut *tx)
                .await?;
            if exists.is_some() {
                return Err(StoreError::Refused(Refusal::DuplicateAccount { email: email.to_string() }));
            }
            sqlx::query(
                "INSERT INTO accounts (id, email, name, lang, password_hash, created_at) \
                VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(&id)
            .bind(&email)
            .bind(account.name.trim())
            .bind(&account.lang)
            .bind(&account.password_hash)
            .bind(&at)
            .execute(&mut *tx)
            .await?;
            for m in &account.memberships {
                sqlx::query("INSERT INTO memberships (account_id, org, role, granted_at) VALUES ($1, $2, $3, $4)")
                    .bind(&id)
                    .bind(m.org.code())
                    .bind(m.role.as_str())
                    .bind(&at)
                    .execute(&mut *tx)
                    .await?;
            }
            append_audit!(tx, content(actor, "account.create", format!("account:{id}"), org, details), engine);
            tx.commit().await?;
        });
        Ok(id)
    }

    async fn account_id(&self, email: &str) -> Result<String> {
        let email = normalise_email(email).map_err(|_| Refusal::InvalidEmail { given: email.to_string() })?;
        let found: Option<(String,)> = with_pool!(self, |pool| {
            sqlx::query_as("SELECT id FROM accounts WHERE email = $1").bind(&email).fetch_optional(pool).await?
        });
        found.map(|(id,)| id).ok_or_else(|| StoreError::Refused(Refusal::UnknownAccount { email: email.to_string() }))
    }

    /// Grants (or, with `grant` false, revokes) one role, audited with the roles before and after.
    pub async fn set_role(&self, email: &str, membership: &Membership, grant: bool, actor: &Actor) -> Result<bool> {
        self.check_org(&membership.org, membership.role)?;
        self.state_exists(&membership.org).await?;
        let id = self.account_id(email).await?;
        let engine = self.engine();
        let before = self.memberships_of(&id).await?;
        let held = before.contains(membership);
        if held == grant {
            return Ok(false);
        }
        let mut after = before.clone();
        if grant {
            after.push(membership.clone());
        } else {
            after.retain(|m| m != membership);
        }
        let label = |list: &[Membership]| -> Vec<String> {
            list.iter().map(|m| format!("{}:{}", m.org.code(), m.role.as_str())).collect()
        };
        let details = serde_json::json!({"roles": {"before": label(&before), "after": label(&after)}});
        let action = if grant { "role.grant" } else { "role.revoke" };
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            if grant {
                sqlx::query("INSERT INTO memberships (account_id, org, role, granted_at) VALUES ($1, $2, $3, $4)")
                    .bind(&id)
                    .bind(membership.org.code())
                    .bind(membership.role.as_str())
                    .bind(now())
                    .execute(&mut *tx)
                    .await?;
            } else {
                sqlx::query("DELETE FROM memberships WHERE account_id = $1 AND org = $2 AND role = $3")
                    .bind(&id)
                    .bind(membership.org.code())
                    .bind(membership.role.as_str())
                    .execute(&mut *tx)
                    .await?;
            }
            let org = Some(membership.org.code().to_string());
            append_audit!(tx, content(actor, action, format!("account:{id}"), org, details), engine);
            tx.commit().await?;
        });
        Ok(true)
    }

    /// Disables an account: it can no longer sign in; its history stays.
    pub async fn disable_account(&self, email: &str, actor: &Actor) -> Result<bool> {
        let id = self.account_id(email).await?;
        let engine = self.engine();
        let org = self.memberships_of(&id).await?.first().map(|m| m.org.code().to_string());
        let changed = with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let done = sqlx::query("UPDATE accounts SET disabled_at = $1 WHERE id = $2 AND disabled_at IS NULL")
                .bind(now())
                .bind(&id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if done > 0 {
                let details = serde_json::json!({"disabled": {"before": false, "after": true}});
                append_audit!(tx, content(actor, "account.disable", format!("account:{id}"), org, details), engine);
            }
            tx.commit().await?;
            done > 0
        });
        Ok(changed)
    }

    pub(crate) async fn memberships_of(&self, id: &str) -> Result<Vec<Membership>> {
        let rows: Vec<(String, String)> = with_pool!(self, |pool| {
            sqlx::query_as("SELECT org, role FROM memberships WHERE account_id = $1 ORDER BY org, role")
                .bind(id)
                .fetch_all(pool)
                .await?
        });
        Ok(rows
            .into_iter()
            .filter_map(|(org, role)| Some(Membership { org: OrgRef::from_code(&org), role: role.parse().ok()? }))
            .collect())
    }

    /// Accounts, with their roles; only those of one organisation when `org` is given.
    pub async fn list_accounts(&self, org: Option<&OrgRef>) -> Result<Vec<AccountSummary>> {
        type Row = (String, String, String, String, Option<String>, Option<String>, Option<String>);
        let rows: Vec<Row> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT id, email, name, lang, password_hash, totp_secret, disabled_at FROM accounts ORDER BY email",
            )
            .fetch_all(pool)
            .await?
        });
        let all: Vec<(String, String, String)> = with_pool!(self, |pool| {
            sqlx::query_as("SELECT account_id, org, role FROM memberships ORDER BY org, role").fetch_all(pool).await?
        });
        let mut out = Vec::new();
        for (id, email, name, lang, password, totp, disabled) in rows {
            let memberships: Vec<Membership> = all
                .iter()
                .filter(|(a, _, _)| *a == id)
                .filter_map(|(_, o, r)| Some(Membership { org: OrgRef::from_code(o), role: r.parse().ok()? }))
                .collect();
            if org.is_some_and(|o| !memberships.iter().any(|m| m.org == *o)) {
                continue;
            }
            out.push(AccountSummary {
                id,
                email,
                name,
                lang,
                disabled: disabled.is_some(),
                has_password: password.is_some(),
                has_totp: totp.is_some(),
                memberships,
            });
        }
        Ok(out)
    }

    /// Signs the newest entry with the deployment's key (nothing to do when it is signed); the
    /// checkpoint is returned so the caller keeps it outside the database too.
    pub async fn audit_checkpoint(&self, key: &ed25519_dalek::SigningKey) -> Result<Option<Checkpoint>> {
        let last: Option<(i64, String)> = with_pool!(self, |pool| {
            sqlx::query_as("SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1").fetch_optional(pool).await?
        });
        let Some((seq, hash)) = last else { return Ok(None) };
        let c = audit::sign_checkpoint(key, seq, &hash, &now());
        let inserted = with_pool!(self, |pool| {
            sqlx::query(
                "INSERT INTO audit_checkpoints (seq, hash, at, public_key, signature) \
                VALUES ($1, $2, $3, $4, $5) ON CONFLICT (seq) DO NOTHING",
            )
            .bind(c.seq)
            .bind(&c.hash)
            .bind(&c.at)
            .bind(&c.public_key)
            .bind(&c.signature)
            .execute(pool)
            .await?
            .rows_affected()
        });
        Ok((inserted > 0).then_some(c))
    }

    /// The signed checkpoints the database holds, oldest first (what the public route serves).
    pub async fn audit_checkpoints(&self) -> Result<Vec<Checkpoint>> {
        Ok(with_pool!(self, |pool| {
            sqlx::query_as::<_, (i64, String, String, String, String)>(
                "SELECT seq, hash, at, public_key, signature FROM audit_checkpoints ORDER BY seq",
            )
            .fetch_all(pool)
            .await?
            .into_iter()
            .map(|(seq, hash, at, public_key, signature)| Checkpoint { seq, hash, at, public_key, signature })
            .collect()
        }))
    }

    /// Reads the trail in order and checks its chain against the key and every checkpoint: the
    /// database's and `kept_outside` (the file beside the data, copies of the public route), so
    /// that a checkpoint deleted from the database still catches a rewrite. `freshness` says
    /// how old an entry may be without a checkpoint covering it.
    pub async fn audit_verify(
        &self,
        key: &ed25519_dalek::VerifyingKey,
        kept_outside: &[Checkpoint],
        freshness: &audit::Freshness,
    ) -> Result<AuditReport> {
        let mut checkpoints = self.audit_checkpoints().await?;
        let mut only_outside = 0;
        for c in kept_outside {
            if !checkpoints.contains(c) {
                only_outside += usize::from(!checkpoints.iter().any(|d| d.seq == c.seq));
                checkpoints.push(c.clone());
            }
        }
        checkpoints.sort_by_key(|c| c.seq);
        // Reading rows and hashing them overlap: the rows go in batches to a thread that
        // checks the chain while the next batch is read.
        let seqs: Vec<i64> = checkpoints.iter().map(|c| c.seq).collect();
        let (send, receive) = std::sync::mpsc::sync_channel::<Vec<Entry>>(4);
        let checker = std::thread::spawn(move || {
            let mut verifier = ChainVerifier::new(seqs);
            for batch in receive {
                for e in &batch {
                    verifier.entry(e);
                }
            }
            verifier
        });
        let mut batch = Vec::with_capacity(4096);
        let mut checker_gone = false;
        self.audit_entries(None, |e| {
            batch.push(e);
            if batch.len() == 4096 {
                checker_gone = send.send(std::mem::replace(&mut batch, Vec::with_capacity(4096))).is_err();
            }
            !checker_gone
        })
        .await?;
        if !batch.is_empty() {
            let _ = send.send(batch);
        }
        drop(send);
        let verifier = checker.join().map_err(|_| crate::internal("the audit check stopped unexpectedly"))?;
        let n = checkpoints.len();
        let entries = verifier.entries;
        Ok(match verifier.finish(&checkpoints, key, freshness) {
            Ok(entries) => AuditReport { entries, checkpoints: n, only_outside, problem: None },
            Err(p) => AuditReport { entries, checkpoints: n, only_outside, problem: Some(p) },
        })
    }

    /// Writes entries chained elsewhere, in one transaction: for benchmarks and imports of a
    /// trail that `audit_verify` then checks like any other. Not used by the application.
    #[doc(hidden)]
    pub async fn bench_insert_audit_entries(&self, entries: &[Entry]) -> Result<()> {
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            for e in entries {
                let c = &e.content;
                sqlx::query(INSERT_AUDIT_ENTRY)
                    .bind(e.seq)
                    .bind(&c.at)
                    .bind(&c.actor_account)
                    .bind(&c.actor_org)
                    .bind(&c.actor_role)
                    .bind(&c.action)
                    .bind(&c.object)
                    .bind(&c.org)
                    .bind(&c.details)
                    .bind(&c.address)
                    .bind(&c.user_agent)
                    .bind(&c.request_id)
                    .bind(&e.prev_hash)
                    .bind(&e.hash)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// Streams the trail in order (one organisation's entries when `org` is given) to `each`,
    /// which returns false to stop.
    pub async fn audit_entries(&self, org: Option<&str>, each: impl FnMut(Entry) -> bool) -> Result<()> {
        self.audit_entries_after(org, 0, each).await
    }

    /// The same, from the entry after `after` on: a page of the trail starts where the last
    /// one ended, without reading what came before.
    pub async fn audit_entries_after(
        &self,
        org: Option<&str>,
        after: i64,
        mut each: impl FnMut(Entry) -> bool,
    ) -> Result<()> {
        use futures_util::TryStreamExt;
        let sql = "SELECT seq, at, actor_account, actor_org, actor_role, action, object, org, \
            details, address, user_agent, request_id, prev_hash, hash FROM audit_entries \
            WHERE ($1 IS NULL OR org = $1) AND seq > $2 ORDER BY seq";
        let sql_pg = "SELECT seq, at, actor_account, actor_org, actor_role, action, object, org, \
            details, address, user_agent, request_id, prev_hash, hash FROM audit_entries \
            WHERE ($1::text IS NULL OR org = $1) AND seq > $2 ORDER BY seq";
        macro_rules! read {
            ($r:expr) => {{
                let r = $r;
                Entry {
                    seq: r.try_get(0)?,
                    content: EntryContent {
                        at: r.try_get(1)?,
                        actor_account: r.try_get(2)?,
                        actor_org: r.try_get(3)?,
                        actor_role: r.try_get(4)?,
                        action: r.try_get(5)?,
                        object: r.try_get(6)?,
                        org: r.try_get(7)?,
                        details: r.try_get(8)?,
                        address: r.try_get(9)?,
                        user_agent: r.try_get(10)?,
                        request_id: r.try_get(11)?,
                    },
                    prev_hash: r.try_get(12)?,
                    hash: r.try_get(13)?,
                }
            }};
        }
        match self.pool() {
            crate::PoolRef::Sqlite(pool) => {
                let mut rows = sqlx::query(sql).bind(org).bind(after).fetch(pool);
                while let Some(r) = rows.try_next().await? {
                    if !each(read!(&r)) {
                        break;
                    }
                }
            }
            crate::PoolRef::Postgres(pool) => {
                let mut rows = sqlx::query(sql_pg).bind(org).bind(after).fetch(pool);
                while let Some(r) = rows.try_next().await? {
                    if !each(read!(&r)) {
                        break;
                    }
                }
            }
        }
        Ok(())
    }
}

impl Store {
    /// Takes every role an account holds in one organisation and ends its sessions, in one
    /// transaction, audited with the roles before and after. None when the account holds no
    /// role there (to the caller: not found).
    pub async fn remove_from_org(&self, account_id: &str, org: &OrgRef, actor: &Actor) -> Result<Option<usize>> {
        let before = self.memberships_of(account_id).await?;
        let removed: Vec<&Membership> = before.iter().filter(|m| m.org == *org).collect();
        if removed.is_empty() {
            return Ok(None);
        }
        let after: Vec<&Membership> = before.iter().filter(|m| m.org != *org).collect();
        let label = |list: &[&Membership]| -> Vec<String> {
            list.iter().map(|m| format!("{}:{}", m.org.code(), m.role.as_str())).collect()
        };
        let details = serde_json::json!({
            "roles": { "before": label(&before.iter().collect::<Vec<_>>()), "after": label(&after) },
        });
        let engine = self.engine();
        let count = removed.len();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            sqlx::query("DELETE FROM memberships WHERE account_id = $1 AND org = $2")
                .bind(account_id)
                .bind(org.code())
                .execute(&mut *tx)
                .await?;
            sqlx::query("UPDATE sessions SET revoked_at = $1 WHERE account_id = $2 AND revoked_at IS NULL")
                .bind(now())
                .bind(account_id)
                .execute(&mut *tx)
                .await?;
            append_audit!(
                tx,
                content(
                    actor,
                    "membership.remove",
                    format!("account:{account_id}"),
                    Some(org.code().to_string()),
                    details
                ),
                engine
            );
            tx.commit().await?;
        });
        Ok(Some(count))
    }
}
