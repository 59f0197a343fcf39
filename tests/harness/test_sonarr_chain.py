"""A real C# chain, ported: Sonarr's FluentMigrator migrations of its main database, 1 to
35, as the SQL FluentMigrator's SQLite generator emits and the C# data loops as Python
(``tests/sonarr_app/README.md``).

``add_config_contract_to_indexers`` (v23) deletes the indexers its update left without a
contract, declared as ``"ConfigContract" IS NULL ...``: a column v22 adds. On a jump from
before v22 the quoted name read as a string over the start and every deleted indexer was
a false alarm; the jump passes now. The full matrix is the bench's
(``bench/bench_ported_chain.py sonarr``); one path keeps this spec short.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project


@pytest.fixture
def sonarr(pytester) -> Path:
    """The port as a pytester project of its own (its pytest.ini: no re-run check)."""
    ported_project("sonarr", pytester.path)
    return pytester.path / "migrations"


def test_indexers_deleted_by_a_condition_on_a_column_added_on_the_way(pytester, sonarr):
    result = run_matrix(pytester, sonarr, "-k", "test_upgrade_path", "--upgrade-path", "v21->v35")
    result.assert_outcomes(passed=1)
