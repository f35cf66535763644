//! What a State's negotiator does in the portal, for the State the session negotiates for: the
//! proposal form on one paragraph of the current revision, a position on another State's
//! proposal, withdrawing one's own, breaking silence once. Each step either lands and goes
//! back to the compilation (303) or is refused in the page's language with nothing changed.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::Response;
use comity_access::Permission;
use comity_negotiation::proposal::{Change, Stance};
use comity_negotiation::text::Kind;
use comity_store::{NewProposal, StoreError};
use serde::Deserialize;

use super::{CompilationQuery, back, compilation_page, load, told};
use crate::pages::page::{Page, PageCtx, PageError, render_private};

/// The proposal form as sent, shown again when refused.
#[derive(Default)]
struct ProposalForm {
    place: String,
    action: String,
    text: String,
    kind: String,
    after: String,
    justification: String,
    co_sponsors: String,
    group: String,
    group_members: String,
}

impl ProposalForm {
    fn parse(body: &[u8]) -> ProposalForm {
        let mut f = ProposalForm::default();
        for (key, value) in form_urlencoded::parse(body) {
            let value = value.replace("\r\n", "\n");
            match key.as_ref() {
                "place" => f.place = value,
                "action" => f.action = value,
                "text" => f.text = value,
                "kind" => f.kind = value,
                "after" => f.after = value,
                "justification" => f.justification = value,
                "co_sponsors" => f.co_sponsors = value,
                "group" => f.group = value,
                "group_members" => f.group_members = value,
                _ => {}
            }
        }
        f
    }

    /// The change asked for, or the Fluent id saying what to choose.
    fn change(&self) -> Result<Change, &'static str> {
        Ok(match self.action.as_str() {
            "replace" => Change::Replace { text: self.text.trim().to_string() },
            "add_after" => Change::AddAfter {
                kind: KINDS.into_iter().find(|k| k.as_str() == self.kind).ok_or("negotiation-choose-kind")?,
                text: self.text.trim().to_string(),
            },
            "delete" => Change::Delete,
            "move" => Change::Move { after: Some(self.after.clone()).filter(|a| !a.is_empty()) },
            "comment" => Change::Comment,
            _ => return Err("negotiation-choose-action"),
        })
    }
}

/// ISO3 codes as a delegate types them: separated by commas, spaces or semicolons.
fn codes(list: &str) -> Vec<String> {
    list.split([',', ';', ' ', '\n']).map(str::trim).filter(|c| !c.is_empty()).map(str::to_ascii_uppercase).collect()
}

/// The kinds a new paragraph may be, as the form offers them.
const KINDS: [Kind; 4] = [Kind::Numbered, Kind::Item, Kind::Unnumbered, Kind::Heading];

/// A paragraph of the revision as the form names it.
struct Choice {
    place: String,
    label: String,
    text: String,
}

#[derive(Template)]
#[template(path = "negotiation_propose.html")]
struct ProposePage<'a> {
    page: Page<'a>,
    name: String,
    title: String,
    revision_name: String,
    state: String,
    text_lang: &'static str,
    text_dir: &'static str,
    paragraph: Choice,
    /// Every paragraph, for "move after".
    paragraphs: Vec<Choice>,
    kinds: Vec<&'static str>,
    form: ProposalForm,
    errors: Vec<String>,
}

#[derive(Deserialize)]
pub(crate) struct ProposeQuery {
    place: Option<String>,
}

async fn propose_page(
    ctx: &PageCtx,
    name: &str,
    state: String,
    form: ProposalForm,
    errors: Vec<String>,
) -> Result<Response, PageError> {
    let loaded = load(ctx, name, None).await?;
    let text = &loaded.revision.text;
    let labels = text.labels();
    let choices: Vec<Choice> = text
        .paragraphs
        .iter()
        .zip(&labels)
        .map(|(p, l)| Choice { place: p.place.clone(), label: l.reference(), text: p.text.clone() })
        .collect();
    let Some(index) = choices.iter().position(|c| c.place == form.place) else { return Err(PageError::NotFound) };
    let paragraphs = choices;
    let paragraph = Choice {
        place: paragraphs[index].place.clone(),
        label: paragraphs[index].label.clone(),
        text: paragraphs[index].text.clone(),
    };
    let text_lang: comity_i18n::Lang = loaded.negotiation.summary.lang.parse().unwrap_or(comity_i18n::Lang::En);
    let page = Page::new(ctx.lang, &ctx.app.catalog.messages, "negotiations", &ctx.uri);
    let revision_name = super::revision_label(&page, loaded.revision.number);
    let state = ctx.app.catalog.states.get(&state).map(|s| s.short_name(ctx.lang).to_string()).unwrap_or(state);
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    let template = ProposePage {
        name: loaded.negotiation.summary.name.clone(),
        title: loaded.negotiation.summary.title.clone(),
        revision_name,
        state,
        text_lang: text_lang.code(),
        text_dir: text_lang.direction().as_str(),
        paragraph,
        paragraphs,
        kinds: KINDS.iter().map(|k| k.as_str()).collect(),
        form,
        errors,
        page,
    };
    Ok(render_private(status, &template))
}

/// The proposal form on one paragraph of the current revision, its words ready to edit.
pub(crate) async fn propose(
    ctx: PageCtx,
    Path((_, name)): Path<(String, String)>,
    Query(query): Query<ProposeQuery>,
) -> Result<Response, PageError> {
    let Some(state) = ctx.visitor.negotiates_for() else { return Err(PageError::Forbidden) };
    let place = query.place.unwrap_or_default();
    let loaded = load(&ctx, &name, None).await?;
    let Some(paragraph) = loaded.revision.text.paragraph(&place) else { return Err(PageError::NotFound) };
    let form = ProposalForm {
        text: paragraph.text.clone(),
        action: "replace".into(),
        kind: "numbered".into(),
        place,
        ..Default::default()
    };
    propose_page(&ctx, &name, state, form, Vec::new()).await
}

