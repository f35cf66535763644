//! The backups a running server takes on its own: one a period (settings `backup_every`),
//! claimed in the database so that several nodes take it once, written to the backup folder,
//! read back whole before it counts, and the oldest beyond `backup_keep` removed.

use std::path::{Path, PathBuf};
use std::time::Duration;

use comity_store::{Store, VerifiedBackup, verify_backup};

use crate::JobError;

/// How long a node's claim on a period's backup holds: a node that stops mid-backup lets
/// another take the period over after this.
const BACKUP_LEASE: Duration = Duration::from_secs(3600);

/// The settings `backup_every`, `backup_keep` and `backup_dir`.
#[derive(Clone, Debug)]
pub struct BackupPlan {
    pub every: Duration,
    /// How many backups the folder keeps (the newest; at least one).
    pub keep: usize,
    pub dir: PathBuf,
}

/// What a period's backup came to, on the node that took it.
#[derive(Debug)]
pub enum BackupTaken {
    /// Written, read back whole, recorded; the older files removed to keep `keep`.
    Verified { backup: VerifiedBackup, removed: Vec<PathBuf> },
    /// Recorded as failed, with why (a file that did not read back is kept beside, as `.bad`).
    Failed(String),
}

/// The start of the period of `every` that `now` falls in, counted from the Unix epoch, so
/// that every node computes the same.
pub fn backup_slot(now: jiff::Timestamp, every: Duration) -> jiff::Timestamp {
    let every = i64::try_from(every.as_secs().max(1)).unwrap_or(i64::MAX);
    let secs = now.as_second();
    jiff::Timestamp::from_second(secs - secs.rem_euclid(every)).unwrap_or(now)
}

/// The file a period's backup is written to: `comity-20261203T060000Z.backup`, so that names
/// sort by time.
pub fn backup_file(dir: &Path, slot: jiff::Timestamp) -> PathBuf {
    dir.join(format!("comity-{}.backup", slot.strftime("%Y%m%dT%H%M%SZ")))
}

/// Takes this period's backup if no node has: None when another node has it (or it is done).
pub async fn take_due_backup(store: &Store, plan: &BackupPlan, node: &str) -> Result<Option<BackupTaken>, JobError> {
    let slot = backup_slot(jiff::Timestamp::now(), plan.every);
    if !store.claim_backup(slot, node, BACKUP_LEASE).await? {
        return Ok(None);
    }
    let taken = match write_and_check(store, plan, slot).await {
        Ok(backup) => {
            store.finish_backup(slot, node, Ok(&backup)).await?;
            let removed = prune(&plan.dir, plan.keep.max(1));
            BackupTaken::Verified { backup, removed }
        }
        Err(reason) => {
            store.finish_backup(slot, node, Err(&reason)).await?;
            BackupTaken::Failed(reason)
        }
    };
    Ok(Some(taken))
}

async fn write_and_check(store: &Store, plan: &BackupPlan, slot: jiff::Timestamp) -> Result<VerifiedBackup, String> {
    std::fs::create_dir_all(&plan.dir).map_err(|e| format!("{}: cannot create the folder: {e}", plan.dir.display()))?;
    let file = backup_file(&plan.dir, slot);
    let written = store.backup(&file).await.map_err(|e| e.to_string())?;
    let reading = file.clone();
    let read = tokio::task::spawn_blocking(move || verify_backup(&reading))
        .await
        .map_err(|e| format!("reading the backup back stopped: {e}"))?;
    let problem = match &read {
        Err(e) => Some(e.to_string()),
        Ok(r) if r.tables != written.tables || r.rows != written.rows => {
            Some(format!("{}: {} rows read back of the {} written", file.display(), r.rows, written.rows))
        }
        Ok(r) if r.sha256.as_deref() != Some(written.sha256.as_str()) => {
            Some(format!("{}: the checksum read back differs from the one written", file.display()))
        }
        Ok(_) => None,
    };
    match (problem, read) {
        (None, Ok(read)) => Ok(read),
        (problem, _) => {
            let _ = std::fs::rename(&file, file.with_extension("backup.bad"));
            Err(problem.unwrap_or_default())
        }
    }
}

/// Removes the oldest `comity-*.backup` files of `dir` beyond the newest `keep`, and what a
/// backup stopped midway left (`comity-*.partial` older than a claim lasts: no node is still
/// writing it); what could not be removed stays (and is tried again after the next backup).
fn prune(dir: &Path, keep: usize) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let named = |p: &Path, end: &str| {
        p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("comity-") && n.ends_with(end))
    };
    let paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    let stale = |p: &Path| {
        std::fs::metadata(p).and_then(|m| m.modified()).is_ok_and(|t| t.elapsed().is_ok_and(|age| age > BACKUP_LEASE))
    };
    let mut removed: Vec<PathBuf> = paths
        .iter()
        .filter(|p| named(p, ".partial") && stale(p))
        .filter(|p| std::fs::remove_file(p).is_ok())
        .cloned()
        .collect();
    let mut backups: Vec<PathBuf> = paths.into_iter().filter(|p| named(p, ".backup")).collect();
    backups.sort();
    let excess = backups.len().saturating_sub(keep);
    removed.extend(backups.into_iter().take(excess).filter(|p| std::fs::remove_file(p).is_ok()));
    removed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_node_computes_the_same_period() {
        let six_hours = Duration::from_secs(6 * 3600);
        let a: jiff::Timestamp = "2026-12-03T13:59:59Z".parse().unwrap();
        let b: jiff::Timestamp = "2026-12-03T12:00:00Z".parse().unwrap();
        assert_eq!(backup_slot(a, six_hours), b);
        assert_eq!(backup_slot(b, six_hours), b);
        let next: jiff::Timestamp = "2026-12-03T18:00:00Z".parse().unwrap();
        assert_eq!(backup_slot(next, six_hours), next);
        assert_eq!(backup_file(Path::new("b"), b), Path::new("b").join("comity-20261203T120000Z.backup"));
    }

    #[test]
    fn pruning_keeps_the_newest_and_leaves_other_files() {
        let dir = std::env::temp_dir().join(format!("comity-prune-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for name in [
            "comity-20261201T000000Z.backup",
            "comity-20261202T000000Z.backup",
            "comity-20261203T000000Z.backup",
            "comity-20261130T000000Z.backup.bad",
            "comity-20261204T000000Z.partial",
            "notes.txt",
        ] {
            std::fs::write(dir.join(name), b"x").unwrap();
        }
        // A partial file being written now stays; only one left long ago would go.
        let removed = prune(&dir, 2);
        assert_eq!(removed, vec![dir.join("comity-20261201T000000Z.backup")]);
        let mut left: Vec<String> =
            std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
        left.sort();
        assert_eq!(
            left,
            [
                "comity-20261130T000000Z.backup.bad",
                "comity-20261202T000000Z.backup",
                "comity-20261203T000000Z.backup",
                "comity-20261204T000000Z.partial",
                "notes.txt"
            ]
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
