"""A column (or table) dropped, then one of the same name added later on the path, is
another: judged as an addition (its DEFAULT or a declared backfill), never compared with
the values and constraints of the one dropped."""

from __future__ import annotations

import pytest

from edi_migrations.changes import Backfill, DropColumn, DropTable
from edi_migrations.harness.invariants.compare import Declared, data_kept
from edi_migrations.harness.invariants.constraints import constraints_kept
from edi_migrations.harness.invariants.hints import COMPUTED_IN_PYTHON
from tests.invariant_support import snapshots_around

START = """
CREATE TABLE t (id INTEGER PRIMARY KEY, c TEXT NOT NULL DEFAULT '' CHECK (c <> 'zzz'));
INSERT INTO t VALUES (1, 'a'), (2, '7'), (3, '');
"""
AGAIN = "ALTER TABLE t DROP COLUMN c; ALTER TABLE t ADD COLUMN c INTEGER DEFAULT 5;"
DROPPED = Declared.of([DropColumn("t", "c")])


def evidence(tmp_path, script: str, declared: Declared) -> list[str]:
    before, after = snapshots_around(tmp_path / "t.db", START, script)
    return [*data_kept(before, after, declared), *constraints_kept(before, after, declared)]


CONTROLS = {
    "made again with its default": (AGAIN, DROPPED),
    "a table made again, empty": (
        "DROP TABLE t; CREATE TABLE t (id INTEGER PRIMARY KEY, c BLOB)",
        Declared.of([DropTable("t")]),
    ),
    "made again and backfilled as declared": (
        AGAIN + "UPDATE t SET c = id * 2",
        Declared.of([DropColumn("t", "c"), Backfill("t", "c", expression="id * 2")]),
    ),
}


@pytest.mark.parametrize("script, declared", CONTROLS.values(), ids=CONTROLS.keys())
def test_what_is_made_again_after_its_drop_is_judged_as_new(tmp_path, script, declared):
    assert evidence(tmp_path, script, declared) == []


def test_a_column_made_again_and_filled_undeclared_fails_as_an_addition(tmp_path):
    assert evidence(tmp_path, AGAIN + "UPDATE t SET c = id", DROPPED) == [
        "column t.c added and filled in 3 existing row(s) (e.g. rowid 1: integer 1), not "
        'declared: declare it in CHANGES: Backfill("t", "c", expression="...")'
        '; the time the migration ran: MigrationTime("t", "c")'
        '; a random draw: RandomValue("t", "c")',
        COMPUTED_IN_PYTHON,
    ]


def test_without_the_drop_declared_the_old_values_are_still_compared(tmp_path):
    problems = evidence(tmp_path, AGAIN, Declared())
    assert (
        "t.c rowid 1: before text 'a', after integer 5 (expected text 'a': unchanged): "
        'declare it in CHANGES: Recompute("t", "c", expression="...")' in problems
    )


LOST_HINT = 'declare it in CHANGES: MoveRows("t", "..."), or DeleteRows("t", where="...")'


def test_a_table_made_again_without_its_drop_declared_loses_rows(tmp_path):
    script = "DROP TABLE t; CREATE TABLE t (id INTEGER PRIMARY KEY, c BLOB)"
    assert "t rowid 1: row lost (id=integer 1, c=text 'a'): " + LOST_HINT in evidence(
        tmp_path, script, Declared()
    )
