"""A table rebuilt into (or back out of) WITHOUT ROWID keeps rows its new key names.

Anki's schema 18 rebuilds its ``graves`` table, a plain rowid table, as a WITHOUT ROWID
table keyed by ``(oid, type)``, copying the rows with ``INSERT OR IGNORE`` (a repeated key
keeps its first row); its downgrade rebuilds the plain table. The data-kept check keyed
the rows before by rowid and after by their primary key, so no row matched and every
row of the table was called lost. Rows are matched through the WITHOUT ROWID side's key:
a rebuild that keeps every row passes, one that drops a row is still caught, and a
repeated key's later rows are the ones lost (declared, they pass). Back down, the
downgrade can only number the rows again: the round trip compares them by content, and
a downgrade leaving a row behind still fails. On a likes chain, not Anki's nor EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import assert_outcome, run_matrix
from tests.newcomer_chains import two_steps

LIKES = '''"""Who liked which post: one plain table, UNIQUE_OR_NOT."""


def upgrade(conn):
    conn.execute("CREATE TABLE likes (user_id INTEGER NOT NULL, post_id INTEGER NOT NULL UNIQUE_OR_NOT)")
'''

REBUILT = '''
from edi_migrations.changes import DeleteRows

CHANGES = DECLARED


def upgrade(conn):
    conn.executescript("""
ALTER TABLE likes RENAME TO likes_old;
CREATE TABLE likes (
  post_id INTEGER NOT NULL, user_id INTEGER NOT NULL, PRIMARY KEY (user_id, post_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO likes (post_id, user_id) SELECT post_id, user_id FROM likes_old KEPT;
DROP TABLE likes_old;
""")


def downgrade(conn):
    conn.executescript("""
ALTER TABLE likes RENAME TO likes_new;
CREATE TABLE likes (user_id INTEGER NOT NULL, post_id INTEGER NOT NULL UNIQUE_OR_NOT);
INSERT INTO likes (user_id, post_id) SELECT user_id, post_id FROM likes_new;
DROP TABLE likes_new;
""")
'''

REPEATS = 'DeleteRows("likes", where="rowid NOT IN (SELECT min(rowid) FROM likes GROUP BY user_id, post_id)")'
UNIQUE = ", UNIQUE (user_id, post_id)"
LOST = ("*[[]data kept[]]*", "*likes rowid *: row lost*")
UPGRADE = "test_upgrade_path"
CASES = {  # v1's key, the rows copied, what v2 declares, the check run, the lines it fails on
    "every-row-kept": (UNIQUE, "", "()", UPGRADE, ()),  # the key holds what UNIQUE held
    "a-row-dropped": (UNIQUE, "WHERE user_id != 0", "()", UPGRADE, LOST),
    "repeats-declared": ("", "", f"({REPEATS},)", UPGRADE, ()),
    "repeats-undeclared": ("", "", "()", UPGRADE, LOST),
}


@pytest.mark.parametrize("unique, kept, declared, check, expect", CASES.values(), ids=CASES.keys())
def test_a_rebuild_into_without_rowid_keeps_the_rows_its_key_names(
    pytester, unique, kept, declared, check, expect
):
    first = LIKES.replace("UNIQUE_OR_NOT", unique)
    rebuilt = REBUILT.replace("UNIQUE_OR_NOT", unique).replace("KEPT", kept)
    folder = two_steps(pytester, first, rebuilt.replace("DECLARED", declared))
    result = run_matrix(pytester, folder, "-k", check, "--upgrade-path", "v1->v2")
    assert_outcome(result, expect)


BACK = {  # the rows the downgrade copies back, the lines the round trip fails on
    "every-row-back": ("", ()),
    "a-row-left-behind": ("WHERE user_id != 0", ("*round trip up->down*", "*likes*row*gone*")),
}


@pytest.mark.parametrize("kept, expect", BACK.values(), ids=BACK.keys())
def test_a_round_trip_through_without_rowid_gives_the_rows_back_renumbered(pytester, kept, expect):
    """The downgrade can only number the rows again (in the key's order): the rows are
    compared, not their rowids."""
    rebuilt = REBUILT.replace("UNIQUE_OR_NOT", UNIQUE).replace("KEPT", "")
    rebuilt = rebuilt.replace("FROM likes_new;", f"FROM likes_new {kept};")
    folder = two_steps(
        pytester, LIKES.replace("UNIQUE_OR_NOT", UNIQUE), rebuilt.replace("DECLARED", "()")
    )
    result = run_matrix(
        pytester, folder, "-k", "test_round_trip_down_and_up", "--upgrade-path", "v1->v2"
    )
    assert_outcome(result, expect)
