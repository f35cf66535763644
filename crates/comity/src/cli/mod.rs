//! The command line: global options and one subcommand per task.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

mod accounts;
mod contacts;
mod data;
mod documents;
mod negotiation;
mod reporting;

pub use accounts::{AuditArgs, AuditCommand, UsersArgs, UsersCommand};
pub use contacts::{ChecksArgs, ChecksCommand, ContactsArgs, ContactsCommand};
pub use data::{
    ConfigArgs, ConfigCommand, DbArgs, DbCommand, FrameworkArgs, FrameworkCommand, StatesArgs, StatesCommand,
};
pub use documents::{DocumentsArgs, DocumentsCommand, KindArg, SearchArgs};
pub use negotiation::{CompilationFormat, NegotiationsArgs, NegotiationsCommand, ProposalsArgs, ProposalsCommand};
pub use reporting::{CyclesArgs, CyclesCommand, ReportArgs, ReportCommand, SubmissionsArgs, SubmissionsCommand};

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
    /// The settings in force: check them, and the database they name.
    Config(ConfigArgs),
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
    /// Negotiations of outcome texts: open one on its zero draft, show, revise from the Chair's decisions, silence, adopt.
    Negotiations(NegotiationsArgs),
    /// The proposals on a negotiation's revision: list them, export the compilation text.
    Proposals(ProposalsArgs),
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
