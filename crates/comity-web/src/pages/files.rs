//! Files through pages: uploads read from multipart forms (and why one could not be), and
//! attachments downloaded under their own names.

use axum::http::StatusCode;
use axum::response::Response;

use super::page::Page;

/// Why an upload could not be read: over the size limit (the body stopped at it), or not a
/// well-formed multipart form.
pub(crate) fn multipart_refusal(
    page: &Page<'_>,
    e: axum::extract::multipart::MultipartError,
) -> (Option<String>, StatusCode) {
    let text = e.body_text();
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&e);
    let mut too_large = e.status() == StatusCode::PAYLOAD_TOO_LARGE;
    while let Some(error) = source {
        too_large |= error.is::<http_body_util::LengthLimitError>();
        source = error.source();
    }
    let status = if too_large { StatusCode::PAYLOAD_TOO_LARGE } else { StatusCode::BAD_REQUEST };
    let reason = if too_large { page.t("reply-attach-hint") } else { text };
    (Some(page.t_with("reply-refused", "reason", &reason)), status)
}

/// A file to download under its own name (a reply's or a message's attachment), never cached.
pub(crate) fn file_response((name, media_type): (&str, &str), bytes: Vec<u8>) -> Response {
    use axum::http::header;
    use axum::response::IntoResponse;
    // The name as given, made safe for the header: quotes and controls are replaced.
    let safe: String = name.chars().map(|c| if c == '"' || c == '\\' || c.is_control() { '_' } else { c }).collect();
    let ascii: String = safe.chars().map(|c| if c.is_ascii() { c } else { '_' }).collect();
    let encoded: String = form_urlencoded::byte_serialize(safe.as_bytes()).collect::<String>().replace('+', "%20");
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, media_type.to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
        ],
        bytes,
    )
        .into_response()
}
