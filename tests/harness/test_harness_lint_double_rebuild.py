"""Two rebuilds of one table in one migration, each the 12 steps, pass the lint.

TypeORM writes each ALTER it cannot do on SQLite as a rebuild through
``temporary_<table>``, and one migration often holds two of the same table (Overseerr's
``LocalUsers``: ``temporary_user`` created, filled, the old ``user`` dropped,
``temporary_user`` renamed into place; then ``temporary_user`` again). EM101 read the
first rebuild's last step, renaming the new table into place, as the old table renamed
away, because the second rebuild creates a table of that name again: a false alarm on
the fix the rule itself recommends. A table the migration created is not the old table.
A migration renaming the old table away first still fails. On a notes chain, not
Overseerr's nor EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import run_matrix
from tests.newcomer_chains import two_steps

NOTES = '''"""Notes, and their tags pointing at them."""


def upgrade(conn):
    conn.execute('CREATE TABLE "note" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "body" varchar NOT NULL)')
    conn.execute('CREATE TABLE "tag" ("id" integer PRIMARY KEY, "noteId" integer REFERENCES "note" ("id"))')
'''

TWICE = """
def upgrade(conn):
    conn.executescript('''
CREATE TABLE "temporary_note" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "body" varchar NOT NULL, "title" varchar);
INSERT INTO "temporary_note"("id", "body") SELECT "id", "body" FROM "note";
DROP TABLE "note";
ALTER TABLE "temporary_note" RENAME TO "note";
CREATE TABLE "temporary_note" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "body" varchar NOT NULL, "title" varchar, "pinned" boolean);
INSERT INTO "temporary_note"("id", "body", "title") SELECT "id", "body", "title" FROM "note";
DROP TABLE "note";
ALTER TABLE "temporary_note" RENAME TO "note";
''')
"""

# the old table renamed away first: tag's reference follows it to the copy then dropped
RENAMED_FIRST = """
def upgrade(conn):
    conn.executescript('''
ALTER TABLE "note" RENAME TO "temporary_note";
CREATE TABLE "note" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "body" varchar NOT NULL, "title" varchar);
INSERT INTO "note"("id", "body") SELECT "id", "body" FROM "temporary_note";
DROP TABLE "temporary_note";
''')
"""


@pytest.mark.parametrize("second", [TWICE, RENAMED_FIRST], ids=["twice", "renamed-first"])
def test_two_rebuilds_of_one_table_pass_the_lint(pytester, second):
    folder = two_steps(pytester, NOTES, second)
    result = run_matrix(pytester, folder, "-k", "test_migration_passes_the_lint")
    if second is TWICE:
        result.assert_outcomes(passed=2)
        return
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        ["*0002_second: EM101*", "*problem:*note is renamed to temporary_note and then recreated*"]
    )
