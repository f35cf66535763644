//! What States put forward on a revision: a proposal on one paragraph (new wording, a paragraph
//! added after it, its deletion, its move, or a comment) with its proposer and co-sponsors, and
//! the positions other States take on it.

use serde::{Deserialize, Serialize};

use crate::text::{Kind, Text};

/// What a proposal would do to its paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = ProposalChange))]
pub enum Change {
    /// The paragraph's new wording (shown as words inserted and deleted).
    Replace {
        text: String,
    },
    /// A new paragraph after this one.
    AddAfter {
        kind: Kind,
        text: String,
    },
    Delete,
    /// The paragraph moved after the one at `after` (to the beginning when None).
    Move {
        after: Option<String>,
    },
    /// Words on the paragraph, no change to its text.
    Comment,
}

impl Change {
    pub fn action(&self) -> &'static str {
        match self {
            Change::Replace { .. } => "replace",
            Change::AddAfter { .. } => "add_after",
            Change::Delete => "delete",
            Change::Move { .. } => "move",
            Change::Comment => "comment",
        }
    }

    /// Whether the Chair decides on it (a comment changes no text).
    pub fn changes_text(&self) -> bool {
        !matches!(self, Change::Comment)
    }
}

/// Who puts a proposal forward: a State, or a group of States speaking as one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = Proposer))]
pub enum Proposer {
    State {
        state: String,
    },
    /// A group (a regional group, say) by its name, with the States that make it up; the
    /// State whose delegate files it is one of them.
    Group {
        name: String,
        members: Vec<String>,
    },
}

impl Proposer {
    /// The name shown as the author of its changes ("FRA", "African Group").
    pub fn name(&self) -> &str {
        match self {
            Proposer::State { state } => state,
            Proposer::Group { name, .. } => name,
        }
    }

    /// Whether `state` speaks in this proposer.
    pub fn includes(&self, state: &str) -> bool {
        match self {
            Proposer::State { state: s } => s == state,
            Proposer::Group { members, .. } => members.iter().any(|m| m == state),
        }
    }
}

/// A proposal on a paragraph of one revision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = Proposal))]
pub struct Proposal {
    pub id: String,
    /// The revision it is on (0 for the zero draft).
    pub revision: u32,
    /// The place of its paragraph.
    pub place: String,
    pub change: Change,
    pub justification: String,
    pub proposer: Proposer,
    /// States that joined it, ISO 3166 alpha-3.
    pub co_sponsors: Vec<String>,
    /// When it was filed, RFC 3339 in UTC.
    pub filed_at: String,
    /// Filed after the revision's deadline (the Chair had reopened it, or it was taken late).
    pub late: bool,
    pub withdrawn: bool,
}

impl Proposal {
    /// Whether `state` put it forward or joined it.
    pub fn is_of(&self, state: &str) -> bool {
        self.proposer.includes(state) || self.co_sponsors.iter().any(|c| c == state)
    }
}

/// A State's position on a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = Stance))]
pub enum Stance {
    Support,
    Oppose,
    CanLiveWith,
    Reserve,
}

impl Stance {
    pub const ALL: [Stance; 4] = [Stance::Support, Stance::Oppose, Stance::CanLiveWith, Stance::Reserve];

    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Support => "support",
            Stance::Oppose => "oppose",
            Stance::CanLiveWith => "can_live_with",
            Stance::Reserve => "reserve",
        }
    }

    pub fn parse(given: &str) -> Option<Stance> {
        Stance::ALL.into_iter().find(|s| s.as_str() == given)
    }
}

/// A position recorded by a State on a proposal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = Position))]
pub struct Position {
    pub proposal: String,
    pub state: String,
    pub stance: Stance,
    pub statement: Option<String>,
}

/// Why a proposal or position cannot be taken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProposalError {
    #[error("the current revision has no paragraph at {place}")]
    NoSuchParagraph { place: String },
    #[error("the proposal has no text")]
    NoText,
    #[error("the new wording is the paragraph's wording already")]
    SameText,
    #[error("a paragraph cannot be moved after itself")]
    MoveOntoItself,
    #[error("a justification of at most {max} characters is needed")]
    Justification { max: usize },
    #[error("{state} is the proposer or a co-sponsor of this proposal and cannot take a position on it")]
    OwnProposal { state: String },
    #[error("the proposal was withdrawn")]
    Withdrawn,
    #[error("{state} is named twice among the proposer and co-sponsors")]
    SponsorTwice { state: String },
    #[error("a group proposer needs a name and the States that make it up, the filing State among them")]
    BadGroup,
}

/// Longest justification and statement taken.
pub const MAX_WORDS: usize = 4_000;
/// Longest paragraph text taken.
pub const MAX_PARAGRAPH: usize = 20_000;

