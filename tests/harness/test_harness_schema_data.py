"""A chain that is not EDI's is tested on data shaped like an app's, from its schema alone.

A message tree (``messages.parent_hash REFERENCES messages(hash)``) with a view walking up
each thread: its generated rows form a forest, so the view ends and the matrix goes green
(before, every row reached a row that was its own parent and the run hung). A UNIQUE
index over a column that is not unique meets duplicates in the generated rows on every
seed and fails naming them; over a column already declared UNIQUE it passes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import INNER, add_migration, run_matrix

MESSAGES = """
def upgrade(conn):
    conn.execute(
        "CREATE TABLE messages (hash TEXT PRIMARY KEY, "
        "parent_hash TEXT REFERENCES messages(hash), body TEXT, score INTEGER, code TEXT UNIQUE)"
    )
"""
THREAD_DEPTH = """
def upgrade(conn):
    conn.execute(
        "CREATE VIEW thread_depth AS WITH RECURSIVE up(hash, above, depth) AS ("
        " SELECT hash, parent_hash, 0 FROM messages"
        " UNION ALL SELECT up.hash, m.parent_hash, up.depth + 1"
        " FROM up JOIN messages m ON m.hash = up.above)"
        " SELECT hash, max(depth) AS depth FROM up GROUP BY hash"
    )
"""
HANG_GUARD = 300  # seconds: the run that hung before ends in a few; never a timed assertion
# Seeds whose 40 generated scores were all different before every seed held duplicates.
FORMER_NO_DUPLICATE = (1, 3)


@pytest.fixture
def chain(pytester: pytest.Pytester) -> Path:
    """A foreign project: a migrations folder, no conftest, no test file."""
    folder = pytester.path / "migrations"
    folder.mkdir()
    add_migration(folder, "messages", MESSAGES)
    return folder


def unique_index_on(column: str) -> str:
    return f'def upgrade(conn):\n    conn.execute("CREATE UNIQUE INDEX messages_{column} ON messages({column})")\n'


def test_a_view_walking_up_a_self_referencing_table_ends_and_passes(pytester, chain):
    add_migration(chain, "thread_depth", THREAD_DEPTH)
    result = pytester.runpytest_subprocess(
        "-p",
        "no:cacheprovider",
        "--edi-seed",
        str(INNER[0].seed),
        "--migrations-dir",
        str(chain),
        "-k",
        "test_upgrade_path",
        "--upgrade-path",
        "v1->v2",
        timeout=HANG_GUARD,
    )
    result.assert_outcomes(passed=1)


@pytest.mark.parametrize("seed", ["the run's", *FORMER_NO_DUPLICATE])
def test_a_unique_index_over_a_column_that_is_not_unique_fails_naming_duplicates(
    pytester, chain, seed
):
    add_migration(chain, "unique_score", unique_index_on("score"))
    chosen = () if seed == "the run's" else ("--edi-seed", str(seed))
    result = run_matrix(
        pytester, chain, *chosen, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2"
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*UNIQUE constraint failed: messages.score*",
            "*before the failing step, messages (score) held * duplicated value(s) "
            "(NULLs never collide): * in * rows*",
        ]
    )


def test_a_unique_index_over_a_column_declared_unique_passes(pytester, chain):
    add_migration(chain, "unique_code", unique_index_on("code"))
    result = run_matrix(pytester, chain, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")
    result.assert_outcomes(passed=1)


ASSUMES_NO_CYCLE = """
def upgrade(conn):
    found = conn.execute(
        "WITH RECURSIVE up(start, at, n) AS (SELECT hash, parent_hash, 1 FROM messages"
        " UNION ALL SELECT up.start, m.parent_hash, up.n + 1 FROM up"
        " JOIN messages m ON m.hash = up.at WHERE up.n < 1000)"
        " SELECT start FROM up WHERE at = start LIMIT 1"
    ).fetchone()
    if found:
        raise ValueError(f"message {found[0]!r} is its own ancestor")
    conn.execute("CREATE INDEX messages_parent ON messages(parent_hash)")
"""


def test_a_project_whose_app_writes_cycles_gets_them_with_one_ini_line(pytester, chain):
    """A migration that assumes there is no cycle fails where the app writes them."""
    pytester.makeini("[pytest]\nedi_migrations_reference_cycles = messages\n")
    add_migration(chain, "assumes_no_cycle", ASSUMES_NO_CYCLE)
    result = run_matrix(pytester, chain, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*upgrade completes*", "*is its own ancestor*"])


def test_without_the_line_the_same_migration_meets_a_forest_and_passes(pytester, chain):
    add_migration(chain, "assumes_no_cycle", ASSUMES_NO_CYCLE)
    result = run_matrix(pytester, chain, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")
    result.assert_outcomes(passed=1)
