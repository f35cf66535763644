//! The reference data held in the database (States and the framework): synchronised from the
//! release's data files, or a deployment's own copy, and read back by the server and the CLI.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use comity_framework::{Element, ElementKind, Framework, Reference};
use comity_i18n::{Collation, Lang};
use comity_states::{Alias, Names, State, StateRegistry, Status};
use serde::Serialize;
use sqlx::Row;

use crate::{Result, Store, StoreError, digest, with_pool};

/// States and framework as read from data files, ready to be synchronised into a database.
pub struct ReferenceData {
    pub states: StateRegistry,
    pub framework: Framework,
    digest: String,
}

impl ReferenceData {
    /// The data compiled into this release, or, with `dir`, a deployment's own files
    /// (`states.csv`, `aliases.csv`, `framework.toml`).
    pub fn load(dir: Option<&Path>, collation: &Collation) -> Result<Self> {
        let reference = |e: &dyn std::fmt::Display| StoreError::Reference(e.to_string());
        let (states, framework) = match dir {
            None => (
                StateRegistry::embedded(collation).map_err(|e| reference(&e))?,
                Framework::embedded().map_err(|e| reference(&e))?,
            ),
            Some(dir) => (
                StateRegistry::from_dir(dir, collation).map_err(|e| reference(&e))?,
                Framework::from_dir(dir).map_err(|e| reference(&e))?,
            ),
        };
        Ok(Self::new(states, framework))
    }

    pub fn new(states: StateRegistry, framework: Framework) -> Self {
        // The digest covers the content, not the files, so reformatting a file is not a change.
        let content =
            serde_json::to_vec(&(states.un_order(), states.aliases(), &framework)).expect("reference data serialises");
        ReferenceData { digest: digest(&[&content]), states, framework }
    }
}

/// What a synchronisation did.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum SyncOutcome {
    Unchanged,
    Updated { states: usize, aliases: usize, framework_elements: usize, framework_version: String },
}

