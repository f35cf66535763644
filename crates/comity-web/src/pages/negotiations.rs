//! Negotiating texts in the portal: the negotiations the reader may read, and one negotiation's
//! compilation text (its current revision, or another, with every proposal inline, who made and
//! joined it, the positions taken), filtered by paragraph and by State, and as a Word file with
//! tracked changes. The negotiating text keeps its own language and direction inside a page in
//! the reader's.

use askama::Template;
use axum::extract::{Path, Query};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use comity_negotiation::compilation::{Compilation, Filter, Words, compile, to_docx};
use comity_negotiation::proposal::{Change, Stance};
use comity_store::{Negotiation, NegotiationRevision, NegotiationSummary};
use serde::Deserialize;

use super::page::{OrFail, Page, PageCtx, PageError, render_private};

#[derive(Template)]
#[template(path = "negotiations.html")]
struct ListPage<'a> {
    page: Page<'a>,
    negotiations: Vec<NegotiationSummary>,
}

pub(crate) async fn list(PageCtx { app, lang, uri, visitor }: PageCtx) -> Result<Response, PageError> {
    let all = app.store.negotiations().await.or_fail("reading negotiations")?;
    let negotiations = all.into_iter().filter(|n| visitor.may_read_negotiation(n.readers)).collect();
    let page = Page::new(lang, &app.catalog.messages, "negotiations", &uri);
    Ok(render_private(StatusCode::OK, &ListPage { page, negotiations }))
}

#[derive(Deserialize, Default)]
pub(crate) struct CompilationQuery {
    revision: Option<i64>,
    /// A paragraph's place (`p7`).
    place: Option<String>,
    /// A State's ISO3 code: what it proposed or joined.
    state: Option<String>,
}

/// A proposal as the page shows it.
struct ProposalRow {
    id: String,
    /// Proposed by ..., co-sponsors ...
    by: String,
    /// What it asks when it is not a rewording (delete, move, add, comment).
    action: Option<String>,
    /// A rewording's runs: (op, text), op one of `=`, `+`, `-`.
    runs: Vec<(char, String)>,
    /// A paragraph added.
    added: Option<String>,
    justification: String,
    late: bool,
    /// Each stance's word and the States that took it.
    positions: Vec<(String, String)>,
}

struct ParagraphRow {
    place: String,
    heading: bool,
    label: String,
    text: String,
    proposals: Vec<ProposalRow>,
}

#[derive(Template)]
#[template(path = "negotiation.html")]
struct CompilationPage<'a> {
    page: Page<'a>,
    negotiation: NegotiationSummary,
    revision: i64,
    revision_name: String,
    deadline: Option<String>,
    text_lang: &'static str,
    text_dir: &'static str,
    paragraphs: Vec<ParagraphRow>,
    shown: usize,
    /// The filters as given, for the form.
    place: String,
    state: String,
    /// The query that downloads the same compilation as Word.
    docx_query: String,
}

struct Loaded {
    negotiation: Negotiation,
    revision: NegotiationRevision,
    proposals: Vec<comity_negotiation::proposal::Proposal>,
    positions: Vec<comity_negotiation::proposal::Position>,
}

async fn load(ctx: &PageCtx, name: &str, revision: Option<i64>) -> Result<Loaded, PageError> {
    let negotiation = ctx.app.store.negotiation(name).await?;
    if !ctx.visitor.may_read_negotiation(negotiation.summary.readers) {
        return Err(PageError::NotFound);
    }
    let revision = match revision {
        Some(number) => match ctx.app.store.negotiation_revision(&negotiation.summary.id, number).await {
            Ok(r) => r,
            Err(comity_store::StoreError::NotFound(_)) => return Err(PageError::NotFound),
            Err(e) => return Err(e.into()),
        },
        None => negotiation.revision.clone(),
    };
    let proposals = ctx.app.store.negotiation_proposals(&negotiation.summary.id, revision.number).await?;
    let positions = ctx.app.store.negotiation_positions(&negotiation.summary.id, revision.number).await?;
    Ok(Loaded { negotiation, revision, proposals, positions })
}

