//! Why the store refuses a request, typed: each refusal has a stable `code()` (the API's error
//! code, and the Fluent message `refusal-<code>` whose arguments are `args()`), so that a page
//! tells it in the reader's language; `Display` is the English sentence for the CLI and logs.

/// A request the store will not carry out, and why. Nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error(
        "this reply was saved by someone else in the meantime (version {current}, yours was made from version {yours}); nothing was saved: reload it, then apply your changes"
    )]
    StaleVersion { current: i64, yours: i64 },
    /// A reply's workflow does not allow this step now (`status`: draft, submitted,
    /// published; `action`: save, submit, withdraw, publish).
    #[error("a {status} reply cannot be {}", past(action))]
    StepNotAllowed { status: &'static str, action: &'static str },
    #[error("the cycle is closed: replies can no longer be saved or submitted")]
    CycleClosed,
    #[error("{code} is not the ISO3 code of a Member or observer State")]
    UnknownState { code: String },
    #[error("{given:?} is not one of ar, zh, en, fr, ru, es")]
    UnknownLanguage { given: String },
    #[error("an account with the email {email} exists already")]
    DuplicateAccount { email: String },
    #[error("no account has the email {email}")]
    UnknownAccount { email: String },
    #[error("no cycle {id}")]
    UnknownCycle { id: String },
    #[error("{state} has no reply in cycle {cycle}")]
    NoReply { state: String, cycle: String },
    /// Not yet given a type of its own: told in English inside the page's sentence.
    #[error("{0}")]
    Other(String),
}

fn past(action: &str) -> &'static str {
    match action {
        "save" => "edited",
        "submit" => "submitted",
        "withdraw" => "withdrawn",
        _ => "published",
    }
}

impl Refusal {
    /// Every code, for the test that each is told in every language.
    pub const CODES: [&'static str; 10] = [
        "stale_version",
        "step_not_allowed",
        "cycle_closed",
        "unknown_state",
        "unknown_language",
        "duplicate_account",
        "unknown_account",
        "unknown_cycle",
        "no_reply",
        "refused",
    ];

    pub fn code(&self) -> &'static str {
        match self {
            Refusal::StaleVersion { .. } => "stale_version",
            Refusal::StepNotAllowed { .. } => "step_not_allowed",
            Refusal::CycleClosed => "cycle_closed",
            Refusal::UnknownState { .. } => "unknown_state",
            Refusal::UnknownLanguage { .. } => "unknown_language",
            Refusal::DuplicateAccount { .. } => "duplicate_account",
            Refusal::UnknownAccount { .. } => "unknown_account",
            Refusal::UnknownCycle { .. } => "unknown_cycle",
            Refusal::NoReply { .. } => "no_reply",
            Refusal::Other(_) => "refused",
        }
    }

    /// The message's arguments: data (numbers, codes, addresses, ids), the same in every
    /// language; `status` and `action` are keys the page translates (`reply-status-<status>`,
    /// `refusal-action-<action>`).
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Refusal::StaleVersion { current, yours } => {
                vec![("current", current.to_string()), ("yours", yours.to_string())]
            }
            Refusal::StepNotAllowed { status, action } => {
                vec![("status", status.to_string()), ("action", action.to_string())]
            }
            Refusal::CycleClosed => Vec::new(),
            Refusal::UnknownState { code } => vec![("state", code.clone())],
            Refusal::UnknownLanguage { given } => vec![("given", given.clone())],
            Refusal::DuplicateAccount { email } | Refusal::UnknownAccount { email } => vec![("email", email.clone())],
            Refusal::UnknownCycle { id } => vec![("cycle", id.clone())],
            Refusal::NoReply { state, cycle } => vec![("state", state.clone()), ("cycle", cycle.clone())],
            Refusal::Other(reason) => vec![("reason", reason.clone())],
        }
    }

    /// One of each, for tests that render every refusal.
    pub fn samples() -> Vec<Refusal> {
        vec![
            Refusal::StaleVersion { current: 4, yours: 3 },
            Refusal::StepNotAllowed { status: "submitted", action: "save" },
            Refusal::CycleClosed,
            Refusal::UnknownState { code: "XYZ".into() },
            Refusal::UnknownLanguage { given: "de".into() },
            Refusal::DuplicateAccount { email: "a@example.org".into() },
            Refusal::UnknownAccount { email: "b@example.org".into() },
            Refusal::UnknownCycle { id: "2026".into() },
            Refusal::NoReply { state: "FRA".into(), cycle: "2026".into() },
            Refusal::Other("a reason".into()),
        ]
    }
}

impl From<comity_reporting::WorkflowError> for Refusal {
    fn from(e: comity_reporting::WorkflowError) -> Refusal {
        match e {
            comity_reporting::WorkflowError::NotNow { from, action } => {
                Refusal::StepNotAllowed { status: from.as_str(), action: action.as_str() }
            }
            comity_reporting::WorkflowError::CycleClosed => Refusal::CycleClosed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_refusal_has_a_listed_code() {
        let samples = Refusal::samples();
        let codes: Vec<&str> = samples.iter().map(Refusal::code).collect();
        assert_eq!(codes, Refusal::CODES);
        let step = Refusal::from(comity_reporting::WorkflowError::NotNow {
            from: comity_reporting::Status::Published,
            action: comity_reporting::Action::Withdraw,
        });
        assert_eq!(step.to_string(), "a published reply cannot be withdrawn");
    }
}
