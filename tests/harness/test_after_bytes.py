"""A path's upgraded file read once: the state read from its bytes is the state read from
the file, and the re-run's baseline is the file's bytes now, whatever wrote it since."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from edi_migrations.harness.after_bytes import ReadOnce
from edi_migrations.harness.dbstate import file_bytes, open_copy, state_of
from edi_migrations.sqlite.dbapi import sqlite3


def write_db(path: Path, wal: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE t (x, y TEXT)")
    conn.execute("INSERT INTO t VALUES (1, 'a'), (2.5, CAST(x'ff61' AS TEXT)), (NULL, '')")
    return conn


def state_from(conn: sqlite3.Connection):
    try:
        return state_of(conn)
    finally:
        conn.close()


def test_the_state_read_from_the_bytes_is_the_files(tmp_path):
    db = tmp_path / "a.db"
    write_db(db).close()
    assert state_from(ReadOnce.of(db).open()) == state_from(open_copy(db))


def test_a_wal_files_state_includes_what_its_wal_holds(tmp_path):
    db = tmp_path / "w.db"
    writer = write_db(db, wal=True)  # kept open: its commits stay in the -wal
    try:
        read = ReadOnce.of(db)
        assert read.saved["-wal"]
        rows = state_from(read.open()).tables["t"].rows
        assert len(rows) == 3
    finally:
        writer.close()


def test_the_baseline_is_the_bytes_read_while_nothing_wrote(tmp_path):
    db = tmp_path / "a.db"
    write_db(db).close()
    read = ReadOnce.of(db)
    assert read.current() is read.saved


def test_the_baseline_is_read_again_after_a_write(tmp_path):
    db = tmp_path / "a.db"
    write_db(db).close()
    read = ReadOnce.of(db)
    with closing(sqlite3.connect(db)) as conn:  # one value, the same size: a page in place
        conn.execute("UPDATE t SET x = 3 WHERE x = 1")
        conn.commit()
    assert read.current() == file_bytes(db) != read.saved
