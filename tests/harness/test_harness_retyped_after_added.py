"""A column one migration adds with a DEFAULT and a later one renames and retypes is
judged, over a path crossing both, by what its rows held just before the retyping.

Overseerr's ``AddUserSettingsNotificationAgentsField`` adds ``notificationAgents integer
NOT NULL DEFAULT (2)``; ``AddUserSettingsNotificationTypes`` renames it
``notificationTypes`` and makes it ``text`` (declared ``RenameColumn``, ``ChangeType``).
Each step alone passed; a path from before the first failed: the column is new there,
so the check expected the end's DEFAULT (none: NULL) and called the ``'2'`` every row
holds an undeclared fill. The declared type change now applies to the values the rows
held just before its migration (read on the path's own database there, as declared
fills are). A retyping that writes other values still fails. On a notes chain, not
Overseerr's nor EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

NOTES = '''"""Notes."""


def upgrade(conn):
    conn.execute('CREATE TABLE "note" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "body" varchar NOT NULL)')
'''

FLAGS = """
def upgrade(conn):
    conn.executescript('''
CREATE TABLE "temporary_note" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "body" varchar NOT NULL, "flags" integer NOT NULL DEFAULT (2));
INSERT INTO "temporary_note"("id", "body") SELECT "id", "body" FROM "note";
DROP TABLE "note";
ALTER TABLE "temporary_note" RENAME TO "note";
''')
"""

RETYPED = """
from edi_migrations.changes import ChangeType, DropConstraint, RenameColumn

# flags is renamed kinds and becomes optional text
CHANGES = (
    RenameColumn("note", "flags", "kinds"),
    ChangeType("note", "kinds", "text"),
    DropConstraint("note", "default", column="kinds"),
    DropConstraint("note", "not null", column="kinds"),
)


def upgrade(conn):
    conn.executescript('''
CREATE TABLE "temporary_note" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "body" varchar NOT NULL, "kinds" text);
INSERT INTO "temporary_note"("id", "body", "kinds") SELECT "id", "body", "flags" FROM "note";
DROP TABLE "note";
ALTER TABLE "temporary_note" RENAME TO "note";
''')
"""

# the retyping writes a value of its own, not the one the rows held
REWRITTEN = RETYPED.replace('SELECT "id", "body", "flags"', 'SELECT "id", "body", "flags" + 1')


@pytest.mark.parametrize("third", [RETYPED, REWRITTEN], ids=["retyped", "rewritten"])
def test_a_column_added_then_retyped_is_judged_by_its_values_before_the_retyping(
    pytester, third
):
    assert REWRITTEN != RETYPED
    folder = first_migration(pytester, NOTES, name="notes")
    add_migration(folder, "flags", FLAGS)
    add_migration(folder, "kinds", third)
    result = run_matrix(
        pytester, folder, "--snapshot-update", "-k", "test_upgrade_path", "--upgrade-path", "v1->v3"
    )
    if third is RETYPED:
        result.assert_outcomes(passed=1)
        return
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*column note.kinds added and filled in*text '3'*"])
