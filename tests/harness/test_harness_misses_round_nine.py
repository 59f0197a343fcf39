"""Red team, round nine: the last merges attacked, each finding a broken twin beside its
sound control, on small chains that are not EDI's.

1. A declared expression's double-quoted names read strictly (``strict_names``): a string
   literal in double quotes (SQLite's misfeature, which real apps' SQL uses) named no
   column over the start, so the expression was read over the path's end instead, where a
   later migration of the path has dropped the column it reads: a sound backfill failed
   as unrunnable (a false alarm).
"""

from __future__ import annotations

from tests.harness_projects import add_migration, first_migration, run_matrix

ITEMS = '''"""Items of a kind."""


def upgrade(conn):
    conn.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, kind TEXT NOT NULL)")


def app_writes(conn, ctx):
    """Nine items, every third one old."""
    for item in range(1, 10):
        conn.execute("INSERT INTO items VALUES (?, ?)", (item, "keep" if item % 3 else "old"))
'''

SHELF = "CASE WHEN kind = 'old' THEN \"archive\" ELSE \"front\" END"  # strings, as SQLite reads


def shelve(fill: str) -> str:
    return f'''
from edi_migrations.changes import Backfill

CHANGES = (Backfill("items", "shelf", expression={SHELF!r}),)


def upgrade(conn):
    conn.execute("ALTER TABLE items ADD COLUMN shelf TEXT")
    conn.execute({f"UPDATE items SET shelf = {fill}"!r})
'''


DROP_KIND = '''
from edi_migrations.changes import DropColumn

CHANGES = (DropColumn("items", "kind"),)


def upgrade(conn):
    conn.execute("ALTER TABLE items DROP COLUMN kind")
'''

JUMP = ("-k", "test_upgrade_path", "--upgrade-path", "v1->v3")


def test_a_backfill_with_double_quoted_strings_passes_past_a_later_drop(pytester):
    folder = first_migration(pytester, ITEMS)
    add_migration(folder, "shelve", shelve(SHELF))
    add_migration(folder, "drop_kind", DROP_KIND)
    result = run_matrix(pytester, folder, *JUMP)
    result.assert_outcomes(passed=1)


def test_a_backfill_with_double_quoted_strings_filled_wrong_still_fails(pytester):
    folder = first_migration(pytester, ITEMS)
    add_migration(folder, "shelve", shelve("'front'"))
    add_migration(folder, "drop_kind", DROP_KIND)
    result = run_matrix(pytester, folder, *JUMP)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*items.shelf rowid 3*expected text 'archive'*"])
