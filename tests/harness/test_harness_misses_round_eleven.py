"""Red team, round eleven: the last merges attacked, each finding a broken twin beside its
sound control, on small chains that are not EDI's.

1. A declared expression read a column literally named ``rowid`` as the row number: the
   copy it is evaluated in gave every row its number under ``rowid`` (an imported table's
   own ``rowid`` column took the number, its value lost). A fill copying that column
   failed (a false alarm), and one writing the row number instead passed. The replay of
   a declared deletion on such a table picked its rows by ``rowid`` too, and a sound
   ``DeleteRows`` stopped with a ``KeyError``.
2. A NOT NULL failure of ``UPDATE t SET c = (SELECT ... WHERE ...)`` named no row: the
   statement was cut at the subquery's ``WHERE``, and SQLite could not read the halves.
3. A kept verdict was reused after an environment variable a migration reads changed
   (``os.environ.get("PURGE_DRAFTS")``): the same files, the same key, another migration.
   The variables a migration names in its source are inputs of the key now.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import outer_seed, run_matrix
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


LOOKED_UP = '''"""Tasks with a status number, and the names the app gives them."""


def upgrade(conn):
    conn.execute("CREATE TABLE kinds (code INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    conn.execute("CREATE TABLE tasks (id INTEGER PRIMARY KEY, status INTEGER NOT NULL)")
'''

NAMED = """
def upgrade(conn):
    conn.execute("ALTER TABLE tasks ADD COLUMN state TEXT NOT NULL DEFAULT 'todo'")
    conn.execute(
        "UPDATE tasks SET state = (SELECT name FROM kinds WHERE kinds.code = tasks.status)"
        " WHERE status >= 0"
    )
"""


def test_a_lookup_by_a_correlated_subquery_names_the_rows_it_leaves_null(pytester):
    lines = ["*before the failing step, * row(s) of tasks gave state NULL: rowid * (status=*"]
    step_fails_showing(pytester, two_steps(pytester, LOOKED_UP, NAMED), lines)


# The control fills the new column from the lookup (a fallback where none is found), and
# says so: where a drawn kind's code meets a task's status (some seeds, not others), the
# fill writes a name and an undeclared fill is rightly refused.
LOOKED_UP_FILL = """
from edi_migrations.changes import Backfill

CHANGES = (
    Backfill(
        "tasks",
        "state",
        expression="CASE WHEN status >= 0 THEN coalesce("
        "(SELECT name FROM kinds WHERE kinds.code = tasks.status), 'todo') ELSE 'todo' END",
    ),
)
"""


def test_the_same_lookup_with_a_fallback_passes(pytester):
    named = NAMED.replace("tasks.status)", "tasks.status), 'todo')").replace(
        "= (SELECT", "= coalesce((SELECT"
    )
    folder = two_steps(pytester, LOOKED_UP, LOOKED_UP_FILL + named)
    run_matrix(pytester, folder, *STEP).assert_outcomes(passed=1)


DRAFTS = '''"""Notes, some of them drafts."""


def upgrade(conn):
    conn.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL, draft INTEGER)")
'''

PURGES_ON_A_SETTING = """
import os


def upgrade(conn):
    conn.execute("CREATE INDEX ix_note_draft ON note (draft)")
    if os.environ.get("PURGE_DRAFTS") == "1":  # a deployment's setting
        conn.execute("DELETE FROM note")
"""


@pytest.mark.parametrize("purge", ["0", "1"], ids=["same-setting", "purging"])
def test_a_kept_verdict_follows_an_environment_variable_a_migration_reads(
    pytester, monkeypatch, purge
):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("MIGRATIONS_VERDICTS", raising=False)
    monkeypatch.setenv("PURGE_DRAFTS", "0")
    folder = two_steps(pytester, DRAFTS, PURGES_ON_A_SETTING)
    own_cache(pytester, folder).assert_outcomes(passed=1)
    monkeypatch.setenv("PURGE_DRAFTS", purge)
    again = own_cache(pytester, folder)
    if purge == "0":
        again.assert_outcomes(skipped=1)  # its verdict kept
        return
    again.assert_outcomes(failed=1)
    again.stdout.fnmatch_lines(["*broke invariant 'data kept'*"])


def own_cache(pytester: pytest.Pytester, folder: Path) -> pytest.RunResult:
    """A run on the project's own cache: a second run reads the verdicts the first kept."""
    return pytester.runpytest_inprocess(*outer_seed(), "--migrations-dir", str(folder), *STEP)
