//! The six official languages of the United Nations as Comity uses them: codes, names, writing
//! direction, the interface messages (Fluent), locale negotiation, language-aware sorting (ICU)
//! and dates and numbers as each language writes them (ICU).
#![forbid(unsafe_code)]

mod collation;
pub mod format;
mod lang;
mod messages;
mod negotiate;

pub use collation::Collation;
pub use lang::{Direction, Lang, UnknownLang};
pub use messages::{MessageArg, Messages, MessagesError};
pub use negotiate::negotiate_accept_language;
