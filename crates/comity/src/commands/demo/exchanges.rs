//! The demo's exchanges between Points of Contact: message threads under different TLP
//! markings, and a communication check round that has run its course, with its results.

use comity_contacts::messages::{Draft, Kind, Reader, Tlp, Urgency};
use comity_i18n::Messages;
use comity_store::{Actor, CheckScope, Origin, Store};

/// Who writes in the demo: a State's Point of Contact, by the demo account's id.
fn contact(account_id: &str, state: &str) -> Reader {
    Reader { account_id: account_id.to_string(), state: state.to_string(), contact_role: true }
}

fn draft(kind: Kind, tlp: Tlp, subject: &str, body: &str, recipients: &[&str]) -> Draft {
    Draft {
        kind,
        subject: subject.into(),
        sector: None,
        window_start: None,
        window_end: None,
        urgency: Urgency::Medium,
        tlp,
        elements: Vec::new(),
        body: body.into(),
        recipients: recipients.iter().map(|s| s.to_string()).collect(),
        named: Vec::new(),
    }
}

/// Three threads between Kenya and China (our own words, fictional): a request for
/// assistance at TLP:AMBER answered by China, a TLP:GREEN notification to China and France,
/// and a TLP:CLEAR notice of an exercise. Sent as the portal sends them, notices by mail.
pub(super) async fn messages(
    store: &Store,
    mail: &comity_jobs::Mail,
    messages: &Messages,
    kenya: &str,
    china: &str,
) -> anyhow::Result<()> {
    let notice = || comity_jobs::message_notice(&mail.public_url, messages);
    let portal = Origin { via: "portal", ..Origin::default() };
    let actor = Actor::cli();
    let (kenya, china) = (contact(kenya, "KEN"), contact(china, "CHN"));
    let request = Draft {
        sector: Some("energy".into()),
        urgency: Urgency::High,
        elements: vec!["norm-h".into()],
        ..draft(
            Kind::RequestAssistance,
            Tlp::Amber,
            "Phishing campaign against grid operators (demo)",
            "Since Monday several grid operators have received mail that imitates a supplier's invoices. \
             The attachments install a remote access tool. We ask for any indicators you hold and for \
             contact with your national CERT.",
            &["CHN"],
        )
    };
    let sent = store.send_message(&kenya, &request, None, &portal, notice(), &actor).await?;
    let answer = Draft {
        urgency: Urgency::High,
        ..draft(
            Kind::Reply,
            Tlp::Amber,
            "回复：针对电网运营商的网络钓鱼活动（演示）",
            "我们已将相关指标转交国家计算机应急小组，该小组将直接与贵方联系。",
            &[],
        )
    };
    let replying = Origin { inherit_urgency: true, ..portal };
    store.send_message(&china, &answer, Some(&sent.id), &replying, notice(), &actor).await?;
    let advisory = Draft {
        elements: vec!["norm-j".into()],
        ..draft(
            Kind::Notification,
            Tlp::Green,
            "Vulnerability in a widely used VPN appliance (demo)",
            "Our CERT has published an advisory on a flaw being exploited in the wild. Operators in your \
             countries may use the same appliance: the advisory lists the versions concerned and the fix.",
            &["CHN", "FRA"],
        )
    };
    store.send_message(&kenya, &advisory, None, &portal, notice(), &actor).await?;
    let exercise = draft(
        Kind::Notification,
        Tlp::Clear,
        "区域应急演练通知（演示）",
        "我国将于下月举行区域网络应急演练，欢迎各国联络人观摩。",
        &["KEN"],
    );
    store.send_message(&china, &exercise, None, &portal, notice(), &actor).await?;
    Ok(())
}

/// A communication check round of every listed contact that has run its course: started with
/// a deadline a few seconds ahead, acknowledged from the links in the mails by Kenya's and
/// China's contacts, not by France's, so that its results show both.
pub(super) async fn finished_check_round(
    store: &Store,
    mail: &comity_jobs::Mail,
    messages: &Messages,
) -> anyhow::Result<()> {
    let deadline = jiff::Timestamp::now()
        .checked_add(jiff::SignedDuration::from_secs(3))?
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    let scope = CheckScope { states: Vec::new(), category: None };
    let title = "Demo check round (closed at the demo's start)";
    comity_jobs::start_check(mail, messages, store, (title, &deadline), &scope, &Actor::cli()).await?;
    // The links as the contacts received them, from the outbox.
    let (queued, _) = store.outbox(100).await?;
    for entry in queued.iter().filter(|e| !e.mail.recipient.contains("diplomatie")) {
        let Some((_, rest)) = entry.mail.body.split_once("/ack/") else { continue };
        let token: String = rest.chars().take_while(|c| !c.is_whitespace()).collect();
        store.acknowledge(&token, "link", &Actor::default()).await?;
    }
    Ok(())
}
