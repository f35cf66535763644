//! `comity config check`: the settings in force, as flags, environment, settings file and
//! defaults resolved them (secrets masked), and the database they name checked as `db check`
//! does. A setting that is wrong has already stopped Comity, naming it, with exit code 2.

use serde::Serialize;

use super::db::{CheckReport, database_report, say_database};
use crate::Exit;
use crate::cli::{ConfigCommand, Format};
use crate::output;
use crate::settings::Settings;

/// What a secret shows as: whether it is set, never its value.
fn masked(secret: bool) -> &'static str {
    if secret { "set (not shown)" } else { "not set" }
}

/// The settings in force, as `config check` prints them.
#[derive(Serialize)]
struct Effective {
    database_url: String,
    embedded: bool,
    bind: String,
    data_dir: String,
    reference_dir: Option<String>,
    log_format: String,
    log_level: Option<String>,
    smtp_relay: Option<String>,
    mail_from: Option<String>,
    public_url: Option<String>,
    rate_limit_anonymous: u32,
    rate_limit_token: u32,
    ods_url: String,
    metrics_token: &'static str,
    /// Seconds between the server's own backups; None: it takes none.
    backup_every_seconds: Option<u64>,
    backup_keep: Option<usize>,
    backup_dir: Option<String>,
}

#[derive(Serialize)]
struct ConfigReport {
    settings: Effective,
    database: CheckReport,
    ok: bool,
}

pub async fn run(settings: &Settings, command: ConfigCommand, format: Format) -> anyhow::Result<()> {
    match command {
        ConfigCommand::Check => check(settings, format).await,
    }
}

async fn check(settings: &Settings, format: Format) -> anyhow::Result<()> {
    let effective = Effective {
        database_url: settings.database_url.redacted(),
        embedded: settings.embedded,
        bind: settings.bind.to_string(),
        data_dir: settings.data_dir.display().to_string(),
        reference_dir: settings.reference_dir.as_ref().map(|d| d.display().to_string()),
        log_format: format!("{:?}", settings.log_format).to_lowercase(),
        log_level: settings.log_level.clone(),
        smtp_relay: settings.mail.as_ref().map(|m| m.mailer.relay()),
        mail_from: settings.mail.as_ref().map(|m| m.mailer.sender()),
        public_url: settings.public_url.clone(),
        rate_limit_anonymous: settings.rate_limits.anonymous_per_minute,
        rate_limit_token: settings.rate_limits.token_per_minute,
        ods_url: settings.ods_url.clone(),
        metrics_token: masked(settings.metrics_token.is_some()),
        backup_every_seconds: settings.backups.as_ref().map(|b| b.every.as_secs()),
        backup_keep: settings.backups.as_ref().map(|b| b.keep),
        backup_dir: settings.backups.as_ref().map(|b| b.dir.display().to_string()),
    };
    let database = database_report(settings).await?;
    let report = ConfigReport { ok: database.ok, settings: effective, database };
    match format {
        Format::Json => output::json(&report)?,
        Format::Table | Format::Akn | Format::Md | Format::Html | Format::Docx => {
            let s = &report.settings;
            let none = || "(none)".to_string();
            crate::say!("database_url:          {}", s.database_url);
            crate::say!("bind:                  {}", s.bind);
            crate::say!("data_dir:              {}", s.data_dir);
            crate::say!(
                "reference_dir:         {}",
                s.reference_dir.clone().unwrap_or_else(|| "(the release's)".into())
            );
            crate::say!("log_format, log_level: {}, {}", s.log_format, s.log_level.clone().unwrap_or_else(none));
            crate::say!(
                "smtp_relay:            {}",
                s.smtp_relay.clone().unwrap_or_else(|| "(none: mail is off)".into())
            );
            crate::say!("mail_from:             {}", s.mail_from.clone().unwrap_or_else(none));
            crate::say!("public_url:            {}", s.public_url.clone().unwrap_or_else(none));
            crate::say!("rate limits a minute:  {} anonymous, {} a token", s.rate_limit_anonymous, s.rate_limit_token);
            crate::say!("ods_url:               {}", s.ods_url);
            crate::say!("metrics_token:         {}", s.metrics_token);
            match (&s.backup_every_seconds, &s.backup_keep, &s.backup_dir) {
                (Some(every), Some(keep), Some(dir)) => {
                    crate::say!("backups:               every {every} s, the newest {keep} kept in {dir}")
                }
                _ => crate::say!("backups:               (none scheduled: backup_every is not set)"),
            }
            say_database(&report.database);
        }
    }
    if report.ok { Ok(()) } else { Err(Exit(1).into()) }
}
