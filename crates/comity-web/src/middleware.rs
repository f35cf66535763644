//! The layers every request and response pass through: request ids (UUIDv7, returned in
//! `x-request-id`), one log span per request, secrets kept out of logs, size and time limits,
//! panics turned into a 500, and the security headers.

use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderName, HeaderValue, Request, Response, StatusCode, header};
use tower::ServiceBuilder;
use tower_http::LatencyUnit;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer};
use tower_http::sensitive_headers::SetSensitiveRequestHeadersLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");
/// No inline scripts or styles, nothing from other origins, never framed. The one script
/// (passkeys) is served from here and talks only to here.
const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
pub(crate) const BODY_LIMIT: usize = 64 * 1024;
/// Attachments to a reply arrive as one file per request, up to the attachment limit.
/// A TAXII envelope (the API root's `max_content_length`).
pub(crate) const TAXII_LIMIT: usize = 4 * 1024 * 1024;
pub(crate) const UPLOAD_LIMIT: usize = comity_reporting::attachments::MAX_ATTACHMENT_BYTES + BODY_LIMIT;
pub(crate) const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// A request's path as the log may show it: the single-use secrets some links carry
/// (`/welcome/{token}`, `/ack/{token}`) are replaced, so that logs never hold a working link.
fn loggable_path(path: &str) -> std::borrow::Cow<'_, str> {
    let segments: Vec<&str> = path.split('/').collect();
    if !segments.iter().any(|s| matches!(*s, "welcome" | "ack")) {
        return std::borrow::Cow::Borrowed(path);
    }
    let mut out = Vec::with_capacity(segments.len());
    let mut secret_next = false;
    for segment in segments {
        out.push(if secret_next && !segment.is_empty() { "[secret]" } else { segment });
        secret_next = matches!(segment, "welcome" | "ack");
    }
    std::borrow::Cow::Owned(out.join("/"))
}

/// Bodies are small (forms, JSON) but for attachment uploads; a body over its limit is
/// refused with 413, before it is read when its length is declared.
async fn limit_body(request: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    use axum::response::IntoResponse;
    let post = request.method() == axum::http::Method::POST;
    let limit = match request.uri().path() {
        // Attachments, and a zero draft sent as a Word file (opening, or the Chair's own).
        p if post && (p.ends_with("/attachments") || p.ends_with("/negotiations")) => UPLOAD_LIMIT,
        p if p.ends_with("/zero-draft") => UPLOAD_LIMIT,
        p if post && p.starts_with("/taxii2/") => TAXII_LIMIT,
        _ => BODY_LIMIT,
    };
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > limit) {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    }
    let (parts, body) = request.into_parts();
    let body = Body::new(http_body_util::Limited::new(body, limit));
    next.run(axum::extract::Request::from_parts(parts, body)).await
}

/// Why a request was refused before, or outside, a handler's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unexplained {
    /// A NUL character in the query or a text body.
    Nul,
    /// More requests than the visitor's share (see [`crate::limits::RateLimits`]).
    RateLimited,
    /// The access policy's answer; the status says which (404, 401 or 403).
    Denied,
    /// The server failed (the cause is in the log, never in the answer).
    Failed,
    /// A page for signed-in people asked for anonymously: sign in, then come back.
    SignIn,
}

/// A bare response carrying why it refuses, for [`crate::explain::explain`] to put in words (a page's language
/// is its address's first segment).
pub(crate) fn unexplained(status: StatusCode, why: Unexplained) -> axum::response::Response {
    let mut response = axum::response::IntoResponse::into_response(status);
    response.extensions_mut().insert(why);
    response
}

/// Refuses a NUL character wherever text arrives: the query string, and form or JSON bodies
/// (files in multipart uploads are bytes, checked by their own readers). One refusal for every
/// route, so no NUL reaches a handler or a database (PostgreSQL cannot store it).
async fn refuse_nul(request: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    use comity_access::untrusted::{Encoding, carries_nul};
    if request.uri().query().is_some_and(|q| carries_nul(q.as_bytes(), Encoding::Percent))
        || carries_nul(request.uri().path().as_bytes(), Encoding::Percent)
    {
        return unexplained(StatusCode::BAD_REQUEST, Unexplained::Nul);
    }
    let content_type =
        request.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_ascii_lowercase();
    let encoding = if content_type.starts_with("application/x-www-form-urlencoded") {
        Encoding::Percent
    } else if content_type.starts_with("application/json") || content_type.contains("+json") {
        Encoding::Json
    } else {
        return next.run(request).await;
    };
    let (parts, body) = request.into_parts();
    // The body is bounded already (limit_body runs first).
    let bytes = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(b) => b,
        Err(_) => return axum::response::IntoResponse::into_response(StatusCode::PAYLOAD_TOO_LARGE),
    };
    if carries_nul(&bytes, encoding) {
        return unexplained(StatusCode::BAD_REQUEST, Unexplained::Nul);
    }
    next.run(axum::extract::Request::from_parts(parts, Body::from(bytes))).await
}

