//! Two documents compared paragraph by paragraph (a draft and the adopted resolution, this
//! year's resolution and last year's): added, removed, moved and changed paragraphs, with the
//! changed words marked.

use askama::Template;
use axum::extract::Query;
use axum::extract::rejection::QueryRejection;
use axum::response::Response;
use comity_documents::{Change, Document, SegmentOp};
use comity_i18n::Lang;
use serde::Deserialize;

use super::documents::{place_label, version};
use super::page::{OrFail, Page, PageCtx, PageError, render};

#[derive(Deserialize, Default)]
pub(crate) struct DiffQuery {
    #[serde(default)]
    old: String,
    #[serde(default)]
    new: String,
}

/// A run of a changed paragraph's text.
pub(crate) struct Run {
    pub(crate) text: String,
    /// `ins`, `del` or empty.
    pub(crate) mark: &'static str,
}

/// A row of the diff table: one paragraph's change.
pub(crate) struct DiffRow {
    pub(crate) change: &'static str,
    pub(crate) change_label: String,
    pub(crate) old_place: String,
    pub(crate) new_place: String,
    pub(crate) runs: Vec<Run>,
}

/// A place of two documents that share no language: each one's text there, in its language.
struct AlignedRow {
    change: &'static str,
    change_label: String,
    place: String,
    old_text: Option<String>,
    new_text: Option<String>,
}

struct SymbolChoice {
    symbol: String,
    old_selected: bool,
    new_selected: bool,
}

#[derive(Template)]
#[template(path = "diff.html")]
struct DiffPage<'a> {
    page: Page<'a>,
    symbols: Vec<SymbolChoice>,
    compared: bool,
    /// Why the two could not be compared.
    problem: Option<String>,
    text_lang: Lang,
    notice: Option<String>,
    summary: String,
    rows: Vec<DiffRow>,
    old_heading: String,
    new_heading: String,
    /// Two documents with no language in common, set side by side by place: the languages
    /// shown (old, new) and the rows.
    across: Option<(Lang, Lang)>,
    aligned: Vec<AlignedRow>,
}

pub(crate) async fn diff(
    PageCtx { app, lang, uri, .. }: PageCtx,
    query: Result<Query<DiffQuery>, QueryRejection>,
) -> Result<Response, PageError> {
    let Query(query) = query.unwrap_or_else(|_| Query(DiffQuery::default()));
    let page = Page::new(lang, &app.catalog.messages, "documents", &uri);
    let listed = app.store.list_documents(None, None).await.or_fail("reading the record failed")?;
    let old = comity_documents::normalise_symbol(&query.old);
    let new = comity_documents::normalise_symbol(&query.new);
    let symbols = listed
        .iter()
        .map(|d| SymbolChoice {
            symbol: d.symbol.clone(),
            old_selected: old.as_deref() == Some(d.symbol.as_str()),
            new_selected: new.as_deref() == Some(d.symbol.as_str()),
        })
        .collect();
    let mut view = DiffPage {
        symbols,
        compared: false,
        problem: None,
        text_lang: lang,
        notice: None,
        summary: String::new(),
        rows: Vec::new(),
        old_heading: page.t("diff-old"),
        new_heading: page.t("diff-new"),
        across: None,
        aligned: Vec::new(),
        page,
    };
    let (Some(old), Some(new)) = (old, new) else {
        if !query.old.is_empty() && !query.new.is_empty() {
            view.problem = Some(view.page.t("diff-choose-two"));
        }
        return Ok(render(&view));
    };
    let held = |symbol: &str| -> Vec<Lang> {
        listed
            .iter()
            .find(|d| d.symbol == symbol)
            .map(|d| d.languages.iter().filter_map(|c| c.parse().ok()).collect())
            .unwrap_or_default()
    };
    let (old_langs, new_langs) = (held(&old), held(&new));
    if old_langs.is_empty() || new_langs.is_empty() {
        view.problem = Some(view.page.t("diff-choose-two"));
        return Ok(render(&view));
    }
    // The page's language when both hold it, else English, else any language both hold.
    let common: Vec<Lang> = old_langs.iter().copied().filter(|l| new_langs.contains(l)).collect();
    let Some(shown) = [lang, Lang::En].into_iter().chain(common.iter().copied()).find(|l| common.contains(l)) else {
        // No language in common: each in the page's language, else English, else its first,
        // aligned by place (places are the same in every language).
        let pick = |held: &[Lang]| [lang, Lang::En].into_iter().chain(held.iter().copied()).find(|l| held.contains(l));
        let (Some(ol), Some(nl)) = (pick(&old_langs), pick(&new_langs)) else { return Err(PageError::Failed) };
        let (Some(a), Some(b)) = (version(&app, &old, ol).await, version(&app, &new, nl).await) else {
            return Err(PageError::Failed);
        };
        view.compared = true;
        view.across = Some((ol, nl));
        view.notice = Some(view.page.t_with2(
            "diff-across-languages",
            "old",
            &view.page.t_key("lang-name-", ol.code()),
            "new",
            &view.page.t_key("lang-name-", nl.code()),
        ));
        view.aligned = aligned_rows(&view.page, &a, &b);
        return Ok(render(&view));
    };
    let (Some(a), Some(b)) = (version(&app, &old, shown).await, version(&app, &new, shown).await) else {
        return Err(PageError::Failed);
    };
    view.compared = true;
    view.text_lang = shown;
    view.notice = (shown != lang).then(|| {
        view.page.t_with("document-not-in-language", "language", &view.page.t_key("lang-name-", shown.code()))
    });
    view.rows = rows(&view.page, &a, &b);
    view.summary = diff_summary(&view.page, &view.rows);
    Ok(render(&view))
}

