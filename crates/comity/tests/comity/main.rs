//! The `comity` binary's tests, one test binary with a module each: the command as people and
//! scripts use it, crash durability under load, and a restart in the middle of a check.

mod cli;
mod durability;
mod restart;
// The loopback SMTP server the portal's tests use.
#[path = "../../../comity-web/tests/web/common/smtp.rs"]
mod smtp;
