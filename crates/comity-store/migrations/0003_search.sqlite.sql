-- Full-text search over every paragraph. The terms are produced by Comity's own analysis
-- (comity-search), the same for both engines, so FTS5 only has to split them on spaces.
-- Each row's rowid is its paragraph's order_key, so results come out of the index in order.
-- Derived data: not in backups, rebuilt after a restore.
CREATE VIRTUAL TABLE paragraph_search USING fts5(
    terms,
    symbol UNINDEXED,
    lang UNINDEXED,
    place UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 0'
);
