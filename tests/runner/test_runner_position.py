"""Where a run believes the database is: the pure step arithmetic and the bookkeeping mark."""

from __future__ import annotations

import pytest

from edi_migrations import upgrade
from edi_migrations.runner.position import read_mark, steps_done
from edi_migrations.sqlite.dbapi import sqlite3


@pytest.mark.parametrize(
    ("start", "now", "planned", "direction", "done"),
    [
        (1, 1, 2, "upgrade", 0),  # nobody moved it
        (1, 2, 2, "upgrade", 1),  # another process did the first step
        (1, 3, 2, "upgrade", 2),  # ... or all of them
        (1, 4, 2, "upgrade", None),  # past this run's target
        (2, 1, 1, "upgrade", None),  # downgraded meanwhile
        (3, 2, 2, "downgrade", 1),
        (3, 1, 2, "downgrade", 2),
        (3, 3, 2, "downgrade", 0),
        (2, 3, 1, "downgrade", None),  # upgraded meanwhile
        (1, None, 2, "upgrade", None),  # no version recorded any more
    ],
)
def test_steps_done_counts_the_planned_steps_the_database_is_past(
    start, now, planned, direction, done
):
    assert steps_done(start, now, planned, direction) == done


def read(db) -> object:
    conn = sqlite3.connect(db)
    try:
        return read_mark(conn)
    finally:
        conn.close()


def test_a_database_without_schema_version_has_no_mark(db_path):
    sqlite3.connect(db_path).execute("CREATE TABLE sessions (id TEXT)").connection.close()
    assert read(db_path) is None


def test_every_committed_step_gives_a_new_mark_naming_its_version(v1_db):
    before = read(v1_db)
    upgrade(v1_db, to=2, backup=False)
    after_one = read(v1_db)
    upgrade(v1_db, backup=False)
    assert before != after_one != read(v1_db)
    assert (after_one[1], read(v1_db)[1]) == ("v2", "v3")
