-- schema of v3, written by edi-migrations; review the diff
-- sqlite3 new.db < this file recreates it; the runner's own tables (migration_log, schema_version) are left out: the runner makes them

CREATE TABLE entities (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    entity_id TEXT,
    label TEXT,
    confidence REAL,
    bbox_json TEXT,
    mask_path TEXT,
    color_hex TEXT,
    area_percent REAL,
    embedding_vector TEXT,
    semantic_label TEXT,
    entity_metadata TEXT
);

CREATE TABLE orphaned_rows (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    source_table TEXT NOT NULL,
    source_rowid INTEGER NOT NULL,
    row_json TEXT NOT NULL,
    quarantined_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE processing_logs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    log_level TEXT CHECK (log_level IN ('debug', 'info', 'warning', 'error')),
    message TEXT,
    timestamp TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE prompts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    iteration INT,
    positive_prompt TEXT,
    negative_prompt TEXT,
    quality_score REAL,
    generation_time REAL,
    model_confidence REAL,
    generation_parameters TEXT
);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    image_path TEXT NOT NULL,
    naive_prompt TEXT NOT NULL,
    status TEXT CHECK (status IN ('pending', 'in_progress', 'completed', 'failed', 'cancelled')),
    final_alignment_score REAL,
    processing_time REAL,
    model_version TEXT,
    session_tags TEXT,
    updated_at TIMESTAMP
);

CREATE TABLE user_feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    feedback_type TEXT CHECK (feedback_type IN ('accept', 'reject', 'partial')),
    comments TEXT,
    rating INT CHECK (rating BETWEEN 1 AND 5),
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE validations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    attempt_number INT,
    alignment_score REAL,
    preserved_count INT,
    modified_count INT,
    unintended_count INT,
    user_feedback TEXT,
    processing_details TEXT,
    quality_metrics TEXT,
    validation_metadata TEXT
);

CREATE INDEX idx_entities_label ON entities (label);

CREATE INDEX idx_entities_semantic_label ON entities (semantic_label);

CREATE INDEX idx_entities_session ON entities (session_id);

CREATE INDEX idx_processing_logs_session ON processing_logs (session_id);

CREATE INDEX idx_processing_logs_timestamp ON processing_logs (timestamp);

CREATE INDEX idx_prompts_generation_time ON prompts (generation_time);

CREATE INDEX idx_prompts_iteration ON prompts (iteration);

CREATE INDEX idx_prompts_session ON prompts (session_id);

CREATE INDEX idx_sessions_created ON sessions (created_at DESC);

CREATE INDEX idx_sessions_model_version ON sessions (model_version);

CREATE INDEX idx_sessions_processing_time ON sessions (processing_time);

CREATE INDEX idx_sessions_status ON sessions (status);

CREATE INDEX idx_user_feedback_rating ON user_feedback (rating);

CREATE INDEX idx_user_feedback_session ON user_feedback (session_id);

CREATE INDEX idx_validations_attempt ON validations (attempt_number);

CREATE INDEX idx_validations_quality_metrics ON validations (quality_metrics);

CREATE INDEX idx_validations_session ON validations (session_id);

CREATE VIEW session_quality AS
SELECT
    s.id AS session_id,
    s.final_alignment_score,
    (SELECT avg(p.quality_score) FROM prompts p WHERE p.session_id = s.id) AS avg_prompt_quality,
    (SELECT avg(v.alignment_score) FROM validations v WHERE v.session_id = s.id) AS avg_validation_score
FROM sessions s;

CREATE VIEW session_summary AS
SELECT
    s.id,
    s.created_at,
    s.image_path,
    s.naive_prompt,
    s.status,
    s.final_alignment_score,
    (SELECT count(*) FROM prompts p WHERE p.session_id = s.id) AS prompt_count,
    (SELECT count(*) FROM entities e WHERE e.session_id = s.id) AS entity_count,
    (SELECT count(*) FROM validations v WHERE v.session_id = s.id) AS validation_count
FROM sessions s;

CREATE TRIGGER sessions_updated_at AFTER UPDATE ON sessions FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE sessions SET updated_at = CURRENT_TIMESTAMP WHERE rowid = NEW.rowid;
END;
