//! Resolving a written name to a State: exact match on a normalised form of every known name, and
//! the closest candidates when nothing matches.

use std::collections::HashMap;

use comity_i18n::Lang;
use serde::Serialize;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::{Alias, LoadError, State};

/// What a name matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Matched {
    Code,
    ShortName,
    FormalName,
    Alias,
}

/// A possible State for a name that matched none exactly.
#[derive(Debug, Clone, Serialize)]
pub struct Candidate<'a> {
    #[serde(skip)]
    pub state: &'a State,
    pub iso3: &'a str,
    /// The known name that came closest.
    pub name: String,
    /// 0 (identical) to 1 (nothing in common), on the normalised forms.
    pub distance: f32,
}

/// The outcome of resolving a name.
#[derive(Debug)]
pub enum Resolution<'a> {
    Found { state: &'a State, matched: Matched },
    NotFound { candidates: Vec<Candidate<'a>> },
}

struct Entry {
    state: usize,
    name: String,
    matched: Matched,
}

pub(crate) struct Resolver {
    exact: HashMap<String, usize>,
    entries: Vec<(String, Entry)>,
}

const LEADING_ARTICLES: [&str; 9] = ["the ", "le ", "la ", "les ", "l'", "el ", "los ", "las ", "l’"];
const TRAILING_ARTICLES: [&str; 9] = ["(the)", "(le)", "(la)", "(les)", "(l')", "(el)", "(los)", "(las)", "(l’)"];

/// The form names are compared in: case-folded, without diacritics (Latin accents and Arabic
/// vowel marks alike), without a leading or trailing article, and with only letters and digits kept,
/// so spacing and punctuation do not matter.
pub fn normalise_name(text: &str) -> String {
    let lower = text.trim().to_lowercase();
    let mut s = lower.as_str();
    for article in LEADING_ARTICLES {
        if let Some(rest) = s.strip_prefix(article) {
            s = rest;
            break;
        }
    }
    let s = s.trim_end_matches(['*', ' ']);
    let mut s = s.to_string();
    for article in TRAILING_ARTICLES {
        if let Some(rest) = s.strip_suffix(article) {
            s = rest.to_string();
            break;
        }
    }
    s.nfd().filter(|c| !is_combining_mark(*c) && c.is_alphanumeric() && *c != 'ـ').collect()
}

impl Resolver {
    pub(crate) fn build(states: &[State], aliases: &[Alias], aliases_file: &str) -> Result<Self, LoadError> {
        let index: HashMap<&str, usize> = states.iter().enumerate().map(|(i, s)| (s.iso3.as_str(), i)).collect();
        let mut entries = Vec::new();
        for (i, s) in states.iter().enumerate() {
            for lang in Lang::ALL {
                let n = s.names(lang);
                entries.push((
                    normalise_name(&n.short),
                    Entry { state: i, name: n.short.clone(), matched: Matched::ShortName },
                ));
                entries.push((
                    normalise_name(&n.formal),
                    Entry { state: i, name: n.formal.clone(), matched: Matched::FormalName },
                ));
            }
        }
        for a in aliases {
            let state = index[a.iso3.as_str()];
            entries.push((normalise_name(&a.name), Entry { state, name: a.name.clone(), matched: Matched::Alias }));
        }
        let mut exact = HashMap::new();
        for (pos, (key, entry)) in entries.iter().enumerate() {
            if key.is_empty() {
                return Err(LoadError::Invalid {
                    file: aliases_file.to_string(),
                    line: None,
                    detail: format!("the name {:?} has no letters", entry.name),
                });
            }
            if let Some(&other) = exact.get(key) {
                let other: &(String, Entry) = &entries[other];
                if other.1.state != entry.state {
                    return Err(LoadError::Invalid {
                        file: aliases_file.to_string(),
                        line: None,
                        detail: format!(
                            "the name {:?} ({}) and {:?} ({}) cannot be told apart",
                            entry.name, states[entry.state].iso3, other.1.name, states[other.1.state].iso3
                        ),
                    });
                }
                continue;
            }
            exact.insert(key.clone(), pos);
        }
        Ok(Resolver { exact, entries })
    }

    pub(crate) fn exact<'a>(&self, text: &str, states: &'a [State]) -> Option<&'a State> {
        self.exact.get(&normalise_name(text)).map(|&pos| &states[self.entries[pos].1.state])
    }

    pub(crate) fn resolve<'a>(&self, text: &str, states: &'a [State]) -> Resolution<'a> {
        let key = normalise_name(text);
        if let Some(&pos) = self.exact.get(&key) {
            let entry = &self.entries[pos].1;
            return Resolution::Found { state: &states[entry.state], matched: entry.matched };
        }
        Resolution::NotFound { candidates: self.closest(&key, states, 5) }
    }

    fn closest<'a>(&self, key: &str, states: &'a [State], limit: usize) -> Vec<Candidate<'a>> {
        if key.is_empty() {
            return Vec::new();
        }
        let query: Vec<char> = key.chars().collect();
        let mut best: HashMap<usize, (f32, &str)> = HashMap::new();
        for (name_key, entry) in &self.entries {
            let candidate: Vec<char> = name_key.chars().collect();
            let mut distance = levenshtein(&query, &candidate) as f32 / query.len().max(candidate.len()) as f32;
            // A fragment of a longer name ("korea", "congo") is a strong hint even when the
            // edit distance to the whole name is large.
            if query.len() >= 3 && name_key.contains(key) {
                distance = distance.min(0.25);
            }
            let slot = best.entry(entry.state).or_insert((f32::MAX, entry.name.as_str()));
            if distance < slot.0 {
                *slot = (distance, entry.name.as_str());
            }
        }
        // When some names contain the query, those are the candidates; otherwise the names within
        // half their length of edits.
        let cutoff = if best.values().any(|(d, _)| *d <= 0.25) { 0.25 } else { 0.5 };
        let mut ranked: Vec<(usize, f32, &str)> =
            best.into_iter().filter(|(_, (d, _))| *d <= cutoff).map(|(i, (d, n))| (i, d, n)).collect();
        ranked.sort_by(|a, b| a.1.total_cmp(&b.1).then_with(|| states[a.0].iso3.cmp(&states[b.0].iso3)));
        ranked
            .into_iter()
            .take(limit)
            .map(|(i, distance, name)| Candidate {
                state: &states[i],
                iso3: &states[i].iso3,
                name: name.to_string(),
                distance,
            })
            .collect()
    }
}

fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}
