-- Reference data: Member and observer States and the normative framework.
-- Synchronised from the release's data files (or a deployment's own copy) by `comity db migrate`.

CREATE TABLE reference_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE states (
    iso3 TEXT PRIMARY KEY CHECK (length(iso3) = 3),
    iso2 TEXT NOT NULL UNIQUE CHECK (length(iso2) = 2),
    m49 TEXT NOT NULL UNIQUE CHECK (length(m49) = 3),
    status TEXT NOT NULL CHECK (status IN ('member', 'observer')),
    admitted_on TEXT,
    observer_since TEXT,
    un_order BIGINT NOT NULL
);

CREATE TABLE state_names (
    iso3 TEXT NOT NULL REFERENCES states (iso3) ON DELETE CASCADE,
    lang TEXT NOT NULL CHECK (lang IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    short_name TEXT NOT NULL,
    formal_name TEXT NOT NULL,
    PRIMARY KEY (iso3, lang)
);

CREATE TABLE state_aliases (
    iso3 TEXT NOT NULL REFERENCES states (iso3) ON DELETE CASCADE,
    lang TEXT NOT NULL CHECK (lang IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    name TEXT NOT NULL,
    note TEXT NOT NULL,
    PRIMARY KEY (iso3, lang, name)
);

CREATE TABLE framework_elements (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('pillar', 'norm', 'capacity_building_principle')),
    parent_id TEXT REFERENCES framework_elements (id),
    letter TEXT,
    group_key TEXT,
    position BIGINT NOT NULL,
    display_order BIGINT NOT NULL
);

CREATE TABLE framework_titles (
    element_id TEXT NOT NULL REFERENCES framework_elements (id) ON DELETE CASCADE,
    lang TEXT NOT NULL CHECK (lang IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    title TEXT NOT NULL,
    PRIMARY KEY (element_id, lang)
);

CREATE TABLE framework_refs (
    element_id TEXT NOT NULL REFERENCES framework_elements (id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    symbol TEXT NOT NULL,
    locator TEXT NOT NULL,
    PRIMARY KEY (element_id, seq)
);
