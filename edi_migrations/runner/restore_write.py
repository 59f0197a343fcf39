"""Writing a backup over a database, waiting for the app's lock only as long as asked.

Python's ``backup()`` steps again for as long as the destination is busy (it sleeps
between tries and never gives up), so an app that keeps a write transaction open held
``restore`` forever. Here the destination's busy handler waits up to ``busy_timeout``;
a step still busy after it ends the copy, and the destination is left as it was (SQLite
writes it only in a step that got its lock).
"""

from __future__ import annotations

from pathlib import Path

from edi_migrations.errors import DatabaseBusy
from edi_migrations.sqlite.busy import is_busy
from edi_migrations.sqlite.creatable import cannot_create
from edi_migrations.sqlite.dbapi import sqlite3
from edi_migrations.sqlite.opener import open_connection

BUSY_STATUSES = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})


class _StillBusy(Exception):
    """Raised from backup()'s progress callback: the only way to stop its retry loop."""


def _give_up_when_busy(status: int, remaining: int, total: int) -> None:
    if status in BUSY_STATUSES:
        raise _StillBusy


def write_over(source: sqlite3.Connection, target: Path, busy_timeout: float) -> None:
    """Replace ``target``'s content with ``source``'s (creating ``target`` if it is new)."""
    created = not target.exists()
    try:
        dest = open_connection(target, timeout=busy_timeout)
    except sqlite3.Error as exc:
        raise cannot_create(target, exc) from exc
    try:
        source.backup(dest, progress=_give_up_when_busy)
    except _StillBusy as exc:
        locked = sqlite3.OperationalError("database is locked")
        raise DatabaseBusy(target, busy_timeout, locked) from exc
    except sqlite3.Error as exc:
        if is_busy(exc):
            raise DatabaseBusy(target, busy_timeout, exc) from exc
        if created:
            raise cannot_create(target, exc) from exc
        raise
    finally:
        dest.close()
