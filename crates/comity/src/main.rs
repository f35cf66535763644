//! The `comity` command: serves the portal and manages a Comity deployment from the shell.
#![forbid(unsafe_code)]

mod cli;
mod commands;
mod output;
mod settings;

use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Command};

/// A failure that has already been explained to the user, carrying the exit code to use.
#[derive(Debug)]
pub struct Exit(pub u8);

impl std::fmt::Display for Exit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "exit {}", self.0)
    }
}

impl std::error::Error for Exit {}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(1);
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => match e.downcast_ref::<Exit>() {
            Some(Exit(code)) => ExitCode::from(*code),
            None => {
                eprintln!("error: {e:#}");
                ExitCode::from(if e.downcast_ref::<settings::SettingsError>().is_some() { 2 } else { 1 })
            }
        },
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    if cli.global.format == cli::Format::Akn && !matches!(cli.command, Command::Documents(_) | Command::Report(_)) {
        return Err(settings::SettingsError(
            "--format akn applies to `comity documents parse` and `comity report compile` only; use table or json"
                .into(),
        )
        .into());
    }
    if matches!(cli.global.format, cli::Format::Md | cli::Format::Html | cli::Format::Docx)
        && !matches!(cli.command, Command::Report(_))
    {
        return Err(settings::SettingsError(
            "--format md and html apply to `comity report compile` only; use table or json".into(),
        )
        .into());
    }
    let settings = settings::Settings::resolve(&cli.global, cli.command.bind())?;
    settings::init_logging(&settings, matches!(cli.command, Command::Serve(_) | Command::Demo(_)));
    match cli.command {
        Command::Serve(_) => commands::serve::run(&settings).await,
        Command::Demo(_) => commands::demo::run(&settings).await,
        Command::Db(cmd) => commands::db::run(&settings, cmd.command, cli.global.format).await,
        Command::Config(cmd) => commands::config::run(&settings, cmd.command, cli.global.format).await,
        Command::States(cmd) => commands::states::run(&settings, cmd.command, cli.global.format).await,
        Command::Framework(cmd) => commands::framework::run(&settings, cmd.command, cli.global.format).await,
        Command::Documents(cmd) => commands::documents::run(&settings, cmd.command, cli.global.format).await,
        Command::Search(args) => commands::search::run(&settings, args, cli.global.format).await,
        Command::Users(cmd) => commands::users::run(&settings, cmd.command, cli.global.format).await,
        Command::Audit(cmd) => commands::audit::run(&settings, cmd.command, cli.global.format).await,
        Command::Api(args) => commands::api::run(args).await,
        Command::Cycles(cmd) => commands::cycles::run(&settings, cmd.command, cli.global.format).await,
        Command::Checks(cmd) => commands::checks::run(&settings, cmd.command, cli.global.format).await,
        Command::Contacts(cmd) => commands::contacts::run(&settings, cmd.command, cli.global.format).await,
        Command::Submissions(cmd) => commands::submissions::run(&settings, cmd.command, cli.global.format).await,
        Command::Report(cmd) => commands::report::run(&settings, cmd.command, cli.global.format).await,
        Command::Negotiations(cmd) => commands::negotiations::run(&settings, cmd.command, cli.global.format).await,
        Command::Proposals(cmd) => commands::negotiations::proposals(&settings, cmd.command, cli.global.format).await,
    }
}
