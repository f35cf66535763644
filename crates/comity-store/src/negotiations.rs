//! Negotiations of outcome texts kept: each negotiation with its Chair and support staff, its
//! revisions (texts with lasting places), the proposals and positions States file on the
//! current revision until its deadline, the Chair's decisions and the revision built from
//! them, the silence procedure (settled once across nodes) and adoption; stakeholders and
//! their written inputs ([`stakeholders`]). Every change is audited in its own transaction.

mod stakeholders;

pub use stakeholders::{Input, MAX_INPUT, Stakeholder};

use comity_negotiation::proposal::{Change, Position, Proposal, Proposer, Stance};
use comity_negotiation::revise::{Decision, Outcome, next_revision};
use comity_negotiation::silence::{Break, Silence};
use comity_negotiation::text::Text;
use comity_negotiation::{Readers, Stage};
use serde::Serialize;

use crate::identity::{Actor, append_audit, content};
use crate::{Refusal, Result, Store, StoreError, internal, stamp, with_pool};

/// What opening a negotiation takes.
#[derive(Debug, Clone)]
pub struct NewNegotiation {
    /// Short name, letters, digits and hyphens (`gm-2026-apr`): the negotiation's handle.
    pub name: String,
    pub title: String,
    /// The process it belongs to ("Global Mechanism, second substantive plenary").
    pub process: String,
    pub lang: comity_i18n::Lang,
    pub readers: Readers,
    /// The Chair's account, by email.
    pub chair: String,
    /// Support staff, by email.
    pub support: Vec<String>,
    /// Proposals on the zero draft are taken until then (RFC 3339), or with no end.
    pub deadline: Option<jiff::Timestamp>,
}

/// A negotiation as listed.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NegotiationSummary {
    pub id: String,
    pub name: String,
    pub title: String,
    pub process: String,
    pub lang: String,
    pub readers: Readers,
    pub stage: Stage,
    pub current_revision: i64,
    pub created_at: String,
    pub adopted_at: Option<String>,
    pub adopted_how: Option<String>,
    pub symbol: Option<String>,
}

/// One revision as kept.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Revision {
    pub number: i64,
    pub text: Text,
    pub deadline: Option<String>,
    pub reopened_until: Option<String>,
    pub created_at: String,
}

/// A silence procedure as kept, with the breaks recorded and how it was settled.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SilenceRecord {
    #[serde(flatten)]
    pub silence: Silence,
    /// `kept` or `broken` once settled.
    pub outcome: Option<String>,
}

/// A negotiation with its current revision.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Negotiation {
    #[serde(flatten)]
    pub summary: NegotiationSummary,
    /// (account id, email, `chair` or `support`).
    pub members: Vec<(String, String, String)>,
    pub revision: Revision,
    pub silence: Option<SilenceRecord>,
}

/// A proposal as a State files it (the rest is the negotiation's to fill in).
#[derive(Debug, Clone)]
pub struct NewProposal {
    pub place: String,
    pub change: Change,
    pub justification: String,
    /// A group the filing State speaks in; None for the State itself.
    pub group: Option<(String, Vec<String>)>,
    pub co_sponsors: Vec<String>,
}

/// The current revision of `$negotiation` enters the document record under `$symbol` inside
/// the caller's transaction: refused, with nothing written, when the record holds that symbol
/// already (an official text is never replaced by a negotiated one).
macro_rules! enter_record {
    ($tx:expr, $store:expr, $negotiation:expr, $symbol:expr, $adopted_at:expr) => {{
        let tx = $tx;
        let negotiation: &Negotiation = $negotiation;
        let symbol: &String = $symbol;
        let held: Option<(String,)> = sqlx::query_as("SELECT symbol FROM documents WHERE symbol = $1")
            .bind(symbol)
            .fetch_optional(&mut *tx)
            .await?;
        if held.is_some() {
            return Err(Refusal::SymbolInRecord { symbol: symbol.clone() }.into());
        }
        let adopted_on = comity_i18n::format::to_new_york_input($adopted_at).map(|t| t[..10].to_string());
        let (doc, _) = comity_negotiation::record::to_document(
            &negotiation.revision.text,
            symbol,
            lang_of(negotiation)?,
            adopted_on,
        );
        let source = negotiation.revision.text.to_markdown();
        let source_name = format!(
            "negotiation {}, {}",
            negotiation.summary.name,
            comity_negotiation::revision_name(negotiation.revision.number as u32)
                .unwrap_or_else(|| "zero draft".into())
        );
        crate::documents::ingest_body!(
            &mut *tx,
            &doc,
            symbol.as_str(),
            doc.language.code(),
            source_name.as_str(),
            crate::digest(&[source.as_bytes()]).as_str(),
            $store.search_index_sql()
        );
    }};
}

type SummaryRow = (
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    i64,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
);

const SUMMARY_COLUMNS: &str = "id, name, title, process, lang, readers, stage, current_revision, created_at, \
    adopted_at, adopted_how, symbol";

fn summary(row: SummaryRow) -> Result<NegotiationSummary> {
    let (id, name, title, process, lang, readers, stage, current_revision, created_at, adopted_at, adopted_how, symbol) =
        row;
    Ok(NegotiationSummary {
        readers: Readers::parse(&readers).ok_or_else(|| internal(format!("readers {readers:?}")))?,
        stage: Stage::parse(&stage).ok_or_else(|| internal(format!("stage {stage:?}")))?,
        id,
        name,
        title,
        process,
        lang,
        current_revision,
        created_at,
        adopted_at,
        adopted_how,
        symbol,
    })
}

fn json<T: Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(internal)
}

fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(internal)
}

/// A ProposalError as a refusal: the ones States meet named, the rest with the domain's words.
fn proposal_refusal(e: comity_negotiation::proposal::ProposalError, revision: i64) -> StoreError {
    use comity_negotiation::proposal::ProposalError as E;
    match e {
        E::NoSuchParagraph { .. } => Refusal::NotInRevision { revision }.into(),
        E::OwnProposal { .. } => Refusal::OwnProposal.into(),
        other => Refusal::BadProposal(other).into(),
    }
}

type ProposalRow = (String, i64, String, String, String, String, String, String, i64, Option<String>);

