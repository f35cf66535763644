//! Member States and non-member observer States of the United Nations: the reference data, the
//! UN's order for lists of States, per-language ordering, and resolution of any name a document
//! may use (current or former, in any of the six languages) to the State it designates.
#![forbid(unsafe_code)]

mod load;
mod resolve;

use std::collections::HashMap;
use std::path::Path;

use comity_i18n::{Collation, Lang};
use serde::Serialize;

pub use load::LoadError;
pub use resolve::{Candidate, Matched, Resolution, normalise_name};

/// Whether a State is a Member of the United Nations or a non-member observer State.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Member,
    Observer,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Member => "member",
            Status::Observer => "observer",
        }
    }
}

/// A State's short and formal name in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Names {
    pub short: String,
    pub formal: String,
}

/// One State.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct State {
    pub iso3: String,
    pub iso2: String,
    pub m49: String,
    pub status: Status,
    /// Date of admission to the United Nations (Member States).
    pub admitted_on: Option<String>,
    /// Date observer status began (observer States).
    pub observer_since: Option<String>,
    /// Names keyed by language, in the order of [`Lang::ALL`].
    #[serde(serialize_with = "serialize_names")]
    #[cfg_attr(feature = "openapi", schema(value_type = std::collections::BTreeMap<String, Names>))]
    pub names: [Names; 6],
}

fn serialize_names<S: serde::Serializer>(names: &[Names; 6], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = s.serialize_map(Some(6))?;
    for lang in Lang::ALL {
        map.serialize_entry(lang.code(), &names[lang.index()])?;
    }
    map.end()
}

impl State {
    pub fn names(&self, lang: Lang) -> &Names {
        &self.names[lang.index()]
    }

    pub fn short_name(&self, lang: Lang) -> &str {
        &self.names[lang.index()].short
    }
}

/// An older or variant name that still designates a State.
#[derive(Debug, Clone, Serialize)]
pub struct Alias {
    pub iso3: String,
    pub lang: Lang,
    pub name: String,
    pub note: String,
}

/// All States, indexed for lookup, ordering and name resolution.
pub struct StateRegistry {
    states: Vec<State>,
    aliases: Vec<Alias>,
    by_code: HashMap<String, usize>,
    /// Indexes into `states`, one ordering per language (by that language's collation).
    order_by_lang: Vec<Vec<usize>>,
    resolver: resolve::Resolver,
    /// Per State, every normalised name and code joined by a separator, for substring filtering.
    search_keys: Vec<String>,
}

const STATES_CSV: &str = include_str!("../../../data/states/states.csv");
const ALIASES_CSV: &str = include_str!("../../../data/states/aliases.csv");
const REGIONS_CSV: &str = include_str!("../../../data/states/regions.csv");

/// The UN Statistics Division's M49 regions, by code: Africa, Americas, Asia, Europe, Oceania.
pub const M49_REGIONS: [&str; 5] = ["002", "019", "142", "150", "009"];

/// A State's M49 region code (see [`M49_REGIONS`]), from the release's data.
pub fn m49_region(iso3: &str) -> Option<&'static str> {
    static REGIONS: std::sync::OnceLock<Vec<(&'static str, &'static str)>> = std::sync::OnceLock::new();
    REGIONS
        .get_or_init(|| REGIONS_CSV.lines().skip(1).filter_map(|line| line.split_once(',')).collect())
        .iter()
        .find(|(code, _)| *code == iso3)
        .map(|(_, region)| *region)
}

impl StateRegistry {
    /// The reference data compiled into this release.
    pub fn embedded(collation: &Collation) -> Result<Self, LoadError> {
        Self::from_sources(("data/states/states.csv", STATES_CSV), ("data/states/aliases.csv", ALIASES_CSV), collation)
    }

