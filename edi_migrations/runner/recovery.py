"""Rolling back a hot journal a killed writer left, before anything reads the file.

A read-only connection cannot roll it back and refuses the file; any writable
connection does it on its first read, restoring the last committed state.
"""

from __future__ import annotations

from pathlib import Path

from edi_migrations.sqlite.busy import wait_for_read
from edi_migrations.sqlite.classify import classify
from edi_migrations.sqlite.dbapi import sqlite3
from edi_migrations.sqlite.opener import open_connection


def recover_interrupted_write(path: Path, timeout: float) -> bool:
    """Let SQLite roll back a hot journal left by a killed writer, as any writer would.

    Nothing committed changes. Returns whether there was a journal to roll back.
    """
    journal = Path(f"{path}-journal")
    if not journal.exists() or journal.stat().st_size == 0:
        return False
    try:
        conn = open_connection(path, timeout=timeout, isolation_level=None)
        try:
            wait_for_read(conn, timeout)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise classify(path, exc, timeout) from exc
    return True
