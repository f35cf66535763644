//! `comity negotiations` and `comity proposals`: the Secretariat's and the Chair's work on a
//! negotiation from the server (open it on a zero draft, revise it from a file of decisions,
//! circulate it under silence, adopt it) and the compilation text as HTML, Word with tracked
//! changes or Akoma Ntoso. Every change is audited and the trail signed after it.

use std::path::Path;

use anyhow::Context;
use comity_i18n::{Lang, Messages};
use comity_negotiation::Readers;
use comity_negotiation::compilation::{Filter, compile, to_docx, to_html};
use comity_negotiation::revise::{Decision, compare};
use comity_negotiation::text::Text;
use comity_store::{Actor, NewNegotiation, Store};

use super::{Access, open};
use crate::cli::{CompilationFormat, Format, NegotiationsCommand, ProposalsCommand};
use crate::output;
use crate::settings::Settings;

fn secretariat() -> Actor {
    Actor { org: Some("SECRETARIAT".into()), ..Actor::cli() }
}

fn time(flag: &str, given: &str) -> anyhow::Result<jiff::Timestamp> {
    given.parse().map_err(|_| anyhow::anyhow!("{flag} {given:?}: write an RFC 3339 time such as 2026-03-14T22:00:00Z"))
}

/// A zero draft from a file: Word through its Markdown, text and Markdown as they are.
fn read_draft(path: &Path) -> anyhow::Result<Text> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    Text::read_file(&bytes, &path.to_string_lossy()).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
}

/// One decision as the decisions file writes it.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct DecisionLine {
    proposal: String,
    outcome: String,
    #[serde(default)]
    text: Option<String>,
    reason: String,
}

fn read_decisions(path: &Path) -> anyhow::Result<Vec<Decision>> {
    let raw = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let lines: Vec<DecisionLine> = serde_json::from_str(&raw).map_err(|e| {
        anyhow::anyhow!(
            "{}: line {}, column {}: {e}; write a JSON list of {{\"proposal\": ID, \"outcome\": \"accept\" | \"merge\" | \"set_aside\", \"text\": ..., \"reason\": ...}}",
            path.display(),
            e.line(),
            e.column()
        )
    })?;
    lines
        .into_iter()
        .enumerate()
        .map(|(n, l)| {
            Decision::from_parts(l.proposal, &l.outcome, l.text, l.reason)
                .map_err(|e| anyhow::anyhow!("{}: decision {}: {e}", path.display(), n + 1))
        })
        .collect()
}

async fn signed(settings: &Settings, store: &Store) -> anyhow::Result<()> {
    let key = super::audit::signing_key(settings)?;
    super::audit::sign(store, &key, &super::audit::checkpoint_file(settings)).await?;
    Ok(())
}

