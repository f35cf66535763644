-- The backups a running server takes on its own (settings backup_every): one row per period
-- (`slot`, the period's start), inserted by the node that takes it, so that several nodes back
-- up once a period. The claim is a lease (`claimed_until`): a node that stops mid-backup lets
-- another take the period over. `outcome` stays empty until the file is written and read back.
CREATE TABLE scheduled_backups (
    slot TEXT PRIMARY KEY,
    claimed_by TEXT NOT NULL,
    claimed_until TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    outcome TEXT CHECK (outcome IN ('verified', 'failed')),
    file TEXT,
    rows_written BIGINT,
    sha256 TEXT,
    detail TEXT
);

CREATE INDEX scheduled_backups_finished ON scheduled_backups (outcome, finished_at);
