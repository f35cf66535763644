//! `comity report compile`: the Secretary-General's report from a cycle's published replies,
//! in one of the six languages, as Markdown, an HTML page, a Word document or Akoma Ntoso.

use comity_i18n::{Collation, Lang, Messages};
use comity_reporting::report::ReportHeader;
use comity_states::StateRegistry;

use super::{Access, open};
use crate::cli::{Format, ReportCommand};
use crate::settings::Settings;

pub async fn run(settings: &Settings, command: ReportCommand, format: Format) -> anyhow::Result<()> {
    let ReportCommand::Compile { cycle, lang, output, symbol, date, agenda_item, addendum } = command;
    let lang: Lang = lang.parse().map_err(|e| anyhow::anyhow!("--lang: {e}"))?;
    if !matches!(format, Format::Md | Format::Html | Format::Akn | Format::Docx) {
        anyhow::bail!("--format: the report is compiled as md, html, docx or akn");
    }
    if format == Format::Docx && output.is_none() {
        anyhow::bail!("--format docx writes a file: name it with -o FILE.docx");
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
    let framework = comity_framework::Framework::embedded()?;
    let context = comity_store::ReportContext { states: &states, framework: &framework, messages: &messages };
    let source = store.report_source(&cycle, lang, Some(addendum > 0), &context).await;
    store.close().await;
    let Some(source) = source? else { anyhow::bail!("no cycle {cycle}; `comity cycles list` shows them") };
    let header = ReportHeader {
        symbol,
        date,
        agenda_item,
        item_title: source.item_title,
        resolution_title: source.resolution_title,
        resolution_date: source.resolution_date,
        addendum,
    };
    let (cycle, replies) = (source.cycle, source.replies);
    let bytes = match format {
        Format::Html => comity_reporting::report::html(&cycle, &header, &replies, &messages, lang).into_bytes(),
        Format::Akn => comity_reporting::report::akoma_ntoso(&cycle, &header, &replies, &messages, lang).into_bytes(),
        Format::Docx => comity_reporting::report::docx(&cycle, &header, &replies, &messages, lang),
        _ => comity_reporting::report::markdown(&cycle, &header, &replies, &messages, lang).into_bytes(),
    };
    match output {
        Some(path) => {
            std::fs::write(&path, bytes).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            eprintln!("{} replies; written to {}", replies.len(), path.display());
        }
        None => crate::output::line(String::from_utf8_lossy(&bytes).trim_end()),
    }
    Ok(())
}
