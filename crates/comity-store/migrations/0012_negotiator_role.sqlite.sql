-- The State role that negotiates outcome texts. SQLite cannot change a CHECK constraint in
-- place: memberships is copied into a table that also takes 'negotiator'
-- (nothing refers to memberships, so the copy is complete; an older node never writes the
-- new role).
CREATE TABLE memberships_next (
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    org TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('focal_point', 'drafter', 'approver', 'poc_diplomatic', 'poc_technical', 'admin', 'report_editor', 'directory_manager', 'negotiator')),
    granted_at TEXT NOT NULL,
    PRIMARY KEY (account_id, org, role)
);
INSERT INTO memberships_next (account_id, org, role, granted_at) SELECT account_id, org, role, granted_at FROM memberships;
DROP TABLE memberships;
ALTER TABLE memberships_next RENAME TO memberships;
CREATE INDEX memberships_org ON memberships (org);
