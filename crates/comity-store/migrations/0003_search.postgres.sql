-- Full-text search over every paragraph. The terms are produced by Comity's own analysis
-- (comity-search), the same for both engines; the tsvector is built from them as they are
-- (no PostgreSQL parser or dictionary in between), so both engines match the same lexemes.
-- Derived data: not in backups, rebuilt after a restore.
CREATE TABLE paragraph_search (
    symbol TEXT NOT NULL,
    lang TEXT NOT NULL,
    place TEXT NOT NULL,
    order_key BIGINT NOT NULL UNIQUE,
    terms TEXT NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (array_to_tsvector(string_to_array(terms, ' '))) STORED,
    PRIMARY KEY (symbol, lang, place)
);

CREATE INDEX paragraph_search_tsv ON paragraph_search USING GIN (tsv);
