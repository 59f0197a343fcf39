"""A declaration naming a column as its migration found it, on a jump from a start that
lacks that column or holds another of its name.

Sonarr's FluentMigrator SQL quotes every name: ``DeleteRows("Indexers", where='"ConfigContract"
IS NULL ...')`` names a column added two migrations earlier. Over a start without it,
SQLite reads a double-quoted name that names nothing as a string, so the condition held
for no row and every deleted row was a false alarm. And ``Backfill(from_column="AirDate")``
was read at the path's end, where a later migration has dropped ``AirDate`` and added
another under the same name: every filled value was a false alarm. Here small chains
(a shop, a diary): each sound jump passes, and its twin that does more than it declares
still fails, naming the row.
"""

from __future__ import annotations

from tests.harness_projects import add_migration, first_migration, run_matrix

ITEMS = '''"""Items of a kind."""


def upgrade(conn):
    conn.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, kind TEXT NOT NULL)")


def app_writes(conn, ctx):
    """Nine items, every third one kept."""
    for item in range(1, 10):
        conn.execute("INSERT INTO items VALUES (?, ?)", (item, "keep" if item % 3 else "old"))
'''

STATUS = '''
def upgrade(conn):
    conn.execute("ALTER TABLE items ADD COLUMN status TEXT")
'''

WHERE = "\"status\" IS NULL AND \"kind\" = 'old'"


def delete_old(also: str = "") -> str:
    return f'''
from edi_migrations.changes import DeleteRows

CHANGES = (DeleteRows("items", where={WHERE!r}),)


def upgrade(conn):
    conn.execute({f"DELETE FROM items WHERE {WHERE}"!r})
{also}'''


def test_a_deletion_naming_a_quoted_column_the_start_lacks_is_read_before_it(pytester):
    folder = first_migration(pytester, ITEMS)
    add_migration(folder, "status", STATUS)
    add_migration(folder, "delete_old", delete_old())
    result = run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v3")
    result.assert_outcomes(passed=1)


def test_a_deletion_past_its_quoted_condition_still_fails(pytester):
    folder = first_migration(pytester, ITEMS)
    add_migration(folder, "status", STATUS)
    add_migration(folder, "delete_old", delete_old('    conn.execute("DELETE FROM items WHERE id = 1")'))
    result = run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v3")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*items rowid 1: row lost*"])


DIARY = '''"""Diary entries and when they happened."""


def upgrade(conn):
    conn.execute("CREATE TABLE entries (id INTEGER PRIMARY KEY, at TEXT)")


def app_writes(conn, ctx):
    """Six entries, each on its own day."""
    for entry in range(1, 7):
        conn.execute("INSERT INTO entries VALUES (?, ?)", (entry, f"2024-01-0{entry}"))
'''


def fill_utc(source: str) -> str:
    return f'''
from edi_migrations.changes import Backfill

CHANGES = (Backfill("entries", "at_utc", from_column="at"),)


def upgrade(conn):
    conn.execute("ALTER TABLE entries ADD COLUMN at_utc TEXT")
    conn.execute("UPDATE entries SET at_utc = {source}")
'''


DROP_AT = '''
from edi_migrations.changes import DropColumn

CHANGES = (DropColumn("entries", "at"),)


def upgrade(conn):
    conn.execute("ALTER TABLE entries DROP COLUMN at")
'''

AT_AGAIN = '''
def upgrade(conn):
    conn.execute("ALTER TABLE entries ADD COLUMN at TEXT")
'''


def diary(pytester, source: str):
    folder = first_migration(pytester, DIARY)
    add_migration(folder, "at_utc", fill_utc(source))
    add_migration(folder, "drop_at", DROP_AT)
    add_migration(folder, "at_again", AT_AGAIN)
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v4")


def test_a_fill_from_a_column_dropped_and_added_again_later_reads_the_first(pytester):
    diary(pytester, "at").assert_outcomes(passed=1)


def test_a_fill_from_another_value_than_its_column_still_fails(pytester):
    result = diary(pytester, "at || 'Z'")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*entries.at_utc rowid 1: *'2024-01-01Z'*backfill from at*"])
