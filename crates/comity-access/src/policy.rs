//! The one permission policy: which role may do what, for which organisation. Every route and
//! every command that changes data names a [`Permission`]; [`decide`] is the only place that
//! answers. A State's user asking about another State's resource gets [`Decision::NotFound`],
//! so that the existence of the resource does not leak.

use serde::{Deserialize, Serialize};

/// An organisation a person acts for.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "iso3")]
pub enum OrgRef {
    /// A Member State or observer State's delegation, by ISO 3166-1 alpha-3 code.
    State(String),
    Secretariat,
}

impl OrgRef {
    /// `SECRETARIAT` or the State's ISO3 code, as the CLI and the database write it.
    pub fn code(&self) -> &str {
        match self {
            OrgRef::State(iso3) => iso3,
            OrgRef::Secretariat => "SECRETARIAT",
        }
    }

    pub fn from_code(code: &str) -> OrgRef {
        if code.eq_ignore_ascii_case("secretariat") {
            OrgRef::Secretariat
        } else {
            OrgRef::State(code.to_ascii_uppercase())
        }
    }
}

/// A role held within an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A State's authorised official: invites and removes the State's users, nominates Points
    /// of Contact.
    FocalPoint,
    /// Prepares the State's submissions.
    Drafter,
    /// Releases submissions on behalf of the State.
    Approver,
    PocDiplomatic,
    PocTechnical,
    /// Secretariat: accounts, organisations, the whole audit trail.
    Admin,
    /// Secretariat: compiles the Secretary-General's report.
    ReportEditor,
    /// Secretariat: keeps the Points of Contact directory.
    DirectoryManager,
    /// Negotiates outcome texts for the State: proposals, positions, breaking silence.
    Negotiator,
}

impl Role {
    pub const ALL: [Role; 9] = [
        Role::FocalPoint,
        Role::Drafter,
        Role::Approver,
        Role::PocDiplomatic,
        Role::PocTechnical,
        Role::Admin,
        Role::ReportEditor,
        Role::DirectoryManager,
        Role::Negotiator,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::FocalPoint => "focal_point",
            Role::Drafter => "drafter",
            Role::Approver => "approver",
            Role::PocDiplomatic => "poc_diplomatic",
            Role::PocTechnical => "poc_technical",
            Role::Admin => "admin",
            Role::ReportEditor => "report_editor",
            Role::DirectoryManager => "directory_manager",
            Role::Negotiator => "negotiator",
        }
    }

    /// Whether the role is held in a State (else in the Secretariat).
    pub fn is_state_role(self) -> bool {
        matches!(
            self,
            Role::FocalPoint
                | Role::Drafter
                | Role::Approver
                | Role::PocDiplomatic
                | Role::PocTechnical
                | Role::Negotiator
        )
    }

    /// Whether this role can be held in this organisation.
    pub fn fits(self, org: &OrgRef) -> bool {
        self.is_state_role() == matches!(org, OrgRef::State(_))
    }
}

impl std::str::FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Role, String> {
        Role::ALL.into_iter().find(|r| r.as_str() == s).ok_or_else(|| {
            format!(
                "{s:?} is not a role; State roles: focal_point, drafter, approver, poc_diplomatic, poc_technical, negotiator; Secretariat roles: admin, report_editor, directory_manager"
            )
        })
    }
}

/// What a request or command does. Each names the organisation it acts on through [`Target`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Permission {
    /// Read what is public: States, framework, the record of documents, search.
    ReadPublic,
    /// Create accounts, invite a State's focal point, disable accounts anywhere.
    ManageAccounts,
    /// Invite and remove the users of one's own State, and change their roles.
    ManageStateUsers,
    /// Read the users of an organisation.
    ListUsers,
    /// Prepare one's State's submission (views and assessments).
    DraftSubmission,
    /// Release one's State's submission to the Secretariat.
    ApproveSubmission,
    /// Read one's State's submissions, released or not.
    ReadStateSubmissions,
    /// Read and compile every released submission into the report.
    EditReport,
    /// Nominate one's State's Points of Contact.
    NominatePoc,
    /// Read the Points of Contact directory (never public).
    ReadDirectory,
    /// Keep the directory: run communication checks, correct entries.
    ManageDirectory,
    /// Write to and read from other States through the directory (requests, notifications,
    /// replies; the TAXII channel), for one's own State, under each message's TLP marking.
    ExchangeMessages,
    /// Read the audit trail of an organisation (the Secretariat reads all of it).
    ReadAudit,
    /// Add to the record of documents: fetch language versions from the Official Document
    /// System.
    KeepRecord,
    /// Create API tokens for oneself, end one's sessions.
    ManageOwnTokens,
    /// Read one's own account (every signed-in account; every API token carries it).
    ReadOwnAccount,
    /// Negotiate for one's State: file proposals, take positions, break silence.
    Negotiate,
    /// Read the negotiating texts States may read (each negotiation says who else may).
    ReadNegotiations,
    /// Open negotiations, name their Chairs, adopt their texts into the record.
    ManageNegotiations,
}

