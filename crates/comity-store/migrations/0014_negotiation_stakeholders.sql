-- Stakeholders (businesses, NGOs, academia) the Secretariat accredits to a negotiation that
-- admits them, and their written inputs on its paragraphs: kept apart from States' proposals
-- and positions, never counted as either (a voice, not a vote). Additive: a node of the
-- previous release keeps serving the tables it knows.
CREATE TABLE negotiation_stakeholders (
    negotiation_id TEXT NOT NULL REFERENCES negotiations (id) ON DELETE CASCADE,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    organisation TEXT NOT NULL,
    accredited_at TEXT NOT NULL,
    PRIMARY KEY (negotiation_id, account_id)
);

CREATE TABLE negotiation_inputs (
    id TEXT PRIMARY KEY,
    negotiation_id TEXT NOT NULL REFERENCES negotiations (id) ON DELETE CASCADE,
    revision BIGINT NOT NULL,
    place TEXT NOT NULL,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    organisation TEXT NOT NULL,
    text TEXT NOT NULL,
    filed_at TEXT NOT NULL,
    FOREIGN KEY (negotiation_id, revision) REFERENCES negotiation_revisions (negotiation_id, number)
);
CREATE INDEX negotiation_inputs_revision ON negotiation_inputs (negotiation_id, revision);
