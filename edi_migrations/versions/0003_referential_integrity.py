"""v3: referential integrity, by rebuilding tables (SQLite's 12-step procedure).

SQLite cannot add ``ON DELETE CASCADE`` or ``NOT NULL`` to a column, nor widen a
CHECK, in place. Every child table is rebuilt with
``session_id NOT NULL REFERENCES sessions(id) ON DELETE CASCADE`` and ``sessions``
with a status CHECK that admits 'pending' and 'cancelled'. Rows whose session is
NULL or missing (v1 never enforced foreign keys) would violate the new
constraints: they are moved, not deleted, into ``orphaned_rows`` as exact JSON
(storage classes kept), where a user can inspect or restore them. Row ids,
AUTOINCREMENT sequences and every index, trigger and view survive.
"""

from __future__ import annotations

import json
import sqlite3

from edi_migrations.changes import (
    AddTable,
    ChangeConstraint,
    DropConstraint,
    DropTable,
    MigrationTime,
    MoveRows,
    RestoreRows,
)
from edi_migrations.errors import AlreadyApplied
from edi_migrations.identifiers import quote_identifier
from edi_migrations.rebuild import NewTable, rebuild_tables

NAME = "0003_referential_integrity"
CHILDREN = ("prompts", "entities", "validations", "user_feedback", "processing_logs")
SESSION_FK = "session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE"
V2_SESSION_FK = "session_id TEXT REFERENCES sessions(id)"

QUARANTINE = """CREATE TABLE orphaned_rows (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    source_table TEXT NOT NULL,
    source_rowid INTEGER NOT NULL,
    row_json TEXT NOT NULL,
    quarantined_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
)"""


def _definitions(session_fk: str, statuses: str) -> list[NewTable]:
    return [
        NewTable(
            "sessions",
            f"""id TEXT PRIMARY KEY,
            created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
            image_path TEXT NOT NULL,
            naive_prompt TEXT NOT NULL,
            status TEXT CHECK(status IN ({statuses})),
            final_alignment_score REAL,
            processing_time REAL,
            model_version TEXT,
            session_tags TEXT,
            updated_at TIMESTAMP""",
        ),
        NewTable(
            "prompts",
            f"""id INTEGER PRIMARY KEY AUTOINCREMENT,
            {session_fk},
            iteration INT,
            positive_prompt TEXT,
            negative_prompt TEXT,
            quality_score REAL,
            generation_time REAL,
            model_confidence REAL,
            generation_parameters TEXT""",
        ),
        NewTable(
            "entities",
            f"""id INTEGER PRIMARY KEY AUTOINCREMENT,
            {session_fk},
            entity_id TEXT,
            label TEXT,
            confidence REAL,
            bbox_json TEXT,
            mask_path TEXT,
            color_hex TEXT,
            area_percent REAL,
            embedding_vector TEXT,
            semantic_label TEXT,
            entity_metadata TEXT""",
        ),
        NewTable(
            "validations",
            f"""id INTEGER PRIMARY KEY AUTOINCREMENT,
            {session_fk},
            attempt_number INT,
            alignment_score REAL,
            preserved_count INT,
            modified_count INT,
            unintended_count INT,
            user_feedback TEXT,
            processing_details TEXT,
            quality_metrics TEXT,
            validation_metadata TEXT""",
        ),
        NewTable(
            "user_feedback",
            f"""id INTEGER PRIMARY KEY AUTOINCREMENT,
            {session_fk},
            feedback_type TEXT CHECK(feedback_type IN ('accept', 'reject', 'partial')),
            comments TEXT,
            rating INT CHECK(rating BETWEEN 1 AND 5),
            created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP""",
        ),
        NewTable(
            "processing_logs",
            f"""id INTEGER PRIMARY KEY AUTOINCREMENT,
            {session_fk},
            log_level TEXT CHECK(log_level IN ('debug', 'info', 'warning', 'error')),
            message TEXT,
            timestamp TIMESTAMP DEFAULT CURRENT_TIMESTAMP""",
        ),
    ]


