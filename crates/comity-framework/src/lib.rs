//! The normative framework of responsible State behaviour in the use of ICTs as versioned,
//! multilingual data: pillars, the eleven norms of A/70/174 para. 13, the capacity-building
//! principles of A/75/816 para. 56, each with a stable identifier and references to the paragraphs
//! where the official text stands. Used as a controlled vocabulary by the rest of Comity.
#![forbid(unsafe_code)]

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use comity_i18n::Lang;
use serde::{Deserialize, Serialize};

/// What an element of the framework is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ElementKind {
    Pillar,
    Norm,
    CapacityBuildingPrinciple,
}

impl ElementKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ElementKind::Pillar => "pillar",
            ElementKind::Norm => "norm",
            ElementKind::CapacityBuildingPrinciple => "capacity_building_principle",
        }
    }
}

/// Where the official text of an element stands: a document symbol and a place in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Reference {
    pub symbol: String,
    pub locator: String,
}

/// One element of the framework.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Element {
    pub id: String,
    pub kind: ElementKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// The norm's letter in A/70/174 para. 13, `a` to `k`.
    #[serde(default)]
    pub letter: Option<String>,
    /// Grouping within a pillar (the capacity-building principles' three groups).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    pub position: u32,
    #[cfg_attr(feature = "openapi", schema(value_type = BTreeMap<String, String>))]
    pub titles: BTreeMap<Lang, String>,
    pub refs: Vec<Reference>,
}

impl Element {
    pub fn title(&self, lang: Lang) -> &str {
        self.titles.get(&lang).map(String::as_str).unwrap_or(&self.id)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrameworkFile {
    version: String,
    element: Vec<Element>,
}

/// A framework file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum FrameworkError {
    #[error("{file}: cannot read: {detail}")]
    Io { file: String, detail: String },
    #[error("{file}{}: {detail}", line.map(|l| format!(" line {l}")).unwrap_or_default())]
    Invalid { file: String, line: Option<usize>, detail: String },
}

/// The framework, with its elements in display order (pillars, each followed by its elements).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Framework {
    pub version: String,
    pub elements: Vec<Element>,
}

const EMBEDDED: &str = include_str!("../../../data/framework/framework.toml");

impl Framework {
    /// The framework compiled into this release.
    pub fn embedded() -> Result<Self, FrameworkError> {
        Self::parse("data/framework/framework.toml", EMBEDDED)
    }

    /// A deployment's own `framework.toml` in `dir`.
    pub fn from_dir(dir: &Path) -> Result<Self, FrameworkError> {
        let path = dir.join("framework.toml");
        let file = path.display().to_string();
        let text = std::fs::read_to_string(&path)
            .map_err(|e| FrameworkError::Io { file: file.clone(), detail: e.to_string() })?;
        Self::parse(&file, &text)
    }

    pub fn parse(file: &str, text: &str) -> Result<Self, FrameworkError> {
        let parsed: FrameworkFile = toml::from_str(text).map_err(|e| FrameworkError::Invalid {
            file: file.to_string(),
            line: e.span().map(|span| text[..span.start.min(text.len())].matches('\n').count() + 1),
            detail: e.message().to_string(),
        })?;
        Self::from_elements(file, text, parsed.version, parsed.element)
    }

