"""Round two of the loosenings attacked: broken migrations the loosened checks passed.

``first_default`` let the rows that existed at a path's start hold any one value in a
column added on the path whose DEFAULT the path declares changed (the DEFAULT it was
added with, which the end's schema no longer says). Any one value passed: a migration
filling every old row with one wrong constant passed the path, and, where one migration
adds the column and changes its DEFAULT, the whole default matrix. The first DEFAULT is
now read from the fresh install of the first version that has the column. On a notes
chain, neither Homarr's nor EDI's.

``rows.schema_read.parents_first`` fills parents before children, but took a reference
spelled in another case (``REFERENCES Club(id)`` to table ``club``) for one to a table
the schema lacks: the children were filled first, their references finding no parent
row, so a migration deleting parent rows that members still reference passed. The
parent is now named as its table is stored. On a clubs chain.
"""

from __future__ import annotations

import pytest

from tests.harness.test_harness_default_changed_after_added import NOTES
from tests.harness_projects import add_migration, run_matrix
from tests.newcomer_chains import two_steps

ADDED = """
def upgrade(conn):
    conn.execute("ALTER TABLE note ADD COLUMN scheme TEXT DEFAULT 'auto' NOT NULL")
    conn.execute("UPDATE note SET scheme = FILLED")
"""

REBUILD = """
CREATE TABLE new_note (id INTEGER PRIMARY KEY, body TEXT NOT NULL, scheme TEXT DEFAULT 'dark' NOT NULL);
INSERT INTO new_note (id, body, scheme) SELECT id, body, COPIED FROM note;
DROP TABLE note;
ALTER TABLE new_note RENAME TO note;
"""

# new notes are dark by default; the copy keeps each note's scheme (or, broken, not)
DARKER = f"""
from edi_migrations.changes import ChangeConstraint

CHANGES = (ChangeConstraint("note", "default", column="scheme"),)


def upgrade(conn):
    conn.executescript('''{REBUILD}''')
"""

LINE = "*column note.scheme added and filled in * existing row(s) (e.g. rowid *: text 'light')*"


@pytest.mark.parametrize(
    ("filled", "copied"),
    [("scheme", "scheme"), ("'light'", "scheme"), ("scheme", "'light'")],
    ids=["sound", "added-filled-with-a-constant", "rebuild-copies-a-constant"],
)
def test_one_wrong_constant_is_no_first_default(pytester, filled, copied):
    folder = two_steps(pytester, NOTES, ADDED.replace("FILLED", filled))
    add_migration(folder, "darker", DARKER.replace("COPIED", copied))
    result = run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v3")
    if filled == copied:
        result.assert_outcomes(passed=1)
        return
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*[[]data kept[]]*", LINE])


# one migration adds the column and rebuilds its table with another DEFAULT, filling
# every old row with a constant neither DEFAULT: no single step of the matrix saw it
AT_ONCE = f"""
from edi_migrations.changes import ChangeConstraint

CHANGES = (ChangeConstraint("note", "default", column="scheme"),)


def upgrade(conn):
    conn.execute("ALTER TABLE note ADD COLUMN scheme TEXT DEFAULT 'auto' NOT NULL")
    conn.executescript('''{REBUILD}''')
"""


@pytest.mark.parametrize("copied", ["'dark'", "'light'"], ids=["new-default", "a-constant"])
def test_a_constant_filled_by_the_migration_adding_the_column_fails_the_matrix(
    pytester, copied
):
    folder = two_steps(pytester, NOTES, AT_ONCE.replace("COPIED", copied))
    result = run_matrix(pytester, folder, "--snapshot-update")
    if copied == "'dark'":
        assert result.ret == 0, result.stdout.str()
        return
    result.assert_outcomes(failed=1, passed=12, skipped=2)
    result.stdout.fnmatch_lines(["*upgrade path v1->v2 broke invariant 'data kept'*", LINE])


CLUBS = '''"""Clubs and their members."""


def upgrade(conn):
    conn.execute("CREATE TABLE club (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    conn.execute(
        "CREATE TABLE a_member (id INTEGER PRIMARY KEY, "
        "club_id INTEGER NOT NULL REFERENCES PARENT(id))"
    )
'''

# half the clubs go (declared); sound: only those no member belongs to
GONE = """
from edi_migrations.changes import DeleteRows

CHANGES = (DeleteRows("club", where="CONDITION"),)


def upgrade(conn):
    conn.execute("DELETE FROM club WHERE CONDITION")
"""

UNUSED = "id % 2 = 0 AND id NOT IN (SELECT club_id FROM a_member)"


@pytest.mark.parametrize("parent", ["club", "Club"], ids=["as-stored", "other-case"])
@pytest.mark.parametrize("where", [UNUSED, "id % 2 = 0"], ids=["unused", "referenced"])
def test_a_parent_named_in_another_case_is_filled_first(pytester, parent, where):
    folder = two_steps(pytester, CLUBS.replace("PARENT", parent), GONE.replace("CONDITION", where))
    result = run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")
    if where == UNUSED:
        result.assert_outcomes(passed=1)
        return
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*0002_second left * new foreign-key violation(s) (a_member*"])
