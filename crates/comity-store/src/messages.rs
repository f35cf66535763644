//! Requests and notifications between States in the database: a message and the States it is
//! addressed to, written with the notices to their contacts (through the mail outbox) and the
//! audit entry in one transaction; threads read under TLP (every opening audited);
//! acknowledgements; escalation of what is not acknowledged in time; the TAXII status
//! resources of what CERTs post.
// Rows are read as tuples that mirror their SELECT lists, next to the query.
#![allow(clippy::type_complexity)]

use comity_contacts::messages::{Audience, Draft, Kind, Reader, Tlp, Urgency, reply_marking_allowed};
use comity_contacts::stix;
use serde::Serialize;
use sqlx::Row as _;

use crate::checks::stamp;
use crate::identity::{Actor, append_audit, content};
use crate::refused;
use crate::{Result, Store, StoreError, with_pool};

/// What a notice of a message to one person is made from: never the message's words, only
/// what kind of message waits and by when to acknowledge it.
pub struct MessageNotice<'a> {
    pub thread_id: &'a str,
    pub sender_state: &'a str,
    pub recipient_name: &'a str,
    /// The person's working languages, most preferred first (ISO 639-1).
    pub languages: &'a [String],
    pub kind: Kind,
    pub urgency: Urgency,
    pub tlp: Tlp,
    pub deadline: &'a str,
    /// The message was not acknowledged in time and now goes to the diplomatic contacts.
    pub escalated: bool,
}

/// A message as a reader sees it, with the States it went to and their acknowledgements.
#[derive(Debug, Clone, Serialize)]
pub struct MessageView {
    pub id: String,
    pub thread_id: String,
    pub in_reply_to: Option<String>,
    pub replies_to_opening: bool,
    pub sender_state: String,
    pub sender_account: String,
    pub created_at: String,
    pub draft: Draft,
    /// Account ids of the persons named (TLP:RED); `draft.named` holds their emails.
    pub named_accounts: Vec<String>,
    pub recipients: Vec<RecipientState>,
}

/// A file attached to a message.
#[derive(Debug, Clone, Serialize)]
pub struct MessageAttachment {
    pub id: String,
    pub message_id: String,
    pub name: String,
    pub media_type: String,
    pub size: i64,
    pub sha256: String,
}

/// A State a message went to.
#[derive(Debug, Clone, Serialize)]
pub struct RecipientState {
    pub state: String,
    pub deadline: String,
    pub stage: i64,
    pub acknowledged_at: Option<String>,
}

impl MessageView {
    fn audience(&self) -> (Vec<String>, Audience<'_>) {
        let recipients: Vec<String> = self.recipients.iter().map(|r| r.state.clone()).collect();
        (
            recipients.clone(),
            Audience {
                sender_state: &self.sender_state,
                sender_account: &self.sender_account,
                recipients: &[],
                named: &self.named_accounts,
                tlp: self.draft.tlp,
            },
        )
    }

    /// Whether `reader` may read this message under its marking.
    pub fn readable_by(&self, reader: &Reader) -> bool {
        let (recipients, audience) = self.audience();
        Audience { recipients: &recipients, ..audience }.may_read(reader)
    }

    /// The message in its STIX form.
    pub fn stix(&self) -> stix::Message {
        stix::Message {
            id: self.id.clone(),
            thread_id: self.thread_id.clone(),
            in_reply_to: self.in_reply_to.clone(),
            replies_to_opening: self.replies_to_opening,
            sender_state: self.sender_state.clone(),
            created_at: self.created_at.clone(),
            draft: self.draft.clone(),
        }
    }

    /// Whether `state` still has to acknowledge it.
    pub fn awaits(&self, state: &str) -> bool {
        self.recipients.iter().any(|r| r.state == state && r.acknowledged_at.is_none())
    }
}

/// Which messages to read: a State's (sent or received), one thread's, a page after a message.
#[derive(Debug, Clone, Default)]
pub struct MessageFilter<'a> {
    pub thread: Option<&'a str>,
    pub after_id: Option<&'a str>,
    pub added_after: Option<&'a str>,
    pub id: Option<&'a str>,
}

/// A message sent: its id and thread, and how many people were told.
#[derive(Debug, Clone, Serialize)]
pub struct Sent {
    pub id: String,
    pub thread_id: String,
    pub notified: usize,
    /// The same message (same id, same sender) had been taken before: nothing new written.
    pub already_held: bool,
}

/// Messages waiting for the next group commit.
pub(crate) struct MessageJob {
    prepared: Vec<PreparedMessage>,
    /// (id, account, body) of a TAXII status resource.
    status: Option<(String, String, String)>,
    actor: Actor,
}

/// Most jobs one group commit takes.
const GROUP_COMMIT_MAX: usize = 64;

fn write_messages<'a>(
    store: &'a Store,
    jobs: &'a [MessageJob],
) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Vec<Result<()>>>> + Send + 'a>> {
    Box::pin(write_message_jobs(store, jobs))
}

