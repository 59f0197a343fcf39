"""A read-only connection through an app's ``connect`` that turns WAL on.

``PRAGMA journal_mode = WAL`` is the commonest line of an app's connect. On a read-only
connection to a file still in rollback mode SQLite refuses it ("attempt to write a
readonly database": switching to or from WAL writes the header), so every read the
runner makes before it writes (status, the checks before an upgrade, verify) failed on
the first open of an app's file by the runner. Asking a reader for a mode is asking
nothing of the file: here a refused switch on a read-only connection answers with the
mode the file is in, as SQLite answers the same PRAGMA on a file already in that mode.
Any other statement, and a switch SQLite accepts, is run as written. The first write
through the app's connect (the upgrade's own connection) then switches the file, as the
app's own first open would.
"""

from __future__ import annotations

import re

from edi_migrations.sqlite.dbapi import sqlite3

SQLITE_READONLY = 8
SETS_MODE = re.compile(
    r"\s*PRAGMA\s+(?:[\w\"'`\[\]]+\.)?journal_mode\s*(?:=|\()\s*['\"]?\w+['\"]?\s*\)?\s*;?\s*",
    re.IGNORECASE,
)


class ReadingConnection(sqlite3.Connection):
    """The class the runner asks an app's connect for on a read-only open."""

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:  # type: ignore[override]
        try:
            return super().execute(sql, *args)
        except sqlite3.OperationalError as exc:
            if not (_read_only_refusal(exc) and SETS_MODE.fullmatch(sql)):
                raise
            return super().execute("PRAGMA journal_mode")


def _read_only_refusal(exc: sqlite3.OperationalError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF == SQLITE_READONLY
    return str(exc).startswith("attempt to write a readonly database")


def reads_only(database: object, kwargs: dict[str, object]) -> bool:
    """Whether the open is a read-only URI (``...?mode=ro``)."""
    return bool(kwargs.get("uri")) and "mode=ro" in str(database).partition("?")[2]
