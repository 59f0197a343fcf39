"""The harness's hooks and fixtures join a run only when its project configures a
migrations folder (harness/plugin_start.py): what a project overrides still wins, and
what pytest lists still lists them. The folder need not exist while only the named test
file runs."""

from __future__ import annotations

import pytest

CONFIGURED = ("-p", "no:cacheprovider", "-o", "edi_migrations_dir=migrations")
OVERRIDE = """
import sqlite3

import pytest

def projects_connect(database, **kw):
    return sqlite3.connect(database, **kw)

@pytest.fixture(scope="session")
def edi_migrations_connect():
    return projects_connect
"""
PROBE = """
def test_connect(edi_migrations_connect):
    assert edi_migrations_connect.__name__ == "projects_connect"
"""


def test_a_fixture_of_a_conftests_plugin_wins_over_the_harness_default(pytester):
    pytester.makepyfile(project_plugin=OVERRIDE, test_probe=PROBE)
    pytester.makeconftest('pytest_plugins = ["project_plugin"]')
    result = pytester.runpytest_inprocess(*CONFIGURED, "test_probe.py")
    result.assert_outcomes(passed=1)


def test_a_fixture_of_a_conftest_wins_over_the_harness_default(pytester):
    pytester.makeconftest(OVERRIDE)
    pytester.makepyfile(test_probe=PROBE)
    result = pytester.runpytest_inprocess(*CONFIGURED, "test_probe.py")
    result.assert_outcomes(passed=1)


@pytest.mark.parametrize(
    ("args", "listed"),
    [(CONFIGURED, True), (("-p", "no:cacheprovider"), False)],
    ids=["configured", "no folder"],
)
def test_pytest_fixtures_lists_the_harness_fixtures_where_it_joined(pytester, args, listed):
    pytester.makepyfile(test_probe="def test_one():\n    pass\n")
    result = pytester.runpytest_inprocess(*args, "--fixtures", "test_probe.py")
    out = result.stdout.str()
    assert ("edi_migrations_connect" in out) is listed
    assert "edi_migrations_seed" in out  # a test may ask for the seed either way


def test_p_no_edi_migrations_keeps_the_harness_out_of_a_configured_project(pytester):
    pytester.makepyfile(test_probe="def test_one():\n    pass\n")
    result = pytester.runpytest_inprocess(
        *CONFIGURED, "-p", "no:edi_migrations", "-W", "ignore::pytest.PytestConfigWarning"
    )
    result.assert_outcomes(passed=1)
    assert "migrations:" not in result.stdout.str()