/// One transaction for several jobs, each in a savepoint: a job that fails (the same message
/// posted twice at once, say) is rolled back alone.
async fn write_message_jobs(store: &Store, jobs: &[MessageJob]) -> Result<Vec<Result<()>>> {
    let engine = store.engine();
    with_pool!(store, |pool| {
        let _turn = store.write_turn().await;
        let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
        let mut outcomes = Vec::with_capacity(jobs.len());
        for job in jobs {
            let mut sp = sqlx::Connection::begin(&mut *tx).await?;
            let written: Result<()> = async {
                for p in job.prepared.iter().filter(|p| !p.already_held) {
                    let (id, draft) = (&p.id, &p.draft);
                    let elements = serde_json::to_string(&draft.elements).map_err(refused)?;
                    sqlx::query("INSERT INTO messages (id, thread_id, in_reply_to, sender_state, sender_account, kind, subject, sector, window_start, window_end, urgency, tlp, elements, body, created_at, via) \
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)")
                        .bind(id).bind(&p.thread_id).bind(&p.in_reply_to).bind(&p.sender.state).bind(&p.sender.account_id).bind(draft.kind.as_str())
                        .bind(&draft.subject).bind(&draft.sector).bind(&draft.window_start).bind(&draft.window_end).bind(draft.urgency.as_str())
                        .bind(draft.tlp.as_str()).bind(&elements).bind(&draft.body).bind(&p.created_at).bind(&p.via)
                        .execute(&mut *sp).await?;
                    for state in &p.recipients {
                        sqlx::query("INSERT INTO message_recipients (message_id, state, deadline) VALUES ($1, $2, $3)")
                            .bind(id).bind(state).bind(&p.deadline).execute(&mut *sp).await?;
                    }
                    for account in &p.named {
                        sqlx::query("INSERT INTO message_named (message_id, account_id) VALUES ($1, $2)").bind(id).bind(account).execute(&mut *sp).await?;
                    }
                    for (name, email, subject, body) in &p.notices {
                        sqlx::query("INSERT INTO mail_outbox (id, recipient_name, recipient, subject, body, created_at, next_attempt_at) VALUES ($1, $2, $3, $4, $5, $6, $6)")
                            .bind(uuid::Uuid::now_v7().to_string()).bind(name).bind(email).bind(subject).bind(body).bind(&p.created_at)
                            .execute(&mut *sp).await?;
                    }
                    // Answering acknowledges, for the replying State, what of the thread its author may read.
                    for acknowledged in &p.acknowledges {
                        sqlx::query("UPDATE message_recipients SET acknowledged_at = $1, acknowledged_by = $2 WHERE message_id = $3 AND state = $4 AND acknowledged_at IS NULL")
                            .bind(&p.created_at).bind(&p.sender.account_id).bind(acknowledged).bind(&p.sender.state).execute(&mut *sp).await?;
                    }
                    let details = serde_json::json!({
                        "thread": p.thread_id, "kind": draft.kind.as_str(), "urgency": draft.urgency.as_str(), "tlp": draft.tlp.as_str(),
                        "recipients": p.recipients, "named": p.named.len(), "notified": p.notices.len(), "via": p.via,
                    });
                    append_audit!(sp, content(&job.actor, "message.send", format!("message:{id}"), Some(p.sender.state.clone()), details), engine);
                }
                if let Some((status_id, account, body)) = &job.status {
                    sqlx::query("INSERT INTO taxii_statuses (id, account_id, created_at, body) VALUES ($1, $2, $3, $4)")
                        .bind(status_id).bind(account).bind(crate::now()).bind(body).execute(&mut *sp).await?;
                }
                Ok(())
            }
            .await;
            match written {
                Ok(()) => {
                    sp.commit().await?;
                    outcomes.push(Ok(()));
                }
                Err(e) => {
                    sp.rollback().await?;
                    outcomes.push(Err(e));
                }
            }
        }
        tx.commit().await?;
        Ok(outcomes)
    })
}

/// A message checked and ready to write (see [`Store::prepare_message`]).
#[derive(Debug, Clone)]
pub struct PreparedMessage {
    pub id: String,
    pub thread_id: String,
    in_reply_to: Option<String>,
    sender: Reader,
    draft: Draft,
    recipients: Vec<String>,
    /// Account ids of the persons named.
    named: Vec<String>,
    /// (name, email, subject, body) of each notice.
    notices: Vec<(String, String, String, String)>,
    deadline: String,
    created_at: String,
    via: String,
    /// The same message was taken before: nothing to write.
    pub already_held: bool,
    /// The messages of the thread this reply acknowledges for its sender's State: those it
    /// awaits and the sender may read, never one beyond the sender's marking.
    acknowledges: Vec<String>,
}

/// The one answer for a posted object that names an id, a message or a thread its poster may
/// not know of: the same whether it exists or not, so refusals tell nothing of other threads.
pub const NOT_TAKEN: &str = "not taken: its id, or a message or thread it names, is not one this account can use";

