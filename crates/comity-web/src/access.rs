//! One policy for every route: each route's address is declared in [`ROUTES`] with the
//! permission it needs and whose resource it touches; [`enforce`] runs after routing on every
//! route and answers from that table alone. A route missing from the table is refused (fail
//! closed), and a test fails on any route the router knows that the table does not.
//!
//! Who is asking comes from the session cookie on pages, or from an API token in
//! `Authorization: Bearer` on the API and TAXII; a session whose second factor is still missing
//! counts as nobody. A token is never the authority on a page: the account's pages (tokens,
//! passkeys, sessions) are a person's, so a token cannot make tokens, whatever its scopes.

use std::sync::Arc;

use axum::extract::{MatchedPath, RawPathParams, Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use comity_access::{Decision, OrgRef, Permission, Principal, Target, decide};
use comity_store::{Actor, SessionInfo};

use crate::AppState;
use crate::middleware::{Unexplained, unexplained};

pub const SESSION_COOKIE: &str = "comity_session";

/// Whose resource a route touches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Nobody's in particular.
    Any,
    /// The organisation named by the `{org}` path parameter (SECRETARIAT or an ISO3 code).
    PathOrg,
}

/// A route's declaration.
#[derive(Debug, Clone, Copy)]
pub struct RoutePolicy {
    pub method: &'static str,
    pub path: &'static str,
    pub permission: Permission,
    pub scope: Scope,
}

const fn public(method: &'static str, path: &'static str) -> RoutePolicy {
    RoutePolicy { method, path, permission: Permission::ReadPublic, scope: Scope::Any }
}

const fn needs(method: &'static str, path: &'static str, permission: Permission, scope: Scope) -> RoutePolicy {
    RoutePolicy { method, path, permission, scope }
}

