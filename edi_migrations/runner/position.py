"""Where a run believes the database is, and whether another process moved it since.

Two upgrades started together both read the version before either writes. The step
engine therefore re-reads it inside each write transaction (after ``BEGIN IMMEDIATE``
has waited for the other): a new ``schema_version`` row means another runner committed
steps, and the run goes on from the version that row records.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from edi_migrations.runner import detect
from edi_migrations.runner.progress import Direction
from edi_migrations.sqlite.dbapi import sqlite3

Mark = tuple[int, str] | None  # the latest schema_version row: (rowid, version text)


@dataclass(frozen=True)
class Position:
    """A version, and the bookkeeping row it was read with (None: no row yet)."""

    version: int | None  # None only when another process left no recorded version
    mark: Mark


def read_mark(conn: sqlite3.Connection) -> Mark:
    """The latest ``schema_version`` row; every committed step of a runner adds one."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if not has_table:
        return None
    row = conn.execute("SELECT rowid, version FROM schema_version ORDER BY rowid DESC LIMIT 1")
    found = row.fetchone()
    return None if found is None else (found[0], str(found[1]))


class Moved(Exception):
    """Another process committed steps since ``at`` was read: the step did nothing."""

    def __init__(self, now: Position) -> None:
        super().__init__(f"another process moved the database to v{now.version}")
        self.now = now


def recheck(conn: sqlite3.Connection, path: Path, at: Position) -> None:
    """Raise ``Moved`` unless the database is still at ``at``; call it inside the write
    transaction, where nobody else can commit until it ends."""
    mark = read_mark(conn)
    if mark != at.mark:
        raise Moved(Position(detect.recorded_version(conn, path), mark))


def steps_done(start: int, now: int | None, planned: int, direction: Direction) -> int | None:
    """How many of the ``planned`` steps from ``start`` the database at ``now`` is past;
    None when ``now`` is not on that path (moved the other way, beyond the target, or
    no version recorded any more)."""
    if now is None:
        return None
    done = now - start if direction == "upgrade" else start - now
    return done if 0 <= done <= planned else None
