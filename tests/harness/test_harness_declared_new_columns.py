"""A declared ``AddColumn`` is no licence: the new column may hold only NULL, its DEFAULT
or what a Backfill declares, in every row that existed before; a column the migration
fills with the time it ran (``MigrationTime``) or with random draws (``RandomValue``) holds
whatever it put there. On the note-taking chain of ``tests/example_app``, not EDI's:
migration 0008 adds ``notes.rating`` (or ``notes.stamped``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import add_migration, copy_example_chain, run_matrix

V7_V8 = ("-k", "test_upgrade_path", "--upgrade-path", "v7->v8")
ADD = 'conn.execute("ALTER TABLE notes ADD COLUMN rating INT")'
FILL = 'conn.execute("UPDATE notes SET rating = id * 7")'


def migration(changes: str, *statements: str) -> str:
    body = "\n".join(f"    {s}" for s in statements)
    return f"""
from edi_migrations.changes import AddColumn, Backfill, MigrationTime, RandomValue

CHANGES = ({changes})


def upgrade(conn):
{body}
"""


@pytest.fixture
def chain(pytester: pytest.Pytester) -> Path:
    return copy_example_chain(pytester)


def test_a_declared_new_column_filled_undeclared_fails_naming_column_and_row(pytester, chain):
    add_migration(chain, "rating", migration('AddColumn("notes", "rating"),', ADD, FILL))
    result = run_matrix(pytester, chain, *V7_V8)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*upgrade path v7->v8 broke invariant 'data kept'*",
            "*column notes.rating added and filled in * existing row(s) (e.g. rowid *: *), "
            'not declared: *Backfill("notes", "rating", expression=*',
        ]
    )


CONTROLS = {
    "filled as a Backfill declares": migration(
        'AddColumn("notes", "rating"), Backfill("notes", "rating", expression="id * 7"),',
        ADD,
        FILL,
    ),
    "declared and left NULL": migration('AddColumn("notes", "rating"),', ADD),
    "declared with its DEFAULT": migration(
        'AddColumn("notes", "rating"),',
        'conn.execute("ALTER TABLE notes ADD COLUMN rating INT NOT NULL DEFAULT 3")',
    ),
}


@pytest.mark.parametrize("body", CONTROLS.values(), ids=CONTROLS.keys())
def test_a_declared_new_column_holding_what_it_may_passes(pytester, chain, body):
    add_migration(chain, "rating", body)
    run_matrix(pytester, chain, *V7_V8).assert_outcomes(passed=1)


STAMP = 'conn.execute("ALTER TABLE notes ADD COLUMN stamped TEXT")'
STAMP_NOW = 'conn.execute("UPDATE notes SET stamped = CURRENT_TIMESTAMP")'


def test_a_new_column_filled_with_the_time_undeclared_fails_saying_what_to_declare(
    pytester, chain
):
    add_migration(chain, "stamped", migration("", STAMP, STAMP_NOW))
    result = run_matrix(pytester, chain, *V7_V8)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*column notes.stamped added and filled in * existing row(s)*"
            'MigrationTime("notes", "stamped")*RandomValue("notes", "stamped")*'
        ]
    )


TIMES = {
    "the time it ran": 'MigrationTime("notes", "stamped"),',
    "the time it ran, the column declared": (
        'AddColumn("notes", "stamped"), MigrationTime("notes", "stamped"),'
    ),
}


@pytest.mark.parametrize("changes", TIMES.values(), ids=TIMES.keys())
def test_a_new_column_filled_with_the_time_it_ran_declared_passes(pytester, chain, changes):
    """Every path into v8, stepwise too: two runs stamp different times, never compared."""
    add_migration(chain, "stamped", migration(changes, STAMP, STAMP_NOW))
    walk = ("-k", "test_upgrade_path", "--upgrade-path", "*->v8*")
    run_matrix(pytester, chain, *walk).assert_outcomes(passed=9)