/// Every route, with what it needs. Sign-in pages are public: they are how one stops being
/// anonymous.
pub const ROUTES: &[RoutePolicy] = &[
    public("GET", "/healthz"),
    public("GET", "/readyz"),
    // Answered only to a scrape bringing the metrics token (checked by the handler).
    public("GET", "/metrics"),
    public("GET", "/static/comity.css"),
    public("GET", "/static/drafts.js"),
    public("GET", "/"),
    public("GET", "/{lang}"),
    public("GET", "/{lang}/"),
    public("GET", "/{lang}/states"),
    public("GET", "/{lang}/states/{code}"),
    public("GET", "/{lang}/framework"),
    public("GET", "/{lang}/framework/{id}"),
    public("GET", "/{lang}/documents"),
    public("GET", "/{lang}/documents/{*symbol}"),
    public("GET", "/{lang}/search"),
    public("GET", "/{lang}/diff"),
    public("GET", "/{lang}/views"),
    public("GET", "/{lang}/views/{id}"),
    public("GET", "/{lang}/views/{id}/report"),
    public("GET", "/{lang}/views/{id}/report.docx"),
    public("GET", "/{lang}/views/{id}/states/{code}"),
    public("GET", "/{lang}/views/states/{code}"),
    public("GET", "/{lang}/views/elements/{id}"),
    public("GET", "/{lang}/views/attachments/{att}"),
    // Each negotiation says who reads it; the handler answers 404 to others.
    public("GET", "/{lang}/negotiations"),
    needs("POST", "/{lang}/negotiations", Permission::ManageNegotiations, Scope::Any),
    needs("GET", "/{lang}/negotiations/new", Permission::ManageNegotiations, Scope::Any),
    public("GET", "/{lang}/negotiations/{name}"),
    public("GET", "/{lang}/negotiations/{name}/compilation.docx"),
    public("GET", "/{lang}/negotiations/{name}/compilation.xml"),
    public("GET", "/{lang}/negotiations/{name}/lineage"),
    public("GET", "/{lang}/negotiations/{name}/compare"),
    public("GET", "/{lang}/negotiations/{name}/compare.docx"),
    public("GET", "/{lang}/negotiations/{name}/explanations.docx"),
    // The State acted for is the session's own negotiating State, never one named in the path:
    // the handlers act only through a membership that grants `negotiate` over its State.
    needs("GET", "/{lang}/negotiations/{name}/propose", Permission::ReadNegotiations, Scope::Any),
    needs("POST", "/{lang}/negotiations/{name}/proposals", Permission::ReadNegotiations, Scope::Any),
    needs("POST", "/{lang}/negotiations/{name}/positions", Permission::ReadNegotiations, Scope::Any),
    needs("POST", "/{lang}/negotiations/{name}/withdraw", Permission::ReadNegotiations, Scope::Any),
    needs("POST", "/{lang}/negotiations/{name}/silence/break", Permission::ReadNegotiations, Scope::Any),
    needs("POST", "/{lang}/negotiations/{name}/explanations", Permission::ReadNegotiations, Scope::Any),
    // A stakeholder holds no role: any signed-in account, and the store checks its accreditation.
    needs("POST", "/{lang}/negotiations/{name}/inputs", Permission::ReadOwnAccount, Scope::Any),
    needs("POST", "/{lang}/negotiations/{name}/stakeholders", Permission::ManageNegotiations, Scope::Any),
    // The Chair's: the handlers also check the negotiation's members.
    needs("GET", "/{lang}/negotiations/{name}/decide", Permission::ReadNegotiations, Scope::Any),
    needs("POST", "/{lang}/negotiations/{name}/revisions", Permission::ReadNegotiations, Scope::Any),
    needs("POST", "/{lang}/negotiations/{name}/zero-draft", Permission::ReadNegotiations, Scope::Any),
    needs("POST", "/{lang}/negotiations/{name}/silence", Permission::ReadNegotiations, Scope::Any),
    needs("POST", "/{lang}/negotiations/{name}/adopt", Permission::ReadNegotiations, Scope::Any),
    needs("POST", "/{lang}/negotiations/{name}/issue", Permission::ReadNegotiations, Scope::Any),
    public("GET", "/{lang}/sign-in"),
    public("POST", "/{lang}/sign-in"),
    public("GET", "/{lang}/sign-in/code"),
    public("POST", "/{lang}/sign-in/code"),
    public("GET", "/{lang}/sign-in/enrol"),
    public("POST", "/{lang}/sign-in/enrol"),
    public("POST", "/{lang}/sign-out"),
    needs("GET", "/{lang}/account", Permission::ReadOwnAccount, Scope::Any),
    needs("POST", "/{lang}/account/tokens", Permission::ManageOwnTokens, Scope::Any),
    needs("POST", "/{lang}/account/tokens/{id}/revoke", Permission::ManageOwnTokens, Scope::Any),
    needs("POST", "/{lang}/account/sessions/end-all", Permission::ManageOwnTokens, Scope::Any),
    // Acknowledges for the contact whose email the account holds, and no other.
    needs("POST", "/{lang}/account/checks/{id}/acknowledge", Permission::ReadOwnAccount, Scope::Any),
    needs("GET", "/{lang}/orgs/{org}/users", Permission::ListUsers, Scope::PathOrg),
    needs("POST", "/{lang}/orgs/{org}/users", Permission::ManageStateUsers, Scope::PathOrg),
    needs("POST", "/{lang}/orgs/{org}/users/{id}/remove", Permission::ManageStateUsers, Scope::PathOrg),
    public("GET", "/{lang}/welcome/{token}"),
    public("POST", "/{lang}/welcome/{token}"),
    needs("POST", "/{lang}/account/passkeys/begin", Permission::ManageOwnTokens, Scope::Any),
    needs("POST", "/{lang}/account/passkeys/finish", Permission::ManageOwnTokens, Scope::Any),
    public("POST", "/{lang}/sign-in/passkey/begin"),
    public("POST", "/{lang}/sign-in/passkey/finish"),
    public("GET", "/static/passkeys.js"),
    public("GET", "/{lang}/sign-in/reset"),
    public("POST", "/{lang}/sign-in/reset"),
    needs("GET", "/{lang}/orgs/{org}/audit", Permission::ReadAudit, Scope::PathOrg),
    // The whole trail: the Secretariat's (a State's focal point reads its State's part above).
    needs("GET", "/{lang}/audit", Permission::ReadAudit, Scope::Any),
    // The Points of Contact directory: never public; a State's own entries for its focal point.
    // A contact's one-time acknowledgement link: the token is the authority.
    public("GET", "/{lang}/ack/{token}"),
    public("POST", "/{lang}/ack/{token}"),
    // Fetching documents from the ODS into the record.
    needs("GET", "/{lang}/fetches", Permission::KeepRecord, Scope::Any),
    needs("GET", "/{lang}/outbox", Permission::ManageAccounts, Scope::Any),
    needs("POST", "/{lang}/fetches", Permission::KeepRecord, Scope::Any),
    needs("GET", "/{lang}/fetches/{id}", Permission::KeepRecord, Scope::Any),
    needs("GET", "/{lang}/checks", Permission::ManageDirectory, Scope::Any),
    needs("POST", "/{lang}/checks", Permission::ManageDirectory, Scope::Any),
    needs("GET", "/{lang}/checks/{id}", Permission::ManageDirectory, Scope::Any),
    needs("GET", "/{lang}/checks/{id}/{format}", Permission::ManageDirectory, Scope::Any),
    needs("POST", "/{lang}/checks/schedules", Permission::ManageDirectory, Scope::Any),
    needs("POST", "/{lang}/checks/schedules/{id}/cancel", Permission::ManageDirectory, Scope::Any),
    needs("GET", "/{lang}/orgs/{org}/checks", Permission::NominatePoc, Scope::PathOrg),
    needs("GET", "/{lang}/checks/states/{code}", Permission::ManageDirectory, Scope::Any),
    needs("GET", "/{lang}/messages", Permission::ExchangeMessages, Scope::Any),
    needs("POST", "/{lang}/messages", Permission::ExchangeMessages, Scope::Any),
    needs("GET", "/{lang}/messages/new", Permission::ExchangeMessages, Scope::Any),
    needs("GET", "/{lang}/messages/escalated", Permission::ManageDirectory, Scope::Any),
    needs("GET", "/{lang}/messages/{id}", Permission::ExchangeMessages, Scope::Any),
    needs("POST", "/{lang}/messages/{id}/reply", Permission::ExchangeMessages, Scope::Any),
    needs("POST", "/{lang}/messages/{id}/acknowledge", Permission::ExchangeMessages, Scope::Any),
    needs("POST", "/{lang}/messages/{id}/attachments", Permission::ExchangeMessages, Scope::Any),
    needs("GET", "/{lang}/messages/{id}/attachments/{att}", Permission::ExchangeMessages, Scope::Any),
    needs("GET", "/{lang}/contacts", Permission::ReadDirectory, Scope::Any),
    needs("GET", "/{lang}/contacts/changes", Permission::ManageDirectory, Scope::Any),
    needs("POST", "/{lang}/contacts/changes/{id}/verify", Permission::ManageDirectory, Scope::Any),
    needs("POST", "/{lang}/contacts/changes/{id}/reject", Permission::ManageDirectory, Scope::Any),
    needs("GET", "/{lang}/orgs/{org}/contacts", Permission::NominatePoc, Scope::PathOrg),
    needs("POST", "/{lang}/orgs/{org}/contacts", Permission::NominatePoc, Scope::PathOrg),
    needs("GET", "/{lang}/orgs/{org}/contacts/export", Permission::NominatePoc, Scope::PathOrg),
    needs("POST", "/{lang}/orgs/{org}/contacts/{id}/remove", Permission::NominatePoc, Scope::PathOrg),
    needs("GET", "/{lang}/cycles", Permission::ReadOwnAccount, Scope::Any),
    needs("GET", "/{lang}/orgs/{org}/reply", Permission::ReadStateSubmissions, Scope::PathOrg),
    needs("GET", "/{lang}/cycles/{id}", Permission::EditReport, Scope::Any),
    needs("POST", "/{lang}/cycles/{id}/remind", Permission::EditReport, Scope::Any),
    needs("GET", "/{lang}/cycles/{id}/replies/{org}", Permission::ReadStateSubmissions, Scope::PathOrg),
    needs("POST", "/{lang}/cycles/{id}/replies/{org}", Permission::DraftSubmission, Scope::PathOrg),
    needs("GET", "/{lang}/cycles/{id}/replies/{org}/versions", Permission::ReadStateSubmissions, Scope::PathOrg),
    needs("POST", "/{lang}/cycles/{id}/replies/{org}/submit", Permission::ApproveSubmission, Scope::PathOrg),
    needs("POST", "/{lang}/cycles/{id}/replies/{org}/withdraw", Permission::ApproveSubmission, Scope::PathOrg),
    needs("POST", "/{lang}/cycles/{id}/replies/{org}/publish", Permission::EditReport, Scope::PathOrg),
    needs("POST", "/{lang}/cycles/{id}/replies/{org}/attachments", Permission::DraftSubmission, Scope::PathOrg),
    needs(
        "GET",
        "/{lang}/cycles/{id}/replies/{org}/attachments/{att}",
        Permission::ReadStateSubmissions,
        Scope::PathOrg,
    ),
    needs(
        "POST",
        "/{lang}/cycles/{id}/replies/{org}/attachments/{att}/remove",
        Permission::DraftSubmission,
        Scope::PathOrg,
    ),
    needs("POST", "/{lang}/cycles/{id}/replies/{org}/translations", Permission::EditReport, Scope::PathOrg),
    public("GET", "/api/v1/openapi.json"),
    public("GET", "/api/v1/states"),
    public("GET", "/api/v1/states/resolve"),
    public("GET", "/api/v1/states/{code}"),
    public("GET", "/api/v1/framework"),
    public("GET", "/api/v1/framework/{id}"),
    public("GET", "/api/v1/languages"),
    public("GET", "/api/v1/documents"),
    public("GET", "/api/v1/documents/{symbol}"),
    public("GET", "/api/v1/documents/{symbol}/lineage"),
    public("GET", "/api/v1/search"),
    public("GET", "/api/v1/cycles/{id}/replies"),
    public("GET", "/api/v1/cycles/{id}/replies.csv"),
    // The token in the body is the authority (a contact's systems, no account needed).
    public("POST", "/api/v1/checks/acknowledge"),
    public("GET", "/api/v1/cycles"),
    needs("GET", "/api/v1/cycles/{id}/replies/{org}/draft", Permission::ReadStateSubmissions, Scope::PathOrg),
    needs("PUT", "/api/v1/cycles/{id}/replies/{org}/draft", Permission::DraftSubmission, Scope::PathOrg),
    // Each negotiation says who reads it (public ones are answered to anyone; the handler
    // answers 404 to others); proposals, positions and breaks of silence are a State's own; the
    // Chair's steps are checked against the negotiation's Chair and support staff.
    public("GET", "/api/v1/negotiations"),
    needs("POST", "/api/v1/negotiations", Permission::ManageNegotiations, Scope::Any),
    public("GET", "/api/v1/negotiations/{name}"),
    public("GET", "/api/v1/negotiations/{name}/revisions/{number}"),
    public("GET", "/api/v1/negotiations/{name}/compare"),
    public("GET", "/api/v1/negotiations/{name}/inputs"),
    public("GET", "/api/v1/negotiations/{name}/proposals"),
    needs("POST", "/api/v1/negotiations/{name}/proposals/{org}", Permission::Negotiate, Scope::PathOrg),
    needs("POST", "/api/v1/negotiations/{name}/proposals/{org}/{id}/withdraw", Permission::Negotiate, Scope::PathOrg),
    needs("PUT", "/api/v1/negotiations/{name}/positions/{org}/{proposal}", Permission::Negotiate, Scope::PathOrg),
    needs("POST", "/api/v1/negotiations/{name}/revisions", Permission::ReadNegotiations, Scope::Any),
    needs("PUT", "/api/v1/negotiations/{name}/zero-draft", Permission::ReadNegotiations, Scope::Any),
    needs("POST", "/api/v1/negotiations/{name}/silence", Permission::ReadNegotiations, Scope::Any),
    needs("POST", "/api/v1/negotiations/{name}/silence/{org}/break", Permission::Negotiate, Scope::PathOrg),
    needs("POST", "/api/v1/negotiations/{name}/adopt", Permission::ReadNegotiations, Scope::Any),
    needs("POST", "/api/v1/negotiations/{name}/issue", Permission::ReadNegotiations, Scope::Any),
    public("GET", "/api/v1/negotiations/{name}/lineage"),
    public("GET", "/api/v1/negotiations/{name}/explanations"),
    needs("PUT", "/api/v1/negotiations/{name}/explanations/{org}", Permission::Negotiate, Scope::PathOrg),
    public("GET", "/api/v1/replies"),
    public("GET", "/api/v1/replies.csv"),
    needs("GET", "/api/v1/me", Permission::ReadOwnAccount, Scope::Any),
    needs("GET", "/api/v1/orgs/{org}/users", Permission::ListUsers, Scope::PathOrg),
    needs("GET", "/api/v1/orgs/{org}/audit", Permission::ReadAudit, Scope::PathOrg),
    needs("GET", "/api/v1/audit", Permission::ReadAudit, Scope::Any),
    // Signed heads of the trail: public, so that anyone can keep copies.
    public("GET", "/api/v1/audit/checkpoints"),
    needs("GET", "/taxii2/", Permission::ExchangeMessages, Scope::Any),
    needs("GET", "/taxii2/api/", Permission::ExchangeMessages, Scope::Any),
    needs("GET", "/taxii2/api/status/{id}/", Permission::ExchangeMessages, Scope::Any),
    needs("GET", "/taxii2/api/collections/", Permission::ExchangeMessages, Scope::Any),
    needs("GET", "/taxii2/api/collections/{id}/", Permission::ExchangeMessages, Scope::Any),
    needs("GET", "/taxii2/api/collections/{id}/objects/", Permission::ExchangeMessages, Scope::Any),
    needs("POST", "/taxii2/api/collections/{id}/objects/", Permission::ExchangeMessages, Scope::Any),
    needs("GET", "/taxii2/api/collections/{id}/objects/{object}/", Permission::ExchangeMessages, Scope::Any),
    needs("GET", "/taxii2/api/collections/{id}/objects/{object}/versions/", Permission::ExchangeMessages, Scope::Any),
    needs("GET", "/taxii2/api/collections/{id}/manifest/", Permission::ExchangeMessages, Scope::Any),
];

