//! The collections a token may read: its State's (every thread its State is in) and one per
//! thread it may read, resolved from an id without telling whether an unreadable one exists.

use super::{COLLECTIONS, acceptable, error, failure, not_acceptable, reader_of, taxii};
use crate::AppState;
use crate::access::Visitor;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use comity_contacts::messages::Reader;
use comity_contacts::stix;
use comity_store::MessageFilter;
use serde_json::{Value, json};

fn state_collection(state: &str) -> String {
    uuid::Uuid::new_v5(&COLLECTIONS, format!("state:{state}").as_bytes()).to_string()
}

/// A collection as the reader may see it: its State's, or a thread's.
pub(super) enum Collection {
    State,
    Thread(String),
}

pub(super) async fn resolve(app: &AppState, reader: &Reader, id: &str) -> Result<Collection, Response> {
    if id == state_collection(&reader.state) {
        return Ok(Collection::State);
    }
    let gone =
        || error(StatusCode::NOT_FOUND, "no such collection", "no collection with this id is readable with this token");
    let Ok(thread) = uuid::Uuid::parse_str(id) else { return Err(gone()) };
    let thread = thread.hyphenated().to_string();
    match app.store.messages_for(reader, &MessageFilter { thread: Some(&thread), ..Default::default() }, 1).await {
        Ok(found) if !found.is_empty() => Ok(Collection::Thread(thread)),
        Ok(_) => Err(gone()),
        Err(e) => Err(failure(&e)),
    }
}

fn collection_resource(id: &str, title: &str, description: &str) -> Value {
    json!({
        "id": id,
        "title": title,
        "description": description,
        "can_read": true,
        "can_write": true,
        "media_types": [stix::MEDIA_TYPE],
    })
}

pub(super) async fn collections(State(app): State<AppState>, visitor: Visitor, headers: HeaderMap) -> Response {
    if !acceptable(&headers) {
        return not_acceptable();
    }
    let reader = match reader_of(&visitor) {
        Ok(r) => r,
        Err(r) => return r,
    };
    let messages = match app.store.messages_for(&reader, &MessageFilter::default(), 100_000).await {
        Ok(m) => m,
        Err(e) => return failure(&e),
    };
    let mut list = vec![collection_resource(
        &state_collection(&reader.state),
        &format!("Messages of {}", reader.state),
        "Every message your State sent or received that this token's account may read; post a report here to open a thread.",
    )];
    let mut seen = std::collections::BTreeSet::new();
    for m in &messages {
        if seen.insert(m.thread_id.clone()) {
            list.push(collection_resource(&m.thread_id, &m.draft.subject, "One thread; post a note here to reply."));
        }
    }
    taxii(StatusCode::OK, &json!({ "collections": list }))
}

pub(super) async fn collection(
    State(app): State<AppState>,
    Path(id): Path<String>,
    visitor: Visitor,
    headers: HeaderMap,
) -> Response {
    if !acceptable(&headers) {
        return not_acceptable();
    }
    let reader = match reader_of(&visitor) {
        Ok(r) => r,
        Err(r) => return r,
    };
    match resolve(&app, &reader, &id).await {
        Ok(Collection::State) => taxii(
            StatusCode::OK,
            &collection_resource(&id, &format!("Messages of {}", reader.state), "Your State's messages."),
        ),
        Ok(Collection::Thread(thread)) => taxii(StatusCode::OK, &collection_resource(&thread, "Thread", "One thread.")),
        Err(r) => r,
    }
}
