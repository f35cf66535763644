//! `comity contacts`: the directory manager's work on the Points of Contact directory at the
//! command line — the listed contacts and pending changes, a contact's history, the
//! Secretariat's CSV of nominations imported (checked row by row, all or nothing), exports,
//! and decisions. Every change is audited and the trail signed after it.

use comity_i18n::Collation;
use comity_states::StateRegistry;
use comity_store::Actor;

use super::{Access, open};
use crate::cli::{ContactsCommand, Format};
use crate::output;
use crate::settings::Settings;

fn directory_manager() -> Actor {
    Actor { org: Some("SECRETARIAT".into()), role: Some("directory_manager".into()), ..Actor::cli() }
}

fn state_code(states: &StateRegistry, text: &str) -> anyhow::Result<String> {
    match states.resolve(text) {
        comity_states::Resolution::Found { state, .. } => Ok(state.iso3.clone()),
        comity_states::Resolution::NotFound { .. } => anyhow::bail!("--state {text:?} is no State's code or name"),
    }
}

pub async fn run(settings: &Settings, command: ContactsCommand, format: Format) -> anyhow::Result<()> {
    let states = StateRegistry::embedded(&Collation::new())?;
    match command {
        ContactsCommand::List { state, pending } => {
            let state = state.map(|s| state_code(&states, &s)).transpose()?;
            let (store, _) = open(settings, Access::Read).await?;
            if pending {
                let changes = store.contact_changes(Some("pending"), None, state.as_deref()).await;
                store.close().await;
                let changes = changes?;
                match format {
                    Format::Json => output::json(&changes)?,
                    _ => output::table(
                        &["CHANGE", "STATE", "KIND", "NAME", "REQUESTED"],
                        &changes
                            .iter()
                            .map(|c| {
                                vec![
                                    c.id.clone(),
                                    c.state.clone(),
                                    c.kind.clone(),
                                    c.details.as_ref().map(|d| d.name.clone()).unwrap_or_default(),
                                    c.requested_at.chars().take(16).collect(),
                                ]
                            })
                            .collect::<Vec<_>>(),
                    ),
                }
                return Ok(());
            }
            let contacts = store.contacts(state.as_deref(), true).await;
            store.close().await;
            let contacts = contacts?;
            match format {
                Format::Json => output::json(&contacts)?,
                _ => output::table(
                    &["ID", "STATE", "CATEGORY", "NAME", "INSTITUTION", "EMAIL", "HOURS"],
                    &contacts
                        .iter()
                        .map(|l| {
                            vec![
                                l.id.clone(),
                                l.state.clone(),
                                l.contact.category.as_str().to_string(),
                                l.contact.name.clone(),
                                l.contact.institution.clone(),
                                l.contact.emails.first().cloned().unwrap_or_default(),
                                format!("{} ({})", l.contact.hours, l.contact.time_zone),
                            ]
                        })
                        .collect::<Vec<_>>(),
                ),
            }
        }
        ContactsCommand::Show { id } => {
            let (store, _) = open(settings, Access::Read).await?;
            let (contacts, history) =
                (store.contacts(None, false).await, store.contact_changes(None, Some(&id), None).await);
            store.close().await;
            let Some(contact) = contacts?.into_iter().find(|c| c.id == id) else {
                anyhow::bail!("no contact {id}; `comity contacts list` shows them")
            };
            let history = history?;
            match format {
                Format::Json => output::json(&serde_json::json!({ "contact": contact, "history": history }))?,
                _ => {
                    let c = &contact.contact;
                    crate::say!(
                        "{} — {} contact of {}{}",
                        c.name,
                        c.category.as_str(),
                        contact.state,
                        if contact.listed { "" } else { " (removed)" }
                    );
                    crate::say!("  {}, {}", c.position, c.institution);
                    crate::say!("  email {}; phone {}", c.emails.join(", "), c.phones.join(", "));
                    crate::say!("  languages {}; hours {} ({})", c.languages.join(", "), c.hours, c.time_zone);
                    for h in &history {
                        crate::say!(
                            "  {} {} {}{}",
                            h.requested_at.chars().take(16).collect::<String>(),
                            h.kind,
                            h.status,
                            h.reason.as_ref().map(|r| format!(": {r}")).unwrap_or_default()
                        );
                    }
                }
            }
        }
        ContactsCommand::Import { file, verify, dry_run } => {
            let bytes = std::fs::read(&file).map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
            let name = file.display().to_string();
            let (rows, problems) =
                comity_contacts::read_csv(&bytes, &states).map_err(|p| anyhow::anyhow!("{name}: {p}"))?;
            if !problems.is_empty() {
                if format == Format::Json {
                    output::json(&serde_json::json!({ "imported": 0, "rows_ok": rows.len(), "problems": problems }))?;
                } else {
                    for p in &problems {
                        eprintln!("{name}: {p}");
                    }
                }
                anyhow::bail!("{} problems in {name}; nothing was imported", problems.len());
            }
            let imported = if dry_run {
                0
            } else {
                let key = super::audit::signing_key(settings)?;
                let (store, _) = open(settings, Access::Read).await?;
                let result = async {
                    let n = store.import_nominations(&rows, verify, &name, &directory_manager()).await?;
                    super::audit::sign(&store, &key, &super::audit::checkpoint_file(settings)).await?;
                    Ok::<_, anyhow::Error>(n)
                }
                .await;
                store.close().await;
                result?
            };
            match format {
                Format::Json => output::json(
                    &serde_json::json!({ "imported": imported, "rows_ok": rows.len(), "problems": [], "verified": verify && !dry_run }),
                )?,
                _ if dry_run => crate::say!("{} rows are right; dry run: nothing was imported", rows.len()),
                _ => crate::say!(
                    "imported {imported} nominations{}",
                    if verify {
                        ", listed (verified on the directory manager's authority)"
                    } else {
                        ", waiting for verification"
                    }
                ),
            }
        }
        ContactsCommand::Export { state, output: path } => {
            let state = state.map(|s| state_code(&states, &s)).transpose()?;
            let (store, _) = open(settings, Access::Read).await?;
            let contacts = store.contacts(state.as_deref(), true).await;
            store.close().await;
            let contacts = contacts?;
            let text = match format {
                Format::Json => serde_json::to_string_pretty(&contacts)?,
                _ => comity_contacts::write_csv(contacts.iter().map(|l| (l.state.as_str(), &l.contact))),
            };
            match path {
                Some(p) => {
                    std::fs::write(&p, text).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?;
                    eprintln!("{} contacts written to {}", contacts.len(), p.display());
                }
                None => output::line(text.trim_end()),
            }
        }
        ContactsCommand::Verify { change } | ContactsCommand::Reject { change, .. } if change.trim().is_empty() => {
            anyhow::bail!("name the change (`comity contacts list --pending` shows them)")
        }
        ContactsCommand::Verify { change } => {
            decide(settings, &change, true, None).await?;
            crate::say!("verified {change}");
        }
        ContactsCommand::Reject { change, reason } => {
            decide(settings, &change, false, Some(&reason)).await?;
            crate::say!("rejected {change}");
        }
    }
    Ok(())
}

async fn decide(settings: &Settings, change: &str, verify: bool, reason: Option<&str>) -> anyhow::Result<()> {
    let key = super::audit::signing_key(settings)?;
    let (store, _) = open(settings, Access::Read).await?;
    let result = async {
        store.decide_contact_change(change, verify, reason, &directory_manager()).await?;
        super::audit::sign(&store, &key, &super::audit::checkpoint_file(settings)).await?;
        Ok::<_, anyhow::Error>(())
    }
    .await;
    store.close().await;
    result
}
