"""``ChangeType``: each value is expected as SQLite's affinity of the new type makes it (or as
the declared expression over the row before); a wrong conversion names row, expected, actual."""

from __future__ import annotations

import pytest

from edi_migrations.changes import ChangeType
from edi_migrations.harness.invariants.compare import Declared
from tests.invariant_support import data_kept_across, table_database

ROWS = [(1, "12"), (2, "abc"), (3, "3.0"), (4, None), (5, " 7"), (6, "1e3")]


@pytest.fixture
def db(tmp_path):
    return table_database(
        tmp_path / "t.db", "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)", ROWS
    )


def rebuilt_as(path, sql_type: str, select: str, declared: Declared) -> list[str]:
    script = (
        f"CREATE TABLE t_new (id INTEGER PRIMARY KEY, v {sql_type});"
        f"INSERT INTO t_new SELECT id, {select} FROM t; DROP TABLE t;"
        "ALTER TABLE t_new RENAME TO t"
    )
    return data_kept_across(path, script, declared)


def test_a_rebuild_that_lets_the_new_affinity_convert_passes(db):
    declared = Declared.of([ChangeType("t", "v", to="INTEGER")])
    assert rebuilt_as(db, "INTEGER", "v", declared) == []


def test_a_wrong_conversion_names_row_expected_and_actual(db):
    declared = Declared.of([ChangeType("t", "v", to="INTEGER")])
    assert rebuilt_as(db, "INTEGER", "CAST(v AS INTEGER)", declared) == [
        "t.v rowid 2: before text 'abc', after integer 0 "
        "(expected text 'abc': type change to INTEGER: affinity of INTEGER)"
        + CAST_HINT
        + "; but CAST makes text that is no number ('abc') 0: that declaration accepts the "
        "loss; to keep it, map such text first (UPDATE t SET v = CASE ... END) or move its "
        'rows aside (MoveRows("t", "..."))',
        "t.v rowid 6: before text '1e3', after integer 1 "
        "(expected integer 1000: type change to INTEGER: affinity of INTEGER)" + CAST_HINT,
    ]


CAST_HINT = (
    ": if the migration converts with CAST, declare it in CHANGES: "
    'ChangeType("t", "v", "INTEGER", expression="CAST(v AS INTEGER)")'
)


CAST_DECLARED = Declared.of([ChangeType("t", "v", to="INTEGER", expression="CAST(v AS INTEGER)")])


def test_a_declared_expression_is_the_conversion(db):
    assert rebuilt_as(db, "INTEGER", "CAST(v AS INTEGER)", CAST_DECLARED) == []


def test_a_conversion_other_than_the_declared_expression_is_evidence(db):
    assert rebuilt_as(db, "INTEGER", "v", CAST_DECLARED)[0] == (
        "t.v rowid 2: before text 'abc', after text 'abc' "
        "(expected integer 0: type change to INTEGER: CAST(v AS INTEGER))"
    )


@pytest.mark.parametrize("sql_type", ["REAL", "NUMERIC", "BLOB"])
def test_the_affinity_of_each_type_is_computed_by_sqlite(db, sql_type):
    declared = Declared.of([ChangeType("t", "v", to=sql_type)])
    assert rebuilt_as(db, sql_type, "v", declared) == []


def test_an_undeclared_type_change_that_converts_values_suggests_the_declaration(db):
    problems = rebuilt_as(db, "INTEGER", "v", Declared())
    assert problems[0] == (
        "column t.v: type TEXT -> INTEGER changed 4 value(s), not declared: "
        'declare it in CHANGES: ChangeType("t", "v", "INTEGER")'
    )
    assert problems[1].startswith("t.v rowid 1: before text '12', after integer 12")
