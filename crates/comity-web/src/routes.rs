//! The router outside the API, built so that it knows the addresses it serves: the test that
//! every route is declared in the access policy ([`crate::access::ROUTES`]), and every declared
//! route served, compares that policy with these addresses and the OpenAPI document's, not with
//! the source.

use axum::Router;
use axum::handler::Handler;
use axum::routing::MethodRouter;

use crate::AppState;

/// A router and the addresses given to it.
#[derive(Default)]
pub(crate) struct Routes {
    router: Router<AppState>,
    paths: Vec<&'static str>,
}

impl Routes {
    pub(crate) fn new() -> Self {
        Self::default()
    }

    pub(crate) fn route(mut self, path: &'static str, methods: MethodRouter<AppState>) -> Self {
        self.router = self.router.route(path, methods);
        self.paths.push(path);
        self
    }

    pub(crate) fn merge(mut self, other: Routes) -> Self {
        self.router = self.router.merge(other.router);
        self.paths.extend(other.paths);
        self
    }

    pub(crate) fn fallback<H, T>(mut self, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.router = self.router.fallback(handler);
        self
    }

    pub(crate) fn paths(&self) -> &[&'static str] {
        &self.paths
    }

    pub(crate) fn into_router(self) -> Router<AppState> {
        self.router
    }
}

/// Every route outside the API: probes, assets, pages, TAXII.
pub(crate) fn outside_api() -> Routes {
    Routes::new()
        .merge(crate::health::router())
        .merge(crate::assets::router())
        .merge(crate::pages::router())
        .merge(crate::taxii::router())
}

/// Every address the application serves, as the access policy writes them: the routes outside
/// the API, and the API's operations (`/api/v1` and the OpenAPI document's paths) with their
/// methods. For the test that the policy and the router agree.
pub fn served() -> (Vec<&'static str>, Vec<(String, String)>) {
    let doc = crate::openapi_document();
    let mut api = vec![("GET".to_string(), format!("/api/v1{}", crate::api::DOCUMENT_PATH))];
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
