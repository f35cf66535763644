//! Why the store refuses a request, typed: each refusal has a stable `code()` (the API's error
//! code, and the Fluent message `refusal-<code>` whose arguments are `args()`), so that a page
//! tells it in the reader's language; `Display` is the English sentence for the CLI and logs.

use comity_negotiation::proposal::ProposalError;
use comity_negotiation::revise::ReviseError;
use comity_reporting::CycleError;
use comity_reporting::attachments::AttachmentError;

/// A request the store will not carry out, and why. Nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error(
        "this reply was saved by someone else in the meantime (version \
            {current}, yours was made from version {yours}); nothing was saved: \
            reload it, then apply your changes"
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
    #[error("{given:?} is not an email address (name@example.org)")]
    InvalidEmail { given: String },
    #[error("the role {role} is held in {}, not in {org}", if *.state_role { "a State" } else { "the Secretariat" })]
    RoleOutsideOrg { role: &'static str, org: String, state_role: bool },
    #[error("no cycle {id}")]
    UnknownCycle { id: String },
    #[error("{state} has no reply in cycle {cycle}")]
    NoReply { state: String, cycle: String },
    #[error("a cycle for {resolution} reporting to session {session} exists already ({id})")]
    DuplicateCycle { resolution: String, session: u32, id: String },
    /// A new cycle that does not hold together (the first problem found).
    #[error("{0}")]
    BadCycle(CycleError),
    #[error("the reply of {state} is in {lang} already (its original language)")]
    TranslationOfOriginal { state: String, lang: String },
    #[error("{0}")]
    Attachment(AttachmentError),
    /// Something the request must carry is missing (`field`: a key, [`Refusal::FIELDS`]).
    #[error("{} is missing", field_words(field))]
    Required { field: &'static str },
    /// A number outside what is allowed (`field`: a key, [`Refusal::FIELDS`]).
    #[error("{} must be {min} to {max}, not {given}", field_words(field))]
    OutOfRange { field: &'static str, min: i64, max: i64, given: i64 },
    #[error("{} is a whole number, not {given:?}", field_words(field))]
    NotANumber { field: &'static str, given: String },
    /// A word that is not one of those offered (`allowed`: the words, as typed).
    #[error("{} is one of {allowed}, not {given:?}", field_words(field))]
    NotOneOf { field: &'static str, allowed: &'static str, given: String },
    #[error("{given:?} is not a date (YYYY-MM-DD)")]
    NotADate { given: String },
    #[error("{} {given:?} is not a time (RFC 3339, such as 2026-12-08T17:00:00Z)", field_words(field))]
    NotATime { field: &'static str, given: String },
    #[error("{} {given} has passed", field_words(field))]
    TimePassed { field: &'static str, given: String },
    /// A value a domain check turned down, with what would be right (in English: the
    /// domain crates word their checks once).
    #[error("{field}: {detail}")]
    Invalid { field: String, detail: String },
    #[error("no listed contact is in this round's scope")]
    NoContactInScope,
    #[error("{state} has no listed contact {id}")]
    UnknownContact { state: String, id: String },
    #[error("no change {id}")]
    UnknownChange { id: String },
    #[error("change {id} was {status} already")]
    AlreadyDecided { id: String, status: String },
    #[error("contact {id} is no longer listed")]
    ContactUnlisted { id: String },
    /// A message's id, or a message or thread it names, is not one this account can use
    /// (answered alike whether it exists or not).
    #[error("not taken: its id, or a message or thread it names, is not one this account can use")]
    MessageNotTaken,
    #[error("{state} cannot write to itself")]
    WriteToSelf { state: String },
    #[error("this thread is open already: answer it with a note, not a new report")]
    ThreadOpen,
    #[error("nobody else is in this thread to receive a reply")]
    NoOneToReply,
    #[error("{email} is not a Point of Contact of {states} in Comity: TLP:RED goes only to persons who can sign in")]
    NotAPersonOfContact { email: String, states: String },
    #[error("{state} has no listed Point of Contact yet: a message to it would reach nobody")]
    NoListedContact { state: String },
    #[error("{state} did not receive this message; its recipients acknowledge it")]
    NotARecipient { state: String },
    #[error("only a message's author attaches files to it")]
    NotTheAuthor,
    #[error("a reply to a {replied} message cannot be marked {reply}: keep {replied} or restrict further")]
    MarkingTooLow { replied: String, reply: String },
    #[error("{symbol} is recorded as a {recorded}, but this text reads as a {kind}")]
    KindMismatch { symbol: String, recorded: String, kind: String },
    #[error("{symbol} ({lang}) has {count} paragraphs; at most {max} can be stored")]
    TooManyParagraphs { symbol: String, lang: String, count: usize, max: usize },
    #[error("{source_name}: the text carries no document symbol; give it with --symbol")]
    NoSymbol { source_name: String },
    #[error(
        "the target database is at schema version {target} but the backup is at {backup}; restore into a new database"
    )]
    BackupOlderThanTarget { target: i64, backup: i64 },
    #[error("the target database already holds data (table {table} has {count} rows); restore into a new database")]
    TargetNotEmpty { table: String, count: i64 },
    #[error("no negotiation {id}")]
    UnknownNegotiation { id: String },
    #[error("a negotiation named {name} exists already")]
    NegotiationNameTaken { name: String },
    #[error("the negotiation is adopted or closed: nothing more can be proposed, decided or recorded on its text")]
    NegotiationClosed,
    #[error("the text is under silence: proposals wait until the Chair continues")]
    UnderSilence,
    #[error("proposals on this revision closed at {deadline}; the Chair can reopen it")]
    ProposalsClosed { deadline: String },
    #[error(
        "the paragraph proposed on is not in the current revision (Rev.{revision}); propose on that revision's text"
    )]
    NotInRevision { revision: i64 },
    #[error("a State takes no position on a proposal it made or joined")]
    OwnProposal,
    #[error("{state} has broken silence on this text already; a State breaks it once")]
    SilenceBrokenAlready { state: String },
    #[error("silence ended at {deadline}")]
    SilenceEnded { deadline: String },
    #[error("only the negotiation's Chair or support staff do this")]
    NotTheChair,
    #[error(
        "the zero draft is replaced only while nothing rests on it: no proposal or written input on it, and no Rev.1"
    )]
    ZeroDraftInUse,
    #[error("the text was replaced as this was sent; read it again and send it on the text as it is now")]
    TextReplaced,
    #[error("no proposal {id} in this negotiation")]
    UnknownProposal { id: String },
    #[error("explanations of position and disassociations are recorded once the text is adopted")]
    NotAdoptedYet,
    #[error("{symbol} is in the document record already; an adopted text is issued under a symbol of its own")]
    SymbolInRecord { symbol: String },
    #[error("the adopted text is issued already, as {symbol}")]
    IssuedAlready { symbol: String },
    #[error("a text is issued under its symbol once it is adopted")]
    IssueBeforeAdoption,
    #[error("{given:?} is not a document symbol such as A/AC.292/2026/CRP.1")]
    NotASymbol { given: String },
    #[error(
        "this negotiation's drafts are for States only: stakeholders are accredited to one the Secretariat opened to them"
    )]
    StakeholdersNotAdmitted,
    #[error(
        "{email} holds a role for a State or the Secretariat; a stakeholder is accredited on an account of its own"
    )]
    StateUserNotStakeholder { email: String },
    #[error("only stakeholders accredited to this negotiation give written inputs on its text")]
    NotAStakeholder,
    #[error("a written input is at most {max} characters")]
    InputTooLong { max: usize },
    /// A proposal that does not hold together on its revision (its paragraph missing and a
    /// position on one's own are refusals of their own).
    #[error("{0}")]
    BadProposal(ProposalError),
    /// The Chair's decisions that do not build a revision.
    #[error("{0}")]
    BadDecisions(ReviseError),
}

