//! Starting a round of a communication check (one mail with a one-time link per contact, in
//! the outbox with the round) and reminding those who have not answered.

use super::{CheckMail, CheckScope, parse_time};
use crate::Refusal;
use crate::identity::{Actor, append_audit, content};
use crate::{Result, Store, stamp, with_pool};
use comity_contacts::Contact;

impl Store {
    /// Starts a round now: every listed contact in `scope` is asked to acknowledge by
    /// `deadline` (RFC 3339, in the future); a one-time token each, its hash stored, and the
    /// mail `compose` writes (subject, body) queued in the outbox, all in one transaction.
    pub async fn start_check(
        &self,
        title: &str,
        deadline: &str,
        scope: &CheckScope,
        compose: impl Fn(&CheckMail<'_>) -> (String, String),
        actor: &Actor,
    ) -> Result<(String, usize)> {
        self.start_round(title, deadline, scope, compose, None, actor)
            .await?
            .ok_or_else(|| crate::internal("the round did not start"))
    }

    /// [`Store::start_check`], taking with it one occurrence of a schedule (`(id, next_at as
    /// read, the next one or None)`) in the same transaction: None when another node took it.
    pub(super) async fn start_round(
        &self,
        title: &str,
        deadline: &str,
        scope: &CheckScope,
        compose: impl Fn(&CheckMail<'_>) -> (String, String),
        occurrence: Option<(&str, &str, Option<String>)>,
        actor: &Actor,
    ) -> Result<Option<(String, usize)>> {
        let started = jiff::Timestamp::now();
        let deadline_at: jiff::Timestamp =
            deadline.parse().map_err(|_| Refusal::NotATime { field: "deadline", given: deadline.to_string() })?;
        if deadline_at <= started {
            return Err(Refusal::TimePassed { field: "deadline", given: deadline.to_string() }.into());
        }
        if title.trim().is_empty() {
            return Err(Refusal::Required { field: "round_title" }.into());
        }
        let contacts: Vec<_> = self
            .contacts(None, true)
            .await?
            .into_iter()
            .filter(|c| scope.states.is_empty() || scope.states.contains(&c.state))
            .filter(|c| scope.category.is_none_or(|k| k == c.contact.category))
            .collect();
        if contacts.is_empty() {
            return Err(Refusal::NoContactInScope.into());
        }
        let id = uuid::Uuid::now_v7().to_string();
        let (started_at, deadline_text) = (stamp(started), deadline_at.to_string());
        let mut rows = Vec::with_capacity(contacts.len());
        for c in &contacts {
            let token = comity_access::secrets::new_secret("ack_").map_err(crate::internal)?;
            let email = c.contact.emails.first().cloned().unwrap_or_default();
            let (subject, body) = compose(&CheckMail {
                round_id: &id,
                state: &c.state,
                contact: &c.contact,
                token: &token,
                deadline: &deadline_text,
            });
            rows.push((c, comity_access::secrets::digest(&token), email, subject, body));
        }
        let engine = self.engine();
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            if let Some((schedule, was, next)) = &occurrence {
                let taken = sqlx::query(
                    "UPDATE check_schedules SET next_at = COALESCE($1, next_at), active = $2 \
                    WHERE id = $3 AND next_at = $4 AND active = 1",
                )
                .bind(next)
                .bind(i64::from(next.is_some()))
                .bind(schedule)
                .bind(was)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if taken != 1 {
                    return Ok(None);
                }
            }
            sqlx::query(
                "INSERT INTO check_rounds (id, title, started_at, deadline, created_by) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(&id)
            .bind(title.trim())
            .bind(&started_at)
            .bind(&deadline_text)
            .bind(&actor.account)
            .execute(&mut *tx)
            .await?;
            for (c, token_hash, email, subject, body) in &rows {
                let mail_id = uuid::Uuid::now_v7().to_string();
                crate::outbox::put_mail!(&mut *tx, &mail_id, &c.contact.name, email, subject, body, &started_at)?;
                sqlx::query(
                    "INSERT INTO check_targets (round_id, contact_id, state, category, \
                    email, token_hash, mail_id) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(&id)
                .bind(&c.id)
                .bind(&c.state)
                .bind(c.contact.category.as_str())
                .bind(email)
                .bind(token_hash)
                .bind(&mail_id)
                .execute(&mut *tx)
                .await?;
            }
            // Reminders halfway and at nine tenths of the round's time.
            let window = deadline_at.duration_since(started);
            for fraction in [0.5, 0.9] {
                let due = started.checked_add(window.mul_f64(fraction)).map_err(crate::internal)?;
                sqlx::query("INSERT INTO check_reminders (round_id, due_at) VALUES ($1, $2)")
                    .bind(&id)
                    .bind(stamp(due))
                    .execute(&mut *tx)
                    .await?;
            }
            let schedule = occurrence.as_ref().map(|o| o.0);
            let details = serde_json::json!({
                "title": title.trim(),
                "deadline": deadline_text,
                "asked": rows.len(),
                "schedule": schedule,
            });
            append_audit!(
                tx,
                content(actor, "check.start", format!("check:{id}"), Some("SECRETARIAT".into()), details),
                engine
            );
            tx.commit().await?;
        });
        Ok(Some((id, rows.len())))
    }

    /// Sends the reminders due at `now`: for each round with one due (claimed once, across
    /// nodes), every contact that has not answered and whose mail did not bounce gets a new
    /// link (the earlier one stops working) in a mail `compose` writes, queued in the outbox;
    /// reminders due together for one round go as one. Returns (round, contacts reminded).
    pub async fn send_check_reminders(
        &self,
        now_at: jiff::Timestamp,
        compose: impl Fn(&CheckMail<'_>) -> (String, String),
        actor: &Actor,
    ) -> Result<Vec<(String, usize)>> {
        let now_text = stamp(now_at);
        let due: Vec<(String, String)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT r.round_id, c.deadline FROM check_reminders r JOIN check_rounds \
                c ON c.id = r.round_id WHERE r.sent_at IS NULL AND r.due_at <= $1 GROUP \
                BY r.round_id, c.deadline",
            )
            .bind(&now_text)
            .fetch_all(pool)
            .await?
        });
        let engine = self.engine();
        let mut done = Vec::new();
        for (round_id, deadline) in due {
            if parse_time(&deadline).is_some_and(|d| d <= now_at) {
                continue;
            }
            let waiting: Vec<(String, String, String, String)> = with_pool!(self, |pool| {
                sqlx::query_as(
                    "SELECT t.contact_id, t.state, t.email, c.details FROM check_targets t JOIN \
                    contacts c ON c.id = t.contact_id LEFT JOIN mail_outbox m ON m.id = t.mail_id \
                    WHERE t.round_id = $1 AND t.acknowledged_at IS NULL AND m.bounced_at IS NULL \
                    ORDER BY t.state, t.contact_id",
                )
                .bind(&round_id)
                .fetch_all(pool)
                .await?
            });
            let mut mails = Vec::with_capacity(waiting.len());
            for (contact_id, state, email, details) in &waiting {
                let Ok(contact) = serde_json::from_str::<Contact>(details) else { continue };
                let token = comity_access::secrets::new_secret("ack_").map_err(crate::internal)?;
                let (subject, body) = compose(&CheckMail {
                    round_id: &round_id,
                    state,
                    contact: &contact,
                    token: &token,
                    deadline: &deadline,
                });
                mails.push((
                    contact_id.clone(),
                    contact.name.clone(),
                    email.clone(),
                    comity_access::secrets::digest(&token),
                    subject,
                    body,
                ));
            }
            let claimed = with_pool!(self, |pool| {
                let _turn = self.write_turn().await;
                let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
                let n = sqlx::query(
                    "UPDATE check_reminders SET sent_at = $1 WHERE round_id = $2 AND due_at <= $1 AND sent_at IS NULL",
                )
                .bind(&now_text)
                .bind(&round_id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if n > 0 {
                    for (contact_id, name, email, token_hash, subject, body) in &mails {
                        let mail_id = uuid::Uuid::now_v7().to_string();
                        // Someone who answered a moment ago is not reminded.
                        let still_waiting = sqlx::query(
                            "UPDATE check_targets SET token_hash = $1, mail_id = $2 WHERE round_id = \
                            $3 AND contact_id = $4 AND acknowledged_at IS NULL",
                        )
                        .bind(token_hash)
                        .bind(&mail_id)
                        .bind(&round_id)
                        .bind(contact_id)
                        .execute(&mut *tx)
                        .await?
                        .rows_affected();
                        if still_waiting == 1 {
                            crate::outbox::put_mail!(&mut *tx, &mail_id, name, email, subject, body, &now_text)?;
                        }
                    }
                    let details = serde_json::json!({ "reminded": mails.len() });
                    append_audit!(
                        tx,
                        content(
                            actor,
                            "check.remind",
                            format!("check:{round_id}"),
                            Some("SECRETARIAT".into()),
                            details
                        ),
                        engine
                    );
                }
                tx.commit().await?;
                n > 0
            });
            if claimed {
                done.push((round_id, mails.len()));
            }
        }
        Ok(done)
    }
}
