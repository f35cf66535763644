//! Negotiations of outcome texts: `negotiations`, `proposals`.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

#[derive(Args)]
pub struct NegotiationsArgs {
    #[command(subcommand)]
    pub command: NegotiationsCommand,
}

#[derive(Subcommand)]
pub enum NegotiationsCommand {
    /// Open a negotiation on its zero draft (Markdown, text or Word), with its Chair.
    Create {
        /// A short name of letters, digits and hyphens, e.g. gm-2026-apr.
        #[arg(long)]
        name: String,
        #[arg(long)]
        title: String,
        /// The process it belongs to, e.g. "Global Mechanism, second substantive plenary".
        #[arg(long)]
        process: String,
        /// The negotiating language (ar, zh, en, fr, ru, es).
        #[arg(long, default_value = "en")]
        lang: String,
        /// Who may read drafts besides States: states, stakeholders or public.
        #[arg(long, default_value = "states")]
        readers: String,
        /// The Chair's account (email).
        #[arg(long)]
        chair: String,
        /// A support staff member's account (email); repeat for several.
        #[arg(long = "support", value_name = "EMAIL")]
        support: Vec<String>,
        /// The zero draft: .md, .txt or .docx.
        #[arg(long, value_name = "FILE")]
        draft: PathBuf,
        /// Proposals on the zero draft are taken until then (RFC 3339, e.g. 2026-03-14T22:00:00Z).
        #[arg(long)]
        deadline: Option<String>,
    },
    /// List the negotiations.
    List,
    /// Show a negotiation's current revision (or another) with its paragraphs.
    Show {
        /// Its name or id.
        negotiation: String,
        /// Which revision (0 is the zero draft); the current one when left out.
        #[arg(long)]
        revision: Option<i64>,
    },
    /// Build the next revision from the Chair's decisions (a JSON list of
    /// {"proposal": ID, "outcome": "accept"|"merge"|"set_aside", "text": ..., "reason": ...}).
    Revise {
        negotiation: String,
        #[arg(long, value_name = "FILE")]
        decisions: PathBuf,
        /// Proposals on the new revision are taken until then (RFC 3339).
        #[arg(long)]
        deadline: Option<String>,
    },
    /// Put the Chair's zero draft (Markdown, text or Word) in place of the one the negotiation was
    /// opened on, while nothing rests on it: no proposal or written input on it, and no Rev.1.
    Redraft {
        negotiation: String,
        /// The zero draft: .md, .txt or .docx.
        #[arg(long, value_name = "FILE")]
        draft: PathBuf,
    },
    /// Take proposals on the current revision again until a new time (they are marked late).
    Reopen {
        negotiation: String,
        #[arg(long)]
        until: String,
    },
    /// Circulate the current revision under silence until a deadline (RFC 3339).
    Silence {
        negotiation: String,
        #[arg(long)]
        until: String,
    },
    /// Adopt the current revision by consensus, with the symbol it is issued under.
    Adopt {
        negotiation: String,
        #[arg(long)]
        symbol: Option<String>,
    },
    /// Issue an adopted text that has no symbol yet (adopted by silence, say) under its symbol:
    /// it enters the document record.
    Issue {
        negotiation: String,
        #[arg(long)]
        symbol: String,
    },
    /// Accredit a stakeholder (a business, NGO or academic body) to a negotiation opened to
    /// stakeholders or the public: the account, holding no role, that gives its written inputs.
    Accredit {
        negotiation: String,
        /// The stakeholder's account (email); create it first with `comity accounts create`.
        #[arg(long)]
        email: String,
        /// The organisation the account speaks for, as it is to be shown.
        #[arg(long)]
        organisation: String,
    },
    /// Where each paragraph of the current (or adopted) text came from: the zero draft or the
    /// proposal that added it, and every proposal taken into it with the Chair's decision.
    Lineage { negotiation: String },
    /// Compare two revisions paragraph by paragraph.
    Diff {
        negotiation: String,
        #[arg(long)]
        from: i64,
        /// The current revision when left out.
        #[arg(long)]
        to: Option<i64>,
    },
}

#[derive(Args)]
pub struct ProposalsArgs {
    #[command(subcommand)]
    pub command: ProposalsCommand,
}

/// The compilation text's file formats.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompilationFormat {
    Html,
    /// Word with tracked changes under each proposer's name.
    Docx,
    /// Akoma Ntoso: the revision as a doc, each proposal as an amendment (one file each, in a folder).
    Akn,
}

#[derive(Subcommand)]
pub enum ProposalsCommand {
    /// List the proposals on a revision (the current one when left out), with the positions taken.
    List {
        negotiation: String,
        #[arg(long)]
        revision: Option<i64>,
    },
    /// Write the compilation text: the revision with every proposal inline and the positions taken.
    Export {
        negotiation: String,
        #[arg(long)]
        revision: Option<i64>,
        #[arg(long = "as", value_enum)]
        file_format: CompilationFormat,
        /// The language of the file's own words (the text stays in its language).
        #[arg(long)]
        lang: Option<String>,
        /// Only the proposals standing so: standing (not withdrawn), late, opposed (by a State),
        /// unopposed, withdrawn, or all of them.
        #[arg(long, default_value = "standing",
            value_parser = ["standing", "late", "opposed", "unopposed", "withdrawn", "all"])]
        status: String,
        /// The file to write (for akn, one `documentCollection`: the revision and its proposals).
        #[arg(short, long)]
        output: PathBuf,
    },
}