fn rows(page: &Page<'_>, old: &Document, new: &Document) -> Vec<DiffRow> {
    let old_texts: std::collections::HashMap<String, String> =
        old.paragraphs().into_iter().map(|(place, _, text)| (place, text)).collect();
    let new_texts: std::collections::HashMap<String, String> =
        new.paragraphs().into_iter().map(|(place, _, text)| (place, text)).collect();
    let text_of = |old: Option<&str>, new: Option<&str>| {
        new.and_then(|p| new_texts.get(p)).or_else(|| old.and_then(|p| old_texts.get(p))).cloned().unwrap_or_default()
    };
    diff_rows(page, comity_documents::diff(old, new), &text_of, (&place_label, &place_label))
}

/// Names a place of a text as its readers know it (`preamble 3` as `P3`, `p7` as `5 (b)`).
pub(crate) type PlaceLabel<'a> = dyn Fn(&str) -> String + 'a;

/// The rows of the diff table (`diff_table.html`) for `changes`: `text_of(old place, new
/// place)` gives the text of a paragraph shown whole (unchanged, moved, added, removed), and
/// `labels` name a place of the earlier and of the later text as the reader knows it.
pub(crate) fn diff_rows(
    page: &Page<'_>,
    changes: Vec<comity_documents::ParagraphChange>,
    text_of: &dyn Fn(Option<&str>, Option<&str>) -> String,
    (old_label, new_label): (&PlaceLabel<'_>, &PlaceLabel<'_>),
) -> Vec<DiffRow> {
    changes
        .into_iter()
        .map(|c| {
            let change = match c.change {
                Change::Same => "same",
                Change::Changed => "changed",
                Change::Moved => "moved",
                Change::Added => "added",
                Change::Removed => "removed",
            };
            let runs = if c.segments.is_empty() {
                vec![Run { text: text_of(c.old.as_deref(), c.new.as_deref()), mark: "" }]
            } else {
                c.segments
                    .into_iter()
                    .map(|s| Run {
                        mark: match s.op {
                            SegmentOp::Equal => "",
                            SegmentOp::Insert => "ins",
                            SegmentOp::Delete => "del",
                        },
                        text: s.text,
                    })
                    .collect()
            };
            DiffRow {
                change,
                change_label: page.t_key("diff-change-", change),
                old_place: c.old.as_deref().map(old_label).unwrap_or_default(),
                new_place: c.new.as_deref().map(new_label).unwrap_or_default(),
                runs,
            }
        })
        .collect()
}

/// The line above the diff table: how many paragraphs changed, were added, removed, moved.
pub(crate) fn diff_summary(page: &Page<'_>, rows: &[DiffRow]) -> String {
    let count = |c: &str| rows.iter().filter(|r| r.change == c).count();
    format!(
        "{} · {} · {} · {}",
        page.t_count("diff-count-changed", count("changed")),
        page.t_count("diff-count-added", count("added")),
        page.t_count("diff-count-removed", count("removed")),
        page.t_count("diff-count-moved", count("moved")),
    )
}

/// The places of two documents in different languages, in the later one's order with the
/// earlier one's places it lacks where they stood: what each says there.
fn aligned_rows(page: &Page<'_>, old: &Document, new: &Document) -> Vec<AlignedRow> {
    let old_paragraphs = old.paragraphs();
    let new_paragraphs = new.paragraphs();
    let old_text = |place: &str| old_paragraphs.iter().find(|p| p.0 == place).map(|p| p.2.clone());
    let mut out: Vec<AlignedRow> = Vec::new();
    let row = |change: &'static str, place: &str, old_text: Option<String>, new_text: Option<String>| AlignedRow {
        change,
        change_label: page.t_key("diff-change-", change),
        place: place_label(place),
        old_text,
        new_text,
    };
    let mut next_old = 0;
    for (place, _, text) in &new_paragraphs {
        if let Some(k) = old_paragraphs.iter().position(|p| &p.0 == place) {
            // The earlier document's places before this one that the later lacks.
            for (p, _, t) in old_paragraphs.iter().take(k).skip(next_old) {
                if !new_paragraphs.iter().any(|n| &n.0 == p) {
                    out.push(row("removed", p, Some(t.clone()), None));
                }
            }
            next_old = next_old.max(k + 1);
            out.push(row("aligned", place, old_text(place), Some(text.clone())));
        } else {
            out.push(row("added", place, None, Some(text.clone())));
        }
    }
    for (p, _, t) in old_paragraphs.iter().skip(next_old) {
        if !new_paragraphs.iter().any(|n| &n.0 == p) {
            out.push(row("removed", p, Some(t.clone()), None));
        }
    }
    out
}
