"""A real Alembic chain, ported: PowerDNS-Admin's ``migrations/versions`` (22 revisions),
the SQL each revision ran on SQLite captured and run as captured
(``tests/powerdnsadmin_app/README.md``).

Alembic's batch mode rebuilds tables through ``_alembic_tmp_<table>``; its downgrades
make a dropped column again with ``ADD COLUMN``, last in its table (``remove_user_avatar``),
which the round trip once failed. ``add_view_column_to_setting_table`` inserts settings
with fixed ids, one of which the app at v1 takes for a setting it stores on demand
(``allow_quick_edit``): such a database cannot upgrade.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project

SEED = ("--migrations-seed", "7")  # the fixed-id clash is the app's row, not a drawn one


@pytest.fixture
def powerdnsadmin(pytester) -> Path:
    """The port as a pytester project of its own (its pytest.ini: no re-run check)."""
    ported_project("powerdnsadmin", pytester.path)
    return pytester.path / "migrations"


def test_settings_inserted_with_fixed_ids_fail_on_a_database_the_app_wrote(pytester, powerdnsadmin):
    result = run_matrix(
        pytester, powerdnsadmin, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2", *SEED
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*0002_59729e468045_add_view_column_to_setting_table failed at statement: "
            "INSERT INTO setting (id, name, value, \"view\") VALUES (8, 'pretty_ipv6_ptr'*"
            "UNIQUE constraint failed: setting.id*"
        ]
    )


def test_a_dropped_column_given_back_last_by_its_downgrade_passes_the_round_trip(
    pytester, powerdnsadmin
):
    result = run_matrix(
        pytester, powerdnsadmin, "-k", "test_round_trip", "--upgrade-path", "v6->v7", *SEED
    )
    result.assert_outcomes(passed=1)
