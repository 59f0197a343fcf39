"""A UNIQUE index over columns the table already keeps unique passes the lint's EM107.

EM107 warns that a UNIQUE index made over existing rows fails where they hold
duplicates. Over the table's PRIMARY KEY (or a UNIQUE it already has) no two rows can
collide: Drizzle writes such an index beside every ``.unique()`` key, and Homarr's
``change_all_to_snake_case`` renames ``serverSetting.key`` (the PRIMARY KEY) to
``setting_key`` and makes its index again over it, which EM107 flagged. An index over a
column no key covers still fails. On a settings chain, not Homarr's nor EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import run_matrix
from tests.newcomer_chains import two_steps

SETTINGS = '''"""Settings, one row per key."""


def upgrade(conn):
    conn.execute("CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, label TEXT, value TEXT)")
    conn.execute("CREATE TABLE flag (name TEXT NOT NULL, owner TEXT, UNIQUE (name, owner))")
'''

INDEXED = """
def upgrade(conn):
    conn.execute('ALTER TABLE setting RENAME COLUMN "key" TO "setting_key"')
    conn.execute("CREATE UNIQUE INDEX indexed_unique ON ON_WHAT")
"""


@pytest.mark.parametrize(
    "on",
    ["setting (setting_key)", "flag (owner, name)", "setting (value)"],
    ids=["primary-key", "unique", "plain-column"],
)
def test_a_unique_index_over_a_key_passes_em107(pytester, on):
    folder = two_steps(pytester, SETTINGS, INDEXED.replace("ON_WHAT", on))
    result = run_matrix(pytester, folder, "-k", "test_migration_passes_the_lint")
    if "value" not in on:
        result.assert_outcomes(passed=2)
        return
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*0002_second: EM107*", "*UNIQUE index indexed_unique*"])
