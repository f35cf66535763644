//! Messages between States as STIX 2.1 objects, both ways: a thread is an `incident`, the
//! message that opens it a `report`, each reply a `note` with a `related-to` relationship to
//! what it answers; TLP 2.0 marking definitions; the template's fields (type, urgency, sector,
//! time window, recipients) in Comity's property extension and the framework elements as
//! external references. What a CERT posts is read back into a [`Draft`].

use serde_json::{Value, json};

use crate::messages::{Draft, Kind, Tlp, Urgency};

/// Comity's property extension: `kind`, `urgency`, `thread`, `sender_state`, `recipients`,
/// and when given `sector`, `window_start`, `window_end`, `named`.
pub const EXTENSION: &str = "extension-definition--697f4ef4-3b74-4e56-909b-ee1893d617de";
pub const MEDIA_TYPE: &str = "application/stix+json;version=2.1";
const FRAMEWORK_SOURCE: &str = "un-ict-framework";

/// Names the objects derived from a message or a State: the same input, the same UUID.
const NAMESPACE: uuid::Uuid = uuid::Uuid::from_u128(0x5c1f_7a52_2b0e_4d4b_9a51_6c0f_3e2d_8a11);

/// A message as stored: who sent it when, in which thread, and what it says.
#[derive(Debug, Clone)]
pub struct Message {
    pub id: String,
    pub thread_id: String,
    /// The message answered, when this is a reply.
    pub in_reply_to: Option<String>,
    /// Whether the message answered opened the thread (its STIX object is then a report).
    pub replies_to_opening: bool,
    pub sender_state: String,
    /// RFC 3339 with microseconds.
    pub created_at: String,
    pub draft: Draft,
}

/// The STIX identity of a State's national Point of Contact.
pub fn state_identity(iso3: &str) -> String {
    format!("identity--{}", uuid::Uuid::new_v5(&NAMESPACE, format!("state:{iso3}").as_bytes()))
}

/// The STIX id of a message: a report when it opens a thread, a note when it answers.
pub fn object_id(message_id: &str, opens_thread: bool) -> String {
    format!("{}--{message_id}", if opens_thread { "report" } else { "note" })
}

pub fn incident_id(thread_id: &str) -> String {
    format!("incident--{thread_id}")
}

fn relationship_id(message_id: &str) -> String {
    format!("relationship--{}", uuid::Uuid::new_v5(&NAMESPACE, format!("reply:{message_id}").as_bytes()))
}

/// STIX wants timestamps in UTC with a `Z`; Comity writes them so.
fn stix_time(t: &str) -> String {
    t.parse::<jiff::Timestamp>().map(|t| format!("{t:.3}")).unwrap_or_else(|_| t.to_string())
}

/// The objects a message stands for, in the order a consumer needs them.
pub fn to_stix(m: &Message) -> Vec<Value> {
    let d = &m.draft;
    let time = stix_time(&m.created_at);
    let creator = state_identity(&m.sender_state);
    let markings = json!([d.tlp.stix_marking()]);
    let mut extension = json!({
        "extension_type": "property-extension",
        "kind": d.kind.as_str(),
        "urgency": d.urgency.as_str(),
        "thread": m.thread_id,
        "sender_state": m.sender_state,
        "recipients": d.recipients,
    });
    for (key, value) in [("sector", &d.sector), ("window_start", &d.window_start), ("window_end", &d.window_end)] {
        if let Some(v) = value {
            extension[key] = json!(v);
        }
    }
    if !d.named.is_empty() {
        extension["named"] = json!(d.named);
    }
    let references: Vec<Value> =
        d.elements.iter().map(|e| json!({ "source_name": FRAMEWORK_SOURCE, "external_id": e })).collect();
    let mut common = json!({
        "spec_version": "2.1",
        "created": time,
        "modified": time,
        "created_by_ref": creator,
        "object_marking_refs": markings,
        "extensions": { EXTENSION: extension },
    });
    if !references.is_empty() {
        common["external_references"] = json!(references);
    }
    let mut objects = Vec::new();
    match &m.in_reply_to {
        None => {
            let mut incident = json!({
                "type": "incident",
                "id": incident_id(&m.thread_id),
                "spec_version": "2.1",
                "created": time,
                "modified": time,
                "created_by_ref": creator,
                "name": d.subject,
                "object_marking_refs": markings,
            });
            if let Some(sector) = &d.sector {
                incident["labels"] = json!([format!("sector:{sector}")]);
            }
            objects.push(incident);
            let mut report = common.clone();
            report["type"] = json!("report");
            report["id"] = json!(object_id(&m.id, true));
            report["name"] = json!(d.subject);
            report["description"] = json!(d.body);
            report["published"] = json!(time);
            report["object_refs"] = json!([incident_id(&m.thread_id)]);
            objects.push(report);
        }
        Some(parent) => {
            let parent_object = object_id(parent, m.replies_to_opening);
            let note_id = object_id(&m.id, false);
            let mut note = common.clone();
            note["type"] = json!("note");
            note["id"] = json!(note_id);
            note["abstract"] = json!(d.subject);
            note["content"] = json!(d.body);
            note["object_refs"] = json!([incident_id(&m.thread_id), parent_object]);
            objects.push(note);
            objects.push(json!({
                "type": "relationship",
                "id": relationship_id(&m.id),
                "spec_version": "2.1",
                "created": time,
                "modified": time,
                "created_by_ref": creator,
                "relationship_type": "related-to",
                "source_ref": note_id,
                "target_ref": parent_object,
                "object_marking_refs": markings,
            }));
        }
    }
    objects
}

