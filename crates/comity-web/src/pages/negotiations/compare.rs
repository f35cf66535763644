//! One revision of a negotiation against another, for those who may read it: Rev.n+1 against
//! Rev.n by default, or any two (a revision against the zero draft), paragraph by paragraph
//! with the words changed marked, in the portal and as a Word file with the changes tracked.

use askama::Template;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::Response;
use comity_docx::tracked::Author;
use comity_i18n::{Lang, MessageArg};
use comity_negotiation::comparison::{self, ComparisonWords};
use comity_negotiation::revise::compare;
use comity_negotiation::text::Text;
use comity_store::{Negotiation, NegotiationRevision};
use serde::Deserialize;

use super::{read_negotiation, revision_label as revision_name};
use crate::pages::diff::{DiffRow, diff_rows, diff_summary};
use crate::pages::page::{Page, PageCtx, PageError, private_word_file, render_private};

#[derive(Deserialize, Default)]
pub(crate) struct CompareQuery {
    /// The earlier revision's number (0 is the zero draft); by default the one before `to`.
    from: Option<String>,
    /// The later revision's number; by default the current revision.
    to: Option<String>,
}

#[derive(Template)]
#[template(path = "negotiation_compare.html")]
struct ComparePage<'a> {
    page: Page<'a>,
    name: String,
    title: String,
    /// Every revision there is: (number, name).
    revisions: Vec<(i64, String)>,
    from: i64,
    to: i64,
    lead: String,
    /// What was asked that is not there, in the reader's words.
    problem: Option<String>,
    compared: bool,
    text_lang: Lang,
    summary: String,
    rows: Vec<DiffRow>,
    old_heading: String,
    new_heading: String,
}

/// The two revisions asked for, or the reader's words for the one that is not there.
enum Asked {
    Both(Box<(NegotiationRevision, NegotiationRevision)>),
    Missing(String),
}

/// Reads the revisions `query` names (by default the current one and the one before it).
async fn asked(
    ctx: &PageCtx,
    page: &Page<'_>,
    negotiation: &Negotiation,
    query: &CompareQuery,
) -> Result<(i64, i64, Asked), PageError> {
    let current = negotiation.summary.current_revision;
    let number = |given: &Option<String>, default: i64| match given.as_deref().map(str::trim) {
        None | Some("") => Ok(default),
        Some(text) => text.parse::<i64>().ok().filter(|n| (0..=current).contains(n)).ok_or_else(|| text.to_string()),
    };
    let to = number(&query.to, current);
    let from = number(&query.from, to.as_ref().map(|t| (t - 1).max(0)).unwrap_or(current.saturating_sub(1).max(0)));
    let (from, to) = match (from, to) {
        (Ok(from), Ok(to)) => (from, to),
        (Err(asked), _) | (_, Err(asked)) => {
            let (first, last) = (revision_name(page, 0), revision_name(page, current));
            let told = ctx.app.catalog.messages.format(
                ctx.lang,
                "negotiation-compare-no-revision",
                &[
                    ("asked", MessageArg::from(asked.as_str())),
                    ("first", MessageArg::from(first.as_str())),
                    ("last", MessageArg::from(last.as_str())),
                ],
            );
            return Ok((0, current, Asked::Missing(told)));
        }
    };
    let id = &negotiation.summary.id;
    let old = ctx.app.store.negotiation_revision(id, from).await?;
    let new = if to == negotiation.revision.number {
        negotiation.revision.clone()
    } else {
        ctx.app.store.negotiation_revision(id, to).await?
    };
    Ok((from, to, Asked::Both(Box::new((old, new)))))
}

/// A paragraph's number in `text` as proposals name it (`12`, `12 (c)`), by lasting place.
fn labeller(text: &Text) -> impl Fn(&str) -> String + '_ {
    let labels = text.labels();
    move |place: &str| {
        text.paragraphs
            .iter()
            .zip(&labels)
            .find(|(p, _)| p.place == place)
            .map(|(_, l)| l.reference())
            .unwrap_or_default()
    }
}