pub fn declaration(method: &Method, path: &str) -> Option<&'static RoutePolicy> {
    let method = if method == Method::HEAD { "GET" } else { method.as_str() };
    ROUTES.iter().find(|r| r.method == method && r.path == path)
}

/// The visitor of a request, found once by [`enforce`] and kept in the request's extensions.
#[derive(Clone, Default)]
pub struct Visitor {
    /// A complete session (second factor given) or a valid API token.
    pub account: Option<Arc<SessionInfo>>,
    /// A session waiting for its second factor.
    pub pending: Option<Arc<SessionInfo>>,
    /// The session cookie's secret, for signing out and second-factor steps.
    pub session_token: Option<String>,
    pub address: Option<String>,
    pub user_agent: Option<String>,
    pub request_id: Option<String>,
}

impl Visitor {
    /// Who reads and writes messages for a State: the visitor's first State membership with a
    /// Point of Contact role, else as the State's focal point.
    pub fn message_reader(&self) -> Option<comity_contacts::messages::Reader> {
        use comity_access::Role;
        let account = self.account.as_ref()?;
        let state_of = |roles: &[Role]| {
            account.memberships.iter().find_map(|m| match &m.org {
                OrgRef::State(iso3) if roles.contains(&m.role) => Some(iso3.clone()),
                _ => None,
            })
        };
        let account_id = account.account_id.clone();
        if let Some(state) = state_of(&[Role::PocTechnical, Role::PocDiplomatic]) {
            return Some(comity_contacts::messages::Reader { account_id, state, contact_role: true });
        }
        state_of(&[Role::FocalPoint]).map(|state| comity_contacts::messages::Reader {
            account_id,
            state,
            contact_role: false,
        })
    }

