-- Identity and the audit trail: accounts, the roles they hold in organisations (a State by its
-- ISO3 code, or SECRETARIAT), and the append-only, hash-chained audit entries with their
-- signed checkpoints (see comity-access::audit).

CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    -- Lower-cased; one account per address.
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    lang TEXT NOT NULL CHECK (lang IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    -- Argon2id PHC string; none until the invitation is accepted.
    password_hash TEXT,
    -- TOTP secret (hex) and the last time step used, so a code is never accepted twice.
    totp_secret TEXT,
    totp_last_step BIGINT,
    disabled_at TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE memberships (
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    org TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('focal_point', 'drafter', 'approver', 'poc_diplomatic', 'poc_technical', 'admin', 'report_editor', 'directory_manager')),
    granted_at TEXT NOT NULL,
    PRIMARY KEY (account_id, org, role)
);

CREATE INDEX memberships_org ON memberships (org);

CREATE TABLE audit_entries (
    seq BIGINT PRIMARY KEY,
    at TEXT NOT NULL,
    actor_account TEXT,
    actor_org TEXT,
    actor_role TEXT,
    action TEXT NOT NULL,
    object TEXT NOT NULL,
    org TEXT,
    details TEXT NOT NULL,
    address TEXT,
    user_agent TEXT,
    request_id TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

CREATE INDEX audit_entries_org ON audit_entries (org, seq);

CREATE TABLE audit_checkpoints (
    seq BIGINT PRIMARY KEY,
    hash TEXT NOT NULL,
    at TEXT NOT NULL,
    public_key TEXT NOT NULL,
    signature TEXT NOT NULL
);
