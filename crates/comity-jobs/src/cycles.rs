//! Mail to States' focal points about a reporting cycle: its opening, and the reminders due
//! before its deadline to States that have not submitted.

use comity_i18n::Messages;
use comity_store::Store;

use crate::{JobError, Mail, deliver_outbox, system_actor};

/// Why States' focal points are written to about a cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CycleMail {
    /// The cycle has opened: every State's focal point.
    Opened,
    /// The deadline nears: the focal points of States that have not submitted a reply.
    Reminder,
}

/// Mails States' focal points about a cycle, each in their language, through the outbox
/// (queued in one transaction, then handed to the relay at once); returns how many were
/// written to.
pub async fn mail_focal_points(
    mail: &Mail,
    messages: &Messages,
    store: &Store,
    cycle: &comity_reporting::Cycle,
    why: CycleMail,
) -> Result<usize, JobError> {
    let mails = focal_point_mails(mail, messages, store, cycle, why).await?;
    store.queue_mail(&mails).await?;
    deliver_outbox(mail, store).await?;
    Ok(mails.len())
}

/// The mails to States' focal points about a cycle (name, email, subject, body): on opening,
/// every focal point; as a reminder, those of States that have not submitted.
async fn focal_point_mails(
    mail: &Mail,
    messages: &Messages,
    store: &Store,
    cycle: &comity_reporting::Cycle,
    why: CycleMail,
) -> Result<Vec<comity_store::QueuedMail>, JobError> {
    let replied: Vec<String> =
        store.replies(&cycle.id, None).await?.into_iter().filter(|r| r.status != "draft").map(|r| r.state).collect();
    let (subject_id, body_id) = match why {
        CycleMail::Opened => ("mail-cycle-subject", "mail-cycle-body"),
        CycleMail::Reminder => ("mail-reminder-subject", "mail-reminder-body"),
    };
    let mut mails = Vec::new();
    for account in store.list_accounts(None).await? {
        let states: Vec<&str> = account
            .memberships
            .iter()
            .filter(|m| m.role == comity_access::Role::FocalPoint)
            .filter_map(|m| match &m.org {
                comity_access::OrgRef::State(iso3) => Some(iso3.as_str()),
                comity_access::OrgRef::Secretariat => None,
            })
            .collect();
        let waiting = states.iter().any(|s| why == CycleMail::Opened || !replied.iter().any(|r| r == s));
        if account.disabled || states.is_empty() || !waiting {
            continue;
        }
        let lang = account.lang.parse().unwrap_or(comity_i18n::Lang::En);
        let resolution = cycle.details.resolution.as_str();
        let subject = messages.format(lang, subject_id, &[("resolution", resolution.into())]);
        let link = format!("{}/{}/cycles", mail.public_url, lang.code());
        let body = messages.format(
            lang,
            body_id,
            &[
                ("name", account.name.as_str().into()),
                ("resolution", resolution.into()),
                ("deadline", cycle.details.deadline.as_str().into()),
                ("link", link.as_str().into()),
                ("cycle", cycle.id.as_str().into()),
            ],
        );
        mails.push(comity_store::QueuedMail {
            name: account.name.clone(),
            email: account.email.clone(),
            subject,
            body,
        });
    }
    Ok(mails)
}

/// Queues the reminders due on `today` (YYYY-MM-DD) for the focal points of States that have
/// not submitted, each reminder once across every node, in the transaction that takes it;
/// the outbox sends them. Returns (cycle, days before the deadline, focal points written to).
pub async fn send_due_reminders(
    mail: &Mail,
    messages: &Messages,
    store: &Store,
    today: &str,
) -> Result<Vec<(String, i64, usize)>, JobError> {
    let mut sent = Vec::new();
    for (cycle_id, days) in store.due_reminders(today).await? {
        let Some(cycle) = store.cycle(&cycle_id).await? else { continue };
        let mails = focal_point_mails(mail, messages, store, &cycle, CycleMail::Reminder).await?;
        if !store.claim_reminder(&cycle_id, days, &mails, &system_actor()).await? {
            continue;
        }
        sent.push((cycle_id, days, mails.len()));
    }
    Ok(sent)
}

/// A reminder sent now by the Secretariat, outside the schedule, to the focal points of the
/// States that have not submitted (audited as `actor`); returns how many were written to.
pub async fn remind_now(
    mail: &Mail,
    messages: &Messages,
    store: &Store,
    cycle: &comity_reporting::Cycle,
    actor: &comity_store::Actor,
) -> Result<usize, JobError> {
    let mails = focal_point_mails(mail, messages, store, cycle, CycleMail::Reminder).await?;
    store.remind_now(&cycle.id, &mails, actor).await?;
    deliver_outbox(mail, store).await?;
    Ok(mails.len())
}
