//! Requests and notifications between States through the directory: the standard template
//! (type, subject, affected sector, time window, urgency, TLP 2.0 marking, framework elements,
//! text) checked field by field; who may read a message under its marking; how long the
//! recipient State has to acknowledge it, by urgency.

use serde::{Deserialize, Serialize};

use crate::FieldError;

/// What a message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Notification,
    RequestInformation,
    RequestAssistance,
    Reply,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Notification, Kind::RequestInformation, Kind::RequestAssistance, Kind::Reply];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Notification => "notification",
            Kind::RequestInformation => "request_information",
            Kind::RequestAssistance => "request_assistance",
            Kind::Reply => "reply",
        }
    }

    pub fn parse(text: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == text.trim())
    }
}

/// How soon the recipient State must acknowledge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    Low,
    Medium,
    High,
    Critical,
}

impl Urgency {
    pub const ALL: [Urgency; 4] = [Urgency::Low, Urgency::Medium, Urgency::High, Urgency::Critical];

    pub fn as_str(self) -> &'static str {
        match self {
            Urgency::Low => "low",
            Urgency::Medium => "medium",
            Urgency::High => "high",
            Urgency::Critical => "critical",
        }
    }

    pub fn parse(text: &str) -> Option<Urgency> {
        Urgency::ALL.into_iter().find(|u| u.as_str() == text.trim())
    }

    /// The time the recipient has to acknowledge before the message escalates (and again at
    /// each step of escalation): critical 1 hour, high 4 hours, medium 24 hours, low 72 hours.
    pub fn acknowledge_within(self) -> jiff::SignedDuration {
        jiff::SignedDuration::from_hours(match self {
            Urgency::Critical => 1,
            Urgency::High => 4,
            Urgency::Medium => 24,
            Urgency::Low => 72,
        })
    }
}

/// The Traffic Light Protocol 2.0 marking, from the least to the most restricted (the order
/// is the one a reply may not go down).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Tlp {
    #[serde(rename = "clear")]
    Clear,
    #[serde(rename = "green")]
    Green,
    #[serde(rename = "amber")]
    Amber,
    #[serde(rename = "amber+strict")]
    AmberStrict,
    #[serde(rename = "red")]
    Red,
}

impl Tlp {
    pub const ALL: [Tlp; 5] = [Tlp::Clear, Tlp::Green, Tlp::Amber, Tlp::AmberStrict, Tlp::Red];

    pub fn as_str(self) -> &'static str {
        match self {
            Tlp::Clear => "clear",
            Tlp::Green => "green",
            Tlp::Amber => "amber",
            Tlp::AmberStrict => "amber+strict",
            Tlp::Red => "red",
        }
    }

    /// As FIRST writes it: `TLP:AMBER+STRICT`.
    pub fn label(self) -> String {
        format!("TLP:{}", self.as_str().to_uppercase())
    }

    /// `amber+strict`, `AMBER+STRICT` or `TLP:AMBER+STRICT`.
    pub fn parse(text: &str) -> Option<Tlp> {
        let t = text.trim().to_lowercase();
        let t = t.strip_prefix("tlp:").unwrap_or(&t);
        Tlp::ALL.into_iter().find(|m| m.as_str() == t)
    }

    /// The STIX 2.1 marking definition of this level, as the OASIS TLP 2.0 extension fixes it.
    pub fn stix_marking(self) -> &'static str {
        match self {
            Tlp::Clear => "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
            Tlp::Green => "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
            Tlp::Amber => "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
            Tlp::AmberStrict => "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
            Tlp::Red => "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
        }
    }

    pub fn from_stix_marking(id: &str) -> Option<Tlp> {
        Tlp::ALL.into_iter().find(|t| t.stix_marking() == id)
    }
}

/// The critical-infrastructure sector an incident touches (norms (f), (g) and (h)).
pub const SECTORS: [&str; 12] = [
    "energy",
    "water",
    "health",
    "finance",
    "transport",
    "telecommunications",
    "digital_infrastructure",
    "government",
    "emergency_services",
    "food",
    "elections",
    "other",
];

/// A message as its author writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub kind: Kind,
    pub subject: String,
    /// One of [`SECTORS`], when an infrastructure is affected.
    pub sector: Option<String>,
    /// When the events happened or the help is needed (RFC 3339), either end open.
    pub window_start: Option<String>,
    pub window_end: Option<String>,
    pub urgency: Urgency,
    pub tlp: Tlp,
    /// Framework elements the message relates to (`norm-h`).
    pub elements: Vec<String>,
    pub body: String,
    /// Recipient States by ISO3 code (a reply goes to the thread's States and names none).
    pub recipients: Vec<String>,
    /// The persons a TLP:RED message is for, by their account's email: nobody else reads it.
    pub named: Vec<String>,
}

fn error(field: &'static str, message: impl Into<String>) -> FieldError {
    FieldError { field, message: message.into() }
}

