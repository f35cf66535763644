//! The Chair's page of a negotiation: a decision on every proposal of the current revision
//! (accept, merge with the Chair's words, set aside, each with a reason) that builds the next
//! revision, circulating the current revision under silence, and, while nothing rests on it,
//! putting the Chair's zero draft in place of the one the negotiation was opened on. Only the
//! negotiation's Chair and support staff see it; deadlines are given and shown in New York time.

use askama::Template;
use axum::body::Bytes;
use axum::extract::Path;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::http::StatusCode;
use axum::response::Response;
use comity_access::Permission;
use comity_negotiation::proposal::Change;
use comity_negotiation::revise::{Decision, Outcome};

use super::{back, load, told};
use crate::pages::page::{OrFail, Page, PageCtx, PageError, render_private};

/// One proposal to decide on, with what the form holds for it.
struct ToDecide {
    id: String,
    label: String,
    by: String,
    /// What it asks, in the page's words.
    asks: String,
    /// The words it proposes (a rewording or a new paragraph), for a merge to start from.
    words: String,
    mergeable: bool,
    outcome: String,
    text: String,
    reason: String,
}

#[derive(Template)]
#[template(path = "negotiation_decide.html")]
struct DecisionsPage<'a> {
    page: Page<'a>,
    name: String,
    title: String,
    revision_name: String,
    next_name: String,
    text_lang: &'static str,
    text_dir: &'static str,
    proposals: Vec<ToDecide>,
    /// The next revision's deadline as typed (New York time).
    deadline: String,
    silence_deadline: String,
    errors: Vec<String>,
    /// Open for decisions (else adopted, under silence or closed: nothing to decide).
    open: bool,
    /// The zero draft, with nothing on it yet: the form that replaces it, and its box as sent.
    may_redraft: bool,
    redraft_text: String,
    /// Adopted without a symbol: the form that issues it.
    may_issue: bool,
    /// The symbol it was issued under.
    issued: Option<String>,
}

/// What the Chair sent for one proposal.
#[derive(Default, Clone)]
struct Sent {
    outcome: String,
    text: String,
    reason: String,
}

/// The decisions form as sent: per proposal `outcome.ID`, `text.ID`, `reason.ID`.
fn parse(body: &[u8]) -> (std::collections::HashMap<String, Sent>, String, String) {
    let (mut sent, mut deadline, mut silence) =
        (std::collections::HashMap::<String, Sent>::new(), String::new(), String::new());
    for (key, value) in form_urlencoded::parse(body) {
        let value = value.replace("\r\n", "\n");
        match key.split_once('.') {
            Some(("outcome", id)) => sent.entry(id.to_string()).or_default().outcome = value,
            Some(("text", id)) => sent.entry(id.to_string()).or_default().text = value,
            Some(("reason", id)) => sent.entry(id.to_string()).or_default().reason = value,
            _ if key == "deadline" => deadline = value,
            _ if key == "silence_deadline" => silence = value,
            _ => {}
        }
    }
    (sent, deadline, silence)
}

async fn decisions_form(
    ctx: &PageCtx,
    name: &str,
    sent: &std::collections::HashMap<String, Sent>,
    (deadline, silence_deadline): (String, String),
    errors: Vec<String>,
) -> Result<Response, PageError> {
    chair_page(ctx, name, sent, (deadline, silence_deadline), String::new(), errors).await
}

