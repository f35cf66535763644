//! Comity's outgoing mail: plain-text messages handed to an SMTP relay (`smtp://host:port`),
//! usually the deployment's own mail server, which signs, encrypts and delivers them onward.
//! The words of each message are the caller's (in the recipient's language).
#![forbid(unsafe_code)]

use lettre::message::{Mailbox, header::ContentType};
use lettre::transport::smtp::AsyncSmtpTransport;
use lettre::{AsyncTransport, Message, Tokio1Executor};

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("mail relay {0:?} is not an smtp://host:port address")]
    BadRelay(String),
    #[error("{0:?} is not an email address mail can be sent to")]
    BadAddress(String),
    #[error("the message could not be built: {0}")]
    Build(String),
    #[error("the mail relay refused or could not be reached: {0}")]
    Send(String),
    /// The relay refused for good (a 5xx reply, such as an unknown mailbox): trying again
    /// would not help.
    #[error("the mail relay refused the message for good: {0}")]
    Rejected(String),
}

impl MailError {
    /// Whether the same message will never be taken (a bounce), as opposed to a failure
    /// worth trying again.
    pub fn is_permanent(&self) -> bool {
        matches!(self, MailError::Rejected(_) | MailError::BadAddress(_) | MailError::Build(_))
    }
}

/// Where mail goes, and as whom.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    relay: String,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Mailer({} as {})", self.relay, self.from)
    }
}

impl Mailer {
    /// A mailer for `smtp://host:port` (no authentication, as to a local relay), sending as
    /// `from` (`Comity <comity@example.org>`).
    pub fn new(relay: &str, from: &str) -> Result<Mailer, MailError> {
        let rest = relay.strip_prefix("smtp://").ok_or_else(|| MailError::BadRelay(relay.into()))?;
        let (host, port) = match rest.trim_end_matches('/').rsplit_once(':') {
            Some((h, p)) => (h.to_string(), p.parse::<u16>().map_err(|_| MailError::BadRelay(relay.into()))?),
            None => (rest.trim_end_matches('/').to_string(), 25),
        };
        if host.is_empty() {
            return Err(MailError::BadRelay(relay.into()));
        }
        let from: Mailbox = from.parse().map_err(|_| MailError::BadAddress(from.into()))?;
        let transport = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host).port(port).build();
        Ok(Mailer { transport, from, relay: relay.to_string() })
    }

    /// Sends one plain-text message.
    pub async fn send(&self, to_name: &str, to: &str, subject: &str, body: &str) -> Result<(), MailError> {
        let address = to.parse().map_err(|_| MailError::BadAddress(to.into()))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(Mailbox::new(Some(to_name.to_string()), address))
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body.to_string())
            .map_err(|e| MailError::Build(e.to_string()))?;
        self.transport.send(message).await.map_err(|e| {
            if e.is_permanent() { MailError::Rejected(e.to_string()) } else { MailError::Send(e.to_string()) }
        })?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relay_addresses_are_checked() {
        assert!(Mailer::new("smtp://127.0.0.1:2525", "Comity <comity@example.org>").is_ok());
        assert!(Mailer::new("smtp://mail.example.org", "comity@example.org").is_ok());
        assert!(matches!(Mailer::new("http://x", "a@b.example"), Err(MailError::BadRelay(_))));
        assert!(matches!(Mailer::new("smtp://x:port", "a@b.example"), Err(MailError::BadRelay(_))));
        assert!(matches!(Mailer::new("smtp://x:25", "not an address"), Err(MailError::BadAddress(_))));
    }
}
