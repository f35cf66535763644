//! Communication checks' mail: a round's personal acknowledgement links, the scheduled rounds
//! due, and the reminders of a round.

use comity_i18n::Messages;
use comity_store::Store;

use crate::{JobError, Mail, first_spoken, system_actor};

/// Starts a communication check of the listed contacts in `scope`: each gets, in its first
/// working language when it is an official one (English otherwise), a mail with its personal
/// acknowledgement link, queued in the outbox with the round.
pub async fn start_check(
    mail: &Mail,
    messages: &Messages,
    store: &Store,
    (title, deadline): (&str, &str),
    scope: &comity_store::CheckScope,
    actor: &comity_store::Actor,
) -> Result<(String, usize), comity_store::StoreError> {
    store.start_check(title, deadline, scope, check_mail(mail, messages, "check-mail-subject"), actor).await
}

/// Starts the scheduled rounds due now (each occurrence once across nodes); their mail
/// leaves through the outbox. Returns (schedule, round and contacts asked, or why not).
pub async fn start_due_checks(
    mail: &Mail,
    messages: &Messages,
    store: &Store,
) -> Result<Vec<(String, Result<(String, usize), String>)>, JobError> {
    let mail = check_mail(mail, messages, "check-mail-subject");
    Ok(store.start_due_checks(jiff::Timestamp::now(), mail, &system_actor()).await?)
}

/// Sends the check reminders due now (each once across nodes) with fresh links; their mail
/// leaves through the outbox. Returns (round, contacts reminded).
pub async fn send_check_reminders(
    mail: &Mail,
    messages: &Messages,
    store: &Store,
) -> Result<Vec<(String, usize)>, JobError> {
    let mail = check_mail(mail, messages, "check-reminder-subject");
    Ok(store.send_check_reminders(jiff::Timestamp::now(), mail, &system_actor()).await?)
}

/// The words of a check's mail (or its reminder's, by `subject_id`) for one contact.
fn check_mail<'a>(
    mail: &'a Mail,
    messages: &'a Messages,
    subject_id: &'a str,
) -> impl Fn(&comity_store::CheckMail<'_>) -> (String, String) + 'a {
    move |m: &comity_store::CheckMail<'_>| {
        let lang = first_spoken(&m.contact.languages);
        let link = format!("{}/{}/ack/{}", mail.public_url, lang.code(), m.token);
        let deadline = crate::mail_time(m.deadline);
        let subject = messages.format(lang, subject_id, &[("deadline", deadline.as_str().into())]);
        let body = messages.format(
            lang,
            "check-mail-body",
            &[
                ("name", m.contact.name.as_str().into()),
                ("deadline", deadline.as_str().into()),
                ("link", link.as_str().into()),
            ],
        );
        (subject, body)
    }
}