    /// Whether the visitor reads a State's replies as one of that State's own users (the
    /// Secretariat's roles reach every State, but not what a State has not submitted).
    pub fn reads_for_state(&self, state: &str) -> bool {
        self.account.as_ref().is_some_and(|a| {
            a.memberships.iter().any(|m| {
                matches!(&m.org, OrgRef::State(code) if code == state)
                    && decide(
                        Some(&Principal { account_id: a.account_id.clone(), memberships: vec![m.clone()] }),
                        Permission::ReadStateSubmissions,
                        &Target::Org(m.org.clone()),
                    ) == Decision::Allow
            })
        })
    }

    /// Whether the visitor may see a State's reply in `status`: the State's own users always;
    /// the Secretariat once the State's approver has submitted it (a draft is the State's).
    pub fn may_see_reply(&self, state: &str, status: &str) -> bool {
        self.reads_for_state(state) || matches!(status, "submitted" | "published")
    }

    /// Whether the visitor reads what States read of negotiations (an API token must carry
    /// the permission too); a negotiation open to the public is read by anyone.
    pub fn reads_negotiations(&self) -> bool {
        let scoped_out = self
            .account
            .as_ref()
            .and_then(|a| a.scopes.as_ref())
            .is_some_and(|s| !s.contains(&Permission::ReadNegotiations));
        !scoped_out && decide(self.principal().as_ref(), Permission::ReadNegotiations, &Target::Any) == Decision::Allow
    }

