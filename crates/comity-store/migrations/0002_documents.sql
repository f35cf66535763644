-- The record of the agenda item: documents, their language versions, paragraphs aligned by
-- place across languages, sponsors and citations.

CREATE TABLE documents (
    symbol TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('resolution', 'draft_resolution', 'decision', 'draft_decision', 'report', 'other')),
    session BIGINT,
    committee TEXT,
    adopted_on TEXT,
    plenary_meeting BIGINT,
    -- Order of first ingestion; with the session it orders search results (see order_key).
    seq BIGINT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE document_versions (
    symbol TEXT NOT NULL REFERENCES documents (symbol) ON DELETE CASCADE,
    lang TEXT NOT NULL CHECK (lang IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    title TEXT,
    issued_on TEXT,
    source_name TEXT NOT NULL,
    source_digest TEXT NOT NULL,
    structure TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    PRIMARY KEY (symbol, lang)
);

-- The agenda item's number changes from session to session; its title (per language) is what
-- ties the documents of one item together across sessions.
CREATE TABLE document_agenda_items (
    symbol TEXT NOT NULL,
    lang TEXT NOT NULL,
    number TEXT NOT NULL,
    title TEXT,
    PRIMARY KEY (symbol, lang, number),
    FOREIGN KEY (symbol, lang) REFERENCES document_versions (symbol, lang) ON DELETE CASCADE
);

CREATE TABLE document_paragraphs (
    symbol TEXT NOT NULL,
    lang TEXT NOT NULL,
    place TEXT NOT NULL,
    position BIGINT NOT NULL,
    verb_key TEXT,
    text TEXT NOT NULL,
    -- Newest session first, then document, language and position, packed into one integer:
    -- the order search results come in, served by the index on both engines.
    order_key BIGINT NOT NULL UNIQUE,
    PRIMARY KEY (symbol, lang, place),
    FOREIGN KEY (symbol, lang) REFERENCES document_versions (symbol, lang) ON DELETE CASCADE
);

CREATE TABLE document_sponsors (
    symbol TEXT NOT NULL REFERENCES documents (symbol) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    name TEXT NOT NULL,
    iso3 TEXT REFERENCES states (iso3),
    PRIMARY KEY (symbol, position)
);

CREATE TABLE document_citations (
    symbol TEXT NOT NULL,
    lang TEXT NOT NULL,
    position BIGINT NOT NULL,
    place TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('resolution', 'decision', 'document')),
    cited TEXT NOT NULL,
    part TEXT,
    cited_on TEXT,
    target TEXT,
    PRIMARY KEY (symbol, lang, position),
    FOREIGN KEY (symbol, lang) REFERENCES document_versions (symbol, lang) ON DELETE CASCADE
);

CREATE INDEX document_citations_target ON document_citations (target);
