//! Audit checkpoints: the trail's newest entry signed with the deployment's key and kept,
//! one JSON line each, in a file outside the database.

use std::io::Write;
use std::path::Path;

use crate::JobError;

/// Signs the trail's newest entry (when it is not signed yet) and appends the checkpoint to
/// `file`. Every command that writes, and every node once a minute, signs through this.
pub async fn sign_checkpoint(
    store: &comity_store::Store,
    key: &ed25519_dalek::SigningKey,
    file: &Path,
) -> Result<Option<comity_access::audit::Checkpoint>, JobError> {
    let Some(checkpoint) = store.audit_checkpoint(key).await? else { return Ok(None) };
    let kept = |reason: String| JobError::Checkpoint { path: file.display().to_string(), reason };
    let line = serde_json::to_string(&checkpoint).map_err(|e| kept(e.to_string()))?;
    let mut out = std::fs::OpenOptions::new().append(true).create(true).open(file).map_err(|e| kept(e.to_string()))?;
    writeln!(out, "{line}").and_then(|()| out.sync_data()).map_err(|e| kept(e.to_string()))?;
    Ok(Some(checkpoint))
}