impl Draft {
    /// The draft checked whole (every wrong field named); `known_element` says whether a
    /// framework element exists. `reply` is true when the draft answers a thread.
    pub fn checked(&self, reply: bool, known_element: impl Fn(&str) -> bool) -> Result<Draft, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut out = self.clone();
        out.subject = self.subject.trim().to_string();
        if out.subject.is_empty() || out.subject.chars().count() > 200 || out.subject.chars().any(char::is_control) {
            errors.push(error("subject", "must be given, on one line, in at most 200 characters"));
        }
        out.body = self.body.trim().replace("\r\n", "\n");
        if out.body.is_empty() || out.body.chars().count() > 20_000 {
            errors.push(error("body", "must be given, in at most 20,000 characters"));
        }
        if reply != (self.kind == Kind::Reply) {
            errors.push(error(
                "kind",
                if reply {
                    "an answer in a thread is a reply"
                } else {
                    "a new thread is a notification, a request for information or a request for assistance"
                },
            ));
        }
        out.sector = self.sector.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string);
        if let Some(sector) = &out.sector
            && !SECTORS.contains(&sector.as_str())
        {
            errors.push(error("sector", format!("{sector:?} is not a sector; one of {}", SECTORS.join(", "))));
        }
        let mut times = Vec::new();
        for (field, value, slot) in [
            ("window_start", &self.window_start, &mut out.window_start),
            ("window_end", &self.window_end, &mut out.window_end),
        ] {
            *slot = value.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string);
            if let Some(text) = slot.as_deref() {
                match text.parse::<jiff::Timestamp>() {
                    Ok(t) => times.push(t),
                    Err(_) => errors
                        .push(error(field, format!("{text:?} is not a time (RFC 3339, such as 2026-12-01T08:00:00Z)"))),
                }
            }
        }
        if let [start, end] = times[..]
            && start > end
        {
            errors.push(error("window_end", "the window ends before it starts"));
        }
        out.elements = Vec::new();
        for element in &self.elements {
            let element = element.trim();
            if !known_element(element) {
                errors.push(error(
                    "elements",
                    format!("{element:?} is not an element of the framework (such as norm-h)"),
                ));
            } else if !out.elements.iter().any(|e| e == element) {
                out.elements.push(element.to_string());
            }
        }
        out.recipients = Vec::new();
        for state in &self.recipients {
            let code = state.trim().to_ascii_uppercase();
            if code.len() != 3 || !code.chars().all(|c| c.is_ascii_uppercase()) {
                errors.push(error("recipients", format!("{state:?} is not a State's ISO 3166-1 alpha-3 code")));
            } else if !out.recipients.contains(&code) {
                out.recipients.push(code);
            }
        }
        if !reply && out.recipients.is_empty() {
            errors.push(error("recipients", "name at least one recipient State"));
        }
        if reply && !out.recipients.is_empty() {
            errors.push(error("recipients", "a reply goes to the thread's States; name none"));
        }
        out.named = Vec::new();
        for email in &self.named {
            match comity_access::normalise_email(email) {
                Ok(e) if !out.named.contains(&e) => out.named.push(e),
                Ok(_) => {}
                Err(e) => errors.push(error("named", e)),
            }
        }
        match (self.tlp, out.named.is_empty()) {
            (Tlp::Red, true) => errors.push(error("named", "TLP:RED goes only to named persons: name at least one")),
            (Tlp::Red, false) | (_, true) => {}
            (tlp, false) => errors.push(error(
                "named",
                format!("persons are named only at TLP:RED; at {} the recipient organisation reads it", tlp.label()),
            )),
        }
        if errors.is_empty() { Ok(out) } else { Err(errors) }
    }
}

/// A reply may keep its thread's marking or restrict it further, never loosen it.
pub fn reply_marking_allowed(replied_to: Tlp, reply: Tlp) -> Result<(), String> {
    if reply < replied_to {
        Err(format!(
            "a reply to a {} message cannot be marked {}: keep {} or restrict further",
            replied_to.label(),
            reply.label(),
            replied_to.label()
        ))
    } else {
        Ok(())
    }
}

/// Who a message is for.
#[derive(Debug, Clone)]
pub struct Audience<'a> {
    pub sender_state: &'a str,
    pub sender_account: &'a str,
    pub recipients: &'a [String],
    /// Account ids of the persons named (TLP:RED).
    pub named: &'a [String],
    pub tlp: Tlp,
}

/// Someone who wants to read a message: an account, the State it acts for, and whether it
/// holds a Point of Contact role there (else it is the State's focal point).
#[derive(Debug, Clone)]
pub struct Reader {
    pub account_id: String,
    pub state: String,
    pub contact_role: bool,
}

