//! `comity documents`: reading UN documents.

use anyhow::Context;
use comity_documents::{Document, Item, ParseOptions, parse};
use comity_i18n::{Collation, Lang};
use comity_states::StateRegistry;

use serde::Serialize;

use super::{Access, open};
use crate::Exit;
use crate::cli::{DocumentsCommand, Format};
use crate::settings::Settings;
use crate::{output, say};

fn parse_lang(lang: Option<&str>) -> anyhow::Result<Option<Lang>> {
    lang.map(|l| l.parse::<Lang>().map_err(|e| anyhow::anyhow!("--lang: {e}"))).transpose()
}

#[derive(Serialize)]
struct FileReport {
    file: String,
    outcome: &'static str,
    symbol: Option<String>,
    lang: Option<&'static str>,
    reason: Option<String>,
    /// What looks wrong though the file was stored (see `Document::warnings`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    warnings: Vec<comity_documents::Warning>,
}

#[derive(Serialize, Default)]
struct IngestReport {
    stored: usize,
    updated: usize,
    unchanged: usize,
    refused: usize,
    files: Vec<FileReport>,
}

/// A document's bytes; a file named `.pdf` must be a PDF (an HTML error page saved under the
/// PDF's name is the usual case).
fn read_document(path: &std::path::Path) -> anyhow::Result<Vec<u8>> {
    let bytes = std::fs::read(path).map_err(|e| anyhow::anyhow!("cannot read: {e}"))?;
    let named_pdf = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    if named_pdf && !bytes.windows(5).take(1024).any(|w| w == b"%PDF-") {
        let start: String =
            String::from_utf8_lossy(&bytes[..bytes.len().min(40)]).chars().filter(|c| !c.is_control()).collect();
        anyhow::bail!("it is named .pdf but is not a PDF (it begins {start:?})");
    }
    Ok(bytes)
}

