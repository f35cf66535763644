//! Requests and notifications between States in the database: a message and the States it is
//! addressed to, written with the notices to their contacts (through the mail outbox) and the
//! audit entry in one transaction; threads read under TLP (every opening audited);
//! acknowledgements; escalation of what is not acknowledged in time; the TAXII status
//! resources of what CERTs post.

// Rows are read as tuples that mirror their SELECT lists, next to the query.
#![allow(clippy::type_complexity)]

mod attachments;
mod escalation;
mod read;
mod send;

pub use escalation::Escalated;
pub use read::MessageFilter;
pub(crate) use send::MessageJob;
pub use send::{Origin, PreparedMessage};

use comity_contacts::messages::{Audience, Draft, Kind, Reader, Tlp, Urgency};
use comity_contacts::stix;
use serde::Serialize;

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

/// A message sent: its id and thread, and how many people were told.
#[derive(Debug, Clone, Serialize)]
pub struct Sent {
    pub id: String,
    pub thread_id: String,
    pub notified: usize,
    /// The same message (same id, same sender) had been taken before: nothing new written.
    pub already_held: bool,
}

/// The one answer for a posted object that names an id, a message or a thread its poster may
/// not know of: the same whether it exists or not, so refusals tell nothing of other threads.
pub const NOT_TAKEN: &str = "not taken: its id, or a message or thread it names, is not one this account can use";

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

const MESSAGE_COLUMNS: &str = "m.id, m.thread_id, m.in_reply_to, m.sender_state, m.sender_account, m.kind, \
    m.subject, m.sector, m.window_start, m.window_end, m.urgency, m.tlp, m.elements, m.body, m.created_at, \
    CAST(CASE WHEN m.in_reply_to IS NULL THEN 0 WHEN EXISTS (SELECT 1 FROM messages p WHERE p.id = \
    m.in_reply_to AND p.in_reply_to IS NULL) THEN 1 ELSE 0 END AS BIGINT)";

fn placeholders(from: usize, n: usize) -> String {
    (from..from + n).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ")
}
