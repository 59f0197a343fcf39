"""A real Alembic chain with Python data migrations, ported: Mealie's first 20 revisions
(``tests/mealie_app/README.md``), captured as SQLite ran them, its data loops in Python.

Revision ``167eb69066ad`` (v13) adds ``recipe_scale`` nullable and the next one makes it
NOT NULL without filling a NULL the v13 app may write: the v13 -> v14 rebuild stops on it.
Revision ``5ab195a474eb`` (v17) fills its search columns with a Python function, which the
project's conftest registers for the harness: its declared ``Backfill`` reads it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project

SEED = ("--migrations-seed", "7")  # a drawn v13 reference holds a NULL recipe_scale


@pytest.fixture
def mealie(pytester) -> Path:
    """The port as a pytester project of its own (its pytest.ini and conftest)."""
    ported_project("mealie", pytester.path)
    return pytester.path / "migrations"


def test_the_rebuild_making_recipe_scale_not_null_stops_on_a_null(pytester, mealie):
    result = run_matrix(
        pytester, mealie, "-k", "test_upgrade_path", "--upgrade-path", "v13->v14", *SEED
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*NOT NULL constraint failed: *recipe_scale*"])


def test_the_normalized_search_columns_are_read_with_the_projects_function(pytester, mealie):
    result = run_matrix(
        pytester, mealie, "-k", "test_upgrade_path", "--upgrade-path", "v16->v17", *SEED
    )
    result.assert_outcomes(passed=1)
