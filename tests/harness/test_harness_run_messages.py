"""A round trip or a re-run that changed the database says what changed: which tables,
how many rows gone, added or changed, in which columns, a few rows by key with their
values before and after, and which schema objects were added, dropped or altered. It never
prints an empty list.

Each spec adds one migration to the example app's chain (a note-taking app, not EDI's);
each broken twin fails with such lines beside a control that passes.
"""

from __future__ import annotations

import pytest

from tests.harness import test_harness_rerun_setting as rerun_setting
from tests.harness_projects import add_migration, run_matrix

chain = rerun_setting.chain  # the fixture: the example app's chain, copied into the project

ROUND_TRIP = ("-k", "test_round_trip and v7-")
RERUN = ("-k", "test_rerun and m0008-on-v8", "-o", "edi_migrations_rerun_check=required")

RATING_UP = """
def upgrade(conn):
    conn.execute("ALTER TABLE notes ADD COLUMN rating INT")
"""
DOWN_ALTERS_AND_LOSES = """
def downgrade(conn):
    conn.execute("UPDATE notes SET body = 'edited ' || body WHERE id % 4 = 0")
    conn.execute("DELETE FROM edits WHERE id % 3 = 0")
    conn.execute("ALTER TABLE notes DROP COLUMN rating")
"""
DOWN_SOUND = """
def downgrade(conn):
    conn.execute("ALTER TABLE notes DROP COLUMN rating")
"""
INDEX_EACH_RUN = """
def upgrade(conn):
    n = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'index'").fetchone()[0]
    conn.execute(f"CREATE INDEX idx_notes_created_{n} ON notes(created)")
"""
INDEX_ONCE = """
def upgrade(conn):
    conn.execute("CREATE INDEX IF NOT EXISTS idx_notes_created ON notes(created)")
"""
RERUNS_THAT_CHANGE = {
    "the-schema": (
        INDEX_EACH_RUN,
        [
            "*re-run changed the database: the schema (1 object(s)), no rows*",
            "*schema: index idx_notes_created_* added*",
        ],
    ),
    "rows": (
        rerun_setting.NOT_IDEMPOTENT,  # inserts its one setting again on each run
        [
            "*re-run changed the database: rows of settings*",
            "*table settings: 1 row(s) added*",
            "*settings rowid *: row added (key=text 'theme', value=text 'dark')*",
        ],
    ),
}


def failure_text(result: pytest.RunResult) -> str:
    return result.stdout.str().split(" FAILURES ")[1]


def test_a_round_trip_that_alters_and_loses_rows_names_them(pytester, chain):
    add_migration(chain, "rating", RATING_UP + DOWN_ALTERS_AND_LOSES)
    result = run_matrix(pytester, chain, *ROUND_TRIP)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*broke invariant 'round trip up->down'*",
            "*table edits: * row(s) gone*",
            "*edits rowid *: row gone (*",
            "*table notes: * row(s) changed in column body*",
            "*notes rowid *: body: text * -> text 'edited *",
        ]
    )
    assert "differs" not in failure_text(result)


def test_a_sound_round_trip_passes(pytester, chain):
    add_migration(chain, "rating", RATING_UP + DOWN_SOUND)
    run_matrix(pytester, chain, *ROUND_TRIP).assert_outcomes(passed=1)


@pytest.mark.parametrize(("body", "lines"), RERUNS_THAT_CHANGE.values(), ids=RERUNS_THAT_CHANGE)
def test_a_rerun_that_changes_the_database_says_what_never_an_empty_list(
    pytester, chain, body, lines
):
    add_migration(chain, "rerun", body)
    result = run_matrix(pytester, chain, *RERUN)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(lines)
    assert "[]" not in failure_text(result)


def test_a_rerun_that_changes_nothing_passes(pytester, chain):
    add_migration(chain, "created_index", INDEX_ONCE)
    run_matrix(pytester, chain, *RERUN).assert_outcomes(passed=1)
