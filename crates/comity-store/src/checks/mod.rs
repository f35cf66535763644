//! Communication checks of the Points of Contact directory: a round asks contacts to
//! acknowledge by a deadline through a one-time link; answers are timed. The types rounds and
//! answers are told in; `rounds`, `schedules`, `answers` and `results` hold the store's work.
// Rows are read as tuples that mirror their SELECT lists, next to the query.
#![allow(clippy::type_complexity)]

mod answers;
mod results;
mod rounds;
mod schedules;

pub(crate) use answers::AckJob;

use comity_contacts::{Category, Contact};
use serde::Serialize;

/// Which listed contacts a round asks: all, or some States', of one category or both.
#[derive(Debug, Clone, Default, Serialize, serde::Deserialize)]
pub struct CheckScope {
    pub states: Vec<String>,
    pub category: Option<Category>,
}

/// What a round's mail to one contact is made from (the token travels only in the mail).
pub struct CheckMail<'a> {
    pub round_id: &'a str,
    pub state: &'a str,
    pub contact: &'a Contact,
    pub token: &'a str,
    pub deadline: &'a str,
}

/// A round as listed.
#[derive(Debug, Clone, Serialize)]
pub struct CheckRound {
    pub id: String,
    pub title: String,
    pub started_at: String,
    pub deadline: String,
    pub asked: i64,
    pub acknowledged: i64,
}

/// A round to start later, once or again and again.
#[derive(Debug, Clone, Serialize)]
pub struct CheckSchedule {
    pub id: String,
    pub title: String,
    pub scope: CheckScope,
    pub next_at: String,
    pub window_hours: i64,
    pub every_days: Option<i64>,
}

/// One contact's place in a round.
#[derive(Debug, Clone, Serialize)]
pub struct CheckTarget {
    pub contact_id: String,
    pub state: String,
    pub category: Category,
    pub name: String,
    pub email: String,
    pub acknowledged_at: Option<String>,
    pub via: Option<String>,
    /// The relay refused the check's mail for good (an unknown mailbox, say).
    pub bounced: bool,
    /// Seconds from the round's start to the acknowledgement.
    pub seconds: Option<f64>,
}

/// What became of an acknowledgement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Acknowledgement {
    Recorded {
        round_id: String,
        state: String,
        at: String,
    },
    /// The link was used before (replayed): the first time stands.
    AlreadyRecorded {
        round_id: String,
        at: String,
    },
    /// The round's deadline has passed.
    Expired {
        round_id: String,
        deadline: String,
    },
    Unknown,
}

fn parse_time(text: &str) -> Option<jiff::Timestamp> {
    text.parse().ok()
}
