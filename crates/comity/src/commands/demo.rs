//! `comity demo`: a fresh embedded database with the demo data, served at once.

use std::time::Instant;

use comity_store::DatabaseUrl;

use super::serve::{bind, serve};
use super::{Access, open};
use crate::settings::Settings;

pub async fn run(settings: &Settings) -> anyhow::Result<()> {
    let started = Instant::now();
    let dir = settings.data_dir.join("demo");
    // Fresh each time: the demo never carries state over from an earlier run.
    if dir.exists() {
        std::fs::remove_dir_all(&dir)
            .map_err(|e| anyhow::anyhow!("cannot clear the demo database in {}: {e}", dir.display()))?;
    }
    let demo = Settings {
        database_url: DatabaseUrl::embedded(&dir),
        embedded: true,
        bind: settings.bind,
        data_dir: dir.clone(),
        reference_dir: settings.reference_dir.clone(),
        log_format: settings.log_format,
        log_level: settings.log_level.clone(),
    };
    let listener = bind(demo.bind).await?;
    let (store, _) = open(&demo, Access::Prepare).await?;
    let addr = listener.local_addr()?;
    let announce = format!(
        "Comity demo: http://{addr}/  (English: http://{addr}/en/, 中文: http://{addr}/zh/, العربية: http://{addr}/ar/)\n\
         Fresh database in {}. Press Ctrl-C to stop.",
        dir.display()
    );
    serve(store, listener, started, Some(announce)).await
}