impl PreparedMessage {
    fn held(id: String, thread_id: String) -> PreparedMessage {
        PreparedMessage {
            id,
            thread_id,
            in_reply_to: None,
            sender: Reader { account_id: String::new(), state: String::new(), contact_role: false },
            draft: Draft {
                kind: Kind::Notification,
                subject: String::new(),
                sector: None,
                window_start: None,
                window_end: None,
                urgency: Urgency::Medium,
                tlp: Tlp::Clear,
                elements: Vec::new(),
                body: String::new(),
                recipients: Vec::new(),
                named: Vec::new(),
            },
            recipients: Vec::new(),
            named: Vec::new(),
            notices: Vec::new(),
            deadline: String::new(),
            created_at: String::new(),
            via: String::new(),
            already_held: true,
            acknowledges: Vec::new(),
        }
    }

    /// What sending it came to.
    pub fn sent(&self) -> Sent {
        Sent {
            id: self.id.clone(),
            thread_id: self.thread_id.clone(),
            notified: self.notices.len(),
            already_held: self.already_held,
        }
    }
}

/// How a message enters: from the portal, or from a CERT over TAXII with its own ids.
#[derive(Debug, Clone, Default)]
pub struct Origin<'a> {
    /// `portal` or `taxii`.
    pub via: &'a str,
    pub message_id: Option<&'a str>,
    pub thread_id: Option<&'a str>,
    /// A reply without its own urgency keeps the message it answers'.
    pub inherit_urgency: bool,
}

/// A message not acknowledged in time, as the directory manager sees it: who wrote to whom,
/// how urgent and how marked, never what it says.
#[derive(Debug, Clone, Serialize)]
pub struct Escalated {
    pub message_id: String,
    pub sender_state: String,
    pub state: String,
    pub kind: Kind,
    pub urgency: Urgency,
    pub tlp: Tlp,
    pub created_at: String,
    pub deadline: String,
    pub stage: i64,
}

type MessageRow = (
    String,
    String,
    Option<String>,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
    String,
    String,
    String,
    String,
    i64,
);

const MESSAGE_COLUMNS: &str = "m.id, m.thread_id, m.in_reply_to, m.sender_state, m.sender_account, m.kind, m.subject, m.sector, \
    m.window_start, m.window_end, m.urgency, m.tlp, m.elements, m.body, m.created_at, \
    CAST(CASE WHEN m.in_reply_to IS NULL THEN 0 WHEN EXISTS (SELECT 1 FROM messages p WHERE p.id = m.in_reply_to AND p.in_reply_to IS NULL) THEN 1 ELSE 0 END AS BIGINT)";

fn placeholders(from: usize, n: usize) -> String {
    (from..from + n).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ")
}

