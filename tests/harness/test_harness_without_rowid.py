"""A declared expression is evaluated beside WITHOUT ROWID tables, on a chain that is not
EDI's: a counter table ``t`` and a settings table ``w`` keyed by its text (no rowid).

A ``Backfill`` computes what each row of ``t`` should hold in a copy of every table; a
WITHOUT ROWID table's rows are keyed by their primary key, not a rowid, and the copy
takes them as they are. The sound backfill passes; one that writes another value fails
naming the row. An expression over the WITHOUT ROWID table itself is keyed the same way.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import add_migration, run_matrix

INITIAL = '''"""Counters, and settings keyed by their name (no rowid)."""


def upgrade(conn):
    conn.execute("CREATE TABLE t (x INTEGER)")
    conn.execute("CREATE TABLE w (a TEXT PRIMARY KEY, b INTEGER) WITHOUT ROWID")
'''

NEXT = """
from edi_migrations.changes import Backfill

CHANGES = (Backfill("t", "y", expression="x + 1"),)


def upgrade(conn):
    conn.execute("ALTER TABLE t ADD COLUMN y INTEGER")
    conn.execute("UPDATE t SET y = x {written}")
"""

SETTING_LENGTHS = """
from edi_migrations.changes import Backfill

CHANGES = (Backfill("w", "n", expression="length(a)"),)


def upgrade(conn):
    conn.execute("ALTER TABLE w ADD COLUMN n INTEGER")
    conn.execute("UPDATE w SET n = length(a) {written}")
"""


@pytest.fixture
def chain(pytester) -> Path:
    folder = pytester.path / "migrations"
    folder.mkdir()
    (folder / "0001_initial.py").write_text(INITIAL)
    return folder


def the_backfill(pytester, folder: Path):
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")


@pytest.mark.parametrize(
    "body, written",
    [(NEXT, "+ 1"), (SETTING_LENGTHS, "")],
    ids=["rowid-table", "without-rowid-table"],
)
def test_a_sound_backfill_beside_a_without_rowid_table_passes(pytester, chain, body, written):
    add_migration(chain, "backfill", body.format(written=written))
    result = the_backfill(pytester, chain)
    result.assert_outcomes(passed=1)


def test_a_backfill_writing_another_value_fails_naming_the_row(pytester, chain):
    add_migration(chain, "backfill", NEXT.format(written="+ 2"))
    result = the_backfill(pytester, chain)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*upgrade path v1->v2 broke invariant 'data kept'*",
            "*t.y rowid *: before (no column), after integer * (expected integer *: backfill*x + 1*",
        ]
    )


def test_a_backfill_of_the_without_rowid_table_writing_another_value_fails(pytester, chain):
    add_migration(chain, "backfill", SETTING_LENGTHS.format(written="* 2"))
    result = the_backfill(pytester, chain)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*upgrade path v1->v2 broke invariant 'data kept'*",
            "*w.n rowid ('*',): before (no column), after integer * (expected integer *: backfill*",
        ]
    )
