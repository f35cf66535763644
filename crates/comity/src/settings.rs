//! Where Comity's settings come from: command-line flags and environment variables first, then
//! the settings file, then defaults. A bad setting stops Comity with one message naming it.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use comity_store::DatabaseUrl;
use serde::Deserialize;

use crate::cli::GlobalArgs;

/// A setting that cannot be used; nothing has been written when this is returned.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct SettingsError(pub String);

/// The settings file, `comity.toml`.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct FileSettings {
    database_url: Option<String>,
    bind: Option<String>,
    reference_dir: Option<PathBuf>,
    log_format: Option<LogFormat>,
    log_level: Option<String>,
    /// The SMTP relay all mail is handed to: `smtp://host:port` (a local relay),
    /// `smtp+starttls://host:587` or `smtps://host:465`.
    smtp_relay: Option<String>,
    /// The relay's user name and password, when it asks for them (sent only over TLS).
    smtp_username: Option<String>,
    smtp_password: Option<String>,
    /// The sender of Comity's mail: `Comity <comity@example.org>`.
    mail_from: Option<String>,
    /// The address people reach this deployment at, for links in mail: `https://comity.example.org`.
    public_url: Option<String>,
    /// Requests a minute an anonymous address may send (0: no limit).
    rate_limit_anonymous: Option<u32>,
    /// Requests a minute one API token may send (0: no limit).
    rate_limit_token: Option<u32>,
    /// Where `documents fetch` downloads the official PDFs: the UN's Official Document System.
    ods_url: Option<String>,
    /// The token a Prometheus scrape of `/metrics` brings (`Authorization: Bearer ...`);
    /// without it `/metrics` is off. Best kept out of the file: COMITY_METRICS_TOKEN.
    metrics_token: Option<String>,
    /// How often the server backs the database up on its own ("6h", "1d", "30m"); without it,
    /// only `comity db backup` does.
    backup_every: Option<String>,
    /// How many of its backups the server keeps in `backup_dir` (the newest).
    backup_keep: Option<usize>,
    /// Where the server's backups go; DATA_DIR/backups by default.
    backup_dir: Option<PathBuf>,
}

#[derive(Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    #[default]
    Text,
    Json,
}

/// The settings in force.
pub struct Settings {
    pub database_url: DatabaseUrl,
    /// Whether the database is the default embedded file (no URL given anywhere).
    pub embedded: bool,
    pub bind: SocketAddr,
    pub data_dir: PathBuf,
    /// A deployment's own reference data (states.csv, aliases.csv, framework.toml).
    pub reference_dir: Option<PathBuf>,
    pub log_format: LogFormat,
    pub log_level: Option<String>,
    /// Outgoing mail, when a relay is configured.
    pub mail: Option<comity_jobs::Mail>,
    /// The address people reach this deployment at (links in mail, passkeys' relying party).
    pub public_url: Option<String>,
    /// Requests a minute per anonymous address and per API token, on each node.
    pub rate_limits: comity_web::limits::RateLimits,
    /// The Official Document System `documents fetch` downloads from.
    pub ods_url: String,
    /// The token `/metrics` answers to; None: `/metrics` is off.
    pub metrics_token: Option<String>,
    /// The server's own backups; None when `backup_every` is not set.
    pub backups: Option<comity_jobs::BackupPlan>,
}

/// Backups a server keeps when `backup_keep` is not set: a week of daily ones.
pub const DEFAULT_BACKUP_KEEP: usize = 7;

/// A period as people write it: "6h", "1d", "30m", "90s", or ISO 8601 ("PT6H"); a day is 24
/// hours.
fn parse_period(text: &str) -> Option<std::time::Duration> {
    let span: jiff::Span = text.trim().parse().ok()?;
    let duration = span.to_duration(jiff::SpanRelativeTo::days_are_24_hours()).ok()?;
    std::time::Duration::try_from(duration).ok().filter(|d| d.as_secs() >= 1)
}

/// The UN's Official Document System.
pub const DEFAULT_ODS_URL: &str = "https://documents.un.org";

const DEFAULT_BIND: &str = "127.0.0.1:8080";

fn read_file(path: &Path) -> Result<FileSettings, SettingsError> {
    let shown = path.display();
    let text =
        std::fs::read_to_string(path).map_err(|e| SettingsError(format!("settings file {shown}: cannot read: {e}")))?;
    toml::from_str(&text).map_err(|e| {
        let line = e.span().map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
        let at = line.map(|l| format!(" line {l}")).unwrap_or_default();
        SettingsError(format!("settings file {shown}{at}: {}", e.message().trim()))
    })
}

