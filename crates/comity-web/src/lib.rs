//! Comity's HTTP face: the public pages in the six official languages, the JSON API under
//! `/api/v1` with its OpenAPI document, health and readiness probes, and the middleware every
//! response passes through (request ids, logs, security headers, limits).
#![forbid(unsafe_code)]

mod access;
mod api;
mod assets;
mod charts;
mod health;
pub mod limits;
mod middleware;
mod pages;
mod round_report;
pub mod taxii;
pub use round_report::{round_report_docx, round_report_html, round_report_markdown};

use std::future::Future;
use std::sync::Arc;

use axum::Router;
use comity_framework::Framework;
use comity_i18n::{Collation, Messages};
use comity_states::StateRegistry;
use comity_store::Store;
use tokio::net::TcpListener;

pub use access::{ROUTES, RoutePolicy, Scope};
pub use api::openapi_document;

/// What the pages and the API read: loaded once at start from the database.
pub struct Catalog {
    pub states: StateRegistry,
    pub framework: Framework,
    pub messages: Messages,
}

impl Catalog {
    /// Reads the reference data from the store and the interface messages from the binary.
    pub async fn load(store: &Store) -> Result<Catalog, String> {
        let collation = Collation::new();
        let (states, framework) = store.load_reference(&collation).await.map_err(|e| e.to_string())?;
        let messages = Messages::load().map_err(|e| e.to_string())?;
        Ok(Catalog { states, framework, messages })
    }

    /// What a report's frame is made with.
    pub fn report_context(&self) -> comity_store::ReportContext<'_> {
        comity_store::ReportContext { states: &self.states, framework: &self.framework, messages: &self.messages }
    }
}

/// Outgoing mail: the relay, and the address links in mail point to.
#[derive(Clone, Debug)]
pub struct Mail {
    pub mailer: comity_mail::Mailer,
    pub public_url: String,
    /// This node's name in the outbox's leases (kept in DATA_DIR/node-id by `serve`, so that a
    /// node starting again takes back what it held).
    pub node: String,
}

/// The address a single-use link opens, in the recipient's language.
pub fn link_url(mail_public_url: &str, lang: &str, secret: &str) -> String {
    format!("{mail_public_url}/{lang}/welcome/{secret}")
}

/// Mails an invitation or reset link in the recipient's language. Links are never logged.
pub async fn send_link(
    mail: &Mail,
    messages: &Messages,
    to: &comity_store::LinkTarget,
    secret: &str,
    org: &str,
) -> Result<(), String> {
    let lang = to.lang.parse::<comity_i18n::Lang>().unwrap_or(comity_i18n::Lang::En);
    let link = link_url(&mail.public_url, lang.code(), secret);
    let name = to.name.as_str();
    let (subject, body) = if to.purpose == "reset" {
        (
            messages.get(lang, "mail-reset-subject"),
            messages.format(lang, "mail-reset-body", &[("name", name.into()), ("link", link.as_str().into())]),
        )
    } else {
        (
            messages.get(lang, "mail-invitation-subject"),
            messages.format(
                lang,
                "mail-invitation-body",
                &[("name", name.into()), ("link", link.as_str().into()), ("org", org.into())],
            ),
        )
    };
    mail.mailer.send(None, (&to.name, &to.email), &subject, &body).await.map_err(|e| e.to_string())
}

/// Why States' focal points are written to about a cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CycleMail {
    /// The cycle has opened: every State's focal point.
    Opened,
    /// The deadline nears: the focal points of States that have not submitted a reply.
    Reminder,
}

/// Mails States' focal points about a cycle, each in their language, through the outbox
/// (queued in one transaction, then handed to the relay at once); returns how many were
/// written to.
pub async fn mail_focal_points(
    mail: &Mail,
    messages: &Messages,
    store: &Store,
    cycle: &comity_reporting::Cycle,
    why: CycleMail,
) -> Result<usize, String> {
    let mails = focal_point_mails(mail, messages, store, cycle, why).await?;
    store.queue_mail(&mails).await.map_err(|e| e.to_string())?;
    deliver_outbox(mail, store).await?;
    Ok(mails.len())
}

