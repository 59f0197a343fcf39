"""A declared ``AddColumn`` is no licence: the new column may hold only NULL, its DEFAULT
or what a Backfill declares, in every row that existed before (the note-taking chain of
``tests/example_app``, not EDI's: migration 0008 adds ``notes.rating``)."""

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
from edi_migrations.changes import AddColumn, Backfill

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
