//! Group commits: writes that arrive in bursts (draft saves, messages between States,
//! acknowledgements of checks) are queued to one committer task per kind, which takes what is
//! waiting into one transaction and one flush to disk, then answers each caller.

use std::future::Future;
use std::pin::Pin;

use crate::{Result, Store, StoreError};

/// A write waiting for its group, with the way back to its caller.
pub(crate) struct Job<W, O> {
    pub(crate) work: W,
    pub(crate) done: tokio::sync::oneshot::Sender<Result<O>>,
}

/// What writing a group comes to, later: one outcome per job, in order.
pub(crate) type Written<'a, O> = Pin<Box<dyn Future<Output = Result<Vec<Result<O>>>> + Send + 'a>>;

/// Writes a group in one transaction: one outcome per job, in order; an error of its own
/// fails the whole group.
pub(crate) type WriteGroup<W, O> =
    for<'a> fn(&'a Store, &'a [W]) -> Pin<Box<dyn Future<Output = Result<Vec<Result<O>>>> + Send + 'a>>;

/// The queue of one kind of write: the committer starts with the first job.
pub(crate) type Queue<W, O> = std::sync::Arc<std::sync::OnceLock<tokio::sync::mpsc::UnboundedSender<Job<W, O>>>>;

impl Store {
    /// Queues `work` for the next group commit of its kind and waits for its outcome.
    pub(crate) async fn in_group<W, O>(
        &self,
        queue: &Queue<W, O>,
        (max, what, write): (usize, &'static str, WriteGroup<W, O>),
        work: W,
    ) -> Result<O>
    where
        W: Send + Sync + 'static,
        O: Send + 'static,
    {
        let (done, outcome) = tokio::sync::oneshot::channel();
        let sender = queue.get_or_init(|| {
            let (sender, receiver) = tokio::sync::mpsc::unbounded_channel();
            tokio::spawn(commit_in_groups(self.without_queues(), receiver, max, what, write));
            sender
        });
        sender.send(Job { work, done }).map_err(|_| StoreError::Shared("the store is closing".into()))?;
        outcome.await.map_err(|_| StoreError::Shared("the store is closing".into()))?
    }

    /// The same database without the committers' queues: a committer holds the pool, not a
    /// sender, so it ends when the last Store does.
    fn without_queues(&self) -> Store {
        Store {
            saves: Default::default(),
            message_commits: Default::default(),
            ack_commits: Default::default(),
            proposal_commits: Default::default(),
            ..self.clone()
        }
    }
}

/// Takes the jobs waiting (at most `max`), writes them together, answers each; then the next.
async fn commit_in_groups<W: Send + Sync + 'static, O: Send + 'static>(
    store: Store,
    mut waiting: tokio::sync::mpsc::UnboundedReceiver<Job<W, O>>,
    max: usize,
    what: &'static str,
    write: WriteGroup<W, O>,
) {
    while let Some(first) = waiting.recv().await {
        let mut jobs = vec![first];
        while jobs.len() < max {
            match waiting.try_recv() {
                Ok(job) => jobs.push(job),
                Err(_) => break,
            }
        }
        let (works, dones): (Vec<W>, Vec<_>) = jobs.into_iter().map(|j| (j.work, j.done)).unzip();
        match write(&store, &works).await {
            Ok(outcomes) => {
                for (done, outcome) in dones.into_iter().zip(outcomes) {
                    let _ = done.send(outcome);
                }
            }
            Err(e) => {
                let reason = e.to_string();
                tracing::error!(error = %reason, jobs = works.len(), "a group commit of {what} failed");
                for done in dones {
                    let _ = done.send(Err(StoreError::Shared(reason.clone())));
                }
            }
        }
    }
}