impl Permission {
    pub const ALL: [Permission; 19] = [
        Permission::ReadPublic,
        Permission::ManageAccounts,
        Permission::ManageStateUsers,
        Permission::ListUsers,
        Permission::DraftSubmission,
        Permission::ApproveSubmission,
        Permission::ReadStateSubmissions,
        Permission::EditReport,
        Permission::NominatePoc,
        Permission::ReadDirectory,
        Permission::ManageDirectory,
        Permission::ExchangeMessages,
        Permission::ReadAudit,
        Permission::KeepRecord,
        Permission::ManageOwnTokens,
        Permission::ReadOwnAccount,
        Permission::Negotiate,
        Permission::ReadNegotiations,
        Permission::ManageNegotiations,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Permission::ReadPublic => "read_public",
            Permission::ManageAccounts => "manage_accounts",
            Permission::ManageStateUsers => "manage_state_users",
            Permission::ListUsers => "list_users",
            Permission::DraftSubmission => "draft_submission",
            Permission::ApproveSubmission => "approve_submission",
            Permission::ReadStateSubmissions => "read_state_submissions",
            Permission::EditReport => "edit_report",
            Permission::NominatePoc => "nominate_poc",
            Permission::ReadDirectory => "read_directory",
            Permission::ManageDirectory => "manage_directory",
            Permission::ExchangeMessages => "exchange_messages",
            Permission::ReadAudit => "read_audit",
            Permission::KeepRecord => "keep_record",
            Permission::ManageOwnTokens => "manage_own_tokens",
            Permission::ReadOwnAccount => "read_own_account",
            Permission::Negotiate => "negotiate",
            Permission::ReadNegotiations => "read_negotiations",
            Permission::ManageNegotiations => "manage_negotiations",
        }
    }
}

/// Whose resource a request touches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Nobody's in particular (public data, one's own account, the whole directory).
    Any,
    /// One organisation's resources.
    Org(OrgRef),
}

/// A role held in an organisation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Membership {
    pub org: OrgRef,
    pub role: Role,
}

/// Who is asking: a signed-in account with its memberships (an API token narrows them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub account_id: String,
    pub memberships: Vec<Membership>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allow,
    /// Signed in (or not) but not allowed: 403 for a signed-in user, sign-in for anonymous.
    Deny,
    /// The resource belongs to another State: answered as if it did not exist (404).
    NotFound,
}

/// Which roles grant a permission, and over what: the role's own organisation only, or any.
/// This table is the policy; `tests/policy.rs` checks it against `data/access/policy.csv`.
fn grants(role: Role, permission: Permission) -> Option<Reach> {
    use Permission::*;
    use Role::*;
    let own = Some(Reach::OwnOrg);
    let any = Some(Reach::AnyOrg);
    match (role, permission) {
        (_, ReadPublic | ManageOwnTokens | ReadOwnAccount) => any,
        (Admin, ManageAccounts | ManageStateUsers | ListUsers | ReadAudit) => any,
        (FocalPoint, ManageStateUsers | ListUsers | NominatePoc | ReadAudit) => own,
        (FocalPoint | Drafter | Approver, ReadStateSubmissions) => own,
        (Drafter, DraftSubmission) => own,
        (Approver, ApproveSubmission) => own,
        // The report editor works from the record of documents, and keeps it.
        (ReportEditor, EditReport | ReadStateSubmissions | KeepRecord) => any,
        (DirectoryManager, ManageDirectory | ReadDirectory) => any,
        (PocDiplomatic | PocTechnical | FocalPoint, ReadDirectory) => any,
        // Any State may be written to; the pages act for the reader's own State and each
        // message's marking decides who reads it (comity_contacts::messages::Audience).
        (PocDiplomatic | PocTechnical | FocalPoint, ExchangeMessages) => any,
        // A negotiation's Chair is named in the negotiation itself (comity-store checks it).
        (Negotiator, Negotiate) => own,
        (Negotiator | FocalPoint, ReadNegotiations) => any,
        (Admin, ManageNegotiations | ReadNegotiations) => any,
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reach {
    OwnOrg,
    AnyOrg,
}

/// The decision for one request: anonymous visitors may only read what is public; a signed-in
/// account may do what one of its roles grants, on its own organisation or, for the roles that
/// reach further, on any.
pub fn decide(principal: Option<&Principal>, permission: Permission, target: &Target) -> Decision {
    if permission == Permission::ReadPublic {
        return Decision::Allow;
    }
    let Some(principal) = principal else { return Decision::Deny };
    // One's own account and tokens are every signed-in account's, with a role or none (a
    // stakeholder accredited to a negotiation holds none).
    if matches!(permission, Permission::ReadOwnAccount | Permission::ManageOwnTokens) {
        return Decision::Allow;
    }
    for m in &principal.memberships {
        match grants(m.role, permission) {
            Some(Reach::AnyOrg) => return Decision::Allow,
            // A grant over one's own organisation needs the target to be that organisation.
            Some(Reach::OwnOrg) if *target == Target::Org(m.org.clone()) => {
                return Decision::Allow;
            }
            _ => {}
        }
    }
    // A State's user is not told that another State's resource exists.
    let secretariat = principal.memberships.iter().any(|m| m.org == OrgRef::Secretariat);
    match target {
        Target::Org(org @ OrgRef::State(_)) if !secretariat && principal.memberships.iter().all(|m| m.org != *org) => {
            Decision::NotFound
        }
        _ => Decision::Deny,
    }
}