/// A message read from a posted STIX object: a new thread (from a report) or a reply (from a
/// note), with the object's id and version for the status resource.
#[derive(Debug, Clone)]
pub struct Posted {
    pub object_id: String,
    pub version: String,
    /// The UUID of the object's id: becomes the message's id.
    pub message_id: String,
    /// The incident it refers to (the thread's id), if it names one: for a report, the thread
    /// it opens; for a note, the thread of what it answers.
    pub thread_id: Option<String>,
    /// For a note: the message (report or note) it answers, by message id.
    pub in_reply_to: Option<String>,
    /// Whether the poster gave an urgency (a reply otherwise keeps its thread's).
    pub urgency_given: bool,
    pub draft: Draft,
}

/// What became of one posted object.
#[derive(Debug, Clone)]
pub enum Read {
    Message(Box<Posted>),
    /// Accepted as part of another object (an incident with its report, a relationship with
    /// its note): nothing of its own to store.
    Companion {
        object_id: String,
        version: String,
        of: String,
    },
    Refused {
        object_id: String,
        version: String,
        reason: String,
    },
}

fn text<'a>(o: &'a Value, key: &str) -> Option<&'a str> {
    o.get(key).and_then(Value::as_str)
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).map(str::to_string).collect())
        .unwrap_or_default()
}

/// The UUID after `type--`, for the types Comity takes.
fn uuid_of(id: &str, kind: &str) -> Option<String> {
    let rest = id.strip_prefix(kind)?.strip_prefix("--")?;
    uuid::Uuid::parse_str(rest).ok().map(|u| u.hyphenated().to_string())
}

/// Reads the objects of a posted envelope, each on its own: a message, a companion of one in
/// the same envelope, or refused with the reason.
pub fn read_envelope(objects: &[Value]) -> Vec<Read> {
    let ids_in_envelope: Vec<&str> = objects.iter().filter_map(|o| text(o, "id")).collect();
    objects.iter().map(|o| read_object(o, objects, &ids_in_envelope)).collect()
}

