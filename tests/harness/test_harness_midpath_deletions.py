"""A declared deletion is replayed with the triggers the database held just before its
migration, not the start's.

grocy's ``AFTER DELETE`` trigger on the meal plan arrives with ``0073``; ``0089`` deletes
entries (declared ``DeleteRows``), and the trigger rebuilds recipes as they leave. On a
jump from before ``0073``, the deletion replayed on the start's copy fired the start's
triggers (none), and what the trigger did on the path was an unexpected change. Here a
small shop chain: v2 brings a trigger counting deleted items, v3 deletes the declared
items, v4 is unrelated; the jump across both passes, and the same jump where v3 also
writes the counter over fails naming the value. A trigger of the start dropped before
the deletion does not fire on the replay either.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

SHOP = '''"""Items and a one-row table of counts."""


def upgrade(conn):
    conn.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, sold INTEGER)")
    conn.execute("CREATE TABLE counts (id INTEGER PRIMARY KEY, deleted INTEGER NOT NULL)")


def app_writes(conn, ctx):
    """Twelve items, every third one sold, and the count row."""
    for item in range(1, 13):
        conn.execute("INSERT INTO items VALUES (?, ?, ?)", (item, f"item {item}", item % 3 == 0))
    conn.execute("INSERT INTO counts (id, deleted) VALUES (1, 0)")
'''

COUNTER = '''"""A trigger counts the items deleted."""


def upgrade(conn):
    conn.execute(
        "CREATE TRIGGER items_deleted AFTER DELETE ON items BEGIN "
        "UPDATE counts SET deleted = deleted + 1 WHERE id = 1; END"
    )
'''

SOLD = "sold = 1"

DELETE_SOLD = f'''"""The sold items are deleted."""

from edi_migrations.changes import DeleteRows

CHANGES = (DeleteRows("items", where={SOLD!r}),)


def upgrade(conn):
    conn.execute({f"DELETE FROM items WHERE {SOLD}"!r})
'''

# The same deletion, then the count written over (and wrongly).
COUNT_OVERWRITTEN = DELETE_SOLD + '''    conn.execute("UPDATE counts SET deleted = 0")
'''

TAGS = '''"""Tags."""


def upgrade(conn):
    conn.execute("CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT NOT NULL)")
'''

# The start counts deletions already; v2 drops that trigger, v3 deletes.
COUNTING_SHOP = SHOP.replace(
    '"CREATE TABLE counts (id INTEGER PRIMARY KEY, deleted INTEGER NOT NULL)")',
    '"CREATE TABLE counts (id INTEGER PRIMARY KEY, deleted INTEGER NOT NULL)")\n'
    '    conn.execute("CREATE TRIGGER items_deleted AFTER DELETE ON items BEGIN "\n'
    '                 "UPDATE counts SET deleted = deleted + 1 WHERE id = 1; END")',
)
NO_COUNTER = '''"""The trigger counting deleted items is dropped."""

from edi_migrations.changes import DropObject

CHANGES = (DropObject("trigger", "items_deleted"),)


def upgrade(conn):
    conn.execute("DROP TRIGGER items_deleted")
'''


def shop(pytester: pytest.Pytester, first: str, *later: tuple[str, str]) -> Path:
    folder = first_migration(pytester, first, name="shop")
    for name, body in later:
        add_migration(folder, name, body)
    return folder


def jump(pytester: pytest.Pytester, folder: Path, path: str) -> pytest.RunResult:
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", path)


def test_a_deletion_fires_the_trigger_an_earlier_migration_of_the_jump_made(pytester):
    folder = shop(
        pytester, SHOP, ("counter", COUNTER), ("delete_sold", DELETE_SOLD), ("tags", TAGS)
    )
    jump(pytester, folder, "v1->v4").assert_outcomes(passed=1)


def test_the_counter_written_over_after_the_deletion_fails_naming_the_value(pytester):
    folder = shop(pytester, SHOP, ("counter", COUNTER), ("delete_sold", COUNT_OVERWRITTEN))
    result = jump(pytester, folder, "v1->v3")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*counts.deleted rowid 1: before *, after integer 0*"])


def test_a_deletion_does_not_fire_the_trigger_an_earlier_migration_dropped(pytester):
    folder = shop(
        pytester, COUNTING_SHOP, ("no_counter", NO_COUNTER), ("delete_sold", DELETE_SOLD)
    )
    jump(pytester, folder, "v1->v3").assert_outcomes(passed=1)
