//! Envelopes posted in (each object a message or its companion) and the status resource that
//! says what became of each object.

use super::collections::{Collection, resolve};
use super::{MEDIA_TYPE, acceptable, error, failure, not_acceptable, reader_of, taxii};
use crate::AppState;
use crate::access::Visitor;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;
use comity_access::Permission;
use comity_contacts::messages::Reader;
use comity_contacts::stix;
use comity_store::{MessageFilter, Origin, StoreError};
use serde_json::{Value, json};

/// The most objects one posted envelope may hold (a message is a report or a note and its
/// companion, so fifty messages).
pub const MAX_OBJECTS_PER_ENVELOPE: usize = 100;

pub(super) async fn status(
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
    match app.store.taxii_status(&id, &reader.account_id).await {
        Ok(Some(body)) => taxii(StatusCode::OK, &body),
        Ok(None) => {
            error(StatusCode::NOT_FOUND, "no such status", "no status with this id was made for this token's account")
        }
        Err(e) => failure(&e),
    }
}

/// Takes an envelope: each report opens a thread (in the State's collection), each note
/// answers a message (in its thread), incidents and relationships come with theirs; every
/// object is checked as the portal checks a message, and refused alone with the reason.
pub(super) async fn add_objects(
    State(app): State<AppState>,
    Path(id): Path<String>,
    visitor: Visitor,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if !acceptable(&headers) {
        return not_acceptable();
    }
    let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    if !content_type.to_ascii_lowercase().replace(' ', "").starts_with("application/taxii+json") {
        return error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported media type",
            &format!("post an envelope as {MEDIA_TYPE}, not {content_type:?}"),
        );
    }
    let reader = match reader_of(&visitor) {
        Ok(r) => r,
        Err(r) => return r,
    };
    let collection = match resolve(&app, &reader, &id).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let envelope: Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(e) => return error(StatusCode::BAD_REQUEST, "malformed envelope", &format!("the body is not JSON: {e}")),
    };
    let Some(objects) = envelope.get("objects").and_then(Value::as_array) else {
        return error(
            StatusCode::BAD_REQUEST,
            "malformed envelope",
            "an envelope is a JSON object with an \"objects\" array",
        );
    };
    // Each report or note is a message with its mail: an envelope is a handful, not a flood.
    if objects.len() > MAX_OBJECTS_PER_ENVELOPE {
        return error(
            StatusCode::PAYLOAD_TOO_LARGE,
            "envelope too large",
            &format!(
                "an envelope holds at most {MAX_OBJECTS_PER_ENVELOPE} objects, this one {}: post them in several",
                objects.len()
            ),
        );
    }
    let reads = stix::read_envelope(objects);
    let actor = visitor.actor(Some(Permission::ExchangeMessages));
    let public_url = app.mail.as_ref().map(|m| m.public_url.as_str()).unwrap_or("");
    let compose = comity_jobs::message_notice(public_url, &app.catalog.messages);
    let (mut successes, mut failures) = (Vec::new(), Vec::new());
    let mut taken: Vec<String> = Vec::new();
    let mut prepared = Vec::new();
    for read in &reads {
        let stix::Read::Message(posted) = read else { continue };
        let outcome = if taken.contains(&posted.object_id) {
            Err("the same object twice in one envelope".to_string())
        } else {
            take(&app, &reader, &collection, posted, &compose).await
        };
        let record = |message: Option<&str>| {
            let mut r = json!({ "id": posted.object_id, "version": posted.version });
            if let Some(m) = message {
                r["message"] = json!(m);
            }
            r
        };
        match outcome {
            Ok(p) => {
                taken.push(posted.object_id.clone());
                successes.push(record(p.already_held.then_some("already held")));
                prepared.push(p);
            }
            Err(reason) => failures.push(record(Some(&reason))),
        }
    }
    for read in &reads {
        match read {
            stix::Read::Message(_) => {}
            stix::Read::Companion { object_id, version, of } => {
                let r = json!({ "id": object_id, "version": version });
                if taken.contains(of) {
                    successes.push(r);
                } else {
                    failures
                        .push(json!({ "id": object_id, "version": version, "message": format!("{of} was not taken") }));
                }
            }
            stix::Read::Refused { object_id, version, reason } => {
                failures.push(json!({ "id": object_id, "version": version, "message": reason }));
            }
        }
    }
    app.metrics.taxii("added", successes.len());
    let status_id = uuid::Uuid::now_v7().to_string();
    let status = json!({
        "id": status_id,
        "status": "complete",
        "request_timestamp": format!("{:.6}", jiff::Timestamp::now()),
        "total_count": successes.len() + failures.len(),
        "success_count": successes.len(),
        "successes": successes,
        "failure_count": failures.len(),
        "failures": failures,
        "pending_count": 0,
        "pendings": [],
    });
    // The messages and the status are written together: all of the envelope's, or nothing.
    if let Err(e) = app.store.commit_messages(&prepared, Some((&status_id, &reader.account_id, &status)), &actor).await
    {
        return failure(&e);
    }
    taxii(StatusCode::ACCEPTED, &status)
}

/// One posted message, checked and made ready to write (or found held already).
async fn take(
    app: &AppState,
    reader: &Reader,
    collection: &Collection,
    posted: &stix::Posted,
    compose: &impl Fn(&comity_store::MessageNotice<'_>) -> (String, String),
) -> Result<comity_store::PreparedMessage, String> {
    let reply = posted.in_reply_to.is_some();
    if let (Collection::Thread(_), false) = (collection, reply) {
        return Err("a report opens a thread: post it to your State's collection".into());
    }
    let draft = posted
        .draft
        .checked(reply, |e| app.catalog.framework.get(e).is_some())
        .map_err(|errors| errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; "))?;
    if let (Collection::Thread(thread), Some(parent)) = (collection, &posted.in_reply_to) {
        let in_thread = app
            .store
            .messages_for(reader, &MessageFilter { thread: Some(thread), id: Some(parent), ..Default::default() }, 1)
            .await
            .map_err(|e| e.to_string())?;
        if in_thread.is_empty() {
            return Err("the message this note answers is not in this thread".into());
        }
    }
    let origin = Origin {
        via: "taxii",
        message_id: Some(&posted.message_id),
        thread_id: posted.thread_id.as_deref(),
        inherit_urgency: !posted.urgency_given,
    };
    match app.store.prepare_message(reader, &draft, posted.in_reply_to.as_deref(), &origin, compose).await {
        Ok(prepared) => Ok(prepared),
        Err(StoreError::NotFound(_)) => Err(comity_store::NOT_TAKEN.into()),
        Err(StoreError::Refused(r)) => Err(r.to_string()),
        Err(e) => {
            tracing::error!(error = %e, "reading for a posted message failed");
            Err("the object could not be stored; it has been logged".into())
        }
    }
}
