//! The outbox's delivery: due mail handed to the relay, a few conversations at once, each
//! mail under a lease held by this node.

use comity_store::Store;

use crate::{JobError, Mail};

/// Hands the outbox's due mail to the relay until none is due, up to 32 conversations with
/// the relay at once (each SMTP exchange waits on round trips; several hide them); a refusal
/// is kept with the mail, which is tried again later. Returns (sent, failed).
pub async fn deliver_outbox(mail: &Mail, store: &Store) -> Result<(usize, usize), JobError> {
    const AT_ONCE: usize = 32;
    let (mut sent, mut failed) = (0, 0);
    loop {
        // Taken a few at a time, so that little waits on a lease if this node stops.
        let batch = store.claim_mail(AT_ONCE as i64 * 2, std::time::Duration::from_secs(120), &mail.node).await?;
        if batch.is_empty() {
            return Ok((sent, failed));
        }
        let mut sending = tokio::task::JoinSet::new();
        let mut waiting = batch.into_iter();
        loop {
            while sending.len() < AT_ONCE {
                let Some(m) = waiting.next() else { break };
                let mailer = mail.mailer.clone();
                sending.spawn(async move {
                    let outcome =
                        mailer.send(Some(&m.id), (&m.recipient_name, &m.recipient), &m.subject, &m.body).await;
                    (m, outcome)
                });
            }
            let Some(done) = sending.join_next().await else { break };
            let (m, outcome) = done.map_err(|e| JobError::Delivery(e.to_string()))?;
            match outcome {
                Ok(()) => {
                    store.mail_sent(&m.id).await?;
                    sent += 1;
                }
                Err(e) if e.is_permanent() => {
                    tracing::warn!(recipient = %m.recipient, error = %e, "the relay refused a mail for good (bounced)");
                    store.mail_bounced(&m.id, &e.to_string()).await?;
                    failed += 1;
                }
                Err(e) => {
                    tracing::warn!(recipient = %m.recipient, error = %e, "the relay did not take a mail; it will be tried again");
                    store.mail_failed(&m.id, m.attempts, &e.to_string()).await?;
                    failed += 1;
                }
            }
        }
    }
}