fn read_object(o: &Value, all: &[Value], ids: &[&str]) -> Read {
    let object_id = text(o, "id").unwrap_or("").to_string();
    let version = text(o, "modified").or_else(|| text(o, "created")).unwrap_or("").to_string();
    let refuse = |reason: String| Read::Refused { object_id: object_id.clone(), version: version.clone(), reason };
    if text(o, "spec_version") != Some("2.1") {
        return refuse("Comity takes STIX 2.1 objects (spec_version \"2.1\")".into());
    }
    let kind = text(o, "type").unwrap_or("");
    if uuid_of(&object_id, kind).is_none() {
        return refuse(format!("the id {object_id:?} is not \"{kind}--\" and a UUID"));
    }
    if version.parse::<jiff::Timestamp>().is_err() {
        return refuse("modified (or created) must be a STIX timestamp such as 2026-12-01T08:00:00.000Z".into());
    }
    // Whoever refers to this object in the same envelope.
    let referred_by = |pred: &dyn Fn(&Value) -> bool| {
        all.iter().find(|other| pred(other)).and_then(|other| text(other, "id")).map(str::to_string)
    };
    match kind {
        "incident" => match referred_by(&|r| {
            text(r, "type") == Some("report") && strings(r.get("object_refs")).contains(&object_id)
        }) {
            Some(of) => Read::Companion { object_id: object_id.clone(), version: version.clone(), of },
            None => refuse("an incident is taken with the report that opens its thread, in the same envelope".into()),
        },
        "relationship" => {
            let source = text(o, "source_ref").unwrap_or("");
            let target = text(o, "target_ref").unwrap_or("");
            // It relates the note to what the note answers, and to nothing else.
            let note_names_target = all
                .iter()
                .any(|n| text(n, "id") == Some(source) && strings(n.get("object_refs")).iter().any(|r| r == target));
            if text(o, "relationship_type") == Some("related-to")
                && source.starts_with("note--")
                && ids.contains(&source)
                && note_names_target
            {
                Read::Companion { object_id: object_id.clone(), version: version.clone(), of: source.to_string() }
            } else {
                refuse("a relationship is taken with the note it relates to a message, in the same envelope".into())
            }
        }
        "report" | "note" => match read_message(o, kind) {
            Ok(p) => Read::Message(Box::new(Posted { object_id: object_id.clone(), version: version.clone(), ..p })),
            Err(reason) => refuse(reason),
        },
        other => refuse(format!(
            "Comity exchanges messages as report, note, incident and relationship objects, not {other:?}"
        )),
    }
}