    /// Reference data from a directory holding `states.csv` and `aliases.csv` (a deployment's own
    /// corrected copy), with errors naming the file and line.
    pub fn from_dir(dir: &Path, collation: &Collation) -> Result<Self, LoadError> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read_to_string(&path)
                .map(|text| (path.display().to_string(), text))
                .map_err(|e| LoadError::Io { file: path.display().to_string(), detail: e.to_string() })
        };
        let (states_file, states_text) = read("states.csv")?;
        let (aliases_file, aliases_text) = read("aliases.csv")?;
        Self::from_sources((&states_file, &states_text), (&aliases_file, &aliases_text), collation)
    }

    fn from_sources(states: (&str, &str), aliases: (&str, &str), collation: &Collation) -> Result<Self, LoadError> {
        let states_vec = load::parse_states(states.0, states.1)?;
        let by_code = Self::index_codes(&states_vec, states.0)?;
        let aliases_vec = load::parse_aliases(aliases.0, aliases.1, &by_code)?;
        Self::from_records(states_vec, aliases_vec, collation, aliases.0)
    }

    fn index_codes(states: &[State], file: &str) -> Result<HashMap<String, usize>, LoadError> {
        let mut by_code = HashMap::new();
        for (i, s) in states.iter().enumerate() {
            for code in [&s.iso3, &s.iso2, &s.m49] {
                if by_code.insert(code.to_ascii_uppercase(), i).is_some() {
                    return Err(LoadError::Invalid {
                        file: file.to_string(),
                        line: None,
                        detail: format!("code {code} is used by more than one State"),
                    });
                }
            }
        }
        Ok(by_code)
    }

    /// Builds the registry from records already parsed (e.g. read back from the database);
    /// `source` names where they came from in error messages.
    pub fn from_records(
        mut states_vec: Vec<State>,
        aliases_vec: Vec<Alias>,
        collation: &Collation,
        source: &str,
    ) -> Result<Self, LoadError> {
        // The UN's order for lists of States: English alphabetical order of the short name.
        states_vec.sort_by(|a, b| collation.compare(Lang::En, a.short_name(Lang::En), b.short_name(Lang::En)));
        let by_code = Self::index_codes(&states_vec, source)?;
        if let Some(a) = aliases_vec.iter().find(|a| !by_code.contains_key(&a.iso3)) {
            return Err(LoadError::Invalid {
                file: source.to_string(),
                line: None,
                detail: format!("alias {:?} names unknown State {}", a.name, a.iso3),
            });
        }
        let order_by_lang = Lang::ALL
            .into_iter()
            .map(|lang| {
                let mut idx: Vec<usize> = (0..states_vec.len()).collect();
                idx.sort_by(|&a, &b| {
                    collation.compare(lang, states_vec[a].short_name(lang), states_vec[b].short_name(lang))
                });
                idx
            })
            .collect();
        let resolver = resolve::Resolver::build(&states_vec, &aliases_vec, source)?;
        let search_keys = states_vec
            .iter()
            .map(|s| {
                let mut parts: Vec<String> = vec![s.iso3.to_lowercase(), s.iso2.to_lowercase(), s.m49.clone()];
                for n in &s.names {
                    parts.push(normalise_name(&n.short));
                    parts.push(normalise_name(&n.formal));
                }
                parts.extend(aliases_vec.iter().filter(|a| a.iso3 == s.iso3).map(|a| normalise_name(&a.name)));
                parts.join("|")
            })
            .collect();
        Ok(StateRegistry { states: states_vec, aliases: aliases_vec, by_code, order_by_lang, resolver, search_keys })
    }

    /// All States in the UN's order (English alphabetical order of the short name).
    pub fn un_order(&self) -> &[State] {
        &self.states
    }

    /// All States in the alphabetical order of their short names in `lang`.
    pub fn in_language_order(&self, lang: Lang) -> impl Iterator<Item = &State> {
        self.order_by_lang[lang.index()].iter().map(|&i| &self.states[i])
    }

    pub fn len(&self) -> usize {
        self.states.len()
    }

    pub fn is_empty(&self) -> bool {
        self.states.is_empty()
    }

    /// A State by ISO 3166-1 alpha-3, alpha-2 or M49 code, in any case.
    pub fn get(&self, code: &str) -> Option<&State> {
        let code = code.trim().to_ascii_uppercase();
        let code =
            if code.len() < 3 && code.chars().all(|c| c.is_ascii_digit()) { format!("{code:0>3}") } else { code };
        self.by_code.get(&code).map(|&i| &self.states[i])
    }

    /// Every alias, in file order.
    pub fn aliases(&self) -> &[Alias] {
        &self.aliases
    }

    /// The aliases (older and variant names) of a State.
    pub fn aliases_of<'a>(&'a self, iso3: &'a str) -> impl Iterator<Item = &'a Alias> + 'a {
        self.aliases.iter().filter(move |a| a.iso3 == iso3)
    }

    /// The States whose name in any language, alias or code contains `query` (compared in the
    /// normalised form of [`normalise_name`]); an empty query matches every State.
    pub fn matching(&self, query: &str) -> std::collections::HashSet<&str> {
        let query = normalise_name(query);
        self.states
            .iter()
            .enumerate()
            .filter(|(i, _)| query.is_empty() || self.search_keys[*i].contains(&query))
            .map(|(_, s)| s.iso3.as_str())
            .collect()
    }

    /// The State a name or code designates, without looking for candidates when none does
    /// (cheap: for bulk work such as reading sponsor lists).
    pub fn lookup(&self, text: &str) -> Option<&State> {
        self.get(text).or_else(|| self.resolver.exact(text, &self.states))
    }

    /// Maps any name or code to a State; see [`Resolution`].
    pub fn resolve(&self, text: &str) -> Resolution<'_> {
        if let Some(state) = self.get(text) {
            return Resolution::Found { state, matched: resolve::Matched::Code };
        }
        self.resolver.resolve(text, &self.states)
    }
}

#[cfg(test)]
mod tests;
