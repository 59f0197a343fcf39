"""A declared recomputation reads every table as its migration found it, whatever the
order of the declarations.

Anki's schema 16 step rewrites each option group's starting ease, then raises the ease
of the cards in the decks of the groups it reset; declared in that order, the cards'
``Recompute`` reads ``deck_config`` (another table) to find those groups. The replay of
the declarations on a copy of the start applied each one in turn, so the second read the
first's result, not the rows the migration found (what declarations.md says an
expression reads), and expected every card raised. The rules are now read over the copy
before any is written. A migration that raises the wrong books is still caught. On a
shelves chain, not Anki's nor EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import assert_outcome, run_matrix
from tests.newcomer_chains import two_steps

SHELVES = '''"""Shelves, and the books on them."""


def upgrade(conn):
    conn.execute("CREATE TABLE shelf (id INTEGER PRIMARY KEY, capacity INTEGER NOT NULL)")
    conn.execute(
        "CREATE TABLE book (id INTEGER PRIMARY KEY, "
        "shelf_id INTEGER NOT NULL REFERENCES shelf (id), size INTEGER NOT NULL)"
    )
'''

RESIZED = '''
from edi_migrations.changes import Recompute

_SMALL = "shelf_id IN (SELECT id FROM shelf WHERE capacity < 5000)"

CHANGES = (
    # every shelf made a million smaller
    Recompute("shelf", "capacity", expression="capacity - 1000000"),
    # the books of a small shelf (as the migration found it) are stored twice as large
    Recompute("book", "size", expression=f"CASE WHEN {_SMALL} THEN size * 2 ELSE size END"),
)


def upgrade(conn):
    conn.execute(f"UPDATE book SET size = size * 2 WHERE WHICH")
    conn.execute("UPDATE shelf SET capacity = capacity - 1000000")
'''

CASES = {  # the books the migration doubles, the lines the failure shows
    "as-declared": ("{_SMALL}", ()),
    "every-book": ("1", ("*[[]data kept[]]*", "*book.size rowid *: before *")),
}


@pytest.mark.parametrize("which, expect", CASES.values(), ids=CASES.keys())
def test_a_recompute_reads_another_table_as_its_migration_found_it(pytester, which, expect):
    folder = two_steps(pytester, SHELVES, RESIZED.replace("WHICH", which))
    result = run_matrix(
        pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2",
        "--migrations-seed", "1",
    )
    assert_outcome(result, expect)
