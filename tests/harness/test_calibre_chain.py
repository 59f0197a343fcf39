"""A real Python chain with SQL scripts heavy in triggers and views, ported: calibre's
``metadata.db`` (``src/calibre/db/schema_upgrades.py``), its 2011 base schema and each
``upgrade_version_N``, 27 versions (``tests/calibre_app/README.md``).

calibre's base schema shipped ``fkc_delete_books_authors_link`` (and its publishers twin)
reading ``OLD.book`` on ``authors``, a column it does not have: deleting an author fails.
upstream's ``upgrade_version_2`` (v3 here) drops them. The harness reports it on the first
step after the base (v1 -> v2), which did not make it (README: left open).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.calibre_app.project import make_calibre_project
from tests.harness_projects import run_matrix


@pytest.fixture
def calibre(pytester) -> Path:
    """The port as a pytester project of its own (its conftest registers calibre's functions)."""
    make_calibre_project(pytester.path)
    return pytester.path / "migrations"


def test_the_base_schema_delete_triggers_read_a_column_authors_lacks(pytester, calibre):
    result = run_matrix(pytester, calibre, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*a trigger on authors fails when it fires: no such column: OLD.book*"])


def test_a_step_calling_no_function_of_calibre_passes(pytester, calibre):
    result = run_matrix(pytester, calibre, "-k", "test_upgrade_path", "--upgrade-path", "v12->v13")
    result.assert_outcomes(passed=1)