/// The mails to States' focal points about a cycle (name, email, subject, body): on opening,
/// every focal point; as a reminder, those of States that have not submitted.
async fn focal_point_mails(
    mail: &Mail,
    messages: &Messages,
    store: &Store,
    cycle: &comity_reporting::Cycle,
    why: CycleMail,
) -> Result<Vec<comity_store::QueuedMail>, String> {
    let replied: Vec<String> = store
        .replies(&cycle.id, None)
        .await
        .map_err(|e| e.to_string())?
        .into_iter()
        .filter(|r| r.status != "draft")
        .map(|r| r.state)
        .collect();
    let (subject_id, body_id) = match why {
        CycleMail::Opened => ("mail-cycle-subject", "mail-cycle-body"),
        CycleMail::Reminder => ("mail-reminder-subject", "mail-reminder-body"),
    };
    let mut mails = Vec::new();
    for account in store.list_accounts(None).await.map_err(|e| e.to_string())? {
        let states: Vec<&str> = account
            .memberships
            .iter()
            .filter(|m| m.role == comity_access::Role::FocalPoint)
            .filter_map(|m| match &m.org {
                comity_access::OrgRef::State(iso3) => Some(iso3.as_str()),
                comity_access::OrgRef::Secretariat => None,
            })
            .collect();
        let waiting = states.iter().any(|s| why == CycleMail::Opened || !replied.iter().any(|r| r == s));
        if account.disabled || states.is_empty() || !waiting {
            continue;
        }
        let lang = account.lang.parse().unwrap_or(comity_i18n::Lang::En);
        let resolution = cycle.details.resolution.as_str();
        let subject = messages.format(lang, subject_id, &[("resolution", resolution.into())]);
        let link = format!("{}/{}/cycles", mail.public_url, lang.code());
        let body = messages.format(
            lang,
            body_id,
            &[
                ("name", account.name.as_str().into()),
                ("resolution", resolution.into()),
                ("deadline", cycle.details.deadline.as_str().into()),
                ("link", link.as_str().into()),
                ("cycle", cycle.id.as_str().into()),
            ],
        );
        mails.push(comity_store::QueuedMail {
            name: account.name.clone(),
            email: account.email.clone(),
            subject,
            body,
        });
    }
    Ok(mails)
}

/// Queues the reminders due on `today` (YYYY-MM-DD) for the focal points of States that have
/// not submitted, each reminder once across every node, in the transaction that takes it;
/// the outbox sends them. Returns (cycle, days before the deadline, focal points written to).
pub async fn send_due_reminders(
    mail: &Mail,
    messages: &Messages,
    store: &Store,
    today: &str,
) -> Result<Vec<(String, i64, usize)>, String> {
    let mut sent = Vec::new();
    for (cycle_id, days) in store.due_reminders(today).await.map_err(|e| e.to_string())? {
        let actor = comity_store::Actor { org: Some("SECRETARIAT".into()), ..comity_store::Actor::system() };
        let Some(cycle) = store.cycle(&cycle_id).await.map_err(|e| e.to_string())? else { continue };
        let mails = focal_point_mails(mail, messages, store, &cycle, CycleMail::Reminder).await?;
        if !store.claim_reminder(&cycle_id, days, &mails, &actor).await.map_err(|e| e.to_string())? {
            continue;
        }
        sent.push((cycle_id, days, mails.len()));
    }
    Ok(sent)
}

/// Starts a communication check of the listed contacts in `scope`: each gets, in its first
/// working language when it is an official one (English otherwise), a mail with its personal
/// acknowledgement link, queued in the outbox with the round.
pub async fn start_check(
    mail: &Mail,
    messages: &Messages,
    store: &Store,
    (title, deadline): (&str, &str),
    scope: &comity_store::CheckScope,
    actor: &comity_store::Actor,
) -> Result<(String, usize), comity_store::StoreError> {
    store.start_check(title, deadline, scope, check_mail(mail, messages, "check-mail-subject"), actor).await
}

