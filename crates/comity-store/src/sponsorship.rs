//! What the record says of one State as a sponsor: the drafts and resolutions it sponsored,
//! from the sponsor lists read out of the documents.

use crate::{DocumentSummary, Result, Store, with_pool};

impl Store {
    /// The documents whose sponsor list names this State, newest session first, then by symbol.
    pub async fn sponsored_by(&self, iso3: &str) -> Result<Vec<DocumentSummary>> {
        let symbols: Vec<String> = with_pool!(self, |pool| {
            sqlx::query_scalar(
                "SELECT DISTINCT s.symbol FROM document_sponsors s JOIN documents d ON d.symbol = s.symbol \
                    WHERE s.iso3 = $1",
            )
            .bind(iso3)
            .fetch_all(pool)
            .await?
        });
        let mut out = Vec::with_capacity(symbols.len());
        for symbol in symbols {
            if let Some(summary) = self.document_summary(&symbol).await? {
                out.push(summary);
            }
        }
        out.sort_by(|a, b| b.session.cmp(&a.session).then_with(|| a.symbol.cmp(&b.symbol)));
        Ok(out)
    }
}