impl Proposal {
    /// Checks a proposal against the revision it is on, before anything is kept: its paragraph
    /// is there, its text says something new, its sponsors are named once.
    pub fn check(&self, text: &Text, filed_by: &str) -> Result<(), ProposalError> {
        let paragraph =
            text.paragraph(&self.place).ok_or(ProposalError::NoSuchParagraph { place: self.place.clone() })?;
        if self.justification.chars().count() > MAX_WORDS {
            return Err(ProposalError::Justification { max: MAX_WORDS });
        }
        match &self.change {
            Change::Replace { text: new } => {
                check_words(new)?;
                if new.trim() == paragraph.text.trim() {
                    return Err(ProposalError::SameText);
                }
            }
            Change::AddAfter { text: new, .. } => check_words(new)?,
            Change::Move { after: Some(after) } => {
                if *after == self.place {
                    return Err(ProposalError::MoveOntoItself);
                }
                if text.paragraph(after).is_none() {
                    return Err(ProposalError::NoSuchParagraph { place: after.clone() });
                }
            }
            Change::Comment if self.justification.trim().is_empty() => return Err(ProposalError::NoText),
            Change::Move { after: None } | Change::Delete | Change::Comment => {}
        }
        if let Proposer::Group { name, members } = &self.proposer
            && (name.trim().is_empty() || !members.iter().any(|m| m == filed_by))
        {
            return Err(ProposalError::BadGroup);
        }
        let mut named: Vec<&str> = match &self.proposer {
            Proposer::State { state } => vec![state.as_str()],
            Proposer::Group { members, .. } => members.iter().map(String::as_str).collect(),
        };
        for c in &self.co_sponsors {
            if named.contains(&c.as_str()) {
                return Err(ProposalError::SponsorTwice { state: c.clone() });
            }
            named.push(c);
        }
        Ok(())
    }

    /// Checks that `state` may take a position on it: not its own, not withdrawn.
    pub fn check_position(&self, state: &str, statement: Option<&str>) -> Result<(), ProposalError> {
        if self.withdrawn {
            return Err(ProposalError::Withdrawn);
        }
        if self.is_of(state) {
            return Err(ProposalError::OwnProposal { state: state.to_string() });
        }
        if statement.is_some_and(|s| s.chars().count() > MAX_WORDS) {
            return Err(ProposalError::Justification { max: MAX_WORDS });
        }
        Ok(())
    }
}

fn check_words(text: &str) -> Result<(), ProposalError> {
    if text.trim().is_empty() {
        return Err(ProposalError::NoText);
    }
    if text.chars().count() > MAX_PARAGRAPH {
        return Err(ProposalError::Justification { max: MAX_PARAGRAPH });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text() -> Text {
        Text::parse_draft("1. States reaffirmed the norms.\n\n2. States will meet again.").unwrap()
    }

    fn proposal(change: Change) -> Proposal {
        Proposal {
            id: "x".into(),
            revision: 0,
            place: "p1".into(),
            change,
            justification: "Clearer.".into(),
            proposer: Proposer::State { state: "FRA".into() },
            co_sponsors: vec!["MEX".into()],
            filed_at: "2026-03-14T12:00:00Z".into(),
            late: false,
            withdrawn: false,
        }
    }

    #[test]
    fn a_proposal_names_a_paragraph_of_the_revision_and_says_something_new() {
        let t = text();
        assert!(
            proposal(Change::Replace { text: "States reaffirmed the eleven norms.".into() }).check(&t, "FRA").is_ok()
        );
        assert_eq!(
            proposal(Change::Replace { text: " States reaffirmed the norms. ".into() }).check(&t, "FRA"),
            Err(ProposalError::SameText)
        );
        let mut gone = proposal(Change::Delete);
        gone.place = "p9".into();
        assert_eq!(gone.check(&t, "FRA"), Err(ProposalError::NoSuchParagraph { place: "p9".into() }));
        assert_eq!(
            proposal(Change::Move { after: Some("p1".into()) }).check(&t, "FRA"),
            Err(ProposalError::MoveOntoItself)
        );
        assert_eq!(
            proposal(Change::AddAfter { kind: Kind::Numbered, text: "  ".into() }).check(&t, "FRA"),
            Err(ProposalError::NoText)
        );
        let mut twice = proposal(Change::Delete);
        twice.co_sponsors = vec!["FRA".into()];
        assert_eq!(twice.check(&t, "FRA"), Err(ProposalError::SponsorTwice { state: "FRA".into() }));
    }

    #[test]
    fn a_group_proposal_is_filed_by_one_of_its_members() {
        let t = text();
        let mut p = proposal(Change::Delete);
        p.co_sponsors.clear();
        p.proposer = Proposer::Group { name: "African Group".into(), members: vec!["KEN".into(), "NGA".into()] };
        assert!(p.check(&t, "KEN").is_ok());
        assert_eq!(p.check(&t, "FRA"), Err(ProposalError::BadGroup));
        assert!(p.is_of("NGA"));
    }

    #[test]
    fn no_position_on_ones_own_proposal() {
        let p = proposal(Change::Delete);
        assert!(p.check_position("CHN", None).is_ok());
        assert_eq!(p.check_position("MEX", None), Err(ProposalError::OwnProposal { state: "MEX".into() }));
        assert_eq!(p.check_position("FRA", None), Err(ProposalError::OwnProposal { state: "FRA".into() }));
    }
}