V3_TABLES = _definitions(SESSION_FK, "'pending', 'in_progress', 'completed', 'failed', 'cancelled'")
V2_TABLES = _definitions(V2_SESSION_FK, "'in_progress', 'completed', 'failed'")

CHANGES = (
    AddTable("orphaned_rows"),
    MigrationTime("orphaned_rows", "quarantined_at"),
    *(MoveRows(t, to="orphaned_rows") for t in CHILDREN),
    *(ChangeConstraint(t, "not null", "session_id") for t in CHILDREN),
    *(ChangeConstraint(t, "foreign key", "session_id") for t in CHILDREN),
    ChangeConstraint("sessions", "check", "status"),
)
DOWNGRADE_CHANGES = (
    DropTable("orphaned_rows"),
    *(RestoreRows(t, source="orphaned_rows") for t in CHILDREN),
    *(DropConstraint(t, "not null", "session_id") for t in CHILDREN),
    *(ChangeConstraint(t, "foreign key", "session_id") for t in CHILDREN),
    ChangeConstraint("sessions", "check", "status"),
)


def encode_row(names: list[str], values: tuple) -> str:
    """A row as JSON that keeps SQLite storage classes (7 stays 7, 7.0 stays 7.0)."""
    row = {}
    for name, value in zip(names, values, strict=True):
        row[name] = {"$blob": value.hex()} if isinstance(value, bytes) else value
    return json.dumps(row, ensure_ascii=False, allow_nan=False)


def decode_row(text: str) -> dict[str, object]:
    row = json.loads(text)
    return {
        k: bytes.fromhex(v["$blob"]) if isinstance(v, dict) and "$blob" in v else v
        for k, v in row.items()
    }


def _orphan_rowids(conn: sqlite3.Connection, table: str) -> list[int]:
    """Rows whose session_id is NULL or names no session, as SQLite's own FK check sees it."""
    rows = conn.execute(
        f"SELECT rowid FROM {table} WHERE session_id IS NULL "
        f"UNION SELECT rowid FROM pragma_foreign_key_check({quote_identifier(table)}) "
        "ORDER BY 1"
    )
    return [r[0] for r in rows]


def _quarantine(conn: sqlite3.Connection, table: str) -> None:
    rowids = _orphan_rowids(conn, table)
    if not rowids:
        return
    names = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    select = f"SELECT {', '.join(quote_identifier(n) for n in names)} FROM {table} WHERE rowid = ?"
    for rowid in rowids:
        values = conn.execute(select, (rowid,)).fetchone()
        conn.execute(
            "INSERT INTO orphaned_rows (source_table, source_rowid, row_json) VALUES (?, ?, ?)",
            (table, rowid, encode_row(names, values)),
        )
        conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))


def upgrade(conn: sqlite3.Connection) -> None:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'orphaned_rows'"
    ).fetchone()
    if exists:
        raise AlreadyApplied(NAME, "table orphaned_rows exists")
    conn.execute(QUARANTINE)
    for table in CHILDREN:
        _quarantine(conn, table)
    rebuild_tables(conn, V3_TABLES)


def downgrade(conn: sqlite3.Connection) -> None:
    statuses = conn.execute(
        "SELECT count(*) FROM sessions WHERE status IN ('pending', 'cancelled')"
    ).fetchone()[0]
    if statuses:
        raise ValueError(
            f"{statuses} session(s) have status 'pending' or 'cancelled', which v2 cannot hold"
        )
    rebuild_tables(conn, V2_TABLES)
    for table, rowid, text in conn.execute(
        "SELECT source_table, source_rowid, row_json FROM orphaned_rows ORDER BY id"
    ).fetchall():
        row = decode_row(text)
        names = ", ".join(quote_identifier(n) for n in row)
        marks = ", ".join("?" for _ in row)
        conn.execute(
            f"INSERT INTO {quote_identifier(table)} (rowid, {names}) VALUES (?, {marks})",
            (rowid, *row.values()),
        )
    conn.execute("DROP TABLE orphaned_rows")
