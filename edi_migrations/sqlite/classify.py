"""What a SQLite error means for a file we only meant to read, decided by its result code.

One way, as the runner's busy retry decides: by ``sqlite_errorcode`` (through
``dbapi.primary_code``), never by the wording of the message, which differs between
SQLite builds and DB-API modules.
"""

from __future__ import annotations

import os
from pathlib import Path

from edi_migrations.errors import CannotOpen, CorruptDatabase, DatabaseBusy, MigrationError
from edi_migrations.sqlite.busy import is_busy
from edi_migrations.sqlite.dbapi import primary_code, sqlite3
from edi_migrations.sqlite.fresh_install_error import FreshInstallFailed
from edi_migrations.sqlite.opener import with_hint

# SQLite's primary result codes (stable across versions; not every DB-API module names them)
SQLITE_READONLY = 8
SQLITE_CORRUPT = 11
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26
CORRUPT_CODES = frozenset({SQLITE_CORRUPT, SQLITE_NOTADB})


def classify(path: Path, exc: sqlite3.Error, timeout: float) -> MigrationError:
    """The refusal a SQLite error means for a file we only meant to read."""
    code = primary_code(exc)
    if getattr(exc, "fresh_install", False):  # a migration on the in-memory build: its words
        return FreshInstallFailed(path, with_hint(str(exc), exc))
    if is_busy(exc):
        return DatabaseBusy(path, timeout, exc)
    if code == SQLITE_CANTOPEN:
        folder = path.resolve().parent
        if not os.access(folder, os.W_OK):
            return CannotOpen(
                path, f"its folder {folder} is read-only, and a WAL database needs its -shm there"
            )
        return CannotOpen(path, "SQLite cannot open it (is its folder readable?)")
    if code == SQLITE_READONLY:
        return CannotOpen(
            path,
            "an interrupted write left a hot journal that only a writable connection can "
            "roll back (`edi-migrate upgrade` does it)",
        )
    if code in CORRUPT_CODES:
        return CorruptDatabase(path, str(exc))
    return CannotOpen(path, with_hint(str(exc), exc))
