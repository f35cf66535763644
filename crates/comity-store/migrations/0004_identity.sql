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

-- Times compared in queries are Unix milliseconds.

-- Server-side sessions: any app node can serve any request. Only the SHA-256 of the cookie's
-- token is stored. A session is complete once its second factor was given.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    second_factor_done BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked_at TEXT,
    address TEXT,
    user_agent TEXT,
    -- A passkey ceremony in progress (WebAuthn challenge state), between its two requests.
    webauthn_state TEXT
);

CREATE INDEX sessions_account ON sessions (account_id);

-- Sign-in attempts, per account and per address, so throttling holds across app nodes.
CREATE TABLE sign_in_attempts (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    address TEXT NOT NULL,
    succeeded BIGINT NOT NULL,
    at BIGINT NOT NULL
);

CREATE INDEX sign_in_attempts_email ON sign_in_attempts (email, at);
CREATE INDEX sign_in_attempts_address ON sign_in_attempts (address, at);

-- API tokens: created by a user for themselves, scoped to some of their permissions, shown
-- once; only the SHA-256 is stored.
CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    -- Space-separated permission names.
    scopes TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked_at TEXT,
    last_used_at BIGINT
);

-- One-time recovery codes for a lost second factor; only their SHA-256 is stored.
CREATE TABLE recovery_codes (
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at TEXT,
    PRIMARY KEY (account_id, code_hash)
);

-- Single-use links sent by email: an invitation to set one's first password, or a password
-- reset. Only the SHA-256 of the link's secret is stored.
CREATE TABLE account_links (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('invitation', 'reset')),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);

CREATE INDEX account_links_account ON account_links (account_id, purpose);

-- WebAuthn passkeys, a second factor besides TOTP: the credential as webauthn-rs keeps it
-- (public key, counter), never a secret.
CREATE TABLE passkeys (
    credential_id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    passkey TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT
);

CREATE INDEX passkeys_account ON passkeys (account_id);
