"""A real TypeScript chain, ported: Joplin's desktop database, ``upgradeDatabase``'s
versions 1 to 41 and its migrations 42 to 47 (``tests/joplin_app/README.md``).

Upstream drops or retypes a column the way its ``alterColumnQueries`` does: the table
copied aside, dropped and made again, and its indexes never made again. v14 does so to
``resources`` (its fetch state moved out) and v30 to ``notes`` (``order`` made NUMERIC):
every index on either table is gone from then on, which the matrix reports on every path
across v14 or v30 (a fresh install too lacks them: Joplin makes a profile by running every
version from 1). The matrix's other results are the bench's
(``bench/bench_ported_chain.py joplin``); one path keeps this spec short.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project


@pytest.fixture
def joplin(pytester) -> Path:
    """The port as a pytester project of its own (its pytest.ini: no re-run check)."""
    ported_project("joplin", pytester.path)
    return pytester.path / "migrations"


def test_the_rebuild_of_resources_loses_its_indexes(pytester, joplin):
    result = run_matrix(pytester, joplin, "-k", "test_upgrade_path", "--upgrade-path", "v13->v14")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*upgrade path v13->v14 broke invariant 'objects kept'*",
            '*index resources_title lost, not declared: declare it in CHANGES: DropObject("index", "resources_title")*',
        ]
    )