fn proposal_from(row: ProposalRow) -> Result<Proposal> {
    let (id, revision, place, change, justification, proposer, co_sponsors, filed_at, late, withdrawn_at) = row;
    Ok(Proposal {
        id,
        revision: u32::try_from(revision).map_err(internal)?,
        place,
        change: from_json(&change)?,
        justification,
        proposer: from_json(&proposer)?,
        co_sponsors: from_json(&co_sponsors)?,
        filed_at,
        late: late != 0,
        withdrawn: withdrawn_at.is_some(),
    })
}

const PROPOSAL_COLUMNS: &str =
    "id, revision, place, change, justification, proposer, co_sponsors, filed_at, late, withdrawn_at";

/// A proposal checked and waiting for the next group commit.
pub(crate) struct ProposalJob {
    negotiation_id: String,
    revision: i64,
    /// When the revision's text was written, as the proposal was checked against it: a zero
    /// draft replaced since refuses the proposal.
    written_at: String,
    state: String,
    proposal: Proposal,
    change: String,
    proposer: String,
    co_sponsors: String,
    actor: Actor,
}

/// Most proposals one group commit takes.
const GROUP_COMMIT_MAX: usize = 64;

fn write_proposals<'a>(store: &'a Store, jobs: &'a [ProposalJob]) -> crate::groups::Written<'a, ()> {
    Box::pin(commit_proposals(store, jobs))
}

/// One transaction for the proposals that arrived together: each negotiation's stage and
/// current revision read once, as the writes go in (a revision made or a silence begun a moment
/// ago refuses the proposals made on the one before); the rest in one statement a table, the
/// audit entries chained in memory.
async fn commit_proposals(store: &Store, jobs: &[ProposalJob]) -> Result<Vec<Result<()>>> {
    let engine = store.engine();
    with_pool!(store, |pool| {
        let _turn = store.write_turn().await;
        let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
        let mut head = crate::identity::audit_head!(&mut *tx, engine);
        // Each negotiation's stage, current revision and when that revision's text was written.
        type Now = (String, i64, String);
        let mut current: Vec<(&str, Option<Now>)> = Vec::new();
        for job in jobs {
            if !current.iter().any(|(id, _)| *id == job.negotiation_id) {
                let row: Option<Now> = sqlx::query_as(
                    "SELECT n.stage, n.current_revision, r.created_at FROM negotiations n JOIN negotiation_revisions \
                    r ON r.negotiation_id = n.id AND r.number = n.current_revision WHERE n.id = $1",
                )
                .bind(&job.negotiation_id)
                .fetch_optional(&mut *tx)
                .await?;
                current.push((job.negotiation_id.as_str(), row));
            }
        }
        let mut outcomes = Vec::with_capacity(jobs.len());
        let mut taken: Vec<&ProposalJob> = Vec::with_capacity(jobs.len());
        let mut entries = Vec::with_capacity(jobs.len());
        for job in jobs {
            let now = current.iter().find(|(id, _)| *id == job.negotiation_id).and_then(|(_, row)| row.as_ref());
            match now {
                Some((stage, revision, written)) if stage == "open" && *revision == job.revision => {
                    if *written != job.written_at {
                        outcomes.push(Err(Refusal::TextReplaced.into()));
                        continue;
                    }
                }
                Some((stage, _, _)) if stage == "silence" => {
                    outcomes.push(Err(Refusal::UnderSilence.into()));
                    continue;
                }
                Some((stage, _, _)) if stage != "open" => {
                    outcomes.push(Err(Refusal::NegotiationClosed.into()));
                    continue;
                }
                other => {
                    let revision = other.map(|(_, r, _)| *r).unwrap_or(0);
                    outcomes.push(Err(Refusal::NotInRevision { revision }.into()));
                    continue;
                }
            }
            let p = &job.proposal;
            let details = serde_json::json!({
                "negotiation": job.negotiation_id, "revision": job.revision, "place": p.place,
                "action": p.change.action(), "proposer": p.proposer.name(),
                "co_sponsors": p.co_sponsors, "late": p.late,
            });
            let entry = comity_access::audit::chain(
                head.as_ref().map(|(s, h)| (*s, h.as_str())),
                content(&job.actor, "proposal.file", format!("proposal:{}", p.id), Some(job.state.clone()), details),
            );
            head = Some((entry.seq, entry.hash.clone()));
            entries.push(entry);
            taken.push(job);
            outcomes.push(Ok(()));
        }
        for chunk in taken.chunks(500) {
            let mut insert = sqlx::QueryBuilder::new(
                "INSERT INTO negotiation_proposals (negotiation_id, filed_by_state, filed_by_account, id, revision, \
                place, change, justification, proposer, co_sponsors, filed_at, late, withdrawn_at) ",
            );
            insert.push_values(chunk, |mut row, job| {
                let p = &job.proposal;
                row.push_bind(&job.negotiation_id)
                    .push_bind(&job.state)
                    .push_bind(&job.actor.account)
                    .push_bind(&p.id)
                    .push_bind(job.revision)
                    .push_bind(&p.place)
                    .push_bind(&job.change)
                    .push_bind(&p.justification)
                    .push_bind(&job.proposer)
                    .push_bind(&job.co_sponsors)
                    .push_bind(&p.filed_at)
                    .push_bind(i64::from(p.late))
                    .push_bind(None::<String>);
            });
            insert.build().execute(&mut *tx).await?;
        }
        crate::identity::insert_audit_entries!(&mut *tx, &entries);
        tx.commit().await?;
        Ok(outcomes)
    })
}

impl Store {
    /// The id of the account `email` names, and the address as normalised; refused when no
    /// account that is not disabled has it.
    async fn active_account(&self, email: &str) -> Result<(String, String)> {
        let email = comity_access::normalise_email(email).map_err(|_| Refusal::InvalidEmail { given: email.into() })?;
        let found: Option<(String,)> = with_pool!(self, |pool| {
            sqlx::query_as("SELECT id FROM accounts WHERE email = $1 AND disabled_at IS NULL")
                .bind(&email)
                .fetch_optional(pool)
                .await?
        });
        match found {
            Some((account,)) => Ok((account, email)),
            None => Err(Refusal::UnknownAccount { email }.into()),
        }
    }

