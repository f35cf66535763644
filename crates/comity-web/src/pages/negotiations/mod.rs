//! Negotiating texts in the portal: the negotiations the reader may read, and one negotiation's
//! compilation text (its current revision, or another, with every proposal inline, who made and
//! joined it, the positions taken), filtered by paragraph and by State, and as a Word file with
//! tracked changes; one revision against another ([`compare`]). The negotiating text keeps its
//! own language and direction inside a page in the reader's. A State's negotiator acts on the page itself ([`delegation`]), the Chair on
//! the decisions page ([`chair`]), the Secretariat opens a negotiation on its zero draft
//! ([`open`]), an accredited stakeholder gives written inputs ([`stakeholders`]); every form
//! works without JavaScript.

mod chair;
mod compare;
mod delegation;
mod lineage;
mod open;
mod stakeholders;

pub(crate) use chair::{adopt, decisions_page, issue, redraft, revise, silence};
pub(crate) use compare::{compare_docx, compare_page};
pub(crate) use delegation::{break_silence, explain, file, position, propose, withdraw};
pub(crate) use lineage::lineage_page;
pub(crate) use open::{open, open_form};
pub(crate) use stakeholders::{accredit, give_input};

use askama::Template;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use comity_negotiation::Stage;
use comity_negotiation::compilation::{Compilation, Filter, Status, Words, compile, to_docx};
use comity_negotiation::proposal::{Change, Stance};
use comity_store::{Negotiation, NegotiationRevision, NegotiationSummary};
use serde::Deserialize;

use super::page::{OrFail, Page, PageCtx, PageError, private_word_file, render_private};

#[derive(Template)]
#[template(path = "negotiations.html")]
struct ListPage<'a> {
    page: Page<'a>,
    negotiations: Vec<NegotiationSummary>,
    /// The visitor may open a negotiation (the Secretariat).
    may_open: bool,
}

pub(crate) async fn list(ctx: PageCtx) -> Result<Response, PageError> {
    let all = ctx.app.store.negotiations().await.or_fail("reading negotiations")?;
    let mut negotiations = Vec::new();
    for n in all {
        if ctx.visitor.may_read_negotiation(n.readers) || speaks_for(&ctx, &n).await?.is_some() {
            negotiations.push(n);
        }
    }
    let PageCtx { app, lang, uri, .. } = &ctx;
    let page = Page::new(*lang, &app.catalog.messages, "negotiations", uri);
    let may_open = super::nav::may(comity_access::Permission::ManageNegotiations, comity_access::Target::Any);
    Ok(render_private(StatusCode::OK, &ListPage { page, negotiations, may_open }))
}

#[derive(Deserialize, Default)]
pub(crate) struct CompilationQuery {
    revision: Option<i64>,
    /// A paragraph's place (`p7`).
    place: Option<String>,
    /// A State's ISO3 code: what it proposed or joined.
    state: Option<String>,
    /// Where the proposals shown stand (`late`, `opposed`, ...; standing ones when left out).
    status: Option<String>,
    /// What was just done, told once after the redirect (`filed`, `position`, ...).
    done: Option<String>,
    /// The paragraph a stakeholder's written input is on, chosen in its form.
    input: Option<String>,
    /// A written input refused, shown again in its form, with the language chosen for it.
    #[serde(skip)]
    input_text: Option<String>,
    #[serde(skip)]
    input_lang: Option<String>,
    /// An accreditation refused, shown again in its form: (email, organisation).
    #[serde(skip)]
    accrediting: Option<(String, String)>,
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
    /// The acting State made or joined it (it takes no position on it).
    mine: bool,
    /// The acting State filed it, so may withdraw it.
    withdrawable: bool,
    /// The acting State's stance on it, if it took one.
    my_stance: String,
}

struct ParagraphRow {
    place: String,
    heading: bool,
    label: String,
    text: String,
    proposals: Vec<ProposalRow>,
    /// Stakeholders' written inputs on it, apart from the proposals.
    inputs: Vec<InputRow>,
}

