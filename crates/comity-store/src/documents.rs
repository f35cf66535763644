//! The record of the agenda item in the database: ingesting parsed documents (one row per
//! symbol, one version per language, paragraphs by place so languages align, sponsors,
//! citations with the record symbol they point to), listing them and reading them back.

use crate::Refusal;
use comity_documents::{CitationKind, Document, Kind};
use serde::Serialize;
use sqlx::Row;

use crate::{Result, Store, StoreError, digest, with_pool};

/// What ingesting one file did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IngestOutcome {
    /// A new language version (and perhaps a new document).
    Stored,
    /// A language version replaced by a different text.
    Updated,
    /// The same text as already stored.
    Unchanged,
}

/// One document in a listing.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DocumentSummary {
    pub symbol: String,
    pub kind: String,
    pub session: Option<i64>,
    pub committee: Option<String>,
    pub adopted_on: Option<String>,
    /// Language codes of the versions held, in the UN order.
    pub languages: Vec<String>,
    /// The title in English when held, else in the first language held.
    pub title: Option<String>,
    /// The title of each language version held, by language code.
    pub titles: std::collections::BTreeMap<String, String>,
}

pub(crate) fn kind_str(kind: Kind) -> &'static str {
    match kind {
        Kind::Resolution => "resolution",
        Kind::DraftResolution => "draft_resolution",
        Kind::Decision => "decision",
        Kind::DraftDecision => "draft_decision",
        Kind::Report => "report",
        Kind::Other => "other",
    }
}

/// The record symbol a citation points to: resolutions are issued as A/RES/session/number;
/// decisions have no document of their own.
pub fn citation_target(kind: CitationKind, cited: &str) -> Option<String> {
    match kind {
        CitationKind::Resolution => Some(format!("A/RES/{cited}")),
        CitationKind::Decision => None,
        CitationKind::Document => Some(cited.to_string()),
    }
}

/// Statements that differ by engine for the search index: on SQLite an index row carries its
/// paragraph's rowid, so removing a version's rows goes through the paragraphs' key rather than
/// scanning the index (FTS5 cannot index the symbol and language columns).
pub(crate) struct SearchIndexSql {
    /// Binds symbol, lang. Runs while the version's paragraphs still exist.
    pub delete: &'static str,
    /// Binds terms, symbol, lang, place. Runs after the paragraph is stored.
    pub insert: &'static str,
}

pub(crate) const SQLITE_INDEX: SearchIndexSql = SearchIndexSql {
    delete: "DELETE FROM paragraph_search WHERE rowid IN (SELECT order_key FROM \
        document_paragraphs WHERE symbol = $1 AND lang = $2)",
    insert: "INSERT INTO paragraph_search (rowid, terms, symbol, lang, place) VALUES ($5, $1, $2, $3, $4)",
};

pub(crate) const POSTGRES_INDEX: SearchIndexSql = SearchIndexSql {
    delete: "DELETE FROM paragraph_search WHERE symbol = $1 AND lang = $2",
    insert: "INSERT INTO paragraph_search (order_key, terms, symbol, lang, place) VALUES ($5, $1, $2, $3, $4)",
};

/// Most paragraphs one language version may have (12 bits of the order key).
pub(crate) const MAX_PARAGRAPHS: usize = 4096;

/// The order search results come in: newest session first (documents without one last), then
/// document (order of first ingestion), language, and paragraph position, in one integer.
pub(crate) fn order_key(session: Option<i64>, seq: i64, lang: comity_i18n::Lang, position: usize) -> i64 {
    let session = session.unwrap_or(0).clamp(0, 999);
    ((1000 - session) << 43) | (seq << 15) | ((lang.index() as i64) << 12) | position as i64
}

