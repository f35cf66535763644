//! Files attached to a reply (PDF or Word): attach, download, remove, and the public copy of
//! a published reply's files.

use super::reply::reply_page;
use crate::AppState;
use crate::pages::page::{Page, PageCtx, PageError, failure};
use axum::body::Bytes;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use comity_access::Permission;
use comity_store::StoreError;

/// Attaches a file (PDF or Word, one per request) to a State's draft reply.
pub(crate) async fn attach(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, id, org)): Path<(String, String, String)>,
    multipart: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<Response, PageError> {
    let state = org.to_ascii_uppercase();
    let page = Page::new(lang, &app.catalog.messages, "reply", &uri);
    let refuse = |reason: String, status: StatusCode| {
        let notice = Some(page.t_with("reply-refused", "reason", &reason));
        (notice, status)
    };
    let mut file: Option<(String, Bytes)> = None;
    let outcome = match multipart {
        Ok(mut multipart) => loop {
            match multipart.next_field().await {
                Ok(Some(field)) if field.name() == Some("file") => {
                    let name = field.file_name().unwrap_or_default().to_string();
                    match field.bytes().await {
                        Ok(bytes) => file = Some((name, bytes)),
                        Err(e) => break Err(crate::pages::files::multipart_refusal(&page, e)),
                    }
                }
                Ok(Some(_)) => {}
                Ok(None) => break Ok(()),
                Err(e) => break Err(crate::pages::files::multipart_refusal(&page, e)),
            }
        },
        Err(e) => Err(refuse(e.body_text(), StatusCode::BAD_REQUEST)),
    };
    let (notice, status) = match (outcome, file) {
        (Err(refusal), _) => refusal,
        (Ok(()), None) => refuse(page.t_with("form-unknown-field", "field", "file"), StatusCode::BAD_REQUEST),
        (Ok(()), Some((name, bytes))) => {
            let actor = visitor.actor(Some(Permission::DraftSubmission));
            match app.store.add_attachment(&id, &state, &name, &bytes, &actor).await {
                Ok(_) => (Some(page.t_with("reply-attached", "name", &name)), StatusCode::OK),
                Err(StoreError::Refused(reason)) => (Some(page.refusal(&reason)), StatusCode::BAD_REQUEST),
                Err(e) => return Err(failure("attaching a file", &e)),
            }
        }
    };
    reply_page(&app, lang, &uri, &visitor, (&id, &state), (notice, status)).await
}

/// The attachment, when it belongs to this cycle's reply of this State.
async fn attachment_of(
    app: &AppState,
    (cycle, state, attachment): (&str, &str, &str),
) -> Result<Option<(comity_store::Attachment, Vec<u8>, comity_store::SubmissionSummary)>, StoreError> {
    Ok(app.store.attachment(attachment).await?.filter(|(_, _, reply)| reply.cycle_id == cycle && reply.state == state))
}

/// Downloads an attachment of a State's reply (its users and the Secretariat).
pub(crate) async fn attachment(
    PageCtx { app, lang: _, visitor, .. }: PageCtx,
    Path((_, id, org, att)): Path<(String, String, String, String)>,
) -> Result<Response, PageError> {
    let state = org.to_ascii_uppercase();
    Ok(match attachment_of(&app, (&id, &state, &att)).await {
        Ok(Some((a, bytes, reply))) if visitor.may_see_reply(&state, &reply.status) => {
            crate::pages::files::file_response((&a.name, &a.media_type), bytes)
        }
        Ok(Some(_)) => return Err(PageError::NotFound),
        Ok(None) => return Err(PageError::NotFound),
        Err(e) => return Err(failure("reading an attachment", &e)),
    })
}

/// Removes an attachment from a draft reply.
pub(crate) async fn detach(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, id, org, att)): Path<(String, String, String, String)>,
) -> Result<Response, PageError> {
    let state = org.to_ascii_uppercase();
    let page = Page::new(lang, &app.catalog.messages, "reply", &uri);
    match attachment_of(&app, (&id, &state, &att)).await {
        Ok(Some(_)) => {}
        Ok(None) => return Err(PageError::NotFound),
        Err(e) => return Err(failure("reading an attachment", &e)),
    }
    let (notice, status) =
        match app.store.remove_attachment(&att, &visitor.actor(Some(Permission::DraftSubmission))).await {
            Ok(_) => (Some(page.t("reply-detached")), StatusCode::OK),
            Err(StoreError::Refused(reason)) => (Some(page.refusal(&reason)), StatusCode::CONFLICT),
            Err(e) => return Err(failure("removing an attachment", &e)),
        };
    reply_page(&app, lang, &uri, &visitor, (&id, &state), (notice, status)).await
}

/// An attachment of a published reply, for everyone.
pub(crate) async fn public_attachment(
    PageCtx { app, lang: _, .. }: PageCtx,
    Path((_, att)): Path<(String, String)>,
) -> Result<Response, PageError> {
    Ok(match app.store.attachment(&att).await {
        Ok(Some((a, bytes, reply))) if reply.status == "published" => {
            crate::pages::files::file_response((&a.name, &a.media_type), bytes)
        }
        Ok(_) => return Err(PageError::NotFound),
        Err(e) => return Err(failure("reading an attachment", &e)),
    })
}
