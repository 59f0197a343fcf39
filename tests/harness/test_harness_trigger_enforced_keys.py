"""A link table whose foreign keys the app enforces with triggers gets rows from the schema.

Apps written for SQLite before 3.6.19 (calibre's library, Firefox's places) guard their
references with ``BEFORE INSERT`` triggers that RAISE when the parent row is missing,
not with REFERENCES. The rows from the schema ignored them: every such insert was
refused, the link table stayed empty, the coverage check failed and no upgrade path met
a link row. The common trigger shapes now read as foreign keys for the generator (parents
first, existing parent ids); a trigger of another shape still keeps its table empty and
is named. On a shelves chain, not calibre's nor EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import assert_outcome, run_matrix
from tests.newcomer_chains import STEP, two_steps

CHAIN = '''"""Shelves hold books through a link table its triggers guard."""


def upgrade(conn):
    conn.executescript("""
        CREATE TABLE shelf (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE book (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
        CREATE TABLE shelf_book (id INTEGER PRIMARY KEY, shelf INTEGER NOT NULL,
                                 book INTEGER NOT NULL, UNIQUE (shelf, book));
        CREATE TRIGGER shelf_book_insert BEFORE INSERT ON shelf_book
        BEGIN
          SELECT CASE
            WHEN (SELECT id FROM shelf WHERE id = NEW.shelf) IS NULL
            THEN RAISE(ABORT, 'Foreign key violation: shelf not in shelf')
            WHEN CONDITION_HERE
            THEN RAISE(ABORT, 'Foreign key violation: book not in book')
          END;
        END;
        CREATE TRIGGER shelf_delete BEFORE DELETE ON shelf
        BEGIN
          SELECT CASE
            WHEN (SELECT count(id) FROM shelf_book WHERE shelf = OLD.id) > 0
            THEN RAISE(ABORT, 'Foreign key violation: shelf is still referenced')
          END;
        END;
    """)
'''
KEY = "(SELECT id FROM book WHERE id = NEW.book) IS NULL"
OTHER = "(SELECT id FROM book WHERE id = NEW.book AND title = 'shelved') IS NULL"

CONTROL = """
def upgrade(conn):
    conn.execute("ALTER TABLE book ADD COLUMN note TEXT")
"""
EMPTIES_SHELVES = """
def upgrade(conn):
    conn.execute("DELETE FROM shelf WHERE id IN (SELECT shelf FROM shelf_book)")
"""
DROPS_THE_GUARD = """
from edi_migrations.changes import DropObject

CHANGES = (DropObject("trigger", "shelf_delete"),)


def upgrade(conn):
    conn.execute("DROP TRIGGER shelf_delete")
    conn.execute("DELETE FROM shelf WHERE id IN (SELECT shelf FROM shelf_book)")
"""
COVERAGE = ("-k", "test_start_database_covers_the_schema", "--upgrade-path", "coverage->v1")


def test_a_link_table_a_trigger_guards_is_covered(pytester):
    folder = two_steps(pytester, CHAIN.replace("CONDITION_HERE", KEY), CONTROL)
    result = run_matrix(pytester, folder, *COVERAGE)
    result.assert_outcomes(passed=1)


def test_a_trigger_of_another_shape_keeps_its_table_empty_and_is_named(pytester):
    folder = two_steps(pytester, CHAIN.replace("CONDITION_HERE", OTHER), CONTROL)
    result = run_matrix(pytester, folder, *COVERAGE)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*start database v1 holds no data in:*",
            "*table shelf_book is empty*",
            "*trigger shelf_book_insert (BEFORE INSERT ON shelf_book) can refuse*",
        ]
    )


@pytest.mark.parametrize(
    ("second", "expect"),
    [
        (CONTROL, ()),
        (EMPTIES_SHELVES, ("*Foreign key violation: shelf is still referenced*",)),
        (DROPS_THE_GUARD, ("*broke invariant 'data kept'*", "*shelf rowid *: row lost*")),
    ],
    ids=["control", "deletes-parents-under-the-guard", "drops-the-guard-and-deletes"],
)
def test_the_upgrade_path_meets_the_link_rows(pytester, second, expect):
    folder = two_steps(pytester, CHAIN.replace("CONDITION_HERE", KEY), second)
    assert_outcome(run_matrix(pytester, folder, *STEP), expect)
