//! The TAXII 2.1 channel for national CERTs: discovery, one API root, a collection for the
//! reader's State and one per thread it may read, objects with `next`-token pagination and the
//! `added_after` / `match[...]` filters, manifest, versions, and envelopes posted in (each
//! object a message or its companion; a status resource says what became of each). Requests
//! authenticate with an API token (Bearer, or Basic with the token as password); what a token
//! reads is what its account may read under each message's TLP marking. Errors are TAXII error
//! objects.

// A refusal is the TAXII error response itself, returned at once by the handler; boxing it
// would only add a step.
#![allow(clippy::result_large_err)]

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use comity_contacts::messages::Reader;
use comity_store::StoreError;
use serde_json::{Value, json};

mod collections;
mod envelopes;
mod objects;

use crate::access::Visitor;
use collections::{collection, collections};
pub use envelopes::MAX_OBJECTS_PER_ENVELOPE;
use envelopes::{add_objects, status};
use objects::{manifest, object, objects, versions};

pub const MEDIA_TYPE: &str = "application/taxii+json;version=2.1";
const ROOT: &str = "/taxii2/api/";
const DEFAULT_LIMIT: usize = 100;
const MAX_LIMIT: usize = 1000;

/// Names a State's collection: the same State, the same id on every node.
const COLLECTIONS: uuid::Uuid = uuid::Uuid::from_u128(0x8d2e_61b4_3c7a_4f0e_b5d1_2a9c_7e40_13f6);

pub(crate) fn router() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .route("/taxii2/", get(discovery))
        .route("/taxii2/api/", get(api_root))
        .route("/taxii2/api/status/{id}/", get(status))
        .route("/taxii2/api/collections/", get(collections))
        .route("/taxii2/api/collections/{id}/", get(collection))
        .route("/taxii2/api/collections/{id}/objects/", get(objects).post(add_objects))
        .route("/taxii2/api/collections/{id}/objects/{object}/", get(object))
        .route("/taxii2/api/collections/{id}/objects/{object}/versions/", get(versions))
        .route("/taxii2/api/collections/{id}/manifest/", get(manifest))
}

/// A TAXII error object with its status.
pub fn error(status: StatusCode, title: &str, description: &str) -> Response {
    let body = json!({ "title": title, "description": description, "http_status": status.as_u16().to_string() });
    let mut response = (status, body.to_string()).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(MEDIA_TYPE));
    if status == StatusCode::UNAUTHORIZED {
        response
            .headers_mut()
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Basic realm=\"comity\", Bearer"));
    }
    response
}

fn taxii(status: StatusCode, body: &Value) -> Response {
    let mut response = (status, body.to_string()).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(MEDIA_TYPE));
    response
}

/// TAXII clients ask for its media type; a client asking only for something else gets 406.
fn acceptable(headers: &HeaderMap) -> bool {
    headers.get_all(header::ACCEPT).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(',')).all(|a| {
        let a = a.trim().to_ascii_lowercase();
        a.is_empty()
            || a.starts_with("*/*")
            || a.starts_with("application/taxii+json")
            || a.starts_with("application/*")
    })
}

fn not_acceptable() -> Response {
    error(StatusCode::NOT_ACCEPTABLE, "not acceptable", &format!("this server answers in {MEDIA_TYPE}"))
}

/// The reader behind the token; every TAXII route needs one (the policy lets only the
/// roles that exchange messages in).
fn reader_of(visitor: &Visitor) -> Result<Reader, Response> {
    visitor.message_reader().ok_or_else(|| {
        error(StatusCode::FORBIDDEN, "forbidden", "this token's account holds no Point of Contact or focal point role")
    })
}

async fn discovery(headers: HeaderMap) -> Response {
    if !acceptable(&headers) {
        return not_acceptable();
    }
    taxii(
        StatusCode::OK,
        &json!({
            "title": "Comity: Points of Contact directory",
            "description": "Requests and notifications between States' Points of Contact under the UN framework of responsible State behaviour in the use of ICTs, as STIX 2.1.",
            "default": ROOT,
            "api_roots": [ROOT],
        }),
    )
}

async fn api_root(headers: HeaderMap) -> Response {
    if !acceptable(&headers) {
        return not_acceptable();
    }
    taxii(
        StatusCode::OK,
        &json!({
            "title": "Messages between States",
            "versions": [MEDIA_TYPE],
            "max_content_length": crate::middleware::TAXII_LIMIT,
        }),
    )
}

fn failure(e: &StoreError) -> Response {
    tracing::error!(error = %e, "TAXII request failed");
    error(StatusCode::INTERNAL_SERVER_ERROR, "server error", "the request could not be completed; it has been logged")
}
