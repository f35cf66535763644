//! Views and assessments: a reporting cycle opened on a resolution (the questions it asks, the
//! note verbale, the deadline), the workflow a State's reply goes through (draft, submitted by
//! the State's approver, published by the Secretariat), and what makes a reply late.
#![forbid(unsafe_code)]

pub mod attachments;
pub mod cycle;
pub mod import;
pub mod markdown;
pub mod report;
pub mod survey;
pub mod workflow;

pub use cycle::{Cycle, CycleError, NewCycle, Question};
pub use workflow::{Action, Status, WorkflowError, transition};
