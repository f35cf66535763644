//! The search over what is public beside the record's paragraphs: the framework (titles and
//! official text), document titles and published replies, each kind ranked by BM25 and linked
//! to its page. Built from the store on first use and again whenever what it is made of
//! changes; every search reads the fingerprints, so every node of a deployment stays right.

use std::sync::{Arc, Mutex};

use comity_i18n::Lang;
use comity_search::Bm25;
use comity_store::Fragment;

use crate::AppState;

/// What a found thing is, and what its link needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Target {
    Element(String),
    Document(String),
    /// A published reply: the cycle and the State.
    Reply(String, String),
}

impl Target {
    fn kind(&self) -> usize {
        match self {
            Target::Element(_) => 0,
            Target::Document(_) => 1,
            Target::Reply(..) => 2,
        }
    }
}

/// The kinds, in the order the page shows them.
pub(crate) const KINDS: usize = 3;

struct Entry {
    target: Target,
    lang: Lang,
    text: String,
    /// As the index stores terms (comity_search::index_terms), for scoring.
    terms: String,
    /// The same, sorted and without repeats, for matching.
    distinct: Vec<String>,
}

/// Everything searchable here, with the fingerprint of what it was built from.
pub(crate) struct PublicIndex {
    fingerprint: String,
    entries: Vec<Entry>,
    /// Per kind: how many entries and their mean length.
    statistics: [Bm25; KINDS],
}

/// One thing found, with its words marked.
pub(crate) struct Found {
    pub target: Target,
    pub lang: Lang,
    pub snippet: Vec<Fragment>,
}

/// What one kind found: the best few, and how many in all.
pub(crate) struct Group {
    pub found: Vec<Found>,
    pub total: usize,
}

/// The index as last built, shared by the requests of one node.
#[derive(Default)]
pub struct PublicIndexCache(Mutex<Option<Arc<PublicIndex>>>);

impl PublicIndex {
    fn new(fingerprint: String, items: Vec<(Target, Lang, String)>) -> PublicIndex {
        let entries: Vec<Entry> = items
            .into_iter()
            .filter(|(_, _, text)| !text.trim().is_empty())
            .map(|(target, lang, text)| {
                let terms = comity_search::index_terms(lang, &text);
                let mut distinct: Vec<String> = terms.split(' ').map(str::to_string).collect();
                distinct.sort_unstable();
                distinct.dedup();
                Entry { target, lang, text, terms, distinct }
            })
            .collect();
        let statistics = std::array::from_fn(|kind| {
            let of_kind: Vec<&Entry> = entries.iter().filter(|e| e.target.kind() == kind).collect();
            let length: usize = of_kind.iter().map(|e| e.terms.split(' ').count()).sum();
            Bm25 { paragraphs: of_kind.len().max(1) as f64, mean_length: length as f64 / of_kind.len().max(1) as f64 }
        });
        PublicIndex { fingerprint, entries, statistics }
    }