/// A compilation's own words in `lang` (the negotiating text keeps its own), with the
/// placeholders the writers fill in; its title names `revision` ("Rev.2", or the zero draft in
/// `lang`'s words). The pages and `comity proposals export` both take them from here.
pub fn compilation_words(messages: &comity_i18n::Messages, lang: comity_i18n::Lang, revision: i64) -> Words {
    use comity_i18n::MessageArg;
    let revision = u32::try_from(revision)
        .ok()
        .and_then(comity_negotiation::revision_name)
        .unwrap_or_else(|| messages.get(lang, "negotiation-zero-draft"));
    // Fluent isolates what it inserts; the writers replace the placeholder, marks and all.
    let hole = |id: &str, name: &str| {
        messages
            .format(lang, id, &[(name, MessageArg::from(format!("{{{name}}}").as_str()))])
            .replace(['\u{2068}', '\u{2069}'], "")
    };
    Words {
        title: messages.format(
            lang,
            "negotiation-compilation-title",
            &[("revision", MessageArg::from(revision.as_str()))],
        ),
        proposed_by: hole("negotiation-proposed-by", "proposer"),
        co_sponsors: hole("negotiation-co-sponsors", "states"),
        late: messages.get(lang, "negotiation-late"),
        withdrawn: messages.get(lang, "negotiation-withdrawn"),
        delete: messages.get(lang, "negotiation-delete"),
        move_after: hole("negotiation-move-after", "label"),
        move_first: messages.get(lang, "negotiation-move-first"),
        add_after: messages.get(lang, "negotiation-add-after"),
        comment: messages.get(lang, "negotiation-comment"),
        stances: Stance::ALL.map(|s| messages.get(lang, &format!("stance-{}", s.as_str()))),
    }
}

fn filter<'a>(q: &'a CompilationQuery) -> Filter<'a> {
    Filter {
        place: q.place.as_deref().filter(|p| !p.is_empty()),
        state: q.state.as_deref().filter(|s| !s.is_empty()),
        ..Filter::default()
    }
}

fn rows(
    c: &Compilation<'_>,
    text: &comity_negotiation::text::Text,
    words: &Words,
    name_of: &dyn Fn(&str) -> String,
) -> Vec<ParagraphRow> {
    c.entries
        .iter()
        .map(|e| ParagraphRow {
            place: e.paragraph.place.clone(),
            heading: e.paragraph.kind == comity_negotiation::text::Kind::Heading,
            label: e.label.to_string(),
            text: e.paragraph.text.clone(),
            proposals: e
                .proposals
                .iter()
                .map(|p| {
                    let proposal = p.proposal;
                    let mut by = words.proposed_by.replace("{proposer}", &name_of(proposal.proposer.name()));
                    if !proposal.co_sponsors.is_empty() {
                        let names: Vec<String> = proposal.co_sponsors.iter().map(|c| name_of(c)).collect();
                        by.push_str(" · ");
                        by.push_str(&words.co_sponsors.replace("{states}", &names.join(", ")));
                    }
                    let action = match &proposal.change {
                        Change::Replace { .. } | Change::AddAfter { .. } => None,
                        Change::Delete => Some(words.delete.clone()),
                        Change::Move { after: Some(after) } => {
                            let label = text.label_of(after).map(|l| l.reference()).unwrap_or_else(|| after.clone());
                            Some(words.move_after.replace("{label}", &label))
                        }
                        Change::Move { after: None } => Some(words.move_first.clone()),
                        Change::Comment => Some(words.comment.clone()),
                    };
                    // A deletion shows the words it would strike.
                    let struck = matches!(proposal.change, Change::Delete).then(|| ('-', e.paragraph.text.clone()));
                    let runs = p
                        .segments
                        .iter()
                        .map(|s| {
                            let op = match s.op {
                                comity_documents::SegmentOp::Equal => '=',
                                comity_documents::SegmentOp::Insert => '+',
                                comity_documents::SegmentOp::Delete => '-',
                            };
                            (op, s.text.clone())
                        })
                        .chain(struck)
                        .collect();
                    let added = match &proposal.change {
                        Change::AddAfter { text, .. } => Some(text.clone()),
                        _ => None,
                    };
                    let positions = Stance::ALL
                        .iter()
                        .zip(&words.stances)
                        .filter_map(|(stance, word)| {
                            let states: Vec<String> =
                                p.positions.iter().filter(|x| x.stance == *stance).map(|x| name_of(&x.state)).collect();
                            (!states.is_empty()).then(|| (word.clone(), states.join(", ")))
                        })
                        .collect();
                    ProposalRow {
                        id: proposal.id.clone(),
                        by,
                        action,
                        runs,
                        added,
                        justification: proposal.justification.clone(),
                        late: proposal.late,
                        positions,
                    }
                })
                .collect(),
        })
        .collect()
}

