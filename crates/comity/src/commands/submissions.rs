//! `comity submissions`: the Secretariat's work on States' replies that arrive outside the
//! portal — importing a reply from a Word, Markdown or text file, attaching translations and
//! files. Every change is audited and the trail signed after it.

use comity_i18n::Collation;
use comity_states::{Resolution, StateRegistry};
use comity_store::Actor;

use super::{Access, open};
use crate::cli::{Format, SubmissionsCommand};
use crate::output;
use crate::settings::Settings;

fn secretariat() -> Actor {
    Actor { org: Some("SECRETARIAT".into()), role: Some("report_editor".into()), ..Actor::cli() }
}

/// The State a code or name designates, or an error listing the closest names.
fn state_code(text: &str) -> anyhow::Result<String> {
    let states = StateRegistry::embedded(&Collation::new())?;
    match states.resolve(text) {
        Resolution::Found { state, .. } => Ok(state.iso3.clone()),
        Resolution::NotFound { candidates } => {
            let names: Vec<String> =
                candidates.iter().take(3).map(|c| format!("{} ({})", c.state.iso3, c.name)).collect();
            anyhow::bail!(
                "--state {text:?} is no State's code or name{}",
                if names.is_empty() { String::new() } else { format!("; closest: {}", names.join(", ")) }
            )
        }
    }
}

fn read_file(path: &std::path::Path) -> anyhow::Result<(String, Vec<u8>)> {
    let bytes = std::fs::read(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    Ok((name, bytes))
}

pub async fn run(settings: &Settings, command: SubmissionsCommand, format: Format) -> anyhow::Result<()> {
    match command {
        SubmissionsCommand::Import { cycle, state, lang, submit, dry_run, file } => {
            let state = state_code(&state)?;
            let (name, bytes) = read_file(&file)?;
            let key = if dry_run { None } else { Some(super::audit::signing_key(settings)?) };
            let (store, _) = open(settings, Access::Read).await?;
            let result = async {
                let Some(found) = store.cycle(&cycle).await? else {
                    anyhow::bail!("no cycle {cycle}; `comity cycles list` shows them")
                };
                let reply = comity_reporting::import::import_reply(&name, &bytes, &found.details.questions)?;
                let lang = match lang {
                    Some(l) => l.parse::<comity_i18n::Lang>().map_err(|e| anyhow::anyhow!("--lang: {e}"))?,
                    None => {
                        let text: String = reply.answers.values().cloned().collect::<Vec<_>>().join("\n");
                        comity_documents::detect_language(&text).ok_or_else(|| {
                            anyhow::anyhow!("the reply's language could not be told from its text: give it with --lang")
                        })?
                    }
                };
                let mut version = None;
                if !dry_run {
                    let source = serde_json::json!({
                        "file": name, "sha256": comity_access::secrets::sha256_hex(&bytes), "format": reply.format,
                    });
                    let import = comity_store::ReplyImport {
                        original_lang: lang.code().to_string(),
                        answers: reply.answers.clone(),
                        submit,
                        source,
                    };
                    version = Some(store.import_reply(&cycle, &state, import, &secretariat()).await?);
                    if let Some(key) = &key {
                        super::audit::sign(&store, key, &super::audit::checkpoint_file(settings)).await?;
                    }
                }
                Ok((reply, lang, version))
            }
            .await;
            store.close().await;
            let (reply, lang, version) = result?;
            match format {
                Format::Json => output::json(&serde_json::json!({
                    "cycle": cycle, "state": state, "lang": lang.code(), "format": reply.format,
                    "version": version, "submitted": submit && version.is_some(),
                    "questions_found": reply.found, "answers": reply.answers,
                }))?,
                _ => {
                    for (label, found) in &reply.found {
                        let chars = reply.answers.get(label).map(|a| a.chars().count()).unwrap_or(0);
                        crate::say!(
                            "  {label}: {chars} characters{}",
                            if *found { "" } else { " (its heading was not found in the file)" }
                        );
                    }
                    match version {
                        Some(v) if submit => crate::say!(
                            "{state}'s reply imported as version {v} ({}), submitted on the Secretariat's authority",
                            lang.code()
                        ),
                        Some(v) => crate::say!(
                            "{state}'s reply imported as draft version {v} ({}), for the State to confirm",
                            lang.code()
                        ),
                        None => crate::say!("dry run: nothing was written"),
                    }
                }
            }
        }
        SubmissionsCommand::Translate { cycle, state, lang, status, file } => {
            let state = state_code(&state)?;
            let file = match (&file, status.as_str()) {
                (Some(path), _) => Some(read_file(path)?),
                (None, "pending") => None,
                (None, _) => anyhow::bail!("an official translation is read from a file (.docx, .md or .txt)"),
            };
            let key = super::audit::signing_key(settings)?;
            let (store, _) = open(settings, Access::Read).await?;
            let result = async {
                let Some(found) = store.cycle(&cycle).await? else {
                    anyhow::bail!("no cycle {cycle}; `comity cycles list` shows them")
                };
                let answers = match &file {
                    Some((name, bytes)) => {
                        comity_reporting::import::import_reply(name, bytes, &found.details.questions)?.answers
                    }
                    None => Default::default(),
                };
                store.set_translation(&cycle, &state, &lang, &status, &answers, &secretariat()).await?;
                super::audit::sign(&store, &key, &super::audit::checkpoint_file(settings)).await?;
                Ok(answers.len())
            }
            .await;
            store.close().await;
            let answered = result?;
            match format {
                Format::Json => output::json(
                    &serde_json::json!({ "cycle": cycle, "state": state, "lang": lang, "status": status, "questions": answered }),
                )?,
                _ => crate::say!("{state}'s reply in {lang}: translation {status} ({answered} questions)"),
            }
        }
        SubmissionsCommand::Attach { cycle, state, file } => {
            let state = state_code(&state)?;
            let (name, bytes) = read_file(&file)?;
            let key = super::audit::signing_key(settings)?;
            let (store, _) = open(settings, Access::Read).await?;
            let result = async {
                let id = store.add_attachment(&cycle, &state, &name, &bytes, &secretariat()).await?;
                super::audit::sign(&store, &key, &super::audit::checkpoint_file(settings)).await?;
                Ok::<_, anyhow::Error>(id)
            }
            .await;
            store.close().await;
            let id = result?;
            match format {
                Format::Json => output::json(
                    &serde_json::json!({ "id": id, "name": name, "size": bytes.len(), "sha256": comity_access::secrets::sha256_hex(&bytes) }),
                )?,
                _ => crate::say!("attached {name} ({} bytes) to {state}'s reply: {id}", bytes.len()),
            }
        }
    }
    Ok(())
}
