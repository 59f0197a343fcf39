"""A table a migration seeds (a default category, a settings row) still gets rows from
the schema at every start: it held only the seed before, so every start from that
version on met one row, and a later UNIQUE index over repeated names passed unseen.
Each on a small chain not EDI's, the broken step beside its sound control.
"""

from __future__ import annotations

from tests.newcomer_chains import passes_the_default_matrix, step_fails_showing, two_steps

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


def test_a_seeded_table_is_filled_and_a_unique_index_over_its_repeats_fails(pytester):
    folder = two_steps(pytester, CATEGORIES, UNIQUE_NAMES)
    step_fails_showing(pytester, folder, ["*UNIQUE constraint failed: index 'categories_name'*"])


def test_a_plain_index_on_the_seeded_table_passes_with_its_rows(pytester):
    result = passes_the_default_matrix(pytester, two_steps(pytester, CATEGORIES, PLAIN_INDEX))
    result.stdout.fnmatch_lines(["*v1  categories * rows: id 100%, name 100%*"])
    assert "v1  categories 1 rows" not in result.stdout.str()
