//! The Points of Contact directory in the database: nominations, changes and removals
//! proposed by a State (or received by note verbale and imported by the Secretariat), each
//! pending until the directory manager verifies or rejects it; the listed contacts; every
//! change audited in its transaction and kept as the contact's history.
// Rows are read as tuples that mirror their SELECT lists, next to the query.
#![allow(clippy::type_complexity)]

use comity_contacts::{Contact, CsvNomination};
use serde::Serialize;

use crate::Refusal;
use crate::identity::{Actor, append_audit, content};
use crate::{Result, Store, StoreError, now, with_pool};

/// What a proposed change does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    Nominate,
    Change,
    Remove,
}

impl ChangeKind {
    fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Nominate => "nominate",
            ChangeKind::Change => "change",
            ChangeKind::Remove => "remove",
        }
    }
}

/// A contact as the directory lists it.
#[derive(Debug, Clone, Serialize)]
pub struct ListedContact {
    pub id: String,
    pub state: String,
    pub listed: bool,
    pub verified_at: String,
    pub contact: Contact,
}

/// A proposed change and what became of it.
#[derive(Debug, Clone, Serialize)]
pub struct ContactChange {
    pub id: String,
    pub contact_id: String,
    pub state: String,
    pub kind: String,
    pub details: Option<Contact>,
    /// pending, verified or rejected.
    pub status: String,
    pub requested_at: String,
    pub decided_at: Option<String>,
    pub reason: Option<String>,
}

/// A contact's row as read: id, state, listed, verified_at, details.
pub(crate) type ContactRow = (String, String, i64, String, String);

pub(crate) fn listed_contact((id, state, listed, verified_at, details): ContactRow) -> Result<ListedContact> {
    Ok(ListedContact { id, state, listed: listed == 1, verified_at, contact: parse_details(&details)? })
}

fn parse_details(json: &str) -> Result<Contact> {
    serde_json::from_str(json).map_err(|e| StoreError::Damaged(format!("a stored contact is damaged: {e}")))
}

