"""The previous-app check on a newcomer's chain (not EDI's), one migration per case.

The app derived from the schema must catch what an old app's writes meet at the edges of
its schema: a CHECK tightened below values the old schema admitted fails, whichever row
the seed draws, while the same table rebuilt with the CHECK widened passes.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

CHECK = ("-k", "test_previous_app_still_works", "-o", "edi_migrations_previous_app=required")

NOTES = '''"""Notes: a title and a priority the app keeps between 0 and 9."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL, "
        "priority INTEGER NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 9))"
    )
'''

REBUILT = """
from edi_migrations.changes import ChangeConstraint, Recompute

CHANGES = (ChangeConstraint("notes", "priority"),{recompute})


def upgrade(conn):
    conn.execute(
        "CREATE TABLE notes_new (id INTEGER PRIMARY KEY, title TEXT NOT NULL, "
        "priority INTEGER NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND {top}))"
    )
    conn.execute("INSERT INTO notes_new SELECT id, title, {copy} FROM notes")
    conn.execute("DROP TABLE notes")
    conn.execute("ALTER TABLE notes_new RENAME TO notes")
"""

TIGHTENED = REBUILT.format(
    recompute=' Recompute("notes", "priority", "min(priority, 3)")', top=3, copy="min(priority, 3)"
)
WIDENED = REBUILT.format(recompute="", top=99, copy="priority")


@pytest.mark.parametrize("seed", ["1", "2", "3"])
def test_a_tightened_check_fails_the_derived_previous_app(pytester, seed):
    result = _run(pytester, "fewer_priorities", TIGHTENED, seed)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*0002_fewer_priorities: the v1 app no longer works on v2*",
            "*'insert into notes' of the v1 app (derived from the schema): fails on the "
            "upgraded database: CHECK constraint failed*",
        ]
    )


@pytest.mark.parametrize("seed", ["1", "2", "3"])
def test_a_widened_check_keeps_the_derived_previous_app_working(pytester, seed):
    _run(pytester, "more_priorities", WIDENED, seed).assert_outcomes(passed=1)


def _run(pytester: pytest.Pytester, name: str, body: str, seed: str) -> pytest.RunResult:
    chain = first_migration(pytester, NOTES, "notes")
    add_migration(chain, name, body)
    return run_matrix(pytester, chain, *CHECK, "--migrations-seed", seed)


VIEW_NOTES = '''"""Notes, and a view of the urgent ones the app lists."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT, "
        "priority INTEGER NOT NULL DEFAULT 0)"
    )
    conn.execute("CREATE VIEW urgent AS SELECT id, title, priority FROM notes WHERE priority > 5")
    conn.execute("CREATE VIEW total AS SELECT abs(count(*) * 0 - 9223372036854775807 - 1) AS t FROM notes")
'''

REDEFINED = """
from edi_migrations.changes import ReplaceView

CHANGES = (ReplaceView("urgent"),)


def upgrade(conn):
    conn.execute("DROP VIEW urgent")
    conn.execute("CREATE VIEW urgent AS SELECT {columns} FROM notes WHERE priority > 5")
"""


@pytest.mark.parametrize(
    ("columns", "expect"),
    [("id, title", "failed"), ("id, title, priority, body", "passed")],
    ids=["a-column-less", "a-column-more"],
)
def test_a_redefined_view_is_read_by_the_derived_previous_app(pytester, columns, expect):
    """A view losing a column breaks an old app reading it, declared ReplaceView or not; a
    view gaining one does not (its old columns read the same rows). The view ``total``,
    which overflows on the start itself, is no break of the migration's."""
    chain = first_migration(pytester, VIEW_NOTES, "notes")
    add_migration(chain, "urgent_again", REDEFINED.format(columns=columns))
    result = run_matrix(pytester, chain, *CHECK)
    result.assert_outcomes(**{expect: 1})
    if expect == "failed":
        result.stdout.fnmatch_lines(
            [
                "*'read view urgent' of the v1 app (derived from the schema): fails on v2: "
                "no such column: priority*"
            ]
        )
