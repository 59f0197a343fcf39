"""A real Alembic chain, ported: PowerDNS-Admin's ``migrations/versions`` (22 revisions), the
SQL each revision ran on SQLite captured and run as captured (``tests/powerdnsadmin_app/README.md``).

Alembic's batch mode rebuilds tables through ``_alembic_tmp_<table>``; ``0002`` inserts
settings with fixed ids, which a database already holding such an id cannot take.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.powerdnsadmin_app.project import make_powerdnsadmin_project

SEED = ("--migrations-seed", "7")


@pytest.fixture
def powerdnsadmin(pytester) -> Path:
    """The port as a pytester project of its own (its pytest.ini: no re-run check)."""
    make_powerdnsadmin_project(pytester.path)
    return pytester.path / "migrations"


def test_settings_inserted_with_fixed_ids_fail_on_a_database_holding_them(pytester, powerdnsadmin):
    result = run_matrix(
        pytester, powerdnsadmin, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2", *SEED
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*0002_59729e468045*failed at statement: INSERT INTO setting*"])


def test_batch_rebuilds_keep_their_data(pytester, powerdnsadmin):
    result = run_matrix(
        pytester, powerdnsadmin, "-k", "test_upgrade_path", "--upgrade-path", "v8->v9", *SEED
    )
    result.assert_outcomes(passed=1)
