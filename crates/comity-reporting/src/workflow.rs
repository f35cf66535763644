//! The workflow of a State's reply: a draft the State's drafters write, submitted by the
//! State's approver (before or after the deadline), withdrawn by the State until the
//! Secretariat publishes it. Who may do what is the access policy's; this says what may
//! follow what.

use comity_access::Permission;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Draft,
    Submitted,
    Published,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Submitted => "submitted",
            Status::Published => "published",
        }
    }

    pub fn parse(text: &str) -> Option<Status> {
        [Status::Draft, Status::Submitted, Status::Published].into_iter().find(|s| s.as_str() == text)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Save a new version of the text.
    Save,
    Submit,
    Withdraw,
    Publish,
}

impl Action {
    /// The permission the action needs (over the State's organisation, or any for publishing).
    pub fn permission(self) -> Permission {
        match self {
            Action::Save => Permission::DraftSubmission,
            Action::Submit | Action::Withdraw => Permission::ApproveSubmission,
            Action::Publish => Permission::EditReport,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Action::Save => "save",
            Action::Submit => "submit",
            Action::Withdraw => "withdraw",
            Action::Publish => "publish",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WorkflowError {
    #[error("a {} reply cannot be {}", from.as_str(), match action { Action::Save => "edited", Action::Submit => "submitted", Action::Withdraw => "withdrawn", Action::Publish => "published" })]
    NotNow { from: Status, action: Action },
    #[error("the cycle is closed: replies can no longer be saved or submitted")]
    CycleClosed,
}

/// What a reply becomes when `action` is taken on it in a cycle that is open or not.
pub fn transition(from: Status, action: Action, cycle_open: bool) -> Result<Status, WorkflowError> {
    if !cycle_open && matches!(action, Action::Save | Action::Submit) {
        return Err(WorkflowError::CycleClosed);
    }
    match (from, action) {
        (Status::Draft, Action::Save) => Ok(Status::Draft),
        (Status::Draft, Action::Submit) => Ok(Status::Submitted),
        (Status::Submitted, Action::Withdraw) => Ok(Status::Draft),
        (Status::Submitted, Action::Publish) => Ok(Status::Published),
        (from, action) => Err(WorkflowError::NotNow { from, action }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replies_move_only_forward_or_back_to_draft_before_publication() {
        assert_eq!(transition(Status::Draft, Action::Save, true), Ok(Status::Draft));
        assert_eq!(transition(Status::Draft, Action::Submit, true), Ok(Status::Submitted));
        assert_eq!(transition(Status::Submitted, Action::Withdraw, true), Ok(Status::Draft));
        assert_eq!(transition(Status::Submitted, Action::Publish, true), Ok(Status::Published));
        assert_eq!(
            transition(Status::Submitted, Action::Publish, false),
            Ok(Status::Published),
            "closing does not stop publication"
        );
        assert!(transition(Status::Submitted, Action::Save, true).is_err(), "a submitted reply is not edited");
        assert!(transition(Status::Published, Action::Withdraw, true).is_err(), "published is final");
        assert!(
            transition(Status::Draft, Action::Publish, true).is_err(),
            "nothing is published before it is submitted"
        );
        assert_eq!(transition(Status::Draft, Action::Save, false), Err(WorkflowError::CycleClosed));
        assert_eq!(
            transition(Status::Published, Action::Withdraw, true).unwrap_err().to_string(),
            "a published reply cannot be withdrawn"
        );
    }
}
