"""A round trip or a re-run that changed the database says what changed: which tables,
how many rows gone, added or changed, in which columns, a few rows by key with their
values before and after, and which schema objects were added, dropped or altered. It never
prints an empty list.

Each spec adds one migration to the example app's chain (a note-taking app, not EDI's);
each broken twin fails with such lines beside a control that passes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.harness_projects import add_migration, run_matrix

EXAMPLE = Path(__file__).parents[1] / "example_app" / "migrations"
ROUND_TRIP = ("-k", "test_round_trip and v7-")
RERUN = ("-k", "test_rerun and m0008-on-v8")

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
ROW_EACH_RUN = """
def upgrade(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS settings (key TEXT, value TEXT)")
    conn.execute("INSERT INTO settings VALUES ('theme', 'dark')")
"""


@pytest.fixture
def chain(pytester: pytest.Pytester) -> Path:
    folder = pytester.path / "migrations"
    shutil.copytree(EXAMPLE, folder, ignore=shutil.ignore_patterns("__pycache__", "schema_*"))
    return folder


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


def test_a_rerun_that_changes_the_schema_names_the_objects_never_an_empty_list(pytester, chain):
    add_migration(chain, "created_index", INDEX_EACH_RUN)
    result = run_matrix(pytester, chain, *RERUN)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*re-run changed the database: the schema (1 object(s)), no rows*",
            "*schema: index idx_notes_created_* added*",
        ]
    )
    assert "[]" not in failure_text(result)


def test_a_rerun_that_adds_rows_names_the_table_and_the_rows(pytester, chain):
    add_migration(chain, "settings", ROW_EACH_RUN)
    result = run_matrix(pytester, chain, *RERUN)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*re-run changed the database: rows of settings*",
            "*table settings: 1 row(s) added*",
            "*settings rowid 2: row added (key=text 'theme', value=text 'dark')*",
        ]
    )


def test_a_rerun_that_changes_nothing_passes(pytester, chain):
    add_migration(chain, "created_index", INDEX_ONCE)
    run_matrix(pytester, chain, *RERUN).assert_outcomes(passed=1)
