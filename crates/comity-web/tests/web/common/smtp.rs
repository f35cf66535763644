//! The tests deliver mail to Comity's own loopback mail server (see `comity_mail::sink`).

// Not every suite that includes this file needs both ways to start it.
#[allow(unused_imports)]
pub use comity_mail::sink::{Delivered, Inbox};

#[allow(dead_code)]
pub async fn start() -> (String, Inbox) {
    comity_mail::sink::start().await.expect("a loopback port for the mail server")
}

#[allow(dead_code)]
pub async fn start_with_delay(delay: std::time::Duration) -> (String, Inbox) {
    comity_mail::sink::start_with_delay(delay).await.expect("a loopback port for the mail server")
}
