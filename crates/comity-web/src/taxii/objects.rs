//! Reading a collection: objects, manifest, one object and its versions, with `next`-token
//! pagination and the `added_after` / `match[...]` filters.

use super::collections::{Collection, resolve};
use super::{DEFAULT_LIMIT, MAX_LIMIT, acceptable, error, failure, not_acceptable, reader_of, taxii};
use crate::AppState;
use crate::access::Visitor;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use comity_contacts::messages::Reader;
use comity_contacts::stix;
use comity_store::{MessageFilter, MessageView, StoreError};
use serde_json::{Value, json};

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

pub(super) async fn objects(
    State(app): State<AppState>,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
    visitor: Visitor,
    headers: HeaderMap,
) -> Response {
    match requested_page(&app, &visitor, &headers, (&id, raw.as_deref())).await {
        Ok(page) => {
            app.metrics.taxii("served", page.objects.len());
            paged(&page, page.objects.iter().map(|(o, _)| o.clone()).collect())
        }
        Err(refusal) => refusal,
    }
}

pub(super) async fn manifest(
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

pub(super) async fn object(
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

pub(super) async fn versions(
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
