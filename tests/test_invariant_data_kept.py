"""``data_kept`` on real files: a change nobody declared is evidence, whatever its size."""

from __future__ import annotations

import sqlite3

import pytest

from edi_migrations.changes import Backfill
from fixtures.invariants import Declared, data_kept, snapshot

ROWS = [(1, "a", 0.5, 0.0), (2, "b", 1.5, 7), (3, None, -0.0, -0.0), (4, None, 2.5, "q")]


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "t.db"
    with sqlite3.connect(path) as conn:  # `untyped` has no affinity: it keeps -0.0 and 7
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL, untyped)")
        conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", ROWS)
    conn.close()
    return path


def changed(path, sql: str, declared: Declared | None = None) -> list[str]:
    before = snapshot(path)
    with sqlite3.connect(path) as conn:
        conn.execute(sql)
    conn.close()
    return data_kept(before, snapshot(path), declared or Declared())


def test_rows_left_alone_are_kept(db):
    assert changed(db, "UPDATE t SET name = name") == []


def test_a_changed_value_is_reported_with_its_row(db):
    problems = changed(db, "UPDATE t SET name = 'z' WHERE id = 2")
    assert problems == [
        "t.name rowid 2: before text 'b', after text 'z' (expected text 'b': unchanged)"
    ]


def test_a_changed_storage_class_is_reported(db):
    assert changed(db, "UPDATE t SET untyped = 7.0 WHERE id = 2") != []


@pytest.mark.parametrize("row, new", [(1, "-0.0"), (3, "0.0")], ids=["0.0->-0.0", "-0.0->0.0"])
def test_the_sign_of_a_zero_is_a_change(db, row, new):
    problems = changed(db, f"UPDATE t SET untyped = {new} WHERE id = {row}")
    assert [p.split(":")[0] for p in problems] == [f"t.untyped rowid {row}"]


def test_a_declared_backfill_that_did_not_happen_is_reported(db):
    declared = Declared(backfills={("t", "name"): Backfill("t", "name", constant="x")})
    problems = changed(db, "UPDATE t SET score = score", declared)
    assert problems == [
        f"t.name rowid {n}: before null None, after null None (expected text 'x': backfill 'x')"
        for n in (3, 4)
    ]
