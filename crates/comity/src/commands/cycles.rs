//! `comity cycles`: the Secretariat's batch work on reporting cycles — open one (questions
//! from the resolution in the record, or given), tell the States' focal points, list, show,
//! close. Every change is audited and the trail signed after it.

use std::collections::BTreeMap;

use comity_reporting::{NewCycle, Question};
use comity_store::{Actor, Store};

use super::{Access, open};
use crate::cli::{CyclesCommand, Format};
use crate::output;
use crate::settings::Settings;

fn secretariat() -> Actor {
    Actor { org: Some("SECRETARIAT".into()), ..Actor::cli() }
}

/// The items of one operative paragraph of the resolution, in every language the record holds.
async fn questions_from_record(store: &Store, resolution: &str, paragraph: u32) -> anyhow::Result<Vec<Question>> {
    let summary = store.document_summary(resolution).await?.ok_or_else(|| {
        anyhow::anyhow!("{resolution} is not in the record: ingest it first, or give the questions with --question")
    })?;
    let mut questions: Vec<Question> = Vec::new();
    for lang in &summary.languages {
        let Some(value) = store.document_version(resolution, lang).await? else { continue };
        let doc = comity_documents::Document::from_stored(&value).map_err(anyhow::Error::msg)?;
        let Some(p) = doc.operative.iter().find(|p| p.number == paragraph) else {
            anyhow::bail!("{resolution} ({lang}) has no operative paragraph {paragraph}");
        };
        if p.items.is_empty() {
            anyhow::bail!("operative paragraph {paragraph} of {resolution} has no items (a), (b), ... to ask");
        }
        for item in &p.items {
            let label = item.place_label();
            match questions.iter_mut().find(|q| q.label == label) {
                Some(q) => {
                    q.texts.insert(lang.clone(), item.text.clone());
                }
                None => questions.push(Question { label, texts: [(lang.clone(), item.text.clone())].into() }),
            }
        }
    }
    Ok(questions)
}

fn given_questions(texts: &[String]) -> anyhow::Result<Vec<Question>> {
    texts
        .iter()
        .map(|t| {
            let (label, text) = t
                .split_once('=')
                .ok_or_else(|| anyhow::anyhow!("--question {t:?}: write LABEL=TEXT, e.g. \"(a)=National efforts\""))?;
            Ok(Question {
                label: label.trim().to_string(),
                texts: BTreeMap::from([("en".to_string(), text.trim().to_string())]),
            })
        })
        .collect()
}

/// Mails the focal points about a cycle, when a relay is configured.
async fn tell_focal_points(
    settings: &Settings,
    store: &Store,
    id: &str,
    why: comity_jobs::CycleMail,
) -> anyhow::Result<usize> {
    let Some(mail) = &settings.mail else { return Ok(0) };
    let messages = comity_i18n::Messages::load().map_err(anyhow::Error::msg)?;
    let cycle =
        store.cycle(id).await?.ok_or_else(|| anyhow::anyhow!("no cycle {id}; `comity cycles list` shows them"))?;
    comity_jobs::mail_focal_points(mail, &messages, store, &cycle, why).await.map_err(anyhow::Error::from)
}

