"""The read-only connection every check and refusal reads through.

A read-only connection never checkpoints or deletes a WAL, so a refused file is left
byte-identical; its SQLite errors become one-line refusals (``classify``). The ``-wal`` and
``-shm`` it made beside a file that had none go as it closes, or are named where they
stay (``wal_tidy``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from edi_migrations.sqlite.busy import wait_for_read
from edi_migrations.sqlite.classify import classify
from edi_migrations.sqlite.dbapi import sqlite3
from edi_migrations.sqlite.opener import open_connection
from edi_migrations.sqlite.wal_tidy import side_files, tidy_wal


@contextmanager
def read_only(path: Path, timeout: float = 5.0) -> Iterator[sqlite3.Connection]:
    """A read-only connection that cannot change the file, its -wal or -journal.

    SQLite errors raised while it is open become one-line refusals that say what
    went wrong (locked, unreadable folder, interrupted write, corrupt).
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    before = side_files(path)
    try:
        conn = open_connection(uri, uri=True, timeout=timeout, isolation_level=None)
    except sqlite3.Error as exc:
        raise classify(path, exc, timeout) from exc
    try:
        wait_for_read(conn, timeout)
        yield conn
    except sqlite3.Error as exc:
        raise classify(path, exc, timeout) from exc
    finally:
        conn.close()
        tidy_wal(path, before, timeout)
