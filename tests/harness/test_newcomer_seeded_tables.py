"""A table a migration seeds (a default category, a settings row) still gets rows from
the schema at every start: it held only the seed before, so every start from that
version on met one row, and a later UNIQUE index over repeated names passed unseen.
Each on a small chain not EDI's, the broken step beside its sound control.
"""

from __future__ import annotations

from tests.harness_projects import add_migration, first_migration, run_matrix

CATEGORIES = '''"""Categories, with the default one every install starts with."""


def upgrade(conn):
    conn.execute("CREATE TABLE categories (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    conn.execute("INSERT INTO categories (name) VALUES ('Inbox')")
'''
UNIQUE_NAMES = """
def upgrade(conn):
    conn.execute("CREATE UNIQUE INDEX IF NOT EXISTS categories_name ON categories (lower(name))")
"""
PLAIN_INDEX = UNIQUE_NAMES.replace("UNIQUE INDEX", "INDEX")
PATH = ("-k", "test_upgrade_path", "--upgrade-path", "v1->v2")


def chain(pytester, second: str):
    folder = first_migration(pytester, CATEGORIES, name="categories")
    add_migration(folder, "category_names", second)
    return folder


def test_a_seeded_table_is_filled_and_a_unique_index_over_its_repeats_fails(pytester):
    result = run_matrix(pytester, chain(pytester, UNIQUE_NAMES), *PATH)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*UNIQUE constraint failed: index 'categories_name'*"])


def test_a_plain_index_on_the_seeded_table_passes_with_its_rows(pytester):
    result = run_matrix(pytester, chain(pytester, PLAIN_INDEX), "--snapshot-update")
    assert result.ret == 0, result.stdout.str()
    result.stdout.fnmatch_lines(["*v1  categories * rows: id 100%, name 100%*"])
    assert "v1  categories 1 rows" not in result.stdout.str()
