//! Stakeholders in a negotiation: the businesses, NGOs and academic bodies the Secretariat
//! accredits to a negotiation it opened to them, and their written inputs on the paragraphs of
//! the current revision. Inputs are kept apart from States' proposals and positions and never
//! counted as either: a voice, not a vote.

use comity_negotiation::Readers;
use serde::Serialize;

use super::open_for_proposals;
use crate::identity::{Actor, append_audit, content};
use crate::{Refusal, Result, Store, with_pool};

/// The longest written input, in characters (as long as a proposal's justification).
pub const MAX_INPUT: usize = comity_negotiation::proposal::MAX_WORDS;

/// An organisation accredited to a negotiation, through the account that speaks for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Stakeholder {
    pub account_id: String,
    pub email: String,
    pub organisation: String,
    /// RFC 3339, UTC.
    pub accredited_at: String,
}

/// A stakeholder's written input on a paragraph of a revision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = StakeholderInput))]
pub struct Input {
    pub id: String,
    pub revision: i64,
    /// The paragraph's lasting place (`p7`).
    pub place: String,
    pub organisation: String,
    pub text: String,
    /// The language the input is written in (ar, zh, en, fr, ru, es).
    pub lang: String,
    /// RFC 3339, UTC.
    pub filed_at: String,
}