pub(crate) async fn show(
    ctx: PageCtx,
    Path((_, name)): Path<(String, String)>,
    Query(query): Query<CompilationQuery>,
) -> Result<Response, PageError> {
    let loaded = load(&ctx, &name, query.revision).await?;
    let PageCtx { app, lang, uri, .. } = &ctx;
    let text_lang: comity_i18n::Lang = loaded.negotiation.summary.lang.parse().unwrap_or(comity_i18n::Lang::En);
    let page = Page::new(*lang, &app.catalog.messages, "negotiations", uri);
    let name_of = |code: &str| {
        app.catalog.states.get(code).map(|s| s.short_name(*lang).to_string()).unwrap_or_else(|| code.to_string())
    };
    let words = compilation_words(&app.catalog.messages, *lang, loaded.revision.number);
    let rev_name = u32::try_from(loaded.revision.number)
        .ok()
        .and_then(comity_negotiation::revision_name)
        .unwrap_or_else(|| page.t("negotiation-zero-draft"));
    let c = compile(text_lang, &loaded.revision.text, &loaded.proposals, &loaded.positions, &filter(&query));
    let paragraphs = rows(&c, &loaded.revision.text, &words, &name_of);
    let docx_query = format!(
        "revision={}{}{}",
        loaded.revision.number,
        query
            .place
            .as_deref()
            .filter(|p| !p.is_empty())
            .map(|p| format!("&place={}", super::page::encode_component(p)))
            .unwrap_or_default(),
        query
            .state
            .as_deref()
            .filter(|s| !s.is_empty())
            .map(|s| format!("&state={}", super::page::encode_component(s)))
            .unwrap_or_default(),
    );
    let template = CompilationPage {
        revision: loaded.revision.number,
        revision_name: rev_name,
        deadline: loaded.revision.deadline.clone(),
        text_lang: text_lang.code(),
        text_dir: text_lang.direction().as_str(),
        shown: c.shown,
        paragraphs,
        place: query.place.clone().unwrap_or_default(),
        state: query.state.clone().unwrap_or_default(),
        docx_query,
        negotiation: loaded.negotiation.summary.clone(),
        page,
    };
    Ok(render_private(StatusCode::OK, &template))
}

/// The same compilation as a Word file with tracked changes.
pub(crate) async fn docx(
    ctx: PageCtx,
    Path((_, name)): Path<(String, String)>,
    Query(query): Query<CompilationQuery>,
) -> Result<Response, PageError> {
    let loaded = load(&ctx, &name, query.revision).await?;
    let PageCtx { app, lang, .. } = &ctx;
    let text_lang: comity_i18n::Lang = loaded.negotiation.summary.lang.parse().unwrap_or(comity_i18n::Lang::En);
    let name_of = |code: &str| {
        app.catalog.states.get(code).map(|s| s.short_name(text_lang).to_string()).unwrap_or_else(|| code.to_string())
    };
    let words = compilation_words(&app.catalog.messages, *lang, loaded.revision.number);
    let c = compile(text_lang, &loaded.revision.text, &loaded.proposals, &loaded.positions, &filter(&query));
    let bytes = to_docx(&c, &loaded.revision.text, text_lang, &words, &name_of);
    let file = format!("{}-rev{}-compilation.docx", loaded.negotiation.summary.name, loaded.revision.number);
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document".to_string(),
            ),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{file}\"")),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        bytes,
    )
        .into_response())
}
