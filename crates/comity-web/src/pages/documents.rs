//! The record of the agenda item: the list of documents, and one page per document with a
//! second language side by side (aligned by paragraph) and its lineage.

use askama::Template;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query};
use axum::response::Response;
use comity_documents::Document;
use comity_i18n::Lang;
use comity_store::{DocumentSummary, Lineage};
use serde::Deserialize;

use super::page::{Found, OrFail, Page, PageCtx, PageError, failure};
use crate::AppState;

struct ListRow {
    summary: DocumentSummary,
    kind_label: String,
    /// The title and the language it is in.
    title: Option<(String, Lang)>,
}

/// A document's title for a page in `lang`: in that language when the record holds it, else
/// in English, else in the first language held; with the language it is in.
pub(super) fn title_for(d: &DocumentSummary, lang: Lang) -> Option<(String, Lang)> {
    [lang.code(), "en"]
        .into_iter()
        .chain(d.languages.iter().map(String::as_str))
        .find_map(|code| Some((d.titles.get(code)?.clone(), code.parse::<Lang>().ok()?)))
}

#[derive(Template)]
#[template(path = "documents.html")]
struct DocumentsPage<'a> {
    page: Page<'a>,
    rows: Vec<ListRow>,
}

/// The list of the record's documents, from the page cache while the record is unchanged.
pub(crate) async fn list(PageCtx { app, lang, uri, .. }: PageCtx) -> Result<Response, PageError> {
    let body = super::page::from_cache(&app, uri.path(), record_print(&app), || async {
        let docs = app.store.list_documents(None, None).await.or_fail("reading the record")?;
        let page = Page::new(lang, &app.catalog.messages, "documents", &uri);
        let rows = docs
            .into_iter()
            .map(|d| ListRow { kind_label: page.t_key("kind-", &d.kind), title: title_for(&d, lang), summary: d })
            .collect();
        super::page::html_of(&DocumentsPage { page, rows })
    })
    .await;
    super::page::cached_response(body)
}

#[derive(Deserialize, Default)]
pub(crate) struct ShowQuery {
    #[serde(default)]
    compare: String,
}

/// One row of the paragraphs table: a place, and the text in the one or two languages shown.
struct ParagraphRow {
    label: String,
    primary: String,
    secondary: Option<String>,
}

struct LangChoice {
    code: &'static str,
    native: &'static str,
    selected: bool,
}

struct CiteRow {
    label: String,
    href: Option<String>,
    missing: bool,
}

/// A sponsor of a document: the State's name in the page's language, linked to its page.
struct SponsorLink {
    href: Option<String>,
    name: String,
    /// The language of a name left as the document wrote it, when not the page's.
    foreign: Option<(&'static str, &'static str)>,
}

#[derive(Template)]
#[template(path = "document.html")]
struct DocumentPage<'a> {
    page: Page<'a>,
    symbol: String,
    kind_label: String,
    title: String,
    primary: Lang,
    secondary: Option<Lang>,
    notice: Option<String>,
    session_label: Option<String>,
    adopted_on: Option<String>,
    sponsors: Vec<SponsorLink>,
    /// Between two sponsors, as the page's language writes a list.
    sponsor_separator: &'static str,
    choices: Vec<LangChoice>,
    rows: Vec<ParagraphRow>,
    cites: Vec<CiteRow>,
    cited_by: Vec<CiteRow>,
    /// The agenda item in each session, with its documents: (label, links).
    agenda_history: Vec<(String, Vec<CiteRow>)>,
    /// For the Secretariat: what looks wrong in the reading of this version.
    warnings: Vec<String>,
    /// A negotiated text the visitor may read the negotiation of: where its paragraphs came from.
    negotiated: Option<String>,
}

/// A paragraph's place as a short, language-neutral label: `P3`, `6.`, `(a)`, `[1]`.
pub(crate) fn place_label(place: &str) -> String {
    let mut parts = place.split(' ');
    match (parts.next(), parts.next()) {
        (Some("preamble"), Some(n)) => format!("P{n}"),
        (Some("footnote"), Some(n)) => format!("[{n}]"),
        (Some("operative"), Some(n)) => match place.rsplit(' ').next() {
            Some(last) if last != n => last.to_string(),
            _ => format!("{n}."),
        },
        _ => place.to_string(),
    }
}

pub(super) async fn version(app: &AppState, symbol: &str, lang: Lang) -> Option<Document> {
    let value = app.store.document_version(symbol, lang.code()).await.ok()??;
    Document::from_stored(&value).ok()
}

fn cite_rows(lineage: &Lineage, lang: Lang, missing_label: &str) -> (Vec<CiteRow>, Vec<CiteRow>) {
    let cites = lineage
        .cites
        .iter()
        .filter(|c| c.depth == 1)
        .map(|c| {
            let part = c.part.as_deref().map(|p| format!(" {p}")).unwrap_or_default();
            let label =
                if c.in_record { format!("{}{part}", c.cited) } else { format!("{}{part} ({missing_label})", c.cited) };
            CiteRow {
                label,
                href: c.target.as_ref().filter(|_| c.in_record).map(|t| format!("/{}/documents/{t}", lang.code())),
                missing: !c.in_record,
            }
        })
        .collect();
    let cited_by = lineage
        .cited_by
        .iter()
        .filter(|c| c.depth == 1)
        .map(|c| CiteRow {
            label: c.symbol.clone(),
            href: Some(format!("/{}/documents/{}", lang.code(), c.symbol)),
            missing: false,
        })
        .collect();
    (cites, cited_by)
}