impl Store {
    /// Proposes a nomination (`contact_id` None), a change or a removal of one of `state`'s
    /// contacts; it waits for the directory manager. A nomination or change is checked whole
    /// first. Returns the change's id.
    pub async fn propose_contact_change(
        &self,
        state: &str,
        kind: ChangeKind,
        contact_id: Option<&str>,
        details: Option<&Contact>,
        actor: &Actor,
    ) -> Result<String> {
        self.state_exists(&comity_access::OrgRef::State(state.to_string())).await?;
        let details = match (kind, details) {
            (ChangeKind::Remove, _) => None,
            (_, Some(d)) => Some(d.checked().map_err(|errors| Refusal::Invalid {
                field: errors.iter().map(|e| e.field).collect::<Vec<_>>().join(", "),
                detail: errors.iter().map(|e| e.message.as_str()).collect::<Vec<_>>().join("; "),
            })?),
            (_, None) => return Err(Refusal::Required { field: "contact_details" }.into()),
        };
        let contact_id = match (kind, contact_id) {
            (ChangeKind::Nominate, _) => uuid::Uuid::now_v7().to_string(),
            (_, Some(id)) => {
                let listed = self.contacts(Some(state), true).await?;
                if !listed.iter().any(|c| c.id == id) {
                    return Err(Refusal::UnknownContact { state: state.to_string(), id: id.to_string() }.into());
                }
                id.to_string()
            }
            (_, None) => return Err(Refusal::Required { field: "contact_choice" }.into()),
        };
        let json = details.as_ref().map(serde_json::to_string).transpose().map_err(crate::internal)?;
        let id = uuid::Uuid::now_v7().to_string();
        let engine = self.engine();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            sqlx::query(
                "INSERT INTO contact_changes (id, contact_id, state, kind, details, \
                status, requested_by, requested_at) VALUES ($1, $2, $3, $4, $5, \
                'pending', $6, $7)",
            )
            .bind(&id)
            .bind(&contact_id)
            .bind(state)
            .bind(kind.as_str())
            .bind(&json)
            .bind(&actor.account)
            .bind(now())
            .execute(&mut *tx)
            .await?;
            let audit = serde_json::json!({
                "kind": kind.as_str(),
                "contact": contact_id,
                "category": details.as_ref().map(|d| d.category.as_str()),
            });
            append_audit!(
                tx,
                content(actor, "contact.propose", format!("contact-change:{id}"), Some(state.to_string()), audit),
                engine
            );
            tx.commit().await?;
        });
        Ok(id)
    }

    /// The directory manager's decision on a pending change: verified (the directory changes
    /// with it) or rejected (with the reason, which the State reads).
    pub async fn decide_contact_change(
        &self,
        change_id: &str,
        verify: bool,
        reason: Option<&str>,
        actor: &Actor,
    ) -> Result<()> {
        if !verify && reason.is_none_or(|r| r.trim().is_empty()) {
            return Err(Refusal::Required { field: "rejection_reason" }.into());
        }
        let engine = self.engine();
        let at = now();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let row: Option<(String, String, String, Option<String>, String)> =
                sqlx::query_as("SELECT contact_id, state, kind, details, status FROM contact_changes WHERE id = $1")
                    .bind(change_id)
                    .fetch_optional(&mut *tx)
                    .await?;
            let Some((contact_id, state, kind, details, status)) = row else {
                return Err(Refusal::UnknownChange { id: change_id.to_string() }.into());
            };
            if status != "pending" {
                return Err(Refusal::AlreadyDecided { id: change_id.to_string(), status }.into());
            }
            if verify {
                match (kind.as_str(), &details) {
                    ("nominate", Some(json)) => {
                        let category = parse_details(json)?.category;
                        sqlx::query(
                            "INSERT INTO contacts (id, state, category, details, listed, \
                            verified_at) VALUES ($1, $2, $3, $4, 1, $5)",
                        )
                        .bind(&contact_id)
                        .bind(&state)
                        .bind(category.as_str())
                        .bind(json)
                        .bind(&at)
                        .execute(&mut *tx)
                        .await?;
                    }
                    ("change", Some(json)) => {
                        let category = parse_details(json)?.category;
                        let n = sqlx::query(
                            "UPDATE contacts SET details = $1, category = $2, verified_at = $3 WHERE \
                            id = $4 AND listed = 1",
                        )
                        .bind(json)
                        .bind(category.as_str())
                        .bind(&at)
                        .bind(&contact_id)
                        .execute(&mut *tx)
                        .await?
                        .rows_affected();
                        if n != 1 {
                            return Err(Refusal::ContactUnlisted { id: contact_id }.into());
                        }
                    }
                    ("remove", _) => {
                        sqlx::query("UPDATE contacts SET listed = 0, verified_at = $1 WHERE id = $2")
                            .bind(&at)
                            .bind(&contact_id)
                            .execute(&mut *tx)
                            .await?;
                    }
                    _ => return Err(StoreError::Damaged(format!("change {change_id} is damaged"))),
                }
            }
            let decided = if verify { "verified" } else { "rejected" };
            sqlx::query(
                "UPDATE contact_changes SET status = $1, decided_by = $2, decided_at = $3, reason = $4 WHERE id = $5",
            )
            .bind(decided)
            .bind(&actor.account)
            .bind(&at)
            .bind(reason.map(str::trim))
            .bind(change_id)
            .execute(&mut *tx)
            .await?;
            let audit = serde_json::json!({
                "kind": kind,
                "contact": contact_id,
                "status": { "before": "pending", "after": decided },
            });
            append_audit!(
                tx,
                content(
                    actor,
                    &format!("contact.{}", if verify { "verify" } else { "reject" }),
                    format!("contact-change:{change_id}"),
                    Some(state.clone()),
                    audit
                ),
                engine
            );
            tx.commit().await?;
        });
        Ok(())
    }

    /// Imports the Secretariat's CSV of nominations received by note verbale: all rows in one
    /// transaction, pending or, with `verify`, verified on the directory manager's authority
    /// (audited as such). Rows are checked by the reader before; nothing is written for a
    /// file with a bad row.
    pub async fn import_nominations(
        &self,
        rows: &[CsvNomination],
        verify: bool,
        file: &str,
        actor: &Actor,
    ) -> Result<usize> {
        let engine = self.engine();
        let at = now();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            for row in rows {
                let contact_id = uuid::Uuid::now_v7().to_string();
                let change_id = uuid::Uuid::now_v7().to_string();
                let json = serde_json::to_string(&row.contact).map_err(crate::internal)?;
                let status = if verify { "verified" } else { "pending" };
                sqlx::query(
                    "INSERT INTO contact_changes (id, contact_id, state, kind, details, \
                    status, requested_by, requested_at, decided_by, decided_at, reason) \
                    VALUES ($1, $2, $3, 'nominate', $4, $5, $6, $7, $8, $9, $10)",
                )
                .bind(&change_id)
                .bind(&contact_id)
                .bind(&row.state)
                .bind(&json)
                .bind(status)
                .bind(&actor.account)
                .bind(&at)
                .bind(verify.then_some(actor.account.clone()).flatten())
                .bind(verify.then_some(at.clone()))
                .bind(format!("note verbale, imported from {file} line {}", row.line))
                .execute(&mut *tx)
                .await?;
                if verify {
                    sqlx::query(
                        "INSERT INTO contacts (id, state, category, details, listed, \
                        verified_at) VALUES ($1, $2, $3, $4, 1, $5)",
                    )
                    .bind(&contact_id)
                    .bind(&row.state)
                    .bind(row.contact.category.as_str())
                    .bind(&json)
                    .bind(&at)
                    .execute(&mut *tx)
                    .await?;
                }
                let audit = serde_json::json!({
                    "kind": "nominate",
                    "contact": contact_id,
                    "file": file,
                    "line": row.line,
                    "verified": verify,
                    "on_authority_of": "directory_manager",
                });
                append_audit!(
                    tx,
                    content(
                        actor,
                        "contact.import",
                        format!("contact-change:{change_id}"),
                        Some(row.state.clone()),
                        audit
                    ),
                    engine
                );
            }
            tx.commit().await?;
        });
        Ok(rows.len())
    }

    /// The directory (one State's part when `state` is given): listed contacts only, or with
    /// `listed_only` false the removed ones too.
    pub async fn contacts(&self, state: Option<&str>, listed_only: bool) -> Result<Vec<ListedContact>> {
        // Only the conditions given, so that a State's contacts are read by its index.
        let rows: Vec<ContactRow> = with_pool!(self, |pool| {
            let mut q =
                sqlx::QueryBuilder::new("SELECT id, state, listed, verified_at, details FROM contacts WHERE 1 = 1");
            if let Some(state) = state {
                q.push(" AND state = ").push_bind(state);
            }
            if listed_only {
                q.push(" AND listed = 1");
            }
            q.push(" ORDER BY state, category, id");
            q.build_query_as().fetch_all(pool).await?
        });
        rows.into_iter().map(listed_contact).collect()
    }

    /// Proposed changes, newest first: those with `status`, of one contact, of one State
    /// (each filter when given).
    pub async fn contact_changes(
        &self,
        status: Option<&str>,
        contact_id: Option<&str>,
        state: Option<&str>,
    ) -> Result<Vec<ContactChange>> {
        self.contact_changes_page(status, contact_id, state, (false, i64::MAX)).await
    }

    /// The oldest `limit` changes in `status`, oldest first, with how many there are in all: a
    /// page of the directory manager's queue, worked from its oldest end.
    pub async fn contact_changes_counted(&self, status: Option<&str>, limit: i64) -> Result<(Vec<ContactChange>, i64)> {
        let (total,): (i64,) = with_pool!(self, |pool| {
            sqlx::query_as("SELECT COUNT(*) FROM contact_changes WHERE (CAST($1 AS TEXT) IS NULL OR status = $1)")
                .bind(status)
                .fetch_one(pool)
                .await?
        });
        Ok((self.contact_changes_page(status, None, None, (true, limit)).await?, total))
    }

    async fn contact_changes_page(
        &self,
        status: Option<&str>,
        contact_id: Option<&str>,
        state: Option<&str>,
        (oldest_first, limit): (bool, i64),
    ) -> Result<Vec<ContactChange>> {
        let order = if oldest_first { "ASC" } else { "DESC" };
        let sql = format!(
            "SELECT id, contact_id, state, kind, details, status, requested_at, decided_at, \
                reason FROM contact_changes WHERE (CAST($1 AS TEXT) IS NULL OR status = $1) AND \
                (CAST($2 AS TEXT) IS NULL OR contact_id = $2) AND (CAST($3 AS TEXT) IS NULL OR \
                state = $3) ORDER BY requested_at {order}, id {order} LIMIT $4"
        );
        let rows: Vec<(
            String,
            String,
            String,
            String,
            Option<String>,
            String,
            String,
            Option<String>,
            Option<String>,
        )> = with_pool!(self, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
                .bind(status)
                .bind(contact_id)
                .bind(state)
                .bind(limit)
                .fetch_all(pool)
                .await?
        });
        rows.into_iter()
            .map(|(id, contact_id, state, kind, details, status, requested_at, decided_at, reason)| {
                Ok(ContactChange {
                    details: details.as_deref().map(parse_details).transpose()?,
                    id,
                    contact_id,
                    state,
                    kind,
                    status,
                    requested_at,
                    decided_at,
                    reason,
                })
            })
            .collect()
    }

    /// Whether a State has at least one verified, listed contact: what lets its users see the
    /// directory.
    pub async fn participates_in_directory(&self, state: &str) -> Result<bool> {
        let found: Option<(String,)> = with_pool!(self, |pool| {
            sqlx::query_as("SELECT id FROM contacts WHERE state = $1 AND listed = 1 LIMIT 1")
                .bind(state)
                .fetch_optional(pool)
                .await?
        });
        Ok(found.is_some())
    }
}
