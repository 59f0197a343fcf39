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
            f"{_one_line(str(cause))}; rolled back, database still at v{from_version}",
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
    if isinstance(exc, sqlite3.Error) or line is None:
        return MigrationFailed(path, migration, from_version, statement, exc)
    return MigrationRaised(
        path, migration, from_version, (f"line {line} of {source.name}", statement, exc)
    )


def line_in(source: Path, exc: BaseException) -> int | None:
    """The line of ``source`` that ``exc`` was raised from, deepest first (None where its
    traceback never passed through that file)."""
    lines = [f.lineno for f in traceback.extract_tb(exc.__traceback__) if f.filename == str(source)]
    return lines[-1] if lines else None
