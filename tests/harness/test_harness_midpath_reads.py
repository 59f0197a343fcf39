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


def body(*statements: str, declared: str = "") -> str:
    """A migration's code running ``statements``, declaring ``declared`` (a change's
    source, from ``edi_migrations.changes``)."""
    head = ""
    if declared:
        kind = declared.partition("(")[0]
        head = f"from edi_migrations.changes import {kind}\n\nCHANGES = ({declared},)\n\n\n"
    return head + "def upgrade(conn):\n" + "".join(f"    conn.execute({s!r})\n" for s in statements)


def first(doc: str, *statements: str, writes: str = "") -> str:
    """A chain's first migration (a whole module): ``statements``, then ``writes`` (its
    ``app_writes``, if any)."""
    return f'"""{doc}"""\n\n\n' + body(*statements) + writes


ITEMS = first("Items.", "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")


CODE = body(
    "ALTER TABLE items ADD COLUMN code TEXT",
    "UPDATE items SET code = 'c' || (id * 7)",
    declared="""Backfill("items", "code", expression="'c' || (id * 7)")""",
)
SLUG = body(
    "ALTER TABLE items ADD COLUMN slug TEXT",
    "UPDATE items SET slug = code || '-' || length(name)",
    declared="""Backfill("items", "slug", expression="code || '-' || length(name)")""",
)
NO_CODE = body("ALTER TABLE items DROP COLUMN code", declared='DropColumn("items", "code")')
TAGS = body("CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT NOT NULL)")

USERS = first(
    "Users and what they did.",
    "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
    "seen INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE events (id INTEGER PRIMARY KEY, "
    "user_id INTEGER NOT NULL REFERENCES users(id), kind TEXT NOT NULL)",
    writes="""

def app_writes(conn, ctx):
    \"\"\"Six users, each with three events, one of them a login.\"\"\"
    for user in range(1, 7):
        conn.execute("INSERT INTO users (id, name) VALUES (?, ?)", (user, f"user {user}"))
    for event in range(1, 19):
        kind = "login" if event % 3 == 0 else "post"
        conn.execute("INSERT INTO events VALUES (?, ?, ?)", (event, 1 + event % 6, kind))
""",
)

NO_LOGINS = body(
    "DELETE FROM events WHERE kind = 'login'",
    declared="""DeleteRows("events", "kind = 'login'")""",
)
NOTE = body("ALTER TABLE users ADD COLUMN note TEXT")
COUNTED = "(SELECT count(*) FROM events WHERE events.user_id = users.id)"
SEEN = body(
    f"UPDATE users SET seen = {COUNTED}",
    declared=f'Recompute("users", "seen", expression="{COUNTED}")',
)

ACCOUNTS = first(
    "Accounts, each update counted by a trigger.",
    "CREATE TABLE accounts (id INTEGER PRIMARY KEY, role TEXT NOT NULL, "
    "edits INTEGER NOT NULL DEFAULT 0)",
    "CREATE TRIGGER accounts_edited AFTER UPDATE OF role ON accounts BEGIN "
    "UPDATE accounts SET edits = edits + 1 WHERE id = new.id; END",
    writes="""

def app_writes(conn, ctx):
    for account in range(1, 5):  # two of them hosts
        role = "host" if account % 2 else "member"
        conn.execute("INSERT INTO accounts (id, role) VALUES (?, ?)", (account, role))
""",
)

NO_COUNTER = body(
    "DROP TRIGGER accounts_edited", declared='DropObject("trigger", "accounts_edited")'
)
ADMINS = "CASE WHEN role = 'host' THEN 'admin' ELSE role END"
ROLES = body(
    f"UPDATE accounts SET role = {ADMINS}",
    declared=f'Recompute("accounts", "role", expression="{ADMINS}")',
)

# name -> the first migration, then each later one as (name, body)
CHAINS = {
    # v1 items, v2 items.code, v3 items.slug from it, v4 code dropped, v5 tags
    "slugs": (
        ITEMS,
        (("code", CODE), ("slug", SLUG), ("no_code", NO_CODE), ("tags", TAGS)),
    ),
    # v1 users and events, v2 logins deleted, v3 a note, v4 users.seen counted
    "seen": (USERS, (("no_logins", NO_LOGINS), ("note", NOTE), ("seen", SEEN))),
    # v1 accounts and a trigger counting edits, v2 the trigger dropped, v3 roles renamed
    "roles": (ACCOUNTS, (("no_counter", NO_COUNTER), ("roles", ROLES))),
}
JUMPS = {"slugs": "v1->v5", "seen": "v1->v4", "roles": "v1->v3"}
# name -> (migration file, its text written wrong, the evidence the jump shows)
WRONG = {
    "slugs": (
        "0003_slug.py",
        ("SET slug = code ||", "SET slug = 'x' || code ||"),
        "*items.slug rowid *(expected *backfill code ||*",
    ),
    "seen": (
        "0004_seen.py",
        ("SET seen = (", "SET seen = 1 + ("),
        "*users.seen rowid *(expected *recompute (SELECT*",
    ),
    "roles": (
        "0003_roles.py",
        ("SET role =", "SET edits = edits + 1, role ="),
        "*accounts.edits rowid *",
    ),
}


def chain(pytester, name: str) -> Path:
    first, later = CHAINS[name]
    folder = first_migration(pytester, first, name=name)
    for migration, body in later:
        add_migration(folder, migration, body)
    return folder


def run_jump(pytester, folder: Path, name: str) -> pytest.RunResult:
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", JUMPS[name])


@pytest.mark.parametrize("name", ["slugs", "seen", "roles"])
def test_an_expression_is_read_just_before_its_migration_on_a_jump(pytester, name):
    """slugs: a backfill reading a column only the middle holds; seen: a recompute reading
    rows an earlier migration deletes; roles: a recompute firing only the triggers left."""
    run_jump(pytester, chain(pytester, name), name).assert_outcomes(passed=1)


@pytest.mark.parametrize("name", ["slugs", "seen", "roles"])
def test_the_same_chain_written_wrong_fails_on_the_jump_naming_the_row(pytester, name):
    folder = chain(pytester, name)
    file, (old, new), evidence = WRONG[name]
    path = folder / file
    path.write_text(path.read_text().replace(old, new))
    result = run_jump(pytester, folder, name)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*broke invariant 'data kept'*", evidence])