/// Starts the scheduled rounds due now (each occurrence once across nodes); their mail
/// leaves through the outbox. Returns (schedule, round and contacts asked, or why not).
pub async fn start_due_checks(
    mail: &Mail,
    messages: &Messages,
    store: &Store,
) -> Result<Vec<(String, Result<(String, usize), String>)>, comity_store::StoreError> {
    let actor = comity_store::Actor { org: Some("SECRETARIAT".into()), ..comity_store::Actor::system() };
    store.start_due_checks(jiff::Timestamp::now(), check_mail(mail, messages, "check-mail-subject"), &actor).await
}

/// Sends the check reminders due now (each once across nodes) with fresh links; their mail
/// leaves through the outbox. Returns (round, contacts reminded).
pub async fn send_check_reminders(
    mail: &Mail,
    messages: &Messages,
    store: &Store,
) -> Result<Vec<(String, usize)>, comity_store::StoreError> {
    let actor = comity_store::Actor { org: Some("SECRETARIAT".into()), ..comity_store::Actor::system() };
    store
        .send_check_reminders(jiff::Timestamp::now(), check_mail(mail, messages, "check-reminder-subject"), &actor)
        .await
}

/// The words of a check's mail (or its reminder's, by `subject_id`) for one contact.
fn check_mail<'a>(
    mail: &'a Mail,
    messages: &'a Messages,
    subject_id: &'a str,
) -> impl Fn(&comity_store::CheckMail<'_>) -> (String, String) + 'a {
    move |m: &comity_store::CheckMail<'_>| {
        let lang = m
            .contact
            .languages
            .iter()
            .find_map(|l| l.parse::<comity_i18n::Lang>().ok())
            .unwrap_or(comity_i18n::Lang::En);
        let link = format!("{}/{}/ack/{}", mail.public_url, lang.code(), m.token);
        let deadline = m.deadline.replace('T', " ").trim_end_matches('Z').to_string();
        let subject = messages.format(lang, subject_id, &[("deadline", deadline.as_str().into())]);
        let body = messages.format(
            lang,
            "check-mail-body",
            &[
                ("name", m.contact.name.as_str().into()),
                ("deadline", deadline.as_str().into()),
                ("link", link.as_str().into()),
            ],
        );
        (subject, body)
    }
}

/// The words of the notice of a message to one person (or of its escalation): in the
/// person's first working language Comity speaks; what kind of message, from which State, how
/// urgent, how marked, by when to acknowledge, and the link. Never the subject or the text:
/// mail is not where TLP can be enforced.
/// `public_url` is where the portal is reached (the mail settings'; without mail settings the
/// notices wait in the outbox with a link relative to the site).
pub fn message_notice<'a>(
    public_url: &'a str,
    messages: &'a Messages,
) -> impl Fn(&comity_store::MessageNotice<'_>) -> (String, String) + 'a {
    move |n: &comity_store::MessageNotice<'_>| {
        let lang =
            n.languages.iter().find_map(|l| l.parse::<comity_i18n::Lang>().ok()).unwrap_or(comity_i18n::Lang::En);
        let link = format!("{}/{}/messages/{}", public_url, lang.code(), n.thread_id);
        let deadline = n.deadline.chars().take(16).collect::<String>().replace('T', " ");
        let kind = messages.get(lang, &format!("message-kind-{}", n.kind.as_str()));
        let urgency = messages.get(lang, &format!("message-urgency-{}", n.urgency.as_str()));
        let tlp = n.tlp.label();
        let args = [
            ("name", n.recipient_name.into()),
            ("kind", kind.as_str().into()),
            ("state", n.sender_state.into()),
            ("urgency", urgency.as_str().into()),
            ("tlp", tlp.as_str().into()),
            ("deadline", deadline.as_str().into()),
            ("link", link.as_str().into()),
        ];
        let subject_id = if n.escalated { "message-mail-escalated-subject" } else { "message-mail-subject" };
        (messages.format(lang, subject_id, &args), messages.format(lang, "message-mail-body", &args))
    }
}

/// Escalates the messages not acknowledged in time (each step once across nodes); the
/// notices leave through the outbox. Returns (message, State, stage reached).
pub async fn escalate_messages(
    mail: &Mail,
    messages: &Messages,
    store: &Store,
) -> Result<Vec<(String, String, i64)>, comity_store::StoreError> {
    let actor = comity_store::Actor { org: Some("SECRETARIAT".into()), ..comity_store::Actor::system() };
    store.escalate_messages(jiff::Timestamp::now(), message_notice(&mail.public_url, messages), &actor).await
}

