//! `comity db`: migrate, back up, restore, check.

use comity_i18n::Collation;
use comity_store::{OpenOptions, Store};
use serde::Serialize;

use super::{Access, open, reference_data};
use crate::Exit;
use crate::cli::{DbCommand, Format};
use crate::output;
use crate::settings::Settings;

pub async fn run(settings: &Settings, command: DbCommand, format: Format) -> anyhow::Result<()> {
    match command {
        DbCommand::Migrate => {
            let (store, prepared) = open(settings, Access::Prepare).await?;
            store.close().await;
            match format {
                Format::Json => output::json(&prepared)?,
                Format::Table | Format::Akn | Format::Md | Format::Html | Format::Docx => {
                    if prepared.migrations.applied.is_empty() {
                        crate::say!("schema already at version {}", prepared.migrations.version);
                    } else {
                        crate::say!("applied: {}", prepared.migrations.applied.join(", "));
                        crate::say!("schema now at version {}", prepared.migrations.version);
                    }
                    match &prepared.reference {
                        Some(comity_store::SyncOutcome::Updated {
                            states,
                            aliases,
                            framework_elements,
                            framework_version,
                        }) => crate::say!(
                            "reference data loaded: {states} States, {aliases} former or variant names, {framework_elements} framework elements (version {framework_version})"
                        ),
                        _ => crate::say!("reference data already current"),
                    }
                    if let Some(n) = prepared.search_reindexed.filter(|n| *n > 0) {
                        crate::say!("search index rebuilt for this release's word analysis: {n} paragraphs");
                    }
                }
            }
        }
        DbCommand::Backup { file } => {
            let (store, _) = open(settings, Access::Read).await?;
            let summary = store.backup(&file).await?;
            store.close().await;
            let read = comity_store::verify_backup(&file)?;
            if read.rows != summary.rows || read.sha256.as_deref() != Some(summary.sha256.as_str()) {
                anyhow::bail!(
                    "{}: the backup read back differs from what was written; do not rely on it",
                    summary.file
                );
            }
            match format {
                Format::Json => output::json(&summary)?,
                Format::Table | Format::Akn | Format::Md | Format::Html | Format::Docx => crate::say!(
                    "backup written to {} and read back whole: {} rows in {} tables (schema version {}, SHA-256 {})",
                    summary.file,
                    summary.rows,
                    summary.tables.len(),
                    summary.schema_version,
                    summary.sha256
                ),
            }
        }
        DbCommand::Copy { file } => {
            let (store, _) = open(settings, Access::Read).await?;
            if store.engine() != comity_store::Engine::Sqlite {
                store.close().await;
                anyhow::bail!(
                    "db copy copies an SQLite file; this database is PostgreSQL: use `comity db backup`, or pg_basebackup with WAL archiving for point-in-time recovery"
                );
            }
            let bytes = store.copy_sqlite_file(&file).await;
            store.close().await;
            let bytes = bytes?;
            match format {
                Format::Json => {
                    output::json(&serde_json::json!({ "file": file.display().to_string(), "bytes": bytes }))?
                }
                Format::Table | Format::Akn | Format::Md | Format::Html | Format::Docx => crate::say!(
                    "copy of the database written to {} ({bytes} bytes); to restore, stop the server and put it in the database's place",
                    file.display()
                ),
            }
        }
        DbCommand::Verify { file } => {
            let read = comity_store::verify_backup(&file)?;
            match format {
                Format::Json => output::json(&read)?,
                Format::Table | Format::Akn | Format::Md | Format::Html | Format::Docx => crate::say!(
                    "{}: a whole backup of {} rows in {} tables, taken {} from {} at schema version {}{}",
                    read.file,
                    read.rows,
                    read.tables.len(),
                    read.created_at,
                    read.engine,
                    read.schema_version,
                    read.sha256
                        .as_deref()
                        .map(|h| format!(", SHA-256 {h}"))
                        .unwrap_or_else(|| " (written before backups carried a checksum)".into())
                ),
            }
        }
        DbCommand::Backups { limit } => {
            let (store, _) = open(settings, Access::Read).await?;
            let list = store.scheduled_backups(limit.max(1)).await?;
            store.close().await;
            match format {
                Format::Json => output::json(&list)?,
                Format::Table | Format::Akn | Format::Md | Format::Html | Format::Docx => {
                    if list.is_empty() {
                        crate::say!("no scheduled backups yet (the server takes them when backup_every is set)");
                    }
                    for b in &list {
                        let what = match (b.outcome.as_deref(), &b.file, &b.detail) {
                            (Some("verified"), Some(file), _) => {
                                format!("{file}, {} rows, read back whole", b.rows.unwrap_or(0))
                            }
                            (Some(_), _, Some(why)) => format!("failed: {why}"),
                            _ => "under way".to_string(),
                        };
                        crate::say!("{}  node {}  {what}", b.slot, b.node);
                    }
                }
            }
        }
        DbCommand::Restore { file } => {
            let reference = reference_data(settings, &Collation::new())?;
            let store = Store::open(&settings.database_url, OpenOptions::default()).await?;
            let summary = store.restore(&file).await?;
            store.sync_reference(&reference).await?;
            store.close().await;
            match format {
                Format::Json => output::json(&summary)?,
                Format::Table | Format::Akn | Format::Md | Format::Html | Format::Docx => crate::say!(
                    "restored {} rows in {} tables from {} (a {} backup) into {}",
                    summary.rows,
                    summary.tables.len(),
                    summary.file,
                    summary.from_engine,
                    settings.database_url.redacted()
                ),
            }
        }
        DbCommand::Check => check(settings, format).await?,
    }
    Ok(())
}

