-- What comes with a State's reply: translations into other official languages, each with its
-- status, and attached files (PDF or Word) with their checksum.

-- A translation of a reply into one language: 'official' (issued by the Secretariat's
-- translation services or the State) or 'pending' (in preparation; answers may be empty).
-- `source_version` is the reply version it translates, so a later save shows it as outdated.
CREATE TABLE submission_translations (
    submission_id TEXT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    lang TEXT NOT NULL CHECK (lang IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    status TEXT NOT NULL CHECK (status IN ('official', 'pending')),
    answers TEXT NOT NULL,
    source_version BIGINT NOT NULL,
    updated_by TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (submission_id, lang)
);

-- Files attached to a reply. The content is kept as base64 text so that backups stay
-- engine-neutral JSON lines; type and size are checked before a row is written.
CREATE TABLE submission_attachments (
    id TEXT PRIMARY KEY,
    submission_id TEXT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
    size BIGINT NOT NULL CHECK (size > 0),
    sha256 TEXT NOT NULL,
    content TEXT NOT NULL,
    uploaded_by TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX submission_attachments_by_submission ON submission_attachments (submission_id, created_at);

-- Reminders a cycle sends to States that have not submitted: one row per number of days
-- before the deadline; `sent_at` is set by the node that sends it (set once, so two nodes
-- never both send), 'skipped' when a later reminder was already due.
CREATE TABLE cycle_reminders (
    cycle_id TEXT NOT NULL REFERENCES reporting_cycles (id) ON DELETE CASCADE,
    days_before BIGINT NOT NULL CHECK (days_before > 0),
    sent_at TEXT,
    PRIMARY KEY (cycle_id, days_before)
);