/// Stores one language version of a document inside the caller's transaction (the ingest of a
/// file, or the adoption of a negotiated text): what [`Store::ingest_document`] does.
macro_rules! ingest_body {
    ($tx:expr, $doc:expr, $symbol:expr, $lang:expr, $source_name:expr, $source_digest:expr, $index:expr) => {{
        #[allow(unused_imports)]
        use comity_documents::{CitationKind, Document};
        #[allow(unused_imports)]
        use sqlx::Row as _;
        #[allow(unused_imports)]
        use $crate::documents::{IngestOutcome, MAX_PARAGRAPHS, SearchIndexSql, citation_target, kind_str, order_key};
        #[allow(unused_imports)]
        use $crate::{Refusal, now};
        let index: &SearchIndexSql = $index;
        let tx = $tx;
        let doc: &Document = $doc;
        let symbol: &str = $symbol;
        let lang: &str = $lang;
        let existing: Option<(String,)> = sqlx::query("SELECT kind FROM documents WHERE symbol = $1")
            .bind(symbol)
            .fetch_optional(&mut *tx)
            .await?
            .map(|r| r.try_get(0).map(|k| (k,)))
            .transpose()?;
        let kind = kind_str(doc.kind);
        if let Some((recorded,)) = &existing {
            if recorded != kind {
                return Err(Refusal::KindMismatch {
                    symbol: symbol.to_string(),
                    recorded: recorded.clone(),
                    kind: kind.to_string(),
                }
                .into());
            }
        }
        let previous: Option<String> = sqlx::query(
            "SELECT source_digest FROM document_versions WHERE symbol = $1 AND lang \
            = $2",
        )
        .bind(symbol)
        .bind(lang)
        .fetch_optional(&mut *tx)
        .await?
        .map(|r| r.try_get(0))
        .transpose()?;
        if previous.as_deref() == Some($source_digest) {
            IngestOutcome::Unchanged
        } else {
            let at = now();
            if existing.is_none() {
                sqlx::query(
                    "INSERT INTO documents (symbol, kind, session, committee, adopted_on, \
                    plenary_meeting, seq, created_at, updated_at) VALUES ($1, $2, $3, $4, \
                    $5, $6, (SELECT COALESCE(MAX(seq), 0) + 1 FROM documents), $7, $7)",
                )
                .bind(symbol)
                .bind(kind)
                .bind(doc.session.map(i64::from))
                .bind(&doc.committee)
                .bind(&doc.adopted_on)
                .bind(doc.plenary_meeting.map(i64::from))
                .bind(&at)
                .execute(&mut *tx)
                .await?;
            } else {
                // Language versions complete each other: a field one version lacks keeps the value another gave.
                sqlx::query(
                    "UPDATE documents SET session = COALESCE($2, session), committee = \
                    COALESCE($3, committee), adopted_on = COALESCE($4, adopted_on), \
                    plenary_meeting = COALESCE($5, plenary_meeting), updated_at = $6 WHERE \
                    symbol = $1",
                )
                .bind(symbol)
                .bind(doc.session.map(i64::from))
                .bind(&doc.committee)
                .bind(&doc.adopted_on)
                .bind(doc.plenary_meeting.map(i64::from))
                .bind(&at)
                .execute(&mut *tx)
                .await?;
            }
            sqlx::query(index.delete).bind(symbol).bind(lang).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM document_versions WHERE symbol = $1 AND lang = $2")
                .bind(symbol)
                .bind(lang)
                .execute(&mut *tx)
                .await?;
            let structure = serde_json::to_string(doc).expect("documents serialise");
            sqlx::query(
                "INSERT INTO document_versions (symbol, lang, title, issued_on, \
                source_name, source_digest, structure, ingested_at) VALUES ($1, $2, $3, \
                $4, $5, $6, $7, $8)",
            )
            .bind(symbol)
            .bind(lang)
            .bind(&doc.title)
            .bind(&doc.issued_on)
            .bind($source_name)
            .bind($source_digest)
            .bind(&structure)
            .bind(&at)
            .execute(&mut *tx)
            .await?;
            for item in &doc.agenda_items {
                sqlx::query(
                    "INSERT INTO document_agenda_items (symbol, lang, number, title) VALUES \
                    ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                )
                .bind(symbol)
                .bind(lang)
                .bind(&item.number)
                .bind(&item.title)
                .execute(&mut *tx)
                .await?;
            }
            if !doc.sponsors.is_empty() {
                sqlx::query("DELETE FROM document_sponsors WHERE symbol = $1").bind(symbol).execute(&mut *tx).await?;
                for (position, s) in doc.sponsors.iter().enumerate() {
                    sqlx::query("INSERT INTO document_sponsors (symbol, position, name, iso3) VALUES ($1, $2, $3, $4)")
                        .bind(symbol)
                        .bind(position as i64)
                        .bind(&s.name)
                        .bind(&s.iso3)
                        .execute(&mut *tx)
                        .await?;
                }
            }
            let (seq, session): (i64, Option<i64>) = {
                let row = sqlx::query("SELECT seq, session FROM documents WHERE symbol = $1")
                    .bind(symbol)
                    .fetch_one(&mut *tx)
                    .await?;
                (row.try_get(0)?, row.try_get(1)?)
            };
            let paragraphs = doc.paragraphs();
            if paragraphs.len() > MAX_PARAGRAPHS {
                return Err(Refusal::TooManyParagraphs {
                    symbol: symbol.to_string(),
                    lang: lang.to_string(),
                    count: paragraphs.len(),
                    max: MAX_PARAGRAPHS,
                }
                .into());
            }
            for (position, (place, verb_key, text)) in paragraphs.into_iter().enumerate() {
                let key = order_key(session, seq, doc.language, position);
                sqlx::query(
                    "INSERT INTO document_paragraphs (symbol, lang, place, position, \
                    verb_key, text, order_key) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(symbol)
                .bind(lang)
                .bind(&place)
                .bind(position as i64)
                .bind(&verb_key)
                .bind(&text)
                .bind(key)
                .execute(&mut *tx)
                .await?;
                sqlx::query(index.insert)
                    .bind(comity_search::index_terms(doc.language, &text))
                    .bind(symbol)
                    .bind(lang)
                    .bind(&place)
                    .bind(key)
                    .execute(&mut *tx)
                    .await?;
            }
            for (position, c) in doc.citations.iter().enumerate() {
                let kind = match c.kind {
                    CitationKind::Resolution => "resolution",
                    CitationKind::Decision => "decision",
                    CitationKind::Document => "document",
                };
                sqlx::query(
                    "INSERT INTO document_citations (symbol, lang, position, place, kind, \
                    cited, part, cited_on, target) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, \
                    $9)",
                )
                .bind(symbol)
                .bind(lang)
                .bind(position as i64)
                .bind(&c.cited_in)
                .bind(kind)
                .bind(&c.symbol)
                .bind(&c.part)
                .bind(&c.date)
                .bind(citation_target(c.kind, &c.symbol))
                .execute(&mut *tx)
                .await?;
            }
            if previous.is_some() { IngestOutcome::Updated } else { IngestOutcome::Stored }
        }
    }};
}

pub(crate) use ingest_body;

impl Store {
    pub(crate) fn search_index_sql(&self) -> &'static SearchIndexSql {
        match self.engine() {
            crate::Engine::Sqlite => &SQLITE_INDEX,
            crate::Engine::Postgres => &POSTGRES_INDEX,
        }
    }

    /// Stores one language version of a document, in one transaction: on any error nothing of
    /// it is stored. `source` is the text it was parsed from (its digest tells an unchanged
    /// re-ingest from a new text).
    pub async fn ingest_document(&self, doc: &Document, source_name: &str, source: &[u8]) -> Result<IngestOutcome> {
        let symbol = doc
            .symbol
            .clone()
            .ok_or_else(|| StoreError::from(Refusal::NoSymbol { source_name: source_name.to_string() }))?;
        let lang = doc.language.code();
        let source_digest = digest(&[source]);
        let outcome = with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let outcome = ingest_body!(
                &mut *tx,
                doc,
                symbol.as_str(),
                lang,
                source_name,
                source_digest.as_str(),
                self.search_index_sql()
            );
            tx.commit().await?;
            outcome
        });
        Ok(outcome)
    }

    /// The documents of the record, newest session first, then by symbol.
    pub async fn list_documents(&self, session: Option<i64>, kind: Option<&str>) -> Result<Vec<DocumentSummary>> {
        self.summaries(None, session, kind).await
    }

    /// One document's summary, when the record holds it.
    pub async fn document_summary(&self, symbol: &str) -> Result<Option<DocumentSummary>> {
        Ok(self.summaries(Some(symbol), None, None).await?.pop())
    }

    async fn summaries(
        &self,
        symbol: Option<&str>,
        session: Option<i64>,
        kind: Option<&str>,
    ) -> Result<Vec<DocumentSummary>> {
        let rows = with_pool!(self, |pool| {
            sqlx::query(
                "SELECT d.symbol, d.kind, d.session, d.committee, d.adopted_on, v.lang, v.title
                 FROM documents d JOIN document_versions v ON v.symbol = d.symbol
                 WHERE ($1 IS NULL OR d.session = $1) AND ($2 IS NULL OR d.kind = $2) AND ($3 IS NULL OR d.symbol = $3)
                 ORDER BY d.session DESC, d.symbol, v.lang",
            )
            .bind(session)
            .bind(kind)
            .bind(symbol)
            .fetch_all(pool)
            .await?
            .iter()
            .map(|r| {
                Ok((
                    r.try_get::<String, _>(0)?,
                    r.try_get::<String, _>(1)?,
                    r.try_get::<Option<i64>, _>(2)?,
                    r.try_get::<Option<String>, _>(3)?,
                    r.try_get::<Option<String>, _>(4)?,
                    r.try_get::<String, _>(5)?,
                    r.try_get::<Option<String>, _>(6)?,
                ))
            })
            .collect::<Result<Vec<_>, sqlx::Error>>()?
        });
        let order = |code: &str| comity_i18n::Lang::ALL.iter().position(|l| l.code() == code).unwrap_or(9);
        let mut out: Vec<DocumentSummary> = Vec::new();
        for (symbol, kind, session, committee, adopted_on, lang, title) in rows {
            match out.last_mut() {
                Some(last) if last.symbol == symbol => {
                    if let Some(t) = &title {
                        last.titles.insert(lang.clone(), t.clone());
                    }
                    if lang == "en" || last.title.is_none() {
                        last.title = title.or(last.title.take());
                    }
                    last.languages.push(lang);
                }
                _ => {
                    let titles = title.iter().map(|t| (lang.clone(), t.clone())).collect();
                    out.push(DocumentSummary {
                        symbol,
                        kind,
                        session,
                        committee,
                        adopted_on,
                        languages: vec![lang],
                        title,
                        titles,
                    })
                }
            }
        }
        for d in &mut out {
            d.languages.sort_by_key(|l| order(l));
        }
        Ok(out)
    }

    /// The stored structure of one language version (the parser's JSON).
    pub async fn document_version(&self, symbol: &str, lang: &str) -> Result<Option<serde_json::Value>> {
        let text: Option<String> = with_pool!(self, |pool| {
            sqlx::query("SELECT structure FROM document_versions WHERE symbol = $1 AND lang = $2")
                .bind(symbol)
                .bind(lang)
                .fetch_optional(pool)
                .await?
                .map(|r| r.try_get(0))
                .transpose()?
        });
        text.map(|t| {
            serde_json::from_str(&t)
                .map_err(|e| StoreError::Damaged(format!("stored structure of {symbol} ({lang}) is damaged: {e}")))
        })
        .transpose()
    }
}

