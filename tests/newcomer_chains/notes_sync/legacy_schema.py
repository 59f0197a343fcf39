"""The notes app's own upgrade code, as it shipped for a year before edi-migrations: each
step gated on ``PRAGMA user_version`` (``if version < N: ...``). ``migrations/0001``-``0004``
port those steps with nothing changed, so the old code is replayed here from them, each
step's SQL run as the app ran it; ``0005`` is the first migration written afterwards.
The specs make "users' files" with it at v1-v4."""

import runpy
import sqlite3
from pathlib import Path

PORTED = sorted((Path(__file__).parent / "migrations").glob("000[1-4]_*.py"))


def migrate(conn: sqlite3.Connection, to: int = len(PORTED)) -> None:
    """Each old step up to ``to`` the file has not had (each ends writing its number into
    ``user_version``); ``conn`` in autocommit, as the app opened it."""
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    for number, step in enumerate(PORTED[:to], start=1):
        if version < number:
            runpy.run_path(str(step))["upgrade"](conn)
