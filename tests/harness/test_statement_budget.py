"""The statement budget itself, on real SQLite connections opened as the harness opens
them (:func:`edi_migrations.harness.connect.connect`): an endless statement is stopped
and named, while work made of many short statements is never cut short."""

from __future__ import annotations

import time
from contextlib import closing

import pytest

from edi_migrations.harness import budget
from edi_migrations.harness.connect import connect
from edi_migrations.sqlite.dbapi import sqlite3

ENDLESS = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r"


def test_an_endless_statement_is_stopped_and_named():
    with budget.budget_of(0.2), closing(connect(":memory:")) as conn:
        with pytest.raises(budget.StatementTimeout) as raised:
            with budget.guarded("view 'endless'"):
                conn.execute(ENDLESS).fetchone()
    assert raised.value.seconds == 0.2
    assert str(raised.value).startswith("view 'endless' ran past the statement budget of 0.2 s")
    assert "--statement-timeout SECONDS" in str(raised.value)


def test_outside_a_named_step_the_interruption_is_still_the_budgets():
    """What the report turns into a failure naming the budget (not a traceback)."""
    with budget.budget_of(0.2), closing(connect(":memory:")) as conn:
        with budget.guarded("an earlier step"):
            pass
        with pytest.raises(sqlite3.OperationalError) as raised:
            conn.execute(ENDLESS).fetchone()
    assert budget.interrupted_by_budget(raised.value)


def test_many_short_writes_outlast_the_budget_untouched():
    """Rows from the schema and an app's writes are thousands of short statements: the
    clock restarts with each one that finished, so only one endless statement is cut."""
    with budget.budget_of(0.3), closing(connect(":memory:", isolation_level=None)) as conn:
        conn.execute("CREATE TABLE t (n INTEGER, pad TEXT)")
        started, written = time.monotonic(), 0
        with budget.guarded("the app's writes"):
            while time.monotonic() - started < 1.0:  # > 3 budgets of work, none endless
                conn.executemany(
                    "INSERT INTO t VALUES (?, randomblob(64))", ((i,) for i in range(2000))
                )
                written += 2000
        assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == written


def test_a_connection_opened_without_the_harness_has_no_budget():
    """The runner's and the fixture suite's connections are their own: never interrupted."""
    with budget.budget_of(0.001), closing(sqlite3.connect(":memory:")) as conn:
        with budget.guarded("a plain read"):
            got = conn.execute(
                "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 300000) "
                "SELECT count(*) FROM r"
            ).fetchone()
    assert got == (300000,)