async fn chair_page(
    ctx: &PageCtx,
    name: &str,
    sent: &std::collections::HashMap<String, Sent>,
    (deadline, silence_deadline): (String, String),
    redraft_text: String,
    errors: Vec<String>,
) -> Result<Response, PageError> {
    let loaded = load(ctx, name, None).await?;
    if !ctx.visitor.is_member_of(&loaded.negotiation.members) {
        return Err(PageError::Forbidden);
    }
    let open = loaded.negotiation.summary.stage == comity_negotiation::Stage::Open;
    let may_redraft = open
        && loaded.revision.number == 0
        && loaded.proposals.is_empty()
        && ctx
            .app
            .store
            .negotiation_inputs(&loaded.negotiation.summary.id, 0)
            .await
            .or_fail("reading inputs")?
            .is_empty();
    let page = Page::new(ctx.lang, &ctx.app.catalog.messages, "negotiations", &ctx.uri);
    let text = &loaded.revision.text;
    let name_of = |code: &str| {
        ctx.app.catalog.states.get(code).map(|s| s.short_name(ctx.lang).to_string()).unwrap_or_else(|| code.to_string())
    };
    let words = super::compilation_words(&ctx.app.catalog.messages, ctx.lang, loaded.revision.number);
    let proposals = loaded
        .proposals
        .iter()
        .filter(|p| !p.withdrawn && p.change.changes_text())
        .map(|p| {
            let paragraph = text.paragraph(&p.place).map(|x| x.text.clone()).unwrap_or_default();
            let (asks, words_of, mergeable) = match &p.change {
                Change::Replace { text } => (page.t("negotiation-asks-replace"), text.clone(), true),
                Change::AddAfter { text, .. } => (words.add_after.clone(), text.clone(), true),
                Change::Delete => (words.delete.clone(), String::new(), false),
                Change::Move { after: Some(after) } => {
                    let label = text.label_of(after).map(|l| l.reference()).unwrap_or_else(|| after.clone());
                    (words.move_after.replace("{label}", &label), String::new(), false)
                }
                Change::Move { after: None } => (words.move_first.clone(), String::new(), false),
                Change::Comment => (words.comment.clone(), String::new(), false),
            };
            let given = sent.get(&p.id).cloned().unwrap_or_default();
            ToDecide {
                id: p.id.clone(),
                label: text.label_of(&p.place).map(|l| l.reference()).unwrap_or_else(|| p.place.clone()),
                by: words.proposed_by.replace("{proposer}", &name_of(p.proposer.name())),
                asks,
                text: if given.text.is_empty() {
                    if words_of.is_empty() { paragraph } else { words_of.clone() }
                } else {
                    given.text
                },
                words: words_of,
                mergeable,
                outcome: given.outcome,
                reason: given.reason,
            }
        })
        .collect();
    let text_lang: comity_i18n::Lang = loaded.negotiation.summary.lang.parse().unwrap_or(comity_i18n::Lang::En);
    let name_rev = |n: i64| super::revision_label(&page, n);
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    let template = DecisionsPage {
        name: loaded.negotiation.summary.name.clone(),
        title: loaded.negotiation.summary.title.clone(),
        revision_name: name_rev(loaded.revision.number),
        next_name: name_rev(loaded.revision.number + 1),
        text_lang: text_lang.code(),
        text_dir: text_lang.direction().as_str(),
        proposals,
        deadline,
        silence_deadline,
        errors,
        open,
        may_redraft,
        redraft_text,
        may_issue: loaded.negotiation.summary.stage == comity_negotiation::Stage::Adopted
            && loaded.negotiation.summary.symbol.is_none(),
        issued: loaded.negotiation.summary.symbol.clone(),
        page,
    };
    Ok(render_private(status, &template))
}

/// The Chair's decisions page.
pub(crate) async fn decisions_page(
    ctx: PageCtx,
    Path((_, name)): Path<(String, String)>,
) -> Result<Response, PageError> {
    decisions_form(&ctx, &name, &Default::default(), (String::new(), String::new()), Vec::new()).await
}

/// A `datetime-local` value in New York time as the instant; empty is none; the Fluent id of
/// the complaint otherwise.
fn new_york(value: &str) -> Result<Option<jiff::Timestamp>, ()> {
    if value.trim().is_empty() {
        return Ok(None);
    }
    comity_i18n::format::from_new_york_time(value).map(Some).ok_or(())
}

