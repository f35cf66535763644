//! Notices of messages between States' points of contact, and their escalation when a message
//! is not acknowledged in time.

use comity_i18n::Messages;
use comity_store::Store;

use crate::{JobError, Mail, first_spoken, system_actor};

/// The words of the notice of a message to one person (or of its escalation): in the
/// person's first working language Comity speaks; what kind of message, from which State, how
/// urgent, how marked, by when to acknowledge, and the link. Never the subject or the text:
/// mail is not where TLP can be enforced.
/// `public_url` is where the portal is reached (the mail settings'; without mail settings the
/// notices wait in the outbox with a link relative to the site).
pub fn message_notice<'a>(
    public_url: &'a str,
    messages: &'a Messages,
) -> impl Fn(&comity_store::MessageNotice<'_>) -> (String, String) + 'a {
    move |n: &comity_store::MessageNotice<'_>| {
        let lang = first_spoken(n.languages);
        let link = format!("{}/{}/messages/{}", public_url, lang.code(), n.thread_id);
        let deadline = crate::mail_time(n.deadline);
        let kind = messages.get(lang, &format!("message-kind-{}", n.kind.as_str()));
        let urgency = messages.get(lang, &format!("message-urgency-{}", n.urgency.as_str()));
        let tlp = n.tlp.label();
        let args = [
            ("name", n.recipient_name.into()),
            ("kind", kind.as_str().into()),
            ("state", n.sender_state.into()),
            ("urgency", urgency.as_str().into()),
            ("tlp", tlp.as_str().into()),
            ("deadline", deadline.as_str().into()),
            ("link", link.as_str().into()),
        ];
        let subject_id = if n.escalated { "message-mail-escalated-subject" } else { "message-mail-subject" };
        (messages.format(lang, subject_id, &args), messages.format(lang, "message-mail-body", &args))
    }
}

/// Escalates the messages not acknowledged in time (each step once across nodes); the
/// notices leave through the outbox. Returns (message, State, stage reached).
pub async fn escalate_messages(
    mail: &Mail,
    messages: &Messages,
    store: &Store,
) -> Result<Vec<(String, String, i64)>, JobError> {
    let notice = message_notice(&mail.public_url, messages);
    Ok(store.escalate_messages(jiff::Timestamp::now(), notice, &system_actor()).await?)
}