#[derive(Clone, Default)]
struct RequestIdV7;

impl MakeRequestId for RequestIdV7 {
    fn make_request_id<B>(&mut self, _request: &Request<B>) -> Option<RequestId> {
        HeaderValue::from_str(&uuid::Uuid::now_v7().to_string()).ok().map(RequestId::new)
    }
}

const SECURITY_HEADERS: [(HeaderName, &str); 6] = [
    (header::CONTENT_SECURITY_POLICY, CSP),
    (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    (header::X_FRAME_OPTIONS, "DENY"),
    (header::REFERRER_POLICY, "same-origin"),
    (HeaderName::from_static("permissions-policy"), "camera=(), microphone=(), geolocation=()"),
    (HeaderName::from_static("cross-origin-opener-policy"), "same-origin"),
];

fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> Response<Body> {
    // The panic message may hold data from the request; it goes to the log, not to the client.
    tracing::error!("a request handler panicked");
    Response::builder()
        .status(StatusCode::INTERNAL_SERVER_ERROR)
        .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
        .body(Body::from("Internal server error"))
        .expect("static response is valid")
}

/// Wraps the application in every layer; the first listed sees the request first.
/// For responses that belong to one signed-in person.
pub(crate) const NO_STORE: HeaderValue = HeaderValue::from_static("no-store");

pub(crate) fn apply(router: Router) -> Router {
    let mut router = router;
    for (name, value) in SECURITY_HEADERS {
        router = router.layer(SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value)));
    }
    router.layer(
        ServiceBuilder::new()
        .layer(SetRequestIdLayer::new(REQUEST_ID, RequestIdV7))
        .layer(SetSensitiveRequestHeadersLayer::new([header::AUTHORIZATION, header::COOKIE]))
        .layer(TraceLayer::new_for_http().make_span_with(|request: &Request<Body>| {
            let id = request.headers().get(REQUEST_ID).and_then(|v| v.to_str().ok()).unwrap_or("-");
            tracing::info_span!("request", method = %request.method(), path = %loggable_path(request.uri().path()), request_id = %id)
        })
        // One access-log line per response, carrying the span's request id.
        .on_response(DefaultOnResponse::new().level(tracing::Level::INFO).latency_unit(LatencyUnit::Micros)))
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(CatchPanicLayer::custom(panic_response))
        .layer(TimeoutLayer::with_status_code(StatusCode::SERVICE_UNAVAILABLE, REQUEST_TIMEOUT))
        .layer(axum::middleware::from_fn(limit_body))
        .layer(axum::middleware::from_fn(refuse_nul))
        // State-changing requests from another site are refused (Sec-Fetch-Site / Origin).
        .layer(tower_http::csrf::CsrfLayer::new())
        .layer(CompressionLayer::new()),
    )
}

/// Confidential pages (the Points of Contact directory, acknowledgement links) are never to be
/// indexed or followed by a search engine, whatever reaches them.
pub(crate) fn noindex(mut response: axum::response::Response) -> axum::response::Response {
    response
        .headers_mut()
        .insert(HeaderName::from_static("x-robots-tag"), HeaderValue::from_static("noindex, nofollow"));
    response
}

#[cfg(test)]
mod tests {
    use super::loggable_path;

    #[test]
    fn single_use_links_never_reach_the_log() {
        assert_eq!(loggable_path("/fr/welcome/abc123"), "/fr/welcome/[secret]");
        assert_eq!(loggable_path("/ar/ack/ack_0f3e"), "/ar/ack/[secret]");
        assert_eq!(loggable_path("/en/views/77-76-19"), "/en/views/77-76-19");
        assert_eq!(loggable_path("/en/sign-in/reset"), "/en/sign-in/reset");
    }
}