async fn ingest(
    settings: &Settings,
    files: Vec<std::path::PathBuf>,
    lang: Option<Lang>,
    symbol: Option<String>,
    format: Format,
) -> anyhow::Result<()> {
    if symbol.is_some() && files.len() > 1 {
        return Err(
            crate::settings::SettingsError("--symbol names one document: give it with a single file".into()).into()
        );
    }
    let (store, _) = open(settings, Access::Read).await?;
    let states = StateRegistry::embedded(&Collation::new())?;
    let progress = (files.len() > 1 && std::io::IsTerminal::is_terminal(&std::io::stderr())).then(|| {
        let bar = indicatif::ProgressBar::new(files.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {wide_msg}")
                .expect("static template is valid"),
        );
        bar
    });
    let mut report = IngestReport::default();
    for file in files {
        let name = file.display().to_string();
        if let Some(bar) = &progress {
            bar.set_message(name.clone());
        }
        let result: anyhow::Result<(Document, comity_store::IngestOutcome)> = async {
            let bytes = read_document(&file)?;
            let document = parse(&bytes, &ParseOptions { lang, symbol: symbol.clone() }, &states)?;
            let outcome = store.ingest_document(&document, &name, &bytes).await?;
            Ok((document, outcome))
        }
        .await;
        report.record(name, result);
        if let Some(bar) = &progress {
            bar.inc(1);
        }
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    store.close().await;
    report.finish(format)
}

impl IngestReport {
    /// One file (or downloaded version) stored, updated, unchanged or refused.
    fn record(&mut self, file: String, result: anyhow::Result<(Document, comity_store::IngestOutcome)>) {
        let entry = match result {
            Ok((document, outcome)) => {
                let word = match outcome {
                    comity_store::IngestOutcome::Stored => {
                        self.stored += 1;
                        "stored"
                    }
                    comity_store::IngestOutcome::Updated => {
                        self.updated += 1;
                        "updated"
                    }
                    comity_store::IngestOutcome::Unchanged => {
                        self.unchanged += 1;
                        "unchanged"
                    }
                };
                FileReport {
                    file,
                    outcome: word,
                    symbol: document.symbol.clone(),
                    lang: Some(document.language.code()),
                    reason: None,
                    warnings: document.warnings(),
                }
            }
            Err(e) => {
                self.refused += 1;
                FileReport {
                    file,
                    outcome: "refused",
                    symbol: None,
                    lang: None,
                    reason: Some(format!("{e:#}")),
                    warnings: Vec::new(),
                }
            }
        };
        self.files.push(entry);
    }

    /// Prints the report; exit status 1 when anything was refused.
    fn finish(self, format: Format) -> anyhow::Result<()> {
        match format {
            Format::Json => output::json(&self)?,
            _ => {
                for f in &self.files {
                    match &f.reason {
                        Some(reason) => say!("refused    {}: {reason}", f.file),
                        None => say!(
                            "{:<10} {} ({}) from {}",
                            f.outcome,
                            f.symbol.as_deref().unwrap_or("?"),
                            f.lang.unwrap_or("?"),
                            f.file
                        ),
                    }
                    for w in &f.warnings {
                        say!("           warning: {}", w.detail());
                    }
                }
                say!(
                    "{} stored, {} updated, {} unchanged, {} refused",
                    self.stored,
                    self.updated,
                    self.unchanged,
                    self.refused
                );
            }
        }
        if self.refused > 0 { Err(Exit(1).into()) } else { Ok(()) }
    }
}

/// Downloads each language version of each symbol from the ODS and reads it into the record.
async fn fetch(settings: &Settings, symbols: Vec<String>, langs: Vec<Lang>, format: Format) -> anyhow::Result<()> {
    let (store, _) = open(settings, Access::Read).await?;
    let states = std::sync::Arc::new(StateRegistry::embedded(&Collation::new())?);
    let mut report = IngestReport::default();
    let mut jobs = Vec::new();
    for given in symbols {
        match comity_ods::symbol(&given) {
            Ok(symbol) => jobs.extend(langs.iter().map(|l| (symbol.clone(), *l))),
            Err(e) => report.record(given, Err(e.into())),
        }
    }
    let progress = std::io::IsTerminal::is_terminal(&std::io::stderr()).then(|| {
        let bar = indicatif::ProgressBar::new(jobs.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {wide_msg}")
                .expect("static template is valid"),
        );
        bar
    });
    let base = settings.ods_url.clone();
    let mut results = comity_ods::fetch_all(&base, jobs, states);
    while let Some(fetched) = results.recv().await {
        let name = format!("{} ({})", fetched.symbol, fetched.lang.code());
        if let Some(bar) = &progress {
            bar.set_message(name.clone());
            bar.inc(1);
        }
        let source = comity_ods::address(&base, &fetched.symbol, fetched.lang);
        let result = match fetched.result {
            Ok((bytes, document)) => {
                store.ingest_document(&document, &source, &bytes).await.map(|o| (document, o)).map_err(Into::into)
            }
            Err(e) => Err(e.into()),
        };
        report.record(name, result);
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    store.close().await;
    report.finish(format)
}

/// A document to compare: a file parsed now, or a language version from the record.
async fn comparable(
    settings: &Settings,
    arg: &str,
    lang: Option<Lang>,
    states: &StateRegistry,
) -> anyhow::Result<Document> {
    let path = std::path::Path::new(arg);
    if path.is_file() {
        let bytes = std::fs::read(path).with_context(|| format!("cannot read {arg}"))?;
        return parse(&bytes, &ParseOptions { lang, symbol: None }, states).map_err(|e| anyhow::anyhow!("{arg}: {e}"));
    }
    let symbol = comity_documents::normalise_symbol(arg)
        .ok_or_else(|| anyhow::anyhow!("{arg:?} is neither a file nor a document symbol"))?;
    let (store, _) = open(settings, Access::Read).await?;
    let Some(summary) = store.document_summary(&symbol).await? else {
        store.close().await;
        anyhow::bail!("{symbol} is not in the record and no file has that name");
    };
    let code = match lang {
        Some(l) => l.code().to_string(),
        None if summary.languages.iter().any(|l| l == "en") => "en".into(),
        None => summary.languages[0].clone(),
    };
    let version = store.document_version(&symbol, &code).await?;
    store.close().await;
    let version = version
        .ok_or_else(|| anyhow::anyhow!("{symbol} has no {code} version; it has {}", summary.languages.join(", ")))?;
    // The record keeps the parser's own output, so it reads back into a Document.
    comity_documents::Document::from_stored(&version).map_err(|e| anyhow::anyhow!("{symbol} ({code}): {e}"))
}

pub async fn run(settings: &Settings, command: DocumentsCommand, format: Format) -> anyhow::Result<()> {
    match command {
        DocumentsCommand::Diff { old, new, lang } => {
            let lang = parse_lang(lang.as_deref())?;
            let states = StateRegistry::embedded(&Collation::new())?;
            let old_doc = comparable(settings, &old, lang, &states).await?;
            let new_doc = comparable(settings, &new, lang, &states).await?;
            let changes = comity_documents::diff(&old_doc, &new_doc);
            match format {
                Format::Json => output::json(&serde_json::json!({ "old": old, "new": new, "changes": changes }))?,
                _ => {
                    use comity_documents::{Change, SegmentOp};
                    for c in &changes {
                        let places = match (&c.old, &c.new) {
                            (Some(o), Some(n)) if o == n => o.clone(),
                            (Some(o), Some(n)) => format!("{o} -> {n}"),
                            (Some(o), None) => o.clone(),
                            (None, Some(n)) => n.clone(),
                            (None, None) => String::new(),
                        };
                        let mark = match c.change {
                            Change::Same => "=",
                            Change::Changed => "~",
                            Change::Moved => "^",
                            Change::Added => "+",
                            Change::Removed => "-",
                        };
                        say!("{mark} {places}");
                        if !c.segments.is_empty() {
                            let marked: String = c
                                .segments
                                .iter()
                                .map(|s| match s.op {
                                    SegmentOp::Equal => s.text.clone(),
                                    SegmentOp::Insert => format!("{{+{}+}}", s.text),
                                    SegmentOp::Delete => format!("[-{}-]", s.text),
                                })
                                .collect();
                            say!("    {marked}");
                        }
                    }
                    let count = |k: Change| changes.iter().filter(|c| c.change == k).count();
                    say!(
                        "{} same, {} changed, {} moved, {} added, {} removed",
                        count(Change::Same),
                        count(Change::Changed),
                        count(Change::Moved),
                        count(Change::Added),
                        count(Change::Removed)
                    );
                }
            }
            Ok(())
        }
        DocumentsCommand::Fetch { symbols, lang } => {
            let langs = match lang {
                Some(list) => list
                    .split(',')
                    .map(|l| {
                        l.trim().parse::<Lang>().map_err(|e| crate::settings::SettingsError(format!("--lang: {e}")))
                    })
                    .collect::<Result<Vec<_>, _>>()?,
                None => Lang::ALL.to_vec(),
            };
            fetch(settings, symbols, langs, format).await
        }
        DocumentsCommand::Ingest { files, lang, symbol } => {
            ingest(settings, files, parse_lang(lang.as_deref())?, symbol, format).await
        }
        DocumentsCommand::List { session, kind } => {
            let (store, _) = open(settings, Access::Read).await?;
            let docs = store.list_documents(session, kind.as_deref()).await?;
            store.close().await;
            match format {
                Format::Json => output::json(&docs)?,
                _ => {
                    let rows: Vec<Vec<String>> = docs
                        .iter()
                        .map(|d| {
                            vec![
                                d.symbol.clone(),
                                d.kind.clone(),
                                d.session.map(|s| s.to_string()).unwrap_or_default(),
                                d.languages.join(" "),
                                shorten(d.title.as_deref().unwrap_or("")),
                            ]
                        })
                        .collect();
                    output::table(&["SYMBOL", "KIND", "SESSION", "LANGUAGES", "TITLE"], &rows);
                }
            }
            Ok(())
        }
        DocumentsCommand::Lineage { symbol } => {
            let symbol = comity_documents::normalise_symbol(&symbol)
                .ok_or_else(|| anyhow::anyhow!("{symbol:?} is not a document symbol like A/RES/76/19"))?;
            let (store, _) = open(settings, Access::Read).await?;
            let lineage = store.lineage(&symbol).await?;
            store.close().await;
            let Some(l) = lineage else {
                eprintln!("error: {symbol} is not in the record; `comity documents list` shows what is");
                return Err(Exit(1).into());
            };
            match format {
                Format::Json => output::json(&l)?,
                _ => {
                    say!("{symbol} cites:");
                    for c in &l.cites {
                        let held = if c.in_record { "in the record" } else { "missing" };
                        let part = c.part.as_deref().map(|p| format!(" {p}")).unwrap_or_default();
                        say!(
                            "  {}{} {}{part} ({held}){}",
                            "  ".repeat(c.depth - 1),
                            c.kind,
                            c.cited,
                            if c.depth > 1 { format!(", via {}", c.via) } else { String::new() }
                        );
                    }
                    say!("cited by:");
                    for c in &l.cited_by {
                        say!(
                            "  {}{}{}",
                            "  ".repeat(c.depth - 1),
                            c.symbol,
                            if c.depth > 1 { format!(", via {}", c.via) } else { String::new() }
                        );
                    }
                    if !l.missing.is_empty() {
                        say!("missing from the record: {}", l.missing.join(", "));
                    }
                    for h in &l.agenda_history {
                        say!(
                            "session {}: agenda item {}: {}",
                            h.session.map(|s| s.to_string()).unwrap_or_else(|| "?".into()),
                            h.number,
                            h.symbols.join(", ")
                        );
                    }
                }
            }
            Ok(())
        }
        DocumentsCommand::Show { symbol, lang } => {
            let lang = parse_lang(lang.as_deref())?;
            let symbol = comity_documents::normalise_symbol(&symbol)
                .ok_or_else(|| anyhow::anyhow!("{symbol:?} is not a document symbol like A/RES/76/19"))?;
            let (store, _) = open(settings, Access::Read).await?;
            let Some(summary) = store.document_summary(&symbol).await? else {
                store.close().await;
                eprintln!("error: {symbol} is not in the record; `comity documents list` shows what is");
                return Err(Exit(1).into());
            };
            let lang = lang.map(|l| l.code().to_string()).unwrap_or_else(|| {
                if summary.languages.iter().any(|l| l == "en") { "en".into() } else { summary.languages[0].clone() }
            });
            let Some(version) = store.document_version(&symbol, &lang).await? else {
                store.close().await;
                eprintln!("error: {symbol} has no {lang} version; it has {}", summary.languages.join(", "));
                return Err(Exit(1).into());
            };
            store.close().await;
            match format {
                Format::Json => output::json(&version)?,
                _ => {
                    say!("{symbol} ({}), versions: {}", summary.kind, summary.languages.join(", "));
                    say!("{}", version["title"].as_str().unwrap_or(""));
                    for p in version["preamble"].as_array().into_iter().flatten() {
                        say!("  P{:<3} {}", p["number"], p["text"].as_str().unwrap_or(""));
                    }
                    for p in version["operative"].as_array().into_iter().flatten() {
                        say!("  {:<4} {}", format!("{}.", p["number"]), p["text"].as_str().unwrap_or(""));
                    }
                }
            }
            Ok(())
        }
        DocumentsCommand::Parse { file, lang, symbol } => {
            let lang = parse_lang(lang.as_deref())?;
            let bytes = read_document(&file).with_context(|| file.display().to_string())?;
            // Parsing needs no database: the States come from the data built into the release.
            let states = StateRegistry::embedded(&Collation::new())?;
            let document = parse(&bytes, &ParseOptions { lang, symbol }, &states)
                .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
            match format {
                Format::Json => output::json(&document)?,
                Format::Table | Format::Md | Format::Html | Format::Docx => outline(&document),
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