/// What `db check` (and `config check`) finds of the database.
#[derive(Serialize)]
pub(crate) struct CheckReport {
    database: String,
    engine: &'static str,
    schema_version: Option<i64>,
    latest_schema_version: i64,
    reference_data_current: bool,
    integrity_problems: Vec<String>,
    pub(crate) ok: bool,
}

async fn check(settings: &Settings, format: Format) -> anyhow::Result<()> {
    let report = database_report(settings).await?;
    match format {
        Format::Json => output::json(&report)?,
        Format::Table | Format::Akn | Format::Md | Format::Html | Format::Docx => say_database(&report),
    }
    if report.ok { Ok(()) } else { Err(Exit(1).into()) }
}

/// The database the settings name: reachable, schema current, reference data current, integrity.
pub(crate) async fn database_report(settings: &Settings) -> anyhow::Result<CheckReport> {
    let reference = reference_data(settings, &Collation::new())?;
    let store = Store::open(&settings.database_url, OpenOptions { create: false, ..OpenOptions::default() }).await?;
    let state = store.schema_state().await?;
    let migrated = state.current().is_some();
    let report = CheckReport {
        database: store.url().redacted(),
        engine: store.engine().as_str(),
        schema_version: state.current(),
        latest_schema_version: state.latest_known,
        reference_data_current: migrated && store.reference_in_sync(&reference).await?,
        integrity_problems: store.integrity_problems().await?,
        ok: false,
    };
    store.close().await;
    let report = CheckReport {
        ok: state.pending() == 0 && report.reference_data_current && report.integrity_problems.is_empty(),
        ..report
    };
    Ok(report)
}

/// The report's lines, as `db check` prints them.
pub(crate) fn say_database(report: &CheckReport) {
    crate::say!("database:        {} ({})", report.database, report.engine);
    let version = report.schema_version.map(|v| v.to_string()).unwrap_or_else(|| "none (not migrated)".into());
    crate::say!("schema version:  {version} of {}", report.latest_schema_version);
    crate::say!(
        "reference data:  {}",
        if report.reference_data_current { "current" } else { "out of date: run `comity db migrate`" }
    );
    if report.integrity_problems.is_empty() {
        crate::say!("integrity:       ok");
    } else {
        for p in &report.integrity_problems {
            crate::say!("integrity:       {p}");
        }
    }
}
