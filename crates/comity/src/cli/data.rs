//! The database and the reference data: `db`, `states`, `framework`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::KindArg;

#[derive(Args)]
pub struct DbArgs {
    #[command(subcommand)]
    pub command: DbCommand,
}

#[derive(Args)]
pub struct ConfigArgs {
    #[command(subcommand)]
    pub command: ConfigCommand,
}

#[derive(Subcommand)]
pub enum ConfigCommand {
    /// Print the settings in force (secrets masked) and check the database they name; exits
    /// non-zero on any problem.
    Check,
}

#[derive(Subcommand)]
pub enum DbCommand {
    /// Bring the schema to this version and load the reference data.
    Migrate,
    /// Write a consistent snapshot of the database to FILE (safe while the server runs), then
    /// read it back whole.
    Backup {
        /// Where to write the backup (JSON lines).
        file: PathBuf,
    },
    /// Load a backup into the database, which must hold no data yet (the way from SQLite to PostgreSQL).
    Restore {
        /// A file written by `comity db backup`.
        file: PathBuf,
    },
    /// SQLite only: a consistent copy of the database file, made by SQLite while the server
    /// runs (VACUUM INTO); to restore, stop the server and put the copy in the database's place.
    Copy {
        /// Where to write the copy (a new file).
        file: PathBuf,
    },
    /// Read a backup through without a database: whole, its checksum and row count right, and
    /// restorable by this Comity (exit 1 naming the line that is wrong).
    Verify {
        /// A file written by `comity db backup` or by the server's scheduled backups.
        file: PathBuf,
    },
    /// List the server's scheduled backups, newest first: when, which node, the file, what came of it.
    Backups {
        /// How many to list.
        #[arg(long, default_value_t = 20)]
        limit: i64,
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
