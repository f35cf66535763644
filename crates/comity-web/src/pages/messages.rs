//! Requests and notifications between States in the portal: a State's messages (what waits
//! for its acknowledgement first), the standard template to write one, a thread with its
//! acknowledgements and the reply form (a reply keeps or tightens the marking), and the
//! directory manager's list of what was not acknowledged in time. Never public, never indexed,
//! never cached; every thread opened is audited.

use askama::Template;
use axum::body::Bytes;
use axum::extract::Path;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use comity_access::Permission;
use comity_contacts::messages::{Draft, Kind, Reader, SECTORS, Tlp, Urgency};
use comity_i18n::Lang;
use comity_store::{Escalated, MessageAttachment, MessageFilter, MessageView, Origin, StoreError};

use super::page::{Found, OrFail, Page, PageCtx, PageError, failure, render_private};
use crate::AppState;
use crate::access::Visitor;
use crate::middleware::noindex;

/// A thread as listed.
struct ThreadRow {
    id: String,
    subject: String,
    sender_state: String,
    last_at: String,
    count: usize,
    tlp: Tlp,
    urgency: Urgency,
    awaits: bool,
}

#[derive(Template)]
#[template(path = "messages.html")]
struct InboxPage<'a> {
    page: Page<'a>,
    state: String,
    threads: Vec<ThreadRow>,
    names: StateNames,
}

pub(crate) async fn inbox(PageCtx { app, lang, visitor, uri }: PageCtx) -> Result<Response, PageError> {
    let Some(reader) = visitor.message_reader() else { return Err(PageError::Forbidden) };
    let messages =
        app.store.messages_for(&reader, &MessageFilter::default(), 10_000).await.or_fail("listing messages")?;
    let mut threads: Vec<ThreadRow> = Vec::new();
    for m in &messages {
        let awaits = m.draft.kind != Kind::Reply && m.awaits(&reader.state);
        match threads.iter_mut().find(|t| t.id == m.thread_id) {
            Some(t) => {
                t.count += 1;
                t.awaits |= awaits;
                t.tlp = t.tlp.max(m.draft.tlp);
                if m.created_at > t.last_at {
                    t.last_at = m.created_at.clone();
                }
            }
            None => threads.push(ThreadRow {
                id: m.thread_id.clone(),
                subject: m.draft.subject.clone(),
                sender_state: m.sender_state.clone(),
                last_at: m.created_at.clone(),
                count: 1,
                tlp: m.draft.tlp,
                urgency: m.draft.urgency,
                awaits,
            }),
        }
    }
    // What waits for the State's acknowledgement first, then the latest.
    threads.sort_by(|a, b| b.awaits.cmp(&a.awaits).then(b.last_at.cmp(&a.last_at)));
    let names =
        StateNames::of(&app, lang, threads.iter().map(|t| t.sender_state.as_str()).chain([reader.state.as_str()]));
    let page = Page::new(lang, &app.catalog.messages, "messages", &uri);
    Ok(noindex(render_private(StatusCode::OK, &InboxPage { page, state: reader.state, threads, names })))
}

/// What the template form holds, shown again when refused.
#[derive(Default, Clone)]
struct MessageForm {
    kind: String,
    recipients: Vec<String>,
    subject: String,
    sector: String,
    window_start: String,
    window_end: String,
    urgency: String,
    tlp: String,
    elements: Vec<String>,
    named: String,
    body: String,
    in_reply_to: String,
}

/// A `datetime-local` value (`2026-12-01T08:00`) is read as UTC.
fn utc(value: &str) -> Option<String> {
    let v = value.trim();
    match v.len() {
        0 => None,
        16 => Some(format!("{v}:00Z")),
        _ => Some(v.to_string()),
    }
}

impl MessageForm {
    fn parse(body: &[u8]) -> MessageForm {
        let mut f = MessageForm::default();
        for (key, value) in form_urlencoded::parse(body) {
            let value = value.replace("\r\n", "\n");
            match key.as_ref() {
                "kind" => f.kind = value,
                "recipients" => f.recipients.push(value),
                "subject" => f.subject = value,
                "sector" => f.sector = value,
                "window_start" => f.window_start = value,
                "window_end" => f.window_end = value,
                "urgency" => f.urgency = value,
                "tlp" => f.tlp = value,
                "elements" => f.elements.push(value),
                "named" => f.named = value,
                "body" => f.body = value,
                "in_reply_to" => f.in_reply_to = value,
                _ => {}
            }
        }
        f
    }

