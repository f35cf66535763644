-- The Points of Contact directory. `contacts` holds each contact as last verified; every
-- nomination, change and removal is first a row of `contact_changes`, pending until the
-- directory manager verifies or rejects it, and stays there as the contact's history.

CREATE TABLE contacts (
    id TEXT PRIMARY KEY,
    state TEXT NOT NULL REFERENCES states (iso3),
    category TEXT NOT NULL CHECK (category IN ('diplomatic', 'technical')),
    -- JSON of the contact's details as verified.
    details TEXT NOT NULL,
    -- 1 while listed, 0 once its removal is verified.
    listed BIGINT NOT NULL,
    verified_at TEXT NOT NULL
);
CREATE INDEX contacts_by_state ON contacts (state, listed);

CREATE TABLE contact_changes (
    id TEXT PRIMARY KEY,
    -- The contact nominated (a new id), changed or removed.
    contact_id TEXT NOT NULL,
    state TEXT NOT NULL REFERENCES states (iso3),
    kind TEXT NOT NULL CHECK (kind IN ('nominate', 'change', 'remove')),
    details TEXT,
    status TEXT NOT NULL CHECK (status IN ('pending', 'verified', 'rejected')),
    requested_by TEXT,
    requested_at TEXT NOT NULL,
    decided_by TEXT,
    decided_at TEXT,
    reason TEXT
);
CREATE INDEX contact_changes_by_status ON contact_changes (status, requested_at);
CREATE INDEX contact_changes_by_contact ON contact_changes (contact_id, requested_at);
