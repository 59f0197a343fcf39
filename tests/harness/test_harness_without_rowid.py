"""A declared expression is evaluated beside WITHOUT ROWID tables, on a chain that is not
EDI's: a counter table ``t`` and a settings table ``w`` keyed by its text (no rowid).

A ``Backfill`` computes what each row should hold in a copy of every table; a WITHOUT
ROWID table's rows are keyed by their primary key, not a rowid, and the copy takes them
as they are. The sound backfill passes, of ``t`` beside ``w`` and of ``w`` itself; one
that writes another value fails naming the row, by rowid or by key.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, backfill, first_migration, run_matrix

INITIAL = '''"""Counters, and settings keyed by their name (no rowid)."""


def upgrade(conn):
    conn.execute("CREATE TABLE t (x INTEGER)")
    conn.execute("CREATE TABLE w (a TEXT PRIMARY KEY, b INTEGER) WITHOUT ROWID")
'''

BACKFILLS = {  # (table, column, expression declared, expression a broken twin writes)
    "rowid-table-beside-it": ("t", "y", "x + 1", "x + 2"),
    "without-rowid-table": ("w", "n", "length(a)", "length(a) * 2"),
}


def the_backfill(pytester, body: str):
    folder = first_migration(pytester, INITIAL)
    add_migration(folder, "backfill", body)
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")


@pytest.mark.parametrize("table, column, expression, _", BACKFILLS.values(), ids=BACKFILLS.keys())
def test_a_sound_backfill_beside_a_without_rowid_table_passes(
    pytester, table, column, expression, _
):
    result = the_backfill(pytester, backfill(table, column, expression))
    result.assert_outcomes(passed=1)


@pytest.mark.parametrize(
    "table, column, expression, written, key",
    [(*fill, key) for fill, key in zip(BACKFILLS.values(), ("*", "('*',)"), strict=True)],
    ids=BACKFILLS.keys(),
)
def test_a_backfill_writing_another_value_fails_naming_the_row(
    pytester, table, column, expression, written, key
):
    result = the_backfill(pytester, backfill(table, column, expression, written))
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*upgrade path v1->v2 broke invariant 'data kept'*",
            f"*{table}.{column} rowid {key}: before (no column), after integer * "
            f"(expected integer *: backfill*{expression}*",
        ]
    )