macro_rules! sync_body {
    ($tx:expr, $data:expr) => {{
        let tx = $tx;
        let data: &ReferenceData = $data;
        let current: Option<String> = sqlx::query("SELECT value FROM reference_meta WHERE key = 'digest'")
            .fetch_optional(&mut *tx)
            .await?
            .map(|r| r.try_get(0))
            .transpose()?;
        if current.as_deref() == Some(data.digest.as_str()) {
            SyncOutcome::Unchanged
        } else {
            for table in ["framework_refs", "framework_titles", "state_aliases", "state_names"] {
                sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM {table}"))).execute(&mut *tx).await?;
            }
            let keep: HashSet<&str> = data.states.un_order().iter().map(|s| s.iso3.as_str()).collect();
            let existing: Vec<String> = sqlx::query("SELECT iso3 FROM states")
                .fetch_all(&mut *tx)
                .await?
                .iter()
                .map(|r| r.try_get(0))
                .collect::<Result<_, _>>()?;
            for iso3 in existing.iter().filter(|c| !keep.contains(c.as_str())) {
                sqlx::query("DELETE FROM states WHERE iso3 = $1").bind(iso3).execute(&mut *tx).await?;
            }
            for (order, s) in data.states.un_order().iter().enumerate() {
                sqlx::query(
                    "INSERT INTO states (iso3, iso2, m49, status, admitted_on, observer_since, \
                        un_order) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (iso3) DO UPDATE SET \
                        iso2 = excluded.iso2, m49 = excluded.m49, status = excluded.status, admitted_on \
                        = excluded.admitted_on, observer_since = excluded.observer_since, un_order = \
                        excluded.un_order",
                )
                .bind(&s.iso3)
                .bind(&s.iso2)
                .bind(&s.m49)
                .bind(s.status.as_str())
                .bind(&s.admitted_on)
                .bind(&s.observer_since)
                .bind(order as i64)
                .execute(&mut *tx)
                .await?;
                for lang in Lang::ALL {
                    let n = s.names(lang);
                    sqlx::query(
                        "INSERT INTO state_names (iso3, lang, short_name, formal_name) VALUES ($1, $2, $3, $4)",
                    )
                    .bind(&s.iso3)
                    .bind(lang.code())
                    .bind(&n.short)
                    .bind(&n.formal)
                    .execute(&mut *tx)
                    .await?;
                }
            }
            for a in data.states.aliases() {
                sqlx::query(
                    "INSERT INTO state_aliases (iso3, lang, name, note) VALUES ($1, $2, $3, \
                    $4) ON CONFLICT DO NOTHING",
                )
                .bind(&a.iso3)
                .bind(a.lang.code())
                .bind(&a.name)
                .bind(&a.note)
                .execute(&mut *tx)
                .await?;
            }
            let keep: HashSet<&str> = data.framework.elements.iter().map(|e| e.id.as_str()).collect();
            let existing: Vec<(String, Option<String>)> = sqlx::query("SELECT id, parent_id FROM framework_elements")
                .fetch_all(&mut *tx)
                .await?
                .iter()
                .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
                .collect::<Result<_, sqlx::Error>>()?;
            // Children before their parents.
            let mut retired: Vec<&(String, Option<String>)> =
                existing.iter().filter(|(id, _)| !keep.contains(id.as_str())).collect();
            retired.sort_by_key(|(_, parent)| parent.is_none());
            for (id, _) in retired {
                sqlx::query("DELETE FROM framework_elements WHERE id = $1").bind(id).execute(&mut *tx).await?;
            }
            // Display order puts every pillar before its elements, so parents exist when children arrive.
            for (order, e) in data.framework.elements.iter().enumerate() {
                sqlx::query(
                    "INSERT INTO framework_elements (id, kind, parent_id, letter, group_key, \
                        position, display_order) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) \
                        DO UPDATE SET kind = excluded.kind, parent_id = excluded.parent_id, letter = \
                        excluded.letter, group_key = excluded.group_key, position = excluded.position, \
                        display_order = excluded.display_order",
                )
                .bind(&e.id)
                .bind(e.kind.as_str())
                .bind(&e.parent)
                .bind(&e.letter)
                .bind(&e.group)
                .bind(i64::from(e.position))
                .bind(order as i64)
                .execute(&mut *tx)
                .await?;
                for (lang, title) in &e.titles {
                    sqlx::query("INSERT INTO framework_titles (element_id, lang, title) VALUES ($1, $2, $3)")
                        .bind(&e.id)
                        .bind(lang.code())
                        .bind(title)
                        .execute(&mut *tx)
                        .await?;
                }
                for (seq, r) in e.refs.iter().enumerate() {
                    sqlx::query(
                        "INSERT INTO framework_refs (element_id, seq, symbol, locator) VALUES ($1, $2, $3, $4)",
                    )
                    .bind(&e.id)
                    .bind(seq as i64)
                    .bind(&r.symbol)
                    .bind(&r.locator)
                    .execute(&mut *tx)
                    .await?;
                }
            }
            for (key, value) in
                [("digest", data.digest.as_str()), ("framework_version", data.framework.version.as_str())]
            {
                sqlx::query(
                    "INSERT INTO reference_meta (key, value) VALUES ($1, $2) ON CONFLICT \
                    (key) DO UPDATE SET value = excluded.value",
                )
                .bind(key)
                .bind(value)
                .execute(&mut *tx)
                .await?;
            }
            SyncOutcome::Updated {
                states: data.states.len(),
                aliases: data.states.aliases().len(),
                framework_elements: data.framework.elements.len(),
                framework_version: data.framework.version.clone(),
            }
        }
    }};
}

