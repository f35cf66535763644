//! The `comity` binary's tests, one test binary with a module each: the command as people and
//! scripts use it, crash durability under load, two nodes behind a load balancer with one killed
//! and one stopped under load, scheduled backups under load with the restore drill and Litestream's
//! point-in-time recovery, a restart in the middle of a check, and the memory soak (ignored;
//! `scripts/soak`); `load` is what those share.

mod backups;
mod cli;
mod cluster;
mod durability;
mod load;
mod restart;
mod soak;
// The loopback SMTP server the portal's tests use.
#[path = "../../../comity-web/tests/web/common/smtp.rs"]
mod smtp;
