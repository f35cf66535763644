//! comity-store's conformance suite, one binary with a module per resource: every test runs on
//! SQLite, and on PostgreSQL when COMITY_TEST_DATABASE_URL is set (CI sets it); `engines` makes
//! the fresh databases.

mod engines;

mod checks;
mod contacts;
mod fetches;
mod identity;
mod messages;
mod negotiations;
mod reporting;
mod store;