    /// What filing a proposal needs to know of a negotiation, in one read: its id, stage, and
    /// current revision with its text and deadlines.
    async fn proposal_context(&self, negotiation: &str) -> Result<(String, Stage, Revision)> {
        type Row = (String, String, i64, String, Option<String>, Option<String>, String);
        let row: Option<Row> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT n.id, n.stage, n.current_revision, r.text, r.deadline, r.reopened_until, r.created_at FROM \
                negotiations n JOIN negotiation_revisions r ON r.negotiation_id = n.id AND r.number = n.current_revision \
                WHERE n.id = $1 OR n.name = $1",
            )
            .bind(negotiation)
            .fetch_optional(pool)
            .await?
        });
        let (id, stage, number, text, deadline, reopened_until, created_at) =
            row.ok_or_else(|| Refusal::UnknownNegotiation { id: negotiation.to_string() })?;
        let stage = Stage::parse(&stage).ok_or_else(|| internal(format!("stage {stage:?}")))?;
        Ok((id, stage, Revision { number, text: from_json(&text)?, deadline, reopened_until, created_at }))
    }

    /// Opens a negotiation on its zero draft, with its Chair (and support staff), who must have
    /// accounts.
    pub async fn create_negotiation(&self, new: &NewNegotiation, zero: &Text, actor: &Actor) -> Result<String> {
        let name = new.name.trim();
        // "new" is the portal's page for opening one: a negotiation of that name could not be reached.
        if name.is_empty()
            || name.len() > 64
            || name == "new"
            || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        {
            return Err(Refusal::Invalid {
                field: "name".into(),
                detail: format!(
                    "{name:?} is not a short name of letters, digits and hyphens (gm-2026-apr), other than \"new\""
                ),
            }
            .into());
        }
        if new.title.trim().is_empty() {
            return Err(Refusal::Invalid { field: "title".into(), detail: "a negotiation needs a title".into() }.into());
        }
        let mut members = vec![(new.chair.clone(), "chair")];
        members.extend(new.support.iter().map(|e| (e.clone(), "support")));
        let mut accounts = Vec::new();
        for (email, role) in &members {
            accounts.push((self.active_account(email).await?.0, *role));
        }
        let id = uuid::Uuid::now_v7().to_string();
        let at = crate::now();
        let deadline = new.deadline.map(stamp);
        let text = json(zero)?;
        let engine = self.engine();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let taken: Option<(String,)> = sqlx::query_as("SELECT id FROM negotiations WHERE name = $1")
                .bind(name)
                .fetch_optional(&mut *tx)
                .await?;
            if taken.is_some() {
                return Err(Refusal::NegotiationNameTaken { name: name.to_string() }.into());
            }
            sqlx::query(
                "INSERT INTO negotiations (id, name, title, process, lang, readers, stage, current_revision, created_at) \
                VALUES ($1, $2, $3, $4, $5, $6, 'open', 0, $7)",
            )
            .bind(&id)
            .bind(name)
            .bind(new.title.trim())
            .bind(new.process.trim())
            .bind(new.lang.code())
            .bind(new.readers.as_str())
            .bind(&at)
            .execute(&mut *tx)
            .await?;
            for (account, role) in &accounts {
                sqlx::query("INSERT INTO negotiation_members (negotiation_id, account_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
                    .bind(&id)
                    .bind(account)
                    .bind(*role)
                    .execute(&mut *tx)
                    .await?;
            }
            sqlx::query(
                "INSERT INTO negotiation_revisions (negotiation_id, number, text, deadline, created_at, created_by) \
                VALUES ($1, 0, $2, $3, $4, $5)",
            )
            .bind(&id)
            .bind(&text)
            .bind(&deadline)
            .bind(&at)
            .bind(&actor.account)
            .execute(&mut *tx)
            .await?;
            let details = serde_json::json!({
                "name": name, "lang": new.lang.code(), "readers": new.readers.as_str(),
                "paragraphs": zero.paragraphs.len(), "deadline": deadline,
            });
            append_audit!(tx, content(actor, "negotiation.create", format!("negotiation:{id}"), None, details), engine);
            tx.commit().await?;
        });
        Ok(id)
    }

    /// Every negotiation, newest first.
    pub async fn negotiations(&self) -> Result<Vec<NegotiationSummary>> {
        let rows: Vec<SummaryRow> = with_pool!(self, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT {SUMMARY_COLUMNS} FROM negotiations ORDER BY created_at DESC, id"
            )))
            .fetch_all(pool)
            .await?
        });
        rows.into_iter().map(summary).collect()
    }

    /// A negotiation, by id or name, with its current revision and its silence, if any.
    pub async fn negotiation(&self, id_or_name: &str) -> Result<Negotiation> {
        let row: Option<SummaryRow> = with_pool!(self, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT {SUMMARY_COLUMNS} FROM negotiations WHERE id = $1 OR name = $1"
            )))
            .bind(id_or_name)
            .fetch_optional(pool)
            .await?
        });
        let summary = summary(row.ok_or_else(|| Refusal::UnknownNegotiation { id: id_or_name.to_string() })?)?;
        let members: Vec<(String, String, String)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT m.account_id, a.email, m.role FROM negotiation_members m JOIN accounts a ON a.id = m.account_id \
                WHERE m.negotiation_id = $1 ORDER BY m.role, a.email",
            )
            .bind(&summary.id)
            .fetch_all(pool)
            .await?
        });
        let revision = self.negotiation_revision(&summary.id, summary.current_revision).await?;
        let silence = self.silence_of(&summary.id, summary.current_revision).await?;
        Ok(Negotiation { summary, members, revision, silence })
    }

    /// One revision of a negotiation.
    pub async fn negotiation_revision(&self, negotiation_id: &str, number: i64) -> Result<Revision> {
        let row: Option<(String, Option<String>, Option<String>, String)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT text, deadline, reopened_until, created_at FROM negotiation_revisions WHERE negotiation_id = $1 \
                AND number = $2",
            )
            .bind(negotiation_id)
            .bind(number)
            .fetch_optional(pool)
            .await?
        });
        let (text, deadline, reopened_until, created_at) = row.ok_or(StoreError::NotFound("negotiation revision"))?;
        Ok(Revision { number, text: from_json(&text)?, deadline, reopened_until, created_at })
    }

    async fn silence_of(&self, negotiation_id: &str, revision: i64) -> Result<Option<SilenceRecord>> {
        let row: Option<(String, Option<String>)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT deadline, outcome FROM negotiation_silences WHERE negotiation_id = $1 AND revision = $2",
            )
            .bind(negotiation_id)
            .bind(revision)
            .fetch_optional(pool)
            .await?
        });
        let Some((deadline, outcome)) = row else { return Ok(None) };
        let breaks: Vec<(String, String, String)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT state, reason, at FROM negotiation_silence_breaks WHERE negotiation_id = $1 AND revision = $2 \
                ORDER BY at, state",
            )
            .bind(negotiation_id)
            .bind(revision)
            .fetch_all(pool)
            .await?
        });
        let breaks = breaks.into_iter().map(|(state, reason, at)| Break { state, reason, at }).collect();
        let revision = u32::try_from(revision).map_err(internal)?;
        Ok(Some(SilenceRecord { silence: Silence { revision, deadline, breaks }, outcome }))
    }

    /// The proposals on one revision of a negotiation, in the order filed, withdrawn ones too.
    pub async fn negotiation_proposals(&self, negotiation_id: &str, revision: i64) -> Result<Vec<Proposal>> {
        let rows: Vec<ProposalRow> = with_pool!(self, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT {PROPOSAL_COLUMNS} FROM negotiation_proposals WHERE negotiation_id = $1 AND revision = $2 \
                ORDER BY filed_at, id"
            )))
            .bind(negotiation_id)
            .bind(revision)
            .fetch_all(pool)
            .await?
        });
        rows.into_iter().map(proposal_from).collect()
    }

    /// The positions taken on the proposals of one revision.
    pub async fn negotiation_positions(&self, negotiation_id: &str, revision: i64) -> Result<Vec<Position>> {
        let rows: Vec<(String, String, String, Option<String>)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT p.proposal_id, p.state, p.stance, p.statement FROM negotiation_positions p JOIN \
                negotiation_proposals r ON r.id = p.proposal_id WHERE r.negotiation_id = $1 AND r.revision = $2 \
                ORDER BY p.proposal_id, p.state",
            )
            .bind(negotiation_id)
            .bind(revision)
            .fetch_all(pool)
            .await?
        });
        rows.into_iter()
            .map(|(proposal, state, stance, statement)| {
                Ok(Position {
                    proposal,
                    stance: Stance::parse(&stance).ok_or_else(|| internal(format!("stance {stance:?}")))?,
                    state,
                    statement,
                })
            })
            .collect()
    }

    /// Files a State's proposal on the current revision: checked against its text, before its
    /// deadline (or while the Chair has reopened it, marked late), never under silence or
    /// after adoption.
    pub async fn file_proposal(
        &self,
        negotiation: &str,
        state: &str,
        new: &NewProposal,
        actor: &Actor,
        now: jiff::Timestamp,
    ) -> Result<Proposal> {
        let (negotiation_id, stage, revision) = self.proposal_context(negotiation).await?;
        let late = open_for_proposals(stage, &revision, now)?;
        let proposer = match &new.group {
            Some((name, members)) => Proposer::Group { name: name.trim().to_string(), members: members.clone() },
            None => Proposer::State { state: state.to_string() },
        };
        let proposal = Proposal {
            id: uuid::Uuid::now_v7().to_string(),
            revision: u32::try_from(revision.number).map_err(internal)?,
            place: new.place.clone(),
            change: new.change.clone(),
            justification: new.justification.trim().to_string(),
            proposer,
            co_sponsors: new.co_sponsors.clone(),
            filed_at: stamp(now),
            late,
            withdrawn: false,
        };
        proposal.check(&revision.text, state).map_err(|e| proposal_refusal(e, revision.number))?;
        let job = ProposalJob {
            negotiation_id,
            revision: revision.number,
            written_at: revision.created_at.clone(),
            state: state.to_string(),
            change: json(&proposal.change)?,
            proposer: json(&proposal.proposer)?,
            co_sponsors: json(&proposal.co_sponsors)?,
            proposal: proposal.clone(),
            actor: actor.clone(),
        };
        self.in_group(&self.proposal_commits, (GROUP_COMMIT_MAX, "proposals", write_proposals), job).await?;
        Ok(proposal)
    }

    /// Withdraws a proposal the State filed (before the Chair decides on it).
    pub async fn withdraw_proposal(
        &self,
        negotiation: &str,
        proposal_id: &str,
        state: &str,
        actor: &Actor,
    ) -> Result<()> {
        let current = self.negotiation(negotiation).await?;
        open_stage(&current)?;
        let engine = self.engine();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let n = sqlx::query(
                "UPDATE negotiation_proposals SET withdrawn_at = $1 WHERE id = $2 AND negotiation_id = $3 AND \
                filed_by_state = $4 AND withdrawn_at IS NULL AND revision = $5",
            )
            .bind(crate::now())
            .bind(proposal_id)
            .bind(&current.summary.id)
            .bind(state)
            .bind(current.revision.number)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if n != 1 {
                return Err(Refusal::UnknownProposal { id: proposal_id.to_string() }.into());
            }
            let details = serde_json::json!({ "negotiation": current.summary.id });
            append_audit!(
                tx,
                content(
                    actor,
                    "proposal.withdraw",
                    format!("proposal:{proposal_id}"),
                    Some(state.to_string()),
                    details
                ),
                engine
            );
            tx.commit().await?;
        });
        Ok(())
    }

    /// Records (or changes) a State's position on a proposal of the current revision.
    pub async fn take_position(
        &self,
        negotiation: &str,
        proposal_id: &str,
        state: &str,
        stance: Stance,
        statement: Option<&str>,
        actor: &Actor,
    ) -> Result<()> {
        let current = self.negotiation(negotiation).await?;
        open_stage(&current)?;
        let proposals = self.negotiation_proposals(&current.summary.id, current.revision.number).await?;
        let proposal = proposals
            .iter()
            .find(|p| p.id == proposal_id)
            .ok_or_else(|| Refusal::UnknownProposal { id: proposal_id.to_string() })?;
        let statement = statement.map(str::trim).filter(|s| !s.is_empty());
        proposal.check_position(state, statement).map_err(|e| proposal_refusal(e, current.revision.number))?;
        let engine = self.engine();
        let at = crate::now();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let before: Option<(String,)> =
                sqlx::query_as("SELECT stance FROM negotiation_positions WHERE proposal_id = $1 AND state = $2")
                    .bind(proposal_id)
                    .bind(state)
                    .fetch_optional(&mut *tx)
                    .await?;
            sqlx::query(
                "INSERT INTO negotiation_positions (proposal_id, state, stance, statement, account_id, at) VALUES \
                ($1, $2, $3, $4, $5, $6) ON CONFLICT (proposal_id, state) DO UPDATE SET stance = excluded.stance, \
                statement = excluded.statement, account_id = excluded.account_id, at = excluded.at",
            )
            .bind(proposal_id)
            .bind(state)
            .bind(stance.as_str())
            .bind(statement)
            .bind(&actor.account)
            .bind(&at)
            .execute(&mut *tx)
            .await?;
            let details = serde_json::json!({
                "negotiation": current.summary.id,
                "stance": { "before": before.map(|b| b.0), "after": stance.as_str() },
                "statement": statement.is_some(),
            });
            append_audit!(
                tx,
                content(actor, "position.take", format!("proposal:{proposal_id}"), Some(state.to_string()), details),
                engine
            );
            tx.commit().await?;
        });
        Ok(())
    }

    /// Whether `actor` chairs or supports the negotiation (an operator at the command line
    /// acts for the Secretariat).
    async fn check_chair(&self, negotiation: &Negotiation, actor: &Actor) -> Result<()> {
        if actor.role.as_deref() == Some("cli") {
            return Ok(());
        }
        match &actor.account {
            Some(account) if negotiation.members.iter().any(|(id, _, _)| id == account) => Ok(()),
            _ => Err(Refusal::NotTheChair.into()),
        }
    }

    /// The Chair reopens the current revision for proposals until `until` (those filed after
    /// the deadline are marked late).
    pub async fn reopen_revision(&self, negotiation: &str, until: jiff::Timestamp, actor: &Actor) -> Result<()> {
        let current = self.negotiation(negotiation).await?;
        self.check_chair(&current, actor).await?;
        open_stage(&current)?;
        let engine = self.engine();
        let until = stamp(until);
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            sqlx::query(
                "UPDATE negotiation_revisions SET reopened_until = $1 WHERE negotiation_id = $2 AND number = $3",
            )
            .bind(&until)
            .bind(&current.summary.id)
            .bind(current.revision.number)
            .execute(&mut *tx)
            .await?;
            let details = serde_json::json!({ "revision": current.revision.number, "until": until });
            append_audit!(
                tx,
                content(actor, "negotiation.reopen", format!("negotiation:{}", current.summary.id), None, details),
                engine
            );
            tx.commit().await?;
        });
        Ok(())
    }

    /// The Chair's decisions on the current revision's proposals, and the next revision built
    /// from them (taking proposals until `deadline`), in one transaction; returns its number.
    pub async fn revise_negotiation(
        &self,
        negotiation: &str,
        decisions: &[Decision],
        deadline: Option<jiff::Timestamp>,
        actor: &Actor,
    ) -> Result<i64> {
        let current = self.negotiation(negotiation).await?;
        self.check_chair(&current, actor).await?;
        open_stage(&current)?;
        let proposals = self.negotiation_proposals(&current.summary.id, current.revision.number).await?;
        let next = next_revision(&current.revision.text, &proposals, decisions)
            .map_err(|e| StoreError::from(Refusal::BadDecisions(e)))?;
        let number = current.revision.number + 1;
        let text = json(&next)?;
        let at = crate::now();
        let deadline = deadline.map(stamp);
        let engine = self.engine();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            // Another revision made meanwhile (another node, another tab) wins; this one is refused.
            let n = sqlx::query(
                "UPDATE negotiations SET current_revision = $1 WHERE id = $2 AND current_revision = $3 AND stage = 'open'",
            )
            .bind(number)
            .bind(&current.summary.id)
            .bind(current.revision.number)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if n != 1 {
                return Err(Refusal::NotInRevision { revision: current.revision.number + 1 }.into());
            }
            sqlx::query(
                "INSERT INTO negotiation_revisions (negotiation_id, number, text, deadline, created_at, created_by) \
                VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(&current.summary.id)
            .bind(number)
            .bind(&text)
            .bind(&deadline)
            .bind(&at)
            .bind(&actor.account)
            .execute(&mut *tx)
            .await?;
            for d in decisions {
                let merged = match &d.outcome {
                    Outcome::Merge { text } => Some(text.as_str()),
                    _ => None,
                };
                sqlx::query(
                    "INSERT INTO negotiation_decisions (proposal_id, outcome, merged_text, reason, decided_at, decided_by) \
                    VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(&d.proposal)
                .bind(d.outcome.as_str())
                .bind(merged)
                .bind(&d.reason)
                .bind(&at)
                .bind(&actor.account)
                .execute(&mut *tx)
                .await?;
            }
            let count = |o: &str| decisions.iter().filter(|d| d.outcome.as_str() == o).count();
            let details = serde_json::json!({
                "from": current.revision.number, "to": number, "paragraphs": next.paragraphs.len(),
                "accepted": count("accept"), "merged": count("merge"), "set_aside": count("set_aside"),
                "deadline": deadline,
            });
            append_audit!(
                tx,
                content(actor, "negotiation.revise", format!("negotiation:{}", current.summary.id), None, details),
                engine
            );
            tx.commit().await?;
        });
        Ok(number)
    }

    /// The Chair (or support staff) puts the zero draft in place of the one the negotiation was
    /// opened on (the Chair's own text, or a corrected one), while nothing rests on it: no
    /// proposal and no written input on it, and no Rev.1 yet. Proposals being filed as it is
    /// replaced are refused (they were checked against the text it replaces).
    pub async fn replace_zero_draft(&self, negotiation: &str, zero: &Text, actor: &Actor) -> Result<()> {
        let current = self.negotiation(negotiation).await?;
        self.check_chair(&current, actor).await?;
        open_stage(&current)?;
        if current.revision.number != 0 {
            return Err(Refusal::ZeroDraftInUse.into());
        }
        let text = json(zero)?;
        let engine = self.engine();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            // The audit chain's lock first: every filing takes it before it checks the text, so
            // what is counted here is all that rests on the zero draft.
            let _ = crate::identity::audit_head!(&mut *tx, engine);
            let (stage, revision, resting): (String, i64, i64) = sqlx::query_as(
                "SELECT stage, current_revision, (SELECT COUNT(*) FROM negotiation_proposals WHERE negotiation_id = \
                $1 AND revision = 0) + (SELECT COUNT(*) FROM negotiation_inputs WHERE negotiation_id = $1 AND \
                revision = 0) FROM negotiations WHERE id = $1",
            )
            .bind(&current.summary.id)
            .fetch_one(&mut *tx)
            .await?;
            if stage != Stage::Open.as_str() || revision != 0 || resting > 0 {
                return Err(Refusal::ZeroDraftInUse.into());
            }
            sqlx::query(
                "UPDATE negotiation_revisions SET text = $1, created_at = $2 WHERE negotiation_id = $3 AND number = 0",
            )
            .bind(&text)
            .bind(crate::now())
            .bind(&current.summary.id)
            .execute(&mut *tx)
            .await?;
            let details = serde_json::json!({
                "negotiation": current.summary.id,
                "paragraphs": { "before": current.revision.text.paragraphs.len(), "after": zero.paragraphs.len() },
            });
            append_audit!(
                tx,
                content(actor, "negotiation.zero_draft", format!("negotiation:{}", current.summary.id), None, details),
                engine
            );
            tx.commit().await?;
        });
        Ok(())
    }

    /// The Chair circulates the current revision under silence until `deadline`.
    pub async fn start_silence(&self, negotiation: &str, deadline: jiff::Timestamp, actor: &Actor) -> Result<()> {
        let current = self.negotiation(negotiation).await?;
        self.check_chair(&current, actor).await?;
        open_stage(&current)?;
        if deadline <= jiff::Timestamp::now() {
            return Err(Refusal::TimePassed { field: "deadline", given: deadline.to_string() }.into());
        }
        let engine = self.engine();
        let (deadline, at) = (stamp(deadline), crate::now());
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let n = sqlx::query(
                "UPDATE negotiations SET stage = 'silence' WHERE id = $1 AND stage = 'open' AND current_revision = $2",
            )
            .bind(&current.summary.id)
            .bind(current.revision.number)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if n != 1 {
                return Err(Refusal::UnderSilence.into());
            }
            // A revision is put under silence once; after a break the Chair revises, and the
            // next revision may be.
            let n = sqlx::query(
                "INSERT INTO negotiation_silences (negotiation_id, revision, deadline, started_at) VALUES ($1, $2, $3, $4) \
                ON CONFLICT DO NOTHING",
            )
            .bind(&current.summary.id)
            .bind(current.revision.number)
            .bind(&deadline)
            .bind(&at)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if n != 1 {
                return Err(Refusal::Invalid {
                    field: "silence".into(),
                    detail: format!(
                        "Rev.{} was under silence already and it was broken: build the next revision from the proposals, then circulate that one",
                        current.revision.number
                    ),
                }
                .into());
            }
            let details = serde_json::json!({ "revision": current.revision.number, "deadline": deadline });
            append_audit!(
                tx,
                content(actor, "silence.start", format!("negotiation:{}", current.summary.id), None, details),
                engine
            );
            tx.commit().await?;
        });
        Ok(())
    }

    /// A State breaks silence, once, before the deadline, with its reason. The negotiation
    /// goes back to the Chair (open again on the same revision for the Chair to revise).
    pub async fn break_silence(
        &self,
        negotiation: &str,
        state: &str,
        reason: &str,
        actor: &Actor,
        now: jiff::Timestamp,
    ) -> Result<()> {
        let current = self.negotiation(negotiation).await?;
        let Some(record) = current
            .silence
            .as_ref()
            .filter(|_| current.summary.stage == Stage::Silence || current.summary.stage == Stage::Open)
        else {
            return Err(match current.summary.stage {
                Stage::Adopted | Stage::Closed => Refusal::NegotiationClosed,
                _ => Refusal::Invalid { field: "silence".into(), detail: "the text is not under silence".into() },
            }
            .into());
        };
        let at = stamp(now);
        record.silence.check_break(state, reason, &at).map_err(|e| -> StoreError {
            use comity_negotiation::silence::SilenceError as E;
            match e {
                E::AlreadyBroken { state } => Refusal::SilenceBrokenAlready { state }.into(),
                E::Ended { deadline } => Refusal::SilenceEnded { deadline }.into(),
                E::NoReason => Refusal::Required { field: "silence_reason" }.into(),
            }
        })?;
        if record.outcome.as_deref() == Some("kept") {
            return Err(Refusal::SilenceEnded { deadline: record.silence.deadline.clone() }.into());
        }
        let engine = self.engine();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            // The primary key counts a State once, whatever two nodes take at the same moment.
            let n = sqlx::query(
                "INSERT INTO negotiation_silence_breaks (negotiation_id, revision, state, reason, account_id, at) \
                VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
            )
            .bind(&current.summary.id)
            .bind(current.revision.number)
            .bind(state)
            .bind(reason.trim())
            .bind(&actor.account)
            .bind(&at)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if n != 1 {
                return Err(Refusal::SilenceBrokenAlready { state: state.to_string() }.into());
            }
            sqlx::query(
                "UPDATE negotiation_silences SET outcome = 'broken', settled_at = $1 WHERE negotiation_id = $2 AND \
                revision = $3 AND outcome IS NULL",
            )
            .bind(&at)
            .bind(&current.summary.id)
            .bind(current.revision.number)
            .execute(&mut *tx)
            .await?;
            sqlx::query("UPDATE negotiations SET stage = 'open' WHERE id = $1 AND stage = 'silence'")
                .bind(&current.summary.id)
                .execute(&mut *tx)
                .await?;
            let details = serde_json::json!({ "revision": current.revision.number, "negotiation": current.summary.id });
            append_audit!(
                tx,
                content(
                    actor,
                    "silence.break",
                    format!("negotiation:{}", current.summary.id),
                    Some(state.to_string()),
                    details
                ),
                engine
            );
            tx.commit().await?;
        });
        Ok(())
    }

    /// Adopts every text whose silence ran to its deadline unbroken: each once, whichever node
    /// looks first (the update that settles it is conditional). Returns the negotiations adopted.
    pub async fn settle_silences(&self, now: jiff::Timestamp) -> Result<Vec<String>> {
        let at = stamp(now);
        let engine = self.engine();
        let mut adopted = Vec::new();
        let due: Vec<(String, i64)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT negotiation_id, revision FROM negotiation_silences WHERE outcome IS NULL AND deadline <= $1",
            )
            .bind(&at)
            .fetch_all(pool)
            .await?
        });
        for (negotiation_id, revision) in due {
            with_pool!(self, |pool| {
                let _turn = self.write_turn().await;
                let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
                let n = sqlx::query(
                    "UPDATE negotiation_silences SET outcome = 'kept', settled_at = $1 WHERE negotiation_id = $2 AND \
                    revision = $3 AND outcome IS NULL AND deadline <= $1",
                )
                .bind(&at)
                .bind(&negotiation_id)
                .bind(revision)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if n == 1 {
                    sqlx::query(
                        "UPDATE negotiations SET stage = 'adopted', adopted_at = $1, adopted_how = 'silence' WHERE id = $2",
                    )
                    .bind(&at)
                    .bind(&negotiation_id)
                    .execute(&mut *tx)
                    .await?;
                    let details = serde_json::json!({ "revision": revision, "how": "silence" });
                    append_audit!(
                        tx,
                        content(
                            &Actor::system(),
                            "negotiation.adopt",
                            format!("negotiation:{negotiation_id}"),
                            None,
                            details
                        ),
                        engine
                    );
                    adopted.push(negotiation_id.clone());
                }
                tx.commit().await?;
            });
        }
        Ok(adopted)
    }

    /// Adopts the current revision by consensus at a meeting. With the symbol it is issued
    /// under (`A/AC.292/2025/CRP.1`) the adopted text enters the document record in the same
    /// transaction; without, the Chair issues it later ([`Store::issue_adopted_text`]).
    pub async fn adopt_negotiation(&self, negotiation: &str, symbol: Option<&str>, actor: &Actor) -> Result<()> {
        let current = self.negotiation(negotiation).await?;
        self.check_chair(&current, actor).await?;
        open_stage(&current)?;
        let symbol = symbol.map(symbol_given).transpose()?;
        let engine = self.engine();
        let at = crate::now();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let n = sqlx::query(
                "UPDATE negotiations SET stage = 'adopted', adopted_at = $1, adopted_how = 'consensus', symbol = $2 \
                WHERE id = $3 AND stage = 'open'",
            )
            .bind(&at)
            .bind(&symbol)
            .bind(&current.summary.id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if n != 1 {
                return Err(Refusal::NegotiationClosed.into());
            }
            if let Some(symbol) = &symbol {
                enter_record!(&mut *tx, self, &current, symbol, &at);
            }
            let details =
                serde_json::json!({ "revision": current.revision.number, "how": "consensus", "symbol": symbol });
            append_audit!(
                tx,
                content(actor, "negotiation.adopt", format!("negotiation:{}", current.summary.id), None, details),
                engine
            );
            tx.commit().await?;
        });
        Ok(())
    }

    /// Issues an adopted text that has no symbol yet (adopted by silence, or at a meeting
    /// before its symbol was known) under `symbol`: it enters the document record, once.
    pub async fn issue_adopted_text(&self, negotiation: &str, symbol: &str, actor: &Actor) -> Result<()> {
        let current = self.negotiation(negotiation).await?;
        self.check_chair(&current, actor).await?;
        match (current.summary.stage, &current.summary.symbol) {
            (Stage::Adopted, None) => {}
            (Stage::Adopted, Some(issued)) => return Err(Refusal::IssuedAlready { symbol: issued.clone() }.into()),
            _ => return Err(Refusal::IssueBeforeAdoption.into()),
        }
        let symbol = symbol_given(symbol)?;
        let adopted_at = current.summary.adopted_at.clone().unwrap_or_else(crate::now);
        let engine = self.engine();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let n = sqlx::query(
                "UPDATE negotiations SET symbol = $1 WHERE id = $2 AND stage = 'adopted' AND symbol IS NULL",
            )
            .bind(&symbol)
            .bind(&current.summary.id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if n != 1 {
                return Err(Refusal::IssuedAlready { symbol: symbol.clone() }.into());
            }
            enter_record!(&mut *tx, self, &current, &symbol, &adopted_at);
            let details = serde_json::json!({ "revision": current.revision.number, "symbol": symbol });
            append_audit!(
                tx,
                content(actor, "negotiation.issue", format!("negotiation:{}", current.summary.id), None, details),
                engine
            );
            tx.commit().await?;
        });
        Ok(())
    }

    /// The negotiation whose adopted text was issued under `symbol`, by name.
    pub async fn negotiation_of_document(&self, symbol: &str) -> Result<Option<String>> {
        let row: Option<(String,)> = with_pool!(self, |pool| {
            sqlx::query_as("SELECT name FROM negotiations WHERE symbol = $1").bind(symbol).fetch_optional(pool).await?
        });
        Ok(row.map(|(name,)| name))
    }

    /// Where every paragraph of the current revision came from: the zero draft or the
    /// proposal that added it, and each proposal taken into it since, with the Chair's
    /// decision; once the text is issued, where each stands in the document of the record.
    pub async fn negotiation_lineage(&self, negotiation: &str) -> Result<NegotiationLineage> {
        let current = self.negotiation(negotiation).await?;
        let id = &current.summary.id;
        let mut revisions = Vec::with_capacity(current.revision.number as usize + 1);
        let mut proposals = Vec::new();
        for number in 0..=current.revision.number {
            revisions.push(self.negotiation_revision(id, number).await?.text);
            proposals.extend(self.negotiation_proposals(id, number).await?);
        }
        let rows: Vec<(String, String, Option<String>, String)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT d.proposal_id, d.outcome, d.merged_text, d.reason FROM negotiation_decisions d JOIN \
                negotiation_proposals p ON p.id = d.proposal_id WHERE p.negotiation_id = $1 ORDER BY d.decided_at",
            )
            .bind(id)
            .fetch_all(pool)
            .await?
        });
        let decisions = rows
            .into_iter()
            .map(|(proposal, outcome, text, reason)| Decision::from_parts(proposal, &outcome, text, reason))
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(internal)?;
        let lang = lang_of(&current)?;
        let record = match &current.summary.symbol {
            Some(symbol) => comity_negotiation::record::to_document(&current.revision.text, symbol, lang, None).1,
            None => Vec::new(),
        };
        Ok(NegotiationLineage {
            negotiation: current.summary.name.clone(),
            symbol: current.summary.symbol.clone(),
            revision: current.revision.number,
            paragraphs: comity_negotiation::record::lineage(&revisions, &proposals, &decisions, &record),
        })
    }
}

