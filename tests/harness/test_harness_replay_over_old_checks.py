"""A path across a rebuild that drops a CHECK and a later recomputation that writes a
value the old CHECK refused (memos: ``user.role`` loses its CHECK at 0.26/03, then HOST
becomes ADMIN): the declared recomputation is replayed on the start's copy without the
start's CHECKs (the path's end holds none), so the path passes; a step writing another
value than the declared one still fails, naming the row."""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

USERS = '''"""Users, each a HOST or a USER."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE users (id INTEGER PRIMARY KEY, "
        "role TEXT NOT NULL CHECK (role IN ('HOST', 'USER')) DEFAULT 'USER')"
    )
'''

NO_CHECK = """
from edi_migrations.changes import DropConstraint

CHANGES = (DropConstraint("users", "check", column="role"),)


def upgrade(conn):
    conn.execute("CREATE TABLE users_new (id INTEGER PRIMARY KEY, role TEXT NOT NULL DEFAULT 'USER')")
    conn.execute("INSERT INTO users_new SELECT id, role FROM users")
    conn.execute("DROP TABLE users")
    conn.execute("ALTER TABLE users_new RENAME TO users")
"""

ADMIN = """
from edi_migrations.changes import Recompute

CHANGES = (
    Recompute("users", "role", expression="CASE WHEN role = 'HOST' THEN 'ADMIN' ELSE role END"),
)


def upgrade(conn):
    conn.execute("UPDATE users SET role = {value} WHERE role = 'HOST'")
"""


def run_path(pytester, value: str) -> pytest.RunResult:
    folder = first_migration(pytester, USERS, name="users")
    add_migration(folder, "role_unchecked", NO_CHECK)
    add_migration(folder, "host_is_admin", ADMIN.replace("{value}", value))
    args = ("-k", "test_upgrade_path", "--upgrade-path", "v1->v3")
    return run_matrix(pytester, folder, "-o", "edi_migrations_rerun_check=false", *args)


def test_the_recomputation_replays_past_the_checks_the_path_dropped(pytester):
    run_path(pytester, "'ADMIN'").assert_outcomes(passed=1)


def test_a_step_writing_another_value_still_fails(pytester):
    result = run_path(pytester, "'OWNER'")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*users.role rowid * after text 'OWNER'*"])