    /// The State the visitor negotiates for in the portal: the first State membership that
    /// carries the permission to negotiate (a session; a token is never the authority on a page).
    pub fn negotiates_for(&self) -> Option<String> {
        let account = self.account.as_ref().filter(|a| a.scopes.is_none())?;
        account.memberships.iter().find_map(|m| match &m.org {
            OrgRef::State(code)
                if decide(
                    Some(&Principal { account_id: account.account_id.clone(), memberships: vec![m.clone()] }),
                    Permission::Negotiate,
                    &Target::Org(m.org.clone()),
                ) == Decision::Allow =>
            {
                Some(code.clone())
            }
            _ => None,
        })
    }

    /// Whether the visitor is the negotiation's Chair or one of its support staff.
    pub fn is_member_of(&self, members: &[(String, String, String)]) -> bool {
        self.account
            .as_ref()
            .is_some_and(|a| a.scopes.is_none() && members.iter().any(|(id, _, _)| *id == a.account_id))
    }

    /// Whether the visitor may read this negotiation.
    pub fn may_read_negotiation(&self, readers: comity_negotiation::Readers) -> bool {
        readers == comity_negotiation::Readers::Public || self.reads_negotiations()
    }

    /// Whether the visitor holds a role in the Secretariat.
    pub fn in_secretariat(&self) -> bool {
        self.account.as_ref().is_some_and(|a| a.memberships.iter().any(|m| m.org == OrgRef::Secretariat))
    }

