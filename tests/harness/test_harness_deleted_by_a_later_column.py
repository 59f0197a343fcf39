"""A declared deletion whose condition reads a column an earlier migration of the path
adds is judged by the rows as its migration found them.

Signal Desktop's ``37-send-log`` adds ``reactions.messageId`` (NULL in every row it finds)
and ``42-stale-reactions`` deletes each reaction whose ``messageId`` names no message
(declared ``DeleteRows("reactions", where="messageId IS NULL OR ...")``). On a path from
before 37 the condition cannot be read over the start (no such column) and was read over
the path's end, where the deleted rows are gone: every deleted reaction was called lost.
The condition is now read over the path's own database just before its migration, as a
declared expression is. A deletion of rows the condition does not name still fails. On a
comments chain, not Signal's nor EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

COMMENTS = '''"""Comments."""


def upgrade(conn):
    conn.execute("CREATE TABLE comments (id INTEGER PRIMARY KEY, body TEXT)")
'''

POSTS = '''"""Comments belong to posts: the even ones are filed under the post of their id."""

from edi_migrations.changes import Backfill

CHANGES = (Backfill("comments", "post_id", expression="CASE WHEN id % 2 = 0 THEN id END"),)


def upgrade(conn):
    conn.execute("ALTER TABLE comments ADD COLUMN post_id INTEGER")
    conn.execute("UPDATE comments SET post_id = id WHERE id % 2 = 0")
'''

ORPHANS = '''"""Comments under no post are deleted."""

from edi_migrations.changes import DeleteRows

CHANGES = (DeleteRows("comments", where="post_id IS NULL"),)


def upgrade(conn):
    conn.execute("DELETE FROM comments WHERE post_id IS NULL")
'''

# deletes every third comment too, which the condition does not name
TOO_MANY = ORPHANS.replace(
    'WHERE post_id IS NULL")', 'WHERE post_id IS NULL OR id % 3 = 0")'
)


@pytest.mark.parametrize("third", [ORPHANS, TOO_MANY], ids=["declared", "too-many"])
def test_a_deletion_reading_a_column_added_on_the_path_is_judged_before_its_migration(
    pytester, third
):
    assert TOO_MANY != ORPHANS
    folder = first_migration(pytester, COMMENTS, name="comments")
    add_migration(folder, "posts", POSTS)
    add_migration(folder, "orphans", third)
    result = run_matrix(
        pytester, folder, "--snapshot-update", "-k", "test_upgrade_path", "--upgrade-path", "v1->v3"
    )
    if third is ORPHANS:
        result.assert_outcomes(passed=1)
        return
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*comments rowid * row lost*"])
