"""Declarations name tables and columns in any case, as SQLite does: a table created as
``Notes`` and declared ``Backfill("notes", "SLUG", ...)`` (the way the migration's own SQL
spells it) is the same table, and the sound step passes; the same declaration promising
another value still fails, naming the column. On a small chain not EDI's.
"""

from __future__ import annotations

from tests.harness_projects import run_matrix
from tests.newcomer_chains import STEP, step_fails_showing, two_steps

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


def chain(pytester, declared: str):
    return two_steps(pytester, NOTES, SLUG.format(declared=declared))


def test_a_backfill_declared_in_another_case_than_the_ddl_passes(pytester):
    run_matrix(pytester, chain(pytester, "lower(title)"), *STEP).assert_outcomes(passed=1)


def test_the_same_declaration_promising_another_value_fails_naming_the_column(pytester):
    folder = chain(pytester, "upper(title)")
    step_fails_showing(pytester, folder, ["*Notes.slug rowid *backfill upper(title)*"])