/// A text a document cites, with whether the record holds it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CitedText {
    pub kind: String,
    /// As cited: `43/78`, `75/564`, `A/70/174`.
    pub cited: String,
    pub part: Option<String>,
    /// The record symbol it points to (`A/RES/43/78`); none for decisions.
    pub target: Option<String>,
    pub in_record: bool,
    /// 1 for a direct citation, 2 for a citation of a cited text, and so on.
    pub depth: usize,
    /// The document that cites it at this depth.
    pub via: String,
}

/// A document that cites another, directly or through others.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Citing {
    pub symbol: String,
    pub depth: usize,
    pub via: String,
}

/// One session's documents under the same agenda item.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AgendaSession {
    pub session: Option<i64>,
    pub number: String,
    pub symbols: Vec<String>,
}

/// What a document cites and what cites it, transitively, and the history of its agenda item.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Lineage {
    pub symbol: String,
    pub cites: Vec<CitedText>,
    pub cited_by: Vec<Citing>,
    /// Cited texts the record does not hold (decisions have no document of their own).
    pub missing: Vec<String>,
    pub agenda_history: Vec<AgendaSession>,
}

impl Store {
    /// What a document cites, each with whether the record holds the cited text.
    async fn citations_of(&self, symbol: &str) -> Result<Vec<(String, String, Option<String>, Option<String>, bool)>> {
        Ok(with_pool!(self, |pool| {
            sqlx::query(
                "SELECT DISTINCT c.kind, c.cited, c.part, c.target, d.symbol
                 FROM document_citations c LEFT JOIN documents d ON d.symbol = c.target
                 WHERE c.symbol = $1 ORDER BY c.kind, c.cited",
            )
            .bind(symbol)
            .fetch_all(pool)
            .await?
            .iter()
            .map(|r| {
                Ok((
                    r.try_get(0)?,
                    r.try_get(1)?,
                    r.try_get(2)?,
                    r.try_get(3)?,
                    r.try_get::<Option<String>, _>(4)?.is_some(),
                ))
            })
            .collect::<Result<Vec<_>, sqlx::Error>>()?
        }))
    }