pub async fn run(settings: &Settings, command: NegotiationsCommand, format: Format) -> anyhow::Result<()> {
    match command {
        NegotiationsCommand::Create { name, title, process, lang, readers, chair, support, draft, deadline } => {
            let lang: Lang =
                lang.parse().map_err(|_| anyhow::anyhow!("--lang {lang:?}: one of ar, zh, en, fr, ru, es"))?;
            let readers = Readers::parse(&readers)
                .ok_or_else(|| anyhow::anyhow!("--readers {readers:?}: one of states, stakeholders, public"))?;
            let deadline = deadline.map(|d| time("--deadline", &d)).transpose()?;
            let zero = read_draft(&draft)?;
            let (store, _) = open(settings, Access::Read).await?;
            let new = NewNegotiation { name, title, process, lang, readers, chair, support, deadline };
            let created = store.create_negotiation(&new, &zero, &secretariat()).await;
            if created.is_ok() {
                signed(settings, &store).await?;
            }
            store.close().await;
            let id = created?;
            match format {
                Format::Json => output::json(
                    &serde_json::json!({ "id": id, "name": new.name, "paragraphs": zero.paragraphs.len() }),
                )?,
                _ => crate::say!(
                    "opened negotiation {} ({id}) on a zero draft of {} paragraphs",
                    new.name,
                    zero.paragraphs.len()
                ),
            }
        }
        NegotiationsCommand::List => {
            let (store, _) = open(settings, Access::Read).await?;
            let list = store.negotiations().await;
            store.close().await;
            let list = list?;
            match format {
                Format::Json => output::json(&list)?,
                _ => {
                    let rows: Vec<Vec<String>> = list
                        .iter()
                        .map(|n| {
                            vec![
                                n.name.clone(),
                                n.title.clone(),
                                n.lang.clone(),
                                n.stage.as_str().to_string(),
                                n.current_revision.to_string(),
                                n.symbol.clone().unwrap_or_default(),
                            ]
                        })
                        .collect();
                    output::table(&["NAME", "TITLE", "LANG", "STAGE", "REVISION", "SYMBOL"], &rows);
                }
            }
        }
        NegotiationsCommand::Show { negotiation, revision } => {
            let (store, _) = open(settings, Access::Read).await?;
            let shown = async {
                let n = store.negotiation(&negotiation).await?;
                let rev = match revision {
                    Some(number) => store.negotiation_revision(&n.summary.id, number).await?,
                    None => n.revision.clone(),
                };
                let proposals = store.negotiation_proposals(&n.summary.id, rev.number).await?;
                anyhow::Ok((n, rev, proposals))
            }
            .await;
            store.close().await;
            let (n, rev, proposals) = shown?;
            match format {
                Format::Json => output::json(
                    &serde_json::json!({ "negotiation": n, "revision": rev, "proposals": proposals.len() }),
                )?,
                _ => {
                    crate::say!(
                        "{} — {} ({}, {}), revision {}",
                        n.summary.name,
                        n.summary.title,
                        n.summary.lang,
                        n.summary.stage.as_str(),
                        rev.number
                    );
                    if let Some(deadline) = &rev.deadline {
                        crate::say!("proposals until {deadline}");
                    }
                    for (p, label) in rev.text.paragraphs.iter().zip(rev.text.labels()) {
                        let count = proposals.iter().filter(|x| x.place == p.place && !x.withdrawn).count();
                        let label = label.to_string();
                        let mark = if count > 0 { format!("  [{count} proposals]") } else { String::new() };
                        crate::say!(
                            "{:>4} {}{}{mark}",
                            p.place,
                            if label.is_empty() { String::new() } else { format!("{label} ") },
                            p.text
                        );
                    }
                }
            }
        }
        NegotiationsCommand::Revise { negotiation, decisions, deadline } => {
            let decisions = read_decisions(&decisions)?;
            let deadline = deadline.map(|d| time("--deadline", &d)).transpose()?;
            let (store, _) = open(settings, Access::Read).await?;
            let revised = store.revise_negotiation(&negotiation, &decisions, deadline, &secretariat()).await;
            if revised.is_ok() {
                signed(settings, &store).await?;
            }
            store.close().await;
            let number = revised?;
            match format {
                Format::Json => output::json(&serde_json::json!({ "revision": number, "decisions": decisions.len() }))?,
                _ => crate::say!("built Rev.{number} from {} decisions", decisions.len()),
            }
        }
        NegotiationsCommand::Redraft { negotiation, draft } => {
            let zero = read_draft(&draft)?;
            let (store, _) = open(settings, Access::Read).await?;
            let done = store.replace_zero_draft(&negotiation, &zero, &secretariat()).await;
            if done.is_ok() {
                signed(settings, &store).await?;
            }
            store.close().await;
            done?;
            match format {
                Format::Json => output::json(&serde_json::json!({ "paragraphs": zero.paragraphs.len() }))?,
                _ => crate::say!(
                    "the zero draft is now the one in {} ({} paragraphs)",
                    draft.display(),
                    zero.paragraphs.len()
                ),
            }
        }
        NegotiationsCommand::Reopen { negotiation, until } => {
            let until = time("--until", &until)?;
            let (store, _) = open(settings, Access::Read).await?;
            let done = store.reopen_revision(&negotiation, until, &secretariat()).await;
            if done.is_ok() {
                signed(settings, &store).await?;
            }
            store.close().await;
            done?;
            match format {
                Format::Json => output::json(&serde_json::json!({ "reopened_until": until.to_string() }))?,
                _ => crate::say!("proposals are taken again until {until} (marked late)"),
            }
        }
        NegotiationsCommand::Silence { negotiation, until } => {
            let until = time("--until", &until)?;
            let (store, _) = open(settings, Access::Read).await?;
            let done = store.start_silence(&negotiation, until, &secretariat()).await;
            if done.is_ok() {
                signed(settings, &store).await?;
            }
            store.close().await;
            done?;
            match format {
                Format::Json => output::json(&serde_json::json!({ "silence_until": until.to_string() }))?,
                _ => crate::say!("under silence until {until}: unbroken, the text is adopted then"),
            }
        }
        NegotiationsCommand::Adopt { negotiation, symbol } => {
            let (store, _) = open(settings, Access::Read).await?;
            let done = store.adopt_negotiation(&negotiation, symbol.as_deref(), &secretariat()).await;
            if done.is_ok() {
                signed(settings, &store).await?;
            }
            store.close().await;
            done?;
            match format {
                Format::Json => output::json(&serde_json::json!({ "adopted": negotiation, "symbol": symbol }))?,
                _ => crate::say!(
                    "adopted {negotiation} by consensus{}",
                    symbol.map(|s| format!(" as {s}")).unwrap_or_default()
                ),
            }
        }
        NegotiationsCommand::Issue { negotiation, symbol } => {
            let (store, _) = open(settings, Access::Read).await?;
            let done = store.issue_adopted_text(&negotiation, &symbol, &secretariat()).await;
            if done.is_ok() {
                signed(settings, &store).await?;
            }
            store.close().await;
            done?;
            match format {
                Format::Json => output::json(&serde_json::json!({ "issued": negotiation, "symbol": symbol }))?,
                _ => crate::say!("{negotiation}'s adopted text is in the document record as {symbol}"),
            }
        }
        NegotiationsCommand::Accredit { negotiation, email, organisation } => {
            let (store, _) = open(settings, Access::Read).await?;
            let done = store.accredit_stakeholder(&negotiation, &email, &organisation, &secretariat()).await;
            if done.is_ok() {
                signed(settings, &store).await?;
            }
            store.close().await;
            let accredited = done?;
            match format {
                Format::Json => output::json(&accredited)?,
                _ => crate::say!(
                    "{} is accredited to {negotiation} as the voice of {}",
                    accredited.email,
                    accredited.organisation
                ),
            }
        }
        NegotiationsCommand::Lineage { negotiation } => {
            let (store, _) = open(settings, Access::Read).await?;
            let lineage = store.negotiation_lineage(&negotiation).await;
            store.close().await;
            let lineage = lineage?;
            match format {
                Format::Json => output::json(&lineage)?,
                _ => {
                    for p in &lineage.paragraphs {
                        let since = comity_negotiation::revision_name(p.since).unwrap_or_else(|| "zero draft".into());
                        let record = p.record_place.as_deref().map(|r| format!(" [{r}]")).unwrap_or_default();
                        crate::say!("{:>4} {:<8} since {since}{record}", p.place, p.label);
                        for s in &p.shaped_by {
                            let rev = comity_negotiation::revision_name(s.revision).unwrap_or_default();
                            crate::say!(
                                "       {rev}: {} by {} ({}): {}",
                                s.action,
                                s.proposer.name(),
                                s.outcome,
                                s.reason
                            );
                        }
                    }
                }
            }
        }
        NegotiationsCommand::Diff { negotiation, from, to } => {
            let (store, _) = open(settings, Access::Read).await?;
            let texts = async {
                let n = store.negotiation(&negotiation).await?;
                let old = store.negotiation_revision(&n.summary.id, from).await?;
                let new = match to {
                    Some(number) => store.negotiation_revision(&n.summary.id, number).await?,
                    None => n.revision.clone(),
                };
                anyhow::Ok((n, old, new))
            }
            .await;
            store.close().await;
            let (n, old, new) = texts?;
            let lang: Lang =
                n.summary.lang.parse().map_err(|_| anyhow::anyhow!("stored language {:?}", n.summary.lang))?;
            let changes = compare(lang, &old.text, &new.text);
            match format {
                Format::Json => output::json(&changes)?,
                _ => {
                    for c in changes.iter().filter(|c| c.change != comity_documents::Change::Same) {
                        let place = c.new.as_deref().or(c.old.as_deref()).unwrap_or_default();
                        let words: String = c
                            .segments
                            .iter()
                            .map(|s| match s.op {
                                comity_documents::SegmentOp::Equal => s.text.clone(),
                                comity_documents::SegmentOp::Insert => format!("[+{}+]", s.text),
                                comity_documents::SegmentOp::Delete => format!("[-{}-]", s.text),
                            })
                            .collect();
                        crate::say!("{:>4} {:?} {words}", place, c.change);
                    }
                }
            }
        }
    }
    Ok(())
}

