"""A column added with ``DEFAULT ""`` (memos 0.21's ``user.description``) and a later
rebuild writing the same default as ``DEFAULT ''``: SQLite reads a double-quoted default
as the string it spells, so the default is kept and the rebuild passes; a rebuild that
changes the default to another string still fails, naming it."""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

USERS = '''"""Users."""


def upgrade(conn):
    conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    conn.execute('ALTER TABLE users ADD COLUMN description TEXT NOT NULL DEFAULT ""')
'''

REBUILD = """
def upgrade(conn):
    conn.execute(
        "CREATE TABLE users_new (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
        "description TEXT NOT NULL DEFAULT {default})"
    )
    conn.execute("INSERT INTO users_new SELECT id, name, description FROM users")
    conn.execute("DROP TABLE users")
    conn.execute("ALTER TABLE users_new RENAME TO users")
"""


def run_step(pytester, default: str) -> pytest.RunResult:
    folder = first_migration(pytester, USERS, name="users")
    add_migration(folder, "users_rebuilt", REBUILD.replace("{default}", default))
    args = ("-k", "test_upgrade_path", "--upgrade-path", "v1->v2")
    return run_matrix(pytester, folder, "-o", "edi_migrations_rerun_check=false", *args)


def test_the_same_default_single_quoted_is_kept(pytester):
    run_step(pytester, "''").assert_outcomes(passed=1)


def test_another_default_still_fails_naming_it(pytester):
    result = run_step(pytester, "'none'")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*table users: default on description changed*"])
