//! Sending a message: prepared and checked under TLP (ids, threads and parents the sender may
//! name), group-committed with its recipients and the notices queued for the outbox.

use super::{MessageFilter, MessageNotice, Sent};
use crate::Refusal;
use crate::identity::{Actor, content};
use crate::stamp;
use crate::{Result, Store, StoreError, with_pool};
use comity_contacts::messages::{Draft, Kind, Reader, Tlp, Urgency, reply_marking_allowed};

/// Messages waiting for the next group commit.
pub(crate) struct MessageJob {
    prepared: Vec<PreparedMessage>,
    /// (id, account, body) of a TAXII status resource.
    status: Option<(String, String, String)>,
    actor: Actor,
}

/// Most jobs one group commit takes.
const GROUP_COMMIT_MAX: usize = 64;

/// A reply acknowledges a message of its thread for the replying State.
const ACKNOWLEDGE_BY_REPLY: &str = "UPDATE message_recipients SET acknowledged_at = $1, acknowledged_by = $2 \
    WHERE message_id = $3 AND state = $4 AND acknowledged_at IS NULL";

fn write_messages<'a>(
    store: &'a Store,
    jobs: &'a [MessageJob],
) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Vec<Result<()>>>> + Send + 'a>> {
    Box::pin(write_message_jobs(store, jobs))
}

/// Rows a table takes in one statement (well under either engine's limit on parameters).
const ROWS_A_STATEMENT: usize = 1000;

/// The audit entry of one message sent.
fn send_entry(head: &Option<(i64, String)>, p: &PreparedMessage, actor: &Actor) -> comity_access::audit::Entry {
    let details = serde_json::json!({
        "thread": p.thread_id,
        "kind": p.draft.kind.as_str(),
        "urgency": p.draft.urgency.as_str(),
        "tlp": p.draft.tlp.as_str(),
        "recipients": p.recipients,
        "named": p.named.len(),
        "notified": p.notices.len(),
        "via": p.via,
    });
    comity_access::audit::chain(
        head.as_ref().map(|(s, h)| (*s, h.as_str())),
        content(actor, "message.send", format!("message:{}", p.id), Some(p.sender.state.clone()), details),
    )
}

