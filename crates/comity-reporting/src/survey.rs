//! The structured part of a reply, shaped on the National Survey of Implementation: text per
//! framework element (a norm, international law, CBMs, capacity-building), per norm a single
//! choice (how far it is implemented) and a multiple choice (the kinds of measures), and per
//! part of the survey free-text lists of measures, challenges and capacity needs. Nothing is
//! mandatory. Everything is kept in the reply's answers under keys that say what it is:
//!
//! - `element/{id}`: Markdown on a framework element (`element/norm-g`);
//! - `survey/{norm}/status`: one of [`STATUSES`];
//! - `survey/{norm}/measures`: some of [`MEASURES`], comma-separated;
//! - `survey/{part}/{list}`: a Markdown list, `part` one of [`PARTS`], `list` one of [`LISTS`].

use std::collections::BTreeMap;

use comity_framework::{ElementKind, Framework};
use comity_i18n::{Lang, Messages};

pub const STATUSES: [&str; 5] = ["implemented", "partly", "planned", "not-started", "not-applicable"];
pub const MEASURES: [&str; 6] = ["legislation", "policy", "institution", "cooperation", "capacity-building", "other"];
/// The survey's four parts, by the framework pillar each follows.
pub const PARTS: [&str; 4] = ["pillar-international-law", "pillar-norms", "pillar-cbms", "pillar-capacity-building"];
pub const LISTS: [&str; 3] = ["measures", "challenges", "needs"];

