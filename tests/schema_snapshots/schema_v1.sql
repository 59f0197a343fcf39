-- schema of v1, written by edi-migrations; review the diff
-- sqlite3 new.db < this file recreates it; the runner's own tables (migration_log, schema_version) are left out: the runner makes them

CREATE TABLE entities (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id TEXT REFERENCES sessions(id),
    entity_id TEXT,
    label TEXT,
    confidence REAL,
    bbox_json TEXT,
    mask_path TEXT,
    color_hex TEXT,
    area_percent REAL
);

CREATE TABLE prompts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id TEXT REFERENCES sessions(id),
    iteration INT,
    positive_prompt TEXT,
    negative_prompt TEXT,
    quality_score REAL
);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    image_path TEXT NOT NULL,
    naive_prompt TEXT NOT NULL,
    status TEXT CHECK (status IN ('in_progress', 'completed', 'failed')),
    final_alignment_score REAL
);

CREATE TABLE validations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id TEXT REFERENCES sessions(id),
    attempt_number INT,
    alignment_score REAL,
    preserved_count INT,
    modified_count INT,
    unintended_count INT,
    user_feedback TEXT
);

CREATE INDEX idx_entities_label ON entities (label);

CREATE INDEX idx_entities_session ON entities (session_id);

CREATE INDEX idx_prompts_iteration ON prompts (iteration);

CREATE INDEX idx_prompts_session ON prompts (session_id);

CREATE INDEX idx_sessions_created ON sessions (created_at DESC);

CREATE INDEX idx_sessions_status ON sessions (status);

CREATE INDEX idx_validations_attempt ON validations (attempt_number);

CREATE INDEX idx_validations_session ON validations (session_id);
