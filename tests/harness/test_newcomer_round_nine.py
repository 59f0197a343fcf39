"""Round nine of a newcomer's app: a ``src/`` layout configured in its pyproject alone.

Its ``[tool.edi-migrations] connect`` named the app's factory for ``edi-migrate``, and the
plugin ignored it: the checks of ``pytest src/app/migrations`` (or of ``pytest -n 2``, or
of any run whose first test was a check) opened the app's databases with a plain
``sqlite3.connect`` and failed every path on "no such collation sequence", since a
conftest in ``tests/`` does not reach the migrations folder's checks. The setting now
gives the plugin the factory too, and a migration losing rows on that chain still fails.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import tests.collating_app as collating_app
from tests.collating_app import write_chain
from tests.harness.test_harness_app_connect import LOSING_CARDS
from tests.harness_projects import add_migration

DUE_DATES = """
def upgrade(conn):
    conn.execute("ALTER TABLE cards ADD COLUMN due INT NOT NULL DEFAULT 0")


def downgrade(conn):
    conn.execute("ALTER TABLE cards DROP COLUMN due")
"""


def _project(pytester: pytest.Pytester, connect: str) -> Path:
    """``src/appdb.py`` (the app) and ``src/app/migrations``, named in the pyproject only."""
    (pytester.path / "src").mkdir()
    shutil.copyfile(collating_app.__file__, pytester.path / "src" / "appdb.py")
    pytester.makepyprojecttoml(
        "[tool.edi-migrations]\n"
        'migrations-dir = "src/app/migrations"\n'
        'snapshots-dir = "tests/schema_snapshots"\n'
        f'connect = "{connect}"\n'
    )
    return write_chain(pytester.path / "src" / "app" / "migrations")


def _run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    argv = ("-p", "no:cacheprovider", "--migrations-seed", "7", "--matrix-rows", "20", *args)
    return pytester.runpytest_subprocess(*argv, timeout=240)


@pytest.mark.parametrize("where", ["src/app/migrations", "."])
def test_the_pyprojects_connect_reaches_the_checks(pytester, where):
    add_migration(_project(pytester, "appdb:connect"), "due_dates", DUE_DATES)
    result = _run(pytester, where, "-k", "not test_schema_snapshot")
    outcomes = result.parseoutcomes()
    assert outcomes.get("passed", 0) > 10, result.stdout.str()
    assert not outcomes.get("failed") and not outcomes.get("errors"), result.stdout.str()


def test_on_that_chain_a_migration_losing_rows_still_fails(pytester):
    add_migration(_project(pytester, "appdb:connect"), "losing_cards", LOSING_CARDS)
    result = _run(pytester, "-k", "test_upgrade_path", "--upgrade-path", "v2->v3")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*cards rowid*row lost*"])
    assert "no such collation" not in result.stdout.str()


def test_a_setting_that_does_not_import_stops_the_checks_naming_it(pytester):
    _project(pytester, "nosuchapp:connect")
    result = _run(pytester, "-k", "test_upgrade_path")
    assert result.ret != 0
    assert not result.parseoutcomes().get("passed")
    result.stdout.fnmatch_lines(["*connect in*pyproject.toml 'nosuchapp:connect'*cannot import*"])
