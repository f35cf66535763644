//! `/languages`: the six official languages.

use super::json;
use crate::AppState;
use axum::http::StatusCode;
use axum::response::Response;
use comity_i18n::Lang;
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// This part's operations, added to the API's router.
pub(super) fn routes(router: OpenApiRouter<AppState>) -> OpenApiRouter<AppState> {
    router.routes(routes!(list_languages))
}

/// One official language.
#[derive(Serialize, ToSchema)]
pub(super) struct Language {
    /// BCP 47 code.
    code: &'static str,
    /// The language's name in itself.
    native_name: &'static str,
    /// `ltr` or `rtl`.
    direction: &'static str,
}

/// The six official languages, in the UN's order.
#[utoipa::path(get, path = "/languages", tag = "languages", responses((status = 200, body = Vec<Language>)))]
async fn list_languages() -> Response {
    let languages: Vec<Language> = Lang::ALL
        .into_iter()
        .map(|l| Language { code: l.code(), native_name: l.native_name(), direction: l.direction().as_str() })
        .collect();
    json(StatusCode::OK, &languages)
}
