//! The jobs a running node does on its own clock: audit checkpoints every minute, the outbox
//! every two seconds (with scheduled check rounds, escalations and the negotiations' silence
//! deadlines about once a minute),
//! reminders every ten minutes, ODS fetches every two seconds, and, when `backup_every` is set,
//! a look for the period's backup every few seconds. Every node runs them all;
//! what each occurrence does is claimed in the database first, so it is done once.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use comity_i18n::Messages;
use comity_states::StateRegistry;
use comity_store::Store;
use tokio::task::JoinHandle;

use crate::{
    BackupPlan, BackupTaken, Mail, deliver_outbox, escalate_messages, send_check_reminders, send_due_reminders,
    sign_checkpoint, start_due_checks, take_due_backup,
};

/// How often a running server signs the newest audit entry.
const CHECKPOINT_EVERY: Duration = Duration::from_secs(60);
/// How often the server hands the outbox's due mail to the relay.
const OUTBOX_EVERY: Duration = Duration::from_secs(2);
/// Scheduled check rounds and escalations are looked for every this many outbox ticks.
const ROUNDS_EVERY_TICKS: u64 = 30;
/// How often the server looks for reminders due.
const REMINDERS_EVERY: Duration = Duration::from_secs(600);
/// How often the server looks for fetches from the ODS to work on.
const FETCHES_EVERY: Duration = Duration::from_secs(2);
/// How long a stopping node lets a job's occurrence under way finish.
pub const STOP_GRACE: Duration = Duration::from_secs(5);

/// The deployment's audit signing key and the file its checkpoints are kept in.
#[derive(Clone)]
pub struct Checkpoints {
    pub key: ed25519_dalek::SigningKey,
    pub file: PathBuf,
}

/// What the jobs of one node work with.
pub struct Schedule {
    pub store: Store,
    /// None when no relay is configured: mail waits in the outbox and nothing is sent.
    pub mail: Option<Mail>,
    pub messages: Arc<Messages>,
    pub states: Arc<StateRegistry>,
    /// The ODS's address (settings `ods_url`).
    pub ods_url: String,
    /// This node's lasting name in leases.
    pub node: String,
    pub checkpoints: Checkpoints,
    /// The server's own backups; None when `backup_every` is not set.
    pub backups: Option<BackupPlan>,
}

/// The jobs running; [`Running::stop`] ends them and signs a last checkpoint.
pub struct Running {
    tasks: Vec<JoinHandle<()>>,
    /// Told when the node stops: each job ends after the occurrence it is in.
    stopping: tokio::sync::watch::Sender<bool>,
    store: Store,
    node: String,
    checkpoints: Checkpoints,
}

impl Schedule {
    /// Starts every job of this node on the current Tokio runtime.
    pub fn start(self) -> Running {
        let (stopping, stop) = tokio::sync::watch::channel(false);
        let mut tasks = vec![self.checkpoint_job(&stop), self.fetch_job(&stop)];
        if let Some(plan) = &self.backups {
            tasks.push(self.backup_job(plan.clone(), &stop));
        }
        if let Some(mail) = &self.mail {
            tasks.push(self.reminder_job(mail.clone(), &stop));
            tasks.push(self.outbox_job(mail.clone(), &stop));
        }
        Running { tasks, stopping, store: self.store, node: self.node, checkpoints: self.checkpoints }
    }

    /// The trail is signed every minute (and once more at the end), so that a rewrite of
    /// entries already signed is caught by `comity audit verify`.
    fn checkpoint_job(&self, stop: &Stop) -> JoinHandle<()> {
        let (store, checkpoints) = (self.store.clone(), self.checkpoints.clone());
        every(CHECKPOINT_EVERY, stop.clone(), move |_| {
            let (store, checkpoints) = (store.clone(), checkpoints.clone());
            async move {
                if let Err(e) = sign_checkpoint(&store, &checkpoints.key, &checkpoints.file).await {
                    tracing::error!(error = %e, "signing an audit checkpoint failed");
                }
            }
        })
    }

