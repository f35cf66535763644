//! The silence procedure: a revision circulated with a deadline; any State may break silence
//! before it, once, with its reason; unbroken at the deadline, the text is adopted.

use serde::{Deserialize, Serialize};

/// A State's break of silence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = SilenceBreak))]
pub struct Break {
    pub state: String,
    pub reason: String,
    /// RFC 3339, UTC.
    pub at: String,
}

/// A revision under silence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = Silence))]
pub struct Silence {
    pub revision: u32,
    /// RFC 3339, UTC; silence holds until then.
    pub deadline: String,
    pub breaks: Vec<Break>,
}

/// Where a silence procedure stands at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = SilenceState))]
pub enum SilenceState {
    /// Before the deadline, unbroken.
    Holding,
    /// A State broke it: the Chair continues.
    Broken,
    /// The deadline passed unbroken: adopted.
    Kept,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SilenceError {
    #[error("{state} has broken silence on this text already")]
    AlreadyBroken { state: String },
    #[error("silence ended at {deadline}: it can no longer be broken")]
    Ended { deadline: String },
    #[error("a State that breaks silence gives its reason")]
    NoReason,
}

impl Silence {
    /// Where the procedure stands at `now` (RFC 3339 times compare as text in UTC).
    pub fn state(&self, now: &str) -> SilenceState {
        if !self.breaks.is_empty() {
            SilenceState::Broken
        } else if now >= self.deadline.as_str() {
            SilenceState::Kept
        } else {
            SilenceState::Holding
        }
    }

    /// Checks that `state` may break silence at `now` with `reason`: before the deadline,
    /// once per State (another State's break does not stop a second State recording its own).
    pub fn check_break(&self, state: &str, reason: &str, now: &str) -> Result<(), SilenceError> {
        if now >= self.deadline.as_str() {
            return Err(SilenceError::Ended { deadline: self.deadline.clone() });
        }
        if self.breaks.iter().any(|b| b.state == state) {
            return Err(SilenceError::AlreadyBroken { state: state.to_string() });
        }
        if reason.trim().is_empty() {
            return Err(SilenceError::NoReason);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn silence_holds_breaks_once_per_state_and_is_kept_at_the_deadline() {
        let mut s = Silence { revision: 2, deadline: "2026-03-14T22:00:00Z".into(), breaks: Vec::new() };
        assert_eq!(s.state("2026-03-14T21:59:59Z"), SilenceState::Holding);
        assert_eq!(s.state("2026-03-14T22:00:00Z"), SilenceState::Kept);
        assert_eq!(s.check_break("IRN", " ", "2026-03-14T10:00:00Z"), Err(SilenceError::NoReason));
        assert!(s.check_break("IRN", "Paragraph 27.", "2026-03-14T10:00:00Z").is_ok());
        s.breaks.push(Break { state: "IRN".into(), reason: "Paragraph 27.".into(), at: "2026-03-14T10:00:00Z".into() });
        assert_eq!(
            s.check_break("IRN", "Again.", "2026-03-14T11:00:00Z"),
            Err(SilenceError::AlreadyBroken { state: "IRN".into() })
        );
        assert!(s.check_break("CUB", "Also.", "2026-03-14T11:00:00Z").is_ok());
        assert_eq!(s.state("2026-03-15T00:00:00Z"), SilenceState::Broken);
        assert_eq!(
            s.check_break("CUB", "Late.", "2026-03-14T22:00:01Z"),
            Err(SilenceError::Ended { deadline: "2026-03-14T22:00:00Z".into() })
        );
    }
}
