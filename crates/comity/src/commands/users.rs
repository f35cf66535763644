//! `comity users`: create accounts, list them, disable them, grant and revoke roles. Every
//! change is audited (actor `cli`) and the trail is signed after it.

use std::io::BufRead;

use comity_access::{Membership, OrgRef, Role};
use comity_store::{Actor, NewAccount};

use super::{Access, open};
use crate::cli::{Format, UsersCommand};
use crate::output;
use crate::settings::Settings;

/// Reads `ORG:ROLE` (`SECRETARIAT:admin`, `FRA:focal_point`).
fn membership(text: &str) -> anyhow::Result<Membership> {
    let (org, role) = text.split_once(':').ok_or_else(|| {
        anyhow::anyhow!("{text:?}: write a role as ORG:ROLE, e.g. SECRETARIAT:admin or FRA:focal_point")
    })?;
    let role: Role = role.parse().map_err(|e: String| anyhow::anyhow!("{text:?}: {e}"))?;
    Ok(Membership { org: OrgRef::from_code(org.trim()), role })
}

fn new_password(from_stdin: bool) -> anyhow::Result<Option<String>> {
    if from_stdin {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        return Ok(Some(line.trim_end_matches(['\r', '\n']).to_string()));
    }
    Ok(std::env::var("COMITY_NEW_PASSWORD").ok().filter(|p| !p.is_empty()))
}

