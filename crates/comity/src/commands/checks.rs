//! `comity checks`: the directory manager's communication checks at the command line —
//! start a round (its mail queued in the outbox and handed to the relay at once, or left to
//! the server), schedule rounds once or recurring, list the rounds, read a round's answers,
//! write its report (Markdown, HTML, Word), deliver the outbox.

use comity_contacts::Category;
use comity_contacts::checks::{Answer, Summary, round_summary};
use comity_i18n::Collation;
use comity_states::StateRegistry;
use comity_store::{Actor, CheckScope};

use super::{Access, open};
use crate::cli::{ChecksCommand, Format};
use crate::output;
use crate::settings::Settings;

fn directory_manager() -> Actor {
    Actor { org: Some("SECRETARIAT".into()), role: Some("directory_manager".into()), ..Actor::cli() }
}

/// A deadline as RFC 3339; a bare date is the end of that day, UTC.
fn deadline(text: &str) -> anyhow::Result<String> {
    if let Ok(t) = text.parse::<jiff::Timestamp>() {
        return Ok(t.to_string());
    }
    let date: jiff::civil::Date =
        text.parse().map_err(|_| anyhow::anyhow!("--deadline {text:?}: write 2026-12-08T17:00:00Z or 2026-12-08"))?;
    Ok(format!("{date}T23:59:59Z"))
}

