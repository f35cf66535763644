//! `comity search`: full-text search over the record.

use comity_i18n::Lang;
use comity_store::SearchQuery;

use super::{Access, open};
use crate::cli::{Format, SearchArgs};
use crate::settings::Settings;
use crate::{output, say};

pub async fn run(settings: &Settings, args: SearchArgs, format: Format) -> anyhow::Result<()> {
    let lang =
        args.lang.as_deref().map(|l| l.parse::<Lang>().map_err(|e| anyhow::anyhow!("--lang: {e}"))).transpose()?;
    let (store, _) = open(settings, Access::Read).await?;
    let results = store
        .search(&SearchQuery {
            text: &args.query,
            lang,
            kind: args.kind.as_deref(),
            session: args.session,
            limit: args.limit,
            newest_first: args.newest,
        })
        .await?;
    store.close().await;
    match format {
        Format::Json => output::json(&results)?,
        _ => {
            for h in &results.hits {
                // Matched words between ⟦ and ⟧ in the terminal.
                let snippet: String =
                    h.snippet.iter().map(|f| if f.hit { format!("⟦{}⟧", f.text) } else { f.text.clone() }).collect();
                say!("{}  {}  {}", h.symbol, h.lang, h.place);
                say!("    {snippet}");
            }
            let facets = |list: &[comity_store::Facet]| {
                list.iter().map(|f| format!("{} {}", f.value, f.count)).collect::<Vec<_>>().join(", ")
            };
            say!(
                "{} paragraphs (showing {}) in {}; by kind: {}; by session: {}; by language: {}",
                if results.total_is_lower_bound {
                    format!("more than {}", comity_store::COUNT_CAP)
                } else {
                    results.total.to_string()
                },
                results.hits.len(),
                results.languages.join(" "),
                facets(&results.facets.kind),
                facets(&results.facets.session),
                facets(&results.facets.language)
            );
        }
    }
    Ok(())
}