impl Store {
    /// Accredits the account `email` as the voice of `organisation` in a negotiation that admits
    /// stakeholders (again, it renames the organisation). An account holding a role, for a
    /// State or the Secretariat, is not a stakeholder's.
    pub async fn accredit_stakeholder(
        &self,
        negotiation: &str,
        email: &str,
        organisation: &str,
        actor: &Actor,
    ) -> Result<Stakeholder> {
        let current = self.negotiation(negotiation).await?;
        if current.summary.readers == Readers::States {
            return Err(Refusal::StakeholdersNotAdmitted.into());
        }
        let organisation = organisation.trim();
        if organisation.is_empty() {
            return Err(Refusal::Required { field: "organisation" }.into());
        }
        if organisation.chars().count() > 200 || organisation.chars().any(char::is_control) {
            return Err(Refusal::Invalid {
                field: "organisation".into(),
                detail: "an organisation's name is one line of at most 200 characters".into(),
            }
            .into());
        }
        let (account, email) = self.active_account(email).await?;
        let role: Option<(String,)> = with_pool!(self, |pool| {
            sqlx::query_as("SELECT org FROM memberships WHERE account_id = $1 LIMIT 1")
                .bind(&account)
                .fetch_optional(pool)
                .await?
        });
        if role.is_some() {
            return Err(Refusal::StateUserNotStakeholder { email }.into());
        }
        let engine = self.engine();
        let at = crate::now();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            sqlx::query(
                "INSERT INTO negotiation_stakeholders (negotiation_id, account_id, organisation, accredited_at) \
                VALUES ($1, $2, $3, $4) ON CONFLICT (negotiation_id, account_id) DO UPDATE SET \
                organisation = excluded.organisation",
            )
            .bind(&current.summary.id)
            .bind(&account)
            .bind(organisation)
            .bind(&at)
            .execute(&mut *tx)
            .await?;
            let details = serde_json::json!({ "negotiation": current.summary.id, "organisation": organisation });
            append_audit!(
                tx,
                content(actor, "negotiation.accredit", format!("account:{account}"), None, details),
                engine
            );
            tx.commit().await?;
        });
        Ok(Stakeholder { account_id: account, email, organisation: organisation.to_string(), accredited_at: at })
    }

    /// The stakeholders accredited to a negotiation, by organisation.
    pub async fn negotiation_stakeholders(&self, negotiation_id: &str) -> Result<Vec<Stakeholder>> {
        let rows: Vec<(String, String, String, String)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT s.account_id, a.email, s.organisation, s.accredited_at FROM negotiation_stakeholders s \
                JOIN accounts a ON a.id = s.account_id WHERE s.negotiation_id = $1 ORDER BY s.organisation, a.email",
            )
            .bind(negotiation_id)
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(|(account_id, email, organisation, accredited_at)| Stakeholder {
                account_id,
                email,
                organisation,
                accredited_at,
            })
            .collect())
    }

    /// The organisation `account_id` speaks for in a negotiation, when it is accredited to it.
    pub async fn stakeholder_of(&self, negotiation_id: &str, account_id: &str) -> Result<Option<String>> {
        let row: Option<(String,)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT organisation FROM negotiation_stakeholders WHERE negotiation_id = $1 AND account_id = $2",
            )
            .bind(negotiation_id)
            .bind(account_id)
            .fetch_optional(pool)
            .await?
        });
        Ok(row.map(|(o,)| o))
    }

    /// A stakeholder's written input in `lang` on a paragraph of the current revision, while
    /// proposals are taken on it (until its deadline, or while the Chair has reopened it).
    pub async fn give_input(
        &self,
        negotiation: &str,
        place: &str,
        text: &str,
        lang: comity_i18n::Lang,
        actor: &Actor,
        now: jiff::Timestamp,
    ) -> Result<Input> {
        let (negotiation_id, stage, revision) = self.proposal_context(negotiation).await?;
        let account = actor.account.as_deref().ok_or(Refusal::NotAStakeholder)?;
        let Some(organisation) = self.stakeholder_of(&negotiation_id, account).await? else {
            return Err(Refusal::NotAStakeholder.into());
        };
        open_for_proposals(stage, &revision, now)?;
        if revision.text.paragraph(place).is_none() {
            return Err(Refusal::NotInRevision { revision: revision.number }.into());
        }
        let text = text.trim();
        if text.is_empty() {
            return Err(Refusal::Required { field: "input" }.into());
        }
        if text.chars().count() > MAX_INPUT {
            return Err(Refusal::InputTooLong { max: MAX_INPUT }.into());
        }
        let input = Input {
            id: uuid::Uuid::now_v7().to_string(),
            revision: revision.number,
            place: place.to_string(),
            organisation,
            text: text.to_string(),
            lang: lang.code().to_string(),
            filed_at: crate::stamp(now),
        };
        let engine = self.engine();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            sqlx::query(
                "INSERT INTO negotiation_inputs (id, negotiation_id, revision, place, account_id, organisation, text, \
                lang, filed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(&input.id)
            .bind(&negotiation_id)
            .bind(input.revision)
            .bind(&input.place)
            .bind(account)
            .bind(&input.organisation)
            .bind(&input.text)
            .bind(&input.lang)
            .bind(&input.filed_at)
            .execute(&mut *tx)
            .await?;
            let details = serde_json::json!({
                "negotiation": negotiation_id, "revision": input.revision, "place": input.place, "lang": input.lang,
            });
            append_audit!(
                tx,
                content(actor, "negotiation.input", format!("input:{}", input.id), None, details),
                engine
            );
            // Under the audit chain's lock, as filings are checked: a zero draft replaced since
            // the paragraph was looked up refuses the input.
            let written: Option<(String,)> = sqlx::query_as(
                "SELECT created_at FROM negotiation_revisions WHERE negotiation_id = $1 AND number = $2",
            )
            .bind(&negotiation_id)
            .bind(revision.number)
            .fetch_optional(&mut *tx)
            .await?;
            if written.map(|(at,)| at).as_deref() != Some(revision.created_at.as_str()) {
                return Err(Refusal::TextReplaced.into());
            }
            tx.commit().await?;
        });
        Ok(input)
    }

    /// The written inputs on a revision, in the order they came.
    pub async fn negotiation_inputs(&self, negotiation_id: &str, revision: i64) -> Result<Vec<Input>> {
        let rows: Vec<(String, i64, String, String, String, String, String)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT i.id, i.revision, i.place, i.organisation, i.text, COALESCE(i.lang, n.lang), i.filed_at \
                FROM negotiation_inputs i JOIN negotiations n ON n.id = i.negotiation_id \
                WHERE i.negotiation_id = $1 AND i.revision = $2 ORDER BY i.filed_at, i.id",
            )
            .bind(negotiation_id)
            .bind(revision)
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(|(id, revision, place, organisation, text, lang, filed_at)| Input {
                id,
                revision,
                place,
                organisation,
                text,
                lang,
                filed_at,
            })
            .collect())
    }
}