    pub fn principal(&self) -> Option<Principal> {
        self.account
            .as_ref()
            .map(|a| Principal { account_id: a.account_id.clone(), memberships: a.memberships.clone() })
    }

    /// The audit trail's view of who acts: the account, and the organisation and role the
    /// permission was granted through.
    pub fn actor(&self, permission: Option<Permission>) -> Actor {
        let account = self.account.as_ref().or(self.pending.as_ref());
        let membership = account.and_then(|a| {
            a.memberships
                .iter()
                .find(|m| {
                    permission.is_some_and(|p| {
                        decide(
                            Some(&Principal { account_id: a.account_id.clone(), memberships: vec![(*m).clone()] }),
                            p,
                            &Target::Any,
                        ) == Decision::Allow
                    })
                })
                .or(a.memberships.first())
        });
        Actor {
            account: account.map(|a| a.account_id.clone()),
            org: membership.map(|m| m.org.code().to_string()),
            role: membership.map(|m| m.role.as_str().to_string()),
            address: self.address.clone(),
            user_agent: self.user_agent.clone(),
            request_id: self.request_id.clone(),
        }
    }
}

impl axum::extract::FromRequestParts<AppState> for Visitor {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, _: &AppState) -> Result<Self, Self::Rejection> {
        Ok(parts.extensions.get::<Visitor>().cloned().unwrap_or_default())
    }
}

pub fn cookie_value<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// An API token: `Authorization: Bearer TOKEN`, or Basic with the token as the password (the
/// user name is not read), which is how TAXII clients authenticate.
fn bearer(headers: &HeaderMap) -> Option<String> {
    use base64::Engine as _;
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    if let Some(token) = value.strip_prefix("Bearer ") {
        return Some(token.trim().to_string());
    }
    let decoded = base64::engine::general_purpose::STANDARD.decode(value.strip_prefix("Basic ")?.trim()).ok()?;
    let pair = String::from_utf8(decoded).ok()?;
    pair.split_once(':').map(|(_, token)| token.to_string()).filter(|t| !t.is_empty())
}

/// The visitor's address: the socket peer (a proxy in front must be trusted explicitly; not
/// yet configurable, so forwarded headers are ignored).
fn peer(request: &Request) -> Option<String> {
    request.extensions().get::<axum::extract::ConnectInfo<std::net::SocketAddr>>().map(|c| c.0.ip().to_string())
}