pub async fn proposals(settings: &Settings, command: ProposalsCommand, format: Format) -> anyhow::Result<()> {
    let (states, _) = super::open_catalog(settings).await?;
    match command {
        ProposalsCommand::List { negotiation, revision } => {
            let (store, _) = open(settings, Access::Read).await?;
            let found = async {
                let n = store.negotiation(&negotiation).await?;
                let number = revision.unwrap_or(n.revision.number);
                let proposals = store.negotiation_proposals(&n.summary.id, number).await?;
                let positions = store.negotiation_positions(&n.summary.id, number).await?;
                anyhow::Ok((proposals, positions))
            }
            .await;
            store.close().await;
            let (proposals, positions) = found?;
            match format {
                Format::Json => output::json(&serde_json::json!({ "proposals": proposals, "positions": positions }))?,
                _ => {
                    let rows: Vec<Vec<String>> = proposals
                        .iter()
                        .map(|p| {
                            let taken = positions.iter().filter(|x| x.proposal == p.id).count();
                            vec![
                                p.id.clone(),
                                p.place.clone(),
                                p.change.action().to_string(),
                                p.proposer.name().to_string(),
                                p.co_sponsors.join(" "),
                                taken.to_string(),
                                if p.withdrawn {
                                    "withdrawn"
                                } else if p.late {
                                    "late"
                                } else {
                                    ""
                                }
                                .to_string(),
                            ]
                        })
                        .collect();
                    output::table(&["ID", "PLACE", "ACTION", "PROPOSER", "CO-SPONSORS", "POSITIONS", ""], &rows);
                }
            }
        }
        ProposalsCommand::Export { negotiation, revision, file_format, lang, status, output: path } => {
            let status = comity_negotiation::compilation::Status::parse(&status).ok_or_else(|| {
                anyhow::anyhow!("--status {status:?}: one of standing, late, opposed, unopposed, withdrawn, all")
            })?;
            let (store, _) = open(settings, Access::Read).await?;
            let found = async {
                let n = store.negotiation(&negotiation).await?;
                let rev = match revision {
                    Some(number) => store.negotiation_revision(&n.summary.id, number).await?,
                    None => n.revision.clone(),
                };
                let proposals = store.negotiation_proposals(&n.summary.id, rev.number).await?;
                let positions = store.negotiation_positions(&n.summary.id, rev.number).await?;
                anyhow::Ok((n, rev, proposals, positions))
            }
            .await;
            store.close().await;
            let (n, rev, proposals, positions) = found?;
            let text_lang: Lang =
                n.summary.lang.parse().map_err(|_| anyhow::anyhow!("stored language {:?}", n.summary.lang))?;
            let words_lang: Lang = match lang {
                Some(l) => l.parse().map_err(|_| anyhow::anyhow!("--lang {l:?}: one of ar, zh, en, fr, ru, es"))?,
                None => text_lang,
            };
            let messages = Messages::load().map_err(anyhow::Error::msg)?;
            let words = comity_web::compilation_words(&messages, words_lang, rev.number);
            let name_of = |code: &str| {
                states.get(code).map(|s| s.short_name(text_lang).to_string()).unwrap_or_else(|| code.to_string())
            };
            let c = compile(text_lang, &rev.text, &proposals, &positions, &Filter { status, ..Filter::default() });
            match file_format {
                CompilationFormat::Html => std::fs::write(&path, to_html(&c, &rev.text, text_lang, &words, &name_of))?,
                CompilationFormat::Docx => std::fs::write(&path, to_docx(&c, &rev.text, text_lang, &words, &name_of))?,
                CompilationFormat::Akn => {
                    std::fs::write(&path, comity_web::compilation_akn(&n.summary, &rev, &c, |code| name_of(code)))?
                }
            }
            match format {
                Format::Json => output::json(&serde_json::json!({ "file": path, "proposals": c.shown }))?,
                _ => crate::say!("wrote the compilation of {} proposals to {}", c.shown, path.display()),
            }
        }
    }
    Ok(())
}