/// One transaction for several jobs. Usually all of the group's rows go in together, one
/// statement a table, in one transaction with no savepoint (two round trips fewer a group);
/// if that fails (the same message posted twice at once, say), the transaction is rolled back
/// and a new one writes each job in a savepoint of its own, so that the one at fault is
/// rolled back alone and told why.
async fn write_message_jobs(store: &Store, jobs: &[MessageJob]) -> Result<Vec<Result<()>>> {
    let engine = store.engine();
    with_pool!(store, |pool| {
        let _turn = store.write_turn().await;
        let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
        // The chain's head, read once for the group and extended in memory.
        let head = crate::identity::audit_head!(&mut *tx, engine);
        let to_write: Vec<(&MessageJob, &PreparedMessage)> =
            jobs.iter().flat_map(|j| j.prepared.iter().filter(|p| !p.already_held).map(move |p| (j, p))).collect();
        let mut entries = Vec::with_capacity(to_write.len());
        let mut chained = head.clone();
        for (job, p) in &to_write {
            let entry = send_entry(&chained, p, &job.actor);
            chained = Some((entry.seq, entry.hash.clone()));
            entries.push(entry);
        }
        let together: Result<()> = async {
            let mut elements = Vec::with_capacity(to_write.len());
            for (_, p) in &to_write {
                elements.push(serde_json::to_string(&p.draft.elements).map_err(crate::internal)?);
            }
            let rows: Vec<(&PreparedMessage, &String)> = to_write.iter().map(|(_, p)| *p).zip(&elements).collect();
            for chunk in rows.chunks(ROWS_A_STATEMENT) {
                let mut insert = sqlx::QueryBuilder::new(
                    "INSERT INTO messages (id, thread_id, in_reply_to, sender_state, sender_account, kind, \
                    subject, sector, window_start, window_end, urgency, tlp, elements, body, created_at, via) ",
                );
                insert.push_values(chunk, |mut row, (p, elements)| {
                    let draft = &p.draft;
                    row.push_bind(&p.id)
                        .push_bind(&p.thread_id)
                        .push_bind(&p.in_reply_to)
                        .push_bind(&p.sender.state)
                        .push_bind(&p.sender.account_id)
                        .push_bind(draft.kind.as_str())
                        .push_bind(&draft.subject)
                        .push_bind(&draft.sector)
                        .push_bind(&draft.window_start)
                        .push_bind(&draft.window_end)
                        .push_bind(draft.urgency.as_str())
                        .push_bind(draft.tlp.as_str())
                        .push_bind(*elements)
                        .push_bind(&draft.body)
                        .push_bind(&p.created_at)
                        .push_bind(&p.via);
                });
                insert.build().execute(&mut *tx).await?;
            }
            let recipients: Vec<(&String, &String, &String)> =
                to_write.iter().flat_map(|(_, p)| p.recipients.iter().map(|s| (&p.id, s, &p.deadline))).collect();
            for chunk in recipients.chunks(ROWS_A_STATEMENT) {
                let mut insert =
                    sqlx::QueryBuilder::new("INSERT INTO message_recipients (message_id, state, deadline) ");
                insert.push_values(chunk, |mut row, (id, state, deadline)| {
                    row.push_bind(*id).push_bind(*state).push_bind(*deadline);
                });
                insert.build().execute(&mut *tx).await?;
            }
            let named: Vec<(&String, &String)> =
                to_write.iter().flat_map(|(_, p)| p.named.iter().map(|a| (&p.id, a))).collect();
            for chunk in named.chunks(ROWS_A_STATEMENT) {
                let mut insert = sqlx::QueryBuilder::new("INSERT INTO message_named (message_id, account_id) ");
                insert.push_values(chunk, |mut row, (id, account)| {
                    row.push_bind(*id).push_bind(*account);
                });
                insert.build().execute(&mut *tx).await?;
            }
            let notices: Vec<(String, &(String, String, String, String), &String)> = to_write
                .iter()
                .flat_map(|(_, p)| p.notices.iter().map(|n| (uuid::Uuid::now_v7().to_string(), n, &p.created_at)))
                .collect();
            for chunk in notices.chunks(ROWS_A_STATEMENT) {
                let mut insert = sqlx::QueryBuilder::new(crate::outbox::OUTBOX_COLUMNS);
                insert.push_values(chunk, |mut row, (id, (name, email, subject, body), at)| {
                    row.push_bind(id)
                        .push_bind(name)
                        .push_bind(email)
                        .push_bind(subject)
                        .push_bind(body)
                        .push_bind(*at)
                        .push_bind(*at);
                });
                insert.build().execute(&mut *tx).await?;
            }
            // Answering acknowledges, for the replying State, what of the thread its author may read.
            for (_, p) in &to_write {
                for acknowledged in &p.acknowledges {
                    sqlx::query(ACKNOWLEDGE_BY_REPLY)
                        .bind(&p.created_at)
                        .bind(&p.sender.account_id)
                        .bind(acknowledged)
                        .bind(&p.sender.state)
                        .execute(&mut *tx)
                        .await?;
                }
            }
            crate::identity::insert_audit_entries!(&mut *tx, &entries);
            let statuses: Vec<&(String, String, String)> = jobs.iter().filter_map(|j| j.status.as_ref()).collect();
            let at = crate::now();
            for chunk in statuses.chunks(ROWS_A_STATEMENT) {
                let mut insert =
                    sqlx::QueryBuilder::new("INSERT INTO taxii_statuses (id, account_id, created_at, body) ");
                insert.push_values(chunk, |mut row, (id, account, body)| {
                    row.push_bind(id).push_bind(account).push_bind(&at).push_bind(body);
                });
                insert.build().execute(&mut *tx).await?;
            }
            Ok(())
        }
        .await;
        match together {
            Ok(()) => {
                tx.commit().await?;
                return Ok(jobs.iter().map(|_| Ok(())).collect());
            }
            Err(e) => {
                tracing::debug!(error = %e, jobs = jobs.len(), "a group of messages goes one by one");
                tx.rollback().await?;
            }
        }
        let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
        // Read again in the new transaction, and set back when a job's savepoint is rolled back.
        let mut head = crate::identity::audit_head!(&mut *tx, engine);
        let mut outcomes = Vec::with_capacity(jobs.len());
        for job in jobs {
            let mut sp = sqlx::Connection::begin(&mut *tx).await?;
            let head_before = head.clone();
            let written: Result<()> = async {
                for p in job.prepared.iter().filter(|p| !p.already_held) {
                    let (id, draft) = (&p.id, &p.draft);
                    let elements = serde_json::to_string(&draft.elements).map_err(crate::internal)?;
                    sqlx::query(
                        "INSERT INTO messages (id, thread_id, in_reply_to, sender_state, sender_account, \
                        kind, subject, sector, window_start, window_end, urgency, tlp, elements, body, \
                        created_at, via) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, \
                        $13, $14, $15, $16)",
                    )
                    .bind(id)
                    .bind(&p.thread_id)
                    .bind(&p.in_reply_to)
                    .bind(&p.sender.state)
                    .bind(&p.sender.account_id)
                    .bind(draft.kind.as_str())
                    .bind(&draft.subject)
                    .bind(&draft.sector)
                    .bind(&draft.window_start)
                    .bind(&draft.window_end)
                    .bind(draft.urgency.as_str())
                    .bind(draft.tlp.as_str())
                    .bind(&elements)
                    .bind(&draft.body)
                    .bind(&p.created_at)
                    .bind(&p.via)
                    .execute(&mut *sp)
                    .await?;
                    for state in &p.recipients {
                        sqlx::query("INSERT INTO message_recipients (message_id, state, deadline) VALUES ($1, $2, $3)")
                            .bind(id)
                            .bind(state)
                            .bind(&p.deadline)
                            .execute(&mut *sp)
                            .await?;
                    }
                    for account in &p.named {
                        sqlx::query("INSERT INTO message_named (message_id, account_id) VALUES ($1, $2)")
                            .bind(id)
                            .bind(account)
                            .execute(&mut *sp)
                            .await?;
                    }
                    for (name, email, subject, body) in &p.notices {
                        crate::outbox::put_mail!(
                            &mut *sp,
                            uuid::Uuid::now_v7().to_string(),
                            name,
                            email,
                            subject,
                            body,
                            &p.created_at
                        )?;
                    }
                    // Answering acknowledges, for the replying State, what of the thread its author may read.
                    for acknowledged in &p.acknowledges {
                        sqlx::query(ACKNOWLEDGE_BY_REPLY)
                            .bind(&p.created_at)
                            .bind(&p.sender.account_id)
                            .bind(acknowledged)
                            .bind(&p.sender.state)
                            .execute(&mut *sp)
                            .await?;
                    }
                    let entry = send_entry(&head, p, &job.actor);
                    crate::identity::insert_audit_entry!(&mut *sp, &entry);
                    head = Some((entry.seq, entry.hash));
                }
                if let Some((status_id, account, body)) = &job.status {
                    sqlx::query(
                        "INSERT INTO taxii_statuses (id, account_id, created_at, body) VALUES ($1, $2, $3, $4)",
                    )
                    .bind(status_id)
                    .bind(account)
                    .bind(crate::now())
                    .bind(body)
                    .execute(&mut *sp)
                    .await?;
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
                    head = head_before;
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
        // One read tells whether the id a CERT chose, or the thread it names, is taken at all
        // (usually neither is: a new report); only then are they looked at closely below.
        let named_thread = origin.thread_id.filter(|t| *t != id && in_reply_to.is_none());
        // A new report reads its recipients' listed contacts in the same statement.
        let mut listed_of_recipients = None;
        let taken = match (origin.message_id, named_thread) {
            (None, None) => false,
            (given, thread) if in_reply_to.is_none() => {
                let (listed, taken) = self.listed_contacts_and_taken(&draft.recipients, given, thread).await?;
                listed_of_recipients = Some(listed);
                taken
            }
            (given, thread) => {
                let found: Option<(String,)> = with_pool!(self, |pool| {
                    sqlx::query_as(
                        "SELECT id FROM messages WHERE id = $1 UNION ALL SELECT id FROM messages WHERE thread_id = $2 \
                        LIMIT 1",
                    )
                    .bind(given)
                    .bind(thread)
                    .fetch_optional(pool)
                    .await?
                });
                found.is_some()
            }
        };
        // An id a CERT chose may have been taken before (a post sent again): the same State's,
        // readable by the poster, is held already; any other is refused as an unknown would be.
        // (A fresh id needs no look.)
        if taken
            && origin.message_id.is_some()
            && let Some(existing) =
                self.message_rows(&MessageFilter { id: Some(&id), ..Default::default() }, None, 1).await?.pop()
        {
            if existing.sender_state == sender.state && existing.readable_by(sender) {
                return Ok(PreparedMessage::held(id, existing.thread_id));
            }
            return Err(Refusal::MessageNotTaken.into());
        }
        let mut acknowledges = Vec::new();
        let (thread_id, recipients) = match in_reply_to {
            Some(parent_id) => {
                let parent = self.readable_message(parent_id, sender).await.map_err(|e| match e {
                    StoreError::NotFound(_) => Refusal::MessageNotTaken.into(),
                    other => other,
                })?;
                // A reply names no thread but the one of what it answers.
                if origin.thread_id.is_some_and(|t| t != parent.thread_id) {
                    return Err(Refusal::MessageNotTaken.into());
                }
                reply_marking_allowed(parent.draft.tlp, draft.tlp).map_err(|_| Refusal::MarkingTooLow {
                    replied: parent.draft.tlp.label(),
                    reply: draft.tlp.label(),
                })?;
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
                    return Err(Refusal::WriteToSelf { state: sender.state.clone() }.into());
                }
                // A report opens a thread of its own: the incident it names must be new.
                if let Some(named) = named_thread.filter(|_| taken) {
                    let thread = MessageFilter { thread: Some(named), ..Default::default() };
                    if let Some(existing) = self.message_rows(&thread, None, 1).await?.pop() {
                        return Err(if existing.readable_by(sender) {
                            Refusal::ThreadOpen
                        } else {
                            Refusal::MessageNotTaken
                        }
                        .into());
                    }
                }
                (origin.thread_id.map(str::to_string).unwrap_or_else(|| id.clone()), draft.recipients.clone())
            }
        };
        if recipients.is_empty() {
            return Err(Refusal::NoOneToReply.into());
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
                    return Err(
                        Refusal::NotAPersonOfContact { email: email.clone(), states: recipients.join(", ") }.into()
                    );
                }
            }
        }
        let deadline = stamp(at.checked_add(draft.urgency.acknowledge_within()).map_err(crate::internal)?);
        // The people told, by State: (name, email, languages).
        let mut notices = Vec::new();
        for state in &recipients {
            // One read tells whether the State has a listed contact and whom to tell (none more
            // when it came with the check of the ids above).
            let listed = match &listed_of_recipients {
                Some(all) => {
                    let of_state: Vec<_> = all.iter().filter(|c| c.state == *state).cloned().collect();
                    to_tell(&of_state, comity_contacts::Category::Technical)
                }
                None => self.contacts_to_tell(state, comity_contacts::Category::Technical).await?,
            };
            if listed.is_empty() {
                return Err(Refusal::NoListedContact { state: state.clone() }.into());
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
    pub(super) async fn contacts_to_tell(
        &self,
        state: &str,
        category: comity_contacts::Category,
    ) -> Result<Vec<(String, String, Vec<String>)>> {
        Ok(to_tell(&self.contacts(Some(state), true).await?, category))
    }

    /// The listed contacts of `states` and, in the same statement, whether a message has the id
    /// `id` or a message is in the thread `thread` (a CERT's own ids for a new report): one
    /// round trip where two were.
    async fn listed_contacts_and_taken(
        &self,
        states: &[String],
        id: Option<&str>,
        thread: Option<&str>,
    ) -> Result<(Vec<crate::ListedContact>, bool)> {
        // A message's row has no State: that is how it is told from a contact's.
        let rows: Vec<crate::contacts::ContactRow> = with_pool!(self, |pool| {
            let mut q = sqlx::QueryBuilder::new(
                "SELECT id, state, listed, verified_at, details FROM contacts WHERE listed = 1 AND state IN (",
            );
            let mut list = q.separated(", ");
            for state in states {
                list.push_bind(state);
            }
            if states.is_empty() {
                list.push("NULL");
            }
            q.push(")");
            if let Some(id) = id {
                q.push(" UNION ALL SELECT id, '', 0, '', '' FROM messages WHERE id = ").push_bind(id);
            }
            if let Some(thread) = thread {
                q.push(" UNION ALL SELECT id, '', 0, '', '' FROM (SELECT id FROM messages WHERE thread_id = ")
                    .push_bind(thread)
                    .push(" LIMIT 1) t");
            }
            q.build_query_as().fetch_all(pool).await?
        });
        let taken = rows.iter().any(|r| r.1.is_empty());
        let mut listed = rows
            .into_iter()
            .filter(|r| !r.1.is_empty())
            .map(crate::contacts::listed_contact)
            .collect::<Result<Vec<_>>>()?;
        // The order [`Store::contacts`] gives.
        listed.sort_by(|a, b| {
            (&a.state, a.contact.category.as_str(), &a.id).cmp(&(&b.state, b.contact.category.as_str(), &b.id))
        });
        Ok((listed, taken))
    }
}

/// Whom of `listed` to tell: the contacts of `category`, or of the other category when there
/// are none. (name, first email, languages).
fn to_tell(listed: &[crate::ListedContact], category: comity_contacts::Category) -> Vec<(String, String, Vec<String>)> {
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
    if chosen.is_empty() {
        of(match category {
            comity_contacts::Category::Technical => comity_contacts::Category::Diplomatic,
            comity_contacts::Category::Diplomatic => comity_contacts::Category::Technical,
        })
    } else {
        chosen
    }
}
