"""A declared expression is read over the database as it was just before its migration ran.

On a jump, what a later migration's expression reads may exist only in the middle of
the path: a column an earlier migration adds and a later one drops (read over the start
or the end, SQLite says ``no such column``), or a table an earlier migration deletes rows
from (read over the start, the deleted rows still count). The harness upgrades a copy of
the start to the version before the declaring migration and reads the expression there.
A recomputation replayed on the start fires only the triggers the database held just
before its migration: one an earlier migration dropped does not count an edit. The same
chains, with the migration writing something else than it declares, still fail naming
the row.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

ITEMS = '''"""Items and their owners."""


def upgrade(conn):
    conn.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
'''

CODE = """
from edi_migrations.changes import Backfill

CHANGES = (Backfill("items", "code", expression="'c' || (id * 7)"),)


def upgrade(conn):
    conn.execute("ALTER TABLE items ADD COLUMN code TEXT")
    conn.execute("UPDATE items SET code = 'c' || (id * 7)")
"""

SLUG = """
from edi_migrations.changes import Backfill

CHANGES = (Backfill("items", "slug", expression="code || '-' || length(name)"),)


def upgrade(conn):
    conn.execute("ALTER TABLE items ADD COLUMN slug TEXT")
    conn.execute("UPDATE items SET slug = code || '-' || length(name)")
"""

NO_CODE = """
from edi_migrations.changes import DropColumn

CHANGES = (DropColumn("items", "code"),)


def upgrade(conn):
    conn.execute("ALTER TABLE items DROP COLUMN code")
"""

TAGS = """
def upgrade(conn):
    conn.execute("CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT NOT NULL)")
"""

USERS = '''"""Users and what they did."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
        "seen INTEGER NOT NULL DEFAULT 0)"
    )
    conn.execute(
        "CREATE TABLE events (id INTEGER PRIMARY KEY, "
        "user_id INTEGER NOT NULL REFERENCES users(id), kind TEXT NOT NULL)"
    )


def app_writes(conn, ctx):
    """Six users, each with three events, one of them a login."""
    for user in range(1, 7):
        conn.execute("INSERT INTO users (id, name) VALUES (?, ?)", (user, f"user {user}"))
    for event in range(1, 19):
        kind = "login" if event % 3 == 0 else "post"
        conn.execute(
            "INSERT INTO events (id, user_id, kind) VALUES (?, ?, ?)",
            (event, 1 + event % 6, kind),
        )
'''

NO_LOGINS = """
from edi_migrations.changes import DeleteRows

CHANGES = (DeleteRows("events", "kind = 'login'"),)


def upgrade(conn):
    conn.execute("DELETE FROM events WHERE kind = 'login'")
"""

NOTE = """
def upgrade(conn):
    conn.execute("ALTER TABLE users ADD COLUMN note TEXT")
"""

COUNTED = "(SELECT count(*) FROM events WHERE events.user_id = users.id)"

SEEN = f"""
from edi_migrations.changes import Recompute

CHANGES = (Recompute("users", "seen", expression="{COUNTED}"),)


def upgrade(conn):
    conn.execute("UPDATE users SET seen = {COUNTED}")
"""


ACCOUNTS = '''"""Accounts, each update counted by a trigger."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE accounts (id INTEGER PRIMARY KEY, role TEXT NOT NULL, "
        "edits INTEGER NOT NULL DEFAULT 0)"
    )
    conn.execute(
        "CREATE TRIGGER accounts_edited AFTER UPDATE OF role ON accounts BEGIN "
        "UPDATE accounts SET edits = edits + 1 WHERE id = new.id; END"
    )


def app_writes(conn, ctx):
    """Four accounts, two of them hosts."""
    for account in range(1, 5):
        role = "host" if account % 2 else "member"
        conn.execute("INSERT INTO accounts (id, role) VALUES (?, ?)", (account, role))
'''

NO_COUNTER = """
from edi_migrations.changes import DropObject

CHANGES = (DropObject("trigger", "accounts_edited"),)


def upgrade(conn):
    conn.execute("DROP TRIGGER accounts_edited")
"""

ADMINS = "CASE WHEN role = 'host' THEN 'admin' ELSE role END"

ROLES = f"""
from edi_migrations.changes import Recompute

CHANGES = (Recompute("accounts", "role", expression="{ADMINS}"),)


def upgrade(conn):
    conn.execute("UPDATE accounts SET role = {ADMINS}")
"""


def run_path(pytester, folder: Path, path: str) -> pytest.RunResult:
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", path)


@pytest.fixture
def slugs(pytester) -> Path:
    """v1 items, v2 ``items.code``, v3 ``items.slug`` from it, v4 code dropped, v5 tags."""
    folder = first_migration(pytester, ITEMS, name="items")
    add_migration(folder, "code", CODE)
    add_migration(folder, "slug", SLUG)
    add_migration(folder, "no_code", NO_CODE)
    add_migration(folder, "tags", TAGS)
    return folder


@pytest.fixture
def seen(pytester) -> Path:
    """v1 users and events, v2 logins deleted, v3 a note, v4 ``users.seen`` counted."""
    folder = first_migration(pytester, USERS, name="users")
    add_migration(folder, "no_logins", NO_LOGINS)
    add_migration(folder, "note", NOTE)
    add_migration(folder, "seen", SEEN)
    return folder


@pytest.fixture
def roles(pytester) -> Path:
    """v1 accounts and a trigger counting edits, v2 the trigger dropped, v3 roles renamed."""
    folder = first_migration(pytester, ACCOUNTS, name="accounts")
    add_migration(folder, "no_counter", NO_COUNTER)
    add_migration(folder, "roles", ROLES)
    return folder


def test_a_backfill_reading_a_column_only_the_middle_holds_passes_on_a_jump(pytester, slugs):
    run_path(pytester, slugs, "v1->v5").assert_outcomes(passed=1)


def test_the_same_backfill_written_wrong_fails_on_the_jump_naming_the_row(pytester, slugs):
    path = slugs / "0003_slug.py"
    path.write_text(path.read_text().replace("SET slug = code ||", "SET slug = 'x' || code ||"))
    result = run_path(pytester, slugs, "v1->v5")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*broke invariant 'data kept'*", "*items.slug rowid *(expected *backfill code ||*"]
    )


def test_a_recompute_reading_rows_an_earlier_migration_deletes_passes_on_a_jump(pytester, seen):
    run_path(pytester, seen, "v1->v4").assert_outcomes(passed=1)


def test_the_same_recompute_written_wrong_fails_on_the_jump_naming_the_row(pytester, seen):
    path = seen / "0004_seen.py"
    path.write_text(path.read_text().replace('"UPDATE users SET seen = (', '"UPDATE users SET seen = 1 + ('))
    result = run_path(pytester, seen, "v1->v4")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*broke invariant 'data kept'*", "*users.seen rowid *(expected *recompute (SELECT*"]
    )


def test_a_recompute_fires_only_the_triggers_left_before_its_migration(pytester, roles):
    run_path(pytester, roles, "v1->v3").assert_outcomes(passed=1)


def test_the_same_recompute_counting_an_edit_itself_fails_naming_the_row(pytester, roles):
    path = roles / "0003_roles.py"
    path.write_text(path.read_text().replace("SET role =", "SET edits = edits + 1, role ="))
    result = run_path(pytester, roles, "v1->v3")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*broke invariant 'data kept'*", "*accounts.edits rowid *"])