pub async fn run(settings: &Settings, command: CyclesCommand, format: Format) -> anyhow::Result<()> {
    match command {
        CyclesCommand::Create {
            resolution,
            session,
            questions_from,
            questions,
            note_verbale,
            note_verbale_date,
            deadline,
        } => {
            let resolution = comity_documents::normalise_symbol(&resolution)
                .ok_or_else(|| anyhow::anyhow!("--resolution {resolution:?}: write a symbol such as A/RES/76/19"))?;
            let key = super::audit::signing_key(settings)?;
            let (store, _) = open(settings, Access::Read).await?;
            let questions = match (questions_from, questions.is_empty()) {
                (Some(_), false) => {
                    anyhow::bail!("give the questions with --questions-from or with --question, not both")
                }
                (Some(paragraph), true) => questions_from_record(&store, &resolution, paragraph).await?,
                (None, _) => given_questions(&questions)?,
            };
            let cycle = NewCycle { resolution, session, questions, note_verbale, note_verbale_date, deadline };
            let id = store.create_cycle(&cycle, &secretariat()).await?;
            super::audit::sign(&store, &key, &super::audit::checkpoint_file(settings)).await?;
            let told = tell_focal_points(settings, &store, &id, comity_jobs::CycleMail::Opened).await;
            store.close().await;
            let told = told?;
            match format {
                Format::Json => output::json(&serde_json::json!({ "id": id, "focal_points_told": told }))?,
                _ => {
                    crate::say!("opened cycle {id}: {} questions, deadline {}", cycle.questions.len(), cycle.deadline);
                    if settings.mail.is_some() {
                        crate::say!("told {told} focal points by mail");
                    } else {
                        crate::say!("no smtp_relay is configured: focal points were not told by mail");
                    }
                }
            }
        }
        CyclesCommand::List => {
            let (store, _) = open(settings, Access::Read).await?;
            let cycles = store.cycles().await?;
            let mut counts = Vec::new();
            for c in &cycles {
                counts.push(store.replies(&c.id, None).await?);
            }
            store.close().await;
            match format {
                Format::Json => output::json(&cycles)?,
                _ => {
                    let rows: Vec<Vec<String>> = cycles
                        .iter()
                        .zip(&counts)
                        .map(|(c, replies)| {
                            vec![
                                c.id.clone(),
                                c.details.resolution.clone(),
                                c.details.session.to_string(),
                                c.details.deadline.clone(),
                                c.status.clone(),
                                replies.iter().filter(|r| r.status != "draft").count().to_string(),
                            ]
                        })
                        .collect();
                    output::table(&["ID", "RESOLUTION", "SESSION", "DEADLINE", "STATUS", "REPLIES"], &rows);
                }
            }
        }
        CyclesCommand::Show { id } => {
            let (store, _) = open(settings, Access::Read).await?;
            let cycle = store.cycle(&id).await?;
            let replies = store.replies(&id, None).await?;
            store.close().await;
            let Some(cycle) = cycle else { anyhow::bail!("no cycle {id}; `comity cycles list` shows them") };
            match format {
                Format::Json => output::json(&serde_json::json!({ "cycle": cycle, "replies": replies }))?,
                _ => {
                    crate::say!(
                        "{} — {} to session {}, {}",
                        cycle.id,
                        cycle.details.resolution,
                        cycle.details.session,
                        cycle.status
                    );
                    crate::say!(
                        "note verbale {} of {}; deadline {}",
                        cycle.details.note_verbale,
                        cycle.details.note_verbale_date,
                        cycle.details.deadline
                    );
                    for q in &cycle.details.questions {
                        let text = q.texts.get("en").or(q.texts.values().next()).cloned().unwrap_or_default();
                        crate::say!("  {} {}", q.label, text);
                    }
                    for r in &replies {
                        crate::say!(
                            "  {} {} (v{}{})",
                            r.state,
                            r.status,
                            r.version,
                            if r.late { ", late" } else { "" }
                        );
                    }
                }
            }
        }
        CyclesCommand::Remind { id } => {
            if settings.mail.is_none() {
                anyhow::bail!("no smtp_relay is configured: reminders go by mail");
            }
            let (store, _) = open(settings, Access::Read).await?;
            let cycle = store.cycle(&id).await?;
            if cycle.as_ref().is_some_and(|c| c.status != "open") {
                store.close().await;
                anyhow::bail!("cycle {id} is closed: nobody is reminded");
            }
            let told = tell_focal_points(settings, &store, &id, comity_jobs::CycleMail::Reminder).await;
            store.close().await;
            let told = told?;
            match format {
                Format::Json => output::json(&serde_json::json!({ "id": id, "focal_points_reminded": told }))?,
                _ => crate::say!("reminded {told} focal points of States that have not submitted a reply"),
            }
        }
        CyclesCommand::Close { id } => {
            let key = super::audit::signing_key(settings)?;
            let (store, _) = open(settings, Access::Read).await?;
            let closed = store.close_cycle(&id, &secretariat()).await;
            super::audit::sign(&store, &key, &super::audit::checkpoint_file(settings)).await?;
            store.close().await;
            let closed = closed?;
            match format {
                Format::Json => output::json(&serde_json::json!({ "id": id, "closed": closed }))?,
                _ if closed => crate::say!("closed cycle {id}"),
                _ => crate::say!("cycle {id} was already closed, or does not exist"),
            }
        }
    }
    Ok(())
}
