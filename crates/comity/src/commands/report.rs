//! `comity report compile`: the Secretary-General's report from a cycle's published replies,
//! in one of the six languages, as Markdown or an HTML page.

use comity_i18n::{Collation, Lang, Messages};
use comity_reporting::report::{ReportHeader, ReportReply};
use comity_states::StateRegistry;

use super::{Access, open};
use crate::cli::{Format, ReportCommand};
use crate::settings::Settings;

pub async fn run(settings: &Settings, command: ReportCommand, format: Format) -> anyhow::Result<()> {
    let ReportCommand::Compile { cycle, lang, output, symbol, date, agenda_item, addendum } = command;
    let lang: Lang = lang.parse().map_err(|e| anyhow::anyhow!("--lang: {e}"))?;
    if !matches!(format, Format::Md | Format::Html) {
        anyhow::bail!("--format: the report is compiled as md or html (DOCX and Akoma Ntoso are to come)");
    }
    let date = match date {
        Some(d) => {
            d.parse::<jiff::civil::Date>().map_err(|_| anyhow::anyhow!("--date {d:?}: write YYYY-MM-DD"))?;
            d
        }
        None => jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::UTC).date().to_string(),
    };
    let messages = Messages::load().map_err(anyhow::Error::msg)?;
    let states = StateRegistry::embedded(&Collation::new())?;
    let (store, _) = open(settings, Access::Read).await?;
    let Some(cycle) = store.cycle(&cycle).await? else {
        store.close().await;
        anyhow::bail!("no cycle {cycle}; `comity cycles list` shows them");
    };
    // The resolution's title and date, and the item's title, from the record when it holds them.
    let summary = store.document_summary(&cycle.details.resolution).await?;
    let version = match &summary {
        Some(s) => {
            let code = if s.languages.iter().any(|l| l == lang.code()) {
                lang.code().to_string()
            } else {
                s.languages[0].clone()
            };
            store.document_version(&cycle.details.resolution, &code).await?
        }
        None => None,
    };
    let doc = version.and_then(|v| comity_documents::Document::from_stored(&v).ok());
    let replies = store.replies(&cycle.id, None).await?;
    let mut gathered = Vec::new();
    for r in replies.iter().filter(|r| r.status == "published" && r.late == (addendum > 0)) {
        let versions = store.reply_versions(&r.id).await?;
        gathered.push((r.clone(), versions.into_iter().last()));
    }
    store.close().await;
    // In the UN's order of States.
    let order: Vec<&str> = states.un_order().iter().map(|s| s.iso3.as_str()).collect();
    gathered.sort_by_key(|(r, _)| order.iter().position(|c| *c == r.state).unwrap_or(usize::MAX));
    let replies: Vec<ReportReply> = gathered
        .into_iter()
        .map(|(r, v)| ReportReply {
            state_name: states.get(&r.state).map(|s| s.short_name(lang).to_string()).unwrap_or(r.state.clone()),
            original_lang: r.original_lang.parse().unwrap_or(Lang::En),
            date: r.submitted_at.as_deref().unwrap_or_default().chars().take(10).collect(),
            answers: cycle
                .details
                .questions
                .iter()
                .map(|q| {
                    (q.label.clone(), v.as_ref().and_then(|v| v.answers.get(&q.label).cloned()).unwrap_or_default())
                })
                .collect(),
        })
        .collect();
    let header = ReportHeader {
        symbol,
        date,
        agenda_item,
        item_title: doc.as_ref().and_then(|d| d.agenda_items.first()).and_then(|i| i.title.clone()),
        resolution_title: doc.as_ref().and_then(|d| d.title.clone()),
        resolution_date: summary.as_ref().and_then(|s| s.adopted_on.clone()),
        addendum,
    };
    let text = match format {
        Format::Html => comity_reporting::report::html(&cycle, &header, &replies, &messages, lang),
        _ => comity_reporting::report::markdown(&cycle, &header, &replies, &messages, lang),
    };
    match output {
        Some(path) => {
            std::fs::write(&path, text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            eprintln!("{} replies; written to {}", replies.len(), path.display());
        }
        None => crate::output::line(text.trim_end()),
    }
    Ok(())
}
