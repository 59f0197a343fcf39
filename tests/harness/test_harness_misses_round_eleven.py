"""Red team, round eleven: the last merges attacked, each finding a broken twin beside its
sound control, on small chains that are not EDI's.

1. A declared expression read a column literally named ``rowid`` as the row number: the
   copy it is evaluated in gave every row its number under ``rowid`` (an imported table's
   own ``rowid`` column took the number, its value lost). A fill copying that column
   failed (a false alarm), and one writing the row number instead passed. The replay of
   a declared deletion on such a table picked its rows by ``rowid`` too, and a sound
   ``DeleteRows`` stopped with a ``KeyError``.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import run_matrix
from tests.newcomer_chains import STEP, step_fails_showing, two_steps

IMPORTED = '''"""Rows imported from a spreadsheet, whose own first column is called rowid."""


def upgrade(conn):
    conn.execute(\'CREATE TABLE sheet ("rowid" INTEGER NOT NULL, title TEXT NOT NULL)\')


def app_writes(conn, ctx):
    """The sheet's own row numbers start at 1000."""
    rows = [(1000 + n, f"row {n}") for n in range(ctx.rows)]
    conn.executemany(\'INSERT INTO sheet ("rowid", title) VALUES (?, ?)\', rows)
'''

KEEPS_THE_SHEET_NUMBER = """
from edi_migrations.changes import Backfill

CHANGES = (Backfill("sheet", "source_row", expression="rowid * 10"),)


def upgrade(conn):
    conn.execute("ALTER TABLE sheet ADD COLUMN source_row INTEGER")
    conn.execute("UPDATE sheet SET source_row = FILLED")
"""


@pytest.mark.parametrize(
    "filled", ["rowid * 10", "_rowid_ * 10"], ids=["the-column", "the-row-number"]
)
def test_a_fill_from_a_column_named_rowid_reads_the_column(pytester, filled):
    folder = two_steps(pytester, IMPORTED, KEEPS_THE_SHEET_NUMBER.replace("FILLED", filled))
    if "_" not in filled:
        run_matrix(pytester, folder, *STEP).assert_outcomes(passed=1)
        return
    step_fails_showing(pytester, folder, ["*broke invariant 'data kept'*", "*sheet.source_row*"])


DELETES = """
from edi_migrations.changes import DeleteRows

CHANGES = (DeleteRows("sheet", "title = 'row 3'"),)


def upgrade(conn):
    conn.execute("DELETE FROM sheet WHERE DOOMED")
"""


@pytest.mark.parametrize(
    "doomed", ["title = 'row 3'", "title IN ('row 3', 'row 4')"], ids=["declared", "one-more"]
)
def test_a_declared_deletion_on_a_table_with_a_rowid_column(pytester, doomed):
    folder = two_steps(pytester, IMPORTED, DELETES.replace("DOOMED", doomed))
    if doomed.startswith("title ="):
        run_matrix(pytester, folder, *STEP).assert_outcomes(passed=1)
        return
    step_fails_showing(
        pytester, folder, ["*broke invariant 'data kept'*", "*sheet rowid 5: row lost*"]
    )
