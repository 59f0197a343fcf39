"""Declarations name tables and columns in any case, as SQLite does: a table created as
``Notes`` and declared ``Backfill("notes", "SLUG", ...)`` (the way the migration's own SQL
spells it) is the same table, and the sound step passes; the same declaration promising
another value still fails, naming the column. On a small chain not EDI's.
"""

from __future__ import annotations

from tests.harness_projects import add_migration, first_migration, run_matrix

NOTES = '''"""Notes, created in the case an ORM spells its model."""


def upgrade(conn):
    conn.execute("CREATE TABLE Notes (Id INTEGER PRIMARY KEY, Title TEXT)")
'''
SLUG = """
from edi_migrations.changes import Backfill

CHANGES = (Backfill("notes", "SLUG", expression="{declared}"),)


def upgrade(conn):
    conn.execute("ALTER TABLE notes ADD COLUMN slug TEXT")
    conn.execute("UPDATE notes SET slug = lower(title)")
"""
PATH = ("-k", "test_upgrade_path", "--upgrade-path", "v1->v2")


def chain(pytester, declared: str):
    folder = first_migration(pytester, NOTES, name="notes")
    add_migration(folder, "note_slugs", SLUG.format(declared=declared))
    return folder


def test_a_backfill_declared_in_another_case_than_the_ddl_passes(pytester):
    run_matrix(pytester, chain(pytester, "lower(title)"), *PATH).assert_outcomes(passed=1)


def test_the_same_declaration_promising_another_value_fails_naming_the_column(pytester):
    result = run_matrix(pytester, chain(pytester, "upper(title)"), *PATH)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*Notes.slug rowid *backfill upper(title)*"])
