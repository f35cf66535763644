//! Full-text search over every paragraph of the record, in the six languages. Analysis is
//! comity-search's, for indexing and for queries alike; each engine only matches the terms
//! (FTS5 on SQLite, a GIN-indexed tsvector on PostgreSQL), and results are ordered the same
//! way on both (newest session first, then symbol, then paragraph), so they agree exactly.

use comity_i18n::Lang;
use serde::Serialize;
use sqlx::Row;

use crate::{Result, Store, with_pool};

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
    /// All matching paragraphs (hits holds the first `limit`).
    pub total: usize,
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
    position: i64,
    terms: Vec<String>,
}

impl Store {
    /// Searches every paragraph of the record. Per language searched: one query for the first
    /// `limit` hits in order, one grouped query for the total and the facets; both use the index.
    pub async fn search(&self, q: &SearchQuery<'_>) -> Result<SearchResults> {
        const FROM: &str = "FROM paragraph_search s
             JOIN documents d ON d.symbol = s.symbol
             JOIN document_paragraphs p ON p.symbol = s.symbol AND p.lang = s.lang AND p.place = s.place";
        let languages = q.lang.map(|l| vec![l]).unwrap_or_else(|| comity_search::query_languages(q.text));
        let mut matches: Vec<Match> = Vec::new();
        let mut groups: Vec<Group> = Vec::new();
        let mut searched = Vec::new();
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
                    terms.iter().map(|t| format!("\"{}\"", t.replace('"', "\"\""))).collect::<Vec<_>>().join(" "),
                ),
                crate::Engine::Postgres => (
                    "s.tsv @@ $1::tsquery AND s.lang = $2 AND ($3::text IS NULL OR d.kind = $3) AND ($4::bigint IS NULL OR d.session = $4)",
                    terms
                        .iter()
                        .map(|t| format!("'{}'", t.replace('\\', "\\\\").replace('\'', "''")))
                        .collect::<Vec<_>>()
                        .join(" & "),
                ),
            };
            let hits_sql = format!(
                "SELECT s.symbol, s.place, d.kind, d.session, p.text, p.position {FROM} WHERE {condition}
                 ORDER BY d.session DESC, s.symbol, p.position LIMIT $5"
            );
            let groups_sql =
                format!("SELECT d.kind, d.session, count(*) {FROM} WHERE {condition} GROUP BY d.kind, d.session");
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
                    .fetch_all(pool)
                    .await?
                    .iter()
                    .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?)))
                    .collect::<Result<Vec<(String, Option<i64>, i64)>, sqlx::Error>>()?;
                (rows, grouped)
            });
            groups.extend(grouped.into_iter().map(|(kind, session, count)| Group {
                lang: lang.code().to_string(),
                kind,
                session,
                count: count as usize,
            }));
            matches.extend(rows.into_iter().map(|(symbol, place, kind, session, text, position)| Match {
                symbol,
                lang: lang.code().to_string(),
                place,
                kind,
                session,
                text,
                position,
                terms: terms.clone(),
            }));
        }
        // Newest session first, then by symbol and paragraph: the same order on both engines.
        matches.sort_by(|a, b| {
            b.session
                .cmp(&a.session)
                .then_with(|| a.symbol.cmp(&b.symbol))
                .then_with(|| a.lang.cmp(&b.lang))
                .then_with(|| a.position.cmp(&b.position))
        });
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
        Ok(SearchResults { query: q.text.to_string(), languages: searched, total, hits, facets })
    }

    /// Rebuilds the search index from the stored paragraphs (after a restore, or when the
    /// analysis changes).
    pub async fn reindex_search(&self) -> Result<usize> {
        with_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query("DELETE FROM paragraph_search").execute(&mut *tx).await?;
            let rows: Vec<(String, String, String, String)> = sqlx::query("SELECT symbol, lang, place, text FROM document_paragraphs")
                .fetch_all(&mut *tx)
                .await?
                .iter()
                .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?, r.try_get(3)?)))
                .collect::<Result<_, sqlx::Error>>()?;
            for (symbol, lang, place, text) in &rows {
                let l = lang.parse::<Lang>().unwrap_or(Lang::En);
                sqlx::query(self.search_index_sql().insert)
                    .bind(comity_search::index_terms(l, text))
                    .bind(symbol)
                    .bind(lang)
                    .bind(place)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            Ok(rows.len())
        })
    }
}
