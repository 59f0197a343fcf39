"""No statement of a project's can hang the harness (issue 22).

A view walking a tree with a recursive CTE never ends when the tree has a cycle; before
the budget, ``test_upgrade_path`` sat reading it forever. Every query the harness runs
on the project's SQL now runs under a time budget (``--statement-timeout SECONDS`` or
the ini key ``edi_migrations_statement_timeout``, 30 s by default, never unlimited), and
past it the check fails naming the statement, the budget and how to raise it.

The chain is a small tree app of its own (not EDI's). The runs that meet an endless
statement are subprocesses with a timeout, so a harness that hangs again fails these
specs instead of hanging the suite; every endless case sits beside a control over the
same tables that passes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import add_migration, run_matrix

TIMEOUT = 120  # seconds a pytester subprocess may take before the spec fails (never a hang)

ITEMS = """
def upgrade(conn):
    conn.execute(
        "CREATE TABLE items (id INTEGER PRIMARY KEY, "
        "parent_id INTEGER REFERENCES items(id), name TEXT)"
    )
"""

ENDLESS = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)"
WALK = (
    "WITH RECURSIVE w(id, depth) AS (SELECT id, 0 FROM items "
    "UNION ALL SELECT w.id, w.depth + 1 FROM w{until}) SELECT id, depth FROM w"
)


def walk_view(until: str) -> str:
    return f"""
def upgrade(conn):
    conn.execute("CREATE VIEW walk AS {WALK.format(until=until)}")
"""


ENDLESS_VIEW = walk_view("")
BOUNDED_VIEW = walk_view(" WHERE w.depth < 3")


def delete_trigger(condition: str) -> str:
    """A migration adding a trigger that fires on DELETE (the harness's touch deletes a
    row; generated rows only insert) and evaluates ``condition``."""
    return f"""
def upgrade(conn):
    conn.execute("CREATE TABLE removed (id INTEGER)")
    conn.execute(
        "CREATE TRIGGER items_removed AFTER DELETE ON items "
        "WHEN ({condition}) > 0 BEGIN INSERT INTO removed VALUES (old.id); END"
    )
"""


ENDLESS_TRIGGER = delete_trigger(f"{ENDLESS} SELECT count(*) FROM r")
BOUNDED_TRIGGER = delete_trigger("SELECT count(*) FROM items")


def items_with_app_writes(query: str) -> str:
    return (
        ITEMS
        + f"""

def app_writes(conn, ctx):
    conn.execute("{query}").fetchall()
"""
    )


@pytest.fixture
def chain(pytester: pytest.Pytester) -> Path:
    folder = pytester.path / "migrations"
    folder.mkdir()
    add_migration(folder, "items", ITEMS, doc="A tree of items (not EDI's).")
    return folder


def run_bounded(pytester: pytest.Pytester, folder: Path, *args: str) -> pytest.RunResult:
    return run_matrix(pytester, folder, *args, timeout=TIMEOUT)


ONE_PATH = ("-k", "test_upgrade_path", "--upgrade-path", "v1->v2")


def test_an_endless_view_fails_within_the_budget_naming_it(pytester, chain):
    add_migration(chain, "walk", ENDLESS_VIEW)
    result = run_bounded(pytester, chain, "--statement-timeout", "0.25", *ONE_PATH)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*view 'walk' ran past the statement budget of 0.25 s*"
            "raise the budget with --statement-timeout SECONDS or the ini key "
            "edi_migrations_statement_timeout*"
        ]
    )
    result.stdout.no_fnmatch_line("*Traceback*")
    failure = [line for line in result.outlines if "ran past" in line]
    assert failure and not any("EDI" in line for line in failure)  # a foreign project's run


def test_a_bounded_view_over_the_same_tables_passes(pytester, chain):
    add_migration(chain, "walk", BOUNDED_VIEW)
    result = run_matrix(pytester, chain, "--statement-timeout", "1", *ONE_PATH)
    result.assert_outcomes(passed=1)


def test_the_ini_key_sets_the_budget(pytester, chain):
    pytester.makeini("[pytest]\nedi_migrations_statement_timeout = 0.3\n")
    add_migration(chain, "walk", ENDLESS_VIEW)
    result = run_bounded(pytester, chain, *ONE_PATH)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*view 'walk'*statement budget of 0.3 s*"])


def test_an_endless_trigger_fails_naming_its_table(pytester, chain):
    add_migration(chain, "removal_log", ENDLESS_TRIGGER)
    result = run_bounded(pytester, chain, "--statement-timeout", "0.25", *ONE_PATH)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*triggers on table 'items'*statement budget of 0.25 s*"])


def test_a_bounded_trigger_on_the_same_table_passes(pytester, chain):
    add_migration(chain, "removal_log", BOUNDED_TRIGGER)
    result = run_matrix(pytester, chain, "--statement-timeout", "1", *ONE_PATH)
    result.assert_outcomes(passed=1)


def app_chain(pytester: pytest.Pytester, query: str) -> Path:
    """The tree app whose first migration says what the app writes (``query``), and a
    second one so that paths start from a database built at v1."""
    folder = pytester.path / "migrations"
    folder.mkdir()
    add_migration(folder, "items", items_with_app_writes(query))
    add_migration(folder, "walk", BOUNDED_VIEW)
    return folder


def test_an_endless_statement_in_app_writes_fails_naming_the_writer(pytester):
    folder = app_chain(pytester, f"{ENDLESS} SELECT count(*) FROM r")
    result = run_bounded(pytester, folder, "--statement-timeout", "0.25", *ONE_PATH)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*app_writes of 0001_items at v1 ran past*budget of 0.25 s*"])


def test_a_bounded_statement_in_app_writes_passes(pytester):
    folder = app_chain(pytester, "SELECT count(*) FROM items")
    result = run_matrix(pytester, folder, "--statement-timeout", "1", *ONE_PATH)
    result.assert_outcomes(passed=1)


@pytest.mark.parametrize("value", ["0", "-3", "soon", "inf", "nan"])
def test_a_budget_that_is_not_a_positive_number_of_seconds_is_refused(pytester, chain, value):
    result = run_matrix(pytester, chain, f"--statement-timeout={value}", *ONE_PATH)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        [f"*--statement-timeout must be a number of seconds above 0*{value}*"]
    )


def test_an_ini_budget_of_zero_is_refused_naming_the_key(pytester, chain):
    pytester.makeini("[pytest]\nedi_migrations_statement_timeout = 0\n")
    result = run_matrix(pytester, chain, *ONE_PATH)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        ["*edi_migrations_statement_timeout must be a number of seconds above 0*"]
    )
