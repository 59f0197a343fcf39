"""A project whose app turns SQLite's foreign keys on says so, and its start databases
hold no orphans.

Rows from the schema include orphans because SQLite leaves foreign keys off unless the
app turns them on. Many apps do (better-sqlite3 and so Drizzle's apps, Django): their
databases never hold a child row whose parent is gone, and a migration that joins a
child to its parent (Homarr's layouts migration copies each item's board from its
section) is right to rely on it. Such a project had no way to say so short of writing
every table itself: one ini line, ``edi_migrations_app_foreign_keys = on``, now does.
Without it the orphans stay, and the same migration fails on them. A value that is no
truth value is refused. On a shelves chain, not Homarr's nor EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import run_matrix
from tests.newcomer_chains import two_steps

SHELVES = '''"""Shelves, and the books on them."""


def upgrade(conn):
    conn.execute("CREATE TABLE shelf (id TEXT PRIMARY KEY NOT NULL, room TEXT NOT NULL)")
    conn.execute("CREATE TABLE book (id TEXT PRIMARY KEY NOT NULL, "
                 "shelf_id TEXT NOT NULL REFERENCES shelf (id) ON DELETE CASCADE)")
'''

# each book takes its shelf's room; a book on no shelf has none, and the copy fails
ROOMS = """
from edi_migrations.changes import Backfill, DropColumn

CHANGES = (
    Backfill("book", "room", expression="(SELECT room FROM shelf WHERE shelf.id = book.shelf_id)"),
    DropColumn("book", "shelf_id"),
)


def upgrade(conn):
    conn.executescript('''
CREATE TABLE new_book (id TEXT PRIMARY KEY NOT NULL, room TEXT NOT NULL);
INSERT INTO new_book (id, room) SELECT book.id, shelf.room FROM book LEFT JOIN shelf ON shelf.id = book.shelf_id;
DROP TABLE book;
ALTER TABLE new_book RENAME TO book;
''')
"""


@pytest.mark.parametrize("ini", ["on", ""], ids=["app-enforces", "app-does-not-say"])
def test_an_app_enforcing_foreign_keys_has_no_orphans(pytester, ini):
    if ini:
        pytester.makeini(f"[pytest]\nedi_migrations_app_foreign_keys = {ini}\n")
    folder = two_steps(pytester, SHELVES, ROOMS)
    result = run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")
    if ini:
        result.assert_outcomes(passed=1)
        return
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*0002_second failed at statement*NOT NULL constraint failed*"])


def test_a_value_that_is_no_truth_value_is_refused(pytester):
    pytester.makeini("[pytest]\nedi_migrations_app_foreign_keys = mostly\n")
    folder = two_steps(pytester, SHELVES, ROOMS)
    result = run_matrix(pytester, folder, "-k", "test_upgrade_path")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        ["*edi_migrations_app_foreign_keys = mostly*expected true or false*"]
    )
