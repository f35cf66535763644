//! The header's links for the signed-in visitor, by what their roles let them do: a State's
//! reply for its drafters, its contacts and checks for its focal point, messages for its Points
//! of Contact, and the Secretariat's cycles, checks, directory, queue and audit.
//!
//! Every page template builds its header from [`Page`](super::page::Page), made in some sixty
//! handlers; rather than thread the visitor through each, the access layer runs the handler
//! with the signed-in account in a task-local ([`with_account`]), and `Page::new` reads it.
//! The same marker keeps pages with such a header out of shared caches.

use std::collections::BTreeSet;
use std::sync::Arc;

use comity_access::{Decision, OrgRef, Permission, Role, Target, decide};
use comity_i18n::Lang;
use comity_store::SessionInfo;

tokio::task_local! {
    static ACCOUNT: Option<Arc<SessionInfo>>;
}

/// Runs `work` (the rest of the request) knowing the visitor's account, if signed in.
pub(crate) async fn with_account<F: std::future::Future>(account: Option<Arc<SessionInfo>>, work: F) -> F::Output {
    ACCOUNT.scope(account, work).await
}

/// The signed-in account of the request being answered.
fn account() -> Option<Arc<SessionInfo>> {
    ACCOUNT.try_with(|a| a.clone()).ok().flatten()
}

/// Whether the page being built is for a signed-in visitor: its header is theirs, so it is
/// neither cached by the server nor by anyone between.
pub(crate) fn signed_in() -> bool {
    account().is_some()
}

/// Whether the request's visitor may do this to that (never when anonymous): for the parts of
/// a public page shown only to some, such as a State's contacts and checks on its page.
pub(crate) fn may(permission: Permission, target: Target) -> bool {
    let Some(account) = account() else { return false };
    let visitor = crate::access::Visitor { account: Some(account), ..Default::default() };
    decide(visitor.principal().as_ref(), permission, &target) == Decision::Allow
}

/// One link of the header's role navigation.
pub(crate) struct NavLink {
    pub href: String,
    pub label: String,
    /// A stable id, for tests and for people who script the portal.
    pub id: &'static str,
    /// The section (as `Page::section`) the link leads to, to mark it current.
    pub section: &'static str,
}

/// The role links for the request's visitor, in the page's language (`t` a message,
/// `with_state` a link's words with the State it is for); empty when anonymous.
pub(crate) fn links(lang: Lang, t: impl Fn(&str) -> String, with_state: impl Fn(&str, &str) -> String) -> Vec<NavLink> {
    let Some(account) = account() else { return Vec::new() };
    let visitor = crate::access::Visitor { account: Some(account.clone()), ..Default::default() };
    let principal = visitor.principal();
    let may =
        |permission: Permission, target: Target| decide(principal.as_ref(), permission, &target) == Decision::Allow;
    let code = lang.code();
    let mut out = Vec::new();
    let mut push = |href: String, label: String, id: &'static str, section: &'static str| {
        out.push(NavLink { href, label, id, section })
    };

    let states: BTreeSet<&str> = account
        .memberships
        .iter()
        .filter_map(|m| match &m.org {
            OrgRef::State(iso3) => Some(iso3.as_str()),
            OrgRef::Secretariat => None,
        })
        .collect();
    // A person acting for more than one State sees which State each link is for.
    let label = |id: &str, state: &str| if states.len() > 1 { with_state(&t(id), state) } else { t(id) };
    for state in &states {
        let org = Target::Org(OrgRef::State(state.to_string()));
        if may(Permission::ReadStateSubmissions, org.clone()) {
            push(format!("/{code}/orgs/{state}/reply"), label("nav-own-reply", state), "nav-own-reply", "reply");
        }
        if may(Permission::NominatePoc, org.clone()) {
            push(format!("/{code}/orgs/{state}/contacts"), label("nav-own-contacts", state), "nav-own-contacts", "");
            push(format!("/{code}/orgs/{state}/checks"), label("nav-own-checks", state), "nav-own-checks", "");
        }
        if may(Permission::ManageStateUsers, org) {
            push(format!("/{code}/orgs/{state}/users"), label("nav-own-users", state), "nav-own-users", "");
        }
    }
    let is_contact = account.memberships.iter().any(|m| matches!(m.role, Role::PocDiplomatic | Role::PocTechnical));
    if visitor.message_reader().is_some() {
        push(format!("/{code}/messages"), t("nav-messages"), "nav-messages", "messages");
    }
    if may(Permission::ReadNegotiations, Target::Any) {
        push(format!("/{code}/negotiations"), t("nav-negotiations"), "nav-negotiations", "negotiations");
    }
    if is_contact {
        push(
            format!("/{code}/account#pending-checks"),
            t("nav-checks-to-acknowledge"),
            "nav-checks-to-acknowledge",
            "",
        );
    }
    if may(Permission::EditReport, Target::Any) {
        push(format!("/{code}/cycles"), t("nav-cycles"), "nav-cycles", "cycles");
    }
    if may(Permission::ManageDirectory, Target::Any) {
        push(format!("/{code}/checks"), t("nav-checks"), "nav-checks", "checks");
    }
    if may(Permission::ReadDirectory, Target::Any) {
        push(format!("/{code}/contacts"), t("nav-directory"), "nav-directory", "contacts");
    }
    if may(Permission::ManageDirectory, Target::Any) {
        push(format!("/{code}/contacts/changes"), t("nav-queue"), "nav-queue", "");
    }
    if may(Permission::ReadAudit, Target::Any) {
        push(format!("/{code}/audit"), t("nav-audit"), "nav-audit", "");
    }
    if may(Permission::KeepRecord, Target::Any) {
        push(format!("/{code}/fetches"), t("nav-fetches"), "nav-fetches", "");
    }
    if may(Permission::ManageAccounts, Target::Any) {
        push(format!("/{code}/outbox"), t("nav-outbox"), "nav-outbox", "outbox");
    }
    out
}
