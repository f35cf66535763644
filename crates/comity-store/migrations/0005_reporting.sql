-- Views and assessments: reporting cycles opened on a resolution, their questions in each
-- language held, and the States' replies with every saved version.

CREATE TABLE reporting_cycles (
    id TEXT PRIMARY KEY,
    resolution TEXT NOT NULL,
    session BIGINT NOT NULL,
    note_verbale TEXT NOT NULL,
    note_verbale_date TEXT NOT NULL,
    deadline TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    created_at TEXT NOT NULL,
    closed_at TEXT,
    UNIQUE (resolution, session)
);

CREATE TABLE cycle_questions (
    cycle_id TEXT NOT NULL REFERENCES reporting_cycles (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    label TEXT NOT NULL,
    lang TEXT NOT NULL CHECK (lang IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    text TEXT NOT NULL,
    PRIMARY KEY (cycle_id, position, lang)
);

-- One reply per State and cycle; `version` is the newest saved version, which a save must
-- name to succeed (two drafters never overwrite each other silently).
CREATE TABLE submissions (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES reporting_cycles (id),
    state TEXT NOT NULL REFERENCES states (iso3),
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'published')),
    original_lang TEXT NOT NULL CHECK (original_lang IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    version BIGINT NOT NULL,
    submitted_at TEXT,
    late BIGINT NOT NULL DEFAULT 0,
    published_at TEXT,
    UNIQUE (cycle_id, state)
);

-- Every save: the answers (JSON: question label -> Markdown), who saved, when.
CREATE TABLE submission_versions (
    submission_id TEXT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    version BIGINT NOT NULL,
    answers TEXT NOT NULL,
    author_account TEXT,
    created_at TEXT NOT NULL,
    PRIMARY KEY (submission_id, version)
);