/// Builds the next revision from the decisions sent; what does not hold together is told
/// back with the form as it was.
pub(crate) async fn revise(
    ctx: PageCtx,
    Path((_, name)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let (sent, deadline_text, silence_text) = parse(&body);
    let page = Page::new(ctx.lang, &ctx.app.catalog.messages, "negotiations", &ctx.uri);
    let mut errors = Vec::new();
    let mut decisions = Vec::new();
    // In the order of the revision's proposals, so that what is missing is named in order.
    let loaded = load(&ctx, &name, None).await?;
    for p in loaded.proposals.iter().filter(|p| !p.withdrawn && p.change.changes_text()) {
        let label = loaded.revision.text.label_of(&p.place).map(|l| l.reference()).unwrap_or_else(|| p.place.clone());
        let Some(given) = sent.get(&p.id).filter(|g| !g.outcome.is_empty()) else {
            errors.push(page.t_with("negotiation-decision-missing", "label", &label));
            continue;
        };
        let outcome = match given.outcome.as_str() {
            "accept" => Outcome::Accept,
            "set_aside" => Outcome::SetAside,
            "merge" => Outcome::Merge { text: given.text.trim().to_string() },
            _ => {
                errors.push(page.t_with("negotiation-decision-missing", "label", &label));
                continue;
            }
        };
        if given.reason.trim().is_empty() {
            errors.push(page.t_with("negotiation-decision-reason", "label", &label));
            continue;
        }
        decisions.push(Decision { proposal: p.id.clone(), outcome, reason: given.reason.trim().to_string() });
    }
    let deadline = new_york(&deadline_text).unwrap_or_else(|()| {
        errors.push(page.t("negotiation-bad-time"));
        None
    });
    if !errors.is_empty() {
        return decisions_form(&ctx, &name, &sent, (deadline_text, silence_text), errors).await;
    }
    let actor = ctx.visitor.actor(Some(Permission::ReadNegotiations));
    let result = ctx.app.store.revise_negotiation(&name, &decisions, deadline, &actor).await.map(|_| ());
    answered(&ctx, &name, result, "revised", &sent, (deadline_text, silence_text)).await
}

/// What a Chair's step answers: back to the compilation, or this page again, as sent, with why
/// not.
async fn answered(
    ctx: &PageCtx,
    name: &str,
    result: Result<(), comity_store::StoreError>,
    done: &str,
    sent: &std::collections::HashMap<String, Sent>,
    times: (String, String),
) -> Result<Response, PageError> {
    match result {
        Ok(()) => Ok(back(ctx, name, done, "")),
        Err(e) => {
            let errors = told(ctx, e)?;
            decisions_form(ctx, name, sent, times, errors).await
        }
    }
}

/// Circulates the current revision under silence until the deadline given (New York time).
pub(crate) async fn silence(
    ctx: PageCtx,
    Path((_, name)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let (sent, deadline_text, silence_text) = parse(&body);
    let page = Page::new(ctx.lang, &ctx.app.catalog.messages, "negotiations", &ctx.uri);
    let deadline = match new_york(&silence_text) {
        Ok(Some(at)) => at,
        _ => {
            let errors = vec![page.t("negotiation-bad-time")];
            return decisions_form(&ctx, &name, &sent, (deadline_text, silence_text), errors).await;
        }
    };
    let actor = ctx.visitor.actor(Some(Permission::ReadNegotiations));
    let result = ctx.app.store.start_silence(&name, deadline, &actor).await;
    answered(&ctx, &name, result, "silence", &sent, (deadline_text, silence_text)).await
}

/// Adopts the current revision by consensus at a meeting, with the document symbol it is
/// issued under (optional).
pub(crate) async fn adopt(
    ctx: PageCtx,
    Path((_, name)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let symbol = form_urlencoded::parse(&body)
        .find(|(k, _)| k == "symbol")
        .map(|(_, v)| v.trim().to_string())
        .filter(|v| !v.is_empty());
    let actor = ctx.visitor.actor(Some(Permission::ReadNegotiations));
    let result = ctx.app.store.adopt_negotiation(&name, symbol.as_deref(), &actor).await;
    answered(&ctx, &name, result, "adopted", &Default::default(), Default::default()).await
}

/// Issues the adopted text under the symbol given: it enters the document record.
pub(crate) async fn issue(
    ctx: PageCtx,
    Path((_, name)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let symbol = form_urlencoded::parse(&body).find(|(k, _)| k == "symbol").map(|(_, v)| v.trim().to_string());
    let actor = ctx.visitor.actor(Some(Permission::ReadNegotiations));
    let result = match symbol.filter(|s| !s.is_empty()) {
        Some(symbol) => ctx.app.store.issue_adopted_text(&name, &symbol, &actor).await,
        None => Err(comity_store::Refusal::Required { field: "symbol" }.into()),
    };
    answered(&ctx, &name, result, "issued", &Default::default(), Default::default()).await
}

/// Puts the zero draft sent (uploaded as Word, Markdown or text, or written in the box) in
/// place of the one the negotiation was opened on; what is wrong is told back on this page
/// with the box as sent, and nothing is replaced.
pub(crate) async fn redraft(
    ctx: PageCtx,
    Path((_, name)): Path<(String, String)>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, PageError> {
    let page = Page::new(ctx.lang, &ctx.app.catalog.messages, "negotiations", &ctx.uri);
    let (mut fields, file) = match super::open::read_draft_form(&page, multipart, &["text"]).await {
        Ok(read) => read,
        Err((message, _)) => {
            return chair_page(&ctx, &name, &Default::default(), Default::default(), String::new(), vec![message])
                .await;
        }
    };
    let text = fields.remove("text").unwrap_or_default();
    let zero = match super::open::sent_draft(&page, &file, &text) {
        Ok(zero) => zero,
        Err(problem) => {
            return chair_page(&ctx, &name, &Default::default(), Default::default(), text, vec![problem]).await;
        }
    };
    let actor = ctx.visitor.actor(Some(Permission::ReadNegotiations));
    match ctx.app.store.replace_zero_draft(&name, &zero, &actor).await {
        Ok(()) => Ok(back(&ctx, &name, "redrafted", "")),
        Err(e) => {
            let errors = told(&ctx, e)?;
            chair_page(&ctx, &name, &Default::default(), Default::default(), text, errors).await
        }
    }
}
