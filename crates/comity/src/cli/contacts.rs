//! The Points of Contact directory and its communication checks: `contacts`, `checks`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Args)]
pub struct ContactsArgs {
    #[command(subcommand)]
    pub command: ContactsCommand,
}

#[derive(Subcommand)]
pub enum ContactsCommand {
    /// The listed contacts (one State's with --state), or the changes waiting for a decision (--pending).
    List {
        #[arg(long)]
        state: Option<String>,
        #[arg(long)]
        pending: bool,
    },
    /// One contact with its history of nominations, changes and removals.
    Show { id: String },
    /// Import the Secretariat's CSV of nominations received by note verbale; every row is
    /// checked, and nothing is written if one is wrong.
    Import {
        file: PathBuf,
        /// List them at once, verified on the directory manager's authority (audited as such).
        #[arg(long)]
        verify: bool,
        /// Check the file and report, write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Export the listed contacts (one State's with --state) as CSV in the import's columns, or JSON with --format json.
    Export {
        #[arg(long)]
        state: Option<String>,
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Verify a pending nomination, change or removal.
    Verify { change: String },
    /// Reject a pending nomination, change or removal, with the reason the State will read.
    Reject {
        change: String,
        #[arg(long)]
        reason: String,
    },
}

#[derive(Args)]
pub struct ChecksArgs {
    #[command(subcommand)]
    pub command: ChecksCommand,
}

#[derive(Subcommand)]
pub enum ChecksCommand {
    /// Start a round now: every listed contact (or some States', one category) gets a mail
    /// with a personal acknowledgement link; the mail is handed to the relay at once.
    Start {
        #[arg(long)]
        title: String,
        /// When answers stop counting: RFC 3339 (2026-12-08T17:00:00Z) or a date (end of that day, UTC).
        #[arg(long)]
        deadline: String,
        /// Only these States (code or name); repeat for several.
        #[arg(long = "state")]
        states: Vec<String>,
        /// Only diplomatic or technical contacts.
        #[arg(long)]
        category: Option<String>,
        /// Leave the mail in the outbox for the running server to send, instead of sending it now.
        #[arg(long)]
        queue: bool,
    },
    /// Schedule a round to start later (the server starts it), once or every so many days.
    Schedule {
        #[arg(long)]
        title: String,
        /// When it starts: RFC 3339 (2026-12-08T09:00:00Z).
        #[arg(long)]
        at: String,
        /// How long contacts have to answer, in hours (1 to 720).
        #[arg(long, default_value_t = 48)]
        window_hours: i64,
        /// Start again every this many days (1 to 366); once when not given.
        #[arg(long)]
        every_days: Option<i64>,
        /// Only these States (code or name); repeat for several.
        #[arg(long = "state")]
        states: Vec<String>,
        /// Only diplomatic or technical contacts.
        #[arg(long)]
        category: Option<String>,
    },
    /// The scheduled rounds still to start, soonest first.
    Schedules,
    /// Stop a schedule (the rounds it started stay).
    Unschedule { id: String },
    /// A round's report for the directory manager to present: Markdown, HTML or Word.
    Report {
        id: String,
        /// md, html or docx (by default from the output file's extension, else md).
        #[arg(long = "as")]
        report_format: Option<String>,
        /// Where to write it (standard output when not given; docx needs a file).
        #[arg(long, short)]
        output: Option<std::path::PathBuf>,
        /// The report's language (ar, zh, en, fr, ru, es).
        #[arg(long, default_value = "en")]
        lang: String,
    },
    /// The rounds, newest first, with how many answered.
    List,
    /// A round's answers: rate, median and 90th percentile overall and by category, each contact.
    Show { id: String },
    /// Hand the outbox's due mail to the relay now (the server does it every two seconds).
    Deliver,
}