async fn visitor(app: &AppState, headers: &HeaderMap, address: Option<String>, api: bool) -> Visitor {
    let mut v = Visitor {
        address,
        user_agent: headers
            .get(header::USER_AGENT)
            .and_then(|u| u.to_str().ok())
            .map(|u| u.chars().take(300).collect()),
        request_id: headers.get("x-request-id").and_then(|u| u.to_str().ok()).map(str::to_string),
        ..Visitor::default()
    };
    if api && let Some(token) = bearer(headers) {
        if let Ok(Some(info)) = app.store.token_session(&token).await {
            v.account = Some(Arc::new(info));
        }
        return v;
    }
    if let Some(token) = cookie_value(headers, SESSION_COOKIE).filter(|t| t.len() == 64) {
        match app.store.session(token).await {
            Ok(Some(info)) if info.second_factor_done => v.account = Some(Arc::new(info)),
            Ok(Some(info)) => v.pending = Some(Arc::new(info)),
            Ok(None) => {}
            Err(e) => tracing::error!(error = %e, "reading a session failed"),
        }
        v.session_token = Some(token.to_string());
    }
    v
}

/// The decision for one request, from the route's declaration; an API token's scopes narrow
/// what its account may do.
pub fn decision(policy: &RoutePolicy, visitor: &Visitor, org: Option<&str>) -> Decision {
    let target = match (policy.scope, org) {
        (Scope::Any, _) => Target::Any,
        (Scope::PathOrg, Some(code)) => Target::Org(OrgRef::from_code(code)),
        (Scope::PathOrg, None) => return Decision::Deny,
    };
    if let Some(scopes) = visitor.account.as_ref().and_then(|a| a.scopes.as_ref())
        && !matches!(policy.permission, Permission::ReadPublic | Permission::ReadOwnAccount)
        && !scopes.contains(&policy.permission)
    {
        return Decision::Deny;
    }
    decide(visitor.principal().as_ref(), policy.permission, &target)
}

/// Runs after routing on every route: finds the visitor, looks the route up in [`ROUTES`],
/// and lets the request through or answers for it.
pub async fn enforce(State(app): State<AppState>, params: RawPathParams, mut request: Request, next: Next) -> Response {
    let path = request.extensions().get::<MatchedPath>().map(|m| m.as_str().to_string()).unwrap_or_default();
    let Some(policy) = declaration(request.method(), &path) else {
        if ROUTES.iter().any(|r| r.path == path) {
            // A method the route does not serve: its method router answers 405.
            return next.run(request).await;
        }
        tracing::error!(path, method = %request.method(), "route without a policy declaration refused");
        return StatusCode::FORBIDDEN.into_response();
    };
    let api = path.starts_with("/api/") || path.starts_with("/taxii2/");
    let session_cookie = cookie_value(request.headers(), SESSION_COOKIE).is_some();
    let api_token = api && request.headers().contains_key(header::AUTHORIZATION);
    let v = if policy.permission == Permission::ReadPublic && !path.contains("/sign-") && !session_cookie && !api_token
    {
        // Public pages need nobody's identity: no session lookup for anonymous readers (a
        // signed-in reader, or a tool with its token, may see more there: the Secretariat, a
        // document's reading warnings, a negotiation open to States).
        Visitor { address: peer(&request), ..Visitor::default() }
    } else {
        let (headers, address) = (request.headers().clone(), peer(&request));
        visitor(&app, &headers, address, api).await
    };
    let org = params.iter().find(|(k, _)| *k == "org").map(|(_, v)| v.to_string());
    let decision = decision(policy, &v, org.as_deref());
    let signed_in = v.account.is_some();
    let account = v.account.clone();
    request.extensions_mut().insert(v);
    match decision {
        Decision::Allow => crate::pages::nav::with_account(account, next.run(request)).await,
        Decision::NotFound => unexplained(StatusCode::NOT_FOUND, Unexplained::Denied),
        Decision::Deny if !signed_in && !api => unexplained(StatusCode::SEE_OTHER, Unexplained::SignIn),
        Decision::Deny if !signed_in => unexplained(StatusCode::UNAUTHORIZED, Unexplained::Denied),
        Decision::Deny => unexplained(StatusCode::FORBIDDEN, Unexplained::Denied),
    }
}