    /// The draft, or the fields that could not even be read.
    fn draft(&self) -> Result<Draft, Vec<&'static str>> {
        let mut unreadable = Vec::new();
        let kind = Kind::parse(&self.kind).unwrap_or_else(|| {
            unreadable.push("kind");
            Kind::Notification
        });
        let urgency = Urgency::parse(&self.urgency).unwrap_or_else(|| {
            unreadable.push("urgency");
            Urgency::Medium
        });
        let tlp = Tlp::parse(&self.tlp).unwrap_or_else(|| {
            unreadable.push("tlp");
            Tlp::Amber
        });
        if !unreadable.is_empty() {
            return Err(unreadable);
        }
        Ok(Draft {
            kind,
            subject: self.subject.clone(),
            sector: Some(self.sector.clone()),
            window_start: utc(&self.window_start),
            window_end: utc(&self.window_end),
            urgency,
            tlp,
            elements: self.elements.clone(),
            body: self.body.clone(),
            recipients: self.recipients.clone(),
            named: self
                .named
                .split([',', ';', '\n'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
        })
    }
}

/// A State that can be written to.
struct Addressee {
    iso3: String,
    name: String,
}

#[derive(Template)]
#[template(path = "message_new.html")]
struct ComposePage<'a> {
    page: Page<'a>,
    addressees: Vec<Addressee>,
    norms: Vec<(String, String)>,
    sectors: &'static [&'static str],
    form: MessageForm,
    errors: Vec<String>,
}

async fn compose_page(
    app: &AppState,
    lang: Lang,
    uri: &Uri,
    reader: &Reader,
    form: MessageForm,
    errors: Vec<String>,
) -> Result<Response, PageError> {
    let listed = app.store.contacts(None, true).await.or_fail("reading the directory")?;
    let addressees = app
        .catalog
        .states
        .un_order()
        .iter()
        .filter(|s| s.iso3 != reader.state && listed.iter().any(|c| c.state == s.iso3))
        .map(|s| Addressee { iso3: s.iso3.clone(), name: s.short_name(lang).to_string() })
        .collect();
    let norms = app
        .catalog
        .framework
        .elements
        .iter()
        .filter(|e| e.kind == comity_framework::ElementKind::Norm)
        .map(|e| (e.id.clone(), e.title(lang).to_string()))
        .collect();
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    let page = Page::new(lang, &app.catalog.messages, "messages", uri);
    Ok(noindex(render_private(status, &ComposePage { page, addressees, norms, sectors: &SECTORS, form, errors })))
}

pub(crate) async fn compose(PageCtx { app, lang, visitor, uri }: PageCtx) -> Result<Response, PageError> {
    let Some(reader) = visitor.message_reader() else { return Err(PageError::Forbidden) };
    let form = MessageForm {
        kind: "notification".into(),
        urgency: "medium".into(),
        tlp: "amber".into(),
        ..Default::default()
    };
    compose_page(&app, lang, &uri, &reader, form, Vec::new()).await
}

/// Checks and sends a draft (a new thread, or a reply with `in_reply_to`); on refusal, the
/// reasons by field in the page's language.
async fn send(
    app: &AppState,
    lang: Lang,
    visitor: &Visitor,
    reader: &Reader,
    form: &MessageForm,
) -> Result<String, Vec<String>> {
    let page = Page::new(lang, &app.catalog.messages, "messages", &Uri::from_static("/"));
    let reason = |field: &str, message: &str| {
        page.t_with2("message-field-error", "field", &page.t(&format!("message-field-{field}")), "message", message)
    };
    let draft = form
        .draft()
        .map_err(|fields| fields.iter().map(|f| reason(f, &page.t("message-choose"))).collect::<Vec<_>>())?;
    let replying = !form.in_reply_to.is_empty();
    let draft = draft
        .checked(replying, |e| app.catalog.framework.get(e).is_some())
        .map_err(|errors| errors.iter().map(|e| reason(e.field, &e.message)).collect::<Vec<_>>())?;
    let public_url = app.mail.as_ref().map(|m| m.public_url.as_str()).unwrap_or("");
    let actor = visitor.actor(Some(Permission::ExchangeMessages));
    let origin = Origin { via: "portal", ..Origin::default() };
    let in_reply_to = replying.then_some(form.in_reply_to.as_str());
    match app
        .store
        .send_message(
            reader,
            &draft,
            in_reply_to,
            &origin,
            comity_jobs::message_notice(public_url, &app.catalog.messages),
            &actor,
        )
        .await
    {
        Ok(sent) => Ok(sent.thread_id),
        Err(StoreError::Refused(r)) => Err(vec![page.refusal(&r)]),
        Err(StoreError::NotFound(_)) => Err(vec![page.t("message-gone")]),
        Err(e) => {
            tracing::error!(error = %e, "sending a message failed");
            Err(vec![page.t("error-internal-text")])
        }
    }
}