/// A document's page, from the server's page cache for anonymous readers while the record is
/// unchanged: a document is two versions, its lineage and a table of every paragraph.
pub(crate) async fn show(
    PageCtx { app, lang, visitor, uri }: PageCtx,
    Path((_, symbol)): Path<(String, String)>,
    query: Result<Query<ShowQuery>, QueryRejection>,
) -> Result<Response, PageError> {
    let Some(symbol) = comity_documents::normalise_symbol(&symbol) else { return Err(PageError::NotFound) };
    let Query(query) = query.unwrap_or_else(|_| Query(ShowQuery::default()));
    let body = super::page::from_cache(&app, &uri.to_string(), record_print(&app), || {
        build_document(&app, lang, &visitor, &uri, symbol, query)
    })
    .await;
    super::page::cached_response(body)
}

/// What the record's pages are made of, for the page cache.
async fn record_print(app: &AppState) -> Result<String, PageError> {
    app.store.record_fingerprint().await.map_err(|e| failure("checking the record", &e))
}

async fn build_document(
    app: &AppState,
    lang: Lang,
    visitor: &crate::access::Visitor,
    uri: &axum::http::Uri,
    symbol: String,
    query: ShowQuery,
) -> Result<Option<Vec<u8>>, PageError> {
    let summary = app.store.document_summary(&symbol).await.found("reading the record")?;
    let held: Vec<Lang> = summary.languages.iter().filter_map(|c| c.parse().ok()).collect();
    // The page's language when held, else English, else the first version held.
    let primary = [lang, Lang::En].into_iter().find(|l| held.contains(l)).unwrap_or(held[0]);
    let secondary = query.compare.parse::<Lang>().ok().filter(|l| *l != primary && held.contains(l));
    let Some(main) = version(app, &symbol, primary).await else { return Err(PageError::NotFound) };
    let other = match secondary {
        Some(l) => version(app, &symbol, l).await,
        None => None,
    };
    let lineage = match app.store.lineage(&symbol).await {
        Ok(l) => l,
        Err(e) => return Err(failure("reading the record", &e)),
    };
    let page = Page::new(lang, &app.catalog.messages, "documents", uri);
    let secondary_texts: std::collections::HashMap<String, String> = other
        .as_ref()
        .map(|d| d.paragraphs().into_iter().map(|(place, _, text)| (place, text)).collect())
        .unwrap_or_default();
    let rows = main
        .paragraphs()
        .into_iter()
        .map(|(place, _, text)| ParagraphRow {
            label: place_label(&place),
            secondary: secondary.map(|_| secondary_texts.get(&place).cloned().unwrap_or_default()),
            primary: text,
        })
        .collect();
    let missing_label = page.t("document-missing");
    let (cites, cited_by) = lineage.as_ref().map(|l| cite_rows(l, lang, &missing_label)).unwrap_or_default();
    let agenda_history = lineage
        .as_ref()
        .map(|l| {
            l.agenda_history
                .iter()
                .map(|s| {
                    let session = s.session.map(|n| n.to_string()).unwrap_or_default();
                    let label = page.t_with2("document-agenda-session", "session", &session, "number", &s.number);
                    let links = s
                        .symbols
                        .iter()
                        .map(|sym| CiteRow {
                            label: sym.clone(),
                            href: (*sym != symbol).then(|| format!("/{}/documents/{sym}", lang.code())),
                            missing: false,
                        })
                        .collect();
                    (label, links)
                })
                .collect()
        })
        .unwrap_or_default();
    let choices = held
        .iter()
        .filter(|l| **l != primary)
        .map(|l| LangChoice { code: l.code(), native: l.native_name(), selected: Some(*l) == secondary })
        .collect();
    // The Secretariat keeps the record: it sees where the reading may have gone wrong.
    let warnings = if visitor.in_secretariat() {
        main.warnings()
            .iter()
            .map(|w| {
                page.t_with2(
                    &format!("document-warning-{}", w.code),
                    "at",
                    &w.at,
                    "expected",
                    w.expected.as_deref().unwrap_or(""),
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    let negotiated = match app.store.negotiation_of_document(&symbol).await {
        Ok(Some(name)) => match app.store.negotiation(&name).await {
            Ok(n) if visitor.may_read_negotiation(n.summary.readers) => {
                Some(format!("/{}/negotiations/{}/lineage", lang.code(), super::page::encode_component(&name)))
            }
            Ok(_) => None,
            Err(e) => return Err(failure("reading the negotiation", &e)),
        },
        Ok(None) => None,
        Err(e) => return Err(failure("reading the negotiation", &e)),
    };
    // The warnings are for the signed-in Secretariat only, whose pages no cache keeps.
    super::page::html_of(&DocumentPage {
        warnings,
        negotiated,
        notice: (primary != lang)
            .then(|| page.t_with("document-not-in-language", "language", &page.t_key("lang-name-", primary.code()))),
        kind_label: page.t_key("kind-", &summary.kind),
        session_label: summary.session.map(|s| s.to_string()),
        title: main.title.clone().unwrap_or_default(),
        adopted_on: summary.adopted_on.clone(),
        sponsors: main
            .sponsors
            .iter()
            .map(|s| match s.iso3.as_deref().and_then(|code| app.catalog.states.get(code)) {
                Some(state) => SponsorLink {
                    href: Some(format!("/{}/states/{}", lang.code(), state.iso3)),
                    name: state.short_name(lang).to_string(),
                    foreign: None,
                },
                // A name no State answers to stays as the document wrote it, in its language.
                None => SponsorLink {
                    href: None,
                    name: s.name.clone(),
                    foreign: (primary != lang).then(|| (primary.code(), primary.direction().as_str())),
                },
            })
            .collect(),
        sponsor_separator: match lang {
            Lang::Zh => "、",
            Lang::Ar => "، ",
            _ => ", ",
        },
        page,
        symbol,
        primary,
        secondary,
        choices,
        rows,
        cites,
        cited_by,
        agenda_history,
    })
}