    /// Validates elements and puts them in display order. `text` is the source they were read
    /// from, used to point errors at a line; pass "" when there is none (e.g. database rows).
    pub fn from_elements(
        file: &str,
        text: &str,
        version: String,
        elements: Vec<Element>,
    ) -> Result<Self, FrameworkError> {
        let parsed = FrameworkFile { version, element: elements };
        let invalid = |id: &str, detail: String| {
            // Point at the element's id line so the message leads straight to the entry.
            let needle = format!("id = \"{id}\"");
            let line = text.find(&needle).map(|at| text[..at].matches('\n').count() + 1);
            FrameworkError::Invalid { file: file.to_string(), line, detail }
        };
        let mut seen = HashSet::new();
        let mut letters = HashSet::new();
        for e in &parsed.element {
            if e.id.is_empty() || !e.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
                return Err(invalid(&e.id, format!("id {:?} must be lower-case letters, digits and hyphens", e.id)));
            }
            if !seen.insert(e.id.as_str()) {
                return Err(invalid(&e.id, format!("id {:?} is used twice", e.id)));
            }
            for lang in Lang::ALL {
                if e.titles.get(&lang).is_none_or(|t| t.trim().is_empty()) {
                    return Err(invalid(&e.id, format!("{} has no title in {lang}", e.id)));
                }
            }
            if e.refs.is_empty() {
                return Err(invalid(&e.id, format!("{} has no reference to an official text", e.id)));
            }
            match (e.kind, &e.letter) {
                (ElementKind::Norm, Some(l))
                    if l.len() == 1 && l.chars().all(|c| c.is_ascii_lowercase()) && !letters.insert(l.clone()) =>
                {
                    return Err(invalid(&e.id, format!("norm letter ({l}) is used twice")));
                }
                (ElementKind::Norm, Some(l)) if l.len() == 1 && l.chars().all(|c| c.is_ascii_lowercase()) => {}
                (ElementKind::Norm, _) => {
                    return Err(invalid(&e.id, format!("norm {} needs a letter a-z", e.id)));
                }
                (_, Some(_)) => {
                    return Err(invalid(&e.id, format!("{} is not a norm and cannot have a letter", e.id)));
                }
                _ => {}
            }
        }
        for e in &parsed.element {
            match (&e.parent, e.kind) {
                (None, ElementKind::Pillar) => {}
                (Some(p), kind) if kind != ElementKind::Pillar => {
                    let parent = parsed.element.iter().find(|x| &x.id == p);
                    if parent.is_none_or(|x| x.kind != ElementKind::Pillar) {
                        return Err(invalid(&e.id, format!("parent {p:?} of {} is not a pillar", e.id)));
                    }
                }
                (Some(_), _) => {
                    return Err(invalid(&e.id, format!("pillar {} cannot have a parent", e.id)));
                }
                (None, _) => return Err(invalid(&e.id, format!("{} needs a parent pillar", e.id))),
            }
        }
        // Display order: each pillar by position, followed by its elements by position.
        let mut pillars: Vec<&Element> = parsed.element.iter().filter(|e| e.kind == ElementKind::Pillar).collect();
        pillars.sort_by_key(|e| e.position);
        let mut elements = Vec::with_capacity(parsed.element.len());
        for p in pillars {
            elements.push(p.clone());
            let mut children: Vec<&Element> =
                parsed.element.iter().filter(|e| e.parent.as_deref() == Some(p.id.as_str())).collect();
            children.sort_by_key(|e| e.position);
            elements.extend(children.into_iter().cloned());
        }
        Ok(Framework { version: parsed.version, elements })
    }

    pub fn get(&self, id: &str) -> Option<&Element> {
        self.elements.iter().find(|e| e.id == id)
    }

    pub fn children<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.elements.iter().filter(move |e| e.parent.as_deref() == Some(id))
    }

    pub fn pillars(&self) -> impl Iterator<Item = &Element> {
        self.elements.iter().filter(|e| e.kind == ElementKind::Pillar)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_framework_has_six_pillars_eleven_norms_ten_principles() {
        let f = Framework::embedded().unwrap();
        let count = |k| f.elements.iter().filter(|e| e.kind == k).count();
        assert_eq!(count(ElementKind::Pillar), 6);
        assert_eq!(count(ElementKind::Norm), 11);
        assert_eq!(count(ElementKind::CapacityBuildingPrinciple), 10);
        let letters: String = f.elements.iter().filter_map(|e| e.letter.as_deref()).collect();
        assert_eq!(letters, "abcdefghijk");
        let h = f.get("norm-h").unwrap();
        assert_eq!(h.refs[0], Reference { symbol: "A/70/174".into(), locator: "para 13 (h)".into() });
        assert_eq!(f.children("pillar-norms").count(), 11);
        assert_eq!(f.elements[0].id, "pillar-threats");
    }

    #[test]
    fn bad_files_name_the_line_and_problem() {
        let base = "version = \"x\"\n\n[[element]]\nid = \"pillar-a\"\nkind = \"pillar\"\nposition = 1\n";
        let titles = "titles = { ar = \"a\", zh = \"z\", en = \"e\", fr = \"f\", ru = \"r\", es = \"s\" }\nrefs = [ { symbol = \"A/1\", locator = \"para 1\" } ]\n";
        assert!(Framework::parse("f.toml", &format!("{base}{titles}")).is_ok());

        let err = Framework::parse("f.toml", &format!("{base}{titles}colour = \"red\"\n")).unwrap_err().to_string();
        assert!(err.starts_with("f.toml line 9") && err.contains("colour"), "{err}");

        let err = Framework::parse("f.toml", &format!("{base}{}", titles.replace(", es = \"s\"", "")))
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 4") && err.contains("no title in es"), "{err}");

        let err = Framework::parse("f.toml", &format!("{base}{titles}").replace("\"pillar\"", "\"pilar\""))
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 5") && err.contains("pilar"), "{err}");

        let norm = format!(
            "{base}{titles}\n[[element]]\nid = \"norm-z\"\nkind = \"norm\"\nparent = \"nowhere\"\nletter = \"z\"\nposition = 1\n{titles}"
        );
        let err = Framework::parse("f.toml", &norm).unwrap_err().to_string();
        assert!(err.contains("line 11") && err.contains("not a pillar"), "{err}");
    }
}
