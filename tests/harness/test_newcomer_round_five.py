"""A newcomer's projects, round five, as the harness judges them.

An ``app_writes`` whose Python never ends (a ``while`` loop waiting for a row that never
comes, a ``time.sleep`` left in from debugging) hung the run for good: the statement
budget watched SQLite's statements only, and a Python loop runs none. It now fails the
checks that need those rows, naming the writer and the budget; the same writer doing a
bounded amount of Python work passes. On a tree app's chain, not EDI's; every run that
could hang is a subprocess with a timeout.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import add_migration, run_matrix

TIMEOUT = 60  # seconds a pytester subprocess may take before the spec fails (never a hang)
ONE_PATH = ("-k", "test_upgrade_path", "--upgrade-path", "v1->v2")

ITEMS = """
def upgrade(conn):
    conn.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)")


def app_writes(conn, ctx):
{body}
"""
SECOND = """
def upgrade(conn):
    conn.execute("CREATE INDEX items_name ON items(name)")
"""
ENDLESS_LOOP = """\
    n = 0
    while n >= 0:
        n += 1
"""
A_SLEEP = """\
    import time
    time.sleep(600)
"""
BOUNDED_LOOP = """\
    names = [f"item {n}" for n in range(2000)]
    conn.executemany("INSERT INTO items (name) VALUES (?)", [(n,) for n in names])
"""


def app_chain(pytester: pytest.Pytester, body: str) -> Path:
    folder = pytester.path / "migrations"
    folder.mkdir()
    add_migration(folder, "items", ITEMS.format(body=body), doc="A tree of items (not EDI's).")
    add_migration(folder, "by_name", SECOND)
    return folder


@pytest.mark.parametrize("body", [ENDLESS_LOOP, A_SLEEP], ids=["loop", "sleep"])
def test_app_writes_whose_python_never_ends_fails_naming_the_writer(pytester, body):
    folder = app_chain(pytester, body)
    args = ("--statement-timeout", "1", *ONE_PATH)
    result = run_matrix(pytester, folder, *args, timeout=TIMEOUT)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*app_writes of 0001_items at v1 ran past*budget of 1 s*"])
    assert "EDI" not in "".join(line for line in result.outlines if "ran past" in line)


def test_app_writes_doing_bounded_python_work_passes(pytester):
    folder = app_chain(pytester, BOUNDED_LOOP)
    result = run_matrix(pytester, folder, "--statement-timeout", "1", *ONE_PATH)
    result.assert_outcomes(passed=1)


# A per-test timeout plugin (pytest-timeout's signal method) arms SIGALRM for each test;
# the budget took the signal over while a migration or an app_writes ran, so a test
# stuck there ran the whole budget (30 s by default) before the plugin's own 5 s
# timeout was said. The earlier of the two timers now fires first, as its owner's.
PER_TEST_TIMEOUT = """
import signal

import pytest


@pytest.fixture(autouse=True)
def two_seconds_a_test():
    def expired(signum, frame):
        pytest.fail("the conftest's timeout of 2 s a test expired")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, 2)
    yield
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, previous)
"""
STUCK_UPGRADE = """
import time


def upgrade(conn):
    conn.execute("CREATE INDEX items_name ON items(name)")
    time.sleep(600)
"""


def test_a_per_test_timeout_shorter_than_the_budget_fires_first(pytester):
    pytester.makeconftest(PER_TEST_TIMEOUT)
    folder = app_chain(pytester, BOUNDED_LOOP)
    (folder / "0002_by_name.py").write_text('"""Stuck."""\n' + STUCK_UPGRADE, encoding="utf-8")
    result = run_matrix(pytester, folder, *ONE_PATH, timeout=20)  # the budget: 30 s
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*the conftest's timeout of 2 s a test expired*"])
    result.stdout.no_fnmatch_line("*ran past*")


def test_a_per_test_timeout_shorter_than_the_budget_fires_first_in_app_writes(pytester):
    pytester.makeconftest(PER_TEST_TIMEOUT)
    folder = app_chain(pytester, A_SLEEP)
    result = run_matrix(pytester, folder, *ONE_PATH, timeout=20)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*the conftest's timeout of 2 s a test expired*"])


def test_a_per_test_timeout_lets_a_migration_within_it_pass(pytester):
    pytester.makeconftest(PER_TEST_TIMEOUT)
    folder = app_chain(pytester, BOUNDED_LOOP)
    result = run_matrix(pytester, folder, *ONE_PATH, timeout=60)
    result.assert_outcomes(passed=1)