/// The contacts a round asks, from `--state` (codes or names in any language) and `--category`.
fn scope(states: Vec<String>, category: Option<String>) -> anyhow::Result<CheckScope> {
    let registry = StateRegistry::embedded(&Collation::new())?;
    let states = states
        .iter()
        .map(|s| match registry.resolve(s) {
            comity_states::Resolution::Found { state, .. } => Ok(state.iso3.clone()),
            comity_states::Resolution::NotFound { .. } => {
                Err(anyhow::anyhow!("--state {s:?} is no State's code or name"))
            }
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let category = category
        .map(|c| Category::parse(&c).ok_or_else(|| anyhow::anyhow!("--category {c:?}: diplomatic or technical")))
        .transpose()?;
    Ok(CheckScope { states, category })
}

fn line(label: &str, s: &Summary) -> String {
    let minutes = |v: Option<f64>| v.map(|s| format!("{:.1} min", s / 60.0)).unwrap_or_else(|| "-".into());
    format!(
        "{label:<11} {}/{} acknowledged ({:.0} %), median {}, 90th percentile {}",
        s.acknowledged,
        s.asked,
        s.rate * 100.0,
        minutes(s.median_seconds),
        minutes(s.p90_seconds)
    )
}

pub async fn run(settings: &Settings, command: ChecksCommand, format: Format) -> anyhow::Result<()> {
    match command {
        ChecksCommand::Schedule { title, at, window_hours, every_days, states, category } => {
            let scope = scope(states, category)?;
            let (store, _) = open(settings, Access::Read).await?;
            let result =
                store.schedule_check(&title, &at, window_hours, every_days, &scope, &directory_manager()).await;
            store.close().await;
            let id = result?;
            match format {
                Format::Json => output::json(&serde_json::json!({ "id": id }))?,
                _ => crate::say!("scheduled {id}: the running server starts it at {at}"),
            }
        }
        ChecksCommand::Schedules => {
            let (store, _) = open(settings, Access::Read).await?;
            let schedules = store.check_schedules().await;
            store.close().await;
            let schedules = schedules?;
            match format {
                Format::Json => output::json(&schedules)?,
                _ => output::table(
                    &["ID", "TITLE", "NEXT", "WINDOW (H)", "EVERY (DAYS)", "STATES"],
                    &schedules
                        .iter()
                        .map(|s| {
                            vec![
                                s.id.clone(),
                                s.title.clone(),
                                s.next_at.chars().take(16).collect(),
                                s.window_hours.to_string(),
                                s.every_days.map(|d| d.to_string()).unwrap_or_else(|| "once".into()),
                                if s.scope.states.is_empty() { "all".into() } else { s.scope.states.join(" ") },
                            ]
                        })
                        .collect::<Vec<_>>(),
                ),
            }
        }
        ChecksCommand::Unschedule { id } => {
            let (store, _) = open(settings, Access::Read).await?;
            let result = store.cancel_schedule(&id, &directory_manager()).await;
            store.close().await;
            if !result? {
                anyhow::bail!("no running schedule {id}; `comity checks schedules` lists them");
            }
            crate::say!("schedule {id} stopped");
        }
        ChecksCommand::Report { id, report_format, output: file, lang } => {
            let lang: comity_i18n::Lang =
                lang.parse().map_err(|_| anyhow::anyhow!("--lang {lang:?}: one of ar, zh, en, fr, ru, es"))?;
            let kind = report_format
                .or_else(|| file.as_ref().and_then(|f| f.extension()).map(|e| e.to_string_lossy().to_string()))
                .unwrap_or_else(|| "md".into());
            let (store, _) = open(settings, Access::Read).await?;
            let catalog = comity_web::Catalog::load(&store).await.map_err(anyhow::Error::msg);
            let results = store.check_results(&id, None).await;
            store.close().await;
            let catalog = catalog?;
            let Some((round, targets)) = results? else {
                anyhow::bail!("no check {id}; `comity checks list` shows them")
            };
            let markdown = comity_web::round_report_markdown(&catalog, lang, &round, &targets);
            let bytes = match kind.as_str() {
                "md" => markdown.into_bytes(),
                "html" => comity_web::round_report_html(lang, &round.title, &markdown).into_bytes(),
                "docx" => comity_web::round_report_docx(lang, &round.title, &markdown),
                other => anyhow::bail!("--as {other:?}: md, html or docx"),
            };
            match file {
                Some(path) => {
                    std::fs::write(&path, &bytes)
                        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
                    crate::say!("wrote {}", path.display());
                }
                None if kind == "docx" => anyhow::bail!("a Word report goes to a file: add -o report.docx"),
                None => {
                    use std::io::Write;
                    std::io::stdout().write_all(&bytes)?;
                }
            }
        }
        ChecksCommand::Start { title, deadline: when, states, category, queue } => {
            let Some(mail) = &settings.mail else {
                anyhow::bail!(
                    "no smtp_relay is configured: a check goes by mail (set smtp_relay, mail_from and public_url)"
                )
            };
            let scope = scope(states, category)?;
            let when = deadline(&when)?;
            let key = super::audit::signing_key(settings)?;
            let messages = comity_i18n::Messages::load().map_err(anyhow::Error::msg)?;
            let (store, _) = open(settings, Access::Read).await?;
            let result = async {
                let (id, asked) =
                    comity_jobs::start_check(mail, &messages, &store, (&title, &when), &scope, &directory_manager())
                        .await?;
                super::audit::sign(&store, &key, &super::audit::checkpoint_file(settings)).await?;
                let (sent, failed) = if queue { (0, 0) } else { comity_jobs::deliver_outbox(mail, &store).await? };
                Ok::<_, anyhow::Error>((id, asked, sent, failed))
            }
            .await;
            store.close().await;
            let (id, asked, sent, failed) = result?;
            match format {
                Format::Json => {
                    output::json(&serde_json::json!({ "id": id, "asked": asked, "sent": sent, "failed": failed }))?
                }
                _ => crate::say!(
                    "started check {id}: {asked} contacts asked; {sent} mails handed to the relay, {failed} to try again"
                ),
            }
        }
        ChecksCommand::List => {
            let (store, _) = open(settings, Access::Read).await?;
            let rounds = store.check_rounds().await;
            store.close().await;
            let rounds = rounds?;
            match format {
                Format::Json => output::json(&rounds)?,
                _ => output::table(
                    &["ID", "TITLE", "STARTED", "DEADLINE", "ASKED", "ACKNOWLEDGED"],
                    &rounds
                        .iter()
                        .map(|r| {
                            vec![
                                r.id.clone(),
                                r.title.clone(),
                                r.started_at.chars().take(16).collect(),
                                r.deadline.clone(),
                                r.asked.to_string(),
                                r.acknowledged.to_string(),
                            ]
                        })
                        .collect::<Vec<_>>(),
                ),
            }
        }
        ChecksCommand::Show { id } => {
            let (store, _) = open(settings, Access::Read).await?;
            let results = store.check_results(&id, None).await;
            store.close().await;
            let Some((round, targets)) = results? else {
                anyhow::bail!("no check {id}; `comity checks list` shows them")
            };
            let answers: Vec<Answer> = targets
                .iter()
                .map(|t| Answer { state: t.state.clone(), category: t.category, seconds: t.seconds })
                .collect();
            let summary = round_summary(&answers);
            match format {
                Format::Json => {
                    output::json(&serde_json::json!({ "round": round, "summary": summary, "contacts": targets }))?
                }
                _ => {
                    crate::say!("{} — {} (deadline {})", round.id, round.title, round.deadline);
                    crate::say!("{}", line("all", &summary.overall));
                    crate::say!("{}", line("diplomatic", &summary.diplomatic));
                    crate::say!("{}", line("technical", &summary.technical));
                    for (region, s) in &summary.regions {
                        crate::say!("{}", line(&format!("M49 {region}"), s));
                    }
                    for t in &targets {
                        let when =
                            t.seconds.map(|s| format!("{:.1} min", s / 60.0)).unwrap_or_else(|| "no answer".into());
                        crate::say!("  {} {:<10} {:<30} {}", t.state, t.category.as_str(), t.name, when);
                    }
                }
            }
        }
        ChecksCommand::Deliver => {
            let Some(mail) = &settings.mail else { anyhow::bail!("no smtp_relay is configured") };
            let (store, _) = open(settings, Access::Read).await?;
            let result = comity_jobs::deliver_outbox(mail, &store).await;
            let waiting = store.mail_waiting().await;
            store.close().await;
            let (sent, failed) = result?;
            let waiting = waiting?;
            match format {
                Format::Json => {
                    output::json(&serde_json::json!({ "sent": sent, "failed": failed, "waiting": waiting.len() }))?
                }
                _ => {
                    crate::say!("{sent} mails handed to the relay, {failed} failed; {} waiting", waiting.len());
                    for (to, subject, attempts, error) in waiting {
                        crate::say!("  {to} ({attempts} attempts) {subject}: {}", error.unwrap_or_default());
                    }
                }
            }
        }
    }
    Ok(())
}
