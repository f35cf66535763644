//! `comity framework`: list and show the elements of the normative framework.

use comity_framework::{Element, ElementKind};
use comity_i18n::Lang;

use super::open_catalog;
use crate::Exit;
use crate::cli::{Format, FrameworkCommand, KindArg};
use crate::output;
use crate::settings::Settings;

fn refs(e: &Element) -> String {
    e.refs.iter().map(|r| format!("{} {}", r.symbol, r.locator)).collect::<Vec<_>>().join("; ")
}

pub async fn run(settings: &Settings, command: FrameworkCommand, format: Format) -> anyhow::Result<()> {
    let lang = match &command {
        FrameworkCommand::List { lang, .. } => lang.parse::<Lang>().map_err(|e| anyhow::anyhow!("--lang: {e}"))?,
        FrameworkCommand::Show { .. } => Lang::En,
    };
    let (_, framework) = open_catalog(settings).await?;
    match command {
        FrameworkCommand::List { kind, .. } => {
            let kind = kind.map(|k| match k {
                KindArg::Pillar => ElementKind::Pillar,
                KindArg::Norm => ElementKind::Norm,
                KindArg::CapacityBuildingPrinciple => ElementKind::CapacityBuildingPrinciple,
            });
            let elements: Vec<&Element> =
                framework.elements.iter().filter(|e| kind.is_none_or(|k| e.kind == k)).collect();
            match format {
                Format::Json => output::json(&elements)?,
                Format::Table | Format::Akn | Format::Md | Format::Html | Format::Docx => {
                    let rows: Vec<Vec<String>> = elements
                        .iter()
                        .map(|e| {
                            let title = match &e.letter {
                                Some(l) => format!("({l}) {}", e.title(lang)),
                                None => e.title(lang).to_string(),
                            };
                            vec![e.id.clone(), e.kind.as_str().to_string(), title, refs(e)]
                        })
                        .collect();
                    output::table(&["ID", "KIND", "TITLE", "WHERE THE TEXT STANDS"], &rows);
                    crate::say!("framework version {}", framework.version);
                }
            }
        }
        FrameworkCommand::Show { id } => {
            let Some(element) = framework.get(&id) else {
                let ids: Vec<&str> = framework.elements.iter().map(|e| e.id.as_str()).collect();
                eprintln!("error: no framework element has the id {id:?}; known ids: {}", ids.join(", "));
                return Err(Exit(1).into());
            };
            match format {
                Format::Json => output::json(element)?,
                Format::Table | Format::Akn | Format::Md | Format::Html | Format::Docx => {
                    crate::say!("{} ({})", element.id, element.kind.as_str());
                    if let Some(p) = &element.parent {
                        crate::say!("part of: {p}");
                    }
                    crate::say!("text: {}", refs(element));
                    let rows: Vec<Vec<String>> = Lang::ALL
                        .into_iter()
                        .map(|l| vec![l.code().to_string(), element.title(l).to_string()])
                        .collect();
                    output::table(&["LANG", "TITLE"], &rows);
                }
            }
        }
    }
    Ok(())
}