impl Audience<'_> {
    /// TLP enforced: RED is read by its author and the persons named, nobody else;
    /// AMBER+STRICT by the Points of Contact of the States in the exchange (the organisation
    /// addressed); AMBER, GREEN and CLEAR also by those States' focal points (the
    /// organisation's own on a need-to-know basis). Nobody outside the States in the exchange
    /// reads a message, whatever its marking: it is not published.
    pub fn may_read(&self, reader: &Reader) -> bool {
        if reader.account_id == self.sender_account {
            return true;
        }
        let party = reader.state == self.sender_state || self.recipients.contains(&reader.state);
        match self.tlp {
            Tlp::Red => self.named.contains(&reader.account_id),
            Tlp::AmberStrict => party && reader.contact_role,
            Tlp::Amber | Tlp::Green | Tlp::Clear => party,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> Draft {
        Draft {
            kind: Kind::RequestAssistance,
            subject: "Outage at the national grid operator".into(),
            sector: Some("energy".into()),
            window_start: Some("2026-11-30T22:00:00Z".into()),
            window_end: None,
            urgency: Urgency::High,
            tlp: Tlp::Amber,
            elements: vec!["norm-h".into()],
            body: "Please help us.".into(),
            recipients: vec!["fra".into(), "FRA".into()],
            named: vec![],
        }
    }

    #[test]
    fn a_good_draft_is_normalised() {
        let d = draft().checked(false, |e| e == "norm-h").unwrap();
        assert_eq!(d.recipients, vec!["FRA"]);
    }

    #[test]
    fn every_wrong_field_is_named() {
        let mut d = draft();
        d.subject = " ".into();
        d.sector = Some("space".into());
        d.window_start = Some("yesterday".into());
        d.elements = vec!["norm-z".into()];
        d.recipients = vec![];
        d.tlp = Tlp::Red;
        let errors = d.checked(false, |e| e == "norm-h").unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["subject", "sector", "window_start", "elements", "recipients", "named"]);
        assert!(errors[1].message.contains("energy"), "the sectors are listed");
    }

    #[test]
    fn the_window_runs_forward_and_names_only_go_with_red() {
        let mut d = draft();
        d.window_end = Some("2026-11-01T00:00:00Z".into());
        d.named = vec!["someone@example.org".into()];
        let errors = d.checked(false, |_| true).unwrap_err();
        assert_eq!(errors.iter().map(|e| e.field).collect::<Vec<_>>(), ["window_end", "named"]);
        d.window_end = None;
        d.tlp = Tlp::Red;
        assert!(d.checked(false, |_| true).is_ok());
    }

    #[test]
    fn a_reply_is_a_reply_and_may_not_loosen_the_marking() {
        let mut d = draft();
        d.recipients.clear();
        assert_eq!(d.checked(true, |_| true).unwrap_err()[0].field, "kind");
        d.kind = Kind::Reply;
        assert!(d.checked(true, |_| true).is_ok());
        assert!(reply_marking_allowed(Tlp::Amber, Tlp::Green).unwrap_err().contains("TLP:AMBER"));
        assert!(reply_marking_allowed(Tlp::Amber, Tlp::AmberStrict).is_ok());
        assert!(reply_marking_allowed(Tlp::Red, Tlp::Red).is_ok());
    }

    #[test]
    fn markings_decide_who_reads() {
        let recipients = vec!["FRA".to_string()];
        let named = vec!["acc-named".to_string()];
        let reader = |account: &str, state: &str, contact_role| Reader {
            account_id: account.into(),
            state: state.into(),
            contact_role,
        };
        let at = |tlp| Audience {
            sender_state: "KEN",
            sender_account: "acc-author",
            recipients: &recipients,
            named: &named,
            tlp,
        };
        let red = at(Tlp::Red);
        assert!(red.may_read(&reader("acc-author", "KEN", true)));
        assert!(red.may_read(&reader("acc-named", "FRA", true)));
        assert!(!red.may_read(&reader("acc-colleague", "FRA", true)), "a colleague of the named person");
        assert!(!red.may_read(&reader("acc-kenyan", "KEN", true)), "the author's colleague");
        let strict = at(Tlp::AmberStrict);
        assert!(strict.may_read(&reader("acc-colleague", "FRA", true)));
        assert!(!strict.may_read(&reader("acc-focal", "FRA", false)));
        assert!(at(Tlp::Amber).may_read(&reader("acc-focal", "FRA", false)));
        for tlp in Tlp::ALL {
            assert!(!at(tlp).may_read(&reader("acc-other", "CHN", true)), "{tlp:?}: a State outside the exchange");
        }
    }

    #[test]
    fn markings_read_every_way_they_are_written() {
        assert_eq!(Tlp::parse("TLP:AMBER+STRICT"), Some(Tlp::AmberStrict));
        assert_eq!(Tlp::parse("green"), Some(Tlp::Green));
        assert_eq!(Tlp::parse("white"), None, "TLP 1.0's WHITE is CLEAR in 2.0");
        for t in Tlp::ALL {
            assert_eq!(Tlp::from_stix_marking(t.stix_marking()), Some(t));
        }
        assert!(Urgency::Critical.acknowledge_within() < Urgency::High.acknowledge_within());
    }
}