impl Settings {
    pub fn resolve(args: &GlobalArgs, bind_flag: Option<SocketAddr>) -> Result<Settings, SettingsError> {
        let (file, file_name) = match &args.config {
            Some(path) => (read_file(path)?, Some(path.display().to_string())),
            None => {
                let default = args.data_dir.join("comity.toml");
                if default.exists() {
                    (read_file(&default)?, Some(default.display().to_string()))
                } else {
                    (FileSettings::default(), None)
                }
            }
        };
        let in_file = |key: &str| format!("setting {key} in {}", file_name.as_deref().unwrap_or("the settings file"));

        let (url_text, url_source) = match (&args.database_url, &file.database_url) {
            (Some(url), _) => (Some(url.clone()), "--database-url / COMITY_DATABASE_URL".to_string()),
            (None, Some(url)) => (Some(url.clone()), in_file("database_url")),
            (None, None) => (None, String::new()),
        };
        let embedded = url_text.is_none();
        let database_url = match url_text {
            Some(text) => text.parse::<DatabaseUrl>().map_err(|e| SettingsError(format!("{url_source}: {e}")))?,
            None => DatabaseUrl::embedded(&args.data_dir),
        };
        let bind = match (bind_flag, &file.bind) {
            (Some(addr), _) => addr,
            (None, Some(text)) => text.parse().map_err(|_| {
                SettingsError(format!("{}: {text:?} is not an address like {DEFAULT_BIND}", in_file("bind")))
            })?,
            (None, None) => DEFAULT_BIND.parse().expect("default address is valid"),
        };
        if let Some(dir) = file.reference_dir.as_ref().filter(|d| !d.is_dir()) {
            return Err(SettingsError(format!("{}: {} is not a directory", in_file("reference_dir"), dir.display())));
        }
        let public_url =
            std::env::var("COMITY_PUBLIC_URL").ok().or(file.public_url).map(|u| u.trim_end_matches('/').to_string());
        if let Some(url) = public_url.as_deref().filter(|u| !(u.starts_with("https://") || u.starts_with("http://"))) {
            return Err(SettingsError(format!("{}: {url:?} is not an http(s) address", in_file("public_url"))));
        }
        let relay = std::env::var("COMITY_SMTP_RELAY").ok().or(file.smtp_relay);
        let mail = match relay {
            None => None,
            Some(relay) => {
                let from = std::env::var("COMITY_MAIL_FROM")
                    .ok()
                    .or(file.mail_from)
                    .unwrap_or_else(|| "Comity <comity@localhost.invalid>".into());
                let user = std::env::var("COMITY_SMTP_USERNAME").ok().or(file.smtp_username);
                // The password is best kept out of the file: COMITY_SMTP_PASSWORD.
                let password = std::env::var("COMITY_SMTP_PASSWORD").ok().or(file.smtp_password);
                let credentials = match (user, password) {
                    (Some(u), Some(p)) => Some((u, p)),
                    (None, None) => None,
                    _ => {
                        return Err(SettingsError(format!(
                            "{}: smtp_username and smtp_password (or COMITY_SMTP_USERNAME and COMITY_SMTP_PASSWORD) go together",
                            in_file("smtp_username")
                        )));
                    }
                };
                let mailer = comity_mail::Mailer::new(&relay, &from, credentials)
                    .map_err(|e| SettingsError(format!("{}: {e}", in_file("smtp_relay"))))?;
                let links_to = public_url.clone().unwrap_or_else(|| format!("http://{bind}"));
                Some(comity_jobs::Mail {
                    mailer,
                    public_url: links_to,
                    node: uuid::Uuid::now_v7().to_string(),
                    own_mailbox: false,
                })
            }
        };
        let defaults = comity_web::limits::RateLimits::default();
        let limit = |variable: &str, setting: &str, file: Option<u32>, default: u32| match std::env::var(variable) {
            Ok(v) => v.trim().parse::<u32>().map_err(|_| {
                SettingsError(format!(
                    "{variable} (or {setting}): {v:?} is not a number of requests a minute (0: no limit)"
                ))
            }),
            Err(_) => Ok(file.unwrap_or(default)),
        };
        let rate_limits = comity_web::limits::RateLimits {
            anonymous_per_minute: limit(
                "COMITY_RATE_LIMIT_ANONYMOUS",
                "rate_limit_anonymous",
                file.rate_limit_anonymous,
                defaults.anonymous_per_minute,
            )?,
            token_per_minute: limit(
                "COMITY_RATE_LIMIT_TOKEN",
                "rate_limit_token",
                file.rate_limit_token,
                defaults.token_per_minute,
            )?,
        };
        let ods_url = std::env::var("COMITY_ODS_URL")
            .ok()
            .or(file.ods_url)
            .unwrap_or_else(|| DEFAULT_ODS_URL.into())
            .trim_end_matches('/')
            .to_string();
        if !(ods_url.starts_with("https://") || ods_url.starts_with("http://")) {
            return Err(SettingsError(format!(
                "COMITY_ODS_URL (or {}): {ods_url:?} is not an http(s) address",
                in_file("ods_url")
            )));
        }
        let metrics_token = std::env::var("COMITY_METRICS_TOKEN").ok().or(file.metrics_token);
        if let Some(t) = metrics_token.as_deref().filter(|t| t.len() < 16 || t.chars().any(|c| c.is_whitespace())) {
            return Err(SettingsError(format!(
                "COMITY_METRICS_TOKEN (or {}): a token of {} characters; use at least 16, without spaces",
                in_file("metrics_token"),
                t.chars().count()
            )));
        }
        let backup_every = std::env::var("COMITY_BACKUP_EVERY").ok().or(file.backup_every);
        let backups = match backup_every {
            None => None,
            Some(text) => {
                let every = parse_period(&text).ok_or_else(|| {
                    SettingsError(format!(
                        "COMITY_BACKUP_EVERY (or {}): {text:?} is not a period like \"6h\", \"1d\" or \"30m\" (at least a second)",
                        in_file("backup_every")
                    ))
                })?;
                let keep = match std::env::var("COMITY_BACKUP_KEEP") {
                    Ok(v) => Some(v.trim().parse::<usize>().map_err(|_| {
                        SettingsError(format!("COMITY_BACKUP_KEEP (or backup_keep): {v:?} is not a number of backups"))
                    })?),
                    Err(_) => file.backup_keep,
                }
                .unwrap_or(DEFAULT_BACKUP_KEEP);
                if keep == 0 {
                    return Err(SettingsError(format!(
                        "COMITY_BACKUP_KEEP (or {}): 0 would remove every backup as soon as it is taken; keep at least 1",
                        in_file("backup_keep")
                    )));
                }
                let dir = std::env::var_os("COMITY_BACKUP_DIR")
                    .map(PathBuf::from)
                    .or(file.backup_dir)
                    .unwrap_or_else(|| args.data_dir.join("backups"));
                Some(comity_jobs::BackupPlan { every, keep, dir })
            }
        };
        Ok(Settings {
            backups,
            metrics_token,
            ods_url,
            mail,
            public_url,
            rate_limits,
            database_url,
            embedded,
            bind,
            data_dir: args.data_dir.clone(),
            reference_dir: file.reference_dir,
            log_format: file.log_format.unwrap_or_default(),
            log_level: std::env::var("COMITY_LOG").ok().or(file.log_level),
        })
    }
}

