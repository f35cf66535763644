//! Single-use links by mail: invitations and password resets, in the recipient's language.

use comity_i18n::{Lang, Messages};

use crate::{JobError, Mail};

/// The address a single-use link opens, in the recipient's language.
pub fn link_url(mail_public_url: &str, lang: &str, secret: &str) -> String {
    format!("{mail_public_url}/{lang}/welcome/{secret}")
}

/// Mails an invitation or reset link in the recipient's language. Links are never logged.
pub async fn send_link(
    mail: &Mail,
    messages: &Messages,
    to: &comity_store::LinkTarget,
    secret: &str,
    org: &str,
) -> Result<(), JobError> {
    let lang = to.lang.parse::<Lang>().unwrap_or(Lang::En);
    let link = link_url(&mail.public_url, lang.code(), secret);
    let name = to.name.as_str();
    let (subject, body) = if to.purpose == "reset" {
        (
            messages.get(lang, "mail-reset-subject"),
            messages.format(lang, "mail-reset-body", &[("name", name.into()), ("link", link.as_str().into())]),
        )
    } else {
        (
            messages.get(lang, "mail-invitation-subject"),
            messages.format(
                lang,
                "mail-invitation-body",
                &[("name", name.into()), ("link", link.as_str().into()), ("org", org.into())],
            ),
        )
    };
    Ok(mail.mailer.send(None, (&to.name, &to.email), &subject, &body).await?)
}