/// Every paragraph of a negotiation's current revision with its history.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NegotiationLineage {
    pub negotiation: String,
    /// The symbol the adopted text was issued under, once it is.
    pub symbol: Option<String>,
    /// The revision the paragraphs are of (0 for the zero draft).
    pub revision: i64,
    pub paragraphs: Vec<comity_negotiation::record::ParagraphLineage>,
}

/// A document symbol as given for an adopted text, in the record's form.
fn symbol_given(given: &str) -> Result<String> {
    comity_documents::normalise_symbol(given).ok_or_else(|| Refusal::NotASymbol { given: given.to_string() }.into())
}

fn lang_of(n: &Negotiation) -> Result<comity_i18n::Lang> {
    n.summary.lang.parse().map_err(|_| internal(format!("language {:?}", n.summary.lang)))
}

/// A State's explanation of position on an adopted text, with the paragraphs it
/// disassociates from.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = NegotiationExplanation))]
pub struct Explanation {
    pub state: String,
    /// Places of the adopted revision (`p7`) the State disassociates from.
    pub disassociates: Vec<String>,
    pub explanation: String,
    /// RFC 3339, UTC.
    pub at: String,
}

impl Store {
    /// Records a State's explanation of position on the adopted text and the paragraphs it
    /// disassociates from (again, it replaces the first). Only once the text is adopted, and
    /// only on paragraphs of the adopted revision.
    pub async fn record_explanation(
        &self,
        negotiation: &str,
        state: &str,
        disassociates: &[String],
        explanation: &str,
        actor: &Actor,
    ) -> Result<()> {
        let current = self.negotiation(negotiation).await?;
        match current.summary.stage {
            Stage::Adopted => {}
            Stage::Closed => return Err(Refusal::NegotiationClosed.into()),
            Stage::Open | Stage::Silence => return Err(Refusal::NotAdoptedYet.into()),
        }
        let explanation = explanation.trim();
        if explanation.is_empty() {
            return Err(Refusal::Required { field: "explanation" }.into());
        }
        if explanation.chars().count() > comity_negotiation::proposal::MAX_WORDS {
            return Err(Refusal::BadProposal(comity_negotiation::proposal::ProposalError::Justification {
                max: comity_negotiation::proposal::MAX_WORDS,
            })
            .into());
        }
        let mut places: Vec<String> = Vec::new();
        for place in disassociates {
            if current.revision.text.paragraph(place).is_none() {
                return Err(Refusal::NotInRevision { revision: current.revision.number }.into());
            }
            if !places.contains(place) {
                places.push(place.clone());
            }
        }
        let engine = self.engine();
        let (at, places_json) = (crate::now(), json(&places)?);
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            sqlx::query(
                "INSERT INTO negotiation_explanations (negotiation_id, state, disassociates, explanation, account_id, at) \
                VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (negotiation_id, state) DO UPDATE SET \
                disassociates = excluded.disassociates, explanation = excluded.explanation, \
                account_id = excluded.account_id, at = excluded.at",
            )
            .bind(&current.summary.id)
            .bind(state)
            .bind(&places_json)
            .bind(explanation)
            .bind(&actor.account)
            .bind(&at)
            .execute(&mut *tx)
            .await?;
            let details = serde_json::json!({ "negotiation": current.summary.id, "disassociates": places });
            append_audit!(
                tx,
                content(
                    actor,
                    "negotiation.explain",
                    format!("negotiation:{}", current.summary.id),
                    Some(state.to_string()),
                    details
                ),
                engine
            );
            tx.commit().await?;
        });
        Ok(())
    }

    /// The explanations of position recorded on a negotiation, by State code (the compendium
    /// puts them in the UN's order of States).
    pub async fn negotiation_explanations(&self, negotiation_id: &str) -> Result<Vec<Explanation>> {
        let rows: Vec<(String, String, String, String)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT state, disassociates, explanation, at FROM negotiation_explanations \
                WHERE negotiation_id = $1 ORDER BY state",
            )
            .bind(negotiation_id)
            .fetch_all(pool)
            .await?
        });
        rows.into_iter()
            .map(|(state, places, explanation, at)| {
                Ok(Explanation { state, disassociates: from_json(&places)?, explanation, at })
            })
            .collect()
    }
}

/// Proposals are taken in an open negotiation only.
fn open_stage(n: &Negotiation) -> Result<()> {
    stage_open(n.summary.stage)
}

fn stage_open(stage: Stage) -> Result<()> {
    match stage {
        Stage::Open => Ok(()),
        Stage::Silence => Err(Refusal::UnderSilence.into()),
        Stage::Adopted | Stage::Closed => Err(Refusal::NegotiationClosed.into()),
    }
}

/// Whether the current revision takes a proposal at `now`, and whether it is late.
fn open_for_proposals(stage: Stage, revision: &Revision, now: jiff::Timestamp) -> Result<bool> {
    stage_open(stage)?;
    let at = stamp(now);
    match &revision.deadline {
        Some(deadline) if at.as_str() > deadline.as_str() => match &revision.reopened_until {
            Some(until) if at.as_str() <= until.as_str() => Ok(true),
            _ => Err(Refusal::ProposalsClosed { deadline: deadline.clone() }.into()),
        },
        _ => Ok(false),
    }
}
