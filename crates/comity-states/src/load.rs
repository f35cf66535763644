//! Reading the States reference files, with errors that name the file, line and field.

use std::collections::HashMap;

use comity_i18n::Lang;
use serde::Deserialize;

use crate::{Alias, Names, State, Status};

/// A reference-data file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{file}: cannot read: {detail}")]
    Io { file: String, detail: String },
    #[error("{file}{}: {detail}", line.map(|l| format!(" line {l}")).unwrap_or_default())]
    Invalid { file: String, line: Option<u64>, detail: String },
}

#[derive(Deserialize)]
struct StateRow {
    iso3: String,
    iso2: String,
    m49: String,
    status: String,
    admitted_on: String,
    observer_since: String,
    short_ar: String,
    formal_ar: String,
    short_zh: String,
    formal_zh: String,
    short_en: String,
    formal_en: String,
    short_fr: String,
    formal_fr: String,
    short_ru: String,
    formal_ru: String,
    short_es: String,
    formal_es: String,
}

#[derive(Deserialize)]
struct AliasRow {
    iso3: String,
    lang: String,
    name: String,
    note: String,
}

fn invalid(file: &str, line: Option<u64>, detail: impl Into<String>) -> LoadError {
    LoadError::Invalid { file: file.to_string(), line, detail: detail.into() }
}

fn csv_error(file: &str, e: &csv::Error) -> LoadError {
    let line = e.position().map(|p| p.line());
    let detail = match e.kind() {
        csv::ErrorKind::Deserialize { err, .. } => match err.field() {
            Some(field) => format!("field {}: {}", field + 1, err.kind()),
            None => err.to_string(),
        },
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            format!("{len} fields where the header has {expected_len}")
        }
        csv::ErrorKind::Utf8 { .. } => "not valid UTF-8".to_string(),
        _ => e.to_string(),
    };
    invalid(file, line, detail)
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && matches!(s[5..7].parse::<u8>(), Ok(1..=12))
        && matches!(s[8..10].parse::<u8>(), Ok(1..=31))
}

/// Every record of a CSV file with exactly the `expected` header, each with its line number.
fn read_rows<T: serde::de::DeserializeOwned>(
    file: &str,
    text: &str,
    expected: &[&str],
) -> Result<Vec<(Option<u64>, T)>, LoadError> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| csv_error(file, &e))?.clone();
    let got: Vec<&str> = headers.iter().collect();
    if got != expected {
        return Err(invalid(file, Some(1), format!("header is {got:?}, expected {expected:?}")));
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(file, &e))?;
        let line = record.position().map(|p| p.line());
        let row: T = record.deserialize(Some(&headers)).map_err(|e| {
            let mut err = csv_error(file, &e);
            if let LoadError::Invalid { line: l @ None, .. } = &mut err {
                *l = line;
            }
            err
        })?;
        rows.push((line, row));
    }
    Ok(rows)
}

pub(crate) fn parse_states(file: &str, text: &str) -> Result<Vec<State>, LoadError> {
    let mut expected = vec!["iso3", "iso2", "m49", "status", "admitted_on", "observer_since"];
    let name_cols: Vec<String> =
        Lang::ALL.into_iter().flat_map(|l| [format!("short_{}", l.code()), format!("formal_{}", l.code())]).collect();
    expected.extend(name_cols.iter().map(String::as_str));
    let mut states = Vec::new();
    for (line, row) in read_rows::<StateRow>(file, text, &expected)? {
        let bad = |detail: String| invalid(file, line, detail);
        if row.iso3.len() != 3 || !row.iso3.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(bad(format!("iso3 {:?} is not three capital letters", row.iso3)));
        }
        if row.iso2.len() != 2 || !row.iso2.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(bad(format!("iso2 {:?} is not two capital letters", row.iso2)));
        }
        if row.m49.len() != 3 || !row.m49.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad(format!("m49 {:?} is not three digits", row.m49)));
        }
        let status = match row.status.as_str() {
            "member" => Status::Member,
            "observer" => Status::Observer,
            other => {
                return Err(bad(format!("status {other:?} is neither \"member\" nor \"observer\"")));
            }
        };
        let date = |name: &str, value: &str| -> Result<Option<String>, LoadError> {
            if value.is_empty() {
                Ok(None)
            } else if is_date(value) {
                Ok(Some(value.to_string()))
            } else {
                Err(bad(format!("{name} {value:?} is not a date like 1945-10-24")))
            }
        };
        let admitted_on = date("admitted_on", &row.admitted_on)?;
        let observer_since = date("observer_since", &row.observer_since)?;
        match status {
            Status::Member if admitted_on.is_none() => {
                return Err(bad("a Member State needs admitted_on".into()));
            }
            Status::Observer if observer_since.is_none() => {
                return Err(bad("an observer State needs observer_since".into()));
            }
            _ => {}
        }
        let names = [
            (row.short_ar, row.formal_ar),
            (row.short_zh, row.formal_zh),
            (row.short_en, row.formal_en),
            (row.short_fr, row.formal_fr),
            (row.short_ru, row.formal_ru),
            (row.short_es, row.formal_es),
        ]
        .map(|(short, formal)| Names { short: short.trim().to_string(), formal: formal.trim().to_string() });
        for lang in Lang::ALL {
            let n = &names[lang.index()];
            if n.short.is_empty() || n.formal.is_empty() {
                return Err(bad(format!("{} lacks its short or formal name in {lang}", row.iso3)));
            }
        }
        states.push(State { iso3: row.iso3, iso2: row.iso2, m49: row.m49, status, admitted_on, observer_since, names });
    }
    if states.is_empty() {
        return Err(invalid(file, None, "no States in the file"));
    }
    Ok(states)
}

pub(crate) fn parse_aliases(file: &str, text: &str, by_code: &HashMap<String, usize>) -> Result<Vec<Alias>, LoadError> {
    let mut aliases = Vec::new();
    for (line, row) in read_rows::<AliasRow>(file, text, &["iso3", "lang", "name", "note"])? {
        if !by_code.contains_key(&row.iso3) || row.iso3.len() != 3 {
            return Err(invalid(file, line, format!("iso3 {:?} is not a State in states.csv", row.iso3)));
        }
        let lang = row.lang.parse::<Lang>().map_err(|e| invalid(file, line, e.to_string()))?;
        if row.name.trim().is_empty() {
            return Err(invalid(file, line, "empty name"));
        }
        let name = row.name.trim().to_string();
        if aliases.iter().any(|a: &Alias| a.iso3 == row.iso3 && a.lang == lang && a.name == name) {
            return Err(invalid(file, line, format!("{} {lang} {name:?} is listed twice", row.iso3)));
        }
        aliases.push(Alias { iso3: row.iso3, lang, name, note: row.note });
    }
    Ok(aliases)
}