/// Hands the outbox's due mail to the relay until none is due, up to 32 conversations with
/// the relay at once (each SMTP exchange waits on round trips; several hide them); a refusal
/// is kept with the mail, which is tried again later. Returns (sent, failed).
pub async fn deliver_outbox(mail: &Mail, store: &Store) -> Result<(usize, usize), String> {
    const AT_ONCE: usize = 32;
    let (mut sent, mut failed) = (0, 0);
    loop {
        // Taken a few at a time, so that little waits on a lease if this node stops.
        let batch = store
            .claim_mail(AT_ONCE as i64 * 2, std::time::Duration::from_secs(120), &mail.node)
            .await
            .map_err(|e| e.to_string())?;
        if batch.is_empty() {
            return Ok((sent, failed));
        }
        let mut sending = tokio::task::JoinSet::new();
        let mut waiting = batch.into_iter();
        loop {
            while sending.len() < AT_ONCE {
                let Some(m) = waiting.next() else { break };
                let mailer = mail.mailer.clone();
                sending.spawn(async move {
                    let outcome =
                        mailer.send(Some(&m.id), (&m.recipient_name, &m.recipient), &m.subject, &m.body).await;
                    (m, outcome)
                });
            }
            let Some(done) = sending.join_next().await else { break };
            let (m, outcome) = done.map_err(|e| e.to_string())?;
            match outcome {
                Ok(()) => {
                    store.mail_sent(&m.id).await.map_err(|e| e.to_string())?;
                    sent += 1;
                }
                Err(e) if e.is_permanent() => {
                    tracing::warn!(recipient = %m.recipient, error = %e, "the relay refused a mail for good (bounced)");
                    store.mail_bounced(&m.id, &e.to_string()).await.map_err(|e| e.to_string())?;
                    failed += 1;
                }
                Err(e) => {
                    tracing::warn!(recipient = %m.recipient, error = %e, "the relay did not take a mail; it will be tried again");
                    store.mail_failed(&m.id, m.attempts, &e.to_string()).await.map_err(|e| e.to_string())?;
                    failed += 1;
                }
            }
        }
    }
}

/// Shared state of a running server.
pub struct App {
    pub store: Store,
    pub catalog: Catalog,
    /// None when no relay is configured: pages that would send mail say so.
    pub mail: Option<Mail>,
    /// WebAuthn relying party for passkeys, bound to the deployment's public address; None
    /// when that address cannot carry passkeys (an IP address, say).
    pub webauthn: Option<Arc<webauthn_rs::Webauthn>>,
    /// Public pages kept while what they are made of is unchanged (see [`PageCache`]).
    pub pages: PageCache,
    /// Requests a minute per anonymous address and per API token (see [`limits`]).
    pub rate: limits::RateLimiter,
}

/// Rendered public pages (a cycle's report as HTML or Word) by address, each with the
/// fingerprint of what it was made from; a page is served again only while the fingerprint
/// read from the database matches, so every node of a deployment stays right.
/// A page's fingerprint and body.
type CachedPage = (String, Arc<Vec<u8>>);

#[derive(Default)]
pub struct PageCache {
    entries: std::sync::Mutex<(std::collections::HashMap<String, CachedPage>, usize)>,
}

impl PageCache {
    /// Pages kept at most, and bytes (a whole report of 193 replies is about 6 MB); past
    /// either the cache starts again.
    const CAPACITY: usize = 512;
    const CAPACITY_BYTES: usize = 256 * 1024 * 1024;

    pub fn get(&self, key: &str, fingerprint: &str) -> Option<Arc<Vec<u8>>> {
        let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        entries.0.get(key).filter(|(f, _)| f == fingerprint).map(|(_, body)| body.clone())
    }

    pub fn put(&self, key: String, fingerprint: String, body: Arc<Vec<u8>>) {
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        let (pages, bytes) = &mut *entries;
        if pages.len() >= Self::CAPACITY || *bytes + body.len() > Self::CAPACITY_BYTES {
            pages.clear();
            *bytes = 0;
        }
        *bytes += body.len();
        if let Some((_, old)) = pages.insert(key, (fingerprint, body)) {
            *bytes = bytes.saturating_sub(old.len());
        }
    }
}

