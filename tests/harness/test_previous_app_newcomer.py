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