/// Logs go to standard error, so standard output carries only a command's result.
pub fn init_logging(settings: &Settings, serving: bool) {
    use tracing_subscriber::EnvFilter;
    // lopdf warns of every flaw it repairs in a PDF; what Comity makes of the file is reported.
    let default = if serving { "info,sqlx=warn,lopdf=error" } else { "warn,lopdf=error" };
    let filter = EnvFilter::try_new(settings.log_level.as_deref().unwrap_or(default))
        .unwrap_or_else(|_| EnvFilter::new(default));
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    // A closed log stream must not stop the server (tracing-subscriber would otherwise report the
    // failed write with eprintln!, which panics when standard error is gone).
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(ansi)
        .log_internal_errors(false)
        .with_writer(std::io::stderr);
    let _ = match settings.log_format {
        LogFormat::Json => builder.json().flatten_event(true).try_init(),
        LogFormat::Text => builder.try_init(),
    };
}

#[cfg(test)]
mod tests {
    use super::parse_period;
    use std::time::Duration;

    #[test]
    fn periods_read_as_people_write_them() {
        assert_eq!(parse_period("6h"), Some(Duration::from_secs(6 * 3600)));
        assert_eq!(parse_period("1d"), Some(Duration::from_secs(86_400)));
        assert_eq!(parse_period("30m"), Some(Duration::from_secs(1800)));
        assert_eq!(parse_period(" 2 hours "), Some(Duration::from_secs(7200)));
        assert_eq!(parse_period("PT6H"), Some(Duration::from_secs(6 * 3600)));
        assert_eq!(parse_period("0s"), None);
        assert_eq!(parse_period("-1h"), None);
        assert_eq!(parse_period("daily"), None);
    }
}
