"""Orphans of a table keyed by INTEGER PRIMARY KEY, through a step renaming its columns.

Such a row's identity is its id within the table as it is (``("rowid", root page, text),
id``), not a tuple of key columns; following a column rename over that identity read the
root page as a column name and crashed (``AttributeError: 'int' object has no attribute
'casefold'``) on every path over the rename from a database holding orphans (the chat
example's ``0004`` rebuild, on some seeds). The identity is left as it is: across the
rename the table's text differs, and its dangling values are counted. A rebuild that makes
a reference dangle still fails. On a clubs chain, neither the chat example's nor EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import run_matrix
from tests.newcomer_chains import two_steps

CLUBS = '''"""Clubs, and badges held by members of them, each badge with an id of its own."""


def upgrade(conn):
    conn.execute("CREATE TABLE club (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    conn.execute("CREATE TABLE badge (id INTEGER PRIMARY KEY, "
                 "clubId INTEGER NOT NULL REFERENCES club (id), memberName TEXT NOT NULL)")
'''

REBUILD = """
from edi_migrations.changes import RenameColumn

CHANGES = (RenameColumn("badge", "clubId", "club_id"), RenameColumn("badge", "memberName", "member_name"))


def upgrade(conn):
    conn.executescript('''
CREATE TABLE __new_badge (id INTEGER PRIMARY KEY,
    club_id INTEGER NOT NULL REFERENCES club (id), member_name TEXT NOT NULL);
INSERT INTO __new_badge (id, club_id, member_name) SELECT id, COPIED, memberName FROM badge;
DROP TABLE badge;
ALTER TABLE __new_badge RENAME TO badge;
''')
"""

SEED = ("--migrations-seed", "3")  # any seed: the start rows of v1 hold orphan badges


@pytest.mark.parametrize(
    "copied", ["clubId", "clubId + 1000000"], ids=["renamed", "made-to-dangle"]
)
def test_rowid_keyed_orphans_are_followed_through_a_column_rename(pytester, copied):
    folder = two_steps(pytester, CLUBS, REBUILD.replace("COPIED", copied))
    result = run_matrix(
        pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2", *SEED
    )
    if copied == "clubId":
        result.assert_outcomes(passed=1)
        return
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*0002_second left * new foreign-key violation(s)*badge*"])
    assert "AttributeError" not in result.stdout.str()
