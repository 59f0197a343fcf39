"""A chain whose table rebuild renamed the old table aside (memos 0.2's ``user``), so that
another table's foreign key follows it and then names a table that no longer exists:
the start databases after it are still built (an app that leaves foreign keys off keeps
writing those rows, and every value they hold dangles), so its later steps run; the
step that left the reference behind still fails, naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

NOTES = '''"""Users and their notes."""


def upgrade(conn):
    conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    conn.execute(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, "
        "user_id INTEGER NOT NULL REFERENCES users(id), body TEXT)"
    )
'''

RENAMED_ASIDE = """
def upgrade(conn):
    conn.execute("ALTER TABLE users RENAME TO users_old")
    conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '')")
    conn.execute("INSERT INTO users SELECT * FROM users_old")
    conn.execute("DROP TABLE users_old")
"""

BUILT_BESIDE = """
def upgrade(conn):
    conn.execute("CREATE TABLE users_new (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '')")
    conn.execute("INSERT INTO users_new SELECT * FROM users")
    conn.execute("DROP TABLE users")
    conn.execute("ALTER TABLE users_new RENAME TO users")
"""

PINNED = """
def upgrade(conn):
    conn.execute("ALTER TABLE notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0")
"""


def chain(pytester, rebuild: str) -> Path:
    folder = first_migration(pytester, NOTES, name="notes")
    add_migration(folder, "users_name_default", rebuild)
    add_migration(folder, "notes_pinned", PINNED)
    return folder


def run_path(pytester, folder: Path, path: str) -> pytest.RunResult:
    args = ("-o", "edi_migrations_rerun_check=false", "-k", "test_upgrade_path")
    return run_matrix(pytester, folder, *args, "--upgrade-path", path)


@pytest.mark.parametrize("rebuild", [RENAMED_ASIDE, BUILT_BESIDE], ids=["aside", "beside"])
def test_the_step_after_the_rebuild_builds_its_start_and_passes(pytester, rebuild):
    run_path(pytester, chain(pytester, rebuild), "v2->v3").assert_outcomes(passed=1)


def test_the_rebuild_that_renamed_the_table_aside_fails_naming_the_reference(pytester):
    result = run_path(pytester, chain(pytester, RENAMED_ASIDE), "v1->v2")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*0002_users_name_default left * foreign-key violation*"])
    result.stdout.fnmatch_lines(
        [
            "*notes(user_id) -> users_old: table users_old does not exist*"
            "references follow a table renamed*edi_migrations.rebuild*",
        ]
    )
    assert "say so in app_writes" not in result.stdout.str()  # no data of the app's is wrong


def test_the_rebuild_built_beside_passes(pytester):
    run_path(pytester, chain(pytester, BUILT_BESIDE), "v1->v2").assert_outcomes(passed=1)


def test_the_previous_app_after_the_rebuild_still_works(pytester):
    folder = chain(pytester, RENAMED_ASIDE)
    args = ("-o", "edi_migrations_rerun_check=false")
    result = run_matrix(pytester, folder, *args, "-k", "test_previous_app_still_works and v2-app")
    result.assert_outcomes(passed=1)
