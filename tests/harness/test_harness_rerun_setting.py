"""The re-run check runs unless a project switches it off with one ini line.

``test_rerun_of_an_applied_migration_changes_nothing`` holds a migration to being
re-runnable, a promise some runners need and others never call on (their runner records
each applied migration and never runs it twice). ``edi_migrations_rerun_check = false``
reports the check as skipped, saying why; it never passes it silently. Its failure
names that line, so a project whose runner never re-runs knows how to say so. (Whether a
change fails or is only reported: ``test_rerun_reported.py``; these specs require it.)

Each spec runs the example app's chain (not EDI's) with one migration added.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.harness_projects import add_migration, run_matrix

EXAMPLE = Path(__file__).parents[1] / "example_app" / "migrations"
LINE = "edi_migrations_rerun_check = false"
REQUIRED = "edi_migrations_rerun_check = required"
RERUN_OF_THE_NEW_ONE = ("-k", "test_rerun", "--upgrade-path", "rerun->v8-on-v8")

NOT_IDEMPOTENT = """
def upgrade(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS settings (key TEXT, value TEXT)")
    conn.execute("INSERT INTO settings VALUES ('theme', 'dark')")
"""
IDEMPOTENT = """
def upgrade(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT OR IGNORE INTO settings VALUES ('theme', 'dark')")
"""


@pytest.fixture
def chain(pytester: pytest.Pytester) -> Path:
    folder = pytester.path / "migrations"
    shutil.copytree(EXAMPLE, folder, ignore=shutil.ignore_patterns("__pycache__", "schema_*"))
    return folder


def test_a_non_idempotent_migration_fails_naming_the_line_that_switches_the_check_off(
    pytester, chain
):
    add_migration(chain, "settings", NOT_IDEMPOTENT)
    pytester.makeini(f"[pytest]\n{REQUIRED}\n")
    result = run_matrix(pytester, chain, *RERUN_OF_THE_NEW_ONE)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*0008_settings re-run on v8 broke invariant 'idempotent'*",
            "*re-run changed the database*",
            f"*{LINE}*",
        ]
    )
    failure = result.stdout.str().split(" FAILURES ")[1].split(" migrations-seed ")[0]
    assert "EDI" not in failure  # a foreign project's failure speaks of its own runner


def test_with_the_line_every_rerun_is_skipped_saying_why(pytester, chain):
    add_migration(chain, "settings", NOT_IDEMPOTENT)
    pytester.makeini(f"[pytest]\n{LINE}\n")
    result = run_matrix(pytester, chain, "-k", "test_rerun", "-rs")
    outcomes = result.parseoutcomes()
    assert set(outcomes) == {"skipped", "deselected"}, outcomes
    assert outcomes["skipped"] == 15  # each migration on its own version and on head
    result.stdout.fnmatch_lines([f"SKIPPED*{LINE}*"])


def test_with_the_line_the_other_checks_still_run(pytester, chain):
    add_migration(chain, "settings", NOT_IDEMPOTENT)
    pytester.makeini(f"[pytest]\n{LINE}\n")
    result = run_matrix(pytester, chain, "-k", "test_upgrade_path", "--upgrade-path", "v7->v8")
    result.assert_outcomes(passed=1)


def test_a_sound_migration_passes_with_the_default(pytester, chain):
    add_migration(chain, "settings", IDEMPOTENT)
    result = run_matrix(pytester, chain, *RERUN_OF_THE_NEW_ONE)
    result.assert_outcomes(passed=1)


def test_a_value_that_is_not_a_truth_value_is_refused_naming_the_line(pytester, chain):
    pytester.makeini("[pytest]\nedi_migrations_rerun_check = sometimes\n")
    result = run_matrix(pytester, chain, *RERUN_OF_THE_NEW_ONE)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        ["*edi_migrations_rerun_check*sometimes*required, reported or false*"]
    )
