"""The re-run check keeps the start it compares against on disk, not in memory
(harness.start_image): at a long chain's head its pages were held whole three times while
a migration ran again (the start's serialized bytes, the re-run's, the start deserialized
to read its rows back), a worker's peak. What the check holds is measured with
tracemalloc (memory, never time) on real SQLite files; its verdict and words are its own."""

from __future__ import annotations

import gc
import tracemalloc
from contextlib import closing
from pathlib import Path

from edi_migrations.harness.rerun_reads import before_rerun, rerun_changes
from edi_migrations.sqlite.dbapi import sqlite3
from tests.harness.test_snapshot_file import database

TABLES = 20  # of 1500 rows each: ~2 MB of pages


def file_size(path: Path) -> int:
    return path.stat().st_size


def test_no_image_of_the_start_is_held_while_the_migration_runs_again(tmp_path):
    path = database(tmp_path / "app.db", TABLES)
    with closing(sqlite3.connect(path)) as conn:
        tracemalloc.start()
        try:
            base = tracemalloc.get_traced_memory()[0]
            before = before_rerun(conn)
            held = tracemalloc.get_traced_memory()[0] - base
        finally:
            tracemalloc.stop()
        conn.execute("BEGIN")
        assert rerun_changes(conn, before, "re-run changed the database") == []
        conn.execute("ROLLBACK")
    assert held < file_size(path) / 10


def test_a_changing_rerun_holds_at_most_one_image_and_keeps_none(tmp_path):
    """The re-run's own pages are read once to compare; the start's are read from disk, a
    page range at a time, and nothing of either is kept once the check has spoken."""
    path = database(tmp_path / "app.db", TABLES)
    with closing(sqlite3.connect(path)) as conn:
        gc.collect()
        tracemalloc.start()
        try:
            base = tracemalloc.get_traced_memory()[0]
            before = before_rerun(conn)
            conn.execute("BEGIN")
            conn.execute("UPDATE t3 SET body = body || '!' WHERE id = 7")
            said = rerun_changes(conn, before, "re-run changed the database")
            conn.execute("ROLLBACK")
            del before
            gc.collect()
            current, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    size = file_size(path)
    assert said[0] == "re-run changed the database: rows of t3"
    assert peak - base < 1.5 * size
    assert current - base < size / 10


def test_the_start_kept_on_disk_is_removed(tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path / "scratch"))
    (tmp_path / "scratch").mkdir()
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    path = database(tmp_path / "app.db", 2)
    with closing(sqlite3.connect(path)) as conn:
        before = before_rerun(conn)
        conn.execute("BEGIN")
        conn.execute("UPDATE t1 SET body = 'x' WHERE id = 1")
        assert rerun_changes(conn, before, "re-run changed the database")
        conn.execute("ROLLBACK")
        unread = before_rerun(conn)  # a re-run that never got to compare (a timeout)
        del unread
        gc.collect()
    assert list((tmp_path / "scratch").iterdir()) == []
