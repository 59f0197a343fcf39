"""``data_kept`` on real files: a change nobody declared is evidence, whatever its size."""

from __future__ import annotations

import pytest

from edi_migrations.changes import Backfill
from edi_migrations.harness.invariants.compare import Declared
from tests.invariant_support import data_kept_across, table_database

ROWS = [(1, "a", 0.5, 0.0), (2, "b", 1.5, 7), (3, None, -0.0, -0.0), (4, None, 2.5, "q")]


@pytest.fixture
def db(tmp_path):
    return table_database(
        tmp_path / "t.db",
        "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL, untyped)",
        ROWS,
    )  # `untyped` has no affinity: it keeps -0.0 and 7


changed = data_kept_across


def test_rows_left_alone_are_kept(db):
    assert changed(db, "UPDATE t SET name = name") == []


def test_a_changed_value_is_reported_with_its_row(db):
    problems = changed(db, "UPDATE t SET name = 'z' WHERE id = 2")
    assert problems == [
        "t.name rowid 2: before text 'b', after text 'z' (expected text 'b': unchanged): "
        'declare it in CHANGES: Recompute("t", "name", expression="...")'
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
