//! Full-text search over every paragraph of the record, in the six languages. Analysis is
//! comity-search's, for indexing and for queries alike; each engine only matches the terms
//! (FTS5 on SQLite, a GIN-indexed tsvector on PostgreSQL), and results are ordered the same
//! way on both (newest session first, then symbol, then paragraph), so they agree exactly.

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
}

/// A run of a snippet, and whether it is a word the query matched.
#[derive(Debug, Clone, Serialize)]
pub struct Fragment {
    pub text: String,
    pub hit: bool,
}

#[derive(Debug, Clone, Serialize)]
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
pub struct Facet {
    pub value: String,
    pub count: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Facets {
    pub kind: Vec<Facet>,
    pub session: Vec<Facet>,
    pub language: Vec<Facet>,
}

#[derive(Debug, Clone, Serialize)]
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

fn snippet(lang: Lang, text: &str, terms: &[String]) -> Vec<Fragment> {
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

/// How many paragraphs matched, for one language, kind and session.
struct Group {
    lang: String,
    kind: String,
    session: Option<i64>,
    count: usize,
}

/// A paragraph that matched, before the page of hits is cut out.
struct Match {
    symbol: String,
    lang: String,
    place: String,
    kind: String,
    session: Option<i64>,
    text: String,
    order_key: i64,
    terms: Vec<String>,
}

impl Store {
    /// Searches every paragraph of the record. Per language searched: one query for the first
    /// `limit` hits, one for the counts over at most [`COUNT_CAP`] matches; both read the index
    /// in order_key order (newest session first), which needs no sorting of the matches.
    pub async fn search(&self, q: &SearchQuery<'_>) -> Result<SearchResults> {
        let (from, key) = match self.engine() {
            crate::Engine::Sqlite => (
                "FROM paragraph_search s JOIN document_paragraphs p ON p.order_key = s.rowid JOIN documents d ON d.symbol = p.symbol",
                "s.rowid",
            ),
            crate::Engine::Postgres => (
                "FROM paragraph_search s JOIN document_paragraphs p ON p.order_key = s.order_key JOIN documents d ON d.symbol = p.symbol",
                "s.order_key",
            ),
        };
        let languages = q.lang.map(|l| vec![l]).unwrap_or_else(|| comity_search::query_languages(q.text));
        let mut matches: Vec<Match> = Vec::new();
        let mut groups: Vec<Group> = Vec::new();
        let mut searched = Vec::new();
        let mut capped = false;
        let limit = q.limit as i64;
        for lang in &languages {
            let terms = comity_search::query_terms(*lang, q.text);
            if terms.is_empty() {
                continue;
            }
            searched.push(lang.code().to_string());
            let (condition, expr) = match self.engine() {
                crate::Engine::Sqlite => (
                    "paragraph_search MATCH $1 AND s.lang = $2 AND ($3 IS NULL OR d.kind = $3) AND ($4 IS NULL OR d.session = $4)",
                    terms
                        .iter()
                        .map(|t| format!("\"{}\"", comity_search::indexed(*lang, t).replace('"', "\"\"")))
                        .collect::<Vec<_>>()
                        .join(" "),
                ),
                crate::Engine::Postgres => (
                    "s.tsv @@ $1::tsquery AND s.lang = $2 AND ($3::text IS NULL OR d.kind = $3) AND ($4::bigint IS NULL OR d.session = $4)",
                    terms
                        .iter()
                        .map(|t| {
                            format!("'{}'", comity_search::indexed(*lang, t).replace('\\', "\\\\").replace('\'', "''"))
                        })
                        .collect::<Vec<_>>()
                        .join(" & "),
                ),
            };
            let hits_sql = format!(
                "SELECT p.symbol, p.place, d.kind, d.session, p.text, p.order_key {from} WHERE {condition} ORDER BY {key} LIMIT $5"
            );
            let groups_sql = format!(
                "SELECT kind, session, count(*) FROM (SELECT d.kind AS kind, d.session AS session {from} WHERE {condition} ORDER BY {key} LIMIT $5) AS capped GROUP BY kind, session"
            );
            let (rows, grouped) = with_pool!(self, pool => {
                let rows = sqlx::query(sqlx::AssertSqlSafe(hits_sql))
                    .bind(&expr)
                    .bind(lang.code())
                    .bind(q.kind)
                    .bind(q.session)
                    .bind(limit)
                    .fetch_all(pool)
                    .await?
                    .iter()
                    .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?, r.try_get(3)?, r.try_get(4)?, r.try_get(5)?)))
                    .collect::<Result<Vec<(String, String, String, Option<i64>, String, i64)>, sqlx::Error>>()?;
                let grouped = sqlx::query(sqlx::AssertSqlSafe(groups_sql))
                    .bind(&expr)
                    .bind(lang.code())
                    .bind(q.kind)
                    .bind(q.session)
                    .bind(COUNT_CAP as i64 + 1)
                    .fetch_all(pool)
                    .await?
                    .iter()
                    .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?)))
                    .collect::<Result<Vec<(String, Option<i64>, i64)>, sqlx::Error>>()?;
                (rows, grouped)
            });
            if grouped.iter().map(|g| g.2).sum::<i64>() > COUNT_CAP as i64 {
                capped = true;
            }
            groups.extend(grouped.into_iter().map(|(kind, session, count)| Group {
                lang: lang.code().to_string(),
                kind,
                session,
                count: count as usize,
            }));
            matches.extend(rows.into_iter().map(|(symbol, place, kind, session, text, order_key)| Match {
                symbol,
                lang: lang.code().to_string(),
                place,
                kind,
                session,
                text,
                order_key,
                terms: terms.clone(),
            }));
        }
        // Languages searched separately are merged in the same order the index gave each.
        matches.sort_by_key(|m| m.order_key);
        let count = |key: &dyn Fn(&Group) -> Option<String>| {
            let mut counts: Vec<Facet> = Vec::new();
            for g in &groups {
                let Some(value) = key(g) else { continue };
                match counts.iter_mut().find(|f| f.value == value) {
                    Some(f) => f.count += g.count,
                    None => counts.push(Facet { value, count: g.count }),
                }
            }
            counts.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
            counts
        };
        let facets = Facets {
            kind: count(&|g| Some(g.kind.clone())),
            session: count(&|g| g.session.map(|s| s.to_string())),
            language: count(&|g| Some(g.lang.clone())),
        };
        let total = groups.iter().map(|g| g.count).sum();
        let hits = matches
            .into_iter()
            .take(q.limit)
            .map(|m| {
                let l = m.lang.parse::<Lang>().unwrap_or(Lang::En);
                let snippet = snippet(l, &m.text, &m.terms);
                SearchHit {
                    snippet,
                    symbol: m.symbol,
                    lang: m.lang,
                    place: m.place,
                    kind: m.kind,
                    session: m.session,
                    text: m.text,
                }
            })
            .collect();
        Ok(SearchResults {
            query: q.text.to_string(),
            languages: searched,
            total,
            total_is_lower_bound: capped,
            hits,
            facets,
        })
    }

    /// Rebuilds the search index from the stored paragraphs (after a restore, or when the
    /// analysis changes).
    pub async fn reindex_search(&self) -> Result<usize> {
        with_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query("DELETE FROM paragraph_search").execute(&mut *tx).await?;
            let rows: Vec<(String, String, String, String, i64)> = sqlx::query("SELECT symbol, lang, place, text, order_key FROM document_paragraphs")
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
}
