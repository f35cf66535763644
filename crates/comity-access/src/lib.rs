//! Who may do what in Comity: organisations and roles, the one permission policy every route
//! and command declares against, password hashing, TOTP second factors, and the audit trail's
//! hash chain with signed checkpoints.
#![forbid(unsafe_code)]

pub mod audit;
pub mod password;
pub mod policy;
pub mod secrets;
pub mod totp;

pub use policy::{Decision, Membership, OrgRef, Permission, Principal, Role, Target, decide};
