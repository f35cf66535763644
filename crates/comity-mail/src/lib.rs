//! Comity's outgoing mail: plain-text messages handed to an SMTP relay, usually the
//! deployment's own mail server, which signs and delivers them onward: `smtp://host:port`
//! (a local relay, no encryption), `smtp+starttls://host:port` (STARTTLS required, port 587 by
//! default) or `smtps://host:port` (TLS from the first byte, port 465 by default), with a user
//! name and password when the relay asks for them (sent only over TLS). The words of each
//! message are the caller's (in the recipient's language).
#![forbid(unsafe_code)]

pub mod sink;

use lettre::message::{Mailbox, header::ContentType};
use lettre::transport::smtp::AsyncSmtpTransport;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncTransport, Message, Tokio1Executor};

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("mail relay {0:?} is not an smtp://, smtp+starttls:// or smtps://host:port address")]
    BadRelay(String),
    #[error("a user name and password go to the mail relay only over TLS: use smtps:// or smtp+starttls://, not {0:?}")]
    CredentialsInClear(String),
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
    /// The relay's address as configured, with any user information in it masked.
    pub fn relay(&self) -> String {
        match self
            .relay
            .split_once("://")
            .and_then(|(scheme, rest)| rest.split_once('@').map(|(_, host)| (scheme, host)))
        {
            Some((scheme, host)) => format!("{scheme}://***@{host}"),
            None => self.relay.clone(),
        }
    }

    /// Who the mail is from.
    pub fn sender(&self) -> String {
        self.from.to_string()
    }

    /// A mailer for the relay's address (see the module), sending as `from` (`Comity
    /// <comity@example.org>`), with `credentials` (user name, password) when the relay asks.
    pub fn new(relay: &str, from: &str, credentials: Option<(String, String)>) -> Result<Mailer, MailError> {
        let bad = || MailError::BadRelay(relay.into());
        let (scheme, rest) = relay.split_once("://").ok_or_else(bad)?;
        let default_port = match scheme {
            "smtp" => 25,
            "smtp+starttls" => 587,
            "smtps" => 465,
            _ => return Err(bad()),
        };
        let rest = rest.trim_end_matches('/');
        let (host, port) = match rest.rsplit_once(':') {
            Some((h, p)) => (h.to_string(), p.parse::<u16>().map_err(|_| bad())?),
            None => (rest.to_string(), default_port),
        };
        if host.is_empty() {
            return Err(bad());
        }
        let from: Mailbox = from.parse().map_err(|_| MailError::BadAddress(from.into()))?;
        let builder = match scheme {
            "smtps" => AsyncSmtpTransport::<Tokio1Executor>::relay(&host).map_err(|_| bad())?,
            "smtp+starttls" => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&host).map_err(|_| bad())?,
            _ if credentials.is_some() => return Err(MailError::CredentialsInClear(relay.into())),
            _ => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&host),
        };
        let builder = builder.port(port);
        let builder = match credentials {
            Some((user, password)) => builder.credentials(Credentials::new(user, password)),
            None => builder,
        };
        Ok(Mailer { transport: builder.build(), from, relay: relay.to_string() })
    }

    /// Sends one plain-text message. `message_id` (the outbox row's id) makes the Message-ID
    /// the same each time the same mail is tried, so that a receiving server or reader can
    /// tell a mail sent again after a crash from a new one.
    pub async fn send(
        &self,
        message_id: Option<&str>,
        (to_name, to): (&str, &str),
        subject: &str,
        body: &str,
    ) -> Result<(), MailError> {
        let address = to.parse().map_err(|_| MailError::BadAddress(to.into()))?;
        let domain = self.from.email.domain().to_string();
        let message = Message::builder()
            .message_id(message_id.map(|id| format!("<{id}@{domain}>")))
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
        let creds = || Some(("comity".to_string(), "secret".to_string()));
        assert!(Mailer::new("smtp://127.0.0.1:2525", "Comity <comity@example.org>", None).is_ok());
        assert!(Mailer::new("smtp://mail.example.org", "comity@example.org", None).is_ok());
        assert!(Mailer::new("smtps://mail.example.org", "comity@example.org", creds()).is_ok());
        assert!(Mailer::new("smtp+starttls://mail.example.org:2587", "comity@example.org", creds()).is_ok());
        assert!(matches!(Mailer::new("http://x", "a@b.example", None), Err(MailError::BadRelay(_))));
        assert!(matches!(Mailer::new("smtp://x:port", "a@b.example", None), Err(MailError::BadRelay(_))));
        assert!(matches!(Mailer::new("smtp://x:25", "not an address", None), Err(MailError::BadAddress(_))));
        let clear = Mailer::new("smtp://mail.example.org", "a@b.example", creds()).unwrap_err();
        assert!(matches!(clear, MailError::CredentialsInClear(_)), "a password never goes in clear");
        assert!(
            !format!("{:?}", Mailer::new("smtps://m.example.org", "a@b.example", creds()).unwrap()).contains("secret")
        );
    }
}
