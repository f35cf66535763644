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
use comity_jobs::Mail;
use comity_states::StateRegistry;
use comity_store::Store;
use tokio::net::TcpListener;

pub use access::{ROUTES, RoutePolicy, Scope};
pub use api::openapi_document;

/// What the pages and the API read: loaded once at start from the database.
pub struct Catalog {
    pub states: StateRegistry,
    pub framework: Framework,
    pub messages: Arc<Messages>,
}

impl Catalog {
    /// Reads the reference data from the store and the interface messages from the binary.
    pub async fn load(store: &Store) -> Result<Catalog, String> {
        let collation = Collation::new();
        let (states, framework) = store.load_reference(&collation).await.map_err(|e| e.to_string())?;
        let messages = Arc::new(Messages::load().map_err(|e| e.to_string())?);
        Ok(Catalog { states, framework, messages })
    }

    /// What a report's frame is made with.
    pub fn report_context(&self) -> comity_store::ReportContext<'_> {
        comity_store::ReportContext { states: &self.states, framework: &self.framework, messages: &self.messages }
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