impl Store {
    /// Sends a message (checked with [`Draft::checked`] first) for `sender`: a new thread to
    /// the draft's recipient States, or, with `in_reply_to`, a reply to the other States of
    /// the thread. Each recipient State must have a listed contact; its technical contacts
    /// (the diplomatic ones if it has none; at TLP:RED only the persons named) are told by
    /// mail through the outbox, with `compose` writing each notice. A reply may not loosen
    /// the marking of what it answers, and acknowledges the thread for the replying State.
    pub async fn send_message(
        &self,
        sender: &Reader,
        draft: &Draft,
        in_reply_to: Option<&str>,
        origin: &Origin<'_>,
        compose: impl Fn(&MessageNotice<'_>) -> (String, String),
        actor: &Actor,
    ) -> Result<Sent> {
        let prepared = self.prepare_message(sender, draft, in_reply_to, origin, compose).await?;
        self.commit_messages(std::slice::from_ref(&prepared), None, actor).await?;
        Ok(prepared.sent())
    }

    /// Everything [`Store::send_message`] checks and reads, nothing written: what
    /// [`Store::commit_messages`] then writes, alone or with others in one transaction.
    pub async fn prepare_message(
        &self,
        sender: &Reader,
        draft: &Draft,
        in_reply_to: Option<&str>,
        origin: &Origin<'_>,
        compose: impl Fn(&MessageNotice<'_>) -> (String, String),
    ) -> Result<PreparedMessage> {
        let mut draft = draft.clone();
        let at = jiff::Timestamp::now();
        let created_at = stamp(at);
        let id = match origin.message_id {
            Some(given) => given.to_string(),
            None => uuid::Uuid::now_v7().to_string(),
        };
        // An id a CERT chose may have been taken before (a post sent again): the same State's,
        // readable by the poster, is held already; any other is refused as an unknown would be.
        // (A fresh id needs no look.)
        if origin.message_id.is_some()
            && let Some(existing) =
                self.message_rows(&MessageFilter { id: Some(&id), ..Default::default() }, None, 1).await?.pop()
        {
            if existing.sender_state == sender.state && existing.readable_by(sender) {
                return Ok(PreparedMessage::held(id, existing.thread_id));
            }
            return Err(refused(NOT_TAKEN));
        }
        let mut acknowledges = Vec::new();
        let (thread_id, recipients) = match in_reply_to {
            Some(parent_id) => {
                let parent = self.readable_message(parent_id, sender).await.map_err(|e| match e {
                    StoreError::NotFound(_) => refused(NOT_TAKEN),
                    other => other,
                })?;
                // A reply names no thread but the one of what it answers.
                if origin.thread_id.is_some_and(|t| t != parent.thread_id) {
                    return Err(refused(NOT_TAKEN));
                }
                reply_marking_allowed(parent.draft.tlp, draft.tlp).map_err(refused)?;
                if origin.inherit_urgency {
                    draft.urgency = parent.draft.urgency;
                }
                let opening = self
                    .message_rows(&MessageFilter { id: Some(&parent.thread_id), ..Default::default() }, None, 1)
                    .await?
                    .pop()
                    .unwrap_or(parent.clone());
                let mut parties: Vec<String> = vec![opening.sender_state.clone()];
                parties.extend(opening.recipients.iter().map(|r| r.state.clone()));
                parties.retain(|s| *s != sender.state);
                parties.dedup();
                let thread = MessageFilter { thread: Some(&parent.thread_id), ..Default::default() };
                acknowledges = self
                    .messages_for(sender, &thread, 10_000)
                    .await?
                    .into_iter()
                    .filter(|m| m.awaits(&sender.state))
                    .map(|m| m.id)
                    .collect();
                (parent.thread_id, parties)
            }
            None => {
                if draft.recipients.contains(&sender.state) {
                    return Err(refused(format!("{} cannot write to itself", sender.state)));
                }
                // A report opens a thread of its own: the incident it names must be new.
                if let Some(named) = origin.thread_id.filter(|t| *t != id) {
                    let thread = MessageFilter { thread: Some(named), ..Default::default() };
                    if let Some(existing) = self.message_rows(&thread, None, 1).await?.pop() {
                        return Err(refused(if existing.readable_by(sender) {
                            "this thread is open already: answer it with a note, not a new report"
                        } else {
                            NOT_TAKEN
                        }));
                    }
                }
                (origin.thread_id.map(str::to_string).unwrap_or_else(|| id.clone()), draft.recipients.clone())
            }
        };
        if recipients.is_empty() {
            return Err(refused("nobody else is in this thread to receive a reply"));
        }
        // The persons named (TLP:RED) must be Points of Contact of a recipient State.
        let mut named: Vec<(String, String, String, String, String)> = Vec::new();
        for email in &draft.named {
            let found: Vec<(String, String, String, String)> = with_pool!(self, |pool| {
                sqlx::query_as(
                    "SELECT a.id, a.name, a.lang, m.org FROM accounts a JOIN memberships m ON m.account_id = a.id \
                    WHERE a.email = $1 AND a.disabled_at IS NULL AND m.role IN ('poc_diplomatic', 'poc_technical')",
                )
                .bind(email)
                .fetch_all(pool)
                .await?
            });
            match found.into_iter().find(|(_, _, _, org)| recipients.contains(org)) {
                Some((account, name, lang, org)) => named.push((account, name, lang, org, email.clone())),
                None => {
                    return Err(refused(format!(
                        "{email} is not a Point of Contact of {} in Comity: TLP:RED goes only to persons who can sign in",
                        recipients.join(", ")
                    )));
                }
            }
        }
        let deadline = stamp(at.checked_add(draft.urgency.acknowledge_within()).map_err(refused)?);
        // The people told, by State: (name, email, languages).
        let mut notices = Vec::new();
        for state in &recipients {
            // One read tells whether the State has a listed contact and whom to tell.
            let listed = self.contacts_to_tell(state, comity_contacts::Category::Technical).await?;
            if listed.is_empty() {
                return Err(refused(format!(
                    "{state} has no listed Point of Contact yet: a message to it would reach nobody"
                )));
            }
            let people: Vec<(String, String, Vec<String>)> = if draft.tlp == Tlp::Red {
                named
                    .iter()
                    .filter(|n| n.3 == *state)
                    .map(|(_, name, lang, _, email)| (name.clone(), email.clone(), vec![lang.clone()]))
                    .collect()
            } else {
                listed
            };
            for (name, email, languages) in people {
                let (subject, body) = compose(&MessageNotice {
                    thread_id: &thread_id,
                    sender_state: &sender.state,
                    recipient_name: &name,
                    languages: &languages,
                    kind: draft.kind,
                    urgency: draft.urgency,
                    tlp: draft.tlp,
                    deadline: &deadline,
                    escalated: false,
                });
                notices.push((name, email, subject, body));
            }
        }
        Ok(PreparedMessage {
            id,
            thread_id,
            in_reply_to: in_reply_to.map(str::to_string),
            sender: sender.clone(),
            draft,
            recipients,
            named: named.into_iter().map(|n| n.0).collect(),
            notices,
            deadline,
            created_at,
            via: origin.via.to_string(),
            already_held: false,
            acknowledges,
        })
    }

    /// Writes prepared messages — each with its recipients, persons named, notices in the
    /// outbox and audit entry — and a TAXII status resource (id, account, body) when given,
    /// all in one transaction: all of it, or nothing. Calls that arrive together share one
    /// transaction and one flush to disk (each in a savepoint of its own, so that one refused
    /// leaves the others be).
    pub async fn commit_messages(
        &self,
        prepared: &[PreparedMessage],
        status: Option<(&str, &str, &serde_json::Value)>,
        actor: &Actor,
    ) -> Result<()> {
        let job = MessageJob {
            prepared: prepared.to_vec(),
            status: status.map(|(id, account, body)| (id.to_string(), account.to_string(), body.to_string())),
            actor: actor.clone(),
        };
        self.in_group(&self.message_commits, (GROUP_COMMIT_MAX, "messages", write_messages), job).await
    }

    /// The listed contacts of a State to tell of a message: those of `category`, or of the
    /// other category when the State has none. (name, first email, languages).
    async fn contacts_to_tell(
        &self,
        state: &str,
        category: comity_contacts::Category,
    ) -> Result<Vec<(String, String, Vec<String>)>> {
        let listed = self.contacts(Some(state), true).await?;
        let of = |k: comity_contacts::Category| -> Vec<(String, String, Vec<String>)> {
            listed
                .iter()
                .filter(|c| c.contact.category == k)
                .filter_map(|c| {
                    c.contact.emails.first().map(|e| (c.contact.name.clone(), e.clone(), c.contact.languages.clone()))
                })
                .collect()
        };
        let chosen = of(category);
        Ok(if chosen.is_empty() {
            of(match category {
                comity_contacts::Category::Technical => comity_contacts::Category::Diplomatic,
                comity_contacts::Category::Diplomatic => comity_contacts::Category::Technical,
            })
        } else {
            chosen
        })
    }

    /// Messages matching `filter` that involve `state` (sent or received; None: any), in id
    /// order, at most `limit`, with their recipients and named persons. Not filtered by
    /// marking: callers keep only what the reader may read.
    async fn message_rows(
        &self,
        filter: &MessageFilter<'_>,
        state: Option<&str>,
        limit: i64,
    ) -> Result<Vec<MessageView>> {
        let sql = format!(
            "SELECT {MESSAGE_COLUMNS} FROM messages m WHERE \
             (CAST($1 AS TEXT) IS NULL OR m.sender_state = $1 OR EXISTS (SELECT 1 FROM message_recipients r WHERE r.message_id = m.id AND r.state = $1)) \
             AND (CAST($2 AS TEXT) IS NULL OR m.thread_id = $2) AND (CAST($3 AS TEXT) IS NULL OR m.id > $3) \
             AND (CAST($4 AS TEXT) IS NULL OR m.created_at > $4) AND (CAST($5 AS TEXT) IS NULL OR m.id = $5) ORDER BY m.id LIMIT $6"
        );
        let rows: Vec<MessageRow> = with_pool!(self, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
                .bind(state)
                .bind(filter.thread)
                .bind(filter.after_id)
                .bind(filter.added_after)
                .bind(filter.id)
                .bind(limit)
                .fetch_all(pool)
                .await?
        });
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let ids: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
        let recipients_sql = format!(
            "SELECT message_id, state, deadline, stage, acknowledged_at FROM message_recipients WHERE message_id IN ({}) ORDER BY state",
            placeholders(1, ids.len())
        );
        let named_sql = format!(
            "SELECT n.message_id, n.account_id, a.email FROM message_named n JOIN accounts a ON a.id = n.account_id WHERE n.message_id IN ({}) ORDER BY a.email",
            placeholders(1, ids.len())
        );
        let (recipients, named): (Vec<(String, String, String, i64, Option<String>)>, Vec<(String, String, String)>) =
            with_pool!(self, |pool| {
                let mut q = sqlx::query_as(sqlx::AssertSqlSafe(recipients_sql.as_str()));
                for id in &ids {
                    q = q.bind(*id);
                }
                let recipients = q.fetch_all(pool).await?;
                let mut q = sqlx::query_as(sqlx::AssertSqlSafe(named_sql.as_str()));
                for id in &ids {
                    q = q.bind(*id);
                }
                (recipients, q.fetch_all(pool).await?)
            });
        rows.into_iter()
            .map(|r| {
                let (id, thread_id, in_reply_to, sender_state, sender_account, kind, subject, sector) =
                    (r.0, r.1, r.2, r.3, r.4, r.5, r.6, r.7);
                let damaged = |what: &str| StoreError::Damaged(format!("message {id} is damaged: {what}"));
                let draft = Draft {
                    kind: Kind::parse(&kind).ok_or_else(|| damaged("kind"))?,
                    subject,
                    sector,
                    window_start: r.8,
                    window_end: r.9,
                    urgency: Urgency::parse(&r.10).ok_or_else(|| damaged("urgency"))?,
                    tlp: Tlp::parse(&r.11).ok_or_else(|| damaged("tlp"))?,
                    elements: serde_json::from_str(&r.12).map_err(|_| damaged("elements"))?,
                    body: r.13,
                    recipients: recipients.iter().filter(|x| x.0 == id).map(|x| x.1.clone()).collect(),
                    named: named.iter().filter(|x| x.0 == id).map(|x| x.2.clone()).collect(),
                };
                Ok(MessageView {
                    named_accounts: named.iter().filter(|x| x.0 == id).map(|x| x.1.clone()).collect(),
                    recipients: recipients
                        .iter()
                        .filter(|x| x.0 == id)
                        .map(|x| RecipientState {
                            state: x.1.clone(),
                            deadline: x.2.clone(),
                            stage: x.3,
                            acknowledged_at: x.4.clone(),
                        })
                        .collect(),
                    id,
                    thread_id,
                    in_reply_to,
                    replies_to_opening: r.15 == 1,
                    sender_state,
                    sender_account,
                    created_at: r.14,
                    draft,
                })
            })
            .collect()
    }

    /// A message `reader` may read; any other (unknown, another State's, or marked beyond
    /// the reader) is answered alike, as not found.
    async fn readable_message(&self, id: &str, reader: &Reader) -> Result<MessageView> {
        self.message_rows(&MessageFilter { id: Some(id), ..Default::default() }, Some(&reader.state), 1)
            .await?
            .pop()
            .filter(|m| m.readable_by(reader))
            .ok_or(StoreError::NotFound("message"))
    }

    /// The messages `reader` may read, in id order, after `filter`'s cursor, at most `limit`
    /// of them: pages of the State's messages with those beyond the reader's marking left out.
    pub async fn messages_for(
        &self,
        reader: &Reader,
        filter: &MessageFilter<'_>,
        limit: usize,
    ) -> Result<Vec<MessageView>> {
        let mut out = Vec::new();
        let mut after = filter.after_id.map(str::to_string);
        let batch = (limit as i64 + 1).clamp(16, 1000);
        loop {
            let page = self
                .message_rows(
                    &MessageFilter { after_id: after.as_deref(), ..filter.clone() },
                    Some(&reader.state),
                    batch,
                )
                .await?;
            let full = page.len() as i64 == batch;
            after = page.last().map(|m| m.id.clone());
            out.extend(page.into_iter().filter(|m| m.readable_by(reader)));
            if out.len() >= limit || !full {
                out.truncate(limit);
                return Ok(out);
            }
        }
    }

    /// A thread as `reader` may read it, in time order; its opening is audited (who opened
    /// which messages). None when the reader may read none of it.
    pub async fn open_thread(
        &self,
        thread_id: &str,
        reader: &Reader,
        actor: &Actor,
    ) -> Result<Option<Vec<MessageView>>> {
        let mut messages =
            self.messages_for(reader, &MessageFilter { thread: Some(thread_id), ..Default::default() }, 10_000).await?;
        if messages.is_empty() {
            return Ok(None);
        }
        messages.sort_by(|a, b| a.created_at.cmp(&b.created_at).then(a.id.cmp(&b.id)));
        self.audit_opening(&messages, reader, actor, false).await?;
        Ok(Some(messages))
    }

    /// Records who opened which messages: every opening of a thread page; for a CERT's TAXII
    /// reads (`first_only`), the first time the account takes each message, so that polling
    /// writes nothing new. Reading changes nothing else: acknowledging is a POST (or a reply).
    pub async fn audit_opening(
        &self,
        messages: &[MessageView],
        reader: &Reader,
        actor: &Actor,
        first_only: bool,
    ) -> Result<()> {
        if messages.is_empty() {
            return Ok(());
        }
        let read_before: Vec<(String,)> = with_pool!(self, |pool| {
            let sql = format!(
                "SELECT message_id FROM message_reads WHERE account_id = $1 AND message_id IN ({})",
                placeholders(2, messages.len())
            );
            let mut q = sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(&reader.account_id);
            for m in messages {
                q = q.bind(&m.id);
            }
            q.fetch_all(pool).await?
        });
        let new: Vec<&MessageView> = messages.iter().filter(|m| !read_before.iter().any(|(r,)| *r == m.id)).collect();
        if first_only && new.is_empty() {
            return Ok(());
        }
        let engine = self.engine();
        let shown: Vec<&MessageView> = if first_only { new.clone() } else { messages.iter().collect() };
        let ids: Vec<&str> = shown.iter().map(|m| m.id.as_str()).collect();
        let threads: std::collections::BTreeSet<&str> = shown.iter().map(|m| m.thread_id.as_str()).collect();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let details = serde_json::json!({ "messages": ids, "threads": threads });
            let object =
                if threads.len() == 1 { format!("thread:{}", shown[0].thread_id) } else { "messages".to_string() };
            append_audit!(tx, content(actor, "message.open", object, Some(reader.state.clone()), details), engine);
            let at = stamp(jiff::Timestamp::now());
            for m in &new {
                sqlx::query("INSERT INTO message_reads (message_id, account_id, first_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
                    .bind(&m.id).bind(&reader.account_id).bind(&at).execute(&mut *tx).await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// Acknowledges a message for the reader's State (which must be one it went to). Returns
    /// false when it had been acknowledged already.
    pub async fn acknowledge_message(&self, id: &str, reader: &Reader, actor: &Actor) -> Result<bool> {
        let message = self.readable_message(id, reader).await?;
        if !message.recipients.iter().any(|r| r.state == reader.state) {
            return Err(refused(format!(
                "{} did not receive this message; its recipients acknowledge it",
                reader.state
            )));
        }
        let engine = self.engine();
        let at = stamp(jiff::Timestamp::now());
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let n = sqlx::query("UPDATE message_recipients SET acknowledged_at = $1, acknowledged_by = $2 WHERE message_id = $3 AND state = $4 AND acknowledged_at IS NULL")
                .bind(&at).bind(&reader.account_id).bind(id).bind(&reader.state).execute(&mut *tx).await?.rows_affected();
            if n == 1 {
                let details = serde_json::json!({ "thread": message.thread_id });
                append_audit!(
                    tx,
                    content(actor, "message.acknowledge", format!("message:{id}"), Some(reader.state.clone()), details),
                    engine
                );
            }
            tx.commit().await?;
            Ok(n == 1)
        })
    }

    /// Escalates the notifications and requests (not replies, which ask nothing) not
    /// acknowledged by their deadline at `now_at`: from the technical
    /// contacts to the diplomatic ones (told by mail, with a new deadline of the same length;
    /// at TLP:RED the persons named are told again instead), then onto the directory
    /// manager's list. Each step is taken once across nodes. Returns (message, State, stage).
    pub async fn escalate_messages(
        &self,
        now_at: jiff::Timestamp,
        compose: impl Fn(&MessageNotice<'_>) -> (String, String),
        actor: &Actor,
    ) -> Result<Vec<(String, String, i64)>> {
        let now_text = stamp(now_at);
        let due: Vec<(String, String, i64)> = with_pool!(self, |pool| {
            sqlx::query_as("SELECT r.message_id, r.state, r.stage FROM message_recipients r JOIN messages m ON m.id = r.message_id \
                WHERE r.acknowledged_at IS NULL AND r.stage < 2 AND r.deadline <= $1 AND m.kind <> 'reply' ORDER BY r.deadline")
                .bind(&now_text).fetch_all(pool).await?
        });
        let engine = self.engine();
        let mut done = Vec::new();
        for (message_id, state, stage) in due {
            let Some(message) =
                self.message_rows(&MessageFilter { id: Some(&message_id), ..Default::default() }, None, 1).await?.pop()
            else {
                continue;
            };
            let next_deadline = stamp(now_at.checked_add(message.draft.urgency.acknowledge_within()).map_err(refused)?);
            let mut notices = Vec::new();
            if stage == 0 {
                let people: Vec<(String, String, Vec<String>)> = if message.draft.tlp == Tlp::Red {
                    let rows: Vec<(String, String, String)> = with_pool!(self, |pool| {
                        sqlx::query_as("SELECT a.name, a.email, a.lang FROM message_named n JOIN accounts a ON a.id = n.account_id \
                            JOIN memberships m ON m.account_id = a.id AND m.org = $2 WHERE n.message_id = $1 GROUP BY a.name, a.email, a.lang")
                            .bind(&message_id).bind(&state).fetch_all(pool).await?
                    });
                    rows.into_iter().map(|(n, e, l)| (n, e, vec![l])).collect()
                } else {
                    self.contacts_to_tell(&state, comity_contacts::Category::Diplomatic).await?
                };
                for (name, email, languages) in people {
                    let (subject, body) = compose(&MessageNotice {
                        thread_id: &message.thread_id,
                        sender_state: &message.sender_state,
                        recipient_name: &name,
                        languages: &languages,
                        kind: message.draft.kind,
                        urgency: message.draft.urgency,
                        tlp: message.draft.tlp,
                        deadline: &next_deadline,
                        escalated: true,
                    });
                    notices.push((name, email, subject, body));
                }
            }
            let claimed = with_pool!(self, |pool| {
                let _turn = self.write_turn().await;
                let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
                let n = sqlx::query("UPDATE message_recipients SET stage = $1, deadline = $2 WHERE message_id = $3 AND state = $4 AND stage = $5 AND acknowledged_at IS NULL")
                    .bind(stage + 1).bind(&next_deadline).bind(&message_id).bind(&state).bind(stage).execute(&mut *tx).await?.rows_affected();
                if n == 1 {
                    for (name, email, subject, body) in &notices {
                        sqlx::query("INSERT INTO mail_outbox (id, recipient_name, recipient, subject, body, created_at, next_attempt_at) VALUES ($1, $2, $3, $4, $5, $6, $6)")
                            .bind(uuid::Uuid::now_v7().to_string()).bind(name).bind(email).bind(subject).bind(body).bind(&now_text)
                            .execute(&mut *tx).await?;
                    }
                    let details = serde_json::json!({ "state": state, "stage": stage + 1, "notified": notices.len() });
                    append_audit!(
                        tx,
                        content(
                            actor,
                            "message.escalate",
                            format!("message:{message_id}"),
                            Some(state.clone()),
                            details
                        ),
                        engine
                    );
                }
                tx.commit().await?;
                n == 1
            });
            if claimed {
                done.push((message_id, state, stage + 1));
            }
        }
        Ok(done)
    }

    /// What was escalated to the directory manager (or is on its way: `min_stage` 1), newest
    /// first, without the messages' words.
    pub async fn escalated_messages(&self, min_stage: i64) -> Result<Vec<Escalated>> {
        let rows: Vec<(String, String, String, String, String, String, String, String, i64)> = with_pool!(
            self,
            |pool| {
                sqlx::query_as("SELECT m.id, m.sender_state, r.state, m.kind, m.urgency, m.tlp, m.created_at, r.deadline, r.stage FROM message_recipients r \
                JOIN messages m ON m.id = r.message_id WHERE r.acknowledged_at IS NULL AND r.stage >= $1 ORDER BY m.created_at DESC")
                .bind(min_stage).fetch_all(pool).await?
            }
        );
        Ok(rows
            .into_iter()
            .filter_map(|(message_id, sender_state, state, kind, urgency, tlp, created_at, deadline, stage)| {
                Some(Escalated {
                    message_id,
                    sender_state,
                    state,
                    kind: Kind::parse(&kind)?,
                    urgency: Urgency::parse(&urgency)?,
                    tlp: Tlp::parse(&tlp)?,
                    created_at,
                    deadline,
                    stage,
                })
            })
            .collect())
    }

    /// Attaches a file (PDF or Word, checked by content; at most ten a message) to a message
    /// `reader` wrote: only its author attaches, and the file is read by whoever may read
    /// the message. Audited. Returns the attachment's id.
    pub async fn attach_to_message(
        &self,
        message_id: &str,
        reader: &Reader,
        name: &str,
        bytes: &[u8],
        actor: &Actor,
    ) -> Result<String> {
        use base64::Engine as _;
        let message = self.readable_message(message_id, reader).await?;
        if message.sender_account != reader.account_id {
            return Err(refused("only a message's author attaches files to it"));
        }
        let media = comity_reporting::attachments::check_attachment(name, bytes).map_err(refused)?;
        let sha256 = comity_access::secrets::sha256_hex(bytes);
        let encoded = base64::engine::general_purpose::STANDARD.encode(bytes);
        let id = uuid::Uuid::now_v7().to_string();
        let engine = self.engine();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM message_attachments WHERE message_id = $1")
                .bind(message_id)
                .fetch_one(&mut *tx)
                .await?;
            if count as usize >= comity_reporting::attachments::MAX_ATTACHMENTS {
                return Err(refused(comity_reporting::attachments::AttachmentError::TooMany {
                    limit: comity_reporting::attachments::MAX_ATTACHMENTS,
                }));
            }
            sqlx::query("INSERT INTO message_attachments (id, message_id, name, media_type, size, sha256, content, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
                .bind(&id).bind(message_id).bind(name.trim()).bind(media.as_str()).bind(bytes.len() as i64).bind(&sha256).bind(&encoded).bind(crate::now())
                .execute(&mut *tx).await?;
            let details = serde_json::json!({ "name": name.trim(), "media_type": media.as_str(), "size": bytes.len(), "sha256": sha256 });
            append_audit!(
                tx,
                content(actor, "message.attach", format!("message:{message_id}"), Some(reader.state.clone()), details),
                engine
            );
            tx.commit().await?;
        });
        Ok(id)
    }

    /// The files attached to these messages, oldest first (no content).
    pub async fn message_attachments(&self, message_ids: &[&str]) -> Result<Vec<MessageAttachment>> {
        if message_ids.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT id, message_id, name, media_type, size, sha256 FROM message_attachments WHERE message_id IN ({}) ORDER BY created_at, id",
            placeholders(1, message_ids.len())
        );
        let rows: Vec<(String, String, String, String, i64, String)> = with_pool!(self, |pool| {
            let mut q = sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()));
            for id in message_ids {
                q = q.bind(*id);
            }
            q.fetch_all(pool).await?
        });
        Ok(rows
            .into_iter()
            .map(|(id, message_id, name, media_type, size, sha256)| MessageAttachment {
                id,
                message_id,
                name,
                media_type,
                size,
                sha256,
            })
            .collect())
    }

    /// An attachment with its bytes, when `reader` may read its message; the opening is
    /// audited like a thread's.
    pub async fn open_message_attachment(
        &self,
        id: &str,
        reader: &Reader,
        actor: &Actor,
    ) -> Result<Option<(MessageAttachment, Vec<u8>)>> {
        use base64::Engine as _;
        let row: Option<(String, String, String, i64, String, String)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT message_id, name, media_type, size, sha256, content FROM message_attachments WHERE id = $1",
            )
            .bind(id)
            .fetch_optional(pool)
            .await?
        });
        let Some((message_id, name, media_type, size, sha256, encoded)) = row else { return Ok(None) };
        let message = match self.readable_message(&message_id, reader).await {
            Ok(m) => m,
            Err(StoreError::NotFound(_)) => return Ok(None),
            Err(e) => return Err(e),
        };
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(encoded)
            .map_err(|_| StoreError::Damaged(format!("attachment {id} is damaged")))?;
        let engine = self.engine();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let details = serde_json::json!({ "attachment": id, "name": name, "thread": message.thread_id });
            append_audit!(
                tx,
                content(actor, "message.open", format!("message:{message_id}"), Some(reader.state.clone()), details),
                engine
            );
            tx.commit().await?;
        });
        Ok(Some((MessageAttachment { id: id.to_string(), message_id, name, media_type, size, sha256 }, bytes)))
    }

    /// A TAXII status resource, for the account that posted it only.
    pub async fn taxii_status(&self, id: &str, account_id: &str) -> Result<Option<serde_json::Value>> {
        let row: Option<(String,)> = with_pool!(self, |pool| {
            sqlx::query_as("SELECT body FROM taxii_statuses WHERE id = $1 AND account_id = $2")
                .bind(id)
                .bind(account_id)
                .fetch_optional(pool)
                .await?
        });
        row.map(|(b,)| serde_json::from_str(&b).map_err(refused)).transpose()
    }
}
