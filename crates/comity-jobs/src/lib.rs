//! The work Comity does without a request waiting for it: mail composed in each recipient's
//! language and queued in the outbox, the outbox's delivery to the relay, and the scheduled
//! jobs (reminders, scheduled check rounds, escalations, ODS fetches, audit checkpoints,
//! backups) that
//! every `comity serve` node runs and the CLI runs on demand. Each occurrence is claimed in the
//! database before it is done, so that several nodes do it once.
#![forbid(unsafe_code)]

mod backups;
mod checkpoints;
mod checks;
mod cycles;
mod links;
mod messages;
mod outbox;
mod schedule;

pub use backups::{BackupPlan, BackupTaken, backup_file, backup_slot, take_due_backup};
pub use checkpoints::sign_checkpoint;
pub use checks::{send_check_reminders, start_check, start_due_checks};
pub use cycles::{CycleMail, mail_focal_points, remind_now, send_due_reminders};
pub use links::{link_url, send_link};
pub use messages::{escalate_messages, message_notice};
pub use outbox::deliver_outbox;
pub use schedule::{Checkpoints, Running, Schedule};

/// Outgoing mail: the relay, and the address links in mail point to.
#[derive(Clone, Debug)]
pub struct Mail {
    pub mailer: comity_mail::Mailer,
    pub public_url: String,
    /// This node's name in the outbox's leases (kept in DATA_DIR/node-id by `serve`, so that a
    /// node starting again takes back what it held).
    pub node: String,
    /// The relay is this deployment's own loopback mailbox (`comity demo`'s): nobody else
    /// receives what it sends, so the outbox page shows each mail whole, links and all.
    pub own_mailbox: bool,
}

/// Why a job did not finish; what it had done by then stays done.
#[derive(Debug, thiserror::Error)]
pub enum JobError {
    #[error(transparent)]
    Store(#[from] comity_store::StoreError),
    #[error("the relay did not take the mail: {0}")]
    Mail(#[from] comity_mail::MailError),
    #[error("{path}: cannot keep the audit checkpoint: {reason}")]
    Checkpoint { path: String, reason: String },
    #[error("a mail delivery stopped before it ended: {0}")]
    Delivery(String),
}

/// Who the scheduled jobs act as in the audit trail: the system, for the Secretariat.
fn system_actor() -> comity_store::Actor {
    comity_store::Actor { org: Some("SECRETARIAT".into()), ..comity_store::Actor::system() }
}

/// A stored time (RFC 3339, UTC) as mail writes it, to the minute: "2026-12-04 13:59" (the
/// message adds "UTC"); a date alone stays as it is.
fn mail_time(stored: &str) -> String {
    stored.chars().take(16).collect::<String>().replace('T', " ")
}

/// The recipient's first working language that Comity speaks, English otherwise.
fn first_spoken<'a>(languages: impl IntoIterator<Item = &'a String>) -> comity_i18n::Lang {
    languages.into_iter().find_map(|l| l.parse::<comity_i18n::Lang>().ok()).unwrap_or(comity_i18n::Lang::En)
}
