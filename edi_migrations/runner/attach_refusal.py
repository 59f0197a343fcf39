"""A migration may not attach another database file.

An attached file is outside everything a step promises: the runner backs up, versions
and checks only the database it migrates, and the harness compares only that file. Its
name, when relative, opens a file wherever the process happens to run (the app's
folder, a test run's). So every connection that runs a migration denies ``ATTACH``
(SQLite's authorizer, at the statement's compilation: the file is never opened), and
the runner reports the refusal in those terms, not as SQLite's "not authorized" or the
"database is locked" a DETACH meets inside the step's transaction.
"""

from __future__ import annotations

import re
from pathlib import Path

from edi_migrations.errors import RolledBack
from edi_migrations.sqlite.dbapi import sqlite3

# Why, and what to do instead: the runner's refusal and the lint's finding (EM117) alike.
WHY = (
    "an attached file is outside the runner's backup, transaction and checks, and a relative "
    "name opens it wherever the process runs"
)
FIX = (
    "keep the rows in a table of this database, or have the app copy them to the other file "
    "before or after the upgrade"
)
_LEADING = re.compile(r"\A(?:\s+|--[^\n]*(?:\n|\Z)|/\*.*?\*/)*", re.DOTALL)
_ATTACH = re.compile(r"attach\b", re.IGNORECASE)


def deny_attach(action: int, arg1, arg2, db, trigger) -> int:
    """SQLite authorizer for a connection running migrations outside the runner."""
    return sqlite3.SQLITE_DENY if action == sqlite3.SQLITE_ATTACH else sqlite3.SQLITE_OK


def attach_statement(statement: str | None) -> str | None:
    """``statement`` without its leading comments and final ``;`` if it is an ATTACH."""
    if not statement:
        return None
    text = _LEADING.sub("", statement).strip().rstrip(";").strip()
    return text if _ATTACH.match(text) else None


class AttachRefused(RolledBack):
    """A migration ran ``ATTACH``: refused before the file was opened, step rolled back."""

    def __init__(self, path: Path, migration: str, from_version: int, statement: str) -> None:
        self.path = path
        self.migration = migration
        self.version = from_version
        self.statement = statement
        super().__init__(
            f"{path}: migration {migration} attaches another database file ({statement}); "
            f"rolled back, database still at v{from_version}; {WHY}: {FIX}"
        )
