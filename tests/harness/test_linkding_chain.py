"""A real Django project's chain, ported: linkding's ``bookmarks/migrations`` 0001-0054
as the SQL Django 6.0.7 emits for SQLite (``sqlmigrate``), its data migrations by hand.

``tests/linkding_app/migrations`` holds linkding's (MIT) migrations (see
``tests/linkding_app/README.md``): Django's table rebuilds (``new__`` copies renamed into
place, indexes made again under the same name, deferred foreign keys, ``bool`` columns),
a table rebuilt twice in one migration (0027, 0028). A step across two such rebuilds and
the jump across ``url_normalized``'s addition and its computation pass; the whole default
matrix is a bench row (``bench/bench_ported_chain.py linkding``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project


@pytest.fixture
def linkding(pytester) -> Path:
    """The port as a pytester project of its own (its pytest.ini turns the re-run check
    off; its conftest registers the URL normalization its declarations read)."""
    ported_project("linkding", pytester.path)
    return pytester.path / "migrations"


def test_the_rebuilds_and_the_url_normalization_pass(pytester, linkding):
    paths = ("--upgrade-path", "v27->v28", "--upgrade-path", "v45->v54")
    result = run_matrix(pytester, linkding, "-k", "test_upgrade_path", *paths)
    result.assert_outcomes(passed=2)


def test_a_table_rebuilt_twice_in_one_migration_passes_the_lint(pytester, linkding):
    paths = ("--upgrade-path", "v27->v28")
    result = run_matrix(pytester, linkding, "-k", "test_migration_passes_the_lint", *paths)
    result.assert_outcomes(passed=1)
