"""``Backfill(expression=...)``: each row's expected value is the expression over the row
before the path, compared typeof-exactly; a value already there is kept."""

from __future__ import annotations

import pytest

from edi_migrations.changes import AddColumn, Backfill
from edi_migrations.harness.invariants.compare import Declared
from tests.invariant_support import data_kept_across, table_database

ROWS = [(1, "abc", 0.5), (2, "", -1.0), (3, None, 2.0)]
LENGTH = Declared.of([AddColumn("t", "size"), Backfill("t", "size", expression="length(name)")])


@pytest.fixture
def db(tmp_path):
    return table_database(
        tmp_path / "t.db", "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL)", ROWS
    )


changed = data_kept_across


def test_the_expression_computed_by_the_migration_passes(db):
    script = "ALTER TABLE t ADD COLUMN size INT; UPDATE t SET size = length(name)"
    assert changed(db, script, LENGTH) == []


def test_a_wrong_value_names_row_expected_and_actual(db):
    script = "ALTER TABLE t ADD COLUMN size INT; UPDATE t SET size = length(name) + (id = 2)"
    assert changed(db, script, LENGTH) == [
        "t.size rowid 2: before (no column), after integer 1 "
        "(expected integer 0: backfill length(name))"
    ]


def test_the_storage_class_counts(db):
    declared = Declared.of(
        [AddColumn("t", "size"), Backfill("t", "size", expression="length(name)")]
    )
    script = "ALTER TABLE t ADD COLUMN size; UPDATE t SET size = CAST(length(name) AS TEXT)"
    problems = changed(db, script, declared)
    assert problems[0] == (
        "t.size rowid 1: before (no column), after text '3' "
        "(expected integer 3: backfill length(name))"
    )


def test_the_sign_of_a_zero_counts(db):
    declared = Declared.of([AddColumn("t", "neg"), Backfill("t", "neg", expression="-0.0 * id")])
    script = "ALTER TABLE t ADD COLUMN neg; UPDATE t SET neg = 0.0 * id"
    assert [p.split(":")[0] for p in changed(db, script, declared)] == [
        f"t.neg rowid {n}" for n in (1, 2, 3)
    ]


def test_a_value_already_there_is_kept(db):
    declared = Declared.of([Backfill("t", "name", expression="'n' || id")])
    assert changed(db, "UPDATE t SET name = coalesce(name, 'n' || id)", declared) == []
    assert changed(db, "UPDATE t SET name = 'n' || id", declared)[0].startswith("t.name rowid 1:")


STEPS = (
    "ALTER TABLE t ADD COLUMN extra INT; UPDATE t SET extra = id;"
    "ALTER TABLE t ADD COLUMN twice INT; UPDATE t SET twice = extra * {factor}"
)
TWO_STEPS = Declared.of(
    [
        AddColumn("t", "extra"),
        Backfill("t", "extra", expression="id"),
        AddColumn("t", "twice"),
        Backfill("t", "twice", expression="extra * 2"),
    ]
)


@pytest.mark.parametrize("factor, evidence", [(2, []), (3, ["t.twice rowid 1"])])
def test_an_expression_naming_a_column_the_start_lacks_reads_the_row_after(db, factor, evidence):
    """On v1->v2->v4 a column an earlier step adds is not in the start: the expression
    then reads the other columns of the row as it is after the path."""
    problems = changed(db, STEPS.format(factor=factor), TWO_STEPS)
    assert [p.split(":")[0] for p in problems][:1] == evidence