/// A stakeholder's written input as shown, marked with the language it is written in.
struct InputRow {
    organisation: String,
    text: String,
    lang: &'static str,
    dir: &'static str,
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
    /// The statuses as (code, words), and the one chosen.
    statuses: Vec<(&'static str, String)>,
    status: &'static str,
    /// The query that downloads the same compilation as Word or Akoma Ntoso.
    download_query: String,
    /// The State the visitor negotiates for, when it may act on this revision now.
    acting: Option<String>,
    /// The organisation an accredited stakeholder speaks for, when it may give inputs now.
    stakeholder: Option<String>,
    /// The input form's paragraph, text and language (as sent, when refused; the negotiating
    /// language at first).
    input_place: String,
    input_text: String,
    input_lang: String,
    /// The six languages as (code, name in the page's language), for the input's language.
    langs: Vec<(&'static str, String)>,
    /// For the Secretariat, on a negotiation that admits stakeholders: those accredited
    /// (organisation, account email); none otherwise.
    stakeholders: Option<Vec<(String, String)>>,
    /// The accreditation form as sent, when refused: (email, organisation).
    accrediting: (String, String),
    /// Its name in the page's language.
    acting_name: String,
    /// The visitor is the Chair or support staff, and the negotiation is open.
    chair: bool,
    /// The Chair may issue the adopted text under its symbol (it has none yet).
    may_issue: bool,
    /// Under silence: its deadline, and whether the acting State may still break it.
    silence_deadline: Option<String>,
    may_break: bool,
    /// Who broke silence and why (the Chair's to see; States see the States).
    breaks: Vec<(String, String)>,
    /// Stances as (code, word), for the position form.
    stances: Vec<(&'static str, String)>,
    errors: Vec<String>,
    notice: Option<String>,
    /// The compendium of explanations of position, in the UN's order of States.
    explanations: Vec<ExplanationRow>,
    /// On an adopted text: the paragraphs a State may disassociate from (place, label), and
    /// what the acting State recorded, when the visitor may record one.
    explaining: bool,
    numbered: Vec<(String, String)>,
    my_places: Vec<String>,
    my_explanation: String,
}

/// One State's explanation of position as the compendium shows it.
pub(crate) struct ExplanationRow {
    pub state: String,
    /// The paragraphs disassociated from, by label ("7, 12 (c)").
    pub paragraphs: String,
    pub explanation: String,
}

/// The explanations of position in the UN's order of States (English alphabetical), each
/// State named in `lang` and each paragraph by its label in `text`: the compendium.
pub(crate) fn compendium(
    states: &comity_states::StateRegistry,
    lang: comity_i18n::Lang,
    text: &comity_negotiation::text::Text,
    mut explanations: Vec<comity_store::NegotiationExplanation>,
) -> Vec<ExplanationRow> {
    in_un_order(states, &mut explanations);
    explanations
        .into_iter()
        .map(|e| ExplanationRow {
            state: states.get(&e.state).map(|s| s.short_name(lang).to_string()).unwrap_or_else(|| e.state.clone()),
            paragraphs: e
                .disassociates
                .iter()
                .map(|p| text.label_of(p).map(|l| l.reference()).unwrap_or_else(|| p.clone()))
                .collect::<Vec<_>>()
                .join(", "),
            explanation: e.explanation,
        })
        .collect()
}

/// The compendium of an adopted text as a Word file: each State in the UN's order, the
/// paragraphs it disassociates from, and its explanation of position.
pub(crate) async fn compendium_docx(
    ctx: PageCtx,
    Path((_, name)): Path<(String, String)>,
) -> Result<Response, PageError> {
    use comity_docx::tracked::{Paragraph, Style, TrackedDocument, write_tracked};
    let negotiation = read_negotiation(&ctx, &name).await?;
    let summary = &negotiation.summary;
    if summary.stage != Stage::Adopted {
        return Err(PageError::NotFound);
    }
    let recorded = ctx.app.store.negotiation_explanations(&summary.id).await.or_fail("reading explanations")?;
    let page = Page::new(ctx.lang, &ctx.app.catalog.messages, "negotiations", &ctx.uri);
    let rows = compendium(&ctx.app.catalog.states, ctx.lang, &negotiation.revision.text, recorded);
    let mut paragraphs = vec![
        Paragraph::plain(Style::Title, page.t("negotiation-compendium")),
        Paragraph::plain(Style::Note, summary.title.clone()),
    ];
    if rows.is_empty() {
        paragraphs.push(Paragraph::plain(Style::Normal, page.t("negotiation-compendium-empty")));
    }
    for row in rows {
        paragraphs.push(Paragraph::plain(Style::Heading(2), row.state));
        if !row.paragraphs.is_empty() {
            paragraphs.push(Paragraph::plain(
                Style::Note,
                page.t_with("negotiation-disassociates", "paragraphs", &row.paragraphs),
            ));
        }
        paragraphs.extend(
            row.explanation.lines().filter(|l| !l.trim().is_empty()).map(|l| Paragraph::plain(Style::Normal, l)),
        );
    }
    let bytes = write_tracked(&TrackedDocument {
        title: page.t("negotiation-compendium"),
        language: ctx.lang.code().to_string(),
        paragraphs,
    });
    let file = format!("{}-explanations-of-position.docx", summary.name);
    Ok(private_word_file(&file, bytes))
}

/// Explanations of position in the UN's order of States, as the compendium lists them.
pub(crate) fn in_un_order(
    states: &comity_states::StateRegistry,
    explanations: &mut [comity_store::NegotiationExplanation],
) {
    let rank = |code: &str| states.un_order().iter().position(|s| s.iso3 == code).unwrap_or(usize::MAX);
    explanations.sort_by_key(|e| rank(&e.state));
}

/// The organisation the visitor speaks for in `negotiation`, when a stakeholder accredited to
/// it is signed in (a session: a token is never the authority on a page).
pub(super) async fn speaks_for(ctx: &PageCtx, negotiation: &NegotiationSummary) -> Result<Option<String>, PageError> {
    let Some(account) = ctx.visitor.account.as_ref().filter(|a| a.scopes.is_none()) else { return Ok(None) };
    if negotiation.readers == comity_negotiation::Readers::States {
        return Ok(None);
    }
    ctx.app.store.stakeholder_of(&negotiation.id, &account.account_id).await.or_fail("reading stakeholders")
}

/// A revision's name in the page's words: `Rev.2`, or the zero draft in the page's language.
pub(super) fn revision_label(page: &Page<'_>, number: i64) -> String {
    u32::try_from(number)
        .ok()
        .and_then(comity_negotiation::revision_name)
        .unwrap_or_else(|| page.t("negotiation-zero-draft"))
}

/// The negotiation `name`, when the visitor may read it (see [`readable`]).
pub(super) async fn read_negotiation(ctx: &PageCtx, name: &str) -> Result<Negotiation, PageError> {
    let negotiation = ctx.app.store.negotiation(name).await?;
    readable(ctx, &negotiation.summary).await?;
    Ok(negotiation)
}

/// Whether the visitor reads `negotiation`: as its readers say, or as a stakeholder accredited
/// to it. Those who may not are told it is not there.
pub(super) async fn readable(ctx: &PageCtx, negotiation: &NegotiationSummary) -> Result<(), PageError> {
    if ctx.visitor.may_read_negotiation(negotiation.readers) || speaks_for(ctx, negotiation).await?.is_some() {
        Ok(())
    } else {
        Err(PageError::NotFound)
    }
}

pub(super) struct Loaded {
    pub negotiation: Negotiation,
    pub revision: NegotiationRevision,
    pub proposals: Vec<comity_negotiation::proposal::Proposal>,
    pub positions: Vec<comity_negotiation::proposal::Position>,
}

pub(super) async fn load(ctx: &PageCtx, name: &str, revision: Option<i64>) -> Result<Loaded, PageError> {
    let negotiation = read_negotiation(ctx, name).await?;
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

/// A compilation as Akoma Ntoso, named in the record by its negotiation and revision: the one
/// writer for the portal's download and `comity proposals export --as akn`.
pub fn compilation_akn(
    negotiation: &NegotiationSummary,
    revision: &NegotiationRevision,
    compilation: &Compilation<'_>,
    proposer_name: impl Fn(&str) -> String,
) -> String {
    let date = revision.created_at.get(..10).unwrap_or("0001-01-01");
    let today = jiff::Timestamp::now().to_string();
    let work = comity_negotiation::akn::RevisionWork {
        name: &negotiation.name,
        number: u32::try_from(revision.number).unwrap_or(0),
        title: &negotiation.title,
        date,
        lang: negotiation.lang.parse().unwrap_or(comity_i18n::Lang::En),
        generated_on: today.get(..10).unwrap_or(date),
    };
    let shown = compilation.entries.iter().flat_map(|e| e.proposals.iter().map(|p| p.proposal));
    comity_negotiation::akn::compilation_collection(&revision.text, &work, shown, proposer_name)
}

/// The status the query asks for; none when it names no status there is.
fn asked_status(q: &CompilationQuery) -> Option<Status> {
    match q.status.as_deref().filter(|s| !s.is_empty()) {
        None => Some(Status::default()),
        Some(given) => Status::parse(given),
    }
}

fn filter<'a>(q: &'a CompilationQuery) -> Filter<'a> {
    Filter {
        place: q.place.as_deref().filter(|p| !p.is_empty()),
        state: q.state.as_deref().filter(|s| !s.is_empty()),
        status: asked_status(q).unwrap_or_default(),
    }
}

fn rows(
    c: &Compilation<'_>,
    text: &comity_negotiation::text::Text,
    words: &Words,
    name_of: &dyn Fn(&str) -> String,
    acting: Option<&str>,
) -> Vec<ParagraphRow> {
    c.entries
        .iter()
        .map(|e| ParagraphRow {
            place: e.paragraph.place.clone(),
            heading: e.paragraph.kind == comity_negotiation::text::Kind::Heading,
            label: e.label.to_string(),
            text: e.paragraph.text.clone(),
            inputs: Vec::new(),
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
                    let mine = acting.is_some_and(|state| proposal.is_of(state));
                    let withdrawable = acting.is_some_and(|state| proposal.proposer.includes(state));
                    let my_stance = acting
                        .and_then(|state| p.positions.iter().find(|x| x.state == state))
                        .map(|x| x.stance.as_str().to_string())
                        .unwrap_or_default();
                    ProposalRow {
                        mine,
                        withdrawable,
                        my_stance,
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
    let notice = query
        .done
        .as_deref()
        .and_then(|done| DONE.iter().find(|d| **d == done))
        .map(|d| format!("negotiation-done-{d}"));
    compilation_page(&ctx, &name, &query, Vec::new(), notice.as_deref()).await
}

/// What a redirect after a step may tell (`?done=`).
const DONE: [&str; 13] = [
    "filed",
    "position",
    "withdrawn",
    "broken",
    "revised",
    "silence",
    "adopted",
    "explained",
    "issued",
    "opened",
    "input",
    "accredited",
    "redrafted",
];

/// The compilation page, with what the visitor may do on it, the refusals of a step just
/// tried (`errors`, status 400) or the Fluent id of what was just done.
pub(super) async fn compilation_page(
    ctx: &PageCtx,
    name: &str,
    query: &CompilationQuery,
    mut errors: Vec<String>,
    notice: Option<&str>,
) -> Result<Response, PageError> {
    let loaded = load(ctx, name, query.revision).await?;
    let PageCtx { app, lang, uri, visitor } = ctx;
    let text_lang: comity_i18n::Lang = loaded.negotiation.summary.lang.parse().unwrap_or(comity_i18n::Lang::En);
    let page = Page::new(*lang, &app.catalog.messages, "negotiations", uri);
    if asked_status(query).is_none() {
        errors.push(page.t("negotiation-filter-bad-status"));
    }
    let name_of = |code: &str| {
        app.catalog.states.get(code).map(|s| s.short_name(*lang).to_string()).unwrap_or_else(|| code.to_string())
    };
    let words = compilation_words(&app.catalog.messages, *lang, loaded.revision.number);
    let rev_name = revision_label(&page, loaded.revision.number);
    let summary = &loaded.negotiation.summary;
    let current = loaded.revision.number == summary.current_revision;
    let live = current && matches!(summary.stage, Stage::Open | Stage::Silence);
    let acting = visitor.negotiates_for().filter(|_| live);
    let acting_name = acting.as_deref().map(name_of).unwrap_or_default();
    let c = compile(text_lang, &loaded.revision.text, &loaded.proposals, &loaded.positions, &filter(query));
    let mut paragraphs = rows(&c, &loaded.revision.text, &words, &name_of, acting.as_deref());
    let inputs = app.store.negotiation_inputs(&summary.id, loaded.revision.number).await.or_fail("reading inputs")?;
    for input in inputs {
        if let Some(row) = paragraphs.iter_mut().find(|p| p.place == input.place) {
            let written: comity_i18n::Lang = input.lang.parse().unwrap_or(text_lang);
            row.inputs.push(InputRow {
                organisation: input.organisation,
                text: input.text,
                lang: written.code(),
                dir: written.direction().as_str(),
            });
        }
    }
    let stakeholder = if current && summary.stage == Stage::Open { speaks_for(ctx, summary).await? } else { None };
    let manages = super::nav::may(comity_access::Permission::ManageNegotiations, comity_access::Target::Any);
    let stakeholders = if manages && summary.readers != comity_negotiation::Readers::States {
        let accredited = app.store.negotiation_stakeholders(&summary.id).await.or_fail("reading stakeholders")?;
        Some(accredited.into_iter().map(|s| (s.organisation, s.email)).collect())
    } else {
        None
    };
    let download_query = format!(
        "revision={}{}{}{}",
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
        asked_status(query)
            .filter(|s| *s != Status::default())
            .map(|s| format!("&status={}", s.as_str()))
            .unwrap_or_default(),
    );
    let silence = loaded.negotiation.silence.as_ref().filter(|_| summary.stage == Stage::Silence && current);
    let silence_deadline = silence.map(|s| s.silence.deadline.clone());
    let may_break = match (silence, &acting) {
        (Some(s), Some(state)) => !s.silence.breaks.iter().any(|b| &b.state == state),
        _ => false,
    };
    let breaks = loaded
        .negotiation
        .silence
        .as_ref()
        .filter(|s| s.silence.revision as i64 == loaded.revision.number)
        .map(|s| s.silence.breaks.iter().map(|b| (name_of(&b.state), b.reason.clone())).collect())
        .unwrap_or_default();
    let adopted = current && summary.stage == Stage::Adopted;
    let explainer = visitor.negotiates_for().filter(|_| adopted);
    let recorded = if adopted {
        app.store.negotiation_explanations(&summary.id).await.or_fail("reading explanations")?
    } else {
        Vec::new()
    };
    let mine = explainer.as_ref().and_then(|state| recorded.iter().find(|e| &e.state == state));
    let (my_places, my_explanation) =
        mine.map(|e| (e.disassociates.clone(), e.explanation.clone())).unwrap_or_default();
    let labels = loaded.revision.text.labels();
    let numbered = loaded
        .revision
        .text
        .paragraphs
        .iter()
        .zip(&labels)
        .filter(|(p, _)| p.kind != comity_negotiation::text::Kind::Heading)
        .map(|(p, l)| (p.place.clone(), l.reference()))
        .collect();
    let explanations = compendium(&app.catalog.states, *lang, &loaded.revision.text, recorded);
    let stances = Stance::ALL.iter().map(|s| (s.as_str(), page.t(&format!("stance-{}", s.as_str())))).collect();
    let langs = comity_i18n::Lang::ALL.into_iter().map(|l| (l.code(), page.t_key("lang-name-", l.code()))).collect();
    let statuses =
        Status::ALL.into_iter().map(|s| (s.as_str(), page.t_key("negotiation-status-", s.as_str()))).collect();
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
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
        statuses,
        status: asked_status(query).unwrap_or_default().as_str(),
        download_query,
        chair: live && summary.stage == Stage::Open && visitor.is_member_of(&loaded.negotiation.members),
        may_issue: adopted && summary.symbol.is_none() && visitor.is_member_of(&loaded.negotiation.members),
        acting_name,
        acting,
        stakeholder,
        input_place: query.input.clone().unwrap_or_default(),
        input_text: query.input_text.clone().unwrap_or_default(),
        input_lang: query.input_lang.clone().unwrap_or_else(|| text_lang.code().to_string()),
        langs,
        stakeholders,
        accrediting: query.accrediting.clone().unwrap_or_default(),
        silence_deadline,
        may_break,
        breaks,
        stances,
        errors,
        notice: notice.map(|id| page.t(id)),
        explanations,
        explaining: explainer.is_some(),
        numbered,
        my_places,
        my_explanation,
        negotiation: summary.clone(),
        page,
    };
    Ok(render_private(status, &template))
}

/// The same compilation as a Word file with tracked changes.
pub(crate) async fn docx(
    ctx: PageCtx,
    Path((_, name)): Path<(String, String)>,
    Query(query): Query<CompilationQuery>,
) -> Result<Response, PageError> {
    download(ctx, &name, query, Download::Word).await
}

/// The same compilation as one Akoma Ntoso file (`documentCollection`: the revision, then each
/// proposal shown as an `amendment`).
pub(crate) async fn akn(
    ctx: PageCtx,
    Path((_, name)): Path<(String, String)>,
    Query(query): Query<CompilationQuery>,
) -> Result<Response, PageError> {
    download(ctx, &name, query, Download::AkomaNtoso).await
}

#[derive(Clone, Copy)]
enum Download {
    Word,
    AkomaNtoso,
}

/// The compilation the page shows (same revision, same filters) as a file; a status the
/// filters do not know is told on the page instead.
async fn download(ctx: PageCtx, name: &str, query: CompilationQuery, form: Download) -> Result<Response, PageError> {
    if asked_status(&query).is_none() {
        return compilation_page(&ctx, name, &query, Vec::new(), None).await;
    }
    let loaded = load(&ctx, name, query.revision).await?;
    let app = &ctx.app;
    let text_lang: comity_i18n::Lang = loaded.negotiation.summary.lang.parse().unwrap_or(comity_i18n::Lang::En);
    let name_of = |code: &str| {
        app.catalog.states.get(code).map(|s| s.short_name(text_lang).to_string()).unwrap_or_else(|| code.to_string())
    };
    let c = compile(text_lang, &loaded.revision.text, &loaded.proposals, &loaded.positions, &filter(&query));
    let stem = format!("{}-rev{}-compilation", loaded.negotiation.summary.name, loaded.revision.number);
    Ok(match form {
        Download::Word => {
            let words = compilation_words(&app.catalog.messages, ctx.lang, loaded.revision.number);
            private_word_file(&format!("{stem}.docx"), to_docx(&c, &loaded.revision.text, text_lang, &words, &name_of))
        }
        Download::AkomaNtoso => (
            [
                (axum::http::header::CONTENT_TYPE, "application/akn+xml; charset=utf-8".to_string()),
                (axum::http::header::CONTENT_DISPOSITION, format!("attachment; filename=\"{stem}.xml\"")),
                (axum::http::header::CACHE_CONTROL, "private, no-store".to_string()),
            ],
            compilation_akn(&loaded.negotiation.summary, &loaded.revision, &c, name_of),
        )
            .into_response(),
    })
}

/// A refusal of the store in the page's words (a missing thing is "not found").
pub(super) fn told(ctx: &PageCtx, e: comity_store::StoreError) -> Result<Vec<String>, PageError> {
    let page = Page::new(ctx.lang, &ctx.app.catalog.messages, "negotiations", &ctx.uri);
    match e {
        comity_store::StoreError::Refused(r) => Ok(vec![page.refusal(&r)]),
        comity_store::StoreError::NotFound(_) => Err(PageError::NotFound),
        e => {
            tracing::error!(error = %e, "a negotiation step failed");
            Err(PageError::Failed)
        }
    }
}

/// Back to the compilation after a step, saying what was done (`?done=`).
pub(super) fn back(ctx: &PageCtx, name: &str, done: &str, anchor: &str) -> Response {
    let name = super::page::encode_component(name);
    axum::response::Redirect::to(&format!("/{}/negotiations/{name}?done={done}{anchor}", ctx.lang.code()))
        .into_response()
}
