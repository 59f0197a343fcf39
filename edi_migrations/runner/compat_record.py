"""The ``schema_compatibility`` record of a version, and whether the file's latest step
to it is the one that wrote it.

A runner from before the table leaves its rows alone: it downgrades a file from N (the
row for N stays) and may then apply another migration N that claims nothing. The row
still says "N-1 apps may run", about a step the file no longer has. So each row carries
the checksum of the migration that wrote it, and an older build trusts it only when the
file's latest logged step up to N has that checksum.
"""

from __future__ import annotations

from dataclasses import dataclass

from edi_migrations.sqlite.dbapi import sqlite3

_LATEST = (
    "SELECT migration_name, checksum FROM migration_log WHERE status = 'completed' "
    "AND checksum IS NOT NULL AND CAST(substr(version_to, 2) AS INTEGER) = ? "
    "AND CAST(substr(version_from, 2) AS INTEGER) < ? ORDER BY id DESC LIMIT 1"
)


@dataclass(frozen=True)
class Record:
    """One row: the lowest app version the step up to its version let run, and the
    checksum of that step's migration (None: a row that names none)."""

    lowest: int
    checksum: str | None


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}


def compatibility(conn: sqlite3.Connection, version: int) -> Record | None:
    """The record of ``version`` (None: no record, as in a file a runner without the
    table wrote)."""
    columns = _columns(conn, "schema_compatibility")
    if "lowest_app_version" not in columns:
        return None
    checksum = "checksum" if "checksum" in columns else "NULL"
    row = conn.execute(
        f"SELECT lowest_app_version, {checksum} FROM schema_compatibility WHERE version = ?",
        (version,),
    ).fetchone()
    if row is None or not isinstance(row[0], int):
        return None
    return Record(row[0], row[1] if isinstance(row[1], str) else None)


def outlived(conn: sqlite3.Connection, version: int, record: Record, head: int) -> str | None:
    """Why ``record`` is not the file's latest step's to ``version`` (None: it is)."""
    says = f"its record that v{head} apps may run on it"
    if record.checksum is None:
        return f"{says} names no step that wrote it"
    logged = {"migration_name", "checksum", "version_to", "version_from"}
    latest = None
    if logged <= _columns(conn, "migration_log"):
        latest = conn.execute(_LATEST, (version, version)).fetchone()
    if latest is None:
        return f"{says} names no step its migration log holds"
    if latest[1] != record.checksum:
        return f"{says} was not written by {latest[0]}, its latest step to v{version}"
    return None