fn past(action: &str) -> &'static str {
    match action {
        "save" => "edited",
        "submit" => "submitted",
        "withdraw" => "withdrawn",
        _ => "published",
    }
}

/// The English words for a field key; pages say it with `refusal-field-<key>`.
fn field_words(field: &str) -> &'static str {
    match field {
        "account_name" => "the account's name",
        "round_title" => "a round's title",
        "rejection_reason" => "the reason for a rejection, for the State to read",
        "contact_details" => "the contact's details",
        "contact_choice" => "which contact to change or remove",
        "token_name_length" => "the length of a token's name",
        "token_permissions" => "a token's permissions",
        "token_days" => "a token's validity in days",
        "translation_text" => "an official translation's text (mark it pending until it is ready)",
        "translation_status" => "a translation's status",
        "fetch_items" => "the number of language versions in a fetch (at least one symbol and one language)",
        "round_hours" => "a round's length in hours",
        "repeat_days" => "the number of days between rounds",
        "ack_channel" => "the way an acknowledgement comes",
        "contact_category" => "a contact's category",
        "deadline" => "the deadline",
        "start" => "the start",
        "note_verbale_date" => "the note verbale's date",
        "silence_reason" => "the reason for breaking silence",
        "explanation" => "the explanation of position",
        _ => "a value",
    }
}

