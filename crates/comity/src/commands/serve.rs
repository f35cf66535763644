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

/// How often a running server signs the newest audit entry.
const CHECKPOINT_EVERY: std::time::Duration = std::time::Duration::from_secs(60);

pub async fn bind(addr: SocketAddr) -> anyhow::Result<TcpListener> {
    TcpListener::bind(addr).await.with_context(|| format!("cannot listen on {addr} (setting bind / --bind)"))
}

/// Serves `store` on `listener`; `announce` is printed on standard output once the server accepts.
pub async fn serve(
    store: Store,
    mail: Option<comity_web::Mail>,
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
        tracing::info!(taken = released, "mail and fetches this node had taken before it stopped are due again");
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
    let app = Arc::new(App { store: store.clone(), catalog, mail, webauthn, pages: Default::default(), rate });
    // The trail is signed every minute (and once more at the end), so that a rewrite of
    // entries already signed is caught by `comity audit verify`.
    let checkpoints = super::audit::checkpoint_file(settings);
    let signer = {
        let (store, key, file) = (store.clone(), audit_key.clone(), checkpoints.clone());
        tokio::spawn(async move {
            let mut every = tokio::time::interval(CHECKPOINT_EVERY);
            loop {
                every.tick().await;
                if let Err(e) = super::audit::sign(&store, &key, &file).await {
                    tracing::error!(error = %e, "signing an audit checkpoint failed");
                }
            }
        })
    };
    // Reminders to States that have not replied go out on their days, from whichever node
    // looks first (each is claimed in the database before it is sent).
    let reminders = app.mail.clone().map(|mail| {
        let (store, app) = (store.clone(), app.clone());
        tokio::spawn(async move {
            let mut every = tokio::time::interval(REMINDERS_EVERY);
            loop {
                every.tick().await;
                let today = jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::UTC).date().to_string();
                match comity_web::send_due_reminders(&mail, &app.catalog.messages, &store, &today).await {
                    Ok(sent) => {
                        for (cycle, days, told) in sent {
                            tracing::info!(cycle, days_before = days, focal_points = told, "reminders sent");
                        }
                    }
                    Err(e) => tracing::error!(error = %e, "sending reminders failed"),
                }
                match comity_web::send_check_reminders(&mail, &app.catalog.messages, &store).await {
                    Ok(sent) => {
                        for (round, contacts) in sent {
                            tracing::info!(round, contacts, "check reminders queued");
                        }
                    }
                    Err(e) => tracing::error!(error = %e, "queuing check reminders failed"),
                }
            }
        })
    });
    // The outbox (communication checks, messages between States): every node sends what is
    // due; a mail is taken by one node at a time, under a lease. Messages not acknowledged in
    // time escalate about once a minute (a critical one has an hour).
    let outbox = app.mail.clone().map(|mail| {
        let (store, app) = (store.clone(), app.clone());
        tokio::spawn(async move {
            let mut every = tokio::time::interval(OUTBOX_EVERY);
            let mut ticks: u64 = 0;
            loop {
                every.tick().await;
                ticks += 1;
                if ticks % 30 == 1 {
                    match comity_web::start_due_checks(&mail, &app.catalog.messages, &store).await {
                        Ok(started) => {
                            for (schedule, outcome) in started {
                                match outcome {
                                    Ok((round, contacts)) => {
                                        tracing::info!(schedule, round, contacts, "scheduled check started")
                                    }
                                    Err(reason) => {
                                        tracing::warn!(schedule, reason, "a scheduled check could not start")
                                    }
                                }
                            }
                        }
                        Err(e) => tracing::error!(error = %e, "starting scheduled checks failed"),
                    }
                    match comity_web::escalate_messages(&mail, &app.catalog.messages, &store).await {
                        Ok(steps) => {
                            for (message, state, stage) in steps {
                                tracing::info!(message, state, stage, "message escalated");
                            }
                        }
                        Err(e) => tracing::error!(error = %e, "escalating messages failed"),
                    }
                }
                match comity_web::deliver_outbox(&mail, &store).await {
                    Ok((0, 0)) => {}
                    Ok((sent, failed)) => tracing::info!(sent, failed, "outbox delivered"),
                    Err(e) => tracing::error!(error = %e, "delivering the outbox failed"),
                }
            }
        })
    });
    // Fetches from the ODS asked for in the portal: whichever node looks first takes one, under
    // a lease, and works through it.
    let fetcher = {
        let (store, base) = (store.clone(), settings.ods_url.clone());
        let states = Arc::new(comity_states::StateRegistry::embedded(&comity_i18n::Collation::new())?);
        tokio::spawn(async move {
            let mut every = tokio::time::interval(FETCHES_EVERY);
            loop {
                every.tick().await;
                match comity_ods::work_through_fetches(&store, states.clone(), &base, &node).await {
                    Ok(0) => {}
                    Ok(done) => tracing::info!(versions = done, "documents fetched from the ODS"),
                    Err(e) => tracing::error!(error = %e, "fetching documents from the ODS failed"),
                }
            }
        })
    };
    comity_web::serve(app, listener, shutdown_signal()).await.context("serving")?;
    fetcher.abort();
    signer.abort();
    if let Some(reminders) = reminders {
        reminders.abort();
    }
    if let Some(outbox) = outbox {
        outbox.abort();
    }
    if let Err(e) = super::audit::sign(&store, &audit_key, &checkpoints).await {
        tracing::error!(error = %e, "signing the last audit checkpoint failed");
    }
    tracing::info!("stopped; requests in flight were completed");
    store.close().await;
    Ok(())
}

/// How often the server looks for fetches from the ODS to work on.
const FETCHES_EVERY: std::time::Duration = std::time::Duration::from_secs(2);

/// How often the server hands the outbox's due mail to the relay.
const OUTBOX_EVERY: std::time::Duration = std::time::Duration::from_secs(2);

/// How often the server looks for reminders due.
const REMINDERS_EVERY: std::time::Duration = std::time::Duration::from_secs(600);

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
