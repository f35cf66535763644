//! Reporting cycles and States' replies: opening and closing cycles, saving versions of a
//! reply (optimistic concurrency: a save names the version it was made from), and moving a
//! reply through the workflow (comity-reporting), every change audited in its transaction.

// Rows are read as tuples that mirror their SELECT lists, next to the query.
#![allow(clippy::type_complexity)]

mod attachments;
mod cycles;
mod publication;
mod saves;

pub use attachments::{Attachment, Translation};
pub use publication::{PublishedReply, ReportContext, ReportSource};
pub(crate) use saves::SaveJob;

use serde::Serialize;

/// A reply as listed.
#[derive(Debug, Clone, Serialize)]
pub struct SubmissionSummary {
    pub id: String,
    pub cycle_id: String,
    pub state: String,
    pub status: String,
    pub original_lang: String,
    pub version: i64,
    pub submitted_at: Option<String>,
    pub late: bool,
    pub published_at: Option<String>,
}

/// One saved version of a reply: the answers by question label (Markdown).
#[derive(Debug, Clone, Serialize)]
pub struct SubmissionVersion {
    pub version: i64,
    pub answers: std::collections::BTreeMap<String, String>,
    pub author_account: Option<String>,
    pub created_at: String,
}

/// A reply that arrived as a file, ready to be written.
#[derive(Debug, Clone)]
pub struct ReplyImport {
    pub original_lang: String,
    pub answers: std::collections::BTreeMap<String, String>,
    /// Submit it on the Secretariat's authority.
    pub submit: bool,
    /// What the file was (name, checksum, format), for the audit trail.
    pub source: serde_json::Value,
}