/// What an answer key designates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key<'a> {
    Question(&'a str),
    Element(&'a str),
    Status(&'a str),
    Measures(&'a str),
    List { part: &'a str, list: &'a str },
}

/// Reads an answer key; `None` when it is not in one of the shapes above nor a question.
pub fn key<'a>(key: &'a str, questions: &[crate::Question]) -> Option<Key<'a>> {
    if questions.iter().any(|q| q.label == key) {
        return Some(Key::Question(key));
    }
    if let Some(id) = key.strip_prefix("element/") {
        return Some(Key::Element(id));
    }
    let rest = key.strip_prefix("survey/")?;
    let (id, field) = rest.split_once('/')?;
    match field {
        "status" => Some(Key::Status(id)),
        "measures" if !PARTS.contains(&id) => Some(Key::Measures(id)),
        list if PARTS.contains(&id) && LISTS.contains(&list) => Some(Key::List { part: id, list }),
        _ => None,
    }
}

/// Checks one answer: its key names a question or a part of the framework that exists, and
/// a choice holds only the choices offered. The message says what would be right.
/// `elements` are the framework's element ids with their kinds, in the framework's order.
pub fn check(
    name: &str,
    value: &str,
    questions: &[crate::Question],
    elements: &[(String, ElementKind)],
) -> Result<(), String> {
    let labels = questions.iter().map(|q| q.label.as_str()).collect::<Vec<_>>().join(", ");
    let Some(parsed) = key(name, questions) else {
        return Err(format!(
            "{name:?} is neither a question of this cycle ({labels}) nor a part of the structured reply \
             (element/ELEMENT, survey/NORM/status, survey/NORM/measures, survey/PART/measures|challenges|needs)"
        ));
    };
    let element = |id: &str, norm_only: bool| {
        let fits = |(_, kind): &&(String, ElementKind)| !norm_only || *kind == ElementKind::Norm;
        if elements.iter().filter(fits).any(|(e, _)| e == id) {
            return Ok(());
        }
        let kinds: Vec<&str> = elements.iter().filter(fits).map(|(e, _)| e.as_str()).take(12).collect();
        Err(format!(
            "{id:?} in {name:?} is not {} of the framework (such as {})",
            if norm_only { "a norm" } else { "an element" },
            kinds.join(", ")
        ))
    };
    match parsed {
        Key::Question(_) | Key::List { .. } => Ok(()),
        Key::Element(id) => element(id, false),
        Key::Status(id) => {
            element(id, true)?;
            if value.is_empty() || STATUSES.contains(&value) {
                Ok(())
            } else {
                Err(format!("{name} is one of {}, not {value:?}", STATUSES.join(", ")))
            }
        }
        Key::Measures(id) => {
            element(id, true)?;
            match value.split(',').map(str::trim).find(|m| !m.is_empty() && !MEASURES.contains(m)) {
                None => Ok(()),
                Some(bad) => Err(format!("{name} holds some of {}, not {bad:?}", MEASURES.join(", "))),
            }
        }
    }
}

/// Whether a reply says anything about an element (text, a status, measures).
pub fn reports_on(answers: &BTreeMap<String, String>, element: &str) -> bool {
    [format!("element/{element}"), format!("survey/{element}/status"), format!("survey/{element}/measures")]
        .iter()
        .any(|k| answers.get(k).is_some_and(|v| !v.trim().is_empty()))
}

/// The structured part of a reply as report sections (heading, Markdown), in the framework's
/// order and the report's language; what was not answered is left out.
pub fn sections(
    answers: &BTreeMap<String, String>,
    framework: &Framework,
    messages: &Messages,
    lang: Lang,
) -> Vec<(String, String)> {
    let get = |k: String| answers.get(&k).map(|v| v.trim()).filter(|v| !v.is_empty());
    let mut out = Vec::new();
    for element in &framework.elements {
        let text = get(format!("element/{}", element.id));
        let status = get(format!("survey/{}/status", element.id));
        let measures = get(format!("survey/{}/measures", element.id));
        if text.is_none() && status.is_none() && measures.is_none() {
            continue;
        }
        let mut md = String::new();
        if let Some(status) = status {
            let value = messages.get(lang, &format!("survey-status-{status}"));
            md.push_str(&format!("*{}* {value}  \n", messages.get(lang, "survey-status-label")));
        }
        if let Some(measures) = measures {
            let names: Vec<String> = measures
                .split(',')
                .map(str::trim)
                .filter(|m| !m.is_empty())
                .map(|m| messages.get(lang, &format!("survey-measure-{m}")))
                .collect();
            md.push_str(&format!("*{}* {}  \n", messages.get(lang, "survey-measures-label"), names.join(", ")));
        }
        if let Some(text) = text {
            md.push('\n');
            md.push_str(text);
        }
        let heading = match &element.letter {
            Some(letter) => format!("({letter}) {}", element.title(lang)),
            None => element.title(lang).to_string(),
        };
        out.push((heading, md.trim().to_string()));
    }
    for part in PARTS {
        let Some(pillar) = framework.get(part) else { continue };
        for list in LISTS {
            if let Some(text) = get(format!("survey/{part}/{list}")) {
                let heading = format!("{}: {}", pillar.title(lang), messages.get(lang, &format!("survey-list-{list}")));
                out.push((heading, text.to_string()));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_name_what_exists() {
        let framework = Framework::embedded().unwrap();
        let elements: Vec<(String, ElementKind)> = framework.elements.iter().map(|e| (e.id.clone(), e.kind)).collect();
        let questions = vec![crate::Question { label: "(a)".into(), texts: Default::default() }];
        for ok in [
            ("(a)", "text"),
            ("element/norm-g", "text"),
            ("element/pillar-cbms", "text"),
            ("survey/norm-g/status", "partly"),
            ("survey/norm-g/measures", "legislation, institution"),
            ("survey/pillar-cbms/needs", "- training"),
        ] {
            assert_eq!(check(ok.0, ok.1, &questions, &elements), Ok(()), "{ok:?}");
        }
        for (bad, value, why) in [
            ("(z)", "x", "neither a question"),
            ("element/norm-z", "x", "not an element"),
            ("survey/pillar-cbms/status", "partly", "not a norm"),
            ("survey/norm-g/status", "mostly", "not \"mostly\""),
            ("survey/norm-g/measures", "legislation, prayer", "not \"prayer\""),
            ("survey/pillar-threats/needs", "x", "neither a question"),
        ] {
            let e = check(bad, value, &questions, &elements).unwrap_err();
            assert!(e.contains(why), "{bad}: {e}");
        }
    }
}
