-- Communication checks of the Points of Contact directory, and the outbox every mail leaves
-- from.

-- A round: who is asked to acknowledge, by when.
CREATE TABLE check_rounds (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    started_at TEXT NOT NULL,
    deadline TEXT NOT NULL,
    created_by TEXT
);

-- One contact asked in a round: the hash of its one-time acknowledgement token (the token
-- itself only travels in the mail), and when it answered and how.
CREATE TABLE check_targets (
    round_id TEXT NOT NULL REFERENCES check_rounds (id) ON DELETE CASCADE,
    contact_id TEXT NOT NULL REFERENCES contacts (id),
    state TEXT NOT NULL REFERENCES states (iso3),
    category TEXT NOT NULL CHECK (category IN ('diplomatic', 'technical')),
    email TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    acknowledged_at TEXT,
    via TEXT CHECK (via IN ('link', 'portal', 'api')),
    -- The outbox row that carried the check.
    mail_id TEXT NOT NULL,
    PRIMARY KEY (round_id, contact_id)
);

-- Mail waiting to go, written in the transaction of what it tells. A node takes a message by
-- setting `claimed_until` (a lease) before sending; `sent_at` once the relay took it; failures
-- wait `next_attempt_at` (backing off) with the last error kept; `bounced_at` when the relay
-- refused it for good (never tried again).
CREATE TABLE mail_outbox (
    id TEXT PRIMARY KEY,
    recipient_name TEXT NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    claimed_until TEXT,
    sent_at TEXT,
    bounced_at TEXT,
    last_error TEXT
);
CREATE INDEX mail_outbox_due ON mail_outbox (sent_at, next_attempt_at);

-- When a round reminds the contacts that have not answered (halfway and at nine tenths of its
-- time); `sent_at` is set by the node that sends it, once.
CREATE TABLE check_reminders (
    round_id TEXT NOT NULL REFERENCES check_rounds (id) ON DELETE CASCADE,
    due_at TEXT NOT NULL,
    sent_at TEXT,
    PRIMARY KEY (round_id, due_at)
);