/// The WebAuthn relying party for a public address such as `https://comity.example.org`
/// (passkeys are bound to its host name; IP addresses cannot have them).
pub fn webauthn_for(public_url: &str) -> Result<webauthn_rs::Webauthn, String> {
    let url = webauthn_rs::prelude::Url::parse(public_url).map_err(|e| format!("{public_url:?}: {e}"))?;
    let host = url.domain().ok_or_else(|| format!("{public_url:?}: passkeys need a host name, not an IP address"))?;
    webauthn_rs::WebauthnBuilder::new(host, &url)
        .and_then(|b| b.rp_name("Comity").build())
        .map_err(|e| format!("{public_url:?}: {e}"))
}

pub type AppState = Arc<App>;

/// The whole application: pages, API, probes and middleware.
pub fn router(app: AppState) -> Router {
    let (api_router, _) = api::router().split_for_parts();
    let routes = Router::new()
        .merge(health::router())
        .merge(assets::router())
        .nest("/api/v1", api_router)
        .merge(pages::router())
        .merge(taxii::router())
        // After routing, on every route: the one policy (see access::ROUTES).
        .route_layer(axum::middleware::from_fn_with_state(app.clone(), access::enforce))
        .layer(axum::middleware::from_fn_with_state(app.clone(), limits::rate_limit))
        .with_state(app.clone());
    middleware::apply(routes).layer(axum::middleware::from_fn_with_state(app, explain_refusals))
}

/// Refusals made by the layers below the pages (a body over the size limit, a NUL character,
/// too many requests) are explained in the page's language, or as an API or TAXII error, like
/// any other.
async fn explain_refusals(
    axum::extract::State(app): axum::extract::State<AppState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::http::StatusCode;
    use axum::response::IntoResponse;
    use middleware::LayerRefusal;
    let path = request.uri().path().to_string();
    let response = next.run(request).await;
    let why = response.extensions().get::<LayerRefusal>().copied();
    let status = response.status();
    // A handler's own refusal in JSON (TAXII's "too many objects", say) says more than ours.
    let explained_already = response
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.contains("json"));
    if explained_already {
        return response;
    }
    let (key, code, title, message) = match (status, why) {
        (StatusCode::PAYLOAD_TOO_LARGE, _) => (
            "too-large",
            "too_large",
            "envelope too large",
            if path.starts_with("/taxii2/") {
                format!(
                    "the request body is over {} bytes (the API root's max_content_length)",
                    middleware::TAXII_LIMIT
                )
            } else {
                format!("the request body is over {} bytes", middleware::BODY_LIMIT)
            },
        ),
        (_, Some(LayerRefusal::Nul)) => (
            "nul",
            "nul_character",
            "NUL character",
            "the request contains a NUL character (U+0000), which is not text: remove it and send again".to_string(),
        ),
        (_, Some(LayerRefusal::RateLimited)) => (
            "rate-limited",
            "rate_limited",
            "too many requests",
            "more requests than this address or token may send in a minute: wait, then try again".to_string(),
        ),
        _ => return response,
    };
    let retry_after = response.headers().get(axum::http::header::RETRY_AFTER).cloned();
    let mut explained = if path.starts_with("/taxii2/") {
        taxii::error(status, title, &message)
    } else if path.starts_with("/api/") {
        (status, axum::Json(serde_json::json!({ "error": { "code": code, "message": message } }))).into_response()
    } else {
        let lang = pages::page_lang(path.trim_start_matches('/').split('/').next().unwrap_or(""))
            .unwrap_or(comity_i18n::Lang::En);
        pages::refusal_page(&app, lang, status, key)
    };
    if let Some(after) = retry_after {
        explained.headers_mut().insert(axum::http::header::RETRY_AFTER, after);
    }
    explained
}

/// Serves until `shutdown` resolves, then finishes the requests in flight.
pub async fn serve(
    app: AppState,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    // The peer's address is what sign-in throttling and the audit trail record.
    axum::serve(listener, router(app).into_make_service_with_connect_info::<std::net::SocketAddr>())
        .with_graceful_shutdown(shutdown)
        .await
}
