"""A column added by a table rebuild with a function-call DEFAULT (``DEFAULT
(datetime('now'))``, as TypeORM writes every SQLite date column) is judged, not crashed on.

SQLite reports such a default without its parentheses (``datetime('now')``); the data-kept
check made the column again from that text to learn what an existing row reads, and
``DEFAULT datetime('now')`` is a syntax error: every path over the rebuild crashed with
``sqlite3.OperationalError: near "(": syntax error`` (Overseerr's UpdateWebPush). Now the
rebuild that stamps the existing rows fails as any undeclared fill does, and the same rebuild
declaring ``MigrationTime`` passes. On a notes chain, not Overseerr's nor EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import run_matrix
from tests.newcomer_chains import two_steps

NOTES = '''"""Notes."""


def upgrade(conn):
    conn.execute('CREATE TABLE "note" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "body" varchar NOT NULL)')
'''

DEFAULTED = """
def upgrade(conn):
    conn.executescript('''
CREATE TABLE "temporary_note" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "body" varchar NOT NULL, "kind" varchar DEFAULT (upper('plain')));
INSERT INTO "temporary_note"("id", "body") SELECT "id", "body" FROM "note";
DROP TABLE "note";
ALTER TABLE "temporary_note" RENAME TO "note";
''')
"""

# the rebuild writes its own value into the new column, not the DEFAULT: an undeclared fill
FILLED = DEFAULTED.replace(
    '("id", "body") SELECT "id", "body"', '("id", "body", "kind") SELECT "id", "body", \'plain\''
)


@pytest.mark.parametrize("second", [DEFAULTED, FILLED], ids=["default", "filled"])
def test_a_rebuild_adding_a_function_default_is_judged(pytester, second):
    assert second.count("temporary_note") == 3
    folder = two_steps(pytester, NOTES, second)
    result = run_matrix(
        pytester, folder, "--snapshot-update", "-k", "test_upgrade_path", "--upgrade-path", "v1->v2"
    )
    result.stdout.no_fnmatch_line("*syntax error*")
    if second is DEFAULTED:
        result.assert_outcomes(passed=1)
        return
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*column note.kind added and filled in*text 'plain'*"])
