//! Stakeholders from the negotiation's page, without JavaScript: the Secretariat accredits the
//! account that speaks for an organisation, and that account gives written inputs on the
//! paragraphs of the current revision, shown apart from States' proposals and never counted as
//! a position.

use axum::body::Bytes;
use axum::extract::Path;
use axum::response::Response;

use comity_access::Permission;

use super::{CompilationQuery, back, compilation_page, told};
use crate::pages::page::{Page, PageCtx, PageError};

/// Gives the visitor's organisation's written input (`place`, `text`); refused in the page's
/// language, with the input kept in its form and nothing changed.
pub(crate) async fn give_input(
    ctx: PageCtx,
    Path((_, name)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    // A session speaks for its organisation here; an API token is never the authority on a page.
    if ctx.visitor.account.as_ref().is_none_or(|a| a.scopes.is_some()) {
        return Err(PageError::Forbidden);
    }
    let (mut place, mut text, mut lang) = (String::new(), String::new(), String::new());
    for (key, value) in form_urlencoded::parse(&body) {
        match key.as_ref() {
            "place" => place = value.into_owned(),
            "text" => text = value.replace("\r\n", "\n"),
            "lang" => lang = value.into_owned(),
            _ => {}
        }
    }
    let Ok(written) = lang.parse::<comity_i18n::Lang>() else {
        let page = Page::new(ctx.lang, &ctx.app.catalog.messages, "negotiations", &ctx.uri);
        let errors = vec![page.t("negotiation-input-bad-lang")];
        return input_refused(&ctx, &name, (place, text, None), errors).await;
    };
    let actor = ctx.visitor.actor(None);
    match ctx.app.store.give_input(&name, &place, &text, written, &actor, jiff::Timestamp::now()).await {
        Ok(input) => Ok(back(&ctx, &name, "input", &format!("#{}", input.place))),
        Err(e) => {
            let errors = told(&ctx, e)?;
            input_refused(&ctx, &name, (place, text, Some(lang)), errors).await
        }
    }
}

/// The negotiation's page again with `errors`, the input form as sent (paragraph, text, language).
async fn input_refused(
    ctx: &PageCtx,
    name: &str,
    (place, text, lang): (String, String, Option<String>),
    errors: Vec<String>,
) -> Result<Response, PageError> {
    let query = CompilationQuery {
        input: Some(place),
        input_text: Some(text),
        input_lang: lang,
        ..CompilationQuery::default()
    };
    compilation_page(ctx, name, &query, errors, None).await
}

/// Accredits a stakeholder's account (`email`) as the voice of `organisation`: the
/// Secretariat's; refused in the page's language with the form kept and nothing changed.
pub(crate) async fn accredit(
    ctx: PageCtx,
    Path((_, name)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let (mut email, mut organisation) = (String::new(), String::new());
    for (key, value) in form_urlencoded::parse(&body) {
        match key.as_ref() {
            "email" => email = value.trim().to_string(),
            "organisation" => organisation = value.into_owned(),
            _ => {}
        }
    }
    let actor = ctx.visitor.actor(Some(Permission::ManageNegotiations));
    match ctx.app.store.accredit_stakeholder(&name, &email, &organisation, &actor).await {
        Ok(_) => Ok(back(&ctx, &name, "accredited", "#stakeholders")),
        Err(e) => {
            let errors = told(&ctx, e)?;
            let query = CompilationQuery { accrediting: Some((email, organisation)), ..CompilationQuery::default() };
            compilation_page(&ctx, &name, &query, errors, None).await
        }
    }
}