impl Refusal {
    /// Every field key a refusal names, for the test that each is told in every language.
    pub const FIELDS: [&'static str; 20] = [
        "account_name",
        "round_title",
        "rejection_reason",
        "contact_details",
        "contact_choice",
        "token_name_length",
        "token_permissions",
        "token_days",
        "translation_text",
        "translation_status",
        "fetch_items",
        "round_hours",
        "repeat_days",
        "ack_channel",
        "contact_category",
        "deadline",
        "start",
        "note_verbale_date",
        "silence_reason",
        "explanation",
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
            Refusal::InvalidEmail { .. } => "invalid_email",
            Refusal::RoleOutsideOrg { .. } => "role_outside_org",
            Refusal::UnknownCycle { .. } => "unknown_cycle",
            Refusal::NoReply { .. } => "no_reply",
            Refusal::DuplicateCycle { .. } => "duplicate_cycle",
            Refusal::BadCycle(e) => match e {
                CycleError::Resolution(_) => "cycle_resolution",
                CycleError::Session(_) => "cycle_session",
                CycleError::Date { .. } => "cycle_date",
                CycleError::DeadlineBeforeNote { .. } => "cycle_deadline_before_note",
                CycleError::QuestionCount => "cycle_question_count",
                CycleError::Question { .. } => "cycle_question",
                CycleError::NoteVerbale => "cycle_note_verbale",
            },
            Refusal::TranslationOfOriginal { .. } => "translation_of_original",
            Refusal::Attachment(e) => match e {
                AttachmentError::Empty { .. } => "attachment_empty",
                AttachmentError::TooLarge { .. } => "attachment_too_large",
                AttachmentError::WrongType { .. } => "attachment_wrong_type",
                AttachmentError::NameMismatch { .. } => "attachment_name_mismatch",
                AttachmentError::BadDocx { .. } => "attachment_bad_docx",
                AttachmentError::BadName { .. } => "attachment_bad_name",
                AttachmentError::TooMany { .. } => "attachment_too_many",
            },
            Refusal::Required { .. } => "required",
            Refusal::OutOfRange { .. } => "out_of_range",
            Refusal::NotANumber { .. } => "not_a_number",
            Refusal::NotOneOf { .. } => "not_one_of",
            Refusal::NotADate { .. } => "not_a_date",
            Refusal::NotATime { .. } => "not_a_time",
            Refusal::TimePassed { .. } => "time_passed",
            Refusal::Invalid { .. } => "invalid",
            Refusal::NoContactInScope => "no_contact_in_scope",
            Refusal::UnknownContact { .. } => "unknown_contact",
            Refusal::UnknownChange { .. } => "unknown_change",
            Refusal::AlreadyDecided { .. } => "already_decided",
            Refusal::ContactUnlisted { .. } => "contact_unlisted",
            Refusal::MessageNotTaken => "message_not_taken",
            Refusal::WriteToSelf { .. } => "write_to_self",
            Refusal::ThreadOpen => "thread_open",
            Refusal::NoOneToReply => "no_one_to_reply",
            Refusal::NotAPersonOfContact { .. } => "not_a_person_of_contact",
            Refusal::NoListedContact { .. } => "no_listed_contact",
            Refusal::NotARecipient { .. } => "not_a_recipient",
            Refusal::NotTheAuthor => "not_the_author",
            Refusal::MarkingTooLow { .. } => "marking_too_low",
            Refusal::KindMismatch { .. } => "kind_mismatch",
            Refusal::TooManyParagraphs { .. } => "too_many_paragraphs",
            Refusal::NoSymbol { .. } => "no_symbol",
            Refusal::BackupOlderThanTarget { .. } => "backup_older_than_target",
            Refusal::TargetNotEmpty { .. } => "target_not_empty",
            Refusal::UnknownNegotiation { .. } => "unknown_negotiation",
            Refusal::NegotiationNameTaken { .. } => "negotiation_name_taken",
            Refusal::NegotiationClosed => "negotiation_closed",
            Refusal::UnderSilence => "under_silence",
            Refusal::ProposalsClosed { .. } => "proposals_closed",
            Refusal::NotInRevision { .. } => "not_in_revision",
            Refusal::OwnProposal => "own_proposal",
            Refusal::SilenceBrokenAlready { .. } => "silence_broken_already",
            Refusal::SilenceEnded { .. } => "silence_ended",
            Refusal::NotTheChair => "not_the_chair",
            Refusal::ZeroDraftInUse => "zero_draft_in_use",
            Refusal::TextReplaced => "text_replaced",
            Refusal::UnknownProposal { .. } => "unknown_proposal",
            Refusal::NotAdoptedYet => "not_adopted_yet",
            Refusal::SymbolInRecord { .. } => "symbol_in_record",
            Refusal::IssuedAlready { .. } => "issued_already",
            Refusal::IssueBeforeAdoption => "issue_before_adoption",
            Refusal::NotASymbol { .. } => "not_a_symbol",
            Refusal::StakeholdersNotAdmitted => "stakeholders_not_admitted",
            Refusal::StateUserNotStakeholder { .. } => "state_user_not_stakeholder",
            Refusal::NotAStakeholder => "not_a_stakeholder",
            Refusal::InputTooLong { .. } => "input_too_long",
            Refusal::BadProposal(e) => match e {
                ProposalError::NoSuchParagraph { .. } => "proposal_no_paragraph",
                ProposalError::OwnProposal { .. } => "own_proposal",
                ProposalError::NoText => "proposal_no_text",
                ProposalError::SameText => "proposal_same_text",
                ProposalError::MoveOntoItself => "proposal_move_onto_itself",
                ProposalError::Justification { .. } => "proposal_too_long",
                ProposalError::Withdrawn => "proposal_withdrawn",
                ProposalError::SponsorTwice { .. } => "proposal_sponsor_twice",
                ProposalError::BadGroup => "proposal_bad_group",
            },
            Refusal::BadDecisions(e) => match e {
                ReviseError::UnknownProposal { .. } => "decision_unknown_proposal",
                ReviseError::DecidedTwice { .. } => "decision_twice",
                ReviseError::Undecided { .. } => "decision_missing",
                ReviseError::Conflict { .. } => "decision_conflict",
                ReviseError::MoveAfterDeleted { .. } => "decision_move_after_deleted",
                ReviseError::MoveCycle { .. } => "decision_move_cycle",
                ReviseError::EmptyMerge { .. } => "decision_empty_merge",
                ReviseError::CommentDecided { .. } => "decision_on_comment",
            },
        }
    }

    /// The message's arguments: data (numbers, codes, addresses, ids), the same in every
    /// language. Some are keys the page translates: `status` (`reply-status-<status>`),
    /// `action` (`refusal-action-<action>`), `field` (`refusal-field-<field>`), `decision`
    /// (`refusal-decision-<decision>`), `recorded` and `kind` (`kind-<kind>`); `holder` is
    /// a selector (`state`, `secretariat`).
    pub fn args(&self) -> Vec<(&'static str, String)> {
        let s = |v: &str| v.to_string();
        match self {
            Refusal::StaleVersion { current, yours } => {
                vec![("current", current.to_string()), ("yours", yours.to_string())]
            }
            Refusal::StepNotAllowed { status, action } => vec![("status", s(status)), ("action", s(action))],
            Refusal::CycleClosed
            | Refusal::NoContactInScope
            | Refusal::MessageNotTaken
            | Refusal::ThreadOpen
            | Refusal::NoOneToReply
            | Refusal::NotTheAuthor => Vec::new(),
            Refusal::UnknownState { code } => vec![("state", code.clone())],
            Refusal::UnknownLanguage { given } | Refusal::InvalidEmail { given } | Refusal::NotADate { given } => {
                vec![("given", given.clone())]
            }
            Refusal::DuplicateAccount { email } | Refusal::UnknownAccount { email } => vec![("email", email.clone())],
            Refusal::RoleOutsideOrg { role, org, state_role } => vec![
                ("role", s(role)),
                ("org", org.clone()),
                ("holder", s(if *state_role { "state" } else { "secretariat" })),
            ],
            Refusal::UnknownCycle { id } => vec![("cycle", id.clone())],
            Refusal::NoReply { state, cycle } => vec![("state", state.clone()), ("cycle", cycle.clone())],
            Refusal::DuplicateCycle { resolution, session, id } => {
                vec![("resolution", resolution.clone()), ("session", session.to_string()), ("cycle", id.clone())]
            }
            Refusal::BadCycle(e) => match e {
                CycleError::Resolution(given) => vec![("given", given.clone())],
                CycleError::Session(given) => vec![("given", given.to_string())],
                CycleError::Date { field, value } => {
                    vec![
                        ("field", s(if field.contains("verbale") { "note_verbale_date" } else { "deadline" })),
                        ("given", value.clone()),
                    ]
                }
                CycleError::DeadlineBeforeNote { deadline, sent } => {
                    vec![("deadline", deadline.clone()), ("sent", sent.clone())]
                }
                CycleError::QuestionCount | CycleError::NoteVerbale => Vec::new(),
                CycleError::Question { label, problem } => vec![("label", label.clone()), ("detail", problem.clone())],
            },
            Refusal::TranslationOfOriginal { state, lang } => vec![("state", state.clone()), ("lang", lang.clone())],
            Refusal::Attachment(e) => match e {
                AttachmentError::Empty { name }
                | AttachmentError::BadName { name }
                | AttachmentError::BadDocx { name, .. } => {
                    vec![("name", name.clone())]
                }
                AttachmentError::TooLarge { name, size, limit } => {
                    vec![("name", name.clone()), ("size", size.to_string()), ("limit", limit.to_string())]
                }
                AttachmentError::WrongType { name, found } => vec![("name", name.clone()), ("found", found.clone())],
                AttachmentError::NameMismatch { name, actual, named, expected } => vec![
                    ("name", name.clone()),
                    ("actual", actual.clone()),
                    ("named", named.clone()),
                    ("expected", expected.clone()),
                ],
                AttachmentError::TooMany { limit } => vec![("limit", limit.to_string())],
            },
            Refusal::Required { field } => vec![("field", s(field))],
            Refusal::OutOfRange { field, min, max, given } => {
                vec![
                    ("field", s(field)),
                    ("min", min.to_string()),
                    ("max", max.to_string()),
                    ("given", given.to_string()),
                ]
            }
            Refusal::NotANumber { field, given }
            | Refusal::NotATime { field, given }
            | Refusal::TimePassed { field, given } => {
                vec![("field", s(field)), ("given", given.clone())]
            }
            Refusal::NotOneOf { field, allowed, given } => {
                vec![("field", s(field)), ("allowed", s(allowed)), ("given", given.clone())]
            }
            Refusal::Invalid { field, detail } => vec![("name", field.clone()), ("detail", detail.clone())],
            Refusal::UnknownContact { state, id } => vec![("state", state.clone()), ("id", id.clone())],
            Refusal::UnknownChange { id } | Refusal::ContactUnlisted { id } => vec![("id", id.clone())],
            Refusal::AlreadyDecided { id, status } => vec![("id", id.clone()), ("decision", status.clone())],
            Refusal::WriteToSelf { state } | Refusal::NoListedContact { state } | Refusal::NotARecipient { state } => {
                vec![("state", state.clone())]
            }
            Refusal::NotAPersonOfContact { email, states } => {
                vec![("email", email.clone()), ("states", states.clone())]
            }
            Refusal::MarkingTooLow { replied, reply } => vec![("replied", replied.clone()), ("reply", reply.clone())],
            Refusal::KindMismatch { symbol, recorded, kind } => {
                vec![("symbol", symbol.clone()), ("recorded", recorded.clone()), ("kind", kind.clone())]
            }
            Refusal::TooManyParagraphs { symbol, lang, count, max } => vec![
                ("symbol", symbol.clone()),
                ("lang", lang.clone()),
                ("count", count.to_string()),
                ("max", max.to_string()),
            ],
            Refusal::NoSymbol { source_name } => vec![("source", source_name.clone())],
            Refusal::BackupOlderThanTarget { target, backup } => {
                vec![("target", target.to_string()), ("backup", backup.to_string())]
            }
            Refusal::TargetNotEmpty { table, count } => vec![("table", table.clone()), ("count", count.to_string())],
            Refusal::UnknownNegotiation { id } | Refusal::UnknownProposal { id } => vec![("id", id.clone())],
            Refusal::NegotiationNameTaken { name } => vec![("name", name.clone())],
            Refusal::NegotiationClosed
            | Refusal::UnderSilence
            | Refusal::OwnProposal
            | Refusal::NotTheChair
            | Refusal::ZeroDraftInUse
            | Refusal::TextReplaced
            | Refusal::NotAdoptedYet
            | Refusal::IssueBeforeAdoption
            | Refusal::StakeholdersNotAdmitted
            | Refusal::NotAStakeholder => Vec::new(),
            Refusal::StateUserNotStakeholder { email } => vec![("email", email.clone())],
            Refusal::InputTooLong { max } => vec![("max", max.to_string())],
            Refusal::SymbolInRecord { symbol } | Refusal::IssuedAlready { symbol } => vec![("symbol", symbol.clone())],
            Refusal::NotASymbol { given } => vec![("given", given.clone())],
            Refusal::ProposalsClosed { deadline } | Refusal::SilenceEnded { deadline } => {
                vec![("deadline", deadline.clone())]
            }
            Refusal::NotInRevision { revision } => vec![("revision", revision.to_string())],
            Refusal::SilenceBrokenAlready { state } => vec![("state", state.clone())],
            Refusal::BadProposal(e) => match e {
                ProposalError::NoText
                | ProposalError::SameText
                | ProposalError::MoveOntoItself
                | ProposalError::Withdrawn
                | ProposalError::BadGroup
                | ProposalError::OwnProposal { .. } => Vec::new(),
                ProposalError::NoSuchParagraph { place } => vec![("place", place.clone())],
                ProposalError::Justification { max } => vec![("max", max.to_string())],
                ProposalError::SponsorTwice { state } => vec![("state", state.clone())],
            },
            Refusal::BadDecisions(e) => match e {
                ReviseError::UnknownProposal { proposal }
                | ReviseError::DecidedTwice { proposal }
                | ReviseError::EmptyMerge { proposal }
                | ReviseError::CommentDecided { proposal } => vec![("proposal", proposal.clone())],
                ReviseError::Undecided { proposals } => {
                    vec![("count", proposals.len().to_string()), ("proposals", proposals.join(", "))]
                }
                ReviseError::Conflict { place, first, second } => {
                    vec![("place", place.clone()), ("first", first.clone()), ("second", second.clone())]
                }
                ReviseError::MoveAfterDeleted { proposal, after } => {
                    vec![("proposal", proposal.clone()), ("place", after.clone())]
                }
                ReviseError::MoveCycle { proposals } => vec![("proposals", proposals.clone())],
            },
        }
    }

    /// One of each kind (every code once), for tests that render every refusal.
    pub fn samples() -> Vec<Refusal> {
        let s = |v: &str| v.to_string();
        vec![
            Refusal::StaleVersion { current: 4, yours: 3 },
            Refusal::StepNotAllowed { status: "submitted", action: "save" },
            Refusal::CycleClosed,
            Refusal::UnknownState { code: s("XYZ") },
            Refusal::UnknownLanguage { given: s("de") },
            Refusal::DuplicateAccount { email: s("a@example.org") },
            Refusal::UnknownAccount { email: s("b@example.org") },
            Refusal::InvalidEmail { given: s("c.example.org") },
            Refusal::RoleOutsideOrg { role: "focal_point", org: s("SECRETARIAT"), state_role: true },
            Refusal::UnknownCycle { id: s("2026") },
            Refusal::NoReply { state: s("FRA"), cycle: s("2026") },
            Refusal::DuplicateCycle { resolution: s("A/RES/76/19"), session: 81, id: s("2026") },
            Refusal::BadCycle(CycleError::Resolution(s("76/19"))),
            Refusal::BadCycle(CycleError::Session(900)),
            Refusal::BadCycle(CycleError::Date { field: "note verbale date", value: s("31/12") }),
            Refusal::BadCycle(CycleError::DeadlineBeforeNote { deadline: s("2026-01-01"), sent: s("2026-02-01") }),
            Refusal::BadCycle(CycleError::QuestionCount),
            Refusal::BadCycle(CycleError::Question { label: s("(a)"), problem: s("a problem") }),
            Refusal::BadCycle(CycleError::NoteVerbale),
            Refusal::TranslationOfOriginal { state: s("CHN"), lang: s("zh") },
            Refusal::Attachment(AttachmentError::Empty { name: s("a.pdf") }),
            Refusal::Attachment(AttachmentError::TooLarge { name: s("b.pdf"), size: 11_000_000, limit: 10_485_760 }),
            Refusal::Attachment(AttachmentError::WrongType { name: s("c.png"), found: s("PNG") }),
            Refusal::Attachment(AttachmentError::NameMismatch {
                name: s("d.pdf"),
                actual: s("DOCX"),
                named: s("pdf"),
                expected: s("docx"),
            }),
            Refusal::Attachment(AttachmentError::BadDocx { name: s("e.docx"), reason: s("no body") }),
            Refusal::Attachment(AttachmentError::BadName { name: s("../f") }),
            Refusal::Attachment(AttachmentError::TooMany { limit: 10 }),
            Refusal::Required { field: "round_title" },
            Refusal::OutOfRange { field: "round_hours", min: 1, max: 720, given: 900 },
            Refusal::NotANumber { field: "repeat_days", given: s("seven") },
            Refusal::NotOneOf { field: "translation_status", allowed: "official, pending", given: s("final") },
            Refusal::NotADate { given: s("tomorrow") },
            Refusal::NotATime { field: "deadline", given: s("noon") },
            Refusal::TimePassed { field: "start", given: s("2020-01-01T00:00:00Z") },
            Refusal::Invalid { field: s("email"), detail: s("a detail") },
            Refusal::NoContactInScope,
            Refusal::UnknownContact { state: s("FRA"), id: s("c-1") },
            Refusal::UnknownChange { id: s("ch-1") },
            Refusal::AlreadyDecided { id: s("ch-2"), status: s("verified") },
            Refusal::ContactUnlisted { id: s("c-2") },
            Refusal::MessageNotTaken,
            Refusal::WriteToSelf { state: s("KEN") },
            Refusal::ThreadOpen,
            Refusal::NoOneToReply,
            Refusal::NotAPersonOfContact { email: s("d@example.org"), states: s("FRA, KEN") },
            Refusal::NoListedContact { state: s("BRA") },
            Refusal::NotARecipient { state: s("IND") },
            Refusal::NotTheAuthor,
            Refusal::MarkingTooLow { replied: s("TLP:AMBER"), reply: s("TLP:CLEAR") },
            Refusal::KindMismatch { symbol: s("A/RES/76/19"), recorded: s("resolution"), kind: s("draft_resolution") },
            Refusal::TooManyParagraphs { symbol: s("A/80/1"), lang: s("en"), count: 20_001, max: 20_000 },
            Refusal::NoSymbol { source_name: s("draft.txt") },
            Refusal::BackupOlderThanTarget { target: 9, backup: 7 },
            Refusal::TargetNotEmpty { table: s("documents"), count: 3 },
            Refusal::UnknownNegotiation { id: s("gm-2026") },
            Refusal::NegotiationNameTaken { name: s("gm-2026-apr") },
            Refusal::NegotiationClosed,
            Refusal::UnderSilence,
            Refusal::ProposalsClosed { deadline: s("2026-03-14T22:00:00Z") },
            Refusal::NotInRevision { revision: 2 },
            Refusal::OwnProposal,
            Refusal::SilenceBrokenAlready { state: s("IRN") },
            Refusal::SilenceEnded { deadline: s("2026-03-20T22:00:00Z") },
            Refusal::NotTheChair,
            Refusal::UnknownProposal { id: s("0193") },
            Refusal::NotAdoptedYet,
            Refusal::SymbolInRecord { symbol: s("A/AC.292/2026/CRP.1") },
            Refusal::IssuedAlready { symbol: s("A/AC.292/2026/CRP.2") },
            Refusal::IssueBeforeAdoption,
            Refusal::NotASymbol { given: s("CRP 1") },
            Refusal::StakeholdersNotAdmitted,
            Refusal::StateUserNotStakeholder { email: s("delegate@example.org") },
            Refusal::NotAStakeholder,
            Refusal::InputTooLong { max: 4_000 },
            Refusal::BadProposal(ProposalError::NoSuchParagraph { place: s("p9") }),
            Refusal::BadProposal(ProposalError::NoText),
            Refusal::BadProposal(ProposalError::SameText),
            Refusal::BadProposal(ProposalError::MoveOntoItself),
            Refusal::BadProposal(ProposalError::Justification { max: 4_000 }),
            Refusal::BadProposal(ProposalError::Withdrawn),
            Refusal::BadProposal(ProposalError::SponsorTwice { state: s("MEX") }),
            Refusal::BadProposal(ProposalError::BadGroup),
            Refusal::BadDecisions(ReviseError::UnknownProposal { proposal: s("0194") }),
            Refusal::BadDecisions(ReviseError::DecidedTwice { proposal: s("0195") }),
            Refusal::BadDecisions(ReviseError::Undecided { proposals: vec![s("0196"), s("0197")] }),
            Refusal::BadDecisions(ReviseError::Conflict { place: s("p4"), first: s("0198"), second: s("0199") }),
            Refusal::BadDecisions(ReviseError::MoveAfterDeleted { proposal: s("019a"), after: s("p5") }),
            Refusal::BadDecisions(ReviseError::MoveCycle { proposals: s("019b, 019c") }),
            Refusal::BadDecisions(ReviseError::EmptyMerge { proposal: s("019d") }),
            Refusal::BadDecisions(ReviseError::CommentDecided { proposal: s("019e") }),
        ]
    }
}

impl From<CycleError> for Refusal {
    fn from(e: CycleError) -> Refusal {
        Refusal::BadCycle(e)
    }
}

impl From<AttachmentError> for Refusal {
    fn from(e: AttachmentError) -> Refusal {
        Refusal::Attachment(e)
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
    fn the_samples_hold_every_code_once_and_every_field_is_worded() {
        let samples = Refusal::samples();
        let mut codes: Vec<&str> = samples.iter().map(Refusal::code).collect();
        let n = codes.len();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), n, "a code is shared by two kinds of refusal");
        for field in Refusal::FIELDS {
            assert_ne!(field_words(field), "a value", "{field} has no English words");
        }
        let step = Refusal::from(comity_reporting::WorkflowError::NotNow {
            from: comity_reporting::Status::Published,
            action: comity_reporting::Action::Withdraw,
        });
        assert_eq!(step.to_string(), "a published reply cannot be withdrawn");
        assert_eq!(
            Refusal::OutOfRange { field: "round_hours", min: 1, max: 720, given: 900 }.to_string(),
            "a round's length in hours must be 1 to 720, not 900"
        );
    }
}
