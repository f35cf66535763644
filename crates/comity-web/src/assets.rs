//! Static assets compiled into the binary, so the server needs nothing from outside.

use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

const STYLESHEET: &str = include_str!("../assets/comity.css");
/// The scripts, both progressive enhancement (the pages work without them): passkey
/// ceremonies, and drafts of long forms kept in the browser until sent.
const PASSKEYS: &str = include_str!("../assets/passkeys.js");
const DRAFTS: &str = include_str!("../assets/drafts.js");

pub(crate) fn router() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .route("/static/comity.css", get(stylesheet))
        .route("/static/passkeys.js", get(|| script(PASSKEYS)))
        .route("/static/drafts.js", get(|| script(DRAFTS)))
}

async fn stylesheet() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")], STYLESHEET)
}

async fn script(source: &'static str) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")],
        source,
    )
}