pub async fn run(settings: &Settings, command: UsersCommand, format: Format) -> anyhow::Result<()> {
    let actor = Actor::cli();
    match command {
        UsersCommand::Create { email, name, lang, roles, password_stdin } => {
            let memberships = roles.iter().map(|r| membership(r)).collect::<anyhow::Result<Vec<_>>>()?;
            let password_hash = match new_password(password_stdin)? {
                Some(p) => Some(comity_access::password::hash(&p).map_err(|e| anyhow::anyhow!("password: {e}"))?),
                None => None,
            };
            let key = super::audit::signing_key(settings)?;
            let (store, _) = open(settings, Access::Read).await?;
            let id = store
                .create_account(&NewAccount { email: email.clone(), name, lang, password_hash, memberships }, &actor)
                .await;
            if id.is_ok() {
                super::audit::sign(&store, &key, &super::audit::checkpoint_file(settings)).await?;
            }
            store.close().await;
            let id = id?;
            match format {
                Format::Json => output::json(&serde_json::json!({ "id": id, "email": email }))?,
                _ => crate::say!("created account {email} ({id})"),
            }
        }
        UsersCommand::Invite { email, name, lang, roles } => {
            let memberships = roles.iter().map(|r| membership(r)).collect::<anyhow::Result<Vec<_>>>()?;
            let key = super::audit::signing_key(settings)?;
            let (store, _) = open(settings, Access::Read).await?;
            let account = NewAccount {
                email: email.clone(),
                name: name.clone(),
                lang: lang.clone(),
                password_hash: None,
                memberships,
            };
            let invited = store.invite(&account, &actor).await;
            if invited.is_ok() {
                super::audit::sign(&store, &key, &super::audit::checkpoint_file(settings)).await?;
            }
            store.close().await;
            let (id, secret) = invited?;
            let email = comity_store::normalise_email(&email).map_err(|e| anyhow::anyhow!(e))?;
            let target = comity_store::LinkTarget {
                account_id: id.clone(),
                email: email.clone(),
                name,
                lang: lang.clone(),
                purpose: "invitation".into(),
            };
            let mailed = match &settings.mail {
                Some(mail) => {
                    let messages = comity_i18n::Messages::load().map_err(anyhow::Error::msg)?;
                    let org = account.memberships.first().map(|m| m.org.code().to_string()).unwrap_or_default();
                    comity_jobs::send_link(mail, &messages, &target, &secret, &org).await.map_err(|e| {
                        anyhow::anyhow!("the account {email} was created, but the invitation could not be mailed: {e}")
                    })?;
                    true
                }
                None => false,
            };
            match format {
                Format::Json if mailed => {
                    output::json(&serde_json::json!({ "id": id, "email": email, "mailed": true }))?
                }
                Format::Json => output::json(
                    &serde_json::json!({ "id": id, "email": email, "mailed": false, "link_path": format!("/{lang}/welcome/{secret}") }),
                )?,
                _ if mailed => crate::say!("invited {email}: the link was mailed"),
                _ => {
                    crate::say!(
                        "invited {email}; no smtp_relay is configured, so give them this link yourself (it works once, for 7 days):"
                    );
                    crate::say!("  <this server's address>/{lang}/welcome/{secret}");
                }
            }
        }
        UsersCommand::RevokeSessions { email } => {
            let (store, _) = open(settings, Access::Read).await?;
            let key = super::audit::signing_key(settings)?;
            let id = store
                .list_accounts(None)
                .await?
                .into_iter()
                .find(|a| Some(&a.email) == comity_store::normalise_email(&email).ok().as_ref())
                .map(|a| a.id);
            let Some(id) = id else {
                store.close().await;
                anyhow::bail!("no account has the email {email}");
            };
            let ended = store.end_all_sessions(&id, &actor).await;
            super::audit::sign(&store, &key, &super::audit::checkpoint_file(settings)).await?;
            store.close().await;
            let ended = ended?;
            match format {
                Format::Json => output::json(&serde_json::json!({ "email": email, "sessions_ended": ended }))?,
                _ => crate::say!("ended {ended} sessions of {email}"),
            }
        }
        UsersCommand::List { org } => {
            let (store, _) = open(settings, Access::Read).await?;
            let org = org.map(|o| OrgRef::from_code(&o));
            let accounts = store.list_accounts(org.as_ref()).await?;
            store.close().await;
            match format {
                Format::Json => output::json(&accounts)?,
                _ => {
                    let rows: Vec<Vec<String>> = accounts
                        .iter()
                        .map(|a| {
                            vec![
                                a.email.clone(),
                                a.name.clone(),
                                a.lang.clone(),
                                a.memberships
                                    .iter()
                                    .map(|m| format!("{}:{}", m.org.code(), m.role.as_str()))
                                    .collect::<Vec<_>>()
                                    .join(" "),
                                if a.disabled { "disabled".into() } else { "active".into() },
                            ]
                        })
                        .collect();
                    output::table(&["EMAIL", "NAME", "LANG", "ROLES", "STATUS"], &rows);
                }
            }
        }
        UsersCommand::Disable { email } => {
            let key = super::audit::signing_key(settings)?;
            let (store, _) = open(settings, Access::Read).await?;
            let changed = store.disable_account(&email, &actor).await;
            if matches!(changed, Ok(true)) {
                super::audit::sign(&store, &key, &super::audit::checkpoint_file(settings)).await?;
            }
            store.close().await;
            let changed = changed?;
            match format {
                Format::Json => output::json(&serde_json::json!({ "email": email, "changed": changed }))?,
                _ if changed => crate::say!("disabled {email}"),
                _ => crate::say!("{email} was already disabled"),
            }
        }
        UsersCommand::Roles { email, grant, revoke } => {
            let grants = grant.iter().map(|r| membership(r)).collect::<anyhow::Result<Vec<_>>>()?;
            let revokes = revoke.iter().map(|r| membership(r)).collect::<anyhow::Result<Vec<_>>>()?;
            let key = super::audit::signing_key(settings)?;
            let (store, _) = open(settings, Access::Read).await?;
            let mut outcome = Ok(());
            for (m, on) in grants.iter().map(|m| (m, true)).chain(revokes.iter().map(|m| (m, false))) {
                if let Err(e) = store.set_role(&email, m, on, &actor).await {
                    outcome = Err(e);
                    break;
                }
            }
            super::audit::sign(&store, &key, &super::audit::checkpoint_file(settings)).await?;
            let accounts = store.list_accounts(None).await?;
            store.close().await;
            outcome?;
            let email = comity_store::normalise_email(&email).map_err(|e| anyhow::anyhow!(e))?;
            let roles: Vec<String> = accounts
                .iter()
                .find(|a| a.email == email)
                .map(|a| a.memberships.iter().map(|m| format!("{}:{}", m.org.code(), m.role.as_str())).collect())
                .unwrap_or_default();
            match format {
                Format::Json => output::json(&serde_json::json!({ "email": email, "roles": roles }))?,
                _ => {
                    crate::say!("{email}: {}", if roles.is_empty() { "no roles".to_string() } else { roles.join(" ") })
                }
            }
        }
    }
    Ok(())
}
