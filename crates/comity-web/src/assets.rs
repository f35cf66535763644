//! Static assets compiled into the binary, so the server needs nothing from outside.

use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

const STYLESHEET: &str = include_str!("../assets/comity.css");
/// The only script: passkey ceremonies (the pages work without it).
const PASSKEYS: &str = include_str!("../assets/passkeys.js");

pub(crate) fn router() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .route("/static/comity.css", get(stylesheet))
        .route("/static/passkeys.js", get(passkeys_script))
}

async fn stylesheet() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")], STYLESHEET)
}

async fn passkeys_script() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")],
        PASSKEYS,
    )
}
