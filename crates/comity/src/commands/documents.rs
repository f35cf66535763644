//! `comity documents`: reading UN documents.

use anyhow::Context;
use comity_documents::{Document, Item, ParseOptions, parse};
use comity_i18n::{Collation, Lang};
use comity_states::StateRegistry;

use crate::cli::{DocumentsCommand, Format};
use crate::{output, say};

pub fn run(command: DocumentsCommand, format: Format) -> anyhow::Result<()> {
    match command {
        DocumentsCommand::Parse { file, lang, symbol } => {
            let lang = lang.map(|l| l.parse::<Lang>().map_err(|e| anyhow::anyhow!("--lang: {e}"))).transpose()?;
            let bytes = std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
            // Parsing needs no database: the States come from the data built into the release.
            let states = StateRegistry::embedded(&Collation::new())?;
            let document = parse(&bytes, &ParseOptions { lang, symbol }, &states)
                .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
            match format {
                Format::Json => output::json(&document)?,
                Format::Table => outline(&document),
                Format::Akn => output::line(comity_documents::to_akoma_ntoso(&document, &today()).trim_end()),
            }
            Ok(())
        }
    }
}

fn outline(d: &Document) {
    say!("{} ({:?}, {})", d.symbol.as_deref().unwrap_or("no symbol"), d.kind, d.language);
    if let Some(t) = &d.title {
        say!("{t}");
    }
    say!(
        "session {:?}, {}, agenda items {:?}",
        d.session,
        d.committee.as_deref().unwrap_or("plenary"),
        d.agenda_items.iter().map(|a| a.number.as_str()).collect::<Vec<_>>()
    );
    let unresolved = d.sponsors.iter().filter(|s| s.iso3.is_none()).count();
    say!("{} sponsors ({unresolved} not resolved to a State)", d.sponsors.len());
    for p in &d.preamble {
        say!("  P{:<3} [{}] {}", p.number, p.verb_key.as_deref().unwrap_or("?"), shorten(&p.text));
    }
    fn items(list: &[Item], depth: usize) {
        for i in list {
            say!("{}{} {}", "  ".repeat(depth + 3), i.label, shorten(&i.text));
            items(&i.items, depth + 1);
        }
    }
    for p in &d.operative {
        say!("  {:<4} [{}] {}", format!("{}.", p.number), p.verb_key.as_deref().unwrap_or("?"), shorten(&p.text));
        items(&p.items, 0);
    }
    for f in &d.footnotes {
        say!(
            "  footnote {} -> {}: {}",
            f.marker,
            f.attached_to.as_deref().unwrap_or("(marker not found)"),
            shorten(&f.text)
        );
    }
    say!("{} citations, {} unrecognized lines", d.citations.len(), d.unrecognized.len());
    for u in &d.unrecognized {
        say!("  line {}: {}", u.line, shorten(&u.text));
    }
}

/// Today's date (UTC) as ISO 8601.
fn today() -> String {
    jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::UTC).date().to_string()
}

fn shorten(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() > 70 { format!("{}…", chars[..70].iter().collect::<String>()) } else { text.to_string() }
}
