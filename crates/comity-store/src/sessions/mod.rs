//! Signing in: password checks throttled per account and per address (kept in the database, so
//! the limits hold across app nodes), second factors (TOTP, recovery codes), server-side
//! sessions with idle and absolute timeouts, and API tokens. Every outcome is audited; no
//! secret is ever stored or recorded, only digests.

// Rows are read as tuples that mirror their SELECT lists, next to the query.
#![allow(clippy::type_complexity)]

mod links;
mod passkeys;
mod signin;
mod tokens;

pub use links::{INVITATION_MS, LinkProblem, LinkTarget, RESET_MS};
pub use passkeys::PasskeySummary;
pub use tokens::TokenSummary;

use comity_access::{Membership, Permission};
use serde::Serialize;

use crate::StoreError;

/// A session ends after this long without a request...
pub const IDLE_MS: i64 = 30 * 60 * 1000;

/// ...and this long after sign-in in any case.
pub const ABSOLUTE_MS: i64 = 12 * 60 * 60 * 1000;

/// The session cookie lives as long as the session can.
pub const SESSION_ABSOLUTE_SECONDS: i64 = ABSOLUTE_MS / 1000;

/// Failed sign-ins allowed per account, and per address, within the window.
pub const MAX_FAILURES_PER_ACCOUNT: i64 = 5;

pub const MAX_FAILURES_PER_ADDRESS: i64 = 20;

pub const THROTTLE_WINDOW_MS: i64 = 15 * 60 * 1000;

/// A session's last use is written at most this often (reads must stay cheap).
const TOUCH_EVERY_MS: i64 = 60 * 1000;

pub(crate) fn now_ms() -> i64 {
    jiff::Timestamp::now().as_millisecond()
}

/// The signed-in account behind a session or token.
#[derive(Debug, Clone, Serialize)]
pub struct SessionInfo {
    pub account_id: String,
    pub email: String,
    pub name: String,
    pub lang: String,
    pub second_factor_done: bool,
    pub has_totp: bool,
    pub memberships: Vec<Membership>,
    /// For API tokens: the permissions the token is limited to.
    pub scopes: Option<Vec<Permission>>,
}

/// What a password check came to. The pages say the same for `Failed` whatever the reason,
/// so that nobody learns whether an account exists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignIn {
    Throttled,
    Failed,
    Succeeded { account_id: String, has_totp: bool },
}

#[derive(Debug, Clone, Serialize)]
pub struct SessionSummary {
    pub created_at: i64,
    pub last_seen_at: i64,
    pub address: Option<String>,
    pub user_agent: Option<String>,
    pub current: bool,
}

/// The roles read alongside an account (a LEFT JOIN gives NULLs for an account without one).
fn memberships_in<'a>(rows: impl Iterator<Item = (&'a Option<String>, &'a Option<String>)>) -> Vec<Membership> {
    rows.filter_map(|(org, role)| {
        Some(Membership {
            org: comity_access::OrgRef::from_code(org.as_deref()?),
            role: role.as_deref()?.parse().ok()?,
        })
    })
    .collect()
}

fn random_failure(e: getrandom::Error) -> StoreError {
    crate::internal(format!("no randomness available: {e}"))
}
