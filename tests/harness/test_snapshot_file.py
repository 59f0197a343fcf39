"""A start's snapshot kept beside the templates is written and read a table at a time
(harness.snapshot_file): at a long chain's head it is every row of many tables, and
pickled whole the pickler's memo and the file's bytes were held beside the rows. What a
build holds beyond the snapshot it returns is measured with tracemalloc (memory, never
time) on real SQLite files; the snapshot read back is the snapshot written."""

from __future__ import annotations

import tracemalloc
from contextlib import closing
from pathlib import Path

from edi_migrations.harness.invariants.compare import snapshot
from edi_migrations.harness.path_cache import start_file
from edi_migrations.harness.snapshot_file import read_snapshot, write_snapshot
from edi_migrations.sqlite.dbapi import sqlite3
from tests.harness.test_path_cache import new_run


def database(path: Path, tables: int, rows: int = 1500) -> Path:
    with closing(sqlite3.connect(path)) as conn:
        for t in range(tables):
            conn.execute(f"CREATE TABLE t{t} (id INTEGER PRIMARY KEY, body TEXT, x REAL)")
            conn.executemany(
                f"INSERT INTO t{t} VALUES (?, ?, ?)",
                [(n, f"row {n} of {t}" * 3, n / 7) for n in range(rows)],
            )
        conn.execute("CREATE VIEW firsts AS SELECT id, body FROM t0 WHERE id < 10")
        conn.commit()
    return path


def held_beyond_the_snapshot(folder: Path, tables: int) -> int:
    """Peak memory while a new run builds and reads a start's snapshot, less what the
    snapshot it returns holds."""
    folder.mkdir()
    start = start_file(database(folder / "start.db", tables))
    cache = new_run(folder)
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        kept = cache.before(start)
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert kept.state.tables
    return peak - base - (held - base)


def test_building_a_start_snapshot_holds_about_one_table_beyond_it(tmp_path):
    one = held_beyond_the_snapshot(tmp_path / "one", tables=1)
    many = held_beyond_the_snapshot(tmp_path / "many", tables=30)
    assert many < 4 * one


def test_a_snapshot_read_back_is_the_snapshot_written(tmp_path):
    read = snapshot(database(tmp_path / "start.db", tables=3, rows=20))
    write_snapshot(read, tmp_path / "kept")
    assert read_snapshot(tmp_path / "kept") == read
