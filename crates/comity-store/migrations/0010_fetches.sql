-- Documents fetched from the UN's Official Document System at the Secretariat's request in the
-- portal: a fetch is a list of (symbol, language) items that one server node at a time works
-- through in the background, under a lease (`claimed_until`), so that another node takes it
-- over if that node stops; `finished_at` once every item has its outcome.
CREATE TABLE document_fetches (
    id TEXT PRIMARY KEY,
    requested_by TEXT,
    requested_at TEXT NOT NULL,
    finished_at TEXT,
    claimed_by TEXT,
    claimed_until TEXT
);

-- One language version to fetch, in the order asked; `outcome` is empty while it waits. A
-- refusal keeps its kind (`reason_code`, translated on the page) and the English detail.
CREATE TABLE document_fetch_items (
    fetch_id TEXT NOT NULL REFERENCES document_fetches (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    symbol TEXT NOT NULL,
    lang TEXT NOT NULL CHECK (lang IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    outcome TEXT CHECK (outcome IN ('stored', 'updated', 'unchanged', 'refused')),
    reason_code TEXT,
    reason TEXT,
    warnings BIGINT NOT NULL DEFAULT 0,
    done_at TEXT,
    PRIMARY KEY (fetch_id, position)
);

CREATE INDEX document_fetches_open ON document_fetches (finished_at, requested_at);