/// The comparison page.
pub(crate) async fn compare_page(
    ctx: PageCtx,
    Path((_, name)): Path<(String, String)>,
    Query(query): Query<CompareQuery>,
) -> Result<Response, PageError> {
    let negotiation = read_negotiation(&ctx, &name).await?;
    let page = Page::new(ctx.lang, &ctx.app.catalog.messages, "negotiations", &ctx.uri);
    let text_lang: Lang = negotiation.summary.lang.parse().unwrap_or(Lang::En);
    let (from, to, asked) = asked(&ctx, &page, &negotiation, &query).await?;
    let revisions = (0..=negotiation.summary.current_revision).map(|n| (n, revision_name(&page, n))).collect();
    let (status, problem, rows) = match &asked {
        Asked::Missing(told) => (StatusCode::NOT_FOUND, Some(told.clone()), None),
        Asked::Both(pair) => {
            let (old, new) = pair.as_ref();
            let changes = compare(text_lang, &old.text, &new.text);
            let text_of = |o: Option<&str>, n: Option<&str>| {
                let find = |t: &Text, place: Option<&str>| {
                    place.and_then(|place| t.paragraphs.iter().find(|p| p.place == place)).map(|p| p.text.clone())
                };
                find(&new.text, n).or_else(|| find(&old.text, o)).unwrap_or_default()
            };
            let (old_label, new_label) = (labeller(&old.text), labeller(&new.text));
            (StatusCode::OK, None, Some(diff_rows(&page, changes, &text_of, (&old_label, &new_label))))
        }
    };
    let compared = rows.is_some();
    let rows = rows.unwrap_or_default();
    let template = ComparePage {
        name: negotiation.summary.name.clone(),
        title: negotiation.summary.title.clone(),
        revisions,
        from,
        to,
        lead: page.t_with2(
            "negotiation-compare-lead",
            "later",
            &revision_name(&page, to),
            "earlier",
            &revision_name(&page, from),
        ),
        problem,
        compared,
        text_lang,
        summary: diff_summary(&page, &rows),
        old_heading: revision_name(&page, from),
        new_heading: revision_name(&page, to),
        rows,
        page,
    };
    Ok(render_private(status, &template))
}

/// The same comparison as a Word file with the changes tracked under the later revision's name.
pub(crate) async fn compare_docx(
    ctx: PageCtx,
    Path((_, name)): Path<(String, String)>,
    Query(query): Query<CompareQuery>,
) -> Result<Response, PageError> {
    let negotiation = read_negotiation(&ctx, &name).await?;
    let page = Page::new(ctx.lang, &ctx.app.catalog.messages, "negotiations", &ctx.uri);
    let (from, to, Asked::Both(pair)) = asked(&ctx, &page, &negotiation, &query).await? else {
        return Err(PageError::NotFound);
    };
    let (old, new) = *pair;
    let text_lang: Lang = negotiation.summary.lang.parse().unwrap_or(Lang::En);
    let messages = &ctx.app.catalog.messages;
    let (later, earlier) = (revision_name(&page, to), revision_name(&page, from));
    let words = ComparisonWords {
        title: messages.format(
            ctx.lang,
            "negotiation-compare-lead",
            &[("later", MessageArg::from(later.as_str())), ("earlier", MessageArg::from(earlier.as_str()))],
        ),
        moved_from: messages.format(
            ctx.lang,
            "negotiation-compare-moved-from",
            &[("place", MessageArg::from("{place}"))],
        ),
    };
    let author = Author { name: later, date: new.created_at.clone() };
    let changes = compare(text_lang, &old.text, &new.text);
    let bytes = comparison::to_docx(text_lang, &old.text, &new.text, &changes, &words, &author);
    let file = format!("{}-rev{to}-against-rev{from}.docx", negotiation.summary.name);
    Ok(private_word_file(&file, bytes))
}
