//! Where each paragraph of a negotiated text came from: the zero draft or the State's proposal
//! that added it, every proposal taken into it since with the Chair's decision and reason, and,
//! once the adopted text is issued, where it stands in the document of the record.

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use comity_negotiation::proposal::Proposer;
use comity_negotiation::text::Kind;

use crate::pages::page::{Page, PageCtx, PageError, render_private};

struct Row {
    place: String,
    label: String,
    heading: bool,
    text: String,
    /// Its place in the document of the record, as that page labels it.
    record: Option<String>,
    since: String,
    steps: Vec<Step>,
}

struct Step {
    what: String,
    co_sponsors: Option<String>,
    outcome: String,
    reason: String,
}

#[derive(Template)]
#[template(path = "negotiation_lineage.html")]
struct LineagePage<'a> {
    page: Page<'a>,
    name: String,
    title: String,
    revision_name: String,
    symbol: Option<String>,
    text_lang: &'static str,
    text_dir: &'static str,
    rows: Vec<Row>,
}

/// The lineage page of a negotiation's current (or adopted) text, for those who may read it.
pub(crate) async fn lineage_page(ctx: PageCtx, Path((_, name)): Path<(String, String)>) -> Result<Response, PageError> {
    let negotiation = super::read_negotiation(&ctx, &name).await?;
    let lineage = ctx.app.store.negotiation_lineage(&negotiation.summary.id).await?;
    let lang = ctx.lang;
    let page = Page::new(lang, &ctx.app.catalog.messages, "negotiations", &ctx.uri);
    let name_of = |code: &str| {
        ctx.app.catalog.states.get(code).map(|s| s.short_name(lang).to_string()).unwrap_or_else(|| code.to_string())
    };
    let revision_name = |n: u32| super::revision_label(&page, i64::from(n));
    let rows = lineage
        .paragraphs
        .iter()
        .map(|p| Row {
            place: p.place.clone(),
            label: p.label.clone(),
            heading: p.kind == Kind::Heading,
            text: p.text.clone(),
            record: p.record_place.as_deref().and_then(record_label),
            since: if p.since == 0 {
                page.t("negotiation-lineage-since-zero")
            } else {
                page.t_with("negotiation-lineage-since", "revision", &revision_name(p.since))
            },
            steps: p
                .shaped_by
                .iter()
                .map(|s| {
                    let proposer = match &s.proposer {
                        Proposer::State { state } => name_of(state),
                        Proposer::Group { name, .. } => name.clone(),
                    };
                    let co_sponsors = (!s.co_sponsors.is_empty()).then(|| {
                        let names: Vec<String> = s.co_sponsors.iter().map(|c| name_of(c)).collect();
                        page.t_with("negotiation-co-sponsors", "states", &names.join(", "))
                    });
                    Step {
                        what: page.t_with2(
                            &format!("negotiation-lineage-step-{}", s.action),
                            "revision",
                            &revision_name(s.revision),
                            "proposer",
                            &proposer,
                        ),
                        co_sponsors,
                        outcome: page.t_key("negotiation-lineage-outcome-", s.outcome),
                        reason: s.reason.clone(),
                    }
                })
                .collect(),
        })
        .collect();
    let text_lang: comity_i18n::Lang = negotiation.summary.lang.parse().unwrap_or(comity_i18n::Lang::En);
    let template = LineagePage {
        name: negotiation.summary.name.clone(),
        title: negotiation.summary.title.clone(),
        revision_name: revision_name(u32::try_from(lineage.revision).unwrap_or(0)),
        symbol: lineage.symbol,
        text_lang: text_lang.code(),
        text_dir: text_lang.direction().as_str(),
        rows,
        page,
    };
    Ok(render_private(StatusCode::OK, &template))
}

/// A place of the record as its document page labels the paragraph (`P3`, `6`, `6 (b)`); none
/// for the title, a section heading or an annex, which that page does not number.
fn record_label(place: &str) -> Option<String> {
    if let Some(rest) = place.strip_prefix("operative ") {
        return Some(rest.to_string());
    }
    place.starts_with("preamble ").then(|| crate::pages::documents::place_label(place))
}
