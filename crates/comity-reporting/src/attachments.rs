//! Files attached to a reply: what is accepted (PDF and Word .docx, each up to a limit, a
//! bounded number per reply) and how a file is recognised by its content, not its name.

use serde::Serialize;

/// Largest attachment accepted, in bytes (10 MiB: a long national strategy as PDF).
pub const MAX_ATTACHMENT_BYTES: usize = 10 * 1024 * 1024;
/// Most attachments one reply can carry.
pub const MAX_ATTACHMENTS: usize = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum MediaType {
    Pdf,
    Docx,
}

impl MediaType {
    pub fn as_str(self) -> &'static str {
        match self {
            MediaType::Pdf => "application/pdf",
            MediaType::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        }
    }

    pub fn parse(text: &str) -> Option<MediaType> {
        [MediaType::Pdf, MediaType::Docx].into_iter().find(|m| m.as_str() == text)
    }

    fn extension(self) -> &'static str {
        match self {
            MediaType::Pdf => "pdf",
            MediaType::Docx => "docx",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AttachmentError {
    #[error("{name}: the file is empty")]
    Empty { name: String },
    #[error("{name}: {size} bytes is over the limit of {limit} bytes (10 MiB) for an attachment")]
    TooLarge { name: String, size: usize, limit: usize },
    #[error("{name}: only PDF and Word (.docx) files can be attached; this file is {found}")]
    WrongType { name: String, found: String },
    #[error("{name}: the file is {actual} but its name ends in .{named}; rename it to .{expected}")]
    NameMismatch { name: String, actual: String, named: String, expected: String },
    #[error("{name}: not a readable Word file: {reason}")]
    BadDocx { name: String, reason: String },
    #[error("a file name must be 1 to 200 characters, without folders or control characters: {name:?}")]
    BadName { name: String },
    #[error("a reply can carry at most {limit} attachments; remove one first")]
    TooMany { limit: usize },
}

/// What the first bytes of an unwanted file say it is, for the message.
fn describe(bytes: &[u8]) -> String {
    let kind = if bytes.starts_with(b"\x89PNG") {
        "a PNG image"
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        "a JPEG image"
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        "a Word 97-2003 .doc file (save it as .docx)"
    } else if bytes.starts_with(b"PK") {
        "a ZIP archive that is not a Word document"
    } else if bytes.starts_with(b"MZ") || bytes.starts_with(b"\x7FELF") {
        "a program"
    } else if std::str::from_utf8(&bytes[..bytes.len().min(4096)]).is_ok() {
        "text"
    } else {
        "of an unknown type"
    };
    kind.to_string()
}

/// Checks a file before it is attached: name, size, and type recognised from its content
/// (a .docx is opened and read, so a damaged one is refused now, not when someone opens it).
pub fn check_attachment(name: &str, bytes: &[u8]) -> Result<MediaType, AttachmentError> {
    let trimmed = name.trim();
    if trimmed.is_empty()
        || trimmed.chars().count() > 200
        || trimmed.contains(['/', '\\'])
        || trimmed.chars().any(char::is_control)
    {
        return Err(AttachmentError::BadName { name: name.to_string() });
    }
    let name = trimmed.to_string();
    if bytes.is_empty() {
        return Err(AttachmentError::Empty { name });
    }
    if bytes.len() > MAX_ATTACHMENT_BYTES {
        return Err(AttachmentError::TooLarge { name, size: bytes.len(), limit: MAX_ATTACHMENT_BYTES });
    }
    let media = if bytes.starts_with(b"%PDF-") {
        MediaType::Pdf
    } else if bytes.starts_with(b"PK\x03\x04") {
        match comity_docx::read(bytes) {
            Ok(_) => MediaType::Docx,
            Err(comity_docx::ReadError::NoDocumentPart) => {
                return Err(AttachmentError::WrongType { name, found: describe(bytes) });
            }
            Err(e) => return Err(AttachmentError::BadDocx { name, reason: e.to_string() }),
        }
    } else {
        return Err(AttachmentError::WrongType { name, found: describe(bytes) });
    };
    let named = name.rsplit_once('.').map(|(_, ext)| ext.to_lowercase()).unwrap_or_default();
    if named != media.extension() {
        return Err(AttachmentError::NameMismatch {
            actual: match media {
                MediaType::Pdf => "a PDF".into(),
                MediaType::Docx => "a Word document".into(),
            },
            named: if named.is_empty() { "(nothing)".into() } else { named },
            expected: media.extension().into(),
            name,
        });
    }
    Ok(media)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_judged_by_content() {
        assert_eq!(check_attachment("strategy.pdf", b"%PDF-1.7\n..."), Ok(MediaType::Pdf));
        let docx = comity_docx::write(
            &comity_docx::from_markdown("Text"),
            &comity_docx::Properties { title: "t".into(), language: "en".into() },
        );
        assert_eq!(check_attachment("Reply.DOCX", &docx), Ok(MediaType::Docx));
        assert!(matches!(check_attachment("photo.pdf", b"\x89PNG\r\n"), Err(AttachmentError::WrongType { .. })));
        assert!(matches!(check_attachment("strategy.docx", b"%PDF-1.4"), Err(AttachmentError::NameMismatch { .. })));
        assert!(matches!(check_attachment("../etc.pdf", b"%PDF-1.4"), Err(AttachmentError::BadName { .. })));
        let big = vec![b'%'; MAX_ATTACHMENT_BYTES + 1];
        let e = check_attachment("big.pdf", &big).unwrap_err();
        assert!(e.to_string().contains("over the limit"), "{e}");
        let mut broken = docx.clone();
        broken.truncate(docx.len() / 2);
        assert!(check_attachment("broken.docx", &broken).is_err());
    }
}
