//! Full-text search over every paragraph of the record, in the six languages. Analysis is
//! comity-search's, for indexing and for queries alike; each engine only matches the terms
//! (FTS5 on SQLite, a GIN-indexed tsvector on PostgreSQL); ranking (BM25, newest first among
//! equals) is computed here from the stored terms, so both engines agree exactly.

use comity_i18n::Lang;
use serde::Serialize;
use sqlx::Row;

use crate::{Result, Store, with_pool};

/// How many matches per language are counted for the total and the facets: counting every one
/// of a hundred thousand matches of a common word would cost more than the search itself.
pub const COUNT_CAP: usize = 1000;

/// What to look for.
#[derive(Debug, Clone)]
pub struct SearchQuery<'a> {
    pub text: &'a str,
    /// Only paragraphs in this language; otherwise the languages the query's script allows.
    pub lang: Option<Lang>,
    pub kind: Option<&'a str>,
    pub session: Option<i64>,
    pub limit: usize,
    /// Newest session first instead of most relevant first.
    pub newest_first: bool,
}

/// How many matches per language are ranked by relevance: the newest this many (all of them
/// for all but common words). Reading each one's terms is what ranking costs.
pub const RANKED: usize = 300;

/// A run of a snippet, and whether it is a word the query matched.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Fragment {
    pub text: String,
    pub hit: bool,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SearchHit {
    pub symbol: String,
    pub lang: String,
    pub place: String,
    pub kind: String,
    pub session: Option<i64>,
    pub text: String,
    /// Around the first matched word, with matched words marked.
    pub snippet: Vec<Fragment>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Facet {
    pub value: String,
    pub count: usize,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Facets {
    pub kind: Vec<Facet>,
    pub session: Vec<Facet>,
    pub language: Vec<Facet>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SearchResults {
    pub query: String,
    /// The languages searched.
    pub languages: Vec<String>,
    /// Matching paragraphs, counted up to [`COUNT_CAP`] per language (hits holds the first
    /// `limit`); the facets count the same paragraphs.
    pub total: usize,
    /// More paragraphs match than were counted.
    pub total_is_lower_bound: bool,
    pub hits: Vec<SearchHit>,
    pub facets: Facets,
}

/// What ranking needs of the whole index, as a node last read it.
pub(crate) struct Statistics {
    read: std::time::Instant,
    bm25: comity_search::Bm25,
    /// Paragraphs holding each term (counted up to the cap), as read since.
    term_counts: std::collections::HashMap<String, i64>,
}

/// A document's title in one language, for the search over everything public.
#[derive(Debug, Clone)]
pub struct DocumentTitle {
    pub symbol: String,
    pub lang: String,
    pub title: String,
    pub session: Option<i64>,
}

/// Around the first word of `text` whose term is one of `terms` (as [`comity_search::tokens`]
/// gives them), with matched words marked; the text's start when none matches.
pub fn snippet(lang: Lang, text: &str, terms: &[String]) -> Vec<Fragment> {
    let tokens = comity_search::tokens(lang, text, false);
    let hits: Vec<&comity_search::Token> = tokens.iter().filter(|t| terms.contains(&t.term)).collect();
    let Some(first) = hits.first() else {
        return vec![Fragment { text: text.chars().take(160).collect(), hit: false }];
    };
    // About 80 characters either side of the first hit, on character boundaries.
    let mut start = text[..first.start].char_indices().rev().nth(80).map(|(i, _)| i).unwrap_or(0);
    // Begin at a word (Chinese has no spaces; any character will do there).
    if let Some(space) = text[start..first.start].find(' ').filter(|_| start > 0 && lang != Lang::Zh) {
        start += space + 1;
    }
    let end = text[first.end..].char_indices().nth(160).map(|(i, _)| first.end + i).unwrap_or(text.len());
    let mut out = Vec::new();
    let mut pos = start;
    let mut push = |text: &str, hit: bool| {
        if !text.is_empty() {
            out.push(Fragment { text: text.to_string(), hit });
        }
    };
    if start > 0 {
        push("…", false);
    }
    // Chinese index tokens overlap (compounds and their parts): keep the first of overlapping hits.
    for h in hits.iter().filter(|h| h.start >= start && h.end <= end) {
        if h.start < pos {
            continue;
        }
        push(&text[pos..h.start], false);
        push(&text[h.start..h.end], true);
        pos = h.end;
    }
    push(&text[pos..end], false);
    if end < text.len() {
        push("…", false);
    }
    out
}

/// A paragraph of the page of hits: symbol, language, place, kind, session, text, order key.
type HitRow = (String, String, String, String, Option<i64>, String, i64);

/// The order key's fields (see `documents::order_key`): what the facets need is in the key
/// itself, but for the kind, so counting reads the index alone.
fn key_session(key: i64) -> Option<i64> {
    let session = 1000 - (key >> 43);
    (session > 0).then_some(session)
}

fn key_seq(key: i64) -> i64 {
    (key >> 15) & ((1 << 28) - 1)
}

fn key_lang(key: i64) -> Lang {
    Lang::ALL[(((key >> 12) & 7) as usize).min(Lang::ALL.len() - 1)]
}

/// The range of order keys of one session (keys are ordered by session first).
fn session_keys(session: i64) -> (i64, i64) {
    let s = session.clamp(0, 999);
    ((1000 - s) << 43, (1001 - s) << 43)
}

/// `$from, $from+1, ...` for `n` values bound in a list.
fn placeholders(from: usize, n: usize) -> String {
    (from..from + n).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ")
}

impl Store {
    /// Searches every paragraph of the record. Per language searched, one query reads the
    /// order keys of at most [`COUNT_CAP`] + 1 matches from the index, in order (newest session
    /// first), which needs no sorting; the first [`RANKED`] are ranked by BM25 from their stored
    /// terms (so a very common query ranks its newest matches: recency bounds what relevance
    /// orders);
    /// the session and language facets come from the keys themselves, the kind facet from one
    /// lookup of the few documents involved, and only the first `limit` paragraphs are read.
    pub async fn search(&self, q: &SearchQuery<'_>) -> Result<SearchResults> {
        let languages = q.lang.map(|l| vec![l]).unwrap_or_else(|| comity_search::query_languages(q.text));
        let (low, high) = q.session.map(session_keys).unwrap_or((i64::MIN, i64::MAX));
        let mut keys: Vec<i64> = Vec::new();
        let mut terms_by_lang: Vec<(Lang, Vec<String>)> = Vec::new();
        let mut searched = Vec::new();
        let mut capped = false;
        let mut scored: Vec<(f64, i64)> = Vec::new();
        for lang in &languages {
            let terms = comity_search::query_terms(*lang, q.text);
            if terms.is_empty() {
                continue;
            }
            searched.push(lang.code().to_string());
            // Terms carry their language (comity_search::indexed), so a match is in `lang`.
            let sql = match self.engine() {
                crate::Engine::Sqlite => {
                    "SELECT s.rowid FROM paragraph_search s WHERE paragraph_search MATCH $1 AND \
                        s.rowid >= $2 AND s.rowid < $3 AND ($4 IS NULL OR EXISTS (SELECT 1 FROM \
                        documents d WHERE d.seq = ((s.rowid >> 15) & 268435455) AND d.kind = $4)) ORDER \
                        BY s.rowid LIMIT $5"
                }
                crate::Engine::Postgres => {
                    "SELECT s.order_key FROM paragraph_search s WHERE s.tsv @@ $1::tsquery AND \
                        s.order_key >= $2 AND s.order_key < $3 AND ($4::text IS NULL OR EXISTS (SELECT \
                        1 FROM documents d WHERE d.seq = ((s.order_key >> 15) & 268435455) AND d.kind = \
                        $4)) ORDER BY s.order_key LIMIT $5"
                }
            };
            let indexed: Vec<String> = terms.iter().map(|t| comity_search::indexed(*lang, t)).collect();
            let expr = self.match_expression(&indexed);
            let found: Vec<i64> = with_pool!(self, |pool| {
                sqlx::query_scalar(sql)
                    .bind(&expr)
                    .bind(low)
                    .bind(high)
                    .bind(q.kind)
                    .bind(COUNT_CAP as i64 + 1)
                    .fetch_all(pool)
                    .await?
            });
            // One more than the cap is kept, so the total says "more than 1,000".
            capped |= found.len() > COUNT_CAP;
            if !q.newest_first {
                let (bm25, weights) = self.term_weights(&indexed, found.len()).await?;
                let window = &found[..found.len().min(RANKED)];
                scored.extend(self.stored_terms(window).await?.iter().map(|(key, t)| (bm25.score(t, &weights), *key)));
            }
            keys.extend(found);
            terms_by_lang.push((*lang, terms));
        }
        // Languages searched separately are merged: by score (the same scale for all, as the
        // collection statistics are shared), newest first among equals, or newest first alone.
        keys.sort_unstable();
        let ranked: Vec<i64> = if q.newest_first {
            keys.clone()
        } else {
            scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
            scored.iter().map(|(_, key)| *key).collect()
        };

        let mut seqs: Vec<i64> = keys.iter().map(|k| key_seq(*k)).collect();
        seqs.sort_unstable();
        seqs.dedup();
        let page: Vec<i64> = ranked.iter().take(q.limit).copied().collect();
        let (kinds, rows) = with_pool!(self, |pool| {
            let mut kinds: std::collections::HashMap<i64, String> = std::collections::HashMap::new();
            // Bound in chunks: SQLite allows 32,766 parameters, but smaller statements plan faster.
            for chunk in seqs.chunks(500) {
                let sql = format!("SELECT seq, kind FROM documents WHERE seq IN ({})", placeholders(1, chunk.len()));
                let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
                for seq in chunk {
                    query = query.bind(seq);
                }
                for row in query.fetch_all(pool).await? {
                    kinds.insert(row.try_get(0)?, row.try_get(1)?);
                }
            }
            let mut rows: Vec<HitRow> = Vec::new();
            if !page.is_empty() {
                let sql = format!(
                    "SELECT p.symbol, p.lang, p.place, d.kind, d.session, p.text, p.order_key FROM \
                        document_paragraphs p JOIN documents d ON d.symbol = p.symbol WHERE p.order_key \
                        IN ({})",
                    placeholders(1, page.len())
                );
                let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
                for key in &page {
                    query = query.bind(key);
                }
                for r in query.fetch_all(pool).await? {
                    rows.push((
                        r.try_get(0)?,
                        r.try_get(1)?,
                        r.try_get(2)?,
                        r.try_get(3)?,
                        r.try_get(4)?,
                        r.try_get(5)?,
                        r.try_get(6)?,
                    ));
                }
            }
            (kinds, rows)
        });

        let mut kind_counts: Vec<Facet> = Vec::new();
        let mut session_counts: Vec<Facet> = Vec::new();
        let mut language_counts: Vec<Facet> = Vec::new();
        let bump = |counts: &mut Vec<Facet>, value: String| match counts.iter_mut().find(|f| f.value == value) {
            Some(f) => f.count += 1,
            None => counts.push(Facet { value, count: 1 }),
        };
        for key in &keys {
            if let Some(kind) = kinds.get(&key_seq(*key)) {
                bump(&mut kind_counts, kind.clone());
            }
            if let Some(session) = key_session(*key) {
                bump(&mut session_counts, session.to_string());
            }
            bump(&mut language_counts, key_lang(*key).code().to_string());
        }
        for counts in [&mut kind_counts, &mut session_counts, &mut language_counts] {
            counts.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
        }

        let mut rows = rows;
        rows.sort_by_key(|r| page.iter().position(|k| *k == r.6));
        let hits = rows
            .into_iter()
            .map(|(symbol, lang, place, kind, session, text, _)| {
                let l = lang.parse::<Lang>().unwrap_or(Lang::En);
                let terms = terms_by_lang.iter().find(|(t, _)| *t == l).map(|(_, t)| t.as_slice()).unwrap_or(&[]);
                SearchHit { snippet: snippet(l, &text, terms), symbol, lang, place, kind, session, text }
            })
            .collect();
        Ok(SearchResults {
            query: q.text.to_string(),
            languages: searched,
            total: keys.len(),
            total_is_lower_bound: capped,
            hits,
            facets: Facets { kind: kind_counts, session: session_counts, language: language_counts },
        })
    }

    /// The engine's match expression for indexed terms, all of them required.
    fn match_expression(&self, indexed: &[String]) -> String {
        match self.engine() {
            crate::Engine::Sqlite => {
                indexed.iter().map(|t| format!("\"{}\"", t.replace('"', "\"\""))).collect::<Vec<_>>().join(" ")
            }
            crate::Engine::Postgres => indexed
                .iter()
                .map(|t| format!("'{}'", t.replace('\\', "\\\\").replace('\'', "''")))
                .collect::<Vec<_>>()
                .join(" & "),
        }
    }

    /// The stored terms of the index rows with these keys.
    async fn stored_terms(&self, keys: &[i64]) -> Result<Vec<(i64, String)>> {
        let column = match self.engine() {
            crate::Engine::Sqlite => "rowid",
            crate::Engine::Postgres => "order_key",
        };
        let mut out = Vec::with_capacity(keys.len());
        for chunk in keys.chunks(500) {
            let sql = format!(
                "SELECT {column}, terms FROM paragraph_search WHERE {column} IN ({})",
                placeholders(1, chunk.len())
            );
            let rows: Vec<(i64, String)> = with_pool!(self, |pool| {
                let mut query = sqlx::query_as(sqlx::AssertSqlSafe(sql));
                for key in chunk {
                    query = query.bind(key);
                }
                query.fetch_all(pool).await?
            });
            out.extend(rows);
        }
        Ok(out)
    }

    /// BM25 weights of a query's indexed terms, with the collection statistics. One term's
    /// weight is a constant factor (the matches already counted give it); with several, each
    /// term's paragraphs are counted from the index up to [`COUNT_CAP`] + 1: rarer terms than
    /// that get their exact weight, commoner ones the same small weight.
    async fn term_weights(
        &self,
        indexed: &[String],
        matches: usize,
    ) -> Result<(comity_search::Bm25, Vec<(String, f64)>)> {
        let bm25 = self.collection_statistics().await?;
        if let [only] = indexed {
            return Ok((bm25, vec![(only.clone(), bm25.idf(matches as f64))]));
        }
        let sql = match self.engine() {
            crate::Engine::Sqlite => {
                "SELECT COUNT(*) FROM (SELECT rowid FROM paragraph_search WHERE paragraph_search MATCH $1 LIMIT $2)"
            }
            crate::Engine::Postgres => {
                "SELECT COUNT(*) FROM (SELECT 1 FROM paragraph_search WHERE tsv @@ $1::tsquery LIMIT $2) m"
            }
        };
        let mut weights = Vec::new();
        for term in indexed {
            let kept = self.statistics().as_ref().and_then(|s| s.term_counts.get(term).copied());
            let count = match kept {
                Some(count) => count,
                None => {
                    let expr = self.match_expression(std::slice::from_ref(term));
                    let count: i64 = with_pool!(self, |pool| {
                        sqlx::query_scalar(sql).bind(&expr).bind(COUNT_CAP as i64 + 1).fetch_one(pool).await?
                    });
                    if let Some(s) = self.statistics().as_mut() {
                        // Bounded: a flood of distinct words starts the list again.
                        if s.term_counts.len() >= 10_000 {
                            s.term_counts.clear();
                        }
                        s.term_counts.insert(term.clone(), count);
                    }
                    count
                }
            };
            weights.push((term.clone(), bm25.idf(count as f64)));
        }
        Ok((bm25, weights))
    }

    /// How many paragraphs the index holds and their mean length in terms (from the newest
    /// 10,000), and each term's count once read: kept at most ten minutes, as they move slowly
    /// and ranking barely depends on them (a node with older figures ranks the same).
    async fn collection_statistics(&self) -> Result<comity_search::Bm25> {
        const FRESH: std::time::Duration = std::time::Duration::from_secs(600);
        if let Some(s) = self.statistics().as_ref().filter(|s| s.read.elapsed() < FRESH) {
            return Ok(s.bm25);
        }
        let (paragraphs, mean): (i64, Option<f64>) = with_pool!(self, |pool| {
            let paragraphs = sqlx::query_scalar("SELECT COUNT(*) FROM document_paragraphs").fetch_one(pool).await?;
            // In key order, so that both engines read the same sample.
            let sample = match self.engine() {
                crate::Engine::Sqlite => "SELECT terms FROM paragraph_search ORDER BY rowid LIMIT 10000",
                crate::Engine::Postgres => "SELECT terms FROM paragraph_search ORDER BY order_key LIMIT 10000",
            };
            let sql = format!(
                "SELECT CAST(AVG(LENGTH(terms) - LENGTH(REPLACE(terms, ' ', '')) + 1) AS DOUBLE PRECISION) FROM \
                    ({sample}) sample"
            );
            let mean = sqlx::query_scalar(sqlx::AssertSqlSafe(sql)).fetch_one(pool).await?;
            (paragraphs, mean)
        });
        let stats = comity_search::Bm25 { paragraphs: paragraphs.max(1) as f64, mean_length: mean.unwrap_or(1.0) };
        *self.statistics() =
            Some(Statistics { read: std::time::Instant::now(), bm25: stats, term_counts: Default::default() });
        Ok(stats)
    }

    fn statistics(&self) -> std::sync::MutexGuard<'_, Option<Statistics>> {
        self.search_statistics.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Every document title the record holds, newest session first.
    pub async fn document_titles(&self) -> Result<Vec<DocumentTitle>> {
        let rows: Vec<(String, String, String, Option<i64>)> = with_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT v.symbol, v.lang, v.title, d.session FROM document_versions v JOIN documents d ON \
                    d.symbol = v.symbol WHERE v.title IS NOT NULL ORDER BY d.session DESC, v.symbol, v.lang",
            )
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(|(symbol, lang, title, session)| DocumentTitle { symbol, lang, title, session })
            .collect())
    }

    /// What the record's documents are, in one short string: it changes whenever a language
    /// version is stored, replaced or removed (for what is built from the titles). As this
    /// process last read it, within [`crate::FINGERPRINT_TTL`] (see `fingerprints`).
    pub async fn record_fingerprint(&self) -> Result<String> {
        self.remembered("record".into(), || self.read_record_fingerprint()).await
    }

    async fn read_record_fingerprint(&self) -> Result<String> {
        let (count, latest): (i64, Option<String>) = with_pool!(self, |pool| {
            sqlx::query_as("SELECT COUNT(*), MAX(ingested_at) FROM document_versions").fetch_one(pool).await?
        });
        Ok(format!("{count}|{}", latest.unwrap_or_default()))
    }

    /// Rebuilds the search index from the stored paragraphs (after a restore, or when the
    /// analysis changes).
    pub async fn reindex_search(&self) -> Result<usize> {
        with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            sqlx::query("DELETE FROM paragraph_search").execute(&mut *tx).await?;
            let rows: Vec<(String, String, String, String, i64)> =
                sqlx::query("SELECT symbol, lang, place, text, order_key FROM document_paragraphs")
                    .fetch_all(&mut *tx)
                    .await?
                    .iter()
                    .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?, r.try_get(3)?, r.try_get(4)?)))
                    .collect::<Result<_, sqlx::Error>>()?;
            for (symbol, lang, place, text, key) in &rows {
                let l = lang.parse::<Lang>().unwrap_or(Lang::En);
                sqlx::query(self.search_index_sql().insert)
                    .bind(comity_search::index_terms(l, text))
                    .bind(symbol)
                    .bind(lang)
                    .bind(place)
                    .bind(key)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            Ok(rows.len())
        })
    }

    /// Rebuilds the search index when it was built with another analysis than this release's
    /// (`comity_search::ANALYSIS`: how words are cut and stemmed); the paragraphs reindexed, or
    /// None when the index is current. Run by `comity db migrate`.
    pub async fn refresh_search_analysis(&self) -> Result<Option<usize>> {
        let stored: Option<String> = with_pool!(self, |pool| {
            sqlx::query("SELECT value FROM reference_meta WHERE key = 'search_analysis'")
                .fetch_optional(pool)
                .await?
                .map(|r| r.try_get(0))
                .transpose()?
        });
        if stored.as_deref() == Some(comity_search::ANALYSIS) {
            return Ok(None);
        }
        let reindexed = self.reindex_search().await?;
        with_pool!(self, |pool| {
            sqlx::query(
                "INSERT INTO reference_meta (key, value) VALUES ('search_analysis', $1) ON CONFLICT (key) \
                DO UPDATE SET value = excluded.value",
            )
            .bind(comity_search::ANALYSIS)
            .execute(pool)
            .await?;
        });
        Ok(Some(reindexed))
    }
}
