"""Leftovers noticed by today's red teams and newcomer sweeps (chains of their own, not
EDI's): each broken twin, a migration that should fail, beside its sound control."""

from __future__ import annotations

import pytest

from tests.harness_projects import assert_outcome, run_matrix
from tests.newcomer_chains import STEP, two_steps

TAGS = '''"""Tags, each name once whatever its case."""


def upgrade(conn):
    conn.executescript("""
        CREATE TABLE tag (id INTEGER PRIMARY KEY, name TEXT NOT NULL COLLATE NOCASE UNIQUE);
    """)
'''
TAGS_KEYED = '''

def upgrade(conn):  # the name made the key, the surrogate id let go
    conn.executescript("""
        CREATE TABLE tag_new (name TEXT NOT NULL COLLATE NOCASE, {key}) WITHOUT ROWID;
        INSERT INTO tag_new (name) SELECT name FROM tag;
        DROP TABLE tag;
        ALTER TABLE tag_new RENAME TO tag;
    """)
'''
DROPS_ID = 'from edi_migrations.changes import DropColumn\n\nCHANGES = (DropColumn("tag", "id"),)\n'


@pytest.mark.parametrize(
    ("key", "expect"),
    [
        ("PRIMARY KEY (name)", ()),
        ("PRIMARY KEY (name COLLATE BINARY)", ("*unique on name removed*",)),
    ],
    ids=["nocase-key-holds-it", "binary-key-does-not"],
)
def test_a_nocase_unique_made_a_key_of_the_same_collation_is_held(pytester, key, expect):
    folder = two_steps(pytester, TAGS, DROPS_ID + TAGS_KEYED.replace("{key}", key))
    assert_outcome(run_matrix(pytester, folder, *STEP), expect)
