"""A rebuild that renames a foreign-key column keeps the app's old orphans old.

Drizzle renames columns by rebuilding the table (Homarr's ``change_all_to_snake_case``:
``__new_groupMember`` created with ``group_id``, filled from ``groupId``, the old table
dropped, the new one renamed into place). The step's foreign-key check named each
violation by its columns, so a child row that already pointed at no parent before the
step, under ``groupId``, was a new violation after it, under ``group_id``: the runner
refused a rebuild that broke nothing, on any database whose app leaves foreign keys off.
A column named otherwise at the same place of a rebuilt table of as many columns is that
column renamed. A rebuild that makes a reference dangle still fails. On a clubs chain,
not Homarr's nor EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import run_matrix
from tests.newcomer_chains import two_steps

CLUBS = '''"""Clubs, and badges held by members of them."""


def upgrade(conn):
    conn.execute("CREATE TABLE club (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL)")
    conn.execute("CREATE TABLE badge (clubId TEXT NOT NULL REFERENCES club (id), "
                 "memberName TEXT NOT NULL, PRIMARY KEY (clubId, memberName))")
'''

REBUILD = """
from edi_migrations.changes import RenameColumn

CHANGES = (RenameColumn("badge", "clubId", "club_id"), RenameColumn("badge", "memberName", "member_name"))


def upgrade(conn):
    conn.executescript('''
CREATE TABLE __new_badge (club_id TEXT NOT NULL REFERENCES club (id), member_name TEXT NOT NULL,
    PRIMARY KEY (club_id, member_name));
INSERT INTO __new_badge (club_id, member_name) SELECT COPIED, memberName FROM badge;
DROP TABLE badge;
ALTER TABLE __new_badge RENAME TO badge;
''')
"""


@pytest.mark.parametrize(
    "copied", ["clubId", "'gone-' || clubId"], ids=["renamed", "made-to-dangle"]
)
def test_a_rebuild_renaming_a_reference_keeps_old_orphans_old(pytester, copied):
    folder = two_steps(pytester, CLUBS, REBUILD.replace("COPIED", copied))
    result = run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")
    if copied == "clubId":
        result.assert_outcomes(passed=1)
        return
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*0002_second left * new foreign-key violation(s)*badge*"])
