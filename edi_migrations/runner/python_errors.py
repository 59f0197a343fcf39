"""A migration's own Python error is said at its line, not at the last SQL it ran.

``MigrationFailed`` names the statement running when a migration failed: the right
place for SQLite's errors, a misleading one for a ``NameError`` two lines below an
``ALTER TABLE`` that worked. An error raised in the migration's file (not by SQLite)
names that file's line first, and the last statement only as what ran before it.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from edi_migrations.errors import MigrationFailed, _one_line
from edi_migrations.sqlite.dbapi import sqlite3

OWN_CONNECTION = (
    "; SQLite raised it on a connection of its own, which waits on the runner's transaction "
    "and sees none of the step's changes: write through the conn upgrade(conn) is given"
)
Failure = tuple[str, str | None, Exception]  # the file's line, the last statement, the error


class MigrationRaised(MigrationFailed):
    """A migration's Python raised (not SQLite): the message names the file's line, then
    the last statement it ran (which may have worked)."""

    def __init__(self, path: Path, migration: str, from_version: int, failure: Failure):
        line, statement, cause = failure
        super().__init__(path, migration, from_version, statement, cause)
        self.line = line
        after = f" (after statement: {_one_line(statement)})" if statement else ""
        self.args = (
            f"{path}: migration {migration} failed at {line}{after}: {type(cause).__name__}: "
            f"{_one_line(str(cause))}; rolled back, database still at v{from_version}"
            f"{OWN_CONNECTION if isinstance(cause, sqlite3.Error) else ''}",
        )


def migration_failed(
    path: Path,
    migration: str,
    source: Path,
    from_version: int,
    failure: tuple[str | None, Exception],
) -> MigrationFailed:
    """The error for ``failure`` (the last statement, the exception) raised by migration
    ``migration`` (its file ``source``) on ``path``, rolled back to ``from_version``."""
    statement, exc = failure
    line = line_in(source, exc)
    if line is None or (isinstance(exc, sqlite3.Error) and _through_the_step(exc)):
        return MigrationFailed(path, migration, from_version, statement, exc)
    return MigrationRaised(
        path, migration, from_version, (f"line {line} of {source.name}", statement, exc)
    )


def _through_the_step(exc: BaseException) -> bool:
    """SQLite raised ``exc`` on the runner's connection (through its cursor), not on a
    connection the migration opened itself to the same file (``database is locked``:
    it waits on the runner's transaction, or ``no such table``: it cannot see the
    step's work), whose error belongs to the line that called it."""
    from edi_migrations.runner import connection

    return any(f.filename == connection.__file__ for f in traceback.extract_tb(exc.__traceback__))


def line_in(source: Path, exc: BaseException) -> int | None:
    """The line of ``source`` that ``exc`` was raised from, deepest first (None where its
    traceback never passed through that file)."""
    lines = [f.lineno for f in traceback.extract_tb(exc.__traceback__) if f.filename == str(source)]
    return lines[-1] if lines else None
