"""The runner's own tables: ``schema_version`` and ``migration_log``.

Databases in the field hold several variants of these (with or without UNIQUE on
``version``, the seed's log without a checksum, extra indexes). The runner brings
them to one canonical form inside the first migration's transaction, keeping every
row, so that every path ends with the same schema as a fresh ``init``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache

from edi_migrations.identifiers import quote_identifier
from edi_migrations.rebuild import NewTable, rebuild_tables
from edi_migrations.schema.model import Table, schema_model
from edi_migrations.sqlite.dbapi import sqlite3

SCHEMA_VERSION = NewTable(
    "schema_version",
    """
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    version TEXT NOT NULL,
    applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    migration_notes TEXT
    """,
)
MIGRATION_LOG = NewTable(
    "migration_log",
    """
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    migration_name TEXT NOT NULL,
    version_from TEXT,
    version_to TEXT,
    started_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    completed_at TIMESTAMP,
    status TEXT CHECK(status IN ('pending', 'in_progress', 'completed', 'failed', 'rolled_back')),
    error_message TEXT,
    duration_seconds REAL,
    checksum TEXT
    """,
)
# Per version the file reached by a step, the lowest app version that may run on it (as
# Chromium's sql::MetaTable keeps last_compatible_version): version - 1 when that step's
# migration says KEEPS_PREVIOUS_APP, else version. A downgrade deletes its version's row;
# the checksum of the migration that wrote it tells a row another step outlived (one a
# runner from before the table never deleted) from the record of the file's latest step.
SCHEMA_COMPATIBILITY = NewTable(
    "schema_compatibility",
    """
    version INTEGER PRIMARY KEY,
    lowest_app_version INTEGER NOT NULL,
    checksum TEXT
    """,
)
TABLES = (SCHEMA_VERSION, MIGRATION_LOG, SCHEMA_COMPATIBILITY)


@cache
def _canonical() -> dict[str, Table]:
    conn = sqlite3.connect(":memory:")
    for table in TABLES:
        conn.execute(f"CREATE TABLE {table.name} ({table.definition})")
    model = schema_model(conn)
    conn.close()
    return model.tables


# The tables' sqlite_master rows (type, name, table, SQL) the model found canonical, with
# no index: the same text is the same model, so a step finding it again reads no PRAGMA.
_CANONICAL_TEXT: set[tuple[tuple, ...]] = set()
KEPT_TEXTS = 64
_ROWS = (
    "SELECT type, name, tbl_name, sql FROM main.sqlite_master "
    "WHERE tbl_name IN ('schema_version', 'migration_log', 'schema_compatibility') "
    "ORDER BY type, name"
)


def ensure_bookkeeping(conn: sqlite3.Connection, baseline: int, remember: bool = True) -> None:
    """Create or normalise the bookkeeping tables; record ``baseline`` if no version is.
    ``remember``: skip the model for a text found canonical before (not in a traced run,
    whose statements must not depend on what the process did before)."""
    if not remember:
        _normalise(conn, None)
    else:
        text = tuple(conn.execute(_ROWS).fetchall())
        if text not in _CANONICAL_TEXT:
            _normalise(conn, text)
    empty = conn.execute("SELECT 1 FROM schema_version LIMIT 1").fetchone() is None
    if empty and baseline > 0:
        record_version(conn, baseline, "baseline: version detected from the schema")


def _normalise(conn: sqlite3.Connection, text: tuple[tuple, ...] | None) -> None:
    canonical = _canonical()
    model = schema_model(conn, tables=canonical)
    to_rebuild = []
    for table in TABLES:
        current = model.tables.get(table.name)
        if current is None:
            conn.execute(f"CREATE TABLE {table.name} ({table.definition})")
        elif current != canonical[table.name]:
            to_rebuild.append(table)
    if to_rebuild:
        rebuild_tables(conn, to_rebuild)
        model = schema_model(conn, tables=canonical)  # a table created above has no index
    for name in model.indexes:
        conn.execute(f"DROP INDEX {quote_identifier(name)}")
    unchanged = model.tables.keys() == canonical.keys() and not to_rebuild and not model.indexes
    if text is not None and unchanged and len(_CANONICAL_TEXT) < KEPT_TEXTS:
        _CANONICAL_TEXT.add(text)


def record_version(conn: sqlite3.Connection, version: int, notes: str) -> None:
    conn.execute(
        "INSERT INTO schema_version (version, applied_at, migration_notes) VALUES (?, ?, ?)",
        (f"v{version}", utc_now(), notes),
    )


def record_compatibility(
    conn: sqlite3.Connection, version: int, keeps_previous: bool, checksum: str
) -> None:
    """What a step up to ``version`` leaves: which app versions may run on the file, and
    the checksum of the migration that says so."""
    conn.execute(
        "INSERT OR REPLACE INTO schema_compatibility (version, lowest_app_version, checksum) "
        "VALUES (?, ?, ?)",
        (version, version - 1 if keeps_previous else version, checksum),
    )


def forget_compatibility(conn: sqlite3.Connection, version: int) -> None:
    """A downgrade from ``version`` removes what reaching it recorded."""
    conn.execute("DELETE FROM schema_compatibility WHERE version = ?", (version,))


@dataclass(frozen=True)
class CompletedRun:
    """One applied step, as its ``migration_log`` row records it."""

    name: str
    version_from: int
    version_to: int
    started_at: str
    seconds: float
    checksum: str


def record_run(conn: sqlite3.Connection, run: CompletedRun) -> None:
    """The step's log row, written inside its own transaction."""
    r = run
    conn.execute(
        "INSERT INTO migration_log (migration_name, version_from, version_to, started_at, "
        "completed_at, status, error_message, duration_seconds, checksum) "
        "VALUES (?, ?, ?, ?, ?, 'completed', NULL, ?, ?)",
        (r.name, f"v{r.version_from}", f"v{r.version_to}", r.started_at, utc_now(), r.seconds, r.checksum),
    )


def applied_checksums(conn: sqlite3.Connection) -> dict[str, str]:
    """The checksum each migration had when last applied upward (seed logs have none)."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(migration_log)")}
    if "checksum" not in columns:
        return {}
    rows = conn.execute(
        "SELECT migration_name, checksum FROM migration_log WHERE status = 'completed' "
        "AND checksum IS NOT NULL "
        "AND CAST(substr(version_to, 2) AS INTEGER) > CAST(substr(version_from, 2) AS INTEGER) "
        "ORDER BY id"
    )
    return dict(rows.fetchall())


def logged_runs(conn: sqlite3.Connection) -> list[tuple]:
    """Every run the log holds, oldest first: (migration, from, to, status, started,
    seconds); none where the database has no log."""
    has_log = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migration_log'"
    ).fetchone()
    if not has_log:
        return []
    return conn.execute(
        "SELECT migration_name, version_from, version_to, status, started_at, "
        "duration_seconds FROM migration_log ORDER BY id"
    ).fetchall()


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
