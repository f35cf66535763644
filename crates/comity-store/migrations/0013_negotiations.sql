-- Negotiations of outcome texts (comity_negotiation): the negotiation, its revisions, the
-- proposals and positions on them, the Chair's decisions, silence procedures, explanations.

-- A negotiation of an outcome text: its Chair and support staff (negotiation_members), who may
-- read its drafts besides States (readers), the language it is negotiated in, where it stands.
CREATE TABLE negotiations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    process TEXT NOT NULL,
    lang TEXT NOT NULL CHECK (lang IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    readers TEXT NOT NULL CHECK (readers IN ('states', 'stakeholders', 'public')),
    stage TEXT NOT NULL CHECK (stage IN ('open', 'silence', 'adopted', 'closed')),
    current_revision BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    adopted_at TEXT,
    adopted_how TEXT CHECK (adopted_how IN ('consensus', 'silence')),
    symbol TEXT
);

CREATE TABLE negotiation_members (
    negotiation_id TEXT NOT NULL REFERENCES negotiations (id) ON DELETE CASCADE,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    role TEXT NOT NULL CHECK (role IN ('chair', 'support')),
    PRIMARY KEY (negotiation_id, account_id)
);

-- Each revision's text (comity_negotiation::text::Text as JSON): places, kinds, words, and the
-- proposals each paragraph came from. Proposals are taken until `deadline`, or, once the Chair
-- reopens, until `reopened_until` (those are marked late).
CREATE TABLE negotiation_revisions (
    negotiation_id TEXT NOT NULL REFERENCES negotiations (id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    text TEXT NOT NULL,
    deadline TEXT,
    reopened_until TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT,
    PRIMARY KEY (negotiation_id, number)
);

CREATE TABLE negotiation_proposals (
    id TEXT PRIMARY KEY,
    negotiation_id TEXT NOT NULL,
    revision BIGINT NOT NULL,
    place TEXT NOT NULL,
    change TEXT NOT NULL,
    justification TEXT NOT NULL,
    proposer TEXT NOT NULL,
    co_sponsors TEXT NOT NULL,
    filed_by_state TEXT NOT NULL,
    filed_by_account TEXT,
    filed_at TEXT NOT NULL,
    late BIGINT NOT NULL DEFAULT 0,
    withdrawn_at TEXT,
    FOREIGN KEY (negotiation_id, revision) REFERENCES negotiation_revisions (negotiation_id, number)
);

CREATE INDEX negotiation_proposals_revision ON negotiation_proposals (negotiation_id, revision, place);

-- One position per State on a proposal (taken again, it replaces the earlier one).
CREATE TABLE negotiation_positions (
    proposal_id TEXT NOT NULL REFERENCES negotiation_proposals (id),
    state TEXT NOT NULL,
    stance TEXT NOT NULL CHECK (stance IN ('support', 'oppose', 'can_live_with', 'reserve')),
    statement TEXT,
    account_id TEXT,
    at TEXT NOT NULL,
    PRIMARY KEY (proposal_id, state)
);

-- The Chair's decision on each proposal, written when the next revision is built from them.
CREATE TABLE negotiation_decisions (
    proposal_id TEXT PRIMARY KEY REFERENCES negotiation_proposals (id),
    outcome TEXT NOT NULL CHECK (outcome IN ('accept', 'merge', 'set_aside')),
    merged_text TEXT,
    reason TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    decided_by TEXT
);

-- A revision under silence until `deadline`; `outcome` is set once, by whichever node settles
-- it first ('kept' adopts the text; 'broken' when a State broke it).
CREATE TABLE negotiation_silences (
    negotiation_id TEXT NOT NULL,
    revision BIGINT NOT NULL,
    deadline TEXT NOT NULL,
    started_at TEXT NOT NULL,
    outcome TEXT CHECK (outcome IN ('kept', 'broken')),
    settled_at TEXT,
    PRIMARY KEY (negotiation_id, revision),
    FOREIGN KEY (negotiation_id, revision) REFERENCES negotiation_revisions (negotiation_id, number)
);

CREATE INDEX negotiation_silences_due ON negotiation_silences (outcome, deadline);

CREATE TABLE negotiation_silence_breaks (
    negotiation_id TEXT NOT NULL,
    revision BIGINT NOT NULL,
    state TEXT NOT NULL,
    reason TEXT NOT NULL,
    account_id TEXT,
    at TEXT NOT NULL,
    PRIMARY KEY (negotiation_id, revision, state),
    FOREIGN KEY (negotiation_id, revision) REFERENCES negotiation_silences (negotiation_id, revision)
);

-- After adoption: a State's disassociation from named paragraphs (places, JSON) and its
-- explanation of position, one per State.
CREATE TABLE negotiation_explanations (
    negotiation_id TEXT NOT NULL REFERENCES negotiations (id),
    state TEXT NOT NULL,
    disassociates TEXT NOT NULL,
    explanation TEXT NOT NULL,
    account_id TEXT,
    at TEXT NOT NULL,
    PRIMARY KEY (negotiation_id, state)
);