impl Store {
    /// Makes the database's reference data equal to `data`, in one transaction; does nothing
    /// when it already is.
    pub async fn sync_reference(&self, data: &ReferenceData) -> Result<SyncOutcome> {
        let outcome = with_pool!(self, |pool| {
            let _turn = self.write_turn().await;
            let mut tx = pool.begin_with(crate::write_begin(pool)).await?;
            let outcome = sync_body!(&mut *tx, data);
            tx.commit().await?;
            outcome
        });
        if let SyncOutcome::Updated { .. } = &outcome {
            tracing::info!(?outcome, "reference data synchronised");
        }
        Ok(outcome)
    }

    /// Whether the database holds exactly `data`.
    pub async fn reference_in_sync(&self, data: &ReferenceData) -> Result<bool> {
        let current: Option<String> = with_pool!(self, |pool| {
            sqlx::query("SELECT value FROM reference_meta WHERE key = 'digest'")
                .fetch_optional(pool)
                .await?
                .map(|r| r.try_get(0))
                .transpose()?
        });
        Ok(current.as_deref() == Some(data.digest.as_str()))
    }

    /// Reads the States and the framework back from the database.
    pub async fn load_reference(&self, collation: &Collation) -> Result<(StateRegistry, Framework)> {
        let not_loaded = || StoreError::NotMigrated { url: self.url.redacted() };
        let (state_rows, name_rows, alias_rows, element_rows, title_rows, ref_rows, version) =
            with_pool!(self, |pool| {
                let state_rows = sqlx::query(
                    "SELECT iso3, iso2, m49, status, admitted_on, observer_since FROM states ORDER BY un_order",
                )
                .fetch_all(pool)
                .await?;
                let name_rows =
                    sqlx::query("SELECT iso3, lang, short_name, formal_name FROM state_names").fetch_all(pool).await?;
                let alias_rows =
                    sqlx::query("SELECT iso3, lang, name, note FROM state_aliases ORDER BY iso3, lang, name")
                        .fetch_all(pool)
                        .await?;
                let element_rows = sqlx::query(
                    "SELECT id, kind, parent_id, letter, group_key, position FROM \
                    framework_elements ORDER BY display_order",
                )
                .fetch_all(pool)
                .await?;
                let title_rows =
                    sqlx::query("SELECT element_id, lang, title FROM framework_titles").fetch_all(pool).await?;
                let ref_rows =
                    sqlx::query("SELECT element_id, symbol, locator FROM framework_refs ORDER BY element_id, seq")
                        .fetch_all(pool)
                        .await?;
                let version: Option<String> =
                    sqlx::query("SELECT value FROM reference_meta WHERE key = 'framework_version'")
                        .fetch_optional(pool)
                        .await?
                        .map(|r| r.try_get(0))
                        .transpose()?;
                (
                    state_rows
                        .iter()
                        .map(|r| {
                            Ok((
                                r.try_get::<String, _>(0)?,
                                r.try_get::<String, _>(1)?,
                                r.try_get::<String, _>(2)?,
                                r.try_get::<String, _>(3)?,
                                r.try_get::<Option<String>, _>(4)?,
                                r.try_get::<Option<String>, _>(5)?,
                            ))
                        })
                        .collect::<Result<Vec<_>, sqlx::Error>>()?,
                    name_rows
                        .iter()
                        .map(|r| {
                            Ok((
                                r.try_get::<String, _>(0)?,
                                r.try_get::<String, _>(1)?,
                                r.try_get::<String, _>(2)?,
                                r.try_get::<String, _>(3)?,
                            ))
                        })
                        .collect::<Result<Vec<_>, sqlx::Error>>()?,
                    alias_rows
                        .iter()
                        .map(|r| {
                            Ok((
                                r.try_get::<String, _>(0)?,
                                r.try_get::<String, _>(1)?,
                                r.try_get::<String, _>(2)?,
                                r.try_get::<String, _>(3)?,
                            ))
                        })
                        .collect::<Result<Vec<_>, sqlx::Error>>()?,
                    element_rows
                        .iter()
                        .map(|r| {
                            Ok((
                                r.try_get::<String, _>(0)?,
                                r.try_get::<String, _>(1)?,
                                r.try_get::<Option<String>, _>(2)?,
                                r.try_get::<Option<String>, _>(3)?,
                                r.try_get::<Option<String>, _>(4)?,
                                r.try_get::<i64, _>(5)?,
                            ))
                        })
                        .collect::<Result<Vec<_>, sqlx::Error>>()?,
                    title_rows
                        .iter()
                        .map(|r| {
                            Ok((r.try_get::<String, _>(0)?, r.try_get::<String, _>(1)?, r.try_get::<String, _>(2)?))
                        })
                        .collect::<Result<Vec<_>, sqlx::Error>>()?,
                    ref_rows
                        .iter()
                        .map(|r| {
                            Ok((r.try_get::<String, _>(0)?, r.try_get::<String, _>(1)?, r.try_get::<String, _>(2)?))
                        })
                        .collect::<Result<Vec<_>, sqlx::Error>>()?,
                    version,
                )
            });
        let version = version.ok_or_else(not_loaded)?;
        let corrupt =
            |detail: String| StoreError::Reference(format!("the database's reference data is inconsistent: {detail}"));
        let lang = |code: &str| code.parse::<Lang>().map_err(|e| corrupt(e.to_string()));

        let mut names: BTreeMap<String, [Option<Names>; 6]> = BTreeMap::new();
        for (iso3, code, short, formal) in name_rows {
            names.entry(iso3).or_default()[lang(&code)?.index()] = Some(Names { short, formal });
        }
        let mut states = Vec::with_capacity(state_rows.len());
        for (iso3, iso2, m49, status, admitted_on, observer_since) in state_rows {
            let status = match status.as_str() {
                "member" => Status::Member,
                "observer" => Status::Observer,
                other => return Err(corrupt(format!("{iso3} has status {other:?}"))),
            };
            let row = names.remove(&iso3).unwrap_or_default();
            let names = row.map(|n| n.unwrap_or(Names { short: String::new(), formal: String::new() }));
            if names.iter().any(|n| n.short.is_empty()) {
                return Err(corrupt(format!("{iso3} lacks names in some languages")));
            }
            states.push(State { iso3, iso2, m49, status, admitted_on, observer_since, names });
        }
        if states.is_empty() {
            return Err(not_loaded());
        }
        let aliases = alias_rows
            .into_iter()
            .map(|(iso3, code, name, note)| Ok(Alias { iso3, lang: lang(&code)?, name, note }))
            .collect::<Result<Vec<_>>>()?;
        let registry = StateRegistry::from_records(states, aliases, collation, "database table state_aliases")
            .map_err(|e| corrupt(e.to_string()))?;

        let mut titles: BTreeMap<String, BTreeMap<Lang, String>> = BTreeMap::new();
        for (id, code, title) in title_rows {
            titles.entry(id).or_default().insert(lang(&code)?, title);
        }
        let mut refs: BTreeMap<String, Vec<Reference>> = BTreeMap::new();
        for (id, symbol, locator) in ref_rows {
            refs.entry(id).or_default().push(Reference { symbol, locator });
        }
        let elements = element_rows
            .into_iter()
            .map(|(id, kind, parent, letter, group, position)| {
                let kind = match kind.as_str() {
                    "pillar" => ElementKind::Pillar,
                    "norm" => ElementKind::Norm,
                    "capacity_building_principle" => ElementKind::CapacityBuildingPrinciple,
                    other => {
                        return Err(corrupt(format!("framework element {id} has kind {other:?}")));
                    }
                };
                Ok(Element {
                    titles: titles.remove(&id).unwrap_or_default(),
                    refs: refs.remove(&id).unwrap_or_default(),
                    position: u32::try_from(position)
                        .map_err(|_| corrupt(format!("framework element {id} has position {position}")))?,
                    id,
                    kind,
                    parent,
                    letter,
                    group,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let framework = Framework::from_elements("database table framework_elements", "", version, elements)
            .map_err(|e| corrupt(e.to_string()))?;
        Ok((registry, framework))
    }
}
