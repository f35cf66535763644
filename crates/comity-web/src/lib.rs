//! Comity's HTTP face: the public pages in the six official languages, the JSON API under
//! `/api/v1` with its OpenAPI document, health and readiness probes, and the middleware every
//! response passes through (request ids, logs, security headers, limits).
#![forbid(unsafe_code)]

mod access;
mod api;
mod assets;
mod charts;
mod explain;
mod health;
pub mod limits;
pub mod metrics;
mod middleware;
mod pages;
mod round_report;
mod routes;
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
pub use pages::{compilation_akn, compilation_words};

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
    /// What the search finds beside the paragraphs (framework, titles, published replies).
    pub public_index: pages::PublicIndexCache,
    /// Requests a minute per anonymous address and per API token (see [`limits`]).
    pub rate: limits::RateLimiter,
    /// What `/metrics` serves, and the token a scrape must bring (see [`metrics`]).
    pub metrics: metrics::Metrics,
}

impl App {
    /// The application on `store` as the benchmarks on loopback run it: no mail relay, no
    /// passkeys, no metrics token, requests counted but never limited.
    pub fn for_benchmarks(store: Store, catalog: Catalog) -> App {
        App {
            store,
            catalog,
            mail: None,
            webauthn: None,
            pages: Default::default(),
            public_index: Default::default(),
            rate: limits::RateLimiter::counting_only(),
            metrics: metrics::Metrics::new(None),
        }
    }
}

/// Rendered public pages (a cycle's report as HTML or Word) by address, each with the
/// fingerprint of what it was made from; a page is served again only while the fingerprint
/// read from the database matches, so every node of a deployment stays right.
/// A page's fingerprint and body.
type CachedPage = (String, axum::body::Bytes);

#[derive(Default)]
pub struct PageCache {
    entries: std::sync::Mutex<(std::collections::HashMap<String, CachedPage>, usize)>,
    /// The pages being built now, by address: a reader who finds one waits for it instead of
    /// building it again (without this, a cold cache under 64 connections built one search
    /// page 64 times at once and p99 passed 800 ms).
    building: std::sync::Mutex<std::collections::HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
}

impl PageCache {
    /// Pages kept at most, and bytes (a whole report of 193 replies is about 6 MB); past
    /// either the cache starts again.
    const CAPACITY: usize = 512;
    const CAPACITY_BYTES: usize = 256 * 1024 * 1024;

    pub fn get(&self, key: &str, fingerprint: &str) -> Option<axum::body::Bytes> {
        let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        entries.0.get(key).filter(|(f, _)| f == fingerprint).map(|(_, body)| body.clone())
    }

    /// The turn to build the page at `key`: held by one builder at a time. Taken, the cache is
    /// read again (the previous holder may have just built it).
    pub(crate) fn building(&self, key: &str) -> Arc<tokio::sync::Mutex<()>> {
        let mut building = self.building.lock().unwrap_or_else(|p| p.into_inner());
        building.entry(key.to_string()).or_default().clone()
    }

    /// The build at `key` is over: its turn is forgotten once nobody waits for it.
    pub(crate) fn built(&self, key: &str) {
        let mut building = self.building.lock().unwrap_or_else(|p| p.into_inner());
        if building.get(key).is_some_and(|turn| Arc::strong_count(turn) == 1) {
            building.remove(key);
        }
    }

    pub fn put(&self, key: String, fingerprint: String, body: axum::body::Bytes) {
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
        .nest("/api/v1", api_router)
        .merge(outside_api().into_router())
        // After routing, on every route: the one policy (see access::ROUTES).
        .route_layer(axum::middleware::from_fn_with_state(app.clone(), access::enforce))
        // Around the policy, so refusals are counted and timed like answers.
        .route_layer(axum::middleware::from_fn_with_state(app.clone(), metrics::track))
        .layer(axum::middleware::from_fn_with_state(app.clone(), limits::rate_limit))
        .with_state(app.clone());
    middleware::apply(routes).layer(axum::middleware::from_fn_with_state(app, explain::explain))
}

/// Every route outside the API: probes, assets, pages, TAXII.
fn outside_api() -> routes::Routes {
    routes::Routes::new().merge(health::router()).merge(assets::router()).merge(pages::router()).merge(taxii::router())
}

/// Every address the application serves, as the access policy writes them: the routes outside
/// the API, and the API's operations (`/api/v1` and the OpenAPI document's paths) with their
/// methods. For the test that the policy and the router agree.
pub fn served() -> (Vec<&'static str>, Vec<(String, String)>) {
    let doc = openapi_document();
    let mut api = vec![("GET".to_string(), format!("/api/v1{}", api::DOCUMENT_PATH))];
    for (path, item) in &doc.paths.paths {
        let methods = serde_json::to_value(item).unwrap_or_default();
        for method in methods.as_object().into_iter().flat_map(|m| m.keys()) {
            if matches!(method.as_str(), "get" | "post" | "put" | "patch" | "delete") {
                api.push((method.to_ascii_uppercase(), format!("/api/v1{path}")));
            }
        }
    }
    (outside_api().paths().to_vec(), api)
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

#[cfg(test)]
mod page_cache_tests {
    use super::PageCache;

    /// Builders of one page take turns on the same lock; the turn is forgotten when the last
    /// one is done, and another page has a turn of its own.
    #[tokio::test]
    async fn builders_of_one_page_take_turns() {
        let cache = PageCache::default();
        let first = cache.building("/en/search?q=a");
        let second = cache.building("/en/search?q=a");
        assert!(std::sync::Arc::ptr_eq(&first, &second));
        let held = first.lock().await;
        assert!(second.try_lock().is_err(), "the second builder waits for the first");
        assert!(cache.building("/en/search?q=b").try_lock().is_ok(), "another page does not wait");
        drop(held);
        drop(first);
        cache.built("/en/search?q=a");
        assert!(cache.building.lock().unwrap().contains_key("/en/search?q=a"), "still awaited by the second");
        drop(second);
        cache.built("/en/search?q=a");
        assert!(!cache.building.lock().unwrap().contains_key("/en/search?q=a"));
    }
}
