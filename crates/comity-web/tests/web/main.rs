//! comity-web's tests, one binary with a module per resource as the routes are: the portal's
//! pages, accounts and sessions, the access policy, replies, the directory with its checks and
//! messages, fetches, the header's navigation by role, TAXII, the API against its OpenAPI document, and the attacks we have met.
//! What they share (the application over a fresh database, requests as a browser sends them,
//! people signed in, a loopback SMTP server) is in `common`.

mod common;

mod accounts;
mod attacks;
mod contacts;
mod fetches;
mod navigation;
mod negotiations;
mod operations;
mod pages;
mod policy;
mod replies;
mod schema;
mod taxii;
