//! `comity audit`: verify the trail's chain and signatures, export it, sign checkpoints; and
//! the deployment's signing key, kept beside the data.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{Access, open};
use crate::Exit;
use crate::cli::{AuditCommand, Format};
use crate::output;
use crate::settings::Settings;

fn key_path(settings: &Settings) -> PathBuf {
    settings.data_dir.join("audit-signing.key")
}

/// Where the node keeps every checkpoint it signs, one JSON line each, appended and never
/// rewritten: outside the database, so that removing checkpoints there hides nothing.
pub fn checkpoint_file(settings: &Settings) -> PathBuf {
    settings.data_dir.join("audit-checkpoints.jsonl")
}

/// Signs the trail's newest entry (when it is not signed yet) and appends the checkpoint to
/// the file beside the data. Every command that writes signs through this.
pub async fn sign(
    store: &comity_store::Store,
    key: &ed25519_dalek::SigningKey,
    file: &Path,
) -> anyhow::Result<Option<comity_access::audit::Checkpoint>> {
    Ok(comity_jobs::sign_checkpoint(store, key, file).await?)
}

/// Reads checkpoints kept outside the database (the file beside the data, or copies of
/// `/api/v1/audit/checkpoints`): JSON lines, or one JSON document as the route serves it.
pub fn read_checkpoints(path: &Path) -> anyhow::Result<Vec<comity_access::audit::Checkpoint>> {
    let text = std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    if let Ok(document) = serde_json::from_str::<serde_json::Value>(&text)
        && let Some(list) = document.get("checkpoints")
    {
        return serde_json::from_value(list.clone())
            .map_err(|e| anyhow::anyhow!("{}: not the checkpoints document Comity serves: {e}", path.display()));
    }
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            serde_json::from_str(l).map_err(|e| {
                anyhow::anyhow!(
                    "{} line {}: not a checkpoint (seq, hash, at, public_key, signature): {e}",
                    path.display(),
                    n + 1
                )
            })
        })
        .collect()
}

/// The deployment's Ed25519 signing key: read from DATA_DIR/audit-signing.key, created there
/// (readable by the owner only) on first use.
pub fn signing_key(settings: &Settings) -> anyhow::Result<ed25519_dalek::SigningKey> {
    let path = key_path(settings);
    let read = |path: &Path| -> anyhow::Result<ed25519_dalek::SigningKey> {
        let text = std::fs::read_to_string(path)?;
        let bytes: [u8; 32] = hex::decode(text.trim())
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| anyhow::anyhow!("{}: not a 32-byte hex key", path.display()))?;
        Ok(comity_access::audit::signing_key(&bytes))
    };
    if path.exists() {
        return read(&path);
    }
    std::fs::create_dir_all(&settings.data_dir)?;
    let secret = comity_access::audit::new_key_secret().map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    writeln!(file, "{}", hex::encode(secret))?;
    Ok(comity_access::audit::signing_key(&secret))
}

pub async fn run(settings: &Settings, command: AuditCommand, format: Format) -> anyhow::Result<()> {
    match command {
        AuditCommand::Verify { public_key, checkpoints, interval_minutes } => {
            let key = match public_key {
                Some(hex_key) => comity_access::audit::verifying_key(&hex_key)
                    .ok_or_else(|| anyhow::anyhow!("--public-key: not a 32-byte hex Ed25519 public key"))?,
                None => signing_key(settings)?.verifying_key(),
            };
            let mut files = checkpoints;
            let beside = checkpoint_file(settings);
            if files.is_empty() && beside.exists() {
                files.push(beside);
            }
            let mut kept = Vec::new();
            for file in &files {
                kept.extend(read_checkpoints(file)?);
            }
            let cutoff = (interval_minutes > 0)
                .then(|| {
                    jiff::Timestamp::now().checked_sub(jiff::SignedDuration::from_mins(i64::from(interval_minutes)))
                })
                .transpose()?
                .map(|t| format!("{t:.6}"));
            let freshness = comity_access::audit::Freshness { cutoff };
            let (store, _) = open(settings, Access::Read).await?;
            let report = store.audit_verify(&key, &kept, &freshness).await?;
            store.close().await;
            match format {
                Format::Json => output::json(&report)?,
                _ => match &report.problem {
                    None => crate::say!(
                        "audit trail intact: {} entries, {} signed checkpoints ({} of them only outside the database)",
                        report.entries,
                        report.checkpoints,
                        report.only_outside
                    ),
                    Some(p) => crate::say!("audit trail damaged: {p}"),
                },
            }
            if report.problem.is_some() {
                return Err(Exit(1).into());
            }
        }
        AuditCommand::Export { org, output: file } => {
            let (store, _) = open(settings, Access::Read).await?;
            let org = org.map(|o| comity_access::OrgRef::from_code(&o).code().to_string());
            let mut out: Box<dyn Write> = match &file {
                Some(path) => Box::new(std::io::BufWriter::new(
                    std::fs::File::create(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?,
                )),
                None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
            };
            let mut failed: Option<std::io::Error> = None;
            let mut written = 0u64;
            store
                .audit_entries(org.as_deref(), |e| {
                    let line =
                        serde_json::to_string(&e).map_err(std::io::Error::other).and_then(|l| writeln!(out, "{l}"));
                    match line {
                        Ok(()) => {
                            written += 1;
                            true
                        }
                        Err(e) => {
                            failed = Some(e);
                            false
                        }
                    }
                })
                .await?;
            store.close().await;
            match failed {
                // A reader that went away (| head) is not an error.
                Some(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
                Some(e) => return Err(e.into()),
                None => {
                    out.flush().or_else(|e| if e.kind() == std::io::ErrorKind::BrokenPipe { Ok(()) } else { Err(e) })?
                }
            }
            if let Some(path) = file {
                eprintln!("{written} entries written to {}", path.display());
            }
        }
        AuditCommand::Checkpoint => {
            let key = signing_key(settings)?;
            let (store, _) = open(settings, Access::Read).await?;
            let signed = sign(&store, &key, &checkpoint_file(settings)).await?.map(|c| c.seq);
            store.close().await;
            match (format, signed) {
                (Format::Json, s) => output::json(&serde_json::json!({ "signed_entry": s }))?,
                (_, Some(seq)) => crate::say!("signed the trail up to entry {seq}"),
                (_, None) => crate::say!("nothing new to sign"),
            }
        }
        AuditCommand::Key => {
            let key = signing_key(settings)?;
            let public = hex::encode(key.verifying_key().to_bytes());
            match format {
                Format::Json => output::json(&serde_json::json!({ "public_key": public }))?,
                _ => crate::say!("{public}"),
            }
        }
    }
    Ok(())
}
