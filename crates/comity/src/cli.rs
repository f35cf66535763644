//! The command line: global options and one subcommand per task.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Comity: the UN framework of responsible State behaviour in the use of ICTs: documents,
/// framework, reporting and Points of Contact, in the six official languages.
#[derive(Parser)]
#[command(name = "comity", version, propagate_version = true, arg_required_else_help = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options accepted before or after any subcommand.
#[derive(Args, Debug, Clone)]
pub struct GlobalArgs {
    /// Database to use: sqlite://PATH or postgres://USER@HOST/DATABASE. Without it, an embedded
    /// SQLite file in the data directory, created on first run.
    #[arg(long, global = true, env = "COMITY_DATABASE_URL", value_name = "URL", hide_env_values = true)]
    pub database_url: Option<String>,
    /// Directory for the embedded database and the optional comity.toml.
    #[arg(long, global = true, env = "COMITY_DATA_DIR", value_name = "DIR", default_value = "comity-data")]
    pub data_dir: PathBuf,
    /// Settings file (TOML). Default: comity.toml in the data directory, when it exists.
    #[arg(long, global = true, env = "COMITY_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Output: a table or outline for people (table, or its alias text), or one JSON document for programs.
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Aligned columns or an outline, for people (alias: text).
    #[value(alias = "text")]
    Table,
    /// One JSON document on standard output.
    Json,
    /// Akoma Ntoso 3.0 XML (documents parse only).
    Akn,
    /// Markdown (report compile only).
    Md,
    /// An HTML page (report compile only).
    Html,
    /// A Word document (report compile only; needs -o).
    Docx,
}

#[derive(Subcommand)]
pub enum Command {
    /// Serve the portal and the API.
    Serve(ServeArgs),
    /// Serve the portal on a fresh embedded database with demo data, and print its address.
    Demo(ServeArgs),
    /// Manage the database: migrate, back up, restore, check.
    Db(DbArgs),
    /// Member States and observer States.
    States(StatesArgs),
    /// The normative framework.
    Framework(FrameworkArgs),
    /// UN documents: read their structure.
    Documents(DocumentsArgs),
    /// Search every paragraph of the record, in the six languages.
    Search(SearchArgs),
    /// Accounts and the roles they hold (for bootstrapping and administration).
    Users(UsersArgs),
    /// The audit trail: verify its chain and signatures, export it.
    Audit(AuditArgs),
    /// Reporting cycles: the Secretariat opens one per resolution and session, States reply.
    Cycles(CyclesArgs),
    /// States' replies: import them from files, attach translations and files.
    Submissions(SubmissionsArgs),
    /// The Points of Contact directory: list, show, import the Secretariat's CSV, export, verify or reject changes.
    Contacts(ContactsArgs),
    /// Communication checks of the Points of Contact: start a round, list, show its answers, deliver the outbox.
    Checks(ChecksArgs),
    /// The Secretary-General's report compiled from a cycle's published replies.
    Report(ReportArgs),
    /// Ask a Comity server's JSON API (GET PATH under /api/v1) with an API token from COMITY_TOKEN; prints the answer.
    Api(ApiArgs),
}

#[derive(Args)]
pub struct ApiArgs {
    /// The path under /api/v1, e.g. /me, /orgs/FRA/users, /audit, /search?q=ransomware.
    pub path: String,
    /// The server, e.g. https://comity.example.org.
    #[arg(long, env = "COMITY_SERVER", value_name = "URL")]
    pub server: String,
}

impl Command {
    pub fn bind(&self) -> Option<SocketAddr> {
        match self {
            Command::Serve(a) | Command::Demo(a) => a.bind,
            _ => None,
        }
    }
}

#[derive(Args)]
pub struct ServeArgs {
    /// Address to listen on [default: 127.0.0.1:8080, or `bind` in comity.toml].
    #[arg(long, value_name = "ADDR", env = "COMITY_BIND")]
    pub bind: Option<SocketAddr>,
}

#[derive(Args)]
pub struct DbArgs {
    #[command(subcommand)]
    pub command: DbCommand,
}

#[derive(Subcommand)]
pub enum DbCommand {
    /// Bring the schema to this version and load the reference data.
    Migrate,
    /// Write a consistent snapshot of the database to FILE (safe while the server runs).
    Backup {
        /// Where to write the backup (JSON lines).
        file: PathBuf,
    },
    /// Load a backup into the database, which must hold no data yet (the way from SQLite to PostgreSQL).
    Restore {
        /// A file written by `comity db backup`.
        file: PathBuf,
    },
    /// Check the database: reachable, schema current, reference data current, integrity.
    Check,
}

