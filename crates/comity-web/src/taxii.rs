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

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use comity_access::Permission;
use comity_contacts::messages::Reader;
use comity_contacts::stix;
use comity_store::{MessageFilter, MessageView, Origin, StoreError};
use serde_json::{Value, json};

use crate::AppState;
use crate::access::Visitor;

pub const MEDIA_TYPE: &str = "application/taxii+json;version=2.1";
const ROOT: &str = "/taxii2/api/";
const DEFAULT_LIMIT: usize = 100;
const MAX_LIMIT: usize = 1000;

/// Names a State's collection: the same State, the same id on every node.
const COLLECTIONS: uuid::Uuid = uuid::Uuid::from_u128(0x8d2e_61b4_3c7a_4f0e_b5d1_2a9c_7e40_13f6);

pub(crate) fn router() -> Router<AppState> {
    Router::new()
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

/// The most objects one posted envelope may hold (a message is a report or a note and its
/// companion, so fifty messages).
pub const MAX_OBJECTS_PER_ENVELOPE: usize = 100;

fn state_collection(state: &str) -> String {
    uuid::Uuid::new_v5(&COLLECTIONS, format!("state:{state}").as_bytes()).to_string()
}

/// A collection as the reader may see it: its State's, or a thread's.
enum Collection {
    State,
    Thread(String),
}

async fn resolve(app: &AppState, reader: &Reader, id: &str) -> Result<Collection, Response> {
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

fn failure(e: &StoreError) -> Response {
    tracing::error!(error = %e, "TAXII request failed");
    error(StatusCode::INTERNAL_SERVER_ERROR, "server error", "the request could not be completed; it has been logged")
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

async fn collections(State(app): State<AppState>, visitor: Visitor, headers: HeaderMap) -> Response {
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

async fn collection(
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

/// The filters of an objects or manifest request.
#[derive(Default)]
struct Query {
    added_after: Option<String>,
    limit: usize,
    next: Option<String>,
    ids: Vec<String>,
    types: Vec<String>,
    versions: Vec<String>,
    spec_versions: Vec<String>,
}

fn parse_query(raw: Option<&str>) -> Result<Query, Response> {
    let mut q = Query { limit: DEFAULT_LIMIT, ..Query::default() };
    let bad = |what: String| error(StatusCode::BAD_REQUEST, "bad filter", &what);
    let list = |v: &str| v.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect::<Vec<_>>();
    for (key, value) in form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
        match key.as_ref() {
            "added_after" => match value.parse::<jiff::Timestamp>() {
                Ok(t) => q.added_after = Some(format!("{t:.6}")),
                Err(_) => {
                    return Err(bad(format!(
                        "added_after {value:?} is not a timestamp such as 2026-12-01T08:00:00.000Z"
                    )));
                }
            },
            "limit" => match value.parse::<usize>() {
                Ok(n) if n >= 1 => q.limit = n.min(MAX_LIMIT),
                _ => return Err(bad(format!("limit {value:?} is not a positive whole number"))),
            },
            "next" => q.next = Some(value.into_owned()),
            "match[id]" => q.ids.extend(list(&value)),
            "match[type]" => q.types.extend(list(&value)),
            "match[version]" => q.versions.extend(list(&value)),
            "match[spec_version]" => q.spec_versions.extend(list(&value)),
            other => {
                return Err(bad(format!(
                    "{other:?} is not a filter this server knows (added_after, limit, next, match[id|type|version|spec_version])"
                )));
            }
        }
    }
    if let Some(next) = &q.next
        && uuid::Uuid::parse_str(next).is_err()
    {
        return Err(bad(format!("next {next:?} is not a token this server gave")));
    }
    Ok(q)
}

/// The objects of a message that pass the match filters, each with its date added.
fn matching(m: &MessageView, q: &Query) -> Vec<Value> {
    stix::to_stix(&m.stix())
        .into_iter()
        .filter(|o| q.ids.is_empty() || q.ids.iter().any(|i| o["id"] == *i.as_str()))
        .filter(|o| q.types.is_empty() || q.types.iter().any(|t| o["type"] == *t.as_str()))
        .filter(|_| q.spec_versions.is_empty() || q.spec_versions.iter().any(|v| v == "2.1"))
        .filter(|o| {
            // One version each: "first", "last", "all" or its own timestamp match it.
            q.versions.is_empty()
                || q.versions
                    .iter()
                    .any(|v| matches!(v.as_str(), "first" | "last" | "all") || o["modified"] == *v.as_str())
        })
        .collect()
}

/// A page: the objects (with their message's date added), whether more follow, and the
/// `next` token.
struct ObjectPage {
    objects: Vec<(Value, String)>,
    more: bool,
    next: Option<String>,
}

async fn page_of(
    app: &AppState,
    reader: &Reader,
    collection: &Collection,
    q: &Query,
) -> Result<ObjectPage, StoreError> {
    let thread = match collection {
        Collection::State => None,
        Collection::Thread(t) => Some(t.as_str()),
    };
    let mut out: Vec<(Value, String)> = Vec::new();
    let mut after = q.next.clone();
    let mut opened: Vec<MessageView> = Vec::new();
    loop {
        let filter =
            MessageFilter { thread, after_id: after.as_deref(), added_after: q.added_after.as_deref(), id: None };
        let batch = app.store.messages_for(reader, &filter, q.limit + 1).await?;
        let full = batch.len() > q.limit;
        for m in batch {
            let objects = matching(&m, q);
            if !out.is_empty() && out.len() + objects.len() > q.limit {
                app.store.audit_opening(&opened, reader, &visitor_actor(reader), true).await?;
                return Ok(ObjectPage { objects: out, more: true, next: after });
            }
            after = Some(m.id.clone());
            if !objects.is_empty() {
                out.extend(objects.into_iter().map(|o| (o, m.created_at.clone())));
                opened.push(m);
            }
        }
        if !full {
            app.store.audit_opening(&opened, reader, &visitor_actor(reader), true).await?;
            return Ok(ObjectPage { objects: out, more: false, next: None });
        }
    }
}

/// The audit trail's actor for a TAXII read: the token's account acting for its State.
fn visitor_actor(reader: &Reader) -> comity_store::Actor {
    comity_store::Actor {
        account: Some(reader.account_id.clone()),
        org: Some(reader.state.clone()),
        role: Some(if reader.contact_role { "poc" } else { "focal_point" }.to_string()),
        ..comity_store::Actor::default()
    }
}

fn date_headers(response: &mut Response, page: &ObjectPage) {
    let (Some(first), Some(last)) = (page.objects.first(), page.objects.last()) else { return };
    for (name, value) in [("x-taxii-date-added-first", &first.1), ("x-taxii-date-added-last", &last.1)] {
        if let Ok(v) = HeaderValue::from_str(value) {
            response.headers_mut().insert(name, v);
        }
    }
}

/// The page an objects or manifest request asks for, after the checks they share.
async fn requested_page(
    app: &AppState,
    visitor: &Visitor,
    headers: &HeaderMap,
    (id, raw): (&str, Option<&str>),
) -> Result<ObjectPage, Response> {
    if !acceptable(headers) {
        return Err(not_acceptable());
    }
    let reader = reader_of(visitor)?;
    let q = parse_query(raw)?;
    let collection = resolve(app, &reader, id).await?;
    page_of(app, &reader, &collection, &q).await.map_err(|e| failure(&e))
}

/// An envelope or manifest: its records, `more`, and `next` when more follow.
fn paged(page: &ObjectPage, records: Vec<Value>) -> Response {
    let mut body = json!({ "more": page.more, "objects": records });
    if let Some(next) = &page.next {
        body["next"] = json!(next);
    }
    let mut response = taxii(StatusCode::OK, &body);
    date_headers(&mut response, page);
    response
}

async fn objects(
    State(app): State<AppState>,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
    visitor: Visitor,
    headers: HeaderMap,
) -> Response {
    match requested_page(&app, &visitor, &headers, (&id, raw.as_deref())).await {
        Ok(page) => paged(&page, page.objects.iter().map(|(o, _)| o.clone()).collect()),
        Err(refusal) => refusal,
    }
}

async fn manifest(
    State(app): State<AppState>,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
    visitor: Visitor,
    headers: HeaderMap,
) -> Response {
    match requested_page(&app, &visitor, &headers, (&id, raw.as_deref())).await {
        Ok(page) => {
            let records = page
                .objects
                .iter()
                .map(|(o, added)| json!({ "id": o["id"], "date_added": added, "version": o["modified"], "media_type": stix::MEDIA_TYPE }))
                .collect();
            paged(&page, records)
        }
        Err(refusal) => refusal,
    }
}

/// The objects with this id in the collection (one version each).
async fn find_object(
    app: &AppState,
    visitor: &Visitor,
    id: &str,
    object: &str,
) -> Result<Vec<(Value, String)>, Response> {
    let reader = reader_of(visitor)?;
    let collection = resolve(app, &reader, id).await?;
    let q = Query { ids: vec![object.to_string()], limit: MAX_LIMIT, ..Query::default() };
    // Reports, notes and incidents carry their message's or thread's UUID; a relationship is
    // found among the collection's objects.
    let uuid = object.split_once("--").map(|(_, u)| u.to_string()).unwrap_or_default();
    let (thread, message) = match object.split_once("--").map(|(t, _)| t) {
        Some("incident") => (Some(uuid.clone()), None),
        Some("report" | "note") => (None, Some(uuid.clone())),
        _ => (None, None),
    };
    let scope = match &collection {
        Collection::Thread(t) => Some(t.clone()),
        Collection::State => thread,
    };
    let filter = MessageFilter { thread: scope.as_deref(), id: message.as_deref(), ..Default::default() };
    let messages = app.store.messages_for(&reader, &filter, 100_000).await.map_err(|e| failure(&e))?;
    let found: Vec<(Value, String)> =
        messages.iter().flat_map(|m| matching(m, &q).into_iter().map(|o| (o, m.created_at.clone()))).collect();
    if found.is_empty() {
        return Err(error(
            StatusCode::NOT_FOUND,
            "no such object",
            "no object with this id is readable in this collection",
        ));
    }
    let opened: Vec<MessageView> = messages.into_iter().filter(|m| !matching(m, &q).is_empty()).collect();
    app.store.audit_opening(&opened, &reader, &visitor_actor(&reader), true).await.map_err(|e| failure(&e))?;
    Ok(found)
}

async fn object(
    State(app): State<AppState>,
    Path((id, object)): Path<(String, String)>,
    visitor: Visitor,
    headers: HeaderMap,
) -> Response {
    if !acceptable(&headers) {
        return not_acceptable();
    }
    match find_object(&app, &visitor, &id, &object).await {
        Ok(found) => taxii(
            StatusCode::OK,
            &json!({ "more": false, "objects": found.into_iter().map(|(o, _)| o).collect::<Vec<_>>() }),
        ),
        Err(r) => r,
    }
}

async fn versions(
    State(app): State<AppState>,
    Path((id, object)): Path<(String, String)>,
    visitor: Visitor,
    headers: HeaderMap,
) -> Response {
    if !acceptable(&headers) {
        return not_acceptable();
    }
    match find_object(&app, &visitor, &id, &object).await {
        Ok(found) => {
            let versions: Vec<Value> = found.iter().map(|(o, _)| o["modified"].clone()).collect();
            taxii(StatusCode::OK, &json!({ "more": false, "versions": versions }))
        }
        Err(r) => r,
    }
}

async fn status(State(app): State<AppState>, Path(id): Path<String>, visitor: Visitor, headers: HeaderMap) -> Response {
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
async fn add_objects(
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
