//! People and the trail of what they did: `users`, `audit`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Args)]
pub struct UsersArgs {
    #[command(subcommand)]
    pub command: UsersCommand,
}

#[derive(Subcommand)]
pub enum UsersCommand {
    /// Create an account with its roles; the password is read from COMITY_NEW_PASSWORD or stdin, never from the command line.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// Preferred language: ar, zh, en, fr, ru or es.
        #[arg(long, default_value = "en")]
        lang: String,
        /// A role in an organisation, as ORG:ROLE (SECRETARIAT:admin, FRA:focal_point); repeat for several.
        #[arg(long = "role", value_name = "ORG:ROLE")]
        roles: Vec<String>,
        /// Read the password from standard input (one line); otherwise from COMITY_NEW_PASSWORD.
        #[arg(long)]
        password_stdin: bool,
    },
    /// Invite a person: an account with its roles and a single-use link to choose a password, mailed through the configured relay (or printed when none is configured).
    Invite {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// Their language: ar, zh, en, fr, ru or es (the mail and the pages use it).
        #[arg(long, default_value = "en")]
        lang: String,
        /// A role in an organisation, as ORG:ROLE; repeat for several.
        #[arg(long = "role", value_name = "ORG:ROLE", required = true)]
        roles: Vec<String>,
    },
    /// End every session of an account (a lost laptop, a departure).
    RevokeSessions { email: String },
    /// List accounts and their roles.
    List {
        /// Only the accounts of this organisation (SECRETARIAT or an ISO3 code).
        #[arg(long)]
        org: Option<String>,
    },
    /// Disable an account: it can no longer sign in; its history stays.
    Disable { email: String },
    /// Grant or revoke roles.
    Roles {
        email: String,
        /// ORG:ROLE to grant; repeat for several.
        #[arg(long, value_name = "ORG:ROLE")]
        grant: Vec<String>,
        /// ORG:ROLE to revoke; repeat for several.
        #[arg(long, value_name = "ORG:ROLE")]
        revoke: Vec<String>,
    },
}

#[derive(Args)]
pub struct AuditArgs {
    #[command(subcommand)]
    pub command: AuditCommand,
}

#[derive(Subcommand)]
pub enum AuditCommand {
    /// Check the hash chain and the signed checkpoints; name the first entry altered, deleted, inserted or reordered (exit 1).
    Verify {
        /// The deployment's public key in hex; by default the key beside the data (DATA_DIR/audit-signing.key).
        #[arg(long)]
        public_key: Option<String>,
        /// Checkpoints kept outside the database (JSON lines, or a copy of
        /// /api/v1/audit/checkpoints); by default DATA_DIR/audit-checkpoints.jsonl. Repeatable.
        #[arg(long)]
        checkpoints: Vec<PathBuf>,
        /// Entries older than this many minutes must be covered by a checkpoint (0: only require
        /// a signed trail); the server signs every minute.
        #[arg(long, default_value_t = 10)]
        interval_minutes: u32,
    },
    /// Write the trail as JSON lines.
    Export {
        /// Only the entries about this organisation (SECRETARIAT or an ISO3 code).
        #[arg(long)]
        org: Option<String>,
        /// Where to write; standard output by default.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Sign the newest entry with the deployment's key (done after every change made here).
    Checkpoint,
    /// Print the deployment's public key (hex), for verifying elsewhere.
    Key,
}
