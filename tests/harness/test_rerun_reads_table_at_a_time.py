"""The re-run check compares, where a re-run moved pages, the rows of the tables it moved:
before and during the re-run, a table at a time (harness.tables_on_demand), so what it
holds beside the two databases' pages is one table of each side, not every moved table
(at a long chain's head, most of the database twice). Measured with tracemalloc (memory,
never time) on real SQLite files; the verdict and its words are the check's own."""

from __future__ import annotations

import tracemalloc
from contextlib import closing
from pathlib import Path

from edi_migrations.harness.rerun_reads import before_rerun, rerun_changes
from edi_migrations.sqlite.dbapi import sqlite3
from tests.harness.test_snapshot_file import database

ROWS = 1500  # each table's, as test_snapshot_file.database writes them
# Read whole, 15 tables hold about 12 times one table's peak (30: 23 times): 15 still
# fails the bound below with room, at half the tables' reads under tracemalloc.
TABLES = 15


def rerun_rewriting_every_table(path: Path, tables: int, change: str) -> tuple[list[str], int]:
    """(what the check says, memory held beyond the re-run's pages while it read: the
    start's wait on disk, harness.start_image)."""
    with closing(sqlite3.connect(path)) as conn:
        before = before_rerun(conn)
        conn.execute("BEGIN")
        for t in range(tables):
            conn.execute(f"UPDATE t{t} SET body = body || ?", (change,))
        tracemalloc.start()
        try:
            base = tracemalloc.get_traced_memory()[0]
            said = rerun_changes(conn, before, "re-run changed the database")
            peak = tracemalloc.get_traced_memory()[1] - base
        finally:
            tracemalloc.stop()
            conn.execute("ROLLBACK")
    assert before.image is not None
    return said, peak - before.image.size


def test_moved_tables_are_compared_one_at_a_time(tmp_path):
    _, one = rerun_rewriting_every_table(database(tmp_path / "one.db", 1), 1, "!")
    _, many = rerun_rewriting_every_table(database(tmp_path / "many.db", TABLES), TABLES, "!")
    assert many < 4 * max(one, 1)


def test_what_changed_is_said_table_by_table(tmp_path):
    said, _ = rerun_rewriting_every_table(database(tmp_path / "app.db", 2), 2, "!")
    assert said[0] == "re-run changed the database: rows of t0, t1"
    assert said[1] == f"table t0: {ROWS} row(s) changed in column body"
    assert (
        said[2]
        == "t0 rowid 0: body: text 'row 0 of 0row 0 of 0row 0 of 0' -> text 'row 0 of 0row 0 of 0row 0 of 0!'"
    )
    assert f"table t1: {ROWS} row(s) changed in column body" in said
