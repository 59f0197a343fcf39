"""A built-in check's id, copied from the report and pasted back: ``pytest
'migrations/library::test_upgrade_path[v1->v2]'``.

The checks stand at the migrations folder (harness/collect.py), so pytest prints their ids
with the folder where a test file would be, and refused them back: "directory argument
cannot contain :: selection parts". A newcomer's first move on a failing path is to paste
its id. It now runs that check alone, as a test file's id would; a whole check's name
runs each of its paths; an id of the project's own tests beside it runs as before; an id
no check has is refused naming it. A library app's chain in a nested folder, not EDI's.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.harness_projects import INNER, add_migration, outer_seed

NOTES = '''"""Notes of the library app."""


def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT)")
'''
DROPS_BODY = """
def upgrade(conn):
    conn.execute("ALTER TABLE notes DROP COLUMN body")
"""
ADDS_PINNED = """
def upgrade(conn):
    conn.execute("ALTER TABLE notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0")
"""
OWN_TEST = """
def test_the_app_opens():
    assert True


def test_the_app_closes():
    assert True
"""


def library(pytester: pytest.Pytester, second: str) -> Path:
    """``migrations/library`` (two migrations) named in the pyproject, and a test file of
    the project's own."""
    folder = pytester.path / "migrations" / "library"
    folder.mkdir(parents=True)
    (folder / "0001_notes.py").write_text(NOTES, encoding="utf-8")
    add_migration(folder, "second", second)
    pytester.makepyprojecttoml('[tool.edi-migrations]\nmigrations-dir = "migrations/library"\n')
    pytester.makepyfile(test_app=OWN_TEST)
    return folder


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    cache = ("-o", f"cache_dir={INNER[0].cache}")
    return pytester.runpytest_inprocess(*cache, *outer_seed(), "--matrix-rows", "10", *args)


def failed_ids(result: pytest.RunResult) -> list[str]:
    """The ids the short summary prints, as a reader copies them."""
    return re.findall(r"^FAILED (\S+)", result.stdout.str(), re.MULTILINE)


def test_the_failing_paths_id_pasted_back_runs_that_check_alone(pytester):
    library(pytester, DROPS_BODY)
    first = run(pytester, "-k", "test_upgrade_path")
    ids = failed_ids(first)
    assert "migrations/library::test_upgrade_path[v1->v2]" in ids, first.stdout.str()
    again = run(pytester, "migrations/library::test_upgrade_path[v1->v2]")
    again.assert_outcomes(failed=1)
    assert failed_ids(again) == ["migrations/library::test_upgrade_path[v1->v2]"]
    assert "cannot contain" not in again.stdout.str() + again.stderr.str()


def test_a_passing_checks_id_runs_it_alone_beside_an_id_of_the_projects_own(pytester):
    library(pytester, ADDS_PINNED)
    result = run(
        pytester,
        "migrations/library::test_upgrade_path[v1->v2]",
        "test_app.py::test_the_app_opens",
    )
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["*2 passed*"])


def test_a_checks_name_without_its_path_runs_each_of_its_paths(pytester):
    library(pytester, ADDS_PINNED)
    listed = run(pytester, "--co", "-q", "migrations/library::test_round_trip_down_and_up")
    ids = [line for line in listed.stdout.lines if "::" in line]
    assert ids == [
        "migrations/library::test_round_trip_down_and_up[v0->v1]",
        "migrations/library::test_round_trip_down_and_up[v1->v2]",
    ], listed.stdout.str()


def test_an_id_no_check_has_is_refused_naming_it(pytester):
    library(pytester, ADDS_PINNED)
    result = run(pytester, "migrations/library::test_upgrade_path[v7->v9]")
    assert result.ret == pytest.ExitCode.USAGE_ERROR, result.stdout.str()
    assert "not found: migrations/library::test_upgrade_path[v7->v9]" in result.stderr.str()


def test_under_xdist_an_id_no_check_has_is_refused_by_the_controller(pytester):
    """Each worker collects the checks the ids name; a worker may not end the run, so the
    controller refuses an id none collected (a worker raising it crashed the run)."""
    library(pytester, ADDS_PINNED)
    cache = ("-o", f"cache_dir={INNER[0].cache}", *outer_seed())
    pasted = ("migrations/library::test_upgrade_path[v1->v2]", "migrations/library::test_nope")
    result = pytester.runpytest_subprocess(*cache, "-n", "2", *pasted, timeout=300)
    assert result.ret == pytest.ExitCode.USAGE_ERROR, result.stdout.str()
    out = result.stdout.str() + result.stderr.str()
    assert "not found: migrations/library::test_nope" in out and "INTERNALERROR" not in out, out
