"""The re-run check leaves SQLite's statistics out: ``sqlite_stat1`` and ``sqlite_stat4``.

SQLite documents them as the query planner's statistics, rewritten whole by ``ANALYZE``
and by ``PRAGMA optimize`` whenever it sees fit (sqlite.org/fileformat2.html#stat1tab,
lang_analyze.html): the app's rows are the same whatever they hold. A migration running
``ANALYZE`` re-ran on a later version (an index added since) was listed as changing
``sqlite_stat1``, though it changed nothing of the app's. ``sqlite_sequence`` is not
statistics: the app sees the rowids it hands out, so a re-run moving it is still listed,
as is a re-run adding a row to an app table beside its ``ANALYZE`` (the controls).

Each spec runs the example app's chain (not its own project's) with migrations added.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, copy_example_chain, run_matrix

ANALYZE = """
def upgrade(conn):
    conn.execute("ANALYZE")
"""
ANALYZE_AND_A_ROW = """
def upgrade(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS settings (key TEXT, value TEXT)")
    conn.execute("INSERT INTO settings VALUES ('theme', 'dark')")
    conn.execute("ANALYZE")
"""
A_NUMBER_SPENT = """
def upgrade(conn):
    conn.execute("INSERT INTO notes (body) VALUES ('scratch')")
    conn.execute("DELETE FROM notes WHERE body = 'scratch'")
"""
AN_INDEX = """
def upgrade(conn):
    conn.execute("CREATE INDEX notes_by_body ON notes (body)")
"""
RERUN_ON_THE_NEXT = ("-k", "test_rerun", "--upgrade-path", "rerun->v8-on-v9")
SECTION = "*re-run (what an applied migration changed when its upgrade() ran again)*"


@pytest.fixture
def chain(pytester: pytest.Pytester):
    return copy_example_chain(pytester)


def rerun(pytester, chain, first: str):
    add_migration(chain, "first", first)
    add_migration(chain, "body_index", AN_INDEX)
    return run_matrix(pytester, chain, *RERUN_ON_THE_NEXT)


def test_a_rerun_of_analyze_after_an_index_was_added_changes_nothing(pytester, chain):
    result = rerun(pytester, chain, ANALYZE)
    result.assert_outcomes(passed=1)
    result.stdout.no_fnmatch_line(SECTION)
    result.stdout.no_fnmatch_line("*sqlite_stat*")


def test_a_row_added_beside_analyze_is_still_listed(pytester, chain):
    result = rerun(pytester, chain, ANALYZE_AND_A_ROW)
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines([SECTION, "*re-run changed the database: rows of settings*"])
    result.stdout.no_fnmatch_line("*sqlite_stat*")


def test_a_rowid_the_rerun_spent_is_still_listed(pytester, chain):
    result = rerun(pytester, chain, A_NUMBER_SPENT)
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines([SECTION, "*re-run changed the database: rows of sqlite_sequence*"])