    /// Reminders to States that have not replied, and of check rounds, go out on their days,
    /// from whichever node looks first.
    fn reminder_job(&self, mail: Mail, stop: &Stop) -> JoinHandle<()> {
        let (store, messages) = (self.store.clone(), self.messages.clone());
        every(REMINDERS_EVERY, stop.clone(), move |_| {
            let (store, messages, mail) = (store.clone(), messages.clone(), mail.clone());
            async move {
                let today = jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::UTC).date().to_string();
                match send_due_reminders(&mail, &messages, &store, &today).await {
                    Ok(sent) => {
                        for (cycle, days, told) in sent {
                            tracing::info!(cycle, days_before = days, focal_points = told, "reminders sent");
                        }
                    }
                    Err(e) => tracing::error!(error = %e, "sending reminders failed"),
                }
                match send_check_reminders(&mail, &messages, &store).await {
                    Ok(sent) => {
                        for (round, contacts) in sent {
                            tracing::info!(round, contacts, "check reminders queued");
                        }
                    }
                    Err(e) => tracing::error!(error = %e, "queuing check reminders failed"),
                }
            }
        })
    }

    /// The outbox (communication checks, messages between States): every node sends what is
    /// due, a mail taken by one node at a time under a lease. Scheduled rounds start and
    /// messages not acknowledged in time escalate about once a minute (a critical one has an
    /// hour).
    fn outbox_job(&self, mail: Mail, stop: &Stop) -> JoinHandle<()> {
        let (store, messages) = (self.store.clone(), self.messages.clone());
        every(OUTBOX_EVERY, stop.clone(), move |tick| {
            let (store, messages, mail) = (store.clone(), messages.clone(), mail.clone());
            async move {
                if tick % ROUNDS_EVERY_TICKS == 0 {
                    start_rounds_and_escalate(&mail, &messages, &store).await;
                    // A text whose silence ran out unbroken is adopted, once across nodes.
                    match store.settle_silences(jiff::Timestamp::now()).await {
                        Ok(adopted) => {
                            for negotiation in adopted {
                                tracing::info!(negotiation, "text adopted: silence was kept");
                            }
                        }
                        Err(e) => tracing::error!(error = %e, "settling silence procedures failed"),
                    }
                }
                match deliver_outbox(&mail, &store).await {
                    Ok((0, 0)) => {}
                    Ok((sent, failed)) => tracing::info!(sent, failed, "outbox delivered"),
                    Err(e) => tracing::error!(error = %e, "delivering the outbox failed"),
                }
            }
        })
    }

    /// The period's backup, from whichever node looks first after the period starts (a tenth
    /// of the period at most later, and within a minute).
    fn backup_job(&self, plan: BackupPlan, stop: &Stop) -> JoinHandle<()> {
        let (store, node) = (self.store.clone(), self.node.clone());
        let look = (plan.every / 10).clamp(Duration::from_secs(1), Duration::from_secs(60));
        every(look, stop.clone(), move |_| {
            let (store, node, plan) = (store.clone(), node.clone(), plan.clone());
            async move {
                match take_due_backup(&store, &plan, &node).await {
                    Ok(None) => {}
                    Ok(Some(BackupTaken::Verified { backup, removed })) => tracing::info!(
                        file = backup.file,
                        rows = backup.rows,
                        sha256 = backup.sha256.unwrap_or_default(),
                        removed = removed.len(),
                        "scheduled backup taken and read back"
                    ),
                    Ok(Some(BackupTaken::Failed(reason))) => tracing::error!(reason, "the scheduled backup failed"),
                    Err(e) => tracing::error!(error = %e, "the scheduled backup could not be recorded"),
                }
            }
        })
    }

    /// Fetches from the ODS asked for in the portal: whichever node looks first takes one,
    /// under a lease, and works through it.
    fn fetch_job(&self, stop: &Stop) -> JoinHandle<()> {
        let (store, states, base, node) =
            (self.store.clone(), self.states.clone(), self.ods_url.clone(), self.node.clone());
        every(FETCHES_EVERY, stop.clone(), move |_| {
            let (store, states, base, node) = (store.clone(), states.clone(), base.clone(), node.clone());
            async move {
                match comity_ods::work_through_fetches(&store, states, &base, &node).await {
                    Ok(0) => {}
                    Ok(done) => tracing::info!(versions = done, "documents fetched from the ODS"),
                    Err(e) => tracing::error!(error = %e, "fetching documents from the ODS failed"),
                }
            }
        })
    }
}

async fn start_rounds_and_escalate(mail: &Mail, messages: &Messages, store: &Store) {
    match start_due_checks(mail, messages, store).await {
        Ok(started) => {
            for (schedule, outcome) in started {
                match outcome {
                    Ok((round, contacts)) => tracing::info!(schedule, round, contacts, "scheduled check started"),
                    Err(reason) => tracing::warn!(schedule, reason, "a scheduled check could not start"),
                }
            }
        }
        Err(e) => tracing::error!(error = %e, "starting scheduled checks failed"),
    }
    match escalate_messages(mail, messages, store).await {
        Ok(steps) => {
            for (message, state, stage) in steps {
                tracing::info!(message, state, stage, "message escalated");
            }
        }
        Err(e) => tracing::error!(error = %e, "escalating messages failed"),
    }
}

/// What a job listens to for the node's stop.
type Stop = tokio::sync::watch::Receiver<bool>;

/// Runs `job` at once and then every `period`, passing the tick's number (0 first); a tick
/// waits for the previous one to end. Ends when `stop` is told, after the tick under way.
fn every<F, Fut>(period: Duration, mut stop: Stop, job: F) -> JoinHandle<()>
where
    F: Fn(u64) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    tokio::spawn(async move {
        let mut clock = tokio::time::interval(period);
        for tick in 0u64.. {
            tokio::select! {
                _ = clock.tick() => job(tick).await,
                _ = stop.changed() => return,
            }
            if *stop.borrow() {
                return;
            }
        }
    })
}

impl Running {
    /// Ends every job: an occurrence under way may finish for [`STOP_GRACE`] (mail being
    /// handed to the relay is not cut off, which would send it twice), then stops where it
    /// is. Then gives back what this node had taken and not done (mail, fetches, a backup:
    /// another node takes them up at once instead of when their leases lapse) and signs the
    /// last audit checkpoint.
    pub async fn stop(self) {
        let _ = self.stopping.send(true);
        for mut task in self.tasks {
            if tokio::time::timeout(STOP_GRACE, &mut task).await.is_err() {
                task.abort();
                let _ = task.await;
            }
        }
        match self.store.release_claims(&self.node).await {
            Ok(0) => {}
            Ok(released) => tracing::info!(released, "what this node had taken and not done is due again"),
            Err(e) => tracing::error!(error = %e, "giving back this node's leases failed"),
        }
        if let Err(e) = sign_checkpoint(&self.store, &self.checkpoints.key, &self.checkpoints.file).await {
            tracing::error!(error = %e, "signing the last audit checkpoint failed");
        }
    }
}
