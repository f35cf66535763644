//! Opening a negotiation in the portal, for the Secretariat: its name, title and process, the
//! negotiating language, who reads its drafts, the Chair and support staff, the deadline for
//! proposals on the zero draft (New York time), and the zero draft itself, uploaded as Word,
//! Markdown or text, or written in the page. What is wrong is told back with the form as sent,
//! and nothing is opened.

use askama::Template;
use axum::extract::Multipart;
use axum::extract::multipart::MultipartRejection;
use axum::http::StatusCode;
use axum::response::Response;
use comity_access::Permission;
use comity_i18n::{Lang, MessageArg};
use comity_negotiation::Readers;
use comity_negotiation::text::{DraftError, DraftFileError, Text};
use comity_store::NewNegotiation;

use super::{back, told};
use crate::pages::page::{Page, PageCtx, PageError, render_private};

/// The form as sent (or empty), kept when it is told back.
#[derive(Default)]
struct Sent {
    name: String,
    title: String,
    process: String,
    lang: String,
    readers: String,
    chair: String,
    support: String,
    deadline: String,
    text: String,
}

#[derive(Template)]
#[template(path = "negotiation_open.html")]
struct OpenPage<'a> {
    page: Page<'a>,
    sent: Sent,
    /// The six languages as (code, name in the page's language).
    langs: Vec<(&'static str, String)>,
    /// Who may read the drafts as (code, words).
    readers: Vec<(&'static str, String)>,
    errors: Vec<String>,
}

fn form(ctx: &PageCtx, mut sent: Sent, errors: Vec<String>, status: StatusCode) -> Response {
    let page = Page::new(ctx.lang, &ctx.app.catalog.messages, "negotiations", &ctx.uri);
    if sent.lang.is_empty() {
        sent.lang = Lang::En.code().into();
    }
    if sent.readers.is_empty() {
        sent.readers = Readers::States.as_str().into();
    }
    let langs = Lang::ALL.into_iter().map(|l| (l.code(), page.t_key("lang-name-", l.code()))).collect();
    let readers =
        Readers::ALL.into_iter().map(|r| (r.as_str(), page.t_key("negotiation-readers-", r.as_str()))).collect();
    render_private(status, &OpenPage { page, sent, langs, readers, errors })
}

/// The empty form.
pub(crate) async fn open_form(ctx: PageCtx) -> Result<Response, PageError> {
    Ok(form(&ctx, Sent::default(), Vec::new(), StatusCode::OK))
}

/// Why a zero draft could not be read, in the page's words; `file` names it (the file's name,
/// or the box it was written in).
fn draft_problem(page: &Page<'_>, file: &str, e: &DraftFileError) -> String {
    use comity_docx::ReadError;
    let say = |id: &str, args: &[(&str, String)]| {
        let mut all = vec![("file", MessageArg::from(file))];
        all.extend(args.iter().map(|(n, v)| (*n, MessageArg::from(v.as_str()))));
        page.messages.format(page.lang, id, &all)
    };
    match e {
        DraftFileError::Word(ReadError::LegacyDoc) => say("negotiation-draft-legacy-doc", &[]),
        DraftFileError::Word(ReadError::NotZip(_) | ReadError::NoDocumentPart) => {
            say("negotiation-draft-not-docx", &[])
        }
        DraftFileError::Word(ReadError::BadXml { part, line, column, .. }) => say(
            "negotiation-draft-bad-xml",
            &[("part", part.clone()), ("line", line.to_string()), ("column", column.to_string())],
        ),
        DraftFileError::Word(ReadError::TooLarge { .. } | ReadError::TooDeep { .. }) => {
            say("negotiation-draft-too-large", &[])
        }
        DraftFileError::NotUtf8 { byte } => say("negotiation-draft-not-utf8", &[("byte", byte.to_string())]),
        DraftFileError::Draft(DraftError::Empty) => say("negotiation-draft-empty", &[]),
        DraftFileError::Draft(DraftError::ItemWithoutParagraph { line }) => {
            say("negotiation-draft-item-first", &[("line", line.to_string())])
        }
        DraftFileError::Draft(DraftError::ControlCharacter { line, code }) => {
            say("negotiation-draft-control", &[("line", line.to_string()), ("code", format!("{code:04X}"))])
        }
        DraftFileError::Draft(DraftError::TooLong { count, max }) => {
            say("negotiation-draft-too-long", &[("count", count.to_string()), ("max", max.to_string())])
        }
    }
}

/// A form with a zero draft as sent: its text fields by name, and the draft's file (name,
/// bytes) when one was chosen.
pub(super) type DraftForm = (std::collections::HashMap<String, String>, Option<(String, Vec<u8>)>);

/// Reads a multipart form carrying a zero draft: the text `fields` it may have and the file
/// part `file`. A form that cannot be read, or has a field it should not, is told why.
pub(super) async fn read_draft_form(
    page: &Page<'_>,
    multipart: Result<Multipart, MultipartRejection>,
    fields: &[&str],
) -> Result<DraftForm, (String, StatusCode)> {
    let mut multipart =
        multipart.map_err(|e| (page.t_with("negotiation-open-unreadable", "reason", &e.body_text()), e.status()))?;
    let (mut sent, mut file) = (std::collections::HashMap::new(), None);
    let refused = |e| {
        let (message, status) = crate::pages::files::multipart_refusal(page, e);
        (message.unwrap_or_default(), status)
    };
    while let Some(field) = multipart.next_field().await.map_err(refused)? {
        let name = field.name().unwrap_or_default().to_string();
        if name == "file" {
            let file_name = field.file_name().unwrap_or_default().to_string();
            let bytes = field.bytes().await.map_err(refused)?;
            // A file input left empty still sends a part, with no name and no bytes.
            if !bytes.is_empty() || !file_name.is_empty() {
                file = Some((file_name, bytes.to_vec()));
            }
            continue;
        }
        if !fields.contains(&name.as_str()) {
            return Err((page.t_with("form-unknown-field", "field", &name), StatusCode::BAD_REQUEST));
        }
        let value = field.text().await.map_err(refused)?.replace("\r\n", "\n");
        sent.insert(name, value);
    }
    Ok((sent, file))
}

/// The zero draft a form carries, uploaded or written in its box (`text`), read as a
/// negotiating text; why not, in the page's words, when it is neither, both, or unreadable.
pub(super) fn sent_draft(page: &Page<'_>, file: &Option<(String, Vec<u8>)>, text: &str) -> Result<Text, String> {
    match (file, !text.trim().is_empty()) {
        (Some(_), true) => Err(page.t("negotiation-open-two-drafts")),
        (None, false) => Err(page.t("negotiation-open-no-draft")),
        (Some((file_name, bytes)), false) => {
            Text::read_file(bytes, file_name).map_err(|e| draft_problem(page, file_name, &e))
        }
        (None, true) => Text::read_file(text.as_bytes(), "")
            .map_err(|e| draft_problem(page, &page.t("negotiation-open-text-name"), &e)),
    }
}

/// Opens the negotiation on its zero draft, or tells back what is wrong with nothing opened.
pub(crate) async fn open(
    ctx: PageCtx,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, PageError> {
    let page = Page::new(ctx.lang, &ctx.app.catalog.messages, "negotiations", &ctx.uri);
    const FIELDS: [&str; 9] = ["name", "title", "process", "lang", "readers", "chair", "support", "deadline", "text"];
    let (mut fields, file) = match read_draft_form(&page, multipart, &FIELDS).await {
        Ok(read) => read,
        Err((message, status)) => return Ok(form(&ctx, Sent::default(), vec![message], status)),
    };
    let mut take = |name: &str| fields.remove(name).unwrap_or_default();
    let sent = Sent {
        name: take("name"),
        title: take("title"),
        process: take("process"),
        lang: take("lang"),
        readers: take("readers"),
        chair: take("chair"),
        support: take("support"),
        deadline: take("deadline"),
        text: take("text"),
    };
    let mut errors = Vec::new();
    let name = sent.name.trim();
    let name_ok = !name.is_empty()
        && name.len() <= 64
        && name != "new"
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if !name_ok {
        errors.push(page.t("negotiation-open-bad-name"));
    }
    if sent.title.trim().is_empty() {
        errors.push(page.t("negotiation-open-no-title"));
    }
    if sent.chair.trim().is_empty() {
        errors.push(page.t("negotiation-open-no-chair"));
    }
    let lang = sent.lang.parse::<Lang>().ok();
    let readers = Readers::parse(&sent.readers);
    if lang.is_none() || readers.is_none() {
        errors.push(page.t("negotiation-open-bad-choice"));
    }
    let deadline = match comity_i18n::format::from_new_york_time(&sent.deadline) {
        _ if sent.deadline.trim().is_empty() => None,
        Some(at) => Some(at),
        None => {
            errors.push(page.t("negotiation-bad-time"));
            None
        }
    };
    let zero = match sent_draft(&page, &file, &sent.text) {
        Ok(text) => Some(text),
        Err(problem) => {
            errors.push(problem);
            None
        }
    };
    let (Some(zero), Some(lang), Some(readers), true) = (zero, lang, readers, errors.is_empty()) else {
        return Ok(form(&ctx, sent, errors, StatusCode::BAD_REQUEST));
    };
    let new = NewNegotiation {
        name: name.to_string(),
        title: sent.title.trim().to_string(),
        process: sent.process.trim().to_string(),
        lang,
        readers,
        chair: sent.chair.trim().to_string(),
        support: sent
            .support
            .split([',', ';', ' ', '\n'])
            .map(str::trim)
            .filter(|e| !e.is_empty())
            .map(String::from)
            .collect(),
        deadline,
    };
    let actor = ctx.visitor.actor(Some(Permission::ManageNegotiations));
    match ctx.app.store.create_negotiation(&new, &zero, &actor).await {
        Ok(_) => Ok(back(&ctx, &new.name, "opened", "")),
        Err(e) => {
            let errors = told(&ctx, e)?;
            Ok(form(&ctx, sent, errors, StatusCode::BAD_REQUEST))
        }
    }
}