pub(crate) async fn create(PageCtx { app, lang, visitor, uri }: PageCtx, body: Bytes) -> Result<Response, PageError> {
    let Some(reader) = visitor.message_reader() else { return Err(PageError::Forbidden) };
    let mut form = MessageForm::parse(&body);
    form.in_reply_to.clear();
    Ok(match send(&app, lang, &visitor, &reader, &form).await {
        Ok(thread) => Redirect::to(&format!("/{}/messages/{thread}", lang.code())).into_response(),
        Err(errors) => compose_page(&app, lang, &uri, &reader, form, errors).await?,
    })
}

#[derive(Template)]
#[template(path = "thread.html")]
struct ThreadPage<'a> {
    page: Page<'a>,
    thread_id: String,
    state: String,
    messages: Vec<MessageView>,
    /// The markings a reply may carry: the thread's latest or tighter.
    reply_markings: Vec<Tlp>,
    form: MessageForm,
    errors: Vec<String>,
    notice: Option<String>,
    names: StateNames,
    attachments: Vec<MessageAttachment>,
    account_id: String,
}

impl ThreadPage<'_> {
    fn attachments_of(&self, message_id: &str) -> Vec<&MessageAttachment> {
        self.attachments.iter().filter(|a| a.message_id == message_id).collect()
    }
}

/// State names in the page's language, by ISO3 code, for the codes a page shows.
struct StateNames(std::collections::BTreeMap<String, String>);

impl StateNames {
    fn of<'a>(app: &AppState, lang: Lang, codes: impl IntoIterator<Item = &'a str>) -> StateNames {
        StateNames(
            codes
                .into_iter()
                .map(|c| {
                    (
                        c.to_string(),
                        app.catalog
                            .states
                            .get(c)
                            .map(|s| s.short_name(lang).to_string())
                            .unwrap_or_else(|| c.to_string()),
                    )
                })
                .collect(),
        )
    }

    fn name<'a>(&'a self, iso3: &'a str) -> &'a str {
        self.0.get(iso3).map(String::as_str).unwrap_or(iso3)
    }
}

async fn thread_page(
    app: &AppState,
    lang: Lang,
    uri: &Uri,
    (visitor, reader): (&Visitor, &Reader),
    thread_id: &str,
    (form, errors, notice): (Option<MessageForm>, Vec<String>, Option<String>),
) -> Result<Response, PageError> {
    let actor = visitor.actor(Some(Permission::ExchangeMessages));
    let messages = app.store.open_thread(thread_id, reader, &actor).await.found("opening a thread")?;
    let last = messages.last().map(|m| (m.id.clone(), m.draft.tlp, m.draft.urgency));
    let (last_id, last_tlp, _) = last.unwrap_or((String::new(), Tlp::Clear, Urgency::Medium));
    let reply_markings: Vec<Tlp> = Tlp::ALL.into_iter().filter(|t| *t >= last_tlp).collect();
    let form = form.unwrap_or(MessageForm {
        kind: "reply".into(),
        tlp: last_tlp.as_str().into(),
        in_reply_to: last_id,
        ..Default::default()
    });
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    let ids: Vec<&str> = messages.iter().map(|m| m.id.as_str()).collect();
    let attachments = match app.store.message_attachments(&ids).await {
        Ok(a) => a,
        Err(e) => return Err(failure("listing attachments", &e)),
    };
    let names = StateNames::of(
        app,
        lang,
        messages.iter().flat_map(|m| {
            std::iter::once(m.sender_state.as_str()).chain(m.recipients.iter().map(|r| r.state.as_str()))
        }),
    );
    let page = Page::new(lang, &app.catalog.messages, "messages", uri);
    let template = ThreadPage {
        names,
        attachments,
        account_id: reader.account_id.clone(),
        page,
        thread_id: thread_id.to_string(),
        state: reader.state.clone(),
        messages,
        reply_markings,
        form,
        errors,
        notice,
    };
    Ok(noindex(render_private(status, &template)))
}

pub(crate) async fn thread(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let Some(reader) = visitor.message_reader() else { return Err(PageError::Forbidden) };
    thread_page(&app, lang, &uri, (&visitor, &reader), &id, (None, Vec::new(), None)).await
}

pub(crate) async fn reply(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, id)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let Some(reader) = visitor.message_reader() else { return Err(PageError::Forbidden) };
    let mut form = MessageForm::parse(&body);
    form.kind = "reply".into();
    form.recipients.clear();
    Ok(match send(&app, lang, &visitor, &reader, &form).await {
        Ok(thread) => Redirect::to(&format!("/{}/messages/{thread}", lang.code())).into_response(),
        Err(errors) => thread_page(&app, lang, &uri, (&visitor, &reader), &id, (Some(form), errors, None)).await?,
    })
}

