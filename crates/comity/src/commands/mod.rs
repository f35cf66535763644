//! One module per subcommand, and the one way they open the database.

pub mod api;
pub mod audit;
pub mod checks;
pub mod config;
pub mod contacts;
pub mod cycles;
pub mod db;
pub mod demo;
pub mod documents;
pub mod framework;
pub mod negotiations;
pub mod report;
pub mod search;
pub mod serve;
pub mod states;
pub mod submissions;
pub mod users;

use anyhow::Context;
use comity_i18n::Collation;
use comity_store::{MigrationReport, OpenOptions, ReferenceData, Store, StoreError, SyncOutcome};
use serde::Serialize;

use crate::settings::Settings;

/// What a command needs from the database.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Bring the schema and the reference data up to date (serve, demo, db migrate).
    Prepare,
    /// Use the database as it is; it must have been prepared, except the embedded default
    /// database, which is prepared on first use.
    Read,
}

/// What opening the database did to it.
#[derive(Serialize)]
pub struct Prepared {
    pub migrations: MigrationReport,
    pub reference: Option<SyncOutcome>,
    /// Paragraphs reindexed because this release finds words differently; None when current.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub search_reindexed: Option<usize>,
}

/// The reference data this deployment uses: the release's, or the files in `reference_dir`.
pub fn reference_data(settings: &Settings, collation: &Collation) -> anyhow::Result<ReferenceData> {
    Ok(ReferenceData::load(settings.reference_dir.as_deref(), collation)?)
}

/// Opens the configured database. Reference files are read and checked first, so bad data
/// stops the command before anything is written.
pub async fn open(settings: &Settings, access: Access) -> anyhow::Result<(Store, Prepared)> {
    let collation = Collation::new();
    let reference = reference_data(settings, &collation)?;
    let create = access == Access::Prepare || settings.embedded;
    let store = Store::open(&settings.database_url, OpenOptions { create, ..OpenOptions::default() }).await?;
    let state = store.schema_state().await?;
    let prepared = if access == Access::Prepare || (settings.embedded && state.pending() > 0) {
        let migrations = store.migrate_to(None).await?;
        let reference = store.sync_reference(&reference).await?;
        let search_reindexed = store.refresh_search_analysis().await?;
        Prepared { migrations, reference: Some(reference), search_reindexed }
    } else {
        if state.current().is_none() {
            return Err(StoreError::NotMigrated { url: store.url().redacted() }.into());
        }
        if state.pending() > 0 {
            anyhow::bail!(
                "the database at {} is at schema version {} and this Comity needs {}; run `comity db migrate`",
                store.url().redacted(),
                state.current().unwrap_or(0),
                state.latest_known
            );
        }
        if settings.embedded && !store.reference_in_sync(&reference).await? {
            store.sync_reference(&reference).await?;
        }
        Prepared {
            migrations: MigrationReport { applied: vec![], version: state.current().unwrap_or(0) },
            reference: None,
            search_reindexed: None,
        }
    };
    Ok((store, prepared))
}

/// Opens the database and reads its reference data.
pub async fn open_catalog(
    settings: &Settings,
) -> anyhow::Result<(comity_states::StateRegistry, comity_framework::Framework)> {
    let (store, _) = open(settings, Access::Read).await?;
    let loaded = store.load_reference(&Collation::new()).await.context("reading reference data")?;
    store.close().await;
    Ok(loaded)
}
