//! `comity states`: list, show and resolve Member States and observer States.

use comity_i18n::Lang;
use comity_states::{Resolution, State};
use serde::Serialize;

use super::open_catalog;
use crate::Exit;
use crate::cli::{Format, StatesCommand};
use crate::output;
use crate::settings::Settings;

fn parse_lang(lang: Option<&str>) -> anyhow::Result<Option<Lang>> {
    lang.map(|l| l.parse::<Lang>().map_err(|e| anyhow::anyhow!("--lang: {e}"))).transpose()
}

fn row(s: &State, lang: Lang) -> Vec<String> {
    vec![s.iso3.clone(), s.iso2.clone(), s.m49.clone(), s.status.as_str().to_string(), s.short_name(lang).to_string()]
}

pub async fn run(settings: &Settings, command: StatesCommand, format: Format) -> anyhow::Result<()> {
    // Check arguments before touching the database.
    if let StatesCommand::List { lang, .. } = &command {
        parse_lang(lang.as_deref())?;
    }
    let (states, _) = open_catalog(settings).await?;
    match command {
        StatesCommand::List { lang, filter } => {
            let lang = parse_lang(lang.as_deref())?;
            let keep = filter.as_deref().map(|f| states.matching(f));
            let selected: Vec<&State> = match lang {
                Some(l) => states.in_language_order(l).collect(),
                None => states.un_order().iter().collect(),
            };
            let selected: Vec<&State> =
                selected.into_iter().filter(|s| keep.as_ref().is_none_or(|k| k.contains(s.iso3.as_str()))).collect();
            match format {
                Format::Json => output::json(&selected)?,
                Format::Table | Format::Akn | Format::Md | Format::Html | Format::Docx => {
                    let lang = lang.unwrap_or(Lang::En);
                    let rows: Vec<Vec<String>> = selected.iter().map(|s| row(s, lang)).collect();
                    output::table(&["ISO3", "ISO2", "M49", "STATUS", "NAME"], &rows);
                }
            }
        }
        StatesCommand::Show { code } => {
            let Some(state) = states.get(&code) else {
                eprintln!(
                    "error: no State has the code {code:?}; try `comity states resolve {code:?}` to look it up by name"
                );
                return Err(Exit(1).into());
            };
            match format {
                Format::Json => output::json(state)?,
                Format::Table | Format::Akn | Format::Md | Format::Html | Format::Docx => {
                    crate::say!("{} ({}, {}, M49 {})", state.short_name(Lang::En), state.iso3, state.iso2, state.m49);
                    match (&state.admitted_on, &state.observer_since) {
                        (Some(date), _) => crate::say!("Member State since {date}"),
                        (None, Some(date)) => crate::say!("Non-member observer State since {date}"),
                        _ => {}
                    }
                    let rows: Vec<Vec<String>> = Lang::ALL
                        .into_iter()
                        .map(|l| {
                            vec![l.code().to_string(), state.names(l).short.clone(), state.names(l).formal.clone()]
                        })
                        .collect();
                    output::table(&["LANG", "SHORT NAME", "FORMAL NAME"], &rows);
                    let aliases: Vec<String> =
                        states.aliases_of(&state.iso3).map(|a| format!("{} ({})", a.name, a.lang)).collect();
                    if !aliases.is_empty() {
                        crate::say!("Also known as: {}", aliases.join("; "));
                    }
                }
            }
        }
        StatesCommand::Resolve { text } => resolve(&states, &text, format)?,
    }
    Ok(())
}

#[derive(Serialize)]
struct Resolved<'a> {
    query: &'a str,
    iso3: Option<&'a str>,
    matched: Option<comity_states::Matched>,
    state: Option<&'a State>,
    candidates: Vec<comity_states::Candidate<'a>>,
}

fn resolve(states: &comity_states::StateRegistry, text: &str, format: Format) -> anyhow::Result<()> {
    match states.resolve(text) {
        Resolution::Found { state, matched } => {
            match format {
                Format::Json => output::json(&Resolved {
                    query: text,
                    iso3: Some(&state.iso3),
                    matched: Some(matched),
                    state: Some(state),
                    candidates: vec![],
                })?,
                Format::Table | Format::Akn | Format::Md | Format::Html | Format::Docx => {
                    crate::say!("{}  {}", state.iso3, state.short_name(Lang::En))
                }
            }
            Ok(())
        }
        Resolution::NotFound { candidates } => {
            match format {
                Format::Json => {
                    output::json(&Resolved { query: text, iso3: None, matched: None, state: None, candidates })?
                }
                Format::Table | Format::Akn | Format::Md | Format::Html | Format::Docx => {
                    eprintln!("error: no State is called {text:?}");
                    if candidates.is_empty() {
                        eprintln!("no name comes close; `comity states list` shows them all");
                    } else {
                        eprintln!("closest:");
                        for c in &candidates {
                            eprintln!("  {}  {}  (matches {:?})", c.iso3, c.state.short_name(Lang::En), c.name);
                        }
                    }
                }
            }
            Err(Exit(1).into())
        }
    }
}
