"""The atomicity check compares bytes first and rows only where bytes moved: a start whose
WAL was never checkpointed is checkpointed when the runner's connection closes, so its
files differ while the database does not; a sound migration passes there, read row by row
against the start's bytes written back, and a migration whose work survives the failure
still fails. On the example app's chain (not EDI's), its starts given such a WAL."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.harness_projects import add_migration, run_matrix

EXAMPLE = Path(__file__).parents[1] / "example_app" / "migrations"
CHECK = ("-k", "test_failed_migration", "--upgrade-path", "v7->v8")
WAL_STARTS = '''
import pytest


@pytest.fixture
def edi_migrations_start_database(edi_migrations_start_database):
    """The harness's start databases, in WAL mode with a write still in the WAL (copied
    while the writer's connection is open: nothing checkpointed it)."""
    import shutil
    import sqlite3

    def build(start):
        path = edi_migrations_start_database(start)
        if not start.version:
            return path
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute('UPDATE "note books" SET title = title')
        copy = path.with_name("wal-" + path.name)
        shutil.copyfile(path, copy)
        shutil.copyfile(f"{path}-wal", f"{copy}-wal")
        conn.close()
        return copy

    return build
'''
SPILLS = '''
def upgrade(conn):
    conn.execute("CREATE TABLE bulk (id INTEGER PRIMARY KEY, body BLOB)")
    conn.executemany("INSERT INTO bulk (body) VALUES (zeroblob(4096))", [()] * 3000)
'''
COMMITS_HALF = '''
def upgrade(conn):
    conn.execute("CREATE TABLE bulk (id INTEGER PRIMARY KEY, body BLOB)")
    conn.execute("COMMIT")  # leaves the runner's transaction: the table survives the failure
    conn.execute("BEGIN")
'''


@pytest.fixture
def chain(pytester: pytest.Pytester) -> Path:
    pytester.makeconftest(WAL_STARTS)
    folder = pytester.path / "migrations"
    shutil.copytree(EXAMPLE, folder, ignore=shutil.ignore_patterns("__pycache__", "schema_*"))
    return folder


def test_a_rolled_back_step_that_moved_the_wal_passes_on_its_rows(pytester, chain):
    add_migration(chain, "bulk", SPILLS)  # 12 MB: more than SQLite's page cache holds
    result = run_matrix(pytester, chain, *CHECK)
    result.assert_outcomes(passed=1)


def test_a_step_whose_work_survives_the_failure_still_fails(pytester, chain):
    add_migration(chain, "bulk", COMMITS_HALF)
    result = run_matrix(pytester, chain, *CHECK)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*upgrade path v7->v8 broke invariant 'atomicity'*"])
