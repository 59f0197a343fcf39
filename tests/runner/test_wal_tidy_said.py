"""A read-only command that cannot remove the ``-wal`` and ``-shm`` it made says so.

``status``, ``verify`` and ``history`` read through a read-only connection, which makes
the two files beside a WAL file and cannot remove them; one connection that can write
then opens and closes the file, and its close, if the last, removes both. Where another
connection holds the file (here: a write lock taken while the command read), the two
stay: the command still succeeds (a tidy is best effort) but the note names the files
left and why, instead of passing over it in silence. The control: nobody else holds the
file, both go and nothing is said.
"""

from __future__ import annotations

import logging
from contextlib import closing
from pathlib import Path

from edi_migrations.sqlite.dbapi import sqlite3
from edi_migrations.sqlite.read_only import read_only


def wal_file(tmp_path: Path) -> Path:
    db = tmp_path / "notes.db"
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT)")
        conn.commit()
    assert not Path(f"{db}-wal").exists()
    return db


def test_files_another_connection_keeps_are_named_with_why(tmp_path, caplog):
    db = wal_file(tmp_path)
    with caplog.at_level(logging.WARNING, logger="edi_migrations"):
        with read_only(db) as conn:
            conn.execute("SELECT * FROM notes").fetchall()
            other = sqlite3.connect(db)
            other.execute("BEGIN IMMEDIATE")  # a writer arrives while the command reads
        try:
            assert Path(f"{db}-wal").exists()
        finally:
            other.rollback()
            other.close()
    notes = [r.getMessage() for r in caplog.records]
    assert len(notes) == 1, notes
    assert f"{db}-wal" in notes[0] and f"{db}-shm" in notes[0], notes[0]
    assert "another connection" in notes[0], notes[0]


def test_files_tidied_are_not_mentioned(tmp_path, caplog):
    db = wal_file(tmp_path)
    with caplog.at_level(logging.WARNING, logger="edi_migrations"):
        with read_only(db) as conn:
            conn.execute("SELECT * FROM notes").fetchall()
    assert not Path(f"{db}-wal").exists() and not Path(f"{db}-shm").exists()
    assert caplog.records == []