    /// The documents of the record that cite `target` directly (by its record symbol, as
    /// [`citation_target`] gives it), whether or not the record holds `target` itself.
    pub async fn citing(&self, target: &str) -> Result<Vec<String>> {
        Ok(with_pool!(self, |pool| {
            sqlx::query("SELECT DISTINCT symbol FROM document_citations WHERE target = $1 ORDER BY symbol")
                .bind(target)
                .fetch_all(pool)
                .await?
                .iter()
                .map(|r| r.try_get(0))
                .collect::<Result<Vec<String>, sqlx::Error>>()?
        }))
    }

    async fn in_record(&self, symbol: &str) -> Result<bool> {
        let n: i64 = with_pool!(self, |pool| {
            sqlx::query("SELECT count(*) FROM documents WHERE symbol = $1")
                .bind(symbol)
                .fetch_one(pool)
                .await?
                .try_get(0)?
        });
        Ok(n > 0)
    }

    /// The lineage of a document in the record; `None` when the record does not hold it.
    pub async fn lineage(&self, symbol: &str) -> Result<Option<Lineage>> {
        if !self.in_record(symbol).await? {
            return Ok(None);
        }
        let mut lineage = Lineage {
            symbol: symbol.to_string(),
            cites: Vec::new(),
            cited_by: Vec::new(),
            missing: Vec::new(),
            agenda_history: Vec::new(),
        };
        // Outward: breadth first through the texts the record holds.
        let mut seen = std::collections::HashSet::from([symbol.to_string()]);
        let mut frontier = vec![symbol.to_string()];
        let mut depth = 0;
        while !frontier.is_empty() {
            depth += 1;
            let mut next = Vec::new();
            for doc in frontier {
                for (kind, cited, part, target, held) in self.citations_of(&doc).await? {
                    let key = target.clone().unwrap_or_else(|| format!("{kind} {cited}"));
                    if !seen.insert(key.clone()) {
                        continue;
                    }
                    if held {
                        next.push(key.clone());
                    } else {
                        lineage.missing.push(key);
                    }
                    lineage.cites.push(CitedText {
                        kind,
                        cited,
                        part,
                        target,
                        in_record: held,
                        depth,
                        via: doc.clone(),
                    });
                }
            }
            frontier = next;
        }
        // Inward: who cites it, and who cites those.
        let mut seen = std::collections::HashSet::from([symbol.to_string()]);
        let mut frontier = vec![symbol.to_string()];
        let mut depth = 0;
        while !frontier.is_empty() {
            depth += 1;
            let mut next = Vec::new();
            for doc in frontier {
                for citing in self.citing(&doc).await? {
                    if seen.insert(citing.clone()) {
                        lineage.cited_by.push(Citing { symbol: citing.clone(), depth, via: doc.clone() });
                        next.push(citing);
                    }
                }
            }
            frontier = next;
        }
        // The agenda item across sessions: documents whose item has one of this one's titles.
        let rows = with_pool!(self, |pool| {
            sqlx::query(
                "SELECT DISTINCT d.session, a.number, d.symbol FROM document_agenda_items a JOIN \
                    documents d ON d.symbol = a.symbol WHERE a.title IN (SELECT title FROM \
                    document_agenda_items WHERE symbol = $1 AND title IS NOT NULL) ORDER BY \
                    d.session, a.number, d.symbol",
            )
            .bind(symbol)
            .fetch_all(pool)
            .await?
            .iter()
            .map(|r| Ok((r.try_get::<Option<i64>, _>(0)?, r.try_get::<String, _>(1)?, r.try_get::<String, _>(2)?)))
            .collect::<Result<Vec<_>, sqlx::Error>>()?
        });
        for (session, number, doc) in rows {
            match lineage.agenda_history.last_mut() {
                Some(last) if last.session == session && last.number == number => last.symbols.push(doc),
                _ => lineage.agenda_history.push(AgendaSession { session, number, symbols: vec![doc] }),
            }
        }
        Ok(Some(lineage))
    }
}