#[derive(Args)]
pub struct StatesArgs {
    #[command(subcommand)]
    pub command: StatesCommand,
}

#[derive(Subcommand)]
pub enum StatesCommand {
    /// List States, in the UN's order or a language's alphabetical order.
    List {
        /// Order by this language's alphabetical order and show names in it (ar zh en fr ru es).
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
        /// Keep States whose name (any language, current or former) or code contains this text.
        #[arg(long, value_name = "TEXT")]
        filter: Option<String>,
    },
    /// Show one State by ISO alpha-3, alpha-2 or M49 code.
    Show { code: String },
    /// Find the State a name designates, in any official language, current or former.
    Resolve { text: String },
}

#[derive(Args)]
pub struct FrameworkArgs {
    #[command(subcommand)]
    pub command: FrameworkCommand,
}

#[derive(Subcommand)]
pub enum FrameworkCommand {
    /// List the framework's elements: pillars, each followed by its norms or principles.
    List {
        /// Only elements of this kind.
        #[arg(long, value_enum)]
        kind: Option<KindArg>,
        /// Language of the titles in the table (ar zh en fr ru es).
        #[arg(long, value_name = "LANG", default_value = "en")]
        lang: String,
    },
    /// Show one element by its identifier (e.g. norm-h).
    Show { id: String },
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum KindArg {
    Pillar,
    Norm,
    CapacityBuildingPrinciple,
}

#[derive(Args)]
pub struct DocumentsArgs {
    #[command(subcommand)]
    pub command: DocumentsCommand,
}

#[derive(Subcommand)]
pub enum DocumentsCommand {
    /// Read one document (the official PDF, its text, or Markdown) and print its structure;
    /// needs no database.
    Parse {
        /// The document's PDF, text or Markdown file.
        file: PathBuf,
        /// Its language (ar zh en fr ru es); detected when not given.
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
        /// Its symbol, when the text does not carry it (it must agree when it does).
        #[arg(long, value_name = "SYMBOL")]
        symbol: Option<String>,
    },
    /// Read documents into the record; each file is stored, updated, found unchanged or
    /// refused with its reason, and a refusal does not stop the others.
    Ingest {
        /// Official PDFs, text or Markdown files, one language version each.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The files' language, when all share one (detected otherwise).
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
        /// The symbol, for a single file whose text carries none.
        #[arg(long, value_name = "SYMBOL")]
        symbol: Option<String>,
    },
    /// Download documents from the UN's Official Document System by symbol, each language
    /// version as its official PDF, and read them into the record (several at a time; a
    /// version that does not exist is refused with its reason and the others go on).
    Fetch {
        /// Document symbols: A/RES/80/12 A/C.1/80/L.28 ...
        #[arg(required = true)]
        symbols: Vec<String>,
        /// The languages to fetch, comma-separated (default all six): ar,zh,en,fr,ru,es.
        #[arg(long, value_name = "LANGS")]
        lang: Option<String>,
    },
    /// List the documents of the record.
    List {
        /// Only this session's documents.
        #[arg(long)]
        session: Option<i64>,
        /// Only this kind: resolution, draft_resolution, decision, draft_decision, report, other.
        #[arg(long)]
        kind: Option<String>,
    },
    /// What a document cites and what cites it, transitively; what the record lacks; the
    /// history of its agenda item across sessions.
    Lineage { symbol: String },
    /// Compare two documents paragraph by paragraph: added, removed, moved and changed
    /// paragraphs, with the changed words (characters in Chinese) marked.
    Diff {
        /// The older text: a file, or a symbol in the record.
        old: String,
        /// The newer text: a file, or a symbol in the record.
        new: String,
        /// The language version to compare, for symbols (default English, else the first held).
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
    },
    /// Show one document: its language versions, or one version's paragraphs.
    Show {
        symbol: String,
        /// The language version to show (ar zh en fr ru es).
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
    },
}

#[derive(Args)]
pub struct SearchArgs {
    /// Words to find (all of them), in any official language.
    pub query: String,
    /// Only paragraphs in this language (ar zh en fr ru es); otherwise the languages the
    /// query's script allows.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Only documents of this kind (resolution, draft_resolution, decision, ...).
    #[arg(long)]
    pub kind: Option<String>,
    /// Only documents of this session.
    #[arg(long)]
    pub session: Option<i64>,
    /// How many hits to show.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
}

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
