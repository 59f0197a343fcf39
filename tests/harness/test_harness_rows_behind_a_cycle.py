"""A table pointing into a cycle of tables, but on none itself, gets rows from the schema.

Rows from the schema fill parents first; where every table left waits on another (a
cycle), one must go first. The first name in sorted order went first, even a table on
no cycle that only waits on one: its NOT NULL reference then had no parent row to point
at, the table stayed empty and the coverage check asked the project to write it (Homarr's
``account``, pointing at ``user``, which points at ``board``, which points back). The
cycle is broken at a table on it. A table no row can satisfy is still reported. On a
shelves chain, not Homarr's nor EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import run_matrix
from tests.newcomer_chains import two_steps

CHAIN = '''"""Members and shelves own each other; a badge belongs to a member."""


def upgrade(conn):
    conn.execute("CREATE TABLE badge (id TEXT PRIMARY KEY NOT NULL, member_id TEXT NOT NULL "
                 "REFERENCES member (id)CHECK_HERE)")
    conn.execute("CREATE TABLE member (id TEXT PRIMARY KEY NOT NULL, "
                 "shelf_id TEXT REFERENCES shelf (id))")
    conn.execute("CREATE TABLE shelf (id TEXT PRIMARY KEY NOT NULL, "
                 "owner_id TEXT REFERENCES member (id))")
'''

NOTES = """
def upgrade(conn):
    conn.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
"""


@pytest.mark.parametrize("check", ["", ", CHECK (0)"], ids=["behind-a-cycle", "unsatisfiable"])
def test_a_table_behind_a_cycle_is_filled(pytester, check):
    folder = two_steps(pytester, CHAIN.replace("CHECK_HERE", check), NOTES)
    result = run_matrix(
        pytester,
        folder,
        "-k",
        "test_start_database_covers_the_schema",
        "--upgrade-path",
        "coverage->v1",
    )
    if not check:
        result.assert_outcomes(passed=1)
        return
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*start database v1 holds no data in:*", "*table badge is empty*"])
