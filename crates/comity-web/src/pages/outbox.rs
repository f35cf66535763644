//! The mail outbox for the Secretariat: how many mails wait, retry, went out or bounced, the
//! oldest still waiting, and the newest mails with their state and last error. Bodies carry
//! one-time links (check acknowledgements, invitations, resets) and stay hidden, except when the
//! relay is the deployment's own loopback mailbox (`comity demo`), whose mail nobody else gets.

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;
use comity_store::{OutboxCounts, OutboxEntry};

use super::page::{OrFail, Page, PageCtx, PageError, render_private};

/// Mails listed, newest first.
const SHOWN: i64 = 200;

#[derive(Template)]
#[template(path = "outbox.html")]
struct OutboxPage<'a> {
    page: Page<'a>,
    counts: OutboxCounts,
    mails: Vec<OutboxEntry>,
    /// The relay is this deployment's own mailbox: bodies are shown.
    own_mailbox: bool,
    /// No relay at all: mail waits until one is configured.
    no_relay: bool,
}

pub(crate) async fn outbox(PageCtx { app, lang, uri, .. }: PageCtx) -> Result<Response, PageError> {
    let (mails, counts) = app.store.outbox(SHOWN).await.or_fail("reading the outbox")?;
    let page = Page::new(lang, &app.catalog.messages, "outbox", &uri);
    Ok(render_private(
        StatusCode::OK,
        &OutboxPage {
            page,
            counts,
            mails,
            own_mailbox: app.mail.as_ref().is_some_and(|m| m.own_mailbox),
            no_relay: app.mail.is_none(),
        },
    ))
}
