-- Requests and notifications between States through the directory, and the status of what a
-- CERT posted over TAXII.

-- A message; `thread_id` is the id of the thread's incident (the opening message's own id
-- unless a CERT posted an incident of its own). Times with microseconds, so that text order is
-- time order. The sender's words stay here: mail and the audit trail carry only what kind of
-- message waits, never its subject or text.
CREATE TABLE messages (
    id TEXT PRIMARY KEY,
    thread_id TEXT NOT NULL,
    in_reply_to TEXT REFERENCES messages (id),
    sender_state TEXT NOT NULL REFERENCES states (iso3),
    sender_account TEXT NOT NULL REFERENCES accounts (id),
    kind TEXT NOT NULL CHECK (kind IN ('notification', 'request_information', 'request_assistance', 'reply')),
    subject TEXT NOT NULL,
    sector TEXT,
    window_start TEXT,
    window_end TEXT,
    urgency TEXT NOT NULL CHECK (urgency IN ('low', 'medium', 'high', 'critical')),
    tlp TEXT NOT NULL CHECK (tlp IN ('clear', 'green', 'amber', 'amber+strict', 'red')),
    -- JSON array of framework element ids.
    elements TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    via TEXT NOT NULL CHECK (via IN ('portal', 'taxii'))
);
CREATE INDEX messages_thread ON messages (thread_id, created_at);
CREATE INDEX messages_sender ON messages (sender_state, id);

-- A State a message is addressed to: by when it must acknowledge, how far the message has
-- escalated (0: technical contacts told; 1: diplomatic contacts told; 2: on the directory
-- manager's list), and who acknowledged when.
CREATE TABLE message_recipients (
    message_id TEXT NOT NULL REFERENCES messages (id),
    state TEXT NOT NULL REFERENCES states (iso3),
    deadline TEXT NOT NULL,
    stage BIGINT NOT NULL DEFAULT 0,
    acknowledged_at TEXT,
    acknowledged_by TEXT,
    PRIMARY KEY (message_id, state)
);
CREATE INDEX message_recipients_state ON message_recipients (state, message_id);
CREATE INDEX message_recipients_due ON message_recipients (acknowledged_at, stage, deadline);

-- The persons a TLP:RED message is for: nobody else reads it.
CREATE TABLE message_named (
    message_id TEXT NOT NULL REFERENCES messages (id),
    account_id TEXT NOT NULL REFERENCES accounts (id),
    PRIMARY KEY (message_id, account_id)
);

-- Who has read which message, first: a CERT polling TAXII is audited when it first takes a
-- message, not at every poll.
CREATE TABLE message_reads (
    message_id TEXT NOT NULL REFERENCES messages (id),
    account_id TEXT NOT NULL,
    first_at TEXT NOT NULL,
    PRIMARY KEY (message_id, account_id)
);

-- A TAXII status resource: what became of each object of a posted envelope, readable by the
-- account that posted it.
CREATE TABLE taxii_statuses (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    body TEXT NOT NULL
);

-- Which node holds a mail's lease: a node that restarts takes back at once what it held when
-- it stopped (nothing of it is in flight any more), instead of waiting out the lease.
ALTER TABLE mail_outbox ADD COLUMN claimed_by TEXT;

-- Communication checks to start later, once or every so many days: the round starts at
-- `next_at` (taken once across nodes, in the round's own transaction), its deadline
-- `window_seconds` later; `scope` is JSON ({"states": [...], "category": ...}).
CREATE TABLE check_schedules (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    scope TEXT NOT NULL,
    next_at TEXT NOT NULL,
    window_seconds BIGINT NOT NULL,
    every_days BIGINT,
    active BIGINT NOT NULL DEFAULT 1,
    created_by TEXT,
    created_at TEXT NOT NULL
);

-- Files a message's author attaches (PDF or Word, checked by content like a reply's), read
-- by whoever may read the message; the bytes as base64.
CREATE TABLE message_attachments (
    id TEXT PRIMARY KEY,
    message_id TEXT NOT NULL REFERENCES messages (id),
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    content TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX message_attachments_message ON message_attachments (message_id, created_at);