/// Files the proposal for the visitor's State.
pub(crate) async fn file(
    ctx: PageCtx,
    Path((_, name)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let Some(state) = ctx.visitor.negotiates_for() else { return Err(PageError::Forbidden) };
    let form = ProposalForm::parse(&body);
    let page = Page::new(ctx.lang, &ctx.app.catalog.messages, "negotiations", &ctx.uri);
    let change = match form.change() {
        Ok(change) => change,
        Err(id) => {
            let errors = vec![page.t(id)];
            return propose_page(&ctx, &name, state, form, errors).await;
        }
    };
    let group = (!form.group.trim().is_empty()).then(|| (form.group.trim().to_string(), codes(&form.group_members)));
    let new = NewProposal {
        place: form.place.clone(),
        change,
        justification: form.justification.clone(),
        group,
        co_sponsors: codes(&form.co_sponsors),
    };
    let actor = ctx.visitor.actor(Some(Permission::Negotiate));
    match ctx.app.store.file_proposal(&name, &state, &new, &actor, jiff::Timestamp::now()).await {
        Ok(filed) => Ok(back(&ctx, &name, "filed", &format!("#proposal-{}", filed.id))),
        Err(e) => {
            let errors = told(&ctx, e)?;
            propose_page(&ctx, &name, state, form, errors).await
        }
    }
}

/// The fields of a small form, by name.
fn fields(body: &[u8]) -> std::collections::HashMap<String, String> {
    form_urlencoded::parse(body).map(|(k, v)| (k.into_owned(), v.replace("\r\n", "\n"))).collect()
}

/// What a step on the compilation page answers: back to it, or the page again with why not.
async fn answered(
    ctx: &PageCtx,
    name: &str,
    result: Result<(), StoreError>,
    done: &str,
    anchor: &str,
) -> Result<Response, PageError> {
    match result {
        Ok(()) => Ok(back(ctx, name, done, anchor)),
        Err(e) => {
            let errors = told(ctx, e)?;
            compilation_page(ctx, name, &CompilationQuery::default(), errors, None).await
        }
    }
}

/// Records the visitor's State's position on a proposal (again, it replaces the first).
pub(crate) async fn position(
    ctx: PageCtx,
    Path((_, name)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let Some(state) = ctx.visitor.negotiates_for() else { return Err(PageError::Forbidden) };
    let f = fields(&body);
    let proposal = f.get("proposal").cloned().unwrap_or_default();
    let Some(stance) = f.get("stance").and_then(|s| Stance::parse(s)) else {
        let page = Page::new(ctx.lang, &ctx.app.catalog.messages, "negotiations", &ctx.uri);
        return compilation_page(
            &ctx,
            &name,
            &CompilationQuery::default(),
            vec![page.t("negotiation-choose-stance")],
            None,
        )
        .await;
    };
    let statement = f.get("statement").map(|s| s.trim()).filter(|s| !s.is_empty());
    let actor = ctx.visitor.actor(Some(Permission::Negotiate));
    let result = ctx.app.store.take_position(&name, &proposal, &state, stance, statement, &actor).await;
    answered(&ctx, &name, result, "position", &format!("#proposal-{proposal}")).await
}

/// Withdraws a proposal the visitor's State filed.
pub(crate) async fn withdraw(
    ctx: PageCtx,
    Path((_, name)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let Some(state) = ctx.visitor.negotiates_for() else { return Err(PageError::Forbidden) };
    let proposal = fields(&body).remove("proposal").unwrap_or_default();
    let actor = ctx.visitor.actor(Some(Permission::Negotiate));
    let result = ctx.app.store.withdraw_proposal(&name, &proposal, &state, &actor).await;
    answered(&ctx, &name, result, "withdrawn", "").await
}

/// Breaks silence for the visitor's State, with its reason.
pub(crate) async fn break_silence(
    ctx: PageCtx,
    Path((_, name)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let Some(state) = ctx.visitor.negotiates_for() else { return Err(PageError::Forbidden) };
    let reason = fields(&body).remove("reason").unwrap_or_default();
    let actor = ctx.visitor.actor(Some(Permission::Negotiate));
    let result = ctx.app.store.break_silence(&name, &state, reason.trim(), &actor, jiff::Timestamp::now()).await;
    answered(&ctx, &name, result, "broken", "#silence").await
}

/// Records the visitor's State's explanation of position on the adopted text, with the
/// paragraphs it disassociates from (`disassociate`, repeated).
pub(crate) async fn explain(
    ctx: PageCtx,
    Path((_, name)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let Some(state) = ctx.visitor.negotiates_for() else { return Err(PageError::Forbidden) };
    let (mut places, mut explanation) = (Vec::new(), String::new());
    for (key, value) in form_urlencoded::parse(&body) {
        match key.as_ref() {
            "disassociate" => places.push(value.into_owned()),
            "explanation" => explanation = value.replace("\r\n", "\n"),
            _ => {}
        }
    }
    let actor = ctx.visitor.actor(Some(Permission::Negotiate));
    let result = ctx.app.store.record_explanation(&name, &state, &places, &explanation, &actor).await;
    answered(&ctx, &name, result, "explained", "#explanations").await
}
