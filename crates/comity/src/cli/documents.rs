//! The record: `documents` (parse, ingest, fetch, list, show, diff) and `search`.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

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
    /// Newest session first instead of most relevant (BM25) first.
    #[arg(long)]
    pub newest: bool,
}
