"""Create the v1 schema: sessions and their prompts, entities and validations.

Exactly the tables and eight indexes that EDI's first release created (the seed's
``create_initial_schema_v1``), so that a new database and one from the field are
the same v1. Foreign keys are declared as v1 declared them (never enforced then).
"""

from __future__ import annotations

import sqlite3

from edi_migrations.changes import AddTable
from edi_migrations.errors import AlreadyApplied

TABLES = ("sessions", "prompts", "entities", "validations")
CHANGES = tuple(AddTable(t) for t in TABLES)

STATEMENTS = (
    """CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
        image_path TEXT NOT NULL,
        naive_prompt TEXT NOT NULL,
        status TEXT CHECK(status IN ('in_progress', 'completed', 'failed')),
        final_alignment_score REAL
    )""",
    """CREATE TABLE prompts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id TEXT REFERENCES sessions(id),
        iteration INT,
        positive_prompt TEXT,
        negative_prompt TEXT,
        quality_score REAL
    )""",
    """CREATE TABLE entities (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id TEXT REFERENCES sessions(id),
        entity_id TEXT,
        label TEXT,
        confidence REAL,
        bbox_json TEXT,
        mask_path TEXT,
        color_hex TEXT,
        area_percent REAL
    )""",
    """CREATE TABLE validations (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id TEXT REFERENCES sessions(id),
        attempt_number INT,
        alignment_score REAL,
        preserved_count INT,
        modified_count INT,
        unintended_count INT,
        user_feedback TEXT
    )""",
    "CREATE INDEX idx_sessions_status ON sessions(status)",
    "CREATE INDEX idx_sessions_created ON sessions(created_at DESC)",
    "CREATE INDEX idx_prompts_session ON prompts(session_id)",
    "CREATE INDEX idx_prompts_iteration ON prompts(iteration)",
    "CREATE INDEX idx_entities_session ON entities(session_id)",
    "CREATE INDEX idx_entities_label ON entities(label)",
    "CREATE INDEX idx_validations_session ON validations(session_id)",
    "CREATE INDEX idx_validations_attempt ON validations(attempt_number)",
)


def upgrade(conn: sqlite3.Connection) -> None:
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sessions'").fetchone():
        raise AlreadyApplied("0001_initial_schema", "table sessions exists")
    for statement in STATEMENTS:
        conn.execute(statement)