    /// The things holding every word of the query (in one of the languages its script allows,
    /// or in `only`), per kind: the best `shown` by relevance, the first built (newest) among
    /// equals, one per target.
    pub(crate) fn search(&self, query: &str, only: Option<Lang>, shown: usize) -> [Group; KINDS] {
        let languages = only.map(|l| vec![l]).unwrap_or_else(|| comity_search::query_languages(query));
        let mut scored: [Vec<(f64, usize, Vec<String>)>; KINDS] = Default::default();
        for lang in languages {
            let terms = comity_search::query_terms(lang, query);
            if terms.is_empty() {
                continue;
            }
            let indexed: Vec<String> = terms.iter().map(|t| comity_search::indexed(lang, t)).collect();
            let holds = |e: &Entry, t: &String| e.distinct.binary_search(t).is_ok();
            let in_lang: Vec<(usize, &Entry)> =
                self.entries.iter().enumerate().filter(|(_, e)| e.lang == lang).collect();
            for (kind, found) in scored.iter_mut().enumerate() {
                let of_kind: Vec<&(usize, &Entry)> = in_lang.iter().filter(|(_, e)| e.target.kind() == kind).collect();
                let matching: Vec<&(usize, &Entry)> =
                    of_kind.iter().copied().filter(|(_, e)| indexed.iter().all(|t| holds(e, t))).collect();
                if matching.is_empty() {
                    continue;
                }
                let stats = self.statistics[kind];
                let weights: Vec<(String, f64)> = indexed
                    .iter()
                    .map(|t| (t.clone(), stats.idf(of_kind.iter().filter(|(_, e)| holds(e, t)).count() as f64)))
                    .collect();
                found.extend(matching.iter().map(|(i, e)| (stats.score(&e.terms, &weights), *i, terms.clone())));
            }
        }
        scored.map(|mut found| {
            found.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
            let mut seen: Vec<&Target> = Vec::new();
            let mut best = Vec::new();
            for (_, i, terms) in &found {
                let entry = &self.entries[*i];
                if seen.contains(&&entry.target) {
                    continue;
                }
                seen.push(&entry.target);
                best.push((entry, terms));
            }
            let total = best.len();
            let found = best
                .into_iter()
                .take(shown)
                .map(|(e, terms)| Found {
                    target: e.target.clone(),
                    lang: e.lang,
                    snippet: comity_store::snippet(e.lang, &e.text, terms),
                })
                .collect();
            Group { found, total }
        })
    }
}

/// The index for what the store holds now: the one kept when its fingerprint still matches,
/// otherwise built again.
pub(crate) async fn current(app: &AppState) -> Result<Arc<PublicIndex>, comity_store::StoreError> {
    let fingerprint =
        format!("{}|{}", app.store.record_fingerprint().await?, app.store.publication_fingerprint(None).await?);
    let kept = app.public_index.0.lock().unwrap_or_else(|p| p.into_inner()).clone();
    if let Some(index) = kept.filter(|i| i.fingerprint == fingerprint) {
        return Ok(index);
    }
    let mut items: Vec<(Target, Lang, String)> = Vec::new();
    for element in &app.catalog.framework.elements {
        for (lang, title) in &element.titles {
            items.push((Target::Element(element.id.clone()), *lang, title.clone()));
        }
        // The official text, in every language the record holds it in.
        for r in &element.refs {
            for lang in Lang::ALL {
                if let Some(paragraphs) =
                    super::super::documents::version(app, &r.symbol, lang).await.and_then(|d| d.locate(&r.locator))
                {
                    let text = paragraphs.into_iter().map(|(_, text)| text).collect::<Vec<_>>().join("\n");
                    items.push((Target::Element(element.id.clone()), lang, text));
                }
            }
        }
    }
    for title in app.store.document_titles().await? {
        if let Ok(lang) = title.lang.parse::<Lang>() {
            items.push((Target::Document(title.symbol), lang, title.title));
        }
    }
    for reply in app.store.published_replies(None).await? {
        if let Ok(lang) = reply.original_lang.parse::<Lang>() {
            // What the State wrote: its answers, not the codes of the survey's choices.
            let text = reply
                .answers
                .iter()
                .filter(|(key, _)| !key.ends_with("/status") && !key.ends_with("/measures"))
                .map(|(_, text)| text.as_str())
                .collect::<Vec<_>>()
                .join("\n");
            items.push((Target::Reply(reply.cycle_id, reply.state), lang, text));
        }
    }
    // Analysis of every text is CPU work: off the request threads.
    let index = tokio::task::spawn_blocking(move || PublicIndex::new(fingerprint, items))
        .await
        .map(Arc::new)
        .map_err(|e| comity_store::StoreError::Damaged(format!("building the search index: {e}")))?;
    *app.public_index.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(index.clone());
    Ok(index)
}
