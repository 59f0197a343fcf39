"""``ChangeType`` with an expression: the expected value is the expression's result as the
new column stores it (the declared type's affinity applied, computed by SQLite).

Each case rebuilds ``t.v`` (TEXT) as ``to`` through the declared expression; the control
lets the new column convert and passes, the broken twin stores the result in a column
without that affinity and fails naming row, expected and actual.
"""

from __future__ import annotations

import pytest

from edi_migrations.changes import ChangeType
from edi_migrations.harness.invariants.compare import Declared
from tests.invariant_support import data_kept_across, table_database

ROWS = [(1, "1"), (2, ""), (3, " 7"), (4, "2.5"), (5, "abc"), (6, None), (7, "1e3")]
EXPRESSION = "NULLIF(v, '')"


@pytest.fixture
def db(tmp_path):
    return table_database(
        tmp_path / "t.db", "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)", ROWS
    )


def rebuilt(path, column_type: str, declared: Declared) -> list[str]:
    script = (
        f"CREATE TABLE t_new (id INTEGER PRIMARY KEY, v {column_type});"
        f"INSERT INTO t_new SELECT id, {EXPRESSION} FROM t; DROP TABLE t;"
        "ALTER TABLE t_new RENAME TO t"
    )
    return data_kept_across(path, script, declared)


@pytest.mark.parametrize("to", ["INTEGER", "REAL", "NUMERIC", "TEXT", "BLOB", "VARCHAR(8)"])
def test_the_expressions_result_is_expected_as_the_new_type_stores_it(db, to):
    declared = Declared.of([ChangeType("t", "v", to=to, expression=EXPRESSION)])
    assert rebuilt(db, to, declared) == []


def test_a_result_stored_without_the_declared_affinity_is_evidence(db):
    declared = Declared.of([ChangeType("t", "v", to="INTEGER", expression=EXPRESSION)])
    assert rebuilt(db, "BLOB", declared)[:2] == [
        "t.v rowid 1: before text '1', after text '1' "
        "(expected integer 1: type change to INTEGER: NULLIF(v, ''))",
        "t.v rowid 3: before text ' 7', after text ' 7' "
        "(expected integer 7: type change to INTEGER: NULLIF(v, ''))",
    ]
