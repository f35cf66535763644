//! Negotiating outcome texts of the Global Mechanism: the zero draft and its revisions as
//! structured texts (`text`), States' proposals and positions (`proposal`), the Chair's
//! decisions and the next revision built from them (`revise`), the silence procedure
//! (`silence`), the compilation text (`compilation`), one revision against another as Word
//! with tracked changes (`comparison`), the Akoma Ntoso forms (`akn`), and the
//! adopted text as a document of the record with each paragraph's history (`record`).
//! Everything here is checked logic without storage: `comity-store` keeps negotiations,
//! `comity-web` and the `comity` command show and change them.
#![forbid(unsafe_code)]

pub mod akn;
pub mod comparison;
pub mod compilation;
pub mod proposal;
pub mod record;
pub mod revise;
pub mod silence;
pub mod text;

use serde::{Deserialize, Serialize};

/// Who may read a negotiation's drafts and proposals besides the Secretariat and its Chair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = NegotiationReaders))]
pub enum Readers {
    /// Delegations of Member States.
    States,
    /// Also stakeholders registered with the Secretariat.
    Stakeholders,
    /// Anyone.
    Public,
}

impl Readers {
    pub const ALL: [Readers; 3] = [Readers::States, Readers::Stakeholders, Readers::Public];

    pub fn as_str(self) -> &'static str {
        match self {
            Readers::States => "states",
            Readers::Stakeholders => "stakeholders",
            Readers::Public => "public",
        }
    }

    pub fn parse(given: &str) -> Option<Readers> {
        Readers::ALL.into_iter().find(|r| r.as_str() == given)
    }
}

/// Where a negotiation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = NegotiationStage))]
pub enum Stage {
    /// Proposals are taken on the current revision (until its deadline).
    Open,
    /// The current revision is under silence.
    Silence,
    /// Adopted, by consensus at a meeting or by silence.
    Adopted,
    /// Closed without adoption.
    Closed,
}

impl Stage {
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Open => "open",
            Stage::Silence => "silence",
            Stage::Adopted => "adopted",
            Stage::Closed => "closed",
        }
    }

    pub fn parse(given: &str) -> Option<Stage> {
        [Stage::Open, Stage::Silence, Stage::Adopted, Stage::Closed].into_iter().find(|s| s.as_str() == given)
    }
}

/// The name a revision goes by: "Zero draft" is the caller's word for 0; then `Rev.1`, `Rev.2`.
pub fn revision_name(number: u32) -> Option<String> {
    (number > 0).then(|| format!("Rev.{number}"))
}
