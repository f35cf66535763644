//! Who may do what in Comity: organisations and roles, the one permission policy every route
//! and command declares against, password hashing, TOTP second factors, and the audit trail's
//! hash chain with signed checkpoints, and the rules for untrusted text (NUL, spreadsheet cells).
#![forbid(unsafe_code)]

pub mod audit;
pub mod password;
pub mod policy;
pub mod secrets;
pub mod totp;
pub mod untrusted;

pub use policy::{Decision, Membership, OrgRef, Permission, Principal, Role, Target, decide};

/// The same address written any way is one account.
pub fn normalise_email(email: &str) -> std::result::Result<String, String> {
    let e = email.trim().to_lowercase();
    let valid = e.len() <= 254
        && e.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !e.contains(char::is_whitespace)
                && e.matches('@').count() == 1
        });
    if valid { Ok(e) } else { Err(format!("{email:?} is not an email address (name@example.org)")) }
}
