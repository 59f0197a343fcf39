"""A column added on the path whose DEFAULT a later migration changes keeps the first
DEFAULT in the rows that were there.

Homarr adds ``user.colorScheme`` with ``DEFAULT 'auto'``, and a later rebuild makes the
default 'dark' (declared ``ChangeConstraint``): a user who never chose keeps 'auto'. On
a path over both, the column is new and was expected at the end's DEFAULT or NULL, so
every existing row's 'auto' read as an undeclared fill. Where the path declares the
column's DEFAULT changed, the rows that existed before it was added may all hold one
value: the DEFAULT it was added with. A migration filling them with different values is
still caught. On a notes chain, not Homarr's nor EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, run_matrix
from tests.newcomer_chains import two_steps

NOTES = '''"""Notes."""


def upgrade(conn):
    conn.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
'''

ADDED = """
def upgrade(conn):
    conn.execute("ALTER TABLE note ADD COLUMN scheme TEXT DEFAULT 'auto' NOT NULL")
"""

# new notes are dark by default; the copy keeps each note's scheme (or, broken, not)
DARKER = """
from edi_migrations.changes import ChangeConstraint

CHANGES = (ChangeConstraint("note", "default", column="scheme"),)


def upgrade(conn):
    conn.executescript('''
CREATE TABLE new_note (id INTEGER PRIMARY KEY, body TEXT NOT NULL, scheme TEXT DEFAULT 'dark' NOT NULL);
INSERT INTO new_note (id, body, scheme) SELECT id, body, COPIED FROM note;
DROP TABLE note;
ALTER TABLE new_note RENAME TO note;
''')
"""


@pytest.mark.parametrize(
    "copied",
    ["scheme", "CASE WHEN id % 2 THEN 'dark' ELSE scheme END"],
    ids=["kept", "half-changed"],
)
def test_the_first_default_stays_in_the_rows_that_were_there(pytester, copied):
    folder = two_steps(pytester, NOTES, ADDED)
    add_migration(folder, "darker", DARKER.replace("COPIED", copied))
    result = run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v3")
    if copied == "scheme":
        result.assert_outcomes(passed=1)
        return
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*column note.scheme added and filled in * existing row(s)*"])
