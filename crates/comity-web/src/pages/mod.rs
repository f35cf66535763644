//! The portal's pages: one module per part of the site, the route table that joins them, and
//! the answers for addresses no page has. What they share is in `page`.

mod account;
mod checks;
mod contacts;
mod diff;
mod documents;
mod fetches;
mod files;
mod framework;
mod home;
mod messages;
pub(crate) mod nav;
mod negotiations;
pub(crate) use negotiations::in_un_order;
pub use negotiations::{compilation_akn, compilation_words};
mod outbox;
pub(crate) mod page;
mod passkeys;
mod replies;
mod search;
pub use search::PublicIndexCache;
mod states;
mod views;

use axum::extract::{Request, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use comity_i18n::Lang;

use crate::AppState;
use page::{not_found, page_lang, preferred_language};

pub(crate) fn router() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .route("/", get(root))
        .route("/{lang}", get(lang_root))
        .route("/{lang}/", get(home::home))
        .route("/{lang}/states", get(states::list))
        .route("/{lang}/states/{code}", get(states::show))
        .route("/{lang}/framework", get(framework::overview))
        .route("/{lang}/framework/{id}", get(framework::element))
        .route("/{lang}/documents", get(documents::list))
        .route("/{lang}/search", get(search::search))
        .route("/{lang}/diff", get(diff::diff))
        .route("/{lang}/documents/{*symbol}", get(documents::show))
        .route("/{lang}/fetches", get(fetches::form).post(fetches::start))
        .route("/{lang}/outbox", get(outbox::outbox))
        .route("/{lang}/negotiations", get(negotiations::list).post(negotiations::open))
        .route("/{lang}/negotiations/new", get(negotiations::open_form))
        .route("/{lang}/negotiations/{name}", get(negotiations::show))
        .route("/{lang}/negotiations/{name}/compilation.docx", get(negotiations::docx))
        .route("/{lang}/negotiations/{name}/compilation.xml", get(negotiations::akn))
        .route("/{lang}/negotiations/{name}/propose", get(negotiations::propose))
        .route("/{lang}/negotiations/{name}/proposals", post(negotiations::file))
        .route("/{lang}/negotiations/{name}/positions", post(negotiations::position))
        .route("/{lang}/negotiations/{name}/withdraw", post(negotiations::withdraw))
        .route("/{lang}/negotiations/{name}/silence/break", post(negotiations::break_silence))
        .route("/{lang}/negotiations/{name}/decide", get(negotiations::decisions_page))
        .route("/{lang}/negotiations/{name}/revisions", post(negotiations::revise))
        .route("/{lang}/negotiations/{name}/zero-draft", post(negotiations::redraft))
        .route("/{lang}/negotiations/{name}/silence", post(negotiations::silence))
        .route("/{lang}/negotiations/{name}/adopt", post(negotiations::adopt))
        .route("/{lang}/negotiations/{name}/issue", post(negotiations::issue))
        .route("/{lang}/negotiations/{name}/lineage", get(negotiations::lineage_page))
        .route("/{lang}/negotiations/{name}/compare", get(negotiations::compare_page))
        .route("/{lang}/negotiations/{name}/explanations.docx", get(negotiations::compendium_docx))
        .route("/{lang}/negotiations/{name}/compare.docx", get(negotiations::compare_docx))
        .route("/{lang}/negotiations/{name}/explanations", post(negotiations::explain))
        .route("/{lang}/negotiations/{name}/inputs", post(negotiations::give_input))
        .route("/{lang}/negotiations/{name}/stakeholders", post(negotiations::accredit))
        .route("/{lang}/fetches/{id}", get(fetches::show))
        .route("/{lang}/sign-in", get(account::signin::sign_in_form).post(account::signin::sign_in))
        .route("/{lang}/sign-in/code", get(account::signin::code_form).post(account::signin::code))
        .route("/{lang}/sign-in/enrol", get(account::signin::enrol_form).post(account::signin::enrol))
        .route("/{lang}/sign-out", post(account::signin::sign_out))
        .route("/{lang}/account", get(account::own::account))
        .route("/{lang}/account/tokens", post(account::own::create_token))
        .route("/{lang}/account/tokens/{id}/revoke", post(account::own::revoke_token))
        .route("/{lang}/account/sessions/end-all", post(account::own::end_all_sessions))
        .route("/{lang}/account/checks/{id}/acknowledge", post(checks::acknowledge_in_portal))
        .route("/{lang}/orgs/{org}/users", get(account::org::org_users).post(account::org::invite))
        .route("/{lang}/orgs/{org}/users/{id}/remove", post(account::org::remove_user))
        .route("/{lang}/welcome/{token}", get(account::links::welcome_form).post(account::links::welcome))
        .route("/{lang}/sign-in/reset", get(account::links::reset_form).post(account::links::reset))
        .route("/{lang}/account/passkeys/begin", post(passkeys::register_begin))
        .route("/{lang}/account/passkeys/finish", post(passkeys::register_finish))
        .route("/{lang}/sign-in/passkey/begin", post(passkeys::sign_in_begin))
        .route("/{lang}/sign-in/passkey/finish", post(passkeys::sign_in_finish))
        .route("/{lang}/orgs/{org}/audit", get(account::org::org_audit))
        .route("/{lang}/audit", get(account::org::whole_audit))
        .route("/{lang}/views", get(views::list))
        .route("/{lang}/views/{id}", get(views::show))
        .route("/{lang}/views/{id}/report", get(views::report))
        .route("/{lang}/views/{id}/report.docx", get(views::docx))
        .route("/{lang}/views/{id}/states/{code}", get(views::reply))
        .route("/{lang}/views/states/{code}", get(views::by_state))
        .route("/{lang}/views/elements/{id}", get(views::by_element))
        .route("/{lang}/ack/{token}", get(checks::ack_form).post(checks::ack))
        .route("/{lang}/checks", get(checks::rounds).post(checks::start))
        .route("/{lang}/checks/{id}", get(checks::round))
        .route("/{lang}/checks/{id}/{format}", get(checks::report))
        .route("/{lang}/checks/schedules", post(checks::schedule))
        .route("/{lang}/checks/schedules/{id}/cancel", post(checks::unschedule))
        .route("/{lang}/orgs/{org}/checks", get(checks::own_rounds))
        .route("/{lang}/checks/states/{code}", get(checks::own_rounds))
        .route("/{lang}/messages", get(messages::inbox).post(messages::create))
        .route("/{lang}/messages/new", get(messages::compose))
        .route("/{lang}/messages/escalated", get(messages::escalated))
        .route("/{lang}/messages/{id}", get(messages::thread))
        .route("/{lang}/messages/{id}/reply", post(messages::reply))
        .route("/{lang}/messages/{id}/acknowledge", post(messages::acknowledge))
        .route("/{lang}/messages/{id}/attachments", post(messages::attach))
        .route("/{lang}/messages/{id}/attachments/{att}", get(messages::attachment))
        .route("/{lang}/contacts", get(contacts::directory))
        .route("/{lang}/contacts/changes", get(contacts::queue))
        .route("/{lang}/contacts/changes/{id}/verify", post(contacts::verify))
        .route("/{lang}/contacts/changes/{id}/reject", post(contacts::reject))
        .route("/{lang}/orgs/{org}/contacts", get(contacts::own).post(contacts::nominate))
        .route("/{lang}/orgs/{org}/contacts/export", get(contacts::export))
        .route("/{lang}/orgs/{org}/contacts/{id}/remove", post(contacts::remove))
        .route("/{lang}/cycles", get(replies::cycles::cycles))
        .route("/{lang}/orgs/{org}/reply", get(replies::cycles::own_reply))
        .route("/{lang}/cycles/{id}", get(replies::cycles::cycle_overview))
        .route("/{lang}/cycles/{id}/remind", post(replies::cycles::remind))
        .route("/{lang}/cycles/{id}/replies/{org}", get(replies::reply::reply).post(replies::workflow::save))
        .route("/{lang}/cycles/{id}/replies/{org}/versions", get(replies::versions::versions))
        .route("/{lang}/cycles/{id}/replies/{org}/submit", post(replies::workflow::submit))
        .route("/{lang}/cycles/{id}/replies/{org}/withdraw", post(replies::workflow::withdraw))
        .route("/{lang}/cycles/{id}/replies/{org}/publish", post(replies::workflow::publish))
        .route("/{lang}/cycles/{id}/replies/{org}/attachments", post(replies::attachments::attach))
        .route("/{lang}/cycles/{id}/replies/{org}/attachments/{att}", get(replies::attachments::attachment))
        .route("/{lang}/cycles/{id}/replies/{org}/attachments/{att}/remove", post(replies::attachments::detach))
        .route("/{lang}/cycles/{id}/replies/{org}/translations", post(replies::translations::translate))
        .route("/{lang}/views/attachments/{att}", get(replies::attachments::public_attachment))
        .fallback(not_found_fallback)
}

async fn root(headers: HeaderMap) -> Response {
    let lang = preferred_language(&headers);
    let mut response = Redirect::to(&format!("/{}/", lang.code())).into_response();
    response.headers_mut().insert(header::VARY, header::HeaderValue::from_static("Accept-Language"));
    response
}

async fn lang_root(
    State(app): State<AppState>,
    axum::extract::Path(lang): axum::extract::Path<String>,
    headers: HeaderMap,
) -> Response {
    match lang.parse::<Lang>() {
        Ok(l) if l.code() == lang => Redirect::permanent(&format!("/{lang}/")).into_response(),
        _ => not_found(&app, preferred_language(&headers)),
    }
}

async fn not_found_fallback(State(app): State<AppState>, request: Request) -> Response {
    let segment = request.uri().path().trim_start_matches('/').split('/').next().unwrap_or("");
    let lang = page_lang(segment).unwrap_or_else(|| preferred_language(request.headers()));
    not_found(&app, lang)
}
