//! Views and assessments: `cycles`, `submissions`, `report`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Args)]
pub struct CyclesArgs {
    #[command(subcommand)]
    pub command: CyclesCommand,
}

#[derive(Subcommand)]
pub enum CyclesCommand {
    /// Open a cycle and tell every State's focal point by mail (when a relay is configured).
    Create {
        /// The resolution that asks for views, e.g. A/RES/76/19.
        #[arg(long)]
        resolution: String,
        /// The session the report goes to.
        #[arg(long)]
        session: u32,
        /// Take the questions from this operative paragraph of the resolution in the record (its items (a), (b), ...), in every language held.
        #[arg(long, value_name = "PARAGRAPH")]
        questions_from: Option<u32>,
        /// A question as LABEL=TEXT in English, e.g. "(a)=National efforts"; repeat for several (instead of --questions-from).
        #[arg(long = "question", value_name = "LABEL=TEXT")]
        questions: Vec<String>,
        /// The note verbale's reference.
        #[arg(long)]
        note_verbale: String,
        /// The note verbale's date (YYYY-MM-DD).
        #[arg(long)]
        note_verbale_date: String,
        /// The deadline for replies (YYYY-MM-DD); later replies go to an addendum.
        #[arg(long)]
        deadline: String,
    },
    /// List the cycles.
    List,
    /// One cycle: its questions and the replies received.
    Show { id: String },
    /// Remind, by mail, the focal points of States that have not submitted a reply.
    Remind { id: String },
    /// Close a cycle: replies can no longer be saved or submitted.
    Close { id: String },
}

#[derive(Args)]
pub struct SubmissionsArgs {
    #[command(subcommand)]
    pub command: SubmissionsCommand,
}

#[derive(Subcommand)]
pub enum SubmissionsCommand {
    /// Import a State's reply from a file (.docx, .md or .txt): a new draft version for the
    /// State to confirm, or, with --submit, submitted on the Secretariat's authority.
    Import {
        /// The cycle, e.g. 77-76-19.
        #[arg(long)]
        cycle: String,
        /// The State: ISO code or name in any official language.
        #[arg(long)]
        state: String,
        /// The reply's original language (ar, zh, en, fr, ru, es); detected from the text when omitted.
        #[arg(long)]
        lang: Option<String>,
        /// Record the reply as submitted, on the Secretariat's authority (audited as such).
        #[arg(long)]
        submit: bool,
        /// Show what would be imported, write nothing.
        #[arg(long)]
        dry_run: bool,
        file: PathBuf,
    },
    /// Attach the translation of a reply into another official language (from a .docx, .md
    /// or .txt file), or mark one as pending.
    Translate {
        #[arg(long)]
        cycle: String,
        #[arg(long)]
        state: String,
        /// The translation's language.
        #[arg(long)]
        lang: String,
        /// official (ready to print) or pending (in preparation; no file needed).
        #[arg(long, default_value = "official")]
        status: String,
        file: Option<PathBuf>,
    },
    /// Attach a PDF or Word file to a State's draft reply.
    Attach {
        #[arg(long)]
        cycle: String,
        #[arg(long)]
        state: String,
        file: PathBuf,
    },
}

#[derive(Args)]
pub struct ReportArgs {
    #[command(subcommand)]
    pub command: ReportCommand,
}

#[derive(Subcommand)]
pub enum ReportCommand {
    /// Compile the report (--format md, html, docx or akn) in one of the six languages.
    Compile {
        /// The cycle, e.g. 77-76-19.
        #[arg(long)]
        cycle: String,
        /// The report's language: ar, zh, en, fr, ru or es.
        #[arg(long, default_value = "en")]
        lang: String,
        /// Where to write; standard output by default.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// The report's symbol, e.g. A/77/92.
        #[arg(long)]
        symbol: Option<String>,
        /// The report's date (YYYY-MM-DD); today by default.
        #[arg(long)]
        date: Option<String>,
        /// The agenda item's number in the preliminary list.
        #[arg(long)]
        agenda_item: Option<String>,
        /// Compile addendum N: the replies received after the deadline.
        #[arg(long, default_value_t = 0)]
        addendum: u32,
    },
}