pub(crate) async fn acknowledge(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, id)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let Some(reader) = visitor.message_reader() else { return Err(PageError::Forbidden) };
    let message =
        form_urlencoded::parse(&body).find(|(k, _)| k == "message").map(|(_, v)| v.into_owned()).unwrap_or_default();
    let actor = visitor.actor(Some(Permission::ExchangeMessages));
    let page = Page::new(lang, &app.catalog.messages, "messages", &uri);
    let (notice, errors) = match app.store.acknowledge_message(&message, &reader, &actor).await {
        Ok(true) => (Some(page.t("message-acknowledged")), Vec::new()),
        Ok(false) => (Some(page.t("message-acknowledged-before")), Vec::new()),
        Err(StoreError::NotFound(_)) => return Err(PageError::NotFound),
        Err(StoreError::Refused(r)) => (None, vec![page.refusal(&r)]),
        Err(e) => return Err(failure("acknowledging a message", &e)),
    };
    thread_page(&app, lang, &uri, (&visitor, &reader), &id, (None, errors, notice)).await
}

/// Attaches a file (PDF or Word, one per request) to one of the visitor's own messages in
/// the thread.
pub(crate) async fn attach(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, thread_id)): Path<(String, String)>,
    multipart: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<Response, PageError> {
    let Some(reader) = visitor.message_reader() else { return Err(PageError::Forbidden) };
    let page = Page::new(lang, &app.catalog.messages, "messages", &uri);
    let (mut file, mut message): (Option<(String, Bytes)>, String) = (None, String::new());
    let read = match multipart {
        Ok(mut multipart) => loop {
            match multipart.next_field().await {
                Ok(Some(field)) if field.name() == Some("file") => {
                    let name = field.file_name().unwrap_or_default().to_string();
                    match field.bytes().await {
                        Ok(bytes) => file = Some((name, bytes)),
                        Err(e) => break Err(super::files::multipart_refusal(&page, e)),
                    }
                }
                Ok(Some(field)) if field.name() == Some("message") => message = field.text().await.unwrap_or_default(),
                Ok(Some(_)) => {}
                Ok(None) => break Ok(()),
                Err(e) => break Err(super::files::multipart_refusal(&page, e)),
            }
        },
        Err(e) => Err((Some(page.t_with("reply-refused", "reason", &e.body_text())), StatusCode::BAD_REQUEST)),
    };
    let (notice, errors) = match (read, file) {
        (Err((notice, _)), _) => (None, notice.into_iter().collect()),
        (Ok(()), None) => (None, vec![page.t_with("form-unknown-field", "field", "file")]),
        (Ok(()), Some((name, bytes))) => {
            let actor = visitor.actor(Some(Permission::ExchangeMessages));
            match app.store.attach_to_message(&message, &reader, &name, &bytes, &actor).await {
                Ok(_) => (Some(page.t_with("reply-attached", "name", &name)), Vec::new()),
                Err(StoreError::Refused(reason)) => (None, vec![page.refusal(&reason)]),
                Err(StoreError::NotFound(_)) => return Err(PageError::NotFound),
                Err(e) => return Err(failure("attaching a file", &e)),
            }
        }
    };
    thread_page(&app, lang, &uri, (&visitor, &reader), &thread_id, (None, errors, notice)).await
}

/// Downloads a message's attachment, for whoever may read the message (audited).
pub(crate) async fn attachment(
    PageCtx { app, lang: _, visitor, .. }: PageCtx,
    Path((_, _, att)): Path<(String, String, String)>,
) -> Result<Response, PageError> {
    let Some(reader) = visitor.message_reader() else { return Err(PageError::Forbidden) };
    let actor = visitor.actor(Some(Permission::ExchangeMessages));
    Ok(match app.store.open_message_attachment(&att, &reader, &actor).await {
        Ok(Some((a, bytes))) => noindex(super::files::file_response((&a.name, &a.media_type), bytes)),
        Ok(None) => return Err(PageError::NotFound),
        Err(e) => return Err(failure("reading an attachment", &e)),
    })
}

#[derive(Template)]
#[template(path = "messages_escalated.html")]
struct EscalatedPage<'a> {
    page: Page<'a>,
    escalated: Vec<Escalated>,
    names: StateNames,
}

/// The directory manager's list: who wrote to whom, how urgent, how marked, since when;
/// never the words.
pub(crate) async fn escalated(PageCtx { app, lang, uri, .. }: PageCtx) -> Result<Response, PageError> {
    let escalated = match app.store.escalated_messages(2).await {
        Ok(e) => e,
        Err(e) => return Err(failure("listing escalated messages", &e)),
    };
    let names = StateNames::of(&app, lang, escalated.iter().flat_map(|e| [e.sender_state.as_str(), e.state.as_str()]));
    let page = Page::new(lang, &app.catalog.messages, "messages", &uri);
    Ok(noindex(render_private(StatusCode::OK, &EscalatedPage { page, escalated, names })))
}
