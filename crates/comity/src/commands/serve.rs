//! `comity serve`: prepare the database, load the catalog, serve until SIGTERM or Ctrl-C.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

use anyhow::Context;
use comity_store::Store;
use comity_web::{App, Catalog};
use tokio::net::TcpListener;

use super::{Access, open};
use crate::settings::Settings;

pub async fn run(settings: &Settings) -> anyhow::Result<()> {
    let started = Instant::now();
    let (store, _) = open(settings, Access::Prepare).await?;
    let listener = bind(settings.bind).await?;
    let key = super::audit::signing_key(settings)?;
    serve(store, settings.mail.clone(), key, settings, listener, started, None).await
}

/// This node's lasting name among the nodes sharing a database (DATA_DIR/node-id, created on
/// first start): what it took from the outbox or the fetches before a crash is its own to
/// take back.
fn node_id(settings: &Settings) -> anyhow::Result<String> {
    let path = settings.data_dir.join("node-id");
    if let Ok(text) = std::fs::read_to_string(&path) {
        let id = text.trim();
        if !id.is_empty() {
            return Ok(id.to_string());
        }
    }
    std::fs::create_dir_all(&settings.data_dir)
        .with_context(|| format!("cannot create the data directory {}", settings.data_dir.display()))?;
    let id = uuid::Uuid::now_v7().to_string();
    std::fs::write(&path, format!("{id}\n")).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(id)
}

pub async fn bind(addr: SocketAddr) -> anyhow::Result<TcpListener> {
    TcpListener::bind(addr).await.with_context(|| format!("cannot listen on {addr} (setting bind / --bind)"))
}

/// Serves `store` on `listener`; `announce` is printed on standard output once the server accepts.
pub async fn serve(
    store: Store,
    mail: Option<comity_jobs::Mail>,
    audit_key: ed25519_dalek::SigningKey,
    settings: &Settings,
    listener: TcpListener,
    started: Instant,
    announce: Option<String>,
) -> anyhow::Result<()> {
    let catalog = Catalog::load(&store).await.map_err(anyhow::Error::msg)?;
    let node = node_id(settings)?;
    let released = store.release_claims(&node).await?;
    if released > 0 {
        tracing::info!(
            taken = released,
            "mail, fetches and a backup this node had taken before it stopped are due again"
        );
    }
    let mut mail = mail;
    if let Some(mail) = mail.as_mut() {
        mail.node = node.clone();
    }
    let addr = listener.local_addr()?;
    tracing::info!(
        address = %addr,
        database = %store.url().redacted(),
        startup_ms = started.elapsed().as_millis() as u64,
        "serving"
    );
    if let Some(text) = announce {
        // For whoever started the server; if they have stopped reading, the server carries on
        // (output::line would end the process on a closed pipe, which suits commands, not servers).
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(format!("{text}\n").as_bytes()).and_then(|()| out.flush());
    }
    // Passkeys are bound to a host name: the configured public address, or localhost when
    // serving on loopback.
    let public_url = settings
        .public_url
        .clone()
        .or_else(|| addr.ip().is_loopback().then(|| format!("http://localhost:{}", addr.port())));
    let webauthn = match public_url.as_deref().map(comity_web::webauthn_for) {
        Some(Ok(w)) => Some(Arc::new(w)),
        Some(Err(e)) => {
            tracing::warn!(problem = %e, "passkeys are off");
            None
        }
        None => {
            tracing::warn!("passkeys are off: set public_url to the address people use");
            None
        }
    };
    let rate = comity_web::limits::RateLimiter::new(settings.rate_limits);
    let app = Arc::new(App {
        store: store.clone(),
        catalog,
        mail,
        webauthn,
        pages: Default::default(),
        public_index: Default::default(),
        rate,
        metrics: comity_web::metrics::Metrics::new(settings.metrics_token.as_deref()),
    });
    let schedule = comity_jobs::Schedule {
        store: store.clone(),
        mail: app.mail.clone(),
        messages: app.catalog.messages.clone(),
        states: Arc::new(comity_states::StateRegistry::embedded(&comity_i18n::Collation::new())?),
        ods_url: settings.ods_url.clone(),
        node,
        checkpoints: comity_jobs::Checkpoints { key: audit_key, file: super::audit::checkpoint_file(settings) },
        backups: settings.backups.clone(),
    };
    let jobs = schedule.start();
    comity_web::serve(app, listener, shutdown_signal()).await.context("serving")?;
    jobs.stop().await;
    tracing::info!("stopped; requests in flight were completed");
    store.close().await;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}
