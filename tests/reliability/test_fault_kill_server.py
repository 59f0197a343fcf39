"""The kill server: a warm process that forks one child per kill, so that a kill sweep
pays an interpreter's start-up once, not at every statement it kills at. Each child is
a process of its own that SIGKILLs itself, as a child started afresh does."""

from __future__ import annotations

from fixtures.faults.injection import kill_at
from fixtures.faults.state import copy_files

STATEMENT = 12  # inside 0002's transaction on any v1 database


def test_a_served_kill_dies_by_sigkill_at_the_statement_a_fresh_child_dies_at(
    v1_database, kill_server, tmp_path
):
    source = v1_database(shape="versioned", sessions=20)
    fresh = kill_at(copy_files(source, tmp_path / "fresh" / source.name), STATEMENT)
    served = kill_server.kill_at(copy_files(source, tmp_path / "served" / source.name), STATEMENT)
    assert fresh.by_sigkill and served.by_sigkill, (fresh, served)
    assert served.statement == fresh.statement and served.statement


def test_a_served_upgrade_that_never_reaches_the_statement_completes_and_says_so(
    v1_database, kill_server
):
    served = kill_server.kill_at(v1_database(shape="versioned", sessions=20), 10**9)
    assert served.returncode == 3, served
    assert served.statement is None
    assert "never reached statement" in served.stderr


def test_a_child_that_fails_is_reported_and_the_server_serves_the_next_kill(
    v1_database, kill_server, tmp_path
):
    failed = kill_server.kill_at(tmp_path / "missing.db", STATEMENT)
    assert failed.returncode == 1 and "missing.db" in failed.stderr, failed
    served = kill_server.kill_at(v1_database(shape="versioned", sessions=20), STATEMENT)
    assert served.by_sigkill, served