fn read_message(o: &Value, kind: &str) -> Result<Posted, String> {
    let markings = strings(o.get("object_marking_refs"));
    let tlps: Vec<Tlp> = markings.iter().filter_map(|m| Tlp::from_stix_marking(m)).collect();
    let [tlp] = tlps[..] else {
        return Err("object_marking_refs must hold exactly one TLP 2.0 marking definition".into());
    };
    let ext = o.get("extensions").and_then(|e| e.get(EXTENSION));
    let ext_text = |key: &str| ext.and_then(|e| text(e, key)).map(str::to_string);
    let elements: Vec<String> = o
        .get("external_references")
        .and_then(Value::as_array)
        .map(|refs| {
            refs.iter()
                .filter(|r| text(r, "source_name") == Some(FRAMEWORK_SOURCE))
                .filter_map(|r| text(r, "external_id").map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    let urgency = match ext_text("urgency") {
        Some(u) => {
            Some(Urgency::parse(&u).ok_or_else(|| format!("urgency {u:?} is not low, medium, high or critical"))?)
        }
        None => None,
    };
    let refs = strings(o.get("object_refs"));
    let (subject, body, message_kind, thread_id, in_reply_to) = if kind == "report" {
        let Some(ext) = ext else {
            return Err(format!(
                "a report opening a thread carries Comity's extension {EXTENSION} with kind, urgency and recipients"
            ));
        };
        let k = text(ext, "kind").unwrap_or("");
        let message_kind = Kind::parse(k)
            .filter(|k| *k != Kind::Reply)
            .ok_or_else(|| format!("kind {k:?} is not notification, request_information or request_assistance"))?;
        if urgency.is_none() {
            return Err("the extension's urgency must be given (low, medium, high or critical)".into());
        }
        let thread = refs.iter().find_map(|r| uuid_of(r, "incident"));
        (text(o, "name"), text(o, "description"), message_kind, thread, None)
    } else {
        let parent = refs.iter().find_map(|r| uuid_of(r, "report").or_else(|| uuid_of(r, "note")));
        let Some(parent) = parent else {
            return Err("a note answers a message: object_refs must name the report or note it answers".into());
        };
        let thread = refs.iter().find_map(|r| uuid_of(r, "incident"));
        (text(o, "abstract").or(Some("")), text(o, "content"), Kind::Reply, thread, Some(parent))
    };
    let draft = Draft {
        kind: message_kind,
        subject: subject.unwrap_or("").to_string(),
        sector: ext_text("sector"),
        window_start: ext_text("window_start"),
        window_end: ext_text("window_end"),
        urgency: urgency.unwrap_or(Urgency::Medium),
        tlp,
        elements,
        body: body.unwrap_or("").to_string(),
        recipients: if kind == "report" { strings(ext.and_then(|e| e.get("recipients"))) } else { Vec::new() },
        named: strings(ext.and_then(|e| e.get("named"))),
    };
    Ok(Posted {
        object_id: String::new(),
        version: String::new(),
        message_id: uuid_of(text(o, "id").unwrap_or(""), kind).unwrap_or_default(),
        thread_id,
        in_reply_to,
        urgency_given: urgency.is_some(),
        draft,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opening() -> Message {
        Message {
            id: "0193a4b2-7c1d-7e2f-8a3b-4c5d6e7f8091".into(),
            thread_id: "0193a4b2-7c1d-7e2f-8a3b-4c5d6e7f8091".into(),
            in_reply_to: None,
            replies_to_opening: false,
            sender_state: "KEN".into(),
            created_at: "2026-12-01T08:00:00.123456Z".into(),
            draft: Draft {
                kind: Kind::RequestAssistance,
                subject: "Grid outage".into(),
                sector: Some("energy".into()),
                window_start: Some("2026-11-30T22:00:00Z".into()),
                window_end: None,
                urgency: Urgency::High,
                tlp: Tlp::AmberStrict,
                elements: vec!["norm-h".into()],
                body: "We ask for help.".into(),
                recipients: vec!["FRA".into()],
                named: vec![],
            },
        }
    }

    #[test]
    fn a_thread_round_trips_through_stix() {
        let m = opening();
        let objects = to_stix(&m);
        assert_eq!(objects.iter().map(|o| o["type"].as_str().unwrap()).collect::<Vec<_>>(), ["incident", "report"]);
        let read = read_envelope(&objects);
        let Read::Companion { of, .. } = &read[0] else { panic!("{read:?}") };
        assert_eq!(of, &object_id(&m.id, true));
        let Read::Message(p) = &read[1] else { panic!("{read:?}") };
        assert_eq!(p.draft, m.draft);
        assert_eq!(p.message_id, m.id);
        assert_eq!(p.thread_id.as_deref(), Some(m.thread_id.as_str()));
    }

    #[test]
    fn a_reply_round_trips_as_a_note_and_relationship() {
        let parent = opening();
        let mut reply = opening();
        reply.id = "0193a4b2-7c1d-7e2f-8a3b-4c5d6e7f8092".into();
        reply.in_reply_to = Some(parent.id.clone());
        reply.replies_to_opening = true;
        reply.draft.kind = Kind::Reply;
        reply.draft.recipients.clear();
        reply.draft.tlp = Tlp::Red;
        reply.draft.named = vec!["cert@example.org".into()];
        let objects = to_stix(&reply);
        assert_eq!(objects[1]["target_ref"], json!(object_id(&parent.id, true)));
        let read = read_envelope(&objects);
        let Read::Message(p) = &read[0] else { panic!("{read:?}") };
        assert_eq!(p.in_reply_to.as_deref(), Some(parent.id.as_str()));
        assert_eq!(p.draft, reply.draft);
        assert!(matches!(read[1], Read::Companion { .. }));
    }

    #[test]
    fn what_comity_does_not_take_is_refused_with_the_reason() {
        let mut report = to_stix(&opening()).remove(1);
        report["object_marking_refs"] = json!(["marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"]);
        let indicator = json!({ "type": "indicator", "spec_version": "2.1", "id": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "modified": "2026-12-01T00:00:00Z" });
        let mut other = opening();
        other.thread_id = "0193a4b2-7c1d-7e2f-8a3b-4c5d6e7f80ff".into();
        let lone_incident = to_stix(&other).remove(0);
        let read = read_envelope(&[report, indicator, lone_incident]);
        let reasons: Vec<_> = read
            .iter()
            .map(|r| match r {
                Read::Refused { reason, .. } => reason.clone(),
                other => panic!("{other:?}"),
            })
            .collect();
        assert!(reasons[0].contains("TLP 2.0"), "{reasons:?}");
        assert!(reasons[1].contains("\"indicator\""), "{reasons:?}");
        assert!(reasons[2].contains("same envelope"), "{reasons:?}");
    }
}
