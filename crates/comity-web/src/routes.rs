//! A router that knows the addresses it serves: the parts outside the API (probes, assets,
//! pages, TAXII) are built with it, so that the test that every route is declared in the access
//! policy ([`crate::access::ROUTES`]), and every declared route served, compares that policy
//! with these addresses and the OpenAPI document's (see [`crate::served`]), not with the source.

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
